"""Shared helpers for the wire-format tests: value generators and Amaranth-side readers.

They walk the Amaranth layouts directly (not through the codec), so they can serve as an
independent check of the codec.
"""

import enum as py_enum

from amaranth.hdl import Shape, Value
from amaranth.lib import data
from hypothesis import strategies as st


def _is_enum(shape):
    return isinstance(shape, type) and issubclass(shape, py_enum.Enum)


def _layout(shape):
    if _is_enum(shape):
        return None
    if isinstance(shape, data.Layout):
        return shape
    if isinstance(shape, type) and issubclass(shape, data.View):
        return data.Layout.cast(shape)
    return None


#: Descriptors laid out in host memory by a little-endian driver; every other header is a
#: big-endian wire header. Stated here, independently of the code under test.
HOST_STRUCT_NAMES = {"SqeCtl", "Sge", "SqeBasicBlock", "Cqe"}


def expected_byte_order(cls):
    return "little" if cls.__name__ in HOST_STRUCT_NAMES else "big"


def fields_from_bits(shape, bits, select):
    """Field values of ``shape`` sliced from the integer ``bits`` by walking the Amaranth layout.

    An enum field takes member ``slice % len(members)``; each union takes the member chosen by
    the next digit of ``select``. Returns ``(fields, select)`` with the digits left over.
    """
    if _is_enum(shape):
        members = list(shape)
        return members[bits % len(members)], select
    layout = _layout(shape)
    if layout is None:
        return bits, select
    if isinstance(layout, data.ArrayLayout):
        width = Shape.cast(layout.elem_shape).width
        result = []
        for index in range(layout.length):
            item, select = fields_from_bits(layout.elem_shape,
                                            (bits >> (index * width)) & ((1 << width) - 1),
                                            select)
            result.append(item)
        return result, select
    items = list(layout)
    if isinstance(layout, data.UnionLayout):
        select, choice = divmod(select, len(items))
        items = [items[choice]]
    result = {}
    for name, field in items:
        width = Shape.cast(field.shape).width
        result[name], select = fields_from_bits(
            field.shape, (bits >> field.offset) & ((1 << width) - 1), select)
    return result, select


def fields_strategy(shape):
    """Hypothesis strategy for Python field values of ``shape`` (one member per union).

    Draws one integer for the whole struct (cheap to generate, even for 1024-bit fields) and
    slices it into fields with :func:`fields_from_bits`.
    """
    width = Shape.cast(shape).width
    return st.builds(lambda bits, select: fields_from_bits(shape, bits, select)[0],
                     st.integers(0, (1 << width) - 1), st.integers(0, 1 << 16))


def random_fields(shape, rng):
    """Random Python field values of ``shape``; unions always use their first member."""
    if _is_enum(shape):
        return rng.choice(list(shape))
    layout = _layout(shape)
    if layout is None:
        return rng.getrandbits(Shape.cast(shape).width)
    if isinstance(layout, data.ArrayLayout):
        return [random_fields(layout.elem_shape, rng) for _ in range(layout.length)]
    if isinstance(layout, data.UnionLayout):
        name, field = next(iter(layout))
        return {name: random_fields(field.shape, rng)}
    return {name: random_fields(field.shape, rng) for name, field in layout}


def flatten(value, path=""):
    """Flatten nested field values into ``{path: int}`` (enum members as their values)."""
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            result.update(flatten(item, f"{path}.{key}" if path else key))
        return result
    if isinstance(value, list):
        result = {}
        for index, item in enumerate(value):
            result.update(flatten(item, f"{path}[{index}]"))
        return result
    if isinstance(value, py_enum.Enum):
        return {path: value.value}
    return {path: int(value)}


def first_member_leaves(shape, path=""):
    """Leaf paths of ``shape`` with ``(path, width)``, taking the first member of each union."""
    layout = _layout(shape)
    if layout is None:
        return [(path, Shape.cast(shape).width)]
    if isinstance(layout, data.ArrayLayout):
        result = []
        for index in range(layout.length):
            result += first_member_leaves(layout.elem_shape, f"{path}[{index}]")
        return result
    items = list(layout)
    if isinstance(layout, data.UnionLayout):
        items = items[:1]
    result = []
    for name, field in items:
        result += first_member_leaves(field.shape, f"{path}.{name}" if path else name)
    return result


def resolve(view, path):
    """Follow a dotted/indexed field path on an Amaranth view (or ``data.Const``)."""
    node = view
    for part in path.replace("[", ".[").split("."):
        if part.startswith("["):
            node = node[int(part[1:-1])]
        else:
            node = getattr(node, part)
    return node


def const_fields(const, shape):
    """Read every field of an Amaranth ``data.Const`` through Amaranth's own field access."""
    if _is_enum(shape) or _layout(shape) is None:
        return const
    layout = _layout(shape)
    if isinstance(layout, data.ArrayLayout):
        return [const_fields(const[i], layout.elem_shape) for i in range(layout.length)]
    return {name: const_fields(getattr(const, name), field.shape) for name, field in layout}


def assert_contains(actual, expected, path=""):
    """Assert that every value given in ``expected`` is present, equal, in ``actual``.

    ``actual`` may hold more keys (a decoded union lists every member).
    """
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected a mapping, got {actual!r}"
        for key, item in expected.items():
            assert key in actual, f"{path}.{key} missing from {actual!r}"
            assert_contains(actual[key], item, f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), path
        for index, (a, e) in enumerate(zip(actual, expected, strict=True)):
            assert_contains(a, e, f"{path}[{index}]")
    else:
        assert actual == expected, f"{path}: {actual!r} != {expected!r}"
        assert type(actual) is type(expected) or not isinstance(expected, py_enum.Enum), path


def as_value(view_or_value):
    """``Value.cast`` that also accepts enum views."""
    return Value.cast(view_or_value)
