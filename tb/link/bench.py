"""Measurements for ``python -m sim.bench link`` on ``LinkPair(traffic="gen")``.

Traffic is made and checked by the sim-only generator/checker in the gateware; Python only
configures (through the link registers, with the firmware driver, and the generator ports),
waits on a few signals, and reads counters. Every scenario runs in this one simulation, one
after the other, so each figure sits beside its baseline from the same run. Results go to
``figures.json`` in the run directory.
"""

from __future__ import annotations

import json
import statistics
import time

import cocotb
from cocotb.clock import Clock
from cocotb.triggers import ClockCycles, RisingEdge, Timer, ValueChange

from firmware.link import LinkDriver
from sim.backends.cocotb_backend import QuietAxiLiteBus
from sim.runner import params
from tb.link.link_env import ber_threshold

MTU = 4096
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
    def __init__(self, dut):
        self.dut = dut
        self.p = params()
        self.nv = self.p.get("num_vls", 4)
        self.retry_windows = []

        async def sleep(n):
            await Timer(10 * n, "ns")  # not ClockCycles: that wakes Python on every edge

        # QuietAxiLiteBus: Python wakes only during register accesses (full Verilator speed)
        self.a = LinkDriver(QuietAxiLiteBus(dut, prefix="a_axil__"), sleep=sleep)
        self.b = LinkDriver(QuietAxiLiteBus(dut, prefix="b_axil__"), sleep=sleep)

    async def reset(self):
        await reset_pair(self.dut)
        for drv in (self.a, self.b):
            await drv.configure(llr=True, ctl_interval=16)
            await drv.enable()
        for drv in (self.a, self.b):
            await drv.wait_state("NORMAL")
        cocotb.start_soon(self.watch_retry())

    async def watch_retry(self):
        """Cycles from B's receiver leaving NORMAL to its return (one LLR recovery)."""
        sig, left = self.dut.b_retry_state, None
        while True:
            await ValueChange(sig)
            now = int(self.dut.now.value)
            if int(sig.value) != 0 and left is None:
                left = now
            elif int(sig.value) == 0 and left is not None:
                self.retry_windows.append(now - left)
                left = None

    async def relink(self, *, llr):
        """Change LLR mode: only while the link is down, so both ends reset and come up."""
        for drv in (self.a, self.b):
            await drv.configure(llr=llr, ctl_interval=16)
        for drv in (self.a, self.b):
            await drv.reset()
        for drv in (self.a, self.b):
            await drv.wait_state("NORMAL")

    async def faults(self, ber=0.0, seed=1):
        d = self.dut
        d.ab_ber.value = ber_threshold(ber)
        d.ba_ber.value = ber_threshold(ber)
        d.ab_seed.value = seed
        d.ba_seed.value = seed + 1
        d.ab_seed_load.value = d.ba_seed_load.value = 1
        await RisingEdge(d.clk)
        d.ab_seed_load.value = d.ba_seed_load.value = 0

    async def run(self, *, count, len_min, len_max, gap=0, vl_mask=1, seed=7,
                  limit=20_000_000):
        """Send ``count`` packets A -> B and wait for them (or for the link to go quiet)."""
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
        r["goodput"] = r["bytes"] / max(1, 20 * delta["a"]["TX_FLITS"])
        r["missing"] = r["sent"] - r["packets"]
        return r


@cocotb.test()
async def measure(dut):
    t0 = time.perf_counter()
    bench = Bench(dut)
    await bench.reset()
    f, runs = {}, {}

    def save(figures, runs):
        with open("figures.json", "w") as fh:
            json.dump({"figures": figures, "runs": runs,
                       "retry_windows": list(bench.retry_windows)}, fh, indent=1)

    n_mtu = bench.p.get("bench_mtu_packets", 200)
    n_ber = bench.p.get("bench_ber_packets", 600)

    clean = await bench.run(count=n_mtu, len_min=MTU, len_max=MTU)
    data_flits = clean["a"]["TX_FLITS"] - 2 * clean["a"]["CTL_BLOCKS_TX"]
    f["line_rate_flits_per_cycle"] = round(data_flits / clean["cycles"], 4)
    f["goodput_fraction"] = round(clean["goodput"], 4)
    f["goodput_fraction_bound_mtu4096"] = round(MTU / (206 * 20), 4)
    f["goodput_bytes_per_cycle"] = round(clean["bytes"] / clean["cycles"], 3)
    runs["clean"] = clean
    save(f, runs)

    await bench.faults(ber=1e-6, seed=11)
    ber6 = await bench.run(count=n_ber, len_min=MTU, len_max=MTU, seed=8)
    f["goodput_fraction_ber_1e-6"] = round(ber6["goodput"], 4)
    f["crc_errors_ber_1e-6"] = ber6["b"]["CRC_ERRORS"]
    f["lost_packets_ber_1e-6"] = n_ber - ber6["packets"] + ber6["errors"] + ber6["duplicates"]
    runs["ber_1e-6"] = ber6
    save(f, runs)

    # BER 1e-4: packets of 64..512 bytes (a 4 KB packet would almost never pass at this BER)
    await bench.faults(ber=1e-4, seed=21)
    ber4 = await bench.run(count=n_ber, len_min=64, len_max=512, seed=9)
    f["goodput_fraction_ber_1e-4"] = round(ber4["goodput"], 4)
    f["lost_packets_ber_1e-4"] = n_ber - ber4["packets"] + ber4["errors"] + ber4["duplicates"]
    f["crc_errors_ber_1e-4"] = ber4["b"]["CRC_ERRORS"]
    f["retries_ber_1e-4"] = ber4["b"]["RETRIES"]
    windows = list(bench.retry_windows)
    f["retry_recovery_cycles_median"] = statistics.median(windows) if windows else -1
    runs["ber_1e-4"] = ber4
    save(f, runs)

    await bench.faults(ber=0.0)
    save(f, runs)

    # zero-load latency: 64-byte packets far apart
    lat = await bench.run(count=40, len_min=64, len_max=64, gap=400, seed=5)
    f["latency_cycles_zero_load"] = round(lat["lat_sum"] / max(1, lat["packets"]), 2)
    f["latency_cycles_zero_load_min"] = lat["lat_min"]

    # lane width: x8 then x4 (dynamic change, no retraining)
    x8 = await bench.run(count=60, len_min=MTU, len_max=MTU, seed=3)
    status = await bench.a.change_width(4)
    x4 = await bench.run(count=60, len_min=MTU, len_max=MTU, seed=3)
    f["width_change_status"] = 1 if status == "DONE" else 0
    rate8, rate4 = x8["bytes"] / x8["cycles"], x4["bytes"] / x4["cycles"]
    f["throughput_ratio_x4_vs_x8"] = round(rate4 / rate8, 4) if rate8 else -1

    await bench.a.change_width(8)
    save(f, runs)

    # Last, the baseline: the same traffic and fault seed as the BER 1e-4 run, LLR off. It
    # goes last because without LLR a corrupted length can make the receiver swallow the
    # packets behind it, whose credits never come back (docs/link.md): the generator may be
    # left blocked, which would disturb any run after it.
    await bench.faults(ber=0.0)
    await bench.relink(llr=False)
    await bench.faults(ber=1e-4, seed=21)
    nollr = await bench.run(count=n_ber, len_min=64, len_max=512, seed=9)
    # packets offered and never delivered (dropped, or stuck behind leaked credits)
    f["lost_packets_ber_1e-4_no_llr"] = n_ber - nollr["packets"]
    f["dropped_packets_counted_ber_1e-4_no_llr"] = nollr["b"]["LOST_PACKETS"]
    f["corrupt_deliveries_ber_1e-4_no_llr"] = nollr["errors"]
    runs["ber_1e-4_no_llr"] = nollr

    wall = time.perf_counter() - t0
    f["sim_cycles"] = int(dut.now.value)
    f["sim_cycles_per_second"] = round(int(dut.now.value) / wall)
    runs.update({"latency": lat, "x8": x8, "x4": x4})
    save(f, runs)
