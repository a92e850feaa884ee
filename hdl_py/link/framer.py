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
two ahead, and the per-cycle decision is a compare of registered counts. No
variable shifter of wide vectors is built (the simulation-cost rules of ``docs/architecture.md``),
and the accept decision does not wait on the output's ``ready``.

Pipeline: the flit is assembled into a register (stage 1); stage 2 runs the CRC30 register
over it (:func:`hdl_py.link.crc30.crc30_step`) and, on the last flit of a block, ORs the CRC30
(:func:`~hdl_py.link.crc30.crc30_seal`) into bytes 16..19 of the output register. Flits leave
one per cycle; a packet's first flit follows the previous packet's last after one idle cycle
(the descriptor is loaded as the last flit goes, its first beat comes the cycle after).

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

from .crc30 import CRC30_START, FLIT_BITS, crc30_seal, crc30_step

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
        m.d.comb += self.busy.eq(busy | drain)

        # -- the plan: what the next flit out is (p_*), registered one flit ahead, and the
        # position of the flit after it (q_*), registered two ahead, so that a take needs only
        # one compare of the remaining bytes when a flit goes --
        remaining = Signal(PAYLOAD_BITS)      # payload bytes from this flit on
        p_sob, p_eob, p_eop, p_first_block = Signal(), Signal(), Signal(), Signal()
        p_take = Signal(range(FLIT_BYTES + 1))
        p_finish = Signal()                   # this flit takes the rest of the payload
        q_blk, q_fl = Signal(4), Signal(5)   # q's own block and flit index
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

        # The flit after the current one takes min(q_cap, remaining - p_take):
        # remaining - p_take <= q_cap  <=>  remaining <= q_cap + p_take (a 5-bit add).
        n_rem = Signal(PAYLOAD_BITS)
        n_bound = Signal(range(2 * FLIT_BYTES + 1))
        m.d.comb += [n_rem.eq(remaining - p_take), n_bound.eq(q_cap + p_take)]
        n_finish = remaining <= n_bound
        n_take = Mux(n_finish, n_rem, q_cap)
        # q's successor: its indices, and its position (the new q when a flit goes).
        q_next = position(m, q_blk, q_fl, d.plength, "qn")
        q_after = position(m, q_next["next_blk"], q_next["next_fl"], d.plength, "qa")
        # A packet being loaded: its first flit and the one after.
        dp = self.desc.payload
        ld0 = position(m, Const(0, 4), Const(0, 5), dp.plength, "ld0")
        ld1 = position(m, ld0["next_blk"], ld0["next_fl"], dp.plength, "ld1")
        ld_finish = dp.nbytes <= ld0["cap"]

        # -- the beat window: nent beats, aligned, oldest first; rd_off bytes of ent[0] used --
        ents = [Signal(8 * db, name=f"ent{k}") for k in range(nent)]
        cnt = Signal(range(nent + 1))
        rd_off = Signal(range(db))
        avail = Signal(range(nent * db + 1))
        m.d.comb += avail.eq(cnt * db - rd_off)

        # Stage 1 register and the pipeline's flow.
        s1 = Signal(framed_flit_layout())
        s1_valid = Signal()
        adv2 = ~self.o.valid | self.o.ready
        adv1 = ~s1_valid | adv2
        emit = Signal()
        m.d.comb += emit.eq(busy & ((avail >= p_take) | in_done) & adv1)
        short = in_done & (avail < p_take)

        # Payload lanes: window bytes from rd_off (an even offset: all takes but a packet's
        # last are even), after the header, masked to the take.
        window = Cat(*ents[:nwin])
        fromoff = Signal(flit_bits)
        with m.Switch(rd_off):
            for off in range(0, db, 2):
                with m.Case(off):
                    m.d.comb += fromoff.eq(window[8 * off:8 * off + flit_bits])
        hdr_bytes = Mux(p_sob, Mux(p_first_block, 4, 2), 0)
        placed = Signal(flit_bits)
        with m.Switch(hdr_bytes):
            for h in (0, 2, 4):
                with m.Case(h):
                    m.d.comb += placed.eq(Cat(Const(0, 8 * h), fromoff[:flit_bits - 8 * h]))
        end_byte = Signal(range(FLIT_BYTES + 1))       # one past the flit's last payload byte
        m.d.comb += end_byte.eq(hdr_bytes + p_take)
        payload_lanes = Cat(*(Mux(((b >= hdr_bytes) if b < 4 else 1) & (end_byte > b),
                                  placed[8 * b:8 * b + 8], 0) for b in range(FLIT_BYTES)))
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
        # ERROR_FLAG: byte 16 bit 6 of the DLLDP's last flit (E4 Table 4-3).
        error_bit = Const(1 << (16 * 8 + 6), flit_bits)
        flit = Signal(flit_bits)
        m.d.comb += flit.eq(payload_lanes | header_lanes
                            | Mux(p_eop & d.error_flag, error_bit, 0))

        m.d.comb += [
            self.crd_used.eq(emit & p_sob & self.crd_pending),
            self.ack_used.eq(emit & p_sob & self.ack_pending),
        ]
        with m.If(adv1):
            m.d.sync += s1_valid.eq(emit)
        with m.If(emit):
            m.d.sync += [s1.data.eq(flit), s1.sob.eq(p_sob), s1.eob.eq(p_eob),
                         s1.eop.eq(p_eop)]

        # -- stage 2: CRC30 and the output register --
        crc = Signal(30, init=CRC30_START.value)
        seal = crc30_seal(crc, s1.data)
        bcrc_lanes = Cat(Const(0, 128), seal[24:30], Const(0, 2), seal[16:24], seal[8:16],
                         seal[0:8])
        with m.If(adv2):
            m.d.sync += self.o.valid.eq(s1_valid)
            with m.If(s1_valid):
                m.d.sync += [
                    self.o.payload.sob.eq(s1.sob), self.o.payload.eob.eq(s1.eob),
                    self.o.payload.eop.eq(s1.eop),
                    self.o.payload.data.eq(Mux(s1.eob, s1.data | bcrc_lanes, s1.data)),
                    crc.eq(Mux(s1.eob, CRC30_START, crc30_step(crc, s1.data))),
                ]

        # -- window bookkeeping: pops after a take, a beat into the first free entry --
        new_off = Signal(range(db + FLIT_BYTES + 1))
        m.d.comb += new_off.eq(rd_off + p_take)
        pops = Signal(range(nent + 1))
        with m.If(emit & p_finish):
            m.d.comb += pops.eq(cnt)                      # the packet's bytes are all used
        with m.Elif(emit):
            m.d.comb += pops.eq(new_off >> exact_log2(db))
        beat = self.i.payload
        beat_lanes = Cat(*(Mux(lane < beat.nbytes, beat.data[8 * lane:8 * lane + 8], 0)
                           for lane in range(db)))
        m.d.comb += self.i.ready.eq(drain | (busy & ~in_done & (cnt < nent)))
        accept = self.i.valid & self.i.ready
        put = accept & ~drain
        left = Signal(range(nent + 1))
        m.d.comb += left.eq(cnt - pops)
        max_pops = min(nent, -(-(db - 2 + FLIT_BYTES) // db))
        # The entries are cleared the cycle after a packet is loaded (``fresh``, a register,
        # so the load decision does not fan out to every entry bit): no flit goes in that
        # cycle (no bytes are held and the length is not done), and the first beat may go
        # into entry 0 at the same time.
        fresh = Signal()
        for k in range(nent):
            shifted = Signal(8 * db, name=f"ent{k}_shifted")
            with m.Switch(pops):
                for n in range(max_pops + 1):
                    with m.Case(n):
                        m.d.comb += shifted.eq(ents[k + n] if k + n < nent else 0)
                with m.Default():
                    m.d.comb += shifted.eq(0)
            m.d.sync += ents[k].eq(Mux(put & (left == k), beat_lanes,
                                       Mux(fresh, 0, shifted)))
        m.d.sync += cnt.eq(left + put)
        with m.If(emit):
            m.d.sync += rd_off.eq(Mux(p_finish, 0, new_off[:exact_log2(db)]))
        with m.If(put & beat.last):
            m.d.sync += in_done.eq(1)
        with m.If(accept & drain & beat.last):
            m.d.sync += drain.eq(0)

        # -- the plan and the packet --
        with m.If(emit):
            m.d.sync += [
                remaining.eq(n_rem),
                p_sob.eq(q_sob), p_eob.eq(q_eob), p_eop.eq(q_eop),
                p_first_block.eq(q_first_block), p_take.eq(n_take), p_finish.eq(n_finish),
                q_blk.eq(q_next["next_blk"]), q_fl.eq(q_next["next_fl"]),
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
        m.d.comb += [
            load.eq(self.desc.valid & (~busy & ~drain | emit & p_eop & in_done)),
            self.desc.ready.eq(load),
        ]
        with m.If(load):
            m.d.sync += [
                d.eq(self.desc.payload), busy.eq(1), in_done.eq(0),
                remaining.eq(dp.nbytes), cnt.eq(0), rd_off.eq(0),
                p_sob.eq(ld0["sob"]), p_eob.eq(ld0["eob"]), p_eop.eq(ld0["eop"]),
                p_first_block.eq(ld0["first_block"]),
                p_take.eq(Mux(ld_finish, dp.nbytes, ld0["cap"])), p_finish.eq(ld_finish),
                q_sob.eq(ld1["sob"]), q_eob.eq(ld1["eob"]), q_eop.eq(ld1["eop"]),
                q_first_block.eq(ld1["first_block"]), q_cap.eq(ld1["cap"]),
                q_blk.eq(ld0["next_blk"]), q_fl.eq(ld0["next_fl"]),
            ]
        m.d.sync += fresh.eq(load)
        m.d.comb += self.length_err.eq((emit & short & (p_take != 0))
                                       | (emit & p_eop & ~in_done))
        return m
