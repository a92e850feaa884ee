"""Packet stream layout, signature and the pure-Python beat codecs."""

import random

import pytest
from amaranth.hdl import Module, unsigned
from amaranth.lib import data, stream, wiring
from amaranth.lib.wiring import In, Out
from hypothesis import given, settings
from hypothesis import strategies as st

from hdl_py.lib.stream import (
    PacketSignature,
    beats_to_packets,
    packet_layout,
    packet_to_beats,
)

from .simhelpers import packet_get_beats, packet_put, run_simulation, seeded

SIDE = data.StructLayout({"vl": 4, "tpn": 24})


@pytest.mark.parametrize("data_bytes, nbytes_width", [(1, 1), (4, 3), (32, 6), (256, 9)])
def test_layout_fields(data_bytes, nbytes_width):
    layout = packet_layout(data_bytes)
    assert [name for name, _ in layout] == ["data", "nbytes", "first", "last"]
    assert layout["data"].shape == unsigned(8 * data_bytes)
    assert layout["nbytes"].shape == unsigned(nbytes_width)
    assert layout["first"].shape == unsigned(1)
    assert layout["last"].shape == unsigned(1)
    # data is the lowest field, so byte lane 0 is bit 0 of the payload.
    assert layout["data"].offset == 0
    assert layout.size == 8 * data_bytes + nbytes_width + 2


def test_layout_default_and_side():
    assert packet_layout() == packet_layout(32)
    layout = packet_layout(8, side=SIDE)
    assert [name for name, _ in layout] == ["data", "nbytes", "first", "last", "side"]
    assert layout["side"].shape == SIDE
    assert packet_layout(8, side=unsigned(3))["side"].shape == unsigned(3)


def test_signature():
    sig = PacketSignature(8, side=SIDE)
    assert sig == stream.Signature(packet_layout(8, side=SIDE))
    assert sig != PacketSignature(8)
    assert PacketSignature() == stream.Signature(packet_layout(32))


@pytest.mark.parametrize("bad", [0, 3, 12, 512, -4])
def test_bad_data_bytes_value(bad):
    with pytest.raises(ValueError, match="power of two from 1 to 256"):
        packet_layout(bad)
    with pytest.raises(ValueError, match="power of two from 1 to 256"):
        packet_to_beats(b"x", bad)
    with pytest.raises(ValueError, match="power of two from 1 to 256"):
        beats_to_packets([], bad)


@pytest.mark.parametrize("bad", ["4", 4.0, True, None])
def test_bad_data_bytes_type(bad):
    with pytest.raises(TypeError, match="data_bytes must be an integer"):
        packet_layout(bad)


def test_bad_side():
    with pytest.raises(TypeError, match="side must be a shape-like"):
        packet_layout(4, side="vl")


def test_packet_to_beats_exact():
    beats = packet_to_beats(bytes(range(1, 11)), 4, side=5)
    assert beats == [
        {"data": 0x04030201, "nbytes": 4, "first": 1, "last": 0, "side": 5},
        {"data": 0x08070605, "nbytes": 4, "first": 0, "last": 0, "side": 5},
        {"data": 0x0A09, "nbytes": 2, "first": 0, "last": 1, "side": 5},
    ]
    assert packet_to_beats(b"\xab", 32) == [{"data": 0xAB, "nbytes": 1, "first": 1, "last": 1}]
    assert packet_to_beats(bytes(8), 8) == [{"data": 0, "nbytes": 8, "first": 1, "last": 1}]


def test_packet_to_beats_rejects():
    with pytest.raises(ValueError, match="payload must not be empty"):
        packet_to_beats(b"", 4)
    with pytest.raises(TypeError, match="payload must be bytes-like"):
        packet_to_beats([1, 2, 3], 4)


@pytest.mark.parametrize("data_bytes", [1, 4, 32])
def test_round_trip_random(data_bytes):
    rng = random.Random(data_bytes)
    packets = [rng.randbytes(rng.randint(1, 100)) for _ in range(50)]
    beats = [beat for packet in packets for beat in packet_to_beats(packet, data_bytes)]
    assert len(beats) == sum(-(-len(p) // data_bytes) for p in packets)
    assert beats_to_packets(beats, data_bytes) == packets


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(min_size=1, max_size=70), max_size=6),
       st.sampled_from([1, 2, 8, 16]))
def test_round_trip_property(packets, data_bytes):
    beats = [beat for packet in packets for beat in packet_to_beats(packet, data_bytes)]
    assert all(1 <= beat["nbytes"] <= data_bytes for beat in beats)
    assert beats_to_packets(beats, data_bytes) == packets


def test_beats_to_packets_ignores_unused_lanes():
    beats = [{"data": 0xFFFFFF11, "nbytes": 1, "first": 1, "last": 1}]
    assert beats_to_packets(beats, 4) == [b"\x11"]


def _beat(data=0, nbytes=4, first=0, last=0):
    return {"data": data, "nbytes": nbytes, "first": first, "last": last}


@pytest.mark.parametrize("beats, message", [
    ([_beat(last=1)], r"beat 0: last before first"),
    ([_beat(), _beat(last=1)], r"beat 0: missing first"),
    ([_beat(first=1, last=1), _beat(nbytes=4)], r"beat 1: missing first"),
    ([_beat(first=1), _beat(first=1, last=1)], r"beat 1: first set inside an unfinished"),
    ([_beat(first=1, last=1, nbytes=0)], r"beat 0: nbytes 0 is outside 1\.\.4"),
    ([_beat(first=1, last=1, nbytes=5)], r"beat 0: nbytes 5 is outside 1\.\.4"),
    ([_beat(first=1, nbytes=3), _beat(last=1)], r"beat 0: nbytes 3 < data_bytes 4 .* not last"),
    ([_beat(first=1), _beat()], r"ends inside a packet"),
    ([_beat(first=1, last=1, data=1 << 32)], r"beat 0: data 0x100000000 does not fit"),
    ([{"data": 0, "nbytes": 4, "first": 1}], r"beat 0: missing key 'last'"),
])
def test_beats_to_packets_malformed(beats, message):
    with pytest.raises(ValueError, match=message):
        beats_to_packets(beats, 4)


class _PassThrough(wiring.Component):
    """A wire from ``i`` to ``o``: exercises the signature and the simulation helpers."""

    def __init__(self, data_bytes, side):
        super().__init__({
            "i": In(PacketSignature(data_bytes, side)),
            "o": Out(PacketSignature(data_bytes, side)),
        })

    def elaborate(self, platform):
        m = Module()
        wiring.connect(m, wiring.flipped(self.i), wiring.flipped(self.o))
        return m


@pytest.mark.parametrize("data_bytes, side", [(4, None), (16, SIDE)])
def test_helpers_through_signature(data_bytes, side):
    rng = seeded(1000 + data_bytes)
    dut = _PassThrough(data_bytes, side)
    packets = [rng.randbytes(rng.randint(1, 3 * data_bytes)) for _ in range(20)]
    sides = [{"vl": rng.randrange(16), "tpn": rng.randrange(1 << 24)} if side else None
             for _ in packets]
    received = []

    async def producer(ctx):
        for packet, sideband in zip(packets, sides, strict=True):
            await packet_put(ctx, dut.i, packet, data_bytes, side=sideband, rng=rng, idle=0.3)

    async def consumer(ctx):
        for _ in packets:
            received.append(await packet_get_beats(ctx, dut.o, rng=rng, backpressure=0.3))

    run_simulation(dut, producer, consumer)
    for beats, packet, sideband in zip(received, packets, sides, strict=True):
        assert beats == packet_to_beats(packet, data_bytes, sideband)
