"""The link pyuvm environment on Verilator: two endpoints back to back, faults, coverage."""

from __future__ import annotations

import pytest

from sim.runner import run

CONFIGS = {
    "vl4": {"num_vls": 4, "data_bytes": 32, "cell_flits": 8, "mtu": 4096},
    "vl2": {"num_vls": 2, "data_bytes": 32, "cell_flits": 4, "mtu": 2048, "queue_beats": 80,
            "replay_flits": 512, "replay_packets": 16, "buffer_cells": 40, "max_lanes": 8,
            "phy_latency": 2},
}


def _pair(**kw):
    from hdl_py.link.pair import LinkPair

    return LinkPair(traffic="bfm", **kw)


# The second configuration costs another large Verilator build: it runs in `make regress`.
@pytest.mark.cocotb
@pytest.mark.parametrize("config", [
    "vl4", pytest.param("vl2", marks=pytest.mark.slow)])
def test_link_env(config, request):
    request.node.add_marker(pytest.mark.xdist_group(f"link-{config}"))
    run(f"link_pair_{config}", _pair, "tb.link.link_env", CONFIGS[config], sim="verilator")
