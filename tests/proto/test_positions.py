"""Every field's position, checked against an independent restatement of the layouts.

The lists below are written by hand from the sources (reference field order, ns-3-UB byte
comments, the driver's C structs), in the order the sources give: MSB first for wire headers,
LSB first (C bitfield order) for host descriptors. A field listed with a dotted prefix covers all
leaves below it. Any swapped, mis-sized or misplaced field in the structs fails here.
"""

import pytest

from hdl_py.proto import (
    Atah,
    CcField,
    Cetph,
    Cna16Header,
    Cna24Header,
    Cqe,
    CreditAckBlock,
    LinkControlHeader,
    LinkHeader,
    LinkTrailer,
    Maetah,
    MaetahCompact,
    Rtph,
    Sge,
    SqeBasicBlock,
    SqeCtl,
    Tah,
    leaf_fields,
    sack_layout,
)

# (path, width), most significant first.
WIRE_MSB_FIRST = {
    LinkHeader: [
        ("crd", 1), ("ack", 1), ("crd_vl", 4), ("rsvd0", 1), ("vl", 4), ("rsvd1", 1),
        ("cfg", 4), ("rt.lb_mode", 1), ("rt.policy", 1), ("plen.blocks", 4),
        ("plen.flits", 5), ("plen.tail_bytes", 5)],
    LinkTrailer: [("seq", 16), ("rsvd0", 2), ("crc", 30)],
    LinkControlHeader: [
        ("rsvd0", 1), ("length", 5), ("pattern", 6), ("cfg", 4), ("control", 4),
        ("sub_control", 4), ("sd", 1), ("rsvd1", 6), ("init_done", 1)],
    CreditAckBlock: [
        ("lch", 32), ("ack_number", 16), *[(f"credit_vl{vl}", 6) for vl in range(16)],
        ("retry_req", 1), ("retry_ack", 1), ("rsvd1", 14), ("retry_seq", 16), ("rsvd2", 112),
        ("rsvd3", 2), ("crc", 30)],
    Cna16Header: [
        ("scna", 16), ("dcna", 16), ("cc", 16), ("lb", 8), ("sl", 4), ("mgmt", 1), ("nlp", 3)],
    Cna24Header: [
        ("scna", 24), ("dcna", 24), ("cc", 16), ("lb", 8), ("sl", 4), ("mgmt", 1), ("nlp", 3)],
    Rtph: [
        ("tp_opcode", 8), ("tp_ver", 2), ("pad", 2), ("nlp", 4), ("src_tpn", 24),
        ("dst_tpn", 24), ("ack_req", 1), ("err", 1), ("rsvd0", 6), ("psn", 24), ("rsp_st", 3),
        ("rsp_info", 5), ("tp_msn", 24)],
    Cetph: [
        ("ack_seq", 32), ("rsvd0", 6), ("location", 1), ("i", 1), ("c", 8), ("hint", 16)],
    Tah: [
        ("ta_opcode", 8), ("ver", 2), ("ee", 2), ("tv_en", 1), ("poison", 1), ("rsvd0", 1),
        ("ud_flg", 1), ("ini_ta_ssn", 16), ("no_ta_ack", 1), ("order", 3), ("mt_en", 1),
        ("fce", 1), ("retry", 1), ("alloc", 1), ("rsvd1", 1), ("exclusive", 1),
        ("ini_rc_type", 2), ("ini_rc_id", 20)],
    Atah: [
        ("ta_opcode", 8), ("ver", 2), ("rsvd0", 2), ("sv", 1), ("poison", 1), ("rsvd1", 2),
        ("ini_ta_ssn", 16), ("rsp_status", 3), ("rsp_info", 5), ("rsvd2", 2),
        ("ini_rc_type", 2), ("ini_rc_id", 20)],
    Maetah: [("va", 64), ("rsvd0", 4), ("token_id", 20), ("rsvd1", 8), ("len", 32)],
    MaetahCompact: [
        ("va", 58), ("affinity_hint", 2), ("strong_order", 1), ("len", 3), ("rsvd0", 4),
        ("token_id", 20), ("rsvd1", 8)],
    sack_layout(96): [("rsvd0", 8), ("max_rcv_psn", 24), ("bitmap", 96)],
}

# The two views of the CC field, each listed MSB first over its 16 bits.
CC_VIEWS = [
    [("mode", 3), ("info.caqm.location", 1), ("info.caqm.rsvd0", 1), ("info.caqm.enable", 1),
     ("info.caqm.c", 1), ("info.caqm.i", 1), ("info.caqm.hint", 8)],
    [("mode", 3), ("info.fecn.location", 1), ("info.fecn.timestamp", 10),
     ("info.fecn.fecn", 2)],
]

# (path, width), least significant first (C bitfield order, 32-bit words from DW0).
HOST_LSB_FIRST = {
    SqeCtl: [
        ("sqe_bb_idx", 16), ("flag.place_order", 2), ("flag.comp_order", 1), ("flag.fence", 1),
        ("flag.solicited", 1), ("flag.complete_enable", 1), ("flag.inline", 1),
        ("udf_flag", 1), ("rsvd0", 3), ("nf", 1), ("token_en", 1), ("rmt_jetty_type", 2),
        ("owner", 1),
        ("target_hint", 8), ("opcode", 8), ("rsvd1", 6), ("inline_len", 10),
        ("tp_id", 24), ("sge_num", 8),
        ("rmt_jetty_or_seg_id", 20), ("rsvd2", 12),
        ("rmt_eid", 128), ("rmt_token_value", 32),
        ("udf_type", 8), ("reduce_data_type", 4), ("reduce_opcode", 4), ("rsvd3", 16),
        ("rmt_addr", 64)],
    Sge: [("length", 32), ("token_id", 20), ("rsvd0", 12), ("va", 64)],
    SqeBasicBlock: [("ctl", 384), ("sge", 128)],
    Cqe: [
        ("s_r", 1), ("is_jetty", 1), ("owner", 1), ("inline_en", 1), ("opcode", 3), ("fd", 1),
        ("rsvd0", 8), ("substatus", 8), ("status", 8),
        ("entry_idx", 16), ("local_num", 20), ("rmt_idx", 20), ("rsvd1", 8),
        ("tpn", 24), ("rsvd2", 8), ("byte_cnt", 32), ("user_data", 64), ("rmt_eid", 128),
        ("imm", 64), ("inline_data", 96)],
}


def _spans(cls):
    """Map every leaf path and every prefix of it to (lowest offset, total width covered)."""
    spans = {}
    for leaf in leaf_fields(cls):
        parts = leaf.path.split(".")
        for depth in range(1, len(parts) + 1):
            prefix = ".".join(parts[:depth])
            lo, hi = spans.get(prefix, (leaf.offset, leaf.msb))
            spans[prefix] = (min(lo, leaf.offset), max(hi, leaf.msb))
    return {path: (lo, hi - lo + 1) for path, (lo, hi) in spans.items()}


def _check_listing(cls, listing, msb_first, size):
    spans = _spans(cls)
    assert sum(width for _, width in listing) == size
    position = size if msb_first else 0
    for path, width in listing:
        if msb_first:
            position -= width
            offset = position
        else:
            offset = position
            position += width
        assert spans.get(path) == (offset, width), f"{cls.__name__}.{path}"
    listed = {path for path, _ in listing}
    # Every top-level field is listed (nothing extra hides in the struct).
    top = {path.split(".")[0] for path in spans}
    assert top <= {path.split(".")[0] for path in listed}, top - listed


@pytest.mark.parametrize("cls", list(WIRE_MSB_FIRST), ids=lambda c: c.__name__)
def test_wire_header_field_positions(cls):
    _check_listing(cls, WIRE_MSB_FIRST[cls], msb_first=True, size=8 * cls.BYTES)


@pytest.mark.parametrize("view", range(len(CC_VIEWS)), ids=["caqm", "fecn"])
def test_cc_field_positions(view):
    _check_listing(CcField, CC_VIEWS[view], msb_first=True, size=16)


@pytest.mark.parametrize("cls", list(HOST_LSB_FIRST), ids=lambda c: c.__name__)
def test_host_descriptor_field_positions(cls):
    _check_listing(cls, HOST_LSB_FIRST[cls], msb_first=False, size=8 * cls.BYTES)


def test_driver_byte_offsets():
    """Byte offsets the udma driver uses directly (umdk ``*_OFFSET`` constants)."""
    spans = _spans(SqeBasicBlock)
    assert spans["ctl.target_hint"][0] == 8 * 4        # SQE_COMMON_TARGET_HINT_OFFSET
    assert spans["ctl.opcode"][0] == 8 * 5             # SQE_COMMON_OPCODE_OFFSET
    assert spans["ctl.sge_num"][0] == 8 * 11           # SQE_COMMON_SGE_NUM_OFFSET
    assert spans["ctl.rmt_token_value"][0] == 32 * 8   # SQE_COMMON_RMT_TOKEN_VALUE_OFFSET
    assert spans["ctl.rmt_addr"][0] == 64 * 5          # SQE_RMT_ADDR_OFFSET (64-bit words)
    assert spans["sge.length"][0] == 32 * 12           # SQE_LENGTH_OFFSET
    assert spans["sge.token_id"][0] == 32 * 13         # SQE_TOKEN_ID_OFFSET
    spans = _spans(Cqe)
    assert spans["status"][0] == 8 * 3                 # CQE_STATUS_OFFSET
    assert spans["substatus"][0] == 8 * 2              # CQE_SUBSTATUS_OFFSET
    assert spans["entry_idx"][0] == 8 * 4              # CQE_ENTRY_IDX_LOW_OFFSET
