"""Measurements for ``python -m sim.bench link`` on ``LinkPair(traffic="gen")``: the UB 2.0
data link (DllEndpoint) end to end.

Traffic is made and checked by the sim-only generator/checker in the gateware; Python only
configures (through the registers, with :class:`firmware.dll.DllDriver`, and the generator
ports), waits with ``Timer`` on a few signals, and reads counters. Every scenario runs in this
one simulation, one after the other, so each figure sits beside its baseline from the same
run. Results go to ``figures.json`` in the run directory.
"""

from __future__ import annotations

import json
import statistics
import time

import cocotb
from cocotb.clock import Clock
from cocotb.triggers import ClockCycles, RisingEdge, Timer, ValueChange

from firmware.dll import DllDriver
from sim.backends.cocotb_backend import QuietAxiLiteBus
from sim.model import dll
from sim.runner import params
from tb.link.dll_env import ber_threshold

MTU = 4096
#: Flits of an MTU DLLDP (its DLLDBs, E4 §4.3.2).
MTU_FLITS = sum(dll.dlldp_blocks(MTU))
#: Inputs of ``LinkPair(traffic="gen")`` that start at 0 (faults off, generator idle).
PAIR_INPUTS = ("ab_ber", "ab_drop", "ab_drop_mark", "ab_burst", "ab_seed", "ab_seed_load",
               "ba_ber", "ba_drop", "ba_drop_mark", "ba_burst", "ba_seed", "ba_seed_load",
               "a_lane_fail", "b_lane_fail", "a_far_silent", "b_far_silent", "gen_start",
               "chk_clear", "chk_stall")


async def reset_pair(dut, *, after_reset=None):
    """Start the clock, zero :data:`PAIR_INPUTS` and reset the pair for 3 cycles;
    ``after_reset()`` (if given) is started just before the reset is released."""
    Clock(dut.clk, 10, unit="ns").start()
    for name in PAIR_INPUTS:
        getattr(dut, name).value = 0
    dut.rst.value = 1
    await ClockCycles(dut.clk, 3)
    if after_reset is not None:
        cocotb.start_soon(after_reset())
    dut.rst.value = 0
    await RisingEdge(dut.clk)


class Bench:
    """Two DllEndpoints driven through their registers, the generator and the checker."""

    def __init__(self, dut):
        self.dut = dut
        self.retry_windows = []
        self.state_changes = []

        async def sleep(n):
            await Timer(10 * n, "ns")  # not ClockCycles: that wakes Python on every edge

        # QuietAxiLiteBus: Python wakes only during register accesses (full Verilator speed)
        self.a = DllDriver(QuietAxiLiteBus(dut, prefix="a_axil__"), sleep=sleep)
        self.b = DllDriver(QuietAxiLiteBus(dut, prefix="b_axil__"), sleep=sleep)

    async def watch_state(self):
        """(cycle, state) of A's data link state machine at every change."""
        sig = self.dut.a_dl_state
        while True:
            await ValueChange(sig)
            self.state_changes.append((int(self.dut.now.value), int(sig.value)))

    async def watch_retry(self):
        """Cycles from B's RETRY_REQ_SM leaving NORMAL to its return (one retry recovery)."""
        sig, left = self.dut.b_retry_state, None
        while True:
            await ValueChange(sig)
            now = int(self.dut.now.value)
            if int(sig.value) != 0 and left is None:
                left = now
            elif int(sig.value) == 0 and left is not None:
                self.retry_windows.append(now - left)
                left = None

    async def reset(self):
        await reset_pair(self.dut, after_reset=self.watch_state)
        for drv in (self.a, self.b):
            await drv.wait_state("DLL_Normal")
        cocotb.start_soon(self.watch_retry())

    async def faults(self, ber=0.0, seed=1):
        """Bit errors at ``ber`` both ways, the injectors seeded from ``seed``."""
        d = self.dut
        d.ab_ber.value = ber_threshold(ber)
        d.ba_ber.value = ber_threshold(ber)
        d.ab_seed.value = seed
        d.ba_seed.value = seed + 1
        d.ab_seed_load.value = d.ba_seed_load.value = 1
        await RisingEdge(d.clk)
        d.ab_seed_load.value = d.ba_seed_load.value = 0

    async def settle(self, *, limit=20_000):
        """Wait (in steps of 100 cycles, up to ``limit``) until both ends' RETRY_REQ_SM are
        NORMAL: a retry still under way from a run with faults (a WAIT timeout is 6,400
        cycles) does not count in the next run's figures."""
        d = self.dut
        for _ in range(limit // 100):
            if int(d.a_retry_state.value) == 0 and int(d.b_retry_state.value) == 0:
                return
            await Timer(10 * 100, "ns")
        raise AssertionError(f"a retry still under way {limit} cycles after the faults went off")

    async def run(self, *, count, len_min, len_max, gap=0, vl_mask=1, seed=7,
                  limit=20_000_000):
        """Send ``count`` packets A -> B and wait for them (or for the link to go quiet).

        ``goodput`` is payload bytes over the bytes of the flits that carry something: the
        Null Blocks of the idle wire are left out."""
        d = self.dut
        c0 = {"a": await self.a.counters(), "b": await self.b.counters()}
        d.chk_clear.value = 1
        await RisingEdge(d.clk)
        d.chk_clear.value = 0
        d.gen_count.value, d.gen_len_min.value, d.gen_len_max.value = count, len_min, len_max
        d.gen_gap.value, d.gen_vl_mask.value, d.gen_seed.value = gap, vl_mask, seed
        d.gen_start.value = 1
        await RisingEdge(d.clk)
        d.gen_start.value = 0
        start = int(d.now.value)
        last, quiet = -1, 0
        while int(d.now.value) - start < limit:
            await Timer(20_000, "ns")  # 2000 cycles without waking Python on each edge
            got = int(d.chk_packets.value) + int(d.chk_errors.value)
            if not int(d.gen_busy.value) and got + int(d.chk_lost.value) >= count:
                break
            quiet = quiet + 1 if got == last else 0
            last = got
            if quiet > 100:  # nothing arrives any more: report what we have
                break
        await Timer(5_000, "ns")
        await RisingEdge(d.clk)
        c1 = {"a": await self.a.counters(), "b": await self.b.counters()}
        delta = {s: {k: c1[s][k] - c0[s][k] for k in c1[s]} for s in c1}
        r = {k: int(getattr(d, f"chk_{k}").value) for k in
             ("packets", "bytes", "errors", "duplicates", "lost", "lat_min", "lat_max",
              "lat_sum", "first_cycle", "last_cycle")}
        r["sent"] = int(d.gen_sent.value)
        r["a"], r["b"] = delta["a"], delta["b"]
        r["cycles"] = max(1, r["last_cycle"] - r["first_cycle"])
        busy = delta["a"]["TX_FLITS"] - delta["a"]["TX_NULL_FLITS"]
        r["goodput"] = r["bytes"] / max(1, 20 * busy)
        r["missing"] = r["sent"] - r["packets"]
        return r

    async def steady_rate(self, *, vl_mask, window=20_000, len_bytes=MTU) -> dict:
        """DLLDP flits A sends per cycle in steady state: ``len_bytes`` packets back to back,
        A's counters sampled over ``window`` cycles well inside the run (no start-up, no
        store-and-forward fill, no drain). DLLCB flits and resent flits are not counted."""
        count = 4 * window // MTU_FLITS + 200
        task = cocotb.start_soon(self.run(count=count, len_min=len_bytes, len_max=len_bytes,
                                          vl_mask=vl_mask, seed=12))
        await Timer(10 * 5_000, "ns")

        async def sample():
            c = await self.a.counters()
            return int(self.dut.now.value), c

        t0, c0 = await sample()
        await Timer(10 * window, "ns")
        t1, c1 = await sample()
        r = await task
        d = {k: c1[k] - c0[k] for k in c1}
        flits = d["TX_FLITS"] - d["TX_DLLCB_FLITS"] - d["RESENT_FLITS"]
        return {"rate": flits / (t1 - t0), "window": t1 - t0, "delta": d, "run": r}

    def param_init_cycles(self) -> int:
        """Cycles from DLL_Param_Init (after link-up) to DLL_Normal, the first bring-up."""
        start = next(c for c, s in self.state_changes if s == 1)
        end = next(c for c, s in self.state_changes if s == 3)
        return end - start


@cocotb.test()
async def measure(dut):
    t0 = time.perf_counter()
    bench = Bench(dut)
    await bench.reset()
    f, runs = {}, {}

    def save():
        with open("figures.json", "w") as fh:
            json.dump({"figures": f, "runs": runs, "retry_windows": list(bench.retry_windows),
                       "state_changes": bench.state_changes}, fh, indent=1)

    f["param_init_cycles"] = bench.param_init_cycles()
    runs["negotiated"] = neg = await bench.a.negotiated()
    f["negotiated_cell_flits"] = neg["flow_ctrl_size"]
    n_mtu, n_ber = 200, 600
    vls = len(dut.gen_vl_mask)
    all_vls = (1 << vls) - 1

    steady = await bench.steady_rate(vl_mask=all_vls)
    f["line_rate_flits_per_cycle"] = round(steady["rate"], 4)
    f["line_rate_bound_mtu4096"] = round(MTU_FLITS / (MTU_FLITS + 1), 4)
    runs["steady"] = steady
    clean = await bench.run(count=n_mtu, len_min=MTU, len_max=MTU, vl_mask=all_vls)
    f["goodput_fraction"] = round(clean["goodput"], 4)
    f["goodput_fraction_bound_mtu4096"] = round(MTU / (MTU_FLITS * 20), 4)
    f["goodput_bytes_per_cycle"] = round(clean["bytes"] / clean["cycles"], 3)
    runs["clean"] = clean
    one = await bench.steady_rate(vl_mask=1)
    f["line_rate_flits_per_cycle_one_vl"] = round(one["rate"], 4)
    runs["steady_one_vl"] = one
    save()

    await bench.faults(ber=1e-6, seed=11)
    ber6 = await bench.run(count=n_ber, len_min=MTU, len_max=MTU, seed=8, vl_mask=all_vls)
    f["goodput_fraction_ber_1e-6"] = round(ber6["goodput"], 4)
    f["goodput_ratio_ber_1e-6_vs_clean"] = round(ber6["goodput"] / clean["goodput"], 4)
    f["crc_errors_ber_1e-6"] = ber6["b"]["CRC_ERROR_SUM"]
    f["lost_packets_ber_1e-6"] = n_ber - ber6["packets"] + ber6["errors"] + ber6["duplicates"]
    runs["ber_1e-6"] = ber6
    save()

    await bench.faults(ber=1e-4, seed=21)
    ber4 = await bench.run(count=n_ber, len_min=64, len_max=512, seed=9, vl_mask=all_vls)
    f["goodput_fraction_ber_1e-4"] = round(ber4["goodput"], 4)
    f["lost_packets_ber_1e-4"] = n_ber - ber4["packets"] + ber4["errors"] + ber4["duplicates"]
    f["crc_errors_ber_1e-4"] = ber4["b"]["CRC_ERROR_SUM"]
    f["retry_req_sets_ber_1e-4"] = ber4["b"]["RETRY_REQ_SUM"]
    f["resent_flits_ber_1e-4"] = ber4["a"]["RESENT_FLITS"]
    windows = list(bench.retry_windows)
    f["retry_recovery_cycles_median"] = statistics.median(windows) if windows else -1
    runs["ber_1e-4"] = ber4
    await bench.faults(ber=0.0)
    await bench.settle()
    save()

    lat = await bench.run(count=40, len_min=64, len_max=64, gap=400, seed=5)
    f["latency_cycles_zero_load"] = round(lat["lat_sum"] / max(1, lat["packets"]), 2)
    f["latency_cycles_zero_load_min"] = lat["lat_min"]

    x8 = await bench.run(count=60, len_min=MTU, len_max=MTU, seed=3, vl_mask=all_vls)
    status = await bench.a.change_width(4)
    x4 = await bench.run(count=60, len_min=MTU, len_max=MTU, seed=3, vl_mask=all_vls)
    f["width_change_status"] = 1 if status == "DONE" else 0
    rate8, rate4 = x8["bytes"] / x8["cycles"], x4["bytes"] / x4["cycles"]
    f["throughput_ratio_x4_vs_x8"] = round(rate4 / rate8, 4) if rate8 else -1
    await bench.a.change_width(8)
    runs.update({"latency": lat, "x8": x8, "x4": x4})

    # Nothing leaked: with the link idle, each end holds the credit the other granted.
    await Timer(20_000, "ns")
    cap = params().get("vl_flits", 512) // neg["flow_ctrl_size"]
    runs["credit_after"] = {"a": await bench.a.credits(vls), "b": await bench.b.credits(vls)}
    f["credit_leaked_cells"] = sum(cap - c for e in "ab" for c in runs["credit_after"][e])
    runs["port_errors"] = {"a": await bench.a.errors(), "b": await bench.b.errors()}
    f["port_error_bits_set"] = sum(v for e in "ab" for v in runs["port_errors"][e].values())
    # Last, the baseline: the same traffic and fault seed as the BER 1e-4 run with the retry
    # off (DL_CTRL.retry_off). It goes last: the credit of each lost DLLDP or Crd_Ack never
    # comes back, so the run may end with VLs out of credit.
    for end in (bench.a, bench.b):
        await end.enable(False)
    for end in (bench.a, bench.b):
        await end.wait_state("DLL_Disabled")
        await end.set_retry(False)
    for end in (bench.a, bench.b):
        await end.enable(True)
    for end in (bench.a, bench.b):
        await end.wait_state("DLL_Normal")
    await bench.faults(ber=1e-4, seed=21)
    off = await bench.run(count=n_ber, len_min=64, len_max=512, seed=9, vl_mask=all_vls)
    await bench.faults(ber=0.0)
    f["lost_packets_ber_1e-4_no_retry"] = n_ber - off["packets"] + off["errors"] + off["duplicates"]
    f["corrupt_deliveries_ber_1e-4_no_retry"] = off["errors"]
    f["retry_req_sets_ber_1e-4_no_retry"] = off["b"]["RETRY_REQ_SUM"]
    runs["ber_1e-4_no_retry"] = off

    wall = time.perf_counter() - t0
    f["sim_cycles"] = int(dut.now.value)
    f["sim_cycles_per_second"] = round(int(dut.now.value) / wall)
    save()
