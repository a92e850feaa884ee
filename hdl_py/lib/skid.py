"""Two-entry skid buffer: a full-throughput pipeline register for a stream."""

from amaranth.hdl import Module, Mux, Shape, ShapeCastable, Signal
from amaranth.lib import stream, wiring
from amaranth.lib.wiring import In, Out

__all__ = ["SkidBuffer"]


class SkidBuffer(wiring.Component):
    """Two-entry skid buffer that registers every signal crossing it.

    ``o.valid`` and ``o.payload`` come straight from a register (the *main* entry), and so does
    ``i.ready`` (it is the inverse of the *skid* entry's occupancy), so the buffer cuts both the
    forward (valid/payload) and the backward (ready) combinational paths between source and sink.
    A second entry catches the beat the source sends in the cycle the sink stalls, because the
    registered ``i.ready`` cannot drop in that same cycle. While the sink never stalls the skid
    entry stays empty and one beat passes per cycle, with one cycle of latency.

    :mod:`amaranth.lib.stream` has no pipeline register; :class:`amaranth.lib.fifo.SyncFIFO` of
    depth 2 has a combinational ``ready`` path through its level compare and a memory, so the
    two registers are written out here.

    Parameters
    ----------
    shape : shape-like
        Payload shape of both streams (for example
        :func:`hdl_py.lib.stream.packet_layout`). May also be passed by keyword.

    Members
    -------
    i : ``In(stream.Signature(shape))``
        Input stream; the source drives ``payload`` and ``valid``, this buffer drives ``ready``
        (registered).
    o : ``Out(stream.Signature(shape))``
        Output stream; this buffer drives ``payload`` and ``valid`` (registered), the sink drives
        ``ready``.
    """

    def __init__(self, shape):
        if not isinstance(shape, ShapeCastable):
            try:
                Shape.cast(shape)
            except TypeError as error:
                raise TypeError(f"shape must be a shape-like object, not {shape!r}") from error
        self._shape = shape
        super().__init__({
            "i": In(stream.Signature(shape)),
            "o": Out(stream.Signature(shape)),
        })

    @property
    def shape(self):
        """Payload shape (read-only)."""
        return self._shape

    def elaborate(self, platform):
        m = Module()

        skid_valid = Signal()
        skid_payload = Signal(self._shape)

        # ``ready`` is a register: the buffer can always take a beat unless the skid entry is
        # occupied. A beat accepted while the main entry is stalled lands in the skid entry.
        m.d.comb += self.i.ready.eq(~skid_valid)

        # The payload registers load whenever their entry is free to change, valid or not (a
        # payload is only looked at with its ``valid``): their enables then come from the
        # buffer's own registers and the sink's ``ready``, never from the source's ``valid``
        # and the logic behind it.
        with m.If(self.o.ready | ~self.o.valid):
            # The main entry empties (or is empty) this cycle: refill it from the skid entry
            # first (older beat), otherwise straight from the input.
            m.d.sync += [
                self.o.payload.eq(Mux(skid_valid, skid_payload, self.i.payload)),
                self.o.valid.eq(skid_valid | self.i.valid),
                skid_valid.eq(0),
            ]
        with m.Elif(~skid_valid):
            # The main entry holds a stalled beat; a beat the source sends in this cycle (it
            # saw ready=1) is parked.
            m.d.sync += [
                skid_payload.eq(self.i.payload),
                skid_valid.eq(self.i.valid),
            ]

        return m
