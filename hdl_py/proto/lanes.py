"""Gateware helpers that place headers into, and take them out of, packet-stream byte lanes.

The packet stream (``hdl_py/lib/stream.py``) carries the first byte of a packet in the lowest byte
lane (``data[0:8]``). A wire header's struct value has its first wire byte in the *most*
significant byte, so moving a header between a struct and the lanes reverses the byte order.
That is pure wiring (no logic). Host-memory descriptors (``host_struct``) are little-endian and
already in lane order.
"""

from amaranth.hdl import Cat, Value
from amaranth.lib import data

from .codec import byte_order_of, size_of

__all__ = ["wire_bytes_reversed", "header_to_lanes", "lanes_to_header"]


def wire_bytes_reversed(value):
    """Reverse the byte order of a value whose width is a multiple of 8 bits.

    Byte ``k`` of the result is byte ``n - 1 - k`` of ``value``. The reversal is its own
    inverse, so the same function converts a big-endian header value to lane order and back.
    """
    value = Value.cast(value)
    if len(value) % 8:
        raise ValueError(f"cannot byte-reverse a {len(value)}-bit value "
                         f"(width must be a multiple of 8)")
    nbytes = len(value) // 8
    return Cat(*(value[8 * k:8 * (k + 1)] for k in reversed(range(nbytes))))


def _struct_class(header, shape):
    if shape is not None:
        return shape
    # A Signal(Rtph) is an instance of Rtph, which carries BYTES/BYTE_ORDER from its tag.
    if isinstance(header, data.View) and hasattr(type(header), "BYTES"):
        return type(header)
    raise TypeError("pass a view of a tagged header struct, or give shape= explicitly")


def header_to_lanes(header, shape=None):
    """Byte lanes (first wire byte in bits [7:0]) of a header value.

    Parameters
    ----------
    header : data.View or value-like
        A view of a header struct (e.g. ``Signal(Rtph)``), or its raw value.
    shape : header struct class, optional
        Required when ``header`` is a raw value; picks the byte order.

    Returns
    -------
    Value
        ``8 * size_of(shape)`` bits, ready to be placed at the start of a stream beat's data.
    """
    cls = _struct_class(header, shape)
    value = Value.cast(header)
    if len(value) != 8 * size_of(cls):
        raise ValueError(f"{cls.__name__} is {8 * size_of(cls)} bits, the value is "
                         f"{len(value)} bits")
    if byte_order_of(cls) == "big":
        return wire_bytes_reversed(value)
    return value


def lanes_to_header(lanes, shape):
    """View of the header ``shape`` whose first wire byte is in lane 0 of ``lanes``.

    ``lanes`` may be wider than the header (a whole stream beat); its lowest
    ``size_of(shape)`` bytes are used.
    """
    lanes = Value.cast(lanes)
    nbits = 8 * size_of(shape)
    if len(lanes) < nbits:
        raise ValueError(f"{shape.__name__} needs {nbits} bits of lanes, got {len(lanes)}")
    value = lanes[:nbits]
    if byte_order_of(shape) == "big":
        value = wire_bytes_reversed(value)
    return shape(value)
