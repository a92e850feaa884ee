"""The transmit queues in front of the spec data link: one store-and-forward queue per VL, the
DLLDP descriptor of each packet (its length and PLENGTH, E4 §4.3.2.2.2), and the choice of
the next VL by the credit the peer has granted it (E4 §4.6).

:class:`~hdl_py.link.dll_tx.DllTx` takes one descriptor stream: a DLLDP held for credit
holds the ones behind it. :class:`DllTxQueues` keeps each VL's packets apart and offers a
descriptor only for a VL whose head packet the peer's credit covers -- ceil(flits / cell)
cells of the negotiated FLOW_CTRL_SIZE, checked against ``crd`` (the transmitter's count) --
so a VL short of credit never blocks the others.

Ingress (``i``, sideband ``vl``, ``cfg``, ``rt``): each beat goes into its VL's beat queue
with its ``nbytes`` and ``last``; at a packet's last beat its length goes through
:class:`~hdl_py.link.framer.PlengthCalc` into the VL's packet-info queue (length, PLENGTH,
flits, ``cfg``, ``rt``, ERROR_FLAG), so a packet-info entry at a queue head means the whole
packet is queued. What the upper layer gets wrong is counted and nothing hangs:

* ``vl`` not below ``vls``: the packet is dropped whole (``bad_vl``);
* longer than ``mtu``: queued up to the beat that shows it, sent with ERROR_FLAG = 1 (E4
  §4.8.3: the receiver passes it up marked bad), the rest of its beats dropped (``oversize``);
* no payload byte: its beats are taken off the queue, nothing is sent (``empty``);
* a VL the negotiation did not enable (VL_ENABLE): the packet is taken off when it reaches
  the head in DLL_Normal, nothing is sent (``vl_disabled``).

Egress: a descriptor goes into an output register (``desc``) and the VL into a small order
queue; the beats follow on ``o`` in that order, the beat stage independent of the descriptor
stage so the next descriptor waits in the transmitter while a packet's beats go (line rate).
``crd`` counts a descriptor's cells only once the transmitter has taken them (``taken``,
``taken_vl``; the count goes down two cycles after), so a VL is not offered again while a
descriptor of it is outstanding or in the two cycles after its take. The compare of each VL's
head with its credit is registered.

``queue_beats`` must hold an ``mtu`` packet (store and forward); ``meta_depth`` packets may
wait per VL.
"""

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import data, stream, wiring
from amaranth.lib.wiring import In, Out

from hdl_py.lib.fifo import StreamFIFO
from hdl_py.lib.skid import SkidBuffer
from hdl_py.lib.stream import PacketSignature, check_data_bytes, packet_layout
from hdl_py.proto.dll import DLLDB_MAX_FLITS, Plength

from .dll_credit import round_robin_next
from .dll_sm import dll_params_layout, shift_by_onehot
from .framer import PAYLOAD_BITS, PLENGTH_LATENCY, PlengthCalc, framer_desc_layout

__all__ = ["DllTxQueues", "dll_side_layout", "MAX_PAYLOAD"]

#: The longest DLLDP payload in CRC30 mode (16 DLLDBs of 32 flits), bytes.
MAX_PAYLOAD = 16 + 30 * 20 + 16 + 15 * (18 + 30 * 20 + 16)
#: Order-queue depth: descriptors handed on whose beats have not all gone.
ORDER_DEPTH = 4


def dll_side_layout():
    """Sideband of the packet stream from the network layer to the link: the LPH's ``vl``,
    ``cfg`` (the next header, :class:`hdl_py.proto.enums.LinkCfg`) and ``rt`` (routing type)."""
    return data.StructLayout({"vl": 4, "cfg": 4, "rt": 2})


def _meta_layout():
    return data.StructLayout({
        "nbytes": PAYLOAD_BITS, "plength": Plength, "flits": range(16 * DLLDB_MAX_FLITS + 1),
        "cfg": 4, "rt": 2, "error_flag": 1, "empty": 1,
    })


class DllTxQueues(wiring.Component):
    """Parameters: ``vls`` (1..16), ``data_bytes``, ``mtu`` (largest payload, bytes, at most
    :data:`MAX_PAYLOAD`), ``queue_beats`` (beat queue per VL, at least an ``mtu`` packet),
    ``meta_depth`` (packets per VL)."""

    def __init__(self, *, vls=4, data_bytes=32, mtu=4096, queue_beats=None, meta_depth=8):
        check_data_bytes(data_bytes)
        if not isinstance(vls, int) or not 1 <= vls <= 16:
            raise ValueError(f"vls must be 1..16, not {vls!r}")
        if not isinstance(mtu, int) or not 1 <= mtu <= MAX_PAYLOAD:
            raise ValueError(f"mtu must be 1..{MAX_PAYLOAD} bytes, not {mtu!r}")
        mtu_beats = -(-mtu // data_bytes)
        if queue_beats is None:
            queue_beats = 2 * mtu_beats
        if not isinstance(queue_beats, int) or queue_beats < mtu_beats + 1:
            raise ValueError(f"queue_beats must hold an mtu packet and one beat more "
                             f"({mtu_beats + 1}), not {queue_beats!r}")
        if not isinstance(meta_depth, int) or meta_depth < PLENGTH_LATENCY + 2:
            raise ValueError(f"meta_depth must be at least {PLENGTH_LATENCY + 2}, "
                             f"not {meta_depth!r}")
        self._vls, self._db, self._mtu = vls, data_bytes, mtu
        self._queue_beats, self._meta_depth = queue_beats, meta_depth
        self.plength = PlengthCalc()
        super().__init__({
            "i": In(PacketSignature(data_bytes, dll_side_layout())),
            "desc": Out(stream.Signature(framer_desc_layout())),
            "o": Out(PacketSignature(data_bytes)),
            # from the link
            "normal": In(1), "params": In(dll_params_layout()),
            "crd": In(data.ArrayLayout(16, vls)), "taken": In(1), "taken_vl": In(4),
            "link_reset": In(1),
            # status and events
            "queued": Out(vls),
            "bad_vl": Out(1), "oversize": Out(1), "empty": Out(1), "vl_disabled": Out(1),
        })

    @property
    def vls(self):
        return self._vls

    def elaborate(self, platform):
        m = Module()
        vls, db, mtu = self._vls, self._db, self._mtu
        m.submodules.plength = pc = self.plength

        # -- ingress --
        m.submodules.skid = skid = SkidBuffer(packet_layout(db, dll_side_layout()))
        wiring.connect(m, wiring.flipped(self.i), skid.i)
        beat = skid.o.payload
        beat_shape = data.StructLayout({"data": 8 * db, "nbytes": len(beat.nbytes), "last": 1})
        bq = [StreamFIFO(shape=beat_shape, depth=self._queue_beats) for _ in range(vls)]
        mq = [StreamFIFO(shape=_meta_layout(), depth=self._meta_depth) for _ in range(vls)]
        for v in range(vls):
            m.submodules[f"beats{v}"] = bq[v]
            m.submodules[f"meta{v}"] = mq[v]

        in_pkt = Signal()           # inside a packet: the next beat is not its first
        in_drop = Signal()          # the rest of this packet's beats are dropped
        in_vl = Signal(4)
        in_cfg = Signal(4)
        in_rt = Signal(2)
        in_bytes = Signal(range(mtu + db + 1))
        first = ~in_pkt
        vl = Mux(first, beat.side.vl, in_vl)
        drop = Mux(first, beat.side.vl >= vls, in_drop)
        total = Signal(range(mtu + 2 * db + 1))
        over = Signal()
        ends = Signal()
        m.d.comb += [
            total.eq(Mux(first, 0, in_bytes) + beat.nbytes),
            # Too long: past the MTU, or at it with more beats to come; the queue gets the
            # packet up to this beat, never more than ceil(mtu / data_bytes) + 1 beats.
            over.eq((total > mtu) | ((total >= mtu) & ~beat.last)),
            ends.eq(beat.last | over),
        ]
        # Packet info in flight to the meta queues (PlengthCalc's stages and one more).
        pipe = Signal(PLENGTH_LATENCY + 1)
        inflight = sum(pipe[k] for k in range(len(pipe)))
        b_rdy = Cat(bq[v].i.ready & (vl == v) for v in range(vls)).any()
        m_rdy = Cat((mq[v].level + inflight < self._meta_depth) & (vl == v)
                    for v in range(vls)).any()
        take = Signal()
        m.d.comb += [
            skid.o.ready.eq(drop | (b_rdy & (~ends | m_rdy))),
            take.eq(skid.o.valid & skid.o.ready),
        ]
        for v in range(vls):
            m.d.comb += [
                bq[v].i.valid.eq(take & ~drop & (vl == v)),
                bq[v].i.payload.data.eq(beat.data),
                bq[v].i.payload.nbytes.eq(beat.nbytes),
                bq[v].i.payload.last.eq(ends),
            ]
        m.d.sync += [self.bad_vl.eq(0), self.oversize.eq(0)]
        # The packet's info, kept beside PlengthCalc's pipeline.
        p_vl = [Signal(4, name=f"p_vl{k}") for k in range(PLENGTH_LATENCY + 1)]
        p_meta = [Signal(_meta_layout(), name=f"p_meta{k}") for k in range(PLENGTH_LATENCY + 1)]
        with m.If(take):
            m.d.sync += [
                in_pkt.eq(~beat.last), in_drop.eq(drop | over), in_vl.eq(vl),
                in_cfg.eq(Mux(first, beat.side.cfg, in_cfg)),
                in_rt.eq(Mux(first, beat.side.rt, in_rt)), in_bytes.eq(total),
                self.bad_vl.eq(first & (beat.side.vl >= vls)),
                self.oversize.eq(~drop & over),
            ]
        m.d.comb += [pc.i_valid.eq(take & ~drop & ends), pc.nbytes.eq(total)]
        m.d.sync += [pipe.eq(Cat(take & ~drop & ends, pipe[:-1]))]
        m.d.sync += [
            p_vl[0].eq(vl),
            p_meta[0].nbytes.eq(total),
            p_meta[0].cfg.eq(Mux(first, beat.side.cfg, in_cfg)),
            p_meta[0].rt.eq(Mux(first, beat.side.rt, in_rt)),
            p_meta[0].error_flag.eq(over),
            p_meta[0].empty.eq(total == 0),
        ]
        for k in range(1, PLENGTH_LATENCY + 1):
            m.d.sync += [p_vl[k].eq(p_vl[k - 1]), p_meta[k].eq(p_meta[k - 1])]
        # PlengthCalc's result comes PLENGTH_LATENCY cycles after its input, with p_meta[L-1]:
        # the flits are worked out into the last stage.
        last = PLENGTH_LATENCY
        pl = pc.plength
        m.d.sync += [
            p_meta[last].plength.eq(pl),
            p_meta[last].flits.eq(pl.blocks_m1 * DLLDB_MAX_FLITS + pl.last_flits_m1 + 1),
        ]
        for v in range(vls):
            m.d.comb += [mq[v].i.valid.eq(pipe[last] & (p_vl[last] == v)),
                         mq[v].i.payload.eq(p_meta[last])]

        # -- the choice: a VL whose head packet the credit covers --
        heads = [mq[v].o.payload for v in range(vls)]
        cell = self.params.flow_ctrl_size
        enough = Signal(vls)
        m.d.sync += enough.eq(Cat(
            self.crd[v] >= shift_by_onehot(heads[v].flits + cell - 1, cell, left=False)
            for v in range(vls)))
        outstanding = Signal(vls)       # a descriptor of the VL not yet taken
        recent = [Signal(vls, name=f"recent{k}") for k in range(2)]
        taken_v = Signal(vls)
        popped_v = Signal(vls)
        m.d.comb += taken_v.eq(Mux(self.taken, Const(1, 16) << self.taken_vl, 0)[:vls])
        # A take changes ``crd`` two cycles later, a pop the head one cycle later: the
        # registered compare is trusted again after that.
        m.d.sync += [recent[0].eq(taken_v | popped_v), recent[1].eq(recent[0])]
        order = StreamFIFO(shape=data.StructLayout({"vl": 4, "empty": 1}), depth=ORDER_DEPTH)
        m.submodules.order = order
        desc_valid = Signal()
        desc = Signal(framer_desc_layout())
        m.d.comb += [self.desc.valid.eq(desc_valid), self.desc.payload.eq(desc)]
        free = ~desc_valid | self.desc.ready
        head_valid = Cat(mq[v].o.valid for v in range(vls))
        enabled = self.params.vl_enable[:vls]
        head_seen = Signal(vls)     # the head was there last cycle (``enough`` saw it)
        m.d.sync += head_seen.eq(head_valid)
        empties = Cat(heads[v].empty for v in range(vls))
        skip = Signal(vls)          # taken off without a DLLDP (empty, VL not enabled)
        send = Signal(vls)
        m.d.comb += [
            skip.eq(head_valid & (empties | (~enabled & self.normal.replicate(vls)))),
            send.eq(head_valid & head_seen & enabled & ~empties & enough & ~outstanding
                    & ~recent[0] & ~recent[1]
                    & (self.normal & ~self.link_reset).replicate(vls)),
        ]
        requests = Signal(vls)
        m.d.comb += requests.eq(Mux(free & order.i.ready, skip | send, 0))
        last_pick = Signal(4)
        pick = round_robin_next(m, requests, last_pick)
        go = requests.any()
        pick_send = send.bit_select(pick, 1)
        pick_skip = skip.bit_select(pick, 1)
        m.d.sync += [self.empty.eq(0), self.vl_disabled.eq(0)]
        with m.If(desc_valid & self.desc.ready):
            m.d.sync += desc_valid.eq(0)
        with m.If(go):
            m.d.sync += last_pick.eq(pick)
            m.d.comb += [order.i.valid.eq(1), order.i.payload.vl.eq(pick),
                         order.i.payload.empty.eq(pick_skip)]
            for v in range(vls):
                m.d.comb += mq[v].o.ready.eq(pick == v)
            with m.If(pick_send):
                m.d.sync += desc_valid.eq(1)
                with m.Switch(pick):
                    for v in range(vls):
                        with m.Case(v):
                            h = heads[v]
                            m.d.sync += [desc.nbytes.eq(h.nbytes), desc.plength.eq(h.plength),
                                         desc.vl.eq(v), desc.cfg.eq(h.cfg), desc.rt.eq(h.rt),
                                         desc.error_flag.eq(h.error_flag)]
            with m.Else():
                m.d.sync += [self.empty.eq(empties.bit_select(pick, 1)),
                             self.vl_disabled.eq(~empties.bit_select(pick, 1))]
        # Outstanding from the pick until the transmitter takes the credit. Link down: the
        # transmitter drops what it holds (taking its beats), so only the descriptor still in
        # the output register stays outstanding.
        m.d.comb += popped_v.eq(Mux(go, Const(1, 16) << pick, 0)[:vls])
        set_v = Mux(pick_send, popped_v, 0)
        with m.If(self.link_reset):
            m.d.sync += outstanding.eq(Mux(desc_valid, Const(1, 16) << desc.vl, 0)[:vls])
        with m.Else():
            m.d.sync += outstanding.eq((outstanding & ~taken_v) | set_v)
        m.d.comb += self.queued.eq(head_valid)

        # -- the beats, in the order of the descriptors --
        ov = order.o.payload.vl
        cur = Signal(beat_shape)
        cur_valid = Signal()
        with m.Switch(ov):
            for v in range(vls):
                with m.Case(v):
                    m.d.comb += [cur.eq(bq[v].o.payload), cur_valid.eq(bq[v].o.valid)]
        discard = order.o.payload.empty
        started = Signal()
        moved = Signal()
        m.d.comb += [
            self.o.valid.eq(order.o.valid & cur_valid & ~discard),
            self.o.payload.data.eq(cur.data), self.o.payload.nbytes.eq(cur.nbytes),
            self.o.payload.first.eq(~started), self.o.payload.last.eq(cur.last),
            moved.eq(order.o.valid & cur_valid & (discard | self.o.ready)),
            order.o.ready.eq(moved & cur.last),
        ]
        for v in range(vls):
            m.d.comb += bq[v].o.ready.eq(moved & (ov == v))
        with m.If(moved):
            m.d.sync += started.eq(~cur.last)
        return m
