"""Visibility of a Verilator build: top-level ports and the declared probes, nothing else.

Run by ``tests/sim/test_build.py`` on the controller shell. The runner builds without
``--public-flat-rw`` and makes public only the ports and ``PROBES``; this module checks both
halves: the probe follows a register written over the bus, and an internal signal that is not
declared has no handle (so a build that silently made everything public again would fail).
"""

from __future__ import annotations

import os

import cocotb

from firmware.regs import register_layer
from sim.backends.cocotb_backend import CocotbRegisterBus
from tb.controller.shell_env import reset

PROBES = ("bank.hw__SCRATCH__value__q",)
NOT_PUBLIC = "hw__EVENT_ENABLE__ext__q"  # a flip-flop of the same bank, not declared


@cocotb.test()
async def probe_follows_register(dut):
    await reset(dut)
    regs = register_layer("controller", CocotbRegisterBus(dut))
    for value in (0x1234_5678, 0xDEAD_BEEF, 0):
        await regs.SCRATCH.write_fields(value=value)
        assert int(dut.bank.hw__SCRATCH__value__q.value) == value


@cocotb.test()
async def undeclared_signal_is_hidden(dut):
    """Under cocotb's default build every signal is public; here only the declared ones."""
    public_all = os.environ.get("OPENUB_EXPECT_PUBLIC_FLAT_RW") == "1"
    bank = dut.bank
    try:
        getattr(bank, NOT_PUBLIC)
        found = True
    except AttributeError:
        found = False
    assert found == public_all, (
        f"internal signal bank.{NOT_PUBLIC} {'has' if found else 'has no'} handle, "
        f"expected {'public' if public_all else 'hidden'}")
