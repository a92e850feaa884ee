"""Testbench helpers shared by the spec data link's tests: negotiated parameters and the
credit-return watermarks driven onto a part's ports."""

from sim.model import dll

__all__ = ["set_params", "set_watermarks", "hand_params", "put"]


def hand_params(*, cell=8, data_grain=4, ctrl_grain=1, data_ack_grain=32, ctrl_ack_grain=1,
                depth=512, vl_enable=0xFFFF):
    """:class:`sim.model.dll.DllParameters` with one grain for every VL."""
    return dll.DllParameters(
        feature_id=1, data_ack_grain=data_ack_grain, ctrl_ack_grain=ctrl_ack_grain,
        cell_flits=cell, vl_enable=vl_enable, ctrl_credit_grain=(ctrl_grain,) * 16,
        data_credit_grain=(data_grain,) * 16, share_allowed=False,
        peer_retry_buf_depth=depth, peer_packet_min_interval=1)


def set_params(ctx, port, params):
    """Drive a ``dll_params_layout`` port from :class:`~sim.model.dll.DllParameters` (the
    one-hot fields are the values themselves)."""
    ctx.set(port.data_ack_grain, params.data_ack_grain)
    ctx.set(port.ctrl_ack_grain, params.ctrl_ack_grain)
    ctx.set(port.flow_ctrl_size, params.cell_flits)
    ctx.set(port.vl_enable, params.vl_enable)
    ctx.set(port.peer_retry_buf_depth, params.peer_retry_buf_depth)
    for v in range(16):
        ctx.set(port.ctrl_credit_grain[v], params.ctrl_credit_grain[v])
        ctx.set(port.data_credit_grain[v], params.data_credit_grain[v])


def set_watermarks(ctx, dut, wm):
    """Drive CreditReturn's watermark ports from :class:`~sim.model.dll.ReturnWatermarks`."""
    for v in range(dut.vls):
        ctx.set(dut.crd_return[v], wm.crd_return[v])
        ctx.set(dut.crd_llcrd[v], wm.crd_llcrd[v])
    ctx.set(dut.ack_return, wm.ack_return)
    ctx.set(dut.ack_llcrd, wm.ack_llcrd)


async def put(ctx, stream, payload):
    """One handshake on ``stream``, waiting with plain ticks (for producers run in the
    background, which the end of the run may cut; ``stream_put`` waits with ``until``)."""
    ctx.set(stream.payload, payload)
    ctx.set(stream.valid, 1)
    while True:
        *_, ready = await ctx.tick().sample(stream.ready)
        if ready:
            break
    ctx.set(stream.valid, 0)
