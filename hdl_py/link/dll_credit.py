"""Credit and ACK bookkeeping of the data link (UB Base Specification 2.0, E4 §4.6, §4.7.3.2.3),
in gateware. The behaviour is :class:`sim.model.dll.TxCredits` and
:class:`sim.model.dll.CreditReturn`; the tests run both side by side.

:class:`TxCredit` is the sender's side: one counter per VL of the peer's free receive buffer,
in cells (credit exclusive mode, E4 §4.6.1.2). While the link is not in DLL_Normal each
counter and its limit follow the initial credit the peer granted (``init_crd`` of
:class:`~hdl_py.link.dll_sm.DllStateMachine`). A DLLDP takes its cells (``take``; the
transmitter asks ``take_ok`` first: a take without it pulses ``take_err`` and changes
nothing). ``take_ok`` is worked out from registers, for the clock: it comes the cycle after
``take_vl`` and ``take_cells`` are presented (and held), and not in the two cycles after a
take (the credit goes down the cycle after the take). Returns -- an LPH/LBH with CRD = 1
(DATA_CREDIT_GRAIN_SIZE cells of CRD_VL) and a T = 0 Crd_Ack (CRD_NUM x CTRL_CREDIT_GRAIN_SIZE
cells per VL) -- are summed per VL and registered, then applied; a VL whose sum would pass its
initial value takes none of it and its bit of ``fc_overflow`` pulses (Flow Control Overflow,
E4 §4.8.1). The credit-return timeout (DL Protocol Error, E4 §4.8.1; its value is not in
the text): while ``wait_crd`` says a DLLDP is held for credit, a counter of microseconds runs;
any return, or ``wait_crd`` low, restarts it; at ``crd_timeout_us`` (0: off) ``crd_timeout``
pulses once.

:class:`CreditReturn` is the receiver's side: what it owes the peer. ``freed`` adds the cells
its receive buffer gave back to a VL, ``received`` the flits of a good backed-up block. Rule 1
of E4 §4.6.3: a VL with at least its DATA_CREDIT_GRAIN_SIZE pending is offered to the framer
(``crd_pending``/``crd_vl``, round robin over the VLs from the one after the last used), and
``ack_pending`` when DATA_ACK_GRAIN_SIZE flits are pending; ``crd_used``/``ack_used`` take one
grain. A T = 0 Crd_Ack (``crd_ack`` to :class:`~hdl_py.link.dllcb_tx.DllcbSender`) is due when
the transmitter is idle and credit is pending (rule 2), when a `Cfg Crd Vn Return` or
`Cfg Ack Return` watermark is reached, or when an Llcrd watermark is (rule 3: ``backpressure``
also stops new DLLDPs). Its fields are a snapshot -- min(63, cells / grain) per VL and the
ACKs in CTRL_ACK_GRAIN_SIZE grains -- taken off the pending counts when it is taken and held
until ``crd_ack_done``. Pending ACKs alone do not make an idle link send a Crd_Ack (the
Crd_Ack is backed up, so two idle ends would acknowledge each other's for ever); a watermark
does.

Timing: the offer, the due decision, the snapshot and ``backpressure`` are registered from
the counts; the offer is held back for one cycle after a grain was used or a snapshot taken
(its register still saw the old count), and a snapshot is taken neither in such a cycle nor in
one a grain is used, so no count can go below zero. A Crd_Ack rises two cycles after the counts
that make it due. Counts are 16 bits and saturate (``count_overflow``: the peer cannot have sent
more than its buffer or ours holds).
"""

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import data, wiring
from amaranth.lib.wiring import In, Out

from hdl_py.proto.dll import CRD_NUM_MAX

from .dll_sm import dll_params_layout, shift_by_onehot

__all__ = ["TxCredit", "CreditReturn", "CELLS_BITS", "round_robin_next"]

#: Width of a DLLDP's cell count (a DLLDP is at most 512 flits, a cell at least 1).
CELLS_BITS = 10

_COUNT_MAX = (1 << 16) - 1


def _lowest_set(m, bits, name):
    """Comb: the index (4 bits) of the lowest set bit of ``bits`` (0 when none is)."""
    pick = Signal(4, name=name)
    for v in reversed(range(len(bits))):
        with m.If(bits[v]):
            m.d.comb += pick.eq(v)
    return pick


def round_robin_after(last, n):
    """Comb: the ``n``-bit mask of the indices after ``last`` (bit ``v`` is ``v > last``)."""
    # bit 0 is never after anything (a constant, not a compare that lint finds always false)
    return Cat(Const(0, 1), *(last < v for v in range(1, n)))


def round_robin_pick(m, requests, after_mask):
    """Comb: the index (4 bits) of the first set bit of ``requests`` in ``after_mask`` (the
    indices after the last one served, :func:`round_robin_after`, possibly registered),
    wrapping round to the lowest set bit when none is there; 0 when none is set. Both
    candidates are worked out side by side and one chosen, for the clock."""
    n = len(requests)
    after = Signal(n, name="rr_after")
    m.d.comb += after.eq(requests & after_mask)
    return Mux(after.any(), _lowest_set(m, after, "rr_pick_after"),
               _lowest_set(m, requests, "rr_pick_any"))


def round_robin_next(m, requests, last):
    """Comb: the index (4 bits) of the first set bit of ``requests`` after bit ``last``,
    wrapping round (the lowest set bit when none is after it); 0 when none is set."""
    return round_robin_pick(m, requests, round_robin_after(last, len(requests)))


def _check_vls(vls):
    if not isinstance(vls, int) or not 1 <= vls <= 16:
        raise ValueError(f"vls must be 1..16, not {vls!r}")


class TxCredit(wiring.Component):
    """Parameters: ``vls`` (1..16), ``us_cycles`` (clock cycles per microsecond, for the
    credit-return timeout)."""

    def __init__(self, *, vls=16, us_cycles=1000):
        _check_vls(vls)
        if not isinstance(us_cycles, int) or us_cycles < 1:
            raise ValueError(f"us_cycles must be a positive integer, not {us_cycles!r}")
        self._vls, self._us = vls, us_cycles
        super().__init__({
            "normal": In(1),
            "params": In(dll_params_layout()),
            "init_crd": In(data.ArrayLayout(16, vls)),
            "take": In(1), "take_vl": In(4), "take_cells": In(CELLS_BITS),
            "take_ok": Out(1), "take_err": Out(1),
            "lph_crd": In(1), "lph_crd_vl": In(4),
            "crd_ack_rx": In(1), "crd_ack_num": In(data.ArrayLayout(6, 16)),
            "crd": Out(data.ArrayLayout(16, vls)),
            "fc_overflow": Out(16),
            "wait_crd": In(1), "crd_timeout_us": In(16), "crd_timeout": Out(1),
        })

    @property
    def vls(self):
        return self._vls

    def elaborate(self, platform):
        m = Module()
        vls = self._vls
        p = self.params
        room = [Signal(16, name=f"room{v}") for v in range(vls)]

        # Returns, summed per VL and registered (stage 1).
        add_bits = 14                  # at most 128 + 63 x 128 cells
        add = [Signal(add_bits, name=f"crd_add{v}") for v in range(16)]
        any_ret = Signal()
        for v in range(16):
            lph = Mux(self.lph_crd & (self.lph_crd_vl == v), p.data_credit_grain[v], 0)
            ack = Mux(self.crd_ack_rx,
                      shift_by_onehot(self.crd_ack_num[v], p.ctrl_credit_grain[v], left=True),
                      0)
            m.d.sync += add[v].eq(lph + ack)
        m.d.sync += any_ret.eq(self.lph_crd | (self.crd_ack_rx & (Cat(*(
            self.crd_ack_num[v] for v in range(16))) != 0)))

        # ``take_ok`` from registers, for the clock: every VL's compare of the credit with
        # ``take_cells`` is registered, and counts the cycle after when the request is the
        # same (``take_vl``, ``take_cells`` held) and no take has changed the credit since;
        # returns only add, so the registered compare is never too generous.
        # A take is applied the cycle after it (registered), so the compare sees it two
        # cycles after the take: no ``take_ok`` in between.
        # The compare of the VL asked for is picked before the register: it counts only when
        # the same VL is asked again (``take_vl == last_vl``).
        enough = Signal(16)
        m.d.comb += enough.eq(Cat(*(self.crd[v] >= self.take_cells for v in range(vls))))
        enough_sel = Signal()
        m.d.sync += enough_sel.eq(enough.bit_select(self.take_vl, 1))
        last_vl, last_cells = Signal(4), Signal(CELLS_BITS)
        took_now, took, took2 = Signal(), Signal(), Signal()
        took_vl, took_cells = Signal(4), Signal(CELLS_BITS)
        m.d.sync += [last_vl.eq(self.take_vl), last_cells.eq(self.take_cells),
                     took.eq(took_now), took2.eq(took),
                     took_vl.eq(self.take_vl), took_cells.eq(self.take_cells)]
        m.d.comb += self.take_ok.eq(self.normal & enough_sel
                                    & (self.take_vl == last_vl)
                                    & (self.take_cells == last_cells) & ~took & ~took2)
        m.d.comb += took_now.eq(self.take & self.take_ok)
        m.d.comb += self.take_err.eq(self.take & ~self.take_ok)
        # ``room`` = initial - credit, kept beside the credit so the overflow check is one
        # compare, in parallel with the two possible sums.
        with m.If(~self.normal):
            for v in range(vls):
                m.d.sync += [self.crd[v].eq(self.init_crd[v]), room[v].eq(0)]
        with m.Else():
            for v in range(vls):
                over = Signal(name=f"crd_over{v}")
                m.d.comb += over.eq(add[v] > room[v])
                sub = Mux(took & (took_vl == v), took_cells, 0)
                m.d.sync += [
                    self.crd[v].eq(Mux(over, self.crd[v] - sub, self.crd[v] + add[v] - sub)),
                    room[v].eq(Mux(over, room[v] + sub, room[v] - add[v] + sub)),
                ]
                m.d.comb += self.fc_overflow[v].eq(over)
            for v in range(vls, 16):
                m.d.comb += self.fc_overflow[v].eq(add[v] != 0)

        # The credit-return timeout, in microseconds.
        us_tick = Signal()
        pre = Signal(range(self._us))
        m.d.sync += pre.eq(Mux(pre == self._us - 1, 0, pre + 1))
        m.d.comb += us_tick.eq(pre == self._us - 1)
        waited = Signal(16)
        fired = Signal()
        with m.If(~self.normal | ~self.wait_crd | any_ret | (self.crd_timeout_us == 0)):
            m.d.sync += [waited.eq(0), fired.eq(0)]
        with m.Elif(us_tick & ~fired):
            m.d.sync += waited.eq(waited + 1)
            with m.If(waited + 1 >= self.crd_timeout_us):
                m.d.sync += fired.eq(1)
                m.d.comb += self.crd_timeout.eq(1)
        return m


class CreditReturn(wiring.Component):
    """Parameter ``vls`` (1..16): the VLs whose credit is returned."""

    def __init__(self, *, vls=16):
        _check_vls(vls)
        self._vls = vls
        super().__init__({
            "enable": In(1), "tx_idle": In(1),
            "params": In(dll_params_layout()),
            "crd_return": In(data.ArrayLayout(16, vls)),
            "crd_llcrd": In(data.ArrayLayout(16, vls)),
            "ack_return": In(16), "ack_llcrd": In(16),
            "freed": In(1), "freed_vl": In(4), "freed_cells": In(CELLS_BITS),
            "received": In(1), "received_flits": In(6),
            "crd_pending": Out(1), "crd_vl": Out(4), "ack_pending": Out(1),
            "crd_used": In(1), "ack_used": In(1),
            "crd_ack": Out(1), "crd_num": Out(data.ArrayLayout(6, 16)), "ack_num": Out(16),
            "crd_ack_done": In(1),
            "backpressure": Out(1),
            "crd_pend": Out(data.ArrayLayout(16, vls)), "ack_pend": Out(16),
            "count_overflow": Out(1),
        })

    @property
    def vls(self):
        return self._vls

    def elaborate(self, platform):
        m = Module()
        vls = self._vls
        p = self.params
        pend = self.crd_pend

        def reached(count, mark):
            return (mark != 0) & (count >= mark)

        # -- the Crd_Ack snapshot, registered from the counts (a latch uses it only when no
        # grain was used and no snapshot taken since, so it is never more than is pending) --
        snap_num = [Signal(6, name=f"snap_num{v}") for v in range(vls)]
        snap_cells = [Signal(16, name=f"snap_cells{v}") for v in range(vls)]
        for v in range(vls):
            grains = shift_by_onehot(pend[v], p.ctrl_credit_grain[v], left=False)[:16]
            num = Mux(grains > CRD_NUM_MAX, CRD_NUM_MAX, grains)
            m.d.sync += [
                snap_num[v].eq(num),
                snap_cells[v].eq(shift_by_onehot(num, p.ctrl_credit_grain[v], left=True)),
            ]
        snap_ack = Signal(16)
        snap_ack_flits = Signal(16)
        ack_grains = shift_by_onehot(self.ack_pend, p.ctrl_ack_grain, left=False)[:16]
        m.d.sync += [
            snap_ack.eq(ack_grains),
            snap_ack_flits.eq(shift_by_onehot(ack_grains, p.ctrl_ack_grain, left=True)[:16]),
        ]
        snap_any = Signal()
        m.d.sync += snap_any.eq(Cat(*(pend[v] >= p.ctrl_credit_grain[v] for v in range(vls))).any()
                                | (self.ack_pend >= p.ctrl_ack_grain))

        # -- registered decisions --
        cand = Signal(vls)
        m.d.comb += cand.eq(Cat(*(pend[v] >= p.data_credit_grain[v] for v in range(vls))))
        crd_pend_ctrl = Cat(*(pend[v] >= p.ctrl_credit_grain[v] for v in range(vls))).any()
        ack_pend_ctrl = self.ack_pend >= p.ctrl_ack_grain
        # An Llcrd watermark counts only with a grain to return, so the forced Crd_Ack can
        # always clear it (a watermark below the grain would otherwise stop DLLDPs for ever).
        bp = (Cat(*(reached(pend[v], self.crd_llcrd[v]) & (pend[v] >= p.ctrl_credit_grain[v])
                    for v in range(vls))).any()
              | (reached(self.ack_pend, self.ack_llcrd) & ack_pend_ctrl))
        ret = (Cat(*(reached(pend[v], self.crd_return[v]) & (pend[v] >= p.ctrl_credit_grain[v])
                     for v in range(vls))).any()
               | (reached(self.ack_pend, self.ack_return) & ack_pend_ctrl))
        due = Signal()
        m.d.sync += [
            self.backpressure.eq(bp),
            due.eq((self.tx_idle & crd_pend_ctrl) | ret | bp),
        ]

        # Round robin from the VL after the last one used; the mask of the VLs after it is
        # kept in a register, written with it (the same pick, off the critical path).
        after_mask = Signal(vls, init=((1 << vls) - 1) & ~1)      # after VL 0 at reset
        pick = round_robin_pick(m, cand, after_mask)
        cand_any = Signal()
        offer_vl = Signal(4)
        m.d.sync += [cand_any.eq(cand.any()), offer_vl.eq(pick)]
        ack_cand = Signal()
        m.d.sync += ack_cand.eq(self.ack_pend >= p.data_ack_grain)

        latch = Signal()
        crd_hold, ack_hold = Signal(), Signal()
        m.d.sync += [crd_hold.eq(self.crd_used | latch), ack_hold.eq(self.ack_used | latch)]
        m.d.comb += [
            self.crd_pending.eq(cand_any & ~crd_hold),
            self.crd_vl.eq(offer_vl),
            self.ack_pending.eq(ack_cand & ~ack_hold),
        ]
        with m.If(self.crd_used):
            m.d.sync += after_mask.eq(round_robin_after(self.crd_vl, vls))

        latch_base = Signal()     # the latch's conditions that are registers
        m.d.comb += [
            latch_base.eq(self.enable & due & snap_any & ~self.crd_ack & ~crd_hold & ~ack_hold),
            latch.eq(latch_base & ~self.crd_used & ~self.ack_used),
        ]
        with m.If(latch):
            m.d.sync += [self.crd_ack.eq(1), self.ack_num.eq(snap_ack)]
            m.d.sync += [self.crd_num[v].eq(snap_num[v]) for v in range(vls)]
        with m.Elif(self.crd_ack_done):
            m.d.sync += self.crd_ack.eq(0)

        # -- the counts --
        over = []
        # The framer's use of a grain and the latch come late in the cycle: each count's three
        # next values (nothing taken off, a grain, the snapshot; never both, the latch waits
        # for a cycle without a use) are worked out side by side and picked by them, the
        # picks by registers first (``hot``: the VL offered, one bit a VL; ``latch_base``) and
        # the framer's uses last, so a use meets each count's register through one pick.
        hot = Signal(vls)
        m.d.sync += hot.eq((Const(1, 16) << pick)[:vls])
        for v in range(vls):
            inc = Mux(self.freed & (self.freed_vl == v), self.freed_cells, 0)
            s = Signal(17, name=f"pend_sum{v}")
            kept = Signal(16, name=f"pend_kept{v}")
            less_grain = Signal(16, name=f"pend_less_grain{v}")
            less_snap = Signal(16, name=f"pend_less_snap{v}")
            m.d.comb += [s.eq(pend[v] + inc), kept.eq(Mux(s[16], _COUNT_MAX, s[:16])),
                         less_grain.eq(kept - p.data_credit_grain[v]),
                         less_snap.eq(kept - snap_cells[v])]
            # (kept nets: synthesis would otherwise share the two subtractions behind one
            # operand multiplexer, and the late uses would then go through the adder)
            if_used = Signal(16, name=f"pend_if_used{v}", attrs={"keep": 1})
            if_latch = Signal(16, name=f"pend_if_latch{v}", attrs={"keep": 1})
            m.d.comb += [if_used.eq(Mux(hot[v], less_grain, kept)),
                         if_latch.eq(Mux(latch_base, less_snap, kept))]
            m.d.sync += pend[v].eq(Mux(self.crd_used, if_used,
                                       Mux(self.ack_used, kept, if_latch)))
            over.append(s[16])
        sa = Signal(17)
        ack_kept = Signal(16)
        m.d.comb += [sa.eq(self.ack_pend + Mux(self.received, self.received_flits, 0)),
                     ack_kept.eq(Mux(sa[16], _COUNT_MAX, sa[:16]))]
        ack_if_latch = Signal(16, attrs={"keep": 1})
        ack_if_used = Signal(16, attrs={"keep": 1})
        m.d.comb += [ack_if_latch.eq(Mux(latch_base, ack_kept - snap_ack_flits, ack_kept)),
                     ack_if_used.eq(ack_kept - p.data_ack_grain)]
        m.d.sync += self.ack_pend.eq(Mux(self.ack_used, ack_if_used,
                                         Mux(self.crd_used, ack_kept, ack_if_latch)))
        over.append(sa[16])
        m.d.comb += self.count_overflow.eq(Cat(*over).any())
        return m
