"""Enumerations of the UB wire formats, queue entries and URMA semantics.

Every enum is an :class:`amaranth.lib.enum.Enum` (or ``Flag``) with an explicit shape, so it can
type a :class:`data.Struct` field and be used in gateware comparisons directly. Values follow
the public sources listed in ``docs/wire-formats.md`` (umdk / URMA headers, the openEuler UB
kernel drivers, ns-3-UB); values that OpenUB adds are marked as such.
"""

from amaranth.lib import enum

__all__ = [
    # data link layer
    "LinkCfg", "LbMode", "RoutePolicy",
    # network layer
    "CcMode", "NetNlp",
    # transport layer
    "TpOpcode", "TpNlp", "TpType", "TpState", "TransportMode", "CcAlg",
    # transaction layer
    "TaOpcode", "TaOrder", "TaRspStatus", "IniRcType",
    # hardware queues
    "HwOpcode", "PlaceOrder", "TargetType", "CqeOpcode", "CqeStatus", "CqeLocalSubstatus",
    "CqeRemoteSubstatus",
    # URMA
    "UrmaOpcode", "CrStatus", "CrOpcode", "JettyOrder", "TokenPolicy", "SegAccess",
    # UMMU
    "UmmuPerm",
]


# -- data link layer ---------------------------------------------------------------------------

class LinkCfg(enum.Enum, shape=4):
    """``cfg`` field of the 32-bit link header: what follows the link header.

    Source: kernel ``drivers/ub/ubus/msg.h``; ns-3-UB ``UbDatalinkHeaderConfig``.
    """
    CREDIT_CONTROL = 0  # link control block (credit/ack), see CreditAckBlock
    IPV4 = 3            # IPv4-style network header
    IPV6 = 4            # IPv6-style network header
    CNA16 = 6           # compact network header, 16-bit CNAs (Cna16Header)
    CNA24 = 7           # compact network header, 24-bit CNAs (Cna24Header)
    UB_MEMORY = 9       # UB memory packet


class LbMode(enum.Enum, shape=1):
    """Load-balance mode, upper bit of the link header ``rt`` field (ns-3-UB)."""
    PER_FLOW = 0
    PER_PACKET = 1


class RoutePolicy(enum.Enum, shape=1):
    """Routing policy, lower bit of the link header ``rt`` field (ns-3-UB)."""
    ALL_PATHS = 0
    SHORTEST = 1


# -- network layer -----------------------------------------------------------------------------

class CcMode(enum.Enum, shape=3):
    """``mode`` of the 16-bit congestion-control field of the network header."""
    CAQM = 0b000
    FECN_RTT = 0b010
    FECN = 0b100


class NetNlp(enum.Enum, shape=3):
    """Next-layer protocol of the compact network header (``NLP:3``).

    Only value 0 (a transport header follows) is public; other values are reserved and decode
    as an error in strict mode, which is how a switch or endpoint spots a bad NLP.
    """
    TRANSPORT = 0


# -- transport layer ---------------------------------------------------------------------------

class TpOpcode(enum.Enum, shape=8):
    """``TPOpcode`` of the RTPH (ns-3-UB ``TpOpcode``); 4 and 7 are reserved."""
    UNRELIABLE_TA = 0x0
    RELIABLE_TA = 0x1
    ACK = 0x2          # ACK without CETPH
    ACK_CETPH = 0x3    # ACK followed by a CETPH
    SACK = 0x5         # SACK: RTPH then the SACK extension
    SACK_CETPH = 0x6   # SACK: RTPH, CETPH, then the SACK extension
    CNP = 0x8          # congestion notification packet


class TpNlp(enum.Enum, shape=4):
    """``NLP`` of the RTPH: what follows a TA-carrying RTPH (ns-3-UB ``NextLayerProtocol``)."""
    TAH = 0x0
    UPI_UEID = 0x1
    CIP = 0x3


class TpType(enum.Enum, shape=2):
    """URMA transport-path types (``urma_tp_type_t``)."""
    RTP = 0   # reliable
    CTP = 1   # compact
    UTP = 2   # unreliable


class TpState(enum.Enum, shape=3):
    """TP context states (``urma_tp_state_t``)."""
    RESET = 0
    PASSIVE = 1
    ACTIVE = 2
    BRAKE = 3
    ERROR = 4


class TransportMode(enum.Enum, shape=3):
    """URMA transport modes (``urma_transport_mode_t``); one-hot."""
    RM = 0x1   # reliable message
    RC = 0x2   # reliable connection
    UM = 0x4   # unreliable message


class CcAlg(enum.Enum, shape=4):
    """Congestion-control algorithm of a TP (``cc_alg:4``, ``urma_tp_cc_alg_t``)."""
    NONE = 0
    DCQCN = 1
    DCQCN_AND_NETWORK_CC = 2
    LDCP = 3
    LDCP_AND_CAQM = 4
    LDCP_AND_OPEN_CC = 5
    HC3 = 6
    DIP = 7
    ACC = 8


# -- transaction layer -------------------------------------------------------------------------

class TaOpcode(enum.Enum, shape=8):
    """``TaOpcode`` of the TAH (ns-3-UB ``TaOpcode``)."""
    SEND = 0x00
    SEND_IMM = 0x01
    SEND_INV = 0x02
    WRITE = 0x03
    WRITE_IMM = 0x04
    WRITE_NOTIFY = 0x05
    READ = 0x06
    CAS = 0x07
    SWAP = 0x08
    ATOMIC_STORE = 0x09
    ATOMIC_LOAD = 0x0A
    FETCH_ADD = 0x0B
    FETCH_SUB = 0x0C
    FETCH_AND = 0x0D
    FETCH_OR = 0x0E
    FETCH_XOR = 0x0F
    MESSAGE = 0x10
    TA_ACK = 0x11
    READ_RSP = 0x12
    ATOMIC_RSP = 0x13
    WRITE_BE = 0x14
    PREFETCH_TGT = 0x15
    DISCONNECT_SCID = 0x16
    WRITEBACK_FULL = 0x17
    WRITEBACK_PTL = 0x18


class TaOrder(enum.Enum, shape=3):
    """``Order`` of the TAH: ordering requirement of a transaction (ns-3-UB ``OrderType``)."""
    NO = 0   # no ordering
    RO = 1   # relaxed order
    SO = 2   # strong order


class TaRspStatus(enum.Enum, shape=3):
    """``RspStatus`` of the acknowledge TAH (ATAH). Not public: OpenUB's encoding.

    Each value maps onto a completion status at the initiator (see ``docs/wire-formats.md``).
    """
    OK = 0
    RNR = 1                 # target has no receive buffer: retry up to rnr_retry
    ACCESS_ERR = 2          # token, permission or bounds check failed at the target
    UNSUPPORTED_REQ = 3     # opcode or request not supported by the target
    REMOTE_OP_ERR = 4       # target could not complete the operation (e.g. length)
    DATA_POISON = 5         # data poisoned at the target


class IniRcType(enum.Enum, shape=2):
    """Values of the TAH ``IniRcType`` field (ns-3-UB ``IniRcType``).

    The TAH field itself is a plain ``unsigned(2)`` because value 0 is not defined publicly.
    """
    REQUESTER_CONTEXT = 1
    DEST_SEQ_CONTEXT = 2


# -- hardware queues (umdk src/urma/hw/udma) -----------------------------------------------------

class HwOpcode(enum.Enum, shape=8):
    """``opcode`` of the send-queue entry (``enum udma_jfs_opcode``).

    SWAP and FETCH_SUB..FETCH_XOR are OpenUB additions, numbered like the TA opcodes (the udma
    hardware only lists CAS and FAA among the atomics).
    """
    SEND = 0x00
    SEND_IMM = 0x01
    SEND_INV = 0x02
    WRITE = 0x03
    WRITE_IMM = 0x04
    WRITE_NOTIFY = 0x05
    READ = 0x06
    CAS = 0x07
    SWAP = 0x08        # OpenUB
    FAA = 0x0B         # fetch-and-add
    FETCH_SUB = 0x0C   # OpenUB
    FETCH_AND = 0x0D   # OpenUB
    FETCH_OR = 0x0E    # OpenUB
    FETCH_XOR = 0x0F   # OpenUB
    NOP = 0x11


class PlaceOrder(enum.Enum, shape=2):
    """Work-request ``place_order`` (``urma_place_order_t``), in the SQE ``flag`` field."""
    NONE = 0
    RELAX = 1
    STRONG = 2


class TargetType(enum.Enum, shape=2):
    """Remote target type, SQE ``rmt_jetty_type`` (``urma_target_type_t``)."""
    JFR = 0
    JETTY = 1
    JETTY_GROUP = 2


class CqeOpcode(enum.Enum, shape=3):
    """``opcode`` of a receive completion (``enum hw_cqe_opcode``)."""
    SEND = 0x0
    SEND_WITH_IMM = 0x1
    SEND_WITH_INV = 0x2
    WRITE_WITH_IMM = 0x3


class CqeStatus(enum.Enum, shape=8):
    """``status`` of a completion entry (udma ABI ``UDMA_CQE_*``)."""
    SUCCESS = 0x00
    UNSUPPORTED_OPCODE = 0x01
    LOCAL_OP_ERR = 0x02          # substatus: CqeLocalSubstatus
    REMOTE_OP_ERR = 0x03         # substatus: CqeRemoteSubstatus
    RNR_RETRY_CNT_EXC = 0x04     # udma TRANSACTION_RETRY_COUNTER_ERR
    ACK_TIMEOUT = 0x05           # udma TRANSACTION_ACK_TIMEOUT_ERR
    WR_FLUSH = 0x06              # udma JETTY_WORK_REQUEST_FLUSH


class CqeLocalSubstatus(enum.Enum, shape=8):
    """``substatus`` when ``status`` is LOCAL_OP_ERR. BAD_ENTRY is an OpenUB addition."""
    LOCAL_LENGTH = 0x01
    LOCAL_ACCESS = 0x02
    REM_RSP_LENGTH = 0x03
    LOCAL_DATA_POISON = 0x04
    BAD_ENTRY = 0x10   # OpenUB: malformed send-queue entry (too many SGEs, bad length, ...)


class CqeRemoteSubstatus(enum.Enum, shape=8):
    """``substatus`` when ``status`` is REMOTE_OP_ERR. REM_OPERATION is an OpenUB addition."""
    REM_UNSUPPORTED_REQ = 0x01
    REM_ACCESS = 0x02
    REM_DATA_POISON = 0x04
    REM_OPERATION = 0x10   # OpenUB: target could not complete the operation


# -- URMA (umdk urma_opcode.h / urma_types.h) ----------------------------------------------------

class UrmaOpcode(enum.Enum, shape=8):
    """URMA work-request opcodes (``urma_opcode_t``)."""
    WRITE = 0x00
    WRITE_IMM = 0x01
    WRITE_NOTIFY = 0x02
    READ = 0x10
    CAS = 0x20
    SWAP = 0x21
    FADD = 0x22
    FSUB = 0x23
    FAND = 0x24
    FOR = 0x25
    FXOR = 0x26
    SEND = 0x40
    SEND_IMM = 0x41
    SEND_INVALIDATE = 0x42
    NOP = 0x51
    WRITE_ATOMIC = 0x60
    FLUSH_DMA = 0x80


class CrStatus(enum.Enum, shape=5):
    """URMA completion-record status (``urma_cr_status_t``)."""
    SUCCESS = 0
    UNSUPPORTED_OPCODE_ERR = 1
    LOC_LEN_ERR = 2
    LOC_OPERATION_ERR = 3
    LOC_ACCESS_ERR = 4
    REM_RESP_LEN_ERR = 5
    REM_UNSUPPORTED_REQ_ERR = 6
    REM_OPERATION_ERR = 7
    REM_ACCESS_ABORT_ERR = 8
    ACK_TIMEOUT_ERR = 9
    RNR_RETRY_CNT_EXC_ERR = 10
    WR_FLUSH_ERR = 11
    WR_SUSPEND_DONE = 12
    WR_FLUSH_ERR_DONE = 13
    WR_UNHANDLED = 14
    LOC_DATA_POISON = 15
    REM_DATA_POISON = 16


class CrOpcode(enum.Enum, shape=3):
    """URMA completion-record opcode (``urma_cr_opcode_t``)."""
    SEND = 0
    SEND_WITH_IMM = 1
    SEND_WITH_INV = 2
    WRITE_WITH_IMM = 3
    FLUSH_WRITE = 4


class JettyOrder(enum.Enum, shape=3):
    """Jetty order types (``urma_order_type_t``)."""
    DEFAULT = 0
    OT = 1    # target ordering ("ROT")
    OI = 2    # initiator ordering ("ROI")
    OL = 3    # lower-layer ordering ("ROL")
    UNO = 4   # unreliable, no ordering


class TokenPolicy(enum.Enum, shape=3):
    """Token verification policy (``URMA_TOKEN_*``)."""
    NONE = 0
    PLAIN_TEXT = 1
    SIGNED = 2
    ALL_ENCRYPTED = 3


class SegAccess(enum.Flag, shape=4):
    """Segment access bits (``URMA_ACCESS_*``)."""
    LOCAL_ONLY = 0x1
    READ = 0x2
    WRITE = 0x4
    ATOMIC = 0x8


# -- UMMU --------------------------------------------------------------------------------------

class UmmuPerm(enum.Flag, shape=6):
    """UMMU permission bits of a MAPT entry's ``permission:6`` field."""
    WRITE = 0x1
    READ = 0x2
    ATOMIC = 0x4
