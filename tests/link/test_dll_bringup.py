"""Two ends of a link brought up from PHY LinkUp to DLL_Normal over a wire, with the spec data
link's control parts in gateware at both ends (UB Base Specification 2.0, E4 §4.2, §4.4,
§4.6.1, §4.7.3): the data link state machine, the DLLCB sender, RETRY_REQ_SM, RETRY_ACK_SM,
the retry buffer and the receive parser. No DLLDPs yet (the transmitter and receiver cores
are not built), so the test harness below stands in for the few lines of them this needs: the
transmit mux (the DLLCB sender, else the resend, switching only at block ends) and the
receiver's RcvPtr (the flits of every good block received, as the next index in the peer's
retry buffer).

What is checked, exactly: both ends reach DLL_Normal with the parameters
:func:`dll.negotiate` gives for their two (different) capability sets, each end's initial
credit is exactly what the other granted (:func:`dll.init_credit_blocks`), and every flit on
the wire is accounted for. Faults: an end that comes up late (its first Retry_Req_Sets are
lost, the WAIT timeout resends them); a damaged flit of an Init Block, a Crd_Ack or a
Retry_Ack: recovered by a Retry_Req_Set from the receiver and the resend from exactly its
RcvPtr, seen on the wire flit by flit."""

import random

import pytest
from amaranth.hdl import Const, Module, Mux, ResetInserter, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from hdl_py.link.dll_sm import DllState, DllStateMachine
from hdl_py.link.dllcb_tx import DllcbSender
from hdl_py.link.retry_buffer import RetryBuffer
from hdl_py.link.retry_sm import RetryAckSm, RetryReqSm
from hdl_py.link.rx_parser import RETRY_ACK, DllRxParser
from hdl_py.proto import decode
from hdl_py.proto.dll import Lch
from sim.model import dll
from tests.lib.simhelpers import run_simulation
from tests.link.test_dll_sm import model_params, read_params

S = DllState
US_CYCLES = 4            # a "microsecond" of 4 cycles keeps the WAIT timeout short
WAIT_US = 40             # 160 cycles: longer than a Retry_Req_Set round trip


class _End(wiring.Component):
    """One end: the spec control parts and the harness's transmit mux and RcvPtr."""

    def __init__(self, *, vls, depth):
        self.vls, self.depth = vls, depth
        self.sm = DllStateMachine(vls=vls)
        self.cb = DllcbSender()
        self.req = RetryReqSm(us_cycles=US_CYCLES)
        self.ack = RetryAckSm()
        self.rb = RetryBuffer(depth=depth, release_bits=8)
        self.parser = DllRxParser()
        super().__init__({
            "tx_valid": Out(1), "tx_data": Out(160), "tx_sob": Out(1), "tx_resend": Out(1),
            "rx_valid": In(1), "rx_data": In(160),
            "rcv_ptr": Out(16),
        })

    def elaborate(self, platform):
        m = Module()
        sm, cb, req, ack, rb, parser = self.sm, self.cb, self.req, self.ack, self.rb, self.parser
        reset = sm.link_reset
        m.submodules.sm = sm
        m.submodules.cb = ResetInserter(reset)(cb)
        m.submodules.req = ResetInserter(reset)(req)
        m.submodules.ack = ResetInserter(reset)(ack)
        m.submodules.rb = rb
        m.submodules.parser = ResetInserter(reset)(parser)

        # -- receive --
        m.d.comb += [
            parser.i.valid.eq(self.rx_valid & sm.rx_enable), parser.i.payload.eq(self.rx_data),
            parser.discard.eq(req.discard),
            sm.rx_valid.eq(parser.o.valid), sm.rx.eq(parser.o.payload),
        ]
        # RcvPtr: the flits of every good block received (E4 §4.7.3.2.3). Only DLLCBs come
        # here, none of them a Null Block; the peer's buffer is as deep as ours.
        blk_flits = Signal(6)
        m.d.sync += blk_flits.eq(Mux(parser.o.valid, Mux(parser.o.payload.eob, 0, blk_flits + 1),
                                     blk_flits))
        with m.If(reset):
            m.d.sync += self.rcv_ptr.eq(0)
        with m.Elif(parser.o.valid & parser.o.payload.eob & parser.o.payload.good):
            nxt = self.rcv_ptr + blk_flits + 1
            m.d.sync += self.rcv_ptr.eq(Mux(nxt >= self.depth, nxt - self.depth, nxt))

        # -- RETRY_REQ_SM: a block error, or the handshake at link-up --
        retrain = Signal()
        m.d.sync += retrain.eq(req.retrain_req)
        m.d.comb += [
            req.blk_err.eq(sm.retry_start | parser.hdr_err | parser.crc_err),
            req.set_sent.eq(cb.req_set_done),
            req.retry_ack.eq(parser.retry_valid & (parser.retry_type == RETRY_ACK)),
            req.retrain_done.eq(retrain),
            req.wait_timeout_us.eq(WAIT_US), req.num_retry_threshold.eq(15),
            req.num_phy_reinit_threshold.eq(4),
            cb.req_set.eq(req.send_req_set), cb.req_rcv_ptr.eq(self.rcv_ptr),
            cb.req_num_retry.eq(req.num_retry), cb.req_num_phy_reinit.eq(req.num_phy_reinit),
            sm.retry_state.eq(req.state),
        ]
        # -- RETRY_ACK_SM and the retry buffer --
        m.d.comb += [
            ack.retry_valid.eq(parser.retry_valid), ack.retry_type.eq(parser.retry_type),
            ack.retry_flit.eq(parser.retry_flit), ack.other_flit.eq(parser.o.valid),
            ack.buf_num_free.eq(rb.num_free_buf), ack.buf_wr_ptr.eq(rb.wr_ptr),
            ack.replaying.eq(rb.replaying), ack.ack_set_done.eq(cb.ack_set_done),
            cb.ack_set.eq(ack.ack_set), cb.ack_num_retry.eq(ack.ack_num_retry),
            cb.ack_num_free_buf.eq(ack.ack_num_free_buf), cb.ack_rd_ptr.eq(ack.ack_rd_ptr),
            cb.ack_wr_ptr.eq(ack.ack_wr_ptr),
            rb.replay.eq(ack.replay), rb.rcv_ptr.eq(ack.rcv_ptr), rb.clear.eq(reset),
            rb.release.eq(0),
        ]
        # -- the state machine's DLLCBs --
        m.d.comb += [
            cb.allow.eq(~ack.hold & ~reset),
            cb.init.eq(sm.init), cb.init_block.eq(sm.init_block), sm.init_done.eq(cb.init_done),
            cb.crd_ack.eq(sm.crd_ack), cb.crd_t.eq(1), cb.crd_sd.eq(sm.crd_sd),
            cb.crd_ack_num.eq(0), cb.crd_num.eq(sm.crd_num),
            sm.crd_ack_done.eq(cb.crd_ack_done), cb.nob.eq(0),
        ]

        # -- transmit: the DLLCB sender, else the resend; a block is never cut --
        in_resend = Signal()       # a resent block is under way
        in_cb = Signal()
        use_cb = ~in_resend & cb.o.valid
        use_rb = ~use_cb & ~in_cb & rb.rd.valid
        m.d.comb += [
            cb.o.ready.eq(use_cb), rb.rd.ready.eq(use_rb),
            self.tx_valid.eq(use_cb | use_rb),
            self.tx_data.eq(Mux(use_cb, cb.o.payload.data, rb.rd.payload.data)),
            self.tx_sob.eq(Mux(use_cb, cb.o.payload.sob, rb.rd.payload.sob)),
            self.tx_resend.eq(use_rb),
            rb.wr.valid.eq(use_cb & cb.o.payload.backed_up),
            rb.wr.payload.data.eq(cb.o.payload.data), rb.wr.payload.sob.eq(cb.o.payload.sob),
            rb.wr.payload.eob.eq(cb.o.payload.eob),
        ]
        with m.If(use_cb):
            m.d.sync += in_cb.eq(~cb.o.payload.eob)
        with m.If(use_rb):
            m.d.sync += in_resend.eq(~rb.rd.payload.eob)
        return m


class _Pair(wiring.Component):
    def __init__(self, *, vls=(16, 16), depth=(256, 256)):
        self.a = _End(vls=vls[0], depth=depth[0])
        self.b = _End(vls=vls[1], depth=depth[1])
        super().__init__({})

    def elaborate(self, platform):
        m = Module()
        m.submodules.a, m.submodules.b = self.a, self.b
        return m


def _cfg(caps):
    out = {k: getattr(caps, k) for k in (
        "feature_id", "rxbuf_vl_share", "data_ack_grain_size", "ctrl_ack_grain_size",
        "flow_ctrl_size", "vl_enable", "retry_buf_depth", "packet_min_interval")}
    out["ctrl_credit_grain"] = list(caps.ctrl_credit_grain)
    out["data_credit_grain"] = list(caps.data_credit_grain)
    return out


def _bytes(v):
    return Const.cast(v).value.to_bytes(20, "little")


def _bring_up(caps, grant, *, vls=(16, 16), latency=3, up_at=(2, 2), corrupt=None,
              cycles=3000):
    """Bring the pair up. ``caps``/``grant``: (A, B) capabilities and `Cfg Remote crd vlN`.
    ``corrupt``: (end, predicate(k, flit)) -- flip a bit of each flit end sends for which
    ``predicate`` holds (``k``: the flit's index on that end's wire). Returns a dict of what
    was seen; ``wire`` holds each end's flits as sent (cycle, bytes, resent), before damage."""
    dut = _Pair(vls=vls, depth=(caps[0].retry_buf_depth, caps[1].retry_buf_depth))
    ends = {"a": dut.a, "b": dut.b}
    seen = {e: {"wire": [], "normal_at": None, "req_rx": 0, "ack_timeout": 0,
                "crc_err": 0, "hdr_err": 0} for e in ends}

    async def tb(ctx):
        for end, c, g, v in zip(ends.values(), caps, grant, vls, strict=True):
            ctx.set(end.sm.cfg, _cfg(c))
            for vl in range(v):
                ctx.set(end.sm.remote_crd[vl], g[vl])
        lines = {e: [None] * latency for e in ends}
        for cycle in range(cycles):
            for i, e in enumerate(ends):
                if cycle == up_at[i]:
                    ctx.set(ends[e].sm.link_up, 1)
            await ctx.delay(1e-9)
            for e, end in ends.items():
                s = seen[e]
                flit = None
                if ctx.get(end.tx_valid):
                    raw = _bytes(ctx.get(end.tx_data))
                    k = len(s["wire"])
                    # The wire record keeps the flit as sent; the peer gets the damage.
                    s["wire"].append((cycle, raw, bool(ctx.get(end.tx_resend))))
                    flit = raw
                    if corrupt and corrupt[0] == e and corrupt[1](k, raw):
                        flit = bytes([raw[0], raw[1] ^ 0x10]) + raw[2:]
                lines[e].append(flit)
                s["req_rx"] += ctx.get(end.ack.req_rx)
                s["ack_timeout"] += ctx.get(end.req.ack_timeout)
                s["crc_err"] += ctx.get(end.parser.crc_err)
                s["hdr_err"] += ctx.get(end.parser.hdr_err)
                if s["normal_at"] is None and ctx.get(end.sm.state) == S.DLL_NORMAL:
                    s["normal_at"] = cycle
            for e, other in (("a", "b"), ("b", "a")):
                flit = lines[e].pop(0)
                ctx.set(ends[other].rx_valid, flit is not None)
                if flit is not None:
                    ctx.set(ends[other].rx_data, int.from_bytes(flit, "little"))
            await ctx.tick()
            if all(seen[e]["normal_at"] is not None for e in ends) and \
                    cycle > max(seen[e]["normal_at"] for e in ends) + 2 * latency + 40:
                break
        for e, end in ends.items():
            s = seen[e]
            p = end.sm.params
            s["params"] = read_params(ctx, p)
            s["init_crd"] = tuple(ctx.get(end.sm.init_crd[v]) for v in range(end.vls))
            s["state"] = S(ctx.get(end.sm.state))
            s["retry_state"] = ctx.get(end.req.state)
            s["wr_ptr"] = ctx.get(end.rb.wr_ptr)
            s["rcv_ptr"] = ctx.get(end.rcv_ptr)

    run_simulation(dut, tb, max_cycles=cycles + 20)
    return seen


def _masked(caps, vls):
    return caps.with_(vl_enable=caps.vl_enable & ((1 << vls) - 1) | 1)


def _blocks(wire):
    """The wire's flits cut into blocks by the model: (kind, flits, resent) per block; Retry
    Blocks are one flit each."""
    out, k = [], 0
    while k < len(wire):
        _c, f, resent = wire[k]
        kind = dll.dllcb_type_of(f)
        assert kind is not None, f"flit {k} on the wire starts no DLLCB"
        n = decode(Lch, f[:4])["clength"] + 1
        out.append((kind, [w[1] for w in wire[k:k + n]], resent))
        k += n
    return out


CAPS_A = dll.DllCapabilities(
    feature_id=2, rxbuf_vl_share=1, data_ack_grain_size=0x30, ctrl_ack_grain_size=0x03,
    flow_ctrl_size=0x18, vl_enable=0x00FF, retry_buf_depth=256, packet_min_interval=3,
    ctrl_credit_grain=(0x01, 0x06, 0x04, 0x10) * 4, data_credit_grain=(0x0C,) * 16)
CAPS_B = dll.DllCapabilities(
    feature_id=1, rxbuf_vl_share=0, data_ack_grain_size=0x60, ctrl_ack_grain_size=0x01,
    flow_ctrl_size=0x0C, vl_enable=0x000F, retry_buf_depth=192, packet_min_interval=0,
    ctrl_credit_grain=(0x03, 0x04, 0x02, 0x18) * 4, data_credit_grain=(0x04, 0x24) * 8)
GRANT_A = [300, 70, 5, 900] + [40] * 12          # what A grants B, cells per VL
GRANT_B = [64, 1000, 129, 12] + [0] * 12


def _check_agreement(seen, caps=(CAPS_A, CAPS_B), grant=(GRANT_A, GRANT_B), vls=(16, 16)):
    a, b = _masked(caps[0], vls[0]), _masked(caps[1], vls[1])
    pa, pb = dll.negotiate(a, b), dll.negotiate(b, a)
    assert seen["a"]["state"] == seen["b"]["state"] == S.DLL_NORMAL
    assert seen["a"]["params"] == model_params(pa)
    assert seen["b"]["params"] == model_params(pb)
    # Both ends agree on every negotiated value (not on the peer's own depth and spacing).
    for k in ("feature_id", "data_ack_grain", "ctrl_ack_grain", "cell_flits", "vl_enable",
              "ctrl_credit_grain", "data_credit_grain"):
        assert getattr(pa, k) == getattr(pb, k), k
    # Each end's initial credit is exactly the other's grant, split as the model splits it.
    for me, peer, g, p in (("a", "b", grant[1], pb), ("b", "a", grant[0], pa)):
        blocks = dll.init_credit_blocks(list(g) + [0] * (16 - len(g)), p.ctrl_credit_grain,
                                        p.vl_enable)
        want = dll.initial_credit([c for c, _ in blocks], p.ctrl_credit_grain)
        assert seen[me]["init_crd"] == want[:vls[0 if me == "a" else 1]], me
        sent = [blk for blk in _blocks(seen[peer]["wire"]) if blk[0] == "CRD_ACK" and
                not blk[2]]
        got = [dll.parse_dllcb(f).fields for _k, f, _r in sent]
        assert [(tuple(x["crd_num"]), x["sd"]) for x in got] == blocks, peer
    return pa


def test_two_ends_with_different_capabilities_agree():
    """E4 §4.2/§4.4: different capabilities, one smallest common value for each; credit
    initialised both ways; nothing retried on a clean wire; the wire carries exactly the
    handshake (a Retry_Req_Set and a Retry_Ack_Set each way), one Init Block and the T = 1
    Crd_Acks each way."""
    seen = _bring_up((CAPS_A, CAPS_B), (GRANT_A, GRANT_B))
    _check_agreement(seen)
    for e in "ab":
        kinds = [k for k, _f, _r in _blocks(seen[e]["wire"])]
        assert kinds.count("RETRY_IDLE") == 2 and kinds.count("RETRY_REQ") == 32
        assert kinds.count("RETRY_ACK") == 32 and kinds.count("INIT") == 1
        assert seen[e]["req_rx"] == 1 and seen[e]["ack_timeout"] == 0
        assert seen[e]["crc_err"] == seen[e]["hdr_err"] == 0
        assert not any(r for _c, _f, r in seen[e]["wire"])      # nothing resent
    # Every backed-up flit sent is one the peer counted: WrPtr here == RcvPtr there.
    assert seen["a"]["wr_ptr"] == seen["b"]["rcv_ptr"]
    assert seen["b"]["wr_ptr"] == seen["a"]["rcv_ptr"]


@pytest.mark.parametrize("vls", [(4, 16), (2, 1)])
def test_ends_with_fewer_vls_built(vls):
    seen = _bring_up((CAPS_A, CAPS_B), (GRANT_A[:vls[0]], GRANT_B[:vls[1]]), vls=vls)
    _check_agreement(seen, grant=(GRANT_A[:vls[0]], GRANT_B[:vls[1]]), vls=vls)


def test_late_end_is_reached_by_the_wait_timeout():
    """B finishes PHY link-up 300 cycles after A: A's first Retry_Req_Set reaches an end in
    DLL_Disabled and is lost; RETRY_REQ_SM's WAIT timeout sends it again (E4 §4.3.4.1) and the
    link comes up all the same."""
    seen = _bring_up((CAPS_A, CAPS_B), (GRANT_A, GRANT_B), up_at=(2, 300))
    _check_agreement(seen)
    assert seen["a"]["ack_timeout"] >= 1 and seen["b"]["ack_timeout"] == 0
    assert seen["b"]["req_rx"] == 1          # B answered once, the set after it came up


def _retry_seen(seen, victim, damaged_kind):
    """After damage to ``victim``'s flits: the other end asked once more than the handshake,
    and ``victim`` answered with a Retry_Ack_Set and then resent from exactly the other end's
    RcvPtr at the failure, flit by flit."""
    other = "b" if victim == "a" else "a"
    assert seen[other]["crc_err"] + seen[other]["hdr_err"] >= 1
    assert seen[victim]["req_rx"] == 2
    blocks = _blocks(seen[victim]["wire"])
    # The Retry_Ack_Set answering the second request, and the RcvPtr that request carried.
    acks = [i for i, (k, _f, _r) in enumerate(blocks) if k == "RETRY_ACK"]
    second = acks[32:]
    assert len(second) == 32
    rd_ptr = dll.parse_dllcb(blocks[second[0]][1]).fields["rd_ptr"]
    backed = [f for k, fl, r in blocks if not r and k not in ("RETRY_IDLE", "RETRY_REQ",
                                                              "RETRY_ACK", "NULL")
              for f in fl]
    resent = [f for _k, fl, r in blocks if r for f in fl]
    assert resent == backed[rd_ptr:rd_ptr + len(resent)]
    assert len(resent) >= 1 and blocks[second[-1] + 1][2]      # resend right after the set
    damaged = [b for b in blocks if b[0] == damaged_kind]
    assert any(b[2] for b in damaged)          # the damaged block came again


@pytest.mark.parametrize("victim,kind,flit", [("a", "INIT", 2), ("b", "INIT", 0),
                                              ("a", "CRD_ACK", 1)])
def test_damaged_block_is_recovered_by_retry(victim, kind, flit):
    """One flit of a backed-up block damaged on the wire (``flit``: which flit of the block;
    0 breaks its LCH): the receiver's RETRY_REQ_SM asks for it, the sender resends from the
    receiver's RcvPtr, and the link comes up with the same parameters and credit as on a
    clean wire."""
    state = {"start": None, "done": False}

    def pred(k, raw):
        if state["done"]:
            return False
        if state["start"] is None and dll.dllcb_type_of(raw) == kind:
            state["start"] = k
        if state["start"] is not None and k == state["start"] + flit:
            state["done"] = True
            return True
        return False
    seen = _bring_up((CAPS_A, CAPS_B), (GRANT_A, GRANT_B), corrupt=(victim, pred))
    assert state["done"]
    _check_agreement(seen)
    _retry_seen(seen, victim, kind)


def test_damaged_retry_ack_is_survived():
    """Retry_Ack Blocks damaged in the handshake (copies lost, the set still recognised by the
    rest): the link comes up and nothing is resent."""
    hit = []

    def pred(k, raw):
        if dll.dllcb_type_of(raw) == "RETRY_ACK" and len(hit) < 8:
            hit.append(k)
            return True
        return False
    seen = _bring_up((CAPS_A, CAPS_B), (GRANT_A, GRANT_B), corrupt=("b", pred))
    assert len(hit) == 8
    _check_agreement(seen)


@pytest.mark.parametrize("seed", [11, 12])
def test_random_capabilities_and_latency(seed):
    rng = random.Random(seed)

    def caps():
        return dll.DllCapabilities(
            feature_id=rng.randrange(1, 3), rxbuf_vl_share=rng.randrange(2),
            data_ack_grain_size=rng.getrandbits(8), ctrl_ack_grain_size=rng.getrandbits(8),
            flow_ctrl_size=rng.getrandbits(8), vl_enable=rng.getrandbits(16) | 1,
            retry_buf_depth=rng.choice((64, 128, 200)), packet_min_interval=rng.randrange(9),
            ctrl_credit_grain=tuple(rng.getrandbits(8) for _ in range(16)),
            data_credit_grain=tuple(rng.getrandbits(8) for _ in range(16)))
    c = (caps(), caps())
    g = ([rng.randrange(2000) for _ in range(16)], [rng.randrange(2000) for _ in range(16)])
    seen = _bring_up(c, g, latency=rng.randrange(1, 12))
    _check_agreement(seen, caps=c, grant=g)
