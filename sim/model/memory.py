"""Reference model of host memory: sparse, byte-addressed, with an allocator.

Used by the model and amaranth.sim backends of the seam and, later, by scoreboards that check
DMA results byte for byte.
"""

from __future__ import annotations

from firmware.bus import Allocator


class SparseMemory:
    """Byte-addressed memory of ``size`` bytes stored in 4 KiB pages, zero when never written.

    Parameters
    ----------
    size : int
        Address space in bytes; accesses beyond it raise ``IndexError``.
    alloc_base : int
        First address the allocator hands out (low memory stays free for fixed structures).
    """

    PAGE = 4096

    def __init__(self, size: int = 1 << 32, *, alloc_base: int = 0x1000):
        if size <= 0:
            raise ValueError(f"memory size {size} must be positive")
        self.size = size
        self._pages: dict[int, bytearray] = {}
        self._alloc = Allocator(alloc_base, size - alloc_base)

    def _check(self, addr: int, length: int) -> None:
        if addr < 0 or length < 0 or addr + length > self.size:
            raise IndexError(
                f"host memory access [0x{addr:x}, +{length}) outside [0, 0x{self.size:x})")

    def read_sync(self, addr: int, length: int) -> bytes:
        self._check(addr, length)
        out = bytearray()
        while length:
            page, off = divmod(addr, self.PAGE)
            n = min(length, self.PAGE - off)
            buf = self._pages.get(page)
            out += buf[off:off + n] if buf is not None else bytes(n)
            addr, length = addr + n, length - n
        return bytes(out)

    def write_sync(self, addr: int, data: bytes) -> None:
        self._check(addr, len(data))
        data = memoryview(bytes(data))
        while data:
            page, off = divmod(addr, self.PAGE)
            n = min(len(data), self.PAGE - off)
            buf = self._pages.setdefault(page, bytearray(self.PAGE))
            buf[off:off + n] = data[:n]
            addr, data = addr + n, data[n:]

    async def read(self, addr: int, length: int) -> bytes:
        return self.read_sync(addr, length)

    async def write(self, addr: int, data: bytes) -> None:
        self.write_sync(addr, data)

    def alloc(self, size: int, align: int = 64) -> int:
        return self._alloc.alloc(size, align)
