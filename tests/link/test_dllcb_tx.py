"""DLLCB sending (hdl_py/link/dllcb_tx.py) against sim/model/dll.py: every block byte for byte
with its BCRC, the Retry sets as 33 one-flit blocks, the reference priority, ``allow`` holding
everything but the Retry sets, and which flits the retry buffer keeps."""

import random

from amaranth.hdl import Const

from hdl_py.link.dllcb_tx import DllcbSender
from hdl_py.proto import decode
from hdl_py.proto.dll import InitBlock
from sim.model import dll
from tests.lib.simhelpers import run_simulation

REQS = ("ack_set", "req_set", "crd_ack", "init", "nob")
#: Flits of each block or set (what ``busy`` waits for after the done pulse).
FLITS = {"ack_set": 33, "req_set": 33, "crd_ack": 2, "init": 5, "nob": 1}


def _caps_fields(caps):
    """InitBlock fields of a capability set, from the model's own encoding."""
    raw = b"".join(dll.init_block(caps))
    return decode(InitBlock, raw)


def _run(requests, *, allow_at=0, backpressure=0.0, seed=0):
    """``requests``: {name: fields} raised together at cycle 0; each is dropped at the edge
    after its done pulse. ``allow`` rises at ``allow_at``. Returns the flits, the order of
    done pulses and the cycle of each.

    Every cycle ``busy`` is checked to be exactly: a request that could start pending in the
    cycle before (a Retry set, or any with ``allow``: its claim or its block), or flits of a
    block whose done has pulsed not yet taken from ``o``."""
    dut = DllcbSender()
    rng = random.Random(seed)
    flits, dones, done_cycles = [], [], {}

    async def tb(ctx):
        for name, fields in requests.items():
            for k, v in fields.items():
                ctx.set(getattr(dut, k), v)
            ctx.set(getattr(dut, name), 1)
        pending = set(requests)
        cycle = 0
        idle = 0
        owed = 0                        # flits of done blocks not yet taken
        could_start = False             # a request that could start was pending last cycle
        while pending or idle < 6:
            ctx.set(dut.allow, cycle >= allow_at)
            ctx.set(dut.o.ready, rng.random() >= backpressure)
            await ctx.delay(1e-9)
            assert ctx.get(dut.busy) == (could_start or owed > 0), cycle
            done_now = [n for n in REQS if ctx.get(getattr(dut, f"{n}_done"))]
            could_start = any(n not in done_now and (cycle >= allow_at or n.endswith("_set"))
                              for n in pending)
            owed += sum(FLITS[n] for n in done_now)
            take = ctx.get(dut.o.valid) and ctx.get(dut.o.ready)
            owed -= take
            payload = ctx.get(dut.o.payload)
            await ctx.tick()
            cycle += 1
            if take:
                flits.append((Const.cast(payload.data).value.to_bytes(20, "little"),
                              payload.sob, payload.eob, payload.backed_up))
            for n in done_now:
                dones.append(n)
                done_cycles[n] = cycle
                ctx.set(getattr(dut, n), 0)
                pending.discard(n)
            idle = idle + 1 if not pending and not ctx.get(dut.busy) else 0
    run_simulation(dut, tb, max_cycles=5000)
    return flits, dones, done_cycles


def _blocks(name, fields):
    if name == "ack_set":
        return dll.retry_ack_set(num_retry=fields["ack_num_retry"],
                                 num_free_buf=fields["ack_num_free_buf"],
                                 rd_ptr=fields["ack_rd_ptr"], wr_ptr=fields["ack_wr_ptr"])
    if name == "req_set":
        return dll.retry_req_set(rcv_ptr=fields["req_rcv_ptr"], num_retry=fields["req_num_retry"],
                                 num_phy_reinit=fields["req_num_phy_reinit"])
    if name == "crd_ack":
        return dll.control_block("CRD_ACK", t=fields["crd_t"], sd=fields["crd_sd"],
                                 ack_num=fields["crd_ack_num"], crd_num=fields["crd_num"])
    if name == "init":
        return dll.init_block(fields["caps"])
    return dll.control_block("NOB")


def _expected(name, fields):
    out = []
    flits = _blocks(name, fields)
    if name in ("ack_set", "req_set"):
        return [(f, 1, 1, 0) for f in flits]
    for i, f in enumerate(flits):
        out.append((f, int(i == 0), int(i == len(flits) - 1), 1))
    return out


def _fields(rng):
    caps = dll.DllCapabilities(feature_id=1, rxbuf_vl_share=1, data_ack_grain_size=0x30,
                               flow_ctrl_size=0x18, vl_enable=0x000F,
                               retry_buf_depth=rng.randrange(1, 65536),
                               packet_min_interval=rng.randrange(256),
                               ctrl_credit_grain=tuple(rng.randrange(256) for _ in range(16)),
                               data_credit_grain=tuple(rng.randrange(256) for _ in range(16)))
    return {
        "ack_set": {"ack_num_retry": rng.randrange(256), "ack_num_free_buf": rng.randrange(65536),
                    "ack_rd_ptr": rng.randrange(65536), "ack_wr_ptr": rng.randrange(65536)},
        "req_set": {"req_rcv_ptr": rng.randrange(65536), "req_num_retry": rng.randrange(256),
                    "req_num_phy_reinit": rng.randrange(256)},
        "crd_ack": {"crd_t": 0, "crd_sd": 0, "crd_ack_num": rng.randrange(65536),
                    "crd_num": [rng.randrange(64) for _ in range(16)]},
        "init": {"caps": caps},
        "nob": {},
    }


def _dut_fields(name, fields):
    if name == "init":
        return {"init_block": _caps_fields(fields["caps"])}
    return fields


def test_each_block_alone():
    rng = random.Random(1)
    for name, fields in _fields(rng).items():
        got, dones, _ = _run({name: _dut_fields(name, fields)}, backpressure=0.3, seed=2)
        assert got == _expected(name, fields), name
        assert dones == [name]
    # Crd_Ack with initial credit: T = 1, and SD on the last one.
    for sd in (0, 1):
        fields = {"crd_t": 1, "crd_sd": sd, "crd_ack_num": 0, "crd_num": [5] * 16}
        got, _, _ = _run({"crd_ack": fields})
        assert got == _expected("crd_ack", fields)
        assert got[0][0][3] == (sd << 1) | 1


def test_reference_priority_and_allow():
    """All requests at once, ``allow`` low for a while: the Retry_Ack_Set and Retry_Req_Set go
    first anyway; then Crd_Ack, Init, NOB in that order once allowed."""
    rng = random.Random(3)
    fields = _fields(rng)
    got, dones, when = _run({n: _dut_fields(n, f) for n, f in fields.items()}, allow_at=300,
                            seed=4)
    assert dones == ["ack_set", "req_set", "crd_ack", "init", "nob"]
    # The two sets (66 flits) are done long before 300; nothing else starts before then.
    assert when["req_set"] < 100 and when["crd_ack"] > 300
    want = sum((_expected(n, fields[n]) for n in dones), [])
    assert got == want
    # Crd_Ack with T = 0 goes before T = 1 (the priority list has both).
    t1 = {"crd_t": 1, "crd_sd": 1, "crd_ack_num": 1, "crd_num": [1] * 16}
    got, dones, _ = _run({"crd_ack": t1, "nob": {}}, seed=5)
    assert dones == ["crd_ack", "nob"]
