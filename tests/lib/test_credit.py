"""CreditCounter against a Python reference, with underflow/overflow faults."""

import pytest

from hdl_py.lib.credit import CreditCounter

from .simhelpers import ignore_unused, run_simulation, seeded


class CreditModel:
    """Reference: the documented behaviour of CreditCounter, one call per clock cycle."""

    def __init__(self, max_credits, count_width, init_credits=0):
        self.max_credits = max_credits
        self.count_max = (1 << count_width) - 1
        self.available = init_credits
        self.underflow_count = self.overflow_count = 0
        self.underflow_err = self.overflow_err = 0

    def ok(self, consume_amount):
        return int(self.available >= consume_amount)

    def step(self, init=0, init_value=0, consume=0, consume_amount=0, give=0, give_amount=0):
        overflow = underflow = False
        if init:
            overflow = init_value > self.max_credits
            self.available = min(init_value, self.max_credits)
        else:
            returned = self.available + (give_amount if give else 0)
            overflow = returned > self.max_credits
            spent = consume_amount if consume and self.ok(consume_amount) else 0
            underflow = bool(consume) and not self.ok(consume_amount)
            self.available = min(returned, self.max_credits) - spent
        assert 0 <= self.available <= self.max_credits
        self.overflow_err, self.underflow_err = int(overflow), int(underflow)
        if overflow:
            self.overflow_count = min(self.overflow_count + 1, self.count_max)
        if underflow:
            self.underflow_count = min(self.underflow_count + 1, self.count_max)


OUTPUTS = ("available", "underflow_err", "underflow_count", "overflow_err", "overflow_count")


def _check(ctx, dut, model, where):
    got = {name: ctx.get(getattr(dut, name)) for name in OUTPUTS}
    want = {name: getattr(model, name) for name in OUTPUTS}
    assert got == want, where


@pytest.mark.parametrize("max_credits, width, count_width, init_credits", [
    (15, None, 16, 0),  # width 4: every value of an amount is meaningful
    (100, 8, 3, 100),  # wider amounts than max; counters saturate at 7
    (1, None, 4, 1),
])
def test_random_against_model(max_credits, width, count_width, init_credits):
    rng = seeded(max_credits)
    dut = CreditCounter(max_credits=max_credits, width=width, count_width=count_width,
                        init_credits=init_credits)
    model = CreditModel(max_credits, count_width, init_credits)
    amount_max = (1 << dut.width) - 1
    seen = {"underflow": 0, "overflow": 0, "consumed": 0, "given": 0}

    def amount():
        return rng.choice([rng.randint(0, min(3, amount_max)), rng.randint(0, amount_max)])

    async def tb(ctx):
        for cycle in range(1500):
            # Mostly well-behaved traffic with occasional faults: small consumes and gives,
            # sometimes an over-large one, rarely a (re)initialisation.
            op = {
                "init": int(rng.random() < 0.03),
                "init_value": rng.randint(0, amount_max),
                "consume": int(rng.random() < 0.5),
                "consume_amount": amount(),
                "give": int(rng.random() < 0.4),
                "give_amount": amount(),
            }
            for name, value in op.items():
                ctx.set(getattr(dut, name), value)
            assert ctx.get(dut.ok) == model.ok(op["consume_amount"]), cycle
            if op["consume"] and not op["init"]:
                seen["consumed" if model.ok(op["consume_amount"]) else "underflow"] += 1
            model.step(**op)
            seen["overflow"] += model.overflow_err
            seen["given"] += op["give"]
            await ctx.tick()
            _check(ctx, dut, model, cycle)

    run_simulation(dut, tb)
    # The random traffic did reach every case it is meant to check.
    assert all(count > 10 for count in seen.values()), seen


def test_directed_faults():
    dut = CreditCounter(max_credits=10, count_width=8)

    async def tb(ctx):
        assert ctx.get(dut.available) == 0
        ctx.set(dut.consume, 1)
        ctx.set(dut.consume_amount, 1)
        assert ctx.get(dut.ok) == 0
        await ctx.tick()  # no credit yet: refused
        ctx.set(dut.consume, 0)
        assert (ctx.get(dut.available), ctx.get(dut.underflow_err),
                ctx.get(dut.underflow_count)) == (0, 1, 1)
        await ctx.tick()
        assert ctx.get(dut.underflow_err) == 0  # a pulse

        ctx.set(dut.init, 1)
        ctx.set(dut.init_value, 6)
        await ctx.tick()
        ctx.set(dut.init, 0)
        assert ctx.get(dut.available) == 6

        ctx.set(dut.consume, 1)
        ctx.set(dut.consume_amount, 6)
        assert ctx.get(dut.ok) == 1
        await ctx.tick()  # exactly all credits: allowed, reaches 0, never negative
        assert ctx.get(dut.available) == 0
        await ctx.tick()  # again: refused
        ctx.set(dut.consume, 0)
        assert (ctx.get(dut.available), ctx.get(dut.underflow_count)) == (0, 2)

        # A return equal to what was taken is fine; one more credit is a peer fault.
        ctx.set(dut.give, 1)
        ctx.set(dut.give_amount, 10)
        await ctx.tick()
        assert (ctx.get(dut.available), ctx.get(dut.overflow_err)) == (10, 0)
        ctx.set(dut.give_amount, 1)
        await ctx.tick()
        ctx.set(dut.give, 0)
        assert (ctx.get(dut.available), ctx.get(dut.overflow_err),
                ctx.get(dut.overflow_count)) == (10, 1, 1)

        # A return and a consume in the same cycle: the return is judged before the consume
        # (credits spent this cycle cannot come back in it), so 10 + 1 still overflows.
        ctx.set(dut.give, 1)
        ctx.set(dut.give_amount, 1)
        ctx.set(dut.consume, 1)
        ctx.set(dut.consume_amount, 4)
        await ctx.tick()
        assert (ctx.get(dut.available), ctx.get(dut.overflow_count)) == (6, 2)
        # ... and a consume is judged on the credits held before a concurrent return.
        ctx.set(dut.give_amount, 4)
        ctx.set(dut.consume_amount, 7)
        assert ctx.get(dut.ok) == 0
        await ctx.tick()
        assert (ctx.get(dut.available), ctx.get(dut.underflow_count)) == (10, 3)
        ctx.set(dut.give, 0)
        ctx.set(dut.consume, 0)

        # init above max saturates and is flagged; init wins over a concurrent consume.
        ctx.set(dut.init, 1)
        ctx.set(dut.init_value, 15)
        ctx.set(dut.consume, 1)
        ctx.set(dut.consume_amount, 3)
        await ctx.tick()
        assert (ctx.get(dut.available), ctx.get(dut.overflow_err),
                ctx.get(dut.overflow_count), ctx.get(dut.underflow_count)) == (10, 1, 3, 3)

    run_simulation(dut, tb)


@ignore_unused
def test_parameters():
    dut = CreditCounter(max_credits=20)
    assert (dut.max_credits, dut.width, dut.count_width, dut.init_credits) == (20, 5, 16, 0)
    assert CreditCounter(max_credits=16).width == 5
    with pytest.raises(AttributeError):
        dut.max_credits = 3
    with pytest.raises(ValueError, match="max_credits 16 does not fit in width 4"):
        CreditCounter(max_credits=16, width=4)
    with pytest.raises(ValueError, match="max_credits must be at least 1"):
        CreditCounter(max_credits=0)
    with pytest.raises(TypeError, match="max_credits must be an integer"):
        CreditCounter(max_credits=2.5)
    with pytest.raises(ValueError, match="init_credits 9 exceeds max_credits 8"):
        CreditCounter(max_credits=8, init_credits=9)
    with pytest.raises(TypeError):
        CreditCounter(8)  # keyword-only
