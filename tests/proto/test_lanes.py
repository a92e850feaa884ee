"""Gateware side: headers assigned field by field in a simulated module, byte lanes, reversal."""

import random

import pytest
from amaranth.hdl import Array, Const, Module, Signal
from amaranth.sim import Simulator

from hdl_py.proto import (
    HEADERS,
    CreditAckBlock,
    LinkCfg,
    LinkHeader,
    Rtph,
    TpOpcode,
    byte_order_of,
    credit_fields,
    decode,
    encode,
    header_to_lanes,
    lanes_to_header,
    pack,
    sack_layout,
    size_of,
    wire_bytes_reversed,
)

from .helpers import (
    as_value,
    expected_byte_order,
    first_member_leaves,
    flatten,
    random_fields,
    resolve,
)

VECTORS = 12
EXTRA_LANE_BYTES = 8


def _run(module, testbench):
    sim = Simulator(module)
    sim.add_testbench(testbench)
    sim.run()


def _lane_bytes(value, nbytes):
    """Bytes of a lane value, lane 0 (bits [7:0]) first."""
    return value.to_bytes(nbytes, "little")


@pytest.mark.parametrize("cls", [*HEADERS, sack_layout(64)], ids=lambda c: c.__name__)
def test_simulated_struct_matches_codec(cls):
    """A module assigns every field of a header signal from its own input; the testbench
    compares the raw struct value and its byte lanes with the codec. A second path takes codec
    bytes in stream lanes (plus unrelated bytes above them) and reads the fields back."""
    nbytes = size_of(cls)
    m = Module()
    header = Signal(cls)
    leaves = first_member_leaves(cls)
    inputs = {}
    for path, width in leaves:
        inputs[path] = Signal(width, name="in_" + path.replace(".", "_").replace("[", "_")
                              .replace("]", ""))
        m.d.comb += as_value(resolve(header, path)).eq(inputs[path])
    lanes_out = Signal(8 * nbytes)
    m.d.comb += lanes_out.eq(header_to_lanes(header))
    lanes_in = Signal(8 * (nbytes + EXTRA_LANE_BYTES))
    parsed = lanes_to_header(lanes_in, cls)

    rng = random.Random(f"{cls.__name__}-lanes")
    vectors = [random_fields(cls, rng) for _ in range(VECTORS)]

    async def testbench(ctx):
        for fields in vectors:
            for path, value in flatten(fields).items():
                ctx.set(inputs[path], value)
            raw = encode(cls, fields)
            value = ctx.get(header.as_value())
            assert value == pack(cls, fields)
            # Lane k carries wire (or memory) byte k: for a wire header, the struct value's
            # most significant byte goes first.
            assert _lane_bytes(ctx.get(lanes_out), nbytes) == raw
            assert raw == value.to_bytes(nbytes, expected_byte_order(cls))

            junk = rng.getrandbits(8 * EXTRA_LANE_BYTES)
            ctx.set(lanes_in, int.from_bytes(raw, "little") | (junk << (8 * nbytes)))
            for path, value in flatten(fields).items():
                assert ctx.get(as_value(resolve(parsed, path))) == value, path

    _run(m, testbench)


def test_known_link_header_in_lanes():
    """A link header with vl=3, cfg=CNA16, plen=100 lands in lanes 0..3 as 00 66 00 64."""
    m = Module()
    header = Signal(LinkHeader)
    lanes = Signal(32)
    m.d.comb += [
        header.vl.eq(3),
        header.cfg.eq(LinkCfg.CNA16),
        header.plen.as_value().eq(100),
        lanes.eq(header_to_lanes(header)),
    ]

    async def testbench(ctx):
        assert _lane_bytes(ctx.get(lanes), 4) == bytes.fromhex("00 66 00 64")
        assert ctx.get(header.as_value()) == 0x00660064

    _run(m, testbench)


def test_wire_bytes_reversed_is_pure_wiring_and_involution():
    value = Const(0x0102030405, 40)
    m = Module()
    once = Signal(40)
    twice = Signal(40)
    m.d.comb += [once.eq(wire_bytes_reversed(value)), twice.eq(wire_bytes_reversed(once))]

    async def testbench(ctx):
        assert ctx.get(once) == 0x0504030201
        assert ctx.get(twice) == 0x0102030405

    _run(m, testbench)
    with pytest.raises(ValueError, match="12-bit value"):
        wire_bytes_reversed(Signal(12))


def test_lane_helper_errors():
    with pytest.raises(TypeError, match="give shape="):
        header_to_lanes(Signal(32))
    assert len(header_to_lanes(Signal(32), shape=LinkHeader)) == 32
    with pytest.raises(ValueError, match="LinkHeader is 32 bits, the value is 16 bits"):
        header_to_lanes(Signal(16), shape=LinkHeader)
    with pytest.raises(ValueError, match="Rtph needs 128 bits of lanes, got 64"):
        lanes_to_header(Signal(64), Rtph)


def test_header_placed_in_a_stream_beat():
    """An RTPH placed after a link header in a 32-byte beat: lanes 4..19 carry the RTPH bytes."""
    m = Module()
    link = Signal(LinkHeader)
    rtph = Signal(Rtph)
    beat = Signal(256)
    m.d.comb += [
        link.cfg.eq(LinkCfg.CNA16),
        rtph.tp_opcode.eq(TpOpcode.RELIABLE_TA),
        rtph.psn.eq(0xABCDEF),
        rtph.dst_tpn.eq(0x000102),
        beat[:32].eq(header_to_lanes(link)),
        beat[32:160].eq(header_to_lanes(rtph)),
    ]

    async def testbench(ctx):
        lanes = _lane_bytes(ctx.get(beat), 32)
        assert lanes[:4] == encode(LinkHeader, cfg=LinkCfg.CNA16)
        assert lanes[4:20] == encode(Rtph, tp_opcode=TpOpcode.RELIABLE_TA, psn=0xABCDEF,
                                     dst_tpn=0x000102)
        assert decode(Rtph, lanes[4:20])["psn"] == 0xABCDEF

    _run(m, testbench)


def test_credit_fields_index_by_vl():
    m = Module()
    block = Signal(CreditAckBlock)
    vl = Signal(4)
    credit = Signal(6)
    m.d.comb += credit.eq(Array(credit_fields(block))[vl])
    credits = {f"credit_vl{i}": (7 * i + 3) % 64 for i in range(16)}
    raw = encode(CreditAckBlock, credits)

    async def testbench(ctx):
        ctx.set(block.as_value(), int.from_bytes(raw, byte_order_of(CreditAckBlock)))
        for index in range(16):
            ctx.set(vl, index)
            assert ctx.get(credit) == credits[f"credit_vl{index}"]

    _run(m, testbench)
