"""The DLLCBs a link sends (UB Base Specification 2.0, E4 §4.3.3), in gateware.

:class:`DllcbSender` makes the control blocks of the data plane and the Init Block, sealed
with their BCRC, in the reference sending priority of E4 §4.3.3.1 (an example the text gives;
OpenUB follows it for the blocks it sends):

1. Retry_Ack_Set: 1 Retry_Idle + 32 Retry_Ack, back to back (``ack_set``);
2. Retry_Req_Set: 1 Retry_Idle + 32 Retry_Req, back to back (``req_set``);
3. Crd_Ack with T = 0 (``crd_ack`` with ``crd_t`` = 0);
4. Crd_Ack with T = 1 (initial credit, ``crd_sd`` on the last);
5. Init Block (5 flits, every parameter together, ``init``);
6. NOB (``nob``).

Block_Mode_Chg, Lane_Manage and Param_Exchg are not sent (the mode switch and the lane
management are the PHY's business in OpenUB's model; neighbour advertisement is the network
layer's, later). Null Blocks are not made here: the transmitter (:class:`~hdl_py.link.dll_tx.
DllTx`) puts a constant one in every idle cycle of DLL_Normal between blocks (E4 §4.3.3.2).

The flits go through three registers (the raw flit, its CRC30 parts, the sealed flit) and a
skid buffer
(:class:`~hdl_py.lib.skid.SkidBuffer`): the transmitter's choice of the cycle (``o.ready``)
reaches only that buffer, never the block in progress or the ``*_done`` pulses.

A request is a level: its fields are taken when its block (or set) starts, and its ``*_done``
pulses as the last flit goes into the pipeline, so the owner drops the request or changes
the fields for the next one. ``allow`` gates the start of every block but the Retry sets,
which 2.0.1 lets a sender insert anywhere, even inside a DLLDB (the transmitter lowers
``allow`` inside a DLLDB: DLLCBs go only between DLLDBs, E4 §4.3.4.1).
A block that waits on ``allow`` is claimed a cycle before it starts (``busy`` from then on),
so the transmitter can hold back a DLLDB's start from a register.
``o.payload.backed_up`` marks the flits the retry buffer must keep: every block but the Retry
Blocks (E4 §4.7.1).

The flits are built from the :mod:`hdl_py.proto.dll` structs and sealed by the CRC30 stage of
the framer (:func:`~hdl_py.link.crc30.crc30_step` / :func:`~hdl_py.link.crc30.crc30_seal`).
"""

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import data, enum, stream, wiring
from amaranth.lib.wiring import In, Out

from hdl_py.lib.skid import SkidBuffer
from hdl_py.proto.dll import (
    DLLCB_TYPES,
    LCH_FIXED,
    PTR_BITS,
    RETRY_COUNT_BITS,
    CrdAckBlock,
    InitBlock,
    Lch,
    RetryAckBlock,
    RetryReqBlock,
)
from hdl_py.proto.lanes import header_to_lanes

from .crc30 import CRC30_START, FLIT_BITS, crc30_finish, crc30_parts

__all__ = ["DllcbSender", "DllcbKind", "sent_cb_flit_layout"]


class DllcbKind(enum.Enum, shape=3):
    NONE = 0
    ACK_SET = 1
    REQ_SET = 2
    CRD_ACK = 3
    INIT = 4
    NOB = 5


def sent_cb_flit_layout():
    return data.StructLayout({"data": FLIT_BITS, "sob": 1, "eob": 1, "backed_up": 1})


def _lch(kind, nflits, info=0):
    t = DLLCB_TYPES[kind]
    return {"clength": nflits - 1, "fixed": LCH_FIXED, "cfg": 0, "ctrl": t.ctrl,
            "sub_ctrl": t.sub_ctrl, "info": info}


def _const_lch(m, kind, nflits, info=0):
    sig = Signal(Lch, name=f"lch_{kind.lower()}")
    for k, v in _lch(kind, nflits, info).items():
        m.d.comb += getattr(sig, k).eq(v)
    return sig


class DllcbSender(wiring.Component):
    def __init__(self):
        pw, cb = PTR_BITS, RETRY_COUNT_BITS
        super().__init__({
            "allow": In(1),
            "ack_set": In(1), "ack_num_retry": In(cb), "ack_num_free_buf": In(pw),
            "ack_rd_ptr": In(pw), "ack_wr_ptr": In(pw),
            "req_set": In(1), "req_rcv_ptr": In(pw), "req_num_retry": In(cb),
            "req_num_phy_reinit": In(cb),
            "crd_ack": In(1), "crd_t": In(1), "crd_sd": In(1), "crd_ack_num": In(16),
            "crd_num": In(data.ArrayLayout(6, 16)),
            "init": In(1), "init_block": In(InitBlock),
            "nob": In(1),
            "ack_set_done": Out(1), "req_set_done": Out(1), "crd_ack_done": Out(1),
            "init_done": Out(1), "nob_done": Out(1),
            "o": Out(stream.Signature(sent_cb_flit_layout())),
            "busy": Out(1),
        })

    def elaborate(self, platform):
        m = Module()
        K = DllcbKind

        # Fields of the block (or set) in progress, taken at its start.
        kind = Signal(K)
        idx = Signal(6)                          # flit index in the block / set
        req = Signal(RetryReqBlock)
        ack = Signal(RetryAckBlock)
        crd = Signal(CrdAckBlock)
        init = Signal(InitBlock)
        idle_lch = _const_lch(m, "RETRY_IDLE", 1)
        nob_lch = _const_lch(m, "NOB", 1)
        crd_lch = Signal(Lch)
        for k, v in _lch("CRD_ACK", 2).items():
            if k != "info":
                m.d.comb += getattr(crd_lch, k).eq(v)
        crd_info = Signal(2)
        m.d.comb += [crd_lch.info.eq(crd_info), crd.lch.eq(crd_lch)]
        req_f = Signal(RetryReqBlock)
        ack_f = Signal(RetryAckBlock)
        crd_f = Signal(CrdAckBlock)
        init_f = Signal(InitBlock)
        m.d.comb += [req.eq(req_f), ack.eq(ack_f), crd.eq(crd_f), init.eq(init_f)]
        # The registered fields, with each block's constant LCH and a zero BCRC over them.
        m.d.comb += [
            req.lch.eq(_const_lch(m, "RETRY_REQ", 1)),
            ack.lch.eq(_const_lch(m, "RETRY_ACK", 1)),
            init.lch.eq(_const_lch(m, "INIT", 5)),
            crd.lch.eq(crd_lch),
            req.bcrc.eq(0), ack.bcrc.eq(0), crd.bcrc.eq(0), init.bcrc.eq(0),
        ]

        # -- the raw flit (BCRC bytes zero) for (kind, idx) --
        raw = Signal(FLIT_BITS)
        sob = Signal()
        eob = Signal()
        # last flit of the block or set: a register, set as the flit before it goes (or as a
        # one-flit block starts), so the ``*_done`` pulses and their owners start from it
        last = Signal()
        backed = Signal()
        idle_lanes = Cat(header_to_lanes(idle_lch), Const(0, FLIT_BITS - 32))
        nob_lanes = Cat(header_to_lanes(nob_lch), Const(0, FLIT_BITS - 32))
        crd_lanes = header_to_lanes(crd)
        init_lanes = header_to_lanes(init)
        with m.Switch(kind):
            with m.Case(K.ACK_SET, K.REQ_SET):
                body = Mux(kind == K.ACK_SET, header_to_lanes(ack), header_to_lanes(req))
                m.d.comb += [raw.eq(Mux(idx == 0, idle_lanes, body)), sob.eq(1), eob.eq(1),
                             backed.eq(0)]
            with m.Case(K.CRD_ACK):
                m.d.comb += [raw.eq(Mux(idx == 0, crd_lanes[:FLIT_BITS],
                                        crd_lanes[FLIT_BITS:])),
                             sob.eq(idx == 0), eob.eq(idx == 1), backed.eq(1)]
            with m.Case(K.INIT):
                with m.Switch(idx):
                    for k in range(5):
                        with m.Case(k):
                            m.d.comb += raw.eq(init_lanes[k * FLIT_BITS:(k + 1) * FLIT_BITS])
                m.d.comb += [sob.eq(idx == 0), eob.eq(idx == 4), backed.eq(1)]
            with m.Case(K.NOB):
                m.d.comb += [raw.eq(nob_lanes), sob.eq(1), eob.eq(1), backed.eq(1)]

        # -- pipeline: raw flit register (stage 1) -> its CRC30 parts (stage p) -> sealed flit
        # register (stage 2) -> a skid buffer, so the transmitter's choice of this cycle
        # (``o.ready``) reaches only the buffer, never the block in progress, its ``*_done``
        # and their owners --
        m.submodules.o_skid = osk = SkidBuffer(sent_cb_flit_layout())
        wiring.connect(m, osk.o, wiring.flipped(self.o))
        s2 = osk.i
        s1 = Signal(sent_cb_flit_layout())
        s1_valid = Signal()
        sp = Signal(sent_cb_flit_layout())
        sp_valid = Signal()
        s2_valid = Signal()
        m.d.comb += s2.valid.eq(s2_valid)
        adv2 = ~s2_valid | s2.ready
        advp = ~sp_valid | adv2
        adv1 = ~s1_valid | advp
        active = kind != K.NONE
        emit = active & adv1
        with m.If(adv1):
            m.d.sync += s1_valid.eq(emit)
        with m.If(emit):
            m.d.sync += [s1.data.eq(raw), s1.sob.eq(sob), s1.eob.eq(eob),
                         s1.backed_up.eq(backed)]
            m.d.sync += idx.eq(Mux(last, 0, idx + 1))
            # the flit after this one is the last of the set (33), the Crd_Ack (2) or the
            # Init Block (5)
            m.d.sync += last.eq(~last & Mux((kind == K.ACK_SET) | (kind == K.REQ_SET), idx == 31,
                                            Mux(kind == K.CRD_ACK, idx == 0,
                                                (kind == K.INIT) & (idx == 3))))
            with m.If(last):
                m.d.sync += kind.eq(K.NONE)
                m.d.comb += [
                    self.ack_set_done.eq(kind == K.ACK_SET),
                    self.req_set_done.eq(kind == K.REQ_SET),
                    self.crd_ack_done.eq(kind == K.CRD_ACK),
                    self.init_done.eq(kind == K.INIT),
                    self.nob_done.eq(kind == K.NOB),
                ]
        # The flit's own parts of its CRC30 step and seal are registered a stage ahead
        # (:func:`~hdl_py.link.crc30.crc30_parts`), for the clock.
        sp_step = Signal(30)
        sp_seal = Signal(30)
        with m.If(advp):
            m.d.sync += [sp_valid.eq(s1_valid), sp.eq(s1),
                         Cat(sp_step, sp_seal).eq(Cat(*crc30_parts(s1.data)))]
        crc = Signal(30, init=CRC30_START.value)
        sealed, crc_next = crc30_finish(crc, sp_step, sp_seal, sp.data, sp.eob)
        with m.If(adv2):
            m.d.sync += s2_valid.eq(sp_valid)
            with m.If(sp_valid):
                m.d.sync += [
                    s2.payload.sob.eq(sp.sob), s2.payload.eob.eq(sp.eob),
                    s2.payload.backed_up.eq(sp.backed_up), s2.payload.data.eq(sealed),
                    crc.eq(crc_next),
                ]

        # -- the next block, in the reference priority --
        # A block starts only when none is in progress, so a request whose *_done has just
        # pulsed (its owner lowers it at that edge) is not taken twice.
        # A block that needs ``allow`` is claimed a cycle before it is picked (``claim``, a
        # register in ``busy``): the transmitter holds back the start of a DLLDB from a
        # register, not from this cycle's requests, and a block picked under the claim cannot
        # land inside one (``allow`` is still asked at the pick).
        claim = Signal()
        m.d.sync += claim.eq(~active & self.allow & (self.crd_ack | self.init | self.nob))
        # (``busy`` below has the same claim in its register)
        with m.If(~active):
            with m.If(self.ack_set):
                m.d.sync += [kind.eq(K.ACK_SET), ack_f.num_retry.eq(self.ack_num_retry),
                             ack_f.num_free_buf.eq(self.ack_num_free_buf),
                             ack_f.rd_ptr.eq(self.ack_rd_ptr), ack_f.wr_ptr.eq(self.ack_wr_ptr)]
            with m.Elif(self.req_set):
                m.d.sync += [kind.eq(K.REQ_SET), req_f.rcv_ptr.eq(self.req_rcv_ptr),
                             req_f.num_retry.eq(self.req_num_retry),
                             req_f.num_phy_reinit.eq(self.req_num_phy_reinit)]
            with m.Elif(self.allow & claim & self.crd_ack & ~self.crd_t):
                m.d.sync += [kind.eq(K.CRD_ACK), crd_info.eq(0),
                             crd_f.ack_num.eq(self.crd_ack_num), crd_f.crd_num.eq(self.crd_num)]
            with m.Elif(self.allow & claim & self.crd_ack):
                m.d.sync += [kind.eq(K.CRD_ACK), crd_info.eq(Cat(Const(1, 1), self.crd_sd)),
                             crd_f.ack_num.eq(self.crd_ack_num), crd_f.crd_num.eq(self.crd_num)]
            with m.Elif(self.allow & claim & self.init):
                m.d.sync += [kind.eq(K.INIT), init_f.eq(self.init_block)]
            with m.Elif(self.allow & claim & self.nob):
                m.d.sync += [kind.eq(K.NOB), last.eq(1)]
        # ``busy`` from a register (for the transmitter's hold on a DLLDB start): worked out
        # from the next values of the claim, the block in progress and the pipeline's stages,
        # and the skid buffer's own ``valid``.
        want = self.crd_ack | self.init | self.nob
        picking = ~active & (self.ack_set | self.req_set | (self.allow & claim & want))
        busy_r = Signal()
        m.d.sync += busy_r.eq((~active & self.allow & want)                 # claim
                              | Mux(active, ~(emit & last), picking)        # a block
                              | Mux(adv1, emit, s1_valid) | Mux(advp, s1_valid, sp_valid)
                              | Mux(adv2, sp_valid, s2_valid))
        m.d.comb += self.busy.eq(busy_r | self.o.valid)
        return m
