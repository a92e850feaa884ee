"""LinkTx: framing, credits, arbitration, link-level retry and control blocks, in amaranth.sim.

The testbench drives the network-layer input ``i`` with packets, plays the far end of the link
through ``fb`` (credit initialisation, credit returns, ACKs, retry requests) and parses every flit
on ``o`` with the golden model ``sim.model.link_frame``: each data packet must equal
``frame_packet(payload, vl, cfg, seq)`` byte for byte.

Payloads and beats are handled as raw integers (``Value.cast`` of the stream payloads): building
``data.Const`` views every cycle would cost more than simulating the design.
"""

import heapq
import itertools
from collections import Counter, deque

import pytest
from amaranth.hdl import Value

from hdl_py.lib.stream import packet_layout, packet_to_beats
from hdl_py.link import tx as tx_mod
from hdl_py.link.common import DlState, link_side_layout, packet_cells, packet_flits
from hdl_py.link.tx import META_DEPTH, OUT_DEPTH, LinkTx
from hdl_py.proto import (
    FLIT_BYTES,
    PLEN_MAX_BYTES,
    LinkCfg,
    LinkHeader,
    decode_prefix,
    plen_to_bytes,
)
from sim.model.link_frame import (
    DATA_CFGS,
    frame_packet,
    int_to_flit,
    parse_control_block,
    parse_packet,
)
from tests.lib.simhelpers import ignore_unused, run_simulation, seeded

CONFIGS = {
    "vl4_db32": dict(num_vls=4, data_bytes=32, cell_flits=8),
    "vl2_db16": dict(num_vls=2, data_bytes=16, cell_flits=4, queue_beats=64,
                     replay_flits=128, replay_packets=8, mtu=1024),
}
DEFAULTS = dict(num_vls=4, data_bytes=32, cell_flits=8, queue_beats=160, replay_flits=1024,
                replay_packets=32, mtu=4096)
FLIT_MASK = (1 << (8 * FLIT_BYTES)) - 1


def full(config):
    return {**DEFAULTS, **CONFIGS[config]}


def header_flits(flit):
    """Flits of a data packet, from the plen of its first flit."""
    header, _ = decode_prefix(LinkHeader, flit, strict=False)
    plen = header["plen"]
    return packet_flits(plen_to_bytes(plen) - 4), header["vl"]


class Beats:
    """Raw-integer packet-stream beats (``Value.cast(i.payload)`` values)."""

    def __init__(self, data_bytes):
        layout = packet_layout(data_bytes, link_side_layout())
        self.data_bytes = data_bytes
        self.nbytes_at = layout["nbytes"].offset
        self.first_at = layout["first"].offset
        self.last_at = layout["last"].offset
        self.side_at = layout["side"].offset

    def of(self, payload, vl, cfg):
        result = []
        for beat in packet_to_beats(payload, self.data_bytes):
            result.append(beat["data"] | beat["nbytes"] << self.nbytes_at
                          | beat["first"] << self.first_at | beat["last"] << self.last_at
                          | (vl | getattr(cfg, "value", cfg) << 4) << self.side_at)
        return result


class Harness:
    """Input driver + far end of the link + flit parser and scoreboard for one ``LinkTx``.

    The far end behaves like a correct peer: it loads our ``sd`` block, answers with its own
    credits (``fb.peer_init``, ``fb.init_seen``) and ``init_done`` (``fb.peer_init_done``),
    commits data packets in ``seq`` order, frees their cells after ``credit_delay`` cycles
    (``fb.peer_credit`` with the cumulative count), acknowledges after ``ack_delay`` cycles
    (``fb.peer_ack``). ``corrupt`` names sequence numbers the peer treats as received bad
    (once each): it then sends a retry request after ``retry_delay`` cycles and discards data
    until the matching ``retry_ack`` block.
    """

    def __init__(self, dut, rng, *, peer_credits=63, ctl_interval=64, llr=True, weights=None,
                 sp=0, init_credits=None, ready=1.0, credit_delay=(4, 40), ack_delay=(4, 40),
                 auto_ack=True, auto_credit=True, corrupt=(), retry_delay=(4, 30),
                 init_delay=30, ack_timeout=0, drop=()):
        self.dut, self.rng = dut, rng
        self.n, self.db = dut.num_vls, dut.data_bytes
        self.cell_flits = dut.cell_flits
        self.peer_credits = ([peer_credits] * self.n if isinstance(peer_credits, int)
                             else list(peer_credits))
        self.init_credits = init_credits or [(7 * v + 5) % 64 for v in range(self.n)]
        self.ctl_interval, self.llr, self.sp = ctl_interval, llr, sp
        self.weights = weights or [64] * self.n
        self.ready = ready
        self.credit_delay, self.ack_delay, self.retry_delay = credit_delay, ack_delay, retry_delay
        self.auto_ack, self.auto_credit = auto_ack, auto_credit
        self.corrupt = set(corrupt)
        self.drop = set(drop)           # seqs lost whole on the wire (once each)
        self.ack_timeout = ack_timeout
        self.init_delay = init_delay
        self.beats = Beats(self.db)

        self.cycle = 0
        self.events = []                # heap of (cycle, order, callback)
        self.order = itertools.count()
        self.pulsed = []                # signals to clear after this cycle
        self.feed = deque()             # (payload, vl, cfg) still to push
        self.feeder = None              # optional callable -> (payload, vl, cfg) or None
        self.pushed = []                # (payload, vl, cfg, cycle of first beat, cycle done)
        self.expect = [deque() for _ in range(self.n)]
        self.delivered = []             # (seq, vl, payload, cfg)
        self.records = {}               # seq -> flits as first committed
        self.first_seen = {}            # seq -> cycle of its first flit (first time)
        self.flits = []                 # (cycle, bytes, ctl)
        self.items = []                 # ("data", seq, vl, flits, c0, c1) / ("ctl", fields, c)
        #                                 / ("aborted", flits, c)
        self.counts = Counter()
        self.state_log = []             # (cycle, DlState) on change
        self.state = None
        # far end
        self.expected_seq = 0
        self.wait_ack = None
        self.max_seq = -1
        self.inflight = [0] * self.n    # cells of packets sent (first time) not yet returned
        self.cum = [0] * self.n
        self.credit_dirty = False
        self.ack_dirty = False
        self.ack_value = -1             # highest seq acknowledged
        self.ack_log = []               # (cycle, seq) of each ACK given to the TX
        self.loaded = False
        self.our_sd_seen = None
        self.init_done_pulsed = False
        # what our RX asks the TX to put in its blocks
        self.rx_ack = 0
        self.rx_cum = [0] * self.n
        self.rx_history = [(0, 0, (0,) * self.n)]   # (cycle, ack, cum) as driven
        self._cur, self._need, self._ctl_run, self._c0 = [], 0, [], 0
        self.lossy = False
        self.lost = []
        self.on_commit = None           # test hook: callable(harness, ctx, seq)

    # -- scheduling -------------------------------------------------------------------------
    def at(self, cycle, callback):
        heapq.heappush(self.events, (cycle, next(self.order), callback))

    def after(self, delay, callback):
        low, high = delay if isinstance(delay, tuple) else (delay, delay)
        self.at(self.cycle + self.rng.randint(low, high), callback)

    def pulse(self, ctx, signal, value=1):
        ctx.set(signal, value)
        self.pulsed.append(signal)

    def set_rx(self, ctx, ack=None, cum=None, update=True):
        """Change what our RX reports (``fb.ack_seq``/``fb.credit_cum``), pulsing ``update``."""
        if ack is not None:
            self.rx_ack = ack
            ctx.set(self.dut.fb.ack_seq, ack)
        if cum is not None:
            self.rx_cum = list(cum)
            for v, value in enumerate(cum):
                ctx.set(self.dut.fb.credit_cum[v], value)
        self.rx_history.append((self.cycle, self.rx_ack, tuple(self.rx_cum)))
        if update:
            self.pulse(ctx, self.dut.fb.update)

    # -- processes --------------------------------------------------------------------------
    def configure(self, ctx):
        dut = self.dut
        ctx.set(dut.enable, 1)
        ctx.set(dut.phy_up, 1)
        ctx.set(dut.llr_en, int(self.llr))
        ctx.set(dut.ctl_interval, self.ctl_interval)
        ctx.set(dut.ack_timeout, self.ack_timeout)
        ctx.set(dut.vl_sp, self.sp)
        for v in range(self.n):
            ctx.set(dut.vl_weight[v], self.weights[v])
            ctx.set(dut.init_credits[v], self.init_credits[v])

    def good(self, payload, vl):
        return vl < self.n and len(payload) <= self.dut.mtu

    async def driver(self, ctx):
        payload_sig = Value.cast(self.dut.i.payload)
        valid, ready = self.dut.i.valid, self.dut.i.ready
        while True:
            item = None
            if self.feed:
                item = self.feed.popleft()
            elif self.feeder is not None:
                item = self.feeder(self)
            if item is None:
                ctx.set(valid, 0)
                await ctx.tick()
                continue
            payload, vl, cfg = item[:3]
            idle = item[3] if len(item) > 3 else 0
            if idle:
                ctx.set(valid, 0)
                await ctx.tick().repeat(idle)
            if self.good(payload, vl):
                self.expect[vl].append((payload, cfg))
            start = None
            for raw in self.beats.of(payload, vl, cfg):
                ctx.set(payload_sig, raw)
                ctx.set(valid, 1)
                while True:
                    _, _, accepted = await ctx.tick().sample(ready)
                    if start is None:
                        start = self.cycle
                    if accepted:
                        break
            ctx.set(valid, 0)
            self.pushed.append((payload, vl, cfg, start, self.cycle))

    async def peer(self, ctx, until, limit=100_000):
        dut = self.dut
        self.configure(ctx)
        out = Value.cast(dut.o.payload)
        watched = (dut.o.valid, out, dut.dl_state, dut.tx_flit, dut.tx_packet, dut.ctl_block,
                   dut.replayed_flit, dut.credit_overflow, dut.bad_input, dut.bad_retry,
                   dut.credit_stall)
        names = ("tx_flit", "tx_packet", "ctl_block", "replayed_flit", "credit_overflow",
                 "bad_input", "bad_retry")
        ended = 0   # run a few cycles past the end, for the registered counter pulses
        while ended < 3:
            if ended or until(self):
                ended += 1
            assert self.cycle < limit, f"no progress after {limit} cycles"
            while self.events and self.events[0][0] <= self.cycle:
                _, _, callback = heapq.heappop(self.events)
                callback(ctx)
            self.far_end_pulses(ctx)
            ready = 1 if self.ready >= 1 else int(self.rng.random() < self.ready)
            ctx.set(dut.o.ready, ready)
            sampled = await ctx.tick().sample(*watched)
            self.cycle += 1
            for signal in self.pulsed:
                ctx.set(signal, 0)
            self.pulsed = []
            _, _, valid, raw, state, *pulses = sampled
            for name, value in zip(names, pulses[:-1], strict=True):
                self.counts[name] += value
            if pulses[-1]:
                self.counts["credit_stall"] += 1
                self.counts.update(f"credit_stall{v}" for v in range(self.n)
                                   if pulses[-1] >> v & 1)
            if state != self.state:
                self.state = state
                self.state_log.append((self.cycle, DlState(state)))
            if valid and ready:
                self.on_flit(ctx, int_to_flit(raw & FLIT_MASK), raw >> (8 * FLIT_BYTES))

    # -- far end ------------------------------------------------------------------------------
    def far_end_pulses(self, ctx):
        fb = self.dut.fb
        if self.credit_dirty:
            self.credit_dirty = False
            for v in range(self.n):
                ctx.set(fb.peer_credit_cum[v], self.cum[v] % 64)
            self.pulse(ctx, fb.peer_credit)
        if self.ack_dirty and self.ack_value >= 0:
            self.ack_dirty = False
            ctx.set(fb.peer_ack_seq, self.ack_value % 65536)
            self.pulse(ctx, fb.peer_ack)
            self.ack_log.append((self.cycle, self.ack_value))

    def send_init(self, ctx):
        fb = self.dut.fb
        for v in range(self.n):
            ctx.set(fb.peer_credit_cum[v], self.peer_credits[v])
        self.pulse(ctx, fb.peer_init)
        ctx.set(fb.init_seen, 1)
        self.loaded = True

    def send_init_done(self, ctx):
        self.pulse(ctx, self.dut.fb.peer_init_done)

    def retry_request(self, seq):
        def fire(ctx):
            ctx.set(self.dut.fb.peer_retry_seq, seq)
            self.pulse(ctx, self.dut.fb.peer_retry_req)
        return fire

    def on_flit(self, ctx, flit, ctl):
        self.flits.append((self.cycle, flit, ctl))
        if ctl:
            self._ctl_run.append(flit)
            if len(self._ctl_run) == 2:
                fields = parse_control_block(self._ctl_run)
                assert fields is not None and fields["lch_ok"], f"bad control block {fields}"
                self._ctl_run = []
                if fields["retry_ack"] and self._cur:
                    self.items.append(("aborted", self._cur, self.cycle))
                    self._cur = []
                self.items.append(("ctl", fields, self.cycle))
                self.on_ctl(ctx, fields)
            return
        assert not self._ctl_run, "data flit inside a control block"
        if not self._cur:
            self._need, _ = header_flits(flit)
            self._c0 = self.cycle
        self._cur.append(flit)
        if len(self._cur) == self._need:
            flits, self._cur = self._cur, []
            self.on_data(ctx, flits, self._c0)

    def on_ctl(self, ctx, fields):
        if fields["sd"]:
            assert fields["credits"][:self.n] == self.init_credits
            if self.our_sd_seen is None:
                self.our_sd_seen = self.cycle
                self.after(self.init_delay, self.send_init)
            if fields["init_done"] and not self.init_done_pulsed:
                self.init_done_pulsed = True
                self.after(2, self.send_init_done)
        if fields["retry_ack"]:
            self.counts["retry_ack"] += 1
            if self.wait_ack is not None and fields["retry_seq"] == self.wait_ack:
                self.wait_ack = None

    def on_data(self, ctx, flits, c0):
        parsed = parse_packet(flits)
        assert parsed.ok, f"bad data packet: {parsed.messages} crc_ok={parsed.crc_ok}"
        seq, vl = parsed.seq, parsed.vl
        self.items.append(("data", seq, vl, flits, c0, self.cycle))
        if seq in self.drop:
            # Lost whole on the wire: the far end never saw it (its cells are charged).
            self.drop.discard(seq)
            self.max_seq = max(self.max_seq, seq)
            self.inflight[vl] += packet_cells(len(flits), self.cell_flits)
            self.counts["dropped"] += 1
            return
        if seq not in self.first_seen:
            self.first_seen[seq] = c0
        cells = packet_cells(len(flits), self.cell_flits)
        if seq > self.max_seq:
            # First time this packet is seen: it holds its cells until the peer frees them.
            assert seq == self.max_seq + 1, f"seq {seq} after {self.max_seq}: a gap"
            self.max_seq = seq
            self.inflight[vl] += cells
            assert self.inflight[vl] <= self.peer_credits[vl], (
                f"VL {vl}: {self.inflight[vl]} cells in flight, peer has {self.peer_credits[vl]}")
        if self.wait_ack is not None:
            self.counts["discarded"] += 1
            return
        if seq < self.expected_seq:
            assert self.records[seq] == flits, f"replayed packet {seq} differs"
            self.counts["duplicate"] += 1
            return
        assert seq == self.expected_seq, f"seq {seq}, expected {self.expected_seq}"
        if seq in self.corrupt:
            self.corrupt.discard(seq)
            self.wait_ack = seq
            self.after(self.retry_delay, self.retry_request(seq))
            return
        assert self.expect[vl], f"packet on VL {vl} that was never sent"
        if self.lossy:
            # The link was reset: packets framed before it are gone; skip them.
            while self.expect[vl] and self.expect[vl][0] != (parsed.payload, parsed.cfg):
                self.lost.append((vl, self.expect[vl].popleft()))
            assert self.expect[vl], "a packet that was never sent, or sent twice"
        payload, cfg = self.expect[vl].popleft()
        assert flits == frame_packet(payload, vl=vl, cfg=cfg, seq=seq), f"packet {seq} framing"
        self.records[seq] = flits
        self.delivered.append((seq, vl, payload, cfg))
        self.expected_seq += 1
        if self.on_commit is not None:
            self.on_commit(self, ctx, seq)
        if self.auto_credit:
            self.after(self.credit_delay, self.free_cells(vl, cells))
        if self.auto_ack:
            self.after(self.ack_delay, self.ack_upto(seq))

    def free_cells(self, vl, cells):
        def fire(ctx):
            self.inflight[vl] -= cells
            self.cum[vl] += cells
            self.credit_dirty = True
        return fire

    def ack_upto(self, seq):
        """Acknowledge up to ``seq``: the packet whose commit scheduled this ACK."""
        def fire(ctx):
            self.ack_value = max(self.ack_value, seq)
            self.ack_dirty = True
        return fire

    # -- helpers for tests --------------------------------------------------------------------
    def data_items(self):
        return [item for item in self.items if item[0] == "data"]

    def ctl_items(self):
        return [item for item in self.items if item[0] == "ctl"]

    def run(self, until, *, max_cycles=60_000, background=()):
        async def peer(ctx):
            await self.peer(ctx, until, limit=max_cycles - 10)
        run_simulation(self.dut, peer, max_cycles=max_cycles,
                       background=[self.driver, *background])


def flit_rule_monitor(stream, violations):
    """Stream rules on ``o`` (like ``simhelpers.stream_rule_monitor``, on raw integers)."""
    payload = Value.cast(stream.payload)

    async def monitor(ctx):
        pending, cycle = None, 0
        async for _, _, valid, ready, value in ctx.tick().sample(stream.valid, stream.ready,
                                                                  payload):
            cycle += 1
            if pending is not None and (not valid or value != pending):
                violations.append(f"valid dropped or payload changed while stalled, {cycle}")
            pending = value if valid and not ready else None
    return monitor


def random_payload(rng, length):
    return rng.randbytes(length)


def random_length(rng, mtu):
    """Mostly short packets, some long ones, the extremes included now and then."""
    pick = rng.random()
    if pick < 0.1:
        return rng.choice((1, 2, 10, 11, 14, 15, 16, 34, 35, mtu, mtu - 1))
    if pick < 0.7:
        return rng.randint(1, min(200, mtu))
    return rng.randint(1, mtu)


def fed(h):
    """All queued packets pushed and delivered."""
    return not h.feed and not any(h.expect) and len(h.delivered) >= h.total


# -- parameters -------------------------------------------------------------------------------

@ignore_unused
def test_parameters_validated():
    with pytest.raises(ValueError):
        LinkTx(num_vls=0)
    with pytest.raises(ValueError):
        LinkTx(num_vls=17)
    with pytest.raises(TypeError):
        LinkTx(num_vls=2.0)
    with pytest.raises(ValueError):
        LinkTx(data_bytes=24)
    with pytest.raises(ValueError):
        LinkTx(cell_flits=3)
    with pytest.raises(ValueError, match="cells"):
        LinkTx(cell_flits=2)            # an MTU packet would need 103 cells
    with pytest.raises(ValueError):
        LinkTx(queue_beats=100)         # less than one MTU packet (128 beats)
    with pytest.raises(ValueError):
        LinkTx(replay_flits=1000)       # not a power of two
    with pytest.raises(ValueError):
        LinkTx(replay_flits=128)        # less than one MTU packet (206 flits)
    with pytest.raises(ValueError):
        LinkTx(replay_packets=1)
    with pytest.raises(ValueError):
        LinkTx(mtu=0)
    with pytest.raises(ValueError):
        LinkTx(mtu=20000)
    with pytest.raises(TypeError):
        LinkTx(mtu="4096")
    with pytest.raises(TypeError):
        LinkTx(cell_flits=8.0)
    tx = LinkTx(num_vls=2, cell_flits=2, mtu=1024, queue_beats=32, replay_flits=64)
    assert (tx.num_vls, tx.cell_flits, tx.mtu, tx.queue_beats) == (2, 2, 1024, 32)
    assert (tx.data_bytes, tx.replay_flits, tx.replay_packets) == (32, 64, 32)


def test_plen_division_constant():
    """The framer's floor(n / 20) by multiply-and-shift is exact over every plen."""
    assert all((n * tx_mod._DIV20_MUL) >> tx_mod._DIV20_SHIFT == n // FLIT_BYTES
               for n in range(PLEN_MAX_BYTES + 1))


@pytest.mark.parametrize("params", [
    dict(num_vls=1, data_bytes=64, cell_flits=32, queue_beats=64, replay_flits=256,
         replay_packets=2, mtu=2000),
    dict(num_vls=3, data_bytes=4, cell_flits=1, queue_beats=40, replay_flits=16,
         replay_packets=4, mtu=150),
], ids=["vl1_db64", "vl3_db4"])
def test_edge_parameters(params):
    """Unusual widths: one VL (no VL index bits), beats wider than a flit, 4-byte beats,
    one-flit cells, two replay slots: packets still framed exactly."""
    rng = seeded(91)
    dut = LinkTx(**params)
    h = Harness(dut, rng, ready=0.9)
    h.total = 14
    for _ in range(h.total):
        h.feed.append((random_payload(rng, random_length(rng, dut.mtu)),
                       rng.randrange(dut.num_vls), rng.choice(DATA_CFGS)))
    h.run(fed, max_cycles=8000)
    assert [seq for seq, *_ in h.delivered] == list(range(h.total))


# -- initialisation, control blocks -------------------------------------------------------------

@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_init_sequence_and_reset(config):
    """sd blocks every ctl_interval until init_seen, then init_done, NORMAL; reset_link drops
    the state (seq back to 0) and the handshake starts again."""
    rng = seeded(11)
    dut = LinkTx(**CONFIGS[config])
    h = Harness(dut, rng, ctl_interval=40, init_delay=150)
    n = h.n
    h.total = 3
    for k in range(3):
        h.feed.append((random_payload(rng, 30 + k), k % n, LinkCfg.CNA16))
    phase = {"reset_at": None}

    def until(h):
        if phase["reset_at"] is None and len(h.delivered) == 3:
            phase["reset_at"] = h.cycle

            def repeat_sd(ctx):
                # The peer repeats its sd block (our init_done block was lost, say): answered
                # with an init_done block; the credits are not loaded again.
                phase["repeat"] = h.cycle
                for v in range(n):
                    ctx.set(dut.fb.peer_credit_cum[v], 1)
                h.pulse(ctx, dut.fb.peer_init)
            h.at(h.cycle + 5, repeat_sd)

            def reset(ctx):
                h.pulse(ctx, dut.reset_link)
                ctx.set(dut.fb.init_seen, 0)
                h.our_sd_seen, h.init_done_pulsed, h.loaded = None, False, False
                h.expected_seq, h.max_seq, h.ack_value = 0, -1, -1
                h.inflight = [0] * n
                h.cum = [0] * n
                h.total = 5
                for k in range(2):
                    h.feed.append((random_payload(rng, 50 + k), (k + 1) % n, LinkCfg.IPV4))
            h.at(h.cycle + 100, reset)
        return phase["reset_at"] is not None and len(h.delivered) >= 5

    credit_log = []

    async def watch(ctx):
        async for _, _, value in ctx.tick().sample(dut.credits[0]):
            credit_log.append(value)

    h.run(until, max_cycles=3000, background=[watch])

    states = [s for _, s in h.state_log]
    assert states == [DlState.DISABLE, DlState.PARA_INIT, DlState.CRD_INIT, DlState.NORMAL,
                      DlState.DISABLE, DlState.PARA_INIT, DlState.CRD_INIT, DlState.NORMAL]
    (c_para,) = [c for c, s in h.state_log[:3] if s == DlState.PARA_INIT]
    (c_crd,) = [c for c, s in h.state_log[:3] if s == DlState.CRD_INIT]
    assert c_crd - c_para == 8      # PARA_INIT settling time
    ctls = h.ctl_items()
    first_normal = h.state_log[3][0]
    init_blocks = [(f, c) for _, f, c in ctls if c < first_normal]
    # Before the peer's credits arrive: sd blocks, init_done 0, one per ctl_interval.
    before = [(f, c) for f, c in init_blocks if not f["init_done"]]
    assert len(before) >= 3
    assert all(f["sd"] == 1 for f, _ in init_blocks)
    gaps = [b[1] - a[1] for a, b in itertools.pairwise(before)]
    assert all(gap == 40 + 1 for gap in gaps), gaps    # a block every ctl_interval + 1 cycles
    after = [(f, c) for f, c in init_blocks if f["init_done"]]
    assert after, "no init_done block before NORMAL"
    # The first init_done block goes out at once after init_seen (not at the next interval).
    loaded_at = h.our_sd_seen   # init_seen rose init_delay (150) cycles after our first block
    assert after[0][1] - (loaded_at + 150) < 12
    # Data only in NORMAL, seq from 0 in both link sessions.
    data = h.data_items()
    seqs = [item[1] for item in data]
    assert seqs == [0, 1, 2, 0, 1]
    assert all(item[4] > first_normal for item in data[:3])
    second_normal = h.state_log[7][0]
    assert all(item[4] > second_normal for item in data[3:])
    # In NORMAL, the only block is the answer to the repeated sd block: sd = 0, init_done = 1.
    normal_blocks = [(f, c) for _, f, c in ctls if first_normal < c < h.state_log[4][0]]
    assert len(normal_blocks) == 1
    ((fields, cycle),) = normal_blocks
    assert fields["sd"] == 0 and fields["init_done"] == 1
    assert 0 < cycle - phase["repeat"] <= 40 + 12     # rate-limited like any update
    # Not loaded again (that would make them 1): only returns change them.
    repeat = phase["repeat"]
    assert credit_log[repeat + 10] >= credit_log[repeat - 2] >= 60


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_reset_inside_traffic(config):
    """reset_link while a data packet is on the wire: the packets being framed or kept for
    replay are dropped, the packets still queued (including the rest of the queue behind a
    packet cut in framing) come out intact after the new initialisation, seq from 0."""
    rng = seeded(13)
    dut = LinkTx(**CONFIGS[config])
    n, mtu = dut.num_vls, dut.mtu
    h = Harness(dut, rng, ack_delay=(30, 60))
    for _ in range(12):
        h.feed.append((random_payload(rng, rng.randint(mtu // 8, mtu)), rng.randrange(n),
                       rng.choice(DATA_CFGS)))
    marks = {}

    def reset(ctx):
        marks["reset"] = h.cycle
        marks["delivered"] = len(h.delivered)
        h.pulse(ctx, dut.reset_link)
        ctx.set(dut.fb.init_seen, 0)

    def far_end_restart(ctx):
        # What the far end sees: the stream stopped; it starts over (its RX, our fb, too).
        h._cur, h._ctl_run = [], []
        h.our_sd_seen, h.init_done_pulsed, h.loaded = None, False, False
        h.expected_seq, h.max_seq, h.wait_ack = 0, -1, None
        h.inflight, h.cum = [0] * n, [0] * n
        h.credit_dirty = h.ack_dirty = False
        h.ack_value = -1
        h.events = []           # ACKs and credit returns of the old link session
        h.lossy = True
        for v in range(n):
            h.feed.append((random_payload(rng, rng.randint(1, 300)), v, LinkCfg.CNA16))

    def until(h):
        if "reset" not in marks and len(h.delivered) >= 3 and len(h._cur) >= 4:
            h.at(h.cycle, reset)
            h.at(h.cycle + 3, far_end_restart)
            marks["reset"] = None
        done = "delivered" in marks and h.expected_seq > 0 and not h.feed
        return done and all(not queue for queue in h.expect)

    h.run(until, max_cycles=20_000)
    after = h.delivered[marks["delivered"]:]
    assert [seq for seq, *_ in after] == list(range(len(after)))
    # The n short packets pushed after the reset all arrived, and so did at least one packet
    # that was still queued when the link went down (the cut packet's own VL included).
    assert len(after) > n
    assert len(h.lost) + len(h.delivered) == 12 + n
    assert 1 <= len(h.lost) <= 12 - marks["delivered"]
    assert h.counts["bad_input"] == 0


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_update_blocks_carry_rx_state(config):
    """fb.update -> a block with the current ack_seq/credit_cum, at most one per ctl_interval,
    between data packets; a retry request of our RX goes out at once, even inside a packet."""
    rng = seeded(12)
    dut = LinkTx(**CONFIGS[config])
    interval = 100
    # PHY back-pressure, so that the two flits of a block are sometimes issued apart.
    h = Harness(dut, rng, ctl_interval=interval, ready=0.6)
    n = h.n
    mtu = dut.mtu
    h.total = 16
    for _ in range(h.total):
        length = rng.randint(max(mtu // 4, 400), max(mtu // 2, 800))
        h.feed.append((random_payload(rng, length), rng.randrange(n), rng.choice(DATA_CFGS)))
    updates = []        # cycle of each update pulse
    retry_reqs = []     # (cycle, seq)

    def schedule(ctx):
        if h.state == DlState.NORMAL:
            pick = rng.random()
            if pick < 0.3:
                h.set_rx(ctx, ack=rng.randrange(65536),
                         cum=[rng.randrange(64) for _ in range(n)])
                updates.append(h.cycle)
            elif h._cur and h._need - len(h._cur) > 12:
                # A long data packet is in flight: this request must not wait for its end.
                seq = rng.randrange(65536)
                ctx.set(dut.fb.retry_seq, seq)
                h.pulse(ctx, dut.fb.retry_req)
                retry_reqs.append((h.cycle, seq))
        h.at(h.cycle + rng.randint(10, 80), schedule)

    h.at(1, schedule)
    h.run(fed, max_cycles=20_000)

    ctls = [(f, c) for _, f, c in h.ctl_items() if not f["sd"]]
    plain = [(f, c) for f, c in ctls if not f["retry_req"]]
    # Each block carries what our RX reported when the block started (a few cycles earlier).
    for fields, cycle in plain:
        latest = [entry for entry in h.rx_history if entry[0] <= cycle - 4][-1]
        assert fields["ack_number"] == latest[1]
        assert fields["credits"][:n] == list(latest[2])
        assert fields["credits"][n:] == [0] * (16 - n)
        assert fields["retry_ack"] == 0 and fields["retry_req"] == 0
    # Rate limit: plain blocks at least ctl_interval apart.
    starts = [c for _, c in plain]
    assert all(b - a > interval for a, b in itertools.pairwise(starts))
    # Every update is followed by a block within ctl_interval + one MTU packet.
    slack = interval + packet_flits(mtu) + 20
    for cycle in updates:
        if cycle + slack > h.cycle:
            continue
        assert any(cycle < c <= cycle + slack for _, c in ctls), (
            f"update at {cycle} not sent", [c for _, c in ctls if cycle - 300 < c < cycle + 500],
            [(i[4], i[5]) for i in h.data_items() if cycle - 300 < i[4] < cycle + 500])
    # Update blocks sit between data packets: never inside one.
    inside = set()
    for _, _, _, _, c0, c1 in h.data_items():
        inside.update(range(c0 + 1, c1))
    for _, c in plain:
        assert c not in inside and c - 1 not in inside
    # Retry requests of our RX: one block each, soon, allowed inside a data packet.
    req_blocks = [(f, c) for f, c in ctls if f["retry_req"]]
    assert [f["retry_seq"] for f, _ in req_blocks] == [s for _, s in retry_reqs]
    for (cycle, _), (_, c) in zip(retry_reqs, req_blocks, strict=True):
        # Only what already sat in the output FIFO (or was being read) goes ahead of it.
        ahead = [f for f in h.flits if cycle < f[0] < c - 1]
        assert len(ahead) <= OUT_DEPTH + 1, (cycle, c, len(ahead))
    assert len(req_blocks) >= 2
    assert all(c in inside for _, c in req_blocks), "a retry_req block waited for a packet end"
    assert h.counts["ctl_block"] == len(h.ctl_items())
    assert len(h.delivered) == h.total


# -- traffic, credits -------------------------------------------------------------------------

@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_random_traffic(config):
    """Random packets on random VLs: every packet framed exactly, in order per VL, seq counting
    up, never more cells in flight than the peer's credits, output back-pressure."""
    rng = seeded(21 + len(config))
    dut = LinkTx(**CONFIGS[config])
    n = dut.num_vls
    per_vl = packet_cells(packet_flits(dut.mtu), dut.cell_flits)
    credits = [per_vl + rng.randrange(0, 12) for _ in range(n)]
    h = Harness(dut, rng, peer_credits=credits, ready=0.8, credit_delay=(10, 120),
                weights=[rng.randint(1, 300) for _ in range(n)], sp=rng.randrange(1 << n))
    h.total = 36
    for _ in range(h.total):
        h.feed.append((random_payload(rng, random_length(rng, dut.mtu)), rng.randrange(n),
                       rng.choice(DATA_CFGS), rng.choice((0, 0, 0, 5, 40))))
    violations = []
    h.run(fed, max_cycles=30_000, background=[flit_rule_monitor(dut.o, violations)])
    assert violations == []
    assert [seq for seq, *_ in h.delivered] == list(range(h.total))
    # Every VL's packets came out in the order they went in (the scoreboard popped them so).
    assert Counter(vl for _, vl, _, _ in h.delivered) == Counter(p[1] for p in h.pushed)
    assert h.counts["tx_packet"] == h.total
    assert h.counts["tx_flit"] == len(h.flits)
    assert h.counts["bad_input"] == h.counts["replayed_flit"] == h.counts["bad_retry"] == 0
    assert h.counts["credit_stall"] > 0     # the peer's small buffers did hold packets back


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_line_rate(config):
    """Back-to-back MTU packets on one VL with plenty of credit: one flit per cycle (x8) with
    32-byte beats; data_bytes per cycle with narrower beats. Also the latency of a short
    packet from its (only) input beat to its first flit."""
    rng = seeded(31)
    dut = LinkTx(**CONFIGS[config])
    mtu, count = dut.mtu, 4
    flits = packet_flits(mtu)
    cells = packet_cells(flits, dut.cell_flits)
    h = Harness(dut, rng, peer_credits=63, credit_delay=(4, 8), ack_delay=(4, 8))
    assert 63 >= 2 * cells
    h.total = 1 + count
    # The short packet once the link is up (NORMAL by cycle ~70), the MTU packets after it.
    h.feed.append((random_payload(rng, 8), 1, LinkCfg.CNA16, 150))
    h.feed.extend((random_payload(rng, mtu), 0, LinkCfg.UB_MEMORY) for _ in range(count))
    h.feed[1] += (60,)
    h.run(fed, max_cycles=10_000)

    (_, seq0, _, _, c0, _), *big = h.data_items()
    latency = c0 - h.pushed[0][3]
    assert latency <= 14, latency
    first, last = big[0][4], big[-1][5]
    span = last - first + 1
    total = count * flits
    if dut.data_bytes >= FLIT_BYTES:
        assert span == total, f"{total} flits took {span} cycles"
    else:
        # The framer gets data_bytes per cycle: 20 / data_bytes cycles per flit; and a queue
        # that holds only one MTU packet makes each packet wait for its predecessor to leave
        # the queue (store-and-forward), a few cycles per packet.
        assert total * FLIT_BYTES / dut.data_bytes <= span <= (
            total * FLIT_BYTES / dut.data_bytes + 8 * count), span
    assert len(h.ctl_items()) == 2     # the two CRD_INIT blocks only


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_dwrr_shares(config):
    """Two saturated DWRR VLs with weights 1:3 share the flits 1:3 (within 5 %)."""
    rng = seeded(41)
    dut = LinkTx(**CONFIGS[config])
    n = dut.num_vls
    lo, hi = n - 2, n - 1
    weights = [64] * n
    weights[lo], weights[hi] = 20, 60
    # The link must be the bottleneck: with beats narrower than a flit the input is no faster
    # than the framer, so slow the PHY down to x4 (half a flit per cycle).
    ready = 1.0 if dut.data_bytes >= FLIT_BYTES else 0.5
    h = Harness(dut, rng, peer_credits=63, weights=weights, credit_delay=(4, 20), ready=ready)
    # Keep a few packets of each VL outstanding, so that both queues never run dry and never
    # fill up (a full queue would block the shared input and starve the other VL).
    # "Outstanding" (pushed, not yet received by the far end) includes packets in the replay
    # buffer, so allow as many as the queue can hold: short packets, two flits at least.
    shortest, longest = (60, 200) if dut.data_bytes >= FLIT_BYTES else (20, 64)
    keep = min(META_DEPTH - 2, dut.queue_beats // -(-longest // dut.data_bytes))
    outstanding = Counter()
    sent = Counter()

    def feeder(h):
        for _, vl, _, _ in h.delivered[sum(sent.values()):]:
            sent[vl] += 1
        vl = min((lo, hi), key=lambda v: outstanding[v] - sent[v])
        if outstanding[vl] - sent[vl] >= keep:
            return None
        outstanding[vl] += 1
        return (random_payload(rng, rng.randint(shortest, longest)), vl, LinkCfg.IPV6)

    h.feeder = feeder
    warm = 400
    h.run(lambda h: len(h.flits) >= (3000 if ready == 1 else 2000), max_cycles=12_000)
    share = Counter()
    for _, _, vl, flits, c0, _ in h.data_items():
        if c0 > warm:       # steady state
            share[vl] += len(flits)
    ratio = share[hi] / share[lo]
    assert abs(ratio - 3) < 0.15, (ratio, share)
    # Saturated: no idle output cycle in the steady state (these packets span >= 2 flits)
    # when the framer gets at least a flit per cycle.
    if dut.data_bytes >= FLIT_BYTES:
        cycles = [c for c, _, _ in h.flits if c > warm]
        assert cycles[-1] - cycles[0] + 1 == len(cycles)


def test_strict_priority_first():
    """A strict-priority VL is served before the DWRR VLs: once its packet is queued, at most
    the packet being framed goes ahead of it. Among SP VLs the lower index wins."""
    rng = seeded(42)
    dut = LinkTx(**CONFIGS["vl4_db32"])
    h = Harness(dut, rng, peer_credits=63, sp=0b0011, weights=[1, 1, 10, 30],
                credit_delay=(4, 20))
    sp_packets = []

    def feeder(h):
        if h.state == DlState.NORMAL and len(h.pushed) >= 30 and rng.random() < 0.1:
            # Two SP packets, VL 1 first: both wait while a DWRR packet is framed.
            sp_packets.append(len(h.pushed))
            h.feed.extend((random_payload(rng, rng.randint(1, 60)), vl, LinkCfg.IPV4)
                          for vl in (1, 0))
            return None
        return (random_payload(rng, rng.randint(100, 400)), rng.choice((2, 3)), LinkCfg.IPV4)

    h.feeder = feeder
    h.run(lambda h: len(h.delivered) >= 100, max_cycles=12_000)
    order = [(item[2], item[4], item[1]) for item in h.data_items()]
    assert len(sp_packets) >= 5
    # Map pushed packets to their data items by (vl, position in the VL).
    by_vl = {v: [item for item in h.data_items() if item[2] == v] for v in range(4)}
    pos = Counter()
    pushed_items = []
    for _, vl, _, _, done in h.pushed:
        delivered = pos[vl] < len(by_vl[vl])
        pushed_items.append((vl, done, by_vl[vl][pos[vl]]) if delivered else None)
        pos[vl] += 1
    checked = 0
    for entry in pushed_items:
        if entry is None or entry[0] > 1:
            continue
        vl, done, item = entry
        # DWRR packets whose first flit left after this SP packet was complete (plus the
        # queue/arbiter latency) and before it: only the one being framed may be there.
        ahead = [o for o in order if o[0] > 1 and done + 8 < o[1] < item[4]]
        assert len(ahead) <= 1, (vl, done, item[4], ahead)
        checked += 1
    assert checked > 8
    # Each pair: VL 0 (pushed second) leaves first when both were complete before the DWRR
    # packet in progress ended, i.e. unless VL 1's packet had already started by then.
    pairs = 0
    for index in sp_packets:
        if index + 1 >= len(pushed_items) or None in pushed_items[index:index + 2]:
            continue
        (_, _, item1), (_, done0, item0) = pushed_items[index:index + 2]
        if item1[4] > done0 + 8:
            assert item0[4] < item1[4], (item0[4], item1[4], done0)
            pairs += 1
    assert pairs >= 3


# -- link-level retry ---------------------------------------------------------------------------

@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_retry_replays_from_requested_packet(config):
    """The peer finds packets bad and asks for a replay: the packet in flight is abandoned at a
    flit boundary, a retry_ack block follows, and the packets from retry_seq come again,
    identical; replayed_flit counts the flits sent again."""
    rng = seeded(51)
    dut = LinkTx(**CONFIGS[config])
    n = dut.num_vls
    corrupt = (3, 4, 9, 15, 16, 17, 24)
    h = Harness(dut, rng, corrupt=corrupt, retry_delay=(2, 60), ack_delay=(20, 60), ready=0.75)
    h.total = 30
    for _ in range(h.total):
        h.feed.append((random_payload(rng, rng.randint(20, 700)), rng.randrange(n),
                       rng.choice(DATA_CFGS)))
    h.run(fed, max_cycles=30_000)
    assert [seq for seq, *_ in h.delivered] == list(range(h.total))
    assert h.counts["retry_ack"] == len(corrupt) and h.counts["bad_retry"] == 0
    acks = [(f, c) for _, f, c in h.ctl_items() if f["retry_ack"]]
    assert sorted(f["retry_seq"] for f, _ in acks) == sorted(corrupt)
    # After each retry_ack, the next data packet is the requested one.
    stream = [item for item in h.items if item[0] in ("data", "ctl")]
    for index, item in enumerate(stream):
        if item[0] == "ctl" and item[1]["retry_ack"]:
            following = next(x for x in stream[index + 1:] if x[0] == "data")
            assert following[1] == item[1]["retry_seq"]
    assert any(item[0] == "aborted" for item in h.items), "no packet was cut by a retry"
    # Every data flit sent a second time is counted: walk the attempts in order (after a
    # retry_ack the next attempt is retry_seq, otherwise the one after the previous attempt).
    sent_before = Counter()     # seq -> flits of it sent so far (the longest attempt)
    replayed, attempt = 0, 0
    for item in h.items:
        if item[0] == "ctl":
            if item[1]["retry_ack"]:
                attempt = item[1]["retry_seq"]
            continue
        flits = item[3] if item[0] == "data" else item[1]
        if item[0] == "data":
            assert item[1] == attempt
        replayed += min(len(flits), sent_before[attempt])
        sent_before[attempt] = max(sent_before[attempt], len(flits))
        attempt += 1
    assert h.counts["replayed_flit"] == replayed > 0
    assert h.counts["tx_flit"] == len(h.flits)


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_redundant_retry_overtaken_by_acks(config):
    """A retry request for packets the peer already committed (a repeated request, say) while
    its ACKs are still on the way: the TX replays, the ACKs overtake the replay (the sender
    then skips to the oldest packet kept), and the stream stays exact: duplicates identical,
    every packet delivered once, in order."""
    rng = seeded(55)
    dut = LinkTx(**CONFIGS[config])
    n = dut.num_vls
    # Long and short packets in turn, a slow PHY: as a short packet commits, the peer asks
    # again for the long one before it (committed too, its ACK not out yet). The short one's
    # ACK then arrives while the long one is replayed, and the sender must skip it.
    h = Harness(dut, rng, ack_delay=(20, 40), ready=0.35)
    h.total = 24
    for k in range(h.total):
        length = rng.randint(500, 700) if k % 2 == 0 else rng.randint(1, 10)
        h.feed.append((random_payload(rng, length), rng.randrange(n), rng.choice(DATA_CFGS)))
    requests = []

    def on_commit(h, ctx, seq):
        if seq % 4 == 1 and seq < h.total - 2:
            requests.append(seq - 1)
            h.retry_request(seq - 1)(ctx)

    h.on_commit = on_commit
    h.run(fed, max_cycles=20_000)
    assert len(requests) >= 5
    # Each request answered, or rejected when the ACK covering it got there first.
    assert h.counts["retry_ack"] + h.counts["bad_retry"] == len(requests)
    assert h.counts["retry_ack"] >= 3
    assert h.counts["duplicate"] > 0
    assert [seq for seq, *_ in h.delivered] == list(range(h.total))
    # No packet starts again once its ACK has reached the TX (bar what was already in the
    # output FIFO): the sender skips acknowledged packets.
    slack = (OUT_DEPTH + 4) / 0.35
    skipped = 0
    for index, (_, seq, _, _, c0, _) in enumerate(h.data_items()):
        acked = [cycle for cycle, value in h.ack_log if value >= seq]
        assert not acked or c0 < acked[0] + slack, (seq, c0, acked[0])
        later = h.data_items()[index + 1:index + 2]
        skipped += bool(later and later[0][1] > seq + 1)
    assert skipped, "the sender never skipped a packet"


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_ack_timeout_replays_lost_last_packet(config):
    """The last packet sent is lost whole: the receiver sees no gap and never asks. With
    ack_timeout the TX replays it (a retry_ack block first) once nothing moved for that long;
    with ack_timeout = 0 it waits for ever."""
    for timeout in (200, 0):
        rng = seeded(56)
        dut = LinkTx(**CONFIGS[config])
        h = Harness(dut, rng, ack_timeout=timeout, drop=(3,), ack_delay=(5, 20))
        h.total = 4
        for k in range(h.total):
            h.feed.append((random_payload(rng, 60 + k), k % dut.num_vls, LinkCfg.CNA16))
        marks = {}

        def until(h, marks=marks):
            if h.counts["dropped"] and "lost" not in marks:
                marks["lost"] = h.cycle
            return len(h.delivered) == h.total or ("lost" in marks and h.cycle > 700)

        h.run(until, max_cycles=3000)
        acks = [(f, c) for _, f, c in h.ctl_items() if f["retry_ack"]]
        if timeout:
            assert [seq for seq, *_ in h.delivered] == list(range(h.total))
            ((fields, cycle),) = acks
            assert fields["retry_seq"] == 3
            # No ACK for packet 3 ever came; the replay went out after the timeout.
            assert timeout <= cycle - marks["lost"] <= timeout + 40
            assert h.counts["replayed_flit"] == packet_flits(63)
        else:
            assert len(h.delivered) == 3 and acks == []


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_bad_retry_ignored(config):
    """A retry request for a packet already acknowledged, or never sent, is ignored and
    counted (bad_retry); with llr_en = 0 every retry request is bad and nothing is replayed."""
    rng = seeded(52)
    dut = LinkTx(**CONFIGS[config])
    h = Harness(dut, rng, ack_delay=(2, 5))
    h.total = 6
    for k in range(h.total):
        h.feed.append((random_payload(rng, 40), k % dut.num_vls, LinkCfg.CNA24))
    marks = {}

    def until(h):
        if "sent" not in marks and len(h.delivered) == h.total and h.cycle > 0:
            marks["sent"] = h.cycle
            h.at(h.cycle + 30, h.retry_request(2))       # acked by then
            h.at(h.cycle + 40, h.retry_request(40))      # never sent
            h.at(h.cycle + 50, h.retry_request(6))       # the next, not yet sent
        return "sent" in marks and h.cycle > marks["sent"] + 90

    h.run(until, max_cycles=4000)
    assert h.counts["bad_retry"] == 3
    assert h.counts["retry_ack"] == 0 and h.counts["replayed_flit"] == 0

    rng = seeded(54)
    dut = LinkTx(**CONFIGS[config])
    h = Harness(dut, rng, llr=False, auto_ack=False, corrupt=(1,))
    h.total = 5
    for _ in range(h.total):
        h.feed.append((random_payload(rng, 300), 0, LinkCfg.CNA24))

    def until_nollr(h):
        # The peer drops packet 1 and asks for a replay, which never comes: with LLR off the
        # packets after it are simply discarded by this far-end model while it waits.
        return h.counts["bad_retry"] >= 1 and h.max_seq == h.total - 1 and h.cycle > 300

    h.run(until_nollr, max_cycles=6000)
    assert h.counts["bad_retry"] == 1 and h.counts["retry_ack"] == 0
    assert h.counts["replayed_flit"] == 0


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_replay_buffer_full_then_acks(config):
    """Without ACKs the TX stops when the replay buffer is full (of flits with long packets, of
    packet slots with one-flit packets) and goes on when an ACK frees it; with llr_en = 0
    nothing is kept and no ACK is needed."""
    # A replay buffer of a quarter of the configured one, to fill it quickly.
    params = {**CONFIGS[config], "replay_flits": full(config)["replay_flits"] // 4,
              "replay_packets": max(4, full(config)["replay_packets"] // 4)}
    mtu = full(config)["mtu"]
    params["replay_flits"] = max(params["replay_flits"], 1 << packet_flits(mtu).bit_length())
    long = min(mtu, params["replay_flits"] // 4 * FLIT_BYTES - 40)
    for seed, length in ((61, long), (62, 5)):
        rng = seeded(seed)
        dut = LinkTx(**params)
        h = Harness(dut, rng, auto_ack=False, credit_delay=(2, 6))
        limit = min(dut.replay_packets, dut.replay_flits // packet_flits(length))
        h.total = limit + 3
        for _ in range(h.total):
            h.feed.append((random_payload(rng, length), rng.randrange(dut.num_vls),
                           LinkCfg.IPV4))
        stalls = []     # packets sent before each stall
        acked_at = [0]

        def until(h, stalls=stalls, acked_at=acked_at):
            last = max(h.flits[-1][0] if h.flits else 0, acked_at[0])
            if h.max_seq >= 0 and h.cycle - last > 100 and len(h.delivered) < h.total:
                stalls.append(h.max_seq + 1)
                h.ack_value = h.expected_seq - 1    # acknowledge everything received so far
                h.ack_dirty = True
                acked_at[0] = h.cycle
            return len(h.delivered) >= h.total

        h.run(until, max_cycles=20_000)
        assert stalls and stalls[0] == limit, (stalls, limit)
        assert all(b - a == limit for a, b in itertools.pairwise(stalls)), (stalls, limit)
        assert [seq for seq, *_ in h.delivered] == list(range(h.total))

    rng = seeded(63)
    dut = LinkTx(**params)
    h = Harness(dut, rng, llr=False, auto_ack=False, credit_delay=(2, 6))
    h.total = dut.replay_flits // packet_flits(long) + 3
    for _ in range(h.total):
        h.feed.append((random_payload(rng, long), rng.randrange(dut.num_vls), LinkCfg.IPV4))
    h.run(fed, max_cycles=20_000)
    assert [seq for seq, *_ in h.delivered] == list(range(h.total))


# -- faults on the input and from the peer ------------------------------------------------------

@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_bad_input_dropped(config):
    """Packets for a VL >= num_vls and packets longer than the MTU are dropped whole and
    counted; the good packets around them go through untouched; nothing hangs."""
    rng = seeded(71)
    dut = LinkTx(**CONFIGS[config])
    n, mtu, db = dut.num_vls, dut.mtu, dut.data_bytes
    h = Harness(dut, rng)
    bad, count = 0, 30
    for _ in range(count):
        pick = rng.random()
        if pick < 0.2:
            length, vl = rng.randint(1, 3 * db), rng.randint(n, 15)
            bad += 1
        elif pick < 0.4:
            length = rng.choice((mtu + 1, mtu + db, mtu + db + 1, mtu + 100))
            vl = rng.randrange(n)
            bad += 1
        elif pick < 0.5:
            length, vl = mtu, rng.randrange(n)
        else:
            length, vl = rng.randint(1, 300), rng.randrange(n)
        h.feed.append((random_payload(rng, length), vl, rng.choice(DATA_CFGS)))
    h.total = count - bad
    h.run(fed, max_cycles=30_000)
    assert h.counts["bad_input"] == bad
    assert len(h.delivered) == h.total
    good = [(p, vl) for p, vl, _, _, _ in h.pushed if vl < n and len(p) <= mtu]
    for v in range(n):
        assert [p for p, vl in good if vl == v] == [p for _, vl2, p, _ in h.delivered if vl2 == v]


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_credit_overflow_saturates(config):
    """A peer returning more cells than its initial credits: the credits saturate at the
    initial value and credit_overflow pulses; traffic goes on."""
    rng = seeded(81)
    dut = LinkTx(**CONFIGS[config])
    n = dut.num_vls
    per_vl = packet_cells(packet_flits(dut.mtu), dut.cell_flits)
    h = Harness(dut, rng, peer_credits=per_vl + 3)
    h.total = 4
    for k in range(h.total):
        h.feed.append((random_payload(rng, 100), k % n, LinkCfg.IPV4))
    seen = {}

    def until(h):
        if "bogus" not in seen and len(h.delivered) == h.total and h.cycle > 0:
            seen["bogus"] = h.cycle

            def bogus(ctx):
                # Return 5 more cells on VL 0 than were ever taken.
                h.cum[0] += 5
                h.credit_dirty = True
            h.at(h.cycle + 60, bogus)
        return "bogus" in seen and h.cycle > seen["bogus"] + 100

    h.run(until, max_cycles=3000)
    assert h.counts["credit_overflow"] == 1
    assert len(h.delivered) == h.total


def test_credits_output_and_overflow_value():
    """``credits`` and ``peer_init_credits`` follow the peer: loaded in CRD_INIT, spent by
    packets, returned, saturated on overflow."""
    rng = seeded(82)
    dut = LinkTx(**CONFIGS["vl2_db16"])
    h = Harness(dut, rng, peer_credits=[20, 30], credit_delay=(50, 50))
    h.total = 2
    h.feed.append((random_payload(rng, 300), 0, LinkCfg.IPV4))     # 16 flits = 4 cells
    h.feed.append((random_payload(rng, 100), 1, LinkCfg.IPV4))     # 6 flits = 2 cells
    log = []
    phase = {}

    def until(h):
        if "bogus" not in phase and len(h.delivered) == 2 and h.cycle > 0:
            phase["bogus"] = h.cycle

            def bogus(ctx):
                h.cum[1] += 7
                h.credit_dirty = True
            h.at(h.cycle + 100, bogus)
        return "bogus" in phase and h.cycle > phase["bogus"] + 140

    async def watch(ctx):
        while True:
            _, _, c0, c1, p0, p1 = await ctx.tick().sample(
                dut.credits[0], dut.credits[1], dut.peer_init_credits[0],
                dut.peer_init_credits[1])
            log.append((c0, c1, p0, p1))

    async def main(ctx):
        await h.peer(ctx, until, limit=3000)

    run_simulation(dut, main, max_cycles=3000, background=[h.driver, watch])
    values = [entry for entry in log if entry[2]]
    assert values[0] == (20, 30, 20, 30)
    assert (16, 28, 20, 30) in values           # both packets hold their cells
    assert values[-1] == (20, 30, 20, 30)       # returned, and the overflow saturated
    assert h.counts["credit_overflow"] == 1
