"""cocotb + pyuvm environment: two spec data link endpoints (:class:`DllEndpoint`) back to back.

``LinkPair(traffic="bfm")``: random packets on every VL go both ways (A -> B and
B -> A) under random back-pressure; two scoreboards check, with the delivery model of
``sim/model/link.py``, that every packet arrives exactly once, in order per VL, bytes intact,
its ``cfg`` and ``rt`` carried and ``error_flag`` as expected. Faults come from the gateware
fault injectors (bit errors at a BER, flits lost as decode failures the PHY flags) and the PHY
model (a lane failing mid-traffic, dynamic width changes); the firmware driver
:class:`firmware.dll.DllDriver` reads the state, counters, credits and port error bits of both
ends through their registers.

What the transmit queues do with bad input (``hdl_py/link/dll_queue.py``), and what the
scoreboards therefore expect:

* a packet longer than the MTU is not dropped: it is delivered cut at the beat that shows it
  too long (:func:`cut_length`; at the MTU when the MTU is a whole number of beats) with
  ``error_flag`` 1, and counted in the sending end's ``TX_OVERSIZE``;
* a packet on a VL at or above ``vls`` is dropped whole, counted in ``TX_BAD_VL``.

Packets carry a random DLLDP CFG (:data:`DLLDP_CFGS`) and RT. The retry is on (the endpoint's
baseline without it, ``DL_CTRL.retry_off``, is the bench's), so every test expects exact
delivery. At the end of every test, with the link idle, each end must hold the whole credit
the other granted on every VL (no leak) and no uncorrectable port error bit may be set.
Functional coverage: RETRY_REQ_SM states reached and VLs used.
"""

from __future__ import annotations

import inspect
import random
from collections import deque

import cocotb
import pyuvm
from cocotb.clock import Clock
from cocotb.triggers import ClockCycles, RisingEdge, Timer, ValueChange
from cocotb_coverage.coverage import CoverPoint, coverage_db
from pyuvm import ConfigDB, uvm_env, uvm_sequence, uvm_sequencer, uvm_test

from firmware.dll import COUNTERS, RETRY_REQ_STATES, UNCORRECTABLE, DllDriver
from hdl_py.lib.stream import beats_to_packets
from hdl_py.link.deframer import deframed_side_layout
from hdl_py.link.dll_endpoint import DllEndpoint
from hdl_py.link.dll_queue import dll_side_layout
from hdl_py.proto.dll import DLLDP_CFGS as _DLLDP_CFGS
from sim.backends.cocotb_backend import CocotbRegisterBus
from sim.model.link import LinkModel
from sim.runner import params
from tb.common.stream import StreamSink, StreamSource, unpack
from tb.common.uvm import PacketItem, Scoreboard, StreamDriver, StreamMonitor

IN_SIDE = dll_side_layout()          # vl, cfg, rt
OUT_SIDE = deframed_side_layout()    # vl, cfg, rt, error_flag
FLIT_BITS = 160
MAX_VL = 15                          # the sideband's vl field is 4 bits
#: The CFG values a DLLDP may carry in its LPH (0 is a DLLCB's, the others are reserved; the
#: receiver takes an LPH with one of those for a header error).
DLLDP_CFGS = sorted(_DLLDP_CFGS)
_DEFAULTS = {k: v.default for k, v in
             inspect.signature(DllEndpoint.__init__).parameters.items()
             if v.default is not inspect.Parameter.empty}


def design(p: dict | None = None) -> dict:
    """The endpoint parameters of the design built with ``p``, defaults filled in."""
    return {**_DEFAULTS, **(params() if p is None else p)}


def ber_threshold(ber: float) -> int:
    """Per-flit probability threshold of the fault injector for a bit error rate."""
    return min(0xFFFFFFFF, int(ber * FLIT_BITS * 2**32))


def cut_length(n: int, mtu: int, data_bytes: int) -> int:
    """Bytes delivered of a packet of ``n`` bytes: all of them up to the MTU; for a longer
    one, the beats up to the one that shows it too long (past the MTU, or at it with more
    beats to come), as the transmit queue keeps them."""
    if n <= mtu:
        return n
    total = 0
    while True:
        total = min(n, total + data_bytes)
        if total > mtu or (total >= mtu and total < n):
            return total


@CoverPoint("dll.vl", xf=lambda vl: vl, bins=list(range(MAX_VL + 1)))
def _sample_vl(vl):
    """VLs of the packets sent (bins at or above vls: bad-VL packets)."""


@CoverPoint("dll.retry_state", xf=lambda s: s, bins=list(RETRY_REQ_STATES))
def _sample_retry(state):
    """RETRY_REQ_SM states either receiver went through."""


class DllSink(StreamSink):
    """A StreamSink whose packets carry the sideband of their first beat with the
    ``error_flag`` of their last (the deframer sets it there)."""

    async def _run(self) -> None:
        while True:
            await RisingEdge(self.clock)
            if int(self.port.valid.value) and int(self.port.ready.value):
                beat = unpack(self.layout, int(self.port.payload.value))
                self.beats.append(beat)
                self._partial.append(beat)
                if beat["last"]:
                    (payload,) = beats_to_packets(self._partial, self.data_bytes)
                    side = dict(self._partial[0]["side"])
                    side["error_flag"] = beat["side"]["error_flag"]
                    self.packets.append((payload, side))
                    self._partial = []
                    self._event.set()
            ready = not (self.backpressure and self.rng.random() < self.backpressure)
            self.port.ready.value = int(ready)


class DllPacketSeq(uvm_sequence):
    """``count`` random packets: lengths in ``[1, max_len]``, VL, ``cfg`` and ``rt`` at random;
    with probability ``oversize`` a packet is longer than the MTU (up to 1.5 MTU), with
    probability ``bad_vl`` its VL is one the endpoint does not implement."""

    def __init__(self, name="dll_packets", *, count, max_len, vls, mtu, oversize=0.0,
                 bad_vl=0.0, rng):
        super().__init__(name)
        self.count, self.max_len, self.vls, self.mtu = count, max_len, vls, mtu
        self.oversize, self.bad_vl, self.rng = oversize, bad_vl, rng

    async def body(self):
        r = self.rng
        for i in range(self.count):
            if self.oversize and r.random() < self.oversize:
                n = r.randint(self.mtu + 1, self.mtu * 3 // 2)
            else:
                n = r.randint(1, self.max_len)
            bad = self.vls <= MAX_VL and self.bad_vl and r.random() < self.bad_vl
            vl = r.randint(self.vls, MAX_VL) if bad else r.randrange(self.vls)
            side = {"vl": vl, "cfg": r.choice(DLLDP_CFGS), "rt": r.randrange(4)}
            item = PacketItem(f"pkt{i}", r.randbytes(n), side)
            await self.start_item(item)
            await self.finish_item(item)


class DllScoreboard(Scoreboard):
    """Reference: :class:`LinkModel` (exactly once, in order per VL, bytes intact) fed with
    what the receiver must deliver -- an oversize packet cut (:func:`cut_length`), a bad-VL
    packet not at all -- and beside it, per VL, the ``cfg``, ``rt`` and ``error_flag`` each
    delivery must carry."""

    def build_phase(self):
        super().build_phase()
        p = design()
        self.vls, self.mtu, self.db = p["vls"], p["mtu"], p["data_bytes"]
        self.link_model = LinkModel(self.vls, strict=False)
        self.sides: list[deque] = [deque() for _ in range(self.vls)]
        self.oversize = 0       # packets sent longer than the MTU (to arrive cut)
        self.bad_vl = 0         # packets sent on a VL >= vls (to be dropped)
        self.per_vl = [0] * self.vls  # deliveries matched, per VL

    def model(self, item):
        side = item.side
        _sample_vl(side["vl"])
        if side["vl"] >= self.vls:
            self.bad_vl += 1
            return []
        n = cut_length(len(item.payload), self.mtu, self.db)
        cut = len(item.payload) > self.mtu  # flagged even if the cut beat keeps every byte
        self.oversize += cut
        self.link_model.send(side["vl"], item.payload[:n])
        self.sides[side["vl"]].append({"cfg": side["cfg"], "rt": side["rt"],
                                       "error_flag": int(cut)})
        return []

    def per_vl_total(self) -> int:
        """Packets delivered so far (matched or not in their sideband)."""
        return sum(self.per_vl)

    def to_deliver(self) -> int:
        self._drain_expected()
        return sum(self.link_model.sent)

    def compare(self, actual) -> None:
        self._drain_expected()
        vl = actual.side["vl"]
        if vl >= self.vls:
            self.errors.append(f"delivered on VL {vl}, not implemented: {actual}")
            return
        if not self.link_model.check_delivery(vl, actual.payload):
            return  # LinkModel recorded what was wrong
        want = self.sides[vl].popleft()
        got = {k: actual.side[k] for k in want}
        if got != want:
            self.errors.append(f"VL {vl}: packet #{self.per_vl[vl]} delivered with {got}, "
                               f"sent with {want}")
        else:
            self.matched += 1
        self.per_vl[vl] += 1

    def check_phase(self):
        self._drain_expected()
        while True:
            ok, item = self.actual_fifo.try_get()
            if not ok:
                break
            self.compare(item)
        self.link_model.check_done()
        errors = self.errors + self.link_model.errors
        for e in errors[:10]:
            self.logger.error(e)
        self.logger.info(f"scoreboard: {self.matched} delivered of {self.to_deliver()}, "
                         f"{self.oversize} cut at the MTU, {self.bad_vl} on a bad VL, "
                         f"{len(errors)} errors")
        assert not errors, f"{len(errors)} delivery errors: {errors[:3]}"


class Direction(uvm_env):
    """One direction: sequencer -> driver (source BFM) ... monitor (sink BFM) -> scoreboard."""

    src_key = "src"
    sink_key = "sink"

    def build_phase(self):
        self.seqr = uvm_sequencer("seqr", self)
        self.driver = StreamDriver.create("driver", self)
        self.monitor = StreamMonitor.create("monitor", self)
        self.scoreboard = DllScoreboard.create("scoreboard", self)
        self.driver.bfm_key = self.src_key
        self.monitor.bfm_key = self.sink_key

    def connect_phase(self):
        self.driver.seq_item_port.connect(self.seqr.seq_item_export)
        self.driver.ap.connect(self.scoreboard.expected_export)
        self.monitor.ap.connect(self.scoreboard.actual_export)


class DllEnv(uvm_env):
    def build_phase(self):
        self.ab = Direction.create("ab", self)
        self.ab.src_key, self.ab.sink_key = "a_src", "b_sink"
        self.ba = Direction.create("ba", self)
        self.ba.src_key, self.ba.sink_key = "b_src", "a_sink"


class DllBaseTest(uvm_test):
    """Reset (the link comes up by itself: ``DL_CTRL.enable`` resets to 1), DLL_Normal on
    both ends, random bidirectional traffic with the test's faults, drain, then the checks
    of every test: delivery (scoreboards), bad-input counters, per-VL packet counters, and
    with the link idle credits and port error bits."""

    count = 100            # packets each way
    max_len = 1024         # longest packet drawn (bounded by the MTU) unless oversize
    oversize = 0.0         # probability a packet is longer than the MTU
    bad_vl = 0.0           # probability a packet is on a VL >= vls
    ber = 0.0
    drop = 0.0
    #: A dropped flit reaches the receiver flagged ``err`` (its data intact): a PHY does not
    #: lose flits silently, and the spec link cannot see a one-flit block that vanishes
    #: (hdl_py/link/faults.py).
    drop_mark = 1
    burst = 0
    backpressure = 0.3     # probability a receiver refuses a beat

    def build_phase(self):
        dut = cocotb.top
        self.p = design()
        self.vls, self.db, self.mtu = self.p["vls"], self.p["data_bytes"], self.p["mtu"]
        self.rng = random.Random(cocotb.RANDOM_SEED)
        r = self.rng
        self.bfms = {
            "a_src": StreamSource(dut, "a_i", dut.clk, data_bytes=self.db, side=IN_SIDE,
                                  idle=0.2, rng=random.Random(r.random())),
            "b_src": StreamSource(dut, "b_i", dut.clk, data_bytes=self.db, side=IN_SIDE,
                                  idle=0.2, rng=random.Random(r.random())),
            "b_sink": DllSink(dut, "b_o", dut.clk, data_bytes=self.db, side=OUT_SIDE,
                              backpressure=self.backpressure, rng=random.Random(r.random())),
            "a_sink": DllSink(dut, "a_o", dut.clk, data_bytes=self.db, side=OUT_SIDE,
                              backpressure=self.backpressure, rng=random.Random(r.random())),
        }
        for k, v in self.bfms.items():
            ConfigDB().set(None, "*", k, v)
        self.env = DllEnv("env", self)
        self.retry_seen = {"a": set(), "b": set()}

    async def reset(self):
        dut = cocotb.top
        Clock(dut.clk, 10, unit="ns").start()
        for name in ("ab_ber", "ab_drop", "ab_drop_mark", "ab_burst", "ab_seed", "ab_seed_load",
                     "ba_ber", "ba_drop", "ba_drop_mark", "ba_burst", "ba_seed", "ba_seed_load",
                     "a_lane_fail", "b_lane_fail", "a_far_silent", "b_far_silent"):
            getattr(dut, name).value = 0
        dut.rst.value = 1
        await ClockCycles(dut.clk, 3)
        dut.rst.value = 0
        await RisingEdge(dut.clk)

    async def watch_retry(self, side):
        sig = getattr(cocotb.top, f"{side}_retry_state")
        while True:
            self.retry_seen[side].add(RETRY_REQ_STATES[min(int(sig.value), 4)])
            await ValueChange(sig)

    async def set_faults(self, ber=None, drop=None, burst=None):
        dut = cocotb.top
        ber = self.ber if ber is None else ber
        drop = self.drop if drop is None else drop
        burst = self.burst if burst is None else burst
        for d in ("ab", "ba"):
            getattr(dut, f"{d}_ber").value = ber_threshold(ber)
            getattr(dut, f"{d}_drop").value = min(0xFFFFFFFF, int(drop * 2**32))
            getattr(dut, f"{d}_drop_mark").value = self.drop_mark
            getattr(dut, f"{d}_burst").value = burst
            getattr(dut, f"{d}_seed").value = self.rng.getrandbits(32) | 1
            getattr(dut, f"{d}_seed_load").value = 1
        await RisingEdge(dut.clk)
        for d in ("ab", "ba"):
            getattr(dut, f"{d}_seed_load").value = 0

    async def bring_up(self):
        dut = cocotb.top

        async def sleep(n):
            await Timer(10 * n, "ns")

        self.a = DllDriver(CocotbRegisterBus(dut, prefix="a_axil_"), sleep=sleep)
        self.b = DllDriver(CocotbRegisterBus(dut, prefix="b_axil_"), sleep=sleep)
        for drv in (self.a, self.b):
            st = await drv.wait_state("DLL_Normal")
            assert st.retry_req == "NORMAL" and st.phy_link_up, st
        self.negotiated = await self.a.negotiated()
        # the grant (0xFFFF by default) capped at what a VL's receive buffer holds
        self.credit_cap = self.p["vl_flits"] // self.negotiated["flow_ctrl_size"]
        self.c0 = {"a": await self.a.counters(), "b": await self.b.counters()}
        self.v0 = {"a": await self.a.vl_counters(self.vls),
                   "b": await self.b.vl_counters(self.vls)}

    def packet_max_len(self) -> int:
        return min(self.max_len, self.mtu)

    async def traffic(self):
        seqs = []
        for d in (self.env.ab, self.env.ba):
            seq = DllPacketSeq("seq", count=self.count, max_len=self.packet_max_len(),
                               vls=self.vls, mtu=self.mtu, oversize=self.oversize,
                               bad_vl=self.bad_vl, rng=random.Random(self.rng.random()))
            seqs.append(cocotb.start_soon(seq.start(d.seqr)))
        for s in seqs:
            await s

    async def during_traffic(self):
        """Hook: what happens to the link while packets flow (lane failure, width change)."""

    async def drain(self, limit_cycles=1_000_000):
        """Wait until both directions delivered everything, or nothing moved for a long while
        (then the scoreboards report what is missing; :meth:`stuck` logs where it stopped)."""
        srcs = (self.bfms["a_src"], self.bfms["b_src"])
        sinks = (self.bfms["a_sink"], self.bfms["b_sink"])
        boards = (self.env.ab.scoreboard, self.env.ba.scoreboard)
        quiet, last = 0, None
        for _ in range(limit_cycles // 100):
            busy = any(s.queue or int(s.port.valid.value) for s in srcs)
            if not busy and all(sb.per_vl_total() >= sb.to_deliver() for sb in boards):
                return
            moved = (tuple(s.sent_beats for s in srcs), tuple(len(s.beats) for s in sinks))
            quiet = quiet + 1 if moved == last else 0
            last = moved
            if quiet > 300:
                break
            await Timer(1000, "ns")
        await self.stuck()

    async def stuck(self):
        """Log where the traffic stopped: beats left at each source, deliveries, states."""
        for end, src, d in (("a", "a_src", self.env.ab), ("b", "b_src", self.env.ba)):
            bfm, sb = self.bfms[src], d.scoreboard
            self.logger.error(
                f"traffic stopped: {end.upper()}'s source has {len(bfm.queue)} beats queued "
                f"({bfm.sent_beats} taken); {end.upper()} -> other end delivered "
                f"{sb.per_vl} of {sb.link_model.sent} per VL; {end.upper()}: "
                f"{await getattr(self, end).status()}, credits "
                f"{await getattr(self, end).credits(self.vls)}")

    async def run_phase(self):
        self.raise_objection()
        await self.reset()
        await self.bring_up()
        for side in ("a", "b"):  # from DLL_Normal on (the state before it is no retry)
            cocotb.start_soon(self.watch_retry(side))
        await self.set_faults()
        hook = cocotb.start_soon(self.during_traffic())
        await self.traffic()
        await hook
        await self.drain()
        await self.set_faults(ber=0.0, drop=0.0, burst=0)
        # Idle: no packet in flight; credit returns and ACKs settle.
        await Timer(20_000, "ns")
        c1 = {"a": await self.a.counters(), "b": await self.b.counters()}
        v1 = {"a": await self.a.vl_counters(self.vls), "b": await self.b.vl_counters(self.vls)}
        self.counters = {s: {k: c1[s][k] - self.c0[s][k] for k in COUNTERS} for s in c1}
        self.vl_counts = {s: {k: [x - y for x, y in zip(v1[s][k], self.v0[s][k], strict=True)]
                              for k in v1[s]} for s in v1}
        self.credits = {"a": await self.a.credits(self.vls),
                        "b": await self.b.credits(self.vls)}
        self.port_errors = {"a": await self.a.errors(), "b": await self.b.errors()}
        self.final = {"a": await self.a.status(), "b": await self.b.status()}
        self.logger.info(f"counters A: {self.counters['a']}")
        self.logger.info(f"counters B: {self.counters['b']}")
        self.logger.info(f"credits {self.credits} (cap {self.credit_cap}), "
                         f"port errors {self.port_errors}, retry states {self.retry_seen}")
        self.drop_objection()

    def check_phase(self):
        for state in self.retry_seen["a"] | self.retry_seen["b"]:
            _sample_retry(state)
        # (sending end, its direction, receiving end)
        for tx, d, rx in (("a", self.env.ab, "b"), ("b", self.env.ba, "a")):
            sb, c = d.scoreboard, self.counters[tx]
            assert c["TX_OVERSIZE"] == sb.oversize, (
                f"{tx.upper()} counted {c['TX_OVERSIZE']} oversize packets; {sb.oversize} "
                f"longer than the MTU ({self.mtu}) were sent")
            assert c["TX_BAD_VL"] == sb.bad_vl, (
                f"{tx.upper()} counted {c['TX_BAD_VL']} bad-VL packets; {sb.bad_vl} sent")
            flagged = self.counters[rx]["ERROR_DLLDP"]
            assert flagged == sb.oversize, (
                f"{rx.upper()} counted {flagged} DLLDPs with ERROR_FLAG; {sb.oversize} sent cut")
            sent, got = self.vl_counts[tx]["tx_pkts"], self.vl_counts[rx]["rx_pkts"]
            assert sent == got == sb.link_model.sent, (
                f"{tx.upper()} -> {rx.upper()} per VL: {sent} counted sent, {got} counted "
                f"received, {sb.link_model.sent} to deliver")
        for end in ("a", "b"):
            st = self.final[end]
            assert st.link_status == "DLL_Normal" and st.retry_req == "NORMAL", st
            assert self.credits[end] == [self.credit_cap] * self.vls, (
                f"{end.upper()} holds credits {self.credits[end]} with the link idle, "
                f"not the grant ({self.credit_cap} per VL): leaked")
            bad = {k: v for k, v in self.port_errors[end].items()
                   if k in UNCORRECTABLE and v}
            assert not bad, f"{end.upper()}: uncorrectable port error bits set: {bad}"


@pyuvm.test()
class RandomTrafficTest(DllBaseTest):
    """BER 0, packets of 1 byte to the MTU on every VL, cfg and rt at random, heavy
    back-pressure: everything delivered once, nothing resent, no CRC error."""

    count = 300
    max_len = 1 << 16  # bounded by the MTU
    backpressure = 0.6

    def check_phase(self):
        super().check_phase()
        for end in ("a", "b"):
            c = self.counters[end]
            assert c["CRC_ERROR_SUM"] == c["RETRY_REQ_SUM"] == c["RESENT_FLITS"] == 0, c
        assert self.retry_seen["a"] | self.retry_seen["b"] == {"NORMAL"}, self.retry_seen


@pyuvm.test()
class BitErrorTest(DllBaseTest):
    """BER 5e-5 both ways: CRC errors repaired by retry, delivery exact; B's Retry_Req_Sets
    (RETRY_REQ_SUM) make A resend (RESENT_FLITS), and the other way round."""

    count = 300
    max_len = 512
    ber = 5e-5

    def check_phase(self):
        super().check_phase()
        a, b = self.counters["a"], self.counters["b"]
        assert b["CRC_ERROR_SUM"] + b["HDR_ERRORS"] > 0, "no error was injected A -> B"
        assert b["RETRY_REQ_SUM"] > 0 and a["RESENT_FLITS"] > 0, (a, b)
        assert a["RETRY_REQ_SUM"] > 0 and b["RESENT_FLITS"] > 0, (a, b)
        assert a["RETRY_ACK_SUM"] > 0 and b["RETRY_ACK_SUM"] > 0, (a, b)
        assert "WAIT" in self.retry_seen["a"] | self.retry_seen["b"], self.retry_seen


@pyuvm.test()
class FlitDropTest(DllBaseTest):
    """Flits lost on the wire both ways (ab_drop, ba_drop), each reaching the receiver as a
    PHY decode failure (``err``, data intact, so only the flag shows it): every one is
    counted, the block it falls in is retried, delivery exact. About 4000 flits a way at
    0.5%: some 20 each way."""

    count = 200
    max_len = 512
    drop = 0.005

    def check_phase(self):
        super().check_phase()
        c = self.counters
        drops = {"b": int(cocotb.top.ab_drops.value), "a": int(cocotb.top.ba_drops.value)}
        assert drops["a"] > 0 and drops["b"] > 0, drops
        for side in ("a", "b"):
            assert c[side]["RX_PHY_ERR_FLITS"] == drops[side], (side, drops, c[side])
        assert c["b"]["RETRY_REQ_SUM"] > 0 and c["a"]["RESENT_FLITS"] > 0, c
        assert c["a"]["RETRY_REQ_SUM"] > 0 and c["b"]["RESENT_FLITS"] > 0, c


@pyuvm.test()
class LaneFailureTest(DllBaseTest):
    """A lane of A's transmit channel fails mid-traffic: the channel degrades to x4 and the
    link keeps delivering, exactly."""

    count = 200
    max_len = 1024

    async def during_traffic(self):
        dut = cocotb.top
        await ClockCycles(dut.clk, 800)
        dut.a_lane_fail.value = 1 << 5
        for _ in range(400):
            st = await self.a.status()
            if st.tx_width == 4 and st.link_status == "DLL_Normal":
                break
            await ClockCycles(dut.clk, 20)
        assert st.tx_width == 4, f"channel did not degrade: {st}"

    def check_phase(self):
        super().check_phase()
        assert self.counters["a"]["LANE_CHANGES"] >= 1, self.counters["a"]
        assert self.final["a"].tx_width == 4, self.final["a"]


@pyuvm.test()
class WidthChangeTest(DllBaseTest):
    """Dynamic width changes of A's channel x8 -> x2 -> x4 -> x8 under traffic: each DONE,
    delivery exact; an odd width (x3) is refused (NAK)."""

    count = 200
    max_len = 1024

    async def during_traffic(self):
        dut = cocotb.top
        for w in (2, 4, 8):
            await ClockCycles(dut.clk, 400)
            status = await self.a.change_width(w)
            assert status == "DONE", f"x{w}: {status}"
            st = await self.a.status()
            assert st.tx_width == w, f"asked x{w}: {st}"
        assert await self.a.change_width(3) == "NAK"

    def check_phase(self):
        super().check_phase()
        assert self.final["a"].tx_width == 8, self.final["a"]


@pyuvm.test()
class OversizeTest(DllBaseTest):
    """About a third of the packets longer than the MTU (up to 1.5 MTU): each arrives cut at
    the MTU with error_flag 1 on its last beat, counted in the sender's TX_OVERSIZE; the others
    arrive whole, in order, error_flag 0; the receiver counts the flagged ones in ERROR_DLLDP.
    With 60 packets a way, a direction without an oversize packet has a probability below
    1e-9."""

    count = 60
    oversize = 0.3
    max_len = 1 << 16

    def check_phase(self):
        super().check_phase()
        cut = [d.scoreboard.oversize for d in (self.env.ab, self.env.ba)]
        assert all(cut), f"no packet longer than the MTU was sent one way: {cut}"


@pyuvm.test()
class BadVlTest(DllBaseTest):
    """A quarter of the packets on VLs the endpoint does not implement: dropped whole, counted
    in the sender's TX_BAD_VL; the VLs around them deliver as usual."""

    count = 80
    bad_vl = 0.25
    max_len = 600

    def check_phase(self):
        super().check_phase()
        bad = [d.scoreboard.bad_vl for d in (self.env.ab, self.env.ba)]
        assert all(bad), f"no bad-VL packet was sent one way: {bad}"


@cocotb.test()
async def coverage_summary(dut):
    """Coverage merged over the tests above: the retry states the fault tests must reach and
    every VL used. Writes ``coverage.yml`` beside the results."""
    vls = design()["vls"]
    seen_retry = {b for b, n in coverage_db["dll.retry_state"].detailed_coverage.items() if n}
    seen_vl = {b for b, n in coverage_db["dll.vl"].detailed_coverage.items() if n}
    coverage_db.export_to_yaml("coverage.yml")
    dut._log.info(f"coverage: RETRY_REQ_SM {sorted(seen_retry)}, VLs {sorted(seen_vl)}")
    assert {"NORMAL", "REQ", "WAIT"} <= seen_retry, seen_retry
    assert set(range(vls)) <= seen_vl, seen_vl
    if vls <= MAX_VL:
        assert seen_vl - set(range(vls)), "no bad-VL packet was sent"
