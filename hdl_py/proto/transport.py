"""Transport layer formats: RTPH, CETPH and the SACK extension.

Wire headers are big-endian; fields are declared LSB-first (reverse of the reference's MSB-first
listing). Layouts follow ns-3-UB ``ub-header.h``. Bit tables: ``docs/wire-formats.md``.
"""

import functools

from amaranth.hdl import unsigned
from amaranth.lib import data

from .codec import wire_header
from .enums import TpNlp, TpOpcode

__all__ = ["PSN_BITS", "TPN_BITS", "Rtph", "Cetph", "SACK_MAX_BITMAP_BITS", "sack_layout"]

#: Width of a packet sequence number (PSN, TPMSN).
PSN_BITS = 24
#: Width of a transport path number (TPN).
TPN_BITS = 24


@wire_header(nbytes=16)
class Rtph(data.Struct):
    """Reliable transport header (RTPH), 16 bytes.

    ======  ====================================================================
    0       ``tp_opcode``
    1       ``tp_ver`` [7:6], ``pad`` [5:4], ``nlp`` [3:0]
    2-4     ``src_tpn``
    5-7     ``dst_tpn``
    8       ``ack_req`` [7], ``err`` [6], reserved [5:0]
    9-11    ``psn``
    12      ``rsp_st`` [7:5], ``rsp_info`` [4:0]
    13-15   ``tp_msn``
    ======  ====================================================================

    The 6 reserved bits fill byte 8 so that ``psn`` and ``tp_msn`` each end a 32-bit word.
    In an ACK/SACK, ``psn`` is the cumulative acknowledgement: every PSN up to and including
    it has been received.
    """
    tp_msn: unsigned(24)    # bytes 13-15  TP message sequence number
    rsp_info: unsigned(5)   # byte 12 [4:0]
    rsp_st: unsigned(3)     # byte 12 [7:5]
    psn: unsigned(24)       # bytes 9-11
    rsvd0: unsigned(6)      # byte 8 [5:0]
    err: unsigned(1)        # byte 8 [6]
    ack_req: unsigned(1)    # byte 8 [7]   receiver should acknowledge this packet
    dst_tpn: unsigned(24)   # bytes 5-7
    src_tpn: unsigned(24)   # bytes 2-4
    nlp: TpNlp              # byte 1 [3:0]
    pad: unsigned(2)        # byte 1 [5:4] payload padding bytes
    tp_ver: unsigned(2)     # byte 1 [7:6]
    tp_opcode: TpOpcode     # byte 0


@wire_header(nbytes=8)
class Cetph(data.Struct):
    """Congestion extended transport header (CETPH), 8 bytes (C-AQM echo).

    ======  ====================================================================
    0-3     ``ack_seq``
    4       reserved [7:2], ``location`` [1], ``i`` [0]
    5       ``c``
    6-7     ``hint``
    ======  ====================================================================
    """
    hint: unsigned(16)      # bytes 6-7  granted window, in ccUnits
    c: unsigned(8)          # byte 5     congestion marks echoed
    i: unsigned(1)          # byte 4 [0] increase granted
    location: unsigned(1)   # byte 4 [1]
    rsvd0: unsigned(6)      # byte 4 [7:2]
    ack_seq: unsigned(32)   # bytes 0-3


#: Largest SACK bitmap, in bits.
SACK_MAX_BITMAP_BITS = 1024


def sack_layout(bitmap_bits):
    """Return the SACK extension struct class for a bitmap of ``bitmap_bits`` bits.

    The class is created once per width (calling again returns the same class) and is named
    ``SackExt<bitmap_bits>``; its size is ``4 + bitmap_bits // 8`` bytes:

    ======  ====================================================================
    0       reserved
    1-3     ``max_rcv_psn``: highest PSN received
    4-...   ``bitmap``: bit ``i`` (counted from the least significant bit of the field,
            i.e. from the last byte on the wire) set means PSN ``(ack + 1 + i) mod 2**24``
            was received, where ``ack`` is the RTPH ``psn`` of the SACK packet
    ======  ====================================================================

    Parameters
    ----------
    bitmap_bits : int
        Bitmap width in bits: a multiple of 32 from 32 to :data:`SACK_MAX_BITMAP_BITS`.
    """
    if isinstance(bitmap_bits, bool) or not isinstance(bitmap_bits, int):
        raise TypeError(f"SACK bitmap width must be an int, not {bitmap_bits!r}")
    if not (32 <= bitmap_bits <= SACK_MAX_BITMAP_BITS and bitmap_bits % 32 == 0):
        raise ValueError(f"SACK bitmap width must be a multiple of 32 from 32 to "
                         f"{SACK_MAX_BITMAP_BITS}, not {bitmap_bits}")
    return _sack_layout(bitmap_bits)


@functools.cache
def _sack_layout(bitmap_bits):
    @wire_header(nbytes=4 + bitmap_bits // 8)
    class SackExt(data.Struct):
        __doc__ = (f"SACK extension with a {bitmap_bits}-bit bitmap "
                   f"({4 + bitmap_bits // 8} bytes); see :func:`sack_layout`.")
        bitmap: unsigned(bitmap_bits)   # bytes 4-...
        max_rcv_psn: unsigned(24)       # bytes 1-3
        rsvd0: unsigned(8)              # byte 0

    SackExt.__name__ = SackExt.__qualname__ = f"SackExt{bitmap_bits}"
    SackExt.BITMAP_BITS = bitmap_bits
    return SackExt
