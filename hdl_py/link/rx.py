"""Data link layer receiver: flit parsing, CRC and sequence checks, receive buffers, deframing,
credit return and the link-level-retry request state machine (``docs/link.md``).

Datapath
--------
Flits from the PHY are registered once (stage A) and then split by ``ctl``:

* Control-block flits (``ctl`` = 1) are paired and CRC-checked at once (one 36-byte
  :class:`~hdl_py.lib.crc.StreamCRC` step over both flits), decoded in the next cycle and turned
  into registered ``fb.peer_*`` pulses. Pairing slides: when a pair fails its CRC, its second
  flit is tried as the first flit of the next pair, so a flit lost by the PHY costs one control
  block, not the alignment of every later one. A data flit between two control flits ends a
  pairing attempt (a control block is never cut by a data flit). One error is counted per
  failed block (a pair whose first flit was itself the second flit of a failed pair is not
  counted again), plus one for a lone control flit followed by a data flit.
* Data flits go through three more stages. P parses: the header of a first flit gives ``plen``
  and so the flit count ``F``, every flit feeds the data CRC (the last one 16 bytes). C writes
  the flit tentatively into its VL's region of the receive memory (one memory, ``num_vls``
  regions of ``buffer_cells * cell_flits`` flits, circular, flit-granular) and, on the last
  flit, compares the CRC with the trailer. D decides the packet: commit (the VL's committed
  write pointer moves past the packet, which makes it visible to the reader), duplicate,
  or error (rollback: the committed pointer does not move).

The reader picks a VL with committed packets round-robin
(:class:`~hdl_py.lib.arbiter.RoundRobinArbiter`), reads the packet's payload-carrying flits from
the memory at one flit per cycle into a small FIFO, and frees the packet's space (and returns its
cells in ``fb.credit_cum``) when the last of them has been read. A gearbox strips the 4-byte
header and the pad/trailer and regroups the payload into packet-stream beats of ``data_bytes``.

Why not :class:`~hdl_py.lib.fifo.PacketFIFO` per VL: a packet must be written before it is known
to be good, and a bad one must vanish without a trace (rollback), which a FIFO cannot do.
"""

from amaranth.hdl import Array, Cat, Const, Module, Mux, Signal, Value, unsigned
from amaranth.lib import data, memory, wiring
from amaranth.lib.wiring import In, Out
from amaranth.utils import ceil_log2

from hdl_py.lib.arbiter import RoundRobinArbiter
from hdl_py.lib.crc import StreamCRC
from hdl_py.lib.fifo import StreamFIFO
from hdl_py.lib.stream import PacketSignature, check_data_bytes
from hdl_py.proto.enums import LinkCfg
from hdl_py.proto.lanes import wire_bytes_reversed
from hdl_py.proto.link import (
    BLOCK_FLITS,
    LCH_CONTROL_CREDIT,
    LCH_LENGTH_CREDIT_ACK,
    LCH_PATTERN,
    LCH_SUB_CONTROL_CREDIT_ACK,
    PLEN_MAX_BYTES,
    VL_COUNT,
    CreditAckBlock,
    LinkHeader,
    LinkTrailer,
    credit_fields,
)

from .common import (
    CELL_FLITS_ALLOWED,
    CREDIT_BITS,
    FLIT_BYTES,
    HEADER_BYTES,
    LINK_CRC,
    SEQ_BITS,
    TRAILER_BYTES,
    DlState,
    FeedbackSignature,
    FlitSignature,
    RetryState,
    link_side_layout,
    packet_cells,
    packet_flits,
)

__all__ = ["LinkRx", "PULSE_COUNTERS"]

#: Names of the one-cycle counter pulses of :class:`LinkRx`, in register-bank order.
PULSE_COUNTERS = ("rx_flit", "rx_packet", "ctl_block", "crc_error", "ctl_crc_error", "retry",
                  "duplicate", "seq_gap", "lost_packet", "malformed", "timeout", "overrun")

_FLIT_BITS = 8 * FLIT_BYTES
# Bytes of a control block covered by its CRC (everything before rsvd:2 + crc:30).
_CTL_CRC_BYTES = CreditAckBlock.BYTES - 4
# Bytes of the last flit of a data packet covered by the CRC.
_LAST_CRC_BYTES = FLIT_BYTES - 4
# Depth of the FIFO between the memory read port and the gearbox: enough for one flit per cycle
# with the read issued only when a slot is sure to be free.
_READ_FIFO_DEPTH = 4
# Largest flit count a header can announce: 15 blocks of 32 flits, 31 flits, 2 for the tail.
_MAX_HEADER_FLITS = 15 * BLOCK_FLITS + 31 + 2


def _check_int(name, value, low, high=None):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an integer, not {value!r}")
    if value < low or (high is not None and value > high):
        bound = f"{low}..{high}" if high is not None else f"at least {low}"
        raise ValueError(f"{name} must be {bound}, not {value}")
    return value


def _header_lengths(flit):
    """Decode the link header at the start of ``flit`` (a 160-bit value, byte 0 first).

    Returns ``(header, plen_bytes, flits, payload_flits)``: the :class:`LinkHeader` view, the
    packet length in bytes (for a non-canonical ``tail_bytes`` >= 20, the same formula), the
    flits of the packet ``ceil((plen + 6) / 20)`` and the flits holding header or payload bytes
    ``ceil(plen / 20)`` (both without a divider: ``plen`` is already blocks/flits/bytes).
    """
    header = LinkHeader(wire_bytes_reversed(flit[:8 * LinkHeader.BYTES]))
    plen = header.plen
    whole = Value.cast(plen)[5:14]  # blocks * 32 + flits: whole flits before the tail
    tail = plen.tail_bytes
    plen_bytes = plen.blocks * (BLOCK_FLITS * FLIT_BYTES) + plen.flits * FLIT_BYTES + tail
    # The trailer needs 6 more bytes after the tail: one more flit if the tail leaves < 6.
    flits = whole + Mux(tail <= FLIT_BYTES - TRAILER_BYTES, 1, 2)
    payload_flits = whole + (tail != 0)
    return header, plen_bytes, flits, payload_flits


class LinkRx(wiring.Component):
    """Receive side of the data link layer (see ``docs/link.md`` and the module documentation).

    Parameters
    ----------
    num_vls : int
        Virtual lanes, 1..16. Default 4.
    data_bytes : int
        Byte lanes of the packet stream ``o``; a power of two, 1..256. Default 32. At 32 the
        output sustains one flit (20 bytes) per cycle; at 16 it is the bottleneck (16 bytes per
        cycle) and the buffers with the credits absorb the difference.
    cell_flits : int
        Flits per credit cell: 1, 2, 4, 8, 16 or 32. Default 8.
    buffer_cells : int
        Receive buffer per VL in cells, 1..63 (the initial credits travel in 6 bits); must hold
        one packet of ``mtu`` payload bytes. Default 63.
    mtu : int
        Largest payload in bytes (network-layer packet) accepted; a larger ``plen`` is a
        malformed header. Default 4096.
    retrain_wait : int
        Cycles spent in ``RETRAIN`` after pulsing ``retrain`` before asking for a replay again.
        Default 256.

    Members
    -------
    i : ``In(FlitSignature())``
        Flits from the PHY. ``ready`` is always 1: the PHY cannot be back-pressured.
    o : ``Out(PacketSignature(data_bytes, link_side_layout()))``
        Packets to the network layer, ``side`` = ``{vl, cfg}`` of the link header. May be
        back-pressured; the receive buffers absorb it and credits protect them.
    fb : ``Out(FeedbackSignature(num_vls))``
        To this endpoint's ``LinkTx`` (:func:`~hdl_py.link.common.FeedbackSignature`). All
        members are registers. ``ack_seq`` starts at 0xFFFF (nothing committed: the sequence
        number before 0); ``credit_cum`` at 0. Every control block with a good CRC and a known
        header pulses ``peer_ack`` and ``peer_credit`` (``sd`` = 0) or ``peer_init`` (``sd`` =
        1, ``peer_credit_cum`` then holds the initial credits), ``peer_init_done`` when its
        ``init_done`` bit is set and ``peer_retry_req`` when its ``retry_req`` bit is set.
    dl_state : ``In(DlState)``
        Data-link state of ``LinkTx``. ``DISABLE`` and ``PARA_INIT`` reset the receiver (see
        *Link reset*); data flits are accepted in ``CRD_INIT`` and ``NORMAL`` (the peer may
        reach ``NORMAL`` and send data a little before this end does).
    llr_en : ``In(1)``
        Link-level retry on. Off: a bad packet is dropped and counted as ``lost_packet``, no
        retry, sequence numbers are not checked (``ack_seq`` still follows the packets).
    wait_timeout : ``In(16)``
        Cycles in ``WAIT`` before asking again; also the longest pause, in cycles, allowed
        between two data flits of one packet (a longer one means a corrupted ``plen`` made the
        receiver wait for flits that will not come: the packet is abandoned as an error, counted
        as ``timeout``). Must exceed the flit gaps of the slowest lane width.
    retry_max, retrain_max : ``In(8)``
        Replay requests per retrain, and retrains, before giving up (``ERROR``).
    reset_link : ``In(1)``
        Pulse: leave ``ERROR`` and reset the receiver (see *Link reset*).
    retry_state : ``Out(RetryState)``
        Retry request state (register).
    retrain : ``Out(1)``
        One-cycle pulse to the PHY: retrain the link (entering ``RETRAIN``).
    link_error : ``Out(1)``
        Level: ``ERROR`` state; nothing is received until ``reset_link``.
    init_credits : ``Out(ArrayLayout(unsigned(6), num_vls))``
        ``buffer_cells`` for every VL: the initial credits ``LinkTx`` puts in its ``sd`` blocks.
    rx_flit, rx_packet, ctl_block, crc_error, ctl_crc_error, retry, duplicate, seq_gap,
    lost_packet, malformed, timeout, overrun : ``Out(1)``
        One-cycle counter pulses (registered): a flit received; a data packet committed; a good
        control block; a data packet with a bad CRC (or non-zero trailer ``rsvd`` bits); a bad
        control block; a replay request issued; a duplicate dropped; a sequence gap; a packet
        lost with LLR off; a malformed packet (good CRC, bad header: ``cfg`` not a data type,
        ``vl`` >= ``num_vls``, ``plen`` non-canonical, below 5 or above ``mtu`` + 4) or a control
        block with a good CRC but an unknown link control header; ``WAIT`` expired or a packet
        stalled mid-way; a good packet that does not fit its VL buffer (the peer ignored
        credits).

    Link reset
    ----------
    ``dl_state`` in ``DISABLE``/``PARA_INIT`` or a ``reset_link`` pulse resets the receiver as
    soon as the reader is between packets: the expected sequence number returns to 0,
    ``ack_seq`` to 0xFFFF, ``credit_cum`` to 0, ``init_seen`` to 0, the retry state to
    ``NORMAL`` (``ERROR`` only with ``reset_link``), and committed packets not yet read are
    dropped (packets already being read finish on ``o``). Until then every flit is ignored.

    Notes
    -----
    What the sender (``LinkTx``) must do for this receiver:

    * Charge a packet's cells on its first transmission only. The receiver stores a packet
      only when it commits it and returns its cells only when it has been read, so a replayed
      packet re-uses the cells of the copy that was dropped: a replay must neither wait for
      credits nor take them again, and a sender waiting for credits must still answer retry
      requests (the replay is what brings the credits back).
    * After a control block with ``retry_ack`` the next data flit starts a packet: the receiver
      drops the packet in progress when such a block arrives, in any state.
    * The two flits of a control block are consecutive on the flit stream (idle cycles
      between them are fine, a data flit is not).
    * A data packet lost as a whole is noticed when a later one arrives (sequence gap); when it
      was the last one sent, only the sender can notice (no acknowledgement within some time)
      and replay.

    ``wait_timeout`` must exceed the longest pause between two flits of one packet (8 cycles at
    x1, plus control blocks inserted). With LLR off, a lost packet whose header is valid gives
    its cells back at once (it was charged and will never be read); a stalled or malformed one
    does not.

    Latency: with ``o.ready`` high and the receiver idle, the first beat of a packet is taken 9
    cycles after the last flit of the packet (store and forward: the CRC is checked first), plus
    one cycle for each further flit the first beat needs (the first flit carries 16 payload
    bytes). Then one flit is read per cycle; at ``data_bytes`` >= 20 the receiver keeps up with
    a line of back-to-back packets.
    """

    def __init__(self, *, num_vls=4, data_bytes=32, cell_flits=8, buffer_cells=63, mtu=4096,
                 retrain_wait=256):
        _check_int("num_vls", num_vls, 1, VL_COUNT)
        check_data_bytes(data_bytes)
        if isinstance(cell_flits, bool) or not isinstance(cell_flits, int):
            raise TypeError(f"cell_flits must be an integer, not {cell_flits!r}")
        if cell_flits not in CELL_FLITS_ALLOWED:
            raise ValueError(f"cell_flits must be one of {CELL_FLITS_ALLOWED}, not {cell_flits}")
        _check_int("buffer_cells", buffer_cells, 1, (1 << CREDIT_BITS) - 1)
        _check_int("mtu", mtu, 1, PLEN_MAX_BYTES - HEADER_BYTES)
        _check_int("retrain_wait", retrain_wait, 1, 1 << 16)
        mtu_cells = packet_cells(packet_flits(mtu), cell_flits)
        if buffer_cells < mtu_cells:
            raise ValueError(f"buffer_cells {buffer_cells} cannot hold one packet of mtu {mtu} "
                             f"bytes ({mtu_cells} cells of {cell_flits} flits)")
        self._num_vls = num_vls
        self._data_bytes = data_bytes
        self._cell_flits = cell_flits
        self._buffer_cells = buffer_cells
        self._mtu = mtu
        self._retrain_wait = retrain_wait
        members = {
            "i": In(FlitSignature()),
            "o": Out(PacketSignature(data_bytes, link_side_layout())),
            "fb": Out(FeedbackSignature(num_vls)),
            "dl_state": In(DlState),
            "llr_en": In(1),
            "wait_timeout": In(16),
            "retry_max": In(8),
            "retrain_max": In(8),
            "reset_link": In(1),
            "retry_state": Out(RetryState),
            "retrain": Out(1),
            "link_error": Out(1),
            "init_credits": Out(data.ArrayLayout(unsigned(CREDIT_BITS), num_vls)),
        }
        members.update({name: Out(1) for name in PULSE_COUNTERS})
        super().__init__(members)

    num_vls = property(lambda self: self._num_vls, doc="Virtual lanes (read-only).")
    data_bytes = property(lambda self: self._data_bytes, doc="Output beat width (read-only).")
    cell_flits = property(lambda self: self._cell_flits, doc="Flits per cell (read-only).")
    buffer_cells = property(lambda self: self._buffer_cells, doc="Cells per VL (read-only).")
    mtu = property(lambda self: self._mtu, doc="Largest payload in bytes (read-only).")
    retrain_wait = property(lambda self: self._retrain_wait, doc="RETRAIN cycles (read-only).")

    @property
    def buffer_flits(self):
        """Receive buffer per VL in flits (read-only)."""
        return self._buffer_cells * self._cell_flits

    def elaborate(self, platform):
        m = Module()
        nv, cap = self._num_vls, self.buffer_flits
        cell_shift = ceil_log2(self._cell_flits)
        fb = self.fb

        def wrap_inc(ptr):
            return Mux(ptr == cap - 1, 0, ptr + 1)

        def wrap_add(ptr, count):
            total = Signal(range(2 * cap + _MAX_HEADER_FLITS))
            m.d.comb += total.eq(ptr + count)
            return Mux(total >= cap, total - cap, total)[:len(ptr)]

        def cells(flits):
            return ((flits + (self._cell_flits - 1)) >> cell_shift)[:CREDIT_BITS]

        for vl in range(nv):
            m.d.comb += self.init_credits[vl].eq(self._buffer_cells)

        # Pulses are registers, zero unless set below in the same cycle.
        pulses = [getattr(self, name) for name in PULSE_COUNTERS
                  if name not in ("rx_flit", "retry")]
        pulses += [self.retrain, fb.peer_ack, fb.peer_credit, fb.peer_init, fb.peer_init_done,
                   fb.peer_retry_req, fb.update]
        m.d.sync += [pulse.eq(0) for pulse in pulses]

        # ---- shared state -----------------------------------------------------------------
        rstate = Signal(RetryState)
        expected = Signal(SEQ_BITS)
        ack_seq = Signal(SEQ_BITS, init=(1 << SEQ_BITS) - 1)
        init_seen = Signal()
        credit_cum = [Signal(CREDIT_BITS, name=f"credit_cum{vl}") for vl in range(nv)]
        commit_ptr = [Signal(range(cap), name=f"commit_ptr{vl}") for vl in range(nv)]
        read_ptr = [Signal(range(cap), name=f"read_ptr{vl}") for vl in range(nv)]
        fill = [Signal(range(cap + 1), name=f"fill{vl}") for vl in range(nv)]
        pkt_count = [Signal(range(cap + 1), name=f"pkt_count{vl}") for vl in range(nv)]
        region = Array(Const(vl * cap, range(nv * cap)) for vl in range(nv))

        m.d.comb += [
            self.retry_state.eq(rstate),
            self.link_error.eq(rstate == RetryState.ERROR),
            fb.ack_seq.eq(ack_seq),
            fb.init_seen.eq(init_seen),
            fb.retry_req.eq(rstate == RetryState.REQ),
            fb.retry_seq.eq(expected),
            self.retry.eq(rstate == RetryState.REQ),
        ]
        for vl in range(nv):
            m.d.comb += fb.credit_cum[vl].eq(credit_cum[vl])

        # Link reset: requested by the data-link state or software, carried out when the reader
        # is between packets (a packet half sent on ``o`` is finished first).
        fetch_busy = Signal()
        flush_pending = Signal()
        dl_down = (self.dl_state == DlState.DISABLE) | (self.dl_state == DlState.PARA_INIT)
        flush_req = dl_down | self.reset_link | flush_pending
        flush = Signal()
        m.d.comb += flush.eq(flush_req & ~fetch_busy)
        m.d.sync += flush_pending.eq(flush_req & ~flush)

        in_error = rstate == RetryState.ERROR
        ctl_ok = ~flush_req & ~in_error
        data_ok = (~flush_req & (rstate == RetryState.NORMAL)
                   & ((self.dl_state == DlState.CRD_INIT) | (self.dl_state == DlState.NORMAL)))

        # ---- stage A: input register ------------------------------------------------------
        a_valid = Signal()
        a_ctl = Signal()
        a_data = Signal(_FLIT_BITS)
        m.d.comb += [self.i.ready.eq(1), self.rx_flit.eq(a_valid)]
        m.d.sync += [
            a_valid.eq(self.i.valid),
            a_ctl.eq(self.i.payload.ctl),
            a_data.eq(self.i.payload.data),
        ]

        # ---- control blocks ---------------------------------------------------------------
        m.submodules.ctl_crc = ctl_crc = StreamCRC(algorithm=LINK_CRC, data_bytes=_CTL_CRC_BYTES)
        last_flit = Signal(_FLIT_BITS)   # the previous control flit
        have_last = Signal()             # ... and no data flit since
        last_eval = Signal()             # ... and it ended a candidate pair
        k_valid = Signal()               # a candidate pair was evaluated in the previous cycle
        k_fresh = Signal()               # ... whose first flit did not end a failed pair
        k_flits = Signal(2 * _FLIT_BITS)
        block = CreditAckBlock(wire_bytes_reversed(k_flits))
        pair_good = Signal()
        m.d.comb += pair_good.eq((ctl_crc.crc == block.crc) & (block.rsvd3 == 0))

        ctl_in = a_valid & a_ctl & ctl_ok
        # Every pair of adjacent control flits goes through the CRC (so the CRC input does not
        # wait for the previous pair's verdict); only a candidate pair, whose first flit did not
        # end a good block, is acted upon.
        evaluate = ctl_in & have_last
        consumed = last_eval & pair_good
        candidate = evaluate & ~consumed
        m.d.comb += [
            ctl_crc.start.eq(evaluate),
            ctl_crc.valid.eq(evaluate),
            ctl_crc.data.eq(Cat(last_flit, a_data[:8 * (_CTL_CRC_BYTES - FLIT_BYTES)])),
            ctl_crc.nbytes.eq(_CTL_CRC_BYTES),
        ]
        m.d.sync += k_valid.eq(candidate)
        with m.If(evaluate):
            m.d.sync += [k_flits.eq(Cat(last_flit, a_data)), k_fresh.eq(~last_eval)]
        orphan = Signal()
        with m.If(ctl_in):
            m.d.sync += [have_last.eq(1), last_flit.eq(a_data), last_eval.eq(candidate)]
        with m.Elif((a_valid & ~a_ctl) | ~ctl_ok):
            m.d.sync += [have_last.eq(0), last_eval.eq(0)]
            m.d.comb += orphan.eq(a_valid & ~a_ctl & ctl_ok & have_last & ~last_eval)

        lch = block.lch
        lch_ok = ((lch.cfg == LinkCfg.CREDIT_CONTROL) & (lch.length == LCH_LENGTH_CREDIT_ACK)
                  & (lch.pattern == LCH_PATTERN) & (lch.control == LCH_CONTROL_CREDIT)
                  & (lch.sub_control == LCH_SUB_CONTROL_CREDIT_ACK))
        act = k_valid & pair_good & ctl_ok
        known = Signal()
        m.d.comb += known.eq(act & lch_ok)
        with m.If((k_valid & ~pair_good & k_fresh & ctl_ok) | orphan):
            m.d.sync += self.ctl_crc_error.eq(1)
        ctl_malformed = act & ~lch_ok
        block_credits = credit_fields(block)
        with m.If(known):
            m.d.sync += [
                self.ctl_block.eq(1),
                fb.peer_init.eq(lch.sd),
                fb.peer_ack.eq(~lch.sd),
                fb.peer_credit.eq(~lch.sd),
                fb.peer_init_done.eq(lch.init_done),
                fb.peer_retry_req.eq(block.retry_req),
                fb.peer_retry_seq.eq(block.retry_seq),
            ]
            m.d.sync += [fb.peer_credit_cum[vl].eq(block_credits[vl]) for vl in range(nv)]
            with m.If(~lch.sd):
                m.d.sync += fb.peer_ack_seq.eq(block.ack_number)
            with m.Else():
                m.d.sync += init_seen.eq(1)
        # retry_ack: the peer's next data flit starts a packet (it stopped the one in flight).
        ack_event = known & block.retry_ack
        ack_ok = ack_event & (block.retry_seq == expected)

        # ---- stage P: parse -----------------------------------------------------------------
        p_valid = Signal()
        p_data = Signal(_FLIT_BITS)
        m.d.sync += [p_valid.eq(a_valid & ~a_ctl), p_data.eq(a_data)]

        in_pkt = Signal()
        remaining = Signal(range(_MAX_HEADER_FLITS + 1))  # flits of the packet after this one
        pk_vl = Signal(4)
        pk_flits = Signal(range(_MAX_HEADER_FLITS + 1))
        pk_hdr_ok = Signal()
        pk_vl_ok = Signal()

        header, plen_bytes, hdr_flits, _ = _header_lengths(p_data)
        cfg = Value.cast(header.cfg)
        cfg_ok = Cat(cfg == kind.value for kind in LinkCfg
                     if kind is not LinkCfg.CREDIT_CONTROL).any()
        vl_ok = header.vl < nv
        hdr_ok = (cfg_ok & vl_ok & (header.plen.tail_bytes < FLIT_BYTES)
                  & (plen_bytes >= HEADER_BYTES + 1) & (plen_bytes <= HEADER_BYTES + self._mtu))

        take = Signal()
        p_first = ~in_pkt
        p_last = Mux(p_first, hdr_flits == 1, remaining == 1)
        m.d.comb += take.eq(p_valid & data_ok)

        m.submodules.data_crc = data_crc = StreamCRC(algorithm=LINK_CRC, data_bytes=FLIT_BYTES)
        m.d.comb += [
            data_crc.start.eq(take & p_first),
            data_crc.valid.eq(take),
            data_crc.data.eq(p_data),
            data_crc.nbytes.eq(Mux(p_last, _LAST_CRC_BYTES, FLIT_BYTES)),
        ]

        # Mid-packet stall: a corrupted plen can make the parser wait for flits never sent.
        stall = Signal(16)
        stalled = Signal()
        m.d.comb += stalled.eq(in_pkt & data_ok & ~take & (stall >= self.wait_timeout))
        with m.If(take | ~in_pkt):
            m.d.sync += stall.eq(0)
        with m.Elif(stall != 0xFFFF):
            m.d.sync += stall.eq(stall + 1)

        c_valid = Signal()
        c_first = Signal()
        c_last = Signal()
        c_data = Signal(_FLIT_BITS)
        m.d.sync += [
            c_valid.eq(take),
            c_first.eq(p_first),
            c_last.eq(p_last),
            c_data.eq(p_data),
        ]
        with m.If(take):
            m.d.sync += in_pkt.eq(~p_last)
            with m.If(p_first):
                m.d.sync += [
                    remaining.eq(hdr_flits - 1),
                    pk_vl.eq(header.vl),
                    pk_flits.eq(hdr_flits),
                    pk_hdr_ok.eq(hdr_ok),
                    pk_vl_ok.eq(vl_ok),
                ]
            with m.Else():
                m.d.sync += remaining.eq(remaining - 1)

        # ---- stage D registers (declared here: stage C bypasses from them) -----------------
        d_valid = Signal()
        d_crc_ok = Signal()
        d_seq = Signal(SEQ_BITS)
        d_vl = Signal(4)
        d_flits = Signal(range(_MAX_HEADER_FLITS + 1))
        d_hdr_ok = Signal()
        d_fit = Signal()
        d_end = Signal(range(cap))

        llr = self.llr_en
        seq_diff = Signal(SEQ_BITS)
        m.d.comb += seq_diff.eq(expected - d_seq)
        seq_eq = seq_diff == 0
        older = (seq_diff != 0) & (seq_diff <= (1 << (SEQ_BITS - 1)))
        good = d_crc_ok & d_hdr_ok
        commit = Signal()
        m.d.comb += commit.eq(d_valid & good & d_fit & (~llr | seq_eq))

        # ---- stage C: tentative write, CRC compare ----------------------------------------
        fit_reg = Signal()
        base_reg = Signal(range(cap))
        wr_ptr = Signal(range(cap))
        bypass = commit & (d_vl == pk_vl)
        fill_arr = Array(fill)
        base_c = Mux(bypass, d_end, Array(commit_ptr)[pk_vl])
        used_c = fill_arr[pk_vl] + Mux(bypass, d_flits, 0)
        fit_c = pk_vl_ok & (pk_flits + used_c <= cap)
        fit_now = Mux(c_first, fit_c, fit_reg)
        base_now = Signal(range(cap))
        ptr_now = Signal(range(cap))
        m.d.comb += [
            base_now.eq(Mux(c_first, base_c, base_reg)),
            ptr_now.eq(Mux(c_first, base_c, wr_ptr)),
        ]

        m.submodules.buffer = buffer = memory.Memory(shape=_FLIT_BITS, depth=nv * cap, init=[])
        wport = buffer.write_port()
        m.d.comb += [
            wport.addr.eq(region[pk_vl] + ptr_now),
            wport.data.eq(c_data),
            wport.en.eq(c_valid & fit_now),
        ]
        with m.If(c_valid):
            m.d.sync += [wr_ptr.eq(wrap_inc(ptr_now)), fit_reg.eq(fit_now), base_reg.eq(base_now)]

        trailer = LinkTrailer(wire_bytes_reversed(c_data[8 * (FLIT_BYTES - TRAILER_BYTES):]))
        m.d.sync += [
            d_valid.eq(c_valid & c_last),
            d_crc_ok.eq((data_crc.crc == trailer.crc) & (trailer.rsvd0 == 0)),
            d_seq.eq(trailer.seq),
            d_vl.eq(pk_vl),
            d_flits.eq(pk_flits),
            d_hdr_ok.eq(pk_hdr_ok),
            d_fit.eq(fit_now),
            d_end.eq(wrap_add(base_now, pk_flits)),
        ]

        # ---- stage D: decide ----------------------------------------------------------------
        crc_bad = d_valid & ~d_crc_ok
        hdr_bad = d_valid & d_crc_ok & ~d_hdr_ok
        duplicate = llr & d_valid & good & older
        gap = llr & d_valid & good & ~seq_eq & ~older
        overrun = d_valid & good & ~d_fit & (~llr | seq_eq)
        bad = crc_bad | hdr_bad | gap | overrun
        # LLR off: the cells of a lost packet whose header still makes sense go back at once
        # (it was charged by the sender and will never be read); a bad header's cells are lost.
        lost_return = ~llr & d_valid & ~d_crc_ok & d_hdr_ok
        with m.If(crc_bad):
            m.d.sync += self.crc_error.eq(1)
        with m.If(hdr_bad | ctl_malformed):
            m.d.sync += self.malformed.eq(1)
        with m.If(duplicate):
            m.d.sync += self.duplicate.eq(1)
        with m.If(gap):
            m.d.sync += self.seq_gap.eq(1)
        with m.If(overrun):
            m.d.sync += self.overrun.eq(1)
        with m.If(~llr & (bad | stalled)):
            m.d.sync += self.lost_packet.eq(1)
        with m.If(commit):
            m.d.sync += [
                self.rx_packet.eq(1),
                expected.eq(Mux(llr, expected, d_seq) + 1),
                ack_seq.eq(d_seq),
                fb.update.eq(1),
            ]
        start_retry = Signal()
        m.d.comb += start_retry.eq(llr & (rstate == RetryState.NORMAL) & (bad | stalled))

        # Parser aborts: a retry squashes every flit behind the bad packet; a retry_ack means
        # the peer abandoned the packet in flight; a stall abandons it too.
        with m.If(start_retry):
            m.d.sync += [in_pkt.eq(0), c_valid.eq(0), d_valid.eq(0)]
        with m.If(ack_event | stalled | ~data_ok):
            m.d.sync += in_pkt.eq(0)
        with m.If(stalled):
            m.d.sync += self.timeout.eq(1)

        # ---- reader: fetch committed packets ------------------------------------------------
        m.submodules.read_fifo = read_fifo = StreamFIFO(
            shape=data.StructLayout({"data": _FLIT_BITS, "first": 1}), depth=_READ_FIFO_DEPTH)
        rport = buffer.read_port()
        r_tag = Signal()     # the read port shows a flit to keep this cycle
        r_first = Signal()
        room = read_fifo.level + r_tag < _READ_FIFO_DEPTH
        m.d.comb += [
            read_fifo.i.valid.eq(r_tag),
            read_fifo.i.payload.data.eq(rport.data),
            read_fifo.i.payload.first.eq(r_first),
        ]

        m.submodules.arbiter = arbiter = RoundRobinArbiter(count=nv)
        can_start = ~fetch_busy & room & ~flush_req
        m.d.comb += [
            arbiter.requests.eq(Cat((count != 0) & can_start for count in pkt_count)),
            arbiter.advance.eq(arbiter.valid),
        ]
        start = arbiter.valid
        grant = arbiter.grant_index

        f_known = Signal()                               # header decoded
        f_vl = Signal(range(nv))
        f_start = Signal(range(cap))
        f_ptr = Signal(range(cap))                       # next flit to read
        f_flits = Signal(range(_MAX_HEADER_FLITS + 1))   # flits of the packet
        f_left = Signal(range(_MAX_HEADER_FLITS + 1))    # payload flits still to read

        _, _, rd_flits, rd_payload_flits = _header_lengths(rport.data)
        rd_ptr = Signal(range(cap))
        rd_vl = Signal(range(nv))
        issue = Signal()
        finish = Signal()
        fin_flits = Signal(range(_MAX_HEADER_FLITS + 1))
        m.d.comb += rport.addr.eq(region[rd_vl] + rd_ptr)
        m.d.sync += [r_tag.eq(0), r_first.eq(0)]

        with m.If(start):
            m.d.comb += [rd_ptr.eq(Array(read_ptr)[grant]), rd_vl.eq(grant)]
            m.d.sync += [
                fetch_busy.eq(1),
                f_known.eq(0),
                f_vl.eq(grant),
                f_start.eq(rd_ptr),
                f_ptr.eq(wrap_inc(rd_ptr)),
                r_tag.eq(1),
                r_first.eq(1),
            ]
        with m.Elif(fetch_busy & ~f_known):
            # The header is on the read port: read flit 1 at once (speculatively), and keep it
            # only if the packet has more than one flit of payload.
            m.d.comb += [rd_ptr.eq(f_ptr), rd_vl.eq(f_vl), issue.eq(room)]
            want = issue & (rd_payload_flits >= 2)
            m.d.sync += [f_flits.eq(rd_flits), r_tag.eq(want)]
            left = rd_payload_flits - 1 - want
            with m.If(left == 0):
                m.d.comb += [finish.eq(1), fin_flits.eq(rd_flits)]
            with m.Else():
                m.d.sync += [f_known.eq(1), f_left.eq(left)]
                with m.If(want):
                    m.d.sync += f_ptr.eq(wrap_inc(f_ptr))
        with m.Elif(fetch_busy):
            m.d.comb += [rd_ptr.eq(f_ptr), rd_vl.eq(f_vl), issue.eq(room)]
            with m.If(issue):
                m.d.sync += [r_tag.eq(1), f_ptr.eq(wrap_inc(f_ptr)), f_left.eq(f_left - 1)]
                with m.If(f_left == 1):
                    m.d.comb += [finish.eq(1), fin_flits.eq(f_flits)]
        with m.If(finish):
            m.d.sync += [fetch_busy.eq(0), fb.update.eq(1)]
        fin_end = wrap_add(f_start, fin_flits)

        # ---- per-VL bookkeeping -------------------------------------------------------------
        for vl in range(nv):
            commit_vl = commit & (d_vl == vl)
            finish_vl = finish & (f_vl == vl)
            start_vl = start & (grant == vl)
            lost_vl = lost_return & (d_vl == vl)
            with m.If(commit_vl):
                m.d.sync += commit_ptr[vl].eq(d_end)
            with m.If(finish_vl):
                m.d.sync += read_ptr[vl].eq(fin_end)
            m.d.sync += [
                fill[vl].eq(fill[vl] + Mux(commit_vl, d_flits, 0) - Mux(finish_vl, fin_flits, 0)),
                pkt_count[vl].eq(pkt_count[vl] + commit_vl - start_vl),
                credit_cum[vl].eq(credit_cum[vl] + Mux(finish_vl, cells(fin_flits), 0)
                                  + Mux(lost_vl, cells(d_flits), 0)),
            ]
        with m.If(lost_return):
            m.d.sync += fb.update.eq(1)

        # ---- retry request state machine ----------------------------------------------------
        retries = Signal(8)
        retrains = Signal(8)
        wait_count = Signal(16)
        retrain_count = Signal(range(self._retrain_wait))
        with m.Switch(rstate):
            with m.Case(RetryState.NORMAL):
                with m.If(start_retry):
                    m.d.sync += rstate.eq(RetryState.REQ)
            with m.Case(RetryState.REQ):
                m.d.sync += [
                    rstate.eq(RetryState.WAIT),
                    wait_count.eq(0),
                    retries.eq(Mux(retries == 0xFF, retries, retries + 1)),
                ]
            with m.Case(RetryState.WAIT):
                with m.If(ack_ok):
                    m.d.sync += [rstate.eq(RetryState.NORMAL), retries.eq(0), retrains.eq(0)]
                with m.Elif(wait_count >= self.wait_timeout):
                    m.d.sync += self.timeout.eq(1)
                    with m.If(retries < self.retry_max):
                        m.d.sync += rstate.eq(RetryState.REQ)
                    with m.Elif(retrains < self.retrain_max):
                        m.d.sync += [
                            rstate.eq(RetryState.RETRAIN),
                            retrains.eq(retrains + 1),
                            retries.eq(0),
                            retrain_count.eq(0),
                            self.retrain.eq(1),
                        ]
                    with m.Else():
                        m.d.sync += rstate.eq(RetryState.ERROR)
                with m.Else():
                    m.d.sync += wait_count.eq(wait_count + 1)
            with m.Case(RetryState.RETRAIN):
                with m.If(ack_ok):
                    m.d.sync += [rstate.eq(RetryState.NORMAL), retries.eq(0), retrains.eq(0)]
                with m.Elif(retrain_count == self._retrain_wait - 1):
                    m.d.sync += rstate.eq(RetryState.REQ)
                with m.Else():
                    m.d.sync += retrain_count.eq(retrain_count + 1)
        recovering = ((rstate == RetryState.REQ) | (rstate == RetryState.WAIT)
                      | (rstate == RetryState.RETRAIN))
        with m.If(self.reset_link | (flush & ~in_error) | (~llr & recovering)):
            m.d.sync += [rstate.eq(RetryState.NORMAL), retries.eq(0), retrains.eq(0)]

        # ---- link reset (last: overrides everything above) ---------------------------------
        changed = (ack_seq != ack_seq.init) | Cat(cum != 0 for cum in credit_cum).any()
        with m.If(flush & changed):
            m.d.sync += fb.update.eq(1)
        with m.If(flush):
            m.d.sync += [
                expected.eq(0),
                ack_seq.eq(ack_seq.init),
                init_seen.eq(0),
                in_pkt.eq(0),
                c_valid.eq(0),
                d_valid.eq(0),
                have_last.eq(0),
                last_eval.eq(0),
            ]
            for vl in range(nv):
                m.d.sync += [
                    commit_ptr[vl].eq(0),
                    read_ptr[vl].eq(0),
                    fill[vl].eq(0),
                    pkt_count[vl].eq(0),
                    credit_cum[vl].eq(0),
                ]

        # ---- gearbox: flits -> packet-stream beats ------------------------------------------
        self._gearbox(m, read_fifo.o)
        return m

    def _gearbox(self, m, flits):
        """Strip header and pad/trailer, regroup payload bytes into ``data_bytes`` beats.

        ``acc`` holds up to ``data_bytes + 19`` bytes of the current packet, the oldest in lane
        0. A flit is taken when, after this cycle's beat has left, fewer than ``data_bytes``
        bytes remain (so its up to 20 bytes fit); the first flit of the next packet waits until
        the last beat of the current one leaves (packets never share a beat, and the bytes of
        a stalled beat never change). ``o`` comes from registers.
        """
        db = self._data_bytes
        acc_bytes = db + FLIT_BYTES - 1
        acc = Signal(8 * acc_bytes)
        count = Signal(range(acc_bytes + 1))
        active = Signal()
        rest = Signal(range(PLEN_MAX_BYTES + 1))   # payload bytes not yet in ``acc``
        sent_first = Signal()
        side_vl = Signal(4)
        side_cfg = Signal(4)

        all_in = active & (rest == 0)
        full = count >= db
        o = self.o
        m.d.comb += [
            o.valid.eq(active & (full | all_in)),
            o.payload.data.eq(acc[:8 * db]),
            o.payload.nbytes.eq(Mux(full, db, count)),
            o.payload.first.eq(~sent_first),
            o.payload.last.eq(all_in & (count <= db)),
            o.payload.side.vl.eq(side_vl),
            o.payload.side.cfg.eq(side_cfg),
        ]
        emit = o.valid & o.ready
        emit_last = emit & o.payload.last
        count_after = Signal(range(acc_bytes + 1))
        m.d.comb += count_after.eq(Mux(emit, Mux(o.payload.last, 0, count - db), count))
        acc_after = Mux(emit, acc >> (8 * db), acc)

        flit = flits.payload
        header, plen_bytes, _, _ = _header_lengths(flit.data)
        length = Signal(range(PLEN_MAX_BYTES + 1))
        m.d.comb += length.eq(plen_bytes - HEADER_BYTES)
        first_room = FLIT_BYTES - HEADER_BYTES
        take = Signal()
        m.d.comb += take.eq(flits.valid & Mux(
            flit.first,
            ~active | emit_last,
            active & (rest != 0) & (count_after < db)))
        m.d.comb += flits.ready.eq(take)

        incoming = Signal(_FLIT_BITS)
        added = Signal(range(FLIT_BYTES + 1))
        with m.If(flit.first):
            m.d.comb += [
                incoming.eq(flit.data[8 * HEADER_BYTES:]),
                added.eq(Mux(length < first_room, length, first_room)),
            ]
        with m.Else():
            m.d.comb += [
                incoming.eq(flit.data),
                added.eq(Mux(rest < FLIT_BYTES, rest, FLIT_BYTES)),
            ]

        # Place the incoming bytes after the ``count_after`` bytes kept (0..db-1): a log shifter.
        shifted = Value.cast(incoming)
        for bit in range(ceil_log2(db)):
            step = 8 << bit
            shifted = Mux(count_after[bit], Cat(Const(0, step), shifted), shifted)
        placed = Signal(8 * acc_bytes)
        m.d.comb += placed.eq(shifted)
        merged = Signal(8 * acc_bytes)
        kept = Signal(8 * acc_bytes)
        m.d.comb += kept.eq(acc_after)
        m.d.comb += merged.eq(Cat(
            Mux(count_after > lane, kept[8 * lane:8 * lane + 8], placed[8 * lane:8 * lane + 8])
            if lane < db - 1 else placed[8 * lane:8 * lane + 8]
            for lane in range(acc_bytes)))

        with m.If(take):
            m.d.sync += [acc.eq(merged), count.eq(count_after + added)]
            with m.If(flit.first):
                m.d.sync += [
                    active.eq(1),
                    sent_first.eq(0),
                    rest.eq(length - added),
                    side_vl.eq(header.vl),
                    side_cfg.eq(header.cfg),
                ]
            with m.Else():
                m.d.sync += rest.eq(rest - added)
        with m.Else():
            m.d.sync += [acc.eq(kept), count.eq(count_after)]
            with m.If(emit_last):
                m.d.sync += active.eq(0)
        with m.If(emit & ~(take & flit.first)):
            m.d.sync += sent_first.eq(1)
