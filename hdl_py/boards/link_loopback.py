"""A UB 2.0 data link endpoint (:class:`~hdl_py.link.dll_endpoint.DllEndpoint`) in loopback
behind a board's clock and LEDs.

The endpoint's transmit PHY channel feeds its own receiver, so the data link comes up against
itself (the retry handshake, the Init Block negotiation, the initial credit, ACKs and the
retry all run through the one endpoint). A register sequencer writes ``DL_CTRL.enable`` over
the endpoint's own AXI4-Lite port after reset (address and field positions come from
``dll.rdl``, never typed here; the link comes up with it set, its reset value, so the write
shows the bus works); once the link is in DLL_Normal the traffic generator sends packets
forever and the checker verifies every byte, order and loss. The LEDs show what happens:

==========  =====================================================================
LED         meaning
==========  =====================================================================
0           data link in DLL_Normal
1           the checker saw a bad, duplicated or lost packet (sticky)
2           the endpoint's interrupt (an enabled port error bit is set)
3           the register write was answered with an error (sticky; should stay off)
4..7        bits 16..19 of the checker's packet count (blink while traffic flows)
==========  =====================================================================

The generator and checker are the bench components of :mod:`hdl_py.link.traffic` (plain
logic, synthesizable); on silicon the packet ports go to the network layer instead.
"""

from __future__ import annotations

from amaranth.hdl import Elaboratable, Module, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import Out

from hdl_py.lib.stream import connect_packets
from hdl_py.link.dll_endpoint import DllEndpoint
from hdl_py.link.dll_sm import DllState
from hdl_py.link.traffic import TrafficCheck, TrafficGen
from hdl_py.regs import compile_rdl

__all__ = ["LinkLoopback", "LinkLoopbackBoard", "SMALL_LINK", "ctrl_enable_write"]

#: A small endpoint (2 VLs, smaller buffers), the configuration a switch port would carry.
SMALL_LINK = {"vls": 2, "data_bytes": 32, "mtu": 1024, "queue_beats": 80, "retry_depth": 256,
              "vl_flits": 256, "max_lanes": 4}


def ctrl_enable_write() -> tuple[int, int]:
    """``(address, value)`` that sets ``DL_CTRL.enable`` with every other field at its reset."""
    node = compile_rdl("dll")
    ctrl = next(r for r in node.registers() if r.inst_name == "DL_CTRL")
    value = 0
    for f in ctrl.fields():
        reset = f.get_property("reset") or 0
        if f.inst_name == "enable":
            reset = 1
        if f.is_sw_writable and not f.get_property("singlepulse"):
            value |= reset << f.low
    return ctrl.absolute_address, value


class LinkLoopback(wiring.Component):
    """Endpoint + loopback + register sequencer + traffic generator and checker.

    Parameters
    ----------
    endpoint : dict
        Keyword parameters of :class:`DllEndpoint` (default :data:`SMALL_LINK`).
    len_min, len_max : int
        Payload lengths of the generated packets in bytes (at most the endpoint's ``mtu``).

    Attributes
    ----------
    led : Out(8)
        The LED meanings in the module docstring.
    packets : Out(32)
        Packets the checker has received (for simulation and a logic analyser).
    """

    def __init__(self, *, endpoint: dict | None = None, len_min: int = 64, len_max: int = 512):
        self._endpoint = dict(SMALL_LINK if endpoint is None else endpoint)
        mtu = self._endpoint.get("mtu", 4096)
        if not 10 <= len_min <= len_max <= mtu:
            raise ValueError(f"need 10 <= len_min <= len_max <= mtu ({mtu}), got "
                             f"{len_min}..{len_max}")
        self._len = (len_min, len_max)
        super().__init__({"led": Out(8), "packets": Out(32)})

    def elaborate(self, platform):
        m = Module()
        ep_kw = self._endpoint
        m.submodules.ep = ep = DllEndpoint(**ep_kw)
        nv, db = ep.vls, ep_kw.get("data_bytes", 32)
        m.submodules.gen = gen = TrafficGen(num_vls=nv, data_bytes=db)
        m.submodules.chk = chk = TrafficCheck(num_vls=nv, data_bytes=db)

        # Loopback: this endpoint's transmit channel is its own receive channel.
        m.d.comb += [
            ep.rx_flit.valid.eq(ep.tx_flit.valid), ep.rx_flit.payload.eq(ep.tx_flit.payload),
            ep.tx_flit.ready.eq(1),
            ep.rx_up.eq(ep.tx_up), ep.rx_width.eq(ep.tx_width),
            ep.retrain_in.eq(ep.retrain_out),
            ep.lane_fail.eq(0), ep.far_silent.eq(0),
        ]

        # Register sequencer: one AXI4-Lite write of CTRL after reset.
        addr, value = ctrl_enable_write()
        bus = ep.axil
        aw_done, w_done, written, bus_err = Signal(), Signal(), Signal(), Signal()
        m.d.comb += [
            bus.awaddr.eq(addr), bus.awvalid.eq(~aw_done & ~written),
            bus.wdata.eq(value), bus.wstrb.eq(0xF), bus.wvalid.eq(~w_done & ~written),
            bus.bready.eq(1), bus.arvalid.eq(0), bus.rready.eq(1),
        ]
        with m.If(bus.awvalid & bus.awready):
            m.d.sync += aw_done.eq(1)
        with m.If(bus.wvalid & bus.wready):
            m.d.sync += w_done.eq(1)
        with m.If(bus.bvalid):
            m.d.sync += written.eq(1)
            with m.If(bus.bresp != 0):
                m.d.sync += bus_err.eq(1)

        # Traffic: start once in DLL_Normal, and run "forever" (2^32 - 1 packets).
        now, started, bad = Signal(32), Signal(), Signal()
        normal = ep.dl_state == DllState.DLL_NORMAL
        m.d.sync += now.eq(now + 1)
        connect_packets(m, gen.o, ep.i)
        connect_packets(m, ep.o, chk.i)
        m.d.comb += [
            gen.now.eq(now), chk.now.eq(now), chk.clear.eq(0), chk.stall.eq(0),
            gen.start.eq(normal & ~started), gen.count.eq(0xFFFF_FFFF),
            gen.len_min.eq(self._len[0]), gen.len_max.eq(self._len[1]),
            gen.vl_mask.eq((1 << nv) - 1), gen.gap.eq(0), gen.cfg.eq(6), gen.seed.eq(1),
        ]
        with m.If(gen.start):
            m.d.sync += started.eq(1)
        with m.If((chk.errors != 0) | (chk.duplicates != 0) | (chk.lost != 0)):
            m.d.sync += bad.eq(1)
        m.d.comb += self.led.eq(normal | (bad << 1) | (ep.irq << 2) | (bus_err << 3)
                                | (chk.packets[16:20] << 4))
        m.d.comb += self.packets.eq(chk.packets)
        return m


class LinkLoopbackBoard(Elaboratable):
    """:class:`LinkLoopback` on a board: its default clock drives ``sync``, LEDs 0..7."""

    def __init__(self, **kw):
        self._kw = kw

    def elaborate(self, platform):
        m = Module()
        m.submodules.top = top = LinkLoopback(**self._kw)
        for i in range(8):
            m.d.comb += platform.request("led", i).o.eq(top.led[i])
        return m
