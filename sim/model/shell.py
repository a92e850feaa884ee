"""Reference model of the controller shell (``hdl_py.controller.shell.ControllerShell``).

Transaction-level: each register access takes effect at once, as seen by a bus master that
waits for each response (which is how firmware and the AXI4-Lite BFMs use the shell). It is the
scoreboard of the shell's cocotb tests and the register model behind the model backend.
"""

from __future__ import annotations

from hdl_py.regs import compile_rdl
from sim.model.csr import CSRModel, wire_controller_shell


class ShellModel:
    """The shell's registers with the same parameters as the gateware.

    Parameters mirror :class:`~hdl_py.controller.shell.ControllerShell`.
    """

    def __init__(self, *, num_vls: int = 4, stream_bytes: int = 32, flit_bytes: int = 20,
                 num_ext_events: int = 16, addr_width: int = 12):
        self.num_ext_events = num_ext_events
        self.csr = wire_controller_shell(CSRModel(compile_rdl("controller"),
                                                  addr_width=addr_width))
        self.csr.hw_set("CAPABILITY", "num_vls", num_vls)
        self.csr.hw_set("CAPABILITY", "stream_bytes", stream_bytes)
        self.csr.hw_set("CAPABILITY", "flit_bytes", flit_bytes)
        self.csr.hw_set("CAPABILITY", "num_ext_events", num_ext_events)

    def read(self, addr: int) -> tuple[int, int]:
        return self.csr.read(addr)

    def write(self, addr: int, value: int, strb: int = 0xF) -> int:
        return self.csr.write(addr, value, strb)

    def ext_event(self, bits: int) -> None:
        """External event inputs pulse ``bits`` (bit i is input i)."""
        if not 0 <= bits < (1 << self.num_ext_events):
            raise ValueError(f"event bits 0x{bits:x} beyond {self.num_ext_events} inputs")
        self.csr.hw_next("EVENT_STATUS", "ext", bits)

    def get(self, reg: str, field: str) -> int:
        return self.csr.get(reg, field)

    @property
    def irq(self) -> bool:
        return bool(self.csr.irq)
