"""The transmit queues in front of the spec data link: one store-and-forward queue per VL, the
DLLDP descriptor of each packet (its length and PLENGTH, E4 §4.3.2.2.2), and the choice of
the next VL by the credit the peer has granted it (E4 §4.6).

:class:`~hdl_py.link.dll_tx.DllTx` takes one descriptor stream: a DLLDP held for credit
holds the ones behind it. :class:`DllTxQueues` keeps each VL's packets apart and offers a
descriptor only for a VL whose head packet the peer's credit covers -- ceil(flits / cell)
cells of the negotiated FLOW_CTRL_SIZE, checked against ``crd`` (the transmitter's count) --
so a VL short of credit never blocks the others.

Ingress (``i``, sideband ``vl``, ``cfg``, ``rt``): each beat goes into its VL's beat queue
with its ``nbytes`` and ``last`` (through a register: a beat is taken when the room of its
VL's queues, registered a cycle before, allows it and one more); at a packet's last beat its
length goes through :class:`QueuePlength` (the queues' own pipeline of
:data:`QUEUE_PLENGTH_LATENCY` registered stages) into the VL's packet-info queue (length,
PLENGTH, flits, ``cfg``, ``rt``, ERROR_FLAG), so a packet-info entry at a queue head means the
whole packet is queued. What the upper layer gets wrong is counted and nothing hangs:

* ``vl`` not below ``vls``: the packet is dropped whole (``bad_vl``);
* a ``cfg`` the link does not define for a DLLDP (E4 Table 4-1: 3, 4, 5, 6, 7, 9; 0 is a
  DLLCB's, the others reserved): dropped whole (``bad_cfg``; a bad VL is counted as that
  alone) -- the peer's parser would take its LPH for a bad block start, copy after copy;
* longer than ``mtu``: queued up to the beat that shows it, sent with ERROR_FLAG = 1 (E4
  §4.8.3: the receiver passes it up marked bad), the rest of its beats dropped (``oversize``);
* no payload byte: its beats are taken off the queue, nothing is sent (``empty``);
* a VL the negotiation did not enable (VL_ENABLE): the packet is taken off when it reaches
  the head in DLL_Normal, nothing is sent (``vl_disabled``).

Egress: the next VL is picked into a register (round robin among those that may go, only
while no pick is pending, so the output register is free and the head stays put for it), and
in the next cycle its head is popped, the descriptor goes into an output register (``desc``)
and the VL into a small order queue; the beats follow on ``o`` in that order (each beat
queue's head in a register, then an output register), the beat stage independent of the
descriptor stage so the next descriptor waits in the transmitter while a packet's beats go
(line rate). ``crd`` counts a descriptor's cells only once the transmitter has taken them
(``taken``, ``taken_vl``; the count goes down at most two cycles after), so a VL is not
offered again while a descriptor of it is outstanding or in the two cycles after its take. The
compare of each VL's head with its credit (``crd`` times the cell size against the flits: a
shift) is registered.

``queue_beats`` must hold an ``mtu`` packet and two beats more (store and forward);
``meta_depth`` packets (at least :data:`QUEUE_PLENGTH_LATENCY` + 3) may wait per VL.
"""

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import data, memory, stream, wiring
from amaranth.lib.wiring import In, Out

from hdl_py.lib.fifo import StreamFIFO
from hdl_py.lib.skid import SkidBuffer
from hdl_py.lib.stream import PacketSignature, check_data_bytes, packet_layout
from hdl_py.proto.dll import DLLDB_MAX_FLITS, DLLDP_CFGS, FLIT_BYTES, Plength

from .dll_credit import round_robin_next
from .dll_sm import dll_params_layout, shift_by_onehot
from .framer import PAYLOAD_BITS, framer_desc_layout

__all__ = ["DllTxQueues", "QueuePlength", "dll_side_layout", "MAX_PAYLOAD",
           "QUEUE_PLENGTH_LATENCY"]

#: The longest DLLDP payload in CRC30 mode (16 DLLDBs of 32 flits), bytes.
MAX_PAYLOAD = 16 + 30 * 20 + 16 + 15 * (18 + 30 * 20 + 16)
#: Order-queue depth: descriptors handed on whose beats have not all gone.
ORDER_DEPTH = 4
#: Payload bytes of a full first DLLDB (LPH, 30 middle flits, the last flit's 16) and of a
#: full later one (LBH).
_FIRST_FULL = 16 + 30 * FLIT_BYTES + 16
_OTHER_FULL = 18 + 30 * FLIT_BYTES + 16
#: Cycles from :class:`QueuePlength`'s ``i_valid`` to its result.
QUEUE_PLENGTH_LATENCY = 5


def _last_block_rom():
    """For each ``pos`` (the last DLLDB's header and payload bytes, 1..636): ``last_m1`` (its
    flits - 1, the 4-byte BCRC included), and PLENGTH[4:0] with a 4-byte LPH (a one-block
    DLLDP) and with a 2-byte LBH (a later block), from :func:`sim.model.dll.plength_for`'s
    rules; 0 where the case cannot happen."""
    from sim.model.dll import plength_for

    rom = []
    for pos in range(1024):
        last_m1 = end_one = end_later = 0
        if 5 <= pos <= 4 + _FIRST_FULL:
            p = plength_for(pos - 4)
            last_m1, end_one = p["last_flits_m1"], p["end"]
        if 3 <= pos <= 2 + _OTHER_FULL:
            p = plength_for(_FIRST_FULL + pos - 2)
            assert last_m1 in (0, p["last_flits_m1"])
            last_m1, end_later = p["last_flits_m1"], p["end"]
        rom.append({"last_m1": last_m1, "end_one": end_one, "end_later": end_later})
    return rom


class QueuePlength(wiring.Component):
    """PLENGTH (E4 Table 4-1) and the flit count of a payload of ``nbytes`` (1..
    :data:`MAX_PAYLOAD`) bytes, :data:`QUEUE_PLENGTH_LATENCY` cycles after ``i_valid``, one
    per cycle, every stage a register (no multiplier):

    1. q, the full DLLDBs between the first and the last, from 16 compares of ``nbytes``
       with the payload that 1, 2, .. 16 DLLDBs hold (a thermometer code);
    2. ``pos`` = the last DLLDB's header and payload bytes: ``nbytes`` + 4 for one block,
       ``nbytes`` - 632 - 634 q + 2 otherwise (one adder and a 32-entry constant table);
    3. a 1,024-entry table (one block RAM) read at ``pos``: the last DLLDB's flits and
       PLENGTH[4:0] for an LPH and for an LBH;
    4. the table's row into a register as it is (block RAM data comes late in the cycle);
    5. the result registered, with the flits of the DLLDP.
    """

    i_valid: In(1)
    nbytes: In(PAYLOAD_BITS)
    o_valid: Out(1)
    plength: Out(Plength)
    flits: Out(range(16 * DLLDB_MAX_FLITS + 1))

    def elaborate(self, platform):
        m = Module()
        nq = 16
        # 1: q from a thermometer code, t[k] = nbytes >= the first k + 1 DLLDBs' payload + 1
        # (monotone, so bit b of q is set where t[k] & ~t[k+1] for a k with bit b)
        v1, n1, multi1, q1 = Signal(), Signal(PAYLOAD_BITS), Signal(), Signal(4)
        t = Cat(self.nbytes >= _FIRST_FULL + 1 + _OTHER_FULL * k for k in range(nq))
        tx = Cat(t[1:], Const(0, 1))
        top = [tx[k - 1] & ~tx[k] for k in range(1, nq)]       # q == k
        m.d.sync += [v1.eq(self.i_valid), n1.eq(self.nbytes), multi1.eq(t[0]),
                     q1.eq(Cat(Cat(top[k - 1] for k in range(1, nq) if k >> b & 1).any()
                               for b in range(4)))]
        # 2: pos, and the block counts
        v2, multi2 = Signal(), Signal()
        pos2 = Signal(10)
        bm1_2 = Signal(4)                      # DLLDBs - 1
        blocks2 = Signal(5)                    # DLLDBs
        add = Signal(10)
        with m.Switch(Cat(q1, multi1)):
            for sel in range(32):
                q, multi = sel & 15, sel >> 4
                off = (2 - _FIRST_FULL - _OTHER_FULL * q) if multi else 4
                with m.Case(sel):
                    m.d.comb += add.eq(off % 1024)
        m.d.sync += [v2.eq(v1), multi2.eq(multi1), pos2.eq(n1[:10] + add),
                     bm1_2.eq(Mux(multi1, q1 + 1, 0)), blocks2.eq(Mux(multi1, q1 + 2, 1))]
        # 3: the table's read (its data late in the cycle), 4: into a register as it is
        rom_layout = data.StructLayout({"last_m1": 5, "end_one": 5, "end_later": 5})
        m.submodules.rom = rom = memory.Memory(shape=rom_layout, depth=1024,
                                               init=_last_block_rom())
        rd = rom.read_port()
        m.d.comb += rd.addr.eq(pos2)
        v3, multi3, bm1_3, blocks3 = Signal(), Signal(), Signal(4), Signal(5)
        v4, multi4, bm1_4, blocks4 = Signal(), Signal(), Signal(4), Signal(5)
        row = Signal(rom_layout)
        m.d.sync += [v3.eq(v2), multi3.eq(multi2), bm1_3.eq(bm1_2), blocks3.eq(blocks2),
                     v4.eq(v3), multi4.eq(multi3), bm1_4.eq(bm1_3), blocks4.eq(blocks3),
                     row.eq(rd.data)]
        # 5: the result
        last_m1 = row.last_m1
        m.d.sync += [
            self.o_valid.eq(v4),
            self.plength.blocks_m1.eq(bm1_4), self.plength.last_flits_m1.eq(last_m1),
            self.plength.end.eq(Mux(multi4, row.end_later, row.end_one)),
            # flits = 32 (DLLDBs - 1) + last_m1 + 1, without an adder across the fields
            self.flits.eq(Mux(last_m1 == DLLDB_MAX_FLITS - 1, Cat(Const(0, 5), blocks4),
                              Cat((last_m1 + 1)[:5], bm1_4))),
        ]
        return m


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
        if not isinstance(queue_beats, int) or queue_beats < mtu_beats + 2:
            raise ValueError(f"queue_beats must hold an mtu packet and two beats more "
                             f"({mtu_beats + 2}), not {queue_beats!r}")
        if not isinstance(meta_depth, int) or meta_depth < QUEUE_PLENGTH_LATENCY + 3:
            raise ValueError(f"meta_depth must be at least {QUEUE_PLENGTH_LATENCY + 3}, "
                             f"not {meta_depth!r}")
        self._vls, self._db, self._mtu = vls, data_bytes, mtu
        self._queue_beats, self._meta_depth = queue_beats, meta_depth
        self.plength = QueuePlength()
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
            "bad_vl": Out(1), "bad_cfg": Out(1), "oversize": Out(1), "empty": Out(1),
            "vl_disabled": Out(1),
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
        room = Signal(range(mtu + 1), init=mtu)     # bytes to the MTU before this beat
        first = ~in_pkt
        vl = Mux(first, beat.side.vl, in_vl)
        # A CFG the link does not define for a DLLDP (E4 Table 4-1: 3, 4, 5, 6, 7, 9; 0 is a
        # DLLCB's, the rest reserved): the peer's parser would refuse every copy of its LPH as
        # a bad block start and the link would retry it for ever.
        cfg_bad = Signal()
        with m.Switch(beat.side.cfg):
            with m.Case(*sorted(DLLDP_CFGS)):
                m.d.comb += cfg_bad.eq(0)
            with m.Default():
                m.d.comb += cfg_bad.eq(1)
        vl_bad = beat.side.vl >= vls
        drop = Mux(first, vl_bad | cfg_bad, in_drop)
        total = Signal(range(mtu + 2 * db + 1))
        over = Signal()
        ends = Signal()
        m.d.comb += [
            total.eq(Mux(first, 0, in_bytes) + beat.nbytes),
            # Too long: past the MTU, or at it with more beats to come; the queue gets the
            # packet up to this beat, never more than ceil(mtu / data_bytes) + 1 beats. Worked
            # out against the registered room left, not the sum.
            over.eq((beat.nbytes > room) | ((beat.nbytes >= room) & ~beat.last)),
            ends.eq(beat.last | over),
        ]
        # Packet info in flight to the meta queues (a register, QueuePlength's stages).
        lat = QUEUE_PLENGTH_LATENCY
        pipe = Signal(lat + 1)
        inflight = Signal(range(lat + 2))
        m.d.comb += inflight.eq(sum(pipe[k] for k in range(len(pipe))))
        # A beat is taken when its VL's queues have room, worked out a cycle before (from
        # registers only, so ``ready`` is a few gates from registers): the beat queue for it
        # and one more beat (the one taken in that cycle, written a cycle later), the meta
        # queue for the packet it may end and one more (in the pipeline since).
        b_ok = Signal(vls)
        m_ok = Signal(vls)
        w_valid = Signal(vls)
        m.d.sync += [
            b_ok.eq(Cat(bq[v].level + w_valid[v] + 2 <= self._queue_beats for v in range(vls))),
            m_ok.eq(Cat(mq[v].level + inflight + 2 <= self._meta_depth for v in range(vls))),
        ]
        # (worked out for a first beat's VL and the packet's side by side, and picked by
        # ``first``: the pick comes after the VL's lookup, not before it)
        vbits = max(1, (vls - 1).bit_length())
        room_ok = Mux(first, (b_ok & m_ok).bit_select(beat.side.vl[:vbits], 1),
                      (b_ok & m_ok).bit_select(in_vl[:vbits], 1))
        take = Signal()
        m.d.comb += [
            skid.o.ready.eq(drop | room_ok),
            take.eq(skid.o.valid & skid.o.ready),
        ]
        # The beat into its queue a cycle later, from a register.
        w_beat = Signal(beat_shape)
        m.d.sync += [
            w_valid.eq(Cat(take & ~drop & Mux(first, beat.side.vl == v, in_vl == v)
                           for v in range(vls))),
            w_beat.data.eq(beat.data), w_beat.nbytes.eq(beat.nbytes), w_beat.last.eq(ends),
        ]
        for v in range(vls):
            m.d.comb += [bq[v].i.valid.eq(w_valid[v]), bq[v].i.payload.eq(w_beat)]
        m.d.sync += [self.bad_vl.eq(0), self.bad_cfg.eq(0), self.oversize.eq(0)]
        # The packet's info: registered at its last beat (stage 0), through QueuePlength
        # beside its stages.
        p_vl = [Signal(4, name=f"p_vl{k}") for k in range(lat + 1)]
        p_meta = [Signal(_meta_layout(), name=f"p_meta{k}") for k in range(lat + 1)]
        with m.If(take):
            m.d.sync += [
                in_pkt.eq(~beat.last), in_drop.eq(drop | over), in_vl.eq(vl),
                in_cfg.eq(Mux(first, beat.side.cfg, in_cfg)),
                in_rt.eq(Mux(first, beat.side.rt, in_rt)), in_bytes.eq(total),
                room.eq(Mux(beat.last | over | drop, mtu, room - beat.nbytes)),
                # one count a packet: a bad VL first
                self.bad_vl.eq(first & vl_bad),
                self.bad_cfg.eq(first & ~vl_bad & cfg_bad),
                self.oversize.eq(~drop & over),
            ]
        m.d.sync += [pipe.eq(Cat(take & ~drop & ends, pipe[:-1]))]
        m.d.sync += [
            p_vl[0].eq(vl),
            p_meta[0].nbytes.eq(total),
            p_meta[0].cfg.eq(Mux(first, beat.side.cfg, in_cfg)),
            p_meta[0].rt.eq(Mux(first, beat.side.rt, in_rt)),
            p_meta[0].error_flag.eq(over),
            p_meta[0].empty.eq(total == 0),
        ]
        for k in range(1, lat + 1):
            m.d.sync += [p_vl[k].eq(p_vl[k - 1]), p_meta[k].eq(p_meta[k - 1])]
        m.d.comb += [pc.i_valid.eq(pipe[0]), pc.nbytes.eq(p_meta[0].nbytes)]
        for v in range(vls):
            m.d.comb += [
                mq[v].i.valid.eq(pipe[lat] & (p_vl[lat] == v)),
                mq[v].i.payload.eq(p_meta[lat]),
                mq[v].i.payload.plength.eq(pc.plength),
                mq[v].i.payload.flits.eq(pc.flits),
            ]

        # -- the choice: a VL whose head packet the credit covers --
        # In two cycles: the pick (round robin over the VLs that may go) into a register,
        # then the pop of that VL's head and the descriptor.
        heads = [mq[v].o.payload for v in range(vls)]
        cell = self.params.flow_ctrl_size
        # crd >= ceil(flits / cell)  <=>  crd * cell >= flits (a shift, no adder), registered
        enough = Signal(vls)
        m.d.sync += enough.eq(Cat(
            shift_by_onehot(self.crd[v], cell, left=True) >= heads[v].flits
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
        head_valid = Cat(mq[v].o.valid for v in range(vls))
        enabled = self.params.vl_enable[:vls]
        head_seen = Signal(vls)     # the head was there last cycle (``enough`` saw it)
        m.d.sync += head_seen.eq(head_valid)
        empties = Cat(heads[v].empty for v in range(vls))
        skip = Signal(vls)          # taken off without a DLLDP (empty, VL not enabled)
        send = Signal(vls)
        # The link's state as the pick sees it: a register (the pick is a round robin of its
        # own; the second step checks the state of its cycle again, below).
        normal_q = Signal()
        up_q = Signal()
        m.d.sync += [normal_q.eq(self.normal), up_q.eq(self.normal & ~self.link_reset)]
        m.d.comb += [
            skip.eq(head_valid & (empties | (~enabled & normal_q.replicate(vls)))),
            send.eq(head_valid & head_seen & enabled & ~empties & enough & ~outstanding
                    & ~recent[0] & ~recent[1] & up_q.replicate(vls)),
        ]
        # The pick, when the second step will find the output register free and room in the
        # order queue: nothing is loaded meanwhile (no pick while one is pending), so both
        # hold, and the picked head stays where it is until its pop.
        b_valid = Signal()
        b_vl = Signal(4)
        b_send = Signal()
        b_empty = Signal()
        can_pick = ~b_valid & (~desc_valid | self.desc.ready) & order.i.ready
        requests = Signal(vls)
        m.d.comb += requests.eq(Mux(can_pick, skip | send, 0))
        last_pick = Signal(4)
        pick = round_robin_next(m, requests, last_pick)
        b_hot = Signal(vls)         # b_valid and b_vl, one bit a VL: the pops start from it
        m.d.sync += [b_valid.eq(requests.any()), b_vl.eq(pick),
                     b_hot.eq(Mux(requests.any(), Const(1, 16) << pick, 0)[:vls]),
                     b_send.eq(send.bit_select(pick, 1)),
                     b_empty.eq(empties.bit_select(pick, 1))]
        with m.If(requests.any()):
            m.d.sync += last_pick.eq(pick)
        # The second step, unless the link went down (a send) or up (a disabled VL's skip)
        # in between.
        go = Signal()
        m.d.comb += go.eq(b_valid & Mux(b_send, self.normal & ~self.link_reset,
                                        b_empty | self.normal))
        m.d.sync += [self.empty.eq(0), self.vl_disabled.eq(0)]
        with m.If(desc_valid & self.desc.ready):
            m.d.sync += desc_valid.eq(0)
        with m.If(go):
            m.d.comb += [order.i.valid.eq(1), order.i.payload.vl.eq(b_vl),
                         order.i.payload.empty.eq(~b_send)]
            for v in range(vls):
                m.d.comb += mq[v].o.ready.eq(b_hot[v])
            with m.If(b_send):
                m.d.sync += desc_valid.eq(1)
                with m.Switch(b_vl):
                    for v in range(vls):
                        with m.Case(v):
                            h = heads[v]
                            m.d.sync += [desc.nbytes.eq(h.nbytes), desc.plength.eq(h.plength),
                                         desc.vl.eq(v), desc.cfg.eq(h.cfg), desc.rt.eq(h.rt),
                                         desc.error_flag.eq(h.error_flag)]
            with m.Else():
                m.d.sync += [self.empty.eq(b_empty), self.vl_disabled.eq(~b_empty)]
        # Outstanding from the pop until the transmitter takes the credit. Link down: the
        # transmitter drops what it holds (taking its beats), so only the descriptor still in
        # the output register stays outstanding.
        m.d.comb += popped_v.eq(Mux(go, Const(1, 16) << b_vl, 0)[:vls])
        set_v = Mux(b_send, popped_v, 0)
        with m.If(self.link_reset):
            m.d.sync += outstanding.eq(Mux(desc_valid, Const(1, 16) << desc.vl, 0)[:vls])
        with m.Else():
            m.d.sync += outstanding.eq((outstanding & ~taken_v) | set_v)
        m.d.comb += self.queued.eq(head_valid)

        # -- the beats, in the order of the descriptors --
        # Each beat queue's head goes into a register first (the block RAM's read data is
        # late in the cycle), the chosen one on through an output register.
        m.submodules.out = out = SkidBuffer(packet_layout(db))
        wiring.connect(m, out.o, wiring.flipped(self.o))
        ov = order.o.payload.vl
        # The register is a skid buffer: the queue's read (its level, its block RAM's address)
        # sees a registered ``ready``, not this cycle's move of the chosen beat.
        r_valid = Signal(vls)
        r_beat = []
        r_take = Signal(vls)
        for v in range(vls):
            hk = SkidBuffer(beat_shape)
            m.submodules[f"head{v}"] = hk
            wiring.connect(m, bq[v].o, hk.i)
            r_beat.append(hk.o.payload)
            m.d.comb += [r_valid[v].eq(hk.o.valid), hk.o.ready.eq(r_take[v])]
        cur = Signal(beat_shape)
        cur_valid = Signal()
        with m.Switch(ov):
            for v in range(vls):
                with m.Case(v):
                    m.d.comb += [cur.eq(r_beat[v]), cur_valid.eq(r_valid[v])]
        discard = order.o.payload.empty
        started = Signal()
        moved = Signal()
        m.d.comb += [
            out.i.valid.eq(order.o.valid & cur_valid & ~discard),
            out.i.payload.data.eq(cur.data), out.i.payload.nbytes.eq(cur.nbytes),
            out.i.payload.first.eq(~started), out.i.payload.last.eq(cur.last),
            moved.eq(order.o.valid & cur_valid & (discard | out.i.ready)),
            order.o.ready.eq(moved & cur.last),
        ]
        m.d.comb += r_take.eq(Cat(moved & (ov == v) for v in range(vls)))
        with m.If(moved):
            m.d.sync += started.eq(~cur.last)
        return m
