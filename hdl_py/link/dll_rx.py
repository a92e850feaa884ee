"""The data link receiver core (UB Base Specification 2.0, E4 §4.3.4, §4.6, §4.7), in
gateware: from the PHY's flits to the upper layer's packets, with what the transmitter needs
to know (credit returned, ACKs, the peer's retry requests, this end's retry requests).

:class:`DllRx` holds:

* :class:`~hdl_py.link.rx_parser.DllRxParser`: blocks cut and checked (CRC30), Retry Blocks
  taken out wherever they come;
* :class:`~hdl_py.link.retry_sm.RetryReqSm` (RETRY_REQ_SM): a failed block, or the handshake
  at link-up (``retry_start``), starts a Retry_Req_Set (sent by the transmitter, ``req_*``);
  the failure reaches it through a register (the parser discards from the next flit on all
  the same), and until a Retry_Ack the parser takes only Retry Blocks;
* the receive buffer: one memory of ``vls`` x ``vl_flits`` flits (block RAM), a FIFO per VL.
  A DLLDB's flits are written as they come and committed when its CRC30 is good; a failed
  block is rolled back, so the resend from RcvPtr takes its place (E4 §4.7.3.1). A DLLDP is
  taken only if its VL has room for all its flits when its first DLLDB starts; one that does
  not fit is not stored at all and ``rx_buf_overflow`` pulses at the end of its first DLLDB if
  that is good (Receive Buffer Overflow, E4 §4.8.1: the peer sent past its credit);
* :class:`~hdl_py.link.deframer.DlldpDeframer`: committed DLLDPs, one VL at a time (round
  robin at DLLDP boundaries), to the packet stream ``o`` with ``vl``, ``cfg``, ``rt`` and
  ``error_flag``. The buffer is read through two registers, the block RAM's output and a
  flit register in front of the deframer; the read issued behind a DLLDP's last flit (it is
  known to be the last only a cycle later) is dropped, and the VL's read pointer moves only
  for flits that reach the deframer's register. When the deframer takes a DLLDP's last flit
  its VL's cells go back (``freed``: ceil(flits / cell), the way the peer counted them, E4
  §4.6.2 note 3).

What a good block tells (only good blocks count):

* every backed-up block (not Null Blocks; the parser takes the Retry Blocks out) advances
  RcvPtr by its flits, modulo the peer's RETRY_BUF_DEPTH (2^16 until its Init Block is in),
  and is owed an ACK (``received``: for :class:`~hdl_py.link.dll_credit.CreditReturn`);
* an LPH/LBH with CRD returns a grain to CRD_VL (``lph_crd``), with ACK releases
  DATA_ACK_GRAIN_SIZE flits of this end's retry buffer (``release``);
* a Crd_Ack releases ACK_NUM x CTRL_ACK_GRAIN_SIZE flits; with T = 0 its CRD_NUMs go to the
  sender's credit (``crd_ack_rx``; T = 1 is the state machine's, which takes the parsed
  flits from ``sm_valid``/``sm_flit``).

``dlldp_enable`` lets DLLDPs into the buffer. OpenUB drives it from DLL_Credit_Init on, once
the peer's Init Block is in: the peer's first DLLDP may come right behind its SD Crd_Ack,
before this end's state machine has moved to DLL_Normal (E4 §4.2 discards DLLDPs before
DLL_Normal; a DLLDP can only follow the peer's SD).

Events for counters: ``block_good``, ``dlldp_rx``, ``error_dlldp`` (ERROR_FLAG in the last
BCRC, E4 §4.8.3: passed up, counted), ``rx_buf_overflow``, the parser's ``crc_err``,
``hdr_err`` and ``retry_crc_err``, and RETRY_REQ_SM's reports.

Not yet: link-down's padding of a DLLDP partly passed up (E4 §4.8.4 step 2; the core is reset
and the upper layer sees the packet cut).
"""

from amaranth.hdl import Array, Cat, Const, Module, Mux, ResetInserter, Signal
from amaranth.lib import data, memory, stream, wiring
from amaranth.lib.wiring import In, Out
from amaranth.utils import ceil_log2

from hdl_py.lib.stream import PacketSignature
from hdl_py.proto.dll import (
    DLLCB_TYPES,
    DLLDB_MAX_FLITS,
    PTR_BITS,
    RETRY_COUNT_BITS,
    Bcrc,
    CrdAckBlock,
    Lbh,
    Lch,
    Lph,
)
from hdl_py.proto.lanes import lanes_to_header

from .crc30 import FLIT_BITS
from .deframer import DlldpDeframer, deframed_side_layout
from .dll_credit import CELLS_BITS, round_robin_next
from .dll_sm import dll_params_layout, shift_by_onehot
from .retry_sm import RetryReqSm, RetryReqState
from .rx_parser import RETRY_ACK, DllRxParser, parsed_flit_layout

__all__ = ["DllRx"]

_NULL = DLLCB_TYPES["NULL"]
_CRD_ACK = DLLCB_TYPES["CRD_ACK"]


def _stored_flit_layout():
    return data.StructLayout({"data": FLIT_BITS, "first": 1, "last": 1})


class DllRx(wiring.Component):
    """Parameters: ``vls`` (1..16), ``vl_flits`` (receive buffer per VL, a power of two, at
    least 32), ``data_bytes`` (upper-layer beat width), ``us_cycles`` (for RETRY_REQ_SM's
    WAIT timeout)."""

    def __init__(self, *, vls=16, vl_flits=256, data_bytes=32, us_cycles=100):
        if not isinstance(vls, int) or not 1 <= vls <= 16:
            raise ValueError(f"vls must be 1..16, not {vls!r}")
        if (not isinstance(vl_flits, int) or vl_flits < DLLDB_MAX_FLITS
                or vl_flits & (vl_flits - 1)):
            raise ValueError(f"vl_flits must be a power of two >= {DLLDB_MAX_FLITS}, not "
                             f"{vl_flits!r}")
        self._vls, self._vl_flits = vls, vl_flits
        self.parser = DllRxParser()
        self.req = RetryReqSm(us_cycles=us_cycles)
        self.deframer = DlldpDeframer(data_bytes=data_bytes)
        pw, cbits = PTR_BITS, RETRY_COUNT_BITS
        super().__init__({
            # ``i_err`` with a flit: the PHY could not decode it (the parser fails its block)
            "i": In(stream.Signature(FLIT_BITS)), "i_err": In(1),
            "o": Out(PacketSignature(data_bytes, deframed_side_layout())),
            "link_reset": In(1), "dlldp_enable": In(1),
            "params": In(dll_params_layout()), "params_valid": In(1),
            # the state machine
            "sm_valid": Out(1), "sm_flit": Out(parsed_flit_layout()), "rx_enable": In(1),
            "retry_start": In(1), "retry_state": Out(RetryReqState),
            # RETRY_REQ_SM's registers and the PHY's retrain
            "wait_timeout_us": In(32, init=64), "num_retry_threshold": In(cbits, init=15),
            "num_phy_reinit_threshold": In(cbits, init=4),
            "retrain_req": Out(1), "retrain_start": In(1), "retrain_done": In(1),
            "ubfm_reset": In(1),
            # OpenUB's baseline without link-level retry (not a mode of the specification):
            # a failed block is dropped and asked for by nobody
            "retry_off": In(1),
            "ack_timeout": Out(1), "rollover": Out(1), "retry_error": Out(1),
            # to the transmitter
            "req_set": Out(1), "req_rcv_ptr": Out(pw), "req_num_retry": Out(cbits),
            "req_num_phy_reinit": Out(cbits), "req_set_done": In(1),
            "retry_valid": Out(1), "retry_type": Out(2), "retry_flit": Out(FLIT_BITS),
            "other_flit": Out(1),
            "lph_crd": Out(1), "lph_crd_vl": Out(4),
            "crd_ack_rx": Out(1), "crd_ack_rx_num": Out(data.ArrayLayout(6, 16)),
            "release": Out(1), "release_flits": Out(17),
            # to CreditReturn
            "freed": Out(1), "freed_vl": Out(4), "freed_cells": Out(CELLS_BITS),
            "received": Out(1), "received_flits": Out(6),
            # status and events
            "rcv_ptr": Out(pw),
            "vl_used": Out(data.ArrayLayout(ceil_log2(vl_flits + 1), vls)),
            "block_good": Out(1), "dlldp_rx": Out(1), "error_dlldp": Out(1),
            "rx_buf_overflow": Out(1), "crc_err": Out(1), "hdr_err": Out(1),
            "retry_crc_err": Out(1),
        })

    @property
    def vls(self):
        return self._vls

    @property
    def vl_flits(self):
        return self._vl_flits

    def elaborate(self, platform):
        m = Module()
        vls, vf = self._vls, self._vl_flits
        reset = self.link_reset
        parser, req, dfr = self.parser, self.req, self.deframer
        m.submodules.parser = ResetInserter(reset)(parser)
        m.submodules.req = ResetInserter(reset)(req)
        m.submodules.deframer = ResetInserter(reset)(dfr)
        p = self.params

        # -- the parser and RETRY_REQ_SM --
        # A failed block (or ``retry_start``) reaches RETRY_REQ_SM through a register, for the
        # clock (the parser's verdict is a CRC30 over the flit); in that cycle the parser
        # already discards, as it would with RETRY_REQ_SM in REQ (E4 §4.3.4.3), so no flit
        # after the failed block is taken. Only NORMAL looks at ``blk_err``; the Retry_Req_Set
        # starts a cycle later. ``other_flit`` is registered too: it then comes in the cycle
        # of the parser's registered ``retry_valid`` for the same flit.
        blk_err = Signal()
        # With ``retry_off`` (the baseline) only the link-up handshake asks for a retry.
        failed = (parser.hdr_err | parser.crc_err) & ~self.retry_off
        m.d.sync += [blk_err.eq((self.retry_start | failed) & ~reset),
                     self.other_flit.eq(parser.o.valid & ~reset)]
        m.d.comb += [
            parser.i.valid.eq(self.i.valid & self.rx_enable), parser.i.payload.eq(self.i.payload),
            parser.i_err.eq(self.i_err), self.i.ready.eq(1),
            parser.discard.eq(req.discard | blk_err),
            req.blk_err.eq(blk_err),
            req.set_sent.eq(self.req_set_done),
            req.retry_ack.eq(parser.retry_valid & (parser.retry_type == RETRY_ACK)),
            req.retrain_start.eq(self.retrain_start), req.retrain_done.eq(self.retrain_done),
            req.ubfm_reset.eq(self.ubfm_reset),
            req.wait_timeout_us.eq(self.wait_timeout_us),
            req.num_retry_threshold.eq(self.num_retry_threshold),
            req.num_phy_reinit_threshold.eq(self.num_phy_reinit_threshold),
            self.retry_state.eq(req.state), self.retrain_req.eq(req.retrain_req),
            self.ack_timeout.eq(req.ack_timeout), self.rollover.eq(req.rollover),
            self.retry_error.eq(req.retry_error),
            self.req_set.eq(req.send_req_set), self.req_rcv_ptr.eq(self.rcv_ptr),
            self.req_num_retry.eq(req.num_retry),
            self.req_num_phy_reinit.eq(req.num_phy_reinit),
            self.retry_valid.eq(parser.retry_valid), self.retry_type.eq(parser.retry_type),
            self.retry_flit.eq(parser.retry_flit),
            self.crc_err.eq(parser.crc_err), self.hdr_err.eq(parser.hdr_err),
            self.retry_crc_err.eq(parser.retry_crc_err),
        ]

        # -- each block: its first flit's header, its flit count --
        # The parser's verdicts are registered once here, for the clock; everything below
        # works a cycle behind it (the retry blocks go on at once, as the parser registered
        # them; ``other_flit`` is registered above, in step with them).
        pf = Signal(parsed_flit_layout())
        pv = Signal()
        m.d.sync += [pv.eq(parser.o.valid & ~reset), pf.eq(parser.o.payload)]
        m.d.comb += [self.sm_valid.eq(pv), self.sm_flit.eq(pf)]
        blk_flits = Signal(range(DLLDB_MAX_FLITS + 1))      # flits of the block before this
        first = Signal(FLIT_BITS)                             # the block's first flit
        with m.If(pv):
            m.d.sync += blk_flits.eq(Mux(pf.eob, 0, Mux(pf.sob, 1, blk_flits + 1)))
            with m.If(pf.sob):
                m.d.sync += first.eq(pf.data)
        head = Mux(pf.sob, pf.data, first)
        nflits = Mux(pf.sob, 1, blk_flits + 1)               # this block's flits, at eob
        lbh = lanes_to_header(head, Lbh)
        lch = lanes_to_header(head, Lch)
        crd_blk = lanes_to_header(Cat(head, Const(0, FLIT_BITS)), CrdAckBlock)
        ended = pv & pf.eob & pf.good
        is_null = pf.dllcb & (lch.ctrl == _NULL.ctrl) & (lch.sub_ctrl == _NULL.sub_ctrl)
        is_crd = pf.dllcb & (lch.ctrl == _CRD_ACK.ctrl) & (lch.sub_ctrl == _CRD_ACK.sub_ctrl)
        m.d.comb += self.block_good.eq(ended)

        # RcvPtr and the ACKs owed: every good backed-up block.
        counted = ended & ~is_null
        depth = p.peer_retry_buf_depth
        nxt = Signal(PTR_BITS + 1)
        m.d.comb += nxt.eq(self.rcv_ptr + nflits)
        wrap = self.params_valid & (depth != 0) & (nxt >= depth)
        with m.If(reset):
            m.d.sync += self.rcv_ptr.eq(0)
        with m.Elif(counted):
            m.d.sync += self.rcv_ptr.eq(Mux(wrap, nxt - depth, nxt[:PTR_BITS]))
        m.d.comb += [self.received.eq(counted), self.received_flits.eq(nflits)]

        # Returns and ACKs carried by the block, registered (for the clock: they go on into the
        # transmitter's credit and retry-buffer adders); they come a cycle after the block.
        ack_flits = Signal(16 + 7)
        m.d.comb += ack_flits.eq(shift_by_onehot(crd_blk.ack_num, p.ctrl_ack_grain, left=True))
        m.d.sync += [self.lph_crd.eq(0), self.release.eq(0), self.crd_ack_rx.eq(0)]
        with m.If(ended & ~pf.dllcb & ~reset):
            m.d.sync += [
                self.lph_crd.eq(lbh.crd), self.lph_crd_vl.eq(lbh.crd_vl),
                self.release.eq(lbh.ack), self.release_flits.eq(p.data_ack_grain),
            ]
        with m.Elif(ended & is_crd & ~reset):
            m.d.sync += [
                self.crd_ack_rx.eq(~crd_blk.lch.info[0]),
                self.release.eq(crd_blk.ack_num != 0),
                self.release_flits.eq(Mux(ack_flits[17:].any(), (1 << 17) - 1, ack_flits[:17])),
            ]
            m.d.sync += [self.crd_ack_rx_num[v].eq(crd_blk.crd_num[v]) for v in range(16)]

        # -- the receive buffer --
        pb = ceil_log2(vf)                     # pointer bits, plus one to tell full from empty
        m.submodules.mem = mem = memory.Memory(shape=_stored_flit_layout(), depth=vls * vf,
                                               init=[])
        wp = mem.write_port()
        rp = mem.read_port(transparent_for=())
        wr = [Signal(pb + 1, name=f"wr{v}") for v in range(vls)]      # next write (tentative)
        cm = [Signal(pb + 1, name=f"cm{v}") for v in range(vls)]      # end of committed
        rd = [Signal(pb + 1, name=f"rd{v}") for v in range(vls)]      # next read
        for v in range(vls):
            m.d.comb += self.vl_used[v].eq(wr[v] - rd[v])
        vl_bits = ceil_log2(vls)

        # The buffer is written a cycle behind ``pf``, from ``pw`` (for the clock: whether a
        # DLLDP fits its VL takes two cycles to work out). Only the buffer and its events move;
        # RcvPtr and the block's returns and ACKs go on from ``pf``.
        pw = Signal(parsed_flit_layout())
        pwv = Signal()
        m.d.sync += [pwv.eq(pv & ~reset), pw.eq(pf)]
        cur_vl = Signal(4)                      # VL of the DLLDP being written
        accept = Signal()                       # it is being stored
        w_start = pw.sob & pw.first_block
        vl_now = Mux(w_start, lanes_to_header(pw.data, Lbh).vl, cur_vl)
        store = Signal()
        # Whether a DLLDP fits its VL, worked out over the two cycles before its first flit is
        # written: picked by its VL as the flit is in the parser's register (the flit of ``pf``
        # next cycle, whatever it turns out to be), compared against its flits in ``pf``'s
        # cycle, registered (``fits``). The room per VL is a register that misses the flits
        # written in the three cycles before the first flit's (``w_k``: counted here), and the
        # reads of those cycles (never needed: the peer's credit for them comes back many
        # cycles after they are read). Its VL is read off the flit itself (a DLLDP starts at a
        # block start: no ``head`` mux).
        free = [Signal(pb + 2, name=f"free{v}") for v in range(vls)]
        wrote = [Signal(name=f"wrote{v}") for v in range(vls)]
        for v in range(vls):
            m.d.sync += free[v].eq(vf - (wr[v] - rd[v])[:pb + 1])
        lph_in = lanes_to_header(parser.o.payload.data, Lph)
        in_vl = lph_in.vl
        dp_flits = Cat(lph_in.plength.last_flits_m1, lph_in.plength.blocks_m1) + 1
        c_free = Signal(pb + 2)                 # the room of its VL
        c_need = [Signal(range(16 * DLLDB_MAX_FLITS + 4), name=f"c_need{k}") for k in range(4)]
        c_vl_ok = Signal()
        w2, w1 = Signal(), Signal()             # its VL written 3 and 2 cycles before
        m.d.sync += [
            c_free.eq(Array(free)[in_vl[:vl_bits]] if vl_bits else free[0]),
            w2.eq(Array(wrote)[in_vl[:vl_bits]] if vl_bits else wrote[0]),
            w1.eq(store & (vl_now == in_vl)),
            c_vl_ok.eq((in_vl < vls) & p.vl_enable.bit_select(in_vl, 1)),
            *(c_need[k].eq(dp_flits + k) for k in range(4)),
        ]
        w0 = store & (vl_now == lanes_to_header(pf.data, Lbh).vl)   # written a cycle before
        ge = Signal(4)
        m.d.comb += ge.eq(Cat(*(c_free >= c_need[k] for k in range(4))))
        fits = Signal()
        m.d.sync += fits.eq(c_vl_ok & ge.bit_select(w2 + w1 + w0, 1))

        starts = pwv & ~pw.dllcb & w_start
        with m.If(starts):
            m.d.sync += [cur_vl.eq(vl_now), accept.eq(fits & self.dlldp_enable)]
        # Receive Buffer Overflow is reported only for a first DLLDB that turns out good: one
        # whose LPH was damaged (a length it does not have) fails its CRC and is retried.
        no_room = Signal()                      # the first DLLDB under way did not fit
        no_room_now = ~fits & self.dlldp_enable
        dp_eob = pwv & ~pw.dllcb & pw.eob
        with m.If(reset | dp_eob):
            m.d.sync += no_room.eq(0)
        with m.Elif(starts):
            m.d.sync += no_room.eq(no_room_now)
        m.d.comb += self.rx_buf_overflow.eq(dp_eob & pw.good & ~reset
                                            & Mux(starts, no_room_now, no_room))
        m.d.comb += store.eq(pwv & ~pw.dllcb & Mux(starts, fits & self.dlldp_enable, accept)
                             & ~reset)
        # (a case per VL: a balanced multiplexer, not a chain of one a VL)
        sel_wr = Signal(pb + 1)
        with m.Switch(vl_now):
            for v in range(vls):
                with m.Case(v):
                    m.d.comb += sel_wr.eq(wr[v])
        bcrc = lanes_to_header(pw.data[128:160], Bcrc)
        m.d.comb += [
            wp.en.eq(store),
            wp.addr.eq(Cat(sel_wr[:pb], vl_now[:vl_bits]) if vl_bits else sel_wr[:pb]),
            wp.data.data.eq(pw.data), wp.data.first.eq(w_start),
            wp.data.last.eq(pw.eob & pw.last_block),
        ]
        for v in range(vls):
            here = vl_now == v
            m.d.sync += wrote[v].eq(store & here)
            with m.If(reset):
                m.d.sync += [wr[v].eq(0), cm[v].eq(0)]
            with m.Elif(store & here):
                with m.If(pw.eob & pw.good):
                    m.d.sync += [wr[v].eq(wr[v] + 1), cm[v].eq(wr[v] + 1)]
                with m.Elif(pw.eob):
                    m.d.sync += wr[v].eq(cm[v])          # a failed block: rolled back
                with m.Else():
                    m.d.sync += wr[v].eq(wr[v] + 1)
        m.d.comb += [
            self.dlldp_rx.eq(store & pw.eob & pw.good & pw.last_block),
            self.error_dlldp.eq(store & pw.eob & pw.good & pw.last_block & bcrc.error_flag),
        ]

        # -- reading: one DLLDP at a time to the deframer --
        # Two registered stages behind the read address: R, the block RAM's own output
        # register (``rp.data``), and Q, a flit register in the fabric that feeds the deframer,
        # so the block RAM's clock-to-out ends in a flip-flop. Both move together (``adv``).
        # Reads run ahead of the flit known to be the DLLDP's last: when a last flit goes from
        # R to Q, the flit read behind it (the next DLLDP's, or nothing) is squashed on its way
        # from R to Q (``tail``), and the reader stops. Only one VL is read at a time, so the
        # read address is one counter (``ra``; the DLLDP's first read takes the VL's read
        # pointer, ``fresh``); the VL's read pointer ``rd`` advances only for a flit that reaches Q
        # (never past the DLLDP's end, so the room seen by the writer is never too large).
        reading = Signal()
        sel = Signal(4)
        ra = Signal(pb + 1)                     # next read of the DLLDP being read
        fresh = Signal()                        # no read of it yet: the next is at rd[sel]
        r_valid = Signal()                      # R holds a flit read
        tail = Signal()                         # the DLLDP's last flit has gone to Q
        q_valid = Signal()
        q = Signal(_stored_flit_layout())
        out = rp.data
        avail = Signal(vls)
        m.d.comb += avail.eq(Cat(*(cm[v] != rd[v] for v in range(vls))))
        rd_sel = Signal(pb + 1)
        with m.Switch(sel):
            for v in range(vls):
                with m.Case(v):
                    m.d.comb += rd_sel.eq(rd[v])
        addr = Signal(pb + 1)
        m.d.comb += addr.eq(Mux(fresh, rd_sel, ra))
        consume = q_valid & dfr.i.ready
        adv = ~q_valid | dfr.i.ready
        move = r_valid & ~tail                  # R's flit goes to Q when ``adv``
        issue = Signal()
        # Something committed left to read: per VL, ``cm != rd`` (a DLLDP's first read) and
        # ``ra != cm`` (the reads after it) are registers, each worked out for the next cycle
        # by compares of this cycle's registers made side by side (with and without a commit,
        # a read, an issue) and picked by those last; then picked by ``sel`` (for the clock:
        # no pointer is compared between the read pipeline's registers and ``issue``).
        avail_q = Signal(vls)                   # cm != rd
        ra_ne_cm = Signal(vls, init=0)          # ra != cm
        for v in range(vls):
            commit_v = store & (vl_now == v) & pw.eob & pw.good
            read_v = adv & move & (sel == v)
            wr1, rd1, addr1 = ((x + 1)[:pb + 1] for x in (wr[v], rd[v], addr))
            m.d.sync += [
                avail_q[v].eq(~reset & Mux(commit_v, Mux(read_v, wr[v] != rd[v], wr1 != rd[v]),
                                           Mux(read_v, cm[v] != rd1, cm[v] != rd[v]))),
                ra_ne_cm[v].eq(Mux(reset, Mux(issue, addr1 != 0, ra != 0),
                                   Mux(issue, Mux(commit_v, addr != wr[v], addr1 != cm[v]),
                                       Mux(commit_v, ra != wr1, ra != cm[v])))),
            ]
        unread = Signal(vls)
        m.d.comb += unread.eq(Cat(*(Mux(fresh, avail_q[v], ra_ne_cm[v]) for v in range(vls))))
        # the registers and the pointers they stand for, for the tests' cycle-by-cycle check
        self._probe = {"avail_q": avail_q, "ra_ne_cm": ra_ne_cm, "cm": cm, "rd": rd, "ra": ra}
        m.d.comb += issue.eq(reading & ~tail & unread.bit_select(sel, 1) & adv & ~reset)
        m.d.comb += [rp.en.eq(adv),
                     rp.addr.eq(Cat(addr[:pb], sel[:vl_bits]) if vl_bits else addr[:pb])]
        with m.If(reset):
            m.d.sync += [r_valid.eq(0), q_valid.eq(0), tail.eq(0)]
        with m.Elif(adv):
            m.d.sync += [r_valid.eq(issue), q_valid.eq(move)]
            with m.If(move):
                m.d.sync += [q.eq(out), tail.eq(out.last)]
            with m.Elif(tail):
                m.d.sync += tail.eq(0)          # the read behind the last flit is dropped
        with m.If(issue):
            m.d.sync += [ra.eq(addr + 1), fresh.eq(0)]
        for v in range(vls):
            with m.If(reset):
                m.d.sync += rd[v].eq(0)
            with m.Elif(adv & move & (sel == v)):
                m.d.sync += rd[v].eq(rd[v] + 1)
        # Round robin over the VLs with a DLLDP in, after the one just read. A DLLDP ends
        # when the stage behind its last flit has moved on (the read behind it dropped).
        last_vl = Signal(4)
        # The round robin works from ``avail`` registered (for the clock). A cycle old it
        # misses only a commit of the last cycle (the pick comes a cycle later), never a read:
        # reads move only the VL being read, and its last one is a cycle before the DLLDP ends.
        avail_r = Signal(vls)
        m.d.sync += avail_r.eq(Mux(reset, 0, avail))
        pick = round_robin_next(m, avail_r, last_vl)
        with m.If(reset):
            m.d.sync += reading.eq(0)
        with m.Elif(~reading & avail_r.any()):
            m.d.sync += [reading.eq(1), sel.eq(pick), fresh.eq(1)]
        with m.Elif(tail & adv):
            m.d.sync += [reading.eq(0), last_vl.eq(sel)]
        m.d.comb += [dfr.i.valid.eq(q_valid), dfr.i.payload.data.eq(q.data),
                     dfr.i.payload.first.eq(q.first)]
        wiring.connect(m, dfr.o, wiring.flipped(self.o))

        # Credit back as each DLLDP's last flit is read: its cells, as the peer counted them.
        read_flits = Signal(range(16 * DLLDB_MAX_FLITS + 1))
        with m.If(consume):
            m.d.sync += read_flits.eq(Mux(q.last, 0, read_flits + 1))
        cell = p.flow_ctrl_size
        m.d.comb += [
            self.freed.eq(consume & q.last), self.freed_vl.eq(sel),
            self.freed_cells.eq(shift_by_onehot(read_flits + 1 + cell - 1, cell, left=False)),
        ]
        return m
