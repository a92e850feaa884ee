"""Data link bench: the UB 2.0 link pair (two DllEndpoints) at line rate, under bit errors with
the retry and without it, its bring-up, latency, widths and simulation speed."""

from __future__ import annotations

import json

from sim.bench import bench
from sim.runner import BUILD, run

PARAMS = {"vls": 4, "data_bytes": 32, "mtu": 4096, "retry_depth": 512, "vl_flits": 512}


def _pair(**kw):
    from hdl_py.link.pair import LinkPair

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
    """Two DllEndpoints back to back, traffic from the sim-only generator/checker.

    Figures: ``param_init_cycles`` (DLL_Param_Init to DLL_Normal), line rate (DLLDP flits
    per cycle, MTU 4096 packets on every VL and on one VL), goodput (payload bytes / flit
    bytes) error-free, at BER 1e-6 (MTU packets, and its ratio to error-free) and BER 1e-4
    (64..512-byte packets), packets lost at BER 1e-4 with the retry and, as the baseline in the
    same run, without it (``DL_CTRL.retry_off``), Retry_Req_Sets and resent flits, the
    median retry recovery (B's RETRY_REQ_SM out of NORMAL and back), zero-load latency of
    64-byte packets, x4 / x8 throughput, credit leaked when idle, port error bits set, and
    simulation speed.
    """
    test_dir = BUILD / "bench" / "link_run"
    run("link_pair_gen", _pair, "tb.link.bench", PARAMS, sim=sim or "verilator",
        test_dir=test_dir)
    figures = json.loads((test_dir / "figures.json").read_text())["figures"]

    return figures, goodput_plot(
        figures, f"packets lost at BER 1e-4: {figures['lost_packets_ber_1e-4']} with retry, "
                 f"{figures['lost_packets_ber_1e-4_no_retry']} without (same run)")
