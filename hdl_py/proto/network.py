"""Network layer formats: the compact network headers (CNA16, CNA24) and their CC field.

Wire headers are big-endian; fields are declared LSB-first (reverse of the reference's MSB-first
listing). Bit tables: ``docs/wire-formats.md``.
"""

from amaranth.hdl import unsigned
from amaranth.lib import data

from .codec import wire_header
from .enums import CcMode, NetNlp

__all__ = ["CaqmInfo", "FecnInfo", "CcInfo", "CcField", "Cna16Header", "Cna24Header"]


class CaqmInfo(data.Struct):
    """Low 13 bits of the CC field in C-AQM mode (``mode`` = 000).

    MSB first: ``location`` [12], reserved [11], ``enable`` [10], ``c`` [9], ``i`` [8],
    ``hint`` [7:0]. The reserved fill bit sits between ``location`` and ``enable`` as in
    ns-3-UB ``UbCna16NetworkHeader``.
    """
    hint: unsigned(8)       # window requested by the sender, in ccUnits
    i: unsigned(1)          # sender asks for more window / switch granted it
    c: unsigned(1)          # congestion mark
    enable: unsigned(1)     # C-AQM processing enabled for this packet
    rsvd0: unsigned(1)
    location: unsigned(1)


class FecnInfo(data.Struct):
    """Low 13 bits of the CC field in the FECN modes (``mode`` = 010 or 100).

    MSB first: ``location`` [12], ``timestamp`` [11:2] (FECN_RTT; reserved in FECN mode),
    ``fecn`` [1:0] (ns-3-UB).
    """
    fecn: unsigned(2)
    timestamp: unsigned(10)
    location: unsigned(1)


class CcInfo(data.Union):
    """Mode-dependent low 13 bits of the CC field: a C-AQM view and a FECN view."""
    caqm: CaqmInfo
    fecn: FecnInfo


class CcField(data.Struct):
    """16-bit congestion-control field of the network header: ``mode`` [15:13], ``info``
    [12:0]."""
    info: CcInfo
    mode: CcMode


@wire_header(nbytes=8)
class Cna16Header(data.Struct):
    """Compact network header with 16-bit CNAs, 8 bytes (``cfg`` = CNA16).

    ======  ==========================================================
    0-1     ``scna`` source CNA
    2-3     ``dcna`` destination CNA
    4-5     ``cc`` (:class:`CcField`)
    6       ``lb`` load-balance factor (ECMP hash input / spray entropy)
    7       ``sl`` [7:4] service level, ``mgmt`` [3], ``nlp`` [2:0]
    ======  ==========================================================
    """
    nlp: NetNlp             # byte 7 [2:0]
    mgmt: unsigned(1)       # byte 7 [3]   management packet
    sl: unsigned(4)         # byte 7 [7:4] service level
    lb: unsigned(8)         # byte 6
    cc: CcField             # bytes 4-5
    dcna: unsigned(16)      # bytes 2-3
    scna: unsigned(16)      # bytes 0-1


@wire_header(nbytes=10)
class Cna24Header(data.Struct):
    """Compact network header with 24-bit CNAs, 10 bytes (``cfg`` = CNA24).

    Same fields and order as :class:`Cna16Header` with 24-bit addresses: ``scna`` bytes 0-2,
    ``dcna`` bytes 3-5, ``cc`` bytes 6-7, ``lb`` byte 8, ``sl``/``mgmt``/``nlp`` byte 9.
    """
    nlp: NetNlp             # byte 9 [2:0]
    mgmt: unsigned(1)       # byte 9 [3]
    sl: unsigned(4)         # byte 9 [7:4]
    lb: unsigned(8)         # byte 8
    cc: CcField             # bytes 6-7
    dcna: unsigned(24)      # bytes 3-5
    scna: unsigned(24)      # bytes 0-2
