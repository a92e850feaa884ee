"""DLLDP framing gateware (hdl_py/link/framer.py, crc30.py) against the spec reference model
sim/model/dll.py: PLENGTH for every payload length, CRC30 matrices, and the framer's flits byte
for byte, at several beat widths, with idle input and output back-pressure."""

import random

import pytest
from amaranth.hdl import Const, Module, Signal
from amaranth.sim import Simulator

from hdl_py.link import framer as fr
from hdl_py.link.crc30 import crc30_seal, crc30_step
from sim.model import dll
from tests.lib.simhelpers import (
    packet_put,
    run_simulation,
    stream_get,
    stream_put,
    stream_rule_monitor,
)


def test_division_constants_cover_every_value():
    for n in range(0, dll.MAX_PAYLOAD_BYTES + 1):
        assert (n * fr._DIV634_MUL) >> fr._DIV634_SHIFT == n // 634
    for n in range(0, 700):
        assert (n * fr._DIV20_MUL) >> fr._DIV20_SHIFT == n // 20


def test_plength_calc_every_length():
    """All 10,142 lengths, one per cycle, against plength_for."""
    dut = fr.PlengthCalc()
    lengths = list(range(1, dll.MAX_PAYLOAD_BYTES + 1))
    got = []

    async def tb(ctx):
        for n in lengths + [0] * fr.PLENGTH_LATENCY:
            ctx.set(dut.i_valid, n != 0)
            ctx.set(dut.nbytes, n)
            await ctx.tick()
            if ctx.get(dut.o_valid):
                p = ctx.get(dut.plength)
                got.append({"blocks_m1": p.blocks_m1, "last_flits_m1": p.last_flits_m1,
                            "end": p.end})
    run_simulation(dut, tb, max_cycles=len(lengths) + 20)
    assert len(got) == len(lengths)
    for n, p in zip(lengths, got, strict=True):
        assert p == dll.plength_for(n), n


def test_crc30_matrices_in_simulation():
    """crc30_step / crc30_seal as gateware against sim.model.dll.crc30 on random flits."""
    m = Module()
    state, flit = Signal(30), Signal(160)
    step, seal = Signal(30), Signal(30)
    m.d.comb += [step.eq(crc30_step(state, flit)), seal.eq(crc30_seal(state, flit))]
    rng = random.Random(3)
    cases = [(rng.getrandbits(30), rng.randbytes(20)) for _ in range(50)]

    async def tb(ctx):
        for st, raw in cases:
            ctx.set(state, st)
            ctx.set(flit, int.from_bytes(raw, "little"))
            await ctx.delay(1e-9)
            assert ctx.get(step) == dll.crc30(raw, state=st)
            assert ctx.get(seal) == dll.crc30(raw[:16], tail=raw[16] >> 6, tail_bits=2,
                                              state=st)
    sim = Simulator(m)
    sim.add_testbench(tb)
    sim.run()


def _desc(n, vl, cfg, rt=0, error_flag=0):
    return {"nbytes": n, "plength": dll.plength_for(n), "vl": vl, "cfg": cfg, "rt": rt,
            "error_flag": error_flag}


def _run_framer(data_bytes, packets, *, seed, idle=0.0, backpressure=0.0, grains=None,
                max_cycles=200_000):
    """Feed ``packets`` (list of (payload, vl, cfg, rt, error_flag)); return the flits seen and
    the crd/ack grains used per DLLDB start."""
    dut = fr.DlldpFramer(data_bytes=data_bytes)
    rng = random.Random(seed)
    out, used, violations = [], [], []
    total_flits = sum(sum(dll.dlldp_blocks(len(p[0]))) for p in packets)

    async def desc_tb(ctx):
        for payload, vl, cfg, rt, err in packets:
            await stream_put(ctx, dut.desc, _desc(len(payload), vl, cfg, rt, err), rng=rng,
                             idle=idle)

    async def data_tb(ctx):
        for payload, *_ in packets:
            await packet_put(ctx, dut.i, payload, data_bytes, rng=rng, idle=idle)

    async def sink_tb(ctx):
        for _ in range(total_flits):
            f = await stream_get(ctx, dut.o, rng=rng, backpressure=backpressure)
            out.append((Const.cast(f.data).value.to_bytes(20, "little"), f.sob, f.eob, f.eop))

    async def grain_tb(ctx):
        # Offer a CRD grain (VL = number of grains so far % 16) and an ACK grain as given.
        count = 0
        async for _clk, _rst, crd_used, ack_used in ctx.tick().sample(dut.crd_used,
                                                                      dut.ack_used):
            if crd_used or ack_used:
                used.append((crd_used, ack_used, count % 16))
                count += 1
            want_crd, want_ack = grains(count) if grains else (0, 0)
            ctx.set(dut.crd_pending, want_crd)
            ctx.set(dut.crd_vl, count % 16)
            ctx.set(dut.ack_pending, want_ack)

    run_simulation(dut, desc_tb, data_tb, sink_tb, max_cycles=max_cycles,
                   background=[grain_tb, stream_rule_monitor(dut.o, violations)])
    assert not violations
    return out, used


def _expected(packets, crd_ack=None):
    flits = []
    for k, (payload, vl, cfg, rt, err) in enumerate(packets):
        blocks = dll.frame_dlldp(payload, vl=vl, cfg=cfg, rt=rt, error_flag=err,
                                 **(crd_ack(k, len(dll.dlldp_blocks(len(payload))))
                                    if crd_ack else {}))
        for b in blocks:
            for i, f in enumerate(b):
                flits.append((f, int(i == 0), int(i == len(b) - 1),
                              int(b is blocks[-1] and i == len(b) - 1)))
    return flits


def _random_packets(rng, count, lengths):
    return [(rng.randbytes(rng.choice(lengths)), rng.randrange(16),
             rng.choice(sorted(dll.DLLDP_CFGS)), rng.randrange(4), int(rng.random() < 0.2))
            for _ in range(count)]


@pytest.mark.parametrize("data_bytes", [8, 32, 64])
def test_framer_matches_model(data_bytes):
    rng = random.Random(data_bytes)
    edge = [1, 2, 11, 12, 13, 16, 17, 20, 36, 37, 631, 632, 633, 634, 646, 648, 1266, 1267,
            4096]
    packets = [(rng.randbytes(n), rng.randrange(16), 9, n % 4, n & 1) for n in edge]
    packets += _random_packets(rng, 20, list(range(1, 1400)))
    out, _ = _run_framer(data_bytes, packets, seed=data_bytes, idle=0.1, backpressure=0.3)
    expect = _expected(packets)
    assert len(out) == len(expect)
    for index, (got, want) in enumerate(zip(out, expect, strict=True)):
        assert got == want, f"flit {index}: {got[0].hex()} != {want[0].hex()}"


def test_framer_largest_dlldp():
    packets = [(random.Random(9).randbytes(dll.MAX_PAYLOAD_BYTES), 5, 7, 1, 0)]
    out, _ = _run_framer(32, packets, seed=1)
    assert len(out) == 512
    assert out == _expected(packets)


def test_framer_crd_ack_grains_per_block():
    """A grain offered at a DLLDB start goes into that block's LPH/LBH, and is reported used."""
    rng = random.Random(5)
    packets = [(rng.randbytes(n), 2, 3, 0, 0) for n in (2000, 40, 700)]
    # Offer CRD on even-numbered uses, ACK always: the framer uses one per block start.
    out, used = _run_framer(32, packets, seed=2, grains=lambda k: (1, 1))
    nblocks = sum(len(dll.dlldp_blocks(len(p[0]))) for p in packets)
    assert len(used) == nblocks and all(c and a for c, a, _ in used)
    vls = iter(v for *_, v in used)

    def crd_ack(_k, n):
        return {"crd": [(1, next(vls)) for _ in range(n)], "ack": [1] * n}
    assert out == _expected(packets, crd_ack)


def test_framer_line_rate():
    """Back-to-back MTU packets: one flit per cycle, one idle cycle between packets."""
    rng = random.Random(7)
    packets = [(rng.randbytes(4096), 0, 3, 0, 0) for _ in range(4)]
    dut = fr.DlldpFramer(data_bytes=32)
    cycles = []

    async def desc_tb(ctx):
        for payload, *_ in packets:
            await stream_put(ctx, dut.desc, _desc(len(payload), 0, 3))

    async def data_tb(ctx):
        for payload, *_ in packets:
            await packet_put(ctx, dut.i, payload, 32)

    async def sink_tb(ctx):
        ctx.set(dut.o.ready, 1)
        n, cycle = 0, 0
        while n < 4 * 207:
            await ctx.tick()
            cycle += 1
            if ctx.get(dut.o.valid):
                cycles.append(cycle)
                n += 1
    run_simulation(dut, desc_tb, data_tb, sink_tb, max_cycles=5000)
    span = cycles[-1] - cycles[0] + 1
    assert span == 4 * 207 + 3          # 828 flits, one idle cycle between packets


def test_framer_bad_lengths_counted_not_hung():
    """Beats shorter or longer than the descriptor: zero payload / drained extra beats,
    length_err pulses, and the next packet is framed exactly."""
    dut = fr.DlldpFramer(data_bytes=8)
    rng = random.Random(11)
    good = rng.randbytes(50)
    errs = []
    out = []

    async def tb(ctx):
        await stream_put(ctx, dut.desc, _desc(40, 0, 3))       # beats carry 24: short
        await stream_put(ctx, dut.desc, _desc(16, 0, 3))       # beats carry 64: long
        await stream_put(ctx, dut.desc, _desc(50, 1, 4))

    async def data_tb(ctx):
        await packet_put(ctx, dut.i, bytes(range(1, 25)), 8)
        await packet_put(ctx, dut.i, bytes(64), 8)
        await packet_put(ctx, dut.i, good, 8)

    async def sink_tb(ctx):
        for _ in range(3 + 2 + 3):
            f = await stream_get(ctx, dut.o)
            out.append(Const.cast(f.data).value.to_bytes(20, "little"))

    async def err_tb(ctx):
        async for _clk, _rst, e in ctx.tick().sample(dut.length_err):
            if e:
                errs.append(1)
    run_simulation(dut, tb, data_tb, sink_tb, background=[err_tb], max_cycles=2000)
    short = dll.frame_dlldp(bytes(range(1, 25)) + bytes(16), vl=0, cfg=3)[0]
    assert out[:3] == short
    assert out[5:] == dll.frame_dlldp(good, vl=1, cfg=4)[0]
    assert len(errs) >= 2


def test_framer_busy_until_last_flit_is_out():
    """From a descriptor's load to its last flit leaving, ``busy`` or ``o.valid`` is high every
    cycle (the transmitter's idle for E4 §4.6.3 rule 2 is built from them): a one-flit DLLDP's
    flit in the pipeline behind the take counts as busy."""
    dut = fr.DlldpFramer(data_bytes=32)
    seen = []

    async def tb(ctx):
        ctx.set(dut.o.ready, 1)
        await stream_put(ctx, dut.desc, _desc(5, 0, 3))
        await packet_put(ctx, dut.i, bytes(range(5)), 32)
        for _ in range(12):
            await ctx.tick()

    async def watch(ctx):
        async for _clk, _rst, busy, valid in ctx.tick().sample(dut.busy, dut.o.valid):
            seen.append((busy, valid))
    run_simulation(dut, tb, background=[watch], max_cycles=40)
    lit = [b or v for b, v in seen]
    first = lit.index(1)
    last = len(lit) - 1 - lit[::-1].index(1)
    assert sum(v for _, v in seen) == 1            # one flit
    assert all(lit[first:last + 1]), seen


def test_framer_long_packet_short_of_beats():
    """A 2000-byte descriptor whose beats end after 30 bytes: every flit after the beats'
    end carries zero payload (the model's frame of the 30 bytes and 1,970 zeros), over all
    of its 4 DLLDBs, and the next packet is framed exactly."""
    dut = fr.DlldpFramer(data_bytes=32)
    rng = random.Random(12)
    head, good = rng.randbytes(30), rng.randbytes(100)
    want = [f for b in dll.frame_dlldp(head + bytes(1970), vl=2, cfg=3) for f in b]
    want += [f for b in dll.frame_dlldp(good, vl=1, cfg=4) for f in b]
    out = []

    async def tb(ctx):
        await stream_put(ctx, dut.desc, _desc(2000, 2, 3))
        await stream_put(ctx, dut.desc, _desc(100, 1, 4))

    async def data_tb(ctx):
        await packet_put(ctx, dut.i, head, 32)
        await packet_put(ctx, dut.i, good, 32)

    async def sink_tb(ctx):
        for _ in range(len(want)):
            f = await stream_get(ctx, dut.o)
            out.append(Const.cast(f.data).value.to_bytes(20, "little"))
    run_simulation(dut, tb, data_tb, sink_tb, max_cycles=3000)
    assert out == want
