"""PhyChannel: lane rate, latency, width change, lane failure and degradation, retraining.

Every test drives the channel cycle by cycle through :func:`run_phy`, which logs the inputs and
outputs of every cycle; the assertions then check exact cycle relations derived from the
documented behaviour of :class:`hdl_py.link.phy.PhyChannel`.
"""

from itertools import pairwise

import pytest
from amaranth.back import rtlil

from hdl_py.link.common import LANE_WIDTHS, WidthChangeStatus
from hdl_py.link.phy import (
    LANE_FAIL_XOR,
    PhyChannel,
    active_lanes,
    stripe_corrupt,
    widest_width,
)
from tests.lib.simhelpers import ignore_unused, run_simulation, seeded

# Two parameter sets: an 8-lane channel with a deep pipeline and a 4-lane one with latency 1.
CONFIGS = [
    dict(max_lanes=8, latency=4, lane_detect=16, change_timeout=40, train_cycles=32),
    dict(max_lanes=4, latency=1, lane_detect=5, change_timeout=12, train_cycles=8),
]
IDS = ["x8-lat4", "x4-lat1"]
S = WidthChangeStatus
PULSES = ("width_req", "retrain")
LOGGED = ("i.valid", "i.ready", "o.valid", "o.ready", "o.payload.data", "o.payload.ctl", "up",
          "width", "lanes_ok", "lanes_active", "lane_fail", "width_status", "flits", "overrun",
          "retrain_drops", "lane_changes")


def _signal(dut, path):
    obj = dut
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def make_flits(rng, count, flit_bytes=20):
    return [{"data": rng.getrandbits(8 * flit_bytes), "ctl": rng.getrandbits(1)}
            for _ in range(count)]


def run_phy(dut, flits, *, cycles, events=None, idle=0.0, rng=None, start=0, o_ready=1):
    """Simulate ``cycles`` cycles; returns ``(log, accepted)``.

    ``log[c]`` holds the signals of :data:`LOGGED` during cycle ``c`` (as ints). ``events`` maps
    a cycle to ``{port: value}`` set in that cycle (``width_req`` and ``retrain`` are pulses,
    cleared in the next cycle; other ports keep their value). The source offers ``flits`` in
    order from cycle ``start`` on (with ``idle`` probability of idle cycles between flits) and
    ``accepted`` lists the cycle each flit was taken.
    """
    events = events or {}
    log, accepted = [], []
    signals = [_signal(dut, name) for name in LOGGED]

    async def tb(ctx):
        ctx.set(dut.o.ready, o_ready)
        holding, pulses = False, []
        for cycle in range(cycles):
            for name in pulses:
                ctx.set(_signal(dut, name), 0)
            pulses = [name for name in events.get(cycle, {}) if name in PULSES]
            for name, value in events.get(cycle, {}).items():
                ctx.set(_signal(dut, name), value)
            if (not holding and cycle >= start and len(accepted) < len(flits)
                    and (rng is None or rng.random() >= idle)):
                holding = True
                ctx.set(dut.i.payload, flits[len(accepted)])
            ctx.set(dut.i.valid, holding)
            values = (await ctx.tick().sample(*signals))[2:]
            entry = {name: int(getattr(value, "value", value))
                     for name, value in zip(LOGGED, values, strict=True)}
            log.append(entry)
            if entry["i.valid"] and entry["i.ready"]:
                accepted.append(cycle)
                holding = False

    run_simulation(dut, tb, max_cycles=cycles + 10)
    return log, accepted


def delivered(log):
    """``[(cycle, data, ctl)]`` of the flits on ``o``."""
    return [(c, e["o.payload.data"], e["o.payload.ctl"]) for c, e in enumerate(log)
            if e["o.valid"]]


def arrived(accepted, log, latency):
    """The flits taken early enough to come out before the end of the log."""
    return [a for a in accepted if a + latency < len(log)]


def up_cycle(log):
    return next(c for c, e in enumerate(log) if e["up"])


def check_pulses(log):
    """``flits`` mirrors ``o.valid`` and ``overrun`` is ``o.valid & ~o.ready`` in every cycle."""
    for e in log:
        assert e["flits"] == e["o.valid"]
        assert e["overrun"] == (e["o.valid"] & (1 - e["o.ready"]))


def width_change_events(cycle, target, *, delay=0, silent=0):
    return {cycle: {"width_req": 1, "target_width": target, "far_ack_delay": delay,
                    "far_silent": silent}}


def all_lanes(cfg):
    return (1 << cfg["max_lanes"]) - 1


# --- pure-Python helpers ------------------------------------------------------------------


def test_widest_width():
    assert [widest_width(n) for n in range(9)] == [0, 1, 2, 2, 4, 4, 4, 4, 8]
    assert [widest_width(n, 4) for n in range(9)] == [0, 1, 2, 2, 4, 4, 4, 4, 4]
    assert widest_width(8, 2) == 2


def test_active_lanes_and_stripe():
    assert active_lanes(0xFF, 8) == list(range(8))
    assert active_lanes(0b1111_0111, 4) == [0, 1, 2, 4]
    assert active_lanes(0b1010_0000, 2) == [5, 7]
    with pytest.raises(ValueError, match="needs 4 healthy lanes"):
        active_lanes(0b0111, 4)
    data = int.from_bytes(bytes(range(20)), "little")
    hit = stripe_corrupt(data, width=4, lanes_ok=0b1111_0111, lane_fail=0b1_0000)
    # Lane 4 is active lane 3: bytes 3, 7, 11, 15, 19.
    expected = bytearray(range(20))
    for b in (3, 7, 11, 15, 19):
        expected[b] ^= LANE_FAIL_XOR
    assert hit.to_bytes(20, "little") == bytes(expected)
    # A failed lane that carries nothing corrupts nothing.
    assert stripe_corrupt(data, width=4, lanes_ok=0xFF, lane_fail=0x80) == data


@ignore_unused
def test_parameter_validation():
    with pytest.raises(ValueError, match="max_lanes"):
        PhyChannel(max_lanes=3)
    with pytest.raises(TypeError, match="max_lanes"):
        PhyChannel(max_lanes=8.0)
    with pytest.raises(ValueError, match="latency"):
        PhyChannel(latency=0)
    with pytest.raises(ValueError, match="lane_detect"):
        PhyChannel(lane_detect=0)
    with pytest.raises(ValueError, match="change_timeout"):
        PhyChannel(change_timeout=0)
    with pytest.raises(ValueError, match="change_timeout"):
        PhyChannel(change_timeout=1 << 16)
    with pytest.raises(ValueError, match="train_cycles"):
        PhyChannel(latency=8, train_cycles=7)
    with pytest.raises(TypeError, match="flit_bytes"):
        PhyChannel(flit_bytes=True)
    dut = PhyChannel(max_lanes=4, latency=2)
    assert (dut.max_lanes, dut.latency, dut.flit_bytes, dut.train_cycles) == (4, 2, 20, 32)
    assert len(dut.lanes_ok) == 4 and len(dut.lane_fail) == 4


# --- rate, latency, order ------------------------------------------------------------------


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_reset_training(cfg):
    dut = PhyChannel(**cfg)
    rng = seeded(1)
    flits = make_flits(rng, 4)
    log, accepted = run_phy(dut, flits, cycles=cfg["train_cycles"] + 20)
    assert up_cycle(log) == cfg["train_cycles"]
    assert all(not e["i.ready"] for e in log[:cfg["train_cycles"]])
    assert accepted[0] == cfg["train_cycles"]
    e = log[cfg["train_cycles"]]
    assert (e["width"], e["lanes_ok"], e["lanes_active"], e["width_status"]) == (
        cfg["max_lanes"], all_lanes(cfg), all_lanes(cfg), S.IDLE.value)
    assert not any(e["lane_changes"] or e["retrain_drops"] for e in log)


@pytest.mark.parametrize("cfg, width", [
    (cfg, w) for cfg in CONFIGS for w in LANE_WIDTHS if w <= cfg["max_lanes"]],
    ids=[f"{name}-w{w}" for cfg, name in zip(CONFIGS, IDS, strict=True) for w in LANE_WIDTHS
         if w <= cfg["max_lanes"]])
def test_rate_latency_order(cfg, width):
    rng = seeded(10 + width)
    dut = PhyChannel(**cfg)
    per_flit = 8 // width
    count = 24
    flits = make_flits(rng, count)
    train = cfg["train_cycles"]
    events = {} if width == cfg["max_lanes"] else width_change_events(train, width)
    start = train + 12
    log, accepted = run_phy(dut, flits, cycles=start + count * per_flit + cfg["latency"] + 4,
                            events=events, start=start)
    assert log[start]["width"] == width
    if events:
        assert log[start]["width_status"] == S.DONE.value
    # Fed continuously: exactly one flit every 8 / width cycles, from the first cycle.
    assert accepted == [start + k * per_flit for k in range(count)]
    out = delivered(log)
    assert [c for c, _, _ in out] == [c + cfg["latency"] for c in accepted]
    assert [{"data": d, "ctl": t} for _, d, t in out] == flits
    check_pulses(log)
    assert not any(e["overrun"] for e in log)


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_random_idle_and_overrun(cfg):
    """Random gaps at the source; ``o.ready`` held low: every flit still arrives (overrun)."""
    rng = seeded(20)
    dut = PhyChannel(**cfg)
    flits = make_flits(rng, 60)
    log, accepted = run_phy(dut, flits, cycles=400, idle=0.5, rng=rng, o_ready=0)
    assert len(accepted) == len(flits)
    assert all(b - a >= 8 // cfg["max_lanes"] for a, b in pairwise(accepted))
    out = delivered(log)
    assert [{"data": d, "ctl": t} for _, d, t in out] == flits
    assert [c for c, _, _ in out] == [c + cfg["latency"] for c in accepted]
    assert sum(e["overrun"] for e in log) == len(flits)
    check_pulses(log)


# --- width change --------------------------------------------------------------------------


def check_width_change(log, accepted, request, delay, old_width, new_width):
    """The handshake timeline of one successful change requested in cycle ``request``.

    Returns the switch cycle: the first flit boundary at or after the cycle after the far end's
    answer (answer in cycle ``request + 1 + delay``).
    """
    answered = request + 2 + delay
    switch = next(c for c in range(answered, len(log)) if log[c + 1]["width_status"]
                  != S.IN_PROGRESS.value)
    before = [a for a in accepted if a < switch]
    boundary = before[-1] + 8 // old_width if before else 0
    assert switch == max(answered, boundary)
    assert switch not in accepted
    assert log[request]["width_status"] != S.IN_PROGRESS.value
    for c in range(request + 1, switch + 1):
        assert log[c]["width_status"] == S.IN_PROGRESS.value
        assert log[c]["width"] == old_width
    assert log[switch + 1]["width_status"] == S.DONE.value
    assert log[switch + 1]["width"] == new_width
    return switch


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_width_change_under_traffic(cfg):
    rng = seeded(30)
    dut = PhyChannel(**cfg)
    top = cfg["max_lanes"]
    plan = [(60, 1, 3), (150, top // 2, 0), (230, top, 7)]  # (request cycle, target, delay)
    events = {}
    for cycle, target, delay in plan:
        events.update(width_change_events(cycle, target, delay=delay))
    flits = make_flits(rng, 200)
    log, accepted = run_phy(dut, flits, cycles=330, events=events, idle=0.2, rng=rng)
    widths = [top] + [t for _, t, _ in plan]
    switches = [check_width_change(log, accepted, cycle, delay, widths[k], widths[k + 1])
                for k, (cycle, _, delay) in enumerate(plan)]
    # Between changes the flits keep the spacing of the width they were taken at.
    for a, b in pairwise(accepted):
        assert b - a >= 8 // log[a]["width"]
    # Nothing lost, duplicated or reordered; the lane map never changed.
    out = delivered(log)
    count = len(arrived(accepted, log, cfg["latency"]))
    assert [{"data": d, "ctl": t} for _, d, t in out] == flits[:count]
    assert count > 100
    assert not any(e["lane_changes"] for e in log)
    assert all(switches)
    check_pulses(log)


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_width_change_nak(cfg):
    dut = PhyChannel(**cfg)
    top = cfg["max_lanes"]
    train = cfg["train_cycles"]
    bad_targets = [0, 3, 5, 6, 7, 9, 15] + ([8] if top == 4 else [])
    events = width_change_events(2, top // 2)  # during training
    cycle = train + 4
    for target in bad_targets:
        events.update(width_change_events(cycle, target))
        cycle += 3
    # One lane fails for good: once it has been dropped, the full width exceeds the healthy
    # lanes (NAK) but half of it is still fine.
    fail_at = cycle
    events[fail_at] = {"lane_fail": 1}
    full_req = fail_at + cfg["lane_detect"] + 10
    events.update(width_change_events(full_req, top))
    half_req = full_req + 4
    events.update(width_change_events(half_req, top // 2))
    log, _ = run_phy(dut, [], cycles=half_req + 10, events=events)
    assert log[3]["width_status"] == S.NAK.value
    assert log[train]["width_status"] == S.NAK.value
    cycle = train + 4
    for _target in bad_targets:
        assert log[cycle]["width_status"] != S.IN_PROGRESS.value
        assert log[cycle + 1]["width_status"] == S.NAK.value
        cycle += 3
    assert log[full_req + 1]["width_status"] == S.NAK.value
    assert log[full_req]["width"] == top // 2
    assert log[half_req + 1]["width_status"] == S.IN_PROGRESS.value
    assert log[-1]["width_status"] == S.DONE.value
    assert all(e["width"] in (top, top // 2) for e in log)


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_width_change_timeout(cfg):
    rng = seeded(40)
    dut = PhyChannel(**cfg)
    timeout = cfg["change_timeout"]
    train = cfg["train_cycles"]
    target = cfg["max_lanes"] // 2
    silent_req = train + 3
    late_req = silent_req + timeout + 5          # answers one cycle too late
    ok_req = late_req + timeout + 5              # answers just in time
    events = {}
    events.update(width_change_events(silent_req, target, delay=0, silent=1))
    events.update(width_change_events(late_req, target, delay=timeout))
    # A request while IN_PROGRESS is ignored.
    events.update(width_change_events(late_req + 2, 1))
    events.update(width_change_events(ok_req, target, delay=timeout - 1))
    flits = make_flits(rng, 80)
    log, accepted = run_phy(dut, flits, cycles=ok_req + timeout + 20, events=events)
    for req in (silent_req, late_req):
        for c in range(req + 1, req + 1 + timeout):
            assert log[c]["width_status"] == S.IN_PROGRESS.value
        assert log[req + 1 + timeout]["width_status"] == S.TIMEOUT.value
        assert all(e["width"] == cfg["max_lanes"] for e in log[:ok_req])
    check_width_change(log, accepted, ok_req, timeout - 1, cfg["max_lanes"], target)
    out = delivered(log)
    assert [{"data": d, "ctl": t} for _, d, t in out] == flits[:len(out)]
    assert len(out) == len(arrived(accepted, log, cfg["latency"]))


# --- lane failure ----------------------------------------------------------------------------

# Per configuration: (lanes failing, expected lanes_ok, width, lanes_active after detection).
FAILURES = {
    8: [(0b0000_1000, 0b1111_0111, 4, 0b0001_0111),
        (0b1110_0010, 0b0001_0101, 2, 0b0000_0101),
        (0b0000_0001, 0b0001_0100, 2, 0b0001_0100),
        (0b0000_0100, 0b0001_0000, 1, 0b0001_0000)],
    4: [(0b0010, 0b1101, 2, 0b0101),
        (0b0001, 0b1100, 2, 0b1100),
        (0b1000, 0b0100, 1, 0b0100)],
}


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_lane_failure_degrades(cfg):
    rng = seeded(50)
    dut = PhyChannel(**cfg)
    detect = cfg["lane_detect"]
    steps = FAILURES[cfg["max_lanes"]]
    events, fail_cycles, failing = {}, [], 0
    cycle = cfg["train_cycles"] + 20
    for lanes, *_ in steps:
        failing |= lanes
        events[cycle] = {"lane_fail": failing}
        fail_cycles.append(cycle)
        cycle += detect + 60
    flits = make_flits(rng, 1000)
    log, accepted = run_phy(dut, flits, cycles=cycle, events=events)
    out = delivered(log)
    assert len(out) == len(arrived(accepted, log, cfg["latency"]))

    width, lanes_ok, active = cfg["max_lanes"], all_lanes(cfg), all_lanes(cfg)
    failing = 0
    switches = []
    for (lanes, new_ok, new_width, new_active), fail_at in zip(steps, fail_cycles, strict=True):
        failing |= lanes
        # lanes_ok drops exactly lane_detect cycles after the lane started failing.
        assert log[fail_at + detect - 1]["lanes_ok"] == lanes_ok
        assert log[fail_at + detect]["lanes_ok"] == new_ok
        # The re-map happens at the next flit boundary (one switching cycle, no flit taken).
        before = [a for a in accepted if a < fail_at + detect]
        switch = max(fail_at + detect, before[-1] + 8 // width)
        assert switch not in accepted
        assert [c for c in range(fail_at, fail_at + detect + 10) if log[c]["lane_changes"]] == [
            switch + 1]
        assert log[switch]["width"] == width and log[switch]["lanes_active"] == active
        assert log[switch + 1]["width"] == new_width
        assert log[switch + 1]["lanes_active"] == new_active
        switches.append(switch)
        # Flits taken from failure to switch: exactly the bytes on the failed lanes corrupted.
        for k, a in enumerate(accepted):
            if a + cfg["latency"] >= len(log):
                break
            sent = flits[k]["data"]
            got = out[k][1]
            if fail_at <= a < switch:
                assert got == stripe_corrupt(sent, width=width, lanes_ok=active,
                                             lane_fail=failing)
        width, lanes_ok, active = new_width, new_ok, new_active
    assert sum(e["lane_changes"] for e in log) == len(steps)

    # Outside the failure windows nothing is corrupted; inside, exactly the failed lanes' bytes.
    windows = list(zip(fail_cycles, switches, strict=True))
    corrupted_flits = 0
    for k, (_, got, ctl) in enumerate(out):
        a = accepted[k]
        assert ctl == flits[k]["ctl"]
        if not any(lo <= a < hi for lo, hi in windows):
            assert got == flits[k]["data"]
        else:
            diff = (got ^ flits[k]["data"]).to_bytes(20, "little")
            assert set(diff) <= {0, LANE_FAIL_XOR}
            corrupted_flits += diff != bytes(20)
    assert corrupted_flits > 0
    # First failure at full width: the bytes of the failed lane, b % width == lane index.
    first_lane = (steps[0][0]).bit_length() - 1
    first = [k for k, a in enumerate(accepted) if windows[0][0] <= a < windows[0][1]]
    assert first
    for k in first:
        diff = (out[k][1] ^ flits[k]["data"]).to_bytes(20, "little")
        assert [b for b in range(20) if diff[b]] == [
            b for b in range(20) if b % cfg["max_lanes"] == first_lane]
    # Traffic keeps flowing at the degraded width.
    tail = [a for a in accepted if a > switches[-1]]
    assert len(tail) > 5
    assert all(b - a == 8 // steps[-1][2] for a, b in pairwise(tail))
    check_pulses(log)


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_short_glitch_and_idle_lane(cfg):
    """A lane failing for fewer than lane_detect cycles is not dropped; an unused lane is."""
    rng = seeded(60)
    dut = PhyChannel(**cfg)
    detect = cfg["lane_detect"]
    top = cfg["max_lanes"]
    train = cfg["train_cycles"]
    glitch = train + 10
    events = {glitch: {"lane_fail": 1}, glitch + detect - 1: {"lane_fail": 0},
              glitch + detect: {"lane_fail": 1}, glitch + 2 * detect - 1: {"lane_fail": 0}}
    # Narrow to half width, then fail the top lane, which carries nothing.
    req = glitch + 2 * detect + 5
    events.update(width_change_events(req, top // 2))
    idle_fail = req + 30
    events[idle_fail] = {"lane_fail": 1 << (top - 1)}
    flits = make_flits(rng, 200)
    log, accepted = run_phy(dut, flits, cycles=idle_fail + detect + 30, events=events)
    assert all(e["lanes_ok"] == all_lanes(cfg) for e in log[:idle_fail + detect])
    assert log[idle_fail + detect]["lanes_ok"] == all_lanes(cfg) >> 1
    assert log[-1]["width"] == top // 2
    assert log[-1]["lanes_active"] == (1 << (top // 2)) - 1
    assert sum(e["lane_changes"] for e in log) == 1
    out = delivered(log)
    glitched = [k for k, a in enumerate(accepted) if a < len(log) - cfg["latency"]
                and (glitch <= a < glitch + detect - 1 or glitch + detect <= a < glitch
                     + 2 * detect - 1)]
    assert glitched
    for k, (_, got, _) in enumerate(out):
        if k not in glitched:
            assert got == flits[k]["data"]
        else:
            assert got == stripe_corrupt(flits[k]["data"], width=top, lanes_ok=all_lanes(cfg),
                                         lane_fail=1)


# --- retrain ---------------------------------------------------------------------------------


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_retrain_drops_and_resumes(cfg):
    rng = seeded(70)
    dut = PhyChannel(**cfg)
    train = cfg["train_cycles"]
    lat = cfg["latency"]
    first = train + 30
    # A lane fails and is dropped, then is repaired; the second retrain brings it back. A third
    # retrain happens while a width change is in progress (NAK).
    fail_at = first + train + 20
    repair = fail_at + cfg["lane_detect"] + 30
    second = repair + 10
    change = second + train + 20
    third = change + 2
    events = {first: {"retrain": 1}, fail_at: {"lane_fail": 1}, repair: {"lane_fail": 0},
              second: {"retrain": 1}, third: {"retrain": 1}}
    events.update(width_change_events(change, 1, delay=cfg["change_timeout"] - 1))
    flits = make_flits(rng, 1000)
    log, accepted = run_phy(dut, flits, cycles=third + train + 40, events=events)
    out = delivered(log)

    dropped = []
    for r in (first, second, third):
        # Down for train_cycles cycles, from the cycle after the request.
        assert log[r]["up"] == 1
        assert all(not e["up"] and not e["i.ready"] for e in log[r + 1:r + 1 + train])
        assert log[r + 1 + train]["up"] == 1
        # Flits taken up to the retrain cycle and not yet out are dropped, one pulse each.
        lost = [a for a in accepted if a <= r < a + lat]
        assert sum(e["retrain_drops"] for e in log[r + 1:r + 1 + train]) == len(lost)
        assert not any(e["o.valid"] for e in log[r + 1:r + 1 + train])
        dropped += lost
    assert dropped, "the test means to drop flits in flight"
    assert sum(e["retrain_drops"] for e in log) == len(dropped)
    # Everything else arrives in order, on time; only flits taken while lane 0 was failing
    # and still in use differ, and only in that lane's bytes.
    kept = [k for k, a in enumerate(accepted) if a not in dropped and a + lat < len(log)]
    assert len(out) == len(kept)
    for k, (cycle, got, ctl) in zip(kept, out, strict=True):
        a = accepted[k]
        assert cycle == a + lat and ctl == flits[k]["ctl"]
        expected = flits[k]["data"]
        if fail_at <= a < repair:
            expected = stripe_corrupt(expected, width=log[a]["width"],
                                      lanes_ok=log[a]["lanes_active"], lane_fail=1)
        assert got == expected
    assert any(out_k[1] != flits[k]["data"] for k, out_k in zip(kept, out, strict=True))

    top = cfg["max_lanes"]
    # The lane failure degrades the channel; the retrain after the repair restores it.
    assert log[second]["lanes_ok"] == all_lanes(cfg) & ~1
    assert log[second]["width"] == top // 2
    assert log[second + 1 + train]["lanes_ok"] == all_lanes(cfg)
    assert log[second + 1 + train]["width"] == top
    assert [c for c, e in enumerate(log) if e["lane_changes"]][-1] == second + 1 + train
    assert sum(e["lane_changes"] for e in log) == 2
    # The width change cut short by the third retrain.
    assert log[third]["width_status"] == S.IN_PROGRESS.value
    assert log[third + 1]["width_status"] == S.NAK.value
    assert log[-1]["width"] == top
    check_pulses(log)


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_all_lanes_down_then_retrain(cfg):
    rng = seeded(80)
    dut = PhyChannel(**cfg)
    train = cfg["train_cycles"]
    top = cfg["max_lanes"]
    dead = train + 10
    # Every lane fails; the retrain while one lane is still broken comes up one width lower.
    repair = dead + cfg["lane_detect"] + 20
    retrain = repair + 5
    nak = repair - 3
    events = {dead: {"lane_fail": all_lanes(cfg)}, repair: {"lane_fail": 1 << (top - 1)},
              retrain: {"retrain": 1}}
    events.update(width_change_events(nak, 1))
    flits = make_flits(rng, 300)
    log, accepted = run_phy(dut, flits, cycles=retrain + train + 30, events=events)
    down = dead + cfg["lane_detect"]
    switch = next(c for c in range(down, len(log)) if log[c + 1]["width"] == 0)
    assert switch - down < 8 // top + 1
    assert all(not e["up"] and not e["i.ready"] for e in log[switch + 1:retrain + 1 + train])
    assert log[switch + 1]["lanes_ok"] == 0
    # Flits in flight when the lanes went away are still delivered (no retrain yet).
    assert len(delivered(log)) == len(arrived(accepted, log, cfg["latency"]))
    back = retrain + 1 + train
    assert log[back]["up"] == 1
    assert log[back]["width"] == widest_width(top - 1, top)
    assert log[back]["lanes_ok"] == all_lanes(cfg) >> 1
    assert accepted[-1] > back
    assert sum(e["lane_changes"] for e in log) == 2
    # Width 0 refuses every width change.
    assert log[nak + 1]["width_status"] == S.NAK.value


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_converts_to_rtlil(cfg):
    """The model is plain synthesizable logic (it converts without a simulator-only construct)."""
    text = rtlil.convert(PhyChannel(**cfg))
    assert "lane_fail" in text and "width_status" in text
