"""The sender's retry buffer (UB Base Specification 2.0, E4 §4.7.3.2), in gateware.

Every block the link sends except Null and Retry Blocks is backed up here, flit by flit, at
``WrPtr``; the peer's ACKs free the oldest flits (``TailPtr``); a Retry_Req_Set's ``RcvPtr``
starts a resend from that flit (``RdPtr``) up to ``WrPtr``. ``NumFreeBuf`` is the free space. The
arithmetic is exactly :class:`sim.model.dll.RetryBuffer`'s, modulo the depth ``D`` (2.0: the
buffer is RETRY_BUF_DEPTH flits, indices 0..D-1):

* a write needs ``NumFreeBuf >= 1``: ``WrPtr = (WrPtr + 1) mod D``, ``NumFreeBuf -= 1``;
* ``release`` of ``n`` flits: if ``NumFreeBuf + n <= D``, ``NumFreeBuf += n`` and
  ``TailPtr = (TailPtr + n) mod D`` (``release_ok`` says so in that cycle); otherwise
  ``ack_overflow`` pulses (DL Protocol Error, E4 §4.8.2) and nothing changes;
* ``replay`` from ``rcv_ptr``: the flits ``rcv_ptr .. WrPtr - 1`` come out on ``rd`` in order. A
  ``rcv_ptr`` outside ``TailPtr .. WrPtr`` (a flit already freed, or never sent) pulses
  ``rcv_ptr_err`` and nothing is resent (OpenUB: the text does not say; the receiver's next
  request, or its retry thresholds, decide what follows). The check is of the pointers in the
  cycle of ``replay``; ``rcv_ptr_err``, ``replaying`` and the resend come from the cycle after
  (the check is registered).

The writer keeps to ``num_free_buf`` before starting a block (a block is sent only when it fits,
E4 §4.7.3.2.2); ``wr.ready`` is low only when the buffer is full. Writes and a resend do not
overlap: the transmitter sends nothing new while it resends (a write during a resend is
refused). With the buffer completely full, ``TailPtr == WrPtr`` and a ``rcv_ptr`` equal to both
names nothing to resend (as in the model); the transmitter keeps ``NumFreeBuf >= 1`` so that
case never arises. Each stored flit keeps its ``sob``/``eob`` marks, so the resend can be
interleaved with DLLCBs at block boundaries. The flits live in one
:class:`amaranth.lib.memory.Memory` (block RAM on an FPGA) with a registered read port.
"""

from amaranth.hdl import Module, Mux, Signal, signed
from amaranth.lib import data, memory, stream, wiring
from amaranth.lib.wiring import In, Out
from amaranth.utils import ceil_log2

from hdl_py.proto.dll import PTR_BITS

from .crc30 import FLIT_BITS

__all__ = ["RetryBuffer", "backed_up_flit_layout"]


def backed_up_flit_layout():
    return data.StructLayout({"data": FLIT_BITS, "sob": 1, "eob": 1})


class RetryBuffer(wiring.Component):
    """Parameters: ``depth`` (flits, 2..65535) and ``release_bits`` (width of one release)."""

    def __init__(self, *, depth=512, release_bits=12):
        if not isinstance(depth, int) or not 2 <= depth <= (1 << PTR_BITS) - 1:
            raise ValueError(f"depth must be 2..65535 flits, not {depth!r}")
        self._depth = depth
        pw = PTR_BITS
        super().__init__({
            "wr": In(stream.Signature(backed_up_flit_layout())),
            "release": In(1), "release_flits": In(release_bits),
            "replay": In(1), "rcv_ptr": In(pw),
            "rd": Out(stream.Signature(backed_up_flit_layout())),
            "replaying": Out(1),
            # a resend starts again from a new RcvPtr: the flits read before it are dropped
            "restart": Out(1),
            "ack_overflow": Out(1), "rcv_ptr_err": Out(1), "release_ok": Out(1),
            "wr_ptr": Out(pw), "tail_ptr": Out(pw), "rd_ptr": Out(pw),
            "num_free_buf": Out(ceil_log2(depth + 1)),
            "clear": In(1),
        })

    @property
    def depth(self):
        return self._depth

    def elaborate(self, platform):
        m = Module()
        depth = self._depth
        layout = backed_up_flit_layout()
        m.submodules.mem = mem = memory.Memory(shape=layout, depth=depth, init=[])
        wp = mem.write_port()
        rp = mem.read_port(transparent_for=())

        wr_ptr, tail_ptr, rd_ptr = self.wr_ptr, self.tail_ptr, self.rd_ptr
        free_r = Signal(range(depth + 1), init=depth)
        m.d.comb += self.num_free_buf.eq(free_r)

        def inc(ptr):
            return Mux(ptr == depth - 1, 0, ptr + 1)

        # -- writes --
        replaying = Signal()
        start = Signal()              # a replay was asked for in the cycle before
        m.d.comb += [
            self.replaying.eq(replaying | start),
            self.wr.ready.eq((free_r != 0) & ~self.replaying),
            wp.addr.eq(wr_ptr), wp.data.eq(self.wr.payload),
            wp.en.eq(self.wr.valid & self.wr.ready),
        ]
        write = self.wr.valid & self.wr.ready

        # -- release (ACK) --
        # The flits kept (D - NumFreeBuf) are counted in a register beside NumFreeBuf: a release
        # fits when it is at most that (one compare), and the new TailPtr is chosen between
        # TailPtr + n and TailPtr + n - D, both added at once.
        kept = Signal(range(depth + 1))
        n = self.release_flits
        release = Signal()
        m.d.comb += [
            release.eq(self.release & (n <= kept)), self.release_ok.eq(release),
            self.ack_overflow.eq(self.release & (n > kept)),
        ]
        tail_sum = Signal(PTR_BITS + 1 + len(n))
        tail_wrap = Signal(signed(PTR_BITS + 2 + len(n)))
        m.d.comb += [tail_sum.eq(tail_ptr + n), tail_wrap.eq(tail_ptr + n - depth)]
        with m.If(release):
            m.d.sync += tail_ptr.eq(Mux(tail_wrap >= 0, tail_wrap, tail_sum))
        freed = Mux(release, n, 0)
        m.d.sync += [free_r.eq(free_r - write + freed), kept.eq(kept + write - freed)]
        with m.If(write):
            m.d.sync += wr_ptr.eq(inc(wr_ptr))

        # -- resend --
        # rcv_ptr is valid when (rcv_ptr - TailPtr) mod D <= D - NumFreeBuf (kept flits). The
        # check is made on the pointers as they are in the cycle of ``replay`` and registered;
        # the resend starts on it a cycle later (``replaying`` is high from the cycle after
        # ``replay``, and ``rcv_ptr_err`` pulses then).
        dist = Signal(PTR_BITS + 1)
        m.d.comb += dist.eq(Mux(self.rcv_ptr >= tail_ptr, self.rcv_ptr - tail_ptr,
                                self.rcv_ptr + depth - tail_ptr))
        ptr_ok = Signal()
        m.d.sync += [ptr_ok.eq((self.rcv_ptr < depth) & (dist <= kept)), start.eq(self.replay)]
        m.d.comb += [self.rcv_ptr_err.eq(start & ~ptr_ok), self.restart.eq(start & ptr_ok)]

        # Read pipeline: address -> registered memory output -> rd (one-entry output register,
        # with the read address advanced only when the output can take the next flit).
        out_ok = ~self.rd.valid | self.rd.ready
        fetch = Signal()
        m.d.comb += fetch.eq(replaying & (rd_ptr != wr_ptr) & out_ok)
        m.d.comb += [rp.addr.eq(rd_ptr), rp.en.eq(fetch)]
        fetched = Signal()
        m.d.sync += fetched.eq(fetch)
        # The memory's data appears the cycle after fetch; rd holds it until taken.
        held_flit = Signal(layout)
        held_valid = Signal()
        m.d.comb += [self.rd.valid.eq(held_valid | fetched),
                     self.rd.payload.eq(Mux(fetched, rp.data, held_flit))]
        with m.If(fetched & ~self.rd.ready):
            m.d.sync += [held_flit.eq(rp.data), held_valid.eq(1)]
        with m.Elif(self.rd.ready):
            m.d.sync += held_valid.eq(0)
        with m.If(fetch):
            m.d.sync += rd_ptr.eq(inc(rd_ptr))
        with m.If(replaying & (rd_ptr == wr_ptr) & ~fetched & ~self.rd.valid):
            m.d.sync += replaying.eq(0)
        with m.If(start & ptr_ok):
            m.d.sync += [rd_ptr.eq(self.rcv_ptr), replaying.eq(1), held_valid.eq(0),
                         fetched.eq(0)]
        with m.If(~replaying & ~start):
            m.d.sync += rd_ptr.eq(Mux(write, inc(wr_ptr), wr_ptr))

        with m.If(self.clear):
            # Entry to DLL_Disabled or link down (E4 §4.8.4): pointers 0, NumFreeBuf = D.
            m.d.sync += [wr_ptr.eq(0), tail_ptr.eq(0), rd_ptr.eq(0), free_r.eq(depth),
                         kept.eq(0), replaying.eq(0), start.eq(0), held_valid.eq(0),
                         fetched.eq(0)]
        return m
