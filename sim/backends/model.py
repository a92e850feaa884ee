"""Seam backend for the fast model: firmware runs against the reference models of sim/model.

Any model with ``read(addr) -> (value, resp)`` and ``write(addr, value, strb) -> resp`` (the
CSR model, the controller shell model, and later whole-controller models) becomes a register
bus; host memory is the reference :class:`SparseMemory`. No simulator is involved, so large
topologies run at Python speed with the same firmware code.
"""

from __future__ import annotations

from firmware.bus import BusError, check_access
from sim.model.memory import SparseMemory

ModelHostMemory = SparseMemory


class ModelRegisterBus:
    """:class:`firmware.bus.RegisterBus` over a transaction-level register model."""

    def __init__(self, model, *, base: int = 0):
        self.model, self.base = model, base

    async def read(self, addr: int) -> int:
        check_access(addr)
        value, resp = self.model.read(self.base + addr)
        if resp:
            raise BusError(addr, False, resp)
        return value

    async def write(self, addr: int, value: int, strb: int = 0xF) -> None:
        check_access(addr, value, strb)
        resp = self.model.write(self.base + addr, value, strb)
        if resp:
            raise BusError(addr, True, resp)


class ModelInterruptLine:
    """:class:`firmware.bus.InterruptLine` over a model's ``irq`` property (no time passes)."""

    def __init__(self, model):
        self.model = model

    def asserted(self) -> bool:
        return bool(self.model.irq)

    async def wait(self, timeout: int = 1000) -> None:
        if not self.asserted():
            raise TimeoutError("interrupt not raised (model backend: level is low)")
