"""StreamFIFO, AsyncStreamFIFO and PacketFIFO: order, level, no loss, throughput, packets."""

import pytest
from amaranth.hdl import unsigned

from hdl_py.lib.fifo import AsyncStreamFIFO, PacketFIFO, StreamFIFO
from hdl_py.lib.stream import packet_layout, packet_to_beats

from .simhelpers import (
    beat_to_dict,
    ignore_unused,
    packet_get,
    packet_put,
    run_simulation,
    seeded,
    stream_get,
    stream_get_timed,
    stream_put,
    stream_rule_monitor,
)


def _occupancy_monitor(dut, depth, errors, *, level="level"):
    """Check at every edge: ``level`` == beats written - beats read so far, and <= depth."""

    async def monitor(ctx):
        written = read = 0
        while True:
            _, _, w, wr, r, rr, lvl = await ctx.tick().sample(
                dut.i.valid, dut.i.ready, dut.o.valid, dut.o.ready, getattr(dut, level))
            if lvl != written - read:
                errors.append(f"level {lvl} != {written - read}")
            if lvl > depth or (wr and lvl == depth):
                errors.append(f"level {lvl} with ready={wr} at depth {depth}")
            written += w and wr
            read += r and rr

    return monitor


@pytest.mark.parametrize("shape, depth", [
    (unsigned(8), 4),
    (unsigned(1), 2),
    (packet_layout(8, side=unsigned(2)), 16),
])
@pytest.mark.parametrize("idle, backpressure", [(0.3, 0.3), (0.0, 0.8), (0.7, 0.0)])
def test_stream_fifo_random(shape, depth, idle, backpressure):
    rng = seeded(depth * 1000 + int(idle * 10) + int(backpressure * 100))
    dut = StreamFIFO(shape=shape, depth=depth)
    if shape == packet_layout(8, side=unsigned(2)):
        items = [beat for _ in range(60)
                 for beat in packet_to_beats(rng.randbytes(rng.randint(1, 30)), 8,
                                             side=rng.randrange(4))]
    else:
        items = [rng.getrandbits(unsigned(8).width if shape.width == 8 else 1)
                 for _ in range(250)]
    received, errors = [], []

    async def producer(ctx):
        for item in items:
            await stream_put(ctx, dut.i, item, rng=rng, idle=idle)

    async def consumer(ctx):
        for _ in items:
            value = await stream_get(ctx, dut.o, rng=rng, backpressure=backpressure)
            received.append(value if isinstance(value, int) else beat_to_dict(value))

    run_simulation(dut, producer, consumer, background=[
        _occupancy_monitor(dut, depth, errors),
        stream_rule_monitor(dut.o, errors, name="o")])
    assert received == items
    assert errors == []


@pytest.mark.parametrize("depth, spacing", [(2, 2), (3, 1), (5, 1)])
def test_stream_fifo_throughput(depth, spacing):
    """Never backpressured: one beat per cycle from depth 3 on, every other cycle below."""
    dut = StreamFIFO(shape=unsigned(16), depth=depth)
    items = list(range(100, 200))
    received = []

    async def producer(ctx):
        for item in items:
            await stream_put(ctx, dut.i, item)

    async def consumer(ctx):
        received.extend(await stream_get_timed(ctx, dut.o, len(items)))

    run_simulation(dut, producer, consumer)
    assert [value for _, value in received] == items
    # Two cycles of latency (memory + output register), then one beat every `spacing` cycles.
    assert [cycle for cycle, _ in received] == list(range(3, 3 + spacing * len(items), spacing))


def test_stream_fifo_backpressure_loses_nothing():
    """The sink stops for a long time; the FIFO fills, ready drops, nothing is lost."""
    dut = StreamFIFO(shape=unsigned(8), depth=4)
    items = list(range(40))
    received, errors = [], []

    async def producer(ctx):
        for item in items:
            await stream_put(ctx, dut.i, item)

    async def consumer(ctx):
        await ctx.tick().repeat(30)
        assert ctx.get(dut.level) == 4
        assert ctx.get(dut.i.ready) == 0
        for _ in items:
            received.append(await stream_get(ctx, dut.o))

    run_simulation(dut, producer, consumer, background=[_occupancy_monitor(dut, 4, errors)])
    assert received == items
    assert errors == []


@pytest.mark.parametrize("w_period, r_period, depth", [(10e-9, 7e-9, 4), (7e-9, 13e-9, 9)])
def test_async_stream_fifo(w_period, r_period, depth):
    rng = seeded(depth)
    dut = AsyncStreamFIFO(shape=unsigned(12), depth=depth)
    assert dut.depth == {4: 5, 9: 9}[depth]  # rounded up to 2**n + 1
    items = [rng.getrandbits(12) for _ in range(200)]
    received, errors = [], []

    async def producer(ctx):
        for item in items:
            await stream_put(ctx, dut.i, item, rng=rng, idle=0.3, domain="write")

    async def consumer(ctx):
        for _ in items:
            received.append(await stream_get(ctx, dut.o, rng=rng, backpressure=0.3,
                                             domain="read"))
        assert ctx.get(dut.r_level) == 0

    run_simulation(dut, producer, consumer, clocks={"write": w_period, "read": r_period},
                   background=[stream_rule_monitor(dut.o, errors, domain="read")])
    assert received == items
    assert errors == []


@ignore_unused
def test_fifo_parameters():
    fifo = StreamFIFO(shape=unsigned(3), depth=7)
    assert (fifo.shape, fifo.depth) == (unsigned(3), 7)
    with pytest.raises(AttributeError):
        fifo.depth = 8
    assert [AsyncStreamFIFO(shape=1, depth=d).depth for d in (2, 3, 4, 5, 6, 17)] == \
        [2, 3, 5, 5, 9, 17]
    packet_fifo = PacketFIFO(depth=8, data_bytes=4, store_and_forward=False)
    assert (packet_fifo.depth, packet_fifo.data_bytes, packet_fifo.side,
            packet_fifo.store_and_forward) == (8, 4, None, False)
    with pytest.raises(TypeError, match="depth must be an integer"):
        StreamFIFO(shape=8, depth=4.0)
    with pytest.raises(ValueError, match="depth must be at least 1"):
        StreamFIFO(shape=8, depth=0)
    with pytest.raises(ValueError, match="depth must be at least 2"):
        PacketFIFO(depth=1)
    with pytest.raises(TypeError, match="shape must be a shape-like object"):
        StreamFIFO(shape="x", depth=4)
    with pytest.raises(ValueError, match="power of two"):
        PacketFIFO(depth=4, data_bytes=6)
    with pytest.raises(TypeError, match="w_domain must be a non-empty string"):
        AsyncStreamFIFO(shape=1, depth=4, w_domain="")


def _packet_monitor(dut, data_bytes, lengths, errors, log):
    """Python reference for PacketFIFO's ``packets`` output and the store-and-forward rule.

    ``lengths`` are the packets' beat counts in order; ``log`` collects ``(edge, event)`` tuples.
    """

    async def monitor(ctx):
        complete = 0  # packets whose last beat has been written
        done = 0  # packets whose last beat has been read
        cycle = 0
        while True:
            _, _, iv, ir, ip, ov, orr, op, packets, oversize = await ctx.tick().sample(
                dut.i.valid, dut.i.ready, dut.i.payload, dut.o.valid, dut.o.ready,
                dut.o.payload, dut.packets, dut.oversize)
            cycle += 1
            if packets != complete - done:
                errors.append(f"edge {cycle}: packets {packets} != {complete - done}")
            if oversize:
                log.append((cycle, "oversize"))
            if ov and op.first:
                log.append((cycle, "first_out", done, complete))
            if ov and orr and op.last:
                done += 1
            if iv and ir and ip.last:
                complete += 1

    return monitor


@pytest.mark.parametrize("data_bytes, side, depth", [(4, None, 8), (32, unsigned(4), 32)])
def test_packet_fifo_store_and_forward(data_bytes, side, depth):
    rng = seeded(data_bytes + depth)
    dut = PacketFIFO(depth=depth, data_bytes=data_bytes, side=side)
    # Packets of 1..depth beats: each fits.
    packets = [rng.randbytes(rng.randint(1, depth * data_bytes)) for _ in range(30)]
    lengths = [-(-len(p) // data_bytes) for p in packets]
    received, errors, log = [], [], []
    gaps = []

    async def producer(ctx):
        for packet in packets:
            await packet_put(ctx, dut.i, packet, data_bytes, side=3 if side else None,
                             rng=rng, idle=0.5)

    async def consumer(ctx):
        for length in lengths:
            # Wait for a whole packet, as a store-and-forward consumer would, then drain it
            # without backpressure: the FIFO must deliver it at one beat per cycle.
            beats = await stream_get_timed(ctx, dut.o, length)
            cycles = [c for c, _ in beats]
            gaps.append(cycles[-1] - cycles[0] - (length - 1))
            payload = b"".join(
                beat.data.to_bytes(data_bytes, "little")[:beat.nbytes] for _, beat in beats)
            received.append(payload)
            assert beats[0][1].first and beats[-1][1].last
            for _ in range(rng.randrange(4)):
                await ctx.tick()

    run_simulation(dut, producer, consumer, max_cycles=50_000, background=[
        _packet_monitor(dut, data_bytes, lengths, errors, log),
        stream_rule_monitor(dut.o, errors, name="o")])
    assert received == packets
    assert errors == []
    assert gaps == [0] * len(packets)
    # A first beat is only offered once its packet's last beat is inside.
    firsts = [entry for entry in log if entry[1] == "first_out"]
    assert firsts and all(complete > done for _, _, done, complete in firsts)
    assert not any(entry[1] == "oversize" for entry in log)


def test_packet_fifo_cut_through():
    """With store_and_forward=False a first beat leaves before its packet is complete."""
    dut = PacketFIFO(depth=8, data_bytes=4, store_and_forward=False)
    packets = [bytes(range(20)), bytes(range(5))]
    lengths = [5, 2]
    received, errors, log = [], [], []

    async def producer(ctx):
        for packet in packets:
            await packet_put(ctx, dut.i, packet, 4, rng=seeded(1), idle=0.8)

    async def consumer(ctx):
        for _ in packets:
            received.append(await packet_get(ctx, dut.o, 4))

    run_simulation(dut, producer, consumer, background=[
        _packet_monitor(dut, 4, lengths, errors, log)])
    assert received == packets
    assert errors == []
    firsts = [entry for entry in log if entry[1] == "first_out"]
    assert firsts[0][3] == 0  # offered while no packet was complete


def test_packet_fifo_oversize_does_not_deadlock():
    """A packet longer than the FIFO is forwarded cut-through and flagged once."""
    dut = PacketFIFO(depth=4, data_bytes=4)
    packets = [bytes(range(3)), bytes(range(40)), bytes(range(9)), bytes(range(30))]
    lengths = [1, 10, 3, 8]
    received, errors, log = [], [], []

    async def producer(ctx):
        for packet in packets:
            await packet_put(ctx, dut.i, packet, 4)

    async def consumer(ctx):
        await ctx.tick().repeat(20)
        for _ in packets:
            received.append(await packet_get(ctx, dut.o, 4, rng=seeded(2), backpressure=0.3))

    run_simulation(dut, producer, consumer, background=[
        _packet_monitor(dut, 4, lengths, errors, log),
        stream_rule_monitor(dut.o, errors, name="o")])
    assert received == packets
    assert errors == []
    assert sum(entry[1] == "oversize" for entry in log) == 2


def test_packet_fifo_holds_until_complete():
    """Directed: while the last beat is missing, o.valid stays low and packets is 0."""
    dut = PacketFIFO(depth=8, data_bytes=4)
    beats = packet_to_beats(bytes(range(12)), 4)

    async def tb(ctx):
        for beat in beats[:2]:
            await stream_put(ctx, dut.i, beat)
        await ctx.tick().repeat(5)
        assert (ctx.get(dut.o.valid), ctx.get(dut.packets), ctx.get(dut.level)) == (0, 0, 2)
        await stream_put(ctx, dut.i, beats[2])
        assert ctx.get(dut.packets) == 1
        await ctx.tick().repeat(2)
        assert ctx.get(dut.o.valid) == 1
        got = [beat_to_dict(await stream_get(ctx, dut.o)) for _ in beats]
        assert got == beats
        assert ctx.get(dut.packets) == 0

    run_simulation(dut, tb)
