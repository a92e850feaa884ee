"""UBM model: bring-up, configuration and monitoring of one spec data link (``dll.rdl``, a
:class:`hdl_py.link.dll_endpoint.DllEndpoint`; UB 2.0 Chapter 4 and App D.6.2).

Only :mod:`firmware.bus` and the generated register layer: runs on every backend.
"""

from __future__ import annotations

from dataclasses import dataclass

from firmware.bus import RegisterBus
from firmware.regs import register_layer

DLL_STATES = ("DLL_Disabled", "DLL_Param_Init", "DLL_Credit_Init", "DLL_Normal")
RETRY_REQ_STATES = ("NORMAL", "REQ", "WAIT", "RETRAIN", "ERROR")
RETRY_ACK_STATES = ("NORMAL", "ACK")
WIDTH_STATUS = ("IDLE", "IN_PROGRESS", "DONE", "TIMEOUT", "NAK")
COUNTERS = ("TX_DLLDP", "RX_DLLDP", "TX_FLITS", "RESENT_FLITS", "CRC_ERROR_SUM", "HDR_ERRORS",
            "RETRY_REQ_SUM", "RETRY_REQ_RX", "RETRY_ACK_SUM", "RETRY_ACK_TIMEOUTS",
            "RETRY_ROLLOVERS", "ERROR_DLLDP", "LINK_DOWN_DROPS", "TX_BAD_VL", "TX_OVERSIZE",
            "TX_EMPTY", "TX_VL_DISABLED", "LANE_CHANGES", "TX_DLLCB_FLITS",
            "TX_NULL_FLITS", "TX_BAD_CFG", "RX_PHY_ERR_FLITS")
UNCORRECTABLE = ("Flow_Control_Overflow", "Receive_Buffer_Overflow", "Packet_Length",
                 "DL_Replay_Abort", "DL_Protocol_Error")
CORRECTABLE = ("DL_Retry_Rollover", "DL_Retry_ACK_Timeout")


class DllError(Exception):
    """The link did not come up or reports a fault."""


@dataclass(frozen=True)
class DllStatus:
    link_status: str
    retry_req: str
    retry_ack: str
    phy_link_up: bool
    tx_width: int
    rx_width: int
    width_status: str


def _field(value, field):
    return (value >> field.lsb) & ((1 << field.width) - 1)


class DllDriver:
    """Drives one spec data link endpoint through its registers.

    ``sleep(cycles)`` is how the driver lets time pass between polls (the backend's clock);
    by default polling alone advances time (each register access takes bus cycles).
    """

    def __init__(self, bus: RegisterBus, *, sleep=None):
        self.bus = bus
        self.regs = register_layer("dll", bus)
        self._sleep = sleep

    async def _pause(self, cycles: int) -> None:
        if self._sleep is not None:
            await self._sleep(cycles)

    async def configure(self, *, wait_timeout_us: int | None = None,
                        num_retry_threshold: int | None = None,
                        num_phy_reinit_threshold: int | None = None,
                        lockout_threshold: int | None = None,
                        crd_timeout_us: int | None = None,
                        flow_ctrl_size: int | None = None, vl_enable: int | None = None,
                        remote_crd: list[int] | None = None) -> None:
        """Write what is given; the Data Link Configuration counts at the next link-up."""
        r = self.regs
        fields = {k: v for k, v in (("WAIT_TIMEOUT_us", wait_timeout_us),
                                     ("NUM_RETRY_THRESHOLD", num_retry_threshold),
                                     ("NUM_PHY_REINIT_THRESHOLD", num_phy_reinit_threshold))
                  if v is not None}
        if fields:
            await r.DL_RETRY_CFG.write_fields(**fields)
        fields = {k: v for k, v in (("lockout_threshold", lockout_threshold),
                                     ("crd_timeout_us", crd_timeout_us)) if v is not None}
        if fields:
            await r.DL_CRD_CFG.write_fields(**fields)
        fields = {k: v for k, v in (("FLOW_CTRL_SIZE_cfg", flow_ctrl_size),
                                     ("VL_ENABLE_cfg", vl_enable)) if v is not None}
        if fields:
            await r.DL_CFG_9.write_fields(**fields)
        for i in range(0, len(remote_crd or []), 2):
            hi = remote_crd[i + 1] if i + 1 < len(remote_crd) else 0
            await r.REMOTE_INIT_CRD_CFG[i // 2].write_fields(vl_lo=remote_crd[i], vl_hi=hi)

    async def enable(self, on: bool = True) -> None:
        await self.regs.DL_CTRL.enable.write(int(on))

    async def set_retry(self, on: bool) -> None:
        """Link-level retry on (the specification) or off (OpenUB's baseline,
        ``DL_CTRL.retry_off``). Only while the link is held down (``enable(False)``, at both
        ends: an end that stays up answers the other's link-up handshake as a retry)."""
        await self.regs.DL_CTRL.retry_off.write(int(not on))

    async def ubfm_reset(self) -> None:
        """The UBFM reset that takes RETRY_REQ_SM out of ERROR (E4 §4.8)."""
        await self.regs.DL_CTRL.ubfm_reset.write(1)

    async def status(self) -> DllStatus:
        r = self.regs
        sm = await r.DL_SM_STATUS.read()
        pl = await r.PORT_LINK_STATUS_0.read()
        s, p = r.DL_SM_STATUS, r.PORT_LINK_STATUS_0
        return DllStatus(DLL_STATES[_field(sm, s.Link_Status) & 3],
                         RETRY_REQ_STATES[min(_field(sm, s.Retry_Req_Status), 4)],
                         RETRY_ACK_STATES[_field(sm, s.Retry_Ack_Status) & 1],
                         bool(_field(pl, p.PHY_LinkUp)), _field(pl, p.tx_width),
                         _field(pl, p.rx_width),
                         WIDTH_STATUS[min(_field(pl, p.width_status), 4)])

    async def wait_state(self, state: str, *, polls: int = 200, every: int = 20) -> DllStatus:
        if state not in DLL_STATES:
            raise ValueError(f"state must be one of {DLL_STATES}, not {state!r}")
        for _ in range(polls):
            st = await self.status()
            if st.link_status == state:
                return st
            await self._pause(every)
        raise DllError(f"link did not reach {state}: {st}")

    async def negotiated(self) -> dict[str, int]:
        """The Data Link Status registers (one-hot sizes, as the hardware keeps them)."""
        r = self.regs
        s0, s9 = await r.DL_STA_0.read(), await r.DL_STA_9.read()
        return {
            "data_ack_grain": _field(s0, r.DL_STA_0.DATA_ACK_GRAIN_SIZE_sta),
            "ctrl_ack_grain": _field(s0, r.DL_STA_0.CTRL_ACK_GRAIN_SIZE_sta),
            "flow_ctrl_size": _field(s9, r.DL_STA_9.FLOW_CTRL_SIZE_sta),
            "vl_enable": _field(s9, r.DL_STA_9.VL_ENABLE_sta),
            "peer_retry_buf_depth": await r.DL_STA_11.RETRY_BUF_DEPTH_sta.read(),
        }

    async def counters(self) -> dict[str, int]:
        return {name: await getattr(self.regs, name).count.read() for name in COUNTERS}

    async def vl_counters(self, vls: int) -> dict[str, list[int]]:
        r = self.regs
        return {"tx_pkts": [await r.VL_TX_PKTS[v].count.read() for v in range(vls)],
                "rx_pkts": [await r.VL_RX_PKTS[v].count.read() for v in range(vls)]}

    async def credits(self, vls: int) -> list[int]:
        return [await self.regs.VL_CRD[v].crd.read() for v in range(vls)]

    async def errors(self) -> dict[str, int]:
        r = self.regs
        u = await r.PORT_UNCORR_ERR_STATUS.read()
        c = await r.PORT_CORR_ERR_STATUS.read()
        out = {n: _field(u, getattr(r.PORT_UNCORR_ERR_STATUS, n)) for n in UNCORRECTABLE}
        out.update({n: _field(c, getattr(r.PORT_CORR_ERR_STATUS, n)) for n in CORRECTABLE})
        return out

    async def change_width(self, width: int, *, polls: int = 200) -> str:
        """Ask for a dynamic width change; return the final status name."""
        await self.regs.LANE_CTRL.target_width.write(width)
        await self.regs.LANE_CTRL.change.write(1)
        for _ in range(polls):
            st = await self.status()
            if st.width_status not in ("IDLE", "IN_PROGRESS"):
                return st.width_status
            await self._pause(10)
        raise DllError(f"width change to x{width} still in progress")
