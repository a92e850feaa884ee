"""Delivery reference model of the data link layer, for scoreboards.

The link's promise (``docs/link.md``): every packet given to the sending side is delivered on
the other side exactly once, in order within its virtual lane (VL), bytes intact. Packets of
different VLs may overtake each other. :class:`LinkModel` checks a delivery log against that:

.. code-block:: python

    model = LinkModel(num_vls=4)
    model.send(0, b"abc")            # the sending side accepted a packet on VL 0
    model.check_delivery(0, b"abc")  # the receiving side delivered it
    model.check_done()               # nothing outstanding (else: packets lost)

Violations (raised as :class:`DeliveryError`, an ``AssertionError``, or collected in
:attr:`LinkModel.errors` with ``strict=False``) say what went wrong and which packet:
a duplicate, a packet delivered ahead of earlier ones (reorder, or loss once the link is idle),
a packet on the wrong VL, corrupted bytes, an unknown packet, a loss.

What a scoreboard sends is what the receiving side must deliver: a transmitter that cuts a
packet (the spec link sends one longer than the MTU cut, with ERROR_FLAG) is given the cut
packet (``tb/link/dll_env.py``). The model imports neither amaranth nor cocotb.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

__all__ = ["DeliveryError", "LinkModel"]


class DeliveryError(AssertionError):
    """A delivery that breaks exactly-once, in-order-per-VL, intact-bytes."""


@dataclass
class _Packet:
    index: int      # position in its VL, from 0, in send order
    payload: bytes
    delivered: bool = False


def _describe(payload):
    head = payload[:8].hex()
    return f"{len(payload)} bytes [{head}{'...' if len(payload) > 8 else ''}]"


def _first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return f"byte {i}: {y:#04x} delivered, {x:#04x} sent"
    return f"length {len(b)} delivered, {len(a)} sent"


class LinkModel:
    """Scoreboard of one direction of a link: sent packets against delivered packets.

    Parameters
    ----------
    num_vls : int
        Number of virtual lanes, 1..16.
    strict : bool
        ``True`` (default): a violation raises :class:`DeliveryError` at once. ``False``: it is
        appended to :attr:`errors` and checking goes on.

    Attributes
    ----------
    errors : list of str
        Violations found so far (``strict=False``; with ``strict=True`` at most the one
        raised).
    sent, delivered : list of int
        Packets sent (to be delivered) and delivered (correctly, in order) per VL.
    """

    def __init__(self, num_vls: int, *, strict: bool = True):
        if isinstance(num_vls, bool) or not isinstance(num_vls, int):
            raise TypeError(f"num_vls must be an int, not {num_vls!r}")
        if not 1 <= num_vls <= 16:
            raise ValueError(f"num_vls must be 1..16, not {num_vls}")
        self.num_vls = num_vls
        self.strict = bool(strict)
        self.errors: list[str] = []
        self.sent = [0] * num_vls
        self.delivered = [0] * num_vls
        self._history: list[list[_Packet]] = [[] for _ in range(num_vls)]
        # Packets not yet delivered, in order; skipped ones stay until delivered or lost.
        self._pending: list[deque[_Packet]] = [deque() for _ in range(num_vls)]

    def _vl(self, vl):
        if isinstance(vl, bool) or not isinstance(vl, int):
            raise TypeError(f"vl must be an int, not {vl!r}")
        if not 0 <= vl < self.num_vls:
            raise ValueError(f"vl {vl} is outside 0..{self.num_vls - 1}")
        return vl

    @staticmethod
    def _payload(payload):
        if not isinstance(payload, (bytes, bytearray, memoryview)):
            raise TypeError(f"payload must be bytes, not {type(payload).__name__}")
        return bytes(payload)

    def _fail(self, message):
        self.errors.append(message)
        if self.strict:
            raise DeliveryError(message)
        return False

    def send(self, vl: int, payload: bytes) -> int:
        """The sending side was given ``payload`` on ``vl``; returns its index in the VL."""
        vl, payload = self._vl(vl), self._payload(payload)
        packet = _Packet(len(self._history[vl]), payload)
        self._history[vl].append(packet)
        self._pending[vl].append(packet)
        self.sent[vl] += 1
        return packet.index

    def expect(self, vl: int) -> bytes | None:
        """The payload the receiving side must deliver next on ``vl`` (``None``: nothing)."""
        pending = self._pending[self._vl(vl)]
        return pending[0].payload if pending else None

    def outstanding(self, vl: int | None = None) -> int:
        """Packets sent but not delivered yet, on ``vl`` or on every VL."""
        if vl is None:
            return sum(len(p) for p in self._pending)
        return len(self._pending[self._vl(vl)])

    def check_delivery(self, vl: int, payload: bytes) -> bool:
        """The receiving side delivered ``payload`` on ``vl``: check it is the next one.

        Returns ``True`` when it is; otherwise reports the violation (raises, or records it and
        returns ``False``). The model then moves on as a scoreboard should: a packet delivered
        ahead of earlier ones counts as delivered and the earlier ones stay expected (delivered
        later, they are reported as reordered; never, as lost by :meth:`check_done`).
        """
        vl, payload = self._vl(vl), self._payload(payload)
        pending = self._pending[vl]
        if pending and pending[0].payload == payload:
            pending.popleft().delivered = True
            self.delivered[vl] += 1
            return True
        for packet in list(pending)[1:]:
            if packet.payload == payload:
                skipped = [p.index for p in pending if p.index < packet.index]
                pending.remove(packet)
                packet.delivered = True
                return self._fail(
                    f"VL {vl}: packet #{packet.index} ({_describe(payload)}) delivered before "
                    f"packet(s) #{_ranges(skipped)} sent earlier: reordered or lost")
        for packet in reversed(self._history[vl]):  # identical payloads: the latest one
            if packet.delivered and packet.payload == payload:
                return self._fail(
                    f"VL {vl}: duplicate of packet #{packet.index} ({_describe(payload)}), "
                    f"already delivered")
        for other in range(self.num_vls):
            if other == vl:
                continue
            for packet in self._pending[other]:
                if packet.payload == payload:
                    return self._fail(
                        f"VL {vl}: packet #{packet.index} of VL {other} ({_describe(payload)}) "
                        f"delivered on the wrong VL")
        if pending:
            head = pending[0]
            return self._fail(
                f"VL {vl}: delivered {_describe(payload)} matches no packet sent; expected "
                f"packet #{head.index} ({_describe(head.payload)}), "
                f"{_first_difference(head.payload, payload)}")
        return self._fail(f"VL {vl}: delivered {_describe(payload)} while nothing is "
                          f"outstanding on this VL")

    def check_done(self) -> bool:
        """Every packet sent has been delivered; otherwise report the lost ones (per VL)."""
        ok = True
        for vl, pending in enumerate(self._pending):
            if pending:
                lost = [p.index for p in pending]
                ok = self._fail(f"VL {vl}: {len(lost)} packet(s) never delivered: "
                                f"#{_ranges(lost)}") and ok
        return ok


def _ranges(indices):
    """``[0, 1, 2, 5]`` -> ``"0..2, 5"``."""
    parts, start = [], None
    for i, value in enumerate(indices):
        if start is None:
            start = value
        if i + 1 == len(indices) or indices[i + 1] != value + 1:
            parts.append(str(value) if start == value else f"{start}..{value}")
            start = None
    return ", ".join(parts)
