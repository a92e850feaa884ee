"""Seam backend for cocotb: AXI4-Lite master and AxiRam host memory on the simulated RTL.

Only cocotb testbenches import this module; firmware receives the objects it builds.
"""

from __future__ import annotations

import logging

from cocotbext.axi import AxiLiteBus, AxiLiteMaster, AxiResp

from firmware.bus import Allocator, BusError, check_access


def strobe_runs(strb: int) -> list[tuple[int, int]]:
    """Contiguous runs of set bits in a 4-bit byte strobe, as (first byte, length) pairs."""
    runs, i = [], 0
    while i < 4:
        if strb >> i & 1:
            j = i
            while j < 4 and strb >> j & 1:
                j += 1
            runs.append((i, j - i))
            i = j
        else:
            i += 1
    return runs


class CocotbRegisterBus:
    """:class:`firmware.bus.RegisterBus` over cocotbext-axi's ``AxiLiteMaster``.

    Parameters
    ----------
    dut : cocotb handle
        The toplevel; its AXI4-Lite slave port is found by ``prefix`` (Amaranth names a port
        ``axil`` as ``axil__awaddr`` and so on, hence the default ``"axil_"``).
    base : int
        Byte address of the block's register space on this bus.
    """

    def __init__(self, dut, *, prefix: str = "axil_", clock=None, reset=None, base: int = 0):
        self.master = AxiLiteMaster(AxiLiteBus.from_prefix(dut, prefix),
                                    clock if clock is not None else dut.clk,
                                    reset if reset is not None else dut.rst)
        # per-access INFO lines of cocotbext-axi drown the test log; warnings stay visible
        self.master.write_if.log.setLevel(logging.WARNING)
        self.master.read_if.log.setLevel(logging.WARNING)
        self.base = base
        self.log = []  # (kind, addr, value, resp) for every access, for tests and reports

    async def read(self, addr: int) -> int:
        check_access(addr)
        resp = await self.master.read(self.base + addr, 4)
        value = int.from_bytes(resp.data, "little")
        self.log.append(("r", addr, value, int(resp.resp)))
        if resp.resp != AxiResp.OKAY:
            raise BusError(addr, False, int(resp.resp))
        return value

    async def write(self, addr: int, value: int, strb: int = 0xF) -> None:
        check_access(addr, value, strb)
        data = value.to_bytes(4, "little")
        worst = AxiResp.OKAY
        for first, length in strobe_runs(strb):
            resp = await self.master.write(self.base + addr + first, data[first:first + length])
            if resp.resp != AxiResp.OKAY:
                worst = resp.resp
        self.log.append(("w", addr, value, int(worst)))
        if worst != AxiResp.OKAY:
            raise BusError(addr, True, int(worst))


class CocotbHostMemory:
    """:class:`firmware.bus.HostMemory` over a cocotbext-axi memory (``AxiRam`` or ``Memory``).

    The memory object's contents are what the DMA master of the RTL sees, so a scoreboard can
    compare them with the reference memory model.
    """

    def __init__(self, mem, *, alloc_base: int = 0x1000, size: int | None = None):
        self.mem = mem
        size = size if size is not None else mem.size
        self._alloc = Allocator(alloc_base, size - alloc_base)

    async def read(self, addr: int, length: int) -> bytes:
        return bytes(self.mem.read(addr, length))

    async def write(self, addr: int, data: bytes) -> None:
        self.mem.write(addr, bytes(data))

    def alloc(self, size: int, align: int = 64) -> int:
        return self._alloc.alloc(size, align)


class CocotbInterruptLine:
    """:class:`firmware.bus.InterruptLine` on a DUT output, counted in clock cycles."""

    def __init__(self, signal, clock):
        self.signal, self.clock = signal, clock

    def asserted(self) -> bool:
        return bool(int(self.signal.value))

    async def wait(self, timeout: int = 1000) -> None:
        from cocotb.triggers import RisingEdge

        for _ in range(timeout):
            if self.asserted():
                return
            await RisingEdge(self.clock)
        raise TimeoutError(f"interrupt not raised within {timeout} cycles")
