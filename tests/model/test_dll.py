"""The spec data link reference model (sim/model/dll.py) against vectors written by hand from the
UB Base Specification 2.0, Chapter 4 (E4): PLENGTH examples, CRC30, LCH of every block type,
Crd_Ack / Retry / Init Block byte positions, negotiation, retry pointers and credits."""

import random

import pytest
from amaranth.lib import crc
from hypothesis import given, settings
from hypothesis import strategies as st

from hdl_py.proto import decode, encode
from hdl_py.proto.dll import DLLCB_TYPES, DLLDP_CFGS, Bcrc, Lbh, Lch, Lph
from sim.model import dll

# -- CRC30 (E4 §4.7.2) -----------------------------------------------------------------------

# The polynomial exactly as the text writes it, exponent by exponent.
SPEC_EXPONENTS = (30, 28, 26, 24, 23, 21, 19, 16, 14, 11, 9, 7, 6, 4, 2, 0)


def _poly_mod(value: int, poly: int) -> int:
    """Remainder of GF(2) polynomial division (ints as coefficient vectors)."""
    deg = poly.bit_length() - 1
    while value.bit_length() - 1 >= deg:
        value ^= poly << (value.bit_length() - 1 - deg)
    return value


def _crc_by_division(bits: list[int]) -> int:
    """CRC with initial value all ones and no final inversion, as polynomial arithmetic: the
    remainder of (M(x) + I(x) x^(len-30)) x^30 mod P(x), I = all ones: the shift register
    preloaded with ones XORs them onto the first 30 message bits."""
    poly = sum(1 << e for e in SPEC_EXPONENTS)
    m = 0
    for b in bits:
        m = (m << 1) | b
    n = len(bits)
    assert n >= 30, "the division form needs at least 30 message bits"
    ones = ((1 << 30) - 1) << (n - 30)
    return _poly_mod((m ^ ones) << 30, poly)


def _bits(data: bytes, tail: int = 0, tail_bits: int = 0) -> list[int]:
    out = [(byte >> (7 - i)) & 1 for byte in data for i in range(8)]
    return out + [(tail >> (tail_bits - 1 - i)) & 1 for i in range(tail_bits)]


def test_crc30_polynomial_is_the_texts():
    assert dll.CRC30_POLY | (1 << 30) == sum(1 << e for e in SPEC_EXPONENTS)
    assert dll.CRC30_INIT == 0x3FFFFFFF


def test_crc30_matches_polynomial_division_and_amaranth():
    algo = crc.Algorithm(crc_width=30, polynomial=dll.CRC30_POLY, initial_crc=0x3FFFFFFF,
                         reflect_input=False, reflect_output=False, xor_output=0)
    rng = random.Random(4)
    for n in (4, 5, 16, 36, 99, 636):  # bytes (>= 30 bits)
        data = bytes(rng.randrange(256) for _ in range(n))
        ref = _crc_by_division(_bits(data))
        assert dll.crc30(data) == ref == dll.crc30_bitwise(_bits(data))
        assert algo(data_width=8).compute(data) == ref
    # The 2 tail bits (Reserved, ERROR_FLAG) are fed after the bytes, MSB first.
    data = bytes(range(16))
    for tail in range(4):
        assert dll.crc30(data, tail=tail, tail_bits=2) == _crc_by_division(_bits(data, tail, 2))


def test_crc30_known_block():
    """A Null Block: LCH 02 00 00 00, twelve zero bytes, BCRC with Reserved = ERROR_FLAG = 0.
    CRC30 over the 16 bytes and 2 zero bits, computed by polynomial division."""
    head = bytes.fromhex("02000000") + bytes(12)
    expect = _crc_by_division(_bits(head, 0, 2))
    block = dll.control_block("NULL")[0]
    assert block[:16] == head
    assert int.from_bytes(block[16:], "big") == expect      # rsvd 0, ERROR_FLAG 0, CRC30
    assert dll.block_crc_ok(block)


def test_crc_residue_is_zero_over_a_sealed_block():
    """The gateware's check: feeding all bits of a sealed block, CRC field included, leaves 0
    (a non-inverted, non-reflected CRC)."""
    for kind in ("NULL", "CRD_ACK", "INIT"):
        block = b"".join(dll.control_block(kind))
        assert dll.crc30(block[:-4], tail=int.from_bytes(block[-4:], "big"), tail_bits=32) == 0


def test_every_single_bit_error_is_detected():
    flits = [f for b in dll.frame_dlldp(bytes(range(200)), vl=0, cfg=3) for f in b]
    block = b"".join(flits[:11])
    assert dll.block_crc_ok(block)
    for bit in range(len(block) * 8 - 32 + 2):      # every covered bit
        bad = bytearray(block)
        bad[bit // 8] ^= 0x80 >> (bit % 8)
        assert not dll.block_crc_ok(bytes(bad)), bit
    for bit in range(2, 32):                         # and every CRC bit
        bad = bytearray(block)
        pos = len(block) * 8 - 32 + bit
        bad[pos // 8] ^= 0x80 >> (pos % 8)
        assert not dll.block_crc_ok(bytes(bad)), bit


# -- PLENGTH (E4 Table 4-1 and the examples of pp.98-99) ----------------------------------

def test_plength_spec_examples():
    # Figure 4-7: last DLLDB, payload ends in the second-to-last flit with 16 bytes -> 27.
    # First DLLDB full (632 bytes); the last one's LBH flit takes 16 more, the BCRC a flit.
    assert dll.plength_for(632 + 16) == {"blocks_m1": 1, "last_flits_m1": 1, "end": 27}
    # The same with the LPH: a 16-byte payload cannot share a flit with LPH and BCRC.
    assert dll.plength_for(16) == {"blocks_m1": 0, "last_flits_m1": 1, "end": 27}
    # Figure 4-8: one DLLDB, the last flit holds 10 bytes -> 9.
    assert dll.plength_for(16 + 10)["end"] == 9
    assert dll.plength_for(10) == {"blocks_m1": 0, "last_flits_m1": 0, "end": 9}
    # Figure 4-9: last DLLDB, last flit holds 14 bytes -> 13 (a one-flit last block: LBH, 14
    # payload bytes, BCRC).
    assert dll.plength_for(632 + 14) == {"blocks_m1": 1, "last_flits_m1": 0, "end": 13}


@pytest.mark.parametrize("end", [20, 21, 22, 23, 28, 29, 30, 31])
def test_plength_reserved_codes(end):
    with pytest.raises(dll.PlengthError, match="reserved"):
        dll.plength_payload_bytes({"blocks_m1": 0, "last_flits_m1": 3, "end": end})


def test_plength_impossible_codes():
    bad = [
        {"blocks_m1": 0, "last_flits_m1": 0, "end": 12},   # 13 bytes with LPH + BCRC: max 12
        {"blocks_m1": 1, "last_flits_m1": 0, "end": 14},   # 15 bytes with LBH + BCRC: max 14
        {"blocks_m1": 0, "last_flits_m1": 0, "end": 16},   # rule 2 needs a second flit
        {"blocks_m1": 0, "last_flits_m1": 0, "end": 24},   # rule 3 too
        {"blocks_m1": 0, "last_flits_m1": 1, "end": 16},   # 17 bytes beside an LPH: max 16
        {"blocks_m1": 1, "last_flits_m1": 1, "end": 18},   # 19 bytes beside an LBH: max 18
    ]
    for p in bad:
        with pytest.raises(dll.PlengthError):
            dll.plength_payload_bytes(p)


def test_plength_every_code_decodes_to_one_length():
    """Every valid (blocks, flits, end) decodes; the sender's own encodings are a subset and
    decode back to their length, for every payload length."""
    for n in range(1, dll.MAX_PAYLOAD_BYTES + 1):
        assert dll.plength_payload_bytes(dll.plength_for(n)) == n


# -- DLLDP framing: a block written out byte by byte -----------------------------------------

def test_one_flit_dlldp_by_hand():
    payload = bytes(range(0xA0, 0xAA))                         # 10 bytes
    flits = [f for b in dll.frame_dlldp(payload, vl=1, cfg=7) for f in b]
    assert len(flits) == 1
    f = flits[0]
    # LPH: CRD 0 ACK 0 CRD_VL 0 | VL 1 at w[24:21], CFG 7 | RT 0, PLENGTH 0/0/9.
    assert f[:4] == bytes([0x00, 0x27, 0x00, 0x09])
    assert f[4:14] == payload and f[14:16] == bytes(2)          # zero padding to the BCRC
    crc30 = _crc_by_division(_bits(f[:16], 0, 2))
    assert f[16:] == crc30.to_bytes(4, "big")                   # Reserved 0, ERROR_FLAG 0


def test_two_block_dlldp_by_hand():
    payload = bytes(random.Random(1).randrange(256) for _ in range(640))
    blocks = dll.frame_dlldp(payload, vl=3, cfg=9, rt=2, crd=[(1, 2), None], ack=[0, 1],
                             error_flag=1)
    assert [len(b) for b in blocks] == [32, 1]
    b0, b1 = (b"".join(b) for b in blocks)
    # Block 0: LPH, 16 + 30*20 + 16 payload bytes, BCRC; CRD 1 CRD_VL 2 VL 3 CFG 9 RT 2,
    # PLENGTH: 2 blocks (1), last block 1 flit (0), 8 bytes in it (rule 1: 7).
    w = 1 << 31 | 2 << 26 | 3 << 21 | 9 << 16 | 2 << 14 | 1 << 10 | 0 << 5 | 7
    assert b0[:4] == w.to_bytes(4, "big")
    assert b0[4:636] == payload[:632]
    assert b0[636] >> 6 == 0                                  # ERROR_FLAG only in the last block
    # Block 1: LBH (ACK 1, VL 3, CFG 9), 8 payload bytes, padding, BCRC with ERROR_FLAG 1.
    lbh = 1 << 14 | 3 << 5 | 9
    assert b1[:2] == lbh.to_bytes(2, "big") and b1[2:10] == payload[632:]
    assert b1[10:16] == bytes(6) and b1[16] >> 6 == 0b01
    parsed = dll.parse_dlldp(blocks[0] + blocks[1])
    assert parsed.ok and parsed.payload == payload and parsed.error_flag == 1
    assert parsed.crd == [(1, 2), (0, 0)] and parsed.ack == [0, 1] and parsed.rt == 2


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, dll.MAX_PAYLOAD_BYTES), vl=st.integers(0, 15),
       cfg=st.sampled_from(sorted(DLLDP_CFGS)),
       seed=st.integers(0, 1 << 30))
def test_frame_parse_round_trip(n, vl, cfg, seed):
    payload = random.Random(seed).randbytes(n)
    blocks = dll.frame_dlldp(payload, vl=vl, cfg=cfg)
    assert all(len(b) == 32 for b in blocks[:-1]) and 1 <= len(blocks) <= 16
    parsed = dll.parse_dlldp([f for b in blocks for f in b])
    assert parsed.ok, parsed.errors
    assert (parsed.payload, parsed.vl, parsed.cfg) == (payload, vl, cfg)
    # Minimal framing: one flit fewer in the last block would not hold the payload.
    last = len(blocks[-1])
    if last > 1:
        full = sum(dll.block_capacity(i == 0, 32) for i in range(len(blocks) - 1))
        assert full + dll.block_capacity(len(blocks) == 1, last - 1) < n


def test_parse_dlldp_errors():
    payload = bytes(range(100))
    flits = [f for b in dll.frame_dlldp(payload, vl=2, cfg=3) for f in b]
    assert dll.parse_dlldp(flits).ok
    assert "flit_count" in dll.parse_dlldp(flits[:-1]).errors
    bad = bytearray(flits[2])
    bad[5] ^= 1
    assert dll.parse_dlldp(flits[:2] + [bytes(bad)] + flits[3:]).errors == ["crc"]
    # CFG 0 in an LPH is a DLLCB, not a DLLDP; reserved CFGs are rejected too.
    for cfg in (0, 1, 8, 15):
        f0 = bytearray(flits[0])
        f0[1] = (f0[1] & 0xF0) | cfg
        assert "cfg" in dll.parse_dlldp([bytes(f0)] + flits[1:]).errors
    with pytest.raises(ValueError):
        dll.frame_dlldp(payload, vl=0, cfg=0)
    # An LBH with another VL than the LPH's.
    two = dll.frame_dlldp(bytes(700), vl=1, cfg=3)
    lbh_block = bytearray(b"".join(two[1]))
    lbh_block[:2] = encode(Lbh, vl=2, cfg=3)
    lbh_block = dll.seal_block(bytes(lbh_block))
    parsed = dll.parse_dlldp(two[0] + [lbh_block[i:i + 20] for i in range(0, len(lbh_block), 20)])
    assert parsed.errors == ["lbh_vl"]


# -- DLLCBs (E4 §4.3.3) ---------------------------------------------------------------------

LCH_BY_HAND = {                      # w[31]=0, CLENGTH, 100000, CFG 0, CTRL, SUB_CTRL, info
    "NULL": "02000000", "NOB": "02000100", "RETRY_IDLE": "02001000",
    "RETRY_REQ": "02001100", "RETRY_ACK": "02001200", "CRD_ACK": "06002400",
    "PARAM_EXCHG": "02003000", "LANE_MANAGE": "02004100", "BLOCK_MODE_CHG": "02005000",
    "INIT": "1200c800",
}


@pytest.mark.parametrize("kind", sorted(DLLCB_TYPES))
def test_lch_of_each_block_type(kind):
    flits = dll.control_block(kind)
    assert flits[0][:4] == bytes.fromhex(LCH_BY_HAND[kind])
    assert len(flits) == DLLCB_TYPES[kind].min_flits
    assert dll.dllcb_type_of(flits[0]) == kind
    parsed = dll.parse_dllcb(flits)
    assert parsed.ok and parsed.kind == kind


def test_lch_rejects():
    good = dll.control_block("NOB")[0]
    for byte, mask in ((0, 0x80), (0, 0x02), (1, 0x01), (2, 0x80)):   # w31, fixed, CFG, CTRL
        bad = bytearray(good)
        bad[byte] ^= mask
        assert dll.dllcb_type_of(bytes(bad)) is None
    # A CLENGTH a type does not allow: a 2-flit Retry_Req.
    raw = bytearray(b"".join(dll.control_block("CRD_ACK")))
    raw[:4] = encode(Lch, clength=1, fixed=0b100000, ctrl=1, sub_ctrl=1)
    sealed = dll.seal_block(bytes(raw))
    assert dll.parse_dllcb([sealed[:20], sealed[20:]]).errors == ["length"]
    with pytest.raises(ValueError):
        dll.control_block("INIT", flits=4)


def test_crd_ack_by_hand():
    crd = [0] * 16
    crd[0], crd[1], crd[15] = 1, 0x2A, 63
    flits = dll.control_block("CRD_ACK", t=1, sd=1, ack_num=0xBEEF, crd_num=crd)
    raw = b"".join(flits)
    assert raw[3] == 0b11                                   # SD bit 1, T bit 0
    assert raw[4:6] == bytes([0xBE, 0xEF])                  # ACK_NUM
    value = int.from_bytes(raw[6:18], "big")                # CRD_NUM[95:0]
    assert value & 63 == 1 and (value >> 6) & 63 == 0x2A and value >> 90 == 63
    assert raw[18:36] == bytes(18)                          # reserved, BCRC only in flit 1
    assert dll.block_crc_ok(raw)
    parsed = dll.parse_dllcb(flits)
    assert parsed.fields == {"ack_num": 0xBEEF, "crd_num": crd, "t": 1, "sd": 1}


def test_retry_blocks_by_hand():
    req = dll.control_block("RETRY_REQ", rcv_ptr=0x1234, num_phy_reinit=2, num_retry=5)[0]
    assert req[4:8] == bytes(4) and req[8:12] == bytes.fromhex("12340205")
    assert req[12:16] == bytes(4)
    ack = dll.control_block("RETRY_ACK", num_retry=5, num_free_buf=0x0100, rd_ptr=0x1234,
                            wr_ptr=0x1300)[0]
    assert ack[4:8] == bytes.fromhex("00050100") and ack[8:12] == bytes.fromhex("12341300")
    s = dll.retry_req_set(rcv_ptr=7, num_retry=1, num_phy_reinit=0)
    assert len(s) == 33 and dll.dllcb_type_of(s[0]) == "RETRY_IDLE"
    assert {dll.dllcb_type_of(f) for f in s[1:]} == {"RETRY_REQ"}
    s = dll.retry_ack_set(num_retry=1, num_free_buf=3, rd_ptr=7, wr_ptr=9)
    assert len(s) == 33 and {dll.dllcb_type_of(f) for f in s[1:]} == {"RETRY_ACK"}
    assert dll.parse_dllcb([s[5]]).fields == {"num_retry": 1, "num_free_buf": 3, "rd_ptr": 7,
                                              "wr_ptr": 9}


def test_init_block_by_hand():
    caps = dll.DllCapabilities(feature_id=0x0102, rxbuf_vl_share=1, data_ack_grain_size=0x30,
                               ctrl_ack_grain_size=0x03, flow_ctrl_size=0x18,
                               vl_enable=0x00FF, retry_buf_depth=0x0400,
                               packet_min_interval=0x07,
                               ctrl_credit_grain=tuple(range(1, 17)),
                               data_credit_grain=tuple(range(0x41, 0x51)))
    flits = dll.init_block(caps)
    f0, f1, f2, f3, f4 = flits
    assert f0[:4] == bytes.fromhex("1200c800") and f0[4:7] == bytes(3)
    assert f0[7:9] == bytes([0x01, 0x02]) and f0[9] == 0x01
    assert f0[10:13] == bytes([0x30, 0x03, 0x18]) and f0[13:15] == bytes([0x00, 0xFF])
    assert f0[16:18] == bytes([0x04, 0x00])
    assert f1[4:18] == bytes(range(14, 0, -1))              # VL13 .. VL0
    assert f2[4:16] == bytes(range(0x4C, 0x40, -1))          # VL11 .. VL0
    assert f2[16:18] == bytes([16, 15])                      # VL15, VL14
    assert f3[13] == 0x07 and f3[14:18] == bytes([0x50, 0x4F, 0x4E, 0x4D])   # VL15 .. VL12
    assert f4[:16] == bytes(16)
    back, parsed = dll.parse_init_block(flits)
    assert parsed.ok and back == caps
    # A longer Init Block (up to 32 flits): reserved flits before the BCRC flit.
    long = dll.init_block(caps, flits=8)
    assert len(long) == 8 and dll.parse_init_block(long)[0] == caps


# -- negotiation (E4 §4.4, Table 4-9) ---------------------------------------------------------

def test_negotiation_spec_example_and_defaults():
    a = dll.DllCapabilities(flow_ctrl_size=0b0011_0000)             # {32, 16}
    b = dll.DllCapabilities(flow_ctrl_size=0b0111_0000)             # {64, 32, 16}
    assert dll.negotiate(a, b).cell_flits == 16
    c = dll.DllCapabilities(flow_ctrl_size=0b0010_0000)             # {32}
    d = dll.DllCapabilities(flow_ctrl_size=0b0001_0000)             # {16}
    assert dll.negotiate(c, d).cell_flits == 8                      # no overlap: default 8


def test_negotiation_two_different_ends_agree():
    a = dll.DllCapabilities(feature_id=3, rxbuf_vl_share=1, data_ack_grain_size=0x70,
                            ctrl_ack_grain_size=0x06, flow_ctrl_size=0x0C, vl_enable=0x00FF,
                            retry_buf_depth=1024, packet_min_interval=2,
                            ctrl_credit_grain=(0x06,) * 16, data_credit_grain=(0x0C,) * 16)
    b = dll.DllCapabilities(feature_id=1, rxbuf_vl_share=0, data_ack_grain_size=0x60,
                            ctrl_ack_grain_size=0x05, flow_ctrl_size=0x18, vl_enable=0x0003,
                            retry_buf_depth=256, packet_min_interval=4,
                            ctrl_credit_grain=(0x03,) * 16,
                            data_credit_grain=(0x30,) + (0x0C,) * 15)
    ab, ba = dll.negotiate(a, b), dll.negotiate(b, a)
    for r in (ab, ba):
        assert (r.feature_id, r.data_ack_grain, r.ctrl_ack_grain, r.cell_flits, r.vl_enable) \
            == (1, 32, 4, 8, 0x0003)
        assert r.ctrl_credit_grain == (2,) * 16
        assert r.data_credit_grain == (4,) + (4,) * 15     # VL0: {16,32} vs {4,8}: default 4
    assert (ab.peer_retry_buf_depth, ab.peer_packet_min_interval, ab.share_allowed) \
        == (256, 4, False)
    assert (ba.peer_retry_buf_depth, ba.peer_packet_min_interval, ba.share_allowed) \
        == (1024, 2, True)


def test_mandatory_capabilities_always_agree():
    m = dll.MANDATORY
    base = dll.DllCapabilities(data_ack_grain_size=m["data_ack_grain_size"],
                               ctrl_ack_grain_size=m["ctrl_ack_grain_size"],
                               flow_ctrl_size=m["flow_ctrl_size"], vl_enable=m["vl_enable"])
    r = dll.negotiate(base, dll.DllCapabilities(vl_enable=0xFFFF, flow_ctrl_size=0xFF,
                                                data_ack_grain_size=0xFF))
    assert (r.cell_flits, r.data_ack_grain, r.ctrl_ack_grain, r.vl_enable) == (8, 32, 1, 1)


# -- retry pointers (E4 §4.7.3.2) and credits (E4 §4.6) ---------------------------------------

def test_retry_buffer_pointers():
    rb = dll.RetryBuffer(100)
    assert (rb.wr_ptr, rb.tail_ptr, rb.rd_ptr, rb.num_free_buf) == (0, 0, 0, 100)
    assert rb.send(32) == 0 and rb.send(5) == 32 and rb.send(2) == 37
    assert (rb.wr_ptr, rb.num_free_buf) == (39, 61)
    rb.release(32)                                      # one DATA_ACK_GRAIN of 32 flits
    assert (rb.tail_ptr, rb.num_free_buf) == (32, 93)
    assert rb.retry(37) == [37, 38] and rb.rd_ptr == rb.wr_ptr    # go-back-N from RcvPtr
    assert rb.retry(39) == []                           # RcvPtr == WrPtr: nothing to resend
    with pytest.raises(ValueError):
        rb.retry(10)                                    # already released
    with pytest.raises(ValueError):
        rb.retry(50)                                    # never sent
    with pytest.raises(dll.AckOverflow):
        rb.release(8)                                   # 93 + 8 > 100: DL Protocol Error
    # Wrap-around modulo the depth.
    rb.release(7)
    assert rb.send(70) == 39 and rb.wr_ptr == 9 and rb.num_free_buf == 30
    assert rb.retry(95) == list(range(95, 100)) + list(range(9))
    assert not rb.can_send(31) and rb.can_send(30)
    rb.reset()
    assert (rb.wr_ptr, rb.tail_ptr, rb.rd_ptr, rb.num_free_buf) == (0, 0, 0, 100)


def test_rcv_ptr_wraps():
    p = dll.RcvPtr(64)
    for n in (32, 20, 13):
        p.advance(n)
    assert p.value == (32 + 20 + 13) % 64


def test_credit_cells_and_overflow():
    assert [dll.dlldp_cells(f, 8) for f in (1, 8, 9, 207)] == [1, 1, 2, 26]
    with pytest.raises(ValueError):
        dll.dlldp_cells(4, 3)
    c = dll.CreditCounter(10)
    assert c.take(4) and not c.take(7) and c.value == 6
    c.give(4)
    with pytest.raises(dll.CreditOverflow):
        c.give(1)


_CRD_PARAMS = dll.DllParameters(
    feature_id=1, data_ack_grain=32, ctrl_ack_grain=2, cell_flits=8, vl_enable=0x3,
    ctrl_credit_grain=(1, 2) + (1,) * 14, data_credit_grain=(4, 8) + (4,) * 14,
    share_allowed=False, peer_retry_buf_depth=512, peer_packet_min_interval=1)


def test_tx_credits_returns_by_hand():
    """E4 §4.6.2 notes 4 and 5: an LPH CRD returns DATA_CREDIT_GRAIN_SIZE cells of CRD_VL, a
    Crd_Ack CRD_NUM x CTRL_CREDIT_GRAIN_SIZE; past the initial value is Flow Control
    Overflow for that VL only, and the returns of one cycle are checked together."""
    t = dll.TxCredits([20, 30], _CRD_PARAMS)
    assert t.take(0, 12) and t.take(1, 30) and not t.take(1, 1)
    assert t.lph_return(1) == [] and t.value == [8, 8]
    assert t.crd_ack_return([3, 5] + [0] * 14) == [] and t.value == [11, 18]
    assert t.crd_ack_return([10, 1] + [0] * 14) == [0] and t.value == [11, 20]
    assert t.returns(lph_vl=1, crd_num=[0, 1] + [0] * 14) == [] and t.value == [11, 30]
    assert t.take(1, 8)
    # 22 + 8 would fit, 22 + 8 + 2 does not: neither is taken
    assert t.returns(lph_vl=1, crd_num=[0, 1] + [0] * 14) == [1] and t.value == [11, 22]
    assert t.lph_return(5) == [5] and t.crd_ack_return([0] * 15 + [1]) == [15]


def test_credit_return_rules_by_hand():
    """E4 §4.6.3: grains ride in DLLDB headers (rule 1); a Crd_Ack when idle with credit
    (rule 2), at a Return watermark, or at an Llcrd watermark with back-pressure (rule 3);
    its fields are capped at 63 grains and taken off what is pending."""
    wm = dll.ReturnWatermarks(crd_return=(0,) * 16, crd_llcrd=(0, 300) + (0,) * 14,
                              ack_return=40, ack_llcrd=0)
    r = dll.CreditReturn(2, _CRD_PARAMS, wm)
    r.freed(1, 9)
    assert r.crd_candidates() == [1]
    r.use_crd(1)
    assert r.crd_pend == [0, 1] and r.crd_candidates() == []
    with pytest.raises(ValueError):
        r.use_crd(1)
    assert not r.crd_ack_due(tx_idle=True)          # 1 cell is less than a grain of 2
    r.freed(1, 1)
    assert not r.crd_ack_due(tx_idle=False) and r.crd_ack_due(tx_idle=True)
    r.received(39)
    assert r.crd_ack_fields() == ((0, 1) + (0,) * 14, 19)
    assert r.ack_candidate and not r.crd_ack_due(tx_idle=False)
    r.received(1)
    assert r.ack_candidate and r.crd_ack_due(tx_idle=False)    # Cfg Ack Return = 40
    r.take_crd_ack(r.crd_ack_fields())
    assert r.crd_pend == [0, 0] and r.ack_pend == 0
    r.freed(1, 300)
    assert r.backpressure and r.crd_ack_fields()[0][1] == 63
    r.take_crd_ack(r.crd_ack_fields())
    assert r.crd_pend == [0, 300 - 126] and not r.backpressure
    r2 = dll.CreditReturn(1, _CRD_PARAMS)
    r2.received(5)
    assert not r2.crd_ack_due(tx_idle=True)          # ACKs alone: only at the watermark
    assert not r2.freed(0, 70_000) and r2.crd_pend == [65_535]


def test_lph_lbh_bcrc_positions():
    assert encode(Lph, crd=1) == bytes([0x80, 0, 0, 0])
    assert encode(Lph, ack=1) == bytes([0x40, 0, 0, 0])
    assert encode(Lph, crd_vl=0xF) == bytes([0x3C, 0, 0, 0])
    assert encode(Lph, vl=0xF) == bytes([0x01, 0xE0, 0, 0])
    assert encode(Lph, cfg=0xF) == bytes([0, 0x0F, 0, 0])
    assert encode(Lph, rt=3) == bytes([0, 0, 0xC0, 0])
    assert encode(Lph, plength={"blocks_m1": 15}) == bytes([0, 0, 0x3C, 0])
    assert encode(Lph, plength={"last_flits_m1": 31}) == bytes([0, 0, 0x03, 0xE0])
    assert encode(Lph, plength={"end": 31}) == bytes([0, 0, 0, 0x1F])
    assert encode(Lbh, crd=1, ack=1, crd_vl=0xF, vl=0xF, cfg=0xF) == bytes([0xFD, 0xEF])
    assert encode(Bcrc, error_flag=1) == bytes([0x40, 0, 0, 0])
    assert decode(Bcrc, bytes([0x3F, 0xFF, 0xFF, 0xFF]))["crc30"] == (1 << 30) - 1


def test_init_credit_blocks_split_and_sd():
    """E4 §4.6.1: T = 1 Crd_Acks grant CRD_NUM x CTRL_CREDIT_GRAIN_SIZE cells per VL, SD = 1
    on the last. 200 cells at grain 2 = 100 grains -> 63 + 37; VL1 at grain 1, 63 cells -> one
    block; VL2 disabled; VL3 at grain 4, 7 cells -> floor 1 grain (never more than the buffer)."""
    remote = [0] * 16
    grain = [1] * 16
    remote[0], grain[0] = 200, 2
    remote[1] = 63
    remote[2] = 500
    remote[3], grain[3] = 7, 4
    blocks = dll.init_credit_blocks(remote, grain, vl_enable=0b1011)
    assert [sd for _, sd in blocks] == [0, 1]
    assert [crd[:4] for crd, _ in blocks] == [(63, 63, 0, 1), (37, 0, 0, 0)]
    assert all(not any(crd[4:]) for crd, _ in blocks)
    assert dll.initial_credit([c for c, _ in blocks], grain)[:4] == (200, 63, 0, 4)


def test_init_credit_blocks_nothing_to_grant_still_sends_sd():
    assert dll.init_credit_blocks([0] * 16, [1] * 16, vl_enable=1) == [((0,) * 16, 1)]


def test_init_credit_blocks_bad_input():
    with pytest.raises(ValueError, match="65535"):
        dll.init_credit_blocks([40_000, 30_000] + [0] * 14, [1] * 16, vl_enable=3)
    # The same cells on a disabled VL are not granted, so they do not count.
    assert dll.init_credit_blocks([40_000, 30_000] + [0] * 14, [128] * 16, vl_enable=1)
    with pytest.raises(ValueError, match="16 entries"):
        dll.init_credit_blocks([1] * 4, [1] * 16, vl_enable=1)


@pytest.mark.parametrize("seed", range(5))
def test_init_credit_round_trip(seed):
    rng = random.Random(seed)
    grain = [1 << rng.randrange(8) for _ in range(16)]
    en = rng.getrandbits(16) | 1
    remote = [rng.randrange(4000) for _ in range(16)]
    blocks = dll.init_credit_blocks(remote, grain, vl_enable=en)
    assert sum(sd for _, sd in blocks) == 1 and blocks[-1][1] == 1
    assert all(n <= dll.CRD_NUM_MAX for crd, _ in blocks for n in crd)
    got = dll.initial_credit([c for c, _ in blocks], grain)
    assert got == tuple(remote[v] // grain[v] * grain[v] if en >> v & 1 else 0
                        for v in range(16))
