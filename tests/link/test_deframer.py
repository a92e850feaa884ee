"""DLLDP deframing gateware (hdl_py/link/deframer.py) against sim/model/dll.py: the model's
flits in, the payload and the LPH fields out, at several beat widths, with idle input and
output back-pressure; every PLENGTH the validity check accepts is exactly what the model
accepts; a framer -> deframer loop at line rate."""

import random

import pytest
from amaranth.hdl import Module, Signal
from amaranth.lib import stream
from amaranth.sim import Simulator

from hdl_py.lib.stream import PacketSignature
from hdl_py.link import framer as fr
from hdl_py.link.deframer import DlldpDeframer, deframed_side_layout, plength_valid
from hdl_py.proto.dll import FLIT_BYTES, Plength
from sim.model import dll
from tests.lib.simhelpers import packet_get_beats, run_simulation, stream_put, stream_rule_monitor


def test_plength_valid_is_the_models_rule():
    m = Module()
    p = Signal(Plength)
    ok = Signal()
    m.d.comb += ok.eq(plength_valid(p))

    async def tb(ctx):
        for raw in range(1 << 14):
            ctx.set(p.as_value(), raw)
            await ctx.delay(1e-9)
            try:
                dll.plength_payload_bytes(raw)
                want = 1
            except dll.PlengthError:
                want = 0
            assert ctx.get(ok) == want, f"PLENGTH {raw:#06x}"
    sim = Simulator(m)
    sim.add_testbench(tb)
    sim.run()


def _flits(payload, vl, cfg, rt, err):
    return [f for b in dll.frame_dlldp(payload, vl=vl, cfg=cfg, rt=rt, error_flag=err) for f in b]


def _run(data_bytes, packets, *, seed, idle=0.0, backpressure=0.0):
    dut = DlldpDeframer(data_bytes=data_bytes)
    rng = random.Random(seed)
    got, violations = [], []

    async def src(ctx):
        for p in packets:
            for k, f in enumerate(_flits(*p)):
                await stream_put(ctx, dut.i, {"data": int.from_bytes(f, "little"),
                                              "first": int(k == 0)}, rng=rng, idle=idle)

    async def sink(ctx):
        for _ in packets:
            beats = await packet_get_beats(ctx, dut.o, rng=rng, backpressure=backpressure)
            payload = b"".join(b["data"].to_bytes(data_bytes, "little")[:b["nbytes"]]
                               for b in beats)
            sides = {(b["side"]["vl"], b["side"]["cfg"], b["side"]["rt"]) for b in beats}
            errs = [b["side"]["error_flag"] for b in beats]
            got.append((payload, sides, errs))
    run_simulation(dut, src, sink, max_cycles=300_000,
                   background=[stream_rule_monitor(dut.o, violations)])
    assert not violations
    for (payload, vl, cfg, rt, err), (out, sides, errs) in zip(packets, got, strict=True):
        assert out == payload
        assert sides == {(vl, cfg, rt)}
        assert errs == [0] * (len(errs) - 1) + [err]


@pytest.mark.parametrize("data_bytes", [8, 32, 64])
def test_deframer_matches_model(data_bytes):
    rng = random.Random(100 + data_bytes)
    edge = [1, 2, 11, 12, 13, 16, 17, 20, 36, 37, 631, 632, 633, 634, 646, 648, 1266, 4096]
    packets = [(rng.randbytes(n), rng.randrange(16), 7, n % 4, n & 1) for n in edge]
    packets += [(rng.randbytes(rng.randint(1, 1500)), rng.randrange(16),
                 rng.choice(sorted(dll.DLLDP_CFGS)), rng.randrange(4), int(rng.random() < .2))
                for _ in range(20)]
    _run(data_bytes, packets, seed=data_bytes, idle=0.1, backpressure=0.3)


def test_deframer_rule3_sent_by_another_sender():
    """A sender may end the payload in the second-to-last flit with 13..16 bytes even when it
    would fit the last (rule 3); the receiver must take it. Built by hand: a 3-flit DLLDP whose
    second flit holds 15 payload bytes and whose last flit only the BCRC."""
    from hdl_py.proto import encode
    from hdl_py.proto.dll import Lph
    payload = bytes(range(1, 32))                            # 16 + 15 bytes
    raw = bytearray(60)
    raw[:4] = encode(Lph, vl=2, cfg=3, plength={"blocks_m1": 0, "last_flits_m1": 2,
                                               "end": 15 + 11})
    raw[4:20] = payload[:16]
    raw[20:35] = payload[16:]
    block = dll.seal_block(bytes(raw))
    assert dll.parse_dlldp([block[:20], block[20:40], block[40:]]).payload == payload
    dut = DlldpDeframer(data_bytes=32)
    got = []

    async def src(ctx):
        for k in range(3):
            await stream_put(ctx, dut.i, {"data": int.from_bytes(block[20 * k:20 * k + 20],
                                                                 "little"), "first": int(k == 0)})

    async def sink(ctx):
        beats = await packet_get_beats(ctx, dut.o)
        got.append(b"".join(b["data"].to_bytes(32, "little")[:b["nbytes"]] for b in beats))
    run_simulation(dut, src, sink, max_cycles=200)
    assert got == [payload]


def test_framer_deframer_loop_at_line_rate():
    """Framer straight into deframer, MTU packets back to back: every byte back, and the
    deframer never holds the framer up (one flit per cycle but the idle cycle per packet)."""
    from amaranth.lib import wiring

    class Loop(wiring.Component):
        def __init__(self):
            self.framer = fr.DlldpFramer(data_bytes=32)
            self.deframer = DlldpDeframer(data_bytes=32)
            super().__init__({
                "desc": wiring.In(stream.Signature(fr.framer_desc_layout())),
                "i": wiring.In(PacketSignature(32)),
                "o": wiring.Out(PacketSignature(32, deframed_side_layout()))})

        def elaborate(self, platform):
            m = Module()
            m.submodules.framer, m.submodules.deframer = self.framer, self.deframer
            wiring.connect(m, wiring.flipped(self.desc), self.framer.desc)
            wiring.connect(m, wiring.flipped(self.i), self.framer.i)
            wiring.connect(m, wiring.flipped(self.o), self.deframer.o)
            m.d.comb += [self.deframer.i.valid.eq(self.framer.o.valid),
                         self.deframer.i.payload.data.eq(self.framer.o.payload.data),
                         self.framer.o.ready.eq(self.deframer.i.ready)]
            first = Signal(init=1)
            with m.If(self.framer.o.valid & self.framer.o.ready):
                m.d.sync += first.eq(self.framer.o.payload.eop)
            m.d.comb += self.deframer.i.payload.first.eq(first)
            return m

    from tests.lib.simhelpers import packet_put
    dut = Loop()
    rng = random.Random(8)
    packets = [rng.randbytes(4096) for _ in range(3)] + [rng.randbytes(rng.randint(1, 700))
                                                         for _ in range(10)]
    got, stalls = [], []

    async def desc_tb(ctx):
        for p in packets:
            await stream_put(ctx, dut.desc, {"nbytes": len(p), "plength": dll.plength_for(len(p)),
                                             "vl": 1, "cfg": 3, "rt": 0, "error_flag": 0})

    async def data_tb(ctx):
        for p in packets:
            await packet_put(ctx, dut.i, p, 32)

    async def sink(ctx):
        for _ in packets:
            beats = await packet_get_beats(ctx, dut.o)
            got.append(b"".join(b["data"].to_bytes(32, "little")[:b["nbytes"]] for b in beats))

    async def watch(ctx):
        async for _c, _r, v, r in ctx.tick().sample(dut.framer.o.valid, dut.framer.o.ready):
            if v and not r:
                stalls.append(1)
    run_simulation(dut, desc_tb, data_tb, sink, background=[watch], max_cycles=20_000)
    assert got == packets
    assert not stalls


@pytest.mark.parametrize("data_bytes", [8, 32])
def test_deframer_one_flit_a_cycle_back_to_back(data_bytes):
    """DLLDPs of every short length and some long ones back to back, the output always ready:
    the deframer takes a flit every cycle (at 32-byte beats; at 8 a beat holds less than a
    flit, so there it only has to get every byte through). The next DLLDP's first flit does
    not wait for the previous one's last beat."""
    rng = random.Random(31 + data_bytes)
    sizes = list(range(1, 80)) + [rng.randint(80, 1500) for _ in range(10)] + [4096]
    packets = [(rng.randbytes(n), rng.randrange(16), 3, 0, n & 1) for n in sizes]
    dut = DlldpDeframer(data_bytes=data_bytes)
    flits = [(f, k == 0) for p in packets for k, f in enumerate(_flits(*p))]
    got, stalls = [], []

    async def src(ctx):
        for f, first in flits:
            await stream_put(ctx, dut.i, {"data": int.from_bytes(f, "little"),
                                          "first": int(first)})

    async def sink(ctx):
        for _ in packets:
            beats = await packet_get_beats(ctx, dut.o)
            got.append(b"".join(b["data"].to_bytes(data_bytes, "little")[:b["nbytes"]]
                                for b in beats))

    async def watch(ctx):
        async for _c, _r, v, r in ctx.tick().sample(dut.i.valid, dut.i.ready):
            if v and not r:
                stalls.append(1)
    run_simulation(dut, src, sink, background=[watch], max_cycles=60_000)
    assert got == [p[0] for p in packets]
    if data_bytes >= FLIT_BYTES:
        assert not stalls
