"""UB wire formats and host-memory descriptors, each defined once as an Amaranth ``data.Struct``.

* :mod:`.codec`: generic bytes <-> fields codec derived from the struct layouts;
* :mod:`.lanes`: gateware byte-lane helpers for the packet stream;
* :mod:`.enums`: opcodes, statuses and other enumerations;
* :mod:`.dll`: the data link formats of the UB Base Specification 2.0 (LPH, LBH, BCRC, LCH and
  the control blocks); :mod:`.link` holds an earlier link format no gateware uses any more;
* :mod:`.network`, :mod:`.transport`, :mod:`.transaction`: wire headers by layer;
* :mod:`.queues`: send-queue, scatter/gather and completion entries.

Layouts, byte order and every choice made: ``docs/wire-formats.md``.
"""

from .codec import (
    LeafField,
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
from .dll import (
    Bcrc,
    CrdAckBlock,
    InitBlock,
    Lbh,
    Lch,
    Lph,
    NobBlock,
    NullBlock,
    RetryAckBlock,
    RetryIdleBlock,
    RetryReqBlock,
)
from .enums import *  # noqa: F403 (the enums module defines __all__)
from .enums import __all__ as _enum_names
from .lanes import header_to_lanes, lanes_to_header, wire_bytes_reversed
from .link import (
    BLOCK_FLITS,
    FLIT_BYTES,
    LCH_CONTROL_CREDIT,
    LCH_LENGTH_CREDIT_ACK,
    LCH_PATTERN,
    LCH_SUB_CONTROL_CREDIT_ACK,
    PLEN_MAX_BYTES,
    VL_COUNT,
    CreditAckBlock,
    LinkControlHeader,
    LinkHeader,
    LinkTrailer,
    PacketLength,
    RoutingType,
    credit_fields,
    plen_from_bytes,
    plen_to_bytes,
)
from .network import CaqmInfo, CcField, CcInfo, Cna16Header, Cna24Header, FecnInfo
from .queues import (
    SGE_BYTES,
    SQE_BB_BYTES,
    SQE_CTL_BYTES,
    SQE_MAX_BB,
    Cqe,
    Sge,
    SqeBasicBlock,
    SqeCtl,
    SqeFlag,
    cr_status_of,
    sqe_bb_count,
)
from .transaction import Atah, Maetah, MaetahCompact, Tah, compact_len_bytes
from .transport import PSN_BITS, SACK_MAX_BITMAP_BITS, TPN_BITS, Cetph, Rtph, sack_layout

#: Every fixed-size header and descriptor, in stack order (SACK extensions: ``sack_layout``).
HEADERS = (
    Lph,
    Lbh,
    Bcrc,
    Lch,
    NullBlock,
    NobBlock,
    RetryIdleBlock,
    RetryReqBlock,
    RetryAckBlock,
    CrdAckBlock,
    InitBlock,
    LinkHeader,
    LinkTrailer,
    LinkControlHeader,
    CreditAckBlock,
    Cna16Header,
    Cna24Header,
    Rtph,
    Cetph,
    Tah,
    Atah,
    Maetah,
    MaetahCompact,
    SqeCtl,
    Sge,
    SqeBasicBlock,
    Cqe,
)

__all__ = [
    # codec
    "wire_header", "host_struct", "size_of", "byte_order_of", "encode", "decode",
    "decode_prefix", "pack", "unpack", "leaf_fields", "LeafField",
    # lanes
    "wire_bytes_reversed", "header_to_lanes", "lanes_to_header",
    # data link, UB Base Specification 2.0 (hdl_py.proto.dll)
    "Lph", "Lbh", "Bcrc", "Lch", "NullBlock", "NobBlock", "RetryIdleBlock", "RetryReqBlock",
    "RetryAckBlock", "CrdAckBlock", "InitBlock",
    # link
    "FLIT_BYTES", "BLOCK_FLITS", "PLEN_MAX_BYTES", "VL_COUNT", "RoutingType", "PacketLength",
    "LinkHeader", "LinkTrailer", "plen_from_bytes", "plen_to_bytes", "LCH_LENGTH_CREDIT_ACK",
    "LCH_PATTERN",
    "LCH_CONTROL_CREDIT", "LCH_SUB_CONTROL_CREDIT_ACK", "LinkControlHeader", "CreditAckBlock",
    "credit_fields",
    # network
    "CaqmInfo", "FecnInfo", "CcInfo", "CcField", "Cna16Header", "Cna24Header",
    # transport
    "PSN_BITS", "TPN_BITS", "Rtph", "Cetph", "SACK_MAX_BITMAP_BITS", "sack_layout",
    # transaction
    "Tah", "Atah", "Maetah", "MaetahCompact", "compact_len_bytes",
    # queues
    "SQE_BB_BYTES", "SQE_MAX_BB", "SQE_CTL_BYTES", "SGE_BYTES", "SqeFlag", "SqeCtl", "Sge",
    "SqeBasicBlock", "sqe_bb_count", "Cqe", "cr_status_of",
    # all of them
    "HEADERS",
    *_enum_names,
]
