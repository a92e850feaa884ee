"""The shared pyuvm pieces (driver, monitor, scoreboard, coverage) on a real packet stream."""

from __future__ import annotations

import pytest
from amaranth.lib import data

from sim.runner import run


def _fifo(data_bytes: int, depth: int):
    from hdl_py.lib.fifo import StreamFIFO
    from hdl_py.lib.stream import packet_layout

    return StreamFIFO(shape=packet_layout(data_bytes, data.StructLayout({"vl": 4})), depth=depth)


@pytest.mark.cocotb
@pytest.mark.xdist_group("uvm_common")
@pytest.mark.parametrize("data_bytes,depth", [(8, 4), (32, 16)])
def test_stream_env(data_bytes, depth):
    run(f"stream_fifo_{data_bytes}_{depth}", _fifo, "tb.lib.stream_env",
        {"data_bytes": data_bytes, "depth": depth})
