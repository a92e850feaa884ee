"""Hardware queue entries in host memory: send-queue entry (SQE), scatter/gather entry (SGE),
completion entry (CQE).

These are host-memory structures written and read by a little-endian driver, laid out like the
umdk udma provider (``src/urma/hw/udma/udma_u_jfs.h``, ``udma_u_jfc.h``): 32-bit words ("DW")
with C bitfields counted from bit 0 up. They are tagged :func:`~hdl_py.proto.codec.host_struct`
(little-endian): the struct value is ``int.from_bytes(memory_bytes, "little")``, so fields are
declared in the C order and DW ``k`` bit ``b`` is struct bit ``32 * k + b``. A DMA engine that
reads the entry over a little-endian bus (AXI, byte lane ``k`` = memory byte ``k``) gets the
struct value directly, with no byte reversal.

128-bit EIDs are stored as the 16 bytes of ``urma_eid_t.raw`` in memory order, so the field value
is ``int.from_bytes(eid_raw, "little")``.
"""

from amaranth.hdl import unsigned
from amaranth.lib import data

from .codec import host_struct
from .enums import (
    CqeLocalSubstatus,
    CqeOpcode,
    CqeRemoteSubstatus,
    CqeStatus,
    CrStatus,
    HwOpcode,
    PlaceOrder,
    TargetType,
)

__all__ = [
    "SQE_BB_BYTES", "SQE_MAX_BB", "SQE_CTL_BYTES", "SGE_BYTES",
    "SqeFlag", "SqeCtl", "Sge", "SqeBasicBlock", "sqe_bb_count", "Cqe", "cr_status_of",
]

#: Size of one send-queue basic block.
SQE_BB_BYTES = 64
#: Largest number of basic blocks in one send-queue entry.
SQE_MAX_BB = 4
#: Size of the control segment at the start of a send-queue entry.
SQE_CTL_BYTES = 48
#: Size of one scatter/gather entry.
SGE_BYTES = 16


class SqeFlag(data.Struct):
    """The 7-bit ``flag`` field of the SQE: work-request flags (``urma_jfs_wr_flag_t``).

    Bit 0 first: ``place_order`` [1:0], ``comp_order`` [2], ``fence`` [3], ``solicited``
    [4] (``se``), ``complete_enable`` [5] (``cqe``), ``inline`` [6] (``inline_en``).
    """
    place_order: PlaceOrder       # bits [1:0]
    comp_order: unsigned(1)       # bit 2
    fence: unsigned(1)            # bit 3  wait for earlier WRs to complete
    solicited: unsigned(1)        # bit 4  solicited event at the target
    complete_enable: unsigned(1)  # bit 5  write a completion entry for this WR
    inline: unsigned(1)           # bit 6  data is inline in the SQE


@host_struct(nbytes=48)
class SqeCtl(data.Struct):
    """Send-queue entry control segment, 48 bytes (``struct udma_jfs_sqe_ctl``).

    ====  ==========================================================================
    DW0   ``sqe_bb_idx`` [15:0], ``flag`` [22:16], ``udf_flag`` [23], reserved [26:24],
          ``nf`` [27], ``token_en`` [28], ``rmt_jetty_type`` [30:29], ``owner`` [31]
    DW1   ``target_hint`` [7:0], ``opcode`` [15:8], reserved [21:16], ``inline_len`` [31:22]
    DW2   ``tp_id`` [23:0], ``sge_num`` [31:24]
    DW3   ``rmt_jetty_or_seg_id`` [19:0], reserved [31:20]
    DW4-7 ``rmt_eid`` (128 bits)
    DW8   ``rmt_token_value``
    DW9   ``udf_type`` [7:0], ``reduce_data_type`` [11:8], ``reduce_opcode`` [15:12],
          reserved [31:16]
    DW10-11 ``rmt_addr`` (64 bits; DW10 holds the low half)
    ====  ==========================================================================

    ``udf_flag``, ``nf``, ``udf_type`` and the ``reduce_*`` fields are kept for layout
    compatibility with the udma driver; OpenUB requires them to be zero.
    """
    # DW0
    sqe_bb_idx: unsigned(16)          # index of this entry's first basic block
    flag: SqeFlag
    udf_flag: unsigned(1)
    rsvd0: unsigned(3)
    nf: unsigned(1)
    token_en: unsigned(1)             # rmt_token_value is valid
    rmt_jetty_type: TargetType
    owner: unsigned(1)                # phase bit, flips on each pass over the ring
    # DW1
    target_hint: unsigned(8)          # jetty-group member hint
    opcode: HwOpcode
    rsvd1: unsigned(6)
    inline_len: unsigned(10)          # inline data length in bytes
    # DW2
    tp_id: unsigned(24)               # transport path (TPN) to use
    sge_num: unsigned(8)              # number of SGEs that follow
    # DW3
    rmt_jetty_or_seg_id: unsigned(20)  # remote jetty/JFR id, or remote segment token id
    rsvd2: unsigned(12)
    # DW4-7
    rmt_eid: unsigned(128)
    # DW8
    rmt_token_value: unsigned(32)
    # DW9
    udf_type: unsigned(8)
    reduce_data_type: unsigned(4)
    reduce_opcode: unsigned(4)
    rsvd3: unsigned(16)
    # DW10-11
    rmt_addr: unsigned(64)            # remote virtual address


@host_struct(nbytes=16)
class Sge(data.Struct):
    """Scatter/gather entry, 16 bytes (``struct udma_normal_sge``).

    ====  ==========================================================================
    DW0   ``length`` in bytes
    DW1   ``token_id`` [19:0] (local segment token id), reserved [31:20]
    DW2-3 ``va`` local virtual address (DW2 holds the low half)
    ====  ==========================================================================

    Receive-queue (JFR) entries are lists of the same 16-byte SGEs.
    """
    length: unsigned(32)
    token_id: unsigned(20)
    rsvd0: unsigned(12)
    va: unsigned(64)


@host_struct(nbytes=64)
class SqeBasicBlock(data.Struct):
    """First 64-byte basic block of a send-queue entry: control segment and first SGE.

    Further SGEs (when ``sge_num`` > 1) follow in the next basic blocks, four per block.
    """
    ctl: SqeCtl   # bytes 0-47
    sge: Sge      # bytes 48-63


def sqe_bb_count(sge_num):
    """Basic blocks used by a send-queue entry with ``sge_num`` SGEs (1 to 13)."""
    if isinstance(sge_num, bool) or not isinstance(sge_num, int):
        raise TypeError(f"sge_num must be an int, not {sge_num!r}")
    max_sge = (SQE_MAX_BB * SQE_BB_BYTES - SQE_CTL_BYTES) // SGE_BYTES
    if not 1 <= sge_num <= max_sge:
        raise ValueError(f"sge_num must be 1..{max_sge}, not {sge_num}")
    return (SQE_CTL_BYTES + sge_num * SGE_BYTES + SQE_BB_BYTES - 1) // SQE_BB_BYTES


@host_struct(nbytes=64)
class Cqe(data.Struct):
    """Completion entry, 64 bytes (``struct udma_u_jfc_cqe``).

    ======== ==========================================================================
    DW0      ``s_r`` [0], ``is_jetty`` [1], ``owner`` [2], ``inline_en`` [3], ``opcode`` [6:4],
             ``fd`` [7], reserved [15:8], ``substatus`` [23:16], ``status`` [31:24]
    DW1-2    ``entry_idx`` DW1[15:0], ``local_num`` DW1[31:16] + DW2[3:0] (20 bits),
             ``rmt_idx`` DW2[23:4], reserved DW2[31:24]
    DW3      ``tpn`` [23:0], reserved [31:24]
    DW4      ``byte_cnt``
    DW5-6    ``user_data``
    DW7-10   ``rmt_eid``
    DW11-12  ``imm`` (immediate data, or the invalidated token for SEND_WITH_INV)
    DW13-15  ``inline_data`` (12 bytes)
    ======== ==========================================================================

    The driver splits ``local_num`` into ``local_num_l:16`` and ``local_num_h:4``; in the
    little-endian struct value the two halves are adjacent, so it is one 20-bit field here.
    """
    # DW0
    s_r: unsigned(1)            # 0: send completion, 1: receive completion
    is_jetty: unsigned(1)       # local_num is a jetty (1) or a JFS/JFR (0)
    owner: unsigned(1)          # phase bit, flips on each pass over the ring
    inline_en: unsigned(1)      # received data is inline in the entry
    opcode: CqeOpcode           # receive completions only
    fd: unsigned(1)
    rsvd0: unsigned(8)
    substatus: unsigned(8)      # CqeLocalSubstatus / CqeRemoteSubstatus, per status
    status: CqeStatus
    # DW1-2
    entry_idx: unsigned(16)     # index of the completed send/receive queue entry
    local_num: unsigned(20)     # local jetty/JFS/JFR number
    rmt_idx: unsigned(20)       # remote jetty/JFS number
    rsvd1: unsigned(8)
    # DW3
    tpn: unsigned(24)
    rsvd2: unsigned(8)
    # DW4
    byte_cnt: unsigned(32)
    # DW5-6
    user_data: unsigned(64)
    # DW7-10
    rmt_eid: unsigned(128)
    # DW11-12
    imm: unsigned(64)
    # DW13-15
    inline_data: unsigned(96)


_CR_STATUS = {
    (CqeStatus.SUCCESS, 0): CrStatus.SUCCESS,
    (CqeStatus.UNSUPPORTED_OPCODE, 0): CrStatus.UNSUPPORTED_OPCODE_ERR,
    (CqeStatus.LOCAL_OP_ERR, CqeLocalSubstatus.LOCAL_LENGTH.value): CrStatus.LOC_LEN_ERR,
    (CqeStatus.LOCAL_OP_ERR, CqeLocalSubstatus.LOCAL_ACCESS.value): CrStatus.LOC_ACCESS_ERR,
    (CqeStatus.LOCAL_OP_ERR, CqeLocalSubstatus.REM_RSP_LENGTH.value): CrStatus.REM_RESP_LEN_ERR,
    (CqeStatus.LOCAL_OP_ERR, CqeLocalSubstatus.LOCAL_DATA_POISON.value):
        CrStatus.LOC_DATA_POISON,
    (CqeStatus.LOCAL_OP_ERR, CqeLocalSubstatus.BAD_ENTRY.value): CrStatus.LOC_OPERATION_ERR,
    (CqeStatus.REMOTE_OP_ERR, CqeRemoteSubstatus.REM_UNSUPPORTED_REQ.value):
        CrStatus.REM_UNSUPPORTED_REQ_ERR,
    (CqeStatus.REMOTE_OP_ERR, CqeRemoteSubstatus.REM_ACCESS.value):
        CrStatus.REM_ACCESS_ABORT_ERR,
    (CqeStatus.REMOTE_OP_ERR, CqeRemoteSubstatus.REM_DATA_POISON.value):
        CrStatus.REM_DATA_POISON,
    (CqeStatus.REMOTE_OP_ERR, CqeRemoteSubstatus.REM_OPERATION.value):
        CrStatus.REM_OPERATION_ERR,
    (CqeStatus.RNR_RETRY_CNT_EXC, 0): CrStatus.RNR_RETRY_CNT_EXC_ERR,
    (CqeStatus.ACK_TIMEOUT, 0): CrStatus.ACK_TIMEOUT_ERR,
    (CqeStatus.WR_FLUSH, 0): CrStatus.WR_FLUSH_ERR,
}


def cr_status_of(status, substatus):
    """Map a completion entry's ``(status, substatus)`` to the URMA completion-record status.

    Follows the udma driver's table; combinations it rejects raise :class:`ValueError`.

    Parameters
    ----------
    status : CqeStatus or int
    substatus : int or CqeLocalSubstatus or CqeRemoteSubstatus
    """
    try:
        status = CqeStatus(status.value if isinstance(status, CqeStatus) else status)
    except ValueError:
        raise ValueError(f"unknown completion status {status!r}") from None
    if isinstance(substatus, (CqeLocalSubstatus, CqeRemoteSubstatus)):
        substatus = substatus.value
    try:
        return _CR_STATUS[(status, substatus)]
    except KeyError:
        raise ValueError(f"invalid completion substatus {substatus!r} for status "
                         f"{status.name}") from None
