"""Shared pyuvm pieces every block environment reuses.

- :class:`PacketItem`: a packet on a packet stream (payload bytes + sideband).
- :class:`RandomPacketSeq`: random packets with lengths and sideband from the test's RNG.
- :class:`StreamDriver`: pulls items from a sequencer and sends them through a StreamSource.
- :class:`StreamMonitor`: publishes every packet a StreamSink receives on an analysis port.
- :class:`Scoreboard`: compares what the DUT produced with what a reference model predicts.
- :class:`CoverageHook`: samples items into cocotb-coverage cover points.

BFMs reach components through ``ConfigDB`` (keys given at construction), the pyuvm TinyALU way.
"""

from __future__ import annotations

import random
from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Iterable

from cocotb_coverage.coverage import CoverPoint, coverage_db
from pyuvm import (
    ConfigDB,
    uvm_analysis_port,
    uvm_component,
    uvm_driver,
    uvm_sequence,
    uvm_sequence_item,
    uvm_subscriber,
    uvm_tlm_analysis_fifo,
)


class PacketItem(uvm_sequence_item):
    """One packet: ``payload`` bytes and an optional ``side`` (int or dict)."""

    def __init__(self, name: str = "packet", payload: bytes = b"", side=None):
        super().__init__(name)
        self.payload = bytes(payload)
        self.side = side

    def __eq__(self, other):
        return (isinstance(other, PacketItem) and self.payload == other.payload
                and self.side == other.side)

    def __hash__(self):
        return hash((self.payload, repr(self.side)))

    def __str__(self):
        head = self.payload[:8].hex()
        return f"PacketItem(len={len(self.payload)}, side={self.side}, head={head})"


class RandomPacketSeq(uvm_sequence):
    """``count`` packets of random length in ``[min_len, max_len]`` with ``side_fn(rng)``."""

    def __init__(self, name="random_packets", *, count: int = 20, min_len: int = 1,
                 max_len: int = 256, side_fn: Callable | None = None,
                 rng: random.Random | None = None):
        super().__init__(name)
        if not 1 <= min_len <= max_len:
            raise ValueError(f"bad packet length range [{min_len}, {max_len}]")
        self.count, self.min_len, self.max_len = count, min_len, max_len
        self.side_fn = side_fn
        self.rng = rng or random.Random()

    async def body(self):
        for i in range(self.count):
            n = self.rng.randint(self.min_len, self.max_len)
            side = self.side_fn(self.rng) if self.side_fn else None
            item = PacketItem(f"pkt{i}", self.rng.randbytes(n), side)
            await self.start_item(item)
            await self.finish_item(item)


class StreamDriver(uvm_driver):
    """Sends sequence items through the StreamSource found in ConfigDB under ``bfm_key``.

    Every item sent is also written to ``ap`` so a scoreboard can predict from the stimulus.
    """

    bfm_key = "source"

    def build_phase(self):
        self.ap = uvm_analysis_port("ap", self)

    def end_of_elaboration_phase(self):
        self.bfm = ConfigDB().get(self, "", self.bfm_key)

    async def run_phase(self):
        while True:
            item = await self.seq_item_port.get_next_item()
            self.bfm.send_packet(item.payload, item.side)
            self.ap.write(item)
            self.seq_item_port.item_done()


class StreamMonitor(uvm_component):
    """Publishes every packet received by the StreamSink under ConfigDB ``bfm_key`` on ``ap``."""

    bfm_key = "sink"

    def build_phase(self):
        self.ap = uvm_analysis_port("ap", self)

    def end_of_elaboration_phase(self):
        self.bfm = ConfigDB().get(self, "", self.bfm_key)

    async def run_phase(self):
        while True:
            payload, side = await self.bfm.recv()
            self.ap.write(PacketItem("observed", payload, side))


class Scoreboard(uvm_component):
    """Compares DUT output with a reference model's prediction.

    Connect the stimulus to ``expected_export`` and the DUT's output to ``actual_export``. The
    reference model is a callable ``model(item) -> iterable of expected output items`` (so a
    model may drop, split or transform). Order is checked within each ``key(item)`` class
    (e.g. per VL); across classes any interleaving is accepted. Set ``model`` and ``key`` before
    the run (``Scoreboard.create(...)`` then assign, or subclass).

    Mismatches, unexpected outputs and, at ``check_phase``, outputs still missing are errors;
    ``errors`` lists them and ``check_phase`` raises ``AssertionError`` if there is any, so a
    test using the scoreboard fails on any discrepancy.
    """

    model: Callable[[object], Iterable[object]] = staticmethod(lambda item: [item])
    key: Callable[[object], Hashable] = staticmethod(lambda item: None)

    def build_phase(self):
        self.expected_fifo = uvm_tlm_analysis_fifo("expected_fifo", self)
        self.actual_fifo = uvm_tlm_analysis_fifo("actual_fifo", self)
        self.expected_export = self.expected_fifo.analysis_export
        self.actual_export = self.actual_fifo.analysis_export
        self.pending: dict = defaultdict(deque)
        self.errors: list[str] = []
        self.matched = 0

    def _drain_expected(self):
        while True:
            ok, item = self.expected_fifo.try_get()
            if not ok:
                return
            for exp in self.model(item):
                self.pending[self.key(exp)].append(exp)

    def compare(self, actual) -> None:
        self._drain_expected()
        queue = self.pending.get(self.key(actual))
        if not queue:
            self.errors.append(f"unexpected output {actual}")
            return
        exp = queue.popleft()
        if exp != actual:
            self.errors.append(f"mismatch: expected {exp}, got {actual}")
        else:
            self.matched += 1

    async def run_phase(self):
        while True:
            actual = await self.actual_fifo.get()
            self.compare(actual)

    def check_phase(self):
        self._drain_expected()
        while True:
            ok, item = self.actual_fifo.try_get()
            if not ok:
                break
            self.compare(item)
        missing = [str(x) for q in self.pending.values() for x in q]
        if missing:
            self.errors.append(f"{len(missing)} expected outputs never arrived: "
                               f"{missing[:3]}")
        for e in self.errors:
            self.logger.error(e)
        self.logger.info(f"scoreboard: {self.matched} matched, {len(self.errors)} errors")
        assert not self.errors, f"scoreboard found {len(self.errors)} errors: {self.errors[:3]}"


class CoverageHook(uvm_subscriber):
    """Samples every written item into cocotb-coverage cover points.

    ``points`` maps a cover-point name (dotted, e.g. ``"link.vl"``) to ``(xf, bins)`` where
    ``xf(item)`` gives the value to bin. ``coverage()`` returns the percentage per point; a test
    can assert a minimum, and ``coverage_db.export_to_yaml`` writes the database.
    """

    points: dict[str, tuple[Callable, list]] = {}

    def build_phase(self):
        sampler = lambda item: item  # noqa: E731 (the decorated function is the sampler)
        for name, (xf, bins) in self.points.items():
            sampler = CoverPoint(name, xf=xf, bins=list(bins))(sampler)
        self._sample = sampler

    def write(self, item):
        self._sample(item)

    def coverage(self) -> dict[str, float]:
        return {name: coverage_db[name].cover_percentage for name in self.points}
