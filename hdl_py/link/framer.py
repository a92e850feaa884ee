"""DLLDP framing in gateware (UB Base Specification 2.0, E4 §4.3.2, CRC30 mode).

:class:`PlengthCalc` turns a payload length into the LPH's PLENGTH (the cut of
:func:`sim.model.dll.plength_for`: every DLLDB but the last 32 flits, the last the shortest that
holds the rest, PLENGTH[4:0] by rules 1..3). :class:`DlldpFramer` turns one packet (a
descriptor with its length and PLENGTH, then its payload beats) into the flits of its DLLDP:
the LPH in the first flit, an LBH in the first flit of every other DLLDB, the payload, zero
padding and a BCRC (Reserved, ERROR_FLAG, CRC30) in bytes 16..19 of the last flit of every
DLLDB. Byte for byte what :func:`sim.model.dll.frame_dlldp` makes.

The gearbox (``data_bytes``-wide beats into 20-byte flits)
--------------------------------------------------------------
A flit takes 12..20 payload bytes: 20 minus the header (4 for the LPH, 2 for an LBH) minus the
BCRC (4, last flit of a block). Beats are kept as they arrive, aligned, in a few entries (as
many as a flit's 20 bytes can span from an even offset, plus one to accept into); a read offset
says how many bytes of the oldest entry are used. A flit's payload is the 20 bytes from that
offset: a mux over the ``data_bytes / 2`` even offsets (every take but a packet's last is even),
then over the three header sizes. After the take the offset advances and whole entries drop
out; a beat goes into the first free entry (the entries are cleared the cycle after a
packet's descriptor is loaded, from a register, when no flit can go). What each flit takes
(its header, BCRC, byte count, whether it ends the payload) depends only on the descriptor,
so it is computed one flit ahead into registers (the plan), the position of the flit after it
two ahead, and the per-cycle decision reads registers only: the bytes held beyond the flit's
take (``surplus``, its sign says the payload is there), where the next flit starts
(``new_off``), whether the pipeline behind is full. What the entries become after a take is
chosen by registers too; the take only picks it. No variable shifter of wide vectors is built
(the simulation-cost rules of ``docs/architecture.md``), and the accept decision does not wait
on the output's ``ready``.

Pipeline: stage 0 registers the window's 20 bytes from the read offset, the header and which
bytes the payload fills; stage 1 places the payload after the header and masks it (a
three-way mux, no offset mux); stage 2 works out the flit's own part of its CRC30 step and
seal (both are linear in the register and the flit); stage 3 runs the CRC30 register over the
flit (:func:`hdl_py.link.crc30.crc30_step`) and, on the last flit of a block, ORs the CRC30
(:func:`~hdl_py.link.crc30.crc30_seal`) into bytes 16..19 of the output register. Flits leave
one per cycle, four cycles after their take. The next descriptor waits in a slot (its
``ready`` is the slot's being free, a register) with its first flits' plan worked out; a
packet's first flit follows the previous packet's last after one idle cycle (the descriptor is
loaded from the slot as the last flit is taken, its first beat comes the cycle after).
``busy`` holds from the descriptor's arrival in the slot until the packet's last flit is in
the output register.

Credits and ACKs ride in the headers: ``crd_pending``/``crd_vl``/``ack_pending`` are sampled
as each DLLDB's first flit is formed, and ``crd_used``/``ack_used`` pulse when a grain was put
into it (the owner of the counts takes one off).

Bad input never hangs: beats that end before the descriptor's length give zero payload bytes
and pulse ``length_err``; beats beyond it are drained to their ``last`` and pulse ``length_err``.
"""

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import data, stream, wiring
from amaranth.lib.wiring import In, Out
from amaranth.utils import exact_log2

from hdl_py.lib.stream import PacketSignature, check_data_bytes
from hdl_py.proto.dll import DLLDB_MAX_FLITS, FLIT_BYTES, Lbh, Lph, Plength
from hdl_py.proto.lanes import header_to_lanes

from .crc30 import CRC30_START, FLIT_BITS, crc30_finish, crc30_parts

__all__ = ["PlengthCalc", "DlldpFramer", "framer_desc_layout", "framed_flit_layout",
           "PAYLOAD_BITS", "PLENGTH_LATENCY"]

#: Width of a DLLDP payload length (at most 10,142 bytes).
PAYLOAD_BITS = 14
#: Cycles from ``PlengthCalc.i_valid`` to ``o_valid``.
PLENGTH_LATENCY = 3

# Payload bytes of a full (32-flit) first DLLDB and of a full middle one.
_FIRST_FULL = 16 + 30 * 20 + 16
_OTHER_FULL = 18 + 30 * 20 + 16
# floor(n / 634) == (n * _DIV634_MUL) >> _DIV634_SHIFT for n in 0..10142, and the same for 20
# with n in 0..700 (the tests check every value).
_DIV634_MUL, _DIV634_SHIFT = 3308, 21
_DIV20_MUL, _DIV20_SHIFT = 3277, 16

# Gearbox: bytes a beat may find in the buffer before it is accepted.
_PUT_MAX = 40


def framer_desc_layout():
    """What the framer needs before a packet's flits: its payload length and PLENGTH, the
    network layer's ``vl``, ``cfg`` and ``rt``, and ``error_flag`` (E4 §4.8.3) for its BCRC."""
    return data.StructLayout({
        "nbytes": PAYLOAD_BITS, "plength": Plength, "vl": 4, "cfg": 4, "rt": 2,
        "error_flag": 1,
    })


def framed_flit_layout():
    """A flit on its way to the retry buffer and the PHY: ``data`` (byte 0 in ``data[0:8]``),
    ``sob``/``eob`` (first/last flit of a DLLDB) and ``eop`` (last flit of the DLLDP)."""
    return data.StructLayout({"data": FLIT_BITS, "sob": 1, "eob": 1, "eop": 1})


class PlengthCalc(wiring.Component):
    """PLENGTH of a payload of ``nbytes`` (1..10,142) bytes, a fixed :data:`PLENGTH_LATENCY`
    cycles after ``i_valid`` (one result per cycle, no back-pressure)."""

    i_valid: In(1)
    nbytes: In(PAYLOAD_BITS)
    o_valid: Out(1)
    plength: Out(Plength)

    def elaborate(self, platform):
        m = Module()
        # Stage 1: how many DLLDBs before the last, and the bytes left for the last.
        v1 = Signal()
        n1 = Signal(PAYLOAD_BITS)
        multi = Signal()
        q = Signal(4)                       # middle (full, LBH) DLLDBs
        over = Signal(PAYLOAD_BITS)
        m.d.comb += over.eq(self.nbytes - (_FIRST_FULL + 1))
        m.d.sync += [
            v1.eq(self.i_valid), n1.eq(self.nbytes),
            multi.eq(self.nbytes > _FIRST_FULL),
            q.eq((over * _DIV634_MUL) >> _DIV634_SHIFT),
        ]
        # Stage 2: the last block's payload bytes and where it ends (bytes from block start).
        v2 = Signal()
        blocks_m1 = Signal(4)
        hdr = Signal(range(5))
        pos = Signal(range(700))
        rest = Signal(range(_OTHER_FULL + 1))
        m.d.comb += rest.eq(Mux(multi, n1 - _FIRST_FULL - q * _OTHER_FULL, n1))
        m.d.sync += [
            v2.eq(v1), blocks_m1.eq(Mux(multi, q + 1, 0)),
            hdr.eq(Mux(multi, 2, 4)), pos.eq(rest + Mux(multi, 2, 4)),
        ]
        # Stage 3: flits of the last block, the flit the payload ends in and its byte count.
        last_m1 = Signal(5)
        end_flit = Signal(5)
        nflits = Signal(6)
        in_flit = Signal(range(21))
        m.d.comb += [
            nflits.eq(((pos + 4 + 19) * _DIV20_MUL) >> _DIV20_SHIFT),
            end_flit.eq(((pos - 1) * _DIV20_MUL) >> _DIV20_SHIFT),
            in_flit.eq(pos - end_flit * FLIT_BYTES - Mux(end_flit == 0, hdr, 0)),
        ]
        end = Signal(5)
        with m.If(end_flit == nflits - 1):
            m.d.comb += end.eq(in_flit - 1)                   # rule 1
        with m.Elif(in_flit >= 17):
            m.d.comb += end.eq(in_flit - 1)                   # rule 2
        with m.Else():
            m.d.comb += end.eq(in_flit + 11)                  # rule 3
        m.d.comb += last_m1.eq(nflits - 1)
        m.d.sync += [
            self.o_valid.eq(v2),
            self.plength.blocks_m1.eq(blocks_m1),
            self.plength.last_flits_m1.eq(last_m1),
            self.plength.end.eq(end),
        ]
        return m


class DlldpFramer(wiring.Component):
    """Packet beats -> DLLDP flits (see the module text). Parameter: ``data_bytes`` of the
    packet stream (a power of two, 2..256)."""

    def __init__(self, *, data_bytes=32):
        check_data_bytes(data_bytes)
        if data_bytes < 2:
            raise ValueError("the framer needs at least 2 bytes per beat")
        self._db = data_bytes
        # Beats a flit's 20 bytes can span from any even offset of the oldest beat.
        self._window_beats = -(-(data_bytes - 2 + FLIT_BYTES) // data_bytes)
        super().__init__({
            "desc": In(stream.Signature(framer_desc_layout())),
            "i": In(PacketSignature(data_bytes)),
            "o": Out(stream.Signature(framed_flit_layout())),
            "crd_pending": In(1), "crd_vl": In(4), "ack_pending": In(1),
            "crd_used": Out(1), "ack_used": Out(1),
            "length_err": Out(1),
            "busy": Out(1),
        })

    @property
    def data_bytes(self):
        return self._db

    def elaborate(self, platform):
        m = Module()
        db = self._db
        nwin = self._window_beats
        nent = nwin + 1
        flit_bits = FLIT_BITS

        d = Signal(framer_desc_layout())
        busy = Signal()
        drain = Signal()
        in_done = Signal()
        s0_valid, s1_valid, s2_valid = Signal(), Signal(), Signal()
        # The next descriptor waits in a slot (``nd``), with its first flits' plan worked out
        # as it comes in: ``desc.ready`` is the slot's being free (a register), and a load
        # takes registers only, never the upper layer's ``valid`` and the logic behind it.
        nd = Signal(framer_desc_layout())
        nd_valid = Signal()
        # Busy from a descriptor's arrival until the packet's last flit is in the output
        # register.
        m.d.comb += self.busy.eq(nd_valid | busy | drain | s0_valid | s1_valid | s2_valid)

        # -- the plan: what the next flit out is (p_*), registered one flit ahead, and the
        # position of the flit after it (q_*), registered two ahead, so that a take needs only
        # one compare of registers when a flit goes --
        after = Signal(PAYLOAD_BITS)          # payload bytes left after this flit's take
        p_sob, p_eob, p_eop, p_first_block = Signal(), Signal(), Signal(), Signal()
        p_take = Signal(range(FLIT_BYTES + 1))
        p_finish = Signal()                   # this flit takes the rest of the payload
        a_blk, a_fl = Signal(4), Signal(5)   # block and flit index of the flit after q
        q_sob, q_eob, q_eop, q_first_block = Signal(), Signal(), Signal(), Signal()
        q_cap = Signal(range(FLIT_BYTES + 1))

        def position(m, blk_v, fl_v, plength, prefix):
            """Comb: where the flit (blk_v, fl_v) sits, its payload capacity and the next one."""
            last_block = blk_v == plength.blocks_m1
            blen_m1 = Mux(last_block, plength.last_flits_m1, DLLDB_MAX_FLITS - 1)
            sob = fl_v == 0
            eob = fl_v == blen_m1
            first_block = blk_v == 0
            cap = Signal(range(FLIT_BYTES + 1), name=f"{prefix}_cap")
            m.d.comb += cap.eq(FLIT_BYTES - Mux(sob, Mux(first_block, 4, 2), 0)
                               - Mux(eob, 4, 0))
            return {"sob": sob, "eob": eob, "eop": last_block & eob,
                    "first_block": first_block, "cap": cap,
                    "next_blk": Mux(eob, blk_v + 1, blk_v), "next_fl": Mux(eob, 0, fl_v + 1)}

        # The flit after the current one takes min(q_cap, after): a compare of registers.
        n_finish = Signal()
        n_take = Signal(range(FLIT_BYTES + 1))
        m.d.comb += [n_finish.eq(after <= q_cap), n_take.eq(Mux(n_finish, after, q_cap))]
        # The flit after q: its position (the new q when a flit goes), from its registered indices.
        q_after = position(m, a_blk, a_fl, d.plength, "qa")
        # A packet coming into the slot: its first flit and the one after, registered with it.
        dp = self.desc.payload
        ld0_c = position(m, Const(0, 4), Const(0, 5), dp.plength, "ld0")
        ld1_c = position(m, ld0_c["next_blk"], ld0_c["next_fl"], dp.plength, "ld1")
        ld_finish_c = dp.nbytes <= ld0_c["cap"]
        ld0 = {k: Signal.like(ld0_c[k], name=f"nd0_{k}")
               for k in ("sob", "eob", "eop", "first_block")}
        ld1 = {k: Signal.like(ld1_c[k], name=f"nd1_{k}")
               for k in ("sob", "eob", "eop", "first_block", "cap", "next_blk", "next_fl")}
        ld_finish = Signal()
        ld_take = Signal(range(FLIT_BYTES + 1))
        ld_after = Signal(PAYLOAD_BITS)
        m.d.comb += self.desc.ready.eq(~nd_valid)
        with m.If(self.desc.valid & ~nd_valid):
            m.d.sync += [nd.eq(dp), nd_valid.eq(1), ld_finish.eq(ld_finish_c),
                         ld_take.eq(Mux(ld_finish_c, dp.nbytes, ld0_c["cap"])),
                         ld_after.eq(Mux(ld_finish_c, 0, dp.nbytes - ld0_c["cap"]))]
            m.d.sync += [v.eq(ld0_c[k]) for k, v in ld0.items()]
            m.d.sync += [v.eq(ld1_c[k]) for k, v in ld1.items()]

        # -- the beat window: nent beats, aligned, oldest first; rd_off bytes of ent[0] used --
        # Kept in registers beside it, so that a take decides from registers alone:
        # ``surplus`` (the bytes held from rd_off, cnt * db - rd_off, less p_take: the flit's
        # payload is there when it is not negative) and ``new_off`` (rd_off + p_take, where the
        # flit after this one starts).
        ents = [Signal(8 * db, name=f"ent{k}") for k in range(nent)]
        cnt = Signal(range(nent + 1))
        rd_idx = Signal(range(nent))
        wr_idx = Signal(range(nent))
        rd_off = Signal(range(db))
        surplus = Signal(range(-FLIT_BYTES, nent * db + db + 1))
        enough = Signal()
        m.d.comb += enough.eq(surplus >= 0)
        new_off = Signal(range(db + FLIT_BYTES + 1))

        # Stage 0, 1 and 2 registers and the pipeline's flow.
        s1 = Signal(framed_flit_layout())
        s2 = Signal(framed_flit_layout())
        adv3 = ~self.o.valid | self.o.ready
        adv2 = ~s2_valid | adv3
        adv1 = ~s1_valid | adv2
        # Stage 0 can take a flit when a stage is free or the output goes: ``full`` (all four
        # hold one) is kept in a register, so a take waits on the output's ``ready`` alone.
        full = Signal()
        adv0 = ~full | self.o.ready
        emit = Signal()
        # A flit short of bytes (the beats ended before the length: a length error) waits a
        # cycle after the last beat and after the flit before it, so that the bytes held
        # (``held_r``) are a register.
        short_ok = Signal()
        m.d.comb += emit.eq(busy & (enough | (in_done & short_ok)) & adv0)
        m.d.sync += short_ok.eq(in_done & ~emit)
        short = in_done & ~enough

        # Stage 0: the window's 20 bytes from rd_off (an even offset: all takes but a packet's
        # last are even), the header, and which bytes of the flit the payload fills.
        # The nwin entries from the oldest (rd_idx), then the 20 bytes from rd_off in them.
        window = Signal(8 * db * nwin)
        with m.Switch(rd_idx):
            for idx in range(nent):
                with m.Case(idx):
                    m.d.comb += window.eq(Cat(*(ents[(idx + j) % nent] for j in range(nwin))))
        fromoff = Signal(flit_bits)
        with m.Switch(rd_off):
            for off in range(0, db, 2):
                with m.Case(off):
                    m.d.comb += fromoff.eq(window[8 * off:8 * off + flit_bits])
        hdr_bytes = Mux(p_sob, Mux(p_first_block, 4, 2), 0)
        # A flit short of bytes takes what is held, the rest of its payload zero: the bytes
        # held are p_take + surplus, a cycle before (nothing changes them in between: no beat
        # comes after the last, no flit went).
        held_r = Signal(range(nent * db + 1))
        m.d.sync += held_r.eq(p_take + surplus)

        def fills(n):
            """The bytes the payload fills: ``n`` of them after the header (compares against
            constants for each of the three header sizes, no adder)."""
            return Cat(*(Mux(p_sob, Mux(p_first_block, (n > b - 4) if b >= 4 else 0,
                                        (n > b - 2) if b >= 2 else 0),
                             n > b) for b in range(FLIT_BYTES)))
        keep = Mux(enough, fills(p_take), fills(held_r))
        lph = Signal(Lph)
        lbh = Signal(Lbh)
        m.d.comb += [
            lph.crd.eq(self.crd_pending), lph.crd_vl.eq(self.crd_vl),
            lph.ack.eq(self.ack_pending), lph.vl.eq(d.vl), lph.cfg.eq(d.cfg), lph.rt.eq(d.rt),
            lph.plength.eq(d.plength),
            lbh.crd.eq(self.crd_pending), lbh.crd_vl.eq(self.crd_vl),
            lbh.ack.eq(self.ack_pending), lbh.vl.eq(d.vl), lbh.cfg.eq(d.cfg),
        ]
        header_lanes = Mux(p_sob, Mux(p_first_block, header_to_lanes(lph), header_to_lanes(lbh)),
                           0)
        s0_win = Signal(flit_bits)
        s0_hdr = Signal(range(3))                      # header bytes / 2
        s0_keep = Signal(FLIT_BYTES)
        s0_head = Signal(32)
        s0_err = Signal()
        s0_sob, s0_eob, s0_eop = Signal(), Signal(), Signal()
        m.d.comb += [
            self.crd_used.eq(emit & p_sob & self.crd_pending),
            self.ack_used.eq(emit & p_sob & self.ack_pending),
        ]
        # Stage 0 is written whenever it can move (``adv0``), valid or not, so the take
        # decision only says whether it is valid.
        with m.If(adv0):
            m.d.sync += s0_valid.eq(emit)
            m.d.sync += [s0_win.eq(fromoff), s0_hdr.eq(hdr_bytes >> 1), s0_keep.eq(keep),
                         s0_head.eq(header_lanes), s0_err.eq(p_eop & d.error_flag),
                         s0_sob.eq(p_sob), s0_eob.eq(p_eob), s0_eop.eq(p_eop)]

        # Stage 1: the payload placed after the header and masked to the take, the header and
        # ERROR_FLAG (byte 16 bit 6 of the DLLDP's last flit, E4 Table 4-3) put in.
        placed = Signal(flit_bits)
        with m.Switch(s0_hdr):
            for h in (0, 1, 2):
                with m.Case(h):
                    m.d.comb += placed.eq(Cat(Const(0, 16 * h), s0_win[:flit_bits - 16 * h]))
        payload_lanes = Cat(*(Mux(s0_keep[b], placed[8 * b:8 * b + 8], 0)
                              for b in range(FLIT_BYTES)))
        error_bit = Const(1 << (16 * 8 + 6), flit_bits)
        flit = Signal(flit_bits)
        m.d.comb += flit.eq(payload_lanes | s0_head | Mux(s0_err, error_bit, 0))
        with m.If(adv1):
            m.d.sync += [s1_valid.eq(s0_valid), s1.data.eq(flit), s1.sob.eq(s0_sob),
                         s1.eob.eq(s0_eob), s1.eop.eq(s0_eop)]

        # -- stage 2: the flit's own part of its CRC30 step and seal; stage 3: the CRC30
        # register and the output register --
        # Both are linear: crc30_step(c, f) = crc30_step(c, 0) ^ crc30_step(0, f), and the same
        # for the seal. The flit's parts (160 and 130 inputs a bit) are worked out into stage
        # 2's registers (:func:`~hdl_py.link.crc30.crc30_parts`), and the CRC30 register's loop
        # is left with its own part (30 inputs a bit) and an XOR -- for the clock.
        s2_step = Signal(30)
        s2_seal = Signal(30)
        with m.If(adv2):
            m.d.sync += [s2_valid.eq(s1_valid), s2.eq(s1),
                         Cat(s2_step, s2_seal).eq(Cat(*crc30_parts(s1.data)))]
        crc = Signal(30, init=CRC30_START.value)
        sealed, crc_next = crc30_finish(crc, s2_step, s2_seal, s2.data, s2.eob)
        with m.If(adv3):
            m.d.sync += self.o.valid.eq(s2_valid)
            with m.If(s2_valid):
                m.d.sync += [
                    self.o.payload.sob.eq(s2.sob), self.o.payload.eob.eq(s2.eob),
                    self.o.payload.eop.eq(s2.eop), self.o.payload.data.eq(sealed),
                    crc.eq(crc_next),
                ]

        m.d.sync += full.eq(Mux(adv0, emit, s0_valid) & Mux(adv1, s0_valid, s1_valid)
                            & Mux(adv2, s1_valid, s2_valid) & Mux(adv3, s2_valid, self.o.valid))

        # -- window bookkeeping: a circular buffer of nent entries; a beat goes into wr_idx,
        # the oldest is rd_idx, and a take advances rd_idx by the entries it used up (all of
        # them after the packet's last payload byte). The entries are written by the input
        # alone; nothing a take decides reaches them. --
        lg = exact_log2(db)
        pops = Signal(range(nent + 1))
        with m.If(emit & p_finish):
            m.d.comb += pops.eq(cnt)                      # the packet's bytes are all used
        with m.Elif(emit):
            m.d.comb += pops.eq(new_off >> lg)
        beat = self.i.payload
        beat_lanes = Cat(*(Mux(lane < beat.nbytes, beat.data[8 * lane:8 * lane + 8], 0)
                           for lane in range(db)))
        m.d.comb += self.i.ready.eq(drain | (busy & ~in_done & (cnt < nent)))
        accept = self.i.valid & self.i.ready
        put = accept & ~drain
        for k in range(nent):
            with m.If(put & (wr_idx == k)):
                m.d.sync += ents[k].eq(beat_lanes)
        with m.If(put):
            m.d.sync += wr_idx.eq(Mux(wr_idx == nent - 1, 0, wr_idx + 1))
        # rd_idx after a take, from registers (emit only picks it).
        rd_idx_take = Signal.like(rd_idx)
        idx_sum = rd_idx + (new_off >> lg)
        m.d.comb += rd_idx_take.eq(Mux(idx_sum >= nent, idx_sum - nent, idx_sum))
        m.d.sync += cnt.eq(cnt - pops + put)
        with m.If(emit):
            m.d.sync += [rd_off.eq(Mux(p_finish, 0, new_off[:lg])),
                         rd_idx.eq(Mux(p_finish, wr_idx, rd_idx_take))]

        # surplus and new_off for the next cycle: db more with a beat put; after a take the
        # next flit's n_take less (and nothing held after the packet's last payload byte).
        put_bytes = Mux(put, db, 0)
        surplus_put = Signal.like(surplus)
        m.d.comb += surplus_put.eq(surplus + put_bytes)
        with m.If(emit):
            m.d.sync += [
                # (a flit short of bytes takes all that is held: none is left)
                surplus.eq(Mux(p_finish, put_bytes, Mux(enough, surplus_put, 0) - n_take)),
                new_off.eq(Mux(p_finish, 0, new_off[:lg]) + n_take),
            ]
        with m.Else():
            m.d.sync += surplus.eq(surplus_put)
        with m.If(put & beat.last):
            m.d.sync += in_done.eq(1)
        with m.If(accept & drain & beat.last):
            m.d.sync += drain.eq(0)

        # -- the plan and the packet --
        with m.If(emit):
            m.d.sync += [
                after.eq(Mux(n_finish, 0, after - q_cap)),
                p_sob.eq(q_sob), p_eob.eq(q_eob), p_eop.eq(q_eop),
                p_first_block.eq(q_first_block), p_take.eq(n_take), p_finish.eq(n_finish),
                a_blk.eq(q_after["next_blk"]), a_fl.eq(q_after["next_fl"]),
            ]
            m.d.sync += [q_sob.eq(q_after["sob"]), q_eob.eq(q_after["eob"]),
                         q_eop.eq(q_after["eop"]), q_first_block.eq(q_after["first_block"]),
                         q_cap.eq(q_after["cap"])]
        with m.If(emit & p_eop):
            m.d.sync += busy.eq(0)
            with m.If(~in_done):
                # More beats than the length: drain them to the packet's last beat.
                m.d.sync += drain.eq(~(accept & beat.last))
        load = Signal()
        m.d.comb += load.eq(nd_valid & (~busy & ~drain | emit & p_eop & in_done))
        with m.If(load):
            m.d.sync += [
                d.eq(nd), nd_valid.eq(0), busy.eq(1), in_done.eq(0),
                after.eq(ld_after), cnt.eq(0), rd_off.eq(0),
                rd_idx.eq(0), wr_idx.eq(0),
                surplus.eq(-ld_take), new_off.eq(ld_take),
                p_sob.eq(ld0["sob"]), p_eob.eq(ld0["eob"]), p_eop.eq(ld0["eop"]),
                p_first_block.eq(ld0["first_block"]),
                p_take.eq(ld_take), p_finish.eq(ld_finish),
                q_sob.eq(ld1["sob"]), q_eob.eq(ld1["eob"]), q_eop.eq(ld1["eop"]),
                q_first_block.eq(ld1["first_block"]), q_cap.eq(ld1["cap"]),
                a_blk.eq(ld1["next_blk"]), a_fl.eq(ld1["next_fl"]),
            ]
        m.d.comb += self.length_err.eq((emit & short & (p_take != 0))
                                       | (emit & p_eop & ~in_done))
        return m
