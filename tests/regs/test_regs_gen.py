"""Generated software views of the registers: peakrdl-python layer, C header, docs, staleness."""

from __future__ import annotations

import asyncio
import importlib
import re
import shutil
import subprocess
import sys

import pytest

from hdl_py.regs import BLOCKS, compile_rdl, regmap_spec
from hdl_py.regs.generate import C_DIR, MD_DIR, PY_DIR, REPO_ROOT, check, outputs_of
from sim.model.csr import CSRModel


class BusError(Exception):
    pass


def callbacks_for(model, log, block="controller"):
    """An AsyncCallbackSet (of the installed peakrdl_python runtime, which every generated
    package imports) whose callbacks drive the CSR model."""
    from peakrdl_python.lib import AsyncCallbackSet

    async def read(addr, width, accesswidth):
        assert (width, accesswidth) == (32, 32)
        value, resp = model.read(addr)
        log.append(("r", addr))
        if resp:
            raise BusError(f"read 0x{addr:x}: resp {resp}")
        return value

    async def write(addr, width, accesswidth, data):
        assert (width, accesswidth) == (32, 32)
        resp = model.write(addr, data)
        log.append(("w", addr, data))
        if resp:
            raise BusError(f"write 0x{addr:x}: resp {resp}")

    return AsyncCallbackSet(read_callback=read, write_callback=write)


def test_generated_layer_on_the_model():
    from firmware.regs_gen.controller.reg_model import RegModel

    model = CSRModel(compile_rdl("controller"))
    log = []
    regs = RegModel(callbacks=callbacks_for(model, log))

    async def main():
        assert await regs.IDENT.magic.read() == 0x4F554231
        assert await regs.VERSION.read_fields() == {"major": 0, "minor": 1, "patch": 0}
        await regs.SCRATCH.write_fields(value=0xC0FFEE01)
        assert model.get("SCRATCH", "value") == 0xC0FFEE01
        assert await regs.SCRATCH.value.read() == 0xC0FFEE01
        model.hw_set("CAPABILITY", "flit_bytes", 20)
        assert (await regs.CAPABILITY.read_fields())["flit_bytes"] == 20
        # W1C: a whole-register write clears exactly the written 1s.
        model.hw_next("EVENT_STATUS", "ext", 0x00FF)
        model.hw_next("EVENT_STATUS", "sw_event", 1)
        await regs.EVENT_STATUS.write(0x000F00)
        assert await regs.EVENT_STATUS.read_fields() == {
            "decode_err": 0, "ro_write": 0, "sw_event": 1, "ext": 0x00F0}
        await regs.EVENT_ENABLE.write_fields(decode_err=0, ro_write=0, sw_event=1, ext=0)
        assert model.irq
        # Read-only in the generated layer too: there is no write to call.
        assert not hasattr(regs.IDENT, "write")
        assert not hasattr(regs.EVENT_TRIGGER, "read")  # write-only
        await regs.EVENT_TRIGGER.write_fields(sw_event=1)
        assert model.read(0x10) == (0x00F004, 0)  # no shell wiring here: no sw_event set

    asyncio.run(main())
    assert ("r", 0x000) in log and ("w", 0x00C, 0xC0FFEE01) in log
    assert all(entry[1] != 0x000 for entry in log if entry[0] == "w")


def generated_node(regs, reg):
    """The generated layer's node of a spec register (``regs.R`` or ``regs.R[i]``)."""
    node = getattr(regs, reg.array or reg.name)
    return node if reg.array is None else node[reg.index]


@pytest.mark.parametrize("block", BLOCKS)
def test_generated_layer_addresses_match_the_rdl(block):
    """The generated layer's addresses come from the same RDL as the bank and the model."""
    RegModel = importlib.import_module(f"firmware.regs_gen.{block}.reg_model").RegModel  # noqa: N806
    regs = RegModel(callbacks=callbacks_for(CSRModel(compile_rdl(block)), [], block))
    spec = regmap_spec(compile_rdl(block))
    for reg in spec.regs:
        node = generated_node(regs, reg)
        assert node.address == reg.offset, reg.name
        for f in reg.fields:
            gf = getattr(node, f.name)
            assert (gf.lsb, gf.width) == (f.lsb, f.width), f"{reg.name}.{f.name}"
    for name, elems in spec.arrays.items():
        assert len(getattr(regs, name)) == len(elems), name


def test_generated_layer_arrays_on_the_model():
    """Per-VL registers through the generated layer: element i is the model's ("R", i)."""
    from firmware.regs_gen.dll.reg_model import RegModel

    model = CSRModel(compile_rdl("dll"))
    log = []
    regs = RegModel(callbacks=callbacks_for(model, log, "dll"))

    async def main():
        await regs.REMOTE_INIT_CRD_CFG[5].write_fields(vl_lo=0x40, vl_hi=0x20)
        assert (model.get(("REMOTE_INIT_CRD_CFG", 5), "vl_lo"),
                model.get("REMOTE_INIT_CRD_CFG[5]", "vl_hi")) == (0x40, 0x20)
        assert await regs.REMOTE_INIT_CRD_CFG[4].read_fields() == {
            "vl_lo": 0xFFFF, "vl_hi": 0xFFFF}
        model.hw_set(("VL_CRD", 2), "crd", 77)
        assert await regs.VL_CRD[2].crd.read() == 77
        assert not hasattr(regs.VL_CRD[2], "write")
        for _ in range(3):
            model.incr(("VL_TX_PKTS", 15), "count")
        assert await regs.VL_TX_PKTS[15].count.read() == 3
        await regs.VL_TX_PKTS[15].write(0)
        assert model.get(("VL_TX_PKTS", 15), "count") == 0

    asyncio.run(main())
    assert ("w", 0x194, 0x0020_0040) in log and ("w", 0x63C, 0) in log


@pytest.mark.parametrize("block", BLOCKS)
def test_c_header_and_docs_cover_every_register(block):
    spec = regmap_spec(compile_rdl(block))
    header = (REPO_ROOT / C_DIR / f"{block}_regs.h").read_text()
    docs = (REPO_ROOT / MD_DIR / f"{block}.md").read_text()
    prefix = f"OPENUB_{block.upper()}"
    assert "typedef struct" in header and f"openub_{block}_t" in header
    for reg in spec.regs:
        # The register index table: offset and name (the element name for arrays).
        row = rf"\|\s*0x0*{reg.offset:X}\s*\|\s*{re.escape(reg.name)}\s*\|"
        assert re.search(row, docs), reg.name
        if reg.array is None:
            assert f"uint32_t {reg.name};" in header
            macro_reg = reg.name
        else:
            count = len(spec.arrays[reg.array])
            assert f"uint32_t {reg.array}[{count}];" in header
            macro_reg = f"{reg.array}X"   # peakrdl-cheader's name for an array element
        assert f"### {reg.array or reg.name} register" in docs
        assert f"- Absolute Address: 0x{reg.offset:X}\n" in docs, reg.name
        for f in reg.fields:
            macro = f"{prefix}__{macro_reg.upper()}__{f.name.upper()}"
            assert f"#define {macro}_bp {f.lsb}\n" in header
            assert f"#define {macro}_bw {f.width}\n" in header


@pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler")
@pytest.mark.parametrize("block", BLOCKS)
def test_c_header_offsets(tmp_path, block):
    """Compile the header and print the struct offsets (no offset is written here twice)."""
    spec = regmap_spec(compile_rdl(block))
    prog = tmp_path / "offsets.c"
    prints = "\n".join(
        f'    printf("{r.name} %zu\\n", offsetof(openub_{block}_t, {r.name}));'
        for r in spec.regs)
    prog.write_text(
        f"#include <stddef.h>\n#include <stdio.h>\n#include \"openub/{block}_regs.h\"\n"
        f"int main(void) {{\n{prints}\n    return 0;\n}}\n")
    exe = tmp_path / "offsets"
    subprocess.run(["cc", "-std=c11", "-Wall", "-Werror", "-I", str(REPO_ROOT / C_DIR.parent),
                    str(prog), "-o", str(exe)], check=True)
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout
    assert out.split("\n")[:-1] == [f"{r.name} {r.offset}" for r in spec.regs]


def copy_outputs(dest):
    (dest / PY_DIR).mkdir(parents=True)
    shutil.copy2(REPO_ROOT / PY_DIR / "__init__.py", dest / PY_DIR / "__init__.py")
    for block in BLOCKS:
        for out in outputs_of(block):
            src = REPO_ROOT / out
            if src.is_dir():
                shutil.copytree(src, dest / out, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                (dest / out).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dest / out)


def test_committed_outputs_are_current():
    assert check() == []
    result = subprocess.run([sys.executable, "-m", "hdl_py.regs.generate", "--check"],
                            cwd=REPO_ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_detects_stale_outputs(tmp_path):
    copy_outputs(tmp_path)
    assert check(tmp_path) == []
    # One byte changed in the docs and in the Python layer, one file removed, one added.
    md = tmp_path / MD_DIR / "controller.md"
    data = bytearray(md.read_bytes())
    data[-2] ^= 0x01
    md.write_bytes(bytes(data))
    py = tmp_path / PY_DIR / "controller" / "reg_model" / "openub_controller.py"
    py.write_bytes(py.read_bytes().replace(b"0x", b"0X", 1))
    (tmp_path / C_DIR / "controller_regs.h").unlink()
    (tmp_path / PY_DIR / "controller" / "stray.py").write_text("x = 1\n")
    (tmp_path / PY_DIR / "old_block").mkdir()
    (tmp_path / PY_DIR / "old_block" / "__init__.py").write_text("")
    assert sorted(check(tmp_path)) == sorted([
        f"missing: {C_DIR / 'controller_regs.h'}",
        f"extra: {PY_DIR / 'controller' / 'stray.py'}",
        f"extra: {PY_DIR / 'old_block' / '__init__.py'}",
        f"changed: {PY_DIR / 'controller' / 'reg_model' / 'openub_controller.py'}",
        f"changed: {MD_DIR / 'controller.md'}",
    ])
    result = subprocess.run(
        [sys.executable, "-m", "hdl_py.regs.generate", "--check", "--root", str(tmp_path)],
        cwd=REPO_ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "changed: docs/regs/controller.md" in result.stdout
    # The repository itself was not touched.
    assert check() == []


@pytest.mark.parametrize("block", BLOCKS)
def test_generated_packages_use_the_installed_runtime(block):
    """One register runtime: no block carries a copy of peakrdl-python's library."""
    pkg = REPO_ROOT / PY_DIR / block
    assert not (pkg / "lib").exists() and not (pkg / "sim_lib").exists()
    model = (pkg / "reg_model" / f"openub_{block}.py").read_text()
    assert "from peakrdl_python.lib import" in model
    import peakrdl_python

    mod = importlib.import_module(f"firmware.regs_gen.{block}.reg_model.openub_{block}")
    assert mod.AsyncCallbackSet is peakrdl_python.lib.AsyncCallbackSet
