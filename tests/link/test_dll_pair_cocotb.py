"""Two spec data link endpoints (DllEndpoint) back to back on Verilator: tb/link/dll_pair_tests."""

from __future__ import annotations

import pytest

from sim.bench.link import PARAMS, _pair
from sim.runner import run


@pytest.mark.cocotb
def test_dll_pair(request):
    # the same build as `python -m sim.bench link`
    request.node.add_marker(pytest.mark.xdist_group("dll-pair"))
    run("link_pair_gen", _pair, "tb.link.dll_pair_tests", PARAMS, sim="verilator")
