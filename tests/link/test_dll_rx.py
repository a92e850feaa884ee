"""The receiver core (hdl_py/link/dll_rx.py), fed by a peer made of the reference model: its
DLLDPs (``frame_dlldp``, random CRD/ACK bits per DLLDB), T = 0 Crd_Acks and Null Blocks
between DLLDBs, every backed-up flit kept by index as the peer's retry buffer would.

Checked: every packet delivered once, in order per VL, byte for byte with its CFG and
ERROR_FLAG; RcvPtr and the ACKs owed equal to the backed-up flits received; each CRD, ACK and
Crd_Ack reported as sent; the cells freed per VL as the peer counted them. A damaged block:
the Retry_Req_Set names exactly its first flit, the blocks after it are thrown away until the
Retry_Ack_Set, and the resend from there delivers each packet once. A DLLDP that does not fit
its VL's buffer is Receive Buffer Overflow, not stored, and nothing else is lost."""

import random

import pytest
from amaranth.hdl import Const

from hdl_py.link.dll_rx import DllRx
from sim.model import dll
from tests.lib.dllhelpers import set_params
from tests.lib.simhelpers import ignore_unused, run_simulation

CFGS = sorted(dll.DLLDP_CFGS)


def _params(*, cell=8, data_grain=4, ctrl_ack_grain=2, data_ack_grain=32, depth=4096):
    return dll.DllParameters(
        feature_id=1, data_ack_grain=data_ack_grain, ctrl_ack_grain=ctrl_ack_grain,
        cell_flits=cell, vl_enable=0xFFFF, ctrl_credit_grain=(1,) * 16,
        data_credit_grain=(data_grain,) * 16, share_allowed=False, peer_retry_buf_depth=depth,
        peer_packet_min_interval=1)


class _Peer:
    """The peer's transmit side: a list of blocks, each a list of flits, sent in order with a
    retry buffer of every backed-up flit (all but Null Blocks)."""

    def __init__(self, rng, packets, vls, *, crd_acks=0.3, nulls=0.1, bits=0.5):
        self.rng = rng
        self.blocks = []          # (kind, flits, info)
        self.sent = []            # (payload, vl, cfg, error_flag)
        self.crd_bits, self.ack_bits, self.crd_acks = [], 0, []
        for payload, vl, cfg, err in packets:
            nb = len(dll.dlldp_blocks(len(payload)))
            crd = [(1, rng.randrange(vls)) if rng.random() < bits else None for _ in range(nb)]
            ack = [int(rng.random() < bits) for _ in range(nb)]
            dp = dll.frame_dlldp(payload, vl=vl, cfg=cfg, crd=crd, ack=ack, error_flag=err)
            for i, blk in enumerate(dp):
                self.blocks.append(("DLLDB", blk, {"vl": vl, "first": i == 0}))
                if crd[i]:
                    self.crd_bits.append(crd[i][1])
                self.ack_bits += ack[i]
                if rng.random() < crd_acks:          # between DLLDBs, even of one DLLDP
                    nums = [rng.randrange(4) for _ in range(16)]
                    an = rng.randrange(40)
                    self.blocks.append(("CRD_ACK", dll.control_block(
                        "CRD_ACK", ack_num=an, crd_num=nums), {}))
                    self.crd_acks.append((tuple(nums), an))
                if rng.random() < nulls:
                    self.blocks.append(("NULL", dll.control_block("NULL"), {}))
            self.sent.append((payload, vl, cfg, err))
        self.backed = [f for kind, blk, _ in self.blocks if kind != "NULL" for f in blk]


def _packets(rng, n, vls, *, lo=1, hi=800):
    return [(bytes(rng.randrange(256) for _ in range(rng.randrange(lo, hi + 1))),
             rng.randrange(vls), rng.choice(CFGS), int(rng.random() < 0.1)) for _ in range(n)]


def _run(peer, *, vls=4, vl_flits=256, params=None, cycles=6000, gap=0.1, sink_bp=0.2,
         corrupt=(), seed=0, ack_delay=20, sink_stall=None, probe=None):
    """Send the peer's blocks; ``corrupt``: indices of the peer's wire flits (first copies)
    to damage. When the DUT asks for a retry, the peer answers ``ack_delay`` cycles after the
    set is 'sent' with a Retry_Ack_Set and the resend from the requested flit. ``probe(ctx,
    dut)`` is called every cycle after the inputs are set."""
    params = params or _params()
    dut = DllRx(vls=vls, vl_flits=vl_flits, data_bytes=32, us_cycles=2)
    rng = random.Random(seed)
    seen = {"pkts": [], "lph_crd": [], "release": 0, "crd_ack_rx": [], "freed": [0] * vls,
            "received": 0, "req_ptrs": [], "overflow": 0, "dlldp_rx": 0, "error_dlldp": 0,
            "crc_err": 0}
    wire = [f for kind, blk, _ in peer.blocks for f in blk]
    null_at = set()
    k = 0
    for kind, blk, _ in peer.blocks:
        if kind == "NULL":
            null_at.add(k)
        k += len(blk)
    # the peer's index of each wire flit (None for Null Blocks)
    index, n = [], 0
    for i in range(len(wire)):
        if i in null_at:
            index.append(None)
        else:
            index.append(n)
            n += 1

    async def tb(ctx):
        set_params(ctx, dut.params, params)
        ctx.set(dut.params_valid, 1)
        ctx.set(dut.dlldp_enable, 1)
        ctx.set(dut.rx_enable, 1)
        ctx.set(dut.wait_timeout_us, 1000)
        queue = list(range(len(wire)))        # wire positions still to send, in order
        extra = []                            # flits to send first (Retry_Ack_Set, resend)
        damaged = set(corrupt)
        set_left, answer_at, pkt = None, None, None
        for cycle in range(cycles):
            # this end's Retry_Req_Set: 'sent' by the transmitter in 33 cycles
            if ctx.get(dut.req_set) and set_left is None:
                set_left = 33
                seen["req_ptrs"].append(ctx.get(dut.req_rcv_ptr))
            done = set_left == 1
            ctx.set(dut.req_set_done, done)
            if set_left is not None:
                set_left -= 1
                if set_left == 0:
                    set_left = None
                    answer_at = cycle + ack_delay
            if answer_at == cycle:
                # The peer: a Retry_Ack_Set, then every backed-up flit from RcvPtr on.
                ptr = seen["req_ptrs"][-1]
                extra = [("raw", f) for f in dll.retry_ack_set(
                    num_retry=1, num_free_buf=0, rd_ptr=ptr, wr_ptr=0)]
                start = next(i for i in range(len(wire)) if index[i] == ptr) \
                    if ptr < n else len(wire)
                sent_upto = queue[0] if queue else len(wire)
                extra += [("pos", i) for i in range(start, sent_upto)]
                answer_at = None
            flit = None
            if rng.random() >= gap:
                if extra:
                    kind, x = extra.pop(0)
                    flit = x if kind == "raw" else wire[x]
                elif queue and answer_at is None and set_left is None:
                    pos = queue.pop(0)
                    flit = wire[pos]
                    if pos in damaged:
                        damaged.discard(pos)
                        flit = bytes([flit[0] ^ 0x04]) + flit[1:]
            ctx.set(dut.i.valid, flit is not None)
            if flit is not None:
                ctx.set(dut.i.payload, int.from_bytes(flit, "little"))
            stall = sink_stall is not None and sink_stall[0] <= cycle < sink_stall[1]
            ready = not stall and rng.random() >= sink_bp
            ctx.set(dut.o.ready, ready)
            await ctx.delay(1e-9)
            if probe:
                probe(ctx, dut)
            if ctx.get(dut.o.valid) and ready:
                b = dut.o.payload
                nbytes = ctx.get(b.nbytes)
                data = Const.cast(ctx.get(b.data)).value.to_bytes(32, "little")
                if pkt is None:
                    pkt = {"data": b"", "vl": ctx.get(b.side.vl), "cfg": ctx.get(b.side.cfg)}
                pkt["data"] += data[:nbytes]
                if ctx.get(b.last):
                    pkt["err"] = ctx.get(b.side.error_flag)
                    seen["pkts"].append(pkt)
                    pkt = None
            if ctx.get(dut.lph_crd):
                seen["lph_crd"].append(ctx.get(dut.lph_crd_vl))
            if ctx.get(dut.release):
                seen["release"] += ctx.get(dut.release_flits)
            if ctx.get(dut.crd_ack_rx):
                seen["crd_ack_rx"].append(tuple(ctx.get(dut.crd_ack_rx_num[v])
                                                for v in range(16)))
            if ctx.get(dut.freed):
                seen["freed"][ctx.get(dut.freed_vl)] += ctx.get(dut.freed_cells)
            if ctx.get(dut.received):
                seen["received"] += ctx.get(dut.received_flits)
            for key in ("rx_buf_overflow", "dlldp_rx", "error_dlldp", "crc_err"):
                seen["overflow" if key == "rx_buf_overflow" else key] += ctx.get(
                    getattr(dut, key))
            await ctx.tick()
        seen["rcv_ptr"] = ctx.get(dut.rcv_ptr)
        seen["queue_left"] = len(queue) + len(extra)

    run_simulation(dut, tb, max_cycles=cycles + 50)
    seen["backed"] = n
    return seen


def _by_vl(pkts):
    out = {}
    for p in pkts:
        out.setdefault(p["vl"], []).append((p["data"], p["cfg"], p["err"]))
    return out


def _check_delivery(seen, peer, *, lost=()):
    assert seen["queue_left"] == 0
    want = {}
    for i, (payload, vl, cfg, err) in enumerate(peer.sent):
        if i not in lost:
            want.setdefault(vl, []).append((payload, cfg, err))
    assert _by_vl(seen["pkts"]) == want


def _cells(peer, cell, lost=()):
    out = {}
    for i, (payload, vl, _, _) in enumerate(peer.sent):
        if i not in lost:
            out[vl] = out.get(vl, 0) + dll.dlldp_cells(sum(dll.dlldp_blocks(len(payload))),
                                                       cell)
    return out


@pytest.mark.parametrize("seed,vls,cell", [(1, 4, 8), (2, 16, 1), (3, 1, 4)])
def test_delivery_and_what_good_blocks_tell(seed, vls, cell):
    rng = random.Random(seed)
    peer = _Peer(rng, _packets(rng, 25, vls), vls)
    params = _params(cell=cell)
    seen = _run(peer, vls=vls, params=params, seed=seed)
    _check_delivery(seen, peer)
    assert seen["rcv_ptr"] == seen["received"] == seen["backed"]
    assert seen["lph_crd"] == peer.crd_bits
    assert seen["crd_ack_rx"] == [c for c, _ in peer.crd_acks]
    assert seen["release"] == (peer.ack_bits * params.data_ack_grain
                               + sum(a for _, a in peer.crd_acks) * params.ctrl_ack_grain)
    assert {v: c for v, c in enumerate(seen["freed"]) if c} == _cells(peer, cell)
    assert seen["dlldp_rx"] == len(peer.sent)
    assert seen["error_dlldp"] == sum(e for *_, e in peer.sent)
    assert seen["overflow"] == seen["crc_err"] == 0


@pytest.mark.parametrize("corrupt", [(), (40, 300, 301)])
def test_read_side_flags_are_the_pointer_compares_every_cycle(corrupt):
    """The reader's registered flags stand for the compares of the pointers they replace,
    in every cycle: ``cm != rd`` (something committed to read) and ``ra != cm`` (the read
    address short of the commit), per VL, through reads, commits, failed blocks and resends
    (a flag a cycle late would only slow the reader, which delivery alone cannot see)."""
    rng = random.Random(4)
    peer = _Peer(rng, _packets(rng, 25, 4, lo=1, hi=400), 4)
    checked = {"cycles": 0, "ra_ne_cm_seen": 0}

    def probe(ctx, dut):
        pr = dut._probe
        ra = ctx.get(pr["ra"])
        for v in range(4):
            cm, rd = ctx.get(pr["cm"][v]), ctx.get(pr["rd"][v])
            assert ctx.get(pr["avail_q"][v]) == (cm != rd)
            assert ctx.get(pr["ra_ne_cm"][v]) == (ra != cm)
            checked["ra_ne_cm_seen"] += ra != cm
        checked["cycles"] += 1

    seen = _run(peer, vls=4, seed=4, sink_bp=0.4, corrupt=corrupt, probe=probe)
    _check_delivery(seen, peer)
    assert checked["cycles"] > 1000 and checked["ra_ne_cm_seen"] > 0


def test_rcv_ptr_wraps_at_the_peer_depth():
    rng = random.Random(9)
    peer = _Peer(rng, _packets(rng, 20, 2), 2, nulls=0.3)
    seen = _run(peer, vls=2, params=_params(depth=300))
    _check_delivery(seen, peer)
    assert seen["backed"] > 300 and seen["rcv_ptr"] == seen["backed"] % 300


@pytest.mark.parametrize("which", ["first", "middle", "crd_ack"])
def test_damaged_block_resent_from_exactly_its_first_flit(which):
    """The Retry_Req_Set's RcvPtr is the damaged block's first flit in the peer's buffer; the
    flits after it up to the Retry_Ack_Set are dropped; the resend delivers each packet
    once; nothing is counted twice."""
    rng = random.Random(4)
    pkts = _packets(rng, 12, 2, lo=200, hi=900)
    pkts[5] = (bytes(range(256)) * 3, 1, 3, 0)      # 3 DLLDBs
    # every DLLDB returns a grain and an ACK: a failed block's would be counted twice
    peer = _Peer(rng, pkts, 2, crd_acks=0.2, nulls=0.0, bits=1.0)
    # the wire position of the chosen block's second flit (a flit inside the block)
    pos, target = 0, None
    dlldp = 0
    for kind, blk, info in peer.blocks:
        if kind == "DLLDB" and info["first"]:
            dlldp += 1
        if which == "first" and kind == "DLLDB" and info["first"] and dlldp == 4:
            target = (pos, pos + 1)
        if which == "middle" and kind == "DLLDB" and not info["first"] and dlldp == 6:
            target = (pos, pos + 1)
        if which == "crd_ack" and kind == "CRD_ACK" and dlldp >= 3:
            target = (pos, pos + 1)
        if target:
            break
        pos += len(blk)
    start, damaged = target
    params = _params()
    seen = _run(peer, vls=2, params=params, corrupt=[damaged])
    assert seen["req_ptrs"] == [start]         # no Null Blocks: wire position == index
    assert seen["crc_err"] == 1
    _check_delivery(seen, peer)
    assert seen["rcv_ptr"] == seen["received"] == seen["backed"]
    assert seen["lph_crd"] == peer.crd_bits
    assert seen["crd_ack_rx"] == [c for c, _ in peer.crd_acks]
    assert {v: c for v, c in enumerate(seen["freed"]) if c} == _cells(peer, 8)


def test_receive_buffer_overflow_drops_the_dlldp_whole():
    """32 flits a VL and the upper layer stalled: a DLLDP that does not fit its VL (one of
    36 flits never does; 11-flit ones once VL0 is full) is Receive Buffer Overflow and not
    stored; everything else is delivered whole and in order, VL1 untouched; RcvPtr counts
    them all (they were received); credit is freed only for what was delivered."""
    pkts = [(bytes([k]) * 200, 0, 3, 0) for k in range(2)]        # 11 flits each
    pkts.append((bytes([50]) * 700, 0, 3, 0))                     # 36 flits
    pkts.append((bytes([99]) * 200, 1, 4, 0))
    pkts += [(bytes([k]) * 200, 0, 3, 0) for k in range(2, 6)]
    peer = _Peer(random.Random(1), pkts, 2, crd_acks=0.0, nulls=0.0)
    seen = _run(peer, vls=2, vl_flits=32, sink_stall=(0, 600), cycles=1500, sink_bp=0.0)
    got = _by_vl(seen["pkts"])
    assert got[1] == [(bytes([99]) * 200, 4, 0)]
    vl0 = [d for d, _, _ in got[0]]
    sent0 = [p for p, vl, _, _ in pkts if vl == 0]
    assert bytes([50]) * 700 not in vl0
    assert vl0 == [p for p in sent0 if p in vl0]              # in order, nothing doubled
    lost = [i for i, (p, vl, _, _) in enumerate(pkts) if vl == 0 and p not in vl0]
    assert seen["overflow"] == len(lost) >= 2 and vl0[:2] == sent0[:2]
    assert seen["rcv_ptr"] == seen["backed"]
    assert {v: c for v, c in enumerate(seen["freed"]) if c} == _cells(peer, 8, lost=set(lost))


def test_a_dlldp_that_fills_its_vl_exactly_fits():
    """Back to back on VL0 (32 flits): 11 + 21 flits fill it exactly and are taken; the
    next one (the upper layer stalled; the deframer holds a few flits, fewer than 11) is
    Receive Buffer Overflow; a 32-flit DLLDP alone
    fits an empty VL."""
    pkts = [(bytes([1]) * 200, 0, 3, 0), (bytes([2]) * 400, 0, 3, 0),
            (bytes([3]) * 200, 0, 3, 0)]
    assert [sum(dll.dlldp_blocks(len(p))) for p, *_ in pkts] == [11, 21, 11]
    peer = _Peer(random.Random(1), pkts, 1, crd_acks=0.0, nulls=0.0)
    seen = _run(peer, vls=1, vl_flits=32, sink_stall=(0, 400), cycles=900, sink_bp=0.0,
                gap=0.0)
    assert seen["overflow"] == 1
    assert [p["data"] for p in seen["pkts"]] == [pkts[0][0], pkts[1][0]]
    # one flit too many right behind the first: refused (the room seen is a cycle old)
    over = [(bytes([1]) * 200, 0, 3, 0), (bytes([5]) * 420, 0, 3, 0)]
    assert sum(dll.dlldp_blocks(420)) == 22
    seen = _run(_Peer(random.Random(1), over, 1, crd_acks=0.0, nulls=0.0), vls=1,
                vl_flits=32, sink_stall=(0, 400), cycles=900, sink_bp=0.0, gap=0.0)
    assert seen["overflow"] == 1 and [p["data"] for p in seen["pkts"]] == [over[0][0]]
    full = [(bytes([4]) * 616, 0, 3, 0)]
    assert sum(dll.dlldp_blocks(616)) == 32
    seen = _run(_Peer(random.Random(1), full, 1, crd_acks=0.0, nulls=0.0), vls=1,
                vl_flits=32, gap=0.0)
    assert seen["overflow"] == 0 and [p["data"] for p in seen["pkts"]] == [full[0][0]]


@ignore_unused
def test_parameter_checks():
    for kw in ({"vls": 0}, {"vls": 17}, {"vl_flits": 16}, {"vl_flits": 100}):
        with pytest.raises(ValueError):
            DllRx(**kw)
