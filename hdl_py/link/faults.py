"""Fault injection on the flit stream (simulation aid): bit flips, flit drops, error bursts.

:class:`FaultInjector` sits on a flit stream (between a link TX and its :class:`PhyChannel`, or
between the channel and the link RX) and, flit by flit, drops the flit or flips one bit of its
``data`` (never ``ctl``: the sync header is protected by the line code, see
:func:`hdl_py.link.common.flit_layout`). Its decisions come from a seeded xorshift32 generator,
so a run repeats exactly, and :class:`FaultPrng` is its pure-Python twin: given the same seed,
thresholds and flit count it makes the same decisions, so a test or reference model can predict
every injected fault.

The random generator
--------------------
xorshift32 (G. Marsaglia, "Xorshift RNGs", Journal of Statistical Software 8(14), 2003), the
triple (13, 17, 5)::

    x ^= (x << 13) mod 2**32;  x ^= x >> 17;  x ^= (x << 5) mod 2**32

It has period ``2**32 - 1`` over the non-zero 32-bit states and never yields 0. Per flit taken
from the input, the generator advances three steps (three chained xorshift rounds in one cycle)
and the three outputs ``r1, r2, r3`` decide:

* drop: ``r1 <= drop_threshold``;
* bit error: ``r2 <= ber_threshold`` (or a burst in progress), for a flit not dropped;
* which bit: ``(r3 * 8 * flit_bytes) >> 32``, uniform over the ``data`` bits.

A dropped flit vanishes from the stream, or, with ``drop_mark``, reaches the receiver with
``err`` set and its data unchanged: what a PHY that decodes codewords (FEC, block alignment)
reports when it loses one. The UB 2.0 link has no sequence number (E4 §4.7.3.2.2: retry by flit
index), so a block of one flit that vanishes whole cannot be seen by the receiver: its RcvPtr
falls one flit behind the sender's index, the packet is lost and every later retry starts a
flit early. A PHY does not lose flits silently; the spec link's tests therefore drop with
``drop_mark`` (the data left intact, so only ``err`` can show the loss).

Since ``r`` is uniform over ``1 .. 2**32 - 1``, the probability of each event is
``threshold / (2**32 - 1)``: 0 never happens, ``0xFFFF_FFFF`` always. The generator advances per
flit, not per cycle, so the decisions depend only on the seed and the flit index, not on the
traffic's timing or back-pressure; that is what lets the twin follow it flit for flit.
"""

from __future__ import annotations

from typing import NamedTuple

from amaranth.hdl import Const, Module, Mux, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from .common import FLIT_BYTES, FlitSignature

__all__ = ["DEFAULT_SEED", "xorshift32", "FaultDecision", "FaultPrng", "FaultInjector"]

#: Seed after reset, and the replacement for a zero seed (which would lock xorshift32 at 0).
DEFAULT_SEED = 0x9E3779B9

_MASK32 = 0xFFFF_FFFF


def xorshift32(x: int) -> int:
    """One xorshift32 step (13, 17, 5) of a 32-bit state; 0 maps to 0, anything else to non-0."""
    x ^= (x << 13) & _MASK32
    x ^= x >> 17
    x ^= (x << 5) & _MASK32
    return x


def _check_int(name, value, minimum, maximum):
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, not {value!r}")
    if not minimum <= value <= maximum:
        raise ValueError(f"{name} must be in {minimum}..{maximum}, not {value}")
    return value


class FaultDecision(NamedTuple):
    """What the injector does to one flit taken from its input.

    ``drop``: the flit is not forwarded. ``flip``: one bit of ``data`` is inverted (never with
    ``drop``). ``bit``: the bit position drawn for this flit (meaningful when ``flip``).
    """
    drop: bool
    flip: bool
    bit: int


class FaultPrng:
    """Pure-Python twin of :class:`FaultInjector`'s decisions.

    Parameters
    ----------
    seed : int
        Initial state (32 bits; 0 is replaced by :data:`DEFAULT_SEED`), the same value as the
        injector's ``seed`` parameter or its ``seed`` input at ``seed_load``.
    flit_bytes : int
        Bytes per flit (the bit position is drawn over ``8 * flit_bytes`` bits).
    """

    def __init__(self, seed: int = DEFAULT_SEED, *, flit_bytes: int = FLIT_BYTES):
        self._bits = 8 * _check_int("flit_bytes", flit_bytes, 1, 1 << 16)
        self.reseed(seed)

    def reseed(self, seed: int) -> None:
        """Load a new state and end any burst (the injector's ``seed_load``)."""
        _check_int("seed", seed, 0, _MASK32)
        self.state = seed or DEFAULT_SEED
        self.burst_left = 0

    def next_u32(self) -> int:
        """Advance one xorshift32 step and return the new state."""
        self.state = xorshift32(self.state)
        return self.state

    def decide(self, ber_threshold: int, drop_threshold: int, burst_len: int = 1) -> FaultDecision:
        """Decide the fate of the next flit, advancing the state as the injector does.

        Parameters
        ----------
        ber_threshold, drop_threshold : int
            32-bit thresholds (probability ``threshold / (2**32 - 1)``).
        burst_len : int
            0..255; a bit error that starts a burst also hits the next ``burst_len - 1``
            forwarded flits (0 and 1: no burst).
        """
        _check_int("ber_threshold", ber_threshold, 0, _MASK32)
        _check_int("drop_threshold", drop_threshold, 0, _MASK32)
        _check_int("burst_len", burst_len, 0, 255)
        r1, r2, r3 = self.next_u32(), self.next_u32(), self.next_u32()
        drop = r1 <= drop_threshold
        hit = r2 <= ber_threshold
        flip = False
        if not drop:
            flip = hit or self.burst_left != 0
            if self.burst_left != 0:
                self.burst_left -= 1
            elif hit:
                self.burst_left = max(burst_len, 1) - 1
        return FaultDecision(drop, flip, (r3 * self._bits) >> 32)

    @staticmethod
    def apply(data_value: int, decision: FaultDecision) -> int | None:
        """The flit data after ``decision`` (``None`` for a dropped flit)."""
        if decision.drop:
            return None
        return data_value ^ (1 << decision.bit) if decision.flip else data_value


class FaultInjector(wiring.Component):
    """Random bit flips, flit drops and error bursts on a flit stream. **Simulation only.**

    This block synthesizes (it is plain logic), but it exists for test benches and models of a
    faulty channel; it is not meant for silicon.

    One flit passes per cycle, with one cycle of latency: ``o`` is a register, and
    ``i.ready = ~o.valid | o.ready`` (so ``ready`` passes combinationally from ``o`` to ``i``).
    Decisions are made when a flit is taken from ``i`` (see the module docstring for the
    generator and the decision rule, and :class:`FaultPrng` for the twin); a dropped flit never
    appears on ``o`` (with ``drop_mark`` it does, with ``err`` set). A bit error flips exactly
    one bit of ``data``; ``ctl`` is never touched. When a bit error occurs outside a burst, the
    next ``burst_len - 1`` forwarded flits get a bit error too (each at its own drawn
    position); dropped flits neither start nor advance a burst.

    Parameters
    ----------
    flit_bytes : int
        Bytes per flit (default 20).
    seed : int
        Generator state after reset (32 bits, 0 is replaced by :data:`DEFAULT_SEED`).

    Members
    -------
    i : ``In(FlitSignature(flit_bytes))``
        Flits in (from the link TX or the PHY).
    o : ``Out(FlitSignature(flit_bytes))``
        Flits out, possibly corrupted, dropped flits removed.
    ber_threshold : ``In(32)``
        Per-flit bit-error probability times ``2**32 - 1`` (0: none). For a bit error rate
        ``ber`` on the 160 data bits of a 20-byte flit, about ``ber * 160 * 2**32``.
    drop_threshold : ``In(32)``
        Per-flit drop probability times ``2**32 - 1`` (0: none).
    drop_mark : ``In(1)``
        A dropped flit is forwarded with ``err`` = 1 (data unchanged) instead of removed.
    burst_len : ``In(8)``
        Flits hit by one bit-error event (0 or 1: the one flit only).
    seed_load : ``In(1)``
        Load ``seed`` as the generator state and end any burst. A flit taken in the same cycle
        is still decided from the old state.
    seed : ``In(32)``
        New generator state for ``seed_load`` (0 is replaced by :data:`DEFAULT_SEED`).
    injected_bit : ``Out(1)``
        Pulse, in the cycle the flipped flit is first presented on ``o``.
    injected_drop : ``Out(1)``
        Pulse, in the cycle after a flit was dropped.
    flit_count : ``Out(32)``
        Flits taken from ``i`` so far (wraps).
    bit_count : ``Out(32)``
        Flits with a flipped bit so far (wraps).
    drop_count : ``Out(32)``
        Flits dropped so far (wraps).
    """

    def __init__(self, *, flit_bytes=FLIT_BYTES, seed=DEFAULT_SEED):
        self._flit_bytes = _check_int("flit_bytes", flit_bytes, 1, 1 << 16)
        self._reset_seed = _check_int("seed", seed, 0, _MASK32) or DEFAULT_SEED
        super().__init__({
            "i": In(FlitSignature(flit_bytes)),
            "o": Out(FlitSignature(flit_bytes)),
            "ber_threshold": In(32),
            "drop_threshold": In(32),
            "drop_mark": In(1),
            "burst_len": In(8),
            "seed_load": In(1),
            "seed": In(32),
            "injected_bit": Out(1),
            "injected_drop": Out(1),
            "flit_count": Out(32),
            "bit_count": Out(32),
            "drop_count": Out(32),
        })

    @property
    def flit_bytes(self):
        """Bytes per flit (read-only)."""
        return self._flit_bytes

    @property
    def reset_seed(self):
        """Generator state after reset (read-only)."""
        return self._reset_seed

    @staticmethod
    def _xorshift32(x):
        """Gateware twin of :func:`xorshift32` (shifts truncated to 32 bits)."""
        x = x ^ (x << 13)[:32]
        x = x ^ (x >> 17)
        return x ^ (x << 5)[:32]

    def elaborate(self, platform):
        m = Module()
        bits = 8 * self._flit_bytes

        state = Signal(32, init=self._reset_seed)
        burst_left = Signal(8)
        r1, r2, r3 = Signal(32), Signal(32), Signal(32)
        m.d.comb += [
            r1.eq(self._xorshift32(state)),
            r2.eq(self._xorshift32(r1)),
            r3.eq(self._xorshift32(r2)),
        ]
        drop, hit, flip = Signal(), Signal(), Signal()
        position = Signal(range(bits))
        m.d.comb += [
            drop.eq(r1 <= self.drop_threshold),
            hit.eq(r2 <= self.ber_threshold),
            flip.eq(~drop & (hit | (burst_left != 0))),
            # Multiply-high: uniform position over the data bits without a division.
            position.eq((r3 * Const(bits))[32:]),
        ]

        take = Signal()
        m.d.comb += [
            self.i.ready.eq(~self.o.valid | self.o.ready),
            take.eq(self.i.valid & self.i.ready),
        ]

        m.d.sync += [self.injected_bit.eq(0), self.injected_drop.eq(0)]
        with m.If(take):
            m.d.sync += [
                state.eq(r3),
                self.o.valid.eq(~drop | self.drop_mark),
                self.o.payload.data.eq(
                    self.i.payload.data ^ Mux(flip, (Const(1, bits) << position)[:bits], 0)),
                self.o.payload.ctl.eq(self.i.payload.ctl),
                self.o.payload.err.eq(self.i.payload.err | (drop & self.drop_mark)),
                self.injected_bit.eq(flip),
                self.injected_drop.eq(drop),
                self.flit_count.eq(self.flit_count + 1),
            ]
            with m.If(flip):
                m.d.sync += self.bit_count.eq(self.bit_count + 1)
            with m.If(drop):
                m.d.sync += self.drop_count.eq(self.drop_count + 1)
            with m.If(~drop):
                with m.If(burst_left != 0):
                    m.d.sync += burst_left.eq(burst_left - 1)
                with m.Elif(hit):
                    m.d.sync += burst_left.eq(
                        Mux(self.burst_len == 0, 0, self.burst_len - 1))
        with m.Elif(self.o.ready):
            m.d.sync += self.o.valid.eq(0)

        with m.If(self.seed_load):
            m.d.sync += [
                state.eq(Mux(self.seed == 0, DEFAULT_SEED, self.seed)),
                burst_left.eq(0),
            ]
        return m
