"""The path estimate of a synthesized netlist (``sim.fpga_paths``), on netlists made by hand."""

from __future__ import annotations

import json

import pytest

from sim import fpga
from sim import fpga_paths as fp


def _cell(kind, ins, outs):
    conns = {**ins, **outs}
    dirs = {**{p: "input" for p in ins}, **{p: "output" for p in outs}}
    return {"type": kind, "connections": conns, "port_directions": dirs, "parameters": {}}


def _netlist(cells, nets):
    return {"modules": {"t": {"cells": cells, "netnames": {
        n: {"bits": [b], "hide_name": 0} for n, b in nets.items()}}}}


def _ff(d, q):
    return _cell("TRELLIS_FF", {"CLK": [1], "DI": [d]}, {"Q": [q]})


def test_two_luts_between_registers_add_up_exactly():
    # r0 -> LUT4 (on input A) -> LUT4 (on input D) -> r1
    cells = {"r0": _ff(20, 10), "l0": _cell("LUT4", {"A": [10]}, {"Z": [11]}),
             "l1": _cell("LUT4", {"D": [11]}, {"Z": [12]}), "r1": _ff(12, 20)}
    rows = fp.analyse(_netlist(cells, {"a": 10, "b": 11, "c": 12, "q": 20}), "t")
    worst = rows[0]
    want = fp.FF_CLK_Q + 3 * fp.ROUTE_NS + fp.LUT4_PIN["A"] + fp.LUT4_PIN["D"] + fp.FF_SETUP
    assert worst["ns"] == pytest.approx(round(want, 2))
    assert worst["path"] == ["a", "b", "c"] and worst["end"] == "r1.DI"
    assert worst["levels"] == 2


def test_carry_chain_has_no_route_and_a_block_ram_starts_late():
    # a 3-cell carry chain from a register, and a block RAM's output into a register
    cells = {
        "r0": _ff(40, 10),
        "c0": _cell("CCU2C", {"A0": [10], "CIN": ["0"]}, {"COUT": [11]}),
        "c1": _cell("CCU2C", {"CIN": [11]}, {"COUT": [12]}),
        "c2": _cell("CCU2C", {"CIN": [12]}, {"S0": [13]}),
        "r1": _ff(13, 40),
        "ram": _cell("DP16KD", {"CLKA": [1]}, {"DOA0": [30]}),
        "r2": _ff(30, 41),
    }
    rows = {r["end"]: r for r in fp.analyse(
        _netlist(cells, {"a": 10, "c1": 11, "c2": 12, "s": 13, "d": 30}), "t")}
    carry = (fp.FF_CLK_Q + fp.ROUTE_NS + fp.CCU2C_ARCS[("A0", "COUT")]
             + 2 * fp.LOCAL_NS + fp.CCU2C_ARCS[("CIN", "COUT")] + fp.CCU2C_ARCS[("CIN", "S0")]
             + fp.ROUTE_NS + fp.FF_SETUP)
    assert rows["r1.DI"]["ns"] == pytest.approx(round(carry, 2))
    assert rows["r2.DI"]["ns"] == pytest.approx(round(fp.EBR_CLK_Q + fp.ROUTE_NS + fp.FF_SETUP,
                                                      2))
    # sorted worst first, and a top-level input is not timed
    assert list(rows) == sorted(rows, key=lambda e: -rows[e]["ns"])


def test_inputs_of_the_top_are_not_timed():
    cells = {"l0": _cell("LUT4", {"A": [5]}, {"Z": [6]}), "r0": _ff(6, 7)}
    assert fp.analyse(_netlist(cells, {"i": 5, "z": 6, "q": 7}), "t") == []


def test_derived_names_name_their_signal():
    assert fp._seed("link.tx.in_cb_TRELLIS_FF_Q_CE_LUT4_D_Z[2]") == "link.tx.in_cb"
    assert fp._seed("queues.b_send[3]") == "queues.b_send"


@pytest.mark.xdist_group("fpga")
def test_a_real_netlist_is_read(tmp_path, monkeypatch):
    """yosys's netlist of the credit counter: its counter's carry path is found."""
    monkeypatch.setattr(fpga, "OUT", tmp_path)
    work, _, _ = fpga.synth_netlist("openub_lib_credit")
    rows = fp.analyse(json.loads((work / "openub_lib_credit.netlist.json").read_text()),
                      "openub_lib_credit")
    assert rows and all(r["ns"] > fp.FF_CLK_Q + fp.FF_SETUP for r in rows)
    assert rows[0]["ns"] >= rows[-1]["ns"]
