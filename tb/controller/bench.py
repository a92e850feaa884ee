"""Measurements for ``python -m sim.bench shell`` (writes ``figures.json`` in the run dir)."""

from __future__ import annotations

import json
import statistics
import time

import cocotb
from cocotb.triggers import RisingEdge

from sim.backends.cocotb_backend import CocotbRegisterBus
from tb.controller.shell_env import reset


class CycleCounter:
    def __init__(self, clk):
        self.clk, self.cycles = clk, 0
        cocotb.start_soon(self._run())

    async def _run(self):
        while True:
            await RisingEdge(self.clk)
            self.cycles += 1


@cocotb.test()
async def measure(dut):
    await reset(dut)
    bus = CocotbRegisterBus(dut)
    cc = CycleCounter(dut.clk)
    reads, writes, errs = [], [], []
    for i in range(200):
        c0 = cc.cycles
        await bus.master.read(0x0C, 4)
        reads.append(cc.cycles - c0)
        c0 = cc.cycles
        await bus.master.write(0x0C, i.to_bytes(4, "little"))
        writes.append(cc.cycles - c0)
        c0 = cc.cycles
        await bus.master.read(0x800, 4)
        errs.append(cc.cycles - c0)
    # back-to-back: the master pipelines issued reads; accesses per 1000 cycles
    n = 500
    c0, t0 = cc.cycles, time.perf_counter()
    tasks = [cocotb.start_soon(bus.master.read(0x0C, 4)) for _ in range(n)]
    for t in tasks:
        await t
    cycles = cc.cycles - c0
    wall = time.perf_counter() - t0
    figures = {
        "axil_read_latency_cycles_median": statistics.median(reads),
        "axil_write_latency_cycles_median": statistics.median(writes),
        "axil_error_read_latency_cycles_median": statistics.median(errs),
        "axil_reads_per_kcycle_back_to_back": round(1000 * n / cycles, 1),
        "sim_cycles_per_second_python_every_cycle": round(cycles / wall),
    }
    with open("figures.json", "w") as f:
        json.dump({"figures": figures, "reads": reads, "writes": writes}, f)
