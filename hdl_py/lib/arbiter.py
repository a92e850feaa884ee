"""Packet-aware arbiters: round-robin and strict priority.

Both arbiters grant combinationally (the grant follows ``requests`` in the same cycle, so a
switch or multiplexer loses no cycle at the start of a packet) and then *lock* the grant: from
the cycle after a grant is first issued until the owner asserts ``advance``, the grant stays on
the same requester whatever ``requests`` do. A multiplexer drives ``advance`` on the transfer of
a packet's last beat, so a packet keeps the grant to its end even when its source pauses
between beats (the stream rules allow ``valid`` to drop after a transfer). While locked,
``valid`` stays high; the multiplexer qualifies its output with the granted source's ``valid``.

``amaranth.lib`` has no arbiter, hence these.
"""

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

__all__ = ["RoundRobinArbiter", "PriorityArbiter"]


def _lowest_one(m, value, width):
    """One-hot of the least significant set bit of ``value`` (``x & -x`` on a carry chain)."""
    lowest = Signal(width)
    m.d.comb += lowest.eq(value & (~value + 1)[:width])
    return lowest


class _Arbiter(wiring.Component):
    def __init__(self, count):
        if not isinstance(count, int) or isinstance(count, bool):
            raise TypeError(f"count must be an integer, not {count!r}")
        if count < 1:
            raise ValueError(f"count must be at least 1, not {count}")
        self._count = count
        super().__init__({
            "requests": In(count),
            "advance": In(1),
            "grant": Out(count),
            "grant_index": Out(range(count)),
            "valid": Out(1),
        })

    @property
    def count(self):
        """Number of requesters (read-only)."""
        return self._count

    def _outputs(self, m, grant):
        """Drive ``grant``, ``grant_index`` (one-hot encoder, flat ORs) and ``valid``.

        ``valid`` is ``grant.any()``: a locked grant is never zero."""
        m.d.comb += [
            self.grant.eq(grant),
            self.valid.eq(grant.any()),
        ]
        for bit in range(len(self.grant_index)):
            m.d.comb += self.grant_index[bit].eq(
                Cat(grant[i] for i in range(self._count) if (i >> bit) & 1).any())


class RoundRobinArbiter(_Arbiter):
    """Round-robin arbiter with a priority pointer that moves only on ``advance``.

    The priority pointer names the requester with the highest priority; priority falls in
    increasing index order from there, wrapping around. While a grant is locked the pointer sits
    on the holder. On ``advance`` the pointer moves to the requester after the holder, so the next
    grant goes to the next requester in cyclic order: a requester that keeps requesting is granted
    after at most ``count - 1`` other grants, i.e. within ``count`` advances.

    Parameters
    ----------
    count : int
        Number of requesters (at least 1).

    Members
    -------
    requests : ``In(count)``
        Request bit of each requester (e.g. the ``valid`` of each input stream).
    advance : ``In(1)``
        The holder of the grant is done (e.g. the last beat of its packet transfers this cycle);
        the lock is released and the pointer moves past the holder. Ignored while ``valid`` is
        low.
    grant : ``Out(count)``
        One-hot grant: combinational from ``requests`` and the registered pointer when unlocked,
        the holder when locked; zero when nobody requests and nothing is locked.
    grant_index : ``Out(range(count))``
        Index of the granted requester; 0 when ``valid`` is low.
    valid : ``Out(1)``
        A grant is issued (``grant`` is not zero).
    """

    def __init__(self, *, count):
        super().__init__(count)

    def elaborate(self, platform):
        m = Module()
        count = self._count
        pointer = Signal(range(count))
        locked = Signal()

        # Requests at or above the pointer win over those below it; among each group the lowest
        # index wins. Two find-lowest-one carry chains instead of a rotate and a priority encoder.
        at_or_above = Signal(count)
        m.d.comb += at_or_above.eq(self.requests & (Const((1 << count) - 1, count) << pointer))
        candidates = Mux(at_or_above.any(), at_or_above, self.requests)
        free = _lowest_one(m, candidates, count)
        self._outputs(m, Mux(locked, Const(1, count) << pointer, free))

        with m.If(self.valid):
            with m.If(self.advance):
                m.d.sync += [
                    pointer.eq(Mux(self.grant_index == count - 1, 0, self.grant_index + 1)),
                    locked.eq(0),
                ]
            with m.Else():
                m.d.sync += [
                    pointer.eq(self.grant_index),
                    locked.eq(1),
                ]
        return m


class PriorityArbiter(_Arbiter):
    """Strict-priority arbiter (lowest index wins) that locks the grant until ``advance``.

    Same members as :class:`RoundRobinArbiter`. A higher-priority request arriving while a grant
    is locked waits for ``advance``; a low-priority requester can starve, by design.

    Parameters
    ----------
    count : int
        Number of requesters (at least 1).
    """

    def __init__(self, *, count):
        super().__init__(count)

    def elaborate(self, platform):
        m = Module()
        held = Signal(self._count)  # one-hot of the locked holder, zero when unlocked
        free = _lowest_one(m, self.requests, self._count)
        self._outputs(m, Mux(held.any(), held, free))
        m.d.sync += held.eq(Mux(self.advance, 0, self.grant))
        return m
