"""The spec data link pyuvm environment on Verilator: two DllEndpoints back to back
(``LinkPair(traffic="bfm")``), random traffic, faults, bad input, coverage
(tb/link/dll_env.py)."""

from __future__ import annotations

import pytest

from sim.runner import run

CONFIGS = {
    "vl4": {"vls": 4},  # the endpoint's defaults
    "vl2": {"vls": 2, "mtu": 2048, "queue_beats": 80, "retry_depth": 256, "vl_flits": 256,
            "phy_latency": 2},
}


def _pair(**kw):
    from hdl_py.link.pair import LinkPair

    return LinkPair(traffic="bfm", **kw)


#: The environment's tests, in one simulator run per configuration.
STEADY = ["RandomTrafficTest", "BitErrorTest", "FlitDropTest", "LaneFailureTest",
          "WidthChangeTest", "OversizeTest", "BadVlTest", "coverage_summary"]


# The second configuration costs another large Verilator build: it runs in `make regress`.
@pytest.mark.cocotb
@pytest.mark.parametrize("config", [
    "vl4", pytest.param("vl2", marks=pytest.mark.slow)])
def test_dll_env(config, request):
    request.node.add_marker(pytest.mark.xdist_group(f"dll-bfm-{config}"))
    run(f"dll_pair_bfm_{config}", _pair, "tb.link.dll_env", CONFIGS[config], sim="verilator",
        testcase=STEADY)
