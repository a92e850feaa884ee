"""Enum values against the reference numbers, and the completion-status mapping."""

import pytest
from amaranth.hdl import Shape

from hdl_py.proto import (
    CcAlg,
    CcMode,
    CqeLocalSubstatus,
    CqeOpcode,
    CqeRemoteSubstatus,
    CqeStatus,
    CrOpcode,
    CrStatus,
    HwOpcode,
    IniRcType,
    JettyOrder,
    LbMode,
    LinkCfg,
    NetNlp,
    PlaceOrder,
    RoutePolicy,
    SegAccess,
    TaOpcode,
    TaOrder,
    TargetType,
    TaRspStatus,
    TokenPolicy,
    TpNlp,
    TpOpcode,
    TpState,
    TpType,
    TransportMode,
    UmmuPerm,
    UrmaOpcode,
    cr_status_of,
)

REFERENCE = {
    LinkCfg: ({"CREDIT_CONTROL": 0, "IPV4": 3, "IPV6": 4, "CNA16": 6, "CNA24": 7,
               "UB_MEMORY": 9}, 4),
    LbMode: ({"PER_FLOW": 0, "PER_PACKET": 1}, 1),
    RoutePolicy: ({"ALL_PATHS": 0, "SHORTEST": 1}, 1),
    CcMode: ({"CAQM": 0b000, "FECN_RTT": 0b010, "FECN": 0b100}, 3),
    NetNlp: ({"TRANSPORT": 0}, 3),
    TpOpcode: ({"UNRELIABLE_TA": 0, "RELIABLE_TA": 1, "ACK": 2, "ACK_CETPH": 3, "SACK": 5,
                "SACK_CETPH": 6, "CNP": 8}, 8),
    TpNlp: ({"TAH": 0, "UPI_UEID": 1, "CIP": 3}, 4),
    TpType: ({"RTP": 0, "CTP": 1, "UTP": 2}, 2),
    TpState: ({"RESET": 0, "PASSIVE": 1, "ACTIVE": 2, "BRAKE": 3, "ERROR": 4}, 3),
    TransportMode: ({"RM": 1, "RC": 2, "UM": 4}, 3),
    CcAlg: ({"NONE": 0, "DCQCN": 1, "DCQCN_AND_NETWORK_CC": 2, "LDCP": 3, "LDCP_AND_CAQM": 4,
             "LDCP_AND_OPEN_CC": 5, "HC3": 6, "DIP": 7, "ACC": 8}, 4),
    TaOpcode: ({
        "SEND": 0x00, "SEND_IMM": 0x01, "SEND_INV": 0x02, "WRITE": 0x03, "WRITE_IMM": 0x04,
        "WRITE_NOTIFY": 0x05, "READ": 0x06, "CAS": 0x07, "SWAP": 0x08, "ATOMIC_STORE": 0x09,
        "ATOMIC_LOAD": 0x0A, "FETCH_ADD": 0x0B, "FETCH_SUB": 0x0C, "FETCH_AND": 0x0D,
        "FETCH_OR": 0x0E, "FETCH_XOR": 0x0F, "MESSAGE": 0x10, "TA_ACK": 0x11, "READ_RSP": 0x12,
        "ATOMIC_RSP": 0x13, "WRITE_BE": 0x14, "PREFETCH_TGT": 0x15, "DISCONNECT_SCID": 0x16,
        "WRITEBACK_FULL": 0x17, "WRITEBACK_PTL": 0x18}, 8),
    TaOrder: ({"NO": 0, "RO": 1, "SO": 2}, 3),
    TaRspStatus: ({"OK": 0, "RNR": 1, "ACCESS_ERR": 2, "UNSUPPORTED_REQ": 3,
                   "REMOTE_OP_ERR": 4, "DATA_POISON": 5}, 3),
    IniRcType: ({"REQUESTER_CONTEXT": 1, "DEST_SEQ_CONTEXT": 2}, 2),
    HwOpcode: ({"SEND": 0, "SEND_IMM": 1, "SEND_INV": 2, "WRITE": 3, "WRITE_IMM": 4,
                "WRITE_NOTIFY": 5, "READ": 6, "CAS": 7, "SWAP": 8, "FAA": 0xB, "FETCH_SUB": 0xC,
                "FETCH_AND": 0xD, "FETCH_OR": 0xE, "FETCH_XOR": 0xF, "NOP": 0x11}, 8),
    PlaceOrder: ({"NONE": 0, "RELAX": 1, "STRONG": 2}, 2),
    TargetType: ({"JFR": 0, "JETTY": 1, "JETTY_GROUP": 2}, 2),
    CqeOpcode: ({"SEND": 0, "SEND_WITH_IMM": 1, "SEND_WITH_INV": 2, "WRITE_WITH_IMM": 3}, 3),
    CqeStatus: ({"SUCCESS": 0, "UNSUPPORTED_OPCODE": 1, "LOCAL_OP_ERR": 2, "REMOTE_OP_ERR": 3,
                 "RNR_RETRY_CNT_EXC": 4, "ACK_TIMEOUT": 5, "WR_FLUSH": 6}, 8),
    CqeLocalSubstatus: ({"LOCAL_LENGTH": 1, "LOCAL_ACCESS": 2, "REM_RSP_LENGTH": 3,
                         "LOCAL_DATA_POISON": 4, "BAD_ENTRY": 0x10}, 8),
    CqeRemoteSubstatus: ({"REM_UNSUPPORTED_REQ": 1, "REM_ACCESS": 2, "REM_DATA_POISON": 4,
                          "REM_OPERATION": 0x10}, 8),
    UrmaOpcode: ({
        "WRITE": 0x00, "WRITE_IMM": 0x01, "WRITE_NOTIFY": 0x02, "READ": 0x10, "CAS": 0x20,
        "SWAP": 0x21, "FADD": 0x22, "FSUB": 0x23, "FAND": 0x24, "FOR": 0x25, "FXOR": 0x26,
        "SEND": 0x40, "SEND_IMM": 0x41, "SEND_INVALIDATE": 0x42, "NOP": 0x51,
        "WRITE_ATOMIC": 0x60, "FLUSH_DMA": 0x80}, 8),
    CrStatus: ({
        "SUCCESS": 0, "UNSUPPORTED_OPCODE_ERR": 1, "LOC_LEN_ERR": 2, "LOC_OPERATION_ERR": 3,
        "LOC_ACCESS_ERR": 4, "REM_RESP_LEN_ERR": 5, "REM_UNSUPPORTED_REQ_ERR": 6,
        "REM_OPERATION_ERR": 7, "REM_ACCESS_ABORT_ERR": 8, "ACK_TIMEOUT_ERR": 9,
        "RNR_RETRY_CNT_EXC_ERR": 10, "WR_FLUSH_ERR": 11, "WR_SUSPEND_DONE": 12,
        "WR_FLUSH_ERR_DONE": 13, "WR_UNHANDLED": 14, "LOC_DATA_POISON": 15,
        "REM_DATA_POISON": 16}, 5),
    CrOpcode: ({"SEND": 0, "SEND_WITH_IMM": 1, "SEND_WITH_INV": 2, "WRITE_WITH_IMM": 3,
                "FLUSH_WRITE": 4}, 3),
    JettyOrder: ({"DEFAULT": 0, "OT": 1, "OI": 2, "OL": 3, "UNO": 4}, 3),
    TokenPolicy: ({"NONE": 0, "PLAIN_TEXT": 1, "SIGNED": 2, "ALL_ENCRYPTED": 3}, 3),
    SegAccess: ({"LOCAL_ONLY": 1, "READ": 2, "WRITE": 4, "ATOMIC": 8}, 4),
    UmmuPerm: ({"WRITE": 1, "READ": 2, "ATOMIC": 4}, 6),
}


@pytest.mark.parametrize("enum_cls", list(REFERENCE), ids=lambda e: e.__name__)
def test_enum_values_and_shape(enum_cls):
    values, width = REFERENCE[enum_cls]
    assert {member.name: member.value for member in enum_cls} == values
    assert Shape.cast(enum_cls) == Shape(width, signed=False)


def test_flags_combine():
    assert (SegAccess.READ | SegAccess.WRITE).value == 6
    assert UmmuPerm(7) == UmmuPerm.WRITE | UmmuPerm.READ | UmmuPerm.ATOMIC
    with pytest.raises(ValueError):
        UmmuPerm(8)


@pytest.mark.parametrize(("status", "substatus", "expected"), [
    (CqeStatus.SUCCESS, 0, CrStatus.SUCCESS),
    (CqeStatus.UNSUPPORTED_OPCODE, 0, CrStatus.UNSUPPORTED_OPCODE_ERR),
    (CqeStatus.LOCAL_OP_ERR, CqeLocalSubstatus.LOCAL_LENGTH, CrStatus.LOC_LEN_ERR),
    (CqeStatus.LOCAL_OP_ERR, 2, CrStatus.LOC_ACCESS_ERR),
    (CqeStatus.LOCAL_OP_ERR, 3, CrStatus.REM_RESP_LEN_ERR),
    (CqeStatus.LOCAL_OP_ERR, 4, CrStatus.LOC_DATA_POISON),
    (CqeStatus.LOCAL_OP_ERR, CqeLocalSubstatus.BAD_ENTRY, CrStatus.LOC_OPERATION_ERR),
    (CqeStatus.REMOTE_OP_ERR, 1, CrStatus.REM_UNSUPPORTED_REQ_ERR),
    (CqeStatus.REMOTE_OP_ERR, CqeRemoteSubstatus.REM_ACCESS, CrStatus.REM_ACCESS_ABORT_ERR),
    (CqeStatus.REMOTE_OP_ERR, 4, CrStatus.REM_DATA_POISON),
    (CqeStatus.REMOTE_OP_ERR, 0x10, CrStatus.REM_OPERATION_ERR),
    (4, 0, CrStatus.RNR_RETRY_CNT_EXC_ERR),
    (CqeStatus.ACK_TIMEOUT, 0, CrStatus.ACK_TIMEOUT_ERR),
    (CqeStatus.WR_FLUSH, 0, CrStatus.WR_FLUSH_ERR),
])
def test_cr_status_of(status, substatus, expected):
    assert cr_status_of(status, substatus) is expected


@pytest.mark.parametrize(("status", "substatus", "message"), [
    (CqeStatus.SUCCESS, 1, "invalid completion substatus 1 for status SUCCESS"),
    (CqeStatus.LOCAL_OP_ERR, 0, "invalid completion substatus 0 for status LOCAL_OP_ERR"),
    (CqeStatus.REMOTE_OP_ERR, 3, "invalid completion substatus 3 for status REMOTE_OP_ERR"),
    (7, 0, "unknown completion status 7"),
])
def test_cr_status_of_rejects_invalid(status, substatus, message):
    with pytest.raises(ValueError, match=message):
        cr_status_of(status, substatus)
