"""The link reference models: framing (sim/model/link_frame.py) and delivery (sim/model/link.py).

Known vectors are written out byte by byte from docs/link.md and docs/wire-formats.md; the CRC
is checked against an independent bit-serial CRC-30/CDMA written here from the algorithm's
parameters, and against the catalogue check value.
"""

import random

import pytest
from amaranth.lib import data
from hypothesis import given, settings
from hypothesis import strategies as st

from hdl_py.link.common import flit_layout, packet_cells, packet_flits
from hdl_py.proto import LinkCfg, plen_from_bytes
from sim.model.link import CreditAccount, DeliveryError, LinkModel, cells_for
from sim.model.link_frame import (
    DATA_CFGS,
    ERR_CFG,
    ERR_EMPTY,
    ERR_FLIT_COUNT,
    ERR_FLIT_SIZE,
    ERR_PLEN_ENCODING,
    ERR_PLEN_LARGE,
    ERR_PLEN_SMALL,
    MAX_PAYLOAD_BYTES,
    beats_to_flits,
    control_block,
    flit_beats,
    flit_to_int,
    frame_packet,
    int_to_flit,
    link_crc,
    parse_control_block,
    parse_packet,
    reseal,
    split_flit_stream,
)

SETTINGS = settings(max_examples=60, deadline=None)


def crc30_cdma(message: bytes) -> int:
    """Bit-serial CRC-30/CDMA: poly 0x2030B9C7, init 0x3FFFFFFF, MSB first, xorout 0x3FFFFFFF."""
    reg = 0x3FFFFFFF
    for byte in message:
        for bit in range(7, -1, -1):
            top = (reg >> 29) & 1
            reg = (reg << 1) & 0x3FFFFFFF
            if top ^ ((byte >> bit) & 1):
                reg ^= 0x2030B9C7
    return reg ^ 0x3FFFFFFF


def _hex(text):
    return bytes.fromhex(text)


def _join(flits):
    return b"".join(flits)


# -- CRC ----------------------------------------------------------------------------------------

def test_crc_is_crc30_cdma():
    assert link_crc(b"123456789") == 0x04C34ABF       # catalogue check value
    assert crc30_cdma(b"123456789") == 0x04C34ABF
    rng = random.Random(1)
    for n in (1, 2, 19, 20, 36, 123):
        message = rng.randbytes(n)
        assert link_crc(message) == crc30_cdma(message)


# -- data packets: exact bytes ----------------------------------------------------------------

def test_known_packet_every_byte():
    """11 payload bytes on VL 5, cfg CNA16, seq 0x1234: plen 15, 4 + 11 + 6 = 21 -> 2 flits."""
    flits = frame_packet(bytes(range(1, 12)), vl=5, cfg=LinkCfg.CNA16, seq=0x1234)
    header = "00 a6 00 0f"                        # vl 5 -> bits [24:21], cfg 6, plen 15
    payload = "01 02 03 04 05 06 07 08 09 0a 0b"  # bytes 4..14
    pad = " 00" * 19                              # bytes 15..33
    seq = "12 34"                                 # bytes 34..35 = 20F-6 .. 20F-5
    body = _hex(header + payload + pad + seq)
    assert len(body) == 36
    crc = crc30_cdma(body)
    assert crc == 0x0A94AEEC
    expected = body + crc.to_bytes(4, "big")       # bytes 36..39: rsvd:2 = 0, crc:30
    assert flits == [expected[:20], expected[20:]]
    assert flits[0].hex(" ") == "00 a6 00 0f 01 02 03 04 05 06 07 08 09 0a 0b 00 00 00 00 00"
    assert flits[1].hex(" ") == "00 00 00 00 00 00 00 00 00 00 00 00 00 00 12 34 0a 94 ae ec"
    parsed = parse_packet(flits)
    assert (parsed.payload, parsed.vl, parsed.cfg, parsed.seq, parsed.crc_ok, parsed.errors) == (
        bytes(range(1, 12)), 5, LinkCfg.CNA16, 0x1234, True, ())
    assert parsed.ok and parsed.plen == 15


def test_one_flit_packet_every_byte():
    """10 payload bytes fill exactly one flit: header, payload, trailer, no pad."""
    flits = frame_packet(_hex("a0 a1 a2 a3 a4 a5 a6 a7 a8 a9"), vl=15, cfg=LinkCfg.UB_MEMORY,
                         seq=0xFFFF)
    body = _hex("01 e9 00 0e a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 ff ff")  # vl 15, cfg 9, plen 14
    assert flits == [body + crc30_cdma(body).to_bytes(4, "big")]


@pytest.mark.parametrize("n", [1, 9, 10, 11, 29, 30, 31, 50, 630, 631, 4096])
def test_layout_by_size(n):
    """Flit count, plen, payload place, zero pad and trailer place for sizes around flit edges."""
    rng = random.Random(n)
    payload = bytes(rng.randrange(1, 256) for _ in range(n))
    vl, seq = n % 16, (n * 977) % 65536
    flits = frame_packet(payload, vl=vl, cfg=LinkCfg.CNA24, seq=seq)
    count = -(-(4 + n + 6) // 20)
    assert len(flits) == count == packet_flits(n)
    assert all(len(f) == 20 for f in flits)
    raw = _join(flits)
    plen = plen_from_bytes(4 + n)
    plen_raw = (plen["blocks"] << 10) | (plen["flits"] << 5) | plen["tail_bytes"]
    assert int.from_bytes(raw[:4], "big") == (vl << 21) | (7 << 16) | plen_raw
    assert raw[4:4 + n] == payload
    assert raw[4 + n:20 * count - 6] == bytes(20 * count - 6 - 4 - n)
    assert raw[-6:-4] == seq.to_bytes(2, "big")
    assert int.from_bytes(raw[-4:], "big") == crc30_cdma(raw[:-4])
    assert parse_packet(flits).payload == payload


@SETTINGS
@given(payload=st.binary(min_size=1, max_size=300), vl=st.integers(0, 15),
       cfg=st.sampled_from(DATA_CFGS), seq=st.integers(0, 65535))
def test_packet_roundtrip(payload, vl, cfg, seq):
    parsed = parse_packet(frame_packet(payload, vl=vl, cfg=cfg, seq=seq))
    assert parsed.ok
    assert (parsed.payload, parsed.vl, parsed.cfg, parsed.seq) == (payload, vl, cfg, seq)
    assert parsed.header["crd"] == parsed.header["ack"] == parsed.header["crd_vl"] == 0


def test_largest_packet_roundtrip():
    payload = random.Random(7).randbytes(MAX_PAYLOAD_BYTES)
    flits = frame_packet(payload, vl=1, cfg=LinkCfg.IPV6, seq=3)
    assert len(flits) == packet_flits(MAX_PAYLOAD_BYTES) == 513
    assert parse_packet(flits).payload == payload


@pytest.mark.parametrize("n", [3, 50])
def test_crc_detects_every_single_bit_flip(n):
    payload = random.Random(n).randbytes(n)
    flits = frame_packet(payload, vl=2, cfg=LinkCfg.CNA16, seq=77)
    raw = _join(flits)
    for bit in range(8 * len(raw)):
        bad = bytearray(raw)
        bad[bit // 8] ^= 0x80 >> (bit % 8)
        parsed = parse_packet([bytes(bad[i:i + 20]) for i in range(0, len(bad), 20)])
        assert not parsed.crc_ok, f"flip of bit {bit} not detected"
        assert not parsed.ok


def test_frame_packet_rejects_bad_arguments():
    with pytest.raises(ValueError, match="1..10235"):
        frame_packet(b"", vl=0, cfg=LinkCfg.CNA16, seq=0)
    with pytest.raises(ValueError, match="payload of 10236 bytes"):
        frame_packet(bytes(MAX_PAYLOAD_BYTES + 1), vl=0, cfg=LinkCfg.CNA16, seq=0)
    with pytest.raises(ValueError, match="vl 16"):
        frame_packet(b"x", vl=16, cfg=LinkCfg.CNA16, seq=0)
    with pytest.raises(ValueError, match="seq 65536"):
        frame_packet(b"x", vl=0, cfg=LinkCfg.CNA16, seq=65536)
    with pytest.raises(ValueError, match="CREDIT_CONTROL is not a data packet type"):
        frame_packet(b"x", vl=0, cfg=LinkCfg.CREDIT_CONTROL, seq=0)
    with pytest.raises(ValueError, match="cfg 5 is not a LinkCfg"):
        frame_packet(b"x", vl=0, cfg=5, seq=0)
    with pytest.raises(TypeError, match="payload must be bytes"):
        frame_packet("abc", vl=0, cfg=LinkCfg.CNA16, seq=0)
    with pytest.raises(TypeError, match="vl must be an int"):
        frame_packet(b"x", vl=1.0, cfg=LinkCfg.CNA16, seq=0)


# -- data packets: malformed inputs ----------------------------------------------------------

def _with_header(flits, first4):
    """The flits with the 4 header bytes replaced and the CRC recomputed (CRC-good, bad header)."""
    first = bytes.fromhex(first4) + flits[0][4:]
    return reseal([first, *flits[1:]])


def test_reseal_keeps_good_packets():
    flits = frame_packet(b"hello", vl=3, cfg=LinkCfg.CNA16, seq=9)
    assert reseal(flits) == flits
    with pytest.raises(ValueError, match="flits of 20 bytes"):
        reseal([b"short"])
    with pytest.raises(ValueError, match="flits of 20 bytes"):
        reseal([])


@pytest.mark.parametrize("cfg", [0, 1, 2, 5, 8, 10, 15])
def test_bad_cfg_reported(cfg):
    flits = frame_packet(b"hello", vl=3, cfg=LinkCfg.CNA16, seq=9)
    bad = _with_header(flits, f"00 6{cfg:x} 00 09")
    parsed = parse_packet(bad)
    assert parsed.crc_ok and not parsed.ok
    assert parsed.errors == (ERR_CFG,)
    assert parsed.vl == 3 and parsed.payload == b"hello"
    assert "not a data packet type" in parsed.messages[0]


@pytest.mark.parametrize("plen", [0, 1, 4])
def test_plen_too_small_reported(plen):
    flits = frame_packet(b"hello", vl=0, cfg=LinkCfg.CNA16, seq=0)
    parsed = parse_packet(_with_header(flits, f"00 06 00 {plen:02x}"))
    assert parsed.crc_ok and parsed.errors == (ERR_PLEN_SMALL,)
    assert parsed.plen == plen and parsed.payload == b""


def test_plen_non_canonical_reported():
    flits = frame_packet(b"hello", vl=0, cfg=LinkCfg.CNA16, seq=0)
    parsed = parse_packet(_with_header(flits, "00 06 00 14"))   # tail_bytes 20
    assert parsed.crc_ok and parsed.errors == (ERR_PLEN_ENCODING,)
    assert parsed.plen is None


def test_plen_too_large_reported():
    payload = bytes(300)
    flits = frame_packet(payload, vl=0, cfg=LinkCfg.CNA16, seq=0)
    assert parse_packet(flits, max_payload=300).ok
    parsed = parse_packet(flits, max_payload=299)
    assert parsed.crc_ok and parsed.errors == (ERR_PLEN_LARGE,)
    assert "above 303" in parsed.messages[0]


@pytest.mark.parametrize("delta", [-2, -1, 1, 3])
def test_flit_count_not_matching_plen_reported(delta):
    """A packet whose plen says 3 flits arrives (CRC-good) in 1, 2, 4 or 6 flits."""
    payload = bytes(range(40))
    flits = frame_packet(payload, vl=4, cfg=LinkCfg.CNA16, seq=1)
    assert len(flits) == 3
    if delta < 0:
        body = flits[:3 + delta]
    else:
        body = [*flits[:2], *([bytes(20)] * delta), flits[2]]
    parsed = parse_packet(reseal(body))
    assert parsed.crc_ok
    assert parsed.errors == (ERR_FLIT_COUNT,)
    assert f"plen 44 takes 3 flits, {3 + delta} given" in parsed.messages[0]


def test_header_errors_combine():
    flits = frame_packet(b"hello", vl=0, cfg=LinkCfg.CNA16, seq=0)
    parsed = parse_packet(_with_header(flits, "00 00 00 02"))
    assert parsed.errors == (ERR_CFG, ERR_PLEN_SMALL)


def test_bad_flit_sizes_and_empty_reported_without_raising():
    flits = frame_packet(b"hello", vl=0, cfg=LinkCfg.CNA16, seq=5)
    parsed = parse_packet([flits[0][:19]])
    assert not parsed.crc_ok and parsed.errors[0] == ERR_FLIT_SIZE and parsed.seq is None
    parsed = parse_packet([flits[0] + b"\x00"])
    assert not parsed.crc_ok and ERR_FLIT_SIZE in parsed.errors
    parsed = parse_packet([])
    assert parsed.errors == (ERR_EMPTY,) and not parsed.crc_ok and parsed.vl is None
    parsed = parse_packet([b"\x00\x06"])
    assert parsed.errors == (ERR_FLIT_SIZE, ERR_EMPTY) and parsed.vl is None
    with pytest.raises(TypeError, match="flit must be bytes"):
        parse_packet(["00" * 20])


def test_trailer_reserved_bits_fail_the_crc_check():
    flits = frame_packet(b"hello", vl=0, cfg=LinkCfg.CNA16, seq=5)
    bad = bytearray(flits[0])
    bad[16] |= 0x80                      # rsvd bit 31 of the trailer
    assert not parse_packet([bytes(bad)]).crc_ok


# -- control blocks -------------------------------------------------------------------------

def test_known_control_block_every_byte():
    flits = control_block(ack_number=0x1234, credits=list(range(1, 17)), sd=1, retry_req=1,
                          retry_seq=0xBEEF)
    body = _hex("06 00 24 80  12 34  04 20 c4  14 61 c8  24 a2 cc  34 e3 d0  80 00  be ef"
                + " 00" * 14)
    assert len(body) == 36
    assert crc30_cdma(body) == 0x01D259C0
    expected = body + _hex("01 d2 59 c0")
    assert flits == [expected[:20], expected[20:]]


def test_control_block_flags_positions():
    raw = _join(control_block(ack_number=0, credits=[], init_done=1, retry_ack=1,
                              retry_seq=0x0102))
    assert raw[:4].hex() == "06002401"         # init_done: byte 3 bit 0
    assert raw[4:18] == bytes(14)
    assert raw[18:22].hex() == "40000102"      # retry_ack: byte 18 bit 6
    assert raw[22:36] == bytes(14)
    assert int.from_bytes(raw[36:], "big") == crc30_cdma(raw[:36])


@SETTINGS
@given(ack=st.integers(0, 65535), credits=st.lists(st.integers(0, 63), max_size=16),
       flags=st.tuples(*[st.integers(0, 1)] * 4), retry_seq=st.integers(0, 65535))
def test_control_block_roundtrip(ack, credits, flags, retry_seq):
    sd, init_done, retry_req, retry_ack = flags
    flits = control_block(ack_number=ack, credits=credits, sd=sd, init_done=init_done,
                          retry_req=retry_req, retry_ack=retry_ack, retry_seq=retry_seq)
    assert len(flits) == 2 and all(len(f) == 20 for f in flits)
    assert parse_control_block(flits) == {
        "ack_number": ack, "credits": credits + [0] * (16 - len(credits)), "sd": sd,
        "init_done": init_done, "retry_req": retry_req, "retry_ack": retry_ack,
        "retry_seq": retry_seq, "lch_ok": True}


def test_control_block_crc_detects_every_single_bit_flip():
    raw = _join(control_block(ack_number=0x4321, credits=[63] * 16, retry_req=1, retry_seq=5))
    for bit in range(8 * len(raw)):
        bad = bytearray(raw)
        bad[bit // 8] ^= 0x80 >> (bit % 8)
        assert parse_control_block([bytes(bad[:20]), bytes(bad[20:])]) is None, bit


def test_control_block_malformed():
    flits = control_block(ack_number=1, credits=[2])
    assert parse_control_block(flits[:1]) is None
    assert parse_control_block([*flits, flits[0]]) is None
    assert parse_control_block([flits[0], flits[1][:19]]) is None
    # A good CRC over an unknown control type: decoded, but lch_ok says it is not credit/ack.
    other = bytearray(_join(flits))
    other[2] = 0x35                               # control 3, sub-control 5
    fields = parse_control_block(reseal([bytes(other[:20]), bytes(other[20:])]))
    assert fields is not None and fields["lch_ok"] is False and fields["ack_number"] == 1


def test_control_block_rejects_bad_arguments():
    with pytest.raises(ValueError, match="17 credit values"):
        control_block(ack_number=0, credits=[0] * 17)
    with pytest.raises(ValueError, match=r"credits\[3\] 64"):
        control_block(ack_number=0, credits=[0, 0, 0, 64])
    with pytest.raises(ValueError, match="ack_number 65536"):
        control_block(ack_number=65536, credits=[])
    with pytest.raises(ValueError, match="retry_ack 2"):
        control_block(ack_number=0, credits=[], retry_ack=2)
    with pytest.raises(TypeError, match="sd must be an int"):
        control_block(ack_number=0, credits=[], sd=None)


# -- flits in gateware ------------------------------------------------------------------------

def test_flit_int_matches_flit_layout():
    flit = bytes(range(20))
    value = flit_to_int(flit)
    assert value & 0xFF == 0 and (value >> 8) & 0xFF == 1 and value >> 152 == 19
    assert int_to_flit(value) == flit
    layout = flit_layout()
    const = layout.const({"data": value, "ctl": 1})
    assert isinstance(const, data.Const) and const.data == value
    raw_beat = const.as_value().value
    assert beats_to_flits([raw_beat]) == [(flit, 1)]
    assert flit_beats([flit], ctl=0) == [{"data": value, "ctl": 0}]
    assert beats_to_flits(flit_beats([flit], ctl=1)) == [(flit, 1)]
    with pytest.raises(ValueError, match="a flit is 20 bytes, not 19"):
        flit_to_int(flit[:19])
    with pytest.raises(ValueError, match="flit data"):
        int_to_flit(1 << 160)


def test_split_flit_stream():
    a = frame_packet(bytes(45), vl=0, cfg=LinkCfg.CNA16, seq=0)     # 3 flits
    b = frame_packet(b"b", vl=1, cfg=LinkCfg.CNA16, seq=1)          # 1 flit
    c = frame_packet(bytes(100), vl=2, cfg=LinkCfg.CNA16, seq=2)    # 6 flits
    upd = control_block(ack_number=3, credits=[1])
    ack = control_block(ack_number=3, credits=[1], retry_ack=1, retry_seq=2)
    beats = ([(f, 0) for f in a[:2]] + [(f, 1) for f in upd] + [(a[2], 0)]
             + [(f, 0) for f in b] + [(f, 0) for f in c[:4]] + [(f, 1) for f in ack]
             + [(f, 0) for f in c] + [(c[0], 0)])
    assert split_flit_stream(beats) == [
        ("ctl", upd), ("data", a), ("data", b), ("ctl", ack), ("aborted", c[:4]),
        ("data", c), ("partial", [c[0]])]
    # The same stream as gateware beats.
    as_beats = [{"data": flit_to_int(f), "ctl": ctl} for f, ctl in beats]
    assert split_flit_stream(as_beats) == split_flit_stream(beats)


def test_split_flit_stream_errors():
    upd = control_block(ack_number=0, credits=[])
    pkt = frame_packet(b"x", vl=0, cfg=LinkCfg.CNA16, seq=0)
    with pytest.raises(ValueError, match="data flit inside a control block"):
        split_flit_stream([(upd[0], 1), (pkt[0], 0)])
    with pytest.raises(ValueError, match="ends inside a control block"):
        split_flit_stream([(upd[0], 1)])
    bad = bytearray(upd[1])
    bad[0] ^= 1
    with pytest.raises(ValueError, match="bad CRC"):
        split_flit_stream([(upd[0], 1), (bytes(bad), 1)])
    with pytest.raises(ValueError, match="plen 0x0003"):
        split_flit_stream([(_hex("00 06 00 03") + bytes(16), 0)])


# -- delivery model -----------------------------------------------------------------------------

@pytest.mark.parametrize("num_vls", [1, 4, 16])
def test_delivery_in_order_per_vl(num_vls):
    rng = random.Random(num_vls)
    model = LinkModel(num_vls)
    sent = [(rng.randrange(num_vls), rng.randbytes(rng.randrange(1, 40))) for _ in range(200)]
    for vl, payload in sent:
        model.send(vl, payload)
    # Deliver VL by VL (VLs may overtake each other), each VL in order.
    for vl in reversed(range(num_vls)):
        mine = [p for v, p in sent if v == vl]
        for payload in mine:
            assert model.expect(vl) == payload
            assert model.check_delivery(vl, payload) is True
        assert model.expect(vl) is None
    assert model.outstanding() == 0 and model.check_done() and model.errors == []
    assert model.sent == model.delivered


def test_identical_payloads_are_counted_separately():
    model = LinkModel(2)
    for _ in range(3):
        model.send(1, b"same")
    for _ in range(3):
        assert model.check_delivery(1, b"same")
    with pytest.raises(DeliveryError, match=r"VL 1: duplicate of packet #2 \(4 bytes"):
        model.check_delivery(1, b"same")


def test_duplicate_reported():
    model = LinkModel(4)
    model.send(2, b"one")
    model.send(2, b"two")
    model.check_delivery(2, b"one")
    with pytest.raises(DeliveryError, match="VL 2: duplicate of packet #0 .* already delivered"):
        model.check_delivery(2, b"one")


def test_reorder_reported_then_tracked():
    model = LinkModel(1, strict=False)
    for i in range(4):
        model.send(0, bytes([i]))
    assert model.check_delivery(0, b"\x02") is False
    assert "VL 0: packet #2 (1 bytes [02]) delivered before packet(s) #0..1" in model.errors[0]
    assert model.check_delivery(0, b"\x00") and model.check_delivery(0, b"\x01")
    assert model.check_delivery(0, b"\x03")
    assert model.check_done() and len(model.errors) == 1


def test_loss_reported():
    model = LinkModel(2, strict=False)
    for i in range(5):
        model.send(1, bytes([i]) * 3)
    model.check_delivery(1, b"\x00" * 3)
    model.check_delivery(1, b"\x03" * 3)
    assert model.check_done() is False
    assert model.errors[-1] == "VL 1: 3 packet(s) never delivered: #1..2, 4"
    with pytest.raises(DeliveryError, match="never delivered: #0"):
        strict = LinkModel(1)
        strict.send(0, b"x")
        strict.check_done()


def test_corruption_wrong_vl_and_unexpected_reported():
    model = LinkModel(4)
    model.send(0, b"abcdef")
    model.send(3, b"xyz")
    with pytest.raises(DeliveryError,
                       match=r"matches no packet sent; expected packet #0 .* byte 2: 0x58 "
                             r"delivered, 0x63 sent"):
        model.check_delivery(0, b"abXdef")
    with pytest.raises(DeliveryError, match="length 5 delivered, 6 sent"):
        model.check_delivery(0, b"abcde")
    with pytest.raises(DeliveryError, match="VL 0: packet #0 of VL 3 .* on the wrong VL"):
        model.check_delivery(0, b"xyz")
    with pytest.raises(DeliveryError, match="VL 2: delivered 1 bytes .* nothing is outstanding"):
        model.check_delivery(2, b"q")
    with pytest.raises(ValueError, match="vl 4 is outside 0..3"):
        model.send(4, b"x")
    with pytest.raises(TypeError, match="payload must be bytes"):
        model.send(0, "x")
    with pytest.raises(ValueError, match="num_vls must be 1..16"):
        LinkModel(17)


def test_packets_longer_than_the_mtu_are_expected_drops():
    model = LinkModel(2, mtu=2048)
    assert model.send(1, b"a" * 2048) == 0
    assert model.send(1, b"b" * 2049) is None       # the TX drops it: not awaited
    assert model.send(1, b"c" * 10) == 1
    assert model.dropped == [0, 1] and model.sent == [0, 2]
    assert model.check_delivery(1, b"a" * 2048) and model.check_delivery(1, b"c" * 10)
    assert model.check_done() and model.errors == []
    with pytest.raises(DeliveryError, match=r"VL 1: delivered 2049 bytes .* longer than the "
                                            r"MTU \(2048 bytes\): the transmitter must drop"):
        model.check_delivery(1, b"b" * 2049)


def test_without_mtu_a_dropped_packet_looks_like_a_reorder():
    # What the link env reported before its model knew the MTU.
    model = LinkModel(1, strict=False)
    model.send(0, b"x" * 3000)
    model.send(0, b"y")
    assert model.check_delivery(0, b"y") is False
    assert "packet #1 (1 bytes [79]) delivered before packet(s) #0 sent earlier" in model.errors[0]
    with pytest.raises(ValueError, match="mtu must be at least 1"):
        LinkModel(1, mtu=0)
    with pytest.raises(TypeError, match="mtu must be an int or None"):
        LinkModel(1, mtu=True)


# -- credit accounting ------------------------------------------------------------------------

@pytest.mark.parametrize("cell_flits", [1, 2, 4, 8, 16, 32])
def test_cells_for(cell_flits):
    for n in (1, 10, 11, 30, 31, 100, 4096):
        flits = -(-(n + 10) // 20)
        assert cells_for(n, cell_flits) == -(-flits // cell_flits)
        assert cells_for(n, cell_flits) == packet_cells(packet_flits(n), cell_flits)


def test_cells_for_rejects_bad_arguments():
    with pytest.raises(ValueError, match="cell_flits must be one of"):
        cells_for(10, 3)
    with pytest.raises(ValueError, match="at least one payload byte"):
        cells_for(0, 1)


@pytest.mark.parametrize("cell_flits", [1, 4])
def test_credit_account(cell_flits):
    account = CreditAccount(cell_flits=cell_flits)
    account.init(10)
    cells = cells_for(200, cell_flits)          # 11 flits
    assert cells == {1: 11, 4: 3}[cell_flits]
    assert account.can_send(200) == (cells <= 10)
    if cell_flits == 1:
        with pytest.raises(ValueError, match="needs 11 cells, 10 held"):
            account.consume(200)
        return
    assert account.consume(200) == 3 and account.available == 7
    assert account.update(2) == 2 and account.available == 9
    assert account.update(3) == 1 and account.available == 10
    assert account.overflows == 0
    # Wrap-around of the 6-bit cumulative count: 3 -> 1 is 62 cells; saturates at 10.
    account.consume(200)
    assert account.update(1) == 3 and account.available == 10 and account.overflows == 1


def test_credit_account_cumulative_wraps():
    account = CreditAccount(cell_flits=1)
    account.init(63)
    for _ in range(10):
        account.consume(50)                      # 3 flits = 3 cells
    assert account.available == 33
    assert account.update(30) == 30 and account.available == 63
    for _ in range(12):
        account.consume(50)
    assert account.update((30 + 36) % 64) == 36 and account.available == 63
    assert account.overflows == 0
    with pytest.raises(ValueError, match="outside 0..63"):
        account.update(64)
    with pytest.raises(ValueError, match="outside 0..63"):
        account.init(64)
