# OpenUB: every target sets up its own environment first (.venv from PyPI, plus Debian's
# iverilog when missing), so a fresh clone needs only `make sim` and `make test`.

PYTHON_SYS ?= python3
VENV       := .venv
PY         := $(VENV)/bin/python
STAMP      := $(VENV)/.openub-installed
SIM        ?= verilator
SEEDS      ?= 10
NAME       ?=
BOARD      ?=
export SIM

export PATH := $(abspath $(VENV))/bin:$(PATH)

.PHONY: help setup test sim rtl lint regs bench regress waves fpga fpga-paths clean distclean

help:
	@echo "make sim        main job: controller shell driven by firmware on Verilator (SIM=icarus)"
	@echo "make test       all unit + block tests (pytest)"
	@echo "make rtl        Verilog for every top into rtl/"
	@echo "make lint       Verilator --lint-only -Wall on every generated top, and ruff"
	@echo "make regs       regenerate register layer, C headers and docs from SystemRDL"
	@echo "make bench NAME=<bench>   run python -m sim.bench NAME"
	@echo "make regress SEEDS=n      long randomized campaigns over n seeds"
	@echo "make waves      make sim with FST waveforms (same as WAVES=1)"
	@echo "make fpga [BOARD=ulx3s-85f]  ECP5-85k synthesis + place and route of every top"
	@echo "                (build/fpga/<top>.json); BOARD also builds that board's bitstream"
	@echo "make fpga-paths TOP=openub_dll_endpoint  the deepest register-to-register paths"
	@echo "                of a top's synthesized netlist, estimated (no place and route)"

setup: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON_SYS) >/dev/null || { echo "error: $(PYTHON_SYS) not found (Python >= 3.11 needed)"; exit 1; }
	@$(PYTHON_SYS) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
		{ echo "error: Python >= 3.11 is required"; exit 1; }
	@test -x $(PY) || { echo "== creating $(VENV)"; $(PYTHON_SYS) -m venv $(VENV); }
	@echo "== installing Python dependencies into $(VENV) (pinned in pyproject.toml)"
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	@PKGS=""; \
	command -v iverilog >/dev/null || PKGS="$$PKGS iverilog"; \
	test -f /usr/include/lz4.h || PKGS="$$PKGS liblz4-dev"; \
	if [ -n "$$PKGS" ]; then \
		echo "== installing Debian packages with apt-get:$$PKGS (iverilog: the second simulator;" \
		     "liblz4-dev: Verilator's FST waveforms)"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$PKGS >/dev/null || \
			{ echo "error: could not install$$PKGS (apt-get install$$PKGS)"; exit 1; }; \
	fi
	@touch $(STAMP)

test: $(STAMP)
	$(PY) -m pytest -n 2 --dist loadgroup -m "not slow" tests

sim: $(STAMP)
	$(PY) -m sim.main --sim $(SIM) $(if $(WAVES),--waves) $(if $(filter-out 0,$(VERBOSE)),-v)

waves: $(STAMP)
	$(PY) -m sim.main --sim $(SIM) --waves $(if $(filter-out 0,$(VERBOSE)),-v)

rtl: $(STAMP)
	$(PY) -m sim.rtl --out rtl

lint: $(STAMP) rtl
	$(PY) -m sim.rtl --out rtl --lint
	$(PY) -m ruff check .

regs: $(STAMP)
	$(PY) -m hdl_py.regs.generate

bench: $(STAMP)
	@test -n "$(NAME)" || { echo "usage: make bench NAME=<bench>  (python -m sim.bench --list)"; exit 2; }
	$(PY) -m sim.bench $(NAME)

fpga: $(STAMP)
	$(PY) -m sim.fpga $(if $(BOARD),--board $(BOARD))

fpga-paths: $(STAMP)
	$(PY) -m sim.fpga_paths --top $(or $(TOP),openub_dll_endpoint)

regress: $(STAMP)
	$(PY) -m sim.regress --seeds $(SEEDS)

clean:
	rm -rf build sim_build .pytest_cache .hypothesis

distclean: clean
	rm -rf $(VENV)
