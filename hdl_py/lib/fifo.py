"""Stream FIFOs over :mod:`amaranth.lib.fifo`.

:class:`StreamFIFO` and :class:`AsyncStreamFIFO` put ``amaranth.lib.stream`` ports with a typed
payload on :class:`~amaranth.lib.fifo.SyncFIFOBuffered` and
:class:`~amaranth.lib.fifo.AsyncFIFOBuffered` (which work on plain ``width``-bit words).
:class:`PacketFIFO` stores packet-stream beats and counts the complete packets it holds, so a
consumer can forward store-and-forward (a whole packet is present before its first beat leaves).

None of them can overflow: ``i.ready`` is low while the FIFO is full, and a beat is only taken
when ``i.valid`` and ``i.ready`` are both high.
"""

from amaranth.hdl import Module, Shape, ShapeCastable, Signal, Value
from amaranth.lib import fifo, stream, wiring
from amaranth.lib.wiring import In, Out

from .stream import check_data_bytes, packet_layout

__all__ = ["StreamFIFO", "AsyncStreamFIFO", "PacketFIFO"]


def _check_shape(shape):
    if not isinstance(shape, ShapeCastable):
        try:
            Shape.cast(shape)
        except TypeError as error:
            raise TypeError(f"shape must be a shape-like object, not {shape!r}") from error
    return shape


def _check_depth(depth, minimum=1):
    if not isinstance(depth, int) or isinstance(depth, bool):
        raise TypeError(f"depth must be an integer, not {depth!r}")
    if depth < minimum:
        raise ValueError(f"depth must be at least {minimum}, not {depth}")
    return depth


def _check_domain(name, domain):
    if not isinstance(domain, str) or not domain:
        raise TypeError(f"{name} must be a non-empty string, not {domain!r}")
    return domain


def _connect_fifo(m, fifo_, i, o):
    """Wire a word-wide ``amaranth.lib.fifo`` FIFO between typed streams ``i`` and ``o``."""
    m.d.comb += [
        fifo_.w_data.eq(Value.cast(i.payload)),
        fifo_.w_en.eq(i.valid),
        i.ready.eq(fifo_.w_rdy),
        o.payload.eq(fifo_.r_data),
        o.valid.eq(fifo_.r_rdy),
        fifo_.r_en.eq(o.ready),
    ]


class StreamFIFO(wiring.Component):
    """Synchronous stream FIFO (:class:`amaranth.lib.fifo.SyncFIFOBuffered` inside).

    The output side is registered (``o.payload`` and ``o.valid`` come from a register), ``i.ready``
    is a compare on the fill level. A beat written into an empty FIFO appears on ``o`` two cycles
    later. With ``depth >= 3`` a beat can enter and one leave in every cycle, so the FIFO runs at
    full throughput. Smaller depths are allowed but pass one beat every other cycle
    (``SyncFIFOBuffered`` is an output register plus a memory of ``depth - 1`` entries, and a
    one-entry memory cannot be written and read in the same cycle).

    Parameters
    ----------
    shape : shape-like
        Payload shape of both streams.
    depth : int
        Capacity in beats (at least 1; at least 3 for full throughput).

    Members
    -------
    i : ``In(stream.Signature(shape))``
        Input stream; ``ready`` (driven here) is low while the FIFO is full.
    o : ``Out(stream.Signature(shape))``
        Output stream; ``valid`` and ``payload`` are driven here.
    level : ``Out(range(depth + 1))``
        Beats currently stored (including the output register), in the ``sync`` domain.
    """

    def __init__(self, *, shape, depth):
        self._shape = _check_shape(shape)
        self._depth = _check_depth(depth)
        super().__init__({
            "i": In(stream.Signature(shape)),
            "o": Out(stream.Signature(shape)),
            "level": Out(range(depth + 1)),
        })

    @property
    def shape(self):
        """Payload shape (read-only)."""
        return self._shape

    @property
    def depth(self):
        """Capacity in beats (read-only)."""
        return self._depth

    def elaborate(self, platform):
        m = Module()
        m.submodules.fifo = fifo_ = fifo.SyncFIFOBuffered(
            width=Shape.cast(self._shape).width, depth=self._depth)
        _connect_fifo(m, fifo_, self.i, self.o)
        m.d.comb += self.level.eq(fifo_.level)
        return m


class AsyncStreamFIFO(wiring.Component):
    """Clock-domain-crossing stream FIFO (:class:`amaranth.lib.fifo.AsyncFIFOBuffered` inside).

    ``AsyncFIFOBuffered`` only supports depths of a power of two plus one; ``depth`` is rounded up
    to the next such value, and :attr:`depth` reports the actual capacity. The FIFO is reset from
    the write domain.

    Parameters
    ----------
    shape : shape-like
        Payload shape of both streams.
    depth : int
        Minimum capacity in beats (at least 2); rounded up to ``2**n + 1``.
    w_domain : str
        Clock domain of ``i`` and ``w_level``. Default ``"write"``.
    r_domain : str
        Clock domain of ``o`` and ``r_level``. Default ``"read"``.

    Members
    -------
    i : ``In(stream.Signature(shape))``
        Input stream, in ``w_domain``.
    o : ``Out(stream.Signature(shape))``
        Output stream, in ``r_domain``; ``payload`` and ``valid`` are registered.
    w_level : ``Out(range(depth + 1))``
        Fill level as seen from the write domain (may lag reads by the synchronizer delay).
    r_level : ``Out(range(depth + 1))``
        Fill level as seen from the read domain (may lag writes by the synchronizer delay).
    """

    def __init__(self, *, shape, depth, w_domain="write", r_domain="read"):
        self._shape = _check_shape(shape)
        _check_depth(depth, minimum=2)
        self._w_domain = _check_domain("w_domain", w_domain)
        self._r_domain = _check_domain("r_domain", r_domain)
        # Same rounding as AsyncFIFOBuffered (power of two plus one).
        self._depth = (1 << (depth - 2).bit_length()) + 1
        super().__init__({
            "i": In(stream.Signature(shape)),
            "o": Out(stream.Signature(shape)),
            "w_level": Out(range(self._depth + 1)),
            "r_level": Out(range(self._depth + 1)),
        })

    @property
    def shape(self):
        """Payload shape (read-only)."""
        return self._shape

    @property
    def depth(self):
        """Actual capacity in beats after rounding (read-only)."""
        return self._depth

    @property
    def w_domain(self):
        """Write clock domain (read-only)."""
        return self._w_domain

    @property
    def r_domain(self):
        """Read clock domain (read-only)."""
        return self._r_domain

    def elaborate(self, platform):
        m = Module()
        m.submodules.fifo = fifo_ = fifo.AsyncFIFOBuffered(
            width=Shape.cast(self._shape).width, depth=self._depth,
            w_domain=self._w_domain, r_domain=self._r_domain, exact_depth=True)
        _connect_fifo(m, fifo_, self.i, self.o)
        m.d.comb += [
            self.w_level.eq(fifo_.w_level),
            self.r_level.eq(fifo_.r_level),
        ]
        return m


class PacketFIFO(wiring.Component):
    """Packet-stream FIFO that counts the complete packets it holds.

    A packet is complete once its ``last`` beat has been written; :attr:`packets` counts packets
    whose ``last`` beat is in the FIFO (a packet being read out stays counted until its ``last``
    beat leaves). Because the FIFO keeps order, ``packets != 0`` means the packet at the head is
    entirely inside.

    With ``store_and_forward=True`` (the default) ``o.valid`` is held low until the head packet is
    complete, so once a packet starts leaving it leaves at one beat per cycle with no gap caused
    by its source. A packet longer than ``depth`` beats can never be complete inside the FIFO;
    rather than deadlock, the FIFO then forwards it cut-through: when the FIFO is full and holds
    no complete packet, the head packet is released and flows until its ``last`` beat (the
    ``oversize`` output pulses once for each such packet so the owner can count it).
    With ``store_and_forward=False`` the FIFO forwards beats as soon as they arrive and
    :attr:`packets` is informative only.

    The FIFO does not check framing (``first``/``last``); it stores what it is given.

    Parameters
    ----------
    depth : int
        Capacity in beats (at least 2; at least 3 for full throughput, see :class:`StreamFIFO`).
    data_bytes : int
        Byte lanes per beat (see :func:`hdl_py.lib.stream.packet_layout`). Default 32.
    side : shape-like or None
        Sideband layout (see :func:`hdl_py.lib.stream.packet_layout`). Default ``None``.
    store_and_forward : bool
        Hold back a packet until its ``last`` beat is in the FIFO. Default ``True``.

    Members
    -------
    i : ``In(PacketSignature(data_bytes, side))``
        Input packet stream; ``ready`` is low while the FIFO is full.
    o : ``Out(PacketSignature(data_bytes, side))``
        Output packet stream; ``payload`` is registered.
    level : ``Out(range(depth + 1))``
        Beats currently stored.
    packets : ``Out(range(depth + 1))``
        Complete packets currently stored (registered).
    oversize : ``Out(1)``
        One-cycle pulse (registered) when, in store-and-forward mode, a packet longer than the
        FIFO starts being forwarded cut-through.
    """

    def __init__(self, *, depth, data_bytes=32, side=None, store_and_forward=True):
        self._depth = _check_depth(depth, minimum=2)
        self._data_bytes = check_data_bytes(data_bytes)
        self._side = side
        self._store_and_forward = bool(store_and_forward)
        self._layout = packet_layout(data_bytes, side)
        super().__init__({
            "i": In(stream.Signature(self._layout)),
            "o": Out(stream.Signature(self._layout)),
            "level": Out(range(depth + 1)),
            "packets": Out(range(depth + 1)),
            "oversize": Out(1),
        })

    @property
    def depth(self):
        """Capacity in beats (read-only)."""
        return self._depth

    @property
    def data_bytes(self):
        """Byte lanes per beat (read-only)."""
        return self._data_bytes

    @property
    def side(self):
        """Sideband layout or ``None`` (read-only)."""
        return self._side

    @property
    def store_and_forward(self):
        """Whether packets are held until complete (read-only)."""
        return self._store_and_forward

    def elaborate(self, platform):
        m = Module()
        m.submodules.fifo = fifo_ = fifo.SyncFIFOBuffered(
            width=self._layout.size, depth=self._depth)
        head = Signal(self._layout)
        m.d.comb += [
            fifo_.w_data.eq(Value.cast(self.i.payload)),
            fifo_.w_en.eq(self.i.valid),
            self.i.ready.eq(fifo_.w_rdy),
            head.eq(fifo_.r_data),
            self.o.payload.eq(head),
            self.level.eq(fifo_.level),
        ]

        write_last = self.i.valid & self.i.ready & self.i.payload.last
        read = self.o.valid & self.o.ready
        read_last = read & head.last
        with m.If(write_last & ~read_last):
            m.d.sync += self.packets.eq(self.packets + 1)
        with m.Elif(read_last & ~write_last):
            m.d.sync += self.packets.eq(self.packets - 1)

        if self._store_and_forward:
            # Set while an incomplete packet is being forwarded cut-through (see class docs).
            partial = Signal()
            # Full with no complete packet inside: the head packet cannot complete here.
            stuck = ~fifo_.w_rdy & (self.packets == 0)
            release = (self.packets != 0) | partial | stuck
            m.d.comb += [
                self.o.valid.eq(fifo_.r_rdy & release),
                fifo_.r_en.eq(self.o.ready & release),
            ]
            m.d.sync += self.oversize.eq(0)
            with m.If(read):
                with m.If(head.last):
                    m.d.sync += partial.eq(0)
                with m.Elif(self.packets == 0):
                    m.d.sync += partial.eq(1)
                    with m.If(~partial):
                        m.d.sync += self.oversize.eq(1)
        else:
            m.d.comb += [
                self.o.valid.eq(fifo_.r_rdy),
                fifo_.r_en.eq(self.o.ready),
            ]
        return m
