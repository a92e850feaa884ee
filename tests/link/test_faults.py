"""FaultInjector and its pure-Python twin FaultPrng: rates, single-bit flips, bursts, agreement."""

import math

import pytest
from amaranth.back import rtlil

from hdl_py.link.faults import (
    DEFAULT_SEED,
    FaultDecision,
    FaultInjector,
    FaultPrng,
    xorshift32,
)
from tests.lib.simhelpers import (
    ignore_unused,
    run_simulation,
    seeded,
    stream_put,
    stream_rule_monitor,
)

P = (1 << 32) - 1  # threshold of probability 1


def threshold(probability):
    return round(probability * P)


def within(count, trials, probability, sigmas=5):
    """``count`` is within ``sigmas`` standard deviations of a binomial mean."""
    mean = trials * probability
    return abs(count - mean) <= sigmas * math.sqrt(trials * probability * (1 - probability))


# --- the generator and the twin -------------------------------------------------------------


def test_xorshift32_reference_values():
    # Marsaglia's xorshift32 (13, 17, 5) from state 1: 270369, 67634689, 2647435461.
    x, seq = 1, []
    for _ in range(3):
        x = xorshift32(x)
        seq.append(x)
    assert seq == [270369, 67634689, 2647435461]
    assert xorshift32(0) == 0
    prng = FaultPrng(1)
    assert [prng.next_u32() for _ in range(3)] == seq


def test_twin_validation_and_seed():
    with pytest.raises(ValueError, match="seed"):
        FaultPrng(1 << 32)
    with pytest.raises(TypeError, match="seed"):
        FaultPrng("1")
    prng = FaultPrng()
    assert prng.state == DEFAULT_SEED
    prng.reseed(0)
    assert prng.state == DEFAULT_SEED
    with pytest.raises(ValueError, match="ber_threshold"):
        prng.decide(-1, 0)
    with pytest.raises(ValueError, match="drop_threshold"):
        prng.decide(0, 1 << 32)
    with pytest.raises(ValueError, match="burst_len"):
        prng.decide(0, 0, 256)
    assert FaultPrng.apply(0b1000, FaultDecision(False, True, 3)) == 0
    assert FaultPrng.apply(5, FaultDecision(True, False, 0)) is None
    assert FaultPrng.apply(5, FaultDecision(False, False, 2)) == 5


@pytest.mark.parametrize("flit_bytes, ber, drop", [(20, 0.01, 0.02), (8, 0.2, 0.05)])
def test_twin_rates(flit_bytes, ber, drop):
    """Over 100k flits the drop and bit-error rates match the thresholds (5 sigma)."""
    trials = 100_000
    prng = FaultPrng(12345, flit_bytes=flit_bytes)
    decisions = [prng.decide(threshold(ber), threshold(drop)) for _ in range(trials)]
    drops = sum(d.drop for d in decisions)
    flips = sum(d.flip for d in decisions)
    assert within(drops, trials, drop)
    # A bit error is drawn for forwarded flits only.
    assert within(flips, trials - drops, ber)
    assert not any(d.drop and d.flip for d in decisions)


@pytest.mark.parametrize("flit_bytes", [20, 3])
def test_twin_bit_position_uniform(flit_bytes):
    """Positions cover all data bits uniformly (chi-square, 1e-6 tail bound)."""
    bits = 8 * flit_bytes
    prng = FaultPrng(777, flit_bytes=flit_bytes)
    trials = 64_000
    counts = [0] * bits
    for _ in range(trials):
        d = prng.decide(P, 0)
        assert d.flip and 0 <= d.bit < bits
        counts[d.bit] += 1
    expected = trials / bits
    chi2 = sum((c - expected) ** 2 / expected for c in counts)
    dof = bits - 1
    # Wilson-Hilferty: a chi-square over dof + 5 sigma of its normal approximation.
    assert chi2 < dof * (1 - 2 / (9 * dof) + 5 * math.sqrt(2 / (9 * dof))) ** 3
    assert min(counts) > 0


@pytest.mark.parametrize("burst_len", [2, 5])
def test_twin_bursts(burst_len):
    """Without drops, flipped flits come in runs whose lengths are multiples of burst_len."""
    prng = FaultPrng(99)
    flips = [prng.decide(threshold(0.02), 0, burst_len).flip for _ in range(20_000)]
    runs, run = [], 0
    for f in flips + [False]:
        if f:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    runs = runs[:-1] if flips[-1] else runs  # a run cut off by the end of the list
    assert len(runs) > 50
    assert all(r % burst_len == 0 for r in runs)
    # burst_len 0 and 1 mean single flits: the same decisions.
    a, b = FaultPrng(5), FaultPrng(5)
    assert [a.decide(threshold(0.3), 0, 0) for _ in range(500)] == [
        b.decide(threshold(0.3), 0, 1) for _ in range(500)]


# --- gateware -------------------------------------------------------------------------------


@ignore_unused
def test_injector_validation():
    with pytest.raises(ValueError, match="flit_bytes"):
        FaultInjector(flit_bytes=0)
    with pytest.raises(ValueError, match="seed"):
        FaultInjector(seed=-1)
    with pytest.raises(TypeError, match="seed"):
        FaultInjector(seed=1.5)
    assert FaultInjector(seed=0).reset_seed == DEFAULT_SEED
    assert FaultInjector(flit_bytes=8).flit_bytes == 8


def run_injector(dut, flits, *, config, rng, idle=0.0, backpressure=0.0, reseed=None):
    """Send ``flits`` through ``dut``; returns the output flits and the final counters.

    ``config`` sets the thresholds; ``reseed`` = ``(index, seed)`` loads ``seed`` while the
    source waits before flit ``index`` (no flit is taken in that cycle).
    """
    received, counters, violations, pulses = [], {}, [], {"bit": 0, "drop": 0}

    async def producer(ctx):
        for name, value in config.items():
            ctx.set(getattr(dut, name), value)
        for k, flit in enumerate(flits):
            if reseed is not None and reseed[0] == k:
                ctx.set(dut.seed, reseed[1])
                ctx.set(dut.seed_load, 1)
                await ctx.tick()
                ctx.set(dut.seed_load, 0)
            await stream_put(ctx, dut.i, flit, rng=rng, idle=idle)
        # Wait until the last forwarded flit has left the output register.
        await ctx.tick()
        while ctx.get(dut.o.valid):
            await ctx.tick()
        for name in ("flit_count", "bit_count", "drop_count"):
            counters[name] = ctx.get(getattr(dut, name))

    async def consumer(ctx):
        # A plain per-cycle loop (not stream_get): the run ends while the consumer waits, and
        # an async generator cut off there would leave an "unraisable exception" warning.
        while True:
            ctx.set(dut.o.ready, rng is None or rng.random() >= backpressure)
            _, _, valid, ready, data, ctl, err = await ctx.tick().sample(
                dut.o.valid, dut.o.ready, dut.o.payload.data, dut.o.payload.ctl,
                dut.o.payload.err)
            if valid and ready:
                received.append({"data": data, "ctl": ctl, **({"err": 1} if err else {})})

    async def pulse_counter(ctx):
        while True:
            _, _, bit, drop = await ctx.tick().sample(dut.injected_bit, dut.injected_drop)
            pulses["bit"] += bit
            pulses["drop"] += drop

    run_simulation(dut, producer, background=[
        consumer, pulse_counter, stream_rule_monitor(dut.o, violations, name="o")],
        max_cycles=20 * len(flits) + 100)
    assert violations == []
    return received, counters, pulses


def predict(flits, prng, decisions, *, mark=False):
    """Expected output flits and the decisions of the twin for ``flits`` (``mark``: a dropped
    flit comes out with ``err`` and its data)."""
    expected = []
    for flit, d in zip(flits, decisions, strict=True):
        out = FaultPrng.apply(flit["data"], d)
        if out is not None:
            expected.append({"data": out, "ctl": flit["ctl"]})
        elif mark:
            expected.append({"data": flit["data"], "ctl": flit["ctl"], "err": 1})
    return expected


@pytest.mark.parametrize("flit_bytes, seed, burst_len", [(20, 1, 3), (8, 0xDEADBEEF, 1)])
def test_gateware_matches_twin(flit_bytes, seed, burst_len):
    rng = seeded(seed & 0xFFFF)
    dut = FaultInjector(flit_bytes=flit_bytes, seed=seed)
    config = {"ber_threshold": threshold(0.08), "drop_threshold": threshold(0.05),
              "burst_len": burst_len}
    flits = [{"data": rng.getrandbits(8 * flit_bytes), "ctl": rng.getrandbits(1)}
             for _ in range(1500)]
    reseed_at, new_seed = 900, 0xC0FFEE
    received, counters, pulses = run_injector(dut, flits, config=config, rng=rng, idle=0.3,
                                              backpressure=0.3, reseed=(reseed_at, new_seed))
    prng = FaultPrng(seed, flit_bytes=flit_bytes)
    decisions = []
    for k in range(len(flits)):
        if k == reseed_at:
            prng.reseed(new_seed)
        decisions.append(prng.decide(config["ber_threshold"], config["drop_threshold"],
                                     burst_len))
    expected = predict(flits, prng, decisions)
    assert received == expected
    flips = sum(d.flip for d in decisions)
    drops = sum(d.drop for d in decisions)
    assert flips > 50 and drops > 30
    assert counters == {"flit_count": len(flits), "bit_count": flips, "drop_count": drops}
    assert pulses == {"bit": flips, "drop": drops}
    # Exactly one data bit differs in a flipped flit; ctl is never touched.
    forwarded = [f for f, d in zip(flits, decisions, strict=True) if not d.drop]
    fwd_decisions = [d for d in decisions if not d.drop]
    for sent, got, d in zip(forwarded, received, fwd_decisions, strict=True):
        assert got["ctl"] == sent["ctl"]
        assert (got["data"] ^ sent["data"]).bit_count() == (1 if d.flip else 0)


def test_gateware_drop_mark():
    """With ``drop_mark`` a dropped flit is forwarded with ``err`` = 1 and its data as sent:
    nothing leaves the stream, and the bit errors of the other flits are the twin's."""
    rng = seeded(77)
    dut = FaultInjector(seed=99)
    config = {"ber_threshold": threshold(0.05), "drop_threshold": threshold(0.05),
              "drop_mark": 1}
    flits = [{"data": rng.getrandbits(160), "ctl": rng.getrandbits(1)} for _ in range(1200)]
    received, counters, pulses = run_injector(dut, flits, config=config, rng=rng, idle=0.2,
                                              backpressure=0.2)
    prng = FaultPrng(99)
    decisions = [prng.decide(config["ber_threshold"], config["drop_threshold"])
                 for _ in flits]
    drops = sum(d.drop for d in decisions)
    assert drops > 30 and len(received) == len(flits)
    assert received == predict(flits, prng, decisions, mark=True)
    assert counters["drop_count"] == drops == sum("err" in f for f in received)


@pytest.mark.parametrize("flit_bytes", [20, 8])
def test_gateware_zero_thresholds_pass_everything(flit_bytes):
    rng = seeded(flit_bytes)
    dut = FaultInjector(flit_bytes=flit_bytes)
    flits = [{"data": rng.getrandbits(8 * flit_bytes), "ctl": rng.getrandbits(1)}
             for _ in range(600)]
    received, counters, pulses = run_injector(
        dut, flits, config={"ber_threshold": 0, "drop_threshold": 0, "burst_len": 7},
        rng=rng, idle=0.2, backpressure=0.2)
    assert received == flits
    assert counters == {"flit_count": len(flits), "bit_count": 0, "drop_count": 0}
    assert pulses == {"bit": 0, "drop": 0}


def test_gateware_always_flip_never_ctl():
    """ber_threshold = 2**32 - 1: every flit gets exactly one data bit flipped."""
    rng = seeded(3)
    dut = FaultInjector()
    flits = [{"data": rng.getrandbits(160), "ctl": k % 2} for k in range(400)]
    received, counters, _ = run_injector(
        dut, flits, config={"ber_threshold": P, "drop_threshold": 0, "burst_len": 0}, rng=rng)
    assert len(received) == len(flits)
    for sent, got in zip(flits, received, strict=True):
        assert got["ctl"] == sent["ctl"]
        assert (got["data"] ^ sent["data"]).bit_count() == 1
    assert counters["bit_count"] == len(flits)


@pytest.mark.parametrize("ber, drop", [(0.01, 0.02), (0.05, 0.0)])
def test_gateware_rates_full_throughput(ber, drop):
    """One flit per cycle for 15k cycles: the counters equal the twin's and match the rates.

    (The 100k-flit rate checks run on the twin, which the other tests hold equal to this.)
    """
    cycles = 15_000
    dut = FaultInjector(seed=2024)
    result = {}
    first_valid = []

    async def tb(ctx):
        ctx.set(dut.ber_threshold, threshold(ber))
        ctx.set(dut.drop_threshold, threshold(drop))
        ctx.set(dut.burst_len, 1)
        ctx.set(dut.i.valid, 1)
        ctx.set(dut.o.ready, 1)
        _, _, ready = await ctx.tick().sample(dut.i.ready)
        first_valid.append(ready)
        await ctx.tick().repeat(cycles - 1)
        for name in ("flit_count", "bit_count", "drop_count"):
            result[name] = ctx.get(getattr(dut, name))

    run_simulation(dut, tb, max_cycles=cycles + 10)
    assert first_valid == [1]
    assert result["flit_count"] == cycles
    prng = FaultPrng(2024)
    decisions = [prng.decide(threshold(ber), threshold(drop)) for _ in range(cycles)]
    assert result["bit_count"] == sum(d.flip for d in decisions)
    assert result["drop_count"] == sum(d.drop for d in decisions)
    assert within(result["drop_count"], cycles, drop) if drop else result["drop_count"] == 0
    assert within(result["bit_count"], cycles - result["drop_count"], ber)


@pytest.mark.parametrize("offset, hit", [(0, True), (-1, False)])
def test_gateware_threshold_boundary(offset, hit):
    """A draw equal to the threshold hits, one below does not (``r <= threshold``)."""
    seed = 0x1234_5678
    r1 = xorshift32(seed)
    r2 = xorshift32(r1)
    flit = [{"data": 0, "ctl": 0}]
    dropped, _, _ = run_injector(FaultInjector(seed=seed), flit, rng=None, config={
        "ber_threshold": 0, "drop_threshold": r1 + offset, "burst_len": 0})
    assert (dropped == []) == hit
    flipped, _, _ = run_injector(FaultInjector(seed=seed), flit, rng=None, config={
        "ber_threshold": r2 + offset, "drop_threshold": 0, "burst_len": 0})
    assert (flipped[0]["data"] != 0) == hit
    assert FaultPrng(seed).decide(r2 + offset, 0).flip == hit


@pytest.mark.parametrize("flit_bytes", [20, 8])
def test_injector_converts_to_rtlil(flit_bytes):
    text = rtlil.convert(FaultInjector(flit_bytes=flit_bytes))
    assert "ber_threshold" in text and "drop_count" in text
