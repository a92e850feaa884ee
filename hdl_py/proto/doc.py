"""Markdown bit tables generated from the header structs.

``docs/wire-formats.md`` embeds these tables; a test checks that each one there matches the code,
so the document cannot drift from the layouts. Print them all with
``python -m hdl_py.proto.doc``.
"""

import enum as py_enum

from amaranth.hdl import Shape
from amaranth.lib import data

from .codec import byte_order_of, leaf_fields, size_of

__all__ = ["bit_table"]


def _type_name(leaf):
    if "rsvd" in leaf.path.rsplit(".", 1)[-1]:
        return "reserved, 0"
    if isinstance(leaf.shape, type) and issubclass(leaf.shape, py_enum.Enum):
        return f"`{leaf.shape.__name__}`"
    shape = Shape.cast(leaf.shape)
    return f"{'signed' if shape.signed else 'unsigned'}({shape.width})"


def _span(hi_unit, hi_bit, lo_unit, lo_bit, unit_bits, prefix=""):
    """Format a bit span running from (hi_unit, hi_bit) to (lo_unit, lo_bit)."""
    top = unit_bits - 1
    if hi_unit == lo_unit:
        if hi_bit == top and lo_bit == 0:
            return f"{prefix}{hi_unit}"
        if hi_bit == lo_bit:
            return f"{prefix}{hi_unit}[{hi_bit}]"
        return f"{prefix}{hi_unit}[{hi_bit}:{lo_bit}]"
    first = f"{prefix}{hi_unit}" + _upper_part(hi_bit, top)
    last = f"{prefix}{lo_unit}" + _lower_part(lo_bit, top)
    return f"{first}-{last}"


def _upper_part(hi_bit, top):
    """Bits [hi_bit:0] of a unit."""
    return "" if hi_bit == top else f"[{hi_bit}]" if hi_bit == 0 else f"[{hi_bit}:0]"


def _lower_part(lo_bit, top):
    """Bits [top:lo_bit] of a unit."""
    return "" if lo_bit == 0 else f"[{top}]" if lo_bit == top else f"[{top}:{lo_bit}]"


def _value_bits(leaf):
    return f"[{leaf.msb}]" if leaf.width == 1 else f"[{leaf.msb}:{leaf.offset}]"


def bit_table(cls):
    """Markdown table of every leaf field of ``cls``, in wire (or memory) order.

    For a big-endian wire header, ``Bytes`` gives the wire byte offsets (byte 0 first on the
    wire) with bit ranges inside a byte (bit 7 = most significant, sent first). For a
    little-endian host descriptor, ``Bytes`` gives memory byte offsets and ``DW`` the 32-bit word
    and bitfield range as the driver's C struct counts them. ``Value bits`` is the range in the
    struct's integer value (the Amaranth view).
    """
    nbytes = size_of(cls)
    big = byte_order_of(cls) == "big"
    leaves = _ordered_leaves(cls, big)
    if big:
        lines = ["| Field | Bytes | Value bits | Width | Type |",
                 "|---|---|---|---|---|"]
    else:
        lines = ["| Field | Bytes | DW | Value bits | Width | Type |",
                 "|---|---|---|---|---|---|"]
    for leaf in leaves:
        if big:
            wire = _span(nbytes - 1 - leaf.msb // 8, leaf.msb % 8,
                         nbytes - 1 - leaf.offset // 8, leaf.offset % 8, 8)
            lines.append(f"| `{leaf.path}` | {wire} | {_value_bits(leaf)} | {leaf.width} "
                         f"| {_type_name(leaf)} |")
        else:
            mem = _le_span(leaf, 8, "")
            dw = _le_span(leaf, 32, "DW")
            lines.append(f"| `{leaf.path}` | {mem} | {dw} | {_value_bits(leaf)} | {leaf.width} "
                         f"| {_type_name(leaf)} |")
    return "\n".join(lines)


def _ordered_leaves(cls, big):
    """Leaf fields in wire order (big-endian: most significant first; little-endian: memory
    order), keeping the fields of each union member together, members in declaration order."""
    by_path = {leaf.path: leaf for leaf in leaf_fields(cls)}
    result = []

    def walk(shape, path):
        if path in by_path:
            result.append(by_path[path])
            return
        layout = data.Layout.cast(shape)
        if isinstance(layout, data.ArrayLayout):
            indices = range(layout.length)
            for i in (reversed(indices) if big else indices):
                walk(layout.elem_shape, f"{path}[{i}]")
            return
        fields = list(layout)
        if not isinstance(layout, data.UnionLayout):
            fields.sort(key=lambda item: item[1].offset, reverse=big)
        for name, field in fields:
            walk(field.shape, f"{path}.{name}" if path else name)

    walk(cls, "")
    return result


def _le_span(leaf, unit_bits, prefix):
    """Span of a little-endian field in units (bytes or DWs), lowest unit first."""
    top = unit_bits - 1
    lo_unit, lo_bit = divmod(leaf.offset, unit_bits)
    hi_unit, hi_bit = divmod(leaf.msb, unit_bits)
    if lo_unit == hi_unit:
        if lo_bit == 0 and hi_bit == top:
            return f"{prefix}{lo_unit}"
        if lo_bit == hi_bit:
            return f"{prefix}{lo_unit}[{lo_bit}]"
        return f"{prefix}{lo_unit}[{hi_bit}:{lo_bit}]"
    first = f"{prefix}{lo_unit}" + _lower_part(lo_bit, top)
    last = f"{prefix}{hi_unit}" + _upper_part(hi_bit, top)
    return f"{first}-{last}"


if __name__ == "__main__":
    from . import HEADERS, sack_layout

    for header in (*HEADERS, sack_layout(64)):
        print(f"### {header.__name__} ({size_of(header)} bytes, {byte_order_of(header)}-endian)")
        print()
        print(bit_table(header))
        print()
