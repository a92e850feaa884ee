"""Spec data link bench: the UB 2.0 link pair (DllEndpoint) at line rate, under bit errors,
its bring-up, latency, widths and simulation speed."""

from __future__ import annotations

import json

from sim.bench import bench
from sim.bench.link import goodput_plot
from sim.runner import BUILD, run

PARAMS = {"vls": 4, "data_bytes": 32, "mtu": 4096, "retry_depth": 512, "vl_flits": 512}


def _pair(**kw):
    from hdl_py.link.pair import LinkPair

    return LinkPair(traffic="gen", spec=True, **kw)


@bench("dll")
def dll_bench(sim=None):
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
    test_dir = BUILD / "bench" / "dll_run"
    run("dll_pair_gen", _pair, "tb.link.dll_bench", PARAMS, sim=sim or "verilator",
        test_dir=test_dir)
    figures = json.loads((test_dir / "figures.json").read_text())["figures"]

    return figures, goodput_plot(
        figures, f"packets lost at BER 1e-4: {figures['lost_packets_ber_1e-4']} with retry, "
                 f"{figures['lost_packets_ber_1e-4_no_retry']} without (same run)")
