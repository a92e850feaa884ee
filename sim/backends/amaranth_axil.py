"""AXI4-Lite master and protocol monitor for amaranth.sim testbenches.

The master drives one access at a time with independently chosen delays for each channel
(AW vs W order, response backpressure), samples handshakes at the clock edge, and checks the
slave's side of the protocol as it goes: a response only after its request was accepted, and
responses held stable while the master stalls them. :func:`axil_monitor` counts every
handshake, so a test can assert that every accepted address got exactly one response.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AxilTiming:
    """Cycle delays of one access, counted from the first cycle of the access.

    ``aw``/``w``/``ar``: cycle at which the master raises the valid; ``resp``: cycle at which it
    raises ``bready``/``rready`` (before that, the response is backpressured).
    """

    aw: int = 0
    w: int = 0
    ar: int = 0
    resp: int = 0

    @classmethod
    def random(cls, rng, max_delay=3):
        return cls(aw=rng.randint(0, max_delay), w=rng.randint(0, max_delay),
                   ar=rng.randint(0, max_delay), resp=rng.randint(0, max_delay + 2))


class ProtocolError(AssertionError):
    pass


async def axil_write(ctx, bus, addr, data, strb=0xF, timing=None, *, max_cycles=200):
    """One write; returns BRESP. Raises ProtocolError on a slave-side protocol violation."""
    t = timing or AxilTiming()
    aw_done = w_done = False
    held = None  # (bresp) of a stalled response
    ctx.set(bus.awaddr, addr)
    ctx.set(bus.wdata, data)
    ctx.set(bus.wstrb, strb)
    for cycle in range(max_cycles):
        ctx.set(bus.awvalid, not aw_done and cycle >= t.aw)
        ctx.set(bus.wvalid, not w_done and cycle >= t.w)
        ctx.set(bus.bready, cycle >= t.resp)
        _, _, awv, awr, wv, wr, bv, br, bresp = await ctx.tick().sample(
            bus.awvalid, bus.awready, bus.wvalid, bus.wready, bus.bvalid, bus.bready, bus.bresp)
        if held is not None and (not bv or bresp != held):
            raise ProtocolError(f"write 0x{addr:x}: B response changed while stalled")
        if bv and not (aw_done and w_done):
            raise ProtocolError(f"write 0x{addr:x}: BVALID before AW and W were accepted")
        aw_done |= bool(awv and awr)
        w_done |= bool(wv and wr)
        if bv and br:
            break
        held = bresp if bv else None
    else:
        raise ProtocolError(f"write 0x{addr:x}: no response within {max_cycles} cycles")
    for sig in (bus.awvalid, bus.wvalid, bus.bready):
        ctx.set(sig, 0)
    return bresp


async def axil_read(ctx, bus, addr, timing=None, *, max_cycles=200):
    """One read; returns ``(rdata, rresp)``. Raises ProtocolError on a violation."""
    t = timing or AxilTiming()
    ar_done = False
    held = None
    ctx.set(bus.araddr, addr)
    for cycle in range(max_cycles):
        ctx.set(bus.arvalid, not ar_done and cycle >= t.ar)
        ctx.set(bus.rready, cycle >= t.resp)
        _, _, arv, arr, rv, rr, rdata, rresp = await ctx.tick().sample(
            bus.arvalid, bus.arready, bus.rvalid, bus.rready, bus.rdata, bus.rresp)
        if held is not None and (not rv or (rdata, rresp) != held):
            raise ProtocolError(f"read 0x{addr:x}: R response changed while stalled")
        if rv and not ar_done:
            raise ProtocolError(f"read 0x{addr:x}: RVALID before AR was accepted")
        ar_done |= bool(arv and arr)
        if rv and rr:
            break
        held = (rdata, rresp) if rv else None
    else:
        raise ProtocolError(f"read 0x{addr:x}: no response within {max_cycles} cycles")
    ctx.set(bus.arvalid, 0)
    ctx.set(bus.rready, 0)
    return rdata, rresp


@dataclass
class HandshakeCounts:
    aw: int = 0
    w: int = 0
    b: int = 0
    ar: int = 0
    r: int = 0
    errors: list = field(default_factory=list)


def axil_monitor(bus, counts: HandshakeCounts):
    """Background testbench counting handshakes on every channel at every edge.

    Records an error if a response handshake ever outnumbers the requests before it (a
    response without a request, or two responses for one request).
    """

    async def monitor(ctx):
        async for _clk, _rst, awv, awr, wv, wr, bv, br, arv, arr, rv, rr in ctx.tick().sample(
                bus.awvalid, bus.awready, bus.wvalid, bus.wready, bus.bvalid, bus.bready,
                bus.arvalid, bus.arready, bus.rvalid, bus.rready):
            counts.aw += awv & awr
            counts.w += wv & wr
            counts.b += bv & br
            counts.ar += arv & arr
            counts.r += rv & rr
            if counts.b > min(counts.aw, counts.w) or counts.r > counts.ar:
                counts.errors.append(f"response without request: {counts}")

    return monitor
