"""The data link transmitter core (UB Base Specification 2.0, E4 §4.3.4.1, §4.6, §4.7), in
gateware: what goes on the wire, in which order, and what is kept for a resend.

:class:`DllTx` holds the sending parts and the multiplexer between them:

* :class:`~hdl_py.link.framer.DlldpFramer` turns a descriptor (length, PLENGTH, ``vl``,
  ``cfg``, ``rt``) and its payload beats into DLLDP flits, with the credit and ACK grains of
  :class:`~hdl_py.link.dll_credit.CreditReturn` (outside, on the receive side) in each DLLDB
  header; its flits reach the multiplexer through a
  :class:`~hdl_py.lib.skid.SkidBuffer` (one cycle more, full rate), so the framer's gearbox
  advances on a registered ``ready`` and never on the PHY's ``ready`` of the same cycle;
* :class:`~hdl_py.link.dllcb_tx.DllcbSender` makes the DLLCBs: the Retry sets of this end's
  RETRY_REQ_SM (outside) and of :class:`~hdl_py.link.retry_sm.RetryAckSm` (inside), the
  Crd_Acks (T = 1 from the state machine before DLL_Normal, T = 0 from ``CreditReturn`` in
  it), the Init Block;
* :class:`~hdl_py.link.retry_buffer.RetryBuffer` keeps every flit sent except the Retry
  Blocks; ACKs (``release``) free it; a Retry_Req_Set makes ``RetryAckSm`` send the
  Retry_Ack_Set and the buffer resend from the request's RcvPtr; the resent flits reach the
  multiplexer through a skid buffer too (emptied when a resend starts again);
* :class:`~hdl_py.link.dll_credit.TxCredit` keeps the peer's credit per VL.

Order on the wire, each cycle the PHY takes a flit: a block under way goes on (a DLLCB or a
resent block is never cut); else a DLLCB (the Retry sets may go anywhere, even inside a DLLDB,
2.0.1; the others only between DLLDBs, E4 §4.3.4.1 -- the sender's ``allow``); else the resend;
else the framer's flit; else, in DLL_Normal between blocks, a Null Block (E4 §4.3.3.2: sent
when the link is idle, neither kept in the retry buffer nor counted in RcvPtr). While
RETRY_ACK_SM is in ACK nothing new is sent, so the resend runs from RcvPtr to the last flit
written, and the DLLDP it may have cut goes on after it. The chosen flit reaches the PHY through
a two-entry output register (:class:`~hdl_py.lib.skid.SkidBuffer`, one cycle more, full rate);
a flit counts as sent (WrPtr, the blocks under way, the events) as it goes into it, and on
link-down the flit in it is dropped.

What may start:

* a DLLDP only in DLL_Normal, without ``backpressure`` (rule 3 of E4 §4.6.3), when its VL
  has credit for ceil(flits / cell) cells, and not in ACK. Its descriptor waits in a register
  with the cell count worked out (so the credit check starts from registers), and goes to the
  framer with its credit taken; ``desc.ready`` is that register's being free (the next
  descriptor comes the cycle after a take, as fast as the cell count allows). One
  descriptor stream: a DLLDP held for credit holds the ones behind it, so choosing among VLs
  by credit (``crd``) is the job of the queues in front;
* a DLLDB only when the retry buffer has room for a whole one and the lockout threshold is
  kept (``NumFreeBuf`` >= max(33, ``lockout_threshold``), E4 §4.7.3.2.2 and §4.7.3.2.4; one
  flit stays free, ``RetryBuffer``'s rule);
* in lockout (``NumFreeBuf`` < ``lockout_threshold``) no DLLCB but the Crd_Ack and the Retry
  sets (the Init Block request waits); a DLLCB needs room for its flits and one more.

Link down (``link_reset``, the state machine in DLL_Disabled, E4 §4.8.4): the parts are reset,
the retry buffer cleared, and the packets already taken in whose last beats are not (the
framer's, in work and in its descriptor slot, and the one waiting for credit) are dropped, the
rest of their beats taken and thrown away (``dropped`` says how many packets, 0..3, as the link
goes down); then nothing more is taken until DLL_Normal (the upper layer keeps what it has).

Pulses for counters: ``dlldp_sent`` (last flit of a DLLDP), ``flit_sent``, ``resent_flit``,
``cb_sent`` (last flit of a DLLCB), plus the parts' errors (``fc_overflow``, ``ack_overflow``,
``rcv_ptr_err``, ``crd_timeout``, ``length_err``).

Not yet: NOBs for PACKET_MIN_INTERVAL (DL-050), credit sharing mode.
"""

from amaranth.hdl import Const, Module, Mux, ResetInserter, Signal
from amaranth.lib import data, stream, wiring
from amaranth.lib.wiring import In, Out

from hdl_py.lib.skid import SkidBuffer
from hdl_py.lib.stream import PacketSignature
from hdl_py.proto import encode
from hdl_py.proto.dll import (
    DLLCB_TYPES,
    DLLDB_MAX_FLITS,
    FLIT_BYTES,
    LCH_FIXED,
    PTR_BITS,
    RETRY_COUNT_BITS,
    InitBlock,
    Lch,
)

from .crc30 import FLIT_BITS, seal_one_flit
from .dll_credit import TxCredit
from .dll_sm import dll_params_layout, shift_by_onehot
from .dllcb_tx import DllcbSender
from .framer import DlldpFramer, framed_flit_layout, framer_desc_layout
from .retry_buffer import RetryBuffer, backed_up_flit_layout
from .retry_sm import RetryAckSm, RetryAckState

__all__ = ["DllTx", "tx_flit_layout", "NULL_FLIT"]

_N = DLLCB_TYPES["NULL"]
#: The Null Block (E4 §4.3.3.2): one flit, its LCH and a sealed BCRC.
NULL_FLIT = seal_one_flit(encode(Lch, clength=0, fixed=LCH_FIXED, cfg=0, ctrl=_N.ctrl,
                                 sub_ctrl=_N.sub_ctrl, info=0) + bytes(FLIT_BYTES - 4))
_NULL_FLIT = Const(int.from_bytes(NULL_FLIT, "little"), 8 * FLIT_BYTES)


def tx_flit_layout():
    """A flit to the PHY: ``data`` (byte 0 in ``data[0:8]``), ``sob``/``eob`` of its block,
    ``resent`` (from the retry buffer) and ``dllcb``."""
    return data.StructLayout({"data": FLIT_BITS, "sob": 1, "eob": 1, "resent": 1, "dllcb": 1})


class DllTx(wiring.Component):
    """Parameters: ``vls`` (1..16), ``data_bytes`` (upper-layer beat width), ``depth`` (retry
    buffer, flits), ``us_cycles`` (cycles per microsecond, for the credit-return timeout)."""

    def __init__(self, *, vls=16, data_bytes=32, depth=512, us_cycles=1000):
        if not isinstance(depth, int) or depth < 2 * (DLLDB_MAX_FLITS + 1):
            raise ValueError(f"the retry buffer needs at least {2 * (DLLDB_MAX_FLITS + 1)} "
                             f"flits, not {depth!r}")
        self.framer = DlldpFramer(data_bytes=data_bytes)
        self.cb = DllcbSender()
        self.rb = RetryBuffer(depth=depth, release_bits=17)
        self.ack_sm = RetryAckSm()
        self.credit = TxCredit(vls=vls, us_cycles=us_cycles)
        self._vls, self._depth = vls, depth
        pw, cbits = PTR_BITS, RETRY_COUNT_BITS
        super().__init__({
            "desc": In(stream.Signature(framer_desc_layout())),
            "i": In(PacketSignature(data_bytes)),
            "o": Out(stream.Signature(tx_flit_layout())),
            # the state machine
            "normal": In(1), "link_reset": In(1),
            # OpenUB's baseline without link-level retry: nothing is kept for a resend and the
            # ACKs are not counted (nobody will ask)
            "retry_off": In(1),
            "params": In(dll_params_layout()), "init_crd": In(data.ArrayLayout(16, vls)),
            "init": In(1), "init_block": In(InitBlock), "init_done": Out(1),
            "crd_t1": In(1), "crd_sd": In(1), "crd_t1_num": In(data.ArrayLayout(6, 16)),
            "crd_t1_done": Out(1),
            # registers
            "lockout_threshold": In(pw), "crd_timeout_us": In(16),
            # the receive side: returns, ACKs and the peer's retry requests
            "lph_crd": In(1), "lph_crd_vl": In(4),
            "crd_ack_rx": In(1), "crd_ack_rx_num": In(data.ArrayLayout(6, 16)),
            "release": In(1), "release_flits": In(17),
            "retry_valid": In(1), "retry_type": In(2), "retry_flit": In(FLIT_BITS),
            "other_flit": In(1),
            # this end's RETRY_REQ_SM
            "req_set": In(1), "req_rcv_ptr": In(pw), "req_num_retry": In(cbits),
            "req_num_phy_reinit": In(cbits), "req_set_done": Out(1),
            # CreditReturn
            "crd_pending": In(1), "crd_vl": In(4), "ack_pending": In(1),
            "crd_used": Out(1), "ack_used": Out(1),
            "crd_ack": In(1), "crd_num": In(data.ArrayLayout(6, 16)), "ack_num": In(16),
            "crd_ack_done": Out(1), "backpressure": In(1), "tx_idle": Out(1),
            # status and events
            "crd": Out(data.ArrayLayout(16, vls)), "num_free_buf": Out(pw),
            "wr_ptr": Out(pw), "tail_ptr": Out(pw), "lockout": Out(1),
            "retry_ack_state": Out(RetryAckState), "req_rx": Out(1),
            "dlldp_sent": Out(1), "flit_sent": Out(1), "resent_flit": Out(1),
            "cb_sent": Out(1), "null_sent": Out(1), "dropped": Out(2),
            "fc_overflow": Out(16), "ack_overflow": Out(1), "rcv_ptr_err": Out(1),
            "crd_timeout": Out(1), "length_err": Out(1), "take_err": Out(1),
        })

    @property
    def vls(self):
        return self._vls

    @property
    def depth(self):
        return self._depth

    def elaborate(self, platform):
        m = Module()
        fr, cb, rb, ack, crd = self.framer, self.cb, self.rb, self.ack_sm, self.credit
        reset = self.link_reset
        m.submodules.framer = ResetInserter(reset)(fr)
        # The framer's flits reach the multiplexer through a skid buffer: the framer's
        # advance (its gearbox) sees a registered ``ready``, not the PHY's and the
        # multiplexer's decisions of the same cycle.
        m.submodules.fr_skid = sk = ResetInserter(reset)(SkidBuffer(framed_flit_layout()))
        wiring.connect(m, fr.o, sk.i)
        fo = sk.o
        m.submodules.cb = ResetInserter(reset)(cb)
        m.submodules.ack_sm = ResetInserter(reset)(ack)
        m.submodules.credit = ResetInserter(reset)(crd)
        m.submodules.rb = rb
        p = self.params
        nfb = rb.num_free_buf

        m.d.comb += [
            self.num_free_buf.eq(nfb), self.wr_ptr.eq(rb.wr_ptr), self.tail_ptr.eq(rb.tail_ptr),
            self.retry_ack_state.eq(ack.state), self.req_rx.eq(ack.req_rx),
            self.ack_overflow.eq(rb.ack_overflow), self.rcv_ptr_err.eq(rb.rcv_ptr_err),
            self.fc_overflow.eq(crd.fc_overflow), self.crd_timeout.eq(crd.crd_timeout),
            self.length_err.eq(fr.length_err), self.take_err.eq(crd.take_err),
        ]
        m.d.comb += [self.crd[v].eq(crd.crd[v]) for v in range(self._vls)]

        # -- credit --
        m.d.comb += [
            crd.normal.eq(self.normal), crd.params.eq(p),
            crd.crd_timeout_us.eq(self.crd_timeout_us),
            crd.lph_crd.eq(self.lph_crd), crd.lph_crd_vl.eq(self.lph_crd_vl),
            crd.crd_ack_rx.eq(self.crd_ack_rx), crd.crd_ack_num.eq(self.crd_ack_rx_num),
        ]
        m.d.comb += [crd.init_crd[v].eq(self.init_crd[v]) for v in range(self._vls)]

        # -- the retry buffer and RETRY_ACK_SM --
        # The resent flits reach the multiplexer through a skid buffer: its choice sees
        # registers, not the block RAM's read data and the read pipeline's state, and the
        # read pipeline sees a registered ``ready``. A resend started again from a new RcvPtr
        # drops what the buffer holds, as the retry buffer drops what it has read.
        m.submodules.rb_skid = rsk = ResetInserter(reset | rb.restart)(
            SkidBuffer(backed_up_flit_layout()))
        wiring.connect(m, rb.rd, rsk.i)
        rs = rsk.o
        resending = rb.replaying | rb.rd.valid | rs.valid
        # in a register for the multiplexer's choice: a resent block under way (``in_rs``)
        # ends a cycle after the last resent flit (it can only start with a resent flit,
        # which the register has then seen)
        resending_r = Signal()
        m.d.sync += resending_r.eq(resending & ~reset)
        m.d.comb += [
            rb.clear.eq(reset), rb.release.eq(self.release & ~self.retry_off),
            rb.release_flits.eq(self.release_flits),
            ack.retry_valid.eq(self.retry_valid), ack.retry_type.eq(self.retry_type),
            ack.retry_flit.eq(self.retry_flit), ack.other_flit.eq(self.other_flit),
            ack.buf_num_free.eq(nfb), ack.buf_wr_ptr.eq(rb.wr_ptr),
            ack.replaying.eq(resending), ack.ack_set_done.eq(cb.ack_set_done),
            cb.ack_set.eq(ack.ack_set), cb.ack_num_retry.eq(ack.ack_num_retry),
            cb.ack_num_free_buf.eq(ack.ack_num_free_buf), cb.ack_rd_ptr.eq(ack.ack_rd_ptr),
            cb.ack_wr_ptr.eq(ack.ack_wr_ptr),
            rb.replay.eq(ack.replay), rb.rcv_ptr.eq(ack.rcv_ptr),
        ]
        in_ack = ack.state == RetryAckState.ACK

        # -- the room in the retry buffer, in registers --
        # What the multiplexer and the DLLCB sender ask of NumFreeBuf (lockout, room for a
        # DLLDB, room for a DLLCB) starts from registers: each compare is made for the next
        # cycle's NumFreeBuf with and without this cycle's write (``ge``: NumFreeBuf plus the
        # release >= x, ``gt``: > x), both registered, and the one that holds picked by
        # whether the retry buffer was written (``wrote``, a register too). The write (the
        # multiplexer's choice) then reaches one register, not the compares.
        thr = self.lockout_threshold
        rb_write = rb.wr.valid & rb.wr.ready
        nfb_rel = Signal(len(nfb) + 1 + len(self.release_flits))
        m.d.comb += nfb_rel.eq(nfb + self.release_flits)
        wrote = Signal()
        m.d.sync += wrote.eq(rb_write & ~reset)

        def room(x, name):
            """NumFreeBuf >= x (x a constant or the threshold), from registers."""
            ge, gt = Signal(init=1, name=f"{name}_ge"), Signal(init=1, name=f"{name}_gt")
            m.d.sync += [
                ge.eq(Mux(reset, self._depth >= x,
                          Mux(rb.release_ok, nfb_rel >= x, nfb >= x))),
                gt.eq(Mux(reset, self._depth >= x,
                          Mux(rb.release_ok, nfb_rel > x, nfb > x))),
            ]
            return ge, gt
        thr_ge, thr_gt = room(thr, "thr")
        dp_ge, dp_gt = room(DLLDB_MAX_FLITS + 1, "dp")   # a whole DLLDB and one flit
        cb_ge, cb_gt = room(6, "cb")      # the largest DLLCB sent (the Init Block, 5) and one
        lockout = Signal()
        room_cb = Signal()
        dlldb_room = Signal()             # room for a DLLDB and no lockout: a DLLDB may start
        m.d.comb += [
            lockout.eq(~Mux(wrote, thr_gt, thr_ge)),
            room_cb.eq(Mux(wrote, cb_gt, cb_ge)),
            dlldb_room.eq(Mux(wrote, dp_gt & thr_gt, dp_ge & thr_ge)),
            self.lockout.eq(lockout),
        ]

        # -- the DLLCBs --
        in_dp = Signal()              # a DLLDB of the framer is under way on the wire
        in_dp_next = Signal()
        m.d.sync += in_dp.eq(in_dp_next)
        t0 = self.normal
        m.d.comb += [
            cb.allow.eq(~in_dp & room_cb & ~in_ack & ~reset),
            cb.req_set.eq(self.req_set), cb.req_rcv_ptr.eq(self.req_rcv_ptr),
            cb.req_num_retry.eq(self.req_num_retry),
            cb.req_num_phy_reinit.eq(self.req_num_phy_reinit),
            self.req_set_done.eq(cb.req_set_done),
            cb.crd_ack.eq(Mux(t0, self.crd_ack, self.crd_t1)), cb.crd_t.eq(~t0),
            cb.crd_sd.eq(~t0 & self.crd_sd), cb.crd_ack_num.eq(Mux(t0, self.ack_num, 0)),
            self.crd_ack_done.eq(t0 & cb.crd_ack_done),
            self.crd_t1_done.eq(~t0 & cb.crd_ack_done),
            cb.init.eq(self.init & ~lockout), cb.init_block.eq(self.init_block),
            self.init_done.eq(cb.init_done), cb.nob.eq(0),
        ]
        for v in range(16):
            m.d.comb += cb.crd_num[v].eq(Mux(t0, self.crd_num[v], self.crd_t1_num[v]))

        # -- DLLDPs: the descriptor waits in a register with its cell count, and goes to the
        # framer with its credit --
        d = self.desc.payload
        flits = Signal(range(16 * DLLDB_MAX_FLITS + 1))
        m.d.comb += flits.eq(d.plength.blocks_m1 * DLLDB_MAX_FLITS + d.plength.last_flits_m1 + 1)
        cell = p.flow_ctrl_size
        hold = Signal(framer_desc_layout())
        hold_valid = Signal()
        hold_flits = Signal(range(16 * DLLDB_MAX_FLITS + 1))
        hold_cells = Signal(range(16 * DLLDB_MAX_FLITS + 1))
        # The cells in the negotiated cell size, worked out again every cycle: a descriptor
        # may wait here from before the negotiation. ``hold_cells`` is the new descriptor's
        # from the second cycle after its load (``cells_now``); before that it is the one
        # before's, which the credit's own check (the same request two cycles running) would
        # let through for a descriptor of the same VL.
        m.d.sync += hold_cells.eq(shift_by_onehot(hold_flits + cell - 1, cell, left=False))
        cells_now = Signal()
        m.d.comb += [crd.take_vl.eq(hold.vl), crd.take_cells.eq(hold_cells)]
        can_start = self.normal & ~self.backpressure & ~in_ack & ~reset
        go = Signal()
        hand = Signal()
        m.d.comb += [
            go.eq(hold_valid & cells_now & can_start & crd.take_ok),
            fr.desc.payload.eq(hold), fr.desc.valid.eq(go),
            hand.eq(go & fr.desc.ready), crd.take.eq(hand),
            crd.wait_crd.eq(hold_valid & can_start & ~crd.take_ok),
            fr.i.payload.eq(self.i.payload),
        ]
        # Link down (E4 §4.8.4 step 1): the packets taken in are dropped -- those whose
        # descriptors the framer has (in its slot and in work) and whose last beats it has
        # not (``open_``, 0..2), and the one waiting in ``hold`` -- the rest of their beats
        # are taken and thrown away, then nothing more is taken until DLL_Normal comes back
        # (the upper layer keeps the rest).
        open_ = Signal(2)
        fr_last = fr.i.valid & fr.i.ready & fr.i.payload.last
        with m.If(reset):
            m.d.sync += open_.eq(0)
        with m.Elif(hand & ~fr_last):
            m.d.sync += open_.eq(open_ + 1)
        with m.Elif(~hand & fr_last):
            m.d.sync += open_.eq(open_ - 1)
        reset_d = Signal()
        m.d.sync += reset_d.eq(reset)
        drop_left = Signal(2)
        beat_drop = self.i.valid & (drop_left != 0)
        with m.If(reset & ~reset_d):
            m.d.sync += drop_left.eq(open_ + hold_valid)
            m.d.comb += self.dropped.eq(open_ + hold_valid)
        with m.Elif(beat_drop & self.i.payload.last):
            m.d.sync += drop_left.eq(drop_left - 1)
        m.d.comb += fr.i.valid.eq(self.i.valid & ~reset & (drop_left == 0))
        with m.If(reset):
            m.d.comb += [self.desc.ready.eq(0), self.i.ready.eq(drop_left != 0)]
            m.d.sync += hold_valid.eq(0)
        with m.Else():
            # ``ready`` from the register alone: the take (credit, the framer's room) stays
            # out of the upper layer's choice of the next descriptor. The register is free
            # again the cycle after a take, as fast as a descriptor can go (``cells_now``).
            m.d.comb += [self.desc.ready.eq(~hold_valid),
                         self.i.ready.eq(Mux(drop_left != 0, 1, fr.i.ready))]
            m.d.sync += cells_now.eq(hold_valid)
            with m.If(self.desc.valid & self.desc.ready):
                m.d.sync += [hold.eq(d), hold_valid.eq(1), hold_flits.eq(flits),
                             cells_now.eq(0)]
            with m.Elif(hand):
                m.d.sync += hold_valid.eq(0)
        m.d.comb += [
            fr.crd_pending.eq(self.crd_pending), fr.crd_vl.eq(self.crd_vl),
            fr.ack_pending.eq(self.ack_pending),
            self.crd_used.eq(fr.crd_used), self.ack_used.eq(fr.ack_used),
            # Idle for rule 2 of E4 §4.6.3: no DLLDP can go now (one held for credit counts
            # as none, or two ends short of credit would wait for each other's returns).
            self.tx_idle.eq(~go & ~fr.busy & ~fr.o.valid & ~fo.valid),
        ]

        # -- the multiplexer, into the output register --
        # The chosen flit goes into a skid buffer in front of the PHY (one cycle more, full
        # rate): the multiplexer's choice waits on a registered ``ready``, and the PHY's
        # ``ready`` reaches only that buffer. Everything the choice moves on (the blocks under
        # way, the retry buffer's WrPtr, the events) counts a flit as sent when it goes into
        # the buffer.
        m.submodules.o_skid = osk = ResetInserter(reset)(SkidBuffer(tx_flit_layout()))
        # On link-down the flit in it is dropped, and none goes out in that cycle.
        m.d.comb += [self.o.valid.eq(osk.o.valid & ~reset), self.o.payload.eq(osk.o.payload),
                     osk.o.ready.eq(self.o.ready)]
        mx = osk.i
        in_cb = Signal()              # a DLLCB (or a Retry Block) is under way
        in_rs = Signal()              # a resent block is under way (the resend may end
        #                               inside a DLLDB that the framer then goes on with)
        # The DLLCB sender claims its next block (other than the Retry sets) a cycle before it
        # picks it, and picks it four cycles before its first flit is here (its pipeline and
        # skid buffer): a DLLDB does not start while it is ``busy`` (the claim included), so
        # the block cannot land inside it, and the check is a register.
        cb_pending = cb.busy
        use_cb = Signal()
        use_rb = Signal()
        use_fr = Signal()
        use_null = Signal()
        cbv, rbv = cb.o.valid, rs.valid
        between = ~reset & ~in_cb & ~in_rs        # no block under way on the wire
        # A DLLCB flit that may go (not inside a resent block) and a framer's flit that may
        # (inside its DLLDB, or a DLLDB with room to start): each from registers.
        sel_cb = Signal()
        sel_fr = Signal()
        m.d.comb += [sel_cb.eq(cbv & ~in_rs),
                     sel_fr.eq(fo.valid & (~fo.payload.sob | dlldb_room))]
        m.d.comb += [
            # Each choice written out from the registers it depends on, none from another
            # choice (a chain of priorities would be a chain of logic levels).
            use_cb.eq(~reset & ~in_rs & cbv),
            use_rb.eq(~reset & ~in_cb & rbv & (in_rs | ~cbv)),
            use_fr.eq(between & ~in_ack & ~cbv & ~rbv & fo.valid
                      & (~fo.payload.sob | (dlldb_room & ~cb_pending))),
            # Idle in DLL_Normal, between blocks: a Null Block (E4 §4.3.3.2), neither kept nor
            # counted. It also moves the peer's parser on: a block start damaged into a longer
            # length is found at the wrong end (a CRC error) and retried, not left waiting for
            # flits that an idle link would never send.
            # Never while the DLLCB sender has a block or set under way or asked for: a Null
            # between the 33 blocks of a Retry set would split it for the peer.
            use_null.eq(between & self.normal & ~in_dp & ~in_ack & ~cb_pending & ~cb.ack_set
                        & ~cb.req_set & ~cbv & ~rbv
                        & ~sel_fr),
        ]
        o = mx.payload
        m.d.comb += [
            mx.valid.eq(use_cb | use_rb | use_fr | use_null),
            cb.o.ready.eq(use_cb & mx.ready),
            rs.ready.eq(use_rb & mx.ready),
            fo.ready.eq(use_fr & mx.ready),
        ]
        # The flit itself is picked by selects of one logic level from registers, not by the
        # choices (whose logic would then sit in front of the 160-bit multiplexer and its
        # fan-out): each select is true whenever its choice is, and the choices exclude each
        # other, so the flit is the chosen one whenever one is (``mx.valid``).
        sel_null = ~rbv & ~sel_fr

        def pick(cb_v, rb_v, fr_v, null_v):
            return Mux(sel_cb, cb_v, Mux(rbv, rb_v, Mux(sel_fr, fr_v, null_v)))
        m.d.comb += [
            o.data.eq(pick(cb.o.payload.data, rs.payload.data, fo.payload.data, _NULL_FLIT)),
            o.sob.eq(pick(cb.o.payload.sob, rs.payload.sob, fo.payload.sob, 1)),
            o.eob.eq(pick(cb.o.payload.eob, rs.payload.eob, fo.payload.eob, 1)),
            o.dllcb.eq(sel_cb | sel_null), o.resent.eq(~sel_cb & rbv),
        ]
        # What goes, per source, each from its own choice (not from one ``sent``, which would
        # carry every choice's logic into each source's handshake).
        go_cb, go_rb, go_fr, go_null = (u & mx.ready for u in (use_cb, use_rb, use_fr, use_null))
        sent = go_cb | go_rb | go_fr | go_null
        wr = rb.wr.payload
        m.d.comb += [
            rb.wr.valid.eq(~self.retry_off & ((go_cb & cb.o.payload.backed_up) | go_fr)),
            # From the two sources that are kept, not from the multiplexer's output: a resent
            # flit is never written again, and the retry buffer's block-RAM output then has
            # no path back into its own write data (for the clock).
            # (a framer's flit goes only with no DLLCB flit waiting, so the DLLCB flit's
            # ``valid`` alone picks)
            wr.data.eq(Mux(cbv, cb.o.payload.data, fo.payload.data)),
            wr.sob.eq(Mux(cbv, cb.o.payload.sob, fo.payload.sob)),
            wr.eob.eq(Mux(cbv, cb.o.payload.eob, fo.payload.eob)),
        ]
        m.d.comb += in_dp_next.eq(in_dp)
        # A resend that ended inside a block, or one started again from a new RcvPtr, leaves
        # no resent block under way; in one register with the resend's own state.
        m.d.sync += in_rs.eq(~reset & ~ack.replay & resending_r & resending
                             & Mux(go_rb, ~rs.payload.eob, in_rs))
        with m.If(reset):
            m.d.sync += in_cb.eq(0)
            m.d.comb += in_dp_next.eq(0)
        with m.Else():
            with m.If(go_cb):
                m.d.sync += in_cb.eq(~cb.o.payload.eob)
            with m.If(go_fr):
                m.d.comb += in_dp_next.eq(~fo.payload.eob)
        m.d.comb += [
            self.flit_sent.eq(sent),
            self.resent_flit.eq(go_rb),
            self.dlldp_sent.eq(go_fr & fo.payload.eop),
            self.cb_sent.eq(go_cb & cb.o.payload.eob),
            self.null_sent.eq(go_null),
        ]
        return m
