"""The firmware's register layer: PeakRDL-generated classes on top of a :class:`RegisterBus`.

``python -m hdl_py.regs.generate`` writes one package per register block into
``firmware/regs_gen/<block>/`` from ``hdl_py/regs/<block>.rdl`` (addrmap ``openub_<block>``).
:func:`register_layer` plugs a :class:`firmware.bus.RegisterBus` into its async callbacks, so
``await regs.SCRATCH.value.read()`` becomes a bus read on whichever backend the bus is.

Note: the generated ``write_fields`` does a read-modify-write; for write-one-to-clear registers
(``EVENT_STATUS``) write the register value directly so only the intended bits are cleared.
"""

from __future__ import annotations

import importlib

from firmware.bus import RegisterBus


def register_layer(block: str, bus: RegisterBus):
    """Return the generated register model of ``block`` driving ``bus``.

    The generated packages import the installed ``peakrdl_python`` runtime (pinned in
    pyproject.toml; the package refuses to import under any other version).
    """
    pkg = f"firmware.regs_gen.{block}"
    try:
        lib = importlib.import_module("peakrdl_python.lib")
        mod = importlib.import_module(f"{pkg}.reg_model.openub_{block}")
    except ImportError as e:
        raise ImportError(f"no generated register layer for block {block!r} ({e}); "
                          f"run `make regs`") from e

    async def read(addr: int, width: int, accesswidth: int) -> int:
        if width != 32 or accesswidth != 32:
            raise ValueError(f"{block}: only 32-bit register accesses exist (got {width})")
        return await bus.read(addr)

    async def write(addr: int, width: int, accesswidth: int, data: int) -> None:
        if width != 32 or accesswidth != 32:
            raise ValueError(f"{block}: only 32-bit register accesses exist (got {width})")
        await bus.write(addr, data)

    cls = getattr(mod, f"openub_{block}_cls")
    return cls(callbacks=lib.AsyncCallbackSet(read_callback=read, write_callback=write))
