"""Data link layer: shared constants, stream layouts and the TX/RX feedback signature.

The contract between the link's parts (TX, RX, PHY model, registers, models) is written down in
``docs/link.md``; this module is its code form. Wire layouts (link header, trailer, credit/ack
block) live in :mod:`hdl_py.proto.link`.
"""

from __future__ import annotations

from amaranth.hdl import unsigned
from amaranth.lib import crc, data, enum, stream, wiring
from amaranth.lib.wiring import Out

from hdl_py.proto.link import FLIT_BYTES

__all__ = [
    "FLIT_BYTES", "HEADER_BYTES", "TRAILER_BYTES", "CTL_BLOCK_FLITS", "SEQ_BITS",
    "CREDIT_BITS", "LINK_CRC", "CELL_FLITS_ALLOWED", "LANE_WIDTHS",
    "flit_layout", "FlitSignature", "link_side_layout", "packet_flits", "packet_cells",
    "DlState", "RetryState", "WidthChangeStatus", "FeedbackSignature",
]

#: Link header bytes at the start of every data packet.
HEADER_BYTES = 4
#: Trailer bytes at the end of the last flit of every data packet: seq:16, rsvd:2, crc:30.
TRAILER_BYTES = 6
#: Flits of a credit/ack control block.
CTL_BLOCK_FLITS = 2
#: Width of link-level-retry sequence numbers (data packets) and ACK numbers.
SEQ_BITS = 16
#: Width of a per-VL credit field in a control block (cumulative cells, modulo 64).
CREDIT_BITS = 6
#: Block CRC of data packets and control blocks (CRC-30/CDMA, amaranth.lib.crc catalog).
LINK_CRC = crc.catalog.CRC30_CDMA
#: Cell sizes (flits per credit cell) the reference allows.
CELL_FLITS_ALLOWED = (1, 2, 4, 8, 16, 32)
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


def packet_flits(payload_bytes: int) -> int:
    """Flits of a data packet carrying ``payload_bytes`` (header + payload + pad + trailer)."""
    if payload_bytes < 1:
        raise ValueError(f"a data packet carries at least one payload byte, not {payload_bytes}")
    return -(-(HEADER_BYTES + payload_bytes + TRAILER_BYTES) // FLIT_BYTES)


def packet_cells(flits: int, cell_flits: int) -> int:
    """Credit cells a packet of ``flits`` flits occupies in a receive buffer."""
    if cell_flits not in CELL_FLITS_ALLOWED:
        raise ValueError(f"cell_flits must be one of {CELL_FLITS_ALLOWED}, not {cell_flits}")
    return -(-flits // cell_flits)


class DlState(enum.Enum, shape=2):
    """Data-link state (reference: DISABLE, PARA_INIT, CRD_INIT, NORMAL)."""
    DISABLE = 0
    PARA_INIT = 1
    CRD_INIT = 2
    NORMAL = 3


class RetryState(enum.Enum, shape=3):
    """Link-level-retry request state of a receiver (reference names)."""
    NORMAL = 0
    REQ = 1
    WAIT = 2
    RETRAIN = 3
    ERROR = 4


class WidthChangeStatus(enum.Enum, shape=3):
    """Dynamic lane-width change status (reference QDLWS status names)."""
    IDLE = 0
    IN_PROGRESS = 1
    DONE = 2
    TIMEOUT = 3
    NAK = 4


def FeedbackSignature(num_vls: int) -> wiring.Signature:  # noqa: N802
    """What an endpoint's RX tells its own TX (all members flow RX -> TX: ``Out`` at RX).

    From the peer's control blocks (decoded and CRC-checked by RX):

    - ``peer_ack`` (pulse) + ``peer_ack_seq``: the peer committed every data packet up to and
      including this sequence number; TX frees them from its replay buffer.
    - ``peer_credit`` (pulse) + ``peer_credit_cum``: per VL, cumulative cells the peer has freed,
      modulo 64 (``CREDIT_BITS``); TX adds the difference to the last value to its credits.
      With ``peer_init`` (pulse, an ``sd`` block) the same field carries the peer's initial
      credits; ``peer_init_done`` (pulse) says the peer has received ours.
    - ``peer_retry_req`` (pulse) + ``peer_retry_seq``: the peer asks for a replay from this
      sequence number: TX stops the data packet it is sending, sends a control block with
      ``retry_ack`` and ``retry_seq``, then replays from there.

    What this endpoint's RX wants the TX to send in its next control block:

    - ``ack_seq``: sequence number of the last data packet RX committed.
    - ``credit_cum``: per VL, cumulative cells RX has freed (modulo 64).
    - ``retry_req`` (pulse): send one control block with ``retry_req`` = 1 and
      ``retry_seq`` = ``retry_seq`` as soon as possible (between flits, even mid-packet).
    - ``init_seen``: RX has received the peer's initial credits (TX then sends
      ``init_done``).
    - ``update`` (pulse): ``ack_seq`` or ``credit_cum`` changed; TX sends a control block
      soon (rate-limited by its ``ctl_interval``).
    """
    cum = data.ArrayLayout(unsigned(CREDIT_BITS), num_vls)
    return wiring.Signature({
        "peer_ack": Out(1), "peer_ack_seq": Out(SEQ_BITS),
        "peer_credit": Out(1), "peer_credit_cum": Out(cum),
        "peer_init": Out(1), "peer_init_done": Out(1),
        "peer_retry_req": Out(1), "peer_retry_seq": Out(SEQ_BITS),
        "ack_seq": Out(SEQ_BITS), "credit_cum": Out(cum),
        "retry_req": Out(1), "retry_seq": Out(SEQ_BITS),
        "init_seen": Out(1), "update": Out(1),
    })
