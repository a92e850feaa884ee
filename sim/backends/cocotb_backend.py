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


class QuietAxiLiteBus:
    """:class:`firmware.bus.RegisterBus` driving AXI4-Lite signals directly, for benches.

    cocotbext-axi's channel coroutines wait for every clock edge even when idle, which holds
    a long simulation to a few thousand cycles per second. This master wakes Python only
    while an access is in flight (one access at a time), so a bench that configures through
    registers and then lets the gateware run keeps the simulator's full speed. Functional tests
    keep using :class:`CocotbRegisterBus` (cocotbext-axi), which also checks the protocol.
    """

    def __init__(self, dut, *, prefix: str = "axil_", clock=None, timeout: int = 1000):
        self.clock = clock if clock is not None else dut.clk
        self.timeout = timeout

        def sig(name):
            return getattr(dut, f"{prefix}{name}")

        self.s = {n: sig(n) for n in (
            "awaddr", "awprot", "awvalid", "awready", "wdata", "wstrb", "wvalid", "wready",
            "bresp", "bvalid", "bready", "araddr", "arprot", "arvalid", "arready", "rdata",
            "rresp", "rvalid", "rready")}
        for n in ("awvalid", "wvalid", "bready", "arvalid", "rready", "awprot", "arprot"):
            self.s[n].value = 0

    async def read(self, addr: int) -> int:
        from cocotb.triggers import ReadOnly, RisingEdge

        check_access(addr)
        s = self.s
        await RisingEdge(self.clock)
        s["araddr"].value, s["arvalid"].value, s["rready"].value = addr, 1, 1
        arvalid = True
        for _ in range(self.timeout):
            # sample this cycle (our writes have settled), then take the edge it leads to
            await ReadOnly()
            ar_hs = arvalid and bool(int(s["arready"].value))
            r_hs = bool(int(s["rvalid"].value))
            data, resp = int(s["rdata"].value), int(s["rresp"].value)
            await RisingEdge(self.clock)
            if ar_hs:
                arvalid = False
                s["arvalid"].value = 0
            if r_hs:
                s["rready"].value = 0
                if resp:
                    raise BusError(addr, False, resp)
                return data
        raise TimeoutError(f"AXI4-Lite read of 0x{addr:x}: no response")

    async def write(self, addr: int, value: int, strb: int = 0xF) -> None:
        from cocotb.triggers import ReadOnly, RisingEdge

        check_access(addr, value, strb)
        s = self.s
        await RisingEdge(self.clock)
        s["awaddr"].value, s["wdata"].value, s["wstrb"].value = addr, value, strb
        s["awvalid"].value = s["wvalid"].value = s["bready"].value = 1
        awvalid = wvalid = True
        for _ in range(self.timeout):
            await ReadOnly()
            aw_hs = awvalid and bool(int(s["awready"].value))
            w_hs = wvalid and bool(int(s["wready"].value))
            b_hs = bool(int(s["bvalid"].value))
            resp = int(s["bresp"].value)
            await RisingEdge(self.clock)
            if aw_hs:
                awvalid = False
                s["awvalid"].value = 0
            if w_hs:
                wvalid = False
                s["wvalid"].value = 0
            if b_hs:
                s["bready"].value = 0
                if resp:
                    raise BusError(addr, True, resp)
                return
        raise TimeoutError(f"AXI4-Lite write to 0x{addr:x}: no response")
