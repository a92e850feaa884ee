"""Shared ``amaranth.sim`` helpers: stream and packet put/get, and a guarded simulation runner.

The stream helpers follow the pattern of the Amaranth stream documentation: a put holds
``valid`` and the payload until a clock edge samples ``ready`` high; a get holds ``ready`` until a
clock edge samples ``valid`` high, and returns the payload sampled at that edge. Back-to-back
calls leave no idle cycle, so they can drive a stream at full rate.

Random idle (producer) and backpressure (consumer) come from a caller-supplied, seeded
``random.Random`` so that every run is replayable.

:func:`run_simulation` runs the testbenches under a watchdog (a hang fails the test instead of
stalling it); :func:`stream_rule_monitor` is a background checker of the stream rules.
"""

import functools
import gc
import random
import warnings

from amaranth.hdl import ClockDomain, Const, Module, UnusedElaboratable
from amaranth.lib import data
from amaranth.sim import Simulator

from hdl_py.lib.stream import beats_to_packets, packet_to_beats

__all__ = [
    "CLOCK_PERIOD",
    "beat_to_dict",
    "ignore_unused",
    "packet_get",
    "packet_get_beats",
    "packet_put",
    "run_simulation",
    "seeded",
    "stream_get",
    "stream_get_timed",
    "stream_rule_monitor",
    "stream_put",
]

CLOCK_PERIOD = 1e-8


def ignore_unused(test):
    """Decorate a test that builds components only to inspect or reject them.

    Such components are never elaborated, so Amaranth warns about them when they are garbage
    collected, which may happen during a later test; collect them here with the warning off.
    """

    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnusedElaboratable)
            test(*args, **kwargs)
            gc.collect()

    return wrapper


def _maybe_wait(rng, probability):
    """Number of idle cycles to insert: geometric with the given probability, 0 without rng."""
    cycles = 0
    if rng is not None and probability > 0:
        while rng.random() < probability:
            cycles += 1
    return cycles


async def stream_put(ctx, stream, payload, *, rng=None, idle=0.0, domain="sync"):
    """Send one payload on ``stream`` (the testbench is the source).

    Parameters
    ----------
    ctx : SimulatorContext
    stream : stream interface whose ``valid``/``payload`` the testbench drives.
    payload : const-castable for the payload shape (int, dict for a struct layout, ...).
    rng : random.Random or None
        Source of random idle cycles before ``valid`` is raised.
    idle : float
        Probability of each further idle cycle (geometric), 0 for none.
    domain : str
        Clock domain of the stream.
    """
    for _ in range(_maybe_wait(rng, idle)):
        await ctx.tick(domain)
    ctx.set(stream.valid, 1)
    ctx.set(stream.payload, payload)
    await ctx.tick(domain).until(stream.ready)
    ctx.set(stream.valid, 0)


async def stream_get(ctx, stream, *, rng=None, backpressure=0.0, domain="sync"):
    """Receive one payload from ``stream`` (the testbench is the sink).

    Parameters
    ----------
    ctx : SimulatorContext
    stream : stream interface whose ``ready`` the testbench drives.
    rng : random.Random or None
        Source of random cycles with ``ready`` low before it is raised.
    backpressure : float
        Probability of each further not-ready cycle (geometric), 0 for none.
    domain : str
        Clock domain of the stream.

    Returns
    -------
    The payload sampled at the transferring clock edge (an int, or a ``data.Const``).
    """
    ctx.set(stream.ready, 0)
    for _ in range(_maybe_wait(rng, backpressure)):
        await ctx.tick(domain)
    ctx.set(stream.ready, 1)
    (payload,) = await ctx.tick(domain).sample(stream.payload).until(stream.valid)
    ctx.set(stream.ready, 0)
    return payload


def _const_value(value):
    if isinstance(value, data.Const):
        return {name: _const_value(value[name]) for name, _ in value.shape()}
    if isinstance(value, Const):
        return value.value
    return int(value)


def beat_to_dict(beat):
    """Turn a sampled packet-stream payload (``data.Const``) into a beat dict of ints.

    Nested sideband structs become nested dicts, so the result compares equal to what
    :func:`hdl_py.lib.stream.packet_to_beats` produces when given a dict sideband.
    """
    return {name: _const_value(beat[name]) for name, _ in beat.shape()}


async def packet_put(ctx, stream, payload, data_bytes, *, side=None, rng=None, idle=0.0,
                     domain="sync"):
    """Send one packet as beats from :func:`packet_to_beats` (random idle before each beat)."""
    for beat in packet_to_beats(payload, data_bytes, side):
        await stream_put(ctx, stream, beat, rng=rng, idle=idle, domain=domain)


async def packet_get_beats(ctx, stream, *, rng=None, backpressure=0.0, domain="sync"):
    """Receive beats up to and including one with ``last`` set; returns the beat dicts."""
    beats = []
    while True:
        beat = beat_to_dict(await stream_get(ctx, stream, rng=rng, backpressure=backpressure,
                                             domain=domain))
        beats.append(beat)
        if beat["last"]:
            return beats


async def packet_get(ctx, stream, data_bytes, *, rng=None, backpressure=0.0, domain="sync"):
    """Receive one packet and return its bytes; the framing is validated by
    :func:`beats_to_packets` (ValueError on a malformed beat sequence)."""
    beats = await packet_get_beats(ctx, stream, rng=rng, backpressure=backpressure,
                                   domain=domain)
    (packet,) = beats_to_packets(beats, data_bytes)
    return packet


async def stream_get_timed(ctx, stream, count, *, domain="sync"):
    """Sink ``count`` payloads with ``ready`` held high; returns ``[(cycle, payload), ...]``.

    ``cycle`` counts clock edges from the call (the first edge is 1), so full throughput shows
    as consecutive cycle numbers.
    """
    ctx.set(stream.ready, 1)
    received = []
    cycle = 0
    while True:
        _clk, _rst, valid, payload = await ctx.tick(domain).sample(stream.valid,
                                                                   stream.payload)
        cycle += 1
        if valid:
            received.append((cycle, payload))
            if len(received) == count:
                break
    ctx.set(stream.ready, 0)
    return received


def stream_rule_monitor(stream, violations, *, domain="sync", name="stream"):
    """Background testbench checking the stream rules on ``stream`` at every clock edge.

    Once ``valid`` is seen high without ``ready``, the next edge must see ``valid`` still high
    and the same payload. Each violation is appended to ``violations`` as a string, so the test
    can assert the list is empty.
    """

    async def monitor(ctx):
        pending = None
        cycle = 0
        while True:
            _clk, _rst, valid, ready, payload = await ctx.tick(domain).sample(
                stream.valid, stream.ready, stream.payload)
            cycle += 1
            value = _const_value(payload)
            if pending is not None:
                if not valid:
                    violations.append(f"{name}: valid dropped before ready at edge {cycle}")
                elif value != pending:
                    violations.append(f"{name}: payload changed while stalled at edge {cycle}")
            pending = value if valid and not ready else None

    return monitor


def run_simulation(dut, *testbenches, max_cycles=20_000, clocks=None, background=()):
    """Simulate ``dut`` with the given async testbenches until all of them have returned.

    Parameters
    ----------
    dut : Elaboratable
    *testbenches : async callables ``tb(ctx)``; critical (the run ends when all have returned).
    max_cycles : int
        Watchdog: the run fails with AssertionError if the testbenches have not finished after
        this many cycles of the first clock in ``clocks`` (a hang becomes a failure, not a stuck
        test).
    clocks : dict or None
        ``{domain: period}``; default ``{"sync": CLOCK_PERIOD}``.
    background : iterable of async callables
        Extra background testbenches (monitors) that do not keep the run alive.
    """
    clocks = {"sync": CLOCK_PERIOD} if clocks is None else clocks
    # Define the clocked domains above the design, so that a purely combinational design can be
    # stepped by a clock too.
    top = Module()
    top.submodules.dut = dut
    for domain in clocks:
        top.domains += ClockDomain(domain)
    sim = Simulator(top)
    for domain, period in clocks.items():
        sim.add_clock(period, domain=domain)
    for tb in testbenches:
        sim.add_testbench(tb)
    for tb in background:
        sim.add_testbench(tb, background=True)

    watched = next(iter(clocks))

    async def watchdog(ctx):
        # A plain loop, not ``repeat()``: an async generator cut off at the end of the run would
        # leave an "unraisable exception" warning behind.
        for _ in range(max_cycles):
            await ctx.tick(watched)
        raise AssertionError(f"simulation did not finish within {max_cycles} cycles")

    sim.add_testbench(watchdog, background=True)
    sim.run()


def seeded(seed):
    """A ``random.Random`` for one test, so failures can be replayed from the seed."""
    return random.Random(seed)
