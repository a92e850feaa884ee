"""Simulation cost of every measured top: Verilator speed, C++ size and build time.

The tops: ``link_pair``, the Verilated ``LinkPair(traffic="gen")`` (two UB 2.0 data link
endpoints, ``DllEndpoint``, back to back, traffic from the sim-only generator in the gateware
and checked by the sim-only checker), and ``shell``, the controller shell. For each top, two
builds of the same Verilog in one run: the project's (ports and declared probes public, the
speed options of :data:`sim.runner.VERILATOR_SPEED_ARGS` and
:data:`sim.runner.VERILATOR_MAKE_VARS`) and, as the baseline, cocotb's default
(``--public-flat-rw``, no speed options). Each build starts from an empty directory so its
seconds are a whole build on this machine. ``SIMSPEED_FLAGS=1`` also measures each speed
option alone on the link pair (the table in docs/architecture.md). The largest generated C++
functions of each project build are listed in ``build/bench/simspeed_cpp.txt``: where the C++
(and the time per cycle) goes.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from sim.bench import OUT, bench
from sim.runner import BUILD, COCOTB_DEFAULT_BUILD, VerilatorBuild, build, run

#: The link bench's pair (``python -m sim.bench link``) at the endpoint's defaults.
LINK_PARAMS = {"vls": 4, "data_bytes": 32, "mtu": 4096}


def _link_pair(**kw):
    from hdl_py.link.pair import LinkPair

    return LinkPair(traffic="gen", **kw)


def _shell(**kw):
    from hdl_py.controller.shell import ControllerShell

    return ControllerShell(**kw)


#: top key -> (design name, factory, parameters, testcase of tb.sim.simspeed, cycles measured)
TOPS = {
    "link_pair": ("simspeed_link_pair", _link_pair, LINK_PARAMS, "link_pair", 100_000),
    "shell": ("simspeed_shell", _shell, {}, "shell", 2_000_000),
}

#: Variants of the flag study (SIMSPEED_FLAGS=1), each against the plain build (no flags).
FLAG_VARIANTS = {
    "plain": VerilatorBuild(speed_args=(), make_vars=()),
    "O3": VerilatorBuild(speed_args=("-O3",), make_vars=()),
    "x_fast": VerilatorBuild(speed_args=("--x-assign", "fast", "--x-initial", "fast"),
                             make_vars=()),
    "opt_fast_O2": VerilatorBuild(speed_args=(), make_vars=("OPT_FAST=-O2",)),
    "threads2": VerilatorBuild(speed_args=("--threads", "2"), make_vars=()),
}


def _link_parts():
    """The link pair's parts at the bench's parameters: name -> component factory."""
    from hdl_py.lib.csr import CSRBank
    from hdl_py.link.dll_credit import CreditReturn
    from hdl_py.link.dll_queue import DllTxQueues
    from hdl_py.link.dll_rx import DllRx
    from hdl_py.link.dll_sm import DllStateMachine
    from hdl_py.link.dll_tx import DllTx
    from hdl_py.link.faults import FaultInjector
    from hdl_py.link.phy import PhyChannel
    from hdl_py.link.traffic import TrafficCheck, TrafficGen
    from hdl_py.regs import compile_rdl

    # the DllEndpoint defaults the pair is built with: 512-flit retry buffer, 512 flits a VL
    vls, db, mtu = (LINK_PARAMS[k] for k in ("vls", "data_bytes", "mtu"))
    return {
        "queues": lambda: DllTxQueues(vls=vls, data_bytes=db, mtu=mtu),
        "tx": lambda: DllTx(vls=vls, data_bytes=db, depth=512, us_cycles=100),
        "rx": lambda: DllRx(vls=vls, vl_flits=512, data_bytes=db, us_cycles=100),
        "dll_sm": lambda: DllStateMachine(vls=vls),
        "credit_return": lambda: CreditReturn(vls=vls),
        "phy": lambda: PhyChannel(),
        "regs": lambda: CSRBank(compile_rdl("dll")),
        "fault_injector": lambda: FaultInjector(),
        "traffic_gen": lambda: TrafficGen(num_vls=vls, data_bytes=db),
        "traffic_check": lambda: TrafficCheck(num_vls=vls, data_bytes=db),
    }


def cpp_breakdown() -> dict[str, int]:
    """Verilog and C++ bytes of each part of the link pair verilated alone (no compile).

    Verilator inlines every module into one root class, so the pair's own C++ does not say
    which block it came from; each part on its own does (``DllLink`` is ``dll_sm``, ``tx``,
    ``rx`` and ``credit_return``; an endpoint adds ``queues``, ``phy`` and ``regs``).
    """
    import subprocess
    import tempfile

    from sim.runner import emit_verilog, verilator_config
    from sim.tools import prepare_env

    prepare_env()
    out = {}
    for part, make in _link_parts().items():
        name = f"part_{part}"
        text = emit_verilog(make(), name)
        with tempfile.TemporaryDirectory() as tmp:
            d = Path(tmp)
            (d / f"{name}.v").write_text(text)
            (d / "public.vlt").write_text(verilator_config(text, name))
            subprocess.run(["verilator", "-cc", "--vpi", "-Wno-fatal", "--prefix", "Vtop",
                            "-Mdir", str(d / "obj"), "--top-module", name, "public.vlt",
                            f"{name}.v"], cwd=d, check=True, capture_output=True)
            cpp = sum(f.stat().st_size for f in (d / "obj").glob("Vtop*")
                      if f.suffix in (".cpp", ".h"))
        out[f"link_part_{part}_verilog_bytes"] = len(text)
        out[f"link_part_{part}_cpp_bytes"] = cpp
    return out


def largest_functions(build_dir: Path, n: int = 12) -> list[tuple[int, str, str]]:
    """The ``n`` largest functions of the generated C++: ``(bytes, function, file)``."""
    found = []
    head = re.compile(r"^(?:[\w:<>*& ]+?)\b(V\w+)\(.*\)\s*\{\s*$")
    for f in sorted(build_dir.glob("Vtop*.cpp")):
        name, start, pos = None, 0, 0
        for line in f.read_text(errors="replace").splitlines(keepends=True):
            m = head.match(line)
            if m and name is None:
                name, start = m.group(1), pos
            elif line.startswith("}") and name is not None:
                found.append((pos + len(line) - start, name, f.name))
                name = None
            pos += len(line)
    return sorted(found, reverse=True)[:n]


def measure(key: str, how: VerilatorBuild | None, label: str) -> dict:
    name, factory, params, case, cycles = TOPS[key]
    test_dir = BUILD / "bench" / "simspeed_run" / f"{key}-{label}"
    test_dir.mkdir(parents=True, exist_ok=True)
    run(name, factory, "tb.sim.simspeed", params, sim="verilator", how=how, fresh=True,
        testcase=case, test_dir=test_dir, log_file=test_dir / "sim.log",
        extra_env={"OPENUB_SIMSPEED_CYCLES": str(cycles)})
    speed = json.loads((test_dir / "speed.json").read_text())
    _, build_dir = build(name, factory, params, sim="verilator", how=how)
    info = json.loads((build_dir / "build.json").read_text())
    return {"cycles_per_second": round(speed["cycles_per_second"]),
            "cpp_bytes": info["cpp_bytes"], "build_seconds": info["seconds"],
            "build_dir": build_dir}


@bench("simspeed")
def simspeed_bench(sim=None):
    """Verilator cycles/s, C++ bytes and build seconds per top, beside cocotb's default build.

    Keys: ``<top>_cycles_per_second``, ``<top>_cpp_bytes``, ``<top>_build_seconds`` for the
    project's build and the same with ``_public_flat_rw`` for cocotb's default build of the
    same Verilog; ``<top>_speedup`` is their ratio of cycles per second.
    """
    if sim not in (None, "verilator"):
        raise ValueError("the simspeed bench measures Verilator builds")
    figures, notes = {}, []
    for key in TOPS:
        ours = measure(key, None, "project")
        base = measure(key, COCOTB_DEFAULT_BUILD, "public_flat_rw")
        for fig in ("cycles_per_second", "cpp_bytes", "build_seconds"):
            figures[f"{key}_{fig}"] = ours[fig]
            figures[f"{key}_{fig}_public_flat_rw"] = base[fig]
        figures[f"{key}_speedup"] = round(ours["cycles_per_second"]
                                          / base["cycles_per_second"], 3)
        notes.append(f"== {key}: largest generated functions (project build)")
        notes += [f"{size:>10} B  {fn}  ({file})"
                  for size, fn, file in largest_functions(ours["build_dir"])]
    parts = cpp_breakdown()
    figures.update(parts)
    notes.append("== link pair: each part verilated alone (Verilog bytes, C++ bytes)")
    notes += [f"{k.removeprefix('link_part_').removesuffix('_cpp_bytes'):>15}: "
              f"{parts[k.replace('_cpp_', '_verilog_')]:>9} B Verilog  {parts[k]:>10} B C++"
              for k in parts if k.endswith("_cpp_bytes")]
    if os.environ.get("SIMSPEED_FLAGS", "").strip() not in ("", "0"):
        for label, how in FLAG_VARIANTS.items():
            r = measure("link_pair", how, label)
            for fig in ("cycles_per_second", "cpp_bytes", "build_seconds"):
                figures[f"flags_{label}_link_pair_{fig}"] = r[fig]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "simspeed_cpp.txt").write_text("\n".join(notes) + "\n")

    def plot(ax):
        keys = list(TOPS)
        x = range(len(keys))
        ax.bar([i - 0.2 for i in x], [figures[f"{k}_cycles_per_second"] for k in keys],
               width=0.4, label="project build")
        ax.bar([i + 0.2 for i in x],
               [figures[f"{k}_cycles_per_second_public_flat_rw"] for k in keys],
               width=0.4, label="cocotb default (--public-flat-rw)")
        ax.set_xticks(list(x), [f"{k}\n{figures[f'{k}_speedup']}x" for k in keys])
        ax.set_yscale("log")
        ax.set_ylabel("simulated cycles per second (Verilator)")
        ax.legend()

    return figures, plot
