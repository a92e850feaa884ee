"""``make rtl`` / ``make lint``: emit Verilog for every top and lint it with Verilator.

Usage: ``python -m sim.rtl [--out rtl] [--lint] [--top NAME ...]``. Each file is headed with
the command that made it. Lint runs ``verilator --lint-only -Wall``; the waivers below are
justified one by one (they concern how Amaranth writes Verilog, not design faults).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from sim.runner import emit_verilog
from sim.tools import check_simulator, prepare_env
from sim.tops import TOPS

LINT_WAIVERS = {
    "-Wno-CASEINCOMPLETE": "Amaranth lowers Switch/FSM with no default arm when every reachable "
                           "value is listed; the missing values cannot occur",
    "-Wno-UNUSEDSIGNAL": "Amaranth declares, in each parent, a named wire for every port of "
                         "each submodule (kept for waveform debugging) and keeps unused bits "
                         "of standard ports (AXI prot, reserved header bits)",
    "-Wno-DECLFILENAME": "one file per top; Amaranth names submodules `top.sub` inside it",
    "-Wno-PROCASSINIT": "Amaranth gives every flip-flop a power-up value (`reg x = init;`, "
                        "what an FPGA loads) besides its synchronous reset; intended",
    "-Wno-WIDTHEXPAND": "Amaranth fixes operand widths by its own rules before emitting and "
                        "writes constants at their minimal width (`a[11:2] == 2'h3`); the "
                        "Verilog widths are what the Python source means",
    "-Wno-WIDTHTRUNC": "same cause: Amaranth lowers `x == 0` on a vector to `!x`",
}


def emit_all(out: Path, names: list[str]) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for name in names:
        cmd = f"make rtl (python -m sim.rtl --top {name})"
        text = emit_verilog(TOPS[name](), name, command=cmd)
        path = out / f"{name}.v"
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
        print(f"rtl: {path} ({len(text.splitlines())} lines)")
        files.append(path)
    return files


def lint(files: list[Path]) -> int:
    check_simulator("verilator")
    prepare_env()
    bad = 0
    for f in files:
        cmd = ["verilator", "--lint-only", "-Wall", "--quiet", *LINT_WAIVERS,
               "--top-module", f.stem, str(f)]
        r = subprocess.run(cmd, capture_output=True, text=True)
        msg = (r.stdout + r.stderr).strip()
        if r.returncode or msg:
            bad += 1
            print(f"lint: {f}: FAILED\n{msg}")
        else:
            print(f"lint: {f}: clean")
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="rtl", type=Path)
    ap.add_argument("--lint", action="store_true", help="lint the emitted files with Verilator")
    ap.add_argument("--top", action="append", choices=sorted(TOPS), help="only these tops")
    args = ap.parse_args(argv)
    files = emit_all(args.out, args.top or sorted(TOPS))
    if args.lint:
        return 1 if lint(files) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
