"""Generic bit-exact codec between Python values and Amaranth ``data`` layouts.

Every header and descriptor of OpenUB is written once, as an Amaranth :class:`data.Struct`
subclass in this package. This module derives the Python encoder and decoder from that layout
(it walks the fields, their offsets and their widths), so there is no second field table to keep
in step with the gateware.

Byte order
----------
A header is tagged with :func:`wire_header` (network order, big-endian) or :func:`host_struct`
(host-memory descriptor written by a little-endian driver). In both cases the integer value of the
Amaranth struct equals ``int.from_bytes(raw, byteorder)``:

* big-endian (``wire_header``): the first byte on the wire is the most significant byte of the
  struct value, so fields listed MSB-first by the reference sit at the top bits and are declared
  last in the ``Struct`` body (Amaranth lists fields LSB-first);
* little-endian (``host_struct``): byte ``k`` of the descriptor in memory is bits
  ``[8k+7:8k]`` of the struct value, so C bitfields (counted from bit 0 up inside little-endian
  32-bit words) are declared in the same order as the C source.

Python values
-------------
* a plain ``unsigned(n)`` / ``signed(n)`` field is an ``int`` (``bool`` accepted);
* a field typed with an :class:`amaranth.lib.enum.Enum` encodes a member of that enum, or a plain
  ``int`` that fits the width (so malformed headers can be built on purpose); it decodes to the
  member, and a value that is not a member raises :class:`ValueError` unless ``strict=False``,
  in which case the raw ``int`` is returned;
* a nested ``Struct`` is a mapping of its fields; a ``Union`` is a mapping of one or more of its
  members (when several are given they must encode to the same bits) and decodes to a mapping of
  every member's view of the bits; an ``ArrayLayout`` is a sequence with one item per element.
  Any aggregate also accepts a plain ``int`` holding its raw bits;
* fields that are not given encode as zero (reserved fields included).

Errors: a truncated or oversized buffer, a value that does not fit its field and an unknown field
name raise :class:`ValueError` naming the header and the field; a value of the wrong Python type
raises :class:`TypeError`.
"""

import enum as py_enum
from collections.abc import Mapping, Sequence

from amaranth.hdl import Shape
from amaranth.lib import data

__all__ = [
    "wire_header",
    "host_struct",
    "size_of",
    "byte_order_of",
    "encode",
    "decode",
    "decode_prefix",
    "pack",
    "unpack",
    "leaf_fields",
    "LeafField",
]


def _register(nbytes, byteorder):
    if isinstance(nbytes, bool) or not isinstance(nbytes, int) or nbytes <= 0:
        raise TypeError(f"nbytes must be a positive integer, not {nbytes!r}")

    def decorate(cls):
        if not (isinstance(cls, type) and issubclass(cls, data.View)):
            raise TypeError(f"{cls!r} is not an Amaranth data.Struct or data.Union subclass")
        size = data.Layout.cast(cls).size
        if size != nbytes * 8:
            raise TypeError(f"{cls.__name__} is declared as {nbytes} bytes ({nbytes * 8} bits) "
                            f"but its layout is {size} bits")
        cls.BYTES = nbytes
        cls.BYTE_ORDER = byteorder
        return cls

    return decorate


def wire_header(*, nbytes):
    """Class decorator for a network header (big-endian on the wire).

    Checks at import time that the struct is exactly ``nbytes`` bytes, and sets the class
    attributes ``BYTES`` (size in bytes) and ``BYTE_ORDER`` (``"big"``).
    """
    return _register(nbytes, "big")


def host_struct(*, nbytes):
    """Class decorator for a host-memory descriptor (little-endian, driver bitfields).

    Checks at import time that the struct is exactly ``nbytes`` bytes, and sets the class
    attributes ``BYTES`` (size in bytes) and ``BYTE_ORDER`` (``"little"``).
    """
    return _register(nbytes, "little")


def _name(cls):
    return getattr(cls, "__name__", repr(cls))


def size_of(cls):
    """Size of a header or descriptor in bytes.

    Uses the ``BYTES`` attribute set by :func:`wire_header`/:func:`host_struct`; for an
    untagged layout, its width divided by eight (it must be a whole number of bytes).
    """
    nbytes = getattr(cls, "BYTES", None)
    if nbytes is not None:
        return nbytes
    size = _top_plan(cls)[1]
    if size % 8:
        raise ValueError(f"{_name(cls)} is {size} bits, not a whole number of bytes")
    return size // 8


def byte_order_of(cls):
    """``"big"`` for a wire header (the default for untagged layouts), ``"little"`` for a host
    descriptor."""
    return getattr(cls, "BYTE_ORDER", "big")


# -- compiled plans ----------------------------------------------------------------------------
#
# Walking Amaranth layouts is slow (every Shape.cast recomputes widths), so each struct class is
# compiled once into a tree of plain tuples, cached per class. The plan is derived from the
# layout; it is not a second description of the fields.

_INT, _ENUM, _STRUCT, _UNION, _ARRAY = range(5)


def _is_enum(shape):
    return isinstance(shape, type) and issubclass(shape, py_enum.Enum)


def _as_layout(shape):
    """The data layout of an aggregate shape, or None for a plain or enum shape."""
    if _is_enum(shape):
        return None
    if isinstance(shape, data.Layout):
        return shape
    if isinstance(shape, type) and issubclass(shape, data.View):
        return data.Layout.cast(shape)
    return None


def _compile(shape):
    """Plan node for ``shape``: ``(kind, width, detail)``.

    * ``_INT``: detail is ``signed``;
    * ``_ENUM``: detail is ``(enum_cls, {value: member})``;
    * ``_STRUCT``: detail is a tuple of ``(name, offset, child)``, then a dict from name to
      ``(offset, child)``;
    * ``_UNION``: detail is a tuple of ``(name, child)``;
    * ``_ARRAY``: detail is ``(length, child)``.
    """
    if _is_enum(shape):
        return (_ENUM, Shape.cast(shape).width, (shape, {m.value: m for m in shape}))
    layout = _as_layout(shape)
    if layout is None:
        cast = Shape.cast(shape)
        return (_INT, cast.width, cast.signed)
    if isinstance(layout, data.ArrayLayout):
        return (_ARRAY, layout.size, (layout.length, _plan(layout.elem_shape)))
    if isinstance(layout, data.UnionLayout):
        return (_UNION, layout.size,
                tuple((name, _plan(field.shape)) for name, field in layout))
    fields = tuple((name, field.offset, _plan(field.shape)) for name, field in layout)
    return (_STRUCT, layout.size,
            (fields, {name: (offset, child) for name, offset, child in fields}))


_PLANS = {}


def _plan(shape):
    try:
        return _PLANS[shape]
    except KeyError:
        pass
    except TypeError:           # an unhashable layout instance: compile without caching
        return _compile(shape)
    plan = _PLANS[shape] = _compile(shape)
    return plan


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, py_enum.Enum)


# -- encoding --------------------------------------------------------------------------------

def _pack_int(width, signed, value, header, path):
    if not _is_int(value):
        raise TypeError(f"{header}: field {path!r} needs an int, not {value!r}")
    value = int(value)
    if signed:
        lo, hi = -(1 << (width - 1)), (1 << (width - 1)) - 1
    else:
        lo, hi = 0, (1 << width) - 1
    if not lo <= value <= hi:
        raise ValueError(f"{header}: field {path!r} value {value} does not fit in "
                         f"{'signed' if signed else 'unsigned'}({width})")
    return value & ((1 << width) - 1)


def _pack_struct(detail, value, header, path):
    if not isinstance(value, Mapping):
        raise TypeError(f"{header}: field {path!r} needs a mapping of its fields, "
                        f"not {value!r}")
    fields, by_name = detail
    bits = 0
    for key, item in value.items():
        try:
            offset, child = by_name[key]
        except (KeyError, TypeError):
            where = f"field {path!r}" if path else "header"
            raise ValueError(f"{header}: {where} has no field {key!r} "
                             f"(fields: {', '.join(name for name, _, _ in fields)})") from None
        bits |= _pack_value(child, item, header, _join(path, key)) << offset
    return bits


def _pack_union(members, value, header, path):
    if not isinstance(value, Mapping):
        raise TypeError(f"{header}: field {path!r} needs a mapping of union members, "
                        f"not {value!r}")
    children = dict(members)
    result = None  # (bits, width, member) of the widest member seen so far
    for key, item in value.items():
        if key not in children:
            raise ValueError(f"{header}: union {path!r} has no member {key!r} "
                             f"(members: {', '.join(children)})")
        child = children[key]
        bits = _pack_value(child, item, header, _join(path, key))
        if result is None:
            result = (bits, child[1], key)
            continue
        # Members overlap from bit 0 up; they must agree on the bits they share.
        shared = (1 << min(child[1], result[1])) - 1
        if (bits ^ result[0]) & shared:
            raise ValueError(f"{header}: union {path!r} members {result[2]!r} and {key!r} "
                             f"encode to different bits ({result[0]:#x} != {bits:#x})")
        if child[1] > result[1]:
            result = (bits, child[1], key)
    return 0 if result is None else result[0]


def _pack_array(length, child, value, header, path):
    if isinstance(value, (str, bytes, bytearray, Mapping)) or not isinstance(value, Sequence):
        raise TypeError(f"{header}: field {path!r} needs a sequence of {length} items, "
                        f"not {value!r}")
    if len(value) != length:
        raise ValueError(f"{header}: field {path!r} needs {length} items, got {len(value)}")
    bits = 0
    for index, item in enumerate(value):
        bits |= _pack_value(child, item, header, f"{path}[{index}]") << (index * child[1])
    return bits


def _pack_value(plan, value, header, path):
    kind, width, detail = plan
    if kind == _INT:
        return _pack_int(width, detail, value, header, path)
    if kind == _ENUM:
        if isinstance(value, py_enum.Enum):
            if not isinstance(value, detail[0]):
                raise TypeError(f"{header}: field {path!r} needs a {detail[0].__name__} "
                                f"member, not {value!r}")
            return value.value
        return _pack_int(width, False, value, header, path)
    if _is_int(value):
        return _pack_int(width, False, value, header, path)
    if kind == _ARRAY:
        return _pack_array(*detail, value, header, path)
    if kind == _UNION:
        return _pack_union(detail, value, header, path)
    return _pack_struct(detail, value, header, path)


def _join(path, key):
    return f"{path}.{key}" if path else key


def _fields_arg(cls, fields, kwargs):
    if fields is None:
        return kwargs
    if not isinstance(fields, Mapping):
        raise TypeError(f"{_name(cls)}: fields must be a mapping, not {fields!r}")
    overlap = set(fields) & set(kwargs)
    if overlap:
        raise ValueError(f"{_name(cls)}: fields given twice: {', '.join(sorted(overlap))}")
    return {**fields, **kwargs}


def _top_plan(cls):
    plan = _PLANS.get(cls) if isinstance(cls, type) else None
    if plan is not None:
        return plan
    if _as_layout(cls) is None:
        raise TypeError(f"{cls!r} is not an Amaranth data layout or aggregate class")
    return _plan(cls)


def pack(cls, fields=None, /, **kwargs):
    """Encode field values into the integer value of the struct ``cls``.

    Fields come as a mapping, keyword arguments, or both; missing fields are zero.
    """
    values = _fields_arg(cls, fields, kwargs)
    kind, _, detail = _top_plan(cls)
    if kind == _UNION:
        return _pack_union(detail, values, _name(cls), "")
    if kind == _ARRAY:
        raise TypeError(f"{_name(cls)}: pack an array through its enclosing struct")
    return _pack_struct(detail, values, _name(cls), "")


def encode(cls, fields=None, /, **kwargs):
    """Encode field values into the bytes of ``cls`` (wire order for a wire header, memory order
    for a host descriptor). See :func:`pack` for the arguments."""
    return pack(cls, fields, **kwargs).to_bytes(size_of(cls), byte_order_of(cls))


# -- decoding --------------------------------------------------------------------------------

class _NotAMember(Exception):
    """Internal: an enum field holds a value that is not a member (strict decoding)."""


def _unpack_value(plan, bits, strict):
    # Hot path for the models: no field paths are built here; an error is located afterwards by
    # _locate_bad_enum.
    kind, width, detail = plan
    if kind == _INT:
        if detail and bits >> (width - 1):
            return bits - (1 << width)
        return bits
    if kind == _ENUM:
        enum_cls, members = detail
        member = members.get(bits)
        if member is not None:
            return member
        try:
            return enum_cls(bits)   # a Flag combination
        except ValueError:
            if strict:
                raise _NotAMember from None
            return bits
    if kind == _STRUCT:
        return {name: _unpack_value(child, (bits >> offset) & ((1 << child[1]) - 1), strict)
                for name, offset, child in detail[0]}
    if kind == _UNION:
        return {name: _unpack_value(child, bits & ((1 << child[1]) - 1), strict)
                for name, child in detail}
    length, child = detail
    mask = (1 << child[1]) - 1
    return [_unpack_value(child, (bits >> (i * child[1])) & mask, strict)
            for i in range(length)]


def _locate_bad_enum(plan, bits, path):
    """Find the first enum field of ``plan`` whose value in ``bits`` is not a member."""
    kind, width, detail = plan
    if kind == _ENUM:
        try:
            detail[0](bits)
        except ValueError:
            return path, bits, detail[0]
        return None
    if kind == _STRUCT:
        children = [(_join(path, name), offset, child) for name, offset, child in detail[0]]
    elif kind == _UNION:
        children = [(_join(path, name), 0, child) for name, child in detail]
    elif kind == _ARRAY:
        length, child = detail
        children = [(f"{path}[{i}]", i * child[1], child) for i in range(length)]
    else:
        return None
    for child_path, offset, child in children:
        found = _locate_bad_enum(child, (bits >> offset) & ((1 << child[1]) - 1), child_path)
        if found:
            return found
    return None


def unpack(cls, value, *, strict=True):
    """Decode the integer value of the struct ``cls`` into a dict of field values."""
    if not _is_int(value):
        raise TypeError(f"{_name(cls)}: value must be an int, not {value!r}")
    plan = _top_plan(cls)
    if not 0 <= value < (1 << plan[1]):
        raise ValueError(f"{_name(cls)}: value {value:#x} does not fit in {plan[1]} bits")
    try:
        return _unpack_value(plan, value, strict)
    except _NotAMember:
        path, bits, enum_cls = _locate_bad_enum(plan, value, "")
        names = ", ".join(f"{m.name}={m.value}" for m in enum_cls)
        raise ValueError(f"{_name(cls)}: field {path!r} value {bits:#x} is not a "
                         f"{enum_cls.__name__} member ({names})") from None


def _check_buffer(cls, buf):
    if isinstance(buf, str) or not isinstance(buf, (bytes, bytearray, memoryview)):
        raise TypeError(f"{_name(cls)}: expected a bytes-like object, not {type(buf).__name__}")
    return bytes(buf)


def decode(cls, buf, *, strict=True):
    """Decode exactly ``size_of(cls)`` bytes into a dict of field values.

    Raises :class:`ValueError` if ``buf`` is shorter (truncated) or longer (oversized) than the
    header; use :func:`decode_prefix` to parse a header at the start of a longer packet.
    """
    buf = _check_buffer(cls, buf)
    nbytes = size_of(cls)
    if len(buf) < nbytes:
        raise ValueError(f"{_name(cls)}: truncated input, {len(buf)} bytes for a "
                         f"{nbytes}-byte header")
    if len(buf) > nbytes:
        raise ValueError(f"{_name(cls)}: oversized input, {len(buf)} bytes for a "
                         f"{nbytes}-byte header (use decode_prefix to parse a prefix)")
    return unpack(cls, int.from_bytes(buf, byte_order_of(cls)), strict=strict)


def decode_prefix(cls, buf, *, strict=True):
    """Decode the header at the start of ``buf``; return ``(fields, rest)``.

    Raises :class:`ValueError` if ``buf`` is shorter than the header.
    """
    buf = _check_buffer(cls, buf)
    nbytes = size_of(cls)
    if len(buf) < nbytes:
        raise ValueError(f"{_name(cls)}: truncated input, {len(buf)} bytes for a "
                         f"{nbytes}-byte header")
    return decode(cls, buf[:nbytes], strict=strict), buf[nbytes:]


# -- introspection (documentation tables, tests) -----------------------------------------------

class LeafField:
    """One leaf field of a layout, with its position in the struct value.

    Attributes
    ----------
    path : str
        Dotted path (``"cc.info.caqm.hint"``; array elements as ``"credit[3]"``).
    offset : int
        Bit offset of the field's least significant bit in the struct value.
    width : int
        Width in bits.
    shape : shape-castable
        The field's shape (plain ``Shape`` or enum class).
    union : str or None
        The path of the closest enclosing union, if the field overlaps others.
    """

    def __init__(self, path, offset, width, shape, union):
        self.path = path
        self.offset = offset
        self.width = width
        self.shape = shape
        self.union = union

    @property
    def msb(self):
        """Bit index of the field's most significant bit in the struct value."""
        return self.offset + self.width - 1

    def __repr__(self):
        return f"LeafField({self.path!r}, offset={self.offset}, width={self.width})"


def leaf_fields(cls):
    """List the leaf fields of ``cls`` (nested structs, unions and arrays flattened)."""
    result = []

    def walk(shape, offset, path, union):
        layout = _as_layout(shape)
        if layout is None:
            result.append(LeafField(path, offset, Shape.cast(shape).width, shape, union))
        elif isinstance(layout, data.ArrayLayout):
            width = Shape.cast(layout.elem_shape).width
            for i in range(layout.length):
                walk(layout.elem_shape, offset + i * width, f"{path}[{i}]", union)
        else:
            inner = path if isinstance(layout, data.UnionLayout) else union
            for name, field in layout:
                walk(field.shape, offset + field.offset, _join(path, name), inner)

    walk(cls, 0, "", None)
    return result
