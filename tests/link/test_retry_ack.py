"""The sender's answer to a retry request, exact on the wire: RETRY_ACK_SM
(hdl_py/link/retry_sm.py) with the retry buffer and the DLLCB sender. A Retry_Req_Set asking
for flit RcvPtr is answered by a Retry_Ack_Set (byte for byte the model's, with the buffer's
NumFreeBuf and WrPtr) and then by the resend of exactly the flits RcvPtr .. WrPtr-1, flit by
flit; once per set, whatever copies of it are lost and whatever foreign flits come among them;
a new set (its Retry_Idle, or other fields) restarts the answer with its own Retry_Ack_Set."""

import random

from amaranth.hdl import Const, Module, Mux
from amaranth.lib import stream, wiring
from amaranth.lib.wiring import In, Out

from hdl_py.link.dllcb_tx import DllcbSender
from hdl_py.link.retry_buffer import RetryBuffer, backed_up_flit_layout
from hdl_py.link.retry_sm import RetryAckSm, RetryAckState
from hdl_py.link.rx_parser import RETRY_IDLE, RETRY_REQ
from sim.model import dll
from tests.lib.simhelpers import run_simulation, stream_put


class _Harness(wiring.Component):
    """RETRY_ACK_SM + retry buffer + DLLCB sender; the output takes the DLLCB sender's flits
    first, then the resend (the transmitter's mux, reduced to these two sources)."""

    def __init__(self, depth):
        self.sm = RetryAckSm()
        self.rb = RetryBuffer(depth=depth, release_bits=8)
        self.cb = DllcbSender()
        super().__init__({
            "wr": In(stream.Signature(backed_up_flit_layout())),
            "retry_valid": In(1), "retry_type": In(2), "retry_flit": In(160),
            "other_flit": In(1),
            "o_valid": Out(1), "o_data": Out(160), "state": Out(RetryAckState),
            "req_rx": Out(1), "free": Out(16), "wr_ptr": Out(16),
        })

    def elaborate(self, platform):
        m = Module()
        m.submodules.sm, m.submodules.rb, m.submodules.cb = self.sm, self.rb, self.cb
        sm, rb, cb = self.sm, self.rb, self.cb
        wiring.connect(m, wiring.flipped(self.wr), rb.wr)
        m.d.comb += [
            sm.retry_valid.eq(self.retry_valid), sm.retry_type.eq(self.retry_type),
            sm.retry_flit.eq(self.retry_flit), sm.other_flit.eq(self.other_flit),
            sm.buf_num_free.eq(rb.num_free_buf), sm.buf_wr_ptr.eq(rb.wr_ptr),
            sm.replaying.eq(rb.replaying), sm.ack_set_done.eq(cb.ack_set_done),
            cb.ack_set.eq(sm.ack_set), cb.ack_num_retry.eq(sm.ack_num_retry),
            cb.ack_num_free_buf.eq(sm.ack_num_free_buf), cb.ack_rd_ptr.eq(sm.ack_rd_ptr),
            cb.ack_wr_ptr.eq(sm.ack_wr_ptr),
            rb.replay.eq(sm.replay), rb.rcv_ptr.eq(sm.rcv_ptr),
            cb.o.ready.eq(1), rb.rd.ready.eq(~cb.o.valid),
            self.o_valid.eq(cb.o.valid | rb.rd.valid),
            self.o_data.eq(Mux(cb.o.valid, cb.o.payload.data, rb.rd.payload.data)),
            self.state.eq(sm.state), self.req_rx.eq(sm.req_rx),
            self.free.eq(rb.num_free_buf), self.wr_ptr.eq(rb.wr_ptr),
        ]
        return m


def _run(depth, sent, sets, *, lose=()):
    """Back up ``sent`` flits, then feed each set in ``sets`` (a list of (rcv_ptr, num_retry,
    gap_cycles_before)) as retry-block reports, dropping the copies whose index is in
    ``lose``; return the flits out, the req_rx count and the final state."""
    dut = _Harness(depth)
    out = []
    info = {}

    async def tb(ctx):
        for data in sent:
            await stream_put(ctx, dut.wr, {"data": data, "sob": 1, "eob": 1})
        info["free"], info["wr_ptr"] = ctx.get(dut.free), ctx.get(dut.wr_ptr)
        for rcv_ptr, num_retry, gap in sets:
            ctx.set(dut.other_flit, 1)                 # some other flit before the set
            await ctx.tick()
            ctx.set(dut.other_flit, 0)
            for _ in range(gap):
                await ctx.tick()
            flits = dll.retry_req_set(rcv_ptr=rcv_ptr, num_retry=num_retry, num_phy_reinit=0)
            for k, f in enumerate(flits):
                if k in lose:
                    ctx.set(dut.retry_valid, 0)
                else:
                    ctx.set(dut.retry_valid, 1)
                    ctx.set(dut.retry_type, RETRY_IDLE if k == 0 else RETRY_REQ)
                    ctx.set(dut.retry_flit, int.from_bytes(f, "little"))
                await ctx.tick()
            ctx.set(dut.retry_valid, 0)
        for _ in range(depth + 100):
            await ctx.tick()
        info["state"] = ctx.get(dut.state)

    async def mon(ctx):
        info["req_rx"] = 0
        async for _c, _r, v, d, rq in ctx.tick().sample(dut.o_valid, dut.o_data, dut.req_rx):
            if v:
                out.append(Const.cast(d).value.to_bytes(20, "little"))
            info["req_rx"] += rq
    run_simulation(dut, tb, background=[mon], max_cycles=20_000)
    return out, info


def _flit(k):
    return random.Random(k).randbytes(20)


def test_retry_req_answered_by_ack_set_then_exact_resend():
    sent = [int.from_bytes(_flit(k), "little") for k in range(100)]
    out, info = _run(128, sent, [(37, 3, 0)])
    ack = dll.retry_ack_set(num_retry=3, num_free_buf=info["free"], rd_ptr=37,
                            wr_ptr=info["wr_ptr"])
    assert info["free"] == 28 and info["wr_ptr"] == 100
    assert out[:33] == ack                              # the Retry_Ack_Set, byte for byte
    assert out[33:] == [_flit(k) for k in range(37, 100)]   # exactly from RcvPtr, in order
    assert info["req_rx"] == 1 and info["state"] == RetryAckState.NORMAL


def test_lost_copies_still_one_answer():
    """Copies of the set lost (the Retry_Idle and some Retry_Req): one answer all the same."""
    sent = [int.from_bytes(_flit(k), "little") for k in range(40)]
    out, info = _run(64, sent, [(10, 1, 0)], lose={0, 1, 2, 9, 31})
    assert out[33:] == [_flit(k) for k in range(10, 40)]
    assert len(out) == 33 + 30 and info["req_rx"] == 1


def test_new_set_restarts_the_answer():
    """A second request while the first is being answered (here right after it): answered
    again from its own RcvPtr."""
    sent = [int.from_bytes(_flit(k), "little") for k in range(60)]
    out, info = _run(64, sent, [(5, 1, 0), (50, 2, 0)])
    assert info["req_rx"] == 2
    tail = dll.retry_ack_set(num_retry=2, num_free_buf=4, rd_ptr=50, wr_ptr=60) + \
        [_flit(k) for k in range(50, 60)]
    assert out[-len(tail):] == tail


def _feed(depth, sent, events, *, tail=None):
    """Back up ``sent`` flits, then play ``events``, one a cycle: ``("req", rcv_ptr,
    num_retry)``, ``("idle",)``, ``("other",)`` (a foreign flit) or ``("gap", cycles)``;
    return the flits out, the req_rx count and the final state."""
    dut = _Harness(depth)
    out = []
    info = {}

    async def tb(ctx):
        for data in sent:
            await stream_put(ctx, dut.wr, {"data": data, "sob": 1, "eob": 1})
        info["free"], info["wr_ptr"] = ctx.get(dut.free), ctx.get(dut.wr_ptr)
        for ev in events:
            if ev[0] == "gap":
                for _ in range(ev[1]):
                    await ctx.tick()
                continue
            if ev[0] == "other":
                ctx.set(dut.other_flit, 1)
            else:
                f = (dll.control_block("RETRY_IDLE")[0] if ev[0] == "idle" else
                     dll.retry_req_set(rcv_ptr=ev[1], num_retry=ev[2], num_phy_reinit=0)[1])
                ctx.set(dut.retry_valid, 1)
                ctx.set(dut.retry_type, RETRY_IDLE if ev[0] == "idle" else RETRY_REQ)
                ctx.set(dut.retry_flit, int.from_bytes(f, "little"))
            await ctx.tick()
            ctx.set(dut.retry_valid, 0)
            ctx.set(dut.other_flit, 0)
        for _ in range(tail or depth + 100):
            await ctx.tick()
        info["state"] = ctx.get(dut.state)

    async def mon(ctx):
        info["req_rx"] = 0
        async for _c, _r, v, d, rq in ctx.tick().sample(dut.o_valid, dut.o_data, dut.req_rx):
            if v:
                out.append(Const.cast(d).value.to_bytes(20, "little"))
            info["req_rx"] += rq
    run_simulation(dut, tb, background=[mon], max_cycles=20_000)
    return out, info


def _slow_set(rcv_ptr, num_retry, *, every=4, foreign_after=(), copies=32):
    """A set whose copies come one every ``every`` cycles (a narrower receive direction), with
    a foreign flit after each copy index in ``foreign_after``."""
    ev = [("idle",), ("gap", every - 1)]
    for k in range(copies):
        ev += [("req", rcv_ptr, num_retry), ("gap", every - 1)]
        if k in foreign_after:
            ev += [("other",), ("gap", every - 1)]
    return ev


def test_foreign_flit_inside_a_set_is_not_a_new_set():
    """A data flit or another control block among the 32 copies (here three of them, the set
    arriving slowly so the answer is over before its last copy): the copies after it are the
    same set, not answered again -- a second answer would resend RcvPtr .. WrPtr-1 to a peer
    that has taken them already. Exactly one Retry_Ack_Set and one resend; NORMAL after."""
    sent = [int.from_bytes(_flit(k), "little") for k in range(40)]
    out, info = _feed(64, sent, [("other",)] + _slow_set(10, 1, foreign_after={19, 24, 30}))
    ack = dll.retry_ack_set(num_retry=1, num_free_buf=info["free"], rd_ptr=10,
                            wr_ptr=info["wr_ptr"])
    assert out == ack + [_flit(k) for k in range(10, 40)]
    assert info["req_rx"] == 1 and info["state"] == RetryAckState.NORMAL


def test_a_different_request_after_a_foreign_flit_is_answered():
    """Copies with other fields are another request (a new set restarts ACK, E4 §4.7.3.4),
    without a Retry_Idle and while the first is being answered: the peer gets a
    Retry_Ack_Set with its new request's fields."""
    sent = [int.from_bytes(_flit(k), "little") for k in range(40)]
    ev = [("other",), ("idle",)] + [("req", 5, 1)] * 6 + [("other",)] + [("req", 30, 2)] * 20
    out, info = _feed(64, sent, ev)
    assert info["req_rx"] == 2 and info["state"] == RetryAckState.NORMAL
    # The new request came while the first answer's set was going: that set is finished,
    # then a whole one with the new request's fields, then the resend from its RcvPtr.
    first = dll.retry_ack_set(num_retry=1, num_free_buf=24, rd_ptr=5, wr_ptr=40)
    second = dll.retry_ack_set(num_retry=2, num_free_buf=24, rd_ptr=30, wr_ptr=40)
    assert out == first + second + [_flit(k) for k in range(30, 40)]


def test_same_request_again_needs_its_retry_idle():
    """A later set with the same fields (a new retry event from the same RcvPtr) is answered
    when its Retry_Idle comes; with the Retry_Idle lost it is taken for the answered set's
    copies, however many other flits came between, and the requester's next set (NUM_RETRY
    one up after its timeout) is answered."""
    sent = [int.from_bytes(_flit(k), "little") for k in range(40)]
    one = [("idle",)] + [("req", 8, 1)] * 32
    once = dll.retry_ack_set(num_retry=1, num_free_buf=24, rd_ptr=8, wr_ptr=40) + \
        [_flit(k) for k in range(8, 40)]
    out, info = _feed(64, sent, [("other",)] + one + [("gap", 200)] + [("other",)] * 40 + one)
    assert info["req_rx"] == 2 and out == once + once
    lost = [("req", 8, 1)] * 32
    again = [("idle",)] + [("req", 8, 2)] * 32
    out, info = _feed(64, sent, [("other",)] + one + [("gap", 200)] + [("other",)] * 40 + lost
                      + [("gap", 200)] + again)
    twice = dll.retry_ack_set(num_retry=2, num_free_buf=24, rd_ptr=8, wr_ptr=40) + \
        [_flit(k) for k in range(8, 40)]
    assert info["req_rx"] == 2 and out == once + twice
