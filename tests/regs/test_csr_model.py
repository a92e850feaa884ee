"""The register subset (hdl_py.regs) and the reference model (sim.model.csr), plain Python."""

from __future__ import annotations

import pytest

from hdl_py.lib.csr import CSRBank
from hdl_py.regs import (
    BLOCKS,
    RDL_DIR,
    compile_rdl,
    compile_rdl_file,
    compile_rdl_text,
    regmap_spec,
)
from sim.model.csr import CSRModel, wire_controller_shell
from tests.lib.simhelpers import ignore_unused

from .rdl_sources import array_block, second_block

OKAY, SLVERR = 0, 2


def controller_model(**kwargs):
    return CSRModel(compile_rdl("controller"), **kwargs)


# ---- compiling ---------------------------------------------------------------------------------

def test_compile_rdl_is_cached_and_blocks_exist():
    assert compile_rdl("controller") is compile_rdl("controller")
    assert BLOCKS == ("controller", "dll")
    for block in BLOCKS:
        assert (RDL_DIR / f"{block}.rdl").is_file()
        assert compile_rdl(block).inst_name == f"openub_{block}"
    with pytest.raises(ValueError, match="plain file stem"):
        compile_rdl("../controller")
    with pytest.raises(FileNotFoundError):
        compile_rdl("no_such_block")
    with pytest.raises(FileNotFoundError):
        compile_rdl_file(RDL_DIR / "missing.rdl")
    with pytest.raises(TypeError):
        compile_rdl_text(b"addrmap x {};")


def test_controller_map_as_specified():
    spec = regmap_spec(compile_rdl("controller"))
    layout = {r.name: (r.offset, {f.name: (f.msb, f.lsb) for f in r.fields}) for r in spec.regs}
    assert layout == {
        "IDENT": (0x000, {"magic": (31, 0)}),
        "VERSION": (0x004, {"major": (31, 24), "minor": (23, 16), "patch": (15, 0)}),
        "CAPABILITY": (0x008, {"num_vls": (7, 0), "stream_bytes": (15, 8),
                               "flit_bytes": (23, 16), "num_ext_events": (31, 24)}),
        "SCRATCH": (0x00C, {"value": (31, 0)}),
        "EVENT_STATUS": (0x010, {"decode_err": (0, 0), "ro_write": (1, 1), "sw_event": (2, 2),
                                 "ext": (23, 8)}),
        "EVENT_ENABLE": (0x014, {"decode_err": (0, 0), "ro_write": (1, 1), "sw_event": (2, 2),
                                 "ext": (23, 8)}),
        "EVENT_TRIGGER": (0x018, {"sw_event": (2, 2)}),
        "ERR_RD_DECODE_CNT": (0x020, {"count": (31, 0)}),
        "ERR_WR_DECODE_CNT": (0x024, {"count": (31, 0)}),
        "ERR_RO_WRITE_CNT": (0x028, {"count": (31, 0)}),
    }
    kinds = {(f.reg, f.name): f.kind for r in spec.regs for f in r.fields}
    assert {k for k, v in kinds.items() if v == "sticky"} == {
        ("EVENT_STATUS", n) for n in ("decode_err", "ro_write", "sw_event", "ext")}
    assert kinds[("EVENT_TRIGGER", "sw_event")] == "pulse"
    for f in spec.intr_fields:
        assert f.onwrite == "woclr" and f.enable == ("EVENT_ENABLE", f.name)
    for reg in ("ERR_RD_DECODE_CNT", "ERR_WR_DECODE_CNT", "ERR_RO_WRITE_CNT"):
        f = spec.field(reg, "count")
        assert (f.kind, f.saturate, f.onwrite, f.sw) == ("counter", 0xFFFFFFFF, "wclr", "rw")
    # Every register and field carries a description (it becomes the docs).
    node = compile_rdl("controller")
    for reg in node.children():
        assert reg.get_property("desc"), reg.inst_name
        for f in reg.fields():
            assert f.get_property("desc"), f"{reg.inst_name}.{f.inst_name}"


# ---- the subset: unsupported constructs raise, naming the register/field -----------------------

UNSUPPORTED = {
    "onread": ("reg { field { sw=rw; hw=r; onread=rclr; } f[0:0]=0; } R @0;",
               NotImplementedError, r"t\.R\.f: property 'onread'"),
    "swmod": ("reg { field { sw=rw; hw=r; swmod; } f[0:0]=0; } R @0;",
              NotImplementedError, r"t\.R\.f: property 'swmod'"),
    "hwclr": ("reg { field { sw=rw; hw=rw; hwclr; } f[0:0]=0; } R @0;",
              NotImplementedError, r"t\.R\.f: property 'hwclr'"),
    "we": ("reg { field { sw=rw; hw=rw; we; } f[0:0]=0; } R @0;",
           NotImplementedError, r"t\.R\.f: property 'we'"),
    "onwrite_wot": ("reg { field { sw=rw; hw=r; onwrite=wot; } f[0:0]=0; } R @0;",
                    NotImplementedError, r"t\.R\.f: onwrite=wot"),
    "sw_r_hw_rw": ("reg { field { sw=r; hw=rw; } f[0:0]=0; } R @0;",
                   ValueError, r"t\.R\.f: sw=r hw=rw"),
    "sw_rw_hw_w": ("reg { field { sw=rw; hw=w; } f[0:0]=0; } R @0;",
                   NotImplementedError, r"t\.R\.f: a software-writable field with hw=w"),
    "posedge_intr": ("reg { field { sw=rw; hw=w; posedge intr; } f[0:0]=0; } R @0;",
                     NotImplementedError, r"t\.R\.f: posedge interrupts"),
    "nonsticky": ("reg { field { sw=rw; hw=w; nonsticky intr; } f[0:0]=0; } R @0;",
                  NotImplementedError, r"t\.R\.f: non-sticky"),
    "intr_mask": ("reg { field { sw=rw; hw=w; intr; } f[0:0]=0; } R @0; "
                  "reg { field { sw=rw; hw=r; } m[0:0]=0; } M @4; R.f->mask = M.m;",
                  NotImplementedError, r"t\.R\.f: property 'mask'"),
    "incrvalue": ("reg { field { sw=rw; hw=r; counter; incrvalue=2; } f[3:0]=0; } R @0;",
                  NotImplementedError, r"t\.R\.f: property 'incrvalue'"),
    "counter_hw_w": ("reg { field { sw=rw; hw=w; counter; } f[3:0]=0; } R @0;",
                     NotImplementedError, r"t\.R\.f: counter with hw=w"),
    "sticky": ("reg { field { sw=rw; hw=w; sticky; } f[3:0]=0; } R @0;",
               NotImplementedError, r"t\.R\.f: property 'sticky'"),
    "constant_no_reset": ("reg { field { sw=r; hw=na; } f[3:0]; } R @0;",
                          ValueError, r"t\.R\.f: a constant field .* needs a reset"),
    "wire_with_reset": ("reg { field { sw=r; hw=w; } f[3:0] = 1; } R @0;",
                        ValueError, r"t\.R\.f: a sw=r hw=w field has no storage"),
    "array_2d": ("reg { field { sw=rw; hw=r; } f[0:0]=0; } R[2][4] @0;",
                 NotImplementedError, r"register t\.R: 2-dimensional register arrays"),
    "array_stride": ("reg { field { sw=rw; hw=r; } f[0:0]=0; } R[2] @0 += 0x6;",
                     ValueError, r"register t\.R: array stride 0x6 is not word aligned"),
    "array_field": ("reg { field { sw=rw; hw=r; swmod; } f[0:0]=0; } R[2] @0;",
                    NotImplementedError, r"t\.R\[0\]\.f: property 'swmod'"),
    "regwidth64": ("reg { regwidth=64; field { sw=rw; hw=r; } f[0:0]=0; } R @0;",
                   NotImplementedError, r"register t\.R: regwidth=64"),
    "regfile": ("regfile { reg { field { sw=rw; hw=r; } f[0:0]=0; } R @0; } RF @0;",
                NotImplementedError, r"t\.RF: RegfileNode"),
    "external": ("external reg { field { sw=rw; hw=r; } f[0:0]=0; } R @0;",
                 NotImplementedError, r"register t\.R: external"),
    "sharedextbus": ("sharedextbus; reg { field { sw=rw; hw=r; } f[0:0]=0; } R @0;",
                     NotImplementedError, r"addrmap t: property 'sharedextbus'"),
}


@ignore_unused
@pytest.mark.parametrize("case", sorted(UNSUPPORTED))
def test_unsupported_raises_naming_the_field(case):
    body, exc, message = UNSUPPORTED[case]
    node = compile_rdl_text("addrmap t { " + body + " };")
    with pytest.raises(exc, match=message):
        regmap_spec(node)
    with pytest.raises(exc, match=message):
        CSRBank(node)
    with pytest.raises(exc, match=message):
        CSRModel(node)


@ignore_unused
def test_user_defined_property_is_rejected():
    node = compile_rdl_text(
        "property my_udp { type = boolean; component = field; };\n"
        "addrmap t { reg { field { sw=rw; hw=r; my_udp = true; } f[0:0] = 0; } R @0; };")
    with pytest.raises(NotImplementedError, match=r"t\.R\.f: property 'my_udp'"):
        CSRBank(node)


# ---- model semantics ---------------------------------------------------------------------------

def test_model_controller_basics():
    m = controller_model()
    assert m.addr_width == 6
    assert m.read(0x00) == (0x4F554231, OKAY)
    assert m.read(0x04) == (0x00010000, OKAY)
    assert m.read(0x03) == (0x4F554231, OKAY)  # low address bits ignored
    assert m.read(0x40) == (0x4F554231, OKAY)  # only addr_width bits are decoded
    m.hw_set("CAPABILITY", "num_vls", 4)
    m.hw_set("CAPABILITY", "num_ext_events", 16)
    assert m.read(0x08) == (0x10000004, OKAY)
    # SCRATCH with byte strobes.
    assert m.write(0x0C, 0x11223344) == OKAY
    assert m.write(0x0C, 0xAABBCCDD, strb=0b1010) == OKAY
    assert m.read(0x0C) == (0xAA22CC44, OKAY)
    assert m.get("SCRATCH", "value") == 0xAA22CC44
    # Errors: hole, beyond the map, read-only register.
    assert m.read(0x1C) == (0, SLVERR)
    assert m.read(0x3C) == (0, SLVERR)
    assert m.write(0x2C, 1) == SLVERR
    assert m.write(0x00, 1) == SLVERR and m.write(0x08, 1) == SLVERR
    assert m.read(0x00) == (0x4F554231, OKAY) and m.read(0x08) == (0x10000004, OKAY)
    assert (m.decode_err_rd_count, m.decode_err_wr_count, m.ro_write_count) == (2, 1, 2)
    # Without the shell wiring, strobes do not touch the counters.
    assert m.read(0x20) == (0, OKAY)


def test_model_events_counters_irq():
    m = controller_model()
    m.hw_next("EVENT_STATUS", "ext", 0x00F0)
    m.hw_next("EVENT_STATUS", "decode_err", 1)
    assert m.read(0x10) == (0x00F001, OKAY)
    assert not m.irq
    m.write(0x14, 0x000100)  # enable ext[0]: not pending
    assert not m.irq
    m.write(0x14, 0x001000)  # enable ext[4]
    assert m.irq
    m.write(0x10, 0x003000)  # woclr ext[4] and ext[5]
    assert m.read(0x10) == (0x00C001, OKAY) and not m.irq
    m.write(0x10, 0xFFFFFF, strb=0b0001)  # lane 0 only: clears decode_err
    assert m.read(0x10) == (0x00C000, OKAY)
    for _ in range(3):
        m.incr("ERR_RO_WRITE_CNT", "count")
    assert m.read(0x28) == (3, OKAY)
    m.write(0x28, 0, strb=0b0010)  # wclr of lane 1 only: bits 7:0 stay
    assert m.read(0x28) == (3, OKAY)
    m.write(0x28, 0)  # any full write clears
    assert m.read(0x28) == (0, OKAY)
    # Singlepulse reads 0 and leaves no state.
    assert m.write(0x18, 0xFFFFFFFF) == OKAY
    assert m.read(0x18) == (0, OKAY) and m.get("EVENT_TRIGGER", "sw_event") == 0


def test_model_second_block():
    m = CSRModel(second_block())
    assert m.addr_width == 10
    assert m.read(0x1FC) == (0xC0000005, OKAY)
    assert m.read(0x08) == (0x12340000, OKAY)  # wo field reads 0
    assert m.get("MISC", "wo") == 0xA5
    assert m.read(0x00) == (0xFFFF0000, OKAY)
    m.write(0x00, 0x0F0F0F0F)
    assert m.read(0x00) == (0xF0F00000, OKAY)
    for _ in range(20):
        m.incr("CNT", "small")
        m.incr("CNT", "wrap")
        m.incr("CNT", "sat5")
    assert m.get("CNT", "small") == 0xFF and m.get("CNT", "wrap") == 18
    assert m.get("CNT", "sat5") == 5
    # Interrupts: ev through IRQEN.en, noen and plainw without enable.
    m.hw_next("IRQ", "ev", 0b0100)
    assert not m.irq
    m.write(0x104, 0b0100)
    assert m.irq
    m.write(0x100, 0b0100)
    assert not m.irq
    m.hw_next("IRQ", "plainw", 0b10)
    assert m.irq
    m.write(0x100, 0)  # plain write to plainw replaces it
    assert not m.irq and m.read(0x100) == (0, OKAY)


def test_model_hooks_and_shell_wiring():
    m = wire_controller_shell(controller_model(addr_width=8))
    assert m.read(0x80) == (0, SLVERR)
    assert m.write(0x84, 5) == SLVERR
    assert m.write(0x84, 5) == SLVERR
    assert m.write(0x04, 5) == SLVERR
    assert m.read(0x20) == (1, OKAY)
    assert m.read(0x24) == (2, OKAY)
    assert m.read(0x28) == (1, OKAY)
    assert m.read(0x10) == (0b011, OKAY)
    assert m.write(0x18, 0b100) == OKAY  # EVENT_TRIGGER.sw_event
    assert m.read(0x10) == (0b111, OKAY)
    m.write(0x14, 0b100)
    assert m.irq
    seen = []
    m.on_strobe("ro_write", lambda: seen.append("ro"))
    m.on_pulse("EVENT_TRIGGER", "sw_event", seen.append)
    m.write(0x00, 0)
    m.write(0x18, 0xFFFFFFFF)
    m.write(0x18, 0b011)  # bit 2 not written: no pulse
    assert seen == ["ro", 1]


def test_model_reset():
    m = controller_model()
    m.write(0x0C, 7)
    m.read(0x30)
    m.reset()
    assert m.read(0x0C) == (0, OKAY) and m.decode_err_rd_count == 0


@pytest.mark.parametrize("call, exc", [
    (lambda m: m.read(-4), ValueError),
    (lambda m: m.read("0x0"), ValueError),
    (lambda m: m.write(0x0C, 1 << 32), ValueError),
    (lambda m: m.write(0x0C, -1), ValueError),
    (lambda m: m.write(0x0C, 0, strb=0x10), ValueError),
    (lambda m: m.hw_set("SCRATCH", "value", 1), ValueError),
    (lambda m: m.hw_set("CAPABILITY", "num_vls", 256), ValueError),
    (lambda m: m.hw_next("EVENT_STATUS", "ext", 1 << 16), ValueError),
    (lambda m: m.hw_next("SCRATCH", "value", 1), ValueError),
    (lambda m: m.incr("SCRATCH", "value"), ValueError),
    (lambda m: m.get("NOPE", "value"), KeyError),
    (lambda m: m.get("SCRATCH", "nope"), KeyError),
    (lambda m: m.on_strobe("nope", lambda: None), ValueError),
    (lambda m: m.on_pulse("SCRATCH", "value", lambda b: None), ValueError),
])
def test_model_rejects_bad_calls(call, exc):
    with pytest.raises(exc):
        call(controller_model())


def test_model_addr_width_validation():
    with pytest.raises(ValueError, match="addr_width"):
        controller_model(addr_width=5)
    with pytest.raises(TypeError, match="addr_width"):
        controller_model(addr_width="6")


# ---- register arrays -----------------------------------------------------------------------------

def test_array_spec_unrolls_elements():
    spec = regmap_spec(array_block())
    cfg = spec.arrays["CFG"]
    assert [r.name for r in cfg] == [f"CFG[{i}]" for i in range(5)]
    assert [r.offset for r in cfg] == [0x20 + 8 * i for i in range(5)]
    assert [(r.array, r.index, r.ident) for r in cfg[3:4]] == [("CFG", 3, "CFG_3")]
    assert set(spec.arrays) == {"CFG", "CNT", "IRQ", "IRQEN", "FREE", "GO"}
    assert len(spec.arrays["FREE"]) == 1 and spec.reg("FREE[0]").offset == 0xB0
    assert spec.reg("PLAIN").array is None and spec.reg("PLAIN").index is None
    # Element names, tuple names, and fields that know their element.
    assert spec.reg(("CNT", 2)) is spec.reg("CNT[2]")
    assert spec.field(("CNT", 2), "c").reg == "CNT[2]"
    assert spec.field("IRQ[3]", "ev").enable == ("IRQEN[1]", "en")
    # Every element has the same fields as element 0 (SystemRDL gives them no other way).
    for elems in spec.arrays.values():
        first = [(f.name, f.lsb, f.width, f.kind, f.reset) for f in elems[0].fields]
        for elem in elems:
            assert [(f.name, f.lsb, f.width, f.kind, f.reset) for f in elem.fields] == first
    assert len(spec.intr_fields) == 5
    with pytest.raises(KeyError, match="no register 'CFG\\[5\\]'"):
        spec.reg(("CFG", 5))
    with pytest.raises(TypeError, match="a register is named by"):
        spec.reg(["CFG", 1])


def test_model_array_elements_are_independent_registers():
    m = CSRModel(array_block())
    assert m.addr_width == 8
    for i in range(5):
        assert m.read(0x20 + 8 * i) == (0x90010100, OKAY)
        assert m.read(0x24 + 8 * i) == (0, SLVERR)         # the holes of the 0x8 stride
    assert m.write(0x30, 0x0000_1234) == OKAY              # CFG[2]: wt = 0x1234, hidden = 0
    assert m.get(("CFG", 2), "wt") == 0x1234 and m.get("CFG[2]", "hidden") == 0
    assert m.get("CFG[1]", "wt") == 0x100 and m.get(("CFG", 1), "hidden") == 1
    m.hw_set(("CFG", 4), "d", 0xAB)
    assert m.read(0x40) == (0x9AB10100, OKAY) and m.read(0x38) == (0x90010100, OKAY)
    assert m.offset(("CFG", 4)) == 0x40 == m.offset("CFG[4]")
    # Counters of one element only.
    for _ in range(9):
        m.incr(("CNT", 1), "c")
    m.incr("CNT[1]", "wrap")
    m.incr("CNT[1]", "wrap")
    assert [m.read(0x80 + 4 * i) for i in range(3)] == [(0x200, OKAY), (0x006, OKAY),
                                                         (0x200, OKAY)]
    m.write(0x84, 0)                                       # wclr c; wrap (sw=r) unchanged
    assert m.read(0x84) == (0x000, OKAY)
    # Interrupts: IRQ[*] enabled by IRQEN[1] only; FREE[0] without enable.
    m.hw_next(("IRQ", 2), "ev", 0b10)
    assert not m.irq
    m.write(0xA0, 0b10)                                    # IRQEN[0]: not the enable
    assert not m.irq
    m.write(0xA4, 0b10)                                    # IRQEN[1]
    assert m.irq
    m.write(0x98, 0b10)                                    # woclr IRQ[2]
    assert not m.irq and m.read(0x98) == (0, OKAY)
    m.hw_next("FREE[0]", "ev", 1)
    assert m.irq
    # Singlepulse per element.
    seen = []
    m.on_pulse(("GO", 1), "go", lambda bits: seen.append(("GO[1]", bits)))
    m.on_pulse("GO[0]", "go", lambda bits: seen.append(("GO[0]", bits)))
    m.write(0xC4, 0x8)
    m.write(0xC0, 0x0)
    assert seen == [("GO[1]", 1)] and m.read(0xC4) == (0, OKAY)
    with pytest.raises(KeyError, match="no register 'CNT\\[3\\]'"):
        m.incr(("CNT", 3), "c")
    with pytest.raises(ValueError, match=r"CFG\[0\]\.d: value 256 does not fit 8 bits"):
        m.hw_set(("CFG", 0), "d", 256)
    with pytest.raises(ValueError, match=r"CNT\[0\]\.c is a counter field, not a hardware"):
        m.hw_set("CNT[0]", "c", 1)


# ---- the dll block: per-VL register arrays of a real map --------------------------------------

def test_dll_model_per_vl_registers():
    m = CSRModel(compile_rdl("dll"))
    for i in range(8):   # VLs 2i and 2i+1 in each element
        assert m.read(0x180 + 4 * i) == (0xFFFF_FFFF, OKAY)   # REMOTE_INIT_CRD_CFG
        assert m.read(0x1A4 + 4 * i) == (0x0008_0008, OKAY)   # CRD_RETURN_CFG
    m.write(0x180 + 4 * 3, 0x0040_0020)
    assert (m.get(("REMOTE_INIT_CRD_CFG", 3), "vl_lo"),
            m.get(("REMOTE_INIT_CRD_CFG", 3), "vl_hi")) == (0x20, 0x40)
    assert m.get(("REMOTE_INIT_CRD_CFG", 2), "vl_lo") == 0xFFFF
    for vl in range(16):
        assert m.read(0x6C0 + 4 * vl) == (0, OKAY)
    m.hw_set(("VL_CRD", 5), "crd", 500)
    assert m.read(0x6D4) == (500, OKAY)
    assert m.write(0x6D4, 0) == SLVERR                 # VL_CRD is read-only
    for _ in range(5):
        m.incr(("VL_RX_PKTS", 15), "count")
    assert m.read(0x67C) == (5, OKAY) and m.read(0x678) == (0, OKAY)
    m.write(0x67C, 0)                                  # any write clears a counter
    assert m.read(0x67C) == (0, OKAY)
