"""Verilator builds: what is public, the configuration file, and the build record."""

from __future__ import annotations

import json

import pytest

from sim.runner import (
    COCOTB_DEFAULT_BUILD,
    build,
    emit_verilog,
    module_probes,
    run,
    top_ports,
    verilator_config,
)


def _shell(**kw):
    from hdl_py.controller.shell import ControllerShell

    return ControllerShell(**kw)


def _text():
    return emit_verilog(_shell(num_ext_events=2), "shellp")


def test_top_ports_are_the_module_ports():
    ports = top_ports(_text(), "shellp")
    assert {"clk", "rst", "irq", "ext_events", "axil__rdata", "axil__awaddr"} <= set(ports)
    assert "bank" not in ports and len(ports) == len(set(ports))
    with pytest.raises(ValueError, match="module 'nope'"):
        top_ports(_text(), "nope")


def test_config_lists_ports_and_probes_only():
    cfg = verilator_config(_text(), "shellp", ["bank.hw__SCRATCH__value__q"])
    lines = cfg.splitlines()
    assert lines[0] == "`verilator_config"
    assert 'public_flat_rw -module "shellp" -var "irq"' in lines
    assert 'public_flat_rw -module "shellp.bank" -var "hw__SCRATCH__value__q"' in lines
    assert not any('-var "*"' in line for line in lines)
    assert len([x for x in lines if x.startswith("public_flat_rw")]) == \
        len(top_ports(_text(), "shellp")) + 1


def test_bad_probe_is_refused_before_a_build():
    with pytest.raises(ValueError, match="no module 'shellp.nowhere'"):
        verilator_config(_text(), "shellp", ["nowhere.x"])
    with pytest.raises(ValueError, match="no signal 'missing'"):
        verilator_config(_text(), "shellp", ["bank.missing"])


def test_module_probes_read_without_import():
    assert module_probes("tb.sim.probes") == ("bank.hw__SCRATCH__value__q",)
    assert module_probes("tb.controller.demo") == ()


@pytest.mark.cocotb
@pytest.mark.xdist_group("probes")
@pytest.mark.parametrize("public", [False, True], ids=["project", "public_flat_rw"])
def test_probe_visible_and_rest_hidden(public, tmp_path):
    """The project's build: ports + probes public, the rest hidden; cocotb's: everything."""
    how = COCOTB_DEFAULT_BUILD if public else None
    run("shell_probes", _shell, "tb.sim.probes", {}, sim="verilator", how=how,
        extra_env={"OPENUB_EXPECT_PUBLIC_FLAT_RW": "1" if public else "0"}, test_dir=tmp_path,
        log_file=tmp_path / "sim.log")
    _, build_dir = build("shell_probes", _shell, {}, sim="verilator", how=how,
                         probes=module_probes("tb.sim.probes"))
    info = json.loads((build_dir / "build.json").read_text())
    assert info["public_flat_rw"] is public and info["cpp_bytes"] > 0 and info["seconds"] > 0
    verilate, make = info["commands"]
    assert ("--public-flat-rw" in verilate.split()) is public
    assert ("public.vlt" in verilate) is not public
    assert make.split()[0] == "make"
    # A second run reuses the stamped build (no Verilator call) and still runs the tests.
    stamp = (build_dir / ".built").stat().st_mtime_ns
    run("shell_probes", _shell, "tb.sim.probes", {}, sim="verilator", how=how,
        extra_env={"OPENUB_EXPECT_PUBLIC_FLAT_RW": "1" if public else "0"},
        test_dir=tmp_path / "again", log_file=tmp_path / "sim2.log")
    assert (build_dir / ".built").stat().st_mtime_ns == stamp
