"""Every header: round trip, agreement with Amaranth's own layout handling, size, known bytes."""

import pytest
from amaranth.lib import data
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hdl_py.proto import (
    HEADERS,
    Atah,
    Bcrc,
    CcMode,
    Cetph,
    Cna16Header,
    Cna24Header,
    CqeOpcode,
    CqeStatus,
    CrdAckBlock,
    CreditAckBlock,
    HwOpcode,
    InitBlock,
    Lbh,
    LbMode,
    Lch,
    LinkCfg,
    LinkControlHeader,
    LinkHeader,
    LinkTrailer,
    Lph,
    Maetah,
    MaetahCompact,
    NetNlp,
    NobBlock,
    NullBlock,
    PlaceOrder,
    RetryAckBlock,
    RetryIdleBlock,
    RetryReqBlock,
    RoutePolicy,
    Rtph,
    Sge,
    SqeBasicBlock,
    SqeCtl,
    Tah,
    TaOpcode,
    TaOrder,
    TargetType,
    TaRspStatus,
    TpNlp,
    TpOpcode,
    byte_order_of,
    decode,
    encode,
    pack,
    sack_layout,
    size_of,
)
from hdl_py.proto import Cqe as CqeStruct

from .helpers import assert_contains, const_fields, expected_byte_order, fields_strategy

ALL = [*HEADERS, sack_layout(32), sack_layout(256), sack_layout(1024)]
SETTINGS = settings(max_examples=50, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

EXPECTED_BYTES = {
    Lph: 4, Lbh: 2, Bcrc: 4, Lch: 4, NullBlock: 20, NobBlock: 20, RetryIdleBlock: 20,
    RetryReqBlock: 20, RetryAckBlock: 20, CrdAckBlock: 40, InitBlock: 100,
    LinkHeader: 4, LinkTrailer: 6, LinkControlHeader: 4, CreditAckBlock: 40, Cna16Header: 8,
    Cna24Header: 10,
    Rtph: 16, Cetph: 8, Tah: 8, Atah: 8, Maetah: 16, MaetahCompact: 12, SqeCtl: 48, Sge: 16,
    SqeBasicBlock: 64, CqeStruct: 64,
}


def _name(cls):
    return cls.__name__


@pytest.mark.parametrize("cls", ALL, ids=_name)
@SETTINGS
@given(st.data())
def test_roundtrip(cls, draw):
    fields = draw.draw(fields_strategy(cls))
    raw = encode(cls, fields)
    assert len(raw) == size_of(cls)
    decoded = decode(cls, raw)
    assert_contains(decoded, fields)
    assert encode(cls, decoded) == raw


@pytest.mark.parametrize("cls", ALL, ids=_name)
@SETTINGS
@given(st.data())
def test_codec_matches_amaranth_const(cls, draw):
    """Bytes from the codec equal the value Amaranth builds from the same fields, read with the
    header's byte order (big-endian for wire headers: first byte = most significant)."""
    fields = draw.draw(fields_strategy(cls))
    const = data.Layout.cast(cls).const(fields)
    raw = encode(cls, fields)
    assert int.from_bytes(raw, expected_byte_order(cls)) == const.as_value().value
    assert pack(cls, fields) == const.as_value().value


@pytest.mark.parametrize("cls", ALL, ids=_name)
@SETTINGS
@given(st.data())
def test_decode_matches_amaranth_fields(cls, draw):
    """Decoding random bytes gives the same field values as Amaranth's field access on a
    ``data.Const`` of the same bits; re-encoding gives the same bytes back."""
    raw = draw.draw(st.binary(min_size=size_of(cls), max_size=size_of(cls)))
    value = int.from_bytes(raw, expected_byte_order(cls))
    const = data.Const(data.Layout.cast(cls), value)
    try:
        expected = const_fields(const, cls)
    except ValueError:
        # A field holds a value that is not a member of its enum: Amaranth refuses to build the
        # member, and the strict codec must refuse too; the lenient codec still round-trips.
        with pytest.raises(ValueError, match="not a"):
            decode(cls, raw)
    else:
        assert decode(cls, raw) == expected
    assert encode(cls, decode(cls, raw, strict=False)) == raw


@pytest.mark.parametrize("cls", list(EXPECTED_BYTES), ids=_name)
def test_size(cls):
    nbytes = EXPECTED_BYTES[cls]
    assert size_of(cls) == cls.BYTES == nbytes
    assert data.Layout.cast(cls).size == 8 * nbytes
    assert len(encode(cls)) == nbytes
    assert encode(cls) == bytes(nbytes)


def test_every_header_has_a_size_test():
    assert set(HEADERS) == set(EXPECTED_BYTES)


@pytest.mark.parametrize("cls", ALL, ids=_name)
def test_byte_order(cls):
    assert byte_order_of(cls) == cls.BYTE_ORDER == expected_byte_order(cls)
    assert {c for c in ALL if expected_byte_order(c) == "little"} == {
        SqeCtl, Sge, SqeBasicBlock, CqeStruct}


# -- known vectors (bytes computed by hand from the bit tables in docs/wire-formats.md) --------

def _check(cls, fields, hex_bytes):
    raw = bytes.fromhex(hex_bytes)
    assert encode(cls, fields) == raw
    assert_contains(decode(cls, raw), fields)


def test_link_header_vectors():
    # plen given as its raw 14 bits (100 = 0 blocks, 3 flits, 4 tail bytes) or as its fields.
    assert encode(LinkHeader, vl=3, cfg=LinkCfg.CNA16, plen=100) == bytes.fromhex("00 66 00 64")
    _check(LinkHeader, {"vl": 3, "cfg": LinkCfg.CNA16,
                        "plen": {"blocks": 0, "flits": 3, "tail_bytes": 4}}, "00 66 00 64")
    _check(LinkHeader, {"vl": 3, "cfg": LinkCfg.CNA16,
                        "plen": {"blocks": 0, "flits": 5, "tail_bytes": 0}}, "00 66 00 a0")
    _check(LinkHeader, {
        "crd": 1, "ack": 0, "crd_vl": 0xA, "vl": 0xF, "cfg": LinkCfg.UB_MEMORY,
        "rt": {"lb_mode": LbMode.PER_PACKET, "policy": RoutePolicy.ALL_PATHS},
        "plen": {"blocks": 15, "flits": 31, "tail_bytes": 19},
    }, "a9 e9 bf f3")
    _check(LinkHeader, {"ack": 1, "rt": {"policy": RoutePolicy.SHORTEST}}, "40 00 40 00")
    # Reserved bits: byte 0 bit 1 and byte 1 bit 4.
    _check(LinkHeader, {"rsvd0": 1, "rsvd1": 1}, "02 10 00 00")


def test_credit_ack_block_vector():
    fields = {
        "lch": {"length": 1, "pattern": 0b100000, "cfg": LinkCfg.CREDIT_CONTROL, "control": 2,
                "sub_control": 4, "sd": 1, "init_done": 0},
        "ack_number": 0x1234,
        **{f"credit_vl{vl}": vl + 1 for vl in range(16)},
        "retry_req": 1,
        "retry_seq": 0xBEEF,
    }
    _check(CreditAckBlock, fields,
           "06 00 24 80  12 34  04 20 c4  14 61 c8  24 a2 cc  34 e3 d0  80 00  be ef"
           + " 00" * 18)
    # The block CRC: 30 bits at the end of byte 36 and in bytes 37-39, two reserved bits above.
    _check(CreditAckBlock, {"crc": 0x2345_6789}, " 00" * 36 + " 23 45 67 89")
    _check(CreditAckBlock, {"crc": 0x3FFF_FFFF}, " 00" * 36 + " 3f ff ff ff")
    _check(CreditAckBlock, {"rsvd3": 3}, " 00" * 36 + " c0 00 00 00")
    _check(CreditAckBlock, {"rsvd2": 1, "retry_seq": 0x0102},
           " 00" * 20 + " 01 02" + " 00" * 13 + " 01 00 00 00 00")


def test_link_trailer_vectors():
    _check(LinkTrailer, {"seq": 0xBEEF, "crc": 0x0123_4567}, "be ef 01 23 45 67")
    _check(LinkTrailer, {"seq": 1, "crc": 0x3FFF_FFFF}, "00 01 3f ff ff ff")
    _check(LinkTrailer, {"rsvd0": 2}, "00 00 80 00 00 00")
    _check(LinkTrailer, {"crc": 1}, "00 00 00 00 00 01")


def test_cna16_vectors():
    caqm = {"mode": CcMode.CAQM,
            "info": {"caqm": {"location": 1, "enable": 0, "c": 1, "i": 0, "hint": 0x40}}}
    _check(Cna16Header, {"scna": 0x0102, "dcna": 0xA0B0, "cc": caqm, "lb": 0x5A, "sl": 0xC,
                         "mgmt": 1, "nlp": NetNlp.TRANSPORT}, "01 02 a0 b0 12 40 5a c8")
    caqm = {"info": {"caqm": {"location": 0, "enable": 1, "c": 0, "i": 1, "hint": 0x01}}}
    _check(Cna16Header, {"cc": caqm}, "00 00 00 00 05 01 00 00")
    fecn = {"mode": CcMode.FECN, "info": {"fecn": {"fecn": 3}}}
    _check(Cna16Header, {"cc": fecn}, "00 00 00 00 80 03 00 00")
    fecn_rtt = {"mode": CcMode.FECN_RTT,
                "info": {"fecn": {"location": 1, "timestamp": 0x3FF, "fecn": 1}}}
    _check(Cna16Header, {"cc": fecn_rtt}, "00 00 00 00 5f fd 00 00")
    # The C-AQM fill bit sits between location and enable.
    _check(Cna16Header, {"cc": {"info": {"caqm": {"rsvd0": 1}}}}, "00 00 00 00 08 00 00 00")


def test_cna24_vector():
    _check(Cna24Header, {"scna": 0x123456, "dcna": 0xABCDEF, "lb": 1, "sl": 3},
           "12 34 56 ab cd ef 00 00 01 30")


def test_rtph_vector():
    _check(Rtph, {
        "tp_opcode": TpOpcode.RELIABLE_TA, "tp_ver": 1, "pad": 2, "nlp": TpNlp.CIP,
        "src_tpn": 0x123456, "dst_tpn": 0xABCDEF, "ack_req": 1, "err": 0, "psn": 0x000102,
        "rsp_st": 5, "rsp_info": 0x11, "tp_msn": 0x070809,
    }, "01 63 12 34 56 ab cd ef 80 00 01 02 b1 07 08 09")
    _check(Rtph, {"err": 1, "rsvd0": 0x3F}, "00 00 00 00 00 00 00 00 7f 00 00 00 00 00 00 00")


def test_cetph_vector():
    _check(Cetph, {"ack_seq": 0xDEADBEEF, "location": 1, "i": 0, "c": 0x7F, "hint": 0x1234},
           "de ad be ef 02 7f 12 34")
    _check(Cetph, {"i": 1}, "00 00 00 00 01 00 00 00")


def test_tah_vector():
    _check(Tah, {
        "ta_opcode": TaOpcode.WRITE, "ver": 0, "ee": 2, "tv_en": 1, "poison": 0, "ud_flg": 1,
        "ini_ta_ssn": 0xBEEF, "no_ta_ack": 1, "order": TaOrder.SO, "mt_en": 0, "fce": 1,
        "retry": 0, "alloc": 1, "exclusive": 1, "ini_rc_type": 1, "ini_rc_id": 0xABCDE,
    }, "03 29 be ef a5 5a bc de")
    _check(Tah, {"rsvd0": 1, "rsvd1": 1}, "00 02 00 00 00 80 00 00")


def test_atah_vector():
    _check(Atah, {
        "ta_opcode": TaOpcode.READ_RSP, "ver": 1, "sv": 1, "poison": 1, "ini_ta_ssn": 0x0102,
        "rsp_status": TaRspStatus.RNR, "rsp_info": 0x1F, "ini_rc_type": 2,
        "ini_rc_id": 0x12345,
    }, "12 4c 01 02 3f 21 23 45")


def test_maetah_vectors():
    _check(Maetah, {"va": 0x0011223344556677, "token_id": 0xFEDCB, "len": 0x1000},
           "00 11 22 33 44 55 66 77 0f ed cb 00 00 00 10 00")
    _check(MaetahCompact, {"va": 0x123456789ABCDEC0 >> 6, "affinity_hint": 2,
                           "strong_order": 1, "len": 3, "token_id": 1},
           "12 34 56 78 9a bc de eb 00 00 01 00")


def test_sack_vector():
    _check(sack_layout(32), {"max_rcv_psn": 0x0A0B0C, "bitmap": 0x80000001},
           "00 0a 0b 0c 80 00 00 01")
    # Bit 0 of a 64-bit bitmap is the last bit on the wire.
    _check(sack_layout(64), {"bitmap": 1}, "00 00 00 00 00 00 00 00 00 00 00 01")


def test_sqe_basic_block_vector():
    fields = {
        "ctl": {
            "sqe_bb_idx": 0x1234,
            "flag": {"place_order": PlaceOrder.STRONG, "fence": 1, "complete_enable": 1},
            "token_en": 1, "rmt_jetty_type": TargetType.JETTY, "owner": 1,
            "target_hint": 0x5A, "opcode": HwOpcode.WRITE, "inline_len": 0x3FF,
            "tp_id": 0xABCDEF, "sge_num": 1, "rmt_jetty_or_seg_id": 0x12345,
            "rmt_eid": int.from_bytes(bytes(range(16)), "little"),
            "rmt_token_value": 0xCAFEBABE, "rmt_addr": 0x1122334455667788,
        },
        "sge": {"length": 0x1000, "token_id": 0xFFFFF, "va": 0x00007F00DEADB000},
    }
    _check(SqeBasicBlock, fields,
           "34 12 2a b0  5a 03 c0 ff  ef cd ab 01  45 23 01 00"
           " 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f"
           " be ba fe ca  00 00 00 00  88 77 66 55 44 33 22 11"
           " 00 10 00 00  ff ff 0f 00  00 b0 ad de 00 7f 00 00")
    # The control segment and the SGE alone are the two halves of the basic block.
    raw = encode(SqeBasicBlock, fields)
    assert encode(SqeCtl, fields["ctl"]) == raw[:48]
    assert encode(Sge, fields["sge"]) == raw[48:]


def test_cqe_vector():
    _check(CqeStruct, {
        "s_r": 1, "is_jetty": 1, "opcode": CqeOpcode.WRITE_WITH_IMM, "substatus": 2,
        "status": CqeStatus.REMOTE_OP_ERR, "entry_idx": 0x0102, "local_num": 0xABCDE,
        "rmt_idx": 0x12345, "tpn": 0x00FEDC, "byte_cnt": 4096, "user_data": 0x0123456789ABCDEF,
        "imm": 0xAABBCCDD00112233,
    }, "33 00 02 03  02 01 de bc  5a 34 12 00  dc fe 00 00  00 10 00 00"
       " ef cd ab 89 67 45 23 01" + " 00" * 16 + " 33 22 11 00 dd cc bb aa" + " 00" * 12)
