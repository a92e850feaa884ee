"""Transaction layer formats: TAH, the acknowledge TAH (ATAH) and the memory-access extensions.

Wire headers are big-endian; fields are declared LSB-first (reverse of the reference's MSB-first
listing). Layouts follow ns-3-UB ``ub-header.h``. Bit tables: ``docs/wire-formats.md``.
"""

from amaranth.hdl import unsigned
from amaranth.lib import data

from .codec import wire_header
from .enums import TaOpcode, TaOrder, TaRspStatus

__all__ = ["Tah", "Atah", "Maetah", "MaetahCompact", "compact_len_bytes"]


@wire_header(nbytes=8)
class Tah(data.Struct):
    """Transaction header (TAH), 8 bytes.

    ======  ====================================================================
    0       ``ta_opcode``
    1       ``ver`` [7:6], ``ee`` [5:4], ``tv_en`` [3], ``poison`` [2], reserved [1],
            ``ud_flg`` [0]
    2-3     ``ini_ta_ssn``
    4       ``no_ta_ack`` [7], ``order`` [6:4], ``mt_en`` [3], ``fce`` [2], ``retry`` [1],
            ``alloc`` [0]
    5       reserved [7], ``exclusive`` [6], ``ini_rc_type`` [5:4], ``ini_rc_id[19:16]`` [3:0]
    6-7     ``ini_rc_id[15:0]``
    ======  ====================================================================

    The reference's fields add up to 62 bits; the two reserved bits are where ns-3-UB puts them.
    ``ini_rc_type`` takes :class:`~hdl_py.proto.enums.IniRcType` values.
    """
    ini_rc_id: unsigned(20)     # bytes 5-7  initiator requester-context id (jetty number)
    ini_rc_type: unsigned(2)    # byte 5 [5:4]
    exclusive: unsigned(1)      # byte 5 [6]
    rsvd1: unsigned(1)          # byte 5 [7]
    alloc: unsigned(1)          # byte 4 [0]
    retry: unsigned(1)          # byte 4 [1] 1: retransmitted request
    fce: unsigned(1)            # byte 4 [2]
    mt_en: unsigned(1)          # byte 4 [3] an MTETAH extension follows
    order: TaOrder              # byte 4 [6:4]
    no_ta_ack: unsigned(1)      # byte 4 [7] no TA ACK wanted
    ini_ta_ssn: unsigned(16)    # bytes 2-3  initiator transaction segment sequence number
    ud_flg: unsigned(1)         # byte 1 [0] a UDETAH extension follows
    rsvd0: unsigned(1)          # byte 1 [1]
    poison: unsigned(1)         # byte 1 [2]
    tv_en: unsigned(1)          # byte 1 [3] a TVETAH extension follows
    ee: unsigned(2)             # byte 1 [5:4]
    ver: unsigned(2)            # byte 1 [7:6]
    ta_opcode: TaOpcode         # byte 0


@wire_header(nbytes=8)
class Atah(data.Struct):
    """Acknowledge transaction header (ATAH), 8 bytes: TA_ACK, READ_RSP, ATOMIC_RSP.

    ======  ====================================================================
    0       ``ta_opcode``
    1       ``ver`` [7:6], reserved [5:4], ``sv`` [3], ``poison`` [2], reserved [1:0]
    2-3     ``ini_ta_ssn`` (echo of the request's TAH)
    4       ``rsp_status`` [7:5], ``rsp_info`` [4:0]
    5       reserved [7:6], ``ini_rc_type`` [5:4], ``ini_rc_id[19:16]`` [3:0]
    6-7     ``ini_rc_id[15:0]``
    ======  ====================================================================

    Layout of ns-3-UB ``UbAckTransactionHeader``; ``rsp_status`` values are OpenUB's
    (:class:`~hdl_py.proto.enums.TaRspStatus`).
    """
    ini_rc_id: unsigned(20)     # bytes 5-7
    ini_rc_type: unsigned(2)    # byte 5 [5:4]
    rsvd2: unsigned(2)          # byte 5 [7:6]
    rsp_info: unsigned(5)       # byte 4 [4:0]
    rsp_status: TaRspStatus     # byte 4 [7:5]
    ini_ta_ssn: unsigned(16)    # bytes 2-3
    rsvd1: unsigned(2)          # byte 1 [1:0]
    poison: unsigned(1)         # byte 1 [2]
    sv: unsigned(1)             # byte 1 [3]
    rsvd0: unsigned(2)          # byte 1 [5:4]
    ver: unsigned(2)            # byte 1 [7:6]
    ta_opcode: TaOpcode         # byte 0


@wire_header(nbytes=16)
class Maetah(data.Struct):
    """Memory-access extended transaction header (MAETAH), 16 bytes.

    ======  ====================================================================
    0-7     ``va`` target virtual address
    8-11    reserved [31:28], ``token_id`` [27:8], reserved [7:0]
    12-15   ``len`` access length in bytes
    ======  ====================================================================
    """
    len: unsigned(32)           # bytes 12-15
    rsvd1: unsigned(8)          # byte 11
    token_id: unsigned(20)      # bytes 8-11 [27:8]
    rsvd0: unsigned(4)          # byte 8 [7:4]
    va: unsigned(64)            # bytes 0-7


@wire_header(nbytes=12)
class MaetahCompact(data.Struct):
    """Compact MAETAH, 12 bytes, for 64-byte-aligned accesses of 64 B x 2**n.

    ======  ====================================================================
    0-7     ``va`` [63:6] (address bits 63..6), ``affinity_hint`` [5:4],
            ``strong_order`` [3], ``len`` [2:0] (length = 64 B << len)
    8-11    reserved [31:28], ``token_id`` [27:8], reserved [7:0]
    ======  ====================================================================

    ``va`` holds the virtual address shifted right by 6; ``token_id`` is placed as in
    :class:`Maetah` (ns-3-UB ``UbCompactMAExtTah``).
    """
    rsvd1: unsigned(8)          # byte 11
    token_id: unsigned(20)      # bytes 8-11 [27:8]
    rsvd0: unsigned(4)          # byte 8 [7:4]
    len: unsigned(3)            # byte 7 [2:0]
    strong_order: unsigned(1)   # byte 7 [3]
    affinity_hint: unsigned(2)  # byte 7 [5:4]
    va: unsigned(58)            # bytes 0-7, address bits 63..6


def compact_len_bytes(len_code):
    """Access length in bytes of a compact MAETAH ``len`` code (64 B x 2**len_code)."""
    if isinstance(len_code, bool) or not isinstance(len_code, int) or not 0 <= len_code < 8:
        raise ValueError(f"compact MAETAH len must be an int in 0..7, not {len_code!r}")
    return 64 << len_code
