"""LinkRx: parsing, CRC and sequence checks, commit/rollback, deframing, credits, retry.

Every test drives the receiver with flits from the golden framing model
(:mod:`sim.model.link_frame`) through :class:`Bench`, whose sender behaves like ``LinkTx``: it
charges a packet's cells on its first transmission only (a replay re-uses the cells of the packet
it replaces, which the receiver never stored) and waits for credits read from ``fb.credit_cum``.
Deliveries are checked as they happen against :class:`sim.model.link.LinkModel` (exactly once,
in order per VL, bytes intact) plus the ``cfg`` of each packet; a background monitor counts
every pulse, records the feedback to the TX and checks that ``fb.update`` accompanies every
change of ``ack_seq``/``credit_cum``.
"""

import itertools
from collections import Counter, deque

import pytest

from hdl_py.lib.stream import beats_to_packets
from hdl_py.link.common import DlState, RetryState, packet_cells, packet_flits
from hdl_py.link.rx import PULSE_COUNTERS, LinkRx
from hdl_py.proto import LinkCfg, LinkHeader, decode_prefix, encode
from sim.model.link import CreditAccount, LinkModel
from sim.model.link_frame import (
    DATA_CFGS,
    control_block,
    flit_to_int,
    frame_packet,
    parse_control_block,
    parse_packet,
    reseal,
)
from tests.lib.simhelpers import (
    beat_to_dict,
    ignore_unused,
    run_simulation,
    seeded,
    stream_rule_monitor,
)

# Two parameter sets: the default receiver, and a small one whose output (16 bytes per beat) is
# slower than the line, with a buffer of only a few MTU packets.
CONFIGS = [
    dict(num_vls=4, data_bytes=32, cell_flits=8, buffer_cells=63, mtu=4096, retrain_wait=16),
    dict(num_vls=2, data_bytes=16, cell_flits=4, buffer_cells=12, mtu=160, retrain_wait=16),
]
IDS = ["vl4-db32-c8", "vl2-db16-c4"]

COUNTERS = PULSE_COUNTERS + ("retrain",)
PEER_PULSES = ("peer_ack", "peer_credit", "peer_init", "peer_init_done", "peer_retry_req")
SEQ_MOD = 1 << 16
#: Cycles from the clock edge that takes the last flit of a packet to the edge that takes the
#: first beat of its payload (empty receiver, ``o.ready`` high; see test_latency_and_line_rate).
LATENCY = 9


def flip(flits, bit):
    """Copy of ``flits`` with bit ``bit`` of the packet (bit 0 = LSB of byte 0) inverted."""
    raw = bytearray(b"".join(flits))
    raw[bit // 8] ^= 1 << (bit % 8)
    return [bytes(raw[i:i + 20]) for i in range(0, len(raw), 20)]


def with_header(flits, **changes):
    """Edit link header fields of a packet (``plen`` as a raw 14-bit int allowed) and reseal."""
    header, _ = decode_prefix(LinkHeader, flits[0], strict=False)
    header = dict(header)
    header.update(changes)
    first = encode(LinkHeader, header) + flits[0][4:]
    return reseal([first, *flits[1:]])


def header_flits(flit):
    """Flits a receiver expects from the (possibly corrupted) header in ``flit``."""
    raw = int.from_bytes(flit[2:4], "big") & 0x3FFF
    whole, tail = raw >> 5, raw & 0x1F
    return whole + (1 if tail <= 14 else 2)


class Bench:
    """Sender, sink and monitor around one :class:`LinkRx`."""

    def __init__(self, dut, rng, *, backpressure=0.0, idle=0.0):
        self.dut, self.rng = dut, rng
        self.backpressure, self.idle = backpressure, idle
        self.hold = False
        self.cycle = 0
        self.counts = Counter()
        self.retry_reqs = []     # (cycle, retry_seq) of each fb.retry_req pulse
        self.peer = []           # decoded fb.peer_* events
        self.commits = []        # fb.ack_seq after each rx_packet pulse
        self.states = []         # (cycle, RetryState) at each change
        self.delivered = []      # (vl, cfg, payload)
        self.in_edges = []       # clock edge (monitor count) of every flit taken from ``i``
        self.first_edges = []    # clock edge of every packet's first beat on ``o``
        self.last_edges = []     # clock edge of every packet's last beat on ``o``
        self.sent = 0            # flits sent
        self.violations = []
        self.model = LinkModel(dut.num_vls)
        self.cfgs = [deque() for _ in range(dut.num_vls)]
        self.cells = Counter()   # cells of delivered packets per VL
        self.credits = []
        self.reset_credits()

    # -- sender side ----------------------------------------------------------------------------

    def reset_credits(self):
        self.credits = [CreditAccount(cell_flits=self.dut.cell_flits)
                        for _ in range(self.dut.num_vls)]
        for account in self.credits:
            account.init(self.dut.buffer_cells)

    def refresh_credits(self, ctx):
        for vl, cum in enumerate(ctx.get(self.dut.fb.credit_cum)):
            self.credits[vl].update(int(cum))

    async def setup(self, ctx, *, llr=1, wait_timeout=200, retry_max=3, retrain_max=2):
        dut = self.dut
        ctx.set(dut.dl_state, DlState.NORMAL)
        ctx.set(dut.llr_en, llr)
        ctx.set(dut.wait_timeout, wait_timeout)
        ctx.set(dut.retry_max, retry_max)
        ctx.set(dut.retrain_max, retrain_max)
        await ctx.tick().repeat(2)

    async def send(self, ctx, items, *, idle=None):
        """Send ``(flit, ctl)`` items, one per cycle, with random idle cycles before each."""
        idle = self.idle if idle is None else idle
        dut = self.dut
        for flit, ctl in items:
            while self.rng.random() < idle:
                ctx.set(dut.i.valid, 0)
                await ctx.tick()
            ctx.set(dut.i.valid, 1)
            ctx.set(dut.i.payload, {"data": flit_to_int(flit), "ctl": ctl})
            assert ctx.get(dut.i.ready) == 1
            await ctx.tick()
            self.sent += 1
        ctx.set(dut.i.valid, 0)

    async def block(self, ctx, **fields):
        await self.send(ctx, [(f, 1) for f in control_block(**fields)])

    async def packet(self, ctx, payload, *, vl, cfg=LinkCfg.IPV4, seq, expect=True,
                     flits=None, charge=True, mid=None):
        """Send a data packet for the first time: wait for credits (``charge``), register it in
        the delivery model (``expect``), optionally with control-block flits ``mid`` inserted
        after its first flit. Returns its (uncorrupted) flits for a later replay."""
        good = frame_packet(payload, vl=vl, cfg=cfg, seq=seq)
        if charge:
            while True:
                self.refresh_credits(ctx)
                if self.credits[vl].can_send(len(payload)):
                    break
                await ctx.tick()
            self.credits[vl].consume(len(payload))
        if expect:
            self.model.send(vl, payload)
            self.cfgs[vl].append(LinkCfg(cfg).value)
        items = [(f, 0) for f in (good if flits is None else flits)]
        if mid:
            items[1:1] = [(f, 1) for f in mid]
        await self.send(ctx, items)
        return good

    async def replay(self, ctx, flit_lists):
        for flits in flit_lists:
            await self.send(ctx, [(f, 0) for f in flits])

    async def wait(self, ctx, condition, *, limit=5000, what="condition"):
        for _ in range(limit):
            if condition():
                return
            await ctx.tick()
        raise AssertionError(f"timed out waiting for {what}")

    async def drain(self, ctx, *, limit=20000):
        await self.wait(ctx, lambda: self.model.outstanding() == 0, limit=limit,
                        what="all packets delivered")
        await ctx.tick().repeat(10)

    # -- background checkers --------------------------------------------------------------------

    async def monitor(self, ctx):
        dut, fb = self.dut, self.dut.fb
        pulses = [getattr(dut, name) for name in COUNTERS]
        peer = [getattr(fb, name) for name in PEER_PULSES]
        values = [fb.peer_ack_seq, fb.peer_credit_cum, fb.peer_retry_seq, fb.retry_req,
                  fb.retry_seq, fb.update, fb.ack_seq, fb.credit_cum, dut.retry_state,
                  dut.i.valid, dut.o.valid, dut.o.ready, dut.o.payload]
        previous = None
        state = None
        while True:
            sample = (await ctx.tick().sample(*pulses, *peer, *values))[2:]
            self.cycle += 1
            pulse_values = sample[:len(pulses)]
            peer_values = sample[len(pulses):len(pulses) + len(peer)]
            (ack_seq_peer, credits_peer, retry_seq_peer, retry_req, retry_seq, update, ack_seq,
             credit_cum, rstate, i_valid, o_valid, o_ready, beat) = sample[len(pulses) + len(peer):]
            if i_valid:
                self.in_edges.append(self.cycle)
            if o_valid and o_ready:
                if beat.first:
                    self.first_edges.append(self.cycle)
                if beat.last:
                    self.last_edges.append(self.cycle)
            for name, value in zip(COUNTERS, pulse_values, strict=True):
                self.counts[name] += value
            if any(peer_values):
                flags = dict(zip(PEER_PULSES, peer_values, strict=True))
                self.peer.append((
                    flags["peer_init"], flags["peer_init_done"], flags["peer_retry_req"],
                    flags["peer_ack"], flags["peer_credit"],
                    ack_seq_peer if flags["peer_ack"] else None,
                    tuple(int(c) for c in credits_peer), retry_seq_peer))
            if retry_req:
                self.retry_reqs.append((self.cycle, retry_seq))
            if pulse_values[COUNTERS.index("rx_packet")]:
                self.commits.append(ack_seq)
            key = (ack_seq, tuple(int(c) for c in credit_cum))
            if previous is not None and key != previous and not update:
                self.violations.append(f"cycle {self.cycle}: ack/credits changed without update")
            previous = key
            if rstate != state:
                self.states.append((self.cycle, rstate))
                state = rstate

    async def collector(self, ctx):
        dut = self.dut
        beats = []
        while True:
            ready = 0 if self.hold else int(self.rng.random() >= self.backpressure)
            ctx.set(dut.o.ready, ready)
            _, _, valid, payload = await ctx.tick().sample(dut.o.valid, dut.o.payload)
            if not (valid and ready):
                continue
            beat = beat_to_dict(payload)
            if beats and beat["side"] != beats[0]["side"]:
                self.violations.append("side changed inside a packet")
            beats.append(beat)
            if beat["last"]:
                (payload_bytes,) = beats_to_packets(beats, dut.data_bytes)
                vl, cfg = beats[0]["side"]["vl"], beats[0]["side"]["cfg"]
                beats = []
                self.model.check_delivery(vl, payload_bytes)
                expected_cfg = self.cfgs[vl].popleft()
                assert cfg == expected_cfg, f"VL {vl}: cfg {cfg} delivered, {expected_cfg} sent"
                self.delivered.append((vl, cfg, payload_bytes))
                self.cells[vl] += packet_cells(packet_flits(len(payload_bytes)),
                                               dut.cell_flits)

    def run(self, *testbenches, max_cycles=60000):
        rules = []
        run_simulation(self.dut, *testbenches, max_cycles=max_cycles,
                       background=(self.monitor, self.collector,
                                   stream_rule_monitor(self.dut.o, rules, name="o")))
        assert not rules, rules[:5]
        assert not self.violations, self.violations[:5]

    # -- end-of-test checks ---------------------------------------------------------------------

    def check_counts(self, **expected):
        """Every counter pulse count equals ``expected`` (0 when not given)."""
        got = {name: self.counts[name] for name in COUNTERS}
        want = {name: expected.get(name, 0) for name in COUNTERS}
        assert got == want

    def check_credits_returned(self, ctx, extra=None):
        """``credit_cum`` = cells of the delivered packets (+ ``extra``), and a credit-respecting
        sender holds all its credits again."""
        extra = extra or Counter()
        cum = [int(c) for c in ctx.get(self.dut.fb.credit_cum)]
        assert cum == [(self.cells[vl] + extra[vl]) % 64 for vl in range(self.dut.num_vls)]
        self.refresh_credits(ctx)
        assert [a.available for a in self.credits] == [self.dut.buffer_cells] * len(cum)
        assert all(a.overflows == 0 for a in self.credits)


def random_payload(rng, mtu, *, big=0.1):
    roll = rng.random()
    if roll < big:
        size = rng.randint(mtu // 2, mtu)
    elif roll < 0.3:
        size = rng.randint(1, min(mtu, 400))
    else:
        size = rng.randint(1, min(mtu, 64))
    return rng.randbytes(size)


def random_block(rng, num_vls, *, sd=None, retry_ack=0):
    return dict(ack_number=rng.randrange(SEQ_MOD),
                credits=[rng.randrange(64) for _ in range(16)],
                sd=rng.getrandbits(1) if sd is None else sd, init_done=rng.getrandbits(1),
                retry_req=rng.getrandbits(1), retry_ack=retry_ack,
                retry_seq=rng.randrange(SEQ_MOD))


def peer_event(fields, num_vls):
    """The fb.peer_* event a good control block with ``fields`` produces (see Bench.monitor)."""
    sd = fields.get("sd", 0)
    return (sd, fields.get("init_done", 0), fields.get("retry_req", 0), 1 - sd, 1 - sd,
            None if sd else fields["ack_number"], tuple(fields["credits"][:num_vls]),
            fields.get("retry_seq", 0))


# ---------------------------------------------------------------------------------------------


@ignore_unused
def test_parameter_validation():
    with pytest.raises(TypeError):
        LinkRx(num_vls="4")
    with pytest.raises(ValueError):
        LinkRx(num_vls=0)
    with pytest.raises(ValueError):
        LinkRx(num_vls=17)
    with pytest.raises(ValueError):
        LinkRx(data_bytes=24)
    with pytest.raises(ValueError):
        LinkRx(cell_flits=3)
    with pytest.raises(TypeError):
        LinkRx(cell_flits=8.0)
    with pytest.raises(ValueError):
        LinkRx(buffer_cells=64)
    with pytest.raises(ValueError, match="cannot hold one packet"):
        LinkRx(cell_flits=4, buffer_cells=40, mtu=4096)
    with pytest.raises(ValueError):
        LinkRx(mtu=0)
    with pytest.raises(ValueError):
        LinkRx(retrain_wait=0)
    with pytest.raises(TypeError):
        LinkRx(mtu=True)
    rx = LinkRx(num_vls=2, cell_flits=4, buffer_cells=12, mtu=160)
    assert (rx.num_vls, rx.buffer_flits, rx.mtu) == (2, 48, 160)
    assert rx.i.signature.members["payload"].shape.size == 162


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_random_traffic(cfg, seed):
    """Random packets on random VLs (credit-gated), control blocks between and inside packets,
    idle gaps and back-pressure: all delivered once, in order, intact; credits and acks exact;
    every control block decoded."""
    rng = seeded(seed)
    dut = LinkRx(**cfg)
    bench = Bench(dut, rng, backpressure=0.3, idle=0.2)
    nv = dut.num_vls
    blocks = []
    count = 50
    sent_flits = 0

    async def tb(ctx):
        nonlocal sent_flits
        await bench.setup(ctx)
        assert [int(c) for c in ctx.get(dut.init_credits)] == [dut.buffer_cells] * nv
        assert ctx.get(dut.fb.ack_seq) == SEQ_MOD - 1
        for seq in range(count):
            if rng.random() < 0.3:
                fields = random_block(rng, nv, retry_ack=rng.getrandbits(1))
                blocks.append(fields)
                await bench.block(ctx, **fields)
                sent_flits += 2
            payload = random_payload(rng, dut.mtu)
            mid = None
            if packet_flits(len(payload)) > 1 and rng.random() < 0.2:
                # A control block inside a packet (retry_ack would abort it: never there).
                fields = random_block(rng, nv)
                blocks.append(fields)
                mid = control_block(**fields)
                sent_flits += 2
            await bench.packet(ctx, payload, vl=rng.randrange(nv),
                               cfg=rng.choice(DATA_CFGS), seq=seq, mid=mid)
            sent_flits += packet_flits(len(payload))
        await bench.drain(ctx)
        assert bench.commits == list(range(count))
        assert ctx.get(dut.fb.ack_seq) == count - 1
        assert ctx.get(dut.fb.init_seen) == int(any(b["sd"] for b in blocks))
        bench.check_credits_returned(ctx)

    bench.run(tb)
    assert bench.peer == [peer_event(b, nv) for b in blocks]
    bench.check_counts(rx_flit=sent_flits, rx_packet=count, ctl_block=len(blocks))
    assert bench.retry_reqs == []


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_latency_and_line_rate(cfg, seed):
    """Latency of short and long packets into an empty receiver, then a burst of MTU packets
    with no idle flit between them."""
    rng = seeded(seed)
    dut = LinkRx(**cfg)
    bench = Bench(dut, rng)
    nv, mtu = dut.num_vls, dut.mtu
    ends = []          # index of the last flit of each packet among all flits sent
    burst = 12
    info = {}

    async def tb(ctx):
        await bench.setup(ctx)
        for seq, size in enumerate((1, 30, mtu)):
            await bench.packet(ctx, rng.randbytes(size), vl=seq % nv, seq=seq)
            ends.append(bench.sent - 1)
            await bench.drain(ctx)
        waited = 0
        info["first"] = bench.sent
        for k in range(burst):
            bench.refresh_credits(ctx)
            waited += not bench.credits[k % nv].can_send(mtu)
            await bench.packet(ctx, rng.randbytes(mtu), vl=k % nv, seq=3 + k)
            ends.append(bench.sent - 1)
        info["waited"] = waited
        await bench.drain(ctx)

    bench.run(tb)
    edges = bench.in_edges
    # Store and forward: the first beat leaves LATENCY cycles after the last flit, one cycle
    # more per further flit the first beat needs (the first flit carries 16 payload bytes).
    sizes = (1, 30, mtu)
    extra = [-(-max(0, min(size, dut.data_bytes) - 16) // 20) for size in sizes]
    assert [bench.first_edges[k] - edges[ends[k]] for k in range(3)] == \
        [LATENCY + e for e in extra]
    burst_edges = edges[info["first"]:]
    assert burst_edges == list(range(burst_edges[0], burst_edges[0] + burst * packet_flits(mtu)))
    beats = -(-mtu // dut.data_bytes)
    if dut.data_bytes >= 20:
        # Line rate: the sender never waited for credits, and the last packet of the burst
        # leaves exactly as long after its last flit as an isolated MTU packet does: the
        # reader kept pace with one flit per cycle.
        assert info["waited"] == 0
        isolated = bench.last_edges[2] - edges[ends[2]]
        assert bench.last_edges[-1] - edges[ends[-1]] == isolated
    else:
        # Output-bound: one full beat in every cycle of the burst, none lost between packets.
        assert bench.last_edges[-1] - bench.first_edges[-burst] + 1 == burst * beats
    bench.check_counts(rx_flit=len(edges), rx_packet=3 + burst)


async def retry_handshake(ctx, bench, seq, *, before, limit=5000):
    """Wait for the retry request issued after ``before`` requests, check it asks for ``seq``,
    and answer with a control block carrying ``retry_ack``."""
    await bench.wait(ctx, lambda: len(bench.retry_reqs) > before, limit=limit,
                     what=f"retry request for seq {seq}")
    assert bench.retry_reqs[before][1] == seq
    await bench.block(ctx, ack_number=(seq - 1) % SEQ_MOD, credits=[0] * 16, retry_ack=1,
                      retry_seq=seq)


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_bit_flip_retry(cfg, seed):
    """One flipped bit anywhere in a data packet (header, payload, pad, seq, CRC or its
    reserved bits): not delivered, counted, replay requested from its seq; the packets sent
    behind it (also while waiting) are discarded; after retry_ack the replay is delivered once."""
    rng = seeded(seed)
    dut = LinkRx(**cfg)
    bench = Bench(dut, rng, backpressure=0.2, idle=0.1)
    nv = dut.num_vls
    rounds = 6
    outcome = Counter()
    total = 0

    def payload():
        return rng.randbytes(rng.randint(1, min(dut.mtu, 300)))

    async def tb(ctx):
        nonlocal total
        await bench.setup(ctx, wait_timeout=100)
        seq = 0
        for r in range(rounds):
            for _ in range(rng.randint(0, 2)):
                await bench.packet(ctx, payload(), vl=rng.randrange(nv), seq=seq)
                seq += 1
            data, vl = payload(), rng.randrange(nv)
            good = frame_packet(data, vl=vl, cfg=LinkCfg.IPV4, seq=seq)
            bits = len(good) * 160
            if r == 0:
                bit = (bits // 8 - 4) * 8 + rng.choice((6, 7))   # a reserved trailer bit
            elif r == 1:
                bit = 2 * 8 + rng.randrange(6)                   # plen, high bits
            elif r == 2:
                bit = 3 * 8 + rng.randrange(8)                   # plen, low bits
            else:
                bit = rng.randrange(bits)
            bad = flip(good, bit)
            before = len(bench.retry_reqs)
            replay = [await bench.packet(ctx, data, vl=vl, seq=seq, flits=bad)]
            for k in range(rng.randint(1, 3)):
                replay.append(await bench.packet(ctx, payload(), vl=rng.randrange(nv),
                                                 seq=seq + 1 + k))
            # With a corrupted plen asking for more flits than were sent, the receiver notices
            # the stall (timeout) instead of a CRC failure.
            available = sum(len(f) for f in replay)
            outcome["timeout" if header_flits(bad[0]) > available else "crc_error"] += 1
            await bench.wait(ctx, lambda b=before: len(bench.retry_reqs) > b,
                             what="retry request")
            # A new packet sent while the receiver waits for retry_ack is discarded too.
            replay.append(await bench.packet(ctx, payload(), vl=rng.randrange(nv),
                                             seq=seq + len(replay)))
            await retry_handshake(ctx, bench, seq, before=before)
            await bench.replay(ctx, replay)
            seq += len(replay)
        await bench.drain(ctx)
        total = seq
        assert bench.commits == list(range(seq))
        assert ctx.get(dut.retry_state) == RetryState.NORMAL
        bench.check_credits_returned(ctx)

    bench.run(tb)
    bench.check_counts(rx_flit=bench.sent, rx_packet=total, ctl_block=rounds, retry=rounds,
                       crc_error=outcome["crc_error"], timeout=outcome["timeout"])


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_duplicates_and_gaps(cfg, seed):
    """Replayed packets with an older seq are dropped and counted (the window's oldest end,
    expected - 2^15, included); a newer seq (a lost packet, or the window's newest end,
    expected + 2^15 - 1) is a gap and asks for a replay from the expected seq."""
    rng = seeded(seed)
    dut = LinkRx(**cfg)
    bench = Bench(dut, rng, backpressure=0.3, idle=0.1)
    nv = dut.num_vls

    def data():
        return rng.randbytes(rng.randint(1, min(dut.mtu, 120)))

    def stray(seq):
        return [(f, 0) for f in frame_packet(data(), vl=0, cfg=LinkCfg.IPV4, seq=seq)]

    async def tb(ctx):
        await bench.setup(ctx)
        flits = [await bench.packet(ctx, data(), vl=s % nv, seq=s) for s in range(5)]
        await bench.replay(ctx, [flits[2], flits[3], flits[4]])      # duplicates
        await bench.send(ctx, stray((5 - 0x8000) % SEQ_MOD))         # oldest seq of the window
        flits.append(await bench.packet(ctx, data(), vl=1 % nv, seq=5))
        # Packet 6 is lost on the wire: 7 arrives first.
        flits.append(await bench.packet(ctx, data(), vl=0, seq=6, flits=[]))
        flits.append(await bench.packet(ctx, data(), vl=1 % nv, seq=7))
        await retry_handshake(ctx, bench, 6, before=0)
        await bench.replay(ctx, [flits[6], flits[7]])
        await bench.send(ctx, stray(8 + 0x7FFF))                     # newest seq: a gap
        await retry_handshake(ctx, bench, 8, before=1)
        eight = await bench.packet(ctx, data(), vl=0, seq=8)
        # The sender answers a late request again: it stops packet 9 after one flit, sends
        # retry_ack and replays from 8. The cut packet vanishes without a count, 8 is a
        # duplicate, 9 is taken.
        payload = rng.randbytes(60)
        nine = await bench.packet(ctx, payload, vl=1 % nv, seq=9, flits=frame_packet(
            payload, vl=1 % nv, cfg=LinkCfg.IPV4, seq=9)[:1])
        await bench.block(ctx, ack_number=7, credits=[0] * 16, retry_ack=1, retry_seq=8)
        await bench.replay(ctx, [eight, nine])
        await bench.drain(ctx)
        assert bench.commits == list(range(10))
        bench.check_credits_returned(ctx)

    bench.run(tb)
    bench.check_counts(rx_flit=bench.sent, rx_packet=10, duplicate=5, seq_gap=2, retry=2,
                       ctl_block=3)


def malformed_cases(dut, rng):
    """``(name, make(seq))``: data packets with a good CRC and a header the receiver rejects."""
    def frame(size, seq):
        return frame_packet(rng.randbytes(size), vl=0, cfg=LinkCfg.IPV4, seq=seq)

    cases = [
        ("cfg CREDIT_CONTROL", lambda seq: with_header(frame(20, seq), cfg=0)),
        ("cfg 1 (no LinkCfg)", lambda seq: with_header(frame(30, seq), cfg=1)),
        ("cfg 15 (no LinkCfg)", lambda seq: with_header(frame(3, seq), cfg=15)),
        ("plen 4: no payload", lambda seq: with_header(frame(5, seq), plen=4)),
        ("plen 0", lambda seq: with_header(frame(2, seq), plen=0)),
        ("plen above mtu + 4", lambda seq: frame(dut.mtu + 1, seq)),
        ("plen tail_bytes 25", lambda seq: with_header(frame(41, seq), plen=(1 << 5) | 25)),
    ]
    if dut.num_vls < 16:
        cases.append(("vl >= num_vls", lambda seq: with_header(frame(9, seq), vl=dut.num_vls)))
    return cases


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_malformed_headers(cfg, seed):
    """Bad cfg, vl, plen (small, large, non-canonical) with a good CRC: never delivered,
    counted as malformed; with LLR a replay is requested, without it the packet is lost."""
    rng = seeded(seed)
    dut = LinkRx(**cfg)
    bench = Bench(dut, rng, backpressure=0.2, idle=0.1)
    cases = malformed_cases(dut, rng)

    async def tb(ctx):
        await bench.setup(ctx)
        seq = 0
        for index, (name, make) in enumerate(cases):
            await bench.packet(ctx, rng.randbytes(17), vl=index % dut.num_vls, seq=seq)
            seq += 1
            bad = make(seq)
            parsed = parse_packet(bad, max_payload=dut.mtu)
            # The golden parser agrees (it does not know num_vls: the vl check is the RX's).
            assert parsed.crc_ok and (parsed.errors or parsed.vl >= dut.num_vls), name
            await bench.send(ctx, [(f, 0) for f in bad])
            await retry_handshake(ctx, bench, seq, before=index)
        ctx.set(dut.llr_en, 0)
        for index, (_, make) in enumerate(cases):
            await bench.send(ctx, [(f, 0) for f in make(seq)])
            await bench.packet(ctx, rng.randbytes(33), vl=index % dut.num_vls, seq=seq)
            seq += 1
        await bench.drain(ctx)
        assert bench.commits == list(range(seq))
        bench.check_credits_returned(ctx)

    bench.run(tb)
    n = len(cases)
    bench.check_counts(rx_flit=bench.sent, rx_packet=2 * n, malformed=2 * n, retry=n,
                       lost_packet=n, ctl_block=n)


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_control_blocks(cfg, seed):
    """Control blocks decode into exact fb.peer_* events; a bad CRC, a lost flit or a lone flit
    before a data flit is dropped and counted once, the pairing realigns at once; a good CRC
    with an unknown link control header is ignored and counted as malformed; a block between
    the flits of a packet or with idle cycles between its own flits works."""
    rng = seeded(seed)
    dut = LinkRx(**cfg)
    bench = Bench(dut, rng)
    nv = dut.num_vls
    events = []
    packets = 0

    def good(**fields):
        fields = {"ack_number": rng.randrange(SEQ_MOD),
                  "credits": [rng.randrange(64) for _ in range(16)], **fields}
        events.append(peer_event(fields, nv))
        return [(f, 1) for f in control_block(**fields)]

    def corrupt(flits):
        bad = flip(flits, rng.randrange(40 * 8))
        assert parse_control_block(bad) is None
        return [(f, 1) for f in bad]

    async def data(ctx, seq, *, mid=None):
        nonlocal packets
        packets += 1
        await bench.packet(ctx, rng.randbytes(rng.randint(20, 90)), vl=seq % nv, seq=seq,
                           mid=mid)

    async def tb(ctx):
        await bench.setup(ctx)
        assert ctx.get(dut.fb.init_seen) == 0
        await bench.send(ctx, good(sd=1))
        await ctx.tick().repeat(3)
        assert ctx.get(dut.fb.init_seen) == 1
        await bench.send(ctx, good(sd=1, init_done=1))
        await bench.send(ctx, good(init_done=1))
        await bench.send(ctx, good(retry_req=1, retry_seq=0xBEEF))
        await bench.send(ctx, good(retry_req=1, retry_seq=7, ack_number=0xFFFF))
        # A bad block alone, then one right before a good one (no gap): one error each.
        await bench.send(ctx, corrupt(control_block(ack_number=1, credits=[1] * 16)))
        await data(ctx, 0)
        await bench.send(ctx, corrupt(control_block(ack_number=2, credits=[2] * 16))
                         + good() + good(sd=1))
        # The first flit of a block is lost; the next two blocks follow back to back.
        lost = control_block(ack_number=3, credits=[3] * 16)
        await bench.send(ctx, [(lost[1], 1)] + good() + good(retry_req=1, retry_seq=3))
        # A lone control flit followed by a data flit.
        await bench.send(ctx, [(lost[0], 1)])
        await data(ctx, 1)
        # Unknown control block type, good CRC.
        raw = bytearray(b"".join(control_block(ack_number=4, credits=[4] * 16)))
        raw[2] = 0x3 << 4 | 0x4
        unknown = reseal([bytes(raw[:20]), bytes(raw[20:])])
        assert parse_control_block(unknown)["lch_ok"] is False
        await bench.send(ctx, [(f, 1) for f in unknown])
        # Blocks inside packets, and a block with idle cycles between its flits.
        await data(ctx, 2, mid=[f for f, _ in good()])
        await data(ctx, 3, mid=[f for f, _ in good(sd=1, retry_req=1, retry_seq=9)])
        split = good()
        await bench.send(ctx, split[:1])
        await ctx.tick().repeat(7)
        await bench.send(ctx, split[1:])
        await data(ctx, 4)
        await bench.drain(ctx)
        peer = ctx.get(dut.fb.peer_credit_cum)
        assert tuple(int(c) for c in peer) == events[-1][6]

    bench.run(tb)
    assert bench.peer == events
    bench.check_counts(rx_flit=bench.sent, rx_packet=packets, ctl_block=len(events),
                       ctl_crc_error=4, malformed=1)


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_timeouts_retrain_error(cfg, seed):
    """WAIT expires -> REQ again (and a late retry_ack still recovers); retry_max requests ->
    RETRAIN (pulse, fixed wait) -> REQ; after retrain_max retrains -> ERROR: link_error, every
    flit ignored, until reset_link, which restarts the receiver from seq 0."""
    rng = seeded(seed)
    dut = LinkRx(**cfg)
    bench = Bench(dut, rng)
    wt, rmax, tmax, rw = 30, 2, 1, dut.retrain_wait
    marks = {}

    async def tb(ctx):
        await bench.setup(ctx, wait_timeout=wt, retry_max=rmax, retrain_max=tmax)
        # A: one WAIT timeout, then the replay arrives.
        good = await bench.packet(ctx, rng.randbytes(50), vl=0, seq=0,
                                  flits=flip(frame_packet(b"x" * 50, vl=0, cfg=LinkCfg.IPV4,
                                                          seq=0), 100))
        await bench.wait(ctx, lambda: len(bench.retry_reqs) == 2, what="second request")
        await retry_handshake(ctx, bench, 0, before=1)
        await bench.replay(ctx, [good])
        await bench.drain(ctx)
        # B: nobody answers.
        marks["b"] = len(bench.retry_reqs)
        bad = flip(frame_packet(b"y" * 50, vl=0, cfg=LinkCfg.IPV4, seq=1), 60)
        await bench.send(ctx, [(f, 0) for f in bad])
        await bench.wait(ctx, lambda: ctx.get(dut.link_error) == 1, what="ERROR")
        assert ctx.get(dut.retry_state) == RetryState.ERROR
        # ERROR: data and control blocks are ignored.
        peer_before, commits_before = len(bench.peer), len(bench.commits)
        await bench.send(ctx, [(f, 0) for f in frame_packet(b"z" * 9, vl=0, cfg=LinkCfg.IPV4,
                                                             seq=1)])
        await bench.block(ctx, ack_number=0, credits=[0] * 16, retry_ack=1, retry_seq=1)
        await ctx.tick().repeat(wt * 3)
        assert (len(bench.peer), len(bench.commits)) == (peer_before, commits_before)
        assert ctx.get(dut.link_error) == 1
        # reset_link: back to NORMAL and to the start of the sequence space.
        ctx.set(dut.reset_link, 1)
        await ctx.tick()
        ctx.set(dut.reset_link, 0)
        await ctx.tick().repeat(2)
        assert ctx.get(dut.retry_state) == RetryState.NORMAL and ctx.get(dut.link_error) == 0
        assert ctx.get(dut.fb.ack_seq) == SEQ_MOD - 1
        assert [int(c) for c in ctx.get(dut.fb.credit_cum)] == [0] * dut.num_vls
        bench.reset_credits()
        bench.cells = Counter()
        await bench.packet(ctx, rng.randbytes(40), vl=0, seq=0)
        await bench.drain(ctx)
        assert bench.commits == [0, 0]
        bench.check_credits_returned(ctx)

    bench.run(tb)
    reqs = bench.retry_reqs
    assert [seq for _, seq in reqs] == [0, 0] + [1] * (rmax * (tmax + 1))
    assert reqs[1][0] - reqs[0][0] == wt + 2
    b = [cycle for cycle, _ in reqs[marks["b"]:]]
    assert [later - earlier for earlier, later in itertools.pairwise(b)] == \
        [wt + 2, wt + 2 + rw, wt + 2]
    S = RetryState
    states = [state for _, state in bench.states]
    assert states == [S.NORMAL, S.REQ, S.WAIT, S.REQ, S.WAIT, S.NORMAL,
                      S.REQ, S.WAIT, S.REQ, S.WAIT, S.RETRAIN, S.REQ, S.WAIT, S.REQ, S.WAIT,
                      S.ERROR, S.NORMAL]
    error_at = bench.states[-2][0]
    assert error_at - b[-1] == wt + 2
    bench.check_counts(rx_flit=bench.sent, rx_packet=2, crc_error=2, ctl_block=1,
                       retry=len(reqs), timeout=1 + rmax * (tmax + 1), retrain=tmax)


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_llr_disabled(cfg, seed):
    """LLR off: a corrupted packet is dropped and counted as lost (its cells come back at
    once), no retry; good packets are delivered whatever their seq (gaps, repeats), and
    ack_seq follows them; turned back on, the receiver expects the seq after the last one."""
    rng = seeded(seed)
    dut = LinkRx(**cfg)
    bench = Bench(dut, rng, backpressure=0.3, idle=0.1)
    nv = dut.num_vls
    seqs = [0, 1, 2, 7, 3, 3, 0xFFFF, 0]
    lost = Counter()

    async def tb(ctx):
        await bench.setup(ctx, llr=0)
        for index, seq in enumerate(seqs):
            if index % 2:
                size, vl = rng.randint(1, min(dut.mtu, 200)), rng.randrange(nv)
                frame = frame_packet(rng.randbytes(size), vl=vl, cfg=LinkCfg.IPV4, seq=seq)
                # Payload bit, or a CRC/reserved bit of the trailer: the header stays intact.
                if index % 4 == 1:
                    bit = rng.randrange(32, 32 + 8 * size)
                else:
                    bit = len(frame) * 160 - 1 - rng.randrange(32)
                # Sent like any first transmission (charged), never delivered.
                bench.refresh_credits(ctx)
                await bench.wait(ctx, lambda s=size, v=vl: bench.credits[v].can_send(s))
                bench.credits[vl].consume(size)
                await bench.send(ctx, [(f, 0) for f in flip(frame, bit)])
                lost[vl] += packet_cells(packet_flits(size), dut.cell_flits)
            await bench.packet(ctx, rng.randbytes(rng.randint(1, min(dut.mtu, 200))),
                               vl=rng.randrange(nv), seq=seq)
        await bench.drain(ctx)
        assert bench.commits == seqs
        # A packet cut short (its flits never come): abandoned after wait_timeout idle cycles.
        cut = frame_packet(rng.randbytes(50), vl=0, cfg=LinkCfg.IPV4, seq=0)
        await bench.send(ctx, [(cut[0], 0)])
        await ctx.tick().repeat(250)
        ctx.set(dut.llr_en, 1)
        await bench.packet(ctx, rng.randbytes(10), vl=0, seq=1)
        await bench.drain(ctx)
        bench.check_credits_returned(ctx, extra=lost)

    bench.run(tb)
    n_lost = len(seqs) // 2
    assert bench.retry_reqs == []
    bench.check_counts(rx_flit=bench.sent, rx_packet=len(seqs) + 1, crc_error=n_lost,
                       lost_packet=n_lost + 1, timeout=1)


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_overrun(cfg, seed):
    """A peer ignoring credits while the output is stalled: packets that do not fit are
    dropped and counted, nothing stored is overwritten (LLR off: lost; LLR on: replay
    requested, delivered once the buffer has drained)."""
    rng = seeded(seed)
    dut = LinkRx(**cfg)
    bench = Bench(dut, rng, idle=0.1)
    size = min(dut.mtu, 100 * 20 - 10)
    flits = packet_flits(size)
    fit = dut.buffer_flits // flits

    async def tb(ctx):
        await bench.setup(ctx, llr=0, wait_timeout=0xFFFF)
        bench.hold = True
        for seq in range(fit + 2):
            await bench.packet(ctx, rng.randbytes(size), vl=0, seq=seq, charge=False,
                               expect=seq < fit)
        await ctx.tick().repeat(20)
        bench.hold = False
        await bench.drain(ctx)
        ctx.set(dut.llr_en, 1)
        bench.hold = True
        for seq in range(fit, 2 * fit):
            await bench.packet(ctx, rng.randbytes(size), vl=0, seq=seq, charge=False)
        last = await bench.packet(ctx, rng.randbytes(size), vl=0, seq=2 * fit, charge=False)
        await bench.wait(ctx, lambda: len(bench.retry_reqs) == 1, what="retry request")
        assert bench.retry_reqs[0][1] == 2 * fit
        bench.hold = False
        # Replay only once the buffer has drained (else it would overrun again).
        await bench.wait(ctx, lambda: bench.model.outstanding() == 1, limit=20000,
                         what="buffer drained")
        await retry_handshake(ctx, bench, 2 * fit, before=0)
        await bench.replay(ctx, [last])
        await bench.drain(ctx)
        assert bench.commits == list(range(2 * fit + 1))
        cum = [int(c) for c in ctx.get(dut.fb.credit_cum)]
        assert cum[0] == bench.cells[0] % 64

    bench.run(tb)
    bench.check_counts(rx_flit=bench.sent, rx_packet=2 * fit + 1, overrun=3, lost_packet=2,
                       retry=1, ctl_block=1)


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_link_reset(cfg, seed):
    """dl_state DISABLE resets the receiver once the packet being read has left: committed
    packets not yet read are dropped, seq/ack/credits/init_seen restart, flits are ignored
    until then."""
    rng = seeded(seed)
    dut = LinkRx(**cfg)
    bench = Bench(dut, rng)
    size = min(dut.mtu, 100 * 20 - 10)

    async def tb(ctx):
        await bench.setup(ctx)
        await bench.block(ctx, ack_number=0, credits=[0] * 16, sd=1)
        bench.hold = True
        for seq in range(3):
            await bench.packet(ctx, rng.randbytes(size), vl=0, seq=seq, expect=seq == 0)
        await ctx.tick().repeat(20)
        ctx.set(dut.dl_state, DlState.DISABLE)
        await ctx.tick().repeat(5)
        ctx.set(dut.dl_state, DlState.NORMAL)
        # The reader is stuck inside packet 0: the reset waits, and ignores what arrives.
        peers = len(bench.peer)
        await bench.block(ctx, ack_number=0, credits=[0] * 16, sd=1)
        await bench.send(ctx, [(f, 0) for f in frame_packet(b"q" * 9, vl=0, cfg=LinkCfg.IPV4,
                                                             seq=3)])
        await ctx.tick().repeat(10)
        assert len(bench.peer) == peers and ctx.get(dut.fb.init_seen) == 1
        assert ctx.get(dut.fb.ack_seq) == 2
        bench.hold = False
        await bench.drain(ctx)
        assert ctx.get(dut.fb.ack_seq) == SEQ_MOD - 1
        assert ctx.get(dut.fb.init_seen) == 0
        assert [int(c) for c in ctx.get(dut.fb.credit_cum)] == [0] * dut.num_vls
        # Credit initialisation again; data is taken already in CRD_INIT (the peer may reach
        # NORMAL first).
        ctx.set(dut.dl_state, DlState.CRD_INIT)
        await bench.block(ctx, ack_number=0, credits=[0] * 16, sd=1)
        await ctx.tick().repeat(3)
        assert ctx.get(dut.fb.init_seen) == 1
        bench.reset_credits()
        bench.cells = Counter()
        await bench.packet(ctx, rng.randbytes(33), vl=dut.num_vls - 1, seq=0)
        await bench.drain(ctx)
        bench.check_credits_returned(ctx)

    bench.run(tb)
    assert bench.commits == [0, 1, 2, 0]
    bench.check_counts(rx_flit=bench.sent, rx_packet=4, ctl_block=2)


@pytest.mark.parametrize("cfg", CONFIGS, ids=IDS)
def test_lossy_channel_recovers(cfg, seed):
    """Random bit flips and dropped flits on data packets and control blocks, with a sender
    that answers each retry request with retry_ack and a replay, and replays after a quiet
    period when its last packet is not acknowledged: every packet delivered exactly once, in
    order, and every credit returned."""
    rng = seeded(seed)
    dut = LinkRx(**cfg)
    bench = Bench(dut, rng, backpressure=0.2, idle=0.05)
    nv = dut.num_vls
    count = 40
    p_flip, p_drop = 0.02, 0.005

    def channel(flits, ctl):
        items = []
        for flit in flits:
            roll = rng.random()
            if roll < p_drop:
                continue
            if roll < p_drop + p_flip:
                flit = flip([flit], rng.randrange(160))[0]
            items.append((flit, ctl))
        return items

    async def tb(ctx):
        await bench.setup(ctx, wait_timeout=150, retry_max=255, retrain_max=255)
        sent = []            # (vl, payload, flits) per seq
        nxt = 0              # next seq to put on the wire
        answered = 0         # retry requests answered
        new = None           # (vl, payload) of the next new packet, waiting for credits
        while len(bench.commits) < count:
            if answered < len(bench.retry_reqs):
                seq = bench.retry_reqs[answered][1]
                answered = len(bench.retry_reqs)
                block = control_block(ack_number=0, credits=[0] * 16, retry_ack=1,
                                      retry_seq=seq)
                await bench.send(ctx, channel(block, 1))
                nxt = seq
            elif nxt < len(sent):
                await bench.send(ctx, channel(sent[nxt][2], 0))
                nxt += 1
            elif nxt < count:
                # A new packet needs credits; a replay does not. Never block on credits while
                # a retry request may come (the replay is what brings the credits back).
                if new is None:
                    new = (rng.randrange(nv), rng.randbytes(rng.randint(1, min(dut.mtu, 150))))
                vl, payload = new
                bench.refresh_credits(ctx)
                if not bench.credits[vl].can_send(len(payload)):
                    await ctx.tick()
                    continue
                new = None
                await bench.packet(ctx, payload, vl=vl, seq=nxt, flits=[])   # charge, expect
                flits = frame_packet(payload, vl=vl, cfg=LinkCfg.IPV4, seq=nxt)
                sent.append((vl, payload, flits))
                await bench.send(ctx, channel(flits, 0))
                nxt += 1
            else:
                # Everything sent, not everything acknowledged, no request: replay timer.
                await ctx.tick().repeat(300)
                if answered == len(bench.retry_reqs) and len(bench.commits) < count:
                    nxt = (int(ctx.get(dut.fb.ack_seq)) + 1) % SEQ_MOD
        await bench.drain(ctx)
        assert bench.commits == list(range(count))
        bench.check_credits_returned(ctx)

    bench.run(tb, max_cycles=120000)
    assert bench.counts["rx_packet"] == count
