"""CSR bank generated from a compiled SystemRDL addrmap, on an AXI4-Lite slave port.

:class:`CSRBank` turns an ``AddrmapNode`` (from :func:`hdl_py.regs.compile_rdl`) into a plain
Amaranth component, so amaranth.sim simulates it and it converts to Verilog like any other
block. Offsets, widths, resets and behaviours come only from the RDL (through
:func:`hdl_py.regs.regmap_spec`, shared with the reference model :class:`sim.model.csr.CSRModel`).

Supported SystemRDL subset
--------------------------
32-bit registers (regwidth = accesswidth = 32) directly in the addrmap, plain or in
one-dimensional register arrays (``reg {...} R[16] @ 0x100 += 0x4;``, stride a multiple of 4);
no regfiles, nested addrmaps, memories, external registers. Per field:

============================  =============================================  ===============
RDL                           behaviour                                      ``hw`` ports
============================  =============================================  ===============
sw=r, hw=r/na (reset = K)     constant K, no storage                         ``q`` if hw=r
sw=r, hw=w                    software reads the hardware value, no storage  ``d``
sw=w/rw, hw=r/na              storage, reset value (0 if none)               ``q`` if hw=r
onwrite=woclr / woset / wclr  written 1s clear / written 1s set / any
                              write clears (per written byte lane)
singlepulse (sw=w/rw)         a written 1 gives a one-cycle ``q`` pulse in
                              the next cycle; reads 0                        ``q`` if hw=r
counter [incrsaturate[=N]]    +1 per ``incr`` cycle; stops at N (all ones    ``incr``, ``q``
                              for plain incrsaturate) or wraps without it    if hw=r
intr (level, stickybit)       ``next`` bits are ORed in every cycle and      ``next``, ``q``
[enable = other.field]        stay set until software clears them; with      if hw=rw
                              woclr a 1 clears; the interrupt line is the
                              OR over all such fields of value & enable
============================  =============================================  ===============

Any other property (or combination) raises ``NotImplementedError``/``ValueError`` naming the
register and field; see :func:`hdl_py.regs.regmap_spec`.

Access semantics
----------------
* Word access: the low 2 address bits are ignored. Byte strobes are honoured per byte lane:
  a bit is affected by a write (whatever its ``onwrite``) only if its lane's strobe is set.
* An address that matches no register: SLVERR, read data 0, and a one-cycle pulse on
  ``decode_err_rd``/``decode_err_wr``. A write to a register with no software-writable field:
  SLVERR, the write is ignored, pulse on ``ro_write``. Write-only and singlepulse fields read 0.
* Same-cycle precedence: the software write is applied first and the hardware event on top,
  so no hardware event is lost (a ``next`` bit arriving with a write-one-to-clear stays set;
  an ``incr`` in the cycle of a clear leaves the counter at 1).
* Timing, counted from the port's strobe cycle (see :class:`hdl_py.lib.axi.AXI4LiteSlavePort`):
  read data is sampled in the ``rd_stb`` cycle (registered read data; with ``read_latency=2``
  the address decode is registered in that cycle and the data a cycle later, and the port
  waits for it, for the clock of a large bank); a written value shows
  on ``q`` from the cycle after ``wr_stb`` (with ``write_latency=2`` the write decode is
  registered and every effect of the write, singlepulse ``q`` too, comes a cycle later; the
  response is still given in the ``wr_stb`` cycle); ``decode_err_rd``/``decode_err_wr``/
  ``ro_write`` and singlepulse ``q`` pulse in the cycle after the strobe; ``irq`` is
  registered, so it follows a status or enable change one cycle later.
* Every output of the bank is driven from flip-flops only (or is a constant): there is no
  combinational path from any input to any output, so a parent may wire ``decode_err_*``,
  ``ro_write``, pulses or ``irq`` back into ``next``/``incr`` inputs without a loop.

Port naming (``hw``)
--------------------
``bank.hw.<REGISTER>.<field>.<port>`` with the RDL instance names unchanged, ``<port>`` one of
``q`` (Out, field width: current value), ``d`` (In, field width: hardware value of a sw=r
hw=w field), ``next`` (In, field width: interrupt bits to set), ``incr`` (In, 1 bit:
increment pulse). Fields without ports, and registers with no such fields, are absent.

A register array is one array member of the signature (``wiring.Member.array``), indexed by
the element: ``bank.hw.VL_CFG[3].weight.q`` is field ``weight`` of element 3, the register the
spec and the model call ``"VL_CFG[3]"`` (or ``("VL_CFG", 3)``). In Verilog the ports are
``hw__VL_CFG__3__weight__q``. Python code can loop over ``range(len(bank.hw.VL_CFG))``.
"""

from __future__ import annotations

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out
from systemrdl.node import AddrmapNode

from hdl_py.lib.axi import AXI4LiteSignature, AXI4LiteSlavePort
from hdl_py.regs import DATA_WIDTH, FieldSpec, RegMapSpec, regmap_spec

__all__ = ["CSRBank", "csr_hw_signature"]


def _reg_signature(reg) -> wiring.Signature | None:
    """Ports of one register (``None`` if it has none)."""
    fields = {}
    for f in reg.fields:
        ports = {}
        for p in f.ports:
            if p == "q":
                ports["q"] = Out(f.width, init=f.reset if f.kind != "wire" else 0)
            elif p == "incr":
                ports["incr"] = In(1)
            else:  # "d", "next"
                ports[p] = In(f.width)
        if ports:
            fields[f.name] = Out(wiring.Signature(ports))
    return wiring.Signature(fields) if fields else None


def csr_hw_signature(spec: RegMapSpec) -> wiring.Signature:
    """The ``hw`` signature of a bank, seen from the bank (``Out`` = driven by the bank).

    A plain register is a member named after it; a register array ``R`` is one member ``R``
    of ``len(R)`` elements (all elements have the same fields, so the same signature).
    """
    regs = {}
    arrays = spec.arrays
    for reg in spec.regs:
        if reg.array is None:
            sig = _reg_signature(reg)
            if sig is not None:
                regs[reg.name] = Out(sig)
        elif reg.index == arrays[reg.array][0].index:
            sigs = [_reg_signature(elem) for elem in arrays[reg.array]]
            # Always true for SystemRDL arrays (elements cannot be given other properties).
            assert all(sig == sigs[0] for sig in sigs), reg.array
            if sigs[0] is not None:
                regs[reg.array] = Out(sigs[0]).array(len(sigs))
    return wiring.Signature(regs)


class CSRBank(wiring.Component):
    """Register bank built from a compiled SystemRDL addrmap (see the module docstring).

    Parameters
    ----------
    addrmap_node : systemrdl.node.AddrmapNode
        The compiled register block, e.g. ``hdl_py.regs.compile_rdl("controller")``.
    addr_width : int, optional
        Byte address width of the AXI4-Lite port. Default: the fewest bits that reach every
        register. Addresses within this window that match no register answer SLVERR.
    read_latency : int, optional
        1 (default): the read data is registered in the ``rd_stb`` cycle. 2: the address
        decode is registered first, the read data a cycle later (see the timing above).
    write_latency : int, optional
        1 (default): a write is applied at the end of the ``wr_stb`` cycle. 2: the address
        decode is registered first and the write applied a cycle later (see the timing above).

    Attributes
    ----------
    bus : In(AXI4LiteSignature(addr_width=addr_width, data_width=32))
        AXI4-Lite slave port (driven by the bus master).
    hw : Out(csr_hw_signature(spec))
        Hardware side of every register field: ``hw.<REG>.<field>.{q,d,next,incr}``, and
        ``hw.<ARRAY>[i].<field>.{q,d,next,incr}`` for element ``i`` of a register array.
    irq : Out(1)
        Interrupt: OR over sticky interrupt fields of (value & enable), registered (follows
        the status/enable flops by one cycle).
    decode_err_rd, decode_err_wr : Out(1)
        One-cycle pulse, one cycle after a read/write to an address with no register.
    ro_write : Out(1)
        One-cycle pulse, one cycle after a write to a register with no writable field.
    """

    def __init__(self, addrmap_node: AddrmapNode, *, addr_width: int | None = None,
                 read_latency: int = 1, write_latency: int = 1):
        if read_latency not in (1, 2):
            raise ValueError(f"read_latency must be 1 or 2, not {read_latency!r}")
        if write_latency not in (1, 2):
            raise ValueError(f"write_latency must be 1 or 2, not {write_latency!r}")
        self._read_latency = read_latency
        self._write_latency = write_latency
        spec = regmap_spec(addrmap_node)
        if addr_width is None:
            addr_width = spec.min_addr_width
        if not isinstance(addr_width, int) or isinstance(addr_width, bool):
            raise TypeError(f"addr_width must be an int, not {type(addr_width).__name__}")
        if not spec.min_addr_width <= addr_width <= 64:
            raise ValueError(
                f"addr_width must be in {spec.min_addr_width}..64 to reach every register of "
                f"{spec.name} (size 0x{spec.size:x}), not {addr_width}")
        self._spec = spec
        self._regs = {reg.name: reg for reg in spec.regs}
        self._addr_width = addr_width
        super().__init__({
            "bus": In(AXI4LiteSignature(addr_width=addr_width, data_width=DATA_WIDTH)),
            "hw": Out(csr_hw_signature(spec)),
            "irq": Out(1),
            "decode_err_rd": Out(1),
            "decode_err_wr": Out(1),
            "ro_write": Out(1),
        })

    @property
    def spec(self) -> RegMapSpec:
        """The validated register map description."""
        return self._spec

    @property
    def addr_width(self) -> int:
        """Byte address width of the bus port in bits."""
        return self._addr_width

    def hw_port(self, reg: str | tuple[str, int], field: str, port: str):
        """The ``hw`` port ``port`` of ``reg.field``, with the register named as in the spec and
        the model: ``"CTRL"``, ``"VL_CFG[3]"`` or ``("VL_CFG", 3)`` (= ``hw.VL_CFG[3]``).

        Raises :class:`KeyError` for an unknown register or field, or a port the field does not
        have.
        """
        f = self._spec.field(reg, field)
        if port not in f.ports:
            raise KeyError(f"{f.reg}.{f.name} has no {port!r} port (it has {f.ports})")
        return self._hw_port(f, port)

    def _hw_port(self, f: FieldSpec, port: str):
        reg = self._regs[f.reg]
        if reg.array is None:
            ports = getattr(self.hw, reg.name)
        else:
            ports = getattr(self.hw, reg.array)[reg.index]
        return getattr(getattr(ports, f.name), port)

    def elaborate(self, platform):
        m = Module()
        spec = self._spec

        m.submodules.port = port = AXI4LiteSlavePort(addr_width=self._addr_width,
                                                     data_width=DATA_WIDTH,
                                                     read_latency=self._read_latency)
        wiring.connect(m, wiring.flipped(self.bus), port.bus)

        # Current value of each field as the bank sees it (constant, hardware input or flop).
        value = {}
        storage = {}
        for reg in spec.regs:
            for f in reg.fields:
                key = (reg.name, f.name)
                if f.kind == "constant":
                    value[key] = Const(f.reset, f.width)
                elif f.kind == "wire":
                    value[key] = self._hw_port(f, "d")
                else:
                    sig = Signal(f.width, init=f.reset, name=f"{reg.ident}__{f.name}")
                    storage[key] = sig
                    value[key] = sig
                if "q" in f.ports:
                    m.d.comb += self._hw_port(f, "q").eq(value[key])

        # ---- write decode -------------------------------------------------------------------
        wr_word = port.wr_addr[2:]
        lane_en = Cat(port.wr_strb[i].replicate(8) for i in range(DATA_WIDTH // 8))
        wr_any = Signal()  # address matches a register
        wr_ok = Signal()   # ... that has a writable field
        hit_any, hit_ok = [], []
        for reg in spec.regs:
            match = wr_word == (reg.offset >> 2)
            hit_any.append(match)
            if not reg.writable:
                continue
            hit_ok.append(match)
            hit = Signal(name=f"wr_hit__{reg.ident}")
            if self._write_latency == 1:
                m.d.comb += hit.eq(port.wr_stb & match)
            else:
                # Applied a cycle after wr_stb, from the registered decode; the port holds
                # wr_data and wr_strb until its B response is taken, a cycle later at least.
                m.d.sync += hit.eq(port.wr_stb & match)
            for f in reg.fields:
                key = (reg.name, f.name)
                if key not in storage:
                    continue
                v = storage[key]
                sl = slice(f.lsb, f.lsb + f.width)
                we = Signal(f.width, name=f"we__{reg.ident}__{f.name}")
                wd = port.wr_data[sl]
                if f.sw_writable:
                    m.d.comb += we.eq(Mux(hit, lane_en[sl], 0))
                if f.kind == "pulse":
                    m.d.sync += v.eq(wd & we)
                    continue
                if f.kind == "counter" and f.sw_writable and f.onwrite == "wclr" and \
                        f.lsb % 8 == 0 and f.saturate in (None, (1 << f.width) - 1):
                    m.d.sync += v.eq(self._counter_wclr(f, v, we))
                    continue
                if not f.sw_writable:
                    after_sw = v
                elif f.onwrite is None:
                    after_sw = (v & ~we) | (wd & we)
                elif f.onwrite == "woclr":
                    after_sw = v & ~(wd & we)
                elif f.onwrite == "woset":
                    after_sw = v | (wd & we)
                else:  # "wclr"
                    after_sw = v & ~we
                m.d.sync += v.eq(self._hw_update(f, after_sw))
        # Storage of registers that are not writable still takes hardware events.
        for reg in spec.regs:
            if reg.writable:
                continue
            for f in reg.fields:
                key = (reg.name, f.name)
                if key in storage:
                    m.d.sync += storage[key].eq(self._hw_update(f, storage[key]))

        m.d.comb += [
            wr_any.eq(Cat(hit_any).any()),
            wr_ok.eq(Cat(hit_ok).any() if hit_ok else 0),
            # Answered in the wr_stb cycle, as AXI4LiteSlavePort requires.
            port.wr_err.eq(~wr_ok),
        ]
        m.d.sync += [
            self.decode_err_wr.eq(port.wr_stb & ~wr_any),
            self.ro_write.eq(port.wr_stb & wr_any & ~wr_ok),
        ]

        # ---- read decode (registered) -------------------------------------------------------
        rd_word = port.rd_addr[2:]
        rd_data = Signal(DATA_WIDTH)
        rd_err = Signal()
        rd_any = Cat(rd_word == (reg.offset >> 2) for reg in spec.regs).any()
        m.d.comb += [port.rd_data.eq(rd_data), port.rd_err.eq(rd_err)]
        m.d.sync += self.decode_err_rd.eq(port.rd_stb & ~rd_any)
        words = {}
        for reg in spec.regs:
            word = words[reg.name] = Signal(DATA_WIDTH, name=f"rd_word__{reg.ident}")
            for f in reg.fields:
                if not f.read_as_zero:
                    m.d.comb += word[f.lsb:f.lsb + f.width].eq(value[(reg.name, f.name)])
        if self._read_latency == 1:
            with m.If(port.rd_stb):
                m.d.sync += [rd_data.eq(0), rd_err.eq(1)]
                with m.Switch(rd_word):
                    for reg in spec.regs:
                        with m.Case(reg.offset >> 2):
                            m.d.sync += [rd_data.eq(words[reg.name]), rd_err.eq(0)]
        else:
            # The address decode into a register (``rd_addr`` holds until the response is
            # taken), then the AND-OR of the words it selects: the values a cycle after rd_stb.
            hit = Signal(len(spec.regs))
            hit_stb = Signal()
            m.d.sync += [hit.eq(Cat(rd_word == (reg.offset >> 2) for reg in spec.regs)),
                         hit_stb.eq(port.rd_stb)]
            with m.If(hit_stb):
                terms = [Mux(hit[k], words[reg.name], 0) for k, reg in enumerate(spec.regs)]
                while len(terms) > 1:          # a balanced OR tree
                    terms = [terms[i] | terms[i + 1] if i + 1 < len(terms) else terms[i]
                             for i in range(0, len(terms), 2)]
                m.d.sync += [rd_data.eq(terms[0]), rd_err.eq(~hit.any())]

        # ---- interrupt ----------------------------------------------------------------------
        # Registered so that every output of the bank comes from a flop (see module docstring).
        terms = []
        for f in spec.intr_fields:
            status = value[(f.reg, f.name)]
            if f.enable is None:
                terms.append(status.any())
            else:
                terms.append((status & value[f.enable]).any())
        m.d.sync += self.irq.eq(Cat(terms).any() if terms else 0)

        return m

    def _counter_wclr(self, f: FieldSpec, v, we):
        """Next value of a write-clears counter (wrapping, or saturating at all ones): the
        value after the write (written lanes cleared) plus the increment, as
        :meth:`_hw_update` gives it, with no adder behind the write decode. Each byte lane's
        ``+1`` and all-ones test come from the stored value alone; the carry into a lane is the
        increment through the lanes below that are all ones and not cleared (a cleared lane
        takes the carry as 0 + 1 and passes none on)."""
        incr = self._hw_port(f, "incr")
        cleared = [we[k] for k in range(0, f.width, 8)]          # lane k written (cleared)
        lanes = [v[k:k + 8] for k in range(0, f.width, 8)]
        ones = [lane.all() for lane in lanes]
        if f.saturate is None:
            carry = incr
        else:
            # all ones after the write: nothing cleared and every lane all ones
            full = Cat(ones).all() & ~Cat(cleared).any()
            carry = incr & ~full
        out = []
        for k, lane in enumerate(lanes):
            width = len(lane)
            inc = (lane + 1)[:width]
            out.append(Mux(cleared[k], Mux(carry, Const(1, width), Const(0, width)),
                           Mux(carry, inc, lane)))
            carry = carry & ~cleared[k] & ones[k]
        return Cat(out)

    def _hw_update(self, f: FieldSpec, after_sw):
        """Apply the hardware event of field ``f`` on top of the value after the sw write."""
        if f.kind == "sticky":
            return after_sw | self._hw_port(f, "next")
        if f.kind == "counter":
            incr = self._hw_port(f, "incr")
            plus1 = (after_sw + 1)[:f.width]
            if f.saturate is None:
                return Mux(incr, plus1, after_sw)
            return Mux(incr & (after_sw < f.saturate), plus1, after_sw)
        return after_sw
