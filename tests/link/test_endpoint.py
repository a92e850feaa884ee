"""LinkEndpoint in amaranth.sim with a Python peer that misbehaves on purpose.

The peer speaks through ``sim.model.link_frame`` (the golden framing). Each malformed input
must end in a counter and an event read through the link registers (firmware driver on the
amaranth.sim backend), never in a hang or a delivery of bad data.
"""

from __future__ import annotations

from amaranth.sim import Simulator

from firmware.link import LinkDriver
from hdl_py.link.endpoint import LinkEndpoint
from sim.backends.amaranth_backend import AmaranthRegisterBus
from sim.model.link_frame import control_block, flit_to_int, frame_packet, reseal

NUM_VLS = 2


async def send_flits(ctx, dut, flits, ctl):
    for flit in flits:
        ctx.set(dut.rx_flit.valid, 1)
        ctx.set(dut.rx_flit.payload.data, flit_to_int(flit))
        ctx.set(dut.rx_flit.payload.ctl, ctl)
        await ctx.tick()
    ctx.set(dut.rx_flit.valid, 0)


async def peer_ctl(ctx, dut, **kw):
    kw.setdefault("ack_number", 0xFFFF)
    kw.setdefault("credits", [0] * NUM_VLS)
    await send_flits(ctx, dut, control_block(**kw), ctl=1)


def run_endpoint(body):
    dut = LinkEndpoint(num_vls=NUM_VLS, data_bytes=32, queue_beats=40, replay_flits=256,
                       replay_packets=16, buffer_cells=40, mtu=1024, train_cycles=8)
    sim = Simulator(dut)
    sim.add_clock(1e-8)
    delivered = []
    out = {}

    async def tb(ctx):
        ctx.set(dut.rx_up, 1)
        ctx.set(dut.rx_width, 8)
        drv = LinkDriver(AmaranthRegisterBus(ctx, dut.axil))
        await drv.regs.EVENT_ENABLE.write(0x3F)
        await drv.enable()
        # the peer's credit init: sd block, then init_done once ours has arrived
        for _ in range(40):
            await peer_ctl(ctx, dut, credits=[40] * NUM_VLS, sd=1, init_done=1)
            await ctx.tick().repeat(4)
            if (await drv.status()).dl_state == "NORMAL":
                break
        assert (await drv.status()).dl_state == "NORMAL"
        await body(ctx, dut, drv, out)

    async def sink(ctx):
        ctx.set(dut.o.ready, 1)
        cur = b""
        async for _, _, v, d, n, f, last in ctx.tick().sample(
                dut.o.valid, dut.o.payload.data, dut.o.payload.nbytes, dut.o.payload.first,
                dut.o.payload.last):
            if v:
                cur = (b"" if f else cur) + d.to_bytes(32, "little")[:n]
                if last:
                    delivered.append(cur)

    sim.add_testbench(tb)
    sim.add_process(sink)
    sim.run()
    return out, delivered


def test_malformed_packets_are_counted_and_raise_an_event():
    async def body(ctx, dut, drv, out):
        good = frame_packet(b"hello link", vl=0, cfg=6, seq=0)
        await send_flits(ctx, dut, good, ctl=0)
        await ctx.tick().repeat(40)
        # good CRC, bad cfg (15 is not a data packet type)
        bad_cfg = bytearray(b"".join(frame_packet(b"x" * 30, vl=0, cfg=6, seq=1)))
        bad_cfg[1] = (bad_cfg[1] & 0xF0) | 0xF
        flits = reseal([bytes(bad_cfg[i:i + 20]) for i in range(0, len(bad_cfg), 20)])
        await send_flits(ctx, dut, flits, ctl=0)
        await ctx.tick().repeat(40)
        # good CRC, plen saying more bytes than the flits carry
        short = bytearray(b"".join(frame_packet(b"y" * 10, vl=1, cfg=6, seq=1)))
        short[3] = 200
        flits = reseal([bytes(short[i:i + 20]) for i in range(0, len(short), 20)])
        await send_flits(ctx, dut, flits, ctl=0)
        await ctx.tick().repeat(400)
        out["counters"] = await drv.counters()
        out["events"] = await drv.regs.EVENT_STATUS.read()
        out["malformed_bit"] = drv.regs.EVENT_STATUS.malformed.lsb
        out["irq"] = ctx.get(dut.irq)

    out, delivered = run_endpoint(body)
    c = out["counters"]
    assert delivered == [b"hello link"], "only the good packet may be delivered"
    assert c["MALFORMED"] >= 1, c
    assert c["RX_PACKETS"] == 1
    assert out["events"] & (1 << out["malformed_bit"]), f"no malformed event: {out['events']:#x}"
    assert out["irq"] == 1


def test_credit_grant_beyond_the_buffer_is_counted():
    async def body(ctx, dut, drv, out):
        # the peer announced 40 cells per VL; now it returns 50 it never took
        await peer_ctl(ctx, dut, credits=[50 % 64, 0], init_done=1)
        await ctx.tick().repeat(20)
        out["counters"] = await drv.counters()
        out["events"] = await drv.regs.EVENT_STATUS.read()
        out["overflow_bit"] = drv.regs.EVENT_STATUS.credit_overflow.lsb
        out["credits"] = await drv.credits(NUM_VLS)

    out, delivered = run_endpoint(body)
    assert out["counters"]["CREDIT_OVERFLOW"] >= 1, out["counters"]
    assert out["events"] & (1 << out["overflow_bit"])
    assert out["credits"][0] <= 40, "credits must saturate at the peer's initial credits"
    assert delivered == []


def test_control_block_with_bad_crc_is_ignored():
    async def body(ctx, dut, drv, out):
        blk = bytearray(b"".join(control_block(ack_number=0xFFFF, credits=[5, 5],
                                               retry_req=1, retry_seq=0)))
        blk[10] ^= 0x04
        await send_flits(ctx, dut, [bytes(blk[:20]), bytes(blk[20:])], ctl=1)
        await ctx.tick().repeat(20)
        out["counters"] = await drv.counters()
        out["credits"] = await drv.credits(NUM_VLS)

    out, _ = run_endpoint(body)
    assert out["counters"]["CTL_CRC_ERRORS"] == 1
    assert out["counters"]["REPLAYED_FLITS"] == 0
    assert out["credits"] == [40, 40]
