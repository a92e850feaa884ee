"""Generic codec behaviour: errors, enums, unions, arrays, prefixes."""

import re

import pytest
from amaranth.hdl import unsigned
from amaranth.lib import data, enum

from hdl_py.proto import (
    CcMode,
    Cna16Header,
    LinkCfg,
    LinkHeader,
    Rtph,
    SqeBasicBlock,
    TaOpcode,
    TpOpcode,
    byte_order_of,
    decode,
    decode_prefix,
    encode,
    host_struct,
    leaf_fields,
    pack,
    size_of,
    unpack,
    wire_header,
)


class _Kind(enum.Enum, shape=2):
    A = 0
    B = 2


@wire_header(nbytes=3)
class _Demo(data.Struct):
    """Small header exercising arrays, nested unions and enums (declared LSB first)."""
    arr: data.ArrayLayout(unsigned(4), 3)   # bits [11:0], element 0 lowest
    kind: _Kind                              # bits [13:12]
    flag: unsigned(1)                        # bit 14
    top: unsigned(9)                         # bits [23:15]


# -- sizes and byte counts ---------------------------------------------------------------------

def test_truncated_input_names_header_and_sizes():
    with pytest.raises(ValueError, match=r"Rtph: truncated input, 15 bytes for a 16-byte header"):
        decode(Rtph, bytes(15))
    with pytest.raises(ValueError, match=r"Rtph: truncated input, 0 bytes"):
        decode(Rtph, b"")


def test_oversized_input_names_header_and_sizes():
    with pytest.raises(ValueError, match=r"Rtph: oversized input, 17 bytes for a 16-byte header"):
        decode(Rtph, bytes(17))


def test_decode_prefix_returns_rest():
    header = encode(Rtph, tp_opcode=TpOpcode.ACK, psn=7)
    fields, rest = decode_prefix(Rtph, header + b"payload")
    assert fields["tp_opcode"] is TpOpcode.ACK and fields["psn"] == 7
    assert rest == b"payload"
    fields, rest = decode_prefix(Rtph, bytearray(header))
    assert rest == b"" and fields["psn"] == 7
    with pytest.raises(ValueError, match=r"Rtph: truncated input, 5 bytes for a 16-byte header"):
        decode_prefix(Rtph, header[:5])


def test_decode_accepts_bytes_like_and_rejects_text():
    raw = encode(LinkHeader, vl=1)
    assert decode(LinkHeader, bytearray(raw)) == decode(LinkHeader, memoryview(raw))
    with pytest.raises(TypeError, match="bytes-like"):
        decode(LinkHeader, "0000")
    with pytest.raises(TypeError, match="bytes-like"):
        decode(LinkHeader, [0, 0, 0, 0])


def test_size_and_byte_order_of_untagged_layouts():
    class Untagged(data.Struct):
        a: unsigned(12)
        b: unsigned(4)

    assert size_of(Untagged) == 2 and byte_order_of(Untagged) == "big"
    assert encode(Untagged, a=0xABC, b=0xD) == bytes.fromhex("dabc")

    class Odd(data.Struct):
        a: unsigned(3)

    with pytest.raises(ValueError, match="3 bits, not a whole number of bytes"):
        size_of(Odd)


def test_tag_checks_declared_size():
    class Short(data.Struct):
        a: unsigned(30)

    with pytest.raises(TypeError, match=r"Short is declared as 4 bytes \(32 bits\) but its "
                                        r"layout is 30 bits"):
        wire_header(nbytes=4)(Short)
    with pytest.raises(TypeError, match="not an Amaranth data.Struct"):
        host_struct(nbytes=4)(int)
    with pytest.raises(TypeError, match="positive integer"):
        wire_header(nbytes=0)


# -- field values ------------------------------------------------------------------------------

def test_out_of_range_value_names_field():
    with pytest.raises(ValueError, match=r"Rtph: field 'psn' value 16777216 does not fit in "
                                         r"unsigned\(24\)"):
        encode(Rtph, psn=1 << 24)
    with pytest.raises(ValueError, match=r"field 'psn' value -1 does not fit"):
        encode(Rtph, psn=-1)
    with pytest.raises(ValueError, match=r"Cna16Header: field 'cc.info.caqm.hint' value 256"):
        encode(Cna16Header, cc={"info": {"caqm": {"hint": 256}}})
    with pytest.raises(ValueError, match=r"field 'plen' value 16384 does not fit"):
        encode(LinkHeader, plen=1 << 14)
    with pytest.raises(ValueError, match=r"field 'arr\[2\]' value 16"):
        encode(_Demo, arr=[0, 0, 16])


def test_maximum_values_fit():
    raw = encode(Rtph, psn=(1 << 24) - 1, src_tpn=(1 << 24) - 1)
    assert decode(Rtph, raw)["psn"] == (1 << 24) - 1


def test_unknown_field_names_raise():
    with pytest.raises(ValueError, match=r"Rtph: header has no field 'pns' \(fields: .*psn"):
        encode(Rtph, pns=1)
    with pytest.raises(ValueError, match=r"Cna16Header: field 'cc' has no field 'moed'"):
        encode(Cna16Header, cc={"moed": CcMode.FECN})
    with pytest.raises(ValueError, match=r"union 'cc.info' has no member 'dcqcn'"):
        encode(Cna16Header, cc={"info": {"dcqcn": 0}})


def test_field_given_twice_raises():
    with pytest.raises(ValueError, match="fields given twice: psn"):
        encode(Rtph, {"psn": 1}, psn=2)
    assert encode(Rtph, {"psn": 1}, src_tpn=2) == encode(Rtph, psn=1, src_tpn=2)


def test_wrong_types_raise_type_error():
    with pytest.raises(TypeError, match=r"field 'psn' needs an int"):
        encode(Rtph, psn="1")
    with pytest.raises(TypeError, match=r"field 'psn' needs an int"):
        encode(Rtph, psn=1.0)
    with pytest.raises(TypeError, match=r"field 'tp_opcode' needs a TpOpcode member"):
        encode(Rtph, tp_opcode=TaOpcode.SEND)
    with pytest.raises(TypeError, match=r"field 'psn' needs an int"):
        encode(Rtph, psn=TpOpcode.ACK)
    with pytest.raises(TypeError, match=r"field 'cc' needs a mapping"):
        encode(Cna16Header, cc=[1, 2])
    with pytest.raises(TypeError, match=r"field 'arr' needs a sequence"):
        encode(_Demo, arr={"0": 1})
    with pytest.raises(TypeError, match="fields must be a mapping"):
        encode(Rtph, [("psn", 1)])


def test_bool_is_accepted_for_one_bit_fields():
    assert encode(Rtph, ack_req=True) == encode(Rtph, ack_req=1)


def test_missing_fields_are_zero():
    assert encode(Rtph) == bytes(16)
    assert decode(Rtph, bytes(16))["tp_opcode"] is TpOpcode.UNRELIABLE_TA


# -- enums -------------------------------------------------------------------------------------

def test_enum_field_decodes_to_member():
    fields = decode(LinkHeader, encode(LinkHeader, cfg=LinkCfg.CNA24))
    assert fields["cfg"] is LinkCfg.CNA24


def test_unknown_enum_value_strict_and_lenient():
    raw = encode(Rtph, tp_opcode=4)   # 4 is reserved: a raw int builds a malformed header
    assert raw[0] == 4
    with pytest.raises(ValueError, match=r"Rtph: field 'tp_opcode' value 0x4 is not a TpOpcode "
                                         r"member \(UNRELIABLE_TA=0, RELIABLE_TA=1"):
        decode(Rtph, raw)
    fields = decode(Rtph, raw, strict=False)
    assert fields["tp_opcode"] == 4 and not isinstance(fields["tp_opcode"], TpOpcode)
    assert encode(Rtph, fields) == raw
    # Nested enum fields are reported with their path.
    with pytest.raises(ValueError, match=r"Cna16Header: field 'cc.mode' value 0x1 is not a "
                                         r"CcMode member"):
        decode(Cna16Header, bytes.fromhex("0000 0000 2000 0000"))
    with pytest.raises(ValueError, match=r"_Demo: field 'kind' value 0x1"):
        unpack(_Demo, 1 << 12)


def test_enum_raw_int_must_fit():
    with pytest.raises(ValueError, match=r"field 'kind' value 4 does not fit in unsigned\(2\)"):
        encode(_Demo, kind=4)


# -- aggregates --------------------------------------------------------------------------------

def test_array_field_order_and_length():
    raw = encode(_Demo, arr=[0x1, 0x2, 0x3], kind=_Kind.B, flag=1, top=0x1FF)
    # top[8:0] | flag | kind | arr[2] arr[1] arr[0]  (MSB first)
    assert int.from_bytes(raw, "big") == (0x1FF << 15) | (1 << 14) | (2 << 12) | 0x321
    assert decode(_Demo, raw)["arr"] == [1, 2, 3]
    with pytest.raises(ValueError, match=r"field 'arr' needs 3 items, got 2"):
        encode(_Demo, arr=[1, 2])


def test_union_members_must_agree():
    both = {"caqm": {"location": 1, "hint": 5},
            "fecn": {"location": 1, "timestamp": 1, "fecn": 1}}
    assert encode(Cna16Header, cc={"info": both}) == encode(
        Cna16Header, cc={"info": {"caqm": {"location": 1, "hint": 5}}})
    clash = {"caqm": {"hint": 5}, "fecn": {"fecn": 2}}
    with pytest.raises(ValueError, match=r"union 'cc.info' members 'caqm' and 'fecn' encode to "
                                         r"different bits"):
        encode(Cna16Header, cc={"info": clash})


def test_union_decodes_every_member():
    cc = decode(Cna16Header, bytes.fromhex("0000 0000 9fff 0000"))["cc"]
    assert cc["mode"] is CcMode.FECN
    assert cc["info"]["fecn"] == {"fecn": 3, "timestamp": 0x3FF, "location": 1}
    assert cc["info"]["caqm"] == {"hint": 0xFF, "i": 1, "c": 1, "enable": 1, "rsvd0": 1,
                                  "location": 1}


def test_aggregate_accepts_raw_bits():
    assert encode(LinkHeader, rt=0b10) == encode(LinkHeader, rt={"lb_mode": 1})
    assert encode(_Demo, arr=0x321) == encode(_Demo, arr=[1, 2, 3])


def test_pack_unpack_integer_value():
    value = pack(Rtph, psn=0x123456)
    assert value == 0x123456 << 32
    assert unpack(Rtph, value)["psn"] == 0x123456
    with pytest.raises(ValueError, match=r"Rtph: value .* does not fit in 128 bits"):
        unpack(Rtph, 1 << 128)
    with pytest.raises(TypeError, match="value must be an int"):
        unpack(Rtph, b"\x00")


def test_little_endian_descriptor_byte_order():
    raw = encode(SqeBasicBlock, ctl={"sqe_bb_idx": 0x1234})
    assert raw[:2] == bytes.fromhex("3412")
    raw = encode(SqeBasicBlock, sge={"va": 0x0102030405060708})
    assert raw[56:] == bytes.fromhex("0807060504030201")


def test_leaf_fields_cover_every_bit_once_outside_unions():
    for cls in (Rtph, LinkHeader, SqeBasicBlock, _Demo):
        covered = 0
        for leaf in leaf_fields(cls):
            mask = ((1 << leaf.width) - 1) << leaf.offset
            assert not covered & mask, leaf
            covered |= mask
        assert covered == (1 << (8 * size_of(cls))) - 1
    paths = [leaf.path for leaf in leaf_fields(Cna16Header)]
    assert "cc.info.caqm.hint" in paths and "cc.info.fecn.fecn" in paths
    hint = next(leaf for leaf in leaf_fields(Cna16Header) if leaf.path == "cc.info.caqm.hint")
    assert (hint.offset, hint.width, hint.msb, hint.union) == (16, 8, 23, "cc.info")
    assert re.fullmatch(r"LeafField\('cc.info.caqm.hint', offset=16, width=8\)", repr(hint))
