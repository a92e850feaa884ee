"""One end of a spec data link (UB Base Specification 2.0, Chapter 4, CRC30 mode), in
gateware: the state machine, the transmitter and receiver cores and the credit return joined.

:class:`DllLink` wires
:class:`~hdl_py.link.dll_sm.DllStateMachine` (link-up, the retry handshake, the Init Block
negotiation, the initial credit), :class:`~hdl_py.link.dll_tx.DllTx`,
:class:`~hdl_py.link.dll_rx.DllRx` and :class:`~hdl_py.link.dll_credit.CreditReturn`:

* the receiver's good blocks feed the transmitter (credit returned, ACKs, the peer's retry
  requests) and the credit return (cells freed, ACKs owed), which rides in the transmitter's
  DLLDB headers and Crd_Acks;
* this end's RETRY_REQ_SM (in the receiver) asks the transmitter for Retry_Req_Sets;
* link-down (``link_up`` low, DLL_Disabled) resets every part.

The Init Block advertises the retry buffer this end has (``retry_depth``), whatever
``cfg.retry_buf_depth`` says.

The credit this end grants the peer per VL (`Cfg Remote crd vlN`, ``remote_crd``) is capped at
what the VL's receive buffer holds in cells of the negotiated size, so the peer can never be
granted room that is not there.

Upper-layer side: ``desc`` + ``i`` (a descriptor with the length and PLENGTH, then the beats:
:func:`~hdl_py.link.framer.framer_desc_layout`) and ``o`` (packets with ``vl``, ``cfg``, ``rt``,
``error_flag``). PHY side: ``phy_tx`` and ``phy_rx``, one 20-byte flit a beat (byte 0 in bits
0..7), ``phy_rx_err`` with a received flit the PHY could not decode;
``retrain_req``/``retrain_start``/``retrain_done`` to the PHY's retraining.
"""

from amaranth.hdl import Const, Module, Mux, ResetInserter
from amaranth.lib import data, stream, wiring
from amaranth.lib.wiring import In, Out

from hdl_py.lib.stream import PacketSignature
from hdl_py.proto.dll import PTR_BITS

from .crc30 import FLIT_BITS
from .deframer import deframed_side_layout
from .dll_credit import CreditReturn
from .dll_rx import DllRx
from .dll_sm import (
    DllState,
    DllStateMachine,
    dll_caps_layout,
    dll_params_layout,
    shift_by_onehot,
)
from .dll_tx import DllTx
from .framer import framer_desc_layout

__all__ = ["DllLink"]


class DllLink(wiring.Component):
    """Parameters: ``vls`` (1..16), ``data_bytes``, ``retry_depth`` (retry buffer, flits),
    ``vl_flits`` (receive buffer per VL, flits), ``us_cycles`` (cycles per microsecond)."""

    def __init__(self, *, vls=16, data_bytes=32, retry_depth=512, vl_flits=256,
                 us_cycles=100):
        self.sm = DllStateMachine(vls=vls)
        self.tx = DllTx(vls=vls, data_bytes=data_bytes, depth=retry_depth, us_cycles=us_cycles)
        self.rx = DllRx(vls=vls, vl_flits=vl_flits, data_bytes=data_bytes, us_cycles=us_cycles)
        self.ret = CreditReturn(vls=vls)
        self._vls, self._vl_flits, self._retry_depth = vls, vl_flits, retry_depth
        pw = PTR_BITS
        super().__init__({
            "desc": In(stream.Signature(framer_desc_layout())),
            "i": In(PacketSignature(data_bytes)),
            "o": Out(PacketSignature(data_bytes, deframed_side_layout())),
            "phy_tx": Out(stream.Signature(FLIT_BITS)),
            "phy_rx": In(stream.Signature(FLIT_BITS)),
            # with a ``phy_rx`` flit: the PHY could not decode it (E4 §4.3.2.2.1; a retry)
            "phy_rx_err": In(1),
            "link_up": In(1),
            "retrain_req": Out(1), "retrain_start": In(1), "retrain_done": In(1),
            "ubfm_reset": In(1),
            # OpenUB's baseline without link-level retry (``DllTx``, ``DllRx``); change it only
            # while the link is down
            "retry_off": In(1),
            # configuration registers
            "cfg": In(dll_caps_layout()),
            "remote_crd": In(data.ArrayLayout(16, vls)),
            "lockout_threshold": In(pw, init=64), "crd_timeout_us": In(16),
            "wait_timeout_us": In(32, init=64), "num_retry_threshold": In(8, init=15),
            "num_phy_reinit_threshold": In(8, init=4),
            "crd_return": In(data.ArrayLayout(16, vls)),
            "crd_llcrd": In(data.ArrayLayout(16, vls)),
            "ack_return": In(16, init=64), "ack_llcrd": In(16),
            # status
            "state": Out(DllState), "status_up": Out(1), "params": Out(dll_params_layout()),
            "params_valid": Out(1),
            # a DLLDP's cells taken from the credit (``crd`` shows it two cycles later)
            "taken": Out(1), "taken_vl": Out(4),
            "crd": Out(data.ArrayLayout(16, vls)), "num_free_buf": Out(pw),
            "rcv_ptr": Out(pw),
            # events (one-cycle pulses, for counters)
            "dlldp_sent": Out(1), "dlldp_rx": Out(1), "resent_flit": Out(1),
            "crc_err": Out(1), "hdr_err": Out(1), "retry_req_rx": Out(1),
            "retry_req_sent": Out(1), "ack_timeout": Out(1), "rollover": Out(1),
            "retry_error": Out(1), "fc_overflow": Out(1), "ack_overflow": Out(1),
            "rx_buf_overflow": Out(1), "crd_timeout": Out(1), "error_dlldp": Out(1),
            "dropped": Out(2), "retry_ack_sent": Out(1), "rcv_ptr_err": Out(1),
            "length_err": Out(1), "null_sent": Out(1),
            "retry_req_state": Out(3), "retry_ack_state": Out(1),
        })

    @property
    def vls(self):
        return self._vls

    def elaborate(self, platform):
        m = Module()
        sm, tx, rx, ret = self.sm, self.tx, self.rx, self.ret
        vls = self._vls
        reset = sm.link_reset
        m.submodules.sm = sm
        m.submodules.tx = tx
        m.submodules.rx = rx
        m.submodules.ret = ResetInserter(reset)(ret)
        p = sm.params

        # -- the state machine --
        m.d.comb += [
            sm.link_up.eq(self.link_up), sm.cfg.eq(self.cfg),
            # RETRY_BUF_DEPTH is what this end has (Data Link Capability, read-only), never
            # the register's: the peer's RcvPtr wraps at it.
            sm.cfg.retry_buf_depth.eq(self._retry_depth),
            sm.rx_valid.eq(rx.sm_valid), sm.rx.eq(rx.sm_flit),
            sm.retry_state.eq(rx.retry_state),
            sm.init_done.eq(tx.init_done), sm.crd_ack_done.eq(tx.crd_t1_done),
            self.state.eq(sm.state), self.status_up.eq(sm.status_up), self.params.eq(p),
            self.params_valid.eq(sm.params_valid),
        ]
        # The grant is capped at what the VL's buffer holds, in cells of the negotiated size.
        cap = shift_by_onehot(Const(self._vl_flits, 17), p.flow_ctrl_size, left=False)
        for v in range(vls):
            m.d.comb += sm.remote_crd[v].eq(Mux(self.remote_crd[v] > cap, cap,
                                                self.remote_crd[v]))

        # -- the transmitter --
        wiring.connect(m, wiring.flipped(self.desc), tx.desc)
        wiring.connect(m, wiring.flipped(self.i), tx.i)
        m.d.comb += [
            self.phy_tx.valid.eq(tx.o.valid), self.phy_tx.payload.eq(tx.o.payload.data),
            tx.o.ready.eq(self.phy_tx.ready),
            tx.normal.eq(sm.status_up), tx.link_reset.eq(reset), tx.params.eq(p),
            tx.init.eq(sm.init), tx.init_block.eq(sm.init_block),
            tx.crd_t1.eq(sm.crd_ack), tx.crd_sd.eq(sm.crd_sd), tx.crd_t1_num.eq(sm.crd_num),
            tx.lockout_threshold.eq(self.lockout_threshold),
            tx.crd_timeout_us.eq(self.crd_timeout_us),
            # from the receiver
            tx.lph_crd.eq(rx.lph_crd), tx.lph_crd_vl.eq(rx.lph_crd_vl),
            tx.crd_ack_rx.eq(rx.crd_ack_rx & sm.status_up),
            tx.crd_ack_rx_num.eq(rx.crd_ack_rx_num),
            tx.release.eq(rx.release), tx.release_flits.eq(rx.release_flits),
            tx.retry_valid.eq(rx.retry_valid), tx.retry_type.eq(rx.retry_type),
            tx.retry_flit.eq(rx.retry_flit), tx.other_flit.eq(rx.other_flit),
            tx.req_set.eq(rx.req_set), tx.req_rcv_ptr.eq(rx.req_rcv_ptr),
            tx.req_num_retry.eq(rx.req_num_retry),
            tx.req_num_phy_reinit.eq(rx.req_num_phy_reinit),
            rx.req_set_done.eq(tx.req_set_done),
            # the credit return
            tx.crd_pending.eq(ret.crd_pending), tx.crd_vl.eq(ret.crd_vl),
            tx.ack_pending.eq(ret.ack_pending),
            ret.crd_used.eq(tx.crd_used), ret.ack_used.eq(tx.ack_used),
            tx.crd_ack.eq(ret.crd_ack), tx.crd_num.eq(ret.crd_num), tx.ack_num.eq(ret.ack_num),
            ret.crd_ack_done.eq(tx.crd_ack_done), tx.backpressure.eq(ret.backpressure),
        ]
        m.d.comb += [tx.init_crd[v].eq(sm.init_crd[v]) for v in range(vls)]
        m.d.comb += [self.taken.eq(tx.credit.take & tx.credit.take_ok),
                     self.taken_vl.eq(tx.credit.take_vl)]

        # -- the receiver --
        wiring.connect(m, rx.o, wiring.flipped(self.o))
        in_credit = (sm.state == DllState.DLL_CREDIT_INIT) | (sm.state == DllState.DLL_NORMAL)
        m.d.comb += [
            rx.i.valid.eq(self.phy_rx.valid), rx.i.payload.eq(self.phy_rx.payload),
            rx.i_err.eq(self.phy_rx_err), self.phy_rx.ready.eq(rx.i.ready),
            rx.link_reset.eq(reset), rx.params.eq(p), rx.params_valid.eq(sm.params_valid),
            rx.dlldp_enable.eq(sm.params_valid & in_credit),
            rx.rx_enable.eq(sm.rx_enable), rx.retry_start.eq(sm.retry_start),
            rx.wait_timeout_us.eq(self.wait_timeout_us),
            rx.num_retry_threshold.eq(self.num_retry_threshold),
            rx.num_phy_reinit_threshold.eq(self.num_phy_reinit_threshold),
            self.retrain_req.eq(rx.retrain_req), rx.retrain_start.eq(self.retrain_start),
            rx.retrain_done.eq(self.retrain_done), rx.ubfm_reset.eq(self.ubfm_reset),
            rx.retry_off.eq(self.retry_off), tx.retry_off.eq(self.retry_off),
        ]

        # -- the credit return --
        m.d.comb += [
            ret.enable.eq(sm.status_up), ret.tx_idle.eq(tx.tx_idle), ret.params.eq(p),
            ret.ack_return.eq(self.ack_return), ret.ack_llcrd.eq(self.ack_llcrd),
        ]
        # The cells freed and flits received reach the credit return through registers (its
        # counts' adders then start from registers; the return goes a cycle later).
        m.d.sync += [
            ret.freed.eq(rx.freed & ~reset), ret.freed_vl.eq(rx.freed_vl),
            ret.freed_cells.eq(rx.freed_cells),
            ret.received.eq(rx.received & ~reset), ret.received_flits.eq(rx.received_flits),
        ]
        for v in range(vls):
            m.d.comb += [ret.crd_return[v].eq(self.crd_return[v]),
                         ret.crd_llcrd[v].eq(self.crd_llcrd[v]),
                         self.crd[v].eq(tx.crd[v])]

        # -- status and events --
        m.d.comb += [
            self.num_free_buf.eq(tx.num_free_buf), self.rcv_ptr.eq(rx.rcv_ptr),
            self.dlldp_sent.eq(tx.dlldp_sent), self.dlldp_rx.eq(rx.dlldp_rx),
            self.resent_flit.eq(tx.resent_flit), self.crc_err.eq(rx.crc_err),
            self.hdr_err.eq(rx.hdr_err), self.retry_req_rx.eq(tx.req_rx),
            self.retry_req_sent.eq(tx.req_set_done), self.ack_timeout.eq(rx.ack_timeout),
            self.rollover.eq(rx.rollover), self.retry_error.eq(rx.retry_error),
            self.fc_overflow.eq(tx.fc_overflow.any()), self.ack_overflow.eq(tx.ack_overflow),
            self.rx_buf_overflow.eq(rx.rx_buf_overflow), self.crd_timeout.eq(tx.crd_timeout),
            self.error_dlldp.eq(rx.error_dlldp), self.dropped.eq(tx.dropped),
            self.retry_ack_sent.eq(tx.cb.ack_set_done), self.rcv_ptr_err.eq(tx.rcv_ptr_err),
            self.length_err.eq(tx.length_err), self.null_sent.eq(tx.null_sent),
            self.retry_req_state.eq(rx.retry_state), self.retry_ack_state.eq(tx.retry_ack_state),
        ]
        return m
