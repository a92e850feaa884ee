"""Field helpers: packet length, SACK factory, SQE block count, compact MAETAH length."""

import pytest

from hdl_py.proto import (
    PLEN_MAX_BYTES,
    SACK_MAX_BITMAP_BITS,
    LinkHeader,
    compact_len_bytes,
    decode,
    encode,
    plen_from_bytes,
    plen_to_bytes,
    sack_layout,
    size_of,
    sqe_bb_count,
)


def test_plen_roundtrip_every_length():
    for nbytes in range(PLEN_MAX_BYTES + 1):
        plen = plen_from_bytes(nbytes)
        assert plen["tail_bytes"] < 20 and plen["flits"] < 32 and plen["blocks"] < 16
        assert plen_to_bytes(plen) == nbytes
    assert PLEN_MAX_BYTES == 10239


def test_plen_through_the_link_header():
    for nbytes in [*range(0, PLEN_MAX_BYTES + 1, 97), 639, 640, 641, PLEN_MAX_BYTES]:
        raw = encode(LinkHeader, plen=plen_from_bytes(nbytes))
        assert plen_to_bytes(decode(LinkHeader, raw)["plen"]) == nbytes
        assert plen_to_bytes(int.from_bytes(raw[2:], "big")) == nbytes


def test_plen_known_values():
    assert plen_from_bytes(0) == {"blocks": 0, "flits": 0, "tail_bytes": 0}
    assert plen_from_bytes(40) == {"blocks": 0, "flits": 2, "tail_bytes": 0}
    assert plen_from_bytes(8192 + 40) == {"blocks": 12, "flits": 27, "tail_bytes": 12}


def test_plen_errors():
    with pytest.raises(ValueError, match="outside 0..10239"):
        plen_from_bytes(PLEN_MAX_BYTES + 1)
    with pytest.raises(ValueError, match="outside"):
        plen_from_bytes(-1)
    with pytest.raises(TypeError):
        plen_from_bytes(1.5)
    with pytest.raises(ValueError, match="tail_bytes 20 is not below the flit size 20"):
        plen_to_bytes({"blocks": 0, "flits": 0, "tail_bytes": 20})
    with pytest.raises(ValueError, match="14-bit int"):
        plen_to_bytes(1 << 14)


@pytest.mark.parametrize("bits", [32, 64, 96, 512, 1024])
def test_sack_layout_sizes(bits):
    cls = sack_layout(bits)
    assert cls is sack_layout(bits)
    assert cls.__name__ == f"SackExt{bits}" and cls.BITMAP_BITS == bits
    assert size_of(cls) == 4 + bits // 8
    full = (1 << bits) - 1
    raw = encode(cls, max_rcv_psn=0xFFFFFF, bitmap=full)
    assert raw == b"\x00" + b"\xff" * (3 + bits // 8)
    with pytest.raises(ValueError, match=f"field 'bitmap' value .* does not fit in "
                                         rf"unsigned\({bits}\)"):
        encode(cls, bitmap=full + 1)


def test_sack_layouts_are_distinct():
    assert sack_layout(32) is not sack_layout(64)
    assert SACK_MAX_BITMAP_BITS == 1024


@pytest.mark.parametrize("bits", [0, 16, 48, 1056, -32])
def test_sack_layout_rejects_bad_widths(bits):
    with pytest.raises(ValueError, match="multiple of 32 from 32 to 1024"):
        sack_layout(bits)


@pytest.mark.parametrize("bits", [True, "64", 64.0, None])
def test_sack_layout_rejects_non_int(bits):
    with pytest.raises(TypeError, match="must be an int"):
        sack_layout(bits)


def test_sqe_bb_count_matches_driver_formula():
    for sge_num in range(1, 14):
        # umdk sq_cal_wqebb_num: (ctl_len + (sge_num - 1) * sge_size) / bb_size + 1
        assert sqe_bb_count(sge_num) == (48 + (sge_num - 1) * 16) // 64 + 1
    with pytest.raises(ValueError, match="sge_num must be 1..13, not 14"):
        sqe_bb_count(14)
    with pytest.raises(ValueError, match="not 0"):
        sqe_bb_count(0)
    with pytest.raises(TypeError):
        sqe_bb_count("2")


def test_compact_len_bytes():
    assert [compact_len_bytes(n) for n in range(8)] == [64 << n for n in range(8)]
    with pytest.raises(ValueError, match="0..7"):
        compact_len_bytes(8)
