"""The software/hardware seam: protocols, backends, and firmware running on each backend."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import pytest
from amaranth.sim import Simulator

from firmware.bus import Allocator, BusError, HostMemory, InterruptLine, RegisterBus, check_access
from firmware.controller import ControllerError, ControllerShellDriver
from hdl_py.controller.shell import ControllerShell
from sim.backends.amaranth_backend import (
    AmaranthHostMemory,
    AmaranthInterruptLine,
    AmaranthRegisterBus,
)
from sim.backends.cocotb_backend import CocotbHostMemory, strobe_runs
from sim.backends.model import ModelHostMemory, ModelInterruptLine, ModelRegisterBus
from sim.model.memory import SparseMemory
from sim.model.shell import ShellModel

CONFIGS = [{}, {"num_vls": 2, "stream_bytes": 8, "num_ext_events": 3, "addr_width": 8}]


def test_firmware_and_services_import_no_simulator():
    """firmware/ and services/ must run without cocotb or amaranth (checked in a fresh process)."""
    code = ("import sys, firmware.bus, firmware.regs, firmware.controller, services, "
            "services.urma; bad = [m for m in sys.modules if m.split('.')[0] in "
            "('cocotb', 'amaranth', 'cocotbext', 'pyuvm')]; print(bad); sys.exit(bool(bad))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, f"firmware/services imported a simulator: {r.stdout}{r.stderr}"


def test_backends_satisfy_protocols():
    model = ShellModel()
    assert isinstance(ModelRegisterBus(model), RegisterBus)
    assert isinstance(ModelInterruptLine(model), InterruptLine)
    assert isinstance(ModelHostMemory(), HostMemory)
    assert isinstance(AmaranthHostMemory(), HostMemory)
    from cocotbext.axi.sparse_memory import SparseMemory as AxiSparse
    assert isinstance(CocotbHostMemory(AxiSparse(1 << 20)), HostMemory)


@pytest.mark.parametrize("params", CONFIGS)
def test_bring_up_on_model_backend(params):
    model = ShellModel(**params)
    drv = ControllerShellDriver(ModelRegisterBus(model), ModelInterruptLine(model))
    report = asyncio.run(drv.bring_up(log=lambda s: None))
    assert report["info"].num_vls == params.get("num_vls", 4)
    assert report["counters"].rd_decode == 1
    assert report["irq_low_after_ack"] is True


@pytest.mark.parametrize("params", CONFIGS)
def test_bring_up_on_amaranth_backend_matches_model(params):
    """The same firmware on amaranth.sim of the RTL gives the model backend's report."""
    dut = ControllerShell(**params)
    sim = Simulator(dut)
    sim.add_clock(1e-8)
    out = {}

    async def tb(ctx):
        drv = ControllerShellDriver(AmaranthRegisterBus(ctx, dut.axil),
                                    AmaranthInterruptLine(ctx, dut.irq))
        out["rtl"] = await drv.bring_up(log=lambda s: None)

    sim.add_testbench(tb)
    sim.run()
    model = ShellModel(**params)
    want = asyncio.run(ControllerShellDriver(ModelRegisterBus(model),
                                             ModelInterruptLine(model)).bring_up(
        log=lambda s: None))
    assert out["rtl"] == want


def test_probe_rejects_a_foreign_device():
    class Foreign:
        irq = False

        def read(self, addr):
            return (0x12345678, 0)

        def write(self, addr, value, strb=0xF):
            return 0

    with pytest.raises(ControllerError, match="not an OpenUB controller"):
        asyncio.run(ControllerShellDriver(ModelRegisterBus(Foreign())).probe())


def test_bus_error_and_access_checks():
    bus = ModelRegisterBus(ShellModel())
    with pytest.raises(BusError) as e:
        asyncio.run(bus.read(0x400))
    assert e.value.resp == 2 and not e.value.write and "SLVERR" in str(e.value)
    with pytest.raises(BusError) as e:
        asyncio.run(bus.write(0x0, 1))  # IDENT is read-only
    assert e.value.write
    for bad in (-4, 2, "0"):
        with pytest.raises(ValueError):
            check_access(bad)
    with pytest.raises(ValueError):
        check_access(0, 1 << 32)
    with pytest.raises(ValueError):
        check_access(0, 0, 0x10)


def test_strobe_runs():
    assert strobe_runs(0xF) == [(0, 4)]
    assert strobe_runs(0x5) == [(0, 1), (2, 1)]
    assert strobe_runs(0xB) == [(0, 2), (3, 1)]
    assert strobe_runs(0x0) == []


def test_sparse_memory_and_allocator():
    mem = SparseMemory(1 << 20)
    a = mem.alloc(5000, 4096)
    assert a % 4096 == 0
    data = bytes(range(256)) * 20
    asyncio.run(mem.write(a + 4090, data))  # crosses page boundaries
    assert asyncio.run(mem.read(a + 4090, len(data))) == data
    assert asyncio.run(mem.read(a, 10)) == bytes(10)
    with pytest.raises(IndexError):
        mem.read_sync((1 << 20) - 2, 4)
    al = Allocator(0x100, 0x100)
    assert al.alloc(0x80) == 0x100
    with pytest.raises(MemoryError):
        al.alloc(0x100)
    with pytest.raises(ValueError):
        al.alloc(8, align=3)
