"""UBM model: bring-up, configuration and monitoring of one data link (``link.rdl``).

Only :mod:`firmware.bus` and the generated register layer: runs on every backend.
"""

from __future__ import annotations

from dataclasses import dataclass

from firmware.bus import RegisterBus
from firmware.regs import register_layer

DL_STATES = ("DISABLE", "PARA_INIT", "CRD_INIT", "NORMAL")
RETRY_STATES = ("NORMAL", "REQ", "WAIT", "RETRAIN", "ERROR")
WIDTH_STATUS = ("IDLE", "IN_PROGRESS", "DONE", "TIMEOUT", "NAK")
COUNTERS = ("TX_FLITS", "RX_FLITS", "TX_PACKETS", "RX_PACKETS", "CTL_BLOCKS_TX",
            "CTL_BLOCKS_RX", "CRC_ERRORS", "CTL_CRC_ERRORS", "RETRIES", "REPLAYED_FLITS",
            "DUPLICATES", "SEQ_GAPS", "LOST_PACKETS", "MALFORMED", "CREDIT_OVERFLOW",
            "LANE_CHANGES", "TIMEOUTS", "BAD_INPUT", "OVERRUN", "BAD_RETRY")


class LinkError(Exception):
    """The link did not come up or reports a fault."""


@dataclass(frozen=True)
class LinkStatus:
    dl_state: str
    retry_state: str
    tx_width: int
    rx_width: int
    width_status: str
    lanes_ok: int


class LinkDriver:
    """Drives one link endpoint through its registers.

    ``sleep(cycles)`` is how the driver lets time pass between polls (the backend's clock);
    by default polling alone advances time (each register access takes bus cycles).
    """

    def __init__(self, bus: RegisterBus, *, sleep=None):
        self.bus = bus
        self.regs = register_layer("link", bus)
        self._sleep = sleep

    async def _pause(self, cycles: int) -> None:
        if self._sleep is not None:
            await self._sleep(cycles)

    async def configure(self, *, llr: bool = True, ctl_interval: int | None = None,
                        wait_timeout: int | None = None, retry_max: int | None = None,
                        retrain_max: int | None = None) -> None:
        ctrl = await self.regs.CTRL.read()
        ctrl = (ctrl & ~(1 << self.regs.CTRL.llr_en.lsb)) | (int(llr) << self.regs.CTRL.llr_en.lsb)
        if ctl_interval is not None:
            f = self.regs.CTRL.ctl_interval
            ctrl = (ctrl & ~(0xFFFF << f.lsb)) | (ctl_interval << f.lsb)
        await self.regs.CTRL.write(ctrl)
        fields = {}
        if wait_timeout is not None:
            fields["wait_retry_ack_timeout"] = wait_timeout
        if retry_max is not None:
            fields["retry_max"] = retry_max
        if retrain_max is not None:
            fields["retrain_max"] = retrain_max
        if fields:
            await self.regs.RETRY_CFG.write_fields(**fields)

    async def set_vl(self, vl: int, *, weight: int | None = None, sp: bool | None = None):
        fields = {}
        if weight is not None:
            fields["weight"] = weight
        if sp is not None:
            fields["sp"] = int(sp)
        await self.regs.VL_CFG[vl].write_fields(**fields)

    async def enable(self) -> None:
        await self.regs.CTRL.enable.write(1)

    async def status(self) -> LinkStatus:
        v = await self.regs.STATUS.read()
        s = self.regs.STATUS

        def f(field, width):
            return (v >> field.lsb) & ((1 << width) - 1)

        return LinkStatus(DL_STATES[f(s.dl_state, 2)],
                          RETRY_STATES[min(f(s.retry_state, 3), 4)],
                          f(s.tx_width, 4), f(s.rx_width, 4),
                          WIDTH_STATUS[min(f(s.width_status, 3), 4)], f(s.lanes_ok, 8))

    async def wait_state(self, state: str, *, polls: int = 200, every: int = 20) -> LinkStatus:
        for _ in range(polls):
            st = await self.status()
            if st.dl_state == state:
                return st
            await self._pause(every)
        raise LinkError(f"link did not reach {state}: {st}")

    async def counters(self) -> dict[str, int]:
        return {name: await getattr(self.regs, name).count.read() for name in COUNTERS}

    async def credits(self, num_vls: int) -> list[int]:
        return [await self.regs.VL_CREDIT[v].available.read() for v in range(num_vls)]

    async def change_width(self, width: int, *, polls: int = 200) -> str:
        """Ask for a dynamic width change; return the final status name."""
        await self.regs.LANE_CTRL.target_width.write(width)
        await self.regs.LANE_CTRL.change.write(1)
        for _ in range(polls):
            st = await self.status()
            if st.width_status not in ("IDLE", "IN_PROGRESS"):
                return st.width_status
            await self._pause(10)
        raise LinkError(f"width change to x{width} still in progress")

    async def reset(self) -> None:
        await self.regs.CTRL.reset_link.write(1)
