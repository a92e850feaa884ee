"""The software/hardware seam: the two protocols firmware and services are written against.

Firmware (the UBM model) and services never import a simulator. They receive a
:class:`RegisterBus` and a :class:`HostMemory` and ``await`` them. Backends live in
``sim/backends/``: cocotb (AXI4-Lite master and AxiRam on the Verilated RTL), amaranth.sim,
and the fast model backend built on the reference models of ``sim/model``.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


class BusError(Exception):
    """A register access answered with an error response (AXI SLVERR/DECERR).

    Attributes
    ----------
    addr : int
        Byte address of the access.
    write : bool
        True for a write, False for a read.
    resp : int
        The bus response code (2 SLVERR, 3 DECERR).
    """

    def __init__(self, addr: int, write: bool, resp: int):
        kind = "write" if write else "read"
        name = {2: "SLVERR", 3: "DECERR"}.get(resp, f"resp={resp}")
        super().__init__(f"register {kind} at 0x{addr:08x} answered {name}")
        self.addr = addr
        self.write = write
        self.resp = resp


@runtime_checkable
class RegisterBus(Protocol):
    """32-bit register access to one block's register space (byte addresses, word aligned).

    ``read`` and ``write`` raise :class:`BusError` when the hardware answers with an error.
    """

    async def read(self, addr: int) -> int: ...

    async def write(self, addr: int, value: int, strb: int = 0xF) -> None: ...


@runtime_checkable
class HostMemory(Protocol):
    """Host memory as the silicon's DMA sees it (byte addresses)."""

    async def read(self, addr: int, length: int) -> bytes: ...

    async def write(self, addr: int, data: bytes) -> None: ...

    def alloc(self, size: int, align: int = 64) -> int: ...


@runtime_checkable
class InterruptLine(Protocol):
    """A level-sensitive interrupt from the silicon to the host.

    ``asserted()`` reads the level now; ``wait(timeout)`` returns when it is high and raises
    ``TimeoutError`` after ``timeout`` backend time units (clock cycles on the simulators).
    """

    def asserted(self) -> bool: ...

    async def wait(self, timeout: int = 1000) -> None: ...


def check_access(addr: int, value: int | None = None, strb: int = 0xF) -> None:
    """Validate a register access before it reaches any backend (clear errors, same on all)."""
    if not isinstance(addr, int) or addr < 0 or addr % 4:
        raise ValueError(f"register address {addr!r} is not a non-negative multiple of 4")
    if value is not None and not (isinstance(value, int) and 0 <= value < 2**32):
        raise ValueError(f"register value {value!r} does not fit 32 bits")
    if not (isinstance(strb, int) and 0 <= strb <= 0xF):
        raise ValueError(f"write strobe {strb!r} is not a 4-bit mask")


class Allocator:
    """Bump allocator over a host memory window, shared by the memory backends.

    Parameters
    ----------
    base : int
        First byte address handed out.
    size : int
        Window size in bytes; an allocation beyond it raises ``MemoryError``.
    """

    def __init__(self, base: int, size: int):
        if base < 0 or size <= 0:
            raise ValueError(f"bad allocator window base={base} size={size}")
        self.base, self.size, self._next = base, size, base

    def alloc(self, size: int, align: int = 64) -> int:
        if size <= 0:
            raise ValueError(f"allocation size {size} must be positive")
        if align <= 0 or align & (align - 1):
            raise ValueError(f"alignment {align} must be a power of two")
        addr = (self._next + align - 1) & ~(align - 1)
        if addr + size > self.base + self.size:
            raise MemoryError(
                f"host memory window exhausted: {size} bytes at 0x{addr:x} beyond "
                f"0x{self.base + self.size:x}")
        self._next = addr + size
        return addr
