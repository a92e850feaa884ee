"""cocotb + pyuvm environment of the controller shell on AXI4-Lite.

Sequences of register accesses (mapped, unmapped, random strobes) and external events go to the
RTL through cocotbext-axi's ``AxiLiteMaster``; the scoreboard predicts every response, read
value and the interrupt level with :class:`sim.model.shell.ShellModel`, the same model the
model backend uses. The firmware bring-up runs through the generated register layer on the
cocotb backend. Every test is bounded in time: a bus that never answers fails the test.
"""

from __future__ import annotations

import random

import cocotb
import pyuvm
from cocotb.clock import Clock
from cocotb.triggers import ClockCycles, RisingEdge, with_timeout
from cocotb_coverage.coverage import CoverCross, CoverPoint, coverage_db
from pyuvm import (
    ConfigDB,
    uvm_analysis_port,
    uvm_driver,
    uvm_env,
    uvm_sequence,
    uvm_sequence_item,
    uvm_sequencer,
    uvm_subscriber,
    uvm_test,
)

from firmware.bus import BusError
from firmware.controller import ControllerShellDriver
from hdl_py.regs import compile_rdl
from sim.backends.cocotb_backend import CocotbInterruptLine, CocotbRegisterBus, strobe_runs
from sim.model.shell import ShellModel
from sim.runner import params

ADDRS = sorted(r.absolute_address for r in compile_rdl("controller").registers())
TIMEOUT_NS = 2000  # one access must complete well within this: a hang is a failure


class RegAccess(uvm_sequence_item):
    """A register access (``kind`` "r"/"w"/"ev") and, once driven, what the DUT answered."""

    def __init__(self, name="access", kind="r", addr=0, value=0, strb=0xF):
        super().__init__(name)
        self.kind, self.addr, self.value, self.strb = kind, addr, value, strb
        self.resp = None
        self.data = None
        self.irq = None

    def __str__(self):
        return (f"{self.kind} 0x{self.addr:03x} value=0x{self.value:08x} strb={self.strb:x} "
                f"-> resp={self.resp} data={self.data} irq={self.irq}")


class RandomAccessSeq(uvm_sequence):
    """Random accesses: mostly mapped registers, some out of the map, random values/strobes."""

    def __init__(self, name="random_access", *, count=200, rng=None, addr_width=12,
                 num_ext_events=16):
        super().__init__(name)
        self.count, self.rng = count, rng or random.Random()
        self.addr_width, self.num_ext_events = addr_width, num_ext_events

    def _addr(self):
        r = self.rng.random()
        if r < 0.75:
            return self.rng.choice(ADDRS)
        if r < 0.9:  # just past the map, and anywhere in the port's space
            return (ADDRS[-1] + 4 * self.rng.randint(1, 4)) % (1 << self.addr_width)
        return self.rng.randrange(0, 1 << self.addr_width, 4)

    async def body(self):
        for i in range(self.count):
            r = self.rng.random()
            if r < 0.1 and self.num_ext_events:
                item = RegAccess(f"a{i}", "ev", value=self.rng.getrandbits(self.num_ext_events))
            elif r < 0.55:
                item = RegAccess(f"a{i}", "r", self._addr())
            else:
                value = self.rng.choice([0, 0xFFFFFFFF, self.rng.getrandbits(32)])
                strb = 0xF if self.rng.random() < 0.7 else self.rng.randint(1, 0xF)
                item = RegAccess(f"a{i}", "w", self._addr(), value, strb)
            await self.start_item(item)
            await self.finish_item(item)


class AccessDriver(uvm_driver):
    """Performs each access on the RTL and publishes the completed item."""

    def build_phase(self):
        self.ap = uvm_analysis_port("ap", self)

    def end_of_elaboration_phase(self):
        self.bus = ConfigDB().get(self, "", "bus")
        self.dut = ConfigDB().get(self, "", "dut")

    async def run_phase(self):
        dut = self.dut
        while True:
            item = await self.seq_item_port.get_next_item()
            if item.kind == "ev":
                await RisingEdge(dut.clk)
                dut.ext_events.value = item.value
                await RisingEdge(dut.clk)
                dut.ext_events.value = 0
                item.resp = 0
            elif item.kind == "r":
                resp = await with_timeout(self.bus.master.read(item.addr, 4), TIMEOUT_NS, "ns")
                item.resp, item.data = int(resp.resp), int.from_bytes(resp.data, "little")
            else:
                data = item.value.to_bytes(4, "little")
                resp = 0
                for first, length in strobe_runs(item.strb):
                    r = await with_timeout(
                        self.bus.master.write(item.addr + first, data[first:first + length]),
                        TIMEOUT_NS, "ns")
                    resp = resp or int(r.resp)  # the first error response is reported
                item.resp = resp
            # the interrupt is registered twice (status flop, irq flop): settle, then sample
            await ClockCycles(dut.clk, 3)
            item.irq = int(dut.irq.value)
            self.ap.write(item)
            self.seq_item_port.item_done()


class ShellScoreboard(uvm_subscriber):
    """Predicts each completed access with ShellModel and records every difference."""

    def build_phase(self):
        self.model = ConfigDB().get(self, "", "model")
        self.errors, self.checked = [], 0

    def write(self, item):
        m = self.model
        if item.kind == "ev":
            m.ext_event(item.value)
        elif item.kind == "r":
            data, resp = m.read(item.addr)
            if item.resp != resp or (resp == 0 and item.data != data):
                self.errors.append(f"{item}: model data=0x{data:08x} resp={resp}")
        else:
            # strobe runs are separate AXI writes; the model sees the same split
            resp = 0
            for first, length in strobe_runs(item.strb):
                sub = ((1 << length) - 1) << first
                sub_resp = m.write(item.addr, item.value, sub)
                resp = resp or sub_resp
            if item.resp != resp:
                self.errors.append(f"{item}: model resp={resp}")
        if item.irq != int(m.irq):
            self.errors.append(f"{item}: model irq={int(m.irq)}")
        self.checked += 1

    def check_phase(self):
        for e in self.errors[:20]:
            self.logger.error(e)
        self.logger.info(f"scoreboard: {self.checked} accesses checked, "
                         f"{len(self.errors)} errors")
        assert not self.errors, f"{len(self.errors)} mismatches, first: {self.errors[0]}"


def _reg_name(addr):
    return {r.absolute_address: r.inst_name
            for r in compile_rdl("controller").registers()}.get(addr, "unmapped")


class AccessCoverage(uvm_subscriber):
    """Functional coverage: every register read and written, error responses, irq levels."""

    def build_phase(self):
        regs = [r.inst_name for r in compile_rdl("controller").registers()] + ["unmapped"]

        @CoverPoint("shell.reg", xf=lambda it: _reg_name(it.addr), bins=regs)
        @CoverPoint("shell.kind", xf=lambda it: it.kind, bins=["r", "w", "ev"])
        @CoverPoint("shell.resp", xf=lambda it: it.resp, bins=[0, 2])
        @CoverPoint("shell.irq", xf=lambda it: it.irq, bins=[0, 1])
        @CoverCross("shell.reg_x_kind", items=["shell.reg", "shell.kind"],
                    ign_bins=[(r, "ev") for r in regs])
        def sample(it):
            pass

        self.sample = sample

    def write(self, item):
        self.sample(item)


class ShellEnv(uvm_env):
    def build_phase(self):
        self.seqr = uvm_sequencer("seqr", self)
        self.driver = AccessDriver.create("driver", self)
        self.scoreboard = ShellScoreboard.create("scoreboard", self)
        self.coverage = AccessCoverage.create("coverage", self)

    def connect_phase(self):
        self.driver.seq_item_port.connect(self.seqr.seq_item_export)
        self.driver.ap.connect(self.scoreboard.analysis_export)
        self.driver.ap.connect(self.coverage.analysis_export)


async def reset(dut):
    Clock(dut.clk, 10, unit="ns").start()
    dut.rst.value = 1
    if hasattr(dut, "ext_events"):
        dut.ext_events.value = 0
    await ClockCycles(dut.clk, 3)
    dut.rst.value = 0
    await RisingEdge(dut.clk)


def _setup(test, dut):
    p = params()
    test.rng = random.Random(cocotb.RANDOM_SEED)
    test.bus = CocotbRegisterBus(dut)
    ConfigDB().set(None, "*", "bus", test.bus)
    ConfigDB().set(None, "*", "dut", dut)
    ConfigDB().set(None, "*", "model", ShellModel(**p))
    return p


@pyuvm.test()
class ShellRandomAccessTest(uvm_test):
    """Random register traffic and events, checked access by access against ShellModel."""

    def build_phase(self):
        self.p = _setup(self, cocotb.top)
        self.env = ShellEnv("env", self)

    async def run_phase(self):
        self.raise_objection()
        await reset(cocotb.top)
        seq = RandomAccessSeq("seq", count=300, rng=self.rng,
                              addr_width=self.p.get("addr_width", 12),
                              num_ext_events=self.p.get("num_ext_events", 16))
        await seq.start(self.env.seqr)
        self.drop_objection()

    def check_phase(self):
        reg_cov = coverage_db["shell.reg"].cover_percentage
        resp_cov = coverage_db["shell.resp"].cover_percentage
        self.logger.info(f"coverage: registers {reg_cov:.0f}%, responses {resp_cov:.0f}%")
        assert reg_cov == 100.0, f"not every register was accessed ({reg_cov}%)"
        assert resp_cov == 100.0, "both OKAY and SLVERR must have been seen"


@cocotb.test()
async def axi_error_path(dut):
    """Out-of-map and read-only accesses answer SLVERR, are counted, and never hang the bus."""
    await reset(dut)
    bus = CocotbRegisterBus(dut)
    model = ShellModel(**params())
    top = 1 << params().get("addr_width", 12)
    bad = [a for a in (ADDRS[-1] + 4, top - 4, 0x100) if a < top]
    for addr in bad:
        for write in (False, True):
            try:
                if write:
                    await with_timeout(bus.write(addr, 0xDEADBEEF), TIMEOUT_NS, "ns")
                else:
                    await with_timeout(bus.read(addr), TIMEOUT_NS, "ns")
            except BusError as e:
                assert e.resp == 2, f"expected SLVERR, got {e.resp}"
            else:
                raise AssertionError(f"{'write' if write else 'read'} at 0x{addr:x} was "
                                     f"accepted")
            if write:
                model.write(addr, 0xDEADBEEF)
            else:
                model.read(addr)
    # a write to a read-only register (IDENT) is refused and leaves it unchanged
    try:
        await with_timeout(bus.write(0x0, 0), TIMEOUT_NS, "ns")
        raise AssertionError("write to IDENT accepted")
    except BusError as e:
        assert e.resp == 2
    model.write(0x0, 0)
    assert await bus.read(0x0) == model.read(0x0)[0] == 0x4F554231
    # a read and a write issued together both complete, one of them bad
    rd = cocotb.start_soon(bus.master.read(top - 4, 4))
    wr = cocotb.start_soon(bus.master.write(0x0C, (0x1234).to_bytes(4, "little")))
    r, w = await with_timeout(rd, TIMEOUT_NS, "ns"), await with_timeout(wr, TIMEOUT_NS, "ns")
    assert int(r.resp) == 2 and int(w.resp) == 0
    model.read(top - 4)
    model.write(0x0C, 0x1234)
    # the counters and the event status agree with the model
    for reg in ("ERR_RD_DECODE_CNT", "ERR_WR_DECODE_CNT", "ERR_RO_WRITE_CNT", "EVENT_STATUS",
                "SCRATCH"):
        addr = compile_rdl("controller").get_child_by_name(reg).absolute_address
        got, want = await bus.read(addr), model.read(addr)[0]
        assert got == want, f"{reg}: RTL 0x{got:x}, model 0x{want:x}"
    assert model.get("ERR_RD_DECODE_CNT", "count") == len(bad) + 1


@cocotb.test()
async def firmware_bring_up(dut):
    """The UBM bring-up through the generated register layer on the cocotb backend."""
    await reset(dut)
    drv = ControllerShellDriver(CocotbRegisterBus(dut), CocotbInterruptLine(dut.irq, dut.clk))
    report = await drv.bring_up(log=dut._log.info)
    p = params()
    assert report["info"].num_vls == p.get("num_vls", 4)
    assert report["info"].num_ext_events == p.get("num_ext_events", 16)
    assert report["irq_low_after_ack"] is True


@cocotb.test()
async def quiet_bus_bring_up(dut):
    """The same bring-up over QuietAxiLiteBus, the bench register master."""
    from sim.backends.cocotb_backend import QuietAxiLiteBus

    await reset(dut)
    drv = ControllerShellDriver(QuietAxiLiteBus(dut, prefix="axil__"),
                                CocotbInterruptLine(dut.irq, dut.clk))
    report = await drv.bring_up(log=dut._log.info)
    assert report["counters"].rd_decode == 1 and report["irq_low_after_ack"] is True
