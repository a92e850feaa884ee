"""Credit and ACK bookkeeping in gateware (hdl_py/link/dll_credit.py) against the reference
model (sim.model.dll.TxCredits, CreditReturn), cycle by cycle.

TxCredit: random takes and returns (LPH/LBH grains, Crd_Ack counts, some beyond the initial
credit, some for VLs that do not exist) with every counter, ``take_ok`` and ``fc_overflow``
compared each cycle; a return is exactly its grain; the credit-return timeout.
CreditReturn: random frees, received blocks, framer uses and Crd_Ack completions with the
counts, the framer offer (round robin), the Crd_Ack decision and its fields compared each
cycle, and what went back summed against what was freed; the return rules one by one."""

import copy
import random

import pytest

from hdl_py.link.dll_credit import CreditReturn, TxCredit
from sim.model import dll
from tests.lib.dllhelpers import set_params, set_watermarks
from tests.lib.simhelpers import ignore_unused, run_simulation


def _params(rng, *, vl_enable=0xFFFF):
    def p2(lo, hi):
        return 1 << rng.randrange(lo, hi + 1)
    return dll.DllParameters(
        feature_id=1, data_ack_grain=p2(0, 6), ctrl_ack_grain=p2(0, 3), cell_flits=8,
        vl_enable=vl_enable, ctrl_credit_grain=tuple(p2(0, 3) for _ in range(16)),
        data_credit_grain=tuple(p2(0, 4) for _ in range(16)), share_allowed=False,
        peer_retry_buf_depth=512, peer_packet_min_interval=1)


# -- TxCredit -------------------------------------------------------------------------------

def _tx_random(seed, vls, cycles=1500):
    rng = random.Random(seed)
    params = _params(rng)
    init = [rng.randrange(0, 400) for _ in range(vls)]
    dut = TxCredit(vls=vls, us_cycles=2)
    stats = {"takes": 0, "refused": 0, "returns": 0, "overflows": 0}

    async def tb(ctx):
        set_params(ctx, dut.params, params)
        for v in range(vls):
            ctx.set(dut.init_crd[v], init[v])
        await ctx.tick().repeat(2)
        ctx.set(dut.normal, 1)
        await ctx.tick()
        model = dll.TxCredits(init, params)
        prev = (None, None)
        last = (None, None, True)      # the request a cycle back, and whether a take went
        took = [False, False]          # takes one and two cycles back
        pending = None                 # the take of the cycle before, applied this cycle
        vl, cells = 0, 1
        for _ in range(cycles):
            take = rng.random() < 0.5
            if rng.random() < 0.4:     # a new request (else the same one is held)
                vl = rng.randrange(16) if rng.random() < 0.05 else rng.randrange(vls)
                cells = rng.randrange(1, 60)
            lph = rng.random() < 0.35
            lph_vl = rng.randrange(16) if rng.random() < 0.03 else rng.randrange(vls)
            ackrx = rng.random() < 0.12
            nums = [rng.randrange(0, 8) if rng.random() < 0.4 else 0 for _ in range(16)]
            if rng.random() < 0.9:
                nums[vls:] = [0] * (16 - vls)
            ctx.set(dut.take, take)
            ctx.set(dut.take_vl, vl)
            ctx.set(dut.take_cells, cells)
            ctx.set(dut.lph_crd, lph)
            ctx.set(dut.lph_crd_vl, lph_vl)
            ctx.set(dut.crd_ack_rx, ackrx)
            for v in range(16):
                ctx.set(dut.crd_ack_num[v], nums[v])
            await ctx.delay(1e-9)
            assert [ctx.get(dut.crd[v]) for v in range(vls)] == model.value
            before = model.value
            # take_ok: the credit a cycle back was enough, for the same request, no take since
            ok = (vl < vls and last[0] == (vl, cells) and last[1] is not None
                  and last[1][vl] >= cells and not any(took))
            assert ctx.get(dut.take_ok) == ok
            assert not ok or model.value[vl] >= cells
            assert ctx.get(dut.take_err) == (take and not ok)
            over = model.returns(*prev) if prev != (None, None) else []
            got = ctx.get(dut.fc_overflow)
            assert {v for v in range(16) if got >> v & 1} == set(over)
            stats["returns"] += prev != (None, None)
            stats["overflows"] += bool(over)
            if pending:
                assert model.take(*pending)
                stats["takes"] += 1
            pending = (vl, cells) if take and ok else None
            took = [bool(pending), took[0]]
            last = ((vl, cells), before if vl < vls else None, None)
            stats["refused"] += take and not ok
            prev = (lph_vl if lph else None, nums if ackrx else None)
            await ctx.tick()

    run_simulation(dut, tb, max_cycles=cycles + 20)
    return stats


@pytest.mark.parametrize("seed,vls", [(1, 16), (2, 4), (3, 1), (4, 9)])
def test_tx_credit_against_model(seed, vls):
    stats = _tx_random(seed, vls)
    assert stats["takes"] > 60 and stats["refused"] > 10
    assert stats["returns"] > 100 and stats["overflows"] > 5


def test_tx_credit_returns_exactly_their_grain():
    """VL2 with 100 cells: a 40-cell DLLDP (asked for a cycle ahead), then one LPH grain (8
    cells), then a Crd_Ack of 3 grains of 2 cells: 60, 68, 74 exactly; a return past 100 is
    refused and reported."""
    params = dll.DllParameters(
        feature_id=1, data_ack_grain=32, ctrl_ack_grain=1, cell_flits=8, vl_enable=0xF,
        ctrl_credit_grain=(1, 1, 2) + (1,) * 13, data_credit_grain=(4, 4, 8) + (4,) * 13,
        share_allowed=False, peer_retry_buf_depth=512, peer_packet_min_interval=1)
    dut = TxCredit(vls=4)
    seen = []

    async def tb(ctx):
        set_params(ctx, dut.params, params)
        ctx.set(dut.init_crd[2], 100)
        await ctx.tick()
        ctx.set(dut.normal, 1)
        await ctx.tick()
        steps = [dict(take_vl=2, take_cells=40), dict(take=1, take_vl=2, take_cells=40),
                 dict(lph_crd=1, lph_crd_vl=2), {},
                 dict(crd_ack_rx=1, crd_ack_num={2: 3}), {}, {},
                 dict(crd_ack_rx=1, crd_ack_num={2: 14}), {}, {}]
        for step in steps:
            for k in ("take", "lph_crd", "crd_ack_rx"):
                ctx.set(getattr(dut, k), step.get(k, 0))
            for k in ("take_vl", "take_cells", "lph_crd_vl"):
                if k in step:
                    ctx.set(getattr(dut, k), step[k])
            for v in range(16):
                ctx.set(dut.crd_ack_num[v], step.get("crd_ack_num", {}).get(v, 0))
            await ctx.delay(1e-9)
            seen.append((ctx.get(dut.crd[2]), ctx.get(dut.fc_overflow)))
            await ctx.tick()

    run_simulation(dut, tb, max_cycles=40)
    assert [c for c, _ in seen] == [100, 100, 100, 60, 68, 68, 74, 74, 74, 74]
    assert [o for _, o in seen] == [0] * 8 + [1 << 2, 0]   # 74 + 28 > 100: refused


@pytest.mark.parametrize("timeout_us,ret_at,expect", [
    (5, None, [5 * 3]), (5, 9, [9 + 1 + 5 * 3]), (0, None, [])])
def test_tx_credit_return_timeout(timeout_us, ret_at, expect):
    """``wait_crd`` held from cycle 0 with 3 cycles a microsecond: DL Protocol Error once,
    after ``timeout_us`` microseconds, counted again from a return; never when off."""
    dut = TxCredit(vls=2, us_cycles=3)
    pulses = []

    async def tb(ctx):
        params = dll.DllParameters(1, 32, 1, 8, 3, (1,) * 16, (4,) * 16, False, 512, 1)
        set_params(ctx, dut.params, params)
        ctx.set(dut.init_crd[0], 50)
        ctx.set(dut.crd_timeout_us, timeout_us)
        ctx.set(dut.normal, 1)
        await ctx.tick()
        for cycle in range(120):
            ctx.set(dut.wait_crd, 1)
            ctx.set(dut.lph_crd, cycle == ret_at)
            await ctx.delay(1e-9)
            if ctx.get(dut.crd_timeout):
                pulses.append(cycle)
            await ctx.tick()

    run_simulation(dut, tb, max_cycles=140)
    # The microsecond prescaler runs freely: the first tick may come early by up to 2 cycles.
    assert len(pulses) == len(expect)
    for got, want in zip(pulses, expect, strict=True):
        assert want - 3 <= got <= want


# -- CreditReturn ---------------------------------------------------------------------------

def _rr_pick(cands, last):
    after = [v for v in cands if v > last]
    return min(after) if after else min(cands)


def _ret_random(seed, vls, cycles=2500, wm=None, idle_p=0.3):
    rng = random.Random(seed)
    params = _params(rng)
    wm = wm or dll.ReturnWatermarks(
        crd_return=tuple(rng.choice([0, 8, 30, 100]) for _ in range(16)),
        crd_llcrd=tuple(rng.choice([0, 0, 60, 200]) for _ in range(16)),
        ack_return=rng.choice([0, 40, 100]), ack_llcrd=rng.choice([0, 150, 400]))
    dut = CreditReturn(vls=vls)
    stats = {"uses": 0, "ack_uses": 0, "crd_acks": 0, "bp": 0}
    freed_sum = [0] * vls
    back = [0] * vls
    acked = {"in": 0, "back": 0}
    result = {}

    async def tb(ctx):
        set_params(ctx, dut.params, params)
        set_watermarks(ctx, dut, wm)
        model = dll.CreditReturn(vls, params, wm)
        prev = copy.deepcopy(model)
        prev_idle, crd_hold, ack_hold, last = False, False, False, 0
        expect_fields = None
        crd_ack = False
        for _ in range(cycles):
            enable = rng.random() < 0.97
            idle = rng.random() < idle_p
            freed = rng.random() < 0.3
            fvl, fcells = rng.randrange(vls), rng.randrange(1, 70)
            received = rng.random() < 0.3
            rflits = rng.randrange(1, 33)
            done = crd_ack and rng.random() < 0.3
            ctx.set(dut.enable, enable)
            ctx.set(dut.tx_idle, idle)
            ctx.set(dut.freed, freed)
            ctx.set(dut.freed_vl, fvl)
            ctx.set(dut.freed_cells, fcells)
            ctx.set(dut.received, received)
            ctx.set(dut.received_flits, rflits)
            ctx.set(dut.crd_ack_done, done)
            ctx.set(dut.crd_used, 0)
            ctx.set(dut.ack_used, 0)
            await ctx.delay(1e-9)
            # the registered state against the model; the registered decisions against the
            # model one cycle back (``prev``)
            cur = copy.deepcopy(model)
            assert [ctx.get(dut.crd_pend[v]) for v in range(vls)] == model.crd_pend
            assert ctx.get(dut.ack_pend) == model.ack_pend
            assert ctx.get(dut.crd_ack) == crd_ack
            if expect_fields is not None:
                crd, ack = expect_fields
                assert [ctx.get(dut.crd_num[v]) for v in range(16)] == list(crd)
                assert ctx.get(dut.ack_num) == ack
                expect_fields = None
            assert ctx.get(dut.backpressure) == prev.backpressure
            stats["bp"] += prev.backpressure
            cands = prev.crd_candidates()
            offer = bool(cands) and not crd_hold
            assert ctx.get(dut.crd_pending) == offer
            if offer:
                assert ctx.get(dut.crd_vl) == _rr_pick(cands, last)
            ack_offer = prev.ack_candidate and not ack_hold
            assert ctx.get(dut.ack_pending) == ack_offer
            use = offer and rng.random() < 0.5
            ack_use = ack_offer and rng.random() < 0.5
            ctx.set(dut.crd_used, use)
            ctx.set(dut.ack_used, ack_use)
            # the model's cycle: a snapshot (of the counts a cycle back, never with a use or
            # right after one), the uses, then the additions
            fields = prev.crd_ack_fields()
            latch = (enable and prev.crd_ack_due(prev_idle) and not crd_ack and not use
                     and not ack_use and not crd_hold and not ack_hold)
            if latch:
                model.take_crd_ack(fields)
                expect_fields = fields
                stats["crd_acks"] += 1
                for v in range(vls):
                    back[v] += fields[0][v] * params.ctrl_credit_grain[v]
                acked["back"] += fields[1] * params.ctrl_ack_grain
            if use:
                vl = ctx.get(dut.crd_vl)
                model.use_crd(vl)
                back[vl] += params.data_credit_grain[vl]
                last = vl
                stats["uses"] += 1
            if ack_use:
                model.use_ack()
                acked["back"] += params.data_ack_grain
                stats["ack_uses"] += 1
            if freed:
                assert model.freed(fvl, fcells)
                freed_sum[fvl] += fcells
            if received:
                assert model.received(rflits)
                acked["in"] += rflits
            assert not ctx.get(dut.count_overflow)
            crd_ack = (crd_ack and not done) or latch
            crd_hold, ack_hold = use or latch, ack_use or latch
            prev_idle = idle
            prev = cur
            await ctx.tick()
        result["model"] = model

    run_simulation(dut, tb, max_cycles=cycles + 20)
    # Nothing freed is lost or invented: what went back plus what is pending is what came in.
    final = result["model"]
    for v in range(vls):
        assert back[v] + final.crd_pend[v] == freed_sum[v]
    assert acked["back"] + final.ack_pend == acked["in"]
    return stats


@pytest.mark.parametrize("seed,vls", [(11, 16), (12, 3), (13, 1), (14, 8)])
def test_credit_return_against_model(seed, vls):
    stats = _ret_random(seed, vls)
    assert stats["uses"] > 50 and stats["ack_uses"] > 20 and stats["crd_acks"] > 20


def test_credit_return_backpressure_against_model():
    """Low Llcrd watermarks and a busy transmitter: rule 3 decides most Crd_Acks."""
    wm = dll.ReturnWatermarks(crd_return=(0,) * 16, crd_llcrd=(40,) * 16, ack_return=0,
                              ack_llcrd=100)
    stats = _ret_random(21, 4, wm=wm, idle_p=0.0)
    assert stats["bp"] > 100 and stats["crd_acks"] > 20


_HAND = dll.DllParameters(
    feature_id=1, data_ack_grain=32, ctrl_ack_grain=1, cell_flits=8, vl_enable=0xF,
    ctrl_credit_grain=(1,) * 16, data_credit_grain=(4,) * 16, share_allowed=False,
    peer_retry_buf_depth=512, peer_packet_min_interval=1)


_NO_RETURN_MARKS = dll.ReturnWatermarks(crd_return=(0,) * 16)


def _script(steps, *, vls=4, wm=_NO_RETURN_MARKS, use_crd=True):
    """Run ``steps`` (per-cycle inputs; missing ones 0); the framer takes every grain offered
    when ``use_crd``; a Crd_Ack is sent (done) the cycle after it rises. Returns per cycle
    the outputs seen."""
    dut = CreditReturn(vls=vls)
    seen = []

    async def tb(ctx):
        set_params(ctx, dut.params, _HAND)
        set_watermarks(ctx, dut, wm)
        ctx.set(dut.enable, 1)
        for step in steps:
            for k in ("tx_idle", "freed", "freed_vl", "freed_cells", "received",
                      "received_flits"):
                ctx.set(getattr(dut, k), step.get(k, 0))
            ctx.set(dut.crd_used, 0)
            ctx.set(dut.crd_ack_done, ctx.get(dut.crd_ack))
            await ctx.delay(1e-9)
            used = use_crd and ctx.get(dut.crd_pending)
            ctx.set(dut.crd_used, used)
            seen.append({
                "used": ctx.get(dut.crd_vl) if used else None,
                "crd_ack": ctx.get(dut.crd_ack),
                "crd_num": [ctx.get(dut.crd_num[v]) for v in range(vls)],
                "ack_num": ctx.get(dut.ack_num), "bp": ctx.get(dut.backpressure),
                "pend": [ctx.get(dut.crd_pend[v]) for v in range(vls)],
                "ack_pend": ctx.get(dut.ack_pend), "sat": ctx.get(dut.count_overflow)})
            await ctx.tick()

    run_simulation(dut, tb, max_cycles=len(steps) + 10)
    return seen


def _crd_acks(seen):
    return [(k, s["crd_num"], s["ack_num"]) for k, s in enumerate(seen)
            if s["crd_ack"] and (k == 0 or not seen[k - 1]["crd_ack"])]


def test_return_rule_1_grains_then_rule_2_when_idle():
    """10 cells freed on VL1 (grain 4): two grains ride in DLLDB headers, the 2 left wait
    while the transmitter is busy and go in a Crd_Ack as soon as it is idle."""
    steps = [dict(freed=1, freed_vl=1, freed_cells=10)] + [{}] * 20 + [dict(tx_idle=1)] * 6
    seen = _script(steps)
    assert [s["used"] for s in seen if s["used"] is not None] == [1, 1]
    assert _crd_acks(seen) == [(23, [0, 2, 0, 0], 0)]     # idle from cycle 21
    assert seen[-1]["pend"] == [0, 0, 0, 0]


def test_pending_acks_alone_wait_for_the_watermark():
    """(The decisions are registered: a Crd_Ack rises two cycles after the counts that make it
    due.) 5 flits received on an idle link: no Crd_Ack (ACKs alone would ping-pong); at 64
    flits (`Cfg Ack Return`) one goes with all 65."""
    steps = ([dict(tx_idle=1, received=1, received_flits=5)] + [dict(tx_idle=1)] * 40
             + [dict(tx_idle=1, received=1, received_flits=30)] * 2 + [dict(tx_idle=1)] * 5)
    seen = _script(steps)
    assert _crd_acks(seen) == [(45, [0, 0, 0, 0], 65)]    # 65 pending from 43
    assert seen[-1]["ack_pend"] == 0


def test_rule_3_backpressure_forces_a_crd_ack():
    """`Cfg Crd V2 Llcrd` = 20 and a busy transmitter that takes no grains: at 20 cells
    pending DLLDPs are back-pressured and a Crd_Ack goes with all 20; then the pressure is
    off."""
    wm = dll.ReturnWatermarks(crd_return=(0,) * 16, crd_llcrd=(0, 0, 20, 0) + (0,) * 12)
    steps = [dict(freed=1, freed_vl=2, freed_cells=12), {}, {},
             dict(freed=1, freed_vl=2, freed_cells=8)] + [{}] * 6
    seen = _script(steps, wm=wm, use_crd=False)
    assert [s["bp"] for s in seen] == [0] * 5 + [1, 1] + [0] * 3   # 20 pending at 4
    assert _crd_acks(seen) == [(6, [0, 0, 20, 0], 0)]


def test_counts_saturate_and_report():
    steps = [dict(freed=1, freed_vl=0, freed_cells=1000)] * 66
    seen = _script(steps, use_crd=False)
    assert [k for k, s in enumerate(seen) if s["sat"]] == [65]
    assert seen[-1]["pend"][0] == 65_000


@ignore_unused
def test_parameter_checks():
    for bad in (0, 17, 2.0):
        with pytest.raises(ValueError):
            TxCredit(vls=bad)
        with pytest.raises(ValueError):
            CreditReturn(vls=bad)
    with pytest.raises(ValueError):
        TxCredit(us_cycles=0)
