"""The data link state machine (hdl_py/link/dll_sm.py) on its own, against sim/model/dll.py:
DLL_Disabled -> DLL_Param_Init (retry handshake, then the Init Block exchange) ->
DLL_Credit_Init -> DLL_Normal (E4 §4.2), the negotiated parameters against
:func:`dll.negotiate`, the T = 1 Crd_Acks it asks for against :func:`dll.init_credit_blocks`
and the initial credit it takes against :func:`dll.initial_credit`; link-down, blocks out of
place, bad blocks, overflow and an Init Block without VL0.

The testbench stands in for the rest of the link: RETRY_REQ_SM (REQ for a few cycles after
``retry_start``, then NORMAL), the DLLCB sender (``init_done`` and ``crd_ack_done`` a few
cycles after the request) and the receive parser (the peer's blocks as parsed flits, ``good``
at the block end)."""

import random
from dataclasses import dataclass, field

import pytest
from amaranth.hdl import Const

from hdl_py.link.dll_sm import DllState, DllStateMachine
from hdl_py.link.retry_sm import RetryReqState
from sim.model import dll
from tests.lib.simhelpers import ignore_unused, run_simulation

S = DllState
CAP_FIELDS = ("feature_id", "rxbuf_vl_share", "data_ack_grain_size", "ctrl_ack_grain_size",
              "flow_ctrl_size", "vl_enable", "retry_buf_depth", "packet_min_interval")


def _cfg(caps):
    out = {k: getattr(caps, k) for k in CAP_FIELDS}
    out["ctrl_credit_grain"] = list(caps.ctrl_credit_grain)
    out["data_credit_grain"] = list(caps.data_credit_grain)
    return out


def _parsed(flits, *, good=True):
    """One block as the receive parser shows it."""
    n = len(flits)
    return [{"data": int.from_bytes(f, "little"), "sob": int(i == 0), "eob": int(i == n - 1),
             "dllcb": 1, "first_block": 0, "last_block": 0, "good": int(good and i == n - 1)}
            for i, f in enumerate(flits)]


def _crd_t1(crd_num, sd):
    return dll.control_block("CRD_ACK", t=1, sd=sd, ack_num=0, crd_num=list(crd_num))


def _bitmap(rng):
    """A capability bitmap: any sizes, one size, or none (then the two ends cannot intersect
    and the default is used)."""
    return rng.choice((0, 1 << rng.randrange(8), rng.getrandbits(8), rng.getrandbits(8)))


def _random_caps(rng, *, depth=None):
    return dll.DllCapabilities(
        feature_id=rng.randrange(1, 4), rxbuf_vl_share=rng.randrange(2),
        data_ack_grain_size=_bitmap(rng), ctrl_ack_grain_size=_bitmap(rng),
        flow_ctrl_size=_bitmap(rng), vl_enable=rng.getrandbits(16) | 1,
        retry_buf_depth=depth if depth is not None else rng.randrange(64, 65536),
        packet_min_interval=rng.randrange(256),
        ctrl_credit_grain=tuple(_bitmap(rng) for _ in range(16)),
        data_credit_grain=tuple(_bitmap(rng) for _ in range(16)))


def _masked(caps, vls):
    """What the state machine advertises for ``caps`` with ``vls`` VLs built."""
    return caps.with_(vl_enable=caps.vl_enable & ((1 << vls) - 1) | 1)


@dataclass
class Run:
    states: list = field(default_factory=list)        # (cycle, state) at every change
    sent_crd: list = field(default_factory=list)      # (crd_num tuple16, sd) per crd_ack_done
    init_fields: list = field(default_factory=list)   # Init Block fields at each init_done
    pulses: dict = field(default_factory=dict)        # name -> count
    retry_starts: int = 0
    hs_end: list = field(default_factory=list)        # cycles RETRY_REQ_SM went back to NORMAL
    init_rise: list = field(default_factory=list)     # cycles ``init`` rose
    params: dict | None = None
    params_valid: int = 0
    init_crd: tuple = ()
    final: S | None = None
    link_reset_seen: bool = False


PULSES = ("init_rx", "init_rx_err", "crd_init_rx", "cb_unexpected", "crd_init_overflow")


def _run(local, remote_crd, *, vls=16, script=(), hs_cycles=5, done_latency=3, cycles=400,
         link_up_at=2, link_changes=(), cfg_changes=(), stop_in_normal=True):
    """``script``: (cycle, parsed flits) pairs, the peer's blocks, each one flit a cycle from
    its cycle on (queued behind the ones before). ``link_changes``: (cycle, level).
    ``cfg_changes``: (cycle, caps). Returns a :class:`Run`."""
    dut = DllStateMachine(vls=vls)
    r = Run(pulses={p: 0 for p in PULSES})
    script = sorted(script, key=lambda e: e[0])

    async def tb(ctx):
        ctx.set(dut.cfg, _cfg(local))
        for v in range(vls):
            ctx.set(dut.remote_crd[v], remote_crd[v])
        queue, pending = [], list(script)
        hs_left = None
        init_wait = crd_wait = 0
        link = 0
        normal_for = 0
        last_state = None
        for cycle in range(cycles):
            for c, level in link_changes:
                if c == cycle:
                    link = level
            if cycle == link_up_at:
                link = 1
            for c, caps in cfg_changes:
                if c == cycle:
                    ctx.set(dut.cfg, _cfg(caps))
            ctx.set(dut.link_up, link)
            while pending and pending[0][0] <= cycle:
                queue.extend(pending.pop(0)[1])
            if queue:
                ctx.set(dut.rx_valid, 1)
                ctx.set(dut.rx, queue.pop(0))
            else:
                ctx.set(dut.rx_valid, 0)
            ctx.set(dut.retry_state, RetryReqState.REQ if hs_left else RetryReqState.NORMAL)
            init_wait = init_wait + 1 if ctx.get(dut.init) else 0
            crd_wait = crd_wait + 1 if ctx.get(dut.crd_ack) else 0
            ctx.set(dut.init_done, init_wait == done_latency)
            ctx.set(dut.crd_ack_done, crd_wait == done_latency)
            await ctx.delay(1e-9)
            state = S(ctx.get(dut.state))
            if state != last_state:
                r.states.append((cycle, state))
                last_state = state
            r.link_reset_seen |= bool(ctx.get(dut.link_reset))
            if ctx.get(dut.retry_start):
                r.retry_starts += 1
                hs_left = hs_cycles
            elif hs_left:
                hs_left -= 1
                if not hs_left:
                    r.hs_end.append(cycle + 1)
            if init_wait == 1:
                r.init_rise.append(cycle)
            if init_wait == done_latency:
                r.init_fields.append({k: ctx.get(getattr(dut.init_block, k)) for k in CAP_FIELDS}
                                     | {"ctrl_credit_grain": tuple(
                                         ctx.get(dut.init_block.ctrl_credit_grain_lo[v]) if v < 14
                                         else ctx.get(dut.init_block.ctrl_credit_grain_hi[v - 14])
                                         for v in range(16))})
                init_wait = -10**6      # one done per request
            if crd_wait == done_latency:
                r.sent_crd.append((tuple(ctx.get(dut.crd_num[v]) for v in range(16)),
                                   ctx.get(dut.crd_sd)))
                crd_wait = 0            # the request is a level: the next block follows
            for p in PULSES:
                r.pulses[p] += ctx.get(getattr(dut, p))
            await ctx.tick()
            normal_for = normal_for + 1 if state == S.DLL_NORMAL else 0
            if stop_in_normal and normal_for > 8 and not queue and not pending:
                break
        r.final = S(ctx.get(dut.state))
        r.params_valid = ctx.get(dut.params_valid)
        p = dut.params
        r.params = read_params(ctx, p)
        r.init_crd = tuple(ctx.get(dut.init_crd[v]) for v in range(vls))

    run_simulation(dut, tb, max_cycles=cycles + 20)
    return r


def read_params(ctx, p):
    """The registered ``params`` of a DllStateMachine as the model's field names."""
    return {
        "feature_id": ctx.get(p.feature_id), "data_ack_grain": ctx.get(p.data_ack_grain),
        "ctrl_ack_grain": ctx.get(p.ctrl_ack_grain), "cell_flits": ctx.get(p.flow_ctrl_size),
        "vl_enable": ctx.get(p.vl_enable),
        "ctrl_credit_grain": tuple(ctx.get(p.ctrl_credit_grain[v]) for v in range(16)),
        "data_credit_grain": tuple(ctx.get(p.data_credit_grain[v]) for v in range(16)),
        "share_allowed": bool(ctx.get(p.share_allowed)),
        "peer_retry_buf_depth": ctx.get(p.peer_retry_buf_depth),
        "peer_packet_min_interval": ctx.get(p.peer_packet_min_interval)}


def model_params(params):
    """The same fields of the model's negotiated parameters."""
    return {k: getattr(params, k) for k in (
        "feature_id", "data_ack_grain", "ctrl_ack_grain", "cell_flits", "vl_enable",
        "ctrl_credit_grain", "data_credit_grain", "share_allowed", "peer_retry_buf_depth",
        "peer_packet_min_interval")}


def _peer_script(peer, peer_grant, params, *, at=10, gap=0):
    """The peer's Init Block at ``at``, then its T = 1 Crd_Acks granting ``peer_grant``."""
    blocks = dll.init_credit_blocks(peer_grant, params.ctrl_credit_grain, params.vl_enable)
    script = [(at, _parsed(dll.init_block(peer)))]
    t = at + 5
    for crd, sd in blocks:
        t += gap
        script.append((t, _parsed(_crd_t1(crd, sd))))
        t += 2
    return script, blocks


def _random_grant(rng, vls, limit=4000):
    return [rng.randrange(limit) if v < vls else 0 for v in range(16)]


@pytest.mark.parametrize("seed,vls", [(1, 16), (2, 16), (3, 4), (4, 2), (5, 1), (6, 16)])
def test_two_capability_sets_agree_and_credit_is_initialised(seed, vls):
    """Random capabilities on both sides (bitmaps that may not intersect, so defaults are
    used): the registered parameters are exactly :func:`dll.negotiate`, the Init Block sent
    advertises the held configuration, the T = 1 Crd_Acks asked for are exactly the model's
    split with SD on the last, the peer's grant becomes ``init_crd``, and the states run
    Disabled -> Param_Init -> Credit_Init -> Normal with one retry handshake."""
    rng = random.Random(seed)
    local, peer = _random_caps(rng), _random_caps(rng)
    ours = _masked(local, vls)
    params = dll.negotiate(ours, peer)
    remote = _random_grant(rng, vls)
    peer_grant = _random_grant(rng, 16)
    script, peer_blocks = _peer_script(peer, peer_grant, dll.negotiate(peer, ours),
                                       at=rng.randrange(3, 40), gap=rng.randrange(3))
    r = _run(local, remote, vls=vls, script=script)

    assert [s for _, s in r.states] == [S.DLL_DISABLED, S.DLL_PARAM_INIT, S.DLL_CREDIT_INIT,
                                        S.DLL_NORMAL]
    assert r.final == S.DLL_NORMAL and r.params_valid
    assert r.retry_starts == 1
    assert r.params == model_params(params)
    assert len(r.init_fields) == 1
    assert r.init_fields[0] == {k: getattr(ours, k) for k in CAP_FIELDS} | {
        "ctrl_credit_grain": ours.ctrl_credit_grain}
    assert r.sent_crd == dll.init_credit_blocks(remote, params.ctrl_credit_grain,
                                                params.vl_enable)
    want = dll.initial_credit([c for c, _ in peer_blocks], params.ctrl_credit_grain)
    assert r.init_crd == want[:vls]
    assert r.pulses["init_rx"] == 1 and r.pulses["crd_init_rx"] == len(peer_blocks)
    assert r.pulses["cb_unexpected"] == r.pulses["crd_init_overflow"] == 0
    assert r.pulses["init_rx_err"] == 0


def test_state_order_waits_for_each_step():
    """Param_Init ends only when both the Init Block is sent and the peer's is in; Credit_Init
    only when our SD is sent and the peer's is in. The Init Block is asked for only after the
    retry handshake (RETRY_REQ_SM back in NORMAL)."""
    local = peer = dll.DllCapabilities()
    remote = [100] * 4 + [0] * 12
    params = dll.negotiate(local, peer)
    # The peer is late: its Init Block at cycle 120, its SD 100 cycles after.
    blocks = dll.init_credit_blocks(remote, params.ctrl_credit_grain, params.vl_enable)
    script = [(120, _parsed(dll.init_block(peer)))]
    script += [(220 + 3 * i, _parsed(_crd_t1(c, sd))) for i, (c, sd) in enumerate(blocks)]
    r = _run(local, remote, vls=4, script=script, hs_cycles=30)
    t = dict((s, c) for c, s in r.states)
    assert len(r.hs_end) == 1 and r.init_rise == [r.hs_end[0] + 1]
    assert t[S.DLL_PARAM_INIT] == 3            # link_up at 2, registered
    assert 120 + 5 < t[S.DLL_CREDIT_INIT] <= 120 + 5 + 2
    assert 220 + 3 * (len(blocks) - 1) + 2 <= t[S.DLL_NORMAL] <= 220 + 3 * len(blocks) + 2
    assert r.final == S.DLL_NORMAL


def test_peer_ahead_crd_acks_before_our_init_block_is_sent():
    """The peer may be a whole step ahead: its T = 1 Crd_Acks arrive while this end is still
    in Param_Init (the Init Block not sent yet): they are kept, not lost."""
    local = peer = dll.DllCapabilities()
    remote = [50, 60, 70, 80] + [0] * 12
    params = dll.negotiate(local, peer)
    script, blocks = _peer_script(peer, [10, 20, 30, 40] + [0] * 12, params, at=3)
    r = _run(local, remote, vls=4, script=script, hs_cycles=60)
    assert r.final == S.DLL_NORMAL
    assert r.init_crd == (10, 20, 30, 40)
    assert r.pulses["cb_unexpected"] == 0


def test_blocks_out_of_place_are_ignored_and_counted():
    """A T = 1 Crd_Ack before the peer's Init Block, an Init Block in Credit_Init or Normal,
    a T = 1 Crd_Ack in Normal: each is ignored (credit and parameters unchanged) and counted
    on ``cb_unexpected``. A T = 0 Crd_Ack is not the state machine's business at all."""
    local = dll.DllCapabilities()
    peer = local.with_(flow_ctrl_size=0x18)
    params = dll.negotiate(local, peer)
    remote = [8] * 4 + [0] * 12
    early = _parsed(_crd_t1([5] * 16, 0))
    other_peer = peer.with_(flow_ctrl_size=0x10)
    script = [(3, early), (10, _parsed(dll.init_block(peer))),
              (20, _parsed(_crd_t1([1, 2, 3, 4] + [0] * 12, 1))),
              (22, _parsed(dll.init_block(other_peer))),            # Credit_Init or later
              (29, _parsed(dll.control_block("CRD_ACK", t=0, sd=0, ack_num=0,
                                             crd_num=[9] * 16))),
              (150, _parsed(dll.init_block(other_peer))),           # Normal
              (160, _parsed(_crd_t1([7] * 16, 1)))]                # Normal
    r = _run(local, remote, vls=4, script=script, stop_in_normal=False, cycles=200,
             hs_cycles=2)
    assert r.final == S.DLL_NORMAL
    assert r.pulses["cb_unexpected"] == 4
    assert r.params == model_params(params)          # from the first Init Block only
    assert r.init_crd == (1, 2, 3, 4)


def test_damaged_blocks_are_not_taken():
    """An Init Block or Crd_Ack whose CRC30 fails (``good`` low at its end) is not taken; the
    copy that link-level retry brings later is."""
    local = dll.DllCapabilities()
    peer = local.with_(feature_id=1, ctrl_ack_grain_size=0x03)
    params = dll.negotiate(local, peer)
    remote = [8] * 4 + [0] * 12
    bad_init = _parsed(dll.init_block(peer.with_(vl_enable=0x3)), good=False)
    bad_crd = _parsed(_crd_t1([9] * 16, 1), good=False)
    script = [(5, bad_init), (40, _parsed(dll.init_block(peer))),
              (60, bad_crd), (80, _parsed(_crd_t1([2, 2, 2, 2] + [0] * 12, 1)))]
    r = _run(local, remote, vls=4, script=script)
    assert r.final == S.DLL_NORMAL
    assert r.params == model_params(params)
    assert r.init_crd == (2, 2, 2, 2)
    assert r.pulses["init_rx"] == 1 and r.pulses["crd_init_rx"] == 1
    t = dict((s, c) for c, s in r.states)
    assert t[S.DLL_CREDIT_INIT] > 40 and t[S.DLL_NORMAL] > 80


def test_link_down_returns_to_disabled_and_clears_everything():
    """``link_up`` low in Credit_Init: DLL_Disabled at once, ``link_reset`` high, parameters
    and credit cleared (E4 §4.8.4). The next link-up takes the configuration as it is then and
    runs the whole sequence again, with a new retry handshake."""
    local = dll.DllCapabilities()
    second = local.with_(flow_ctrl_size=0x0C, vl_enable=0x3)
    peer = local.with_(flow_ctrl_size=0x0C)
    remote = [20] * 4 + [0] * 12
    p1 = dll.negotiate(local, peer)
    p2 = dll.negotiate(second, peer)
    script = [(5, _parsed(dll.init_block(peer))),
              (20, _parsed(_crd_t1([3] * 4 + [0] * 12, 0))),   # no SD: stays in Credit_Init
              (100, _parsed(dll.init_block(peer))),
              (120, _parsed(_crd_t1([4] * 2 + [0] * 14, 1)))]
    # The configuration changes while the link is down, and again while it comes up: the
    # second change must not be seen.
    r = _run(local, remote, vls=4, script=script,
             link_changes=[(60, 0), (90, 1)],
             cfg_changes=[(70, second), (95, local)])
    assert [s for _, s in r.states] == [
        S.DLL_DISABLED, S.DLL_PARAM_INIT, S.DLL_CREDIT_INIT, S.DLL_DISABLED, S.DLL_PARAM_INIT,
        S.DLL_CREDIT_INIT, S.DLL_NORMAL]
    t = [c for c, s in r.states if s == S.DLL_DISABLED]
    assert t[1] == 61
    assert r.retry_starts == 2
    assert p1 != p2 and r.params == model_params(p2)
    assert r.init_fields[-1]["flow_ctrl_size"] == 0x0C and r.init_fields[-1]["vl_enable"] == 3
    # Credit from before the link went down is gone: only the second grant counts; VLs 2
    # and 3 are not enabled on the second link-up, so none is asked for them.
    assert r.init_crd == (4, 4, 0, 0)
    assert r.sent_crd[-1] == ((20, 20) + (0,) * 14, 1)


def test_initial_credit_overflow_is_reported_and_saturates():
    """More than 65,535 cells in all (E4 §4.6.1), or more than a VL's 16 bits: Flow Control
    Overflow (``crd_init_overflow``); the count saturates instead of wrapping."""
    big = (0x80,) * 16                   # grain 128 cells: 63 x 128 = 8,064 per block per VL
    local = peer = dll.DllCapabilities(ctrl_credit_grain=big, vl_enable=0xFFFF)
    script = [(5, _parsed(dll.init_block(peer)))]
    script += [(12 + 2 * i, _parsed(_crd_t1([63] * 16, int(i == 8)))) for i in range(9)]
    r = _run(local, [128] * 16, vls=16, script=script)
    assert r.final == S.DLL_NORMAL
    assert r.pulses["crd_init_overflow"] == 9          # every block: 129,024 cells after one
    assert r.pulses["crd_init_rx"] == 9
    # 9 x 8,064 = 72,576 > 65,535 on each VL: every VL saturated, none wrapped.
    assert r.init_crd == (0xFFFF,) * 16


def test_init_block_without_vl0_is_flagged_and_vl0_kept():
    """VL0 is always enabled (E4 Table 4-8): a peer's Init Block without it is reported on
    ``init_rx_err`` and VL0 stays in the negotiated VL_ENABLE."""
    local = dll.DllCapabilities(vl_enable=0x000F)
    peer = local.with_(vl_enable=0x000C)
    script, _ = _peer_script(peer, [5] * 16, dll.negotiate(peer, local), at=6)
    r = _run(local, [6] * 4 + [0] * 12, vls=4, script=script)
    assert r.final == S.DLL_NORMAL
    assert r.pulses["init_rx_err"] == 1
    assert r.params["vl_enable"] == 0b1101
    assert r.sent_crd == [((6, 0, 6, 6) + (0,) * 12, 1)]


def test_nothing_happens_without_link_up():
    """Before PHY LinkUp the state machine stays in DLL_Disabled with ``link_reset`` high and
    takes no block."""
    local = dll.DllCapabilities()
    script = [(5, _parsed(dll.init_block(local))), (20, _parsed(_crd_t1([1] * 16, 1)))]
    r = _run(local, [10] * 16, script=script, link_up_at=10_000, cycles=60)
    assert r.states == [(0, S.DLL_DISABLED)] and r.link_reset_seen
    assert r.retry_starts == 0 and not r.params_valid
    assert sum(r.pulses.values()) == 0


@ignore_unused
def test_parameter_checks():
    with pytest.raises(ValueError):
        DllStateMachine(vls=0)
    with pytest.raises(ValueError):
        DllStateMachine(vls=17)
    assert Const.cast(S.DLL_NORMAL).value == dll.DLL_STATES.index("DLL_Normal")


def test_total_credit_overflow_is_sticky():
    """Grants within each VL's 16 bits but above 65,535 cells in all: every T = 1 block from the
    one that crosses the limit on is reported (the total saturates, it does not wrap back
    under the limit), and each VL keeps what it was granted."""
    grain = (0x10,) * 16                 # 16 cells: 63 x 16 x 16 VLs = 16,128 cells a block
    local = peer = dll.DllCapabilities(ctrl_credit_grain=grain, vl_enable=0xFFFF)
    script = [(5, _parsed(dll.init_block(peer)))]
    script += [(12 + 2 * i, _parsed(_crd_t1([63] * 16, int(i == 9)))) for i in range(10)]
    r = _run(local, [16] * 16, vls=16, script=script)
    assert r.final == S.DLL_NORMAL
    assert r.pulses["crd_init_rx"] == 10
    assert r.pulses["crd_init_overflow"] == 6          # blocks 5..10: 80,640 cells and on
    assert r.init_crd == (10 * 63 * 16,) * 16


@pytest.mark.parametrize("state", [S.DLL_PARAM_INIT, S.DLL_CREDIT_INIT, S.DLL_NORMAL])
def test_link_down_in_every_state(state):
    """E4 §4.2: DLL_Param_Init, DLL_Credit_Init and DLL_Normal each go to DLL_Disabled the
    cycle after the PHY reports LinkUp = 0, with ``status_up`` low from then on."""
    local = peer = dll.DllCapabilities()
    remote = [8] * 4 + [0] * 12
    script, _ = _peer_script(peer, remote, dll.negotiate(local, peer), at=40)
    first = _run(local, remote, vls=4, script=script)
    entered = dict((s, c) for c, s in first.states)[state]
    down = entered + 1
    r = _run(local, remote, vls=4, script=script, link_changes=[(down, 0)],
             stop_in_normal=False, cycles=down + 20)
    assert r.states[-2:] == [(entered, state), (down + 1, S.DLL_DISABLED)]
    assert r.final == S.DLL_DISABLED and not r.params_valid
    assert r.init_crd == (0,) * 4
