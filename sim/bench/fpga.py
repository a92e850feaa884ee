"""FPGA bench: ECP5-85k resources and Fmax of every synthesizable top (``make fpga``)."""

from __future__ import annotations

import json
from pathlib import Path

from sim.bench import bench


@bench("fpga")
def fpga_bench(sim=None):
    """LUT4, FF, block RAM (DP16KD), DSP and Fmax at 100 MHz per top of sim.tops, ECP5-85k.

    Runs :func:`sim.fpga.synth_top` for each top (a result whose Verilog, constraint and tool
    versions are unchanged is reused from ``build/fpga/<top>.json``). Keys ``<top>_lut4``,
    ``<top>_ff``, ``<top>_ebr``, ``<top>_dsp``, ``<top>_fmax_mhz``, ``<top>_meets_100mhz``;
    the tool versions as ``*_version`` strings. The baseline of each Fmax is the 100 MHz
    target; the device has 83,640 LUT4 and 208 DP16KD (``device_*``).
    """
    from sim.fpga import OUT, synth_top, tool_versions
    from sim.tops import TOPS

    versions = tool_versions()
    figures = {f"{k.replace('-', '_')}_version": v for k, v in versions.items()}
    figures.update({"device_lut4": 83640, "device_ebr": 208, "constraint_mhz": 100.0})
    rows = []
    for name in sorted(TOPS):
        r = synth_top(name, freq_mhz=100.0, versions=versions)
        for k in ("lut4", "ff", "ebr", "dsp", "fmax_mhz"):
            figures[f"{name}_{k}"] = r[k]
        figures[f"{name}_meets_100mhz"] = int(r["fmax_mhz"] >= 100.0)
        rows.append((name.removeprefix("openub_"), r["fmax_mhz"], r["lut4"]))
    for board_json in sorted(OUT.glob("board-*/board.json")):
        # a bitstream made by `make fpga BOARD=...` (the bench does not build boards)
        info = json.loads(board_json.read_text())
        if Path(info["bitstream"]).exists():
            figures[f"board_{info['board'].replace('-', '_')}_bitstream_bytes"] = info["bytes"]

    def plot(ax):
        names = [n for n, _, _ in rows]
        ax.barh(names, [f for _, f, _ in rows])
        ax.axvline(100.0, color="k", linestyle="--", label="100 MHz target")
        for i, (_, f, lut) in enumerate(rows):
            ax.text(f, i, f" {f:.0f} MHz, {lut} LUT4", va="center", fontsize=7)
        ax.set_xlabel("Fmax after place and route (MHz), ECP5-85k, yowasp nextpnr-ecp5")
        ax.legend(loc="lower right")

    return figures, plot
