"""The delivery reference model of the link's scoreboards (sim/model/link.py): exactly once,
in order per VL, bytes intact."""

import random

import pytest

from sim.model.link import DeliveryError, LinkModel


@pytest.mark.parametrize("num_vls", [1, 4, 16])
def test_delivery_in_order_per_vl(num_vls):
    rng = random.Random(num_vls)
    model = LinkModel(num_vls)
    sent = [(rng.randrange(num_vls), rng.randbytes(rng.randrange(1, 40))) for _ in range(200)]
    for vl, payload in sent:
        model.send(vl, payload)
    # Deliver VL by VL (VLs may overtake each other), each VL in order.
    for vl in reversed(range(num_vls)):
        mine = [p for v, p in sent if v == vl]
        for payload in mine:
            assert model.expect(vl) == payload
            assert model.check_delivery(vl, payload) is True
        assert model.expect(vl) is None
    assert model.outstanding() == 0 and model.check_done() and model.errors == []
    assert model.sent == model.delivered


def test_identical_payloads_are_counted_separately():
    model = LinkModel(2)
    for _ in range(3):
        model.send(1, b"same")
    for _ in range(3):
        assert model.check_delivery(1, b"same")
    with pytest.raises(DeliveryError, match=r"VL 1: duplicate of packet #2 \(4 bytes"):
        model.check_delivery(1, b"same")


def test_duplicate_reported():
    model = LinkModel(4)
    model.send(2, b"one")
    model.send(2, b"two")
    model.check_delivery(2, b"one")
    with pytest.raises(DeliveryError, match="VL 2: duplicate of packet #0 .* already delivered"):
        model.check_delivery(2, b"one")


def test_reorder_reported_then_tracked():
    model = LinkModel(1, strict=False)
    for i in range(4):
        model.send(0, bytes([i]))
    assert model.check_delivery(0, b"\x02") is False
    assert "VL 0: packet #2 (1 bytes [02]) delivered before packet(s) #0..1" in model.errors[0]
    assert model.check_delivery(0, b"\x00") and model.check_delivery(0, b"\x01")
    assert model.check_delivery(0, b"\x03")
    assert model.check_done() and len(model.errors) == 1


def test_loss_reported():
    model = LinkModel(2, strict=False)
    for i in range(5):
        model.send(1, bytes([i]) * 3)
    model.check_delivery(1, b"\x00" * 3)
    model.check_delivery(1, b"\x03" * 3)
    assert model.check_done() is False
    assert model.errors[-1] == "VL 1: 3 packet(s) never delivered: #1..2, 4"
    with pytest.raises(DeliveryError, match="never delivered: #0"):
        strict = LinkModel(1)
        strict.send(0, b"x")
        strict.check_done()


def test_corruption_wrong_vl_and_unexpected_reported():
    model = LinkModel(4)
    model.send(0, b"abcdef")
    model.send(3, b"xyz")
    with pytest.raises(DeliveryError,
                       match=r"matches no packet sent; expected packet #0 .* byte 2: 0x58 "
                             r"delivered, 0x63 sent"):
        model.check_delivery(0, b"abXdef")
    with pytest.raises(DeliveryError, match="length 5 delivered, 6 sent"):
        model.check_delivery(0, b"abcde")
    with pytest.raises(DeliveryError, match="VL 0: packet #0 of VL 3 .* on the wrong VL"):
        model.check_delivery(0, b"xyz")
    with pytest.raises(DeliveryError, match="VL 2: delivered 1 bytes .* nothing is outstanding"):
        model.check_delivery(2, b"q")
    with pytest.raises(ValueError, match="vl 4 is outside 0..3"):
        model.send(4, b"x")
    with pytest.raises(TypeError, match="payload must be bytes"):
        model.send(0, "x")
    with pytest.raises(ValueError, match="num_vls must be 1..16"):
        LinkModel(17)
