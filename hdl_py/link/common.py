"""Data link layer: shared constants and stream layouts of the link's PHY side and upper side.

The link's parts (PHY model, fault injector, endpoint, traffic generator) meet on these;
``docs/link.md`` describes them. The UB 2.0 wire formats live in :mod:`hdl_py.proto.dll`.
"""

from __future__ import annotations

from amaranth.hdl import unsigned
from amaranth.lib import data, enum, stream

from hdl_py.proto.dll import FLIT_BYTES

__all__ = [
    "FLIT_BYTES", "LANE_WIDTHS", "flit_layout", "FlitSignature", "link_side_layout",
    "WidthChangeStatus",
]

#: Lane widths of the PHY.
LANE_WIDTHS = (1, 2, 4, 8)


def flit_layout(flit_bytes: int = FLIT_BYTES) -> data.StructLayout:
    """One flit on the PHY: ``data`` (byte 0 first on the wire = ``data[0:8]``), ``ctl`` and
    ``err``.

    ``ctl`` models the PHY's sync header: 1 for the flits of a control block, 0 for data
    packet flits. The line code protects it (an invalid sync header is seen as a lost flit), so
    fault injection flips ``data`` bits and drops whole flits, never ``ctl`` alone.

    ``err`` is the receiving PHY's word that it could not decode the flit (an FEC decode
    failure, or a codeword lost to block alignment): its ``data`` is not to be trusted. The
    UB 2.0 link treats it as a failed block and asks for a retry (E4 §4.3.2.2.1 pp.94-95: an FEC
    decode failure, like a CRC failure, triggers link-level retransmission). A transmitter sends
    0.
    """
    return data.StructLayout({"data": unsigned(8 * flit_bytes), "ctl": unsigned(1),
                              "err": unsigned(1)})


def FlitSignature(flit_bytes: int = FLIT_BYTES) -> stream.Signature:  # noqa: N802
    """Stream of flits between the link and the PHY (one flit per beat)."""
    return stream.Signature(flit_layout(flit_bytes))


def link_side_layout() -> data.StructLayout:
    """Sideband of the packet stream between the network layer and the link: VL and ``cfg``.

    ``cfg`` is the link header's next-header type (:class:`hdl_py.proto.enums.LinkCfg`).
    """
    return data.StructLayout({"vl": unsigned(4), "cfg": unsigned(4)})


class WidthChangeStatus(enum.Enum, shape=3):
    """Dynamic lane-width change status (reference QDLWS status names)."""
    IDLE = 0
    IN_PROGRESS = 1
    DONE = 2
    TIMEOUT = 3
    NAK = 4
