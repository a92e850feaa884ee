"""Seam backend for amaranth.sim: AXI4-Lite transactions driven from an async testbench.

``AmaranthRegisterBus(ctx, port)`` performs real AXI4-Lite handshakes on a design's slave port
inside ``Simulator.add_testbench``, through the protocol-checking master of ``amaranth_axil``,
so the same firmware coroutine that runs on Verilator runs here against the Amaranth model of
the RTL. Host memory is the reference :class:`SparseMemory`.
"""

from __future__ import annotations

from firmware.bus import BusError, check_access
from sim.backends.amaranth_axil import axil_read, axil_write
from sim.model.memory import SparseMemory

__all__ = ["AmaranthRegisterBus", "AmaranthHostMemory", "axil_write", "axil_read"]

AmaranthHostMemory = SparseMemory


class AmaranthRegisterBus:
    """:class:`firmware.bus.RegisterBus` on an amaranth.sim testbench context."""

    def __init__(self, ctx, port, *, base: int = 0):
        self.ctx, self.port, self.base = ctx, port, base

    async def read(self, addr: int) -> int:
        check_access(addr)
        data, resp = await axil_read(self.ctx, self.port, self.base + addr)
        if resp:
            raise BusError(addr, False, resp)
        return data

    async def write(self, addr: int, value: int, strb: int = 0xF) -> None:
        check_access(addr, value, strb)
        resp = await axil_write(self.ctx, self.port, self.base + addr, value, strb)
        if resp:
            raise BusError(addr, True, resp)


class AmaranthInterruptLine:
    """:class:`firmware.bus.InterruptLine` on a signal inside an amaranth.sim testbench."""

    def __init__(self, ctx, signal):
        self.ctx, self.signal = ctx, signal

    def asserted(self) -> bool:
        return bool(self.ctx.get(self.signal))

    async def wait(self, timeout: int = 1000) -> None:
        for _ in range(timeout):
            if self.asserted():
                return
            await self.ctx.tick()
        raise TimeoutError(f"interrupt not raised within {timeout} cycles")
