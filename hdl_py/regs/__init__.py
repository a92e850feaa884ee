"""SystemRDL register descriptions: the single source of truth for every register block.

Each block is one file ``<name>.rdl`` in this directory whose top-level addrmap describes the
block's registers. Everything else is built from the compiled model:

* the Amaranth CSR bank (:class:`hdl_py.lib.csr.CSRBank`),
* the Python reference model (:class:`sim.model.csr.CSRModel`),
* the firmware register layer, the C header and the Markdown docs
  (``python -m hdl_py.regs.generate``).

A new block adds its ``.rdl`` file here and its name to :data:`BLOCKS`.
"""

from __future__ import annotations

import functools
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from systemrdl import RDLCompiler
from systemrdl.node import AddrmapNode, FieldNode, RegNode

__all__ = [
    "BLOCKS",
    "RDL_DIR",
    "compile_rdl",
    "compile_rdl_file",
    "compile_rdl_text",
    "DATA_WIDTH",
    "FIELD_KINDS",
    "FieldSpec",
    "RegSpec",
    "RegMapSpec",
    "reg_key",
    "regmap_spec",
]

#: Directory holding the ``.rdl`` sources.
RDL_DIR: Path = Path(__file__).resolve().parent

#: Register blocks, in generation order. The name ``x`` stands for ``RDL_DIR / "x.rdl"``.
BLOCKS: tuple[str, ...] = ("controller", "dll")


def compile_rdl_file(path: str | os.PathLike, *, top: str | None = None) -> AddrmapNode:
    """Compile one SystemRDL file and return its elaborated top-level addrmap.

    Parameters
    ----------
    path : path-like
        The ``.rdl`` file.
    top : str, optional
        Name of the addrmap to elaborate; by default the last one defined in the file.

    Raises
    ------
    FileNotFoundError
        If ``path`` does not exist.
    systemrdl.RDLCompileError
        On any SystemRDL error (the compiler prints the diagnostics).
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"SystemRDL source {path} does not exist")
    compiler = RDLCompiler()
    compiler.compile_file(str(path))
    root = compiler.elaborate(top_def_name=top)
    return root.top


@functools.cache
def compile_rdl(name: str) -> AddrmapNode:
    """Compile the register block ``name`` (``hdl_py/regs/<name>.rdl``), cached per process.

    Parameters
    ----------
    name : str
        Block name, e.g. ``"controller"``; need not be in :data:`BLOCKS` (tests use extra
        files) but must name a file in :data:`RDL_DIR`.

    Returns
    -------
    systemrdl.node.AddrmapNode
        The elaborated top-level addrmap. Treat it as read-only: it is shared by every caller.
    """
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name[0] == ".":
        raise ValueError(f"register block name {name!r} is not a plain file stem")
    return compile_rdl_file(RDL_DIR / f"{name}.rdl")


def compile_rdl_text(source: str, *, top: str | None = None) -> AddrmapNode:
    """Compile SystemRDL source given as a string (tests and small generated maps).

    Parameters
    ----------
    source : str
        SystemRDL text.
    top : str, optional
        Name of the addrmap to elaborate; by default the last one defined.
    """
    if not isinstance(source, str):
        raise TypeError(f"SystemRDL source must be a str, not {type(source).__name__}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "inline.rdl"
        path.write_text(source, encoding="utf-8")
        return compile_rdl_file(path, top=top)


# ---------------------------------------------------------------------------------------------
# The supported SystemRDL subset, as a flat description shared by the CSR bank and its model.
# ---------------------------------------------------------------------------------------------
#
# The CSR bank (hdl_py/lib/csr.py) and its reference model (sim/model/csr.py) both start from
# :func:`regmap_spec`, so they accept exactly the same designs and read the same offsets,
# widths and behaviours from the compiled node. Anything outside the subset raises here, naming
# the register and field, instead of being silently ignored.
#
# Register arrays (``reg {...} R[16] @ 0x100 += 0x4;``, one dimension) are unrolled: element
# ``i`` is a register of its own named ``R[i]`` (see :func:`reg_key`), at ``base + i * stride``.
# SystemRDL cannot give one element other properties than the others (the compiler rejects
# array suffixes in dynamic assignments), so all elements have the same fields and resets.

#: Field kinds of the subset (see :class:`FieldSpec`).
FIELD_KINDS = ("constant", "wire", "storage", "sticky", "counter", "pulse")

#: Register data width of every supported block, in bits.
DATA_WIDTH = 32

# Properties that may be set explicitly. Documentation/verification-only properties (name, desc,
# encode, dontcompare, donttest, ispresent) have no hardware meaning and are accepted.
_MAP_PROPS = frozenset({"name", "desc", "addressing", "alignment", "lsb0", "ispresent"})
_REG_PROPS = frozenset({"name", "desc", "regwidth", "accesswidth", "dontcompare", "donttest",
                        "ispresent"})
_FIELD_PROPS = frozenset({
    "name", "desc", "encode", "dontcompare", "donttest", "ispresent", "fieldwidth",
    "sw", "hw", "reset", "onwrite", "singlepulse", "counter", "incrsaturate", "saturate",
    "intr", "intr type", "stickybit", "enable",
})
_ONWRITE = {"woclr", "wclr", "woset"}


@dataclass(frozen=True)
class FieldSpec:
    """One field, reduced to what the CSR bank and the model implement.

    Attributes
    ----------
    reg, name : str
        Register and field instance names; the register name of an array element carries its
        index, ``"R[3]"`` (:func:`reg_key`).
    lsb, width : int
        Bit position and width inside the 32-bit register.
    sw : str
        Software access: ``"r"``, ``"w"`` or ``"rw"``.
    hw : str
        Hardware access: ``"r"``, ``"w"``, ``"rw"`` (sticky interrupt fields only) or ``"na"``.
    kind : str
        ``"constant"`` (sw=r, hw=r/na: the reset value, no storage), ``"wire"`` (sw=r, hw=w:
        software reads the hardware input, no storage), ``"storage"`` (sw-writable flop),
        ``"sticky"`` (``intr`` + ``stickybit``: hardware sets bits, software clears them),
        ``"counter"`` (``counter``: hardware increments by 1), ``"pulse"`` (``singlepulse``).
    reset : int
        Reset value (0 when the RDL gives none; the constant value for constants).
    onwrite : str or None
        ``None`` (write replaces), ``"woclr"``, ``"wclr"`` or ``"woset"``.
    saturate : int or None
        Counters: the value at which counting stops (``incrsaturate``); None wraps around.
    enable : tuple of (str, str) or None
        Sticky interrupt fields: (register, field) of the enable field (RDL ``enable``; the
        register may be an array element, ``"R[3]"``); None means every set bit raises the
        interrupt.
    desc : str or None
        The RDL description.
    """

    reg: str
    name: str
    lsb: int
    width: int
    sw: str
    hw: str
    kind: str
    reset: int
    onwrite: str | None
    saturate: int | None
    enable: tuple[str, str] | None
    desc: str | None

    @property
    def msb(self) -> int:
        return self.lsb + self.width - 1

    @property
    def max(self) -> int:
        """All-ones value of the field."""
        return (1 << self.width) - 1

    @property
    def mask(self) -> int:
        """The field's bits within its register."""
        return self.max << self.lsb

    @property
    def sw_readable(self) -> bool:
        return self.sw in ("r", "rw")

    @property
    def sw_writable(self) -> bool:
        return self.sw in ("w", "rw")

    @property
    def read_as_zero(self) -> bool:
        """Software reads 0: write-only fields and single-pulse fields."""
        return not self.sw_readable or self.kind == "pulse"

    @property
    def ports(self) -> tuple[str, ...]:
        """Hardware ports of the field in the CSR bank's ``hw`` interface, in order.

        ``q`` (output, current value) for hardware-readable fields; ``d`` (input, value)
        for wire fields; ``next`` (input, bits to set) for sticky interrupt fields; ``incr``
        (input, 1-bit increment pulse) for counters.
        """
        ports = []
        if self.hw in ("r", "rw") and self.kind != "wire":
            ports.append("q")
        if self.kind == "wire":
            ports.append("d")
        if self.kind == "sticky":
            ports.append("next")
        if self.kind == "counter":
            ports.append("incr")
        return tuple(ports)


def reg_key(reg: str | tuple[str, int]) -> str:
    """The name of a register in a :class:`RegMapSpec`: ``"R"``, or ``"R[3]"`` for element 3
    of the array ``R``, given as ``"R[3]"`` or as ``("R", 3)``."""
    if isinstance(reg, str):
        return reg
    if (isinstance(reg, tuple) and len(reg) == 2 and isinstance(reg[0], str)
            and isinstance(reg[1], int) and not isinstance(reg[1], bool)):
        return f"{reg[0]}[{reg[1]}]"
    raise TypeError(f"a register is named by a str or a (name, index) tuple, not {reg!r}")


@dataclass(frozen=True)
class RegSpec:
    """One 32-bit register: byte offset and fields (ordered by ``lsb``).

    An element of a register array has ``name`` ``"R[i]"``, ``array`` ``"R"`` and ``index``
    ``i``; a plain register has ``array`` and ``index`` None.
    """

    name: str
    offset: int
    fields: tuple[FieldSpec, ...]
    desc: str | None
    array: str | None = None
    index: int | None = None

    @property
    def ident(self) -> str:
        """The name as an identifier (``R_3`` for ``R[3]``), for signal names."""
        return self.name if self.array is None else f"{self.array}_{self.index}"

    @property
    def writable(self) -> bool:
        """True if at least one field is software-writable (otherwise a write is an error)."""
        return any(f.sw_writable for f in self.fields)

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"register {self.name} has no field {name!r}")


@dataclass(frozen=True)
class RegMapSpec:
    """A register block: name, size in bytes, and registers ordered by offset."""

    name: str
    size: int
    regs: tuple[RegSpec, ...]

    def reg(self, name: str | tuple[str, int]) -> RegSpec:
        """A register by name; an array element as ``"R[3]"`` or ``("R", 3)``."""
        key = reg_key(name)
        for r in self.regs:
            if r.name == key:
                return r
        raise KeyError(f"register map {self.name} has no register {key!r}")

    def field(self, reg: str | tuple[str, int], field: str) -> FieldSpec:
        return self.reg(reg).field(field)

    @property
    def arrays(self) -> dict[str, tuple[RegSpec, ...]]:
        """Register arrays: name -> elements in index order (in address order of element 0)."""
        arrays: dict[str, list[RegSpec]] = {}
        for r in self.regs:
            if r.array is not None:
                arrays.setdefault(r.array, []).append(r)
        return {name: tuple(sorted(elems, key=lambda r: r.index))
                for name, elems in arrays.items()}

    @property
    def min_addr_width(self) -> int:
        """Fewest byte-address bits that reach every register (at least 2)."""
        return max(2, (self.size - 1).bit_length())

    @property
    def intr_fields(self) -> tuple[FieldSpec, ...]:
        """Sticky interrupt fields, in address then bit order."""
        return tuple(f for r in self.regs for f in r.fields if f.kind == "sticky")


def _access(value) -> str:
    return value.name  # AccessType.rw -> "rw"


def _reg_name(reg: RegNode) -> str:
    """``R`` for a plain register, ``R[i]`` for element ``i`` of an (unrolled) array."""
    if reg.is_array and reg.current_idx is not None:
        return reg_key((reg.inst_name, reg.current_idx[0]))
    return reg.inst_name


def _field_spec(top: AddrmapNode, reg: RegNode, fld: FieldNode) -> FieldSpec:
    where = f"{top.inst_name}.{_reg_name(reg)}.{fld.inst_name}"
    for prop in fld.list_properties():
        if prop not in _FIELD_PROPS:
            raise NotImplementedError(
                f"field {where}: property {prop!r} is outside the supported SystemRDL subset "
                f"(see hdl_py.regs)")
    sw = _access(fld.get_property("sw"))
    hw = _access(fld.get_property("hw"))
    if sw not in ("r", "w", "rw"):
        raise NotImplementedError(f"field {where}: sw={sw} is not supported (use r, w or rw)")
    if hw not in ("r", "w", "rw", "na"):
        raise NotImplementedError(f"field {where}: hw={hw} is not supported")

    onwrite = fld.get_property("onwrite")
    onwrite = None if onwrite is None else onwrite.name
    if onwrite is not None and onwrite not in _ONWRITE:
        raise NotImplementedError(
            f"field {where}: onwrite={onwrite} is not supported (use woclr, wclr or woset)")
    if onwrite is not None and sw not in ("w", "rw"):
        raise ValueError(f"field {where}: onwrite={onwrite} on a field software cannot write")

    reset = fld.get_property("reset")
    if reset is not None and not isinstance(reset, int):
        raise NotImplementedError(
            f"field {where}: a reset value that is a reference ({reset}) is not supported")

    intr = fld.get_property("intr")
    counter = fld.get_property("counter")
    singlepulse = fld.get_property("singlepulse")
    if sum(map(bool, (intr, counter, singlepulse))) > 1:
        raise NotImplementedError(
            f"field {where}: at most one of intr, counter, singlepulse is supported")

    saturate = None
    enable = None
    if intr:
        kind = "sticky"
        itype = fld.get_property("intr type")
        if itype is not None and itype.name != "level":
            raise NotImplementedError(
                f"field {where}: {itype.name} interrupts are not supported (use level intr)")
        if not fld.get_property("stickybit"):
            raise NotImplementedError(f"field {where}: non-sticky interrupts are not supported")
        if hw not in ("w", "rw"):
            raise ValueError(f"field {where}: an interrupt field needs hw=w (or rw), not {hw}")
        if sw not in ("r", "rw"):
            raise ValueError(f"field {where}: an interrupt field needs sw=r or rw, not {sw}")
        en = fld.get_property("enable")
        if en is not None:
            if not isinstance(en, FieldNode):
                raise NotImplementedError(
                    f"field {where}: enable must reference a field, not {en}")
            en_reg = en.parent
            if en_reg.parent is None or en_reg.parent.get_path() != top.get_path():
                raise ValueError(
                    f"field {where}: enable field {en.get_path()} is not in {top.inst_name}")
            if en.width != fld.width:
                raise ValueError(
                    f"field {where}: enable field {en.get_path()} is {en.width} bits wide, "
                    f"not {fld.width}")
            enable = (_reg_name(en_reg), en.inst_name)
    elif counter:
        kind = "counter"
        if hw not in ("r", "na"):
            raise NotImplementedError(
                f"field {where}: counter with hw={hw} (hardware write needs we) is not "
                f"supported; use hw=r or hw=na")
        if sw not in ("r", "rw"):
            raise ValueError(f"field {where}: a counter needs sw=r or rw, not {sw}")
        sat = fld.get_property("incrsaturate")
        if sat is True:
            saturate = (1 << fld.width) - 1
        elif sat is False:
            saturate = None
        elif isinstance(sat, int) and 0 <= sat < (1 << fld.width):
            saturate = sat
        else:
            raise NotImplementedError(f"field {where}: incrsaturate={sat} is not supported")
    elif singlepulse:
        kind = "pulse"
        if sw not in ("w", "rw") or hw not in ("r", "na"):
            raise ValueError(
                f"field {where}: a singlepulse field needs sw=w/rw and hw=r/na, "
                f"not sw={sw} hw={hw}")
        if onwrite is not None:
            raise NotImplementedError(f"field {where}: singlepulse with onwrite={onwrite}")
        if reset:
            raise ValueError(f"field {where}: a singlepulse field must reset to 0")
    elif sw == "r":
        if hw in ("r", "na"):
            kind = "constant"
            if reset is None:
                raise ValueError(f"field {where}: a constant field (sw=r, hw={hw}) needs a "
                                 f"reset value")
        elif hw == "w":
            kind = "wire"
            if reset is not None:
                raise ValueError(f"field {where}: a sw=r hw=w field has no storage; remove "
                                 f"its reset value")
        else:
            raise ValueError(f"field {where}: sw=r hw=rw needs a hardware write enable, which "
                             f"is not supported; use hw=w (hardware drives the value)")
    else:
        kind = "storage"
        if hw not in ("r", "na"):
            raise NotImplementedError(
                f"field {where}: a software-writable field with hw={hw} needs we/wel, which "
                f"are not supported; use hw=r or hw=na")
    return FieldSpec(
        reg=_reg_name(reg), name=fld.inst_name, lsb=fld.lsb, width=fld.width, sw=sw, hw=hw,
        kind=kind, reset=0 if reset is None else reset, onwrite=onwrite, saturate=saturate,
        enable=enable, desc=fld.get_property("desc"))


def regmap_spec(node: AddrmapNode) -> RegMapSpec:
    """Reduce a compiled addrmap to the supported subset, validating as it goes.

    The subset: an addrmap whose children are 32-bit registers (regwidth = accesswidth = 32),
    plain or in one-dimensional arrays with a word-aligned stride (each element becomes a
    register named ``R[i]``; no multi-dimensional arrays, regfiles, nested addrmaps, memories,
    external or shared registers), with
    fields using sw r/w/rw; hw r/w/na (rw only on interrupt fields); integer reset values;
    onwrite woclr/wclr/woset; singlepulse; counter (increment by 1) with optional
    incrsaturate; level sticky ``intr`` with an optional ``enable`` reference to a field of
    the same width. Accepted but without hardware meaning: name, desc, encode, dontcompare,
    donttest, ispresent. Any other property raises.

    Raises
    ------
    TypeError
        If ``node`` is not an AddrmapNode.
    NotImplementedError
        For a construct or property outside the subset (the message names register/field).
    ValueError
        For an inconsistent use of supported properties (e.g. a constant without a reset).
    """
    if not isinstance(node, AddrmapNode):
        raise TypeError(f"expected a systemrdl AddrmapNode, not {type(node).__name__}")
    for prop in node.list_properties():
        if prop not in _MAP_PROPS:
            raise NotImplementedError(
                f"addrmap {node.inst_name}: property {prop!r} is outside the supported subset")
    regs = []
    for child in node.children(skip_not_present=True):
        where = f"{node.inst_name}.{child.inst_name}"
        if not isinstance(child, RegNode):
            raise NotImplementedError(
                f"{where}: {type(child).__name__} children are not supported (only registers)")
        if child.is_array:
            dims = child.array_dimensions
            if len(dims) != 1:
                raise NotImplementedError(
                    f"register {where}: {len(dims)}-dimensional register arrays are not "
                    f"supported (only one dimension)")
            if child.array_stride % (DATA_WIDTH // 8):
                raise ValueError(f"register {where}: array stride 0x{child.array_stride:x} is "
                                 f"not word aligned")
        if child.external:
            raise NotImplementedError(f"register {where}: external registers are not supported")
        for prop in child.list_properties():
            if prop not in _REG_PROPS:
                raise NotImplementedError(
                    f"register {where}: property {prop!r} is outside the supported subset")
        for prop in ("regwidth", "accesswidth"):
            if child.get_property(prop) != DATA_WIDTH:
                raise NotImplementedError(
                    f"register {where}: {prop}={child.get_property(prop)} (only {DATA_WIDTH})")
        if child.raw_address_offset % (DATA_WIDTH // 8):
            raise ValueError(f"register {where}: offset 0x{child.raw_address_offset:x} is not "
                             f"word aligned")
        for elem in (child.unrolled() if child.is_array else (child,)):
            fields = tuple(sorted((_field_spec(node, elem, f) for f in elem.fields()),
                                  key=lambda f: f.lsb))
            index = elem.current_idx[0] if child.is_array else None
            regs.append(RegSpec(
                name=_reg_name(elem), offset=elem.address_offset, fields=fields,
                desc=elem.get_property("desc"), array=child.inst_name if child.is_array else None,
                index=index))
    if not regs:
        raise ValueError(f"addrmap {node.inst_name} has no registers")
    regs.sort(key=lambda r: r.offset)
    return RegMapSpec(name=node.inst_name, size=node.size, regs=tuple(regs))
