"""The transmit queues in front of the spec data link (hdl_py/link/dll_queue.py), against a
testbench standing in for the transmitter: it takes descriptors, takes their credit (``taken``)
some cycles later and shows the lower credit two cycles after that, as TxCredit does.

Checked: per VL every packet once, in order, its descriptor exact (length, PLENGTH of
:func:`sim.model.dll.plength_for`, VL, CFG, RT) and its beats behind it; no descriptor offered
without the credit for its cells; a VL short of credit does not hold the others; bad input
(VL out of range, a reserved CFG, longer than the MTU, no payload, VL not enabled) counted and
never a hang; the queues' own PLENGTH pipeline against the model for every length."""

import random

import pytest
from amaranth.hdl import Const

from hdl_py.lib.stream import packet_to_beats
from hdl_py.link.dll_queue import MAX_PAYLOAD, QUEUE_PLENGTH_LATENCY, DllTxQueues, QueuePlength
from sim.model import dll
from tests.lib.dllhelpers import hand_params, put, set_params
from tests.lib.simhelpers import run_simulation


def _cells(nbytes, cell):
    return dll.dlldp_cells(sum(dll.dlldp_blocks(nbytes)), cell)


def _run(packets, *, vls=4, cell=8, mtu=1024, crd=None, give=None, cycles=6000, seed=0,
         vl_enable=0xFFFF, accept=0.7, ready=0.8):
    """``packets``: [(payload, vl, cfg, rt)] in input order. ``crd``: initial credit per VL;
    ``give``: {cycle: (vl, cells)} credit returned by the peer. Returns what came out."""
    dut = DllTxQueues(vls=vls, data_bytes=32, mtu=mtu)
    rng = random.Random(seed)
    crd = list(crd or [1000] * vls)
    give = dict(give or {})
    out = {"descs": [], "pkts": [], "errors": [], "ev": {}}

    async def producer(ctx):
        for payload, vl, cfg, rt in packets:
            side = {"vl": vl, "cfg": cfg, "rt": rt}
            beats = (packet_to_beats(payload, 32, side=side) if payload else
                     [{"data": 0, "nbytes": 0, "first": 1, "last": 1, "side": side}])
            for beat in beats:
                await put(ctx, dut.i, beat)

    async def tb(ctx):
        set_params(ctx, dut.params, hand_params(cell=cell, vl_enable=vl_enable))
        ctx.set(dut.normal, 1)
        shown = list(crd)           # what the crd port shows (two cycles behind)
        pending = []                # (cycle to show, vl, cells)
        held = None                 # (desc, cycle to take)
        beat_pkt = b""
        for cycle in range(cycles):
            for v in range(vls):
                ctx.set(dut.crd[v], shown[v])
            ctx.set(dut.taken, 0)
            if held is not None and cycle >= held[1]:
                d = held[0]
                need = _cells(d["nbytes"], cell)
                if crd[d["vl"]] < need:
                    out["errors"].append(f"cycle {cycle}: VL {d['vl']} offered without credit")
                crd[d["vl"]] -= need
                pending.append((cycle + 2, d["vl"], crd[d["vl"]]))
                ctx.set(dut.taken, 1)
                ctx.set(dut.taken_vl, d["vl"])
                held = None
            if cycle in give:
                v, n = give[cycle]
                crd[v] += n
                pending.append((cycle + 1, v, crd[v]))
            ctx.set(dut.desc.ready, held is None and rng.random() < accept)
            ctx.set(dut.o.ready, rng.random() < ready)
            await ctx.delay(1e-9)
            if ctx.get(dut.desc.valid) and ctx.get(dut.desc.ready):
                p = dut.desc.payload
                d = {"nbytes": ctx.get(p.nbytes), "vl": ctx.get(p.vl), "cfg": ctx.get(p.cfg),
                     "rt": ctx.get(p.rt), "error_flag": ctx.get(p.error_flag),
                     "plength": Const.cast(ctx.get(p.plength.as_value())).value}
                out["descs"].append(d)
                held = (d, cycle + 1 + rng.randrange(4))
            if ctx.get(dut.o.valid) and ctx.get(dut.o.ready):
                b = dut.o.payload
                data = Const.cast(ctx.get(b.data)).value.to_bytes(32, "little")
                beat_pkt += data[:ctx.get(b.nbytes)]
                if ctx.get(b.last):
                    out["pkts"].append(beat_pkt)
                    beat_pkt = b""
            for k in ("bad_vl", "bad_cfg", "oversize", "empty", "vl_disabled"):
                out["ev"][k] = out["ev"].get(k, 0) + ctx.get(getattr(dut, k))
            for _, v, n in [x for x in pending if x[0] == cycle + 1]:
                shown[v] = n
            pending = [x for x in pending if x[0] > cycle + 1]
            await ctx.tick()
        out["crd"] = crd

    run_simulation(dut, tb, background=[producer], max_cycles=cycles + 20)
    return out


def _plength_int(nbytes):
    p = dll.plength_for(nbytes)
    return p["end"] | (p["last_flits_m1"] << 5) | (p["blocks_m1"] << 10)


def _packets(rng, n, vls, lo=1, hi=1024):
    return [(bytes(rng.randrange(256) for _ in range(rng.randrange(lo, hi + 1))),
             rng.randrange(vls), rng.choice(sorted(dll.DLLDP_CFGS)), rng.randrange(4))
            for _ in range(n)]


def _check_order(out, sent):
    """Descriptors and beats pair up in order; per VL the packets are the ones sent."""
    assert out["errors"] == []
    assert len(out["descs"]) == len(out["pkts"])
    got = {}
    for d, payload in zip(out["descs"], out["pkts"], strict=True):
        assert d["nbytes"] == len(payload)
        assert d["plength"] == _plength_int(len(payload))
        assert d["error_flag"] == 0
        got.setdefault(d["vl"], []).append((payload, d["cfg"], d["rt"]))
    want = {}
    for payload, vl, cfg, rt in sent:
        want.setdefault(vl, []).append((payload, cfg, rt))
    assert got == want


@pytest.mark.parametrize("seed", [1, 2])
def test_every_packet_in_order_with_its_descriptor(seed):
    rng = random.Random(seed)
    sent = _packets(rng, 40, 4)
    out = _run(sent, seed=seed)
    _check_order(out, sent)


def test_credit_is_never_overdrawn():
    """Little credit, returned in dribs: every descriptor finds its cells (the testbench
    reports one offered without them), and every packet goes."""
    rng = random.Random(5)
    sent = _packets(rng, 30, 2, hi=700)
    give = {200 + 40 * k: (k % 2, 6) for k in range(200)}
    out = _run(sent, vls=2, crd=[12, 12], give=give, cycles=10000, accept=1.0, ready=1.0)
    _check_order(out, sent)


def test_a_vl_short_of_credit_does_not_hold_the_others():
    rng = random.Random(6)
    sent = [(p, 0 if k < 3 else 1 + k % 3, c, r) for k, (p, _, c, r)
            in enumerate(_packets(rng, 24, 4, hi=300))]
    out = _run(sent, crd=[0, 1000, 1000, 1000], cycles=3000)
    assert out["errors"] == []
    # VL0 (first in) has sent nothing; every packet of VL1..3 went.
    assert [d["vl"] for d in out["descs"]].count(0) == 0
    assert len(out["descs"]) == 21
    out = _run(sent, crd=[0, 1000, 1000, 1000], give={2500: (0, 100)}, cycles=4000)
    _check_order(out, sent)
    assert [d["vl"] for d in out["descs"]][-3:] == [0, 0, 0]


def test_bad_input_is_counted_and_nothing_hangs():
    """VL 5 of 4 (dropped whole), 1,500 bytes with an MTU of 1,024 (sent cut at the MTU, with
    ERROR_FLAG), a packet of no byte (dropped), VL 3 not enabled (dropped): the
    good packets around them all go."""
    rng = random.Random(8)
    good = _packets(rng, 6, 3, hi=500)
    bad_vl = (bytes(100), 5, 6, 0)
    big = (bytes(range(256)) * 6, 1, 6, 0)
    empty_beat = [(b"", 2, 6, 0)]
    off = (bytes(64), 3, 6, 0)
    sent = good[:2] + [bad_vl] + good[2:4] + [big] + empty_beat + [off] + good[4:]
    out = _run(sent, vl_enable=0x7)
    assert out["ev"] == {"bad_vl": 1, "bad_cfg": 0, "oversize": 1, "empty": 1,
                         "vl_disabled": 1}
    cut = [(d, p) for d, p in zip(out["descs"], out["pkts"], strict=True) if d["error_flag"]]
    assert len(cut) == 1
    d, p = cut[0]
    assert d["vl"] == 1 and d["nbytes"] == len(p) == 1024 and p == big[0][:1024]
    rest = [(d, p) for d, p in zip(out["descs"], out["pkts"], strict=True) if not d["error_flag"]]
    _check_order({"descs": [d for d, _ in rest], "pkts": [p for _, p in rest], "errors": []},
                 good)


def test_reserved_cfg_is_dropped_whole_and_counted():
    """A packet whose CFG the link does not define for a DLLDP (0 is a DLLCB's; 1, 2, 8, 10..15
    are reserved, E4 Table 4-1) would have the peer refuse its LPH as a bad block start, retry
    after retry: it is dropped whole (every beat, nothing sent), counted once in ``bad_cfg``,
    and the good packets behind it on the same VL go as usual. A packet both on a bad VL and
    with a bad CFG counts as a bad VL only."""
    rng = random.Random(9)
    good = [(p, 1, c, r) for p, _, c, r in _packets(rng, 6, 4, hi=300)]
    bad = [(bytes(range(200)), 1, cfg, 0) for cfg in (0, 1, 2, 8, 10, 15)]
    both = (bytes(40), 6, 12, 0)
    sent = [good[0], bad[0], good[1], bad[1], bad[2], good[2], bad[3], good[3], bad[4],
            both, good[4], bad[5], good[5]]
    out = _run(sent)
    assert out["ev"] == {"bad_vl": 1, "bad_cfg": 6, "oversize": 0, "empty": 0,
                         "vl_disabled": 0}
    _check_order(out, good)


def test_queue_plength_every_length():
    """QueuePlength, a result a cycle for every payload length 1..MAX_PAYLOAD, each exactly
    the model's PLENGTH and flit count, QUEUE_PLENGTH_LATENCY cycles after its input."""
    dut = QueuePlength()
    got = {}

    async def tb(ctx):
        for n in range(1, MAX_PAYLOAD + QUEUE_PLENGTH_LATENCY + 1):
            ctx.set(dut.i_valid, n <= MAX_PAYLOAD)
            ctx.set(dut.nbytes, min(n, MAX_PAYLOAD))
            await ctx.tick()
            k = n - QUEUE_PLENGTH_LATENCY + 1
            if ctx.get(dut.o_valid):
                got[k] = (Const.cast(ctx.get(dut.plength.as_value())).value, ctx.get(dut.flits))

    run_simulation(dut, tb, max_cycles=MAX_PAYLOAD + 100)
    assert sorted(got) == list(range(1, MAX_PAYLOAD + 1))
    for n, (pl, flits) in got.items():
        assert pl == _plength_int(n), n
        assert flits == sum(dll.dlldp_blocks(n)), n


def test_parameters_are_checked():
    with pytest.raises(ValueError):
        DllTxQueues(vls=0)
    with pytest.raises(ValueError):
        DllTxQueues(mtu=20000)
    with pytest.raises(ValueError):
        DllTxQueues(mtu=4096, queue_beats=128)
    with pytest.raises(ValueError):
        DllTxQueues(meta_depth=QUEUE_PLENGTH_LATENCY + 2)
