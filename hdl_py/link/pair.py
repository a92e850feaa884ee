"""Two link endpoints back to back through the PHY model and fault injectors (sim-only top).

Each end is a :class:`~hdl_py.link.dll_endpoint.DllEndpoint` (the UB 2.0 data link).
``LinkPair(traffic="bfm")`` exposes both endpoints' packet streams for cocotb BFMs (``a_i``,
``a_o``, ``b_i``, ``b_o``); ``LinkPair(traffic="gen")`` puts the sim-only generator at A's
input and the checker at B's output (the A -> B direction), so a bench runs without Python
touching every cycle. Both have each endpoint's register bus (``a_axil``, ``b_axil``) and
the fault injector settings of each direction (``ab_*``: A -> B, ``ba_*``: B -> A).
"""

from __future__ import annotations

from amaranth.hdl import Module, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from hdl_py.lib.axi import AXI4LiteSignature
from hdl_py.lib.stream import connect_packets
from hdl_py.link.dll_endpoint import DllEndpoint
from hdl_py.link.faults import FaultInjector
from hdl_py.link.traffic import TrafficCheck, TrafficGen

__all__ = ["LinkPair"]

_FAULT_PORTS = {"ber": 32, "drop": 32, "drop_mark": 1, "burst": 8, "seed": 32, "seed_load": 1}


class LinkPair(wiring.Component):
    """A and B endpoints, A -> B and B -> A PHY channels with fault injection.

    Parameters
    ----------
    traffic : "bfm" or "gen"
        Who drives the packet streams (see module docstring).
    **endpoint : parameters of :class:`DllEndpoint` (both ends alike).
    """

    def __init__(self, *, traffic: str = "bfm", **endpoint):
        if traffic not in ("bfm", "gen"):
            raise ValueError(f"traffic must be 'bfm' or 'gen', not {traffic!r}")
        self._traffic = traffic
        self._a = DllEndpoint(**endpoint)
        self._b = DllEndpoint(**endpoint)
        nv = self._a.vls
        db = endpoint.get("data_bytes", 32)
        lanes = endpoint.get("max_lanes", 8)
        sig = self._a.signature.members
        members = {
            "a_axil": In(AXI4LiteSignature(addr_width=self._a.addr_width)),
            "b_axil": In(AXI4LiteSignature(addr_width=self._b.addr_width)),
            "a_irq": Out(1), "b_irq": Out(1),
            "a_retry_state": Out(3), "b_retry_state": Out(3),
            "a_dl_state": Out(2), "b_dl_state": Out(2),
            "a_lane_fail": In(lanes), "b_lane_fail": In(lanes),
            "a_far_silent": In(1), "b_far_silent": In(1),
            "ab_bits": Out(32), "ab_drops": Out(32), "ba_bits": Out(32), "ba_drops": Out(32),
        }
        for d in ("ab", "ba"):
            for name, width in _FAULT_PORTS.items():
                members[f"{d}_{name}"] = In(width)
        if traffic == "bfm":
            members.update({
                # an In member's signature is the flipped one: flip it back
                "a_i": In(sig["i"].signature.flip()), "a_o": Out(sig["o"].signature),
                "b_i": In(sig["i"].signature.flip()), "b_o": Out(sig["o"].signature),
            })
        else:
            self._gen = TrafficGen(num_vls=nv, data_bytes=db)
            self._chk = TrafficCheck(num_vls=nv, data_bytes=db)
            members.update({
                "gen_start": In(1), "gen_count": In(32), "gen_len_min": In(16),
                "gen_len_max": In(16), "gen_vl_mask": In(nv), "gen_gap": In(16),
                "gen_seed": In(32), "gen_busy": Out(1), "gen_sent": Out(32),
                "chk_clear": In(1), "chk_stall": In(1),
                "chk_packets": Out(32), "chk_bytes": Out(48), "chk_errors": Out(32),
                "chk_duplicates": Out(32), "chk_lost": Out(32), "chk_lat_min": Out(32),
                "chk_lat_max": Out(32), "chk_lat_sum": Out(48), "chk_first_cycle": Out(32),
                "chk_last_cycle": Out(32), "now": Out(32),
            })
        super().__init__(members)

    def elaborate(self, platform):
        m = Module()
        m.submodules.a = a = self._a
        m.submodules.b = b = self._b
        m.submodules.ab = ab = FaultInjector()
        m.submodules.ba = ba = FaultInjector()
        wiring.connect(m, wiring.flipped(self.a_axil), a.axil)
        wiring.connect(m, wiring.flipped(self.b_axil), b.axil)
        m.d.comb += [self.a_irq.eq(a.irq), self.b_irq.eq(b.irq),
                     self.a_retry_state.eq(a.retry_state), self.b_retry_state.eq(b.retry_state),
                     self.a_dl_state.eq(a.dl_state), self.b_dl_state.eq(b.dl_state)]

        for src, inj, dst, d in ((a, ab, b, "ab"), (b, ba, a, "ba")):
            m.d.comb += [
                inj.i.valid.eq(src.tx_flit.valid),
                inj.i.payload.eq(src.tx_flit.payload),
                src.tx_flit.ready.eq(1),
                dst.rx_flit.valid.eq(inj.o.valid),
                dst.rx_flit.payload.eq(inj.o.payload),
                inj.o.ready.eq(1),
                dst.rx_up.eq(src.tx_up),
                dst.rx_width.eq(src.tx_width),
                inj.ber_threshold.eq(getattr(self, f"{d}_ber")),
                inj.drop_threshold.eq(getattr(self, f"{d}_drop")),
                inj.drop_mark.eq(getattr(self, f"{d}_drop_mark")),
                inj.burst_len.eq(getattr(self, f"{d}_burst")),
                inj.seed.eq(getattr(self, f"{d}_seed")),
                inj.seed_load.eq(getattr(self, f"{d}_seed_load")),
                getattr(self, f"{d}_bits").eq(inj.bit_count),
                getattr(self, f"{d}_drops").eq(inj.drop_count),
            ]
        # Retraining is a property of the link: either receiver asking retrains both ways.
        retrain = a.retrain_out | b.retrain_out
        m.d.comb += [
            a.retrain_in.eq(retrain), b.retrain_in.eq(retrain),
            a.lane_fail.eq(self.a_lane_fail), b.lane_fail.eq(self.b_lane_fail),
            a.far_silent.eq(self.a_far_silent), b.far_silent.eq(self.b_far_silent),
        ]

        if self._traffic == "bfm":
            wiring.connect(m, wiring.flipped(self.a_i), a.i)
            wiring.connect(m, a.o, wiring.flipped(self.a_o))
            wiring.connect(m, wiring.flipped(self.b_i), b.i)
            wiring.connect(m, b.o, wiring.flipped(self.b_o))
        else:
            m.submodules.gen = gen = self._gen
            m.submodules.chk = chk = self._chk
            now = Signal(32)
            m.d.sync += now.eq(now + 1)
            connect_packets(m, gen.o, a.i)
            connect_packets(m, b.o, chk.i)
            # B -> A carries only control blocks in a gen run; A's output is drained.
            m.d.comb += [a.o.ready.eq(1), b.i.valid.eq(0)]
            m.d.comb += [
                self.now.eq(now), gen.now.eq(now), chk.now.eq(now),
                gen.start.eq(self.gen_start), gen.count.eq(self.gen_count),
                gen.len_min.eq(self.gen_len_min), gen.len_max.eq(self.gen_len_max),
                gen.vl_mask.eq(self.gen_vl_mask), gen.gap.eq(self.gen_gap),
                gen.seed.eq(self.gen_seed), gen.cfg.eq(6),
                self.gen_busy.eq(gen.busy), self.gen_sent.eq(gen.sent),
                chk.clear.eq(self.chk_clear), chk.stall.eq(self.chk_stall),
            ]
            for name in ("packets", "bytes", "errors", "duplicates", "lost", "lat_min",
                         "lat_max", "lat_sum", "first_cycle", "last_cycle"):
                m.d.comb += getattr(self, f"chk_{name}").eq(getattr(chk, name))
        return m
