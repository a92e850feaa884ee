"""Credit counter for credit-based flow control."""

from amaranth.hdl import Module, Mux, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

__all__ = ["CreditCounter"]


def _check_int(name, value, minimum):
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, not {value!r}")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, not {value}")
    return value


class CreditCounter(wiring.Component):
    """Credits held by a sender, in abstract units (the link layer counts cells).

    The sender loads the credits its peer advertised with ``init``, spends them with ``consume``
    before it sends, and gets them back with ``give`` when the peer returns them. The counter never
    goes negative and never wraps:

    * a ``consume`` of more than :attr:`available` credits is refused (``ok`` is low, the value is
      unchanged), and ``underflow_err`` pulses and ``underflow_count`` increments;
    * a ``give`` (or an ``init``) that would take the value above ``max_credits`` saturates the
      value at ``max_credits``, and ``overflow_err`` pulses and ``overflow_count`` increments.
      A peer returning more than was ever taken is a protocol fault that ends in this counter.

    Within one cycle, ``ok`` is judged against the current :attr:`available` (a credit returned in
    the same cycle is usable from the next cycle on), and a ``give`` is judged against the current
    value before the concurrent consume (a credit consumed this cycle cannot already be returned).
    ``init`` takes precedence over ``consume`` and ``give`` in the same cycle, which are then
    ignored (``ok`` still reports the check against the old value, but nothing is counted).

    The error counters saturate at their maximum.

    Parameters
    ----------
    max_credits : int
        Largest number of credits the sender can hold (at least 1).
    width : int or None
        Width in bits of the credit value and of the ``*_amount``/``init_value`` inputs. At least
        ``max_credits.bit_length()``; ``None`` (the default) uses exactly that.
    count_width : int
        Width in bits of ``underflow_count`` and ``overflow_count``. Default 16.
    init_credits : int
        Value of ``available`` after reset, 0..``max_credits``. Default 0 (no credit until the
        peer's advertisement is loaded with ``init``).

    Members
    -------
    init : ``In(1)``
        Load ``init_value`` into the counter (driven by the sender, e.g. in the link's credit
        initialisation state).
    init_value : ``In(width)``
        Credits to load.
    consume : ``In(1)``
        Request to spend ``consume_amount`` credits this cycle.
    consume_amount : ``In(width)``
        Credits to spend.
    ok : ``Out(1)``
        Combinational: ``available >= consume_amount``; a consume is carried out exactly when
        ``consume & ok`` (and ``init`` is low).
    give : ``In(1)``
        ``give_amount`` credits come back this cycle (driven from the peer's credit return).
    give_amount : ``In(width)``
        Credits returned.
    available : ``Out(width)``
        Credits held now (registered), 0..``max_credits``.
    underflow_err : ``Out(1)``
        One-cycle pulse (registered, one cycle after the refused consume).
    underflow_count : ``Out(count_width)``
        Refused consumes so far (saturating).
    overflow_err : ``Out(1)``
        One-cycle pulse (registered, one cycle after the offending give or init).
    overflow_count : ``Out(count_width)``
        Saturated gives and inits so far (saturating).
    """

    def __init__(self, *, max_credits, width=None, count_width=16, init_credits=0):
        self._max_credits = _check_int("max_credits", max_credits, 1)
        if width is None:
            width = max_credits.bit_length()
        self._width = _check_int("width", width, 1)
        if max_credits >= 1 << width:
            raise ValueError(f"max_credits {max_credits} does not fit in width {width} bits")
        self._count_width = _check_int("count_width", count_width, 1)
        self._init_credits = _check_int("init_credits", init_credits, 0)
        if init_credits > max_credits:
            raise ValueError(f"init_credits {init_credits} exceeds max_credits {max_credits}")
        super().__init__({
            "init": In(1),
            "init_value": In(width),
            "consume": In(1),
            "consume_amount": In(width),
            "ok": Out(1),
            "give": In(1),
            "give_amount": In(width),
            "available": Out(width, init=init_credits),
            "underflow_err": Out(1),
            "underflow_count": Out(count_width),
            "overflow_err": Out(1),
            "overflow_count": Out(count_width),
        })

    @property
    def max_credits(self):
        """Largest number of credits held (read-only)."""
        return self._max_credits

    @property
    def width(self):
        """Width of the credit value in bits (read-only)."""
        return self._width

    @property
    def init_credits(self):
        """Value of ``available`` after reset (read-only)."""
        return self._init_credits

    @property
    def count_width(self):
        """Width of the error counters in bits (read-only)."""
        return self._count_width

    def elaborate(self, platform):
        m = Module()
        max_credits = self._max_credits
        count_max = (1 << self._count_width) - 1

        m.d.comb += self.ok.eq(self.available >= self.consume_amount)

        # One bit wider than the value so that the sum of two width-bit numbers cannot wrap.
        returned = Signal(self._width + 1)
        m.d.comb += returned.eq(self.available + Mux(self.give, self.give_amount, 0))
        over = Signal()
        m.d.comb += over.eq(returned > max_credits)
        saturated = Mux(over, max_credits, returned)
        spent = Mux(self.consume & self.ok, self.consume_amount, 0)

        overflow = Signal()
        underflow = Signal()
        with m.If(self.init):
            # When max_credits fills the value width, no init value can exceed it (and the
            # comparison would be constant), so only compare when it can be true.
            if max_credits < (1 << self._width) - 1:
                m.d.comb += overflow.eq(self.init_value > max_credits)
            m.d.sync += self.available.eq(Mux(overflow, max_credits, self.init_value))
        with m.Else():
            m.d.comb += [
                overflow.eq(over),
                underflow.eq(self.consume & ~self.ok),
            ]
            # saturated >= available >= spent when spent is non-zero, so this cannot go negative.
            m.d.sync += self.available.eq(saturated - spent)

        m.d.sync += [
            self.overflow_err.eq(overflow),
            self.underflow_err.eq(underflow),
        ]
        with m.If(overflow & (self.overflow_count != count_max)):
            m.d.sync += self.overflow_count.eq(self.overflow_count + 1)
        with m.If(underflow & (self.underflow_count != count_max)):
            m.d.sync += self.underflow_count.eq(self.underflow_count + 1)
        return m
