"""One end of a spec UB data link (UB Base Specification 2.0, Chapter 4, CRC30 mode): the
transmit queues, :class:`~hdl_py.link.dll_link.DllLink`, the transmit-direction PHY channel and
the registers (``hdl_py/regs/dll.rdl``).

Two endpoints and two PHY directions make a link: endpoint A's ``tx_flit`` (the far side of its
own PHY channel) feeds endpoint B's ``rx_flit`` and back (:class:`~hdl_py.link.pair.LinkPair`).

* Upper layer: ``i`` (packets with ``vl``, ``cfg``, ``rt``) into
  :class:`~hdl_py.link.dll_queue.DllTxQueues` (per-VL store-and-forward queues, PLENGTH, the
  choice of VL by credit), then the link; ``o`` (packets with ``vl``, ``cfg``, ``rt``,
  ``error_flag``) from the receiver.
* The link comes up (``link_up`` of :class:`DllLink`) when ``DL_CTRL.enable`` is set and both
  PHY directions are up. A retrain (``retrain_in``, asked by either end's RETRY_REQ_SM through
  ``retrain_out``, E4 §4.7.3.3) is not a link-down: the data link stays up, RETRY_REQ_SM is in
  RETRAIN (``retrain_start``), and ``retrain_done`` pulses when both directions are up again.
* Registers: the Data Link Capability (this end's VLs, every cell size, its retry buffer),
  Configuration (negotiated at DLL_Param_Init), Remote Init Credit and Performance
  Optimization Cfg, the negotiated Status, the state machines, the port error bits of the
  data link (sticky, interrupt when enabled) and counters for every event.

A flit is one 20-byte beat; ``tx_flit.payload.ctl`` is 0 (CRC30 mode has no sync-header
distinction in this PHY model). ``rx_flit.payload.err`` marks a flit the PHY could not decode:
it fails its block, so the peer resends from there (E4 §4.3.2.2.1), and is counted in
``RX_PHY_ERR_FLITS``.
"""

from amaranth.hdl import Const, Module, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from hdl_py.lib.axi import AXI4LiteSignature
from hdl_py.lib.csr import CSRBank, csr_hw_signature
from hdl_py.lib.stream import PacketSignature
from hdl_py.regs import compile_rdl

from .common import FlitSignature
from .deframer import deframed_side_layout
from .dll_link import DllLink
from .dll_queue import DllTxQueues, dll_side_layout
from .dll_sm import DllState
from .phy import PhyChannel

__all__ = ["DllEndpoint", "DllRegisters"]

#: Cell sizes the endpoint supports (FLOW_CTRL_SIZE_pro): 1..128 flits.
FLOW_CTRL_SIZE_PRO = 0xFF


class DllRegisters(wiring.Component):
    """The endpoint's register bank (``hdl_py/regs/dll.rdl``, :class:`~hdl_py.lib.csr.CSRBank`)
    with a register on every input of its hardware side: each status value (``d``), error bit
    (``next``) and counter pulse (``incr``) reaches the bank a cycle after the link shows it,
    so no path runs from deep in the link through the bank's counters and read multiplexer.
    The bank reads with ``read_latency=2`` (the address decode registered before the read
    multiplexer; a read answers a cycle later, which the AXI4-Lite port waits for) and writes
    with ``write_latency=2`` (the write decode registered; a write takes effect a cycle after
    its strobe). ``hw`` has the bank's signature; ``bus`` and ``irq`` are the bank's."""

    def __init__(self):
        self.bank = CSRBank(compile_rdl("dll"), read_latency=2, write_latency=2)
        super().__init__({
            "bus": In(AXI4LiteSignature(addr_width=self.bank.addr_width)),
            "hw": Out(csr_hw_signature(self.bank.spec)),
            "irq": Out(1),
        })

    @property
    def addr_width(self):
        return self.bank.addr_width

    def elaborate(self, platform):
        m = Module()
        m.submodules.bank = bank = self.bank
        wiring.connect(m, wiring.flipped(self.bus), bank.bus)
        m.d.comb += self.irq.eq(bank.irq)
        outer = self.hw.signature.flatten(self.hw)
        inner = bank.hw.signature.flatten(bank.hw)
        for (_, member, o), (_, _, i) in zip(outer, inner, strict=True):
            if member.flow == Out:
                m.d.comb += o.eq(i)
            else:
                m.d.sync += i.eq(o)
        return m


class DllEndpoint(wiring.Component):
    """Parameters: ``vls`` (1..16), ``data_bytes``, ``mtu`` (largest payload, bytes),
    ``queue_beats`` (transmit queue per VL, beats; default two MTU packets), ``retry_depth``
    (retry buffer, flits), ``vl_flits`` (receive buffer per VL, flits, a power of two),
    ``us_cycles`` (cycles per microsecond), and the PHY channel's ``max_lanes``,
    ``phy_latency``, ``lane_detect``, ``train_cycles`` (:class:`PhyChannel`)."""

    def __init__(self, *, vls=4, data_bytes=32, mtu=4096, queue_beats=None, retry_depth=512,
                 vl_flits=512, us_cycles=100, max_lanes=8, phy_latency=4, lane_detect=16,
                 train_cycles=32):
        self.queues = DllTxQueues(vls=vls, data_bytes=data_bytes, mtu=mtu,
                                  queue_beats=queue_beats)
        self.link = DllLink(vls=vls, data_bytes=data_bytes, retry_depth=retry_depth,
                            vl_flits=vl_flits, us_cycles=us_cycles)
        self.phy = PhyChannel(max_lanes=max_lanes, latency=phy_latency,
                              lane_detect=lane_detect, train_cycles=train_cycles)
        self.regs = DllRegisters()
        self._vls, self._retry_depth = vls, retry_depth
        super().__init__({
            "i": In(PacketSignature(data_bytes, dll_side_layout())),
            "o": Out(PacketSignature(data_bytes, deframed_side_layout())),
            "tx_flit": Out(FlitSignature()),
            "rx_flit": In(FlitSignature()),
            "axil": In(AXI4LiteSignature(addr_width=self.regs.addr_width)),
            "irq": Out(1),
            "dl_state": Out(DllState), "retry_state": Out(3),
            "tx_up": Out(1), "tx_width": Out(4),
            "rx_up": In(1), "rx_width": In(4),
            "retrain_out": Out(1), "retrain_in": In(1),
            "lane_fail": In(max_lanes), "far_ack_delay": In(16), "far_silent": In(1),
            "rx_lost": Out(1),
        })

    @property
    def vls(self):
        return self._vls

    @property
    def addr_width(self):
        return self.regs.addr_width

    def elaborate(self, platform):
        m = Module()
        q, dll, phy, regs = self.queues, self.link, self.phy, self.regs
        m.submodules.queues = q
        m.submodules.link = dll
        m.submodules.phy = phy
        m.submodules.regs = regs
        hw = regs.hw
        vls = self._vls
        wiring.connect(m, wiring.flipped(self.axil), regs.bus)
        m.d.comb += self.irq.eq(regs.irq)

        # -- datapath: upper layer -> queues -> link -> PHY channel; peer -> link -> upper --
        wiring.connect(m, wiring.flipped(self.i), q.i)
        wiring.connect(m, q.desc, dll.desc)
        wiring.connect(m, q.o, dll.i)
        m.d.comb += [
            q.normal.eq(dll.status_up), q.params.eq(dll.params),
            q.link_reset.eq(dll.state == DllState.DLL_DISABLED),
        ]
        # The transmitter's take reaches the queues through a register: its credit and framer
        # checks stay out of the queues' choice. The queues wait for ``crd`` a cycle longer.
        m.d.sync += [q.taken.eq(dll.taken & ~(dll.state == DllState.DLL_DISABLED)),
                     q.taken_vl.eq(dll.taken_vl)]
        m.d.comb += [q.crd[v].eq(dll.crd[v]) for v in range(vls)]
        m.d.comb += [
            phy.i.valid.eq(dll.phy_tx.valid), phy.i.payload.data.eq(dll.phy_tx.payload),
            phy.i.payload.ctl.eq(0), dll.phy_tx.ready.eq(phy.i.ready),
            self.tx_flit.valid.eq(phy.o.valid), self.tx_flit.payload.eq(phy.o.payload),
            phy.o.ready.eq(1),
            dll.phy_rx.valid.eq(self.rx_flit.valid),
            dll.phy_rx.payload.eq(self.rx_flit.payload.data),
            dll.phy_rx_err.eq(self.rx_flit.payload.err),
            self.rx_flit.ready.eq(1),
            # The receiver always takes a flit (a PHY cannot wait); counted should it not.
            self.rx_lost.eq(self.rx_flit.valid & ~dll.phy_rx.ready),
        ]
        wiring.connect(m, dll.o, wiring.flipped(self.o))

        # -- link up, retraining (E4 §4.7.3.3, §4.8.4) --
        both_up = phy.up & self.rx_up
        retraining = Signal()
        was_up = Signal()
        m.d.sync += was_up.eq(both_up)
        retrain_done = Signal()
        m.d.comb += retrain_done.eq(retraining & both_up & ~was_up)
        with m.If(self.retrain_in):
            m.d.sync += retraining.eq(1)
        with m.Elif(retrain_done):
            m.d.sync += retraining.eq(0)
        enable = hw.DL_CTRL.enable.q
        m.d.comb += [
            dll.link_up.eq(enable & (both_up | retraining | self.retrain_in)),
            dll.retrain_start.eq(self.retrain_in), dll.retrain_done.eq(retrain_done),
            dll.ubfm_reset.eq(hw.DL_CTRL.ubfm_reset.q),
            dll.retry_off.eq(hw.DL_CTRL.retry_off.q),
            phy.retrain.eq(self.retrain_in),
        ]
        # Registered: the platform ORs both ends' requests into both ends' ``retrain_in``.
        m.d.sync += self.retrain_out.eq(dll.retrain_req)

        # -- configuration: what this end offers (Capability & Configuration, E4 §4.4) --
        vl_pro = (1 << vls) - 1
        c = dll.cfg
        cfg0, cfg9 = hw.DL_CFG_0, hw.DL_CFG_9
        m.d.comb += [
            c.feature_id.eq(hw.DL_CFG_11.FEATURE_ID_cfg.q),
            c.rxbuf_vl_share.eq(cfg0.RXBUF_VL_SHARE_cfg.q),
            c.data_ack_grain_size.eq(cfg0.DATA_ACK_GRAIN_SIZE_cfg.q),
            c.ctrl_ack_grain_size.eq(cfg0.CTRL_ACK_GRAIN_SIZE_cfg.q),
            c.flow_ctrl_size.eq(cfg9.FLOW_CTRL_SIZE_cfg.q & FLOW_CTRL_SIZE_PRO),
            c.vl_enable.eq(cfg9.VL_ENABLE_cfg.q & vl_pro),
            c.packet_min_interval.eq(cfg9.PACKET_MIN_INTERVAL.q),
            c.retry_buf_depth.eq(self._retry_depth),
            hw.DL_CAP_0.PACKET_MIN_INTERVAL.d.eq(1),
            hw.DL_CAP_0.FLOW_CTRL_SIZE_pro.d.eq(FLOW_CTRL_SIZE_PRO),
            hw.DL_CAP_0.VL_ENABLE_pro.d.eq(vl_pro),
            hw.DL_CAP_1.RETRY_BUF_DEPTH.d.eq(self._retry_depth),
        ]
        p = dll.params
        for v in range(16):
            i, k = divmod(v, 4)
            m.d.comb += [
                c.ctrl_credit_grain[v].eq(getattr(hw.CTRL_CREDIT_GRAIN_SIZE_cfg[i], f"vl{k}").q),
                c.data_credit_grain[v].eq(getattr(hw.DATA_CREDIT_GRAIN_SIZE_cfg[i], f"vl{k}").q),
                getattr(hw.CTRL_CREDIT_GRAIN_SIZE_sta[i], f"vl{k}").d.eq(p.ctrl_credit_grain[v]),
                getattr(hw.DATA_CREDIT_GRAIN_SIZE_sta[i], f"vl{k}").d.eq(p.data_credit_grain[v]),
            ]
        for v in range(vls):
            i, half = divmod(v, 2)
            f = "vl_hi" if half else "vl_lo"
            m.d.comb += [
                dll.remote_crd[v].eq(getattr(hw.REMOTE_INIT_CRD_CFG[i], f).q),
                dll.crd_return[v].eq(getattr(hw.CRD_RETURN_CFG[i], f).q),
                dll.crd_llcrd[v].eq(getattr(hw.CRD_LLCRD_CFG[i], f).q),
                hw.VL_CRD[v].crd.d.eq(dll.crd[v]),
            ]
        rcfg, ccfg = hw.DL_RETRY_CFG, hw.DL_CRD_CFG
        m.d.comb += [
            dll.ack_return.eq(hw.PERF_OPT_CFG.Cfg_Ack_Return.q),
            dll.ack_llcrd.eq(hw.PERF_OPT_CFG.Cfg_Ack_Llcrd.q),
            dll.wait_timeout_us.eq(rcfg.WAIT_TIMEOUT_us.q),
            dll.num_retry_threshold.eq(rcfg.NUM_RETRY_THRESHOLD.q),
            dll.num_phy_reinit_threshold.eq(rcfg.NUM_PHY_REINIT_THRESHOLD.q),
            dll.lockout_threshold.eq(ccfg.lockout_threshold.q),
            dll.crd_timeout_us.eq(ccfg.crd_timeout_us.q),
        ]

        # -- status --
        m.d.comb += [
            hw.DL_STA_0.RXBUF_VL_SHARE_sta.d.eq(p.share_allowed),
            hw.DL_STA_0.CTRL_ACK_GRAIN_SIZE_sta.d.eq(p.ctrl_ack_grain),
            hw.DL_STA_0.DATA_ACK_GRAIN_SIZE_sta.d.eq(p.data_ack_grain),
            hw.DL_STA_9.PACKET_MIN_INTERVAL_sta.d.eq(p.peer_packet_min_interval),
            hw.DL_STA_9.FLOW_CTRL_SIZE_sta.d.eq(p.flow_ctrl_size),
            hw.DL_STA_9.VL_ENABLE_sta.d.eq(p.vl_enable),
            hw.DL_STA_10.FEATURE_ID_sta.d.eq(p.feature_id),
            hw.DL_STA_11.RETRY_BUF_DEPTH_sta.d.eq(p.peer_retry_buf_depth),
            hw.DL_SM_STATUS.Link_Status.d.eq(dll.state),
            hw.DL_SM_STATUS.Retry_Req_Status.d.eq(dll.retry_req_state),
            hw.DL_SM_STATUS.Retry_Ack_Status.d.eq(dll.retry_ack_state),
            hw.PORT_LINK_STATUS_0.PHY_LinkUp.d.eq(both_up),
            hw.PORT_LINK_STATUS_0.DL_Normal.d.eq(dll.status_up),
            hw.PORT_LINK_STATUS_0.tx_width.d.eq(phy.width),
            hw.PORT_LINK_STATUS_0.rx_width.d.eq(self.rx_width),
            hw.PORT_LINK_STATUS_0.width_status.d.eq(phy.width_status),
            hw.PORT_LINK_STATUS_0.lanes_ok.d.eq(phy.lanes_ok),
            hw.DL_RETRY_STATUS.RcvPtr.d.eq(dll.rcv_ptr),
            hw.DL_RETRY_STATUS.NumFreeBuf.d.eq(dll.num_free_buf),
            self.dl_state.eq(dll.state), self.retry_state.eq(dll.retry_req_state),
            self.tx_up.eq(phy.up), self.tx_width.eq(phy.width),
        ]

        # -- the PHY's width change --
        m.d.comb += [
            phy.width_req.eq(hw.LANE_CTRL.change.q),
            phy.target_width.eq(hw.LANE_CTRL.target_width.q),
            phy.change_timeout_cycles.eq(hw.LANE_CTRL.width_timeout.q),
            phy.lane_fail.eq(self.lane_fail), phy.far_ack_delay.eq(self.far_ack_delay),
            phy.far_silent.eq(self.far_silent),
        ]

        # -- port error status (Z D.6.22; E4 §4.8) --
        unc, cor = hw.PORT_UNCORR_ERR_STATUS, hw.PORT_CORR_ERR_STATUS
        m.d.comb += [
            unc.Flow_Control_Overflow.next.eq(dll.fc_overflow),
            unc.Receive_Buffer_Overflow.next.eq(dll.rx_buf_overflow),
            # a bad block start (hdr_err) is a link error the retry mends, not this
            unc.Packet_Length.next.eq(dll.length_err),
            unc.DL_Replay_Abort.next.eq(dll.retry_error),
            unc.DL_Protocol_Error.next.eq(dll.ack_overflow | dll.rcv_ptr_err | dll.crd_timeout),
            cor.DL_Retry_Rollover.next.eq(dll.rollover),
            cor.DL_Retry_ACK_Timeout.next.eq(dll.ack_timeout),
        ]

        # -- counters --
        # ``dropped`` counts 0..3 packets at once: one now, the others one a cycle after.
        drop_more = Signal(2)
        with m.If(dll.dropped != 0):
            m.d.sync += drop_more.eq(dll.dropped - 1)
        with m.Elif(drop_more != 0):
            m.d.sync += drop_more.eq(drop_more - 1)
        for reg, pulse in (
            ("TX_DLLDP", dll.dlldp_sent), ("RX_DLLDP", dll.dlldp_rx),
            ("TX_FLITS", dll.phy_tx.valid & dll.phy_tx.ready),
            ("RESENT_FLITS", dll.resent_flit), ("CRC_ERROR_SUM", dll.crc_err),
            ("HDR_ERRORS", dll.hdr_err), ("RETRY_REQ_SUM", dll.retry_req_sent),
            ("RETRY_REQ_RX", dll.retry_req_rx), ("RETRY_ACK_SUM", dll.retry_ack_sent),
            ("RETRY_ACK_TIMEOUTS", dll.ack_timeout), ("RETRY_ROLLOVERS", dll.rollover),
            ("ERROR_DLLDP", dll.error_dlldp),
            ("LINK_DOWN_DROPS", (dll.dropped != 0) | (drop_more != 0)),
            ("TX_BAD_VL", q.bad_vl), ("TX_BAD_CFG", q.bad_cfg), ("TX_OVERSIZE", q.oversize),
            ("TX_EMPTY", q.empty),
            ("TX_VL_DISABLED", q.vl_disabled), ("LANE_CHANGES", phy.lane_changes),
            ("TX_DLLCB_FLITS", dll.phy_tx.valid & dll.phy_tx.ready & dll.tx.o.payload.dllcb),
            ("TX_NULL_FLITS", dll.null_sent),
            ("RX_PHY_ERR_FLITS", self.rx_flit.valid & self.rx_flit.payload.err),
        ):
            m.d.comb += getattr(hw, reg).count.incr.eq(pulse)
        took = dll.desc.valid & dll.desc.ready
        got = dll.o.valid & dll.o.ready & dll.o.payload.last
        took_vl = Signal(16)
        got_vl = Signal(16)
        m.d.comb += [took_vl.eq(Const(1, 16) << dll.desc.payload.vl),
                     got_vl.eq(Const(1, 16) << dll.o.payload.side.vl)]
        for v in range(vls):
            m.d.comb += [hw.VL_TX_PKTS[v].count.incr.eq(took & took_vl[v]),
                         hw.VL_RX_PKTS[v].count.incr.eq(got & got_vl[v])]
        return m
