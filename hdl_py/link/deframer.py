"""DLLDP deframing in gateware (UB Base Specification 2.0, E4 §4.3.2, CRC30 mode).

:class:`DlldpDeframer` takes the flits of whole DLLDPs, already checked (CRC30 good, PLENGTH
valid: :func:`plength_valid`), and gives the packet stream back: the payload bytes, with the
LPH's ``vl``, ``cfg`` and ``rt`` in the sideband and the last DLLDB's ERROR_FLAG (E4 §4.8.3) in
``side.error_flag`` of the last beat. It drops the LPH, the LBHs, the BCRCs and the padding.

No length arithmetic is needed: the LPH's PLENGTH gives the DLLDBs and the flits of the last one,
so the unit counts blocks and flits as the framer does, every flit carries 20 bytes minus its
header (4 or 2) minus its BCRC (4), and PLENGTH[4:0] says how many bytes the payload's last flit
holds (rule 1: the last flit, ``end + 1`` bytes; rules 2 and 3: the second-to-last, ``end + 1``
or ``end - 11`` bytes, and the last flit holds none).

Three stages. Z: the flit in a skid buffer, with what its LPH says of a DLLDP's end worked out on
the way in (used when it is a DLLDP's first flit). A: each flit's header size and payload byte
count (its plan) and its payload bytes from lane 0 (a mux over the three header sizes and a
mask) are registered. The plan of every
flit but a DLLDP's first is worked out as the flit before it is taken (its place in its block
and DLLDP, registered), and what the DLLDP's end takes once, from its LPH, as counts and byte
masks: no length compare lies between a flit and its chunk. B, the gearbox: a ring of beat
slots (``data_bytes`` each; as many as a chunk can reach from an even offset, plus one) written
at a write position that moves only with the takes, so a chunk is shifted into place from
registers alone and the beat leaving in the same cycle has no say in it. A chunk goes in when
the slots it can reach are free (registered counts); a slot leaves once a byte is written past
it, or once the packet's last chunk is in (the last payload byte can come before the last
flit: rules 2 and 3). A DLLDP starts in the slot after the previous one's last.
"""

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import data, stream, wiring
from amaranth.lib.wiring import In, Out
from amaranth.utils import exact_log2

from hdl_py.lib.skid import SkidBuffer
from hdl_py.lib.stream import PacketSignature, check_data_bytes
from hdl_py.proto.dll import DLLDB_MAX_FLITS, FLIT_BYTES, Lph
from hdl_py.proto.lanes import lanes_to_header

from .crc30 import FLIT_BITS

__all__ = ["DlldpDeframer", "deframed_side_layout", "plength_valid"]


def deframed_side_layout():
    """Sideband of the deframed packet stream: the LPH's ``vl``, ``cfg``, ``rt`` and the
    DLLDP's ``error_flag`` (meaningful on the last beat)."""
    return data.StructLayout({"vl": 4, "cfg": 4, "rt": 2, "error_flag": 1})


def plength_valid(plength):
    """Gateware: 1 when a PLENGTH (a :class:`~hdl_py.proto.dll.Plength` view) is one a sender may
    send in CRC30 mode: ``end`` not reserved, the bytes it names fit their flit, rules 2 and 3
    only with a second flit (the checks of :func:`sim.model.dll.plength_payload_bytes`)."""
    end = plength.end
    one_block = plength.blocks_m1 == 0
    one_flit = plength.last_flits_m1 == 0
    two_flits = plength.last_flits_m1 == 1
    rule1 = end <= 15
    rule2 = (end >= 16) & (end <= 19)
    rule3 = (end >= 24) & (end <= 27)
    # Rule 1 in a one-flit last block shares the flit with the LPH (12 bytes) or LBH (14).
    rule1_ok = ~one_flit | Mux(one_block, end <= 11, end <= 13)
    # Rules 2/3 in a two-flit last block end in its header flit: 16 (LPH) or 18 (LBH) bytes.
    rule2_ok = ~one_flit & (~two_flits | Mux(one_block, end <= 15, end <= 17))
    rule3_ok = ~one_flit
    return (rule1 & rule1_ok) | (rule2 & rule2_ok) | (rule3 & rule3_ok)


class DlldpDeframer(wiring.Component):
    """Checked DLLDP flits -> packet beats. ``i.payload.first`` marks each DLLDP's first flit
    (a flit stream with back-pressure, e.g. from a receive buffer)."""

    def __init__(self, *, data_bytes=32):
        check_data_bytes(data_bytes)
        if data_bytes < 2:
            raise ValueError("the deframer needs at least 2 bytes per beat")
        self._db = data_bytes
        super().__init__({
            "i": In(stream.Signature(data.StructLayout({"data": FLIT_BITS, "first": 1}))),
            "o": Out(PacketSignature(data_bytes, deframed_side_layout())),
            "busy": Out(1),
        })

    @property
    def data_bytes(self):
        return self._db

    def elaborate(self, platform):
        m = Module()
        db = self._db

        # -- stage A: the flit's plan (header, take, end) and its payload bytes from lane 0 --
        # The plan of every flit but a DLLDP's first is worked out as the flit before it is
        # taken, and registered (``n_*``: its place in its block and DLLDP); a first flit's
        # comes from its own LPH. What a DLLDP's end takes (PLENGTH.end) is worked out once per
        # DLLDP, as take counts and as byte masks.
        lph = Signal(Lph)                 # of the packet in progress

        def end_takes(end):
            """Rule 1, the last flit's and the second-to-last's take and byte masks of a
            PLENGTH.end: a table of the 32 values (a 5-input function a bit, no adder or
            compare in the way, for the clock)."""
            out = [Signal(1, name="et_rule1"), Signal(5, name="et_eop_take"),
                   Signal(5, name="et_pen_take"), Signal(FLIT_BYTES, name="et_eop_mask"),
                   Signal(FLIT_BYTES, name="et_pen_mask")]
            with m.Switch(end):
                for e in range(32):
                    rule1 = e <= 15
                    eop_take = (e + 1 if rule1 else 0) & 31
                    pen_take = (e + 1 if e <= 19 else e - 11) & 31
                    vals = (int(rule1), eop_take, pen_take,
                            sum(1 << b for b in range(FLIT_BYTES) if eop_take > b),
                            sum(1 << b for b in range(FLIT_BYTES) if pen_take > b))
                    with m.Case(e):
                        m.d.comb += [o.eq(v) for o, v in zip(out, vals, strict=True)]
            return tuple(out)

        def takes_signals(prefix):
            return (Signal(name=f"{prefix}rule1"), Signal(5, name=f"{prefix}eop_take"),
                    Signal(5, name=f"{prefix}pen_take"),
                    Signal(FLIT_BYTES, name=f"{prefix}eop_mask"),
                    Signal(FLIT_BYTES, name=f"{prefix}pen_mask"))

        p_takes = takes_signals("p_")            # of the DLLDP in progress

        # -- stage Z, before A: the flit in a skid buffer (its ``ready`` a register), with
        # what its LPH says of a DLLDP's end (the plan of a DLLDP's first flit) worked out on
        # the way in: stage A then starts from registers (for the clock) --
        flit_in = self.i.payload.data
        pl_in = lanes_to_header(flit_in, Lph).plength
        m.submodules.z = zs = SkidBuffer(data.StructLayout({
            "data": FLIT_BITS, "first": 1, "rule1": 1, "eop_take": 5, "pen_take": 5,
            "eop_mask": FLIT_BYTES, "pen_mask": FLIT_BYTES, "last_block": 1, "fl_rem": 5,
            "eob": 1, "penult": 1}))
        zi, zo = zs.i.payload, zs.o.payload
        in_last_block = pl_in.blocks_m1 == 0
        in_fl_rem = Mux(in_last_block, pl_in.last_flits_m1, DLLDB_MAX_FLITS - 1)
        m.d.comb += [
            zs.i.valid.eq(self.i.valid), self.i.ready.eq(zs.i.ready),
            zi.data.eq(flit_in), zi.first.eq(self.i.payload.first),
            *(z.eq(x) for z, x in zip((zi.rule1, zi.eop_take, zi.pen_take, zi.eop_mask,
                                       zi.pen_mask), end_takes(pl_in.end), strict=True)),
            zi.last_block.eq(in_last_block), zi.fl_rem.eq(in_fl_rem),
            zi.eob.eq(in_fl_rem == 0), zi.penult.eq(in_last_block & (in_fl_rem == 1)),
        ]
        z_valid = zs.o.valid
        flit, first = zo.data, zo.first
        now_takes = (zo.rule1, zo.eop_take, zo.pen_take, zo.eop_mask, zo.pen_mask)
        f_last_block, f_fl_rem, f_eob, f_penult = zo.last_block, zo.fl_rem, zo.eob, zo.penult
        a_free = Signal()                 # stage A takes stage Z's flit, if any, this cycle
        m.d.comb += zs.o.ready.eq(a_free)
        lph_now = lanes_to_header(flit, Lph)

        cur_takes = takes_signals("")            # of this flit's DLLDP
        for sig, x, y in zip(cur_takes, now_takes, p_takes, strict=True):
            m.d.comb += sig.eq(Mux(first, x, y))
        rule1, eop_take, pen_take, eop_mask, pen_mask = cur_takes
        # The next flit's place: flits after it in its block, blocks after its block.
        n_fl_rem, n_blk_rem = Signal(5), Signal(4)
        n_sob, n_eob, n_last_block, n_penult = Signal(), Signal(), Signal(), Signal()
        pl_now = lph_now.plength
        fl_rem, blk_rem, lfm1 = Signal(5), Signal(4), Signal(5)
        last_block, eob, penult, eop, pen_sel = Signal(), Signal(), Signal(), Signal(), Signal()
        hdr, cap = Signal(range(5)), Signal(range(FLIT_BYTES + 1))
        m.d.comb += [
            fl_rem.eq(Mux(first, f_fl_rem, n_fl_rem)),
            blk_rem.eq(Mux(first, pl_now.blocks_m1, n_blk_rem)),
            last_block.eq(Mux(first, f_last_block, n_last_block)),
            eob.eq(Mux(first, f_eob, n_eob)),
            penult.eq(Mux(first, f_penult, n_penult)),
            lfm1.eq(Mux(first, pl_now.last_flits_m1, lph.plength.last_flits_m1)),
            eop.eq(last_block & eob),
            hdr.eq(Mux(first, 4, Mux(n_sob, 2, 0))),
            cap.eq(FLIT_BYTES - hdr - Mux(eob, 4, 0)),
            pen_sel.eq(penult & ~rule1),
        ]
        take = Signal(range(FLIT_BYTES + 1))
        m.d.comb += take.eq(Mux(eop, eop_take, Mux(pen_sel, pen_take, cap)))
        mask = Signal(FLIT_BYTES)
        m.d.comb += mask.eq(Cat(*(Mux(eop, eop_mask[b], Mux(pen_sel, pen_mask[b], cap > b))
                                  for b in range(FLIT_BYTES))))
        window = Signal(FLIT_BITS)
        with m.Switch(hdr):
            for h in (0, 2, 4):
                with m.Case(h):
                    m.d.comb += window.eq(flit[8 * h:])
        chunk_now = Cat(*(Mux(mask[b], window[8 * b:8 * b + 8], 0) for b in range(FLIT_BYTES)))

        a_valid = Signal()
        a_chunk = Signal(FLIT_BITS)
        a_take = Signal(range(FLIT_BYTES + 1))
        a_eop, a_err = Signal(), Signal()
        a_side = Signal(deframed_side_layout())
        a_go = Signal()                   # stage B takes stage A's chunk this cycle
        m.d.comb += a_free.eq(~a_valid | a_go)
        accept = z_valid & a_free
        with m.If(accept):
            m.d.sync += [a_valid.eq(1), a_chunk.eq(chunk_now), a_take.eq(take), a_eop.eq(eop),
                         a_err.eq(flit[16 * 8 + 6])]   # ERROR_FLAG
            with m.If(first):
                m.d.sync += [lph.eq(lph_now), a_side.vl.eq(lph_now.vl),
                             a_side.cfg.eq(lph_now.cfg), a_side.rt.eq(lph_now.rt),
                             *(p.eq(x) for p, x in zip(p_takes, now_takes, strict=True))]
            with m.If(eob):
                # The next flit starts the next block; the last one holds last_flits_m1 + 1.
                next_last = blk_rem == 1
                m.d.sync += [n_sob.eq(1), n_blk_rem.eq(blk_rem - 1), n_last_block.eq(next_last),
                             n_fl_rem.eq(Mux(next_last, lfm1, DLLDB_MAX_FLITS - 1)),
                             n_eob.eq(next_last & (lfm1 == 0)),
                             n_penult.eq(next_last & (lfm1 == 1))]
            with m.Else():
                m.d.sync += [n_sob.eq(0), n_blk_rem.eq(blk_rem), n_last_block.eq(last_block),
                             n_fl_rem.eq(fl_rem - 1), n_eob.eq(fl_rem == 1),
                             n_penult.eq(last_block & (fl_rem == 2))]
        with m.Elif(a_go):
            m.d.sync += a_valid.eq(0)

        # -- stage B: a ring of ``nslot`` beat slots; chunks written at (wr_slot, wo) --
        # The write position moves only with the takes (never with this cycle's beat out), so
        # the shift of a chunk into place works from registers alone; a chunk goes in when
        # the slots its window can reach are free, from registered counts.
        lg = exact_log2(db)
        reach = (db - 2 + FLIT_BYTES + db - 1) // db      # slots a chunk's window can reach
        nslot = reach + 1                                  # one more: line rate at 32 bytes
        slots = [Signal(8 * db, name=f"slot{s}") for s in range(nslot)]
        s_last = [Signal(name=f"slot{s}_last") for s in range(nslot)]
        s_nb = [Signal(range(db + 1), name=f"slot{s}_nbytes") for s in range(nslot)]
        s_err = [Signal(name=f"slot{s}_err") for s in range(nslot)]
        s_side = [Signal(deframed_side_layout(), name=f"slot{s}_side") for s in range(nslot)]
        wr_slot = Signal(range(nslot))
        wo = Signal(range(db))            # write offset in wr_slot (even while a packet runs)
        # The slot behind wr_slot is full but held: the packet's next take may be 0 (rules 2
        # and 3: the payload ended in the flit before the last), which makes it the last beat.
        hang = Signal()
        behind = Signal(range(nslot + 1))  # slots behind the writer not yet sent (hang's too)
        rd_slot = Signal(range(nslot))

        def ring(x, k):
            s = x + k
            return Mux(s >= nslot, s - nslot, s)[:len(wr_slot)]

        # The next chunk's window reaches slot wr_slot + p (p >= 1) when ``more[p]``: registers
        # kept beside ``wo`` (its compares against constants, made on its next value), so
        # ``ready`` and the slots' enables stay shallow.
        more = [None] + [Signal(name=f"reach{p}", init=int(0 > p * db - FLIT_BYTES))
                         for p in range(1, reach)]
        wo_next = Signal.like(wo)
        room = behind <= nslot - 1
        for p in range(1, reach):
            m.d.sync += more[p].eq(wo_next > p * db - FLIT_BYTES)
            room = room & (~more[p] | (behind <= nslot - 1 - p))
        m.d.comb += a_go.eq(a_valid & room)

        window = Signal(8 * db * reach)   # the chunk at wo
        with m.Switch(wo):
            for pos in range(0, db, 2):
                with m.Case(pos):
                    m.d.comb += window.eq(Cat(Const(0, 8 * pos), a_chunk))
        e = Signal(range(db + FLIT_BYTES + 1))   # write offset after the chunk, from wr_slot
        m.d.comb += e.eq(wo + a_take)
        adv = Signal(range(reach + 1))    # slots the writer moves past
        m.d.comb += adv.eq(Mux(a_eop, (e + db - 1) >> lg, e >> lg))
        # The packet's last beat: the slot of its last byte, or the held slot when the last
        # take is 0 and the payload filled a slot exactly.
        tail = Signal(range(nslot))
        tail_rel = Signal(range(reach))
        m.d.comb += tail_rel.eq((e - 1) >> lg)
        m.d.comb += tail.eq(Mux(e == 0, ring(wr_slot, nslot - 1), ring(wr_slot, tail_rel)))
        tail_nb = Signal(range(db + 1))
        m.d.comb += tail_nb.eq((e - 1)[:lg] + 1)
        # The write slot one-hot and the write offset's compares against each lane, registers
        # kept beside ``wr_slot`` and ``wo`` (worked out on their next values): a slot byte's
        # enable is then an AND-OR of registers and ``a_go``.
        wr_slot_next = Signal.like(wr_slot)
        wr_hot = Signal(nslot, init=1)
        wo_le = Signal(db - 1, init=(1 << (db - 1)) - 1)     # wo <= j, j < db - 1
        m.d.sync += [wr_hot.eq(Cat(wr_slot_next == k for k in range(nslot))),
                     wo_le.eq(Cat(wo_next <= j for j in range(db - 1)))]
        for s in range(nslot):
            here = [wr_hot[(s - p) % nslot] for p in range(reach)]
            for j in range(db):
                # (the last lane is at or after every offset: no compare)
                en = here[0] & wo_le[j] if j < db - 1 else here[0]
                for p in range(1, reach):
                    en = en | (here[p] & more[p])
                byte = window[8 * j:8 * j + 8]
                for p in range(1, reach):
                    byte = Mux(here[p], window[8 * (p * db + j):8 * (p * db + j) + 8], byte)
                with m.If(a_go & en):
                    m.d.sync += slots[s][8 * j:8 * j + 8].eq(byte)
            written = here[0]
            for p in range(1, reach):
                written = written | (here[p] & more[p])
            with m.If(a_go & written):
                m.d.sync += [s_side[s].eq(a_side), s_last[s].eq(0)]
            with m.If(a_go & a_eop & (tail == s)):
                m.d.sync += [s_last[s].eq(1), s_nb[s].eq(tail_nb), s_err[s].eq(a_err)]
        m.d.comb += wo_next.eq(Mux(a_go, Mux(a_eop, 0, e[:lg]), wo))
        m.d.sync += wo.eq(wo_next)
        m.d.comb += wr_slot_next.eq(Mux(a_go, ring(wr_slot, adv), wr_slot))
        m.d.sync += wr_slot.eq(wr_slot_next)
        with m.If(a_go):
            with m.If(a_eop):
                m.d.sync += hang.eq(0)
            with m.Else():
                m.d.sync += hang.eq(e[:lg] == 0)

        # Beats out: the oldest slot behind the writer, once it is not the held one.
        started = Signal()                # the next beat out is not the packet's first
        o_ok = ~self.o.valid | self.o.ready
        send = Signal()
        m.d.comb += send.eq(o_ok & (behind != 0) & ~(hang & (behind == 1)))
        with m.If(o_ok):
            m.d.sync += self.o.valid.eq(send)
        with m.Switch(rd_slot):
            for s in range(nslot):
                with m.Case(s):
                    with m.If(send):
                        m.d.sync += [
                            self.o.payload.data.eq(slots[s]),
                            self.o.payload.nbytes.eq(Mux(s_last[s], s_nb[s], db)),
                            self.o.payload.first.eq(~started),
                            self.o.payload.last.eq(s_last[s]),
                            self.o.payload.side.eq(s_side[s]),
                            self.o.payload.side.error_flag.eq(s_last[s] & s_err[s]),
                            started.eq(~s_last[s]),
                        ]
        with m.If(send):
            m.d.sync += rd_slot.eq(ring(rd_slot, 1))
        m.d.sync += behind.eq(behind + Mux(a_go, adv, 0) - send)
        m.d.comb += self.busy.eq(z_valid | a_valid | (behind != 0) | (wo != 0) | self.o.valid)
        return m
