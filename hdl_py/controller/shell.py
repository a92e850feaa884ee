"""The UB controller shell: the housekeeping every OpenUB controller carries.

Identity, version and capability registers, a scratch register, sticky event status with
write-one-to-clear bits and an interrupt line, and saturating counters of bad register accesses.
The register map is ``hdl_py/regs/controller.rdl``; the bank is generated from it by
:class:`hdl_py.lib.csr.CSRBank`, so no offset is written here.

Bad accesses never hang the bus: an address outside the map answers SLVERR, counts in
``ERR_RD_DECODE_CNT``/``ERR_WR_DECODE_CNT`` and sets ``EVENT_STATUS.decode_err``; a write to a
read-only register answers SLVERR, counts in ``ERR_RO_WRITE_CNT`` and sets
``EVENT_STATUS.ro_write``.
"""

from __future__ import annotations

from amaranth.hdl import Module
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from hdl_py.lib.axi import AXI4LiteSignature
from hdl_py.lib.csr import CSRBank
from hdl_py.regs import compile_rdl

__all__ = ["ControllerShell"]

#: Width of ``EVENT_STATUS.ext`` in the register map (the most external events a shell takes).
MAX_EXT_EVENTS = 16


class ControllerShell(wiring.Component):
    """Controller shell on an AXI4-Lite slave port.

    Parameters
    ----------
    num_vls : int
        Virtual lanes the controller's link implements (reported in ``CAPABILITY``), 1..16.
    stream_bytes : int
        Bytes per beat of the controller's packet stream (reported), 1..255.
    flit_bytes : int
        Bytes per data link flit (reported), 1..255.
    num_ext_events : int
        Event inputs from other blocks, 0..16; each sets one bit of ``EVENT_STATUS.ext``.
    addr_width : int
        Byte-address width of the AXI4-Lite port (the map needs at least 6 bits).

    Attributes
    ----------
    axil : In(AXI4LiteSignature)
        Register bus, 32-bit data, driven by the host.
    ext_events : In(num_ext_events)
        Level or pulse event inputs, sampled every cycle; a 1 sets the sticky status bit.
    irq : Out(1)
        Interrupt to the host: OR of enabled pending events (from a flip-flop).
    """

    def __init__(self, *, num_vls: int = 4, stream_bytes: int = 32, flit_bytes: int = 20,
                 num_ext_events: int = MAX_EXT_EVENTS, addr_width: int = 12):
        for name, value, lo, hi in (("num_vls", num_vls, 1, 16),
                                    ("stream_bytes", stream_bytes, 1, 255),
                                    ("flit_bytes", flit_bytes, 1, 255),
                                    ("num_ext_events", num_ext_events, 0, MAX_EXT_EVENTS),
                                    ("addr_width", addr_width, 6, 32)):
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"{name} must be an integer, not {value!r}")
            if not lo <= value <= hi:
                raise ValueError(f"{name} must be in {lo}..{hi}, not {value}")
        self._num_vls = num_vls
        self._stream_bytes = stream_bytes
        self._flit_bytes = flit_bytes
        self._num_ext_events = num_ext_events
        self._addr_width = addr_width
        members = {
            "axil": In(AXI4LiteSignature(addr_width=addr_width)),
            "irq": Out(1),
        }
        if num_ext_events:
            members["ext_events"] = In(num_ext_events)
        super().__init__(members)

    @property
    def num_vls(self):
        return self._num_vls

    @property
    def stream_bytes(self):
        return self._stream_bytes

    @property
    def flit_bytes(self):
        return self._flit_bytes

    @property
    def num_ext_events(self):
        return self._num_ext_events

    @property
    def addr_width(self):
        return self._addr_width

    def elaborate(self, platform):
        m = Module()
        m.submodules.bank = bank = CSRBank(compile_rdl("controller"), addr_width=self._addr_width)
        wiring.connect(m, wiring.flipped(self.axil), bank.bus)
        hw = bank.hw

        m.d.comb += [
            hw.CAPABILITY.num_vls.d.eq(self._num_vls),
            hw.CAPABILITY.stream_bytes.d.eq(self._stream_bytes),
            hw.CAPABILITY.flit_bytes.d.eq(self._flit_bytes),
            hw.CAPABILITY.num_ext_events.d.eq(self._num_ext_events),
        ]

        # Bad accesses: the bank answers SLVERR itself; here they are counted and raised.
        m.d.comb += [
            hw.ERR_RD_DECODE_CNT.count.incr.eq(bank.decode_err_rd),
            hw.ERR_WR_DECODE_CNT.count.incr.eq(bank.decode_err_wr),
            hw.ERR_RO_WRITE_CNT.count.incr.eq(bank.ro_write),
            hw.EVENT_STATUS.decode_err.next.eq(bank.decode_err_rd | bank.decode_err_wr),
            hw.EVENT_STATUS.ro_write.next.eq(bank.ro_write),
            hw.EVENT_STATUS.sw_event.next.eq(hw.EVENT_TRIGGER.sw_event.q),
        ]
        if self._num_ext_events:
            m.d.comb += hw.EVENT_STATUS.ext.next.eq(self.ext_events)

        # CSRBank registers its irq output, so the pin already leaves the block from a flop.
        m.d.comb += self.irq.eq(bank.irq)
        return m
