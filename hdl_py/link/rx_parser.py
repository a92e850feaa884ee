"""Block delimitation and checking on receive (UB Base Specification 2.0, E4 §4.3.4, CRC30).

:class:`DllRxParser` cuts the flit stream from the PHY into blocks, the way E4 §4.3.4.1 and
Figure 4-35 describe, and checks each one:

* At a block start the first flit's CFG tells a DLLCB (CFG 0: an LCH, its CLENGTH gives the
  length, its CTRL/SUB_CTRL must be a type of E4 Table 4-6 with that length) from a DLLDP
  block. The first block of a DLLDP starts with an LPH (CFG one of 3, 4, 5, 6, 7, 9, a PLENGTH a
  sender may send: :func:`~hdl_py.link.deframer.plength_valid`), every later block of it with an
  LBH carrying the same VL and CFG (E4 §4.5). Every DLLDB but the last is 32 flits, the last
  one PLENGTH[9:5] + 1. A DLLCB may come between two DLLDBs of a DLLDP (E4 §4.3.4.1).
* Each block's CRC30 runs over its flits (:func:`~hdl_py.link.crc30.crc30_step`); the block is
  good when the register is 0 after its last flit, BCRC included.
* Every flit is also checked on its own as a one-flit Retry Block (Retry_Idle, Retry_Req,
  Retry_Ack: LCH with CLENGTH 0 and a good CRC30). 2.0.1 lets a sender put Retry Blocks inside a
  DLLDB (Z §4.3.3.1), so such a flit is taken out of the block stream wherever it comes, and
  reported on ``retry_*``. (A payload flit that happens to be a valid Retry Block, odds below
  2^-50, fails its block's CRC and is retried.)

A flit the PHY could not decode (``i_err``, with ``i.valid``: an FEC decode failure or a lost
codeword) fails its block (E4 §4.3.2.2.1: such a failure triggers link-level retransmission):
at a block start it is a bad header (``hdr_err``), inside a block the block's verdict at its
end is bad (``crc_err``), whatever its CRC30 says; it is never taken for a Retry Block (one
that looks like one where a block would start is dropped as damaged, ``retry_crc_err``).

Outputs, all single-cycle and without back-pressure (the PHY cannot be held up):

* ``o`` -- every flit of every block, with ``sob``/``eob``, ``dllcb``, and for DLLDP blocks
  ``first_block``/``last_block``; at ``eob``, ``good`` is the block's verdict (CRC30).
* ``hdr_err`` -- a block start that is not a valid LCH/LPH/LBH: that flit is the start of a
  failed block (the receiver asks for a retry from there; ``o`` does not show it).
* ``retry_valid`` with ``retry_type`` (0 Retry_Idle, 1 Retry_Req, 2 Retry_Ack) and
  ``retry_flit``; ``retry_crc_err`` for a flit at a block start that has a Retry Block's LCH but
  fails its CRC30 (dropped: one copy of a 33-block set lost costs nothing).

The DLLDP context (inside a DLLDP or not, the next block's index, the LPH) is saved after every
good block (the checkpoint: the point the peer resends from, RcvPtr). A failed block (bad CRC or
bad header) restores it, so after the retry the resend is parsed as the block it is, an LBH
block when the failure was inside a multi-block DLLDP. While ``discard`` is high (RETRY_REQ_SM
in REQ or WAIT: E4 §4.3.4.3, only Retry Blocks are taken) non-retry flits are dropped and the
context stays at the checkpoint; the first flit after ``discard`` falls starts a block.
"""

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import data, stream, wiring
from amaranth.lib.wiring import In, Out

from hdl_py.proto.dll import DLLCB_TYPES, DLLDB_MAX_FLITS, DLLDP_CFGS, LCH_FIXED, Lbh, Lch, Lph
from hdl_py.proto.lanes import lanes_to_header

from .crc30 import CRC30_START, FLIT_BITS, crc30_step
from .deframer import plength_valid

__all__ = ["DllRxParser", "parsed_flit_layout", "RETRY_IDLE", "RETRY_REQ", "RETRY_ACK"]

RETRY_IDLE, RETRY_REQ, RETRY_ACK = 0, 1, 2


def parsed_flit_layout():
    return data.StructLayout({
        "data": FLIT_BITS, "sob": 1, "eob": 1, "dllcb": 1, "first_block": 1, "last_block": 1,
        "good": 1,
    })


class DllRxParser(wiring.Component):
    i: In(stream.Signature(FLIT_BITS))
    i_err: In(1)
    discard: In(1)
    o: Out(stream.Signature(parsed_flit_layout()))
    hdr_err: Out(1)
    crc_err: Out(1)
    retry_crc_err: Out(1)
    retry_valid: Out(1)
    retry_type: Out(2)
    retry_flit: Out(FLIT_BITS)

    def elaborate(self, platform):
        m = Module()
        m.d.comb += self.i.ready.eq(1)

        # Stage 0: register the flit from the PHY, with the flit's part of its CRC30 step.
        # The step is linear: crc30_step(s, f) = crc30_step(s, 0) ^ crc30_step(0, f), so the
        # flit's XOR trees are worked out before the register, and what is left after it is
        # the state's (30 inputs a bit) -- for the clock.
        f = Signal(FLIT_BITS)
        fv = Signal()
        fe = Signal()                          # the PHY could not decode f
        f_crc = Signal(30)                     # crc30_step(0, f)
        own_crc_ok = Signal()                  # crc30_step(CRC30_START, f) == 0
        zero = Const(0, 30)
        in_crc = crc30_step(zero, self.i.payload)
        start_part = crc30_step(CRC30_START, Const(0, FLIT_BITS))
        m.d.sync += [fv.eq(self.i.valid), fe.eq(self.i.valid & self.i_err),
                     f.eq(self.i.payload), f_crc.eq(in_crc),
                     own_crc_ok.eq((in_crc ^ start_part) == 0)]

        # The checks of a block start that read the flit alone (its LCH or LPH) are made before
        # the register too, and registered with it; those against the DLLDP in progress (an
        # LBH's VL and CFG) are made after it.
        def header_checks(flit):
            lch = lanes_to_header(flit, Lch)
            lph = lanes_to_header(flit, Lph)
            lch_ok = (lch.zero == 0) & (lch.fixed == LCH_FIXED) & (lch.cfg == 0)
            cb_len_ok = Signal(name="cb_len_ok_in")
            with m.Switch(Cat(lch.sub_ctrl, lch.ctrl)):
                for t in DLLCB_TYPES.values():
                    with m.Case((t.ctrl << 4) | t.sub_ctrl):
                        # Only the bounds that can fail (CLENGTH is 0..31): no constant
                        # compares.
                        ok = 1
                        if t.min_flits > 1:
                            ok = ok & (lch.clength >= t.min_flits - 1)
                        if t.max_flits < 32:
                            ok = ok & (lch.clength <= t.max_flits - 1)
                        m.d.comb += cb_len_ok.eq(ok)
            cfg_ok = Signal(name="cfg_ok_in")
            with m.Switch(lph.cfg):
                with m.Case(*sorted(DLLDP_CFGS)):
                    m.d.comb += cfg_ok.eq(1)
            return {
                "retry_lch": lch_ok & (lch.clength == 0) & (lch.ctrl == 0b0001)
                & (lch.sub_ctrl <= 2),
                "cb_ok": lch_ok & cb_len_ok,
                "lph_ok": cfg_ok & plength_valid(lph.plength),
                "clength_zero": lch.clength == 0,
                "is_cb": lph.cfg == 0,
                "one_block": lph.plength.blocks_m1 == 0,
                "one_flit": lph.plength.last_flits_m1 == 0,
            }
        chk = {}
        for k, v in header_checks(self.i.payload).items():
            chk[k] = Signal(name=f"hdr_{k}")
            m.d.sync += chk[k].eq(v)

        lch = lanes_to_header(f, Lch)
        lph = lanes_to_header(f, Lph)
        lbh = lanes_to_header(f, Lbh)
        is_retry = Signal()
        rtype = Signal(2)
        retry_lch = fv & chk["retry_lch"]
        m.d.comb += is_retry.eq(retry_lch & own_crc_ok & ~fe)
        m.d.comb += rtype.eq(lch.sub_ctrl[:2])
        m.d.sync += [self.retry_valid.eq(is_retry), self.retry_type.eq(rtype),
                     self.retry_flit.eq(f)]

        # Parse state. The DLLDP context (dp_*) changes only when a block ends good, so it is
        # always the checkpoint a failed block returns to.
        in_blk = Signal()
        left = Signal(5)                       # flits of the block after this one
        cur_dllcb = Signal()
        cur_first = Signal()
        cur_last = Signal()
        cur_idx = Signal(4)
        blk_lph = Signal(Lph)                  # the LPH of a first DLLDB being received
        # crc30_step(crc, 0) of the block's CRC30 so far, worked out before its register: the
        # next flit's check is then an XOR with its own part and a compare (for the clock).
        # It is read only inside a block, so its reset value does not matter.
        crc_s = Signal(30)
        dp_active = Signal()                   # between the DLLDBs of a DLLDP
        dp_blk = Signal(4)                     # index of the DLLDP's next block
        dp_lph = Signal(Lph)

        # A Retry Block whose CRC30 fails, where a block would start: dropped and counted. It is
        # not backed up and moves no pointer, so losing one copy of a set costs nothing (the
        # other 31 follow); taking it for a block would start a needless retry.
        damaged_retry = Signal()
        m.d.comb += damaged_retry.eq(retry_lch & (~own_crc_ok | fe) & ~in_blk)
        m.d.sync += self.retry_crc_err.eq(damaged_retry)
        take = fv & ~is_retry & ~damaged_retry & ~self.discard
        start = take & ~in_blk

        # What a block start would be.
        is_cb = chk["is_cb"]
        lbh_ok = (lbh.vl == dp_lph.vl) & (lbh.cfg == dp_lph.cfg)
        # Length - 1 and DLLDP position of a block starting here.
        new_first = ~dp_active
        idx = Mux(new_first, 0, dp_blk)
        last_of_dp = Mux(new_first, chk["one_block"], dp_blk == dp_lph.plength.blocks_m1)
        last_flits_m1 = Mux(new_first, lph.plength.last_flits_m1,
                            dp_lph.plength.last_flits_m1)
        last_one_flit = Mux(new_first, chk["one_flit"], dp_lph.plength.last_flits_m1 == 0)
        dp_len_m1 = Mux(last_of_dp, last_flits_m1, DLLDB_MAX_FLITS - 1)
        start_ok = Signal()
        m.d.comb += start_ok.eq(~fe & Mux(is_cb, chk["cb_ok"],
                                          Mux(new_first, chk["lph_ok"], lbh_ok)))
        len_m1 = Mux(is_cb, lch.clength, dp_len_m1)
        len_one = Mux(is_cb, chk["clength_zero"], last_of_dp & last_one_flit)    # len_m1 == 0

        # This flit's place in its block.
        sob = start
        eob = Signal()
        m.d.comb += eob.eq(Mux(start, len_one, left == 0))
        dllcb = Mux(start, is_cb, cur_dllcb)
        first_block = Mux(start, ~is_cb & new_first, cur_first)
        last_block = Mux(start, ~is_cb & last_of_dp, cur_last)
        block_idx = Mux(start, idx, cur_idx)
        block_lph = Mux(start, lph.as_value(), blk_lph.as_value())
        # Both block CRC30s side by side, one chosen: from the start value (this flit starts a
        # block) or from the register.
        own_crc = Signal(30)
        cont_crc = Signal(30)
        m.d.comb += [own_crc.eq(start_part ^ f_crc),
                     cont_crc.eq(crc_s ^ f_crc)]
        # A flit of this block the PHY could not decode (``fe``) fails it at its end.
        tainted = Signal()
        good = Signal()
        m.d.comb += good.eq(~fe & Mux(start, own_crc_ok, (cont_crc == 0) & ~tainted))
        accept_flit = Signal()
        m.d.comb += accept_flit.eq(take & (~start | start_ok))

        m.d.comb += [
            self.o.valid.eq(accept_flit),
            self.o.payload.data.eq(f),
            self.o.payload.sob.eq(sob),
            self.o.payload.eob.eq(eob),
            self.o.payload.dllcb.eq(dllcb),
            self.o.payload.first_block.eq(first_block & ~dllcb),
            self.o.payload.last_block.eq(last_block & ~dllcb),
            self.o.payload.good.eq(eob & good),
            self.hdr_err.eq(start & ~start_ok),
            self.crc_err.eq(accept_flit & eob & ~good),
        ]

        with m.If(self.discard | (start & ~start_ok)):
            m.d.sync += [in_blk.eq(0), tainted.eq(0)]
        with m.Elif(accept_flit):
            m.d.sync += tainted.eq(~eob & ((tainted & ~start) | fe))
            with m.If(start):
                m.d.sync += [cur_dllcb.eq(is_cb), cur_first.eq(~is_cb & new_first),
                             cur_last.eq(~is_cb & last_of_dp), cur_idx.eq(idx),
                             left.eq(len_m1 - 1), blk_lph.eq(lph)]
            with m.Else():
                m.d.sync += left.eq(left - 1)
            # crc30_step(., 0) is linear, so it is worked out for both choices and the choice
            # made last: the block start's logic meets the register through one mux, not
            # through the XOR trees.
            m.d.sync += [crc_s.eq(Mux(start, crc30_step(own_crc, Const(0, FLIT_BITS)),
                                      crc30_step(cont_crc, Const(0, FLIT_BITS)))),
                         in_blk.eq(~eob)]
            with m.If(eob & good & ~dllcb):
                # The checkpoint moves past this DLLDB.
                m.d.sync += [dp_active.eq(~last_block), dp_blk.eq(block_idx + 1)]
                with m.If(first_block):
                    m.d.sync += dp_lph.eq(block_lph)
        return m
