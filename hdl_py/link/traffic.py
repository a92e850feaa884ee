"""Sim-only traffic generator and checker for link benches (not for silicon).

They let a bench run millions of cycles without Python touching each one: the generator
makes packets whose every byte is a function of (VL, per-VL packet index, byte position), so
the checker verifies content, order, loss and duplication without storing anything, and
measures latency from a timestamp carried in the payload.

Payload layout (byte positions in the packet, wire order):

- bytes 0..3: per-VL packet index, big-endian
- bytes 4..7: ``now`` when the generator emitted the first beat, big-endian
- bytes 8..9: payload length in bytes, big-endian
- byte k >= 10: ``(index * 7 + k * 13 + vl * 31) & 0xFF``

Payloads shorter than 10 bytes are not generated (``len_min`` is raised to 10).
"""

from __future__ import annotations

from amaranth.hdl import Cat, Module, Mux, Signal
from amaranth.lib import data, wiring
from amaranth.lib.wiring import In, Out

from hdl_py.lib.stream import PacketSignature
from hdl_py.link.common import link_side_layout

__all__ = ["TrafficGen", "TrafficCheck", "expected_byte", "MIN_LEN"]

MIN_LEN = 10


def expected_byte(index: int, k: int, vl: int) -> int:
    """Python twin of the pattern byte at position k >= 10."""
    return (index * 7 + k * 13 + vl * 31) & 0xFF


def _pattern(index, k, vl):
    return (index * 7 + k * 13 + vl * 31)[:8]


def _lane_bytes(m, idx, ts, length, vl, beat, data_bytes):
    """Bytes of beat ``beat`` of a packet, as a list of 8-bit values (lane 0 first)."""
    hdr_bytes = [idx[24:32], idx[16:24], idx[8:16], idx[0:8],
                 ts[24:32], ts[16:24], ts[8:16], ts[0:8],
                 length[8:16], length[0:8]]
    out = []
    for lane in range(data_bytes):
        k = Signal(32, name=f"k{lane}")
        m.d.comb += k.eq(beat * data_bytes + lane)
        b = _pattern(idx, k, vl)
        for h, hb in enumerate(hdr_bytes):
            b = Mux(k == h, hb, b)
        out.append(b)
    return out


class TrafficGen(wiring.Component):
    """Packet generator (sim-only).

    Parameters
    ----------
    num_vls : int
        VLs it can use (the VL sequence rotates over the set bits of ``vl_mask``).
    data_bytes : int
        Beat width of the packet stream.

    Attributes
    ----------
    o : Out(PacketSignature)
        Packets with sideband ``{vl, cfg}``.
    start : In(1)
        Pulse: start sending ``count`` packets (ignored while busy).
    count, len_min, len_max, vl_mask, gap, cfg, seed : In
        Configuration, sampled at ``start``. Lengths are uniform in [len_min, len_max]
        (bytes, at least 10); ``gap`` idle cycles between packets; ``seed`` seeds the
        length PRNG (xorshift32; 0 is replaced by 1).
    now : In(32)
        Free-running cycle counter shared with the checker (for latency).
    busy : Out(1)
    sent : Out(32)
        Packets fully sent since the last start.
    """

    def __init__(self, *, num_vls: int = 4, data_bytes: int = 32):
        if not 1 <= num_vls <= 16:
            raise ValueError(f"num_vls must be in 1..16, not {num_vls}")
        self._num_vls, self._data_bytes = num_vls, data_bytes
        super().__init__({
            "o": Out(PacketSignature(data_bytes, link_side_layout())),
            "start": In(1), "count": In(32), "len_min": In(16), "len_max": In(16),
            "vl_mask": In(num_vls, init=1), "gap": In(16), "cfg": In(4), "seed": In(32),
            "now": In(32), "busy": Out(1), "sent": Out(32),
        })

    def elaborate(self, platform):
        m = Module()
        nv, db = self._num_vls, self._data_bytes
        remaining = Signal(32)
        rng = Signal(32, init=1)
        idx = Signal(data.ArrayLayout(32, nv))
        vl = Signal(4)
        length = Signal(16)
        ts = Signal(32)
        beat = Signal(16)
        gap_left = Signal(16)
        lmin, lmax, gap, mask, cfg = Signal(16), Signal(16), Signal(16), Signal(nv), Signal(4)

        xs = rng ^ (rng << 13)[:32]
        xs = xs ^ (xs >> 17)
        xs = (xs ^ (xs << 5))[:32]
        span = Signal(17)
        m.d.comb += span.eq(lmax - lmin + 1)
        new_len = (lmin + ((rng[:16] * span) >> 16))[:16]

        # next VL: the lowest set bit of the mask above the current VL, wrapping around
        nxt = Signal(4)
        m.d.comb += nxt.eq(vl)
        found = Signal()
        for off in range(nv, 0, -1):
            cand = Signal(4, name=f"cand{off}")
            m.d.comb += cand.eq(Mux(vl + off >= nv, vl + off - nv, vl + off))
            with m.If(mask.bit_select(cand, 1)):
                m.d.comb += [nxt.eq(cand), found.eq(1)]

        last_beat = Signal()
        m.d.comb += last_beat.eq((beat + 1) * db >= length)
        cur_idx = idx[vl]
        lanes = _lane_bytes(m, cur_idx, ts, length, vl, beat, db)

        m.d.comb += [
            self.o.payload.data.eq(Cat(*lanes)),
            self.o.payload.nbytes.eq(Mux(last_beat, length - beat * db, db)),
            self.o.payload.first.eq(beat == 0),
            self.o.payload.last.eq(last_beat),
            self.o.payload.side.vl.eq(vl),
            self.o.payload.side.cfg.eq(cfg),
        ]

        eff_min = Mux(self.len_min < MIN_LEN, MIN_LEN, self.len_min)
        with m.FSM():
            with m.State("IDLE"):
                with m.If(self.start):
                    m.d.sync += [
                        remaining.eq(self.count),
                        rng.eq(Mux(self.seed == 0, 1, self.seed)),
                        lmin.eq(eff_min),
                        lmax.eq(Mux(self.len_max < eff_min, eff_min, self.len_max)),
                        gap.eq(self.gap), mask.eq(self.vl_mask), cfg.eq(self.cfg),
                        self.sent.eq(0), vl.eq(nv - 1),
                        idx.eq(0),  # each run numbers its packets from 0, as the checker expects
                    ]
                    m.next = "PICK"
            with m.State("PICK"):
                m.d.comb += self.busy.eq(1)
                with m.If(remaining == 0):
                    m.next = "IDLE"
                with m.Elif(~found):
                    m.next = "IDLE"
                with m.Else():
                    m.d.sync += [vl.eq(nxt), length.eq(new_len), rng.eq(xs), beat.eq(0),
                                 ts.eq(self.now)]
                    m.next = "SEND"
            with m.State("SEND"):
                m.d.comb += [self.busy.eq(1), self.o.valid.eq(1)]
                with m.If(self.o.ready):
                    m.d.sync += beat.eq(beat + 1)
                    with m.If(last_beat):
                        m.d.sync += [
                            idx[vl].eq(cur_idx + 1),
                            remaining.eq(remaining - 1),
                            self.sent.eq(self.sent + 1),
                            gap_left.eq(gap),
                        ]
                        m.next = "GAP"
            with m.State("GAP"):
                m.d.comb += self.busy.eq(1)
                with m.If(gap_left == 0):
                    m.next = "PICK"
                with m.Else():
                    m.d.sync += gap_left.eq(gap_left - 1)
        return m


class TrafficCheck(wiring.Component):
    """Packet checker (sim-only): content, per-VL order, loss, duplicates, latency.

    Attributes
    ----------
    i : In(PacketSignature)
        Packets from the link; ``ready`` is high unless ``stall`` is.
    stall : In(1)
        Back-pressure the link (to exercise credits).
    now : In(32)
        The generator's cycle counter.
    clear : In(1)
        Pulse: zero every counter and expected index.
    packets, bytes, errors, duplicates, lost : Out
        Good packets, their payload bytes, packets with any wrong byte or length, packets whose
        index is below the expected one, and indexes skipped.
    lat_min, lat_max, lat_sum : Out
        Latency in cycles from the generator's first beat to the checker's first beat.
    first_cycle, last_cycle : Out(32)
        ``now`` at the first beat of the first packet and at the last beat of the last one.
    """

    def __init__(self, *, num_vls: int = 4, data_bytes: int = 32):
        self._num_vls, self._data_bytes = num_vls, data_bytes
        super().__init__({
            "i": In(PacketSignature(data_bytes, link_side_layout())),
            "stall": In(1), "now": In(32), "clear": In(1),
            "packets": Out(32), "bytes": Out(48), "errors": Out(32), "duplicates": Out(32),
            "lost": Out(32), "lat_min": Out(32, init=0xFFFFFFFF), "lat_max": Out(32),
            "lat_sum": Out(48), "first_cycle": Out(32), "last_cycle": Out(32),
        })

    def elaborate(self, platform):
        m = Module()
        nv, db = self._num_vls, self._data_bytes
        p = self.i.payload
        expect = Signal(data.ArrayLayout(32, nv))
        beat = Signal(16)
        idx = Signal(32)
        length = Signal(16)
        vl = Signal(4)
        bad = Signal()
        got = Signal(32)  # bytes received in this packet

        lanes = [p.data[8 * i:8 * i + 8] for i in range(db)]
        # Header fields of the first beat (data_bytes >= 10 assumed for the header beat).
        if db < MIN_LEN:
            raise ValueError("TrafficCheck needs data_bytes >= 10")
        idx0 = Cat(lanes[3], lanes[2], lanes[1], lanes[0])
        ts0 = Cat(lanes[7], lanes[6], lanes[5], lanes[4])
        len0 = Cat(lanes[9], lanes[8])
        cur_idx = Mux(p.first, idx0, idx)
        cur_vl = p.side.vl
        mism = Signal(db)
        for lane in range(db):
            k = Signal(32, name=f"k{lane}")
            m.d.comb += k.eq(Mux(p.first, 0, beat) * db + lane)
            want = _pattern(cur_idx, k, cur_vl)
            check = (k >= MIN_LEN) & (lane < p.nbytes)
            m.d.comb += mism[lane].eq(check & (lanes[lane] != want))

        m.d.comb += self.i.ready.eq(~self.stall)
        fire = self.i.valid & self.i.ready
        with m.If(self.clear):
            m.d.sync += [expect.eq(0), self.packets.eq(0), self.bytes.eq(0), self.errors.eq(0),
                         self.duplicates.eq(0), self.lost.eq(0), self.lat_min.eq(0xFFFFFFFF),
                         self.lat_max.eq(0), self.lat_sum.eq(0), self.first_cycle.eq(0),
                         self.last_cycle.eq(0)]
        with m.Elif(fire):
            total = Mux(p.first, 0, got) + p.nbytes
            bad_now = Mux(p.first, 0, bad) | mism.any()
            m.d.sync += [got.eq(total), bad.eq(bad_now), beat.eq(Mux(p.first, 1, beat + 1))]
            with m.If(p.first):
                lat = (self.now - ts0)[:32]
                m.d.sync += [idx.eq(idx0), length.eq(len0), vl.eq(cur_vl)]
                with m.If(self.packets + self.errors + self.duplicates == 0):
                    m.d.sync += self.first_cycle.eq(self.now)
                m.d.sync += self.lat_sum.eq(self.lat_sum + lat)
                with m.If(lat < self.lat_min):
                    m.d.sync += self.lat_min.eq(lat)
                with m.If(lat > self.lat_max):
                    m.d.sync += self.lat_max.eq(lat)
            with m.If(p.last):
                pkt_len = Mux(p.first, len0, length)
                pkt_idx = cur_idx
                exp = expect[cur_vl]
                m.d.sync += self.last_cycle.eq(self.now)
                with m.If(bad_now | (total != pkt_len)):
                    m.d.sync += self.errors.eq(self.errors + 1)
                with m.Elif(pkt_idx < exp):
                    m.d.sync += self.duplicates.eq(self.duplicates + 1)
                with m.Else():
                    m.d.sync += [
                        self.lost.eq(self.lost + (pkt_idx - exp)),
                        expect[cur_vl].eq(pkt_idx + 1),
                        self.packets.eq(self.packets + 1),
                        self.bytes.eq(self.bytes + total),
                    ]
        return m
