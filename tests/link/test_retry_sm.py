"""RETRY_REQ_SM in gateware (hdl_py/link/retry_sm.py) against sim.model.dll.RetryReqSm: random
event sequences cycle by cycle, state, counters and every report compared; the WAIT timeout in
microseconds; the thresholds to ERROR with the register defaults and with small ones."""

import random

import pytest

from hdl_py.link.retry_sm import RetryReqSm, RetryReqState
from sim.model import dll
from tests.lib.simhelpers import run_simulation

EVENTS = ("blk_err", "set_sent", "retry_ack", "retrain_start", "retrain_done", "ubfm_reset")
MODEL_EVENT = {"blk_err": "block_error", "set_sent": "set_sent", "retry_ack": "retry_ack",
               "retrain_start": "retrain_start", "retrain_done": "retrain_done",
               "ubfm_reset": "ubfm_reset"}
REPORT_OF = {"ack_timeout": "DL Retry ACK Timeout", "rollover": "DL Retry Rollover",
             "retry_error": "DL Retry Error"}


def _run(*, seed, cycles, nrt, npt, us_cycles=3, timeout_us=4, weights=None):
    dut = RetryReqSm(us_cycles=us_cycles)
    model = dll.RetryReqSm(nrt, npt)
    rng = random.Random(seed)
    weights = weights or [3, 4, 2, 1, 3, 1]
    seen = {s: 0 for s in ("NORMAL", "REQ", "WAIT", "RETRAIN", "ERROR")}
    retrain_reqs = []

    async def tb(ctx):
        ctx.set(dut.num_retry_threshold, nrt)
        ctx.set(dut.num_phy_reinit_threshold, npt)
        ctx.set(dut.wait_timeout_us, timeout_us)
        wait_cycles = 0
        for _ in range(cycles):
            event = rng.choices(EVENTS + (None,), weights=weights + [6])[0]
            for e in EVENTS:
                ctx.set(getattr(dut, e), e == event)
            await ctx.delay(1e-9)
            got_reports = [REPORT_OF[k] for k in REPORT_OF if ctx.get(getattr(dut, k))]
            if ctx.get(dut.retrain_req):
                retrain_reqs.append(1)
            before = len(model.reports)
            state = model.state
            if state == "WAIT":
                wait_cycles += 1
            expired = state == "WAIT" and wait_cycles == us_cycles * timeout_us
            if event:
                getattr(model, MODEL_EVENT[event])()
            if expired and model.state == "WAIT" and event not in ("retrain_start",
                                                                   "retry_ack"):
                model.timeout()
            if model.state != "WAIT" or state != "WAIT":
                wait_cycles = 0
            assert got_reports == model.reports[before:], (event, state)
            await ctx.tick()
            assert ctx.get(dut.state) == RetryReqState[model.state], (event, state)
            assert ctx.get(dut.num_retry) == model.num_retry
            assert ctx.get(dut.num_phy_reinit) == model.num_phy_reinit
            assert ctx.get(dut.discard) == model.discarding
            assert ctx.get(dut.send_req_set) == (model.state == "REQ")
            seen[model.state] += 1
    run_simulation(dut, tb, max_cycles=cycles + 10)
    return model, seen, retrain_reqs


@pytest.mark.parametrize("nrt,npt", [(15, 4), (2, 2), (3, 1)])
def test_against_model(nrt, npt):
    # With the defaults, answers must be rare for a round of 15 sets to run out.
    weights = [3, 6, 0.1, 0.2, 3, 1] if nrt == 15 else None
    model, seen, retrains = _run(seed=nrt * 10 + npt, cycles=8000, nrt=nrt, npt=npt,
                                 weights=weights)
    # Every state visited; with a PHY re-init threshold of 1 the first RETRAIN entry is
    # already the threshold-th, so RETRAIN is never held and no retrain is commanded.
    assert all(n for s, n in seen.items() if s != "RETRAIN"), seen
    assert bool(seen["RETRAIN"]) == bool(retrains) == (npt > 1)
    assert {"DL Retry ACK Timeout", "DL Retry Rollover", "DL Retry Error"} <= set(model.reports)


def test_no_answer_reaches_error_after_the_thresholds():
    """Nobody ever answers: with the defaults (15, 4) the link sends 15 sets per round, retrains
    3 times and enters ERROR on the 4th RETRAIN entry, after 60 Retry_Req_Sets; each WAIT
    lasts exactly the timeout (here 4 us of 3 cycles)."""
    dut = RetryReqSm(us_cycles=3)

    async def tb(ctx):
        ctx.set(dut.wait_timeout_us, 4)
        ctx.set(dut.blk_err, 1)
        await ctx.tick()
        ctx.set(dut.blk_err, 0)
        sets = retrains = 0
        while ctx.get(dut.state) != RetryReqState.ERROR:
            state = ctx.get(dut.state)
            if state == RetryReqState.REQ:
                ctx.set(dut.set_sent, 1)
                await ctx.tick()
                ctx.set(dut.set_sent, 0)
                sets += 1
                waited = 0
                while ctx.get(dut.state) == RetryReqState.WAIT:
                    await ctx.tick()
                    waited += 1
                assert waited == 12
            elif state == RetryReqState.RETRAIN:
                retrains += 1
                ctx.set(dut.retrain_done, 1)
                await ctx.tick()
                ctx.set(dut.retrain_done, 0)
            else:
                await ctx.tick()
        assert (sets, retrains) == (60, 3)
        assert ctx.get(dut.discard)
        for _ in range(50):                              # stays until the UBFM resets it
            await ctx.tick()
        assert ctx.get(dut.state) == RetryReqState.ERROR
        ctx.set(dut.ubfm_reset, 1)
        await ctx.tick()
        assert ctx.get(dut.state) == RetryReqState.NORMAL and not ctx.get(dut.discard)
    run_simulation(dut, tb, max_cycles=20_000)
