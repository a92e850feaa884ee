"""PHY model: one direction of a lane-based link (x1..x8), with width change and lane failure.

:class:`PhyChannel` stands for the serializer, the lanes and the deserializer of one direction;
two of them make a full-duplex link. It is a cycle-level model that synthesizes (it has no
analogue parts), so a whole link can run in ``amaranth.sim`` or in an HDL simulator. The
contract it serves is ``docs/link.md`` ("PHY model", "Streams").

Behaviour in brief (every choice that is OpenUB's own is stated in :class:`PhyChannel`):

* Rate: at width ``w`` one flit occupies the lanes for ``8 // w`` cycles (x8: one flit per
  cycle). The input ``i`` is back-pressured to that rate; ``o`` cannot be back-pressured.
* Lanes: byte ``b`` of a flit travels on active lane ``b % w``; the active lanes are the
  ``w`` lowest-numbered lanes the channel believes healthy (the lane map). A lane marked failed
  in ``lane_fail`` XORs every byte it carries with :data:`LANE_FAIL_XOR`.
* A failed lane is noticed after ``lane_detect`` cycles; the channel then re-maps at the next
  flit boundary to the widest width its healthy lanes allow.
* Dynamic width change without retraining (QDLWS-like): ``width_req`` / ``target_width`` ->
  ``width_status`` IDLE -> IN_PROGRESS -> DONE, NAK or TIMEOUT.
* ``retrain``: the channel stops for ``train_cycles`` cycles, drops the flits in flight and
  re-tests its lanes.

Pure-Python helpers (:func:`widest_width`, :func:`active_lanes`, :func:`stripe_corrupt`) give the
same lane arithmetic for reference models and tests.
"""

from __future__ import annotations

from amaranth.hdl import Cat, Const, Module, Mux, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from .common import FLIT_BYTES, LANE_WIDTHS, FlitSignature, WidthChangeStatus, flit_layout

__all__ = [
    "LANE_FAIL_XOR", "FAR_ACK_DELAY_BITS", "widest_width", "active_lanes", "stripe_corrupt",
    "PhyChannel",
]

#: Pattern a failed lane XORs into every byte it carries (a fixed pattern, so that corrupted
#: bytes are predictable in tests; any non-zero pattern is caught by the link CRC).
LANE_FAIL_XOR = 0xA5
#: Width of :attr:`PhyChannel.far_ack_delay` (cycles).
FAR_ACK_DELAY_BITS = 16


def _check_int(name, value, minimum, maximum=None):
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, not {value!r}")
    if value < minimum or (maximum is not None and value > maximum):
        bound = f"in {minimum}..{maximum}" if maximum is not None else f"at least {minimum}"
        raise ValueError(f"{name} must be {bound}, not {value}")
    return value


def widest_width(healthy: int, max_lanes: int = 8) -> int:
    """Widest width of :data:`LANE_WIDTHS` that ``healthy`` lanes allow (0 if none).

    Parameters
    ----------
    healthy : int
        Number of healthy lanes (0..``max_lanes``).
    max_lanes : int
        Lanes of the channel (one of :data:`LANE_WIDTHS`); caps the result.
    """
    allowed = [w for w in LANE_WIDTHS if w <= min(healthy, max_lanes)]
    return max(allowed, default=0)


def active_lanes(lanes_ok: int, width: int) -> list[int]:
    """Physical lanes carrying active lanes ``0 .. width-1``: the lowest-numbered healthy ones.

    Parameters
    ----------
    lanes_ok : int
        Bit mask of the healthy lanes (bit ``p`` = lane ``p``).
    width : int
        Current width (number of active lanes).

    Raises
    ------
    ValueError
        If fewer than ``width`` lanes are healthy.
    """
    healthy = [p for p in range(lanes_ok.bit_length()) if (lanes_ok >> p) & 1]
    if len(healthy) < width:
        raise ValueError(f"width {width} needs {width} healthy lanes, mask {lanes_ok:#x} "
                         f"has {len(healthy)}")
    return healthy[:width]


def stripe_corrupt(data_value: int, *, width: int, lanes_ok: int, lane_fail: int,
                   flit_bytes: int = FLIT_BYTES) -> int:
    """The flit data as a receiver sees it after crossing lanes, some of which have failed.

    Byte ``b`` (``data[8*b : 8*b+8]``) travels on active lane ``b % width``, i.e. on physical
    lane ``active_lanes(lanes_ok, width)[b % width]``; if that lane's bit is set in
    ``lane_fail`` the byte is XORed with :data:`LANE_FAIL_XOR`. This is exactly what
    :class:`PhyChannel` does to a flit it accepts (with its lane map and width of that cycle).
    """
    lanes = active_lanes(lanes_ok, width)
    for b in range(flit_bytes):
        if (lane_fail >> lanes[b % width]) & 1:
            data_value ^= LANE_FAIL_XOR << (8 * b)
    return data_value


class PhyChannel(wiring.Component):
    """One direction of the PHY: lane rate, pipeline latency, lane map, width change, retrain.

    Timing (all in cycles of the ``sync`` domain):

    * **Rate.** The channel takes a flit from ``i`` only at a *flit boundary*, the cycle in which
      the lanes have finished the previous flit. At width ``w`` a flit occupies the lanes for
      ``8 // w`` cycles, so with ``i.valid`` held high flits are taken exactly every ``8 // w``
      cycles (x8: every cycle, no bubbles). ``i.ready`` depends on internal registers only,
      never on ``i.valid``. The rate depends on the width, not on ``max_lanes``: a 4-lane
      channel at x4 takes a flit every 2 cycles.
    * **Latency.** A flit taken from ``i`` at clock edge ``n`` is on ``o`` for the edge
      ``n + latency`` (``latency`` register stages), for exactly one cycle.
    * **No back-pressure on ``o``.** A lane carries bits whether or not the receiver looks, so
      ``o.valid`` never waits for ``o.ready``: the flit is delivered (it is gone after that
      cycle) and, if ``o.ready`` was low, ``overrun`` pulses. The link RX holds ``ready`` at 1.
    * **Lanes.** Byte ``b`` of a flit travels on active lane ``b % width``; active lane ``j``
      is the ``j``-th lowest-numbered lane of the lane map (the healthy lanes in use). A lane
      whose ``lane_fail`` bit is high corrupts every byte it carries (XOR
      :data:`LANE_FAIL_XOR`). A flit is striped and corrupted according to the lane map, width
      and ``lane_fail`` of the cycle in which it is taken from ``i`` (the model applies the
      lane errors of a whole flit at once).
    * **Lane failure detection.** When a lane's ``lane_fail`` bit has been high for
      ``lane_detect`` consecutive cycles, the lane leaves ``lanes_ok`` (from the next cycle),
      whether or not it is active. At the next flit boundary the channel spends one cycle
      switching (``i.ready`` low): the lane map becomes ``lanes_ok``, the width becomes
      ``min(configured width, widest_width(healthy lanes))`` and ``lane_changes`` pulses
      (once per such re-map). No flit is lost: flits already taken keep their lanes; flits
      corrupted before the re-map are the link's to retry (its CRC30). A lane comes back only
      through retraining. With no healthy lane left the width is 0 and the channel is down
      (``up`` low) until a retrain finds a healthy lane.
    * **Width change** (without retraining). ``width_req`` (one-cycle pulse) with
      ``target_width`` (the width as a number: 1, 2, 4 or 8). In the cycle after the request
      ``width_status`` is:

      - ``NAK`` if ``target_width`` is not in :data:`LANE_WIDTHS`, exceeds ``max_lanes`` or
        exceeds the number of healthy lanes (``lanes_ok``), or the channel is not ``up``;
      - ``IN_PROGRESS`` otherwise: the far end is asked. The far end's answer is modelled by
        two inputs sampled in the request cycle: with ``far_silent`` high it never answers;
        otherwise it answers ``far_ack_delay`` cycles after the first ``IN_PROGRESS`` cycle
        (0: in that cycle). An answer counts if it arrives within ``change_timeout`` cycles
        (``far_ack_delay < change_timeout``); otherwise, after ``change_timeout`` cycles of
        ``IN_PROGRESS`` the status becomes ``TIMEOUT`` and nothing changes.
      - After the answer, at the next flit boundary the channel spends one cycle switching
        (as for a lane re-map); from the next cycle the width is ``target_width`` and the
        status ``DONE``. If lanes failed meanwhile so that the target exceeds the healthy lanes,
        the status is ``NAK`` instead and the width follows the healthy lanes.

      The status holds its last value until the next request. A request while one is
      ``IN_PROGRESS`` is ignored. A retrain during ``IN_PROGRESS`` ends it with ``NAK``.
      The *configured width* (``max_lanes`` after reset, then the last target that reached
      ``DONE``) is the width the channel runs at when enough lanes are healthy.
    * **Retrain.** A ``retrain`` pulse (or reset) starts training from the next cycle for
      ``train_cycles`` cycles: ``up`` is low, ``i.ready`` is low, and every flit in flight
      (taken up to and including the ``retrain`` cycle and not yet delivered) is dropped, one
      ``retrain_drops`` pulse each, as it leaves the pipeline (``train_cycles >= latency``, so
      the pipeline is empty when training ends). At the end the lanes are re-tested:
      ``lanes_ok`` becomes the lanes whose ``lane_fail`` bit is low in the last training cycle,
      the width becomes ``min(configured width, widest_width(healthy lanes))`` and ``up`` rises
      (if that width is not 0). ``lane_changes`` pulses if the lane map changed. A ``retrain``
      during training restarts it. After reset ``up`` is low for ``train_cycles`` cycles.

    Parameters
    ----------
    max_lanes : int
        Lanes of the channel, one of :data:`LANE_WIDTHS` (default 8).
    latency : int
        Pipeline latency in cycles from ``i`` to ``o`` (at least 1; default 4).
    flit_bytes : int
        Bytes per flit (default 20).
    lane_detect : int
        Cycles a lane must fail in a row before the channel drops it (at least 1; default 16).
    change_timeout : int
        Cycles a width change waits for the far end's answer (1..65535; default 256), used
        while the ``change_timeout_cycles`` input is 0 (the link's LANE_CTRL register sets it).
    train_cycles : int
        Duration of (re)training in cycles (at least ``latency``; default 32).

    Members
    -------
    i : ``In(FlitSignature(flit_bytes))``
        Flits from the sending link TX; ``ready`` (driven here) paces them to the lane rate.
    o : ``Out(FlitSignature(flit_bytes))``
        Flits to the receiving link RX; ``valid`` is high for one cycle per flit whatever
        ``ready`` is (see ``overrun``).
    up : ``Out(1)``
        The channel is trained, has at least one lane, and passes flits.
    width : ``Out(4)``
        Current width (number of active lanes: 1, 2, 4, 8; 0 while no lane is healthy).
    lanes_ok : ``Out(max_lanes)``
        Lanes the channel believes healthy (bit ``p`` = lane ``p``).
    lanes_active : ``Out(max_lanes)``
        Lanes carrying data now (the ``width`` lowest-numbered lanes of the lane map).
    lane_fail : ``In(max_lanes)``
        Lane faults from the fault injector or testbench (bit ``p`` high: lane ``p`` is broken
        in this cycle).
    width_req : ``In(1)``
        One-cycle request to change the width to ``target_width``.
    target_width : ``In(4)``
        Requested width, as a number (1, 2, 4, 8); sampled with ``width_req``.
    width_status : ``Out(WidthChangeStatus)``
        Status of the last width change request (IDLE after reset).
    change_timeout_cycles : ``In(16)``
        Width-change timeout in cycles; 0 selects the ``change_timeout`` parameter.
    far_ack_delay : ``In(16)``
        Far-end model: cycles until the far end answers a width change (sampled with
        ``width_req``).
    far_silent : ``In(1)``
        Far-end model: the far end does not answer (sampled with ``width_req``).
    retrain : ``In(1)``
        One-cycle request from the link to retrain the channel.
    flits : ``Out(1)``
        Pulse per flit delivered on ``o`` (same cycle as ``o.valid``).
    overrun : ``Out(1)``
        Pulse per flit delivered while ``o.ready`` was low.
    retrain_drops : ``Out(1)``
        Pulse per flit in flight dropped by (re)training.
    lane_changes : ``Out(1)``
        Pulse per change of the lane map (a detected lane failure taking effect, or retraining
        finding a different set of healthy lanes).
    """

    def __init__(self, *, max_lanes=8, latency=4, flit_bytes=FLIT_BYTES, lane_detect=16,
                 change_timeout=256, train_cycles=32):
        _check_int("max_lanes", max_lanes, 1)
        if max_lanes not in LANE_WIDTHS:
            raise ValueError(f"max_lanes must be one of {LANE_WIDTHS}, not {max_lanes}")
        self._max_lanes = max_lanes
        self._latency = _check_int("latency", latency, 1)
        self._flit_bytes = _check_int("flit_bytes", flit_bytes, 1)
        self._lane_detect = _check_int("lane_detect", lane_detect, 1)
        self._change_timeout = _check_int("change_timeout", change_timeout, 1,
                                          (1 << FAR_ACK_DELAY_BITS) - 1)
        _check_int("train_cycles", train_cycles, 1)
        if train_cycles < latency:
            raise ValueError(f"train_cycles ({train_cycles}) must be at least latency "
                             f"({latency}) so that training empties the pipeline")
        self._train_cycles = train_cycles
        super().__init__({
            "i": In(FlitSignature(flit_bytes)),
            "o": Out(FlitSignature(flit_bytes)),
            "up": Out(1),
            "width": Out(4),
            "lanes_ok": Out(max_lanes),
            "lanes_active": Out(max_lanes),
            "lane_fail": In(max_lanes),
            "width_req": In(1),
            "target_width": In(4),
            "width_status": Out(WidthChangeStatus),
            "far_ack_delay": In(FAR_ACK_DELAY_BITS),
            "change_timeout_cycles": In(16),
            "far_silent": In(1),
            "retrain": In(1),
            "flits": Out(1),
            "overrun": Out(1),
            "retrain_drops": Out(1),
            "lane_changes": Out(1),
        })

    @property
    def max_lanes(self):
        """Lanes of the channel (read-only)."""
        return self._max_lanes

    @property
    def latency(self):
        """Pipeline latency in cycles (read-only)."""
        return self._latency

    @property
    def flit_bytes(self):
        """Bytes per flit (read-only)."""
        return self._flit_bytes

    @property
    def lane_detect(self):
        """Cycles before a failed lane is noticed (read-only)."""
        return self._lane_detect

    @property
    def change_timeout(self):
        """Cycles a width change waits for the far end (read-only)."""
        return self._change_timeout

    @property
    def train_cycles(self):
        """Duration of (re)training in cycles (read-only)."""
        return self._train_cycles

    def _widest(self, m, mask, name):
        """Widest width the lanes of ``mask`` allow (0 if none), capped by ``max_lanes``."""
        count = Signal(range(self._max_lanes + 1), name=f"{name}_count")
        m.d.comb += count.eq(sum(mask[p] for p in range(self._max_lanes)))
        widest = Signal(4, name=f"{name}_widest")
        with m.Switch(count):
            for n in range(self._max_lanes + 1):
                with m.Case(n):
                    m.d.comb += widest.eq(widest_width(n, self._max_lanes))
        return count, widest

    def elaborate(self, platform):
        m = Module()
        max_lanes = self._max_lanes
        flit_bytes = self._flit_bytes
        layout = flit_layout(flit_bytes)

        # --- state ---------------------------------------------------------------------------
        # Training runs after reset and after each ``retrain`` pulse.
        training = Signal(init=1)
        train_count = Signal(range(self._train_cycles))
        # The lane map: the healthy lanes the striping uses. It follows ``lanes_ok`` only at a
        # flit boundary (together with the width), so one flit is never split over two maps.
        lane_map = Signal(max_lanes, init=(1 << max_lanes) - 1)
        lanes_ok = Signal(max_lanes, init=(1 << max_lanes) - 1)
        width = Signal(4, init=max_lanes)
        configured = Signal(4, init=max_lanes)
        # Cycles left of the flit occupying the lanes; 0 = flit boundary.
        slot = Signal(range(8))

        # Width change request state.
        status = Signal(WidthChangeStatus)
        target = Signal(4)
        answered = Signal()
        silent = Signal()
        ack_delay = Signal(FAR_ACK_DELAY_BITS)
        waited = Signal(16)
        # The register-set timeout wins; 0 selects the build-time default.
        timeout = Signal(16)
        m.d.comb += timeout.eq(Mux(self.change_timeout_cycles == 0, self._change_timeout,
                                   self.change_timeout_cycles))

        m.d.comb += [
            self.lanes_ok.eq(lanes_ok),
            self.width.eq(width),
            self.width_status.eq(status),
            self.up.eq(~training & (width != 0)),
        ]

        # The healthy lanes' count and widest width are registers beside ``lanes_ok``, worked
        # out from its next value (the width change and the switch compare against them).
        lanes_ok_next = Signal(max_lanes)
        m.d.comb += lanes_ok_next.eq(lanes_ok)
        next_count, next_widest = self._widest(m, lanes_ok_next, "ok_next")
        ok_count = Signal(range(max_lanes + 1), init=max_lanes)
        ok_widest = Signal(4, init=widest_width(max_lanes, max_lanes))
        m.d.sync += [lanes_ok.eq(lanes_ok_next), ok_count.eq(next_count),
                     ok_widest.eq(next_widest)]
        fresh = Signal(max_lanes)
        m.d.comb += fresh.eq(~self.lane_fail)
        _, fresh_widest = self._widest(m, fresh, "fresh")

        # --- lane map arithmetic ---------------------------------------------------------------
        # Active index of physical lane p = number of mapped lanes below it. Byte b is on lane p
        # iff p is mapped and its index equals b % width (b & (width - 1): widths are powers of
        # two), which also implies index < width.
        index = [Signal(range(max_lanes + 1), name=f"index{p}") for p in range(max_lanes)]
        for p in range(max_lanes):
            m.d.comb += index[p].eq(sum((lane_map[q] for q in range(p)), Const(0, 1)))
            m.d.comb += self.lanes_active[p].eq(lane_map[p] & (index[p] < width))
        wmask = Signal(3)
        m.d.comb += wmask.eq(width - 1)
        # Which lane carries which byte (b % 8) of a flit taken in this cycle. With two stages
        # or more the damage of a failing lane is put in between the first two, from registers
        # (``lane_fail`` and these, a cycle later: the map and the width cannot change in the
        # cycle after a flit is taken, as a switch takes a cycle of its own); with one stage it
        # is put in before it.
        late = self._latency >= 2
        carries = [Cat(lane_map[p] & (index[p] == (Const(c, 3) & wmask)) for c in range(8))
                   for p in range(max_lanes)]
        fail = self.lane_fail
        if late:
            carries_r = [Signal(8, name=f"carries{p}") for p in range(max_lanes)]
            fail_r = Signal.like(self.lane_fail)
            m.d.sync += [c.eq(x) for c, x in zip(carries_r, carries, strict=True)]
            m.d.sync += fail_r.eq(self.lane_fail)
            carries, fail = carries_r, fail_r
        bad_byte = Signal(flit_bytes)
        for b in range(flit_bytes):
            m.d.comb += bad_byte[b].eq(Cat(fail[p] & carries[p][b % 8]
                                           for p in range(max_lanes)).any())
        damage = Cat(Mux(bad_byte[b], Const(LANE_FAIL_XOR, 8), Const(0, 8))
                     for b in range(flit_bytes))
        corrupted = Signal(8 * flit_bytes)
        m.d.comb += corrupted.eq(self.i.payload.data if late else self.i.payload.data ^ damage)

        # --- input pacing ----------------------------------------------------------------------
        boundary = Signal()
        m.d.comb += boundary.eq(~training & (slot == 0))
        # A switch (new lane map and/or width) happens at a flit boundary and takes that cycle.
        remap = Signal()
        m.d.comb += remap.eq(lanes_ok != lane_map)
        change_due = Signal()
        m.d.comb += change_due.eq((status == WidthChangeStatus.IN_PROGRESS) & answered)
        switch = Signal()
        m.d.comb += switch.eq(boundary & (remap | change_due))
        m.d.comb += self.i.ready.eq(boundary & (width != 0) & ~switch)
        accept = Signal()
        m.d.comb += accept.eq(self.i.valid & self.i.ready)

        # --- pipeline --------------------------------------------------------------------------
        stage_valid = Signal(self._latency)
        stages = [Signal(layout, name=f"stage{k}") for k in range(self._latency)]
        m.d.sync += [
            stage_valid[0].eq(accept),
            stages[0].data.eq(corrupted),
            stages[0].ctl.eq(self.i.payload.ctl),
            stages[0].err.eq(self.i.payload.err),
        ]
        for k in range(1, self._latency):
            m.d.sync += [stage_valid[k].eq(stage_valid[k - 1]), stages[k].eq(stages[k - 1])]
        if late:
            m.d.sync += stages[1].data.eq(stages[0].data ^ damage)
        last_valid = stage_valid[self._latency - 1]
        m.d.comb += [
            self.o.payload.eq(stages[self._latency - 1]),
            self.o.valid.eq(last_valid & ~training),
            self.flits.eq(last_valid & ~training),
            self.overrun.eq(last_valid & ~training & ~self.o.ready),
            self.retrain_drops.eq(last_valid & training),
        ]

        # --- lane failure detection ------------------------------------------------------------
        fail_counts = [Signal(range(self._lane_detect), name=f"fail_count{p}")
                       for p in range(max_lanes)]

        # --- control ---------------------------------------------------------------------------
        m.d.sync += self.lane_changes.eq(0)
        with m.If(self.retrain):
            # Retraining (re)starts from the next cycle. The flit taken in this cycle (if any)
            # is in flight and will be dropped with the others.
            m.d.sync += [training.eq(1), train_count.eq(0), slot.eq(0)]
            with m.If(status == WidthChangeStatus.IN_PROGRESS):
                m.d.sync += status.eq(WidthChangeStatus.NAK)
            with m.If(self.width_req & (status != WidthChangeStatus.IN_PROGRESS)):
                m.d.sync += status.eq(WidthChangeStatus.NAK)
        with m.Elif(training):
            with m.If(self.width_req & (status != WidthChangeStatus.IN_PROGRESS)):
                m.d.sync += status.eq(WidthChangeStatus.NAK)
            m.d.sync += train_count.eq(train_count + 1)
            with m.If(train_count == self._train_cycles - 1):
                # End of training: re-test the lanes (a repaired lane comes back here).
                m.d.sync += [
                    training.eq(0),
                    lane_map.eq(fresh),
                    width.eq(Mux(configured < fresh_widest, configured, fresh_widest)),
                    self.lane_changes.eq(fresh != lane_map),
                ]
                m.d.sync += [count.eq(0) for count in fail_counts]
                m.d.comb += lanes_ok_next.eq(fresh)
        with m.Else():
            # Lane failure detection: lane_detect consecutive failing cycles drop the lane.
            for p in range(max_lanes):
                with m.If(self.lane_fail[p] & lanes_ok[p]):
                    with m.If(fail_counts[p] == self._lane_detect - 1):
                        m.d.sync += fail_counts[p].eq(0)
                        m.d.comb += lanes_ok_next[p].eq(0)
                    with m.Else():
                        m.d.sync += fail_counts[p].eq(fail_counts[p] + 1)
                with m.Else():
                    m.d.sync += fail_counts[p].eq(0)

            # Lane pacing: a taken flit occupies the lanes for 8 // width cycles.
            with m.If(accept):
                m.d.sync += slot.eq(Mux(width[3], 0, Mux(width[2], 1, Mux(width[1], 3, 7))))
            with m.Elif(slot != 0):
                m.d.sync += slot.eq(slot - 1)

            # Width change request (QDLWS-like handshake with the far-end model).
            with m.If(self.width_req & (status != WidthChangeStatus.IN_PROGRESS)):
                valid_target = Signal()
                m.d.comb += valid_target.eq(Cat(
                    self.target_width == w for w in LANE_WIDTHS if w <= max_lanes).any()
                    & (self.target_width <= ok_count) & (width != 0))
                with m.If(valid_target):
                    m.d.sync += [
                        status.eq(WidthChangeStatus.IN_PROGRESS),
                        target.eq(self.target_width),
                        answered.eq(0),
                        silent.eq(self.far_silent),
                        ack_delay.eq(self.far_ack_delay),
                        waited.eq(0),
                    ]
                with m.Else():
                    m.d.sync += status.eq(WidthChangeStatus.NAK)
            with m.Elif((status == WidthChangeStatus.IN_PROGRESS) & ~answered):
                with m.If(~silent & (waited == ack_delay)):
                    m.d.sync += answered.eq(1)
                with m.Elif(waited >= timeout - 1):
                    m.d.sync += status.eq(WidthChangeStatus.TIMEOUT)
                with m.Else():
                    m.d.sync += waited.eq(waited + 1)

            # The switch: new lane map and width, at a flit boundary.
            with m.If(switch):
                new_configured = Signal(4)
                m.d.comb += new_configured.eq(configured)
                with m.If(change_due):
                    with m.If(target <= ok_count):
                        m.d.comb += new_configured.eq(target)
                        m.d.sync += status.eq(WidthChangeStatus.DONE)
                    with m.Else():
                        m.d.sync += status.eq(WidthChangeStatus.NAK)
                m.d.sync += [
                    configured.eq(new_configured),
                    lane_map.eq(lanes_ok),
                    width.eq(Mux(new_configured < ok_widest, new_configured, ok_widest)),
                    self.lane_changes.eq(remap),
                ]
        return m
