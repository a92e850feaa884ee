"""The board design: a UB 2.0 link endpoint in loopback comes up by itself and carries checked
traffic."""

from __future__ import annotations

import pytest
from amaranth.sim import Simulator

from hdl_py.boards.link_loopback import SMALL_LINK, LinkLoopback, ctrl_enable_write
from hdl_py.regs import compile_rdl


def test_ctrl_write_sets_enable_and_keeps_resets():
    addr, value = ctrl_enable_write()
    ctrl = next(r for r in compile_rdl("dll").registers() if r.inst_name == "DL_CTRL")
    fields = {f.inst_name: (value >> f.low) & ((1 << f.width) - 1) for f in ctrl.fields()}
    assert addr == ctrl.absolute_address
    assert fields == {"enable": 1, "ubfm_reset": 0, "retry_off": 0}


@pytest.mark.filterwarnings("ignore::amaranth.hdl.UnusedElaboratable")
def test_lengths_are_checked():
    with pytest.raises(ValueError, match="len_min"):
        LinkLoopback(len_min=5)
    with pytest.raises(ValueError, match="mtu"):
        LinkLoopback(len_max=SMALL_LINK["mtu"] + 1)


def test_loopback_comes_up_and_traffic_is_checked():
    """From reset alone: the sequencer enables the link, it reaches DLL_Normal, the generator's
    packets come back through the endpoint's own receiver, and none is bad or lost."""
    dut = LinkLoopback(len_min=64, len_max=128)
    seen = {}

    async def bench(ctx):
        normal_at = None
        for cycle in range(6000):
            await ctx.tick()
            led = ctx.get(dut.led)
            if normal_at is None and led & 1:
                normal_at = cycle
        seen["normal_at"] = normal_at
        seen["led"] = ctx.get(dut.led)
        seen["packets"] = ctx.get(dut.packets)

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(bench)
    sim.run()
    assert seen["normal_at"] is not None, "the link never reached DLL_Normal"
    assert seen["led"] & 0b1110 == 0, f"bad packet, interrupt or bus error: led={seen['led']:08b}"
    assert seen["packets"] > 20, f"only {seen['packets']} packets came back"
