"""Reference model of a CSR bank built from SystemRDL (the semantics of hdl_py.lib.csr.CSRBank).

The model is transaction-level: one :meth:`CSRModel.read`/:meth:`CSRModel.write` is one AXI4-Lite
access, and hardware events (:meth:`~CSRModel.hw_next`, :meth:`~CSRModel.incr`) take effect
immediately. It reads offsets, widths and behaviours from the same compiled addrmap as the
gateware, through :func:`hdl_py.regs.regmap_spec`, so no offset is typed twice and both accept
exactly the same subset. It serves as the scoreboard for the gateware and as the fast model
backend for firmware.

Registers are named as in :class:`hdl_py.regs.RegMapSpec`: ``"CTRL"``, and element ``i`` of a
register array ``R`` as ``"R[3]"`` or ``("R", 3)`` (every method taking a register name accepts
both; the bank's port for it is ``hw.R[3]``).

Ordering rule shared with the gateware: when a software write and a hardware event happen in
the same cycle, the write is applied first and the event on top. Calling ``write`` and then
``hw_next``/``incr`` on the model therefore gives the result of the same-cycle case.

The model imports neither amaranth nor cocotb.
"""

from __future__ import annotations

from collections.abc import Callable

from systemrdl.node import AddrmapNode

from hdl_py.regs import DATA_WIDTH, FieldSpec, RegMapSpec, regmap_spec

__all__ = ["CSRModel", "RESP_OKAY", "RESP_SLVERR", "STROBES", "wire_controller_shell"]

RESP_OKAY = 0
RESP_SLVERR = 2

#: Names of the error strobes (same names as the CSRBank outputs).
STROBES = ("decode_err_rd", "decode_err_wr", "ro_write")

#: A register name: ``"CTRL"``, ``"VL_CFG[3]"`` or ``("VL_CFG", 3)``.
RegName = str | tuple[str, int]

_WORD_MASK = (1 << DATA_WIDTH) - 1
_STRB_MASK = (1 << (DATA_WIDTH // 8)) - 1


class CSRModel:
    """Register block model with the exact semantics of :class:`hdl_py.lib.csr.CSRBank`.

    Parameters
    ----------
    addrmap_node : systemrdl.node.AddrmapNode
        The compiled register block.
    addr_width : int, optional
        Byte address width of the bank's bus port (default: the fewest bits that reach every
        register, as in CSRBank). Addresses are taken modulo ``2**addr_width``, as the
        gateware only sees that many address bits.

    Attributes
    ----------
    spec : RegMapSpec
        The validated register map description.
    decode_err_rd_count, decode_err_wr_count, ro_write_count : int
        How many times each error strobe has fired (unbounded Python ints).
    """

    def __init__(self, addrmap_node: AddrmapNode, *, addr_width: int | None = None):
        self.spec: RegMapSpec = regmap_spec(addrmap_node)
        if addr_width is None:
            addr_width = self.spec.min_addr_width
        if not isinstance(addr_width, int) or isinstance(addr_width, bool):
            raise TypeError(f"addr_width must be an int, not {type(addr_width).__name__}")
        if not self.spec.min_addr_width <= addr_width <= 64:
            raise ValueError(f"addr_width must be in {self.spec.min_addr_width}..64, "
                             f"not {addr_width}")
        self.addr_width = addr_width
        self._by_word = {r.offset >> 2: r for r in self.spec.regs}
        self._values: dict[tuple[str, str], int] = {}
        self._strobe_hooks: dict[str, list[Callable[[], None]]] = {s: [] for s in STROBES}
        self._pulse_hooks: dict[tuple[str, str], list[Callable[[int], None]]] = {}
        self.decode_err_rd_count = 0
        self.decode_err_wr_count = 0
        self.ro_write_count = 0
        self.reset()

    # -- state ---------------------------------------------------------------------------------
    def reset(self) -> None:
        """Return every field to its reset value (wire inputs to 0) and zero the counters."""
        self._values = {}
        for reg in self.spec.regs:
            for f in reg.fields:
                self._values[(reg.name, f.name)] = 0 if f.kind in ("wire", "pulse") else f.reset
        self.decode_err_rd_count = self.decode_err_wr_count = self.ro_write_count = 0

    def _field(self, reg: RegName, field: str) -> FieldSpec:
        try:
            return self.spec.field(reg, field)
        except KeyError as e:
            raise KeyError(f"{self.spec.name}: {e.args[0]}") from None

    def _word(self, addr: int) -> int:
        if not isinstance(addr, int) or isinstance(addr, bool) or addr < 0:
            raise ValueError(f"address {addr!r} is not a non-negative int")
        return (addr & ((1 << self.addr_width) - 1)) >> 2

    # -- bus side ------------------------------------------------------------------------------
    def read(self, addr: int) -> tuple[int, int]:
        """One bus read. Returns ``(data, resp)``, resp 0 (OKAY) or 2 (SLVERR, data 0)."""
        reg = self._by_word.get(self._word(addr))
        if reg is None:
            self.decode_err_rd_count += 1
            self._fire("decode_err_rd")
            return 0, RESP_SLVERR
        data = 0
        for f in reg.fields:
            if not f.read_as_zero:
                data |= self._values[(reg.name, f.name)] << f.lsb
        return data, RESP_OKAY

    def write(self, addr: int, value: int, strb: int = _STRB_MASK) -> int:
        """One bus write with byte strobes. Returns resp 0 (OKAY) or 2 (SLVERR)."""
        if not isinstance(value, int) or not 0 <= value <= _WORD_MASK:
            raise ValueError(f"write value {value!r} does not fit {DATA_WIDTH} bits")
        if not isinstance(strb, int) or not 0 <= strb <= _STRB_MASK:
            raise ValueError(f"write strobe {strb!r} is not a {DATA_WIDTH // 8}-bit mask")
        reg = self._by_word.get(self._word(addr))
        if reg is None:
            self.decode_err_wr_count += 1
            self._fire("decode_err_wr")
            return RESP_SLVERR
        if not reg.writable:
            self.ro_write_count += 1
            self._fire("ro_write")
            return RESP_SLVERR
        lanes = 0
        for i in range(DATA_WIDTH // 8):
            if strb >> i & 1:
                lanes |= 0xFF << (8 * i)
        pulses = []
        for f in reg.fields:
            if not f.sw_writable:
                continue
            key = (reg.name, f.name)
            v = self._values[key]
            we = (lanes >> f.lsb) & f.max
            wd = (value >> f.lsb) & f.max
            if f.kind == "pulse":
                if wd & we:
                    pulses.append((key, wd & we))
                continue
            if f.onwrite is None:
                v = (v & ~we) | (wd & we)
            elif f.onwrite == "woclr":
                v &= ~(wd & we)
            elif f.onwrite == "woset":
                v |= wd & we
            else:  # wclr
                v &= ~we
            self._values[key] = v & f.max
        # Pulses reach their hooks after the whole write has landed, as in the gateware
        # (the pulse appears in the cycle after the write strobe).
        for key, bits in pulses:
            for hook in self._pulse_hooks.get(key, ()):
                hook(bits)
        return RESP_OKAY

    # -- hardware side -------------------------------------------------------------------------
    def hw_set(self, reg: RegName, field: str, value: int) -> None:
        """Drive the ``d`` input of a sw=r hw=w field (held until changed)."""
        f = self._field(reg, field)
        if f.kind != "wire":
            raise ValueError(f"{f.reg}.{field} is a {f.kind} field, not a hardware-driven wire")
        self._check_fits(f, value)
        self._values[(f.reg, field)] = value

    def hw_next(self, reg: RegName, field: str, bits: int) -> None:
        """One cycle of the ``next`` input of a sticky interrupt field (bits to set)."""
        f = self._field(reg, field)
        if f.kind != "sticky":
            raise ValueError(f"{f.reg}.{field} is a {f.kind} field, not a sticky interrupt")
        self._check_fits(f, bits)
        self._values[(f.reg, field)] |= bits

    def incr(self, reg: RegName, field: str) -> None:
        """One cycle of the ``incr`` input of a counter field."""
        f = self._field(reg, field)
        if f.kind != "counter":
            raise ValueError(f"{f.reg}.{field} is a {f.kind} field, not a counter")
        key = (f.reg, field)
        v = self._values[key]
        if f.saturate is None:
            self._values[key] = (v + 1) & f.max
        elif v < f.saturate:
            self._values[key] = v + 1

    def get(self, reg: RegName, field: str) -> int:
        """Current value of a field as the hardware sees it (``q``); 0 for pulse fields."""
        f = self._field(reg, field)
        return self._values[(f.reg, f.name)]

    def offset(self, reg: RegName) -> int:
        """Byte offset of a register (``"R[3]"`` or ``("R", 3)`` for an array element)."""
        try:
            return self.spec.reg(reg).offset
        except KeyError as e:
            raise KeyError(f"{self.spec.name}: {e.args[0]}") from None

    @property
    def irq(self) -> bool:
        """The interrupt line: OR over sticky fields of (value & enable)."""
        for f in self.spec.intr_fields:
            status = self._values[(f.reg, f.name)]
            en = f.max if f.enable is None else self._values[f.enable]
            if status & en:
                return True
        return False

    # -- hooks (how a parent wires the strobes, as the gateware parent does) ------------------
    def on_strobe(self, name: str, hook: Callable[[], None]) -> None:
        """Call ``hook()`` each time the error strobe ``name`` (one of :data:`STROBES`) fires."""
        if name not in self._strobe_hooks:
            raise ValueError(f"unknown strobe {name!r}; expected one of {STROBES}")
        self._strobe_hooks[name].append(hook)

    def on_pulse(self, reg: RegName, field: str, hook: Callable[[int], None]) -> None:
        """Call ``hook(bits)`` each time a write pulses the singlepulse field ``reg.field``."""
        f = self._field(reg, field)
        if f.kind != "pulse":
            raise ValueError(f"{f.reg}.{field} is a {f.kind} field, not a singlepulse field")
        self._pulse_hooks.setdefault((f.reg, field), []).append(hook)

    def _fire(self, name: str) -> None:
        for hook in self._strobe_hooks[name]:
            hook()

    @staticmethod
    def _check_fits(f: FieldSpec, value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= f.max:
            raise ValueError(f"{f.reg}.{f.name}: value {value!r} does not fit {f.width} bits")


def wire_controller_shell(model: CSRModel) -> CSRModel:
    """Wire a model of the ``controller`` block the way the controller shell wires its bank.

    decode_err_rd -> ERR_RD_DECODE_CNT.count incr and EVENT_STATUS.decode_err;
    decode_err_wr -> ERR_WR_DECODE_CNT.count incr and EVENT_STATUS.decode_err;
    ro_write -> ERR_RO_WRITE_CNT.count incr and EVENT_STATUS.ro_write;
    EVENT_TRIGGER.sw_event pulse -> EVENT_STATUS.sw_event. Returns ``model``.
    """
    def strobe(counter: str, event: str):
        def hook():
            model.incr(counter, "count")
            model.hw_next("EVENT_STATUS", event, 1)
        return hook

    model.on_strobe("decode_err_rd", strobe("ERR_RD_DECODE_CNT", "decode_err"))
    model.on_strobe("decode_err_wr", strobe("ERR_WR_DECODE_CNT", "decode_err"))
    model.on_strobe("ro_write", strobe("ERR_RO_WRITE_CNT", "ro_write"))
    model.on_pulse("EVENT_TRIGGER", "sw_event",
                   lambda bits: model.hw_next("EVENT_STATUS", "sw_event", 1))
    return model
