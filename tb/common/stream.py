"""cocotb bus functional models for the packet stream (``hdl_py.lib.stream``).

Amaranth flattens a stream port ``i`` into ``i__valid``, ``i__ready`` and one packed
``i__payload`` vector; the payload layout (offsets of data, nbytes, first, last, side) comes
from the same ``packet_layout`` the gateware uses, so there is no second field table here.
cocotbext-axi's AXI-Stream models expect separate tdata/tkeep/tlast signals, hence these BFMs.

Handshake sampling follows cocotbext-axi: right after a rising edge the signals still show the
values they had at that edge, so ``valid & ready`` read then is the transfer that just happened.
"""

from __future__ import annotations

import random
from collections import deque

import cocotb
from amaranth.hdl import Shape
from amaranth.lib import data
from cocotb.triggers import Event, RisingEdge

from hdl_py.lib.stream import beats_to_packets, packet_layout, packet_to_beats


def pack(layout: data.Layout, values) -> int:
    """Pack a dict (nested for struct fields) or int into the layout's bit vector."""
    if isinstance(values, int):
        return values
    if not isinstance(layout, data.StructLayout):
        raise TypeError(f"cannot pack a dict into {layout!r}")
    word = 0
    for name, field in layout:
        if name not in values:
            continue
        v = values[name]
        shape = field.shape
        if isinstance(shape, data.Layout):
            v = pack(shape, v)
        width = Shape.cast(shape).width
        if not 0 <= int(v) < (1 << width):
            raise ValueError(f"field {name}={v} does not fit {width} bits")
        word |= int(v) << field.offset
    return word


def unpack(layout: data.Layout, word: int):
    """Unpack a bit vector into a dict following the layout (nested for struct fields)."""
    if not isinstance(layout, data.StructLayout):
        return word
    out = {}
    for name, field in layout:
        shape = field.shape
        width = Shape.cast(shape).width
        v = (word >> field.offset) & ((1 << width) - 1)
        out[name] = unpack(shape, v) if isinstance(shape, data.Layout) else v
    return out


class _Port:
    def __init__(self, dut, prefix: str):
        try:
            self.valid = getattr(dut, f"{prefix}__valid")
            self.ready = getattr(dut, f"{prefix}__ready")
            self.payload = getattr(dut, f"{prefix}__payload")
        except AttributeError as e:
            raise AttributeError(f"no stream port '{prefix}' (want {prefix}__valid/ready/"
                                 f"payload) on {dut._name}") from e


class StreamSource:
    """Drives beats into a DUT's stream input port.

    Parameters
    ----------
    dut, prefix : the toplevel and the port's Python name (``"i"`` for ``i__valid``).
    clock : the clock signal.
    data_bytes, side : the packet layout parameters, as given to the gateware.
    idle : probability of inserting an idle cycle before a beat (valid low).
    rng : ``random.Random`` for idle insertion (seeded by the test).
    """

    def __init__(self, dut, prefix: str, clock, *, data_bytes: int = 32, side=None,
                 idle: float = 0.0, rng: random.Random | None = None):
        self.port = _Port(dut, prefix)
        self.clock = clock
        self.data_bytes = data_bytes
        self.side = side
        self.layout = packet_layout(data_bytes, side)
        self.idle = idle
        self.rng = rng or random.Random(0)
        self.queue: deque = deque()
        self.sent_beats = 0
        self._idle_event = Event()
        self.port.valid.value = 0
        self._task = cocotb.start_soon(self._run())

    def send_packet(self, payload: bytes, side=None) -> None:
        """Queue a whole packet; it is cut into beats with ``packet_to_beats``."""
        for beat in packet_to_beats(payload, self.data_bytes, side):
            self.queue.append(beat)

    def send_beat(self, beat: dict) -> None:
        """Queue one raw beat (for malformed-sequence tests)."""
        self.queue.append(beat)

    async def wait_idle(self) -> None:
        while self.queue or int(self.port.valid.value):
            self._idle_event.clear()
            await self._idle_event.wait()

    async def _run(self) -> None:
        valid = False
        while True:
            await RisingEdge(self.clock)
            if valid and int(self.port.ready.value):
                self.sent_beats += 1
                valid = False
            if not valid:
                if self.queue and not (self.idle and self.rng.random() < self.idle):
                    self.port.payload.value = pack(self.layout, self.queue.popleft())
                    valid = True
                self.port.valid.value = int(valid)
            if not valid and not self.queue:
                self._idle_event.set()

    def stop(self) -> None:
        self._task.cancel()


class StreamSink:
    """Accepts beats from a DUT's stream output port, with random backpressure.

    Collected beats are turned into packets by ``beats_to_packets`` (which rejects malformed
    sequences); ``packets`` holds ``(payload, side)`` tuples in arrival order.
    """

    def __init__(self, dut, prefix: str, clock, *, data_bytes: int = 32, side=None,
                 backpressure: float = 0.0, rng: random.Random | None = None):
        self.port = _Port(dut, prefix)
        self.clock = clock
        self.data_bytes = data_bytes
        self.layout = packet_layout(data_bytes, side)
        self.backpressure = backpressure
        self.rng = rng or random.Random(1)
        self.beats: list[dict] = []
        self.packets: deque = deque()
        self._partial: list[dict] = []
        self._event = Event()
        self.port.ready.value = 0
        self._task = cocotb.start_soon(self._run())

    async def _run(self) -> None:
        while True:
            await RisingEdge(self.clock)
            if int(self.port.valid.value) and int(self.port.ready.value):
                beat = unpack(self.layout, int(self.port.payload.value))
                self.beats.append(beat)
                self._partial.append(beat)
                if beat["last"]:
                    (payload,) = beats_to_packets(self._partial, self.data_bytes)
                    self.packets.append((payload, self._partial[0].get("side")))
                    self._partial = []
                    self._event.set()
            ready = not (self.backpressure and self.rng.random() < self.backpressure)
            self.port.ready.value = int(ready)

    async def recv(self):
        """Wait for and return the next ``(payload, side)`` packet."""
        while not self.packets:
            self._event.clear()
            await self._event.wait()
        return self.packets.popleft()

    def stop(self) -> None:
        self._task.cancel()
