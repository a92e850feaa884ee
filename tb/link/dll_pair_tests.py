"""Cocotb tests of two DllEndpoints back to back (``LinkPair(traffic="gen")``) on
Verilator: bring-up and negotiation seen through the registers, traffic on every VL checked
by the sim-only checker and by the counters of both ends, and the retry under bit errors."""

from __future__ import annotations

import cocotb
from cocotb.triggers import Timer

from tb.link.bench import Bench


async def _up(dut):
    bench = Bench(dut)
    await bench.reset()
    return bench


async def _idle_checks(bench, vls, cap):
    """With the link idle: every cell granted is back, no port error bit is set."""
    await Timer(20_000, "ns")
    for end in (bench.a, bench.b):
        assert await end.credits(vls) == [cap] * vls
        errors = await end.errors()
        assert not any(errors.values()), errors


@cocotb.test()
async def bring_up_and_negotiation(dut):
    bench = await _up(dut)
    vls = len(dut.gen_vl_mask)
    # Param_Init -> Credit_Init -> Normal, in that order, once.
    assert [s for _, s in bench.state_changes] == [1, 2, 3]
    for end in (bench.a, bench.b):
        neg = await end.negotiated()
        # defaults of both ends: 8-flit cells, ACK grains 32 / 1 flits, VL_ENABLE_cfg 0xFF
        # limited to the VLs implemented, the peer's 512-flit retry buffer
        assert neg == {"data_ack_grain": 0x20, "ctrl_ack_grain": 0x01, "flow_ctrl_size": 0x08,
                       "vl_enable": (1 << vls) - 1, "peer_retry_buf_depth": 512}
        cap = await end.regs.DL_CAP_0.read()
        assert cap & 0xFFFF == (1 << vls) - 1
        assert await end.regs.DL_CAP_1.RETRY_BUF_DEPTH.read() == 512
        # the grant (0xFFFF by default) capped at what a VL's 512 flits hold: 64 cells
        assert await end.credits(vls) == [64] * vls
        st = await end.status()
        assert st.phy_link_up and st.retry_req == "NORMAL" and st.retry_ack == "NORMAL"


@cocotb.test()
async def traffic_on_every_vl(dut):
    bench = await _up(dut)
    vls = len(dut.gen_vl_mask)
    v0 = {"a": await bench.a.vl_counters(vls), "b": await bench.b.vl_counters(vls)}
    r = await bench.run(count=120, len_min=1, len_max=4096, vl_mask=(1 << vls) - 1, seed=3)
    assert r["packets"] == 120 and r["errors"] == r["lost"] == r["duplicates"] == 0, r
    assert r["a"]["TX_DLLDP"] == r["b"]["RX_DLLDP"] == 120
    assert r["a"]["RESENT_FLITS"] == r["b"]["CRC_ERROR_SUM"] == r["b"]["RETRY_REQ_SUM"] == 0
    v1 = {"a": await bench.a.vl_counters(vls), "b": await bench.b.vl_counters(vls)}
    sent = [v1["a"]["tx_pkts"][v] - v0["a"]["tx_pkts"][v] for v in range(vls)]
    got = [v1["b"]["rx_pkts"][v] - v0["b"]["rx_pkts"][v] for v in range(vls)]
    assert sent == got and sum(sent) == 120 and all(sent), (sent, got)
    await _idle_checks(bench, vls, 64)


@cocotb.test()
async def retry_under_bit_errors(dut):
    """BER 1e-5 both ways, packets of 64..512 bytes: every packet once and whole; B's
    Retry_Req_Sets are answered by A's Retry_Ack_Sets one for one and cost resent flits."""
    bench = await _up(dut)
    vls = len(dut.gen_vl_mask)
    await bench.faults(ber=1e-5, seed=5)
    r = await bench.run(count=400, len_min=64, len_max=512, vl_mask=(1 << vls) - 1, seed=6)
    await bench.faults(ber=0.0)
    assert r["packets"] == 400 and r["errors"] == r["lost"] == r["duplicates"] == 0, r
    assert r["b"]["CRC_ERROR_SUM"] + r["b"]["HDR_ERRORS"] > 0
    assert r["b"]["RETRY_REQ_SUM"] > 0 and r["a"]["RESENT_FLITS"] > 0
    assert r["a"]["RETRY_REQ_RX"] >= r["b"]["RETRY_REQ_SUM"] > 0
    assert r["a"]["RETRY_ACK_SUM"] > 0
    await _idle_checks(bench, vls, 64)

