"""The data link state machine, Init Block negotiation and credit initialisation (UB Base
Specification 2.0, E4 §4.2 Figure 4-2, §4.4 Table 4-9, §4.6.1), in gateware.

:class:`DllStateMachine` runs one end of a link from PHY LinkUp to DLL_Normal:

* **DLL_Disabled** (reset, or ``link_up`` low in any state, E4 §4.8.4): ``link_reset`` is high,
  which the link holds its retry buffer, RcvPtr, retry state machines and credit counters
  cleared with (WrPtr, TailPtr, RdPtr, RcvPtr 0, NumFreeBuf the depth, credits 0). Nothing is
  sent and what is received is discarded (``rx_enable`` low).
* **DLL_Param_Init**, when ``link_up`` rises. The configuration (``cfg``: the `Data Link
  Configuration` registers, App. D.6.2.2) is taken now and holds until the next link-up; it is
  what the Init Block advertises and what the peer's is negotiated against.
  1. The retry handshake (E4 §4.3.4.1): ``retry_start`` pulses once, which puts RETRY_REQ_SM
     into REQ, so a Retry_Req_Set goes out and is resent on every WAIT timeout until a
     Retry_Ack_Set comes back (RETRY_REQ_SM is NORMAL again, ``retry_state``). That stops an
     early DLLCB from being lost to an end that finished PHY link-up later.
  2. The Init Block exchange: ``init`` asks the DLLCB sender for this end's Init Block (every
     parameter at once, E4 §4.3.3.9) until ``init_done``; the peer's Init Block, taken from
     the receive parser whenever it ends good in this state, is negotiated with the held
     configuration: the smallest value in the intersection of each capability set, the
     default where it is empty, the lower FEATURE_ID, the intersection of VL_ENABLE (VL0
     always), sharing allowed when the peer's receive buffer supports it, the peer's
     RETRY_BUF_DEPTH and PACKET_MIN_INTERVAL as they come (:func:`sim.model.dll.negotiate`).
     ``params`` holds the result (`Data Link Status`), ``params_valid`` from then on.
  Both done -> DLL_Credit_Init. An Init Block lost to a bit error comes again by link-level
  retry (it is backed up like every DLLCB but the Retry Blocks).
* **DLL_Credit_Init**: Crd_Ack Blocks with T = 1 grant the peer `Cfg Remote crd vlN` cells
  (``remote_crd``) in grains of the negotiated CTRL_CREDIT_GRAIN_SIZE, SD = 1 on the last
  (the split of :func:`sim.model.dll.init_credit_blocks`); the peer's T = 1 blocks add
  CRD_NUM x grain cells to ``init_crd`` per VL (accepted from the moment the peer's Init
  Block is in, since the peer may be ahead). Our SD sent and the peer's SD received ->
  **DLL_Normal**, with ``status_up`` (DLL_Status_Up to the network layer) and
  ``init_crd`` the sender's initial credit per VL.

``link_reset``, ``status_up`` and ``rx_enable`` are registers set from the next state beside
``state`` (every part of the link gates on them).

Events (one-cycle pulses, for counters): ``init_rx`` (a good Init Block taken),
``init_rx_err`` (one whose VL_ENABLE leaves VL0 off, which the text forbids: E4 Table 4-8;
VL0 is used all the same), ``crd_init_rx`` (a T = 1 Crd_Ack taken), ``cb_unexpected`` (an Init
Block or T = 1 Crd_Ack where the state does not take one: ignored), ``crd_init_overflow``
(after a block with which the peer has granted more than 65,535 cells in all, or more than a
VL's 16 bits hold, E4 §4.6.1: reported as Flow Control Overflow; a VL's count saturates at
0xFFFF; the pulse comes a few cycles after the block, behind a registered adder tree).

OpenUB's choices where the text is silent: link-down (``link_up`` low) resets the retry state
machines too, ERROR included; the state machine has no timer of its own in DLL_Param_Init or
DLL_Credit_Init (a lost block is recovered by retry, an absent peer keeps RETRY_REQ_SM
resending and then in ERROR, E4 §4.7.3.3); the configuration's VL_ENABLE is cut to the VLs
built (``vls``) and VL0 is always advertised.
"""

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import data, enum, wiring
from amaranth.lib.wiring import In, Out

from hdl_py.proto.dll import CRD_NUM_MAX, MAX_TOTAL_CREDIT, CrdAckBlock, InitBlock, Lch
from hdl_py.proto.lanes import lanes_to_header

from .crc30 import FLIT_BITS
from .retry_sm import RetryReqState
from .rx_parser import parsed_flit_layout

__all__ = ["DllState", "DllStateMachine", "dll_caps_layout", "dll_params_layout",
           "smallest_common", "shift_by_onehot"]


class DllState(enum.Enum, shape=2):
    """`Data Link State Machine Status.Link Status[3:0]` (Z Table D-133), E4 §4.2."""
    DLL_DISABLED = 0
    DLL_PARAM_INIT = 1
    DLL_CREDIT_INIT = 2
    DLL_NORMAL = 3


def dll_caps_layout():
    """What one end advertises in its Init Block (bitmaps: bit k = 2**k flits or cells)."""
    return data.StructLayout({
        "feature_id": 16, "rxbuf_vl_share": 1, "data_ack_grain_size": 8,
        "ctrl_ack_grain_size": 8, "flow_ctrl_size": 8, "vl_enable": 16,
        "retry_buf_depth": 16, "packet_min_interval": 8,
        "ctrl_credit_grain": data.ArrayLayout(8, 16),
        "data_credit_grain": data.ArrayLayout(8, 16),
    })


def dll_params_layout():
    """The negotiated result (`Data Link Status`): each grain and size one-hot, bit k =
    2**k flits or cells."""
    return data.StructLayout({
        "feature_id": 16, "data_ack_grain": 8, "ctrl_ack_grain": 8, "flow_ctrl_size": 8,
        "vl_enable": 16, "ctrl_credit_grain": data.ArrayLayout(8, 16),
        "data_credit_grain": data.ArrayLayout(8, 16), "share_allowed": 1,
        "peer_retry_buf_depth": 16, "peer_packet_min_interval": 8,
    })


def smallest_common(a, b, default):
    """The smallest size in both capability bitmaps (their lowest common bit), one-hot, or
    ``default`` when they share none (E4 §4.4)."""
    both = (a & b)[:8]
    lowest = (both & (~both + 1))[:8]
    return Mux(both == 0, default, lowest)


def shift_by_onehot(value, onehot, *, left):
    """``value`` shifted by log2 of the one-hot ``onehot`` (8 bits): an OR of 8 masked shifts,
    no barrel shifter."""
    out = Const(0, len(value) + (7 if left else 0))
    for k in range(8):
        out = out | Mux(onehot[k], (value << k) if left else (value >> k), 0)
    return out


class DllStateMachine(wiring.Component):
    """Parameter ``vls``: the VLs built (1..16); credit is kept for VL0..vls-1."""

    def __init__(self, *, vls=16):
        if not isinstance(vls, int) or not 1 <= vls <= 16:
            raise ValueError(f"vls must be 1..16, not {vls!r}")
        self._vls = vls
        super().__init__({
            "link_up": In(1),
            "cfg": In(dll_caps_layout()),
            "remote_crd": In(data.ArrayLayout(16, vls)),
            "rx_valid": In(1), "rx": In(parsed_flit_layout()),
            "retry_state": In(RetryReqState), "retry_start": Out(1),
            "init": Out(1), "init_block": Out(InitBlock), "init_done": In(1),
            "crd_ack": Out(1), "crd_sd": Out(1), "crd_num": Out(data.ArrayLayout(6, 16)),
            "crd_ack_done": In(1),
            "state": Out(DllState), "status_up": Out(1), "link_reset": Out(1),
            "rx_enable": Out(1),
            "params": Out(dll_params_layout()), "params_valid": Out(1),
            "init_crd": Out(data.ArrayLayout(16, vls)),
            "init_rx": Out(1), "init_rx_err": Out(1), "crd_init_rx": Out(1),
            "cb_unexpected": Out(1), "crd_init_overflow": Out(1),
        })

    def elaborate(self, platform):
        m = Module()
        S = DllState
        vls = self._vls
        state = self.state

        # The state's flags are registers beside it, set from the next state (the whole link
        # gates on them: a decode of ``state`` would add a level to every such path).
        state_next = Signal(DllState)
        link_reset = Signal(init=1)
        status_up = Signal()
        m.d.comb += [
            state_next.eq(state),
            self.status_up.eq(status_up),
            self.link_reset.eq(link_reset),
            self.rx_enable.eq(~link_reset),
        ]
        m.d.sync += [
            state.eq(state_next),
            status_up.eq(state_next == S.DLL_NORMAL),
            link_reset.eq(state_next == S.DLL_DISABLED),
        ]

        # -- the configuration, held from link-up --
        local = Signal(dll_caps_layout())
        vl_mask = (1 << vls) - 1
        ib = self.init_block
        m.d.comb += [
            ib.feature_id.eq(local.feature_id), ib.rxbuf_vl_share.eq(local.rxbuf_vl_share),
            ib.data_ack_grain_size.eq(local.data_ack_grain_size),
            ib.ctrl_ack_grain_size.eq(local.ctrl_ack_grain_size),
            ib.flow_ctrl_size.eq(local.flow_ctrl_size), ib.vl_enable.eq(local.vl_enable),
            ib.retry_buf_depth.eq(local.retry_buf_depth),
            ib.packet_min_interval.eq(local.packet_min_interval),
        ]
        for v in range(16):
            cg, dg = local.ctrl_credit_grain[v], local.data_credit_grain[v]
            m.d.comb += (ib.ctrl_credit_grain_lo[v].eq(cg) if v < 14
                         else ib.ctrl_credit_grain_hi[v - 14].eq(cg))
            m.d.comb += (ib.data_credit_grain_lo[v].eq(dg) if v < 12
                         else ib.data_credit_grain_hi[v - 12].eq(dg))

        # -- DLLCBs from the receive parser: the first four flits of a block are kept --
        idx = Signal(5)
        kept = [Signal(FLIT_BITS, name=f"kept{k}") for k in range(4)]
        rx = self.rx
        rx_take = self.rx_valid & rx.dllcb & self.rx_enable
        flit_idx = Mux(rx.sob, 0, idx)
        with m.If(rx_take):
            m.d.sync += idx.eq(Mux(rx.eob, 0, flit_idx + 1))
            for k in range(4):
                with m.If(flit_idx == k):
                    m.d.sync += kept[k].eq(rx.data)
        first = Mux(rx.sob, rx.data, kept[0])
        lch = lanes_to_header(first, Lch)
        ended = rx_take & rx.eob & rx.good
        is_init = (lch.ctrl == 0b1100) & (lch.sub_ctrl == 0b1000)
        is_crd = (lch.ctrl == 0b0010) & (lch.sub_ctrl == 0b0100)
        peer_init = lanes_to_header(Cat(kept[0], kept[1], kept[2], kept[3],
                                        Const(0, FLIT_BITS)), InitBlock)
        crd_blk = lanes_to_header(Cat(kept[0], rx.data), CrdAckBlock)
        init_end = ended & is_init
        crd_t1_end = ended & is_crd & ~rx.sob & crd_blk.lch.info[0]

        # -- negotiation (E4 §4.4 Table 4-9), registered when the peer's Init Block is in --
        p = self.params
        got_init = Signal()
        can_take_init = state == S.DLL_PARAM_INIT
        with m.If(init_end & can_take_init):
            m.d.comb += self.init_rx.eq(1)
            m.d.comb += self.init_rx_err.eq(~peer_init.vl_enable[0])
            m.d.sync += [
                got_init.eq(1),
                p.feature_id.eq(Mux(peer_init.feature_id < local.feature_id,
                                    peer_init.feature_id, local.feature_id)),
                p.data_ack_grain.eq(smallest_common(local.data_ack_grain_size,
                                                    peer_init.data_ack_grain_size, 0x20)),
                p.ctrl_ack_grain.eq(smallest_common(local.ctrl_ack_grain_size,
                                                    peer_init.ctrl_ack_grain_size, 0x01)),
                p.flow_ctrl_size.eq(smallest_common(local.flow_ctrl_size,
                                                    peer_init.flow_ctrl_size, 0x08)),
                p.vl_enable.eq(local.vl_enable & peer_init.vl_enable | 1),
                p.share_allowed.eq(peer_init.rxbuf_vl_share),
                p.peer_retry_buf_depth.eq(peer_init.retry_buf_depth),
                p.peer_packet_min_interval.eq(peer_init.packet_min_interval),
            ]
            for v in range(16):
                pc = (peer_init.ctrl_credit_grain_lo[v] if v < 14
                      else peer_init.ctrl_credit_grain_hi[v - 14])
                pd = (peer_init.data_credit_grain_lo[v] if v < 12
                      else peer_init.data_credit_grain_hi[v - 12])
                m.d.sync += [
                    p.ctrl_credit_grain[v].eq(
                        smallest_common(local.ctrl_credit_grain[v], pc, 0x01)),
                    p.data_credit_grain[v].eq(
                        smallest_common(local.data_credit_grain[v], pd, 0x04)),
                ]
        with m.Elif(init_end):
            m.d.comb += self.cb_unexpected.eq(1)
        m.d.comb += self.params_valid.eq(got_init)

        # -- the peer's initial credit (T = 1 Crd_Acks), per VL, saturating --
        # Pipelined for the clock: the block's CRD_NUM x grain per VL is registered (stage 1),
        # then added to ``init_crd`` (stage 2); the check of the total against 65,535 runs on a
        # registered adder tree over ``init_crd`` behind it, with the block's pulse delayed to
        # match, so each block is checked against the total just after it (blocks come at most
        # every other cycle, a Crd_Ack being 2 flits).
        can_take_crd = got_init & ((state == S.DLL_PARAM_INIT) | (state == S.DLL_CREDIT_INIT))
        peer_sd = Signal()
        grant_bits = 6 + 7
        grant = [Signal(grant_bits, name=f"crd_grant{v}") for v in range(vls)]
        grant_valid, grant_sd = Signal(), Signal()
        take_crd = crd_t1_end & can_take_crd
        m.d.sync += [grant_valid.eq(take_crd & ~self.link_reset),
                     grant_sd.eq(crd_blk.lch.info[1])]
        with m.If(take_crd):
            m.d.comb += self.crd_init_rx.eq(1)
            m.d.sync += [grant[v].eq(shift_by_onehot(crd_blk.crd_num[v],
                                                      p.ctrl_credit_grain[v], left=True))
                         for v in range(vls)]
        with m.Elif(crd_t1_end):
            m.d.comb += self.cb_unexpected.eq(1)
        vl_over = Signal()           # stage 2: a VL went past its 16 bits
        m.d.sync += vl_over.eq(0)
        with m.If(grant_valid & ~self.link_reset):
            for v in range(vls):
                total_v = Signal(17, name=f"crd_sum{v}")
                m.d.comb += total_v.eq(self.init_crd[v] + grant[v])
                m.d.sync += self.init_crd[v].eq(Mux(total_v[16], 0xFFFF, total_v[:16]))
                with m.If(total_v[16]):
                    m.d.sync += vl_over.eq(1)
            with m.If(grant_sd):
                m.d.sync += peer_sd.eq(1)
        level = [self.init_crd[v] for v in range(vls)]
        pending = Signal()            # stage 2 done: init_crd holds the block
        m.d.sync += pending.eq(grant_valid & ~self.link_reset)
        delayed_over = vl_over
        tree_stage = 0
        while len(level) > 1:
            nxt = []
            for k in range(0, len(level), 2):
                pair = level[k:k + 2]
                reg = Signal(len(pair[0]) + 1, name=f"crd_total{tree_stage}_{k // 2}")
                m.d.sync += reg.eq(pair[0] + pair[1] if len(pair) == 2 else pair[0])
                nxt.append(reg)
            level = nxt
            d_pending = Signal(name=f"crd_pending{tree_stage}")
            d_over = Signal(name=f"crd_over{tree_stage}")
            m.d.sync += [d_pending.eq(pending & ~self.link_reset), d_over.eq(delayed_over)]
            pending, delayed_over = d_pending, d_over
            tree_stage += 1
        total = level[0]
        m.d.comb += self.crd_init_overflow.eq(
            pending & (delayed_over | (total > MAX_TOTAL_CREDIT)))

        # -- our initial credit grant: grains left per VL --
        left = [Signal(16, name=f"grains_left{v}") for v in range(vls)]
        for v in range(16):
            m.d.comb += self.crd_num[v].eq(
                Mux(left[v] > CRD_NUM_MAX, CRD_NUM_MAX, left[v]) if v < vls else 0)
        m.d.comb += self.crd_sd.eq(Cat(*(lv <= CRD_NUM_MAX for lv in left)).all())

        # -- the states --
        hs_done = Signal()          # retry handshake complete
        hs_wait = Signal()          # retry_start has pulsed
        init_sent = Signal()
        sd_sent = Signal()
        with m.If(~self.link_up):
            m.d.comb += state_next.eq(S.DLL_DISABLED)
        with m.Switch(state):
            with m.Case(S.DLL_DISABLED):
                m.d.sync += [got_init.eq(0), hs_done.eq(0), hs_wait.eq(0), init_sent.eq(0),
                             sd_sent.eq(0), peer_sd.eq(0),
                             self.init.eq(0), self.crd_ack.eq(0)]
                m.d.sync += [self.init_crd[v].eq(0) for v in range(vls)]
                with m.If(self.link_up):
                    m.d.comb += state_next.eq(S.DLL_PARAM_INIT)
                    m.d.sync += [local.eq(self.cfg),
                                 local.vl_enable.eq(self.cfg.vl_enable & vl_mask | 1)]
            with m.Case(S.DLL_PARAM_INIT):
                with m.If(~hs_wait):
                    m.d.comb += self.retry_start.eq(1)
                    m.d.sync += hs_wait.eq(1)
                with m.Elif(~hs_done & (self.retry_state == RetryReqState.NORMAL)):
                    m.d.sync += [hs_done.eq(1), self.init.eq(1)]
                with m.If(self.init & self.init_done):
                    m.d.sync += [self.init.eq(0), init_sent.eq(1)]
                with m.If(self.link_up & init_sent & got_init):
                    m.d.comb += state_next.eq(S.DLL_CREDIT_INIT)
                    m.d.sync += self.crd_ack.eq(1)
                    for v in range(vls):
                        en = p.vl_enable[v]
                        grains = shift_by_onehot(self.remote_crd[v], p.ctrl_credit_grain[v],
                                                  left=False)
                        m.d.sync += left[v].eq(Mux(en, grains[:16], 0))
            with m.Case(S.DLL_CREDIT_INIT):
                with m.If(self.crd_ack & self.crd_ack_done):
                    for v in range(vls):
                        m.d.sync += left[v].eq(left[v] - self.crd_num[v])
                    with m.If(self.crd_sd):
                        m.d.sync += [self.crd_ack.eq(0), sd_sent.eq(1)]
                with m.If(self.link_up & sd_sent & peer_sd):
                    m.d.comb += state_next.eq(S.DLL_NORMAL)
        return m
