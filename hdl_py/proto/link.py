"""Data link layer formats of a link built before the UB 2.0 specification was public: the link
header and trailer, and the credit/ack control block. That link has been removed; no gateware
uses these layouts (the spec formats are in :mod:`hdl_py.proto.dll`).

Wire headers are big-endian: fields are declared LSB-first (Amaranth order), which is the
reverse of the MSB-first order in which the reference lists them. Each field's comment gives its
wire byte and bit range (byte 0 first on the wire, bit 7 the most significant bit of a byte).
Bit tables: ``docs/wire-formats.md``.
"""

from collections.abc import Mapping

from amaranth.hdl import unsigned
from amaranth.lib import data

from .codec import wire_header
from .enums import LbMode, LinkCfg, RoutePolicy

__all__ = [
    "FLIT_BYTES", "BLOCK_FLITS", "PLEN_MAX_BYTES", "VL_COUNT",
    "RoutingType", "PacketLength", "LinkHeader", "plen_from_bytes", "plen_to_bytes",
    "LinkTrailer",
    "LCH_LENGTH_CREDIT_ACK", "LCH_PATTERN", "LCH_CONTROL_CREDIT", "LCH_SUB_CONTROL_CREDIT_ACK",
    "LinkControlHeader", "CreditAckBlock", "credit_fields",
]

#: Bytes in one flit.
FLIT_BYTES = 20
#: Flits in one block of the ``plen`` encoding (``plen.flits`` counts 0..31 flits).
BLOCK_FLITS = 32
#: Largest packet length that ``plen`` can express, in bytes.
PLEN_MAX_BYTES = 15 * BLOCK_FLITS * FLIT_BYTES + (BLOCK_FLITS - 1) * FLIT_BYTES + FLIT_BYTES - 1
#: Number of virtual lanes.
VL_COUNT = 16


class RoutingType(data.Struct):
    """Link header ``rt`` field (2 bits), split as ns-3-UB does.

    Fields (MSB first): ``lb_mode`` (bit 1), ``policy`` (bit 0).
    """
    policy: RoutePolicy   # bit 0: 0 all paths, 1 shortest paths
    lb_mode: LbMode       # bit 1: 0 per flow, 1 per packet


class PacketLength(data.Struct):
    """Link header ``plen`` field (14 bits): the packet length in blocks, flits and bytes.

    ``length_bytes = blocks * 640 + flits * 20 + tail_bytes`` with a block of 32 flits and a flit
    of 20 bytes; ``flits`` is 0..31 and ``tail_bytes`` 0..19, so every length from 0 to
    :data:`PLEN_MAX_BYTES` has exactly one encoding (:func:`plen_from_bytes`). The length counts
    the whole link packet, from the first byte of the link header to the last payload byte.

    Fields (MSB first): ``blocks`` [13:10], ``flits`` [9:5], ``tail_bytes`` [4:0].
    """
    tail_bytes: unsigned(5)   # bytes in the last, partial flit
    flits: unsigned(5)        # whole flits after the whole blocks
    blocks: unsigned(4)       # whole blocks of 32 flits


@wire_header(nbytes=4)
class LinkHeader(data.Struct):
    """Link packet header, 32 bits, first on the wire of every data packet.

    Reference fields ``crd:1, ack:1, crd_vl:4, vl:4, cfg:4, rt:2, plen:14``; the two reserved
    bits sit where ns-3-UB ``UbDatalinkPacketHeader`` leaves them (after ``crd_vl`` and after
    ``vl``), which puts ``cfg`` in the low nibble of byte 1, the same place as in the link
    control header, so a receiver dispatches on bits [19:16] of the first word.

    ======  =====================================================================
    byte 0  ``crd`` [7], ``ack`` [6], ``crd_vl`` [5:2], reserved [1], ``vl[3]`` [0]
    byte 1  ``vl[2:0]`` [7:5], reserved [4], ``cfg`` [3:0]
    byte 2  ``rt`` [7:6], ``plen[13:8]`` [5:0]
    byte 3  ``plen[7:0]``
    ======  =====================================================================
    """
    plen: PacketLength    # bits [13:0]   bytes 2-3
    rt: RoutingType       # bits [15:14]  byte 2 [7:6]
    cfg: LinkCfg          # bits [19:16]  byte 1 [3:0]
    rsvd1: unsigned(1)    # bit 20        byte 1 [4]
    vl: unsigned(4)       # bits [24:21]  virtual lane of this packet
    rsvd0: unsigned(1)    # bit 25        byte 0 [1]
    crd_vl: unsigned(4)   # bits [29:26]  VL whose credit this packet returns (when crd=1)
    ack: unsigned(1)      # bit 30        this packet acknowledges (frees retry-buffer space)
    crd: unsigned(1)      # bit 31        this packet returns one credit for crd_vl


def plen_from_bytes(nbytes):
    """Encode a packet length in bytes as the ``plen`` field mapping."""
    if isinstance(nbytes, bool) or not isinstance(nbytes, int):
        raise TypeError(f"packet length must be an int, not {nbytes!r}")
    if not 0 <= nbytes <= PLEN_MAX_BYTES:
        raise ValueError(f"packet length {nbytes} is outside 0..{PLEN_MAX_BYTES} bytes")
    blocks, rest = divmod(nbytes, BLOCK_FLITS * FLIT_BYTES)
    flits, tail_bytes = divmod(rest, FLIT_BYTES)
    return {"blocks": blocks, "flits": flits, "tail_bytes": tail_bytes}


def plen_to_bytes(plen):
    """Decode a ``plen`` field (mapping, or raw 14-bit int) into a length in bytes.

    Raises :class:`ValueError` for a non-canonical encoding (``tail_bytes`` >= 20).
    """
    if isinstance(plen, Mapping):
        blocks, flits, tail = plen["blocks"], plen["flits"], plen["tail_bytes"]
    elif isinstance(plen, int) and not isinstance(plen, bool) and 0 <= plen < (1 << 14):
        blocks, flits, tail = plen >> 10, (plen >> 5) & 0x1F, plen & 0x1F
    else:
        raise ValueError(f"plen must be a mapping or a 14-bit int, not {plen!r}")
    if tail >= FLIT_BYTES:
        raise ValueError(f"plen tail_bytes {tail} is not below the flit size {FLIT_BYTES}")
    return blocks * BLOCK_FLITS * FLIT_BYTES + flits * FLIT_BYTES + tail


@wire_header(nbytes=6)
class LinkTrailer(data.Struct):
    """Link packet trailer, 48 bits, the last 6 bytes of the last flit of every data packet.

    OpenUB's (the sequence number and CRC placement of a UB link packet are not public): the
    link-level-retry sequence number of the packet and the block CRC (CRC-30/CDMA over every
    byte of the packet's flits before the CRC field, i.e. bytes ``0 .. 20F-5`` of an F-flit
    packet, ``seq`` included). The data link layer (``docs/link.md``) places it.

    ======  =====================================================================
    0-1     ``seq``: LLR sequence number of this data packet (modulo 2^16)
    2       reserved [7:6], ``crc[29:24]`` [5:0]
    3-5     ``crc[23:0]``
    ======  =====================================================================
    """
    crc: unsigned(30)     # bits [29:0]   byte 2 [5:0], bytes 3-5
    rsvd0: unsigned(2)    # bits [31:30]  byte 2 [7:6]
    seq: unsigned(16)     # bits [47:32]  bytes 0-1


#: ``length`` of a credit/ack control block: flits minus one (2 flits).
LCH_LENGTH_CREDIT_ACK = 1
#: Fixed 6-bit pattern of the link control header (ns-3-UB; meaning not public).
LCH_PATTERN = 0b100000
#: ``control`` value of a credit control block.
LCH_CONTROL_CREDIT = 0x2
#: ``sub_control`` value of a credit/ack block.
LCH_SUB_CONTROL_CREDIT_ACK = 0x4


@wire_header(nbytes=4)
class LinkControlHeader(data.Struct):
    """Link control header (LCH), the first 32 bits of a link control block (``cfg`` = 0).

    Layout of ns-3-UB ``UbDatalinkControlCreditHeader``; ``cfg`` sits in bits [19:16] exactly
    as in :class:`LinkHeader`.

    ======  ====================================================================
    byte 0  reserved [7], ``length`` [6:2], ``pattern[5:4]`` [1:0]
    byte 1  ``pattern[3:0]`` [7:4], ``cfg`` [3:0]
    byte 2  ``control`` [7:4], ``sub_control`` [3:0]
    byte 3  ``sd`` [7], reserved [6:1], ``init_done`` [0]
    ======  ====================================================================
    """
    init_done: unsigned(1)    # bit 0      ns-3-UB "Type": with sd=1, credit init complete
    rsvd1: unsigned(6)        # bits [6:1]
    sd: unsigned(1)           # bit 7      credit initialisation block (CRD_INIT)
    sub_control: unsigned(4)  # bits [11:8]   LCH_SUB_CONTROL_CREDIT_ACK
    control: unsigned(4)      # bits [15:12]  LCH_CONTROL_CREDIT
    cfg: LinkCfg              # bits [19:16]  CREDIT_CONTROL
    pattern: unsigned(6)      # bits [25:20]  LCH_PATTERN
    length: unsigned(5)       # bits [30:26]  block length in flits minus one
    rsvd0: unsigned(1)        # bit 31


@wire_header(nbytes=40)
class CreditAckBlock(data.Struct):
    """Credit/ack control block: 2 flits (40 bytes) including its link control header.

    ====== ==========================================================================
    0-3    :class:`LinkControlHeader` (``cfg`` = 0, ``length`` = 1, control 2, sub-control 4)
    4-5    ``ack_number``: link-level acknowledgement (16-bit sequence number)
    6-17   ``credit_vl0`` .. ``credit_vl15``: 16 x 6-bit credits in cells, VL0 first
    18     ``retry_req`` [7], ``retry_ack`` [6], reserved [5:0]
    19     reserved
    20-21  ``retry_seq``: link-level-retry sequence number to replay from
    22-35  reserved (zero)
    36     reserved [7:6], ``crc[29:24]`` [5:0]
    37-39  ``crc[23:0]``: CRC-30/CDMA over bytes 0-35
    ====== ==========================================================================

    Bytes 0-17 follow ns-3-UB; the link-level-retry (LLR) fields in bytes 18-21 and the block
    CRC in bytes 36-39 are OpenUB's (the LLR sequence width on the wire is not public: 16 bits,
    like ``ack_number``; the CRC is the one of data packets, ``docs/link.md``).
    Use :func:`credit_fields` to index the credits by VL in gateware.
    """
    crc: unsigned(30)         # byte 36 [5:0], bytes 37-39: CRC-30/CDMA over bytes 0-35
    rsvd3: unsigned(2)        # byte 36 [7:6]
    rsvd2: unsigned(112)      # bytes 22-35
    retry_seq: unsigned(16)   # bytes 20-21
    rsvd1: unsigned(14)       # byte 18 [5:0], byte 19
    retry_ack: unsigned(1)    # byte 18 [6]  answer to a retry request; replay starts now
    retry_req: unsigned(1)    # byte 18 [7]  ask the peer to replay from retry_seq
    credit_vl15: unsigned(6)  # bytes 6-17, VL0 in the top bits (first on the wire)
    credit_vl14: unsigned(6)
    credit_vl13: unsigned(6)
    credit_vl12: unsigned(6)
    credit_vl11: unsigned(6)
    credit_vl10: unsigned(6)
    credit_vl9: unsigned(6)
    credit_vl8: unsigned(6)
    credit_vl7: unsigned(6)
    credit_vl6: unsigned(6)
    credit_vl5: unsigned(6)
    credit_vl4: unsigned(6)
    credit_vl3: unsigned(6)
    credit_vl2: unsigned(6)
    credit_vl1: unsigned(6)
    credit_vl0: unsigned(6)
    ack_number: unsigned(16)  # bytes 4-5
    lch: LinkControlHeader    # bytes 0-3


def credit_fields(block):
    """The 16 credit fields of a :class:`CreditAckBlock` view, indexed by VL.

    Wrap in :class:`amaranth.hdl.Array` to select one by a VL signal.
    """
    return [getattr(block, f"credit_vl{vl}") for vl in range(VL_COUNT)]
