"""Two ends of the spec data link (hdl_py/link/dll_link.py) over a wire with latency and
damage: link-up and negotiation, then traffic both ways on several VLs.

Checked: every packet delivered exactly once and in order per VL, byte for byte with its CFG;
no Flow Control Overflow, ACK overflow or Receive Buffer Overflow; when the traffic is over
and the link idle, each end holds exactly the credit the other granted (nothing leaked); a
damaged flit costs a Retry_Req_Set and a resend (counted), never a packet."""

import random

import pytest
from amaranth.hdl import Const, Module
from amaranth.lib import wiring

from hdl_py.lib.stream import packet_to_beats
from hdl_py.link.dll_link import DllLink
from hdl_py.link.dll_sm import DllState
from sim.model import dll
from tests.lib.dllhelpers import put
from tests.lib.simhelpers import run_simulation

CFGS = sorted(dll.DLLDP_CFGS)


def _caps(*, depth, vl_enable=0xF, cell=0x08):
    return {"feature_id": 1, "rxbuf_vl_share": 0, "data_ack_grain_size": 0x20,
            "ctrl_ack_grain_size": 0x01, "flow_ctrl_size": cell, "vl_enable": vl_enable,
            "retry_buf_depth": depth, "packet_min_interval": 1,
            "ctrl_credit_grain": [0x01] * 16, "data_credit_grain": [0x04] * 16}


class _Pair(wiring.Component):
    def __init__(self, *, retry_depth, **kw):
        da, db = retry_depth if isinstance(retry_depth, tuple) else (retry_depth,) * 2
        self.a = DllLink(retry_depth=da, **kw)
        self.b = DllLink(retry_depth=db, **kw)
        super().__init__({})

    def elaborate(self, platform):
        m = Module()
        m.submodules.a, m.submodules.b = self.a, self.b
        return m




def _run(traffic, *, vls=4, vl_flits=64, retry_depth=256, latency=4, damage=0.0, seed=0,
         cycles=8000, idle_after=600, grant=None, caps=None, retry_off=False):
    """``traffic``: {"a": [(payload, vl, cfg)], "b": [...]}: what each end sends. ``damage``:
    probability a flit on the wire gets a bit flipped (after link-up)."""
    caps = caps or (_caps(depth=0), _caps(depth=0))
    dut = _Pair(vls=vls, vl_flits=vl_flits, retry_depth=retry_depth, us_cycles=2)
    ends = {"a": dut.a, "b": dut.b}
    rng = random.Random(seed)
    grant = grant or [vl_flits // 8] * vls
    seen = {e: {"pkts": [], "ev": {}} for e in ends}
    events = ("dlldp_sent", "dlldp_rx", "resent_flit", "crc_err", "hdr_err", "retry_req_sent",
              "fc_overflow", "ack_overflow", "rx_buf_overflow", "retry_error", "dropped")

    def producer(end, pkts):
        async def desc_tb(ctx):
            for payload, vl, cfg in pkts:
                await put(ctx, end.desc, {"nbytes": len(payload),
                                           "plength": dll.plength_for(len(payload)),
                                           "vl": vl, "cfg": cfg, "rt": 0, "error_flag": 0})

        async def data_tb(ctx):
            for payload, *_ in pkts:
                for beat in packet_to_beats(payload, 32):
                    await put(ctx, end.i, beat)
        return desc_tb, data_tb

    async def wire_tb(ctx):
        for end, c in zip(ends.values(), caps, strict=True):
            ctx.set(end.cfg, c)
            for v in range(vls):
                ctx.set(end.remote_crd[v], grant[v])
                ctx.set(end.crd_return[v], 8)
            ctx.set(end.wait_timeout_us, 100)
            ctx.set(end.lockout_threshold, 40)
            ctx.set(end.retry_off, retry_off)
        lines = {e: [None] * latency for e in ends}
        pkt = {e: None for e in ends}
        retrain = {e: 0 for e in ends}
        ctx.set(dut.a.link_up, 1)
        ctx.set(dut.b.link_up, 1)
        total = {e: len(traffic[o]) for e, o in (("a", "b"), ("b", "a"))}
        done_at = None
        for cycle in range(cycles):
            for e, end in ends.items():
                ctx.set(end.phy_tx.ready, 1)
                ctx.set(end.o.ready, rng.random() >= 0.1)
                ctx.set(end.retrain_done, retrain[e])
            await ctx.delay(1e-9)
            for e, other in (("a", "b"), ("b", "a")):
                end = ends[e]
                flit = None
                if ctx.get(end.phy_tx.valid):
                    flit = Const.cast(ctx.get(end.phy_tx.payload)).value.to_bytes(20, "little")
                    up = ctx.get(dut.a.state) == ctx.get(dut.b.state) == DllState.DLL_NORMAL
                    if up and rng.random() < damage:
                        flit = bytes([flit[0], flit[1] ^ 0x20]) + flit[2:]
                lines[e].append(flit)
                f = lines[e].pop(0)
                ctx.set(ends[other].phy_rx.valid, f is not None)
                if f is not None:
                    ctx.set(ends[other].phy_rx.payload, int.from_bytes(f, "little"))
                retrain[e] = ctx.get(end.retrain_req)
                # the upper layer
                if ctx.get(end.o.valid) and ctx.get(end.o.ready):
                    b = end.o.payload
                    data = Const.cast(ctx.get(b.data)).value.to_bytes(32, "little")
                    if pkt[e] is None:
                        pkt[e] = {"data": b"", "vl": ctx.get(b.side.vl),
                                  "cfg": ctx.get(b.side.cfg)}
                    pkt[e]["data"] += data[:ctx.get(b.nbytes)]
                    if ctx.get(b.last):
                        seen[e]["pkts"].append(pkt[e])
                        pkt[e] = None
                for k in events:
                    seen[e]["ev"][k] = seen[e]["ev"].get(k, 0) + ctx.get(getattr(end, k))
                if ctx.get(end.status_up):       # in DLL_Normal, after the link-up handshake
                    for k in ("retry_req_sent", "resent_flit"):
                        seen[e]["ev"][f"{k}_up"] = (seen[e]["ev"].get(f"{k}_up", 0)
                                                    + ctx.get(getattr(end, k)))
            if done_at is None and all(len(seen[e]["pkts"]) >= total[e] for e in ends):
                done_at = cycle
            if done_at is not None and cycle > done_at + idle_after:
                break
            await ctx.tick()
        for e, end in ends.items():
            seen[e]["crd"] = [ctx.get(end.crd[v]) for v in range(vls)]
            seen[e]["peer_depth"] = ctx.get(end.sm.params.peer_retry_buf_depth)
            seen[e]["state"] = ctx.get(end.state)
            seen[e]["nfb"] = ctx.get(end.num_free_buf)
        seen["done_at"] = done_at

    procs = []
    for e in ends:
        procs += producer(ends[e], traffic[e])
    run_simulation(dut, wire_tb, background=procs, max_cycles=cycles + 50)
    return seen


def _traffic(rng, n, vls, *, lo=1, hi=600):
    return [(bytes(rng.randrange(256) for _ in range(rng.randrange(lo, hi + 1))),
             rng.randrange(vls), rng.choice(CFGS)) for _ in range(n)]


def _check(seen, traffic, *, vls, grant):
    for e, other in (("a", "b"), ("b", "a")):
        want = {}
        for payload, vl, cfg in traffic[other]:
            want.setdefault(vl, []).append((payload, cfg))
        got = {}
        for p in seen[e]["pkts"]:
            got.setdefault(p["vl"], []).append((p["data"], p["cfg"]))
        assert got == want, f"end {e}"
        ev = seen[e]["ev"]
        assert ev["fc_overflow"] == ev["ack_overflow"] == ev["rx_buf_overflow"] == 0
        assert ev["retry_error"] == 0 and ev["dropped"] == 0
        assert seen[e]["state"] == DllState.DLL_NORMAL
        # Nothing leaked: with the link idle every cell has come back.
        assert seen[e]["crd"] == list(grant), f"end {e}"


@pytest.mark.parametrize("seed", [1, 2])
def test_two_ends_clean(seed):
    rng = random.Random(seed)
    traffic = {"a": _traffic(rng, 30, 4), "b": _traffic(rng, 30, 4)}
    seen = _run(traffic, seed=seed)
    assert seen["done_at"] is not None
    _check(seen, traffic, vls=4, grant=[8] * 4)
    for e in "ab":
        assert seen[e]["ev"]["crc_err"] == 0 and seen[e]["ev"]["resent_flit"] == 0
        assert seen[e]["ev"]["dlldp_sent"] == 30


@pytest.mark.parametrize("seed,damage", [(3, 0.004), (4, 0.01)])
def test_two_ends_with_damage(seed, damage):
    rng = random.Random(seed)
    traffic = {"a": _traffic(rng, 40, 4), "b": _traffic(rng, 40, 4)}
    seen = _run(traffic, seed=seed, damage=damage, cycles=20000)
    assert seen["done_at"] is not None
    _check(seen, traffic, vls=4, grant=[8] * 4)
    retries = sum(seen[e]["ev"]["retry_req_sent"] for e in "ab")
    assert retries > 0 and sum(seen[e]["ev"]["resent_flit"] for e in "ab") > 0


def test_two_ends_different_capabilities():
    """A offers cells of 4 or 8 flits and 2 VLs enabled of 4, B cells of 8 or 16 and all
    VLs; retry buffers of 200 and 128 flits (RcvPtr wraps at each), some flits damaged: they
    agree on 8-flit cells and VL0..1; the grant is capped at what 128 flits a VL hold (16
    cells); traffic on VL0..1 is carried whole, with every cell back at the end."""
    rng = random.Random(7)
    traffic = {"a": _traffic(rng, 25, 2), "b": _traffic(rng, 25, 2)}
    caps = (_caps(depth=0, vl_enable=0x3, cell=0x0C), _caps(depth=0, cell=0x18))
    seen = _run(traffic, vls=4, vl_flits=128, retry_depth=(200, 128), caps=caps,
                grant=[1000, 1000, 1000, 1000], damage=0.003, cycles=15000)
    assert seen["done_at"] is not None
    # VL2 and VL3 are not enabled: no credit granted for them.
    _check(seen, traffic, vls=4, grant=[16, 16, 0, 0])
    assert sum(seen[e]["ev"]["retry_req_sent"] for e in "ab") > 0
    assert (seen["a"]["peer_depth"], seen["b"]["peer_depth"]) == (128, 200)


def test_retry_off_baseline_drops_damaged_packets_and_asks_nothing():
    """The baseline without link-level retry (``retry_off``, OpenUB's): with flits damaged
    after link-up no Retry_Req_Set is sent and nothing resent; damaged DLLDPs (one block
    each here) are lost, and what arrives is a subsequence of what was sent per VL, whole.
    The same traffic and damage with the retry on deliver everything (the other tests)."""
    rng = random.Random(9)
    traffic = {"a": _traffic(rng, 40, 4, hi=500), "b": _traffic(rng, 40, 4, hi=500)}
    seen = _run(traffic, seed=9, damage=0.01, cycles=12000, retry_off=True)
    lost = 0
    for e, other in (("a", "b"), ("b", "a")):
        ev = seen[e]["ev"]
        assert ev.get("retry_req_sent_up", 0) == 0 and ev.get("resent_flit_up", 0) == 0
        assert ev["crc_err"] + ev["hdr_err"] > 0
        for vl in range(4):
            sent = [(p, c) for p, v, c in traffic[other] if v == vl]
            got = [(p["data"], p["cfg"]) for p in seen[e]["pkts"] if p["vl"] == vl]
            it = iter(sent)
            assert all(g in it for g in got), f"end {e} VL {vl}: not a subsequence"
            lost += len(sent) - len(got)
    assert lost > 0
