"""Receive-side block delimitation and checking (hdl_py/link/rx_parser.py) on flit streams
built with the reference model sim/model/dll.py: DLLDPs of several blocks with DLLCBs between
their DLLDBs, Retry Blocks inside blocks, corrupted flits, malformed block starts, and the
resend of a failed middle block after a discard period."""

import random

from amaranth.hdl import Const

from hdl_py.link.rx_parser import RETRY_ACK, RETRY_IDLE, RETRY_REQ, DllRxParser
from hdl_py.proto import encode
from hdl_py.proto.dll import Lbh
from sim.model import dll
from tests.lib.simhelpers import run_simulation

RETRY_TYPES = {"RETRY_IDLE": RETRY_IDLE, "RETRY_REQ": RETRY_REQ, "RETRY_ACK": RETRY_ACK}


def _run(items, *, seed=0, idle=0.0, discard=None, damaged=False):
    """Drive ``items`` (a list of ('flit', bytes), ('err', bytes): a flit the PHY flags as not
    decoded, or ('discard', 0/1)) into the parser; return (o flits as (bytes, sob, eob, dllcb,
    first, last, good), retry events, hdr_err count, crc_err count (and with ``damaged`` the
    retry_crc_err count))."""
    dut = DllRxParser()
    rng = random.Random(seed)
    out, retries, errs = [], [], {"hdr": 0, "crc": 0, **({"damaged": 0} if damaged else {})}

    async def src(ctx):
        for kind, value in items:
            if kind == "discard":
                # The parser registers each flit first: let the last one through, then switch.
                ctx.set(dut.i.valid, 0)
                await ctx.tick()
                ctx.set(dut.discard, value)
                continue
            while rng.random() < idle:
                ctx.set(dut.i.valid, 0)
                await ctx.tick()
            ctx.set(dut.i.valid, 1)
            ctx.set(dut.i_err, kind == "err")
            ctx.set(dut.i.payload, int.from_bytes(value, "little"))
            await ctx.tick()
        ctx.set(dut.i.valid, 0)
        ctx.set(dut.i_err, 0)
        for _ in range(4):
            await ctx.tick()

    async def mon(ctx):
        async for _c, _r, v, p, rv, rt, rf, he, ce, de in ctx.tick().sample(
                dut.o.valid, dut.o.payload, dut.retry_valid, dut.retry_type, dut.retry_flit,
                dut.hdr_err, dut.crc_err, dut.retry_crc_err):
            if damaged:
                errs["damaged"] += de
            if v:
                out.append((Const.cast(p.data).value.to_bytes(20, "little"), p.sob, p.eob,
                            p.dllcb, p.first_block, p.last_block, p.good))
            if rv:
                retries.append((rt, rf.to_bytes(20, "little")))
            errs["hdr"] += he
            errs["crc"] += ce
    run_simulation(dut, src, background=[mon], max_cycles=50_000)
    return out, retries, errs


def _dlldp_blocks(payload, vl=1, cfg=3):
    return dll.frame_dlldp(payload, vl=vl, cfg=cfg)


def _expect_block(flits, *, dllcb, first=0, last=0, good=1):
    n = len(flits)
    return [(f, int(i == 0), int(i == n - 1), dllcb, 0 if dllcb else first,
             0 if dllcb else last, int(good and i == n - 1)) for i, f in enumerate(flits)]


def test_blocks_dllcbs_between_dlldbs_and_retry_blocks_inside():
    rng = random.Random(1)
    big = _dlldp_blocks(rng.randbytes(1500), vl=3, cfg=9)          # 3 DLLDBs
    small = _dlldp_blocks(rng.randbytes(30), vl=0, cfg=7)          # 1 DLLDB of 2 flits
    crd = dll.control_block("CRD_ACK", t=0, ack_num=5, crd_num=[1] * 16)
    init = dll.init_block(dll.DllCapabilities(), flits=7)
    nob = dll.control_block("NOB")
    req = dll.control_block("RETRY_REQ", rcv_ptr=33, num_retry=1, num_phy_reinit=0)[0]
    ack = dll.control_block("RETRY_ACK", num_retry=1, num_free_buf=9, rd_ptr=3, wr_ptr=4)[0]
    idle_blk = dll.control_block("RETRY_IDLE")[0]
    wire, expect, retries = [], [], []

    def put(flits, **kw):
        wire.extend(flits)
        expect.extend(_expect_block(flits, **kw))

    put(big[0], dllcb=0, first=1)
    put(crd, dllcb=1)                                # a DLLCB between two DLLDBs
    # Retry Blocks inside the second DLLDB (2.0.1): taken out of the block stream.
    mid = big[1]
    wire.extend(mid[:5] + [idle_blk, req] + mid[5:])
    expect.extend(_expect_block(mid, dllcb=0))
    retries += [(RETRY_IDLE, idle_blk), (RETRY_REQ, req)]
    put(init, dllcb=1)
    put(big[2], dllcb=0, last=1)
    put(nob, dllcb=1)
    put(small[0], dllcb=0, first=1, last=1)
    wire.append(ack)
    retries.append((RETRY_ACK, ack))
    put(small[0], dllcb=0, first=1, last=1)
    out, got_retries, errs = _run([("flit", f) for f in wire], seed=2, idle=0.2)
    assert errs == {"hdr": 0, "crc": 0}
    assert out == expect
    assert got_retries == retries


def test_crc_error_then_resend_of_the_middle_block():
    """A bit error in DLLDB 1 of 3: crc_err at its last flit; the receiver discards until the
    retry; the resend starts at DLLDB 1 (an LBH block) and is parsed as the middle block."""
    rng = random.Random(3)
    blocks = _dlldp_blocks(rng.randbytes(1500), vl=2, cfg=4)
    bad = [bytearray(f) for f in blocks[1]]
    bad[7][3] ^= 0x10
    bad = [bytes(f) for f in bad]
    items = [("flit", f) for f in blocks[0] + bad]
    items += [("discard", 1)] + [("flit", f) for f in blocks[2]]     # dropped while waiting
    items += [("flit", dll.control_block("RETRY_ACK", num_retry=1, num_free_buf=0, rd_ptr=32,
                                         wr_ptr=0)[0])]
    items += [("discard", 0)] + [("flit", f) for f in blocks[1] + blocks[2]]
    out, retries, errs = _run(items, seed=4)
    assert errs == {"hdr": 0, "crc": 1}
    want = (_expect_block(blocks[0], dllcb=0, first=1)
            + _expect_block(bad, dllcb=0, good=0)
            + _expect_block(blocks[1], dllcb=0) + _expect_block(blocks[2], dllcb=0, last=1))
    assert out == want
    assert [t for t, _ in retries] == [RETRY_ACK]


def test_phy_decode_failures_fail_their_blocks():
    """Flits the PHY flags as not decoded (``i_err``), their data intact so only the flag can
    fail them: one inside DLLDB 1 of 3 fails that block at its end (crc_err, whatever its
    CRC30 says), and the resend is parsed as the middle block; one at a block start is a bad
    header (hdr_err, never on ``o``); a flagged Retry_Ack where a block would start is dropped
    as damaged, not reported."""
    rng = random.Random(13)
    blocks = _dlldp_blocks(rng.randbytes(1500), vl=2, cfg=4)
    small = _dlldp_blocks(rng.randbytes(30), vl=1, cfg=3)[0]
    ack = dll.control_block("RETRY_ACK", num_retry=1, num_free_buf=0, rd_ptr=32, wr_ptr=0)[0]
    items = [("flit", f) for f in blocks[0]]
    items += [("err" if k == 5 else "flit", f) for k, f in enumerate(blocks[1])]
    items += [("discard", 1)] + [("flit", f) for f in blocks[2]] + [("flit", ack)]
    items += [("discard", 0)] + [("flit", f) for f in blocks[1] + blocks[2]]
    items += [("err", small[0]), ("discard", 1), ("flit", small[1]), ("err", ack)]
    items += [("discard", 0)] + [("flit", f) for f in small]
    out, retries, errs = _run(items, seed=14, damaged=True)
    assert errs == {"hdr": 1, "crc": 1, "damaged": 1}
    assert out == (_expect_block(blocks[0], dllcb=0, first=1)
                   + _expect_block(blocks[1], dllcb=0, good=0)
                   + _expect_block(blocks[1], dllcb=0) + _expect_block(blocks[2], dllcb=0, last=1)
                   + _expect_block(small, dllcb=0, first=1, last=1))
    assert [t for t, _ in retries] == [RETRY_ACK]


def test_malformed_block_starts():
    """Each bad block start raises hdr_err and never reaches ``o``; the context stays at the
    last good block, so the next good DLLDP is parsed from its LPH."""
    rng = random.Random(5)
    good = _dlldp_blocks(rng.randbytes(100), vl=1, cfg=3)[0]
    two = _dlldp_blocks(rng.randbytes(700), vl=1, cfg=3)
    bad_cfg = bytearray(good[0])
    bad_cfg[1] = (bad_cfg[1] & 0xF0) | 8                       # CFG 8: reserved
    bad_plength = bytearray(good[0])
    bad_plength[3] = (bad_plength[3] & 0xE0) | 21              # PLENGTH[4:0] 21: reserved
    bad_lch = bytearray(dll.control_block("NOB")[0])
    bad_lch[0] |= 0x04                                         # a 2-flit NOB
    unknown = bytearray(dll.control_block("NOB")[0])
    unknown[2] = 0x77                                          # CTRL 7: not a type
    wrong_vl = bytearray(two[1][0])
    wrong_vl[:2] = encode(Lbh, vl=2, cfg=3)
    items = [("flit", bytes(x)) for x in (bad_cfg, bad_plength, bad_lch, unknown)]
    items += [("flit", f) for f in good]
    items += [("flit", f) for f in two[0]] + [("flit", bytes(wrong_vl))]
    items += [("discard", 1), ("discard", 0)] + [("flit", f) for f in two[1]]
    out, _, errs = _run(items)
    assert errs == {"hdr": 5, "crc": 0}
    assert out == (_expect_block(good, dllcb=0, first=1, last=1)
                   + _expect_block(two[0], dllcb=0, first=1)
                   + _expect_block(two[1], dllcb=0, last=1))


def test_random_streams_with_errors():
    """Random DLLDPs and DLLCBs with random bit errors: every good block exactly as sent, every
    damaged block flagged (crc_err or hdr_err), the resend after each error parsed right."""
    rng = random.Random(7)
    units = []
    for _ in range(25):
        if rng.random() < 0.3:
            kind = rng.choice(["NOB", "CRD_ACK", "INIT"])
            units.append(("cb", dll.control_block(kind) if kind != "INIT"
                          else dll.init_block(dll.DllCapabilities())))
        else:
            for i, b in enumerate(_dlldp_blocks(rng.randbytes(rng.randint(1, 2000)),
                                                vl=rng.randrange(16),
                                                cfg=rng.choice(sorted(dll.DLLDP_CFGS)))):
                units.append(("dp", b, i == 0))
            units[-1] = (*units[-1], "last")
    items, want, nerr = [], [], 0
    for u in units:
        flits = u[1]
        if rng.random() < 0.2:
            bad = [bytearray(f) for f in flits]
            k = rng.randrange(len(bad))
            # Not the block's header (its own test covers that): a damaged length would make
            # the block run into the next one's flits, which this stream does not model.
            bad[k][rng.randrange(4 if k == 0 else 0, 20)] ^= 1 << rng.randrange(8)
            items += [("flit", bytes(f)) for f in bad]
            nerr += 1
            items += [("discard", 1)] + [("flit", bytes(20))] * 3 + [("discard", 0)]
        items += [("flit", f) for f in flits]
        if u[0] == "cb":
            want += _expect_block(flits, dllcb=1)
        else:
            want += _expect_block(flits, dllcb=0, first=int(u[2]), last=int(len(u) == 4))
    out, _, errs = _run(items, seed=8, idle=0.1)
    assert errs["hdr"] + errs["crc"] == nerr
    # Drop the flits of failed blocks from the output and compare the rest exactly.
    clean, block = [], []
    for o in out:
        block.append(o)
        if o[2]:
            if o[6]:
                clean += block
            block = []
    assert clean == want


def test_discard_in_the_middle_of_a_block():
    """A retry state entered mid-block (a PHY retrain, say) drops the partial block: after it
    the resend of that block is parsed from its first flit."""
    rng = random.Random(9)
    blocks = _dlldp_blocks(rng.randbytes(900), vl=5, cfg=6)
    items = [("flit", f) for f in blocks[0][:10]] + [("discard", 1), ("discard", 0)]
    items += [("flit", f) for f in blocks[0] + blocks[1]]
    out, _, errs = _run(items)
    assert errs == {"hdr": 0, "crc": 0}
    partial = _expect_block(blocks[0], dllcb=0, first=1)[:10]
    assert out == partial + _expect_block(blocks[0], dllcb=0, first=1) \
        + _expect_block(blocks[1], dllcb=0, last=1)


def test_damaged_retry_blocks_are_dropped_and_counted():
    """A Retry_Req_Set with copies damaged (and its Retry_Idle): the damaged ones are counted on
    retry_crc_err, never taken for a block (no hdr_err, no crc_err, no retry needed), the
    good copies are reported; the DLLDP after the set is parsed as usual."""
    rng = random.Random(11)
    s = dll.retry_req_set(rcv_ptr=77, num_retry=2, num_phy_reinit=0)
    damaged = {0, 3, 4, 20}
    wire = []
    for k, f in enumerate(s):
        if k in damaged:
            f = bytearray(f)
            f[rng.randrange(4, 20)] ^= 1 << rng.randrange(8)
            f = bytes(f)
        wire.append(f)
    blocks = _dlldp_blocks(rng.randbytes(50), vl=0, cfg=3)
    dut = DllRxParser()
    seen = {"retry": 0, "damaged": 0, "hdr": 0, "crc": 0}
    out = []

    async def src(ctx):
        for f in wire + blocks[0]:
            ctx.set(dut.i.valid, 1)
            ctx.set(dut.i.payload, int.from_bytes(f, "little"))
            await ctx.tick()
        ctx.set(dut.i.valid, 0)
        for _ in range(4):
            await ctx.tick()

    async def mon(ctx):
        async for _c, _r, rv, rce, he, ce, v, p in ctx.tick().sample(
                dut.retry_valid, dut.retry_crc_err, dut.hdr_err, dut.crc_err, dut.o.valid,
                dut.o.payload):
            seen["retry"] += rv
            seen["damaged"] += rce
            seen["hdr"] += he
            seen["crc"] += ce
            if v:
                out.append(Const.cast(p.data).value.to_bytes(20, "little"))
    run_simulation(dut, src, background=[mon], max_cycles=500)
    assert seen == {"retry": 33 - len(damaged), "damaged": len(damaged), "hdr": 0, "crc": 0}
    assert out == blocks[0]
