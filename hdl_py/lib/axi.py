"""AXI4 and AXI4-Lite signatures and the AXI4-Lite register slave port.

Signatures are flat, with the AXI signal names as members and seen from the master (``Out`` is
driven by the master). A slave takes ``In(AXI4LiteSignature(...))``. Because Amaranth joins
hierarchy levels with ``__``, a top-level port named ``axil`` becomes the Verilog ports
``axil__awaddr``, ``axil__wdata``... which cocotbext-axi finds with
``AxiLiteBus.from_prefix(dut, "axil_")`` (its prefix joins with one more ``_``); likewise
``AxiBus.from_prefix(dut, "dma_")`` for a port ``dma`` with :class:`AXI4Signature`.
"""

from __future__ import annotations

from amaranth.hdl import Module, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

__all__ = [
    "AXI4LiteSignature",
    "AXI4Signature",
    "AXI4LiteSlavePort",
    "RESP_OKAY",
    "RESP_EXOKAY",
    "RESP_SLVERR",
    "RESP_DECERR",
]

#: AXI response codes (BRESP/RRESP).
RESP_OKAY = 0
RESP_EXOKAY = 1
RESP_SLVERR = 2
RESP_DECERR = 3


def _check_width(name, value, *, minimum=1, maximum=64, choices=None):
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if choices is not None:
        if value not in choices:
            raise ValueError(f"{name} must be one of {sorted(choices)}, not {value}")
    elif not minimum <= value <= maximum:
        raise ValueError(f"{name} must be in {minimum}..{maximum}, not {value}")


class AXI4LiteSignature(wiring.Signature):
    """AXI4-Lite interface, master view.

    Parameters
    ----------
    addr_width : int
        Width of ``awaddr``/``araddr`` in bits (byte addresses), 1..64.
    data_width : int
        Width of ``wdata``/``rdata`` in bits, 32 or 64; ``wstrb`` has one bit per byte.

    Members
    -------
    awaddr, awprot, awvalid : Out
        Write address channel (master to slave); ``awready`` is In.
    wdata, wstrb, wvalid : Out
        Write data channel; ``wready`` is In.
    bresp, bvalid : In
        Write response channel (slave to master); ``bready`` is Out.
    araddr, arprot, arvalid : Out
        Read address channel; ``arready`` is In.
    rdata, rresp, rvalid : In
        Read data channel; ``rready`` is Out.
    """

    def __init__(self, *, addr_width: int, data_width: int = 32):
        _check_width("addr_width", addr_width)
        _check_width("data_width", data_width, choices={32, 64})
        self._addr_width = addr_width
        self._data_width = data_width
        super().__init__({
            "awaddr": Out(addr_width),
            "awprot": Out(3),
            "awvalid": Out(1),
            "awready": In(1),
            "wdata": Out(data_width),
            "wstrb": Out(data_width // 8),
            "wvalid": Out(1),
            "wready": In(1),
            "bresp": In(2),
            "bvalid": In(1),
            "bready": Out(1),
            "araddr": Out(addr_width),
            "arprot": Out(3),
            "arvalid": Out(1),
            "arready": In(1),
            "rdata": In(data_width),
            "rresp": In(2),
            "rvalid": In(1),
            "rready": Out(1),
        })

    @property
    def addr_width(self) -> int:
        """Address width in bits."""
        return self._addr_width

    @property
    def data_width(self) -> int:
        """Data width in bits."""
        return self._data_width

    def __eq__(self, other):
        return (type(other) is type(self) and other.addr_width == self.addr_width
                and other.data_width == self.data_width)

    def __hash__(self):
        return hash((type(self), self._addr_width, self._data_width))

    def __repr__(self):
        return f"AXI4LiteSignature(addr_width={self._addr_width}, data_width={self._data_width})"


class AXI4Signature(wiring.Signature):
    """Full AXI4 interface (bursts, IDs), master view, as a DMA engine drives it.

    Member names follow the AXI specification and match what cocotbext-axi's
    ``AxiBus.from_prefix`` looks for (``awid``, ``awaddr``, ``awlen``, ``awsize``,
    ``awburst``, ``awlock``, ``awcache``, ``awprot``, ``awvalid``, ``awready``; ``wdata``,
    ``wstrb``, ``wlast``, ``wvalid``, ``wready``; ``bid``, ``bresp``, ``bvalid``, ``bready``;
    the AR channel like AW; ``rid``, ``rdata``, ``rresp``, ``rlast``, ``rvalid``, ``rready``).
    The optional QoS/region/user signals are left out.

    Parameters
    ----------
    addr_width : int
        Byte address width in bits, 1..64.
    data_width : int
        Data bus width in bits: 8, 16, 32, ..., 1024.
    id_width : int
        Transaction ID width in bits, 1..32 (AXI IDs may not be zero-width here because
        cocotbext-axi requires ``awid``/``arid`` to exist).
    """

    def __init__(self, *, addr_width: int, data_width: int, id_width: int):
        _check_width("addr_width", addr_width)
        _check_width("data_width", data_width, choices={8 << i for i in range(8)})
        _check_width("id_width", id_width, maximum=32)
        self._addr_width = addr_width
        self._data_width = data_width
        self._id_width = id_width
        members = {}
        for ch in ("aw", "ar"):
            members.update({
                f"{ch}id": Out(id_width),
                f"{ch}addr": Out(addr_width),
                f"{ch}len": Out(8),
                f"{ch}size": Out(3),
                f"{ch}burst": Out(2),
                f"{ch}lock": Out(1),
                f"{ch}cache": Out(4),
                f"{ch}prot": Out(3),
                f"{ch}valid": Out(1),
                f"{ch}ready": In(1),
            })
            if ch == "aw":
                members.update({
                    "wdata": Out(data_width),
                    "wstrb": Out(data_width // 8),
                    "wlast": Out(1),
                    "wvalid": Out(1),
                    "wready": In(1),
                    "bid": In(id_width),
                    "bresp": In(2),
                    "bvalid": In(1),
                    "bready": Out(1),
                })
        members.update({
            "rid": In(id_width),
            "rdata": In(data_width),
            "rresp": In(2),
            "rlast": In(1),
            "rvalid": In(1),
            "rready": Out(1),
        })
        super().__init__(members)

    @property
    def addr_width(self) -> int:
        """Address width in bits."""
        return self._addr_width

    @property
    def data_width(self) -> int:
        """Data width in bits."""
        return self._data_width

    @property
    def id_width(self) -> int:
        """ID width in bits."""
        return self._id_width

    def __eq__(self, other):
        return (type(other) is type(self) and other.addr_width == self.addr_width
                and other.data_width == self.data_width and other.id_width == self.id_width)

    def __hash__(self):
        return hash((type(self), self._addr_width, self._data_width, self._id_width))

    def __repr__(self):
        return (f"AXI4Signature(addr_width={self._addr_width}, data_width={self._data_width}, "
                f"id_width={self._id_width})")


class AXI4LiteSlavePort(wiring.Component):
    """AXI4-Lite slave turned into a single-cycle register access interface.

    One write and one read may be outstanding at a time (independently of each other). On the
    write side, the address (AW) and data (W) beats are buffered separately, so either may
    arrive first or both in the same cycle; once both are held the port raises ``wr_stb`` for
    one cycle and the decoder must answer ``wr_err`` combinationally in that cycle. On the read
    side the port raises ``rd_stb`` for one cycle after the AR beat and samples ``rd_data`` and
    ``rd_err`` one cycle later (the decoder registers its read data). Responses (B, R) are held
    until the master takes them. Every accepted address gets exactly one response, whatever the
    address: errors are reported with SLVERR, never by withholding a response.

    Timing (cycles, AW and W accepted together at edge 0): ``wr_stb`` in cycle 1, ``bvalid``
    from cycle 2; AR accepted at edge 0: ``rd_stb`` in cycle 1, ``rvalid`` from cycle 3. A new
    address is accepted only after the previous response has been taken. ``awprot``/``arprot``
    are ignored.

    Parameters
    ----------
    addr_width : int
        Byte address width of the bus and of ``wr_addr``/``rd_addr``.
    data_width : int
        32 or 64.
    read_latency : int
        Cycles from ``rd_stb`` to the one in which ``rd_data``/``rd_err`` are sampled: 1 (the
        default) or 2 (a decoder that registers its read data twice); ``rd_addr`` holds from
        ``rd_stb`` until the response is taken, and ``rvalid`` comes a cycle later with 2.

    Attributes
    ----------
    bus : In(AXI4LiteSignature)
        The AXI4-Lite slave port (driven by the bus master).
    wr_addr : Out(addr_width)
        Byte address of the write, valid while ``wr_stb``.
    wr_data : Out(data_width)
        Write data, valid while ``wr_stb``.
    wr_strb : Out(data_width // 8)
        Byte enables (bit i enables ``wr_data[8*i:8*i+8]``), valid while ``wr_stb``.
    wr_stb : Out(1)
        One-cycle write strobe to the decoder.
    wr_err : In(1)
        Decoder answer in the ``wr_stb`` cycle: 1 gives BRESP=SLVERR, 0 gives OKAY.
    rd_addr : Out(addr_width)
        Byte address of the read, valid while ``rd_stb``.
    rd_stb : Out(1)
        One-cycle read strobe to the decoder.
    rd_data : In(data_width)
        Decoder read data, sampled in the cycle after ``rd_stb``.
    rd_err : In(1)
        Decoder error, sampled with ``rd_data``: 1 gives RRESP=SLVERR.
    """

    def __init__(self, *, addr_width: int, data_width: int = 32, read_latency: int = 1):
        sig = AXI4LiteSignature(addr_width=addr_width, data_width=data_width)
        if read_latency not in (1, 2):
            raise ValueError(f"read_latency must be 1 or 2, not {read_latency!r}")
        self._addr_width = addr_width
        self._data_width = data_width
        self._read_latency = read_latency
        super().__init__({
            "bus": In(sig),
            "wr_addr": Out(addr_width),
            "wr_data": Out(data_width),
            "wr_strb": Out(data_width // 8),
            "wr_stb": Out(1),
            "wr_err": In(1),
            "rd_addr": Out(addr_width),
            "rd_stb": Out(1),
            "rd_data": In(data_width),
            "rd_err": In(1),
        })

    @property
    def addr_width(self) -> int:
        """Byte address width in bits."""
        return self._addr_width

    @property
    def data_width(self) -> int:
        """Data width in bits."""
        return self._data_width

    def elaborate(self, platform):
        m = Module()
        bus = self.bus

        # Write side: AW and W are held in their own one-entry buffers, which is what lets them
        # arrive in any order. The buffers refill only after the B response has been taken,
        # which keeps exactly one write outstanding.
        aw_full = Signal()
        w_full = Signal()
        b_valid = Signal()
        b_resp = Signal(2)
        aw_addr = Signal(self._addr_width)
        w_data = Signal(self._data_width)
        w_strb = Signal(self._data_width // 8)

        m.d.comb += [
            bus.awready.eq(~aw_full & ~b_valid),
            bus.wready.eq(~w_full & ~b_valid),
            bus.bvalid.eq(b_valid),
            bus.bresp.eq(b_resp),
            self.wr_addr.eq(aw_addr),
            self.wr_data.eq(w_data),
            self.wr_strb.eq(w_strb),
            # Both halves present: the write happens now. b_valid is always 0 here because
            # neither buffer accepts while a response is pending.
            self.wr_stb.eq(aw_full & w_full),
        ]
        with m.If(bus.awvalid & bus.awready):
            m.d.sync += [aw_full.eq(1), aw_addr.eq(bus.awaddr)]
        with m.If(bus.wvalid & bus.wready):
            m.d.sync += [w_full.eq(1), w_data.eq(bus.wdata), w_strb.eq(bus.wstrb)]
        with m.If(self.wr_stb):
            m.d.sync += [aw_full.eq(0), w_full.eq(0), b_valid.eq(1), b_resp.eq(RESP_OKAY)]
            with m.If(self.wr_err):
                m.d.sync += b_resp.eq(RESP_SLVERR)
        with m.If(b_valid & bus.bready):
            m.d.sync += b_valid.eq(0)

        # Read side: AR beat -> rd_stb (1 cycle) -> decoder registers data -> captured into the
        # R holding register, held until rready. ar_busy spans the whole transaction.
        ar_busy = Signal()
        ar_addr = Signal(self._addr_width)
        rd_stb = Signal()
        rd_pend = Signal()
        r_valid = Signal()
        r_data = Signal(self._data_width)
        r_resp = Signal(2)

        m.d.comb += [
            bus.arready.eq(~ar_busy),
            bus.rvalid.eq(r_valid),
            bus.rdata.eq(r_data),
            bus.rresp.eq(r_resp),
            self.rd_addr.eq(ar_addr),
            self.rd_stb.eq(rd_stb),
        ]
        if self._read_latency == 1:
            m.d.sync += [rd_stb.eq(0), rd_pend.eq(rd_stb)]
        else:
            rd_wait = Signal()
            m.d.sync += [rd_stb.eq(0), rd_wait.eq(rd_stb), rd_pend.eq(rd_wait)]
        with m.If(bus.arvalid & bus.arready):
            m.d.sync += [ar_busy.eq(1), ar_addr.eq(bus.araddr), rd_stb.eq(1)]
        with m.If(rd_pend):
            m.d.sync += [
                r_valid.eq(1),
                r_data.eq(self.rd_data),
                r_resp.eq(RESP_OKAY),
            ]
            with m.If(self.rd_err):
                m.d.sync += r_resp.eq(RESP_SLVERR)
        with m.If(r_valid & bus.rready):
            m.d.sync += [r_valid.eq(0), ar_busy.eq(0)]

        return m
