"""Every synthesizable top OpenUB emits, with its default parameters.

``make rtl`` writes one Verilog file per entry into ``rtl/`` and ``make lint`` lints each.
A block issue adds its top here (name -> factory returning the component).
"""

from __future__ import annotations

from collections.abc import Callable


def _controller_shell(**kw):
    from hdl_py.controller.shell import ControllerShell

    return ControllerShell(**kw)


def _dll_endpoint(**kw):
    from hdl_py.link.dll_endpoint import DllEndpoint

    return DllEndpoint(**kw)


#: The spec endpoint in a small configuration (a switch carries one per port).
DLL_ENDPOINT_SMALL = {"vls": 2, "mtu": 4096, "queue_beats": 160, "retry_depth": 256,
                      "vl_flits": 256}


def _dll_regs():
    """The spec endpoint's registers: dll.rdl's bank with its inputs registered, as in
    DllEndpoint (its Fmax on its own, without the 16-minute endpoint build)."""
    from hdl_py.link.dll_endpoint import DllRegisters

    return DllRegisters()


def _lib(kind):
    """Shared gateware at default parameters, emitted and linted on its own as well."""
    def make():
        from hdl_py.lib import arbiter, crc, credit, fifo, skid, stream

        layout = stream.packet_layout(32)
        return {
            "skid": lambda: skid.SkidBuffer(layout),
            "stream_fifo": lambda: fifo.StreamFIFO(shape=layout, depth=16),
            "packet_fifo": lambda: fifo.PacketFIFO(depth=64, data_bytes=32),
            "credit": lambda: credit.CreditCounter(max_credits=63),
            "rr_arbiter": lambda: arbiter.RoundRobinArbiter(count=8),
            "crc32": lambda: crc.StreamCRC(data_bytes=32),
        }[kind]()
    return make


def _link_part(kind):
    """Parts of the spec data link (UB Base Specification 2.0), emitted and linted on their own
    until the endpoint carries them."""
    def make():
        from hdl_py.link import (
            deframer,
            dll_credit,
            dll_link,
            dll_queue,
            dll_rx,
            dll_sm,
            dll_tx,
            dllcb_tx,
            framer,
            retry_buffer,
            retry_sm,
            rx_parser,
        )
        return {
            "dllcb_tx": lambda: dllcb_tx.DllcbSender(),
            "dll_sm": lambda: dll_sm.DllStateMachine(),
            "tx_credit": lambda: dll_credit.TxCredit(us_cycles=100),
            "credit_return": lambda: dll_credit.CreditReturn(),
            "tx": lambda: dll_tx.DllTx(us_cycles=100),
            "rx": lambda: dll_rx.DllRx(us_cycles=100),
            "dll": lambda: dll_link.DllLink(us_cycles=100),
            "dll_queues": lambda: dll_queue.DllTxQueues(),
            "retry_buffer": lambda: retry_buffer.RetryBuffer(depth=512),
            "retry_sm": lambda: retry_sm.RetryReqSm(us_cycles=100),
            "retry_ack_sm": lambda: retry_sm.RetryAckSm(),
            "rx_parser": lambda: rx_parser.DllRxParser(),
            "framer": lambda: framer.DlldpFramer(data_bytes=32),
            "deframer": lambda: deframer.DlldpDeframer(data_bytes=32),
            "plength": lambda: framer.PlengthCalc(),
        }[kind]()
    return make


TOPS: dict[str, Callable] = {
    "openub_controller_shell": _controller_shell,
    "openub_dll_endpoint": _dll_endpoint,
    "openub_dll_endpoint_small": lambda: _dll_endpoint(**DLL_ENDPOINT_SMALL),
    "openub_dll_regs": _dll_regs,
    **{f"openub_link_{k}": _link_part(k) for k in ("framer", "deframer", "plength",
                                                  "rx_parser", "retry_buffer", "retry_sm",
                                                  "retry_ack_sm", "dllcb_tx", "dll_sm",
                                                  "tx_credit", "credit_return", "tx", "rx",
                                                  "dll", "dll_queues")},
    **{f"openub_lib_{k}": _lib(k) for k in ("skid", "stream_fifo", "packet_fifo", "credit",
                                            "rr_arbiter", "crc32")},
}
