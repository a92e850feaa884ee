"""The transmitter core (hdl_py/link/dll_tx.py): what goes on the wire, checked by the
reference model as a receiver would see it.

Every flit sent is cut into blocks by the model: DLLDPs are parsed and compared byte for byte
with :func:`sim.model.dll.frame_dlldp` (so a DLLCB inside a DLLDB, a lost or doubled flit
breaks the parse), DLLCBs by :func:`sim.model.dll.parse_dllcb`. On top: the credit taken per
DLLDP in cells and the gate it makes, the retry buffer's NumFreeBuf against the backed-up
flits, the lockout threshold, the resend from exactly the requested RcvPtr after the
Retry_Ack_Set, the grains of CreditReturn in the DLLDB headers, link-down dropping."""

import random

import pytest
from amaranth.hdl import Const

from hdl_py.lib.stream import packet_to_beats
from hdl_py.link.dll_tx import NULL_FLIT, DllTx
from hdl_py.proto import decode
from hdl_py.proto.dll import Lch, Lph
from sim.model import dll
from tests.lib.dllhelpers import put, set_params
from tests.lib.simhelpers import ignore_unused, run_simulation

CFGS = sorted(dll.DLLDP_CFGS)


def _params(*, cell=8, data_grain=4, ctrl_grain=1, vl_enable=0xFFFF):
    return dll.DllParameters(
        feature_id=1, data_ack_grain=32, ctrl_ack_grain=1, cell_flits=cell,
        vl_enable=vl_enable, ctrl_credit_grain=(ctrl_grain,) * 16,
        data_credit_grain=(data_grain,) * 16, share_allowed=False, peer_retry_buf_depth=512,
        peer_packet_min_interval=1)


def _desc(payload, vl, cfg):
    return {"nbytes": len(payload), "plength": dll.plength_for(len(payload)), "vl": vl,
            "cfg": cfg, "rt": 0, "error_flag": 0}


def _flits_of(n):
    return sum(dll.dlldp_blocks(n))


def _cut(wire, *, partial=False):
    """The wire's flits (dicts with ``raw``) cut into blocks as a receiver would: a list of
    (kind, first index, flits, parsed) -- kind "DLLDP" with the model's ParsedDlldp (a DLLCB
    may stand between its DLLDBs, E4 §4.3.4.1), else the DLLCB type with its ParsedDllcb."""
    out, k = [], 0
    dp = None              # the DLLDP under way: [first index, flits, block sizes left]
    while k < len(wire):
        f = wire[k]["raw"]
        kind = dll.dllcb_type_of(f)
        if kind is not None:
            n = decode(Lch, f[:4])["clength"] + 1
            out.append((kind, k, [w["raw"] for w in wire[k:k + n]],
                        dll.parse_dllcb([w["raw"] for w in wire[k:k + n]])))
            k += n
            continue
        if dp is None:
            pl = decode(Lph, f[:4])["plength"]
            sizes = [32] * pl["blocks_m1"] + [pl["last_flits_m1"] + 1]
            dp = [k, [], sizes]
            out.append(None)
            dp.append(len(out) - 1)
        n = dp[2].pop(0)
        dp[1] += [w["raw"] for w in wire[k:k + n]]
        k += n
        if not dp[2]:
            out[dp[3]] = ("DLLDP", dp[0], dp[1], dll.parse_dlldp(dp[1]))
            dp = None
    if partial and dp is not None:
        return [b for b in out if b is not None]
    assert dp is None, "the wire ends inside a DLLDP"
    return out


class _Run:
    pass




def _run(packets, *, params=None, init_crd=None, vls=4, depth=256, lockout=0, cycles=3000,
         backpressure=0.0, seed=0, script=None, grains=None, link_reset=False, normal=True,
         crd_timeout_us=0, us_cycles=4, params_at=None, desc_gap=0):
    """Send ``packets`` ((payload, vl, cfg) each) through a DllTx; ``script(cycle, ctx, dut,
    r)`` drives the other inputs each cycle; ``grains``: offer a credit grain of VL
    ``grains`` and an ACK grain whenever the framer may take one; ``desc_gap``: cycles the
    upper layer waits before each descriptor. Returns what was seen."""
    params = params or _params()
    init_crd = init_crd or [1000] * vls
    dut = DllTx(vls=vls, data_bytes=32, depth=depth, us_cycles=us_cycles)
    rng = random.Random(seed)
    r = _Run()
    r.wire, r.nfb_at_sob, r.events = [], [], {k: 0 for k in (
        "dlldp_sent", "cb_sent", "resent_flit", "dropped", "crd_used", "ack_used",
        "crd_timeout", "take_err", "length_err", "ack_overflow", "rcv_ptr_err")}
    r.crd_acks_done = 0
    r.lasts = []                    # the cycles the packets' last beats were taken in
    r.nulls = r.null_inside = 0
    r.block_open = False            # the last flit recorded is not a block's last

    async def desc_tb(ctx):
        for payload, vl, cfg in packets:
            for _ in range(desc_gap):
                await ctx.tick()
            await put(ctx, dut.desc, _desc(payload, vl, cfg))

    async def data_tb(ctx):
        for payload, *_ in packets:
            for beat in packet_to_beats(payload, 32):
                await put(ctx, dut.i, beat)

    async def wire_tb(ctx):
        if params_at is None:
            set_params(ctx, dut.params, params)
        for v in range(vls):
            ctx.set(dut.init_crd[v], init_crd[v])
        ctx.set(dut.lockout_threshold, lockout)
        ctx.set(dut.crd_timeout_us, crd_timeout_us)
        ctx.set(dut.link_reset, link_reset)
        await ctx.delay(1e-9)
        r.events["dropped"] += ctx.get(dut.dropped)      # a cycle out of DLL_Normal first
        await ctx.tick()
        ctx.set(dut.normal, normal)
        for cycle in range(cycles):
            if cycle == params_at:
                set_params(ctx, dut.params, params)
            ctx.set(dut.o.ready, rng.random() >= backpressure)
            if grains is not None:
                ctx.set(dut.crd_pending, 1)
                ctx.set(dut.crd_vl, grains)
                ctx.set(dut.ack_pending, 1)
            if script:
                script(cycle, ctx, dut, r)
            await ctx.delay(1e-9)
            for k in r.events:
                r.events[k] += ctx.get(getattr(dut, k))
            if ctx.get(dut.i.valid) and ctx.get(dut.i.ready) and ctx.get(dut.i.payload.last):
                r.lasts.append(cycle)
            if ctx.get(dut.link_reset):
                r.block_open = False        # link-down: no block is under way any more
            r.crd_acks_done += ctx.get(dut.crd_ack_done)
            # What NumFreeBuf was a cycle before: a flit reaches the wire at the earliest the
            # cycle after the transmitter chose it (through its output register).
            nfb_before, r.nfb_last = getattr(r, "nfb_last", None), ctx.get(dut.num_free_buf)
            if ctx.get(dut.o.valid) and ctx.get(dut.o.ready):
                o = dut.o.payload
                raw = Const.cast(ctx.get(o.data)).value.to_bytes(20, "little")
                if raw == NULL_FLIT and ctx.get(o.dllcb) and not ctx.get(o.resent):
                    # Null Blocks fill the idle wire: counted, kept out of ``wire`` (they are
                    # not in the retry buffer's index), and only ever between blocks.
                    r.nulls += 1
                    r.null_inside += r.block_open
                    await ctx.tick()
                    continue
                r.block_open = not ctx.get(o.eob)
                r.wire.append({"cycle": cycle, "raw": raw, "sob": ctx.get(o.sob),
                               "eob": ctx.get(o.eob), "resent": ctx.get(o.resent),
                               "dllcb": ctx.get(o.dllcb), "nfb": ctx.get(dut.num_free_buf),
                               "nfb_before": nfb_before})
            await ctx.tick()
        r.nfb = ctx.get(dut.num_free_buf)
        r.crd = [ctx.get(dut.crd[v]) for v in range(vls)]
        r.wr_ptr = ctx.get(dut.wr_ptr)

    run_simulation(dut, wire_tb, background=(desc_tb, data_tb), max_cycles=cycles + 50)
    return r


def _packets(rng, n, vls, *, lo=1, hi=700):
    return [(bytes(rng.randrange(256) for _ in range(rng.randrange(lo, hi + 1))),
             rng.randrange(vls), rng.choice(CFGS)) for _ in range(n)]


def _check_dlldps(r, packets, *, crd=None, ack=None):
    """The DLLDPs on the wire (first copies) are ``packets`` in order, byte for byte; no Null
    Block came inside a block."""
    assert r.null_inside == 0
    blocks = _cut([w for w in r.wire if not w["resent"]])
    dps = [b for b in blocks if b[0] == "DLLDP"]
    assert len(dps) == len(packets)
    for (_, _, flits, parsed), (payload, vl, cfg) in zip(dps, packets, strict=True):
        assert parsed.ok, parsed.errors
        want = dll.frame_dlldp(payload, vl=vl, cfg=cfg, crd=[c if c[0] else None
                                                             for c in parsed.crd],
                               ack=parsed.ack)
        assert flits == [f for blk in want for f in blk]
    return blocks


@pytest.mark.parametrize("seed,backpressure", [(1, 0.0), (2, 0.3), (3, 0.6)])
def test_dlldps_byte_for_byte_with_credit_and_buffer(seed, backpressure):
    rng = random.Random(seed)
    packets = _packets(rng, 14, 4)
    params = _params(cell=4)
    # T = 0 Crd_Acks asked for at random times: each goes between DLLDBs (one inside a
    # DLLDB would break the parse below) with the fields asked for.
    req = {"on": False, "n": 0, "asked": []}

    def script(cycle, ctx, dut, r):
        if req["on"] and ctx.get(dut.crd_ack_done):
            req["on"] = False
        elif not req["on"] and cycle < 2400 and rng.random() < 0.02:
            req["on"] = True
            req["n"] = rng.randrange(1, 64)
            req["asked"].append(req["n"])
        ctx.set(dut.crd_ack, req["on"])
        ctx.set(dut.crd_num[1], req["n"])
        ctx.set(dut.ack_num, req["n"] * 3)

    r = _run(packets, params=params, depth=1024, cycles=2500, backpressure=backpressure,
             seed=seed, script=script)
    blocks = _check_dlldps(r, packets)
    crd = [b[3] for b in blocks if b[0] == "CRD_ACK"]
    done = len(req["asked"]) - req["on"]
    # ``crd_ack_done`` comes as the last flit enters the sender's pipeline: at the end of the
    # run one may not be on the wire yet (none is asked for in the last 100 cycles, so none
    # is left half-way in the output register either).
    assert done == r.crd_acks_done and done - len(crd) in (0, 1) and done > 10
    assert [(c.fields["crd_num"][1], c.fields["ack_num"]) for c in crd] == [
        (n, 3 * n) for n in req["asked"][:len(crd)]]
    assert all(c.ok and c.info == 0 for c in crd)
    flits = [_flits_of(len(p)) for p, _, _ in packets]
    # Null Blocks filled the idle wire between blocks (checked in _check_dlldps) and, as E4
    # §4.7.1 says, none went into the retry buffer: it holds the DLLDPs and Crd_Acks alone.
    assert r.nulls > 0
    backed = sum(flits) + 2 * len(crd)
    assert r.nfb == 1024 - backed and r.wr_ptr == backed
    for v in range(4):
        assert r.crd[v] == 1000 - sum(dll.dlldp_cells(f, 4) for f, (_, vl, _) in
                                      zip(flits, packets, strict=True) if vl == v)
    assert r.events["dlldp_sent"] == len(packets) and r.events["length_err"] == 0
    assert r.events["crd_used"] == r.events["ack_used"] == 0
    # At full rate a DLLDP's flits leave back to back (a Crd_Ack only between DLLDBs).
    if backpressure == 0.0:
        for kind, k, fl, parsed in blocks:
            if kind == "DLLDP" and len(parsed.block_flits) == 1:
                assert r.wire[k + len(fl) - 1]["cycle"] - r.wire[k]["cycle"] == len(fl) - 1


def test_credit_gate_exact():
    """VL1 has 2 cells (cells of 8 flits, a 100-byte DLLDP is 6 flits, 1 cell): two DLLDPs
    go, the third waits -- the credit-return timeout fires once -- until an LPH grain of
    2 cells comes back; then the other two go and VL1 is left with none. (One
    descriptor stream: the VL0 packet behind waits too; choosing among VLs by credit is the
    queues' job, upstream.)"""
    packets = [(bytes(100), 1, 3)] * 4 + [(bytes(30), 0, 3)]
    ret_at = 400

    def script(cycle, ctx, dut, r):
        ctx.set(dut.lph_crd, cycle == ret_at)
        ctx.set(dut.lph_crd_vl, 1)

    r = _run(packets, params=_params(data_grain=2), init_crd=[10, 2, 0, 0], cycles=700,
             script=script, crd_timeout_us=20, us_cycles=4)
    blocks = _check_dlldps(r, packets)
    starts = [r.wire[b[1]]["cycle"] for b in blocks if b[0] == "DLLDP"]
    assert all(s < ret_at for s in starts[:2]) and all(s > ret_at for s in starts[2:])
    assert r.crd == [9, 0, 0, 0] and r.events["take_err"] == 0
    assert r.events["crd_timeout"] == 1 and r.events["take_err"] == 0


def test_descriptor_from_before_the_negotiation_takes_the_negotiated_cells():
    """A descriptor taken in while the parameters are not yet negotiated (cell size 0) waits;
    in DLL_Normal it takes its cells in the negotiated size (a 19-flit DLLDP, cells of 4
    flits: 5), not a count made before."""
    packets = [(bytes(360), 0, 3)]             # 19 flits

    def script(cycle, ctx, dut, r):
        ctx.set(dut.normal, cycle >= 30)

    r = _run(packets, params=_params(cell=4), init_crd=[50, 0, 0, 0], cycles=200,
             script=script, params_at=20, normal=False)
    _check_dlldps(r, packets)
    assert _flits_of(360) == 19 and r.crd[0] == 50 - 5


def test_descriptor_into_an_idle_transmitter_takes_its_own_cells():
    """Descriptors that find the transmitter idle, on one VL, of 1 and 4 cells in turn: each
    takes its own count (the count is worked out from the descriptor before the credit is
    asked; a take in the cycle after the load would take the one before's)."""
    packets = [(bytes(30), 0, 3), (bytes(300), 0, 3)] * 3        # 2 and 16 flits
    r = _run(packets, params=_params(cell=4), init_crd=[100, 0, 0, 0], cycles=900,
             desc_gap=60)
    _check_dlldps(r, packets)
    assert [_flits_of(len(p)) for p, _, _ in packets[:2]] == [2, 16]
    assert r.crd[0] == 100 - 3 * (1 + 4) and r.events["take_err"] == 0


def test_lockout_threshold_stops_dlldps_not_crd_ack():
    """No ACKs come back: DLLDBs start only while NumFreeBuf >= max(33, threshold); a Crd_Ack
    asked for in lockout still goes; an ACK of 40 flits lets DLLDPs go again."""
    packets = [(bytes(60), 0, 3)] * 40            # 4 flits each
    state = {"req": False}

    def script(cycle, ctx, dut, r):
        if cycle == 300:
            state["req"] = True
        if state["req"] and r.crd_acks_done:
            state["req"] = False
        ctx.set(dut.crd_ack, state["req"] and not r.crd_acks_done)
        ctx.set(dut.crd_num[0], 5)
        ctx.set(dut.release, cycle == 500)
        ctx.set(dut.release_flits, 40)

    r = _run(packets, depth=128, lockout=80, cycles=900, script=script)
    blocks = _cut(r.wire)
    for kind, k, _flits, _ in blocks:
        if kind == "DLLDP":
            # NumFreeBuf when the DLLDB was chosen (the cycle before the wire, no
            # back-pressure here)
            assert r.wire[k]["nfb_before"] >= 80 and r.wire[k]["nfb_before"] >= 33
    before = [b for b in blocks if b[0] == "DLLDP" and r.wire[b[1]]["cycle"] < 500]
    # 128 -> 80: DLLDPs start at 128, 124, ..., 80 (13 of them), then lockout.
    assert len(before) == 13
    crd = [b for b in blocks if b[0] == "CRD_ACK"]
    assert len(crd) == 1 and 300 < r.wire[crd[0][1]]["cycle"] < 500
    assert crd[0][3].fields["crd_num"][0] == 5
    after = [b for b in blocks if b[0] == "DLLDP" and r.wire[b[1]]["cycle"] > 500]
    # 76 - 2 (the Crd_Ack) + 40 = 114: DLLDPs start at 114, 110, ..., 82 (9 more).
    assert len(after) == 9 and r.events["ack_overflow"] == 0


def test_retry_request_answered_by_ack_set_then_exact_resend():
    """A Retry_Req_Set naming flit ``k`` of the buffer arrives while DLLDPs flow: the next
    thing on the wire (at a flit boundary, possibly inside a DLLDB) is a Retry_Ack_Set of
    33 flits, then exactly the flits k .. WrPtr-1 as first sent, then new flits; the receiver
    that drops everything from k and takes the resend sees every DLLDP once, in order."""
    rng = random.Random(5)
    packets = _packets(rng, 30, 2, lo=20, hi=400)
    req_at = 250
    req = dll.retry_req_set(rcv_ptr=0, num_retry=1, num_phy_reinit=0)
    state = {}

    def script(cycle, ctx, dut, r):
        if cycle == req_at:
            # RcvPtr: the first flit of the third DLLDB sent (a block start in the buffer).
            blocks = _cut(r.wire)
            state["k"] = blocks[2][1]
            state["wire_len"] = len(r.wire)
            state["set"] = dll.retry_req_set(rcv_ptr=state["k"], num_retry=1,
                                             num_phy_reinit=0)
        j = cycle - req_at
        if 0 <= j < len(req):
            f = state["set"][j]
            ctx.set(dut.retry_valid, 1)
            ctx.set(dut.retry_type, 0 if j == 0 else 1)
            ctx.set(dut.retry_flit, int.from_bytes(f, "little"))
        else:
            ctx.set(dut.retry_valid, 0)

    r = _run(packets, depth=1024, cycles=3000, script=script)
    k = state["k"]
    wire = r.wire
    first = [w for w in wire if not w["resent"] and dll.dllcb_type_of(w["raw"]) not in (
        "RETRY_IDLE", "RETRY_ACK")]
    s = next(i for i, w in enumerate(wire) if dll.dllcb_type_of(w["raw"]) == "RETRY_IDLE")
    assert wire[s]["cycle"] >= req_at
    ack_set = [w["raw"] for w in wire[s:s + 33]]
    nfb_field = dll.parse_dllcb([ack_set[1]]).fields["num_free_buf"]
    wr_ptr_field = dll.parse_dllcb([ack_set[1]]).fields["wr_ptr"]
    assert ack_set == dll.retry_ack_set(num_retry=1, num_free_buf=nfb_field, rd_ptr=k,
                                        wr_ptr=wr_ptr_field)
    sent_before = sum(1 for w in wire[:s] if not w["resent"])
    resent = [w for w in wire[s + 33:] if w["resent"]]
    assert [w["raw"] for w in resent] == [w["raw"] for w in first[k:sent_before]]
    assert all(w["resent"] for w in wire[s + 33:s + 33 + len(resent)])
    assert r.events["resent_flit"] == sent_before - k
    # Nothing new from the ACK state on (the first Retry_Req was taken at req_at + 1) to the
    # end of the resend: only the Retry_Ack_Set and the resent flits.
    end = wire[s + 33 + len(resent) - 1]["cycle"]
    for w in wire:
        if req_at + 2 < w["cycle"] <= end:
            assert w["resent"] or dll.dllcb_type_of(w["raw"]) in ("RETRY_IDLE", "RETRY_ACK")
    # The receiver's view: flits 0..k-1, then from the Retry_Ack_Set on, the rest.
    view = first[:k] + [w for w in wire[s + 33:] if dll.dllcb_type_of(w["raw"]) not in (
        "RETRY_IDLE", "RETRY_ACK")]
    _check_dlldps(_RunView(view, r.null_inside), packets)


def test_second_retry_request_after_a_resend_that_ended_inside_a_dlldp():
    """Two Retry_Req_Sets, the first answered by a resend that ends inside the DLLDP the
    framer then goes on with: each answer is a whole Retry_Ack_Set of 33 flits back to back,
    then the resend of exactly k .. WrPtr-1 (the second must not start before its set is
    out)."""
    rng = random.Random(5)
    packets = _packets(rng, 80, 2, lo=20, hi=400)
    reqs = [250, 500]
    state = {"k": [], "set": None, "at": None}

    def first_copies(wire):
        return [w for w in wire if not w["resent"] and dll.dllcb_type_of(w["raw"]) not in (
            "RETRY_IDLE", "RETRY_ACK")]

    def script(cycle, ctx, dut, r):
        # each request comes while the framer is inside a DLLDB, so its resend ends there
        due = reqs and cycle >= reqs[0] and r.wire and not r.wire[-1]["eob"] \
            and not r.wire[-1]["dllcb"] and not r.wire[-1]["resent"]
        if due:
            reqs.pop(0)
            first = first_copies(r.wire)
            blocks = _cut(first[:max(i for i, w in enumerate(first) if w["eob"]) + 1],
                          partial=True)
            firsts = [b for b in blocks if b[0] == "DLLDP"]
            # a block start a few DLLDPs back, in the buffer's index (first copies only)
            k = firsts[-3][1]
            state["k"].append(k)
            state["set"] = dll.retry_req_set(rcv_ptr=k, num_retry=1, num_phy_reinit=0)
            state["at"] = cycle
        j = cycle - state["at"] if state["at"] is not None else -1
        if 0 <= j < 33:
            ctx.set(dut.retry_valid, 1)
            ctx.set(dut.retry_type, 0 if j == 0 else 1)
            ctx.set(dut.retry_flit, int.from_bytes(state["set"][j], "little"))
        else:
            ctx.set(dut.retry_valid, 0)

    r = _run(packets, depth=2048, cycles=4000, script=script)
    assert not reqs
    wire = r.wire
    idles = [i for i, w in enumerate(wire) if dll.dllcb_type_of(w["raw"]) == "RETRY_IDLE"]
    assert len(idles) == 2
    for s, k in zip(idles, state["k"], strict=True):
        kinds = [dll.dllcb_type_of(w["raw"]) for w in wire[s:s + 33]]
        assert kinds == ["RETRY_IDLE"] + ["RETRY_ACK"] * 32
        assert dll.parse_dllcb([wire[s + 1]["raw"]]).fields["rd_ptr"] == k
        sent_before = len(first_copies(wire[:s]))
        n = sent_before - k
        assert all(w["resent"] for w in wire[s + 33:s + 33 + n])
        assert [w["raw"] for w in wire[s + 33:s + 33 + n]] == [
            w["raw"] for w in first_copies(wire)[k:sent_before]]
    assert state["k"][1] > state["k"][0]


class _RunView:
    def __init__(self, wire, null_inside=0):
        self.wire = [dict(w, resent=0) for w in wire]
        self.null_inside = null_inside


def test_grains_ride_in_dlldb_headers():
    """With a credit grain of VL2 and an ACK grain always offered, every DLLDB header
    carries both, and each one used pulses once."""
    rng = random.Random(8)
    packets = _packets(rng, 8, 4, lo=500, hi=1500)
    r = _run(packets, depth=2048, cycles=2500, grains=2)
    blocks = _check_dlldps(r, packets)
    nblocks = sum(len(b[3].block_flits) for b in blocks if b[0] == "DLLDP")
    assert all(c == (1, 2) for b in blocks if b[0] == "DLLDP" for c in b[3].crd)
    assert all(a == 1 for b in blocks if b[0] == "DLLDP" for a in b[3].ack)
    assert r.events["crd_used"] == r.events["ack_used"] == nblocks


def test_link_down_drops_the_packets_taken_in_and_nothing_else():
    """Link-down in the middle of the traffic: the packet being framed, the one in the
    framer's slot and the one waiting for credit are dropped (``dropped`` says 3: every
    packet taken in and not sent whole), the rest of their beats thrown away; while the link
    is down nothing is taken; after it the next packets go whole and byte for byte (no beat
    of a dropped packet ends up in another)."""
    rng = random.Random(6)
    packets = _packets(rng, 12, 2, lo=100, hi=300)
    down, up = 60, 120

    def script(cycle, ctx, dut, r):
        ctx.set(dut.link_reset, down <= cycle < down + 5)
        ctx.set(dut.normal, not down <= cycle < up)
        if down <= cycle < up and not hasattr(r, "nfb_down") and cycle > down + 1:
            r.nfb_down = ctx.get(dut.num_free_buf)

    r = _run(packets, cycles=800, script=script)
    assert r.events["dropped"] == 3
    before = [w for w in r.wire if w["cycle"] < down]
    after = [w for w in r.wire if w["cycle"] >= down]
    assert after and all(w["cycle"] >= up for w in after)
    done = [b for b in _cut(before[:max(k for k, w in enumerate(before) if w["eob"]) + 1])
            if b[0] == "DLLDP" and len(b[3].block_flits) and b[3].ok]
    n = len(done)
    assert r.nfb_down == 256                      # the retry buffer is cleared
    # the packets not sent whole are those whose beats were thrown away while the link was
    # down, and the next one sent is the one after them
    thrown = sum(down <= c < up for c in r.lasts)
    assert r.events["dropped"] == thrown
    _check_dlldps(_RunView(after, r.null_inside), packets[n + thrown:])


def test_before_normal_t1_crd_acks_and_init_block():
    """Before DLL_Normal nothing of the upper layer goes; the state machine's Init Block and
    T = 1 Crd_Ack (with SD) go, both backed up."""
    ib = dll.init_block(dll.DllCapabilities(
        feature_id=1, rxbuf_vl_share=1, data_ack_grain_size=0x20, ctrl_ack_grain_size=1,
        flow_ctrl_size=8, vl_enable=0xFF, retry_buf_depth=512, packet_min_interval=1,
        ctrl_credit_grain=(1,) * 16, data_credit_grain=(4,) * 16))
    from hdl_py.proto.dll import InitBlock
    fields = decode(InitBlock, b"".join(ib))
    state = {"init": True, "crd": True}

    def script(cycle, ctx, dut, r):
        ctx.set(dut.init_block, fields)
        if ctx.get(dut.init_done):
            state["init"] = False
        if ctx.get(dut.crd_t1_done):
            state["crd"] = False
        ctx.set(dut.init, state["init"] and cycle > 5)
        ctx.set(dut.crd_t1, state["crd"] and cycle > 5)
        ctx.set(dut.crd_sd, 1)
        ctx.set(dut.crd_t1_num[3], 7)

    r = _run([(bytes(50), 0, 3)], cycles=120, normal=False, script=script)
    blocks = _cut(r.wire)
    assert [b[0] for b in blocks] == ["CRD_ACK", "INIT"]
    # In lockout the Crd_Ack still goes, the Init Block waits.
    state.update(init=True, crd=True)
    locked = _run([(bytes(50), 0, 3)], cycles=120, normal=False, script=script, lockout=300)
    assert [b[0] for b in _cut(locked.wire)] == ["CRD_ACK"]
    crd = blocks[0][3]
    assert crd.ok and crd.info == 0b11 and crd.fields["crd_num"][3] == 7
    assert blocks[1][2] == ib
    assert r.nfb == 256 - 7


@ignore_unused
def test_parameter_checks():
    with pytest.raises(ValueError):
        DllTx(depth=40)
    with pytest.raises(ValueError):
        DllTx(vls=0)


def test_output_register_takes_two_flits_while_the_phy_waits():
    """The multiplexer's flits go into a two-entry output register in front of the PHY: with
    the PHY's ``ready`` low the transmitter still takes two flits (``flit_sent`` counts a
    flit as it goes into the register) and shows the first; when the PHY takes them they
    come out in order, and the retry buffer holds the DLLDP's flits taken in."""
    dut = DllTx(vls=4, data_bytes=32, depth=256, us_cycles=4)
    packet = (bytes(range(100)), 0, 3)
    seen = {"sent_while_held": 0, "wire": []}

    async def tb(ctx):
        set_params(ctx, dut.params, _params())
        for v in range(4):
            ctx.set(dut.init_crd[v], 1000)
        await ctx.tick()
        ctx.set(dut.normal, 1)
        await put(ctx, dut.desc, _desc(*packet))
        for beat in packet_to_beats(packet[0], 32):
            await put(ctx, dut.i, beat)

    async def phy(ctx):
        for cycle in range(60):
            ctx.set(dut.o.ready, cycle >= 40)
            await ctx.delay(1e-9)
            if cycle < 40:
                seen["sent_while_held"] += ctx.get(dut.flit_sent)
                if cycle > 3:
                    assert ctx.get(dut.o.valid)
            elif ctx.get(dut.o.valid):
                seen["wire"].append(Const.cast(ctx.get(dut.o.payload.data)).value
                                    .to_bytes(20, "little"))
            await ctx.tick()
    run_simulation(dut, tb, phy, max_cycles=200)
    assert seen["sent_while_held"] == 2
    want = [f for b in dll.frame_dlldp(packet[0], vl=0, cfg=3) for f in b]
    # Null Blocks may fill the idle wire before the DLLDP; after them its flits in order.
    dlldp = [f for f in seen["wire"] if f != NULL_FLIT]
    assert dlldp[:len(want)] == want
