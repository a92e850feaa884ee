"""cocotb + pyuvm check of the shared verification pieces on a packet-stream FIFO.

Random packets with a VL sideband go through ``StreamFIFO`` under random idles and
backpressure; the scoreboard (identity reference model, order checked per VL) must match every
packet, and coverage of lengths and VLs is sampled. A second test gives the scoreboard a wrong
reference model and expects it to fail, showing the checking can fail.
"""

from __future__ import annotations

import random

import cocotb
import pyuvm
from amaranth.lib import data
from cocotb.clock import Clock
from cocotb.triggers import ClockCycles, RisingEdge
from pyuvm import ConfigDB, uvm_env, uvm_sequencer, uvm_test

from sim.runner import params
from tb.common.stream import StreamSink, StreamSource
from tb.common.uvm import (
    CoverageHook,
    PacketItem,
    RandomPacketSeq,
    Scoreboard,
    StreamDriver,
    StreamMonitor,
)

SIDE = data.StructLayout({"vl": 4})


class LenVlCoverage(CoverageHook):
    points = {
        "stream_env.len": (lambda item: min(len(item.payload) // 32, 4), range(5)),
        "stream_env.vl": (lambda item: item.side["vl"], range(4)),
    }


class StreamEnv(uvm_env):
    def build_phase(self):
        self.seqr = uvm_sequencer("seqr", self)
        self.driver = StreamDriver.create("driver", self)
        self.monitor = StreamMonitor.create("monitor", self)
        self.scoreboard = Scoreboard.create("scoreboard", self)
        self.scoreboard.key = lambda item: item.side["vl"]
        self.coverage = LenVlCoverage.create("coverage", self)

    def connect_phase(self):
        self.driver.seq_item_port.connect(self.seqr.seq_item_export)
        self.driver.ap.connect(self.scoreboard.expected_export)
        self.driver.ap.connect(self.coverage.analysis_export)
        self.monitor.ap.connect(self.scoreboard.actual_export)


class StreamFifoTest(uvm_test):
    count = 60
    model = None

    def build_phase(self):
        dut = cocotb.top
        p = params()
        rng = random.Random(cocotb.RANDOM_SEED)
        self.rng = rng
        self.source = StreamSource(dut, "i", dut.clk, data_bytes=p["data_bytes"], side=SIDE,
                                   idle=0.3, rng=random.Random(rng.random()))
        self.sink = StreamSink(dut, "o", dut.clk, data_bytes=p["data_bytes"], side=SIDE,
                               backpressure=0.3, rng=random.Random(rng.random()))
        ConfigDB().set(None, "*", "source", self.source)
        ConfigDB().set(None, "*", "sink", self.sink)
        self.env = StreamEnv("env", self)

    def end_of_elaboration_phase(self):
        if self.model is not None:
            self.env.scoreboard.model = self.model

    async def run_phase(self):
        self.raise_objection()
        dut = cocotb.top
        Clock(dut.clk, 10, unit="ns").start()
        dut.rst.value = 1
        await ClockCycles(dut.clk, 3)
        dut.rst.value = 0
        await RisingEdge(dut.clk)
        seq = RandomPacketSeq("seq", count=self.count, min_len=1, max_len=150,
                              side_fn=lambda r: {"vl": r.randrange(4)}, rng=self.rng)
        await seq.start(self.env.seqr)
        await self.source.wait_idle()
        for _ in range(2000):
            if len(self.sink.packets) == 0 and self.env.scoreboard.matched + len(
                    self.env.scoreboard.errors) >= self.count:
                break
            await RisingEdge(dut.clk)
        await ClockCycles(dut.clk, 10)
        self.drop_objection()

    def report_phase(self):
        cov = self.env.coverage.coverage()
        self.logger.info(f"coverage: {cov}")


@pyuvm.test()
class StreamFifoScoreboardTest(StreamFifoTest):
    """Every packet comes out intact and in order per VL; coverage of VLs is complete."""

    def check_phase(self):
        sb = self.env.scoreboard
        assert sb.matched == self.count, f"matched {sb.matched} of {self.count}"
        cov = self.env.coverage.coverage()
        assert cov["stream_env.vl"] == 100.0, f"VL coverage {cov}"


def _wrong_model(item):
    """A deliberately wrong reference model: it expects the last byte to be dropped."""
    return [PacketItem("expected", item.payload[:-1] or b"\x00", item.side)]


@pyuvm.test(expect_fail=True)
class StreamFifoWrongModelTest(StreamFifoTest):
    """The scoreboard must fail when the reference model disagrees with the DUT."""

    count = 5
    model = staticmethod(_wrong_model)
