"""Data link layer transmitter: queues, VL arbitration, credits, framing + CRC, replay, control.

:class:`LinkTx` takes network-layer packets (the packet stream with the ``{vl, cfg}`` sideband)
and sends them as link packets of 20-byte flits to the PHY, following ``docs/link.md`` to the
byte (the golden model is ``sim/model/link_frame.py``). The parts, in data-flow order:

1. **Input check and per-VL queues.** A packet whose ``vl`` is not below ``num_vls`` is dropped
   whole at the input; a packet longer than ``mtu`` is cut at the beat that proves it too long,
   marked bad and later drained from its queue. Either pulses ``bad_input``. Good beats go to the
   queue of their VL (beats only); when the last beat is in, a small pipeline computes the
   packet's ``plen``, flit count ``F`` and cell count and pushes them into the VL's packet-info
   queue. A packet is therefore framed only when it is complete in its queue
   (store-and-forward: the link header carries ``plen``).
2. **VL arbitration** among VLs whose head packet is complete and fits the VL's credits
   (``ceil(F / cell_flits)`` cells): bad packets first (they only need draining), then the
   strict priority VLs (``vl_sp``, lowest index first), then deficit weighted round robin over
   the others (deficits in flits, quantum ``vl_weight``). The chosen packet then waits until it
   fits the replay buffer (``F`` flits and one of ``replay_packets`` slots): that buffer is
   shared by all VLs, so it does not take part in the choice (otherwise short packets would
   overtake, and could starve, a long one waiting for ACKs). The decision is registered one
   packet ahead, so back-to-back packets of two or more flits leave without a gap.
3. **Framer.** A gearbox turns ``data_bytes``-wide beats into 20-byte flits: the 4-byte
   :class:`~hdl_py.proto.LinkHeader`, the payload, zero padding and the
   :class:`~hdl_py.proto.LinkTrailer` (``seq``, then CRC-30/CDMA over bytes ``0 .. 20F-5``) at the
   end of the last flit. The CRC runs over the flits as they leave the gearbox
   (:class:`~hdl_py.lib.crc.StreamCRC`, 20 bytes per beat, the last flit fed as 16 bytes) and is
   ORed into the last flit as it leaves a one-flit delay stage towards the replay buffer.
4. **Replay buffer** (``replay_flits`` x 160 bits, :class:`amaranth.lib.memory.Memory`). The
   framer writes every flit of a data packet into it; the sender reads flits from it, following
   the writer one flit behind (cut-through). A small table keeps each outstanding packet's start
   and length by ``seq``. Peer ACKs free packets; a peer retry request rewinds the sender; so
   does ``ack_timeout`` (when set) if ACKs stop while packets are outstanding and nothing else
   is to be sent. With ``llr_en`` low a packet is freed as soon as its last flit is sent (no
   replay).
5. **Sender** (one flit per cycle into a four-flit output FIFO whose registers drive ``o``):
   data flits from the replay buffer, and credit/ack control blocks
   (:class:`~hdl_py.proto.CreditAckBlock`, 2 flits with ``ctl`` = 1, CRC over bytes 0..35)
   built on the fly.
6. **Data-link state machine** (``dl_state``): DISABLE -> PARA_INIT -> CRD_INIT -> NORMAL.

Control blocks (OpenUB's policy; ``docs/link.md`` leaves the schedule open)
------------------------------------------------------------------------------
Every block carries the current ``fb.ack_seq`` and ``fb.credit_cum`` (or, with ``sd`` = 1, the
``init_credits``), so any block also delivers any pending ACK/credit update. Blocks are sent:

* at once, at the next flit boundary (even inside a data packet), for a retry request of this
  endpoint's RX (``fb.retry_req``: ``retry_req`` = 1, ``retry_seq`` = ``fb.retry_seq``), and for
  the answer to a peer's retry request (``retry_ack`` = 1, ``retry_seq``); the sender then
  resumes from the requested packet (the packet in flight is abandoned at that flit boundary);
* in CRD_INIT: an ``sd`` block on entry and then every ``ctl_interval`` cycles, with
  ``init_done`` = ``fb.init_seen``; the first block after ``fb.init_seen`` rises goes out at
  once (not waiting for the interval);
* in NORMAL: after ``fb.update`` (or a repeated peer ``sd`` block, see below), between two data
  packets, at most one block per ``ctl_interval`` cycles. Nothing is sent while nothing
  changed (no keep-alive). Every field is cumulative, so the next block repairs a lost one;
  but when a lost block was the last change, no next block comes: a lost ACK is then
  covered by the peer's ``ack_timeout`` replay (whose duplicates make our RX ACK again), a
  lost credit return is not (the peer keeps fewer credits until our RX frees more cells on
  that VL; a periodic refresh would cover it).

In NORMAL blocks have ``sd`` = 0 and ``init_done`` = 1. The state machine enters NORMAL when the
peer's initial credits are loaded, ``fb.init_seen`` is high, one block with ``init_done`` = 1 has
been sent and the peer's ``init_done`` has been seen. If that block is lost, the peer stays in
CRD_INIT and keeps sending ``sd`` blocks; each one (``fb.peer_init`` in NORMAL) makes this TX
send a block with ``init_done`` = 1 (``sd`` = 0), so the receiver must treat ``init_done`` in
any block as the peer's ``init_done``.

Credits
-------
One :class:`~hdl_py.lib.credit.CreditCounter` per VL. ``fb.peer_init`` (an ``sd`` block, in
CRD_INIT only) loads the peer's initial credits and clears the last cumulative value;
``fb.peer_credit`` adds ``(cum - last) mod 64``. A return that would take the credits above the
peer's initial credits saturates there and pulses ``credit_overflow``. A data packet consumes
its cells when its framing starts.
"""

from amaranth.hdl import Cat, Const, Module, Mux, ResetInserter, Signal, Value, signed
from amaranth.lib import data, memory, wiring
from amaranth.lib.wiring import In, Out
from amaranth.utils import ceil_log2, exact_log2

from hdl_py.lib.crc import StreamCRC
from hdl_py.lib.credit import CreditCounter
from hdl_py.lib.fifo import StreamFIFO
from hdl_py.lib.skid import SkidBuffer
from hdl_py.lib.stream import PacketSignature, check_data_bytes, packet_layout
from hdl_py.proto import PLEN_MAX_BYTES, VL_COUNT, CreditAckBlock, LinkCfg, LinkHeader, LinkTrailer
from hdl_py.proto.lanes import header_to_lanes
from hdl_py.proto.link import (
    LCH_CONTROL_CREDIT,
    LCH_LENGTH_CREDIT_ACK,
    LCH_PATTERN,
    LCH_SUB_CONTROL_CREDIT_ACK,
    credit_fields,
)

from .common import (
    CELL_FLITS_ALLOWED,
    CREDIT_BITS,
    FLIT_BYTES,
    HEADER_BYTES,
    LINK_CRC,
    SEQ_BITS,
    DlState,
    FeedbackSignature,
    FlitSignature,
    flit_layout,
    link_side_layout,
    packet_cells,
    packet_flits,
)

__all__ = ["LinkTx", "PARA_INIT_CYCLES", "META_DEPTH", "OUT_DEPTH"]

#: Cycles spent in PARA_INIT (parameter settling) before CRD_INIT.
PARA_INIT_CYCLES = 8
#: Complete packets each VL queue can hold (depth of its packet-info FIFO).
META_DEPTH = 16
#: Depth of the output FIFO in front of ``o`` (four flits sustain one flit per cycle).
OUT_DEPTH = 4

_FLIT_BITS = 8 * FLIT_BYTES
_CRC_FIELD_BYTES = 4            # rsvd:2 + crc:30 at the end of a packet or control block
_TRAILER_AT = FLIT_BYTES - 6    # byte offset of the trailer inside the last flit
_MAX_CREDITS = (1 << CREDIT_BITS) - 1
# floor(n / 20) == (n * _DIV20_MUL) >> _DIV20_SHIFT for every n in 0 .. PLEN_MAX_BYTES (the
# tests check it): a constant multiply instead of a divider in the plen/flit-count pipeline.
_DIV20_MUL, _DIV20_SHIFT = 3277, 16


def _check_int(name, value, low, high=None):
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, not {value!r}")
    if value < low or (high is not None and value > high):
        span = f"{low}..{high}" if high is not None else f"at least {low}"
        raise ValueError(f"{name} must be {span}, not {value}")
    return value


def _check_pow2(name, value, low, high):
    _check_int(name, value, low, high)
    if value & (value - 1):
        raise ValueError(f"{name} must be a power of two, not {value}")
    return value


def _lowest(m, value, name):
    """One-hot of the lowest set bit of ``value`` (``x & -x``)."""
    lowest = Signal(len(value), name=name)
    m.d.comb += lowest.eq(value & (~value + 1)[:len(value)])
    return lowest


def _index(onehot, width):
    """Binary index of a one-hot value (flat ORs)."""
    return Cat(Cat(onehot[i] for i in range(len(onehot)) if (i >> bit) & 1).any()
               for bit in range(width))


def _select(m, sel, values, shape, name):
    """``values[sel]`` as a comb signal of ``shape`` (a Switch, so views keep their fields)."""
    result = Signal(shape, name=name)
    with m.Switch(sel):
        for index, value in enumerate(values):
            with m.Case(index):
                m.d.comb += result.eq(value)
    return result


class _Ingress(wiring.Component):
    """Input check, per-VL beat queues and packet-info queues (the first part of LinkTx).

    A packet whose ``vl`` is not below ``num_vls`` is dropped whole; a packet longer than
    ``mtu`` is queued only up to the beat that proves it too long and marked bad. Both pulse
    ``bad_input``. When a good packet's last beat is queued, a two-stage pipeline computes its
    ``plen``, flit count and cell count and pushes them into the VL's packet-info FIFO, so a
    packet-info entry at a FIFO head means the whole packet is queued.

    Members: ``i`` (the packet stream), ``b_valid`` (per VL: a beat at the queue head),
    ``b_sel``/``b_read``/``b_data`` (read one beat of the selected VL), ``h_valid``/``h_meta``/
    ``h_pop`` (per VL packet-info heads, one-hot pop), ``bad_input`` (pulse).
    """

    def __init__(self, *, num_vls, data_bytes, queue_beats, mtu, cell_flits, max_beats,
                 meta_layout):
        self._num_vls, self._data_bytes, self._queue_beats = num_vls, data_bytes, queue_beats
        self._mtu, self._cell_flits, self._max_beats = mtu, cell_flits, max_beats
        self._meta_layout = meta_layout
        n = num_vls
        super().__init__({
            "i": In(PacketSignature(data_bytes, link_side_layout())),
            "b_valid": Out(n),
            "b_sel": In(range(n)),
            "b_read": In(1),
            "b_data": Out(8 * data_bytes),
            "h_valid": Out(n),
            "h_meta": Out(data.ArrayLayout(meta_layout, n)),
            "h_pop": In(n),
            "bad_input": Out(1),
        })

    def elaborate(self, platform):
        m = Module()
        n, db, mtu = self._num_vls, self._data_bytes, self._mtu

        m.submodules.skid = skid = SkidBuffer(packet_layout(db, link_side_layout()))
        wiring.connect(m, wiring.flipped(self.i), skid.i)
        beat = skid.o.payload

        # Beats only: the packet boundaries and lengths travel in the packet-info FIFOs. (Not
        # PacketFIFO: its cut-through release of packets longer than the FIFO would defeat the
        # store-and-forward that plen needs; here a packet never exceeds its queue.)
        bfifos = [StreamFIFO(shape=8 * db, depth=self._queue_beats) for _ in range(n)]
        mfifos = [StreamFIFO(shape=self._meta_layout, depth=META_DEPTH) for _ in range(n)]
        for v in range(n):
            m.submodules[f"beats{v}"] = bfifos[v]
            m.submodules[f"meta{v}"] = mfifos[v]
            m.d.comb += [
                self.b_valid[v].eq(bfifos[v].o.valid),
                bfifos[v].o.ready.eq(self.b_read & (self.b_sel == v)),
                self.h_valid[v].eq(mfifos[v].o.valid),
                self.h_meta[v].eq(mfifos[v].o.payload),
                mfifos[v].o.ready.eq(self.h_pop[v]),
            ]
        with m.Switch(self.b_sel):
            for v in range(n):
                with m.Case(v):
                    m.d.comb += self.b_data.eq(bfifos[v].o.payload)

        in_pkt = Signal()       # inside a packet (the next beat is not a first beat)
        in_drop = Signal()      # the rest of this packet is dropped
        in_vl = Signal(4)
        in_cfg = Signal(4)
        in_bytes = Signal(range(mtu + db + 1))
        in_beats = Signal(range(self._max_beats + 1))

        first = ~in_pkt
        vl_in = Signal(4)
        cfg_in = Signal(4)
        drop = Signal()
        total = Signal(range(mtu + 2 * db + 1))
        over = Signal()
        ends = Signal()
        m.d.comb += [
            vl_in.eq(Mux(first, beat.side.vl, in_vl)),
            cfg_in.eq(Mux(first, beat.side.cfg, in_cfg)),
            drop.eq(Mux(first, beat.side.vl >= n, in_drop)),
            total.eq(Mux(first, 0, in_bytes) + beat.nbytes),
            # Too long: past the MTU, or at the MTU with more beats to come. The queue gets the
            # packet only up to this beat, so a bad packet never takes more than ceil(mtu/db).
            over.eq((total > mtu) | ((total >= mtu) & ~beat.last)),
            ends.eq(beat.last | over),
        ]

        m1_valid = Signal()
        m2_valid = Signal()
        inflight = m1_valid + m2_valid
        b_rdy = Cat(bfifos[v].i.ready & (vl_in == v) for v in range(n)).any()
        m_rdy = Cat((mfifos[v].level + inflight < META_DEPTH) & (vl_in == v)
                    for v in range(n)).any()
        take = Signal()
        m.d.comb += [
            skid.o.ready.eq(drop | (b_rdy & (~ends | m_rdy))),
            take.eq(skid.o.valid & skid.o.ready),
        ]
        for v in range(n):
            m.d.comb += [
                bfifos[v].i.valid.eq(take & ~drop & (vl_in == v)),
                bfifos[v].i.payload.eq(beat.data),
            ]

        m1_vl = Signal(4)
        m1_len = Signal(range(mtu + 2 * db + 1))
        m1_beats = Signal(range(self._max_beats + 1))
        m1_lastb = Signal(range(db + 1))
        m1_cfg = Signal(4)
        m1_bad = Signal()
        m.d.sync += [m1_valid.eq(0), self.bad_input.eq(0)]
        with m.If(take):
            m.d.sync += [
                in_pkt.eq(~beat.last),
                in_drop.eq(drop | over),
                in_vl.eq(vl_in),
                in_cfg.eq(cfg_in),
                in_bytes.eq(total),
                in_beats.eq(Mux(first, 0, in_beats) + 1),
                m1_valid.eq(~drop & ends),
                m1_vl.eq(vl_in),
                m1_len.eq(total),
                m1_beats.eq(Mux(first, 0, in_beats) + 1),
                m1_lastb.eq(beat.nbytes),
                m1_cfg.eq(cfg_in),
                m1_bad.eq(over),
                self.bad_input.eq((first & (beat.side.vl >= n)) | (~drop & over)),
            ]

        # Packet-info pipeline: plen = 4 + payload; F = ceil((plen + 6) / 20).
        m2_vl = Signal(4)
        m2_plen_bytes = Signal(range(mtu + 2 * db + HEADER_BYTES + 1))
        m2_q20 = Signal(range(PLEN_MAX_BYTES // FLIT_BYTES + 2 * db + 1))
        m2_beats = Signal.like(m1_beats)
        m2_lastb = Signal.like(m1_lastb)
        m2_cfg = Signal(4)
        m2_bad = Signal()
        plen_bytes = m1_len + HEADER_BYTES
        m.d.sync += [
            m2_valid.eq(m1_valid),
            m2_vl.eq(m1_vl),
            m2_plen_bytes.eq(plen_bytes),
            m2_q20.eq((plen_bytes * _DIV20_MUL) >> _DIV20_SHIFT),
            m2_beats.eq(m1_beats),
            m2_lastb.eq(m1_lastb),
            m2_cfg.eq(m1_cfg),
            m2_bad.eq(m1_bad),
        ]
        meta_in = Signal(self._meta_layout)
        tail_bytes = Signal(5)
        flits_in = Signal(range(PLEN_MAX_BYTES // FLIT_BYTES + 2 * db + 3))
        m.d.comb += [
            tail_bytes.eq(m2_plen_bytes - m2_q20 * FLIT_BYTES),
            # 4 + payload = 20 q + t; the 6 trailer bytes fit behind t when t <= 14.
            flits_in.eq(m2_q20 + Mux(tail_bytes <= _TRAILER_AT, 1, 2)),
            meta_in.nbeats.eq(m2_beats),
            meta_in.lastb.eq(m2_lastb),
            meta_in.flits.eq(flits_in),
            meta_in.cells.eq((flits_in + self._cell_flits - 1) >> exact_log2(self._cell_flits)),
            meta_in.plen.eq(Cat(tail_bytes, m2_q20[:5], m2_q20[5:9])),
            meta_in.cfg.eq(m2_cfg),
            meta_in.bad.eq(m2_bad),
        ]
        for v in range(n):
            m.d.comb += [
                mfifos[v].i.valid.eq(m2_valid & (m2_vl == v)),
                mfifos[v].i.payload.eq(meta_in),
            ]
        return m


class _Packer(wiring.Component):
    """Datapath of the framer: beats and header into a byte buffer, flits out, trailer, CRC.

    The buffer holds ``20 + data_bytes`` bytes; bytes at and above the fill level are always
    zero, which gives the zero padding for free. A beat (``load``) is ORed in at byte
    ``offset``, the header (``start``) at byte 0; ``emit`` takes the low 20 bytes as a flit and
    shifts the rest down. On the last flit (``last``) the trailer's ``seq`` is ORed in at bytes
    14-15 and the CRC (CRC-30/CDMA over the flits, the last one taken as 16 bytes) at bytes
    16-19 one cycle later, as the flit leaves the delay stage on ``w_valid``/``w_data``.
    ``clear`` empties the buffer (the link went down inside a packet).
    """

    def __init__(self, *, data_bytes):
        self._data_bytes = data_bytes
        super().__init__({
            "emit": In(1), "load": In(1), "start": In(1), "clear": In(1),
            "bdata": In(8 * data_bytes), "nb": In(range(data_bytes + 1)),
            "offset": In(range(FLIT_BYTES + 1)),
            "hdr_vl": In(4), "hdr_cfg": In(4), "hdr_plen": In(14),
            "seq": In(SEQ_BITS), "first": In(1), "last": In(1),
            "w_valid": Out(1), "w_data": Out(_FLIT_BITS),
        })

    def elaborate(self, platform):
        m = Module()
        db = self._data_bytes
        buf = Signal(8 * (FLIT_BYTES + db))

        byte_mask = Signal(db)
        masked = Signal(8 * db)
        placed = Signal.like(buf)
        m.d.comb += [
            byte_mask.eq((Const(1, db + 1) << self.nb) - 1),
            masked.eq(self.bdata & Cat(byte_mask[k].replicate(8) for k in range(db))),
            placed.eq(Mux(self.load, masked << Cat(Const(0, 3), self.offset), 0)),
        ]
        header = Signal(LinkHeader)
        m.d.comb += [
            header.vl.eq(self.hdr_vl),
            header.cfg.as_value().eq(self.hdr_cfg),
            header.plen.as_value().eq(self.hdr_plen),
        ]
        header_bits = Mux(self.start, header_to_lanes(header), 0)

        seq_trailer = Signal(LinkTrailer)
        m.d.comb += seq_trailer.seq.eq(self.seq)
        flit = Signal(_FLIT_BITS)
        m.d.comb += flit.eq(buf[:_FLIT_BITS] | Mux(
            self.last, Cat(Const(0, 8 * _TRAILER_AT), header_to_lanes(seq_trailer)), 0))
        with m.If(self.clear):
            m.d.sync += buf.eq(0)
        with m.Elif(self.emit):
            m.d.sync += buf.eq(buf[_FLIT_BITS:] | placed | header_bits)
        with m.Else():
            m.d.sync += buf.eq(buf | placed | header_bits)

        m.submodules.crc = crc = StreamCRC(algorithm=LINK_CRC, data_bytes=FLIT_BYTES)
        m.d.comb += [
            crc.start.eq(self.emit & self.first),
            crc.valid.eq(self.emit),
            crc.data.eq(flit),
            crc.nbytes.eq(Mux(self.last, FLIT_BYTES - _CRC_FIELD_BYTES, FLIT_BYTES)),
        ]
        d_last = Signal()
        d_flit = Signal(_FLIT_BITS)
        m.d.sync += [
            self.w_valid.eq(self.emit & ~self.clear),
            d_last.eq(self.emit & self.last),
            d_flit.eq(flit),
        ]
        crc_trailer = Signal(LinkTrailer)
        m.d.comb += [
            crc_trailer.crc.eq(crc.crc),
            self.w_data.eq(d_flit | Mux(
                d_last, Cat(Const(0, 8 * _TRAILER_AT), header_to_lanes(crc_trailer)), 0)),
        ]
        return m


class _CtlBlock(wiring.Component):
    """Credit/ack control block builder and the sender's output multiplexer.

    ``load`` registers the block's fields; the next cycle flit 0 can go out (``kind`` 1) while
    the CRC over bytes 0..35 is computed (``crc_go``), and from the cycle after, flit 1 (``kind``
    2) with the CRC in its last 4 bytes. ``kind`` 0 passes ``rdata`` (a replay buffer flit).
    """

    def __init__(self, *, num_vls):
        self._num_vls = num_vls
        super().__init__({
            "load": In(1),
            "sd": In(1), "init_done": In(1), "ack": In(SEQ_BITS),
            "credits": In(data.ArrayLayout(CREDIT_BITS, num_vls)),
            "retry_req": In(1), "retry_ack": In(1), "retry_seq": In(SEQ_BITS),
            "crc_go": In(1),
            "kind": In(2), "rdata": In(_FLIT_BITS),
            "flit": Out(_FLIT_BITS),
        })

    def elaborate(self, platform):
        m = Module()
        block = Signal(CreditAckBlock)
        lch = block.lch
        m.d.comb += [
            lch.length.eq(LCH_LENGTH_CREDIT_ACK),
            lch.pattern.eq(LCH_PATTERN),
            lch.cfg.eq(LinkCfg.CREDIT_CONTROL),
            lch.control.eq(LCH_CONTROL_CREDIT),
            lch.sub_control.eq(LCH_SUB_CONTROL_CREDIT_ACK),
        ]
        # Registers for the variable fields (the block's constant fields stay comb).
        fields = [
            (lch.sd, self.sd), (lch.init_done, self.init_done), (block.ack_number, self.ack),
            (block.retry_req, self.retry_req), (block.retry_ack, self.retry_ack),
            (block.retry_seq, self.retry_seq),
        ] + [(field, self.credits[v])
             for v, field in enumerate(credit_fields(block)[:self._num_vls])]
        for index, (field, value) in enumerate(fields):
            reg = Signal(len(Value.cast(value)), name=f"field{index}")
            with m.If(self.load):
                m.d.sync += reg.eq(value)
            m.d.comb += field.eq(reg)
        lanes = header_to_lanes(block)
        body = CreditAckBlock.BYTES - _CRC_FIELD_BYTES
        m.submodules.crc = crc = StreamCRC(algorithm=LINK_CRC, data_bytes=body)
        m.d.comb += [
            # start only with the beat: StreamCRC restarts on a lone start, and the CRC must
            # stay valid until flit 1 is issued, however late (PHY back-pressure).
            crc.start.eq(self.crc_go),
            crc.valid.eq(self.crc_go),
            crc.data.eq(lanes[:8 * body]),
            crc.nbytes.eq(body),
        ]
        trailer = Signal(LinkTrailer)
        m.d.comb += trailer.crc.eq(crc.crc)
        with m.Switch(self.kind):
            with m.Case(0):
                m.d.comb += self.flit.eq(self.rdata)
            with m.Case(1):
                m.d.comb += self.flit.eq(lanes[:_FLIT_BITS])
            with m.Default():
                m.d.comb += self.flit.eq(
                    lanes[_FLIT_BITS:] | Cat(Const(0, 8 * _TRAILER_AT), header_to_lanes(trailer)))
        return m


class LinkTx(wiring.Component):
    """Data link layer transmitter (``docs/link.md``; module documentation for the structure).

    Parameters
    ----------
    num_vls : int
        Virtual lanes in use, 1..16. Packets for ``vl >= num_vls`` are dropped (``bad_input``).
    data_bytes : int
        Byte lanes of the input packet stream (power of two). With fewer than 20 bytes per
        beat the framer cannot reach one flit per cycle (it gets ``data_bytes`` per cycle).
    cell_flits : int
        Flits per credit cell, one of ``CELL_FLITS_ALLOWED``. An MTU packet must need at most
        63 cells (the credit fields are 6 bits).
    queue_beats : int
        Beats of each VL's input queue; at least ``ceil(mtu / data_bytes)`` (one MTU packet).
    replay_flits : int
        Flits of the replay buffer (power of two, at least the flits of one MTU packet).
    replay_packets : int
        Packets the replay buffer can hold (power of two, 2..32768).
    mtu : int
        Largest payload in bytes (the network-layer packet without the link header).

    Members
    -------
    i : ``In(PacketSignature(data_bytes, link_side_layout()))``
        Packets from the network layer; ``side.vl``/``side.cfg`` are taken from the first beat.
    o : ``Out(FlitSignature())``
        Flits to the PHY; ``payload``/``valid`` are registered; the PHY back-pressures.
    fb : ``In(FeedbackSignature(num_vls))``
        From this endpoint's :class:`LinkRx` (see :func:`~hdl_py.link.common.FeedbackSignature`).
    enable, llr_en, phy_up : ``In(1)``
        Link enable (``CTRL.enable``), link-level retry enable (change only while the link is
        down), PHY ready.
    ctl_interval : ``In(16)``
        Minimum cycles between two non-urgent control blocks, and the ``sd`` block period.
    ack_timeout : ``In(16)``
        Replay timeout in cycles, 0 = off. When packets sent are still unacknowledged, there is
        nothing new to send and neither an ACK nor a data flit has moved for this many cycles,
        the TX replays from the oldest unacknowledged packet (announced by a ``retry_ack``
        block, as any replay): this recovers a packet lost whole when it was the last one sent
        (the receiver sees no sequence gap). Set it above the peer's ACK delay (its
        ``ctl_interval`` plus one MTU packet plus the round trip).
    vl_weight : ``In(ArrayLayout(16, num_vls))``
        DWRR quantum per VL in flits (0 counts as 1). Weights of at least one MTU packet's
        flits keep the arbiter's replenish steps rare.
    vl_sp : ``In(num_vls)``
        Strict-priority VLs: they beat the DWRR VLs; among them the lower index wins.
    init_credits : ``In(ArrayLayout(6, num_vls))``
        Our receive buffer per VL in cells, sent in ``sd`` blocks.
    reset_link : ``In(1)``
        Pulse (or level): back to DISABLE, dropping the link state.
    dl_state : ``Out(DlState)``
        Data-link state.
    credits : ``Out(ArrayLayout(16, num_vls))``
        Credits (cells) held per VL.
    peer_init_credits : ``Out(ArrayLayout(6, num_vls))``
        The peer's initial credits per VL (0 until its ``sd`` block arrives).
    tx_flit, tx_packet, ctl_block, replayed_flit : ``Out(1)``
        Counter pulses (registered): a flit left on ``o``; the last flit of a data packet was
        sent (replays included); a control block was sent; a data flit was sent again.
    credit_stall : ``Out(num_vls)``
        Per VL: its head packet was complete but the VL lacked credits in that cycle.
    credit_overflow, bad_input, bad_retry : ``Out(1)``
        Pulses: a credit return went above the peer's initial credits (saturated); an input
        packet was dropped (bad ``vl`` or longer than ``mtu``); a peer retry request named a
        packet not in the replay buffer (ignored).

    Notes
    -----
    Timing: a packet leaves 13 cycles after its last input beat (store-and-forward; for a
    one-beat packet that is also its first beat). With ``data_bytes`` >= 20, packets of two or
    more flits leave back to back at one flit per cycle (a queue of at least
    ``ceil(mtu / data_bytes)`` + a few beats lets the next MTU packet complete while the
    current one is framed); one-flit packets leave at most every other cycle.

    The input ``i`` is one stream for all VLs: when the queue of the head packet's VL is full
    (no credits, say), ``i.ready`` stays low and the other VLs wait too. Each VL queue holds at
    most :data:`META_DEPTH` complete packets.

    Packets being framed or kept in the replay buffer when the link goes down are dropped;
    packets still in the queues stay and are sent once the link is back in NORMAL.
    """

    def __init__(self, *, num_vls=4, data_bytes=32, cell_flits=8, queue_beats=160,
                 replay_flits=1024, replay_packets=32, mtu=4096):
        self._num_vls = _check_int("num_vls", num_vls, 1, VL_COUNT)
        self._data_bytes = check_data_bytes(data_bytes)
        _check_int("cell_flits", cell_flits, 1)
        if cell_flits not in CELL_FLITS_ALLOWED:
            raise ValueError(f"cell_flits must be one of {CELL_FLITS_ALLOWED}, not {cell_flits}")
        self._cell_flits = cell_flits
        self._mtu = _check_int("mtu", mtu, 1, PLEN_MAX_BYTES - HEADER_BYTES)
        self._max_flits = packet_flits(mtu)
        self._max_cells = packet_cells(self._max_flits, cell_flits)
        if self._max_cells > _MAX_CREDITS:
            raise ValueError(f"an MTU packet ({self._max_flits} flits) needs {self._max_cells} "
                             f"cells of {cell_flits} flits, more than {_MAX_CREDITS}: use larger "
                             f"cells or a smaller mtu")
        self._max_beats = -(-mtu // data_bytes)
        self._queue_beats = _check_int("queue_beats", queue_beats, max(2, self._max_beats))
        self._replay_flits = _check_pow2("replay_flits", replay_flits, 2, 1 << 20)
        if replay_flits < self._max_flits:
            raise ValueError(f"replay_flits {replay_flits} cannot hold one MTU packet "
                             f"({self._max_flits} flits)")
        self._replay_packets = _check_pow2("replay_packets", replay_packets, 2, 1 << 15)
        n = num_vls
        super().__init__({
            "i": In(PacketSignature(data_bytes, link_side_layout())),
            "o": Out(FlitSignature()),
            "fb": In(FeedbackSignature(n)),
            "enable": In(1),
            "llr_en": In(1),
            "phy_up": In(1),
            "ctl_interval": In(16),
            "ack_timeout": In(16),
            "vl_weight": In(data.ArrayLayout(16, n)),
            "vl_sp": In(n),
            "init_credits": In(data.ArrayLayout(CREDIT_BITS, n)),
            "reset_link": In(1),
            "dl_state": Out(DlState),
            "credits": Out(data.ArrayLayout(16, n)),
            "peer_init_credits": Out(data.ArrayLayout(CREDIT_BITS, n)),
            "tx_flit": Out(1),
            "tx_packet": Out(1),
            "ctl_block": Out(1),
            "replayed_flit": Out(1),
            "credit_stall": Out(n),
            "credit_overflow": Out(1),
            "bad_input": Out(1),
            "bad_retry": Out(1),
        })

    @property
    def num_vls(self):
        """Virtual lanes (read-only)."""
        return self._num_vls

    @property
    def data_bytes(self):
        """Byte lanes of the input stream (read-only)."""
        return self._data_bytes

    @property
    def cell_flits(self):
        """Flits per credit cell (read-only)."""
        return self._cell_flits

    @property
    def queue_beats(self):
        """Beats of each VL queue (read-only)."""
        return self._queue_beats

    @property
    def replay_flits(self):
        """Flits of the replay buffer (read-only)."""
        return self._replay_flits

    @property
    def replay_packets(self):
        """Packet slots of the replay buffer (read-only)."""
        return self._replay_packets

    @property
    def mtu(self):
        """Largest payload in bytes (read-only)."""
        return self._mtu

    def _meta_layout(self):
        """What the framer needs to know about a queued packet before its first beat."""
        return data.StructLayout({
            "nbeats": range(self._max_beats + 1),   # beats in the queue (cut short if bad)
            "lastb": range(self._data_bytes + 1),   # valid bytes of the last beat
            "flits": range(self._max_flits + 1),    # F
            "cells": range(self._max_cells + 1),
            "plen": 14,                             # link header plen (raw PacketLength)
            "cfg": 4,
            "bad": 1,                               # drain it, do not send it
        })

    def elaborate(self, platform):
        m = Module()
        n, db = self._num_vls, self._data_bytes
        fmax = self._max_flits
        depth, pkts = self._replay_flits, self._replay_packets
        ab, pb = exact_log2(depth), exact_log2(pkts)
        pw = ab + 1                     # replay pointers carry one wrap bit
        vw = max(1, ceil_log2(n))
        meta_layout = self._meta_layout()
        all_vls = (1 << n) - 1

        # -- data-link state machine (docs/link.md "Data-link states") ----------------------
        state = Signal(DlState)
        down = ~self.enable | ~self.phy_up | self.reset_link
        link_rst = Signal()     # DISABLE: every piece of link state is held cleared
        normal = Signal()       # data may move this cycle
        crd_init = Signal()
        m.d.comb += [
            link_rst.eq(state == DlState.DISABLE),
            normal.eq((state == DlState.NORMAL) & ~down),
            crd_init.eq((state == DlState.CRD_INIT) & ~down),
            self.dl_state.eq(state),
        ]
        para_count = Signal(range(PARA_INIT_CYCLES))
        peer_loaded = Signal()      # the peer's sd block arrived: credits loaded
        peer_done = Signal()        # the peer's init_done seen
        init_done_sent = Signal()   # a block with init_done = 1 was started

        with m.If(down):
            m.d.sync += state.eq(DlState.DISABLE)
        with m.Else():
            with m.Switch(state):
                with m.Case(DlState.DISABLE):
                    m.d.sync += [state.eq(DlState.PARA_INIT), para_count.eq(0)]
                with m.Case(DlState.PARA_INIT):
                    m.d.sync += para_count.eq(para_count + 1)
                    with m.If(para_count == PARA_INIT_CYCLES - 1):
                        m.d.sync += state.eq(DlState.CRD_INIT)
                with m.Case(DlState.CRD_INIT):
                    with m.If(peer_loaded & peer_done & init_done_sent & self.fb.init_seen):
                        m.d.sync += state.eq(DlState.NORMAL)

        # -- input check and per-VL queues ------------------------------------------------
        m.submodules.ingress = ingress = _Ingress(
            num_vls=n, data_bytes=db, queue_beats=self._queue_beats, mtu=self._mtu,
            cell_flits=self._cell_flits, max_beats=self._max_beats, meta_layout=meta_layout)
        wiring.connect(m, wiring.flipped(self.i), ingress.i)
        m.d.comb += self.bad_input.eq(ingress.bad_input)

        # -- replay buffer pointers and packet table --------------------------------------
        alloc = Signal(pw)      # end of the flits reserved by started packets
        wp = Signal(pw)         # end of the flits written
        tail = Signal(pw)       # start of the oldest packet not yet freed
        rp = Signal(pw)         # next flit the sender reads
        hw = Signal(pw)         # one past the furthest flit ever sent (for replayed_flit)
        snd_mark = Signal(pw)   # start of the packet the sender is in (its flits are kept)
        next_seq = Signal(SEQ_BITS)   # seq of the next packet to frame
        una = Signal(SEQ_BITS)        # oldest packet not yet freed
        send_seq = Signal(SEQ_BITS)   # packet the sender is in, or sends next
        seq_hw = Signal(SEQ_BITS)     # one past the furthest packet whose sending began

        used_acked = Signal(pw)
        used_sender = Signal(pw)
        free = Signal(range(depth + 1))
        slot_ok = Signal()
        m.d.comb += [
            used_acked.eq(alloc - tail),
            used_sender.eq(alloc - snd_mark),
            free.eq(depth - Mux(used_acked > used_sender, used_acked, used_sender)),
            slot_ok.eq((next_seq - una)[:SEQ_BITS] < pkts),
        ]

        entry_layout = data.StructLayout({"start": pw, "flits": range(fmax + 1)})
        m.submodules.table = table = memory.Memory(shape=entry_layout, depth=pkts, init=[])
        tbl_w = table.write_port()
        tbl_snd = table.read_port(domain="comb")
        tbl_ack = table.read_port(domain="comb")
        m.submodules.replay = replay = memory.Memory(shape=_FLIT_BITS, depth=depth, init=[])
        rep_w = replay.write_port()
        rep_r = replay.read_port()

        # -- credits ----------------------------------------------------------------------
        counters = []
        overflow = Signal(n)
        take_credit = Signal()
        m.d.comb += take_credit.eq(~self.fb.peer_init & self.fb.peer_credit & peer_loaded
                                   & (crd_init | normal))
        for v in range(n):
            m.submodules[f"credit{v}"] = cc = CreditCounter(max_credits=_MAX_CREDITS,
                                                           width=CREDIT_BITS)
            counters.append(cc)
            last_cum = Signal(CREDIT_BITS, name=f"last_cum{v}")
            peer_init = Signal(CREDIT_BITS, name=f"peer_init{v}")
            cum = self.fb.peer_credit_cum[v]
            diff = Signal(CREDIT_BITS, name=f"credit_diff{v}")
            room = Signal(CREDIT_BITS, name=f"credit_room{v}")
            m.d.comb += [
                diff.eq(cum - last_cum),
                room.eq(peer_init - cc.available),
                cc.give.eq(take_credit),
                cc.give_amount.eq(Mux(diff > room, room, diff)),
                overflow[v].eq(take_credit & (diff > room)),
                self.credits[v].eq(cc.available),
                self.peer_init_credits[v].eq(peer_init),
            ]
            with m.If(take_credit):
                m.d.sync += last_cum.eq(cum)
            with m.If(link_rst):
                m.d.comb += [cc.init.eq(1), cc.init_value.eq(0)]
                m.d.sync += [last_cum.eq(0), peer_init.eq(0)]
            with m.Elif(crd_init & self.fb.peer_init):
                m.d.comb += [cc.init.eq(1), cc.init_value.eq(cum)]
                m.d.sync += [last_cum.eq(0), peer_init.eq(cum)]
        m.d.sync += self.credit_overflow.eq(overflow.any())
        with m.If(crd_init & self.fb.peer_init):
            m.d.sync += peer_loaded.eq(1)
        with m.If((crd_init | normal) & self.fb.peer_init_done):
            m.d.sync += peer_done.eq(1)

        # -- VL arbitration (registered one packet ahead) ---------------------------------
        heads = [ingress.h_meta[v] for v in range(n)]
        hv = ingress.h_valid
        cred_ok = Signal(n)
        waiting = Signal(n)     # a complete good packet at the head
        bad_req = Signal(n)
        good_req = Signal(n)
        m.d.comb += [
            cred_ok.eq(Cat(counters[v].available >= heads[v].cells for v in range(n))),
            waiting.eq(hv & ~Cat(heads[v].bad for v in range(n))),
            bad_req.eq(hv & Cat(heads[v].bad for v in range(n))),
            # The replay buffer is shared, not per VL: it is not an arbitration criterion
            # (a small packet that fits would overtake a long one that waits for ACKs, and
            # could keep it waiting for ever); the chosen packet waits for room instead.
            good_req.eq(waiting & cred_ok & Mux(normal, all_vls, 0)),
        ]
        m.d.sync += self.credit_stall.eq(waiting & ~cred_ok & Mux(normal, all_vls, 0))

        sp_req = good_req & self.vl_sp
        dw_req = good_req & ~self.vl_sp
        deficit = [Signal(signed(18), name=f"deficit{v}") for v in range(n)]
        funded = Signal(n)
        m.d.comb += funded.eq(dw_req & Cat(deficit[v] > 0 for v in range(n)))
        rr_ptr = Signal(range(n))
        # Round robin from rr_ptr (inclusive): the VL holding the turn keeps it while funded.
        at_or_above = Signal(n)
        m.d.comb += at_or_above.eq(funded & (Const(all_vls, n) << rr_ptr)[:n])
        pick_bad = _lowest(m, bad_req, "pick_bad")
        pick_sp = _lowest(m, sp_req, "pick_sp")
        pick_dw = _lowest(m, Mux(at_or_above.any(), at_or_above, funded), "pick_dw")

        nxt_valid = Signal()
        nxt_vl = Signal(range(n))
        nxt_bad = Signal()
        nxt_dwrr = Signal()
        start = Signal()
        with m.If(~start):
            m.d.sync += [nxt_bad.eq(0), nxt_dwrr.eq(0)]
            with m.If(bad_req.any()):
                m.d.sync += [nxt_valid.eq(1), nxt_vl.eq(_index(pick_bad, vw)), nxt_bad.eq(1)]
            with m.Elif(sp_req.any()):
                m.d.sync += [nxt_valid.eq(1), nxt_vl.eq(_index(pick_sp, vw))]
            with m.Elif(funded.any()):
                m.d.sync += [nxt_valid.eq(1), nxt_vl.eq(_index(pick_dw, vw)), nxt_dwrr.eq(1)]
            with m.Else():
                m.d.sync += nxt_valid.eq(0)
                # Every waiting DWRR VL has spent its deficit: a new round.
                for v in range(n):
                    weight = self.vl_weight[v]
                    with m.If(dw_req[v]):
                        m.d.sync += deficit[v].eq(deficit[v] + Mux(weight == 0, 1, weight))
        with m.Else():
            # The state the decision was made from changes now: decide again next cycle.
            m.d.sync += nxt_valid.eq(0)

        head = _select(m, nxt_vl, heads, meta_layout, "head")
        # Per VL, the head packet fits the replay buffer; registered (off the start path).
        # One cycle old is safe: space only shrinks by a start (after which nxt_valid is low
        # for a cycle) or by a retry rewind (which clears these flags for a cycle).
        room = Signal(n)
        room_ok = Signal()
        rewind = Signal()
        m.d.sync += room.eq(Mux(rewind | ~slot_ok, 0,
                                Cat(heads[v].flits <= free for v in range(n))))
        m.d.comb += room_ok.eq((room >> nxt_vl)[0])

        # -- framer control (datapath in _Packer) -------------------------------------------
        fr_active = Signal()    # a good packet has flits left to emit
        fr_drain = Signal()     # beats of a bad (or abandoned) packet are being thrown away
        fr_vl = Signal(range(n))
        fr_beats = Signal(range(self._max_beats + 1))   # beats not yet read
        fr_left = Signal(range(fmax + 1))               # flits not yet emitted
        fr_lastb = Signal(range(db + 1))
        fr_seq = Signal(SEQ_BITS)
        fr_first = Signal()
        fill = Signal(range(FLIT_BYTES + db + 1))       # bytes in the packer's buffer

        emit = Signal()
        emit_last = Signal()
        fill_after = Signal.like(fill)
        accept = Signal()
        start_good = Signal()
        start_bad = Signal()
        drain_rd = Signal()
        kill = Signal()
        m.d.comb += [
            emit.eq(fr_active & normal & (fr_left != 0)
                    & ((fill >= FLIT_BYTES) | (fr_beats == 0))),
            emit_last.eq(emit & (fr_left == 1)),
            fill_after.eq(Mux(emit, Mux(fill >= FLIT_BYTES, fill - FLIT_BYTES, 0), fill)),
            accept.eq(fr_active & normal & (fr_beats != 0) & (fill_after < FLIT_BYTES)
                      & (ingress.b_valid >> fr_vl)[0]),
            start.eq(nxt_valid & ~fr_drain & (~fr_active | emit_last)
                     & (nxt_bad | (normal & room_ok & (ingress.b_valid >> nxt_vl)[0]))),
            start_good.eq(start & ~nxt_bad),
            start_bad.eq(start & nxt_bad),
            drain_rd.eq(fr_drain & (ingress.b_valid >> fr_vl)[0]),
            kill.eq(fr_active & ~normal),
            ingress.b_sel.eq(Mux(start_good, nxt_vl, fr_vl)),
            ingress.b_read.eq(accept | start_good | drain_rd),
            ingress.h_pop.eq(Mux(start, 1 << nxt_vl, 0)),
        ]
        nb = Signal(range(db + 1))
        is_last_beat = Mux(start_good, head.nbeats == 1, fr_beats == 1)
        m.d.comb += nb.eq(Mux(is_last_beat, Mux(start_good, head.lastb, fr_lastb), db))

        m.submodules.packer = packer = _Packer(data_bytes=db)
        m.d.comb += [
            packer.emit.eq(emit),
            packer.load.eq(accept | start_good),
            packer.start.eq(start_good),
            packer.clear.eq(kill),
            packer.bdata.eq(ingress.b_data),
            packer.nb.eq(nb),
            packer.offset.eq(Mux(start_good, HEADER_BYTES, fill_after)),
            packer.hdr_vl.eq(nxt_vl),
            packer.hdr_cfg.eq(head.cfg),
            packer.hdr_plen.eq(head.plen),
            packer.seq.eq(fr_seq),
            packer.first.eq(fr_first),
            packer.last.eq(fr_left == 1),
        ]
        m.d.sync += fill.eq(fill_after + Mux(accept | start_good, nb, 0)
                            + Mux(start_good, HEADER_BYTES, 0))
        with m.If(emit):
            m.d.sync += [fr_left.eq(fr_left - 1), fr_first.eq(0)]
            with m.If(emit_last):
                m.d.sync += fr_active.eq(0)
        with m.If(accept):
            m.d.sync += fr_beats.eq(fr_beats - 1)
        with m.If(drain_rd):
            m.d.sync += fr_beats.eq(fr_beats - 1)
            with m.If(fr_beats == 1):
                m.d.sync += fr_drain.eq(0)
        with m.If(start_good):
            m.d.sync += [
                fr_active.eq(1),
                fr_first.eq(1),
                fr_vl.eq(nxt_vl),
                fr_beats.eq(head.nbeats - 1),
                fr_left.eq(head.flits),
                fr_lastb.eq(head.lastb),
                fr_seq.eq(next_seq),
                next_seq.eq(next_seq + 1),
                alloc.eq(alloc + head.flits),
            ]
            m.d.comb += [
                tbl_w.en.eq(1),
                tbl_w.addr.eq(next_seq[:pb]),
                tbl_w.data.start.eq(alloc),
                tbl_w.data.flits.eq(head.flits),
            ]
            with m.If(nxt_dwrr):
                m.d.sync += rr_ptr.eq(nxt_vl)
                for v in range(n):
                    with m.If(nxt_vl == v):
                        m.d.sync += deficit[v].eq(deficit[v] - head.flits)
        with m.If(start_bad):
            m.d.sync += [fr_drain.eq(1), fr_vl.eq(nxt_vl), fr_beats.eq(head.nbeats)]
        for v in range(n):
            m.d.comb += [
                counters[v].consume.eq(start_good & (nxt_vl == v)),
                counters[v].consume_amount.eq(head.cells),
            ]
        with m.If(kill):
            # The link went down inside a packet: throw the rest of its beats away.
            m.d.sync += [fr_active.eq(0), fr_drain.eq(fr_beats != 0), fill.eq(0)]

        m.d.comb += [
            rep_w.en.eq(packer.w_valid & normal),
            rep_w.addr.eq(wp[:ab]),
            rep_w.data.eq(packer.w_data),
        ]
        with m.If(packer.w_valid & normal):
            m.d.sync += wp.eq(wp + 1)

        # -- sender: replay buffer and control blocks -> output FIFO -> o ------------------
        out_fifo = StreamFIFO(shape=flit_layout(), depth=OUT_DEPTH)
        # Flits still queued when the link goes down go with it.
        m.submodules.out_fifo = ResetInserter(link_rst)(out_fifo)
        wiring.connect(m, out_fifo.o, wiring.flipped(self.o))
        m.submodules.ctl = ctl = _CtlBlock(num_vls=n)

        s1_valid = Signal()     # an item was issued last cycle; it enters the FIFO now
        s1_kind = Signal(2)     # 0: data flit (replay read), 1: control flit 0, 2: control flit 1
        can_issue = Signal()
        m.d.comb += can_issue.eq((out_fifo.level + s1_valid < OUT_DEPTH) & ~link_rst)
        ctl_second = Signal()   # control flit 0 issued, flit 1 goes next
        s_left = Signal(range(fmax + 1))   # flits of the current data packet still to send
        boundary = Signal()
        m.d.comb += boundary.eq(s_left == 0)

        req_pending = Signal()          # our RX wants a retry_req block sent
        req_seq = Signal(SEQ_BITS)
        rack_pending = Signal()         # a peer's retry request waits for its retry_ack block
        rack_seq = Signal(SEQ_BITS)
        upd_pending = Signal()          # ACK/credit news not yet sent
        ctl_timer = Signal(16, init=0xFFFF)     # cycles since the last block (saturating)
        timer_ok = Signal()
        m.d.comb += timer_ok.eq(ctl_timer >= self.ctl_interval)

        def in_window(seq, low, high):
            """``seq`` in ``[low, high)`` modulo 2^16."""
            return (seq - low)[:SEQ_BITS] < (high - low)[:SEQ_BITS]

        rack_ok = Signal()
        send_in_range = Signal()
        m.d.comb += [
            rack_ok.eq(self.llr_en & in_window(rack_seq, una, seq_hw)),
            send_in_range.eq((send_seq - una)[:SEQ_BITS] <= (next_seq - una)[:SEQ_BITS]),
        ]
        init_due = timer_ok | (self.fb.init_seen & ~init_done_sent)
        upd_due = upd_pending & timer_ok

        # Issue priorities: control flit 1; our retry request; the answer to the peer's retry
        # request (both at any flit boundary); then, between data packets, the CRD_INIT block
        # or an update block; then data.
        do_ctl1 = Signal()
        do_req = Signal()
        rack_check = Signal()
        do_rack = Signal()
        do_init = Signal()
        do_upd = Signal()
        do_skip = Signal()
        do_data = Signal()
        start_block = Signal()
        free_slot = can_issue & ~ctl_second
        after_retry = free_slot & ~(normal & (req_pending | rack_pending))
        block_due = boundary & ((crd_init & init_due) | (normal & upd_due))
        after_blocks = after_retry & ~block_due
        m.d.comb += [
            do_ctl1.eq(can_issue & ctl_second),
            do_req.eq(free_slot & normal & req_pending),
            rack_check.eq(free_slot & normal & ~req_pending & rack_pending),
            do_rack.eq(rack_check & rack_ok),
            rewind.eq(do_rack),
            do_init.eq(after_retry & boundary & crd_init & init_due),
            do_upd.eq(after_retry & boundary & normal & upd_due),
            # The sender's next packet was freed by an ACK (possible only after a redundant
            # retry request): jump to the oldest packet kept.
            do_skip.eq(after_blocks & normal & boundary & ~send_in_range),
            do_data.eq(after_blocks & normal & ~(boundary & ~send_in_range) & (rp != wp)),
            start_block.eq(do_req | do_rack | do_init | do_upd),
        ]

        m.d.comb += tbl_snd.addr.eq(Mux(rack_check, rack_seq, send_seq)[:pb])
        f_here = Signal(range(fmax + 1))    # flits of the packet left, this one included
        ahead = Signal()                    # rp at or past every flit sent so far
        m.d.comb += [
            f_here.eq(Mux(boundary, tbl_snd.data.flits, s_left)),
            ahead.eq((rp - hw)[:pw] < depth),
            rep_r.addr.eq(rp[:ab]),
            rep_r.en.eq(do_data),
        ]
        m.d.sync += [
            self.tx_packet.eq(0),
            self.ctl_block.eq(0),
            self.replayed_flit.eq(0),
            s1_valid.eq(do_data | start_block | do_ctl1),
            s1_kind.eq(Mux(do_ctl1, 2, Mux(start_block, 1, 0))),
        ]
        with m.If(ctl_timer != 0xFFFF):
            m.d.sync += ctl_timer.eq(ctl_timer + 1)

        with m.If(do_data):
            m.d.sync += [
                rp.eq(rp + 1),
                s_left.eq(f_here - 1),
                hw.eq(Mux(ahead, rp + 1, hw)),
                self.replayed_flit.eq(~ahead),
            ]
            with m.If(boundary):
                m.d.sync += snd_mark.eq(rp)
                with m.If(send_seq == seq_hw):
                    m.d.sync += seq_hw.eq(send_seq + 1)
            with m.If(f_here == 1):
                m.d.sync += [
                    send_seq.eq(send_seq + 1),
                    snd_mark.eq(rp + 1),
                    self.tx_packet.eq(1),
                ]
                with m.If(~self.llr_en):
                    # No retry: the packet is done with once sent.
                    m.d.sync += [una.eq(send_seq + 1), tail.eq(rp + 1)]
        with m.If(do_skip):
            m.d.sync += [rp.eq(tail), snd_mark.eq(tail), send_seq.eq(una)]
        with m.If(do_rack):
            # Abandon the packet in flight here; replay from the requested one.
            m.d.sync += [
                rp.eq(tbl_snd.data.start),
                snd_mark.eq(tbl_snd.data.start),
                send_seq.eq(rack_seq),
                s_left.eq(0),
            ]
        with m.If(rack_check):
            m.d.sync += rack_pending.eq(0)
        with m.If(do_ctl1):
            m.d.sync += [ctl_second.eq(0), self.ctl_block.eq(1)]

        init_done_now = Mux(crd_init, self.fb.init_seen, 1)
        m.d.comb += [
            ctl.load.eq(start_block),
            ctl.sd.eq(crd_init),
            ctl.init_done.eq(init_done_now),
            ctl.ack.eq(self.fb.ack_seq),
            ctl.retry_req.eq(do_req),
            ctl.retry_ack.eq(do_rack),
            ctl.retry_seq.eq(Mux(do_req, req_seq, Mux(do_rack, rack_seq, 0))),
            ctl.crc_go.eq(s1_valid & (s1_kind == 1)),
            ctl.kind.eq(s1_kind),
            ctl.rdata.eq(rep_r.data),
            out_fifo.i.payload.data.eq(ctl.flit),
            out_fifo.i.payload.ctl.eq(s1_kind != 0),
            out_fifo.i.valid.eq(s1_valid & ~link_rst),
        ]
        m.d.comb += [ctl.credits[v].eq(Mux(crd_init, self.init_credits[v],
                                           self.fb.credit_cum[v])) for v in range(n)]
        with m.If(start_block):
            m.d.sync += [ctl_second.eq(1), ctl_timer.eq(0), upd_pending.eq(0)]
            with m.If(init_done_now):
                m.d.sync += init_done_sent.eq(1)
            with m.If(do_req):
                m.d.sync += req_pending.eq(0)

        # Replay timeout: the sender is idle, packets are unacknowledged, nothing moved.
        quiet = Signal(16)
        unacked = Signal()
        m.d.comb += unacked.eq(una != seq_hw)
        with m.If(do_data | ~unacked | ~normal | ~self.llr_en | start_block):
            m.d.sync += quiet.eq(0)
        with m.Elif(quiet != 0xFFFF):
            m.d.sync += quiet.eq(quiet + 1)
        with m.If((self.ack_timeout != 0) & (quiet >= self.ack_timeout) & boundary & (rp == wp)
                  & ~rack_pending):
            m.d.sync += [rack_pending.eq(1), rack_seq.eq(una), quiet.eq(0)]

        # -- feedback arrivals (after the issue logic: a new request wins over a clear) -------
        with m.If(normal & self.fb.retry_req):
            m.d.sync += [req_pending.eq(1), req_seq.eq(self.fb.retry_seq)]
        with m.If((crd_init | normal) & (self.fb.update | (normal & self.fb.peer_init))):
            m.d.sync += upd_pending.eq(1)

        pr_valid = Signal()
        pr_seq = Signal(SEQ_BITS)
        m.d.sync += [
            pr_valid.eq(normal & self.fb.peer_retry_req),
            pr_seq.eq(self.fb.peer_retry_seq),
        ]
        pr_ok = Signal()
        m.d.comb += pr_ok.eq(self.llr_en & in_window(pr_seq, una, seq_hw))
        with m.If(pr_valid & pr_ok):
            m.d.sync += [rack_pending.eq(1), rack_seq.eq(pr_seq)]
        m.d.sync += self.bad_retry.eq((pr_valid & ~pr_ok) | (rack_check & ~rack_ok))

        a_valid = Signal()
        a_seq = Signal(SEQ_BITS)
        m.d.sync += [
            a_valid.eq(normal & self.llr_en & self.fb.peer_ack),
            a_seq.eq(self.fb.peer_ack_seq),
        ]
        m.d.comb += tbl_ack.addr.eq(a_seq[:pb])
        with m.If(a_valid & in_window(a_seq, una, next_seq)):
            m.d.sync += [
                una.eq(a_seq + 1),
                tail.eq(tbl_ack.data.start + tbl_ack.data.flits),
                quiet.eq(0),
            ]

        # -- link down: drop the link state (docs/link.md "Data-link states") --------------
        with m.If(link_rst):
            m.d.sync += [
                alloc.eq(0), wp.eq(0), tail.eq(0), rp.eq(0), hw.eq(0), snd_mark.eq(0),
                next_seq.eq(0), una.eq(0), send_seq.eq(0), seq_hw.eq(0),
                s_left.eq(0), ctl_second.eq(0), s1_valid.eq(0),
                req_pending.eq(0), rack_pending.eq(0), upd_pending.eq(0),
                ctl_timer.eq(0xFFFF), pr_valid.eq(0), a_valid.eq(0), quiet.eq(0),
                peer_loaded.eq(0), peer_done.eq(0), init_done_sent.eq(0),
                rr_ptr.eq(0),
            ]
            m.d.sync += [deficit[v].eq(0) for v in range(n)]

        m.d.sync += self.tx_flit.eq(self.o.valid & self.o.ready)
        return m
