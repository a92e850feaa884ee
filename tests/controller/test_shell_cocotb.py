"""Controller shell in cocotb + pyuvm on Verilator and Icarus, two parameter sets each."""

from __future__ import annotations

import pytest

from sim.runner import run

CONFIGS = {
    "default": {},
    "small": {"num_vls": 2, "stream_bytes": 8, "flit_bytes": 20, "num_ext_events": 3,
              "addr_width": 8},
}


def _shell(**kw):
    from hdl_py.controller.shell import ControllerShell

    return ControllerShell(**kw)


@pytest.mark.cocotb
@pytest.mark.parametrize("sim", ["verilator", "icarus"])
@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_shell(sim, config, request):
    request.node.add_marker(pytest.mark.xdist_group(f"shell-{sim}-{config}"))
    run(f"shell_{config}", _shell, "tb.controller.shell_env", CONFIGS[config], sim=sim)
