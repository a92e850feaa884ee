"""The deepest register-to-register paths of a synthesized top, without place and route.

Usage: ``python -m sim.fpga_paths --top NAME [--count N] [--resynth]``.

nextpnr reports one critical path per clock after a place and route that takes 20 minutes
for the whole endpoint; timing work needs every path that is too long, and sooner. This reads
the netlist ``python -m sim.fpga`` synthesizes (``build/fpga/<top>/<top>.netlist.json``,
``synth_ecp5``, flattened; made here when it is missing or ``--resynth`` is given) and works out
an estimated arrival time at every register and block-RAM input:

* cell delays from the ECP5 cell library's ``specify`` blocks (yosys's ``cells_sim.v``):
  LUT4 0.14..0.38 ns by input, CCU2C's carry 0.04 ns a cell, the wide-function muxes;
* a route of ``ROUTE_NS`` (plus a little per doubling of fanout) on every net but the carry
  chain's dedicated wire;
* a register's clock-to-out and a block RAM's (with and without its output register) at the
  start, a setup time at the end.

The figures are estimates to rank paths by (nextpnr's placement decides the routes); the
report lists the ``--count`` worst endpoints, one per pair of start and end signals, each with
the named nets along its path. Written to ``build/fpga/<top>/<top>.paths.txt`` too.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict

from sim.fpga import OUT, synth_netlist

#: Route delay of a net (ns) and what each doubling of its fanout adds.
ROUTE_NS, FANOUT_NS = 0.75, 0.08
FF_CLK_Q, FF_SETUP = 0.45, 0.1
#: DP16KD clock to data out: without / with the output register (REGMODE OUTREG).
EBR_CLK_Q, EBR_CLK_Q_OUTREG, EBR_SETUP = 4.3, 1.0, 0.3

LUT4_PIN = {"A": 0.141, "B": 0.275, "C": 0.379, "D": 0.379}
CCU2C_ARCS = {
    ("A0", "S0"): 0.379, ("B0", "S0"): 0.379, ("C0", "S0"): 0.275, ("D0", "S0"): 0.141,
    ("CIN", "S0"): 0.257,
    ("A0", "S1"): 0.630, ("B0", "S1"): 0.630, ("C0", "S1"): 0.526, ("D0", "S1"): 0.392,
    ("A1", "S1"): 0.379, ("B1", "S1"): 0.379, ("C1", "S1"): 0.275, ("D1", "S1"): 0.141,
    ("CIN", "S1"): 0.273,
    ("A0", "COUT"): 0.516, ("B0", "COUT"): 0.516, ("C0", "COUT"): 0.412, ("D0", "COUT"): 0.278,
    ("A1", "COUT"): 0.516, ("B1", "COUT"): 0.516, ("C1", "COUT"): 0.412, ("D1", "COUT"): 0.278,
    ("CIN", "COUT"): 0.043,
}
MUX_NS = 0.25            # PFUMX / L6MUX21
#: Inputs fed inside a slice: the carry chain, the wide-function muxes' LUT inputs.
LOCAL_PINS = {("CCU2C", "CIN"), ("PFUMX", "ALUT"), ("PFUMX", "BLUT"), ("L6MUX21", "D0"),
              ("L6MUX21", "D1")}
LOCAL_NS = 0.05
DERIVED = re.compile(r"_(LUT4|TRELLIS_FF|TRELLIS_DPR16X4|CCU2C|PFUMX|L6MUX21|DP16KD)_")
OTHER_NS = 0.5           # any other combinational cell (a distributed RAM's read port)
SEQUENTIAL = {"TRELLIS_FF", "DP16KD"}
CLOCK_PINS = {"CLK", "CLKA", "CLKB", "WCK"}


def _arcs(cell: dict):
    """(input port, output port, delay) of a combinational cell; None for a sequential one."""
    t = cell["type"]
    dirs = cell.get("port_directions", {})
    ins = [p for p, d in dirs.items() if d == "input" and p not in CLOCK_PINS]
    outs = [p for p, d in dirs.items() if d == "output"]
    if t in SEQUENTIAL:
        return None
    if t == "LUT4":
        return [(p, "Z", LUT4_PIN[p]) for p in ins if p in LUT4_PIN]
    if t == "CCU2C":
        return [(i, o, d) for (i, o), d in CCU2C_ARCS.items()]
    if t == "TRELLIS_DPR16X4":
        # the write side (DI, WAD, WRE) is clocked; the read address is combinational
        return [(p, "DO", 0.4) for p in ins if p == "RAD"]
    if t in ("PFUMX", "L6MUX21"):
        return [(i, o, MUX_NS) for i in ins for o in outs]
    return [(i, o, OTHER_NS) for i in ins for o in outs]


def _bit_names(module: dict) -> dict:
    """Each net bit's most readable name (a user-visible net's, the shortest)."""
    best: dict = {}
    for name, net in module["netnames"].items():
        hidden = net.get("hide_name", 0) or name.startswith("$")
        bits = net["bits"]
        for k, b in enumerate(bits):
            if isinstance(b, str):
                continue
            label = name if len(bits) == 1 else f"{name}[{k}]"
            rank = (hidden, bool(DERIVED.search(name)), len(name))
            if b not in best or rank < best[b][0]:
                best[b] = (rank, label)
    return {b: v[1] for b, v in best.items()}


def _group(label: str) -> str:
    """A signal's name without its bit index."""
    return re.sub(r"\[\d+\]$", "", label)


def analyse(netlist: dict, top: str, count: int = 30) -> list[dict]:
    """The ``count`` worst endpoints of ``top``'s netlist, each ``{ns, start, end, path}``."""
    module = netlist["modules"][top]
    cells = module["cells"]
    names = _bit_names(module)
    driver: dict = {}          # bit -> (cell name, output port)
    fanout: dict = defaultdict(int)
    for cname, cell in cells.items():
        for port, bits in cell["connections"].items():
            d = cell.get("port_directions", {}).get(port)
            for b in bits:
                if isinstance(b, str):
                    continue
                if d == "output":
                    driver[b] = (cname, port)
                else:
                    fanout[b] += 1
    arcs_of = {c: _arcs(cell) for c, cell in cells.items()}

    def route(b, sink_type, sink_port):
        if (sink_type, sink_port) in LOCAL_PINS:
            return LOCAL_NS
        return ROUTE_NS + FANOUT_NS * math.log2(max(1, fanout[b]))

    arrival: dict = {}         # bit at its driver's output -> (ns, predecessor bit)

    def source(b):
        cname, port = driver[b]
        cell = cells[cname]
        if cell["type"] == "TRELLIS_FF":
            return FF_CLK_Q
        if cell["type"] == "DP16KD":
            p = cell.get("parameters", {})
            reg = any("OUTREG" in str(p.get(k, "")) for k in ("REGMODE_A", "REGMODE_B"))
            return EBR_CLK_Q_OUTREG if reg else EBR_CLK_Q
        return None

    def arrive(b0):
        # iterative depth-first evaluation (paths are thousands of cells deep at worst)
        stack = [b0]
        while stack:
            b = stack[-1]
            if b in arrival:
                stack.pop()
                continue
            if b not in driver:          # a top-level input or a constant: not timed
                arrival[b] = (None, None)
                stack.pop()
                continue
            t0 = source(b)
            if t0 is not None:
                arrival[b] = (t0, None)
                stack.pop()
                continue
            cname, oport = driver[b]
            cell = cells[cname]
            todo, best = [], (None, None)
            for iport, op, d in arcs_of[cname] or []:
                if op != oport:
                    continue
                for ib in cell["connections"].get(iport, []):
                    if isinstance(ib, str):
                        continue
                    if ib not in arrival:
                        todo.append(ib)
                        continue
                    t = arrival[ib][0]
                    if t is None:
                        continue
                    t = t + route(ib, cell["type"], iport) + d
                    if best[0] is None or t > best[0]:
                        best = (t, ib)
            if todo:
                stack.extend(todo)
                continue
            arrival[b] = best
            stack.pop()
        return arrival[b0][0]

    ends = []
    for cname, cell in cells.items():
        if cell["type"] not in SEQUENTIAL and cell["type"] != "TRELLIS_DPR16X4":
            continue
        setup = FF_SETUP if cell["type"] == "TRELLIS_FF" else EBR_SETUP
        for port, bits in cell["connections"].items():
            if cell.get("port_directions", {}).get(port) != "input" or port in CLOCK_PINS:
                continue
            if cell["type"] == "TRELLIS_DPR16X4" and port == "RAD":
                continue
            for b in bits:
                if isinstance(b, str):
                    continue
                t = arrive(b)
                if t is None:
                    continue
                ends.append((t + route(b, cell["type"], port) + setup, b, cname, port))
    ends.sort(key=lambda e: -e[0])

    out, seen = [], set()
    for t, b, cname, port in ends:
        path = []
        x = b
        while x is not None:
            path.append(names.get(x, f"${x}"))
            x = arrival[x][1]
        path.reverse()
        end_label = f"{cname}.{port}"
        key = (_group(path[0]), _seed(cname))
        if key in seen:
            continue
        seen.add(key)
        out.append({"ns": round(t, 2), "mhz": round(1000 / t, 1), "levels": len(path) - 1,
                    "start": path[0],
                    "end": end_label, "path": path})
        if len(out) >= count:
            break
    return out


def _seed(label: str) -> str:
    """The user signal a derived name (yosys's ``<net>_LUT4_D_Z...`` for a cell fed by
    ``<net>``, or a register cell's ``<net>_TRELLIS_FF_Q_3``) comes from, without bit index."""
    m = DERIVED.search(label)
    return _group(label[:m.start()] if m else label)


def _compact(path: list[str]) -> list[str]:
    """The signals along the path, named or derived from a named one, repeats folded."""
    out = []
    for label in path:
        if label.startswith("$"):
            continue
        g = _seed(label)
        if g not in out[-3:]:
            out.append(g)
    return out


def main(argv=None) -> int:
    from sim.tops import TOPS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", required=True, choices=sorted(TOPS))
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--resynth", action="store_true", help="synthesize again")
    args = ap.parse_args(argv)
    work = OUT / args.top
    path = work / f"{args.top}.netlist.json"
    if args.resynth or not path.exists():
        synth_netlist(args.top)
    rows = analyse(json.loads(path.read_text()), args.top, args.count)
    lines = []
    for r in rows:
        lines.append(f"{r['ns']:6.2f} ns ({r['mhz']:6.1f} MHz, {r['levels']} cells)  "
                     f"{r['start']} -> {r['end']}")
        lines.append("        " + " -> ".join(_compact(r["path"])))
    text = "\n".join(lines) + "\n"
    (work / f"{args.top}.paths.txt").write_text(text)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
