"""The OpenUB packet stream: payload layout, signature and pure-Python beat codecs.

Every datapath between OpenUB blocks (link, switch, transport, transaction, UMMU) is an
:class:`amaranth.lib.stream` stream whose payload is :func:`packet_layout`. A packet is a run of
beats from a beat with ``first`` set to a beat with ``last`` set (both on the same beat for a
one-beat packet). Each beat carries ``data_bytes`` byte lanes; the first byte of the packet on the
wire is byte lane 0, which is ``data[0:8]`` (little-endian byte lanes). ``nbytes`` counts the
valid lanes of a beat, starting from lane 0: it equals ``data_bytes`` on every beat except the
last one, where it is 1..``data_bytes``. Lanes at or above ``nbytes`` carry don't-care values.

Stream rules (as :mod:`amaranth.lib.stream` states them): ``valid`` never waits on ``ready``,
and the payload stays stable while ``valid`` is asserted and the beat was not yet accepted.

The pure-Python helpers :func:`packet_to_beats` and :func:`beats_to_packets` convert between
packets (``bytes``) and beats (``dict`` with keys ``data``, ``nbytes``, ``first``, ``last`` and,
when a sideband is present, ``side``). Models, scoreboards and testbenches use them, so the beat
format is written down once.
"""

from amaranth.hdl import Shape, ShapeCastable, unsigned
from amaranth.lib import data, stream
from amaranth.utils import ceil_log2

__all__ = [
    "packet_layout",
    "PacketSignature",
    "packet_to_beats",
    "beats_to_packets",
    "connect_packets",
    "check_data_bytes",
]

_BEAT_KEYS = ("data", "nbytes", "first", "last")


def check_data_bytes(data_bytes):
    """Validate a packet-stream beat width.

    Parameters
    ----------
    data_bytes : int
        Bytes per beat; a power of two from 1 to 256.

    Returns
    -------
    int
        ``data_bytes``, unchanged.

    Raises
    ------
    TypeError
        If ``data_bytes`` is not an integer.
    ValueError
        If ``data_bytes`` is not a power of two in 1..256.
    """
    if not isinstance(data_bytes, int) or isinstance(data_bytes, bool):
        raise TypeError(f"data_bytes must be an integer, not {data_bytes!r}")
    if not 1 <= data_bytes <= 256 or data_bytes & (data_bytes - 1):
        raise ValueError(f"data_bytes must be a power of two from 1 to 256, not {data_bytes}")
    return data_bytes


def _nbytes_width(data_bytes):
    return ceil_log2(data_bytes + 1)


def packet_layout(data_bytes=32, side=None):
    """Payload layout of one packet-stream beat.

    Parameters
    ----------
    data_bytes : int
        Byte lanes per beat; a power of two from 1 to 256. Default 32 (a 256-bit datapath).
    side : shape-like or None
        Layout of the per-layer sideband (for example the VL or the TPN), constant over a packet
        by convention of the layer that defines it. ``None`` (the default) omits the field.

    Returns
    -------
    :class:`amaranth.lib.data.StructLayout`
        Fields, in this order:

        ``data`` : ``unsigned(8 * data_bytes)``
            Byte lanes; byte lane ``k`` is ``data[8*k : 8*k+8]`` and lane 0 is the first byte on
            the wire.
        ``nbytes`` : ``unsigned(ceil_log2(data_bytes + 1))``
            Valid byte lanes in this beat, counted from lane 0: ``data_bytes`` on every beat but
            the last, 1..``data_bytes`` on the last.
        ``first`` : 1 bit
            Set on the first beat of a packet.
        ``last`` : 1 bit
            Set on the last beat of a packet.
        ``side`` : ``side``
            The sideband, present only when ``side`` is not ``None``.
    """
    check_data_bytes(data_bytes)
    fields = {
        "data": unsigned(8 * data_bytes),
        "nbytes": unsigned(_nbytes_width(data_bytes)),
        "first": unsigned(1),
        "last": unsigned(1),
    }
    if side is not None:
        if not isinstance(side, ShapeCastable):
            try:
                Shape.cast(side)
            except TypeError as error:
                raise TypeError(f"side must be a shape-like object or None, not {side!r}") \
                    from error
        fields["side"] = side
    return data.StructLayout(fields)


# A function, not a subclass: amaranth.lib.stream.Signature is final. Named like the signature it
# returns so that call sites read like the other signatures.
def PacketSignature(data_bytes=32, side=None):
    """Stream signature of the packet stream.

    Parameters
    ----------
    data_bytes : int
        Byte lanes per beat (see :func:`packet_layout`).
    side : shape-like or None
        Sideband layout (see :func:`packet_layout`).

    Returns
    -------
    :class:`amaranth.lib.stream.Signature`
        ``stream.Signature(packet_layout(data_bytes, side))``; its members are ``payload``
        (driven by the source), ``valid`` (source) and ``ready`` (sink).
    """
    return stream.Signature(packet_layout(data_bytes, side))


def packet_to_beats(payload, data_bytes, side=None):
    """Split one packet into packet-stream beats.

    Parameters
    ----------
    payload : bytes-like
        The packet, first byte on the wire first. Must not be empty (a packet has at least one
        beat, and a beat at least one valid byte).
    data_bytes : int
        Byte lanes per beat; a power of two from 1 to 256.
    side : object or None
        Sideband value copied to every beat under the key ``side`` (an ``int`` or a ``dict``
        matching the sideband layout). ``None`` omits the key.

    Returns
    -------
    list of dict
        One dict per beat with keys ``data`` (int, byte lane 0 in bits [7:0], unused lanes 0),
        ``nbytes``, ``first`` and ``last`` (0 or 1), and ``side`` when given.

    Raises
    ------
    TypeError
        If ``payload`` is not bytes-like.
    ValueError
        If ``payload`` is empty or ``data_bytes`` is invalid.
    """
    check_data_bytes(data_bytes)
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise TypeError(f"payload must be bytes-like, not {type(payload).__name__}")
    payload = bytes(payload)
    if not payload:
        raise ValueError("payload must not be empty: a packet has at least one byte")
    beats = []
    for offset in range(0, len(payload), data_bytes):
        chunk = payload[offset:offset + data_bytes]
        beat = {
            "data": int.from_bytes(chunk, "little"),
            "nbytes": len(chunk),
            "first": int(offset == 0),
            "last": int(offset + data_bytes >= len(payload)),
        }
        if side is not None:
            beat["side"] = side
        beats.append(beat)
    return beats


def beats_to_packets(beats, data_bytes):
    """Reassemble packets from packet-stream beats, validating the framing.

    Parameters
    ----------
    beats : iterable of dict
        Beats as :func:`packet_to_beats` makes them (the ``side`` key, if any, is ignored).
        Lanes at or above ``nbytes`` are ignored.
    data_bytes : int
        Byte lanes per beat; a power of two from 1 to 256.

    Returns
    -------
    list of bytes
        The packets, in order.

    Raises
    ------
    ValueError
        On a malformed sequence: a beat without ``first`` outside a packet (missing first, or
        ``last`` before ``first``), ``first`` inside an unfinished packet, ``nbytes`` of 0 or
        above ``data_bytes``, ``nbytes`` below ``data_bytes`` on a beat that is not last, a
        ``data`` value out of range, a missing key, or a sequence ending inside a packet.
        The message names the offending beat index.
    """
    check_data_bytes(data_bytes)
    packets = []
    current = None
    index = -1
    for index, beat in enumerate(beats):
        for key in _BEAT_KEYS:
            if key not in beat:
                raise ValueError(f"beat {index}: missing key {key!r}")
        value, nbytes = int(beat["data"]), int(beat["nbytes"])
        first, last = bool(beat["first"]), bool(beat["last"])
        if not 0 <= value < 1 << (8 * data_bytes):
            raise ValueError(f"beat {index}: data {value:#x} does not fit in {data_bytes} bytes")
        if not 1 <= nbytes <= data_bytes:
            raise ValueError(f"beat {index}: nbytes {nbytes} is outside 1..{data_bytes}")
        if not last and nbytes != data_bytes:
            raise ValueError(
                f"beat {index}: nbytes {nbytes} < data_bytes {data_bytes} on a beat that is not "
                f"last")
        if first:
            if current is not None:
                raise ValueError(f"beat {index}: first set inside an unfinished packet "
                                 f"(previous packet has no last beat)")
            current = bytearray()
        elif current is None:
            what = "last before first" if last else "missing first"
            raise ValueError(f"beat {index}: {what} (beat outside a packet without first set)")
        current += value.to_bytes(data_bytes, "little")[:nbytes]
        if last:
            packets.append(bytes(current))
            current = None
    if current is not None:
        raise ValueError(f"beat sequence ends inside a packet (beat {index} is not last)")
    return packets


def connect_packets(m, src, dst):
    """Connect packet stream ``src`` to ``dst`` (comb, in module ``m``) when their sidebands
    differ: the sideband fields both layouts have are carried, the others of ``dst`` are 0.
    Beat widths must match."""
    sp, dp = src.payload, dst.payload
    if len(sp.data) != len(dp.data):
        raise ValueError(f"beat widths differ: {len(sp.data)} and {len(dp.data)} bits")
    m.d.comb += [dst.valid.eq(src.valid), src.ready.eq(dst.ready), dp.data.eq(sp.data),
                 dp.nbytes.eq(sp.nbytes), dp.first.eq(sp.first), dp.last.eq(sp.last)]
    def side_fields(view):
        members = view.shape().members
        return set(members["side"].members) if "side" in members else set()

    for name in sorted(side_fields(sp) & side_fields(dp)):
        m.d.comb += getattr(dp.side, name).eq(getattr(sp.side, name))
