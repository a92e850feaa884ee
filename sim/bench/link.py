"""Data link bench: line rate, goodput under bit errors with and without LLR, latency, widths."""

from __future__ import annotations

import json

from sim.bench import bench
from sim.runner import BUILD, run

PARAMS = {"num_vls": 4, "data_bytes": 32, "cell_flits": 16, "mtu": 4096}


def _pair(**kw):
    from hdl_py.link.pair import LinkPair

    kw = {k: v for k, v in kw.items() if not k.startswith("bench_")}
    return LinkPair(traffic="gen", **kw)


def goodput_plot(figures, xlabel):
    """The bench plot of a link pair: goodput fraction error-free and under bit errors."""
    def plot(ax):
        keys = ["goodput_fraction_bound_mtu4096", "goodput_fraction",
                "goodput_fraction_ber_1e-6", "goodput_fraction_ber_1e-4"]
        ax.bar(range(len(keys)), [figures[k] for k in keys])
        ax.set_xticks(range(len(keys)), ["bound", "BER 0", "BER 1e-6", "BER 1e-4\n(64-512 B)"])
        ax.set_ylabel("goodput fraction (payload / flit bytes)")
        ax.set_ylim(0, 1.05)
        ax.set_xlabel(xlabel)
    return plot


@bench("link")
def link_bench(sim=None):
    """Two link endpoints back to back, traffic from the sim-only generator/checker.

    Figures: line rate (data flits per cycle, MTU 4096 packets back to back), goodput
    (payload bytes / flit bytes on the A -> B direction) error-free, at BER 1e-6 (MTU
    packets) and at BER 1e-4 (64..512-byte packets), packets lost at BER 1e-4 with LLR and,
    as the baseline in the same run, with LLR off; median cycles of one LLR recovery
    (receiver out of NORMAL and back); zero-load latency of 64-byte packets (generator's
    first beat to checker's first beat); x4 / x8 throughput after a dynamic width change;
    simulation speed.
    """
    test_dir = BUILD / "bench" / "link_run"
    run("link_pair_gen", _pair, "tb.link.bench", PARAMS, sim=sim or "verilator",
        test_dir=test_dir)
    data = json.loads((test_dir / "figures.json").read_text())
    figures = data["figures"]

    return figures, goodput_plot(
        figures, f"packets lost at BER 1e-4: {figures['lost_packets_ber_1e-4']} with LLR, "
                 f"{figures['lost_packets_ber_1e-4_no_llr']} without (same run)")
