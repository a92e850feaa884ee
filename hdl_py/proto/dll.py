"""Data link layer formats of the UB Base Specification 2.0, Chapter 4 (CRC30 mode).

Every header, tail and control block of the data link layer, as ``data.Struct`` wire headers
(big-endian: byte 0 first on the wire is the most significant byte of the struct value; fields
are declared LSB first). Section and page numbers are those of the English 2.0 text ("E4"); the
digest (``shared/docs/ub-spec-digest.md`` section 1) restates each with its source.

* :class:`Lph` (4 bytes, E4 Table 4-1 pp.96-97) heads the first flit of the first DLLDB of a
  DLLDP; its :class:`Plength` says how many DLLDBs, how many flits in the last one, and where in
  the last one the payload ends (rules in :mod:`sim.model.dll`).
* :class:`Lbh` (2 bytes, E4 Table 4-2 pp.99-100) heads the first flit of every middle and last
  DLLDB.
* :class:`Bcrc` (4 bytes, E4 Table 4-3 pp.100-101) sits in bytes 16..19 of the last flit of every
  DLLDB and DLLCB.
* :class:`Lch` (4 bytes, E4 Table 4-5 pp.104-105) heads every DLLCB; :data:`DLLCB_TYPES` is the
  type table (E4 Table 4-6 p.105).
* Whole control blocks: :class:`NullBlock`, :class:`NobBlock`, :class:`RetryIdleBlock`,
  :class:`RetryReqBlock`, :class:`RetryAckBlock` (1 flit each), :class:`CrdAckBlock` (2 flits),
  :class:`InitBlock` (5 flits, the shortest allowed).

Choices where the text leaves a width open (E4 §4.3.3.4, digest 1.17), OpenUB's:

* Retry_Req word 2 = ``RcvPtr[31:16] | NUM_PHY_REINIT[15:8] | NUM_RETRY[7:0]``;
* Retry_Ack word 1 = ``Reserved[31:24] | NUM_RETRY[23:16] | NumFreeBuf[15:0]`` and word 2 =
  ``RdPtr[31:16] | WrPtr[15:0]``.

A retry buffer is at most 65,535 flits in 2.0 (the Init Block's RETRY_BUF_DEPTH is 16 bits and
names the size), so 16-bit pointers and a 16-bit NumFreeBuf cover every depth; the retry
counters are compared with 8-bit thresholds (``docs/link.md``).
"""

from amaranth.hdl import unsigned
from amaranth.lib import data

from .codec import wire_header

__all__ = [
    "FLIT_BYTES", "DLLDB_MAX_FLITS", "DLLDP_MAX_BLOCKS", "DLLDP_MAX_FLITS", "DLLCB_MAX_FLITS",
    "BCRC_OFFSET", "LCH_FIXED", "DLLDP_CFGS", "PTR_BITS", "RETRY_COUNT_BITS", "CRC30_POLY",
    "CRC30_INIT",
    "Plength", "Lph", "Lbh", "Bcrc", "Lch", "DllcbType", "DLLCB_TYPES",
    "NullBlock", "NobBlock", "RetryIdleBlock", "RetryReqBlock", "RetryAckBlock", "CrdAckBlock",
    "InitBlock", "INIT_BLOCK_MIN_FLITS", "CRD_NUM_MAX", "MAX_TOTAL_CREDIT",
]

#: Bytes in one flit (E4 §4.3.1 p.93).
FLIT_BYTES = 20
#: Flits in one DLLDB at most; every DLLDB but the last of a DLLDP has exactly this many.
DLLDB_MAX_FLITS = 32
#: DLLDBs in one DLLDP at most (PLENGTH[13:10] + 1).
DLLDP_MAX_BLOCKS = 16
#: Flits in one DLLDP at most (E4 §4.3.2.1 p.93).
DLLDP_MAX_FLITS = DLLDB_MAX_FLITS * DLLDP_MAX_BLOCKS
#: Flits in one DLLCB at most.
DLLCB_MAX_FLITS = 32
#: Byte of the last flit of a block where the BCRC starts (CRC30 mode, E4 Table 4-3).
BCRC_OFFSET = 16
#: The fixed bits w[25:20] of every LCH (E4 Table 4-5).
LCH_FIXED = 0b100000
#: LPH.CFG values of a DLLDP (E4 Table 4-1: 3, 4, 5, 6, 7, 9); 0 is a DLLCB, the rest reserved.
DLLDP_CFGS = frozenset({3, 4, 5, 6, 7, 9})
#: Width of a retry-buffer pointer (RcvPtr, WrPtr, RdPtr) and of NumFreeBuf on the wire.
PTR_BITS = 16
#: Width of NUM_RETRY and NUM_PHY_REINIT on the wire.
RETRY_COUNT_BITS = 8
#: Flits of the shortest Init Block (CLENGTH 5'b00100, E4 §4.3.3.9).
INIT_BLOCK_MIN_FLITS = 5
#: The largest Crd_Ack CRD_NUM: the field is 6 bits per VL (E4 §4.3.3.5).
CRD_NUM_MAX = 63
#: Total credit across all enabled VLs is at most 65,535 cells (E4 §4.6.1).
MAX_TOTAL_CREDIT = 65_535
#: CRC30 polynomial (E4 §4.7.2): x^30 + x^28 + x^26 + x^24 + x^23 + x^21 + x^19 + x^16 + x^14
#: + x^11 + x^9 + x^7 + x^6 + x^4 + x^2 + 1, without the x^30 term.
CRC30_POLY = sum(1 << e for e in (28, 26, 24, 23, 21, 19, 16, 14, 11, 9, 7, 6, 4, 2, 0))
#: CRC30 initial value: all ones; fed MSB first, result not inverted (E4 §4.7.2).
CRC30_INIT = (1 << 30) - 1


class Plength(data.Struct):
    """LPH.PLENGTH[13:0] (E4 Table 4-1 pp.96-97).

    Fields (MSB first): ``blocks_m1`` [13:10] = DLLDBs - 1; ``last_flits_m1`` [9:5] = flits in
    the last DLLDB - 1; ``end`` [4:0] = where and with how many bytes the payload ends in the
    last DLLDB (CRC30 rules 1..3: :func:`sim.model.dll.plength_end`).
    """
    end: unsigned(5)
    last_flits_m1: unsigned(5)
    blocks_m1: unsigned(4)


@wire_header(nbytes=4)
class Lph(data.Struct):
    """Link Packet Header, the first 4 bytes of a DLLDP (E4 §4.3.2.2.2, Table 4-1).

    ======  =====================================================================
    byte 0  ``crd`` [7], ``ack`` [6], ``crd_vl`` [5:2], reserved [1], ``vl[3]`` [0]
    byte 1  ``vl[2:0]`` [7:5], reserved [4], ``cfg`` [3:0]
    byte 2  ``rt`` [7:6], ``plength[13:8]`` [5:0]
    byte 3  ``plength[7:0]``
    ======  =====================================================================

    ``rt`` is carried from the network layer and not interpreted here; its bit order is the
    network layer's (digest 1.4 notes the text does not say which bit is RT[1]).
    """
    plength: Plength          # w[13:0]
    rt: unsigned(2)           # w[15:14]
    cfg: unsigned(4)          # w[19:16]  0 = DLLCB; DLLDP_CFGS for a DLLDP
    rsvd1: unsigned(1)        # w[20]
    vl: unsigned(4)           # w[24:21]
    rsvd0: unsigned(1)        # w[25]
    crd_vl: unsigned(4)       # w[29:26]  VL the CRD grain is returned to
    ack: unsigned(1)          # w[30]     releases DATA_ACK_GRAIN_SIZE flits of the peer's buffer
    crd: unsigned(1)          # w[31]     returns DATA_CREDIT_GRAIN_SIZE cells for crd_vl


@wire_header(nbytes=2)
class Lbh(data.Struct):
    """Link Block Header, the first 2 bytes of a middle or last DLLDB (E4 §4.3.2.2.3, Table 4-2).

    The same layout as bytes 0-1 of :class:`Lph`: CRD[15], ACK[14], CRD_VL[13:10], Rsvd[9],
    VL[8:5], Rsvd[4], CFG[3:0].
    """
    cfg: unsigned(4)
    rsvd1: unsigned(1)
    vl: unsigned(4)
    rsvd0: unsigned(1)
    crd_vl: unsigned(4)
    ack: unsigned(1)
    crd: unsigned(1)


@wire_header(nbytes=4)
class Bcrc(data.Struct):
    """Block CRC, bytes 16..19 of the last flit of every block (E4 §4.3.2.2.4, Table 4-3).

    ``crc30`` covers every bit of the block before it (``rsvd`` and ``error_flag`` included):
    :func:`sim.model.dll.crc30`. ``error_flag`` is valid only in the last DLLDB of a DLLDP.
    """
    crc30: unsigned(30)       # w[29:0]
    error_flag: unsigned(1)   # w[30]
    rsvd: unsigned(1)         # w[31]


@wire_header(nbytes=4)
class Lch(data.Struct):
    """Link Control Header, the first 4 bytes of every DLLCB (E4 §4.3.3.1, Table 4-5).

    w[31] = 0, ``clength`` w[30:26] = flits - 1, ``fixed`` w[25:20] = :data:`LCH_FIXED`,
    ``cfg`` w[19:16] = 0, ``ctrl`` w[15:12], ``sub_ctrl`` w[11:8], ``info`` w[7:0] (type
    specific: T and SD of a Crd_Ack Block).
    """
    info: unsigned(8)
    sub_ctrl: unsigned(4)
    ctrl: unsigned(4)
    cfg: unsigned(4)
    fixed: unsigned(6)
    clength: unsigned(5)
    zero: unsigned(1)


class DllcbType:
    """One DLLCB type of E4 Table 4-6: CTRL, SUB_CTRL and the allowed lengths in flits."""

    def __init__(self, name, ctrl, sub_ctrl, min_flits, max_flits, section):
        self.name = name
        self.ctrl = ctrl
        self.sub_ctrl = sub_ctrl
        self.min_flits = min_flits
        self.max_flits = max_flits
        self.section = section

    def __repr__(self):
        return f"DllcbType({self.name})"


#: DLLCB types by name (E4 Table 4-6 p.105). The link uses the data-plane types and the Init
#: Block; the others are decoded and counted as unsupported.
DLLCB_TYPES = {t.name: t for t in (
    DllcbType("NULL", 0b0000, 0b0000, 1, 1, "4.3.3.2"),
    DllcbType("NOB", 0b0000, 0b0001, 1, 1, "4.3.3.3"),
    DllcbType("RETRY_IDLE", 0b0001, 0b0000, 1, 1, "4.3.3.4.1"),
    DllcbType("RETRY_REQ", 0b0001, 0b0001, 1, 1, "4.3.3.4.2"),
    DllcbType("RETRY_ACK", 0b0001, 0b0010, 1, 1, "4.3.3.4.3"),
    DllcbType("CRD_ACK", 0b0010, 0b0100, 2, 2, "4.3.3.5"),
    DllcbType("PARAM_EXCHG", 0b0011, 0b0000, 1, 32, "4.3.3.6"),
    DllcbType("LANE_MANAGE", 0b0100, 0b0001, 1, 1, "4.3.3.7"),
    DllcbType("BLOCK_MODE_CHG", 0b0101, 0b0000, 1, 1, "4.3.3.8"),
    DllcbType("INIT", 0b1100, 0b1000, 5, 32, "4.3.3.9"),
)}


@wire_header(nbytes=20)
class NullBlock(data.Struct):
    """Null Block, 1 flit (E4 §4.3.3.2): sent when idle, never stored in the retry buffer."""
    bcrc: Bcrc
    rsvd: unsigned(96)
    lch: Lch


@wire_header(nbytes=20)
class NobBlock(data.Struct):
    """No_Operation Block, 1 flit (E4 §4.3.3.3): fills PACKET_MIN_INTERVAL; backed up."""
    bcrc: Bcrc
    rsvd: unsigned(96)
    lch: Lch


@wire_header(nbytes=20)
class RetryIdleBlock(data.Struct):
    """Retry_Idle Block, 1 flit (E4 §4.3.3.4.1): heads a Retry_Req_Set or Retry_Ack_Set."""
    bcrc: Bcrc
    rsvd: unsigned(96)
    lch: Lch


@wire_header(nbytes=20)
class RetryReqBlock(data.Struct):
    """Retry_Req Block, 1 flit (E4 §4.3.3.4.2 p.108).

    ======  ==================================================================
    0-3     :class:`Lch` (CTRL 0001, SUB_CTRL 0001)
    4-7     reserved (word 1)
    8-9     ``rcv_ptr``: index in the peer's retry buffer of the first flit to resend
    10      ``num_phy_reinit``: PHY re-initialisations in this retry event
    11      ``num_retry``: Retry_Req_Sets sent since the last PHY re-initialisation
    12-15   reserved (word 3)
    16-19   :class:`Bcrc`
    ======  ==================================================================
    """
    bcrc: Bcrc
    rsvd3: unsigned(32)
    num_retry: unsigned(RETRY_COUNT_BITS)
    num_phy_reinit: unsigned(RETRY_COUNT_BITS)
    rcv_ptr: unsigned(PTR_BITS)
    rsvd1: unsigned(32)
    lch: Lch


@wire_header(nbytes=20)
class RetryAckBlock(data.Struct):
    """Retry_Ack Block, 1 flit (E4 §4.3.3.4.3 pp.108-109).

    ======  ==================================================================
    0-3     :class:`Lch` (CTRL 0001, SUB_CTRL 0010)
    4       reserved
    5       ``num_retry``: the NUM_RETRY of the request answered
    6-7     ``num_free_buf``: the responder's free retry-buffer space in flits
    8-9     ``rd_ptr``: where the resend starts (the request's RcvPtr)
    10-11   ``wr_ptr``: the responder's write pointer (the resend ends before it)
    12-15   reserved (word 3)
    16-19   :class:`Bcrc`
    ======  ==================================================================
    """
    bcrc: Bcrc
    rsvd3: unsigned(32)
    wr_ptr: unsigned(PTR_BITS)
    rd_ptr: unsigned(PTR_BITS)
    num_free_buf: unsigned(PTR_BITS)
    num_retry: unsigned(RETRY_COUNT_BITS)
    rsvd1: unsigned(8)
    lch: Lch


@wire_header(nbytes=40)
class CrdAckBlock(data.Struct):
    """Crd_Ack Block, 2 flits (E4 §4.3.3.5 pp.109-110).

    ======  ==================================================================
    0-3     :class:`Lch` (CTRL 0010, SUB_CTRL 0100, CLENGTH 1); ``info`` = reserved [7:2],
            SD [1] (SEND_DONE, valid with T = 1), T [0] (1 = initial credit)
    4-5     ``ack_num``: releases ACK_NUM x CTRL_ACK_GRAIN_SIZE flits of the peer's buffer
    6-17    ``crd_num``: 16 x 6-bit counts, VL15 first on the wire, VL0 = CRD_NUM[5:0]; VL N
            gets crd_num[N] x CTRL_CREDIT_GRAIN_SIZE(N) cells
    18-35   reserved
    36-39   :class:`Bcrc`
    ======  ==================================================================
    """
    bcrc: Bcrc
    rsvd1: unsigned(16 * 8)
    rsvd0: unsigned(16)
    crd_num: data.ArrayLayout(unsigned(6), 16)    # element N = VL N
    ack_num: unsigned(16)
    lch: Lch


def _grain_bytes(n):
    """``n`` per-VL bitmap bytes, element N = VL N (the highest VL first on the wire)."""
    return data.ArrayLayout(unsigned(8), n)


@wire_header(nbytes=100)
class InitBlock(data.Struct):
    """Init Block of 5 flits (E4 §4.3.3.9 pp.116-121, Table 4-8; byte positions from its
    figures, the same in 2.0 and 2.0.1).

    Each grain and size field is a capability bitmap: bit 7..0 = {128, 64, 32, 16, 8, 4, 2, 1}.

    ============  ===========================================================
    flit 0, 0-3   :class:`Lch` (CTRL 1100, SUB_CTRL 1000, CLENGTH 4)
    flit 0, 7-8   ``feature_id``: DLL protocol version (1)
    flit 0, 9     bit 0 ``rxbuf_vl_share``
    flit 0, 10    ``data_ack_grain_size`` (LPH/LBH ACK grain, flits)
    flit 0, 11    ``ctrl_ack_grain_size`` (Crd_Ack ACK_NUM grain, flits)
    flit 0, 12    ``flow_ctrl_size`` (flits per cell)
    flit 0, 13-14 ``vl_enable``: bit i = VL i
    flit 0, 16-17 ``retry_buf_depth``: the sender's retry buffer in flits (not negotiated)
    flit 1, 4-17  ``ctrl_credit_grain_lo``: Crd_Ack CRD grain in cells, VL13..VL0
    flit 2, 4-15  ``data_credit_grain_lo``: LPH/LBH CRD grain in cells, VL11..VL0
    flit 2, 16-17 ``ctrl_credit_grain_hi``: VL15, VL14
    flit 3, 13    ``packet_min_interval``: flits between DLLDP starts the receiver needs
    flit 3, 14-17 ``data_credit_grain_hi``: VL15..VL12
    flit 4, 16-19 :class:`Bcrc`
    ============  ===========================================================
    """
    bcrc: Bcrc                                   # flit 4, bytes 16-19
    rsvd_f4: unsigned(16 * 8)                    # flit 4, bytes 0-15
    rsvd_f3b: unsigned(16)                       # flit 3, bytes 18-19
    data_credit_grain_hi: _grain_bytes(4)        # flit 3, bytes 14-17: VL12..VL15
    packet_min_interval: unsigned(8)             # flit 3, byte 13
    rsvd_f3a: unsigned(13 * 8)                   # flit 3, bytes 0-12
    rsvd_f2b: unsigned(16)                       # flit 2, bytes 18-19
    ctrl_credit_grain_hi: _grain_bytes(2)        # flit 2, bytes 16-17: VL14, VL15
    data_credit_grain_lo: _grain_bytes(12)       # flit 2, bytes 4-15: VL0..VL11
    rsvd_f2a: unsigned(32)                       # flit 2, bytes 0-3
    rsvd_f1b: unsigned(16)                       # flit 1, bytes 18-19
    ctrl_credit_grain_lo: _grain_bytes(14)       # flit 1, bytes 4-17: VL0..VL13
    rsvd_f1a: unsigned(32)                       # flit 1, bytes 0-3
    rsvd_f0c: unsigned(16)                       # flit 0, bytes 18-19
    retry_buf_depth: unsigned(16)                # flit 0, bytes 16-17
    rsvd_f0b: unsigned(8)                        # flit 0, byte 15
    vl_enable: unsigned(16)                      # flit 0, bytes 13-14
    flow_ctrl_size: unsigned(8)                  # flit 0, byte 12
    ctrl_ack_grain_size: unsigned(8)             # flit 0, byte 11
    data_ack_grain_size: unsigned(8)             # flit 0, byte 10
    rxbuf_vl_share: unsigned(1)                  # flit 0, byte 9 bit 0
    rsvd_f0a1: unsigned(7)                       # flit 0, byte 9 bits 7:1
    feature_id: unsigned(16)                     # flit 0, bytes 7-8
    rsvd_f0a: unsigned(24)                       # flit 0, bytes 4-6
    lch: Lch                                     # flit 0, bytes 0-3
