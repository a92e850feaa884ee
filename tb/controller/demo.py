"""`make sim`: the UBM firmware brings up a controller shell on the simulated RTL.

Writes ``report.json`` (what the firmware saw) into the run directory for ``sim.main``.
"""

from __future__ import annotations

import dataclasses
import json

import cocotb

from firmware.controller import ControllerShellDriver
from sim.backends.cocotb_backend import CocotbInterruptLine, CocotbRegisterBus
from tb.controller.shell_env import reset


@cocotb.test()
async def firmware_demo(dut):
    await reset(dut)
    drv = ControllerShellDriver(CocotbRegisterBus(dut), CocotbInterruptLine(dut.irq, dut.clk))
    lines = []

    def log(line):
        lines.append(line)
        dut._log.info(line)

    report = await drv.bring_up(log=log)
    out = {k: dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v
           for k, v in report.items()}
    out["sim_time_ns"] = int(cocotb.utils.get_sim_time("ns"))
    out["log"] = lines  # what the firmware reported, for `make sim` to print
    with open("report.json", "w") as f:
        json.dump(out, f, indent=1)
