"""RoundRobinArbiter and PriorityArbiter: reference model, fairness bound, packet holding."""

import pytest
from amaranth.hdl import Module
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from hdl_py.lib.arbiter import PriorityArbiter, RoundRobinArbiter
from hdl_py.lib.stream import PacketSignature

from .simhelpers import (
    ignore_unused,
    packet_get_beats,
    packet_put,
    run_simulation,
    seeded,
    stream_rule_monitor,
)


class RoundRobinModel:
    """Reference: the pointer names the highest-priority requester, or the locked holder."""

    def __init__(self, count):
        self.count = count
        self.pointer = 0
        self.locked = False

    def grant(self, requests):
        if self.locked:
            return self.pointer
        for offset in range(self.count):
            index = (self.pointer + offset) % self.count
            if requests >> index & 1:
                return index
        return None

    def step(self, requests, advance):
        index = self.grant(requests)
        if index is not None:
            self.pointer = (index + 1) % self.count if advance else index
            self.locked = not advance


class PriorityModel:
    """Reference: lowest index wins unless a grant is locked."""

    def __init__(self, count):
        self.count = count
        self.held = None

    def grant(self, requests):
        if self.held is not None:
            return self.held
        for index in range(self.count):
            if requests >> index & 1:
                return index
        return None

    def step(self, requests, advance):
        index = self.grant(requests)
        self.held = None if advance else index


def _random_requests(rng, count, holder, density):
    requests = sum(1 << i for i in range(count) if rng.random() < density)
    if holder is not None and rng.random() < 0.7:
        requests |= 1 << holder  # the holder mostly keeps requesting, but may pause
    return requests


@pytest.mark.parametrize("kind, model_class", [
    (RoundRobinArbiter, RoundRobinModel),
    (PriorityArbiter, PriorityModel),
])
@pytest.mark.parametrize("count", [1, 3, 8])
@pytest.mark.parametrize("density", [0.2, 0.7])
def test_against_model(kind, model_class, count, density):
    rng = seeded(count * 10 + int(density * 10))
    dut = kind(count=count)
    model = model_class(count)

    async def tb(ctx):
        holder = None
        for cycle in range(600):
            requests = _random_requests(rng, count, holder, density)
            advance = int(rng.random() < 0.4)
            ctx.set(dut.requests, requests)
            ctx.set(dut.advance, advance)
            want = model.grant(requests)
            got = (ctx.get(dut.valid), ctx.get(dut.grant), ctx.get(dut.grant_index))
            if want is None:
                assert got == (0, 0, 0), cycle
            else:
                assert got == (1, 1 << want, want), cycle
            model.step(requests, advance)
            holder = None if advance else want
            await ctx.tick()

    run_simulation(dut, tb)


@pytest.mark.parametrize("count", [2, 5, 8])
def test_round_robin_fairness_bound(count):
    """A requester that keeps asking is granted within ``count`` advances, under any
    pattern of other requests and any packet lengths."""
    rng = seeded(count)
    dut = RoundRobinArbiter(count=count)
    worst = []

    async def tb(ctx):
        waiting = {}  # requester -> advances seen since it started asking
        asking = 0
        for _ in range(2000):
            # Requesters start asking at random and keep asking until granted and advanced.
            for index in range(count):
                if not asking >> index & 1 and rng.random() < 0.3:
                    asking |= 1 << index
                    waiting[index] = 0
            ctx.set(dut.requests, asking)
            if not asking:
                assert ctx.get(dut.valid) == 0
                await ctx.tick()
                continue
            assert ctx.get(dut.valid) == 1
            granted = ctx.get(dut.grant_index)
            assert asking >> granted & 1
            advance = int(rng.random() < 0.5)  # packets of random length
            ctx.set(dut.advance, advance)
            if advance:
                worst.append(waiting.pop(granted))
                asking &= ~(1 << granted)
                for index in waiting:
                    waiting[index] += 1
                    assert waiting[index] < count, f"requester {index} starved"
            await ctx.tick()

    run_simulation(dut, tb)
    # Saturated traffic really exercises the bound (someone waits count - 1 advances).
    assert max(worst) == count - 1


class _PacketMux(wiring.Component):
    """Test harness: ``count`` packet streams merged onto one by an arbiter."""

    def __init__(self, arbiter, data_bytes):
        self._arbiter = arbiter
        count = arbiter.count
        super().__init__({
            "i": In(PacketSignature(data_bytes)).array(count),
            "o": Out(PacketSignature(data_bytes)),
        })

    def elaborate(self, platform):
        m = Module()
        m.submodules.arbiter = arbiter = self._arbiter
        for index, port in enumerate(self.i):
            m.d.comb += [
                arbiter.requests[index].eq(port.valid),
                port.ready.eq(self.o.ready & arbiter.grant[index]),
            ]
            with m.If(arbiter.grant_index == index):
                m.d.comb += [
                    self.o.payload.eq(port.payload),
                    self.o.valid.eq(arbiter.valid & port.valid),
                ]
        m.d.comb += [
            arbiter.advance.eq(self.o.valid & self.o.ready & self.o.payload.last),
        ]
        return m


@pytest.mark.parametrize("kind", [RoundRobinArbiter, PriorityArbiter])
@pytest.mark.parametrize("count, data_bytes", [(3, 4), (4, 8)])
def test_packets_hold_grant(kind, count, data_bytes):
    """Packets through an arbitrated multiplexer arrive whole and in per-source order."""
    rng = seeded(count * data_bytes)
    dut = _PacketMux(kind(count=count), data_bytes)
    sent = {index: [bytes([index]) + rng.randbytes(rng.randint(0, 5 * data_bytes))
                    for _ in range(15)] for index in range(count)}
    received, errors = [], []

    def producer(index):
        async def run(ctx):
            for packet in sent[index]:
                await packet_put(ctx, dut.i[index], packet, data_bytes, rng=rng, idle=0.3)
        return run

    async def consumer(ctx):
        for _ in range(15 * count):
            beats = await packet_get_beats(ctx, dut.o, rng=rng, backpressure=0.3)
            received.append(beats)

    run_simulation(dut, consumer, *(producer(i) for i in range(count)),
                   background=[stream_rule_monitor(dut.o, errors)])
    assert errors == []
    by_source = {index: [] for index in range(count)}
    for beats in received:
        # Exactly one first (at the start) and one last (at the end): never interleaved.
        assert [beat["first"] for beat in beats] == [1] + [0] * (len(beats) - 1)
        payload = b"".join(beat["data"].to_bytes(data_bytes, "little")[:beat["nbytes"]]
                           for beat in beats)
        by_source[payload[0]].append(payload)
    assert by_source == sent


@ignore_unused
def test_parameters():
    dut = RoundRobinArbiter(count=5)
    assert dut.count == 5
    assert len(dut.grant) == 5 and len(dut.grant_index) == 3
    with pytest.raises(AttributeError):
        dut.count = 2
    with pytest.raises(ValueError, match="count must be at least 1"):
        RoundRobinArbiter(count=0)
    with pytest.raises(TypeError, match="count must be an integer"):
        PriorityArbiter(count="4")
    with pytest.raises(TypeError):
        RoundRobinArbiter(4)  # keyword-only
