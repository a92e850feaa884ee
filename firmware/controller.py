"""UBM model: bring-up and housekeeping of one controller through its shell registers.

Written only against :mod:`firmware.bus` and the generated register layer, so it runs
unchanged on the cocotb (Verilator/Icarus), amaranth.sim and model backends.
"""

from __future__ import annotations

from dataclasses import dataclass

from firmware.bus import BusError, InterruptLine, RegisterBus
from firmware.regs import register_layer

IDENT_MAGIC = 0x4F554231  # "OUB1", the IDENT reset value in hdl_py/regs/controller.rdl
SUPPORTED_MAJOR = 0


class ControllerError(Exception):
    """The controller is not what the firmware expects, or misbehaves."""


@dataclass(frozen=True)
class ControllerInfo:
    version: tuple[int, int, int]
    num_vls: int
    stream_bytes: int
    flit_bytes: int
    num_ext_events: int


@dataclass(frozen=True)
class ErrorCounters:
    rd_decode: int
    wr_decode: int
    ro_write: int


class ControllerShellDriver:
    """Drives one controller's shell.

    Parameters
    ----------
    bus : RegisterBus
        The controller's register space.
    irq : InterruptLine, optional
        The controller's interrupt, when the platform wires one to the host.
    """

    def __init__(self, bus: RegisterBus, irq: InterruptLine | None = None):
        self.bus = bus
        self.irq = irq
        self.regs = register_layer("controller", bus)

    async def probe(self) -> ControllerInfo:
        """Identify the controller; raise :class:`ControllerError` if it is not one we drive."""
        magic = await self.regs.IDENT.magic.read()
        if magic != IDENT_MAGIC:
            raise ControllerError(f"IDENT reads 0x{magic:08x}, not an OpenUB controller "
                                  f"(0x{IDENT_MAGIC:08x})")
        major = await self.regs.VERSION.major.read()
        minor = await self.regs.VERSION.minor.read()
        patch = await self.regs.VERSION.patch.read()
        if major != SUPPORTED_MAJOR:
            raise ControllerError(f"register interface {major}.{minor}.{patch} is not "
                                  f"supported (major {SUPPORTED_MAJOR} expected)")
        cap = self.regs.CAPABILITY
        return ControllerInfo((major, minor, patch), await cap.num_vls.read(),
                              await cap.stream_bytes.read(), await cap.flit_bytes.read(),
                              await cap.num_ext_events.read())

    async def scratch_test(self, patterns=(0x0, 0xFFFFFFFF, 0xA5A5A5A5, 0x5A5A5A5A,
                                           0x12345678)) -> None:
        """Write and read back patterns through SCRATCH; raise on the first mismatch."""
        for p in patterns:
            await self.regs.SCRATCH.value.write(p)
            got = await self.regs.SCRATCH.value.read()
            if got != p:
                raise ControllerError(f"SCRATCH wrote 0x{p:08x}, read 0x{got:08x}")

    async def enable_events(self, mask: int) -> None:
        await self.regs.EVENT_ENABLE.write(mask)

    async def pending_events(self) -> int:
        return await self.regs.EVENT_STATUS.read()

    async def ack_events(self, mask: int) -> None:
        """Clear pending events (write-one-to-clear: written directly, no read-modify-write)."""
        await self.regs.EVENT_STATUS.write(mask)

    async def trigger_sw_event(self) -> None:
        await self.regs.EVENT_TRIGGER.sw_event.write(1)

    async def error_counters(self) -> ErrorCounters:
        return ErrorCounters(await self.regs.ERR_RD_DECODE_CNT.count.read(),
                             await self.regs.ERR_WR_DECODE_CNT.count.read(),
                             await self.regs.ERR_RO_WRITE_CNT.count.read())

    async def clear_error_counters(self) -> None:
        for reg in (self.regs.ERR_RD_DECODE_CNT, self.regs.ERR_WR_DECODE_CNT,
                    self.regs.ERR_RO_WRITE_CNT):
            await reg.write(0)

    async def bring_up(self, *, log=print) -> dict:
        """The UBM's first contact with a controller; returns a report of what it saw.

        Probes identity, tests the scratch register, checks the interrupt path end to end
        (software event -> status -> irq -> acknowledge), and checks that an out-of-map access
        is refused and counted.
        """
        info = await self.probe()
        log(f"controller: version {'.'.join(map(str, info.version))}, {info.num_vls} VLs, "
            f"{info.stream_bytes}-byte stream, {info.flit_bytes}-byte flits, "
            f"{info.num_ext_events} external events")
        await self.scratch_test()
        log("scratch register: 5 patterns written and read back")

        await self.clear_error_counters()
        await self.ack_events(0xFFFFFFFF)
        sw_bit = 1 << self.regs.EVENT_STATUS.sw_event.lsb
        await self.enable_events(sw_bit)
        await self.trigger_sw_event()
        if self.irq is not None:
            await self.irq.wait(100)
        pending = await self.pending_events()
        if not pending & sw_bit:
            raise ControllerError(f"software event not pending after trigger (0x{pending:x})")
        await self.ack_events(sw_bit)
        after = await self.pending_events()
        if after & sw_bit:
            raise ControllerError("software event still pending after acknowledge")
        irq_low = None if self.irq is None else not self.irq.asserted()
        log(f"interrupt path: pending 0x{pending:x}, acknowledged, irq low again: {irq_low}")

        refused = False
        probe_addr = self.regs.address + self.regs.size  # the first word past the map
        try:
            await self.bus.read(probe_addr)
        except BusError:
            refused = True
        counters = await self.error_counters()
        decode_bit = 1 << self.regs.EVENT_STATUS.decode_err.lsb
        decode_pending = bool(await self.pending_events() & decode_bit)
        await self.ack_events(decode_bit)
        if not refused or counters.rd_decode != 1 or not decode_pending:
            raise ControllerError(f"out-of-map read: refused={refused}, counters={counters}, "
                                  f"event={decode_pending}")
        log(f"out-of-map read at 0x{probe_addr:x}: refused with an error response, "
            f"counted ({counters}), event raised")
        return {"info": info, "pending": pending, "counters": counters,
                "irq_low_after_ack": irq_low}
