"""Controller shell bench: AXI4-Lite register access cost on the RTL."""

from __future__ import annotations

import json

from sim.bench import bench
from sim.runner import BUILD, run


def _shell(**kw):
    from hdl_py.controller.shell import ControllerShell

    return ControllerShell(**kw)


@bench("shell")
def shell_bench(sim=None):
    """AXI4-Lite read/write/error latency and back-to-back read rate of the controller shell.

    Latencies are cycles from the master issuing an access to the response handshake, as seen
    by cocotbext-axi's AxiLiteMaster (its own one-cycle issue delay included). The error read
    latency equals the good read latency: a bad address costs no extra cycles.
    """
    test_dir = BUILD / "bench" / "shell_run"
    run("openub_controller_shell", _shell, "tb.controller.bench", {}, sim=sim,
        test_dir=test_dir)
    data = json.loads((test_dir / "figures.json").read_text())
    figures = data["figures"]

    def plot(ax):
        ax.hist([data["reads"], data["writes"]], label=["read", "write"], bins=range(0, 12))
        ax.set_xlabel("cycles per access")
        ax.set_ylabel("accesses")
        ax.legend()

    return figures, plot
