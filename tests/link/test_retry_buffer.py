"""The retry buffer (hdl_py/link/retry_buffer.py) against sim.model.dll.RetryBuffer: random
writes, ACK releases (with overflows) and resends from valid and invalid RcvPtrs, pointers and
NumFreeBuf compared after every operation, resent flits compared with what was written."""

import random

import pytest

from hdl_py.link.retry_buffer import RetryBuffer
from sim.model import dll
from tests.lib.simhelpers import run_simulation, stream_get, stream_put


@pytest.mark.parametrize("depth", [37, 64])
def test_against_model(depth):
    dut = RetryBuffer(depth=depth, release_bits=8)
    model = dll.RetryBuffer(depth)
    rng = random.Random(depth)
    stored = {}
    counts = {"overflow": 0, "bad_ptr": 0, "replays": 0}

    async def check(ctx):
        assert ctx.get(dut.wr_ptr) == model.wr_ptr
        assert ctx.get(dut.tail_ptr) == model.tail_ptr
        assert ctx.get(dut.num_free_buf) == model.num_free_buf

    async def tb(ctx):
        seq = 0
        for _ in range(300):
            op = rng.random()
            if op < 0.5 and model.num_free_buf > 0:
                for _ in range(rng.randint(1, min(model.num_free_buf, 32))):
                    flit = {"data": seq, "sob": seq % 3 == 0, "eob": seq % 3 == 2}
                    idx = model.send(1)
                    stored[idx] = flit
                    await stream_put(ctx, dut.wr, flit, rng=rng, idle=0.2)
                    seq += 1
            elif op < 0.75:
                n = rng.randint(1, 40)
                ctx.set(dut.release, 1)
                ctx.set(dut.release_flits, n)
                await ctx.delay(1e-9)
                try:
                    model.release(n)
                    assert not ctx.get(dut.ack_overflow)
                except dll.AckOverflow:
                    assert ctx.get(dut.ack_overflow)
                    counts["overflow"] += 1
                await ctx.tick()
                ctx.set(dut.release, 0)
            else:
                # A valid RcvPtr most of the time, sometimes one already freed or never sent.
                if rng.random() < 0.8 and model.unacked:
                    ptr = (model.tail_ptr + rng.randint(0, model.unacked)) % depth
                else:
                    ptr = rng.randrange(depth)
                # The check is of the pointers in the cycle of ``replay``; its verdict
                # (``rcv_ptr_err``) and the resend come from the cycle after.
                ctx.set(dut.replay, 1)
                ctx.set(dut.rcv_ptr, ptr)
                await ctx.delay(1e-9)
                assert not ctx.get(dut.rcv_ptr_err)
                await ctx.tick()
                ctx.set(dut.replay, 0)
                await ctx.delay(1e-9)
                try:
                    want = model.retry(ptr)
                    assert not ctx.get(dut.rcv_ptr_err)
                except ValueError:
                    assert ctx.get(dut.rcv_ptr_err)
                    counts["bad_ptr"] += 1
                    want = None
                assert ctx.get(dut.replaying)
                await ctx.tick()
                assert not ctx.get(dut.rcv_ptr_err)
                assert ctx.get(dut.replaying) == (want is not None)
                if want is not None:
                    counts["replays"] += 1
                    for idx in want:
                        got = await stream_get(ctx, dut.rd, rng=rng, backpressure=0.3)
                        assert (got.data, got.sob, got.eob) == (
                            stored[idx]["data"], stored[idx]["sob"], stored[idx]["eob"])
                    for _ in range(3):
                        await ctx.tick()
                    assert not ctx.get(dut.replaying) and not ctx.get(dut.rd.valid)
            await check(ctx)
        assert counts["overflow"] and counts["bad_ptr"] and counts["replays"] > 10
        # Link down: everything back to the initial state.
        ctx.set(dut.clear, 1)
        await ctx.tick()
        ctx.set(dut.clear, 0)
        model.reset()
        await check(ctx)

    run_simulation(dut, tb, max_cycles=200_000)


def test_write_refused_when_full_and_during_a_resend():
    dut = RetryBuffer(depth=4, release_bits=4)

    async def tb(ctx):
        for k in range(4):
            await stream_put(ctx, dut.wr, {"data": k, "sob": 1, "eob": 1})
        assert ctx.get(dut.num_free_buf) == 0 and not ctx.get(dut.wr.ready)
        ctx.set(dut.release, 1)
        ctx.set(dut.release_flits, 2)
        await ctx.tick()
        ctx.set(dut.release, 0)
        assert ctx.get(dut.num_free_buf) == 2 and ctx.get(dut.tail_ptr) == 2
        ctx.set(dut.replay, 1)
        ctx.set(dut.rcv_ptr, 3)
        await ctx.tick()
        ctx.set(dut.replay, 0)
        assert ctx.get(dut.replaying) and not ctx.get(dut.wr.ready)
        got = await stream_get(ctx, dut.rd)
        assert got.data == 3
        for _ in range(2):
            await ctx.tick()
        assert not ctx.get(dut.replaying) and ctx.get(dut.wr.ready)
    run_simulation(dut, tb, max_cycles=1000)
