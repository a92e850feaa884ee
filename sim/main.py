"""``make sim``: the main job.

Today: the UBM firmware model brings up a controller shell, first on the fast model backend,
then on the RTL (Verilator by default, ``--sim icarus``) through cocotb, and the two reports
must agree. Later issues grow this into the fabric run (links, switches, scenarios).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import sys
import time

from firmware.controller import ControllerShellDriver
from sim.backends.model import ModelInterruptLine, ModelRegisterBus
from sim.model.shell import ShellModel
from sim.runner import BUILD, run


def _shell(**kw):
    from hdl_py.controller.shell import ControllerShell

    return ControllerShell(**kw)


def _plain(report: dict) -> dict:
    return {k: dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v
            for k, v in report.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="OpenUB main simulation")
    ap.add_argument("--sim", default=None, help="verilator (default) or icarus")
    ap.add_argument("--waves", action="store_true", help="write an FST waveform")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="show the simulator's whole output (bus models' banners, signal "
                         "lists, cocotb's log); also VERBOSE=1")
    args = ap.parse_args(argv)
    verbose = args.verbose or os.environ.get("VERBOSE", "").strip() not in ("", "0")

    print("== model backend: firmware against sim/model")
    model = ShellModel()
    want = _plain(asyncio.run(ControllerShellDriver(
        ModelRegisterBus(model), ModelInterruptLine(model)).bring_up(
            log=lambda s: print("   ", s))))
    want.pop("log", None)

    sim = args.sim or None
    print(f"== RTL backend: firmware against the Verilog of the controller shell "
          f"({sim or 'default simulator'})")
    t0 = time.time()
    test_dir = BUILD / "sim_main"
    log = None if verbose else test_dir / "sim.log"
    test_dir.mkdir(parents=True, exist_ok=True)
    run("openub_controller_shell", _shell, "tb.controller.demo", {}, sim=sim,
        waves=args.waves or None, test_dir=test_dir, log_file=log)
    got = json.loads((test_dir / "report.json").read_text())
    sim_ns = got.pop("sim_time_ns")
    for line in got.pop("log", []):
        print("   ", line)
    print(f"    {sim_ns} ns simulated in {time.time() - t0:.1f} s (including build)")
    if log is not None:
        print(f"    simulator output: {log} (make sim VERBOSE=1 shows it)")

    if json.loads(json.dumps(want)) != got:
        print(f"MISMATCH between model and RTL:\n  model {want}\n  rtl   {got}")
        return 1
    print("== model and RTL agree: " + json.dumps(got["info"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
