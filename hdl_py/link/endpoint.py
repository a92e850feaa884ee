"""One end of a UB data link: LinkTx + LinkRx + the transmit-direction PHY + registers.

Two endpoints and two PHY directions make a link: endpoint A's ``tx_flit`` (the far side of
its own PHY channel) feeds endpoint B's ``rx_flit`` and back. Registers are
``hdl_py/regs/link.rdl``; every counter, state and configuration of docs/link.md is there.
"""

from __future__ import annotations

from amaranth.hdl import Module, Mux, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from hdl_py.lib.axi import AXI4LiteSignature
from hdl_py.lib.csr import CSRBank
from hdl_py.lib.stream import PacketSignature
from hdl_py.link.common import (
    DlState,
    FlitSignature,
    RetryState,
    WidthChangeStatus,
    link_side_layout,
)
from hdl_py.link.phy import PhyChannel
from hdl_py.link.rx import LinkRx
from hdl_py.link.tx import LinkTx
from hdl_py.regs import compile_rdl

__all__ = ["LinkEndpoint"]


class LinkEndpoint(wiring.Component):
    """A link endpoint.

    Parameters
    ----------
    num_vls, data_bytes, cell_flits, mtu :
        As for :class:`LinkTx` / :class:`LinkRx` (VLs 1..16, packet-stream beat bytes, flits
        per credit cell, largest payload in bytes).
    queue_beats, replay_flits, replay_packets :
        Transmit queue depth per VL (beats), replay buffer depth (flits, packets). The queue
        is store-and-forward (the link header carries the length), so line rate with MTU
        packets needs room for two of them (default 288 beats of 32 bytes).
    buffer_cells :
        Receive buffer per VL in cells (at most 63: the initial credit field is 6 bits).
        With 16-flit cells (the default) that is 1008 flits per VL, enough to cover the
        credit loop at line rate with MTU 4096 packets; 8-flit cells (504 flits) are not.
    max_lanes, phy_latency, lane_detect, train_cycles :
        The transmit PHY channel (:class:`PhyChannel`).

    Attributes
    ----------
    i : In(PacketSignature)
        Packets from the network layer (sideband ``{vl, cfg}``).
    o : Out(PacketSignature)
        Packets to the network layer.
    tx_flit : Out(FlitSignature)
        Flits leaving this endpoint's PHY channel towards the peer (``ready`` is ignored:
        a PHY cannot be held back).
    rx_flit : In(FlitSignature)
        Flits arriving from the peer's PHY channel (always accepted).
    axil : In(AXI4LiteSignature)
        Register bus (link.rdl).
    irq : Out(1)
        Enabled link events pending (to a controller shell ``ext`` input).
    retry_state, dl_state : Out
        The receiver's retry state and the data-link state (also in ``STATUS``).
    tx_up, tx_width : Out
        State of this endpoint's transmit channel (trained; lanes in use), for the peer.
    rx_up, rx_width : In
        State of the receive direction (the peer's channel), for the data-link state machine
        and ``STATUS.rx_width``.
    retrain_out : Out(1)
        The receiver asks for retraining (pulse); the platform retrains both directions.
    retrain_in : In(1)
        Retrain this endpoint's transmit channel (pulse).
    lane_fail, far_ack_delay, far_silent : In
        PHY model inputs (lane failures and the far end's answer to width changes);
        tie to 0 outside fault tests.
    """

    def __init__(self, *, num_vls: int = 4, data_bytes: int = 32, cell_flits: int = 16,
                 mtu: int = 4096, queue_beats: int = 288, replay_flits: int = 1024,
                 replay_packets: int = 32, buffer_cells: int = 63, max_lanes: int = 8,
                 phy_latency: int = 4, lane_detect: int = 16, train_cycles: int = 32):
        self._tx = LinkTx(num_vls=num_vls, data_bytes=data_bytes, cell_flits=cell_flits,
                          queue_beats=queue_beats, replay_flits=replay_flits,
                          replay_packets=replay_packets, mtu=mtu)
        self._rx = LinkRx(num_vls=num_vls, data_bytes=data_bytes, cell_flits=cell_flits,
                          buffer_cells=buffer_cells, mtu=mtu)
        self._phy = PhyChannel(max_lanes=max_lanes, latency=phy_latency,
                               lane_detect=lane_detect, train_cycles=train_cycles)
        self._bank = CSRBank(compile_rdl("link"))
        self._num_vls = num_vls
        self._max_lanes = max_lanes
        super().__init__({
            "i": In(PacketSignature(data_bytes, link_side_layout())),
            "o": Out(PacketSignature(data_bytes, link_side_layout())),
            "tx_flit": Out(FlitSignature()),
            "rx_flit": In(FlitSignature()),
            "axil": In(AXI4LiteSignature(addr_width=self._bank.addr_width)),
            "irq": Out(1),
            "retry_state": Out(RetryState),
            "dl_state": Out(DlState),
            "tx_up": Out(1),
            "tx_width": Out(4),
            "rx_up": In(1),
            "rx_width": In(4),
            "retrain_out": Out(1),
            "retrain_in": In(1),
            "lane_fail": In(max_lanes),
            "far_ack_delay": In(16),
            "far_silent": In(1),
        })

    @property
    def num_vls(self):
        return self._num_vls

    @property
    def addr_width(self):
        return self._bank.addr_width

    def elaborate(self, platform):
        m = Module()
        m.submodules.tx = tx = self._tx
        m.submodules.rx = rx = self._rx
        m.submodules.phy = phy = self._phy
        m.submodules.bank = bank = self._bank
        hw = bank.hw

        wiring.connect(m, wiring.flipped(self.axil), bank.bus)
        m.d.comb += self.irq.eq(bank.irq)

        # Datapath: network layer -> TX -> PHY channel -> peer; peer -> RX -> network layer.
        wiring.connect(m, wiring.flipped(self.i), tx.i)
        wiring.connect(m, tx.o, phy.i)
        m.d.comb += [
            self.tx_flit.valid.eq(phy.o.valid),
            self.tx_flit.payload.eq(phy.o.payload),
            phy.o.ready.eq(1),
            rx.i.valid.eq(self.rx_flit.valid),
            rx.i.payload.eq(self.rx_flit.payload),
            self.rx_flit.ready.eq(1),
        ]
        wiring.connect(m, rx.o, wiring.flipped(self.o))
        # RX -> TX feedback, with a periodic refresh folded into ``update`` so that the last
        # acknowledgement and credits are resent even if the control block carrying them
        # was lost (the values are cumulative: repeating them is harmless).
        refresh = Signal(16)
        refresh_due = Signal()
        interval = hw.LLR_TIMERS.refresh_interval.q
        m.d.comb += refresh_due.eq((interval != 0) & (refresh >= interval))
        m.d.sync += refresh.eq(Mux(refresh_due | rx.fb.update, 0, refresh + 1))
        for name in tx.fb.signature.members:
            if name != "update":
                m.d.comb += getattr(tx.fb, name).eq(getattr(rx.fb, name))
        m.d.comb += tx.fb.update.eq(rx.fb.update | refresh_due)

        # Configuration from registers.
        reset_link = hw.CTRL.reset_link.q
        m.d.comb += [
            tx.enable.eq(hw.CTRL.enable.q),
            tx.llr_en.eq(hw.CTRL.llr_en.q),
            rx.llr_en.eq(hw.CTRL.llr_en.q),
            tx.ctl_interval.eq(hw.CTRL.ctl_interval.q),
            tx.ack_timeout.eq(hw.LLR_TIMERS.ack_timeout.q),
            tx.reset_link.eq(reset_link),
            rx.reset_link.eq(reset_link),
            tx.phy_up.eq(phy.up & self.rx_up),
            tx.init_credits.eq(rx.init_credits),
            rx.dl_state.eq(tx.dl_state),
            rx.wait_timeout.eq(hw.RETRY_CFG.wait_retry_ack_timeout.q),
            rx.retry_max.eq(hw.RETRY_CFG.retry_max.q),
            rx.retrain_max.eq(hw.RETRY_CFG.retrain_max.q),
        ]
        for v in range(self._num_vls):
            m.d.comb += [
                tx.vl_weight[v].eq(hw.VL_CFG[v].weight.q),
                tx.vl_sp[v].eq(hw.VL_CFG[v].sp.q),
                hw.VL_CREDIT[v].available.d.eq(tx.credits[v]),
                hw.VL_CREDIT[v].peer_init.d.eq(tx.peer_init_credits[v]),
                hw.CREDIT_STALLS[v].count.incr.eq(tx.credit_stall[v]),
            ]

        # PHY control and status.
        m.d.comb += [
            phy.width_req.eq(hw.LANE_CTRL.change.q),
            phy.target_width.eq(hw.LANE_CTRL.target_width.q),
            phy.change_timeout_cycles.eq(hw.LANE_CTRL.width_timeout.q),
            phy.lane_fail.eq(self.lane_fail),
            phy.far_ack_delay.eq(self.far_ack_delay),
            phy.far_silent.eq(self.far_silent),
            phy.retrain.eq(self.retrain_in),
            self.retrain_out.eq(rx.retrain),
            self.tx_up.eq(phy.up),
            self.retry_state.eq(rx.retry_state),
            self.dl_state.eq(tx.dl_state),
            self.tx_width.eq(phy.width),
            hw.STATUS.dl_state.d.eq(tx.dl_state),
            hw.STATUS.retry_state.d.eq(rx.retry_state),
            hw.STATUS.tx_width.d.eq(phy.width),
            hw.STATUS.rx_width.d.eq(self.rx_width),
            hw.STATUS.width_status.d.eq(phy.width_status),
            hw.STATUS.lanes_ok.d.eq(phy.lanes_ok),
        ]

        # Counters: one pulse source each.
        for reg, pulse in (
            ("TX_FLITS", tx.tx_flit), ("RX_FLITS", rx.rx_flit),
            ("TX_PACKETS", tx.tx_packet), ("RX_PACKETS", rx.rx_packet),
            ("CTL_BLOCKS_TX", tx.ctl_block), ("CTL_BLOCKS_RX", rx.ctl_block),
            ("CRC_ERRORS", rx.crc_error), ("CTL_CRC_ERRORS", rx.ctl_crc_error),
            ("RETRIES", rx.retry), ("REPLAYED_FLITS", tx.replayed_flit),
            ("DUPLICATES", rx.duplicate), ("SEQ_GAPS", rx.seq_gap),
            ("LOST_PACKETS", rx.lost_packet), ("MALFORMED", rx.malformed),
            ("CREDIT_OVERFLOW", tx.credit_overflow), ("LANE_CHANGES", phy.lane_changes),
            ("TIMEOUTS", rx.timeout), ("BAD_INPUT", tx.bad_input), ("OVERRUN", rx.overrun),
            ("BAD_RETRY", tx.bad_retry),
        ):
            m.d.comb += getattr(hw, reg).count.incr.eq(pulse)

        # Events (sticky, write-one-to-clear; irq when enabled).
        width_done = Signal()
        prev_status = Signal.like(phy.width_status)
        m.d.sync += prev_status.eq(phy.width_status)
        m.d.comb += width_done.eq((phy.width_status == WidthChangeStatus.DONE)
                                  & (prev_status != WidthChangeStatus.DONE))
        m.d.comb += [
            hw.EVENT_STATUS.link_error.next.eq(rx.link_error),
            hw.EVENT_STATUS.retrain.next.eq(rx.retrain),
            hw.EVENT_STATUS.credit_overflow.next.eq(tx.credit_overflow),
            hw.EVENT_STATUS.malformed.next.eq(rx.malformed | rx.overrun | tx.bad_input),
            hw.EVENT_STATUS.lane_degraded.next.eq(phy.lane_changes),
            hw.EVENT_STATUS.width_change_done.next.eq(width_done),
        ]
        return m
