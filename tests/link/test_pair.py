"""Two DllEndpoints back to back in amaranth.sim (``LinkPair(traffic="bfm")``): bring-up
through the registers with the firmware driver, then packets on both VLs A -> B through bit
errors on both directions, checked with LinkModel and by both ends' counters."""

from __future__ import annotations

import random

import pytest
from amaranth.sim import Simulator

from firmware.dll import DllDriver
from hdl_py.lib.stream import packet_to_beats
from hdl_py.link.pair import LinkPair
from sim.backends.amaranth_backend import AmaranthRegisterBus
from sim.model.link import LinkModel

CFG = 6


@pytest.mark.parametrize("damage", [0.0, 0.02])
def test_pair_delivers_exactly_once_in_order(damage, seed):
    """``damage``: the probability that a flit gets a bit flipped, each direction."""
    dut = LinkPair(traffic="bfm", vls=2, data_bytes=32, mtu=1024, queue_beats=80,
                   retry_depth=256, vl_flits=128, us_cycles=10, phy_latency=2,
                   train_cycles=8)
    sim = Simulator(dut)
    sim.add_clock(1e-8)
    rng = random.Random(seed)
    model = LinkModel(2)
    packets = [(rng.randrange(2), rng.randbytes(rng.randint(1, 300))) for _ in range(25)]
    delivered = []
    out = {}

    async def tb(ctx):
        da = DllDriver(AmaranthRegisterBus(ctx, dut.a_axil))
        db = DllDriver(AmaranthRegisterBus(ctx, dut.b_axil))
        await da.wait_state("DLL_Normal")
        await db.wait_state("DLL_Normal")
        c0 = await da.counters(), await db.counters()
        for d in ("ab", "ba"):
            ctx.set(getattr(dut, f"{d}_ber"), int(damage * 2**32))
            ctx.set(getattr(dut, f"{d}_seed"), rng.getrandbits(32) | 1)
            ctx.set(getattr(dut, f"{d}_seed_load"), 1)
        await ctx.tick()
        for d in ("ab", "ba"):
            ctx.set(getattr(dut, f"{d}_seed_load"), 0)
        for vl, payload in packets:
            model.send(vl, payload)
            side = {"vl": vl, "cfg": CFG, "rt": 0}
            for beat in packet_to_beats(payload, 32, side):
                ctx.set(dut.a_i.valid, 1)
                ctx.set(dut.a_i.payload, {**beat, "side": side})
                while True:
                    _, _, ready = await ctx.tick().sample(dut.a_i.ready)
                    if ready:
                        break
            ctx.set(dut.a_i.valid, 0)
        for _ in range(40000):
            if len(delivered) == len(packets):
                break
            await ctx.tick()
        for d in ("ab", "ba"):
            ctx.set(getattr(dut, f"{d}_ber"), 0)
        await ctx.tick().repeat(300)
        # what the traffic cost, the bring-up's own Retry_Req_Set and Init Block left out
        for e, drv, before in zip("ab", (da, db), c0, strict=True):
            out[e] = {k: v - before[k] for k, v in (await drv.counters()).items()}
        out["crd"] = await da.credits(2), await db.credits(2)
        out["err"] = await da.errors(), await db.errors()

    async def sink(ctx):
        ctx.set(dut.b_o.ready, 1)
        cur = b""
        async for _, _, v, d, n, f, last, vl, cfg, err in ctx.tick().sample(
                dut.b_o.valid, dut.b_o.payload.data, dut.b_o.payload.nbytes,
                dut.b_o.payload.first, dut.b_o.payload.last, dut.b_o.payload.side.vl,
                dut.b_o.payload.side.cfg, dut.b_o.payload.side.error_flag):
            if v:
                cur = (b"" if f else cur) + d.to_bytes(32, "little")[:n]
                if last:
                    assert (cfg, err) == (CFG, 0)
                    delivered.append((vl, cur))

    sim.add_testbench(tb)
    sim.add_process(sink)
    sim.run()
    for vl, payload in delivered:
        model.check_delivery(vl, payload)
    model.check_done()
    a, b = out["a"], out["b"]
    assert a["TX_DLLDP"] == b["RX_DLLDP"] == len(packets)
    # every granted cell back (128 flits a VL in 8-flit cells); no port error at either end
    # but, under damage, a DL Retry ACK Timeout (correctable: a Retry_Ack_Set hit on the wire)
    assert out["crd"] == ([16, 16], [16, 16])
    for errors in out["err"]:
        assert not any(v for k, v in errors.items()
                       if not (damage and k == "DL_Retry_ACK_Timeout")), errors
    if damage:
        assert b["CRC_ERROR_SUM"] + b["HDR_ERRORS"] > 0 and b["RETRY_REQ_SUM"] > 0
        assert a["RESENT_FLITS"] > 0
    else:
        assert b["RETRY_REQ_SUM"] == a["RESENT_FLITS"] == b["CRC_ERROR_SUM"] == 0
