"""Packet lengths of the link pyuvm environment against each configuration's MTU (no simulator).

The link TX drops a packet longer than its MTU whole and counts it in BAD_INPUT
(``docs/link.md``). Every test class of ``tb/link/link_env.py`` draws its packets up to
``packet_max_len``, which must stay within the MTU of every configuration the env runs in
(``tests/link/test_link_cocotb.py``) unless the class sends longer packets on purpose
(``oversize``); and the scoreboard model must expect exactly the too-long ones dropped and the
others delivered. ``LowBerLinkTest`` (``max_len`` 3000) under the vl2 configuration (MTU 2048)
once failed with "delivered before packet(s) ... sent earlier: reordered or lost".
"""

from __future__ import annotations

import inspect
import random

import pytest

from hdl_py.link.endpoint import LinkEndpoint
from sim.model.link import LinkModel
from tb.link import link_env
from tests.link.test_link_cocotb import CONFIGS

TESTS = sorted((c for c in vars(link_env).values()
                if inspect.isclass(c) and issubclass(c, link_env.LinkBaseTest)
                and c is not link_env.LinkBaseTest), key=lambda c: c.__name__)
CASES = [pytest.param(cfg, test, id=f"{cfg}-{test.__name__}")
         for cfg in CONFIGS for test in TESTS]


def test_every_test_class_is_covered():
    names = {t.__name__ for t in TESTS}
    assert {"CleanLinkTest", "LowBerLinkTest", "OversizeDropTest"} <= names, names
    assert [t.__name__ for t in TESTS if t.oversize] == ["OversizeDropTest"]


def test_default_mtu_is_the_endpoints():
    default = inspect.signature(LinkEndpoint.__init__).parameters["mtu"].default
    assert link_env.link_mtu({}) == default
    assert link_env.link_mtu({"mtu": 2048}) == 2048


@pytest.mark.parametrize("config, test", CASES)
def test_packet_lengths_within_mtu(config, test):
    p = CONFIGS[config]
    mtu = p["mtu"]
    bound = test.packet_max_len(p)
    if test.oversize:
        assert bound > mtu, f"{test.__name__} is meant to exceed the MTU {mtu}: {bound}"
    else:
        assert 1 <= bound <= mtu, (
            f"{test.__name__} draws packets of up to {bound} bytes under {config} (MTU {mtu}): "
            f"the TX drops the longer ones")
        assert bound == min(test.max_len, mtu)


@pytest.mark.parametrize("config, test", CASES)
def test_scoreboard_expects_what_the_tx_delivers(config, test):
    """The test's traffic (lengths as its sequences draw them, one direction) through a TX
    that drops what is longer than the MTU, checked by the model the scoreboard builds."""
    p = CONFIGS[config]
    nv, mtu = p["num_vls"], p["mtu"]
    rng = random.Random(f"{config}-{test.__name__}")
    bound = test.packet_max_len(p)
    sent = [(rng.randrange(nv), rng.randbytes(rng.randint(1, bound)))
            for _ in range(test.count)]
    model = LinkModel(nv, mtu=link_env.link_mtu(p), strict=False)
    for vl, payload in sent:
        model.send(vl, payload)
    bad_input = sum(len(payload) > mtu for _, payload in sent)  # the TX's drop counter
    for vl, payload in sent:
        if len(payload) <= mtu:
            model.check_delivery(vl, payload)
    assert model.check_done(), model.errors[:3]
    assert model.errors == []
    assert sum(model.dropped) == bad_input
    assert sum(model.sent) == sum(model.delivered) == test.count - bad_input
    if not test.oversize:
        assert bad_input == 0
