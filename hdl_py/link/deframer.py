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

Two stages. A: each flit's header size and payload byte count (its plan) are worked out as it
comes in, and its payload bytes registered from lane 0 (a mux over the three header sizes and a
mask). B, the gearbox: a buffer of ``data_bytes + 20`` bytes, oldest byte in lane 0; a beat
leaves from lane 0 when more than ``data_bytes`` bytes are held (a fixed shift) or the packet's
last flit is in; a chunk goes in when at most ``data_bytes`` bytes stay after this cycle's
beat, at that fill level, which is even (every take but a packet's last is even, and the
buffer is empty after a packet): a mux over the ``data_bytes / 2 + 1`` even offsets. The next
packet's first chunk may go in as the previous packet's last beat leaves.
"""

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import data, stream, wiring
from amaranth.lib.wiring import In, Out

from hdl_py.lib.stream import PacketSignature, check_data_bytes
from hdl_py.proto.dll import DLLDB_MAX_FLITS, FLIT_BYTES, Lph, Plength
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
        nbuf = db + FLIT_BYTES
        flit = self.i.payload.data
        first = self.i.payload.first

        # -- stage A: the flit's plan (header, take, end) and its payload bytes from lane 0 --
        lph_now = lanes_to_header(flit, Lph)
        lph = Signal(Lph)                 # of the packet in progress
        blk = Signal(4)
        fl = Signal(5)
        # Counting uses this flit's LPH when it is a first flit.
        pl = Signal(Plength)
        m.d.comb += pl.eq(Mux(first, lph_now.plength.as_value(), lph.plength.as_value()))
        cur_blk = Mux(first, 0, blk)
        cur_fl = Mux(first, 0, fl)
        last_block = cur_blk == pl.blocks_m1
        blen_m1 = Mux(last_block, pl.last_flits_m1, DLLDB_MAX_FLITS - 1)
        sob = cur_fl == 0
        eob = cur_fl == blen_m1
        eop = last_block & eob
        hdr = Mux(sob, Mux(cur_blk == 0, 4, 2), 0)
        cap = FLIT_BYTES - hdr - Mux(eob, 4, 0)
        rule1 = pl.end <= 15
        penult = last_block & (cur_fl + 1 == blen_m1)
        take = Signal(range(FLIT_BYTES + 1))
        with m.If(eop):
            m.d.comb += take.eq(Mux(rule1, pl.end + 1, 0))
        with m.Elif(penult & ~rule1):
            m.d.comb += take.eq(Mux(pl.end <= 19, pl.end + 1, pl.end - 11))
        with m.Else():
            m.d.comb += take.eq(cap)
        window = Signal(FLIT_BITS)
        with m.Switch(hdr):
            for h in (0, 2, 4):
                with m.Case(h):
                    m.d.comb += window.eq(flit[8 * h:])
        chunk_now = Cat(*(Mux(b < take, window[8 * b:8 * b + 8], 0) for b in range(FLIT_BYTES)))

        a_valid = Signal()
        a_chunk = Signal(FLIT_BITS)
        a_take = Signal(range(FLIT_BYTES + 1))
        a_eop, a_first, a_err = Signal(), Signal(), Signal()
        a_side = Signal(deframed_side_layout())
        a_go = Signal()                   # stage B takes stage A's chunk this cycle
        m.d.comb += self.i.ready.eq(~a_valid | a_go)
        accept = self.i.valid & self.i.ready
        with m.If(accept):
            m.d.sync += [a_valid.eq(1), a_chunk.eq(chunk_now), a_take.eq(take), a_eop.eq(eop),
                         a_first.eq(first), a_err.eq(flit[16 * 8 + 6])]   # ERROR_FLAG
            with m.If(first):
                m.d.sync += [lph.eq(lph_now), a_side.vl.eq(lph_now.vl),
                             a_side.cfg.eq(lph_now.cfg), a_side.rt.eq(lph_now.rt)]
            with m.If(eob):
                m.d.sync += [fl.eq(0), blk.eq(cur_blk + 1)]
            with m.Else():
                m.d.sync += [fl.eq(cur_fl + 1), blk.eq(cur_blk)]
        with m.Elif(a_go):
            m.d.sync += a_valid.eq(0)

        # -- stage B: the beat being filled (buf, level bytes, oldest in lane 0) --
        buf = Signal(8 * nbuf)
        level = Signal(range(nbuf + 1))
        ending = Signal()                 # the packet's last chunk is in
        err = Signal()
        side = Signal(deframed_side_layout())
        started = Signal()                # the next beat out is not the packet's first

        o_ok = ~self.o.valid | self.o.ready
        # A full beat leaves only when more bytes are held, or once the packet's last chunk is
        # in: the last payload byte can come before the last flit (rules 2 and 3).
        send = Signal()
        m.d.comb += send.eq(o_ok & ((level > db) | (ending & (level != 0))))
        last_beat = ending & (level <= db)
        with m.If(o_ok):
            m.d.sync += self.o.valid.eq(send)
        with m.If(send):
            m.d.sync += [
                self.o.payload.data.eq(buf[:8 * db]),
                self.o.payload.nbytes.eq(Mux(last_beat, level, db)),
                self.o.payload.first.eq(~started),
                self.o.payload.last.eq(last_beat),
                self.o.payload.side.eq(side),
                self.o.payload.side.error_flag.eq(last_beat & err),
                started.eq(~last_beat),
            ]
        left = Signal(range(nbuf + 1))
        shifted = Signal(8 * nbuf)
        with m.If(send & last_beat):
            m.d.comb += [left.eq(0), shifted.eq(0)]
        with m.Elif(send):
            m.d.comb += [left.eq(level - db), shifted.eq(buf[8 * db:])]
        with m.Else():
            m.d.comb += [left.eq(level), shifted.eq(buf)]
        # A chunk goes in when the buffer keeps at most data_bytes after this cycle's beat
        # (an even offset 0..data_bytes while a packet runs: every take but its last is even),
        # and not while a packet's tail waits; the next packet's first chunk may go in as the
        # previous packet's last beat leaves.
        m.d.comb += a_go.eq(a_valid & ((~ending & (left <= db)) | (send & last_beat)))
        placed = Signal(8 * nbuf)
        with m.Switch(left):
            for pos in range(0, db + 1, 2):
                with m.Case(pos):
                    m.d.comb += placed.eq(Cat(Const(0, 8 * pos), a_chunk))
        with m.If(a_go):
            m.d.sync += [buf.eq(shifted | placed), level.eq(left + a_take)]
            with m.If(a_first):
                m.d.sync += side.eq(a_side)
            with m.If(a_eop):
                m.d.sync += [ending.eq(1), err.eq(a_err)]
            with m.Elif(send & last_beat):
                m.d.sync += ending.eq(0)
        with m.Else():
            m.d.sync += [buf.eq(shifted), level.eq(left)]
            with m.If(send & last_beat):
                m.d.sync += ending.eq(0)
        m.d.comb += self.busy.eq(a_valid | ending | (level != 0) | self.o.valid)
        return m
