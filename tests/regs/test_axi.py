"""AXI4/AXI4-Lite signatures and the AXI4-Lite slave port (hdl_py.lib.axi)."""

from __future__ import annotations

import pytest
from amaranth.back import verilog
from amaranth.hdl import Array, Module, Shape, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out
from cocotbext.axi import axi_channels, axil_channels

from hdl_py.lib.axi import AXI4LiteSignature, AXI4LiteSlavePort, AXI4Signature
from sim.backends.amaranth_axil import (
    AxilTiming,
    HandshakeCounts,
    axil_monitor,
    axil_read,
    axil_write,
)
from tests.lib.simhelpers import ignore_unused, run_simulation, seeded

AXI_CHANNELS = [axi_channels.AxiAWBus, axi_channels.AxiWBus, axi_channels.AxiBBus,
                axi_channels.AxiARBus, axi_channels.AxiRBus]
AXI_MONITORS = [axi_channels.AxiAWMonitor, axi_channels.AxiWMonitor, axi_channels.AxiBMonitor,
                axi_channels.AxiARMonitor, axi_channels.AxiRMonitor]
AXIL_CHANNELS = [axil_channels.AxiLiteAWBus, axil_channels.AxiLiteWBus, axil_channels.AxiLiteBBus,
                 axil_channels.AxiLiteARBus, axil_channels.AxiLiteRBus]

# Signals driven by the slave: the ready of the request channels and the response payloads.
SLAVE_DRIVEN = {"awready", "wready", "arready", "bid", "bresp", "bvalid",
                "rid", "rdata", "rresp", "rlast", "rvalid"}


def _w(member):
    return Shape.cast(member.shape).width


def _flows(sig):
    return {name: member.flow for name, member in sig.members.items()}


@pytest.mark.parametrize("addr_width, data_width", [(6, 32), (32, 64)])
def test_axil_signature(addr_width, data_width):
    sig = AXI4LiteSignature(addr_width=addr_width, data_width=data_width)
    required = {s for ch in AXIL_CHANNELS for s in ch._signals}
    optional = {s for ch in AXIL_CHANNELS for s in ch._optional_signals}
    names = set(sig.members.keys())
    assert required <= names
    assert names - required == {"awprot", "arprot", "wstrb", "bresp", "rresp"}
    assert names <= required | optional
    for name, flow in _flows(sig).items():
        assert flow == (In if name in SLAVE_DRIVEN else Out), name
    m = sig.members
    assert _w(m["awaddr"]) == _w(m["araddr"]) == addr_width
    assert _w(m["wdata"]) == _w(m["rdata"]) == data_width
    assert _w(m["wstrb"]) == data_width // 8
    assert sig == AXI4LiteSignature(addr_width=addr_width, data_width=data_width)
    assert sig != AXI4LiteSignature(addr_width=addr_width + 1, data_width=data_width)


@pytest.mark.parametrize("addr_width, data_width, id_width", [(32, 64, 4), (48, 256, 1)])
def test_axi4_signature(addr_width, data_width, id_width):
    sig = AXI4Signature(addr_width=addr_width, data_width=data_width, id_width=id_width)
    required = {s for ch in AXI_CHANNELS for s in ch._signals}
    optional = {s for ch in AXI_CHANNELS for s in ch._optional_signals}
    names = set(sig.members.keys())
    assert required <= names
    assert names - required == {"awlock", "awcache", "awprot", "wstrb", "bresp",
                                "arlock", "arcache", "arprot", "rresp"}
    assert names <= required | optional
    for name, flow in _flows(sig).items():
        assert flow == (In if name in SLAVE_DRIVEN else Out), name
    widths = {name: _w(member) for name, member in sig.members.items()}
    # Widths fixed by cocotbext-axi (and the AXI4 specification).
    for mon in AXI_MONITORS:
        for name, width in mon._signal_widths.items():
            if name in widths:
                assert widths[name] == width, name
    assert widths["awid"] == widths["arid"] == widths["bid"] == widths["rid"] == id_width
    assert widths["awaddr"] == widths["araddr"] == addr_width
    assert widths["wdata"] == widths["rdata"] == data_width
    assert widths["wstrb"] == data_width // 8


def test_verilog_port_names_match_cocotbext_prefix():
    """A port ``dma`` becomes ``dma__awaddr`` etc., which ``from_prefix(dut, "dma_")`` finds."""

    class Top(wiring.Component):
        def __init__(self):
            super().__init__({
                "dma": Out(AXI4Signature(addr_width=32, data_width=64, id_width=2)),
                "axil": In(AXI4LiteSignature(addr_width=8)),
            })

        def elaborate(self, platform):
            m = Module()
            # Drive every output (as seen from this component) so each becomes a port.
            for port in (self.dma, self.axil):
                for name, member in port.signature.members.items():
                    if member.flow == Out:
                        m.d.comb += getattr(port, name).eq(0)
            return m

    text = verilog.convert(Top(), name="top", emit_src=False)
    ports = {line.split()[-1].rstrip(";") for line in text.splitlines()
             if line.strip().startswith(("input", "output"))}
    for ch in AXI_CHANNELS:
        for s in ch._signals:
            assert f"dma__{s}" in ports
    for ch in AXIL_CHANNELS:
        for s in ch._signals:
            assert f"axil__{s}" in ports


@pytest.mark.parametrize("kwargs, exc", [
    (dict(addr_width=0), ValueError),
    (dict(addr_width=8, data_width=16), ValueError),
    (dict(addr_width="8"), TypeError),
    (dict(addr_width=True), TypeError),
])
@ignore_unused
def test_axil_signature_bad_params(kwargs, exc):
    with pytest.raises(exc):
        AXI4LiteSignature(**kwargs)
    with pytest.raises(exc):
        AXI4LiteSlavePort(**kwargs)


@pytest.mark.parametrize("kwargs, exc", [
    (dict(addr_width=32, data_width=24, id_width=4), ValueError),
    (dict(addr_width=32, data_width=64, id_width=0), ValueError),
    (dict(addr_width=32, data_width=64, id_width=4.0), TypeError),
])
def test_axi4_signature_bad_params(kwargs, exc):
    with pytest.raises(exc):
        AXI4Signature(**kwargs)


# ---- the slave port against a small word file -----------------------------------------------

class WordFile(wiring.Component):
    """Test decoder behind an AXI4LiteSlavePort: ``words`` words of storage; word indexes at or
    above ``words`` answer an error. Counts the strobes so the test sees one per access."""

    def __init__(self, *, addr_width, data_width, words):
        self._aw, self._dw, self._words = addr_width, data_width, words
        super().__init__({
            "bus": In(AXI4LiteSignature(addr_width=addr_width, data_width=data_width)),
            "wr_count": Out(16),
            "rd_count": Out(16),
        })

    def elaborate(self, platform):
        m = Module()
        m.submodules.port = port = AXI4LiteSlavePort(addr_width=self._aw, data_width=self._dw)
        wiring.connect(m, wiring.flipped(self.bus), port.bus)
        nbytes = self._dw // 8
        shift = nbytes.bit_length() - 1
        mem = Array(Signal(self._dw, name=f"word{i}") for i in range(self._words))
        wr_idx = port.wr_addr[shift:]
        rd_idx = port.rd_addr[shift:]
        m.d.comb += port.wr_err.eq(wr_idx >= self._words)
        with m.If(port.wr_stb):
            m.d.sync += self.wr_count.eq(self.wr_count + 1)
            with m.If(~port.wr_err):
                for i in range(nbytes):
                    with m.If(port.wr_strb[i]):
                        m.d.sync += mem[wr_idx][8 * i:8 * i + 8].eq(port.wr_data[8 * i:8 * i + 8])
        rd_data = Signal(self._dw)
        rd_err = Signal()
        m.d.comb += [port.rd_data.eq(rd_data), port.rd_err.eq(rd_err)]
        with m.If(port.rd_stb):
            m.d.sync += [
                self.rd_count.eq(self.rd_count + 1),
                rd_err.eq(rd_idx >= self._words),
                rd_data.eq(0),
            ]
            with m.If(rd_idx < self._words):
                m.d.sync += rd_data.eq(mem[rd_idx])
        return m


class WordModel:
    def __init__(self, data_width, words):
        self.nbytes = data_width // 8
        self.words = words
        self.mem = [0] * words

    def write(self, addr, data, strb):
        idx = addr // self.nbytes
        if idx >= self.words:
            return 2
        for i in range(self.nbytes):
            if strb >> i & 1:
                mask = 0xFF << (8 * i)
                self.mem[idx] = (self.mem[idx] & ~mask) | (data & mask)
        return 0

    def read(self, addr):
        idx = addr // self.nbytes
        if idx >= self.words:
            return 0, 2
        return self.mem[idx], 0


PORT_CONFIGS = [(6, 32, 12), (10, 64, 16)]
SCENARIOS = {
    "aw_first": lambda rng: AxilTiming(aw=0, w=rng.randint(1, 4), resp=0),
    "w_first": lambda rng: AxilTiming(aw=rng.randint(1, 4), w=0, resp=0),
    "together": lambda rng: AxilTiming(),
    "backpressure": lambda rng: AxilTiming(aw=rng.randint(0, 2), w=rng.randint(0, 2),
                                           ar=rng.randint(0, 2), resp=rng.randint(0, 6)),
    "random": lambda rng: AxilTiming.random(rng),
}


@pytest.mark.parametrize("addr_width, data_width, words", PORT_CONFIGS)
@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_port_against_model(seed, addr_width, data_width, words, scenario):
    rng = seeded(seed)
    dut = WordFile(addr_width=addr_width, data_width=data_width, words=words)
    model = WordModel(data_width, words)
    counts = HandshakeCounts()
    nbytes = data_width // 8
    n_access = 60
    stats = {"writes": 0, "reads": 0, "errors": 0}

    async def tb(ctx):
        for _ in range(n_access):
            # Addresses cover the whole window, including the error words above `words`
            # and unaligned byte addresses (the low bits are ignored by the decoder).
            addr = rng.randrange(0, 1 << addr_width)
            timing = SCENARIOS[scenario](rng)
            if rng.random() < 0.5:
                data = rng.getrandbits(data_width)
                strb = rng.getrandbits(nbytes)
                resp = await axil_write(ctx, dut.bus, addr, data, strb, timing)
                assert resp == model.write(addr, data, strb), f"write 0x{addr:x}"
                stats["writes"] += 1
            else:
                got = await axil_read(ctx, dut.bus, addr, timing)
                assert got == model.read(addr), f"read 0x{addr:x}"
                stats["reads"] += 1
                stats["errors"] += got[1] != 0
        await ctx.tick().repeat(3)
        assert ctx.get(dut.wr_count) == stats["writes"]
        assert ctx.get(dut.rd_count) == stats["reads"]

    run_simulation(dut, tb, background=[axil_monitor(dut.bus, counts)])
    assert not counts.errors
    assert counts.aw == counts.w == counts.b == stats["writes"]
    assert counts.ar == counts.r == stats["reads"]
    assert stats["errors"] > 0  # the error path was exercised


@pytest.mark.parametrize("addr_width, data_width, words", PORT_CONFIGS)
def test_port_concurrent_read_write_back_to_back(seed, addr_width, data_width, words):
    """Reads and writes in flight at the same time on their own channels, back to back."""
    rng = seeded(seed)
    dut = WordFile(addr_width=addr_width, data_width=data_width, words=words)
    counts = HandshakeCounts()
    nbytes = data_width // 8
    all_lanes = (1 << nbytes) - 1
    half = words // 2
    expected = [0] * words
    n = 40

    async def writer(ctx):
        for i in range(n):
            idx = rng.randrange(half)
            data = rng.getrandbits(data_width)
            expected[idx] = data
            assert await axil_write(ctx, dut.bus, idx * nbytes, data, all_lanes) == 0
            if i == n - 1:
                # Last write to the other half, read back by the reader's final access.
                expected[half] = data
                assert await axil_write(ctx, dut.bus, half * nbytes, data, all_lanes) == 0

    async def reader(ctx):
        # The upper half is never written until the end: it reads 0, concurrently with writes.
        for _ in range(n):
            idx = rng.randrange(half + 1, words)
            assert await axil_read(ctx, dut.bus, idx * nbytes) == (0, 0)
        await ctx.tick().repeat(4 * n)
        for idx in range(words):
            assert await axil_read(ctx, dut.bus, idx * nbytes) == (expected[idx], 0)

    run_simulation(dut, writer, reader, background=[axil_monitor(dut.bus, counts)])
    assert not counts.errors
    assert counts.aw == counts.w == counts.b == n + 1
    assert counts.ar == counts.r == n + words


def test_port_latency():
    """Documented timing: a write takes 3 edges to its B handshake, a read 4 to its R."""
    dut = WordFile(addr_width=6, data_width=32, words=4)
    edges = []

    async def tb(ctx):
        for _ in range(3):
            n = 0
            ctx.set(dut.bus.awvalid, 1)
            ctx.set(dut.bus.wvalid, 1)
            ctx.set(dut.bus.bready, 1)
            while True:
                _, _, awr, bv = await ctx.tick().sample(dut.bus.awready, dut.bus.bvalid)
                n += 1
                if awr:
                    ctx.set(dut.bus.awvalid, 0)
                    ctx.set(dut.bus.wvalid, 0)
                if bv:
                    break
            edges.append(("w", n))
        for _ in range(3):
            n = 0
            ctx.set(dut.bus.arvalid, 1)
            ctx.set(dut.bus.rready, 1)
            while True:
                _, _, arr, rv = await ctx.tick().sample(dut.bus.arready, dut.bus.rvalid)
                n += 1
                if arr:
                    ctx.set(dut.bus.arvalid, 0)
                if rv:
                    break
            edges.append(("r", n))

    run_simulation(dut, tb)
    assert edges == [("w", 3)] * 3 + [("r", 4)] * 3


def test_port_holds_response_until_taken():
    """B and R stay valid and stable for as long as the master withholds ready."""
    dut = WordFile(addr_width=6, data_width=32, words=2)

    async def tb(ctx):
        bus = dut.bus
        assert await axil_write(ctx, bus, 4, 0xDEADBEEF, timing=AxilTiming(resp=30)) == 0
        assert await axil_write(ctx, bus, 0x3C, 1, timing=AxilTiming(resp=25)) == 2
        assert await axil_read(ctx, bus, 4, timing=AxilTiming(resp=40)) == (0xDEADBEEF, 0)
        assert await axil_read(ctx, bus, 0x20, timing=AxilTiming(resp=40)) == (0, 2)
        # While a response is pending, no new address is accepted (one outstanding).
        ctx.set(bus.araddr, 0)
        ctx.set(bus.arvalid, 1)
        await ctx.tick().until(bus.arready)
        ctx.set(bus.arvalid, 0)
        await ctx.tick().until(bus.rvalid)
        for _ in range(10):
            await ctx.tick()
            assert ctx.get(bus.rvalid) and not ctx.get(bus.arready)
        ctx.set(bus.rready, 1)
        await ctx.tick()
        ctx.set(bus.rready, 0)
        assert ctx.get(bus.arready) and not ctx.get(bus.rvalid)

    run_simulation(dut, tb)
