"""Sim-only traffic generator and checker, back to back and with injected faults."""

from __future__ import annotations

import random

import pytest
from amaranth.hdl import Module, Signal
from amaranth.lib import wiring
from amaranth.sim import Simulator

from hdl_py.lib.stream import beats_to_packets
from hdl_py.link.traffic import MIN_LEN, TrafficCheck, TrafficGen, expected_byte


class Harness(wiring.Component):
    """Generator -> (optional corruption of one beat) -> checker, with a shared clock count."""

    def __init__(self, num_vls, data_bytes):
        self.gen = TrafficGen(num_vls=num_vls, data_bytes=data_bytes)
        self.chk = TrafficCheck(num_vls=num_vls, data_bytes=data_bytes)
        super().__init__({})
        self.flip = Signal(8 * data_bytes)  # XOR into the data of beat number flip_at
        self.flip_at = Signal(32, init=0xFFFFFFFF)
        self.beats = Signal(32)
        self.now = Signal(32)

    def elaborate(self, platform):
        m = Module()
        m.submodules.gen, m.submodules.chk = self.gen, self.chk
        m.d.sync += self.now.eq(self.now + 1)
        m.d.comb += [self.gen.now.eq(self.now), self.chk.now.eq(self.now)]
        wiring.connect(m, self.gen.o, self.chk.i)
        # wiring.connect wires payload directly; corruption goes through an override below
        with m.If(self.beats == self.flip_at):
            m.d.comb += self.chk.i.payload.data.eq(self.gen.o.payload.data ^ self.flip)
        with m.If(self.gen.o.valid & self.gen.o.ready):
            m.d.sync += self.beats.eq(self.beats + 1)
        return m


def _run(num_vls, data_bytes, count, lmin, lmax, *, flip_at=None, stall=False, seed=1):
    dut = Harness(num_vls, data_bytes)
    sim = Simulator(dut)
    sim.add_clock(1e-8)
    res = {}
    captured = []

    async def tb(ctx):
        g, c = dut.gen, dut.chk
        if flip_at is not None:
            ctx.set(dut.flip_at, flip_at)
            ctx.set(dut.flip, 1 << 100 if data_bytes > 13 else 1 << 90)
        ctx.set(g.count, count)
        ctx.set(g.len_min, lmin)
        ctx.set(g.len_max, lmax)
        ctx.set(g.vl_mask, (1 << num_vls) - 1)
        ctx.set(g.seed, seed)
        ctx.set(g.cfg, 6)
        ctx.set(g.start, 1)
        await ctx.tick()
        ctx.set(g.start, 0)
        rng = random.Random(seed)
        for _ in range(20000):
            if stall:
                ctx.set(c.stall, rng.random() < 0.5)
            if ctx.get(g.o.valid) and ctx.get(g.o.ready):
                beat = {k: ctx.get(getattr(g.o.payload, k)) for k in ("data", "nbytes",
                                                                       "first", "last")}
                beat["vl"] = ctx.get(g.o.payload.side.vl)
                captured.append(beat)
            await ctx.tick()
            if not ctx.get(g.busy) and ctx.get(g.sent) == count:
                break
        await ctx.tick().repeat(3)
        for k in ("packets", "bytes", "errors", "duplicates", "lost", "lat_min", "lat_max"):
            res[k] = ctx.get(getattr(c, k))
        res["sent"] = ctx.get(g.sent)

    sim.add_testbench(tb)
    sim.run()
    return res, captured


@pytest.mark.parametrize("num_vls,data_bytes", [(4, 32), (2, 16)])
def test_generator_pattern_matches_python_twin(num_vls, data_bytes):
    res, beats = _run(num_vls, data_bytes, 12, 10, 100)
    assert res["sent"] == 12 and res["packets"] == 12
    assert res["errors"] == res["duplicates"] == res["lost"] == 0
    pkts = beats_to_packets([{k: b[k] for k in ("data", "nbytes", "first", "last")}
                             for b in beats], data_bytes)
    vls = [b["vl"] for b in beats if b["first"]]
    seen = {}
    for pkt, vl in zip(pkts, vls, strict=True):
        index = seen.get(vl, 0)
        seen[vl] = index + 1
        assert 10 <= len(pkt) <= 100
        assert int.from_bytes(pkt[0:4], "big") == index
        assert int.from_bytes(pkt[8:10], "big") == len(pkt)
        assert all(pkt[k] == expected_byte(index, k, vl) for k in range(MIN_LEN, len(pkt)))
    assert set(seen) == set(range(num_vls))


def test_checker_counts_a_corrupted_byte():
    res, _ = _run(4, 32, 10, 64, 64, flip_at=5)
    assert res["errors"] == 1 and res["packets"] == 9


def test_checker_under_backpressure_and_latency():
    res, _ = _run(2, 32, 20, 10, 300, stall=True)
    assert res["packets"] == 20 and res["errors"] == 0
    assert res["lat_min"] >= 1 and res["lat_max"] >= res["lat_min"]
