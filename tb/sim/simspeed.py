"""Measurements for ``python -m sim.bench simspeed``: simulated cycles per wall-clock second.

Python only sets up and then waits with ``Timer`` (which does not wake Python on each clock
edge), so the figure is what the Verilated model itself costs. ``link_pair`` runs
``LinkPair(traffic="gen")``, two UB 2.0 data link endpoints (DllEndpoint): both brought up
through their registers, then the sim-only generator sends MTU packets A -> B back to back on
every VL while the checker verifies them; the measured window starts once traffic flows.
``shell`` runs the controller shell with its clock only (after one register access), the
cost of a small block. Results go to ``speed.json`` in the run directory.
"""

from __future__ import annotations

import json
import os
import time

import cocotb
from cocotb.clock import Clock
from cocotb.triggers import ClockCycles, RisingEdge, Timer

from firmware.dll import DllDriver
from firmware.regs import register_layer
from sim.backends.cocotb_backend import QuietAxiLiteBus
from tb.link.bench import PAIR_INPUTS

PERIOD_NS = 10


def _cycles() -> int:
    return int(os.environ.get("OPENUB_SIMSPEED_CYCLES", "100000"))


async def _reset(dut, inputs):
    Clock(dut.clk, PERIOD_NS, unit="ns").start()
    for name in inputs:
        getattr(dut, name).value = 0
    dut.rst.value = 1
    await ClockCycles(dut.clk, 3)
    dut.rst.value = 0
    await RisingEdge(dut.clk)


async def _window(cycles: int) -> float:
    """Wall-clock seconds for ``cycles`` clock cycles with no Python per cycle."""
    t0 = time.perf_counter()
    await Timer(cycles * PERIOD_NS, "ns")
    return time.perf_counter() - t0


def _save(figures: dict) -> None:
    with open("speed.json", "w") as f:
        json.dump(figures, f, indent=1)


async def _measure_traffic(dut, *, vl_mask: int) -> None:
    """MTU packets A -> B back to back on ``vl_mask`` from the generator; once the credit loop
    is in steady state, the cycles of a window against the wall clock (``speed.json``)."""
    mtu = 4096
    dut.gen_count.value, dut.gen_len_min.value, dut.gen_len_max.value = 0xFFFF_FFFF, mtu, mtu
    dut.gen_gap.value, dut.gen_vl_mask.value, dut.gen_seed.value = 0, vl_mask, 7
    dut.gen_start.value = 1
    await RisingEdge(dut.clk)
    dut.gen_start.value = 0
    await Timer(20_000 * PERIOD_NS, "ns")  # traffic flowing, credit loop in steady state
    n0, c0 = int(dut.chk_packets.value), int(dut.now.value)
    wall = await _window(_cycles())
    n1, c1 = int(dut.chk_packets.value), int(dut.now.value)
    assert n1 > n0, "no packet arrived during the window: the measurement would be idle"
    assert int(dut.chk_errors.value) == 0 and int(dut.chk_lost.value) == 0
    _save({"cycles": c1 - c0, "seconds": wall, "packets": n1 - n0,
           "cycles_per_second": (c1 - c0) / wall})


@cocotb.test()
async def link_pair(dut):
    """The UB 2.0 data link pair (``LinkPair(traffic="gen")``, two DllEndpoints): both ends
    brought up to DLL_Normal through their registers, then MTU packets A -> B on every VL."""
    await _reset(dut, PAIR_INPUTS)

    async def sleep(n):
        await Timer(PERIOD_NS * n, "ns")

    a = DllDriver(QuietAxiLiteBus(dut, prefix="a_axil__"), sleep=sleep)
    b = DllDriver(QuietAxiLiteBus(dut, prefix="b_axil__"), sleep=sleep)
    for drv in (a, b):
        await drv.wait_state("DLL_Normal")
    await _measure_traffic(dut, vl_mask=(1 << len(dut.gen_vl_mask)) - 1)


@cocotb.test()
async def shell(dut):
    await _reset(dut, ("ext_events",))
    # the quiet master: cocotbext-axi's would wake Python on every edge of the window
    regs = register_layer("controller", QuietAxiLiteBus(dut, prefix="axil__"))
    await regs.SCRATCH.write_fields(value=0x5A5A_5A5A)
    assert await regs.SCRATCH.value.read() == 0x5A5A_5A5A
    cycles = _cycles()
    wall = await _window(cycles)
    _save({"cycles": cycles, "seconds": wall, "cycles_per_second": cycles / wall})
