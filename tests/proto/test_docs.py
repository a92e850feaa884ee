"""docs/wire-formats.md stays in step with the structs: every bit table matches the code."""

from pathlib import Path

import pytest

from hdl_py.proto import HEADERS, sack_layout, size_of
from hdl_py.proto.doc import bit_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "wire-formats.md"


@pytest.mark.parametrize("cls", [*HEADERS, sack_layout(64)], ids=lambda c: c.__name__)
def test_bit_table_in_doc_matches_code(cls):
    text = DOC.read_text()
    assert bit_table(cls) in text, (
        f"the bit table of {cls.__name__} in {DOC.name} differs from the code; regenerate it "
        f"with `python -m hdl_py.proto.doc`")


@pytest.mark.parametrize("cls", HEADERS, ids=lambda c: c.__name__)
def test_doc_has_a_section_with_the_size(cls):
    assert f"### {cls.__name__} ({size_of(cls)} bytes" in DOC.read_text()


def test_bit_table_format():
    lines = bit_table(sack_layout(32)).splitlines()
    assert lines == [
        "| Field | Bytes | Value bits | Width | Type |",
        "|---|---|---|---|---|",
        "| `rsvd0` | 0 | [63:56] | 8 | reserved, 0 |",
        "| `max_rcv_psn` | 1-3 | [55:32] | 24 | unsigned(24) |",
        "| `bitmap` | 4-7 | [31:0] | 32 | unsigned(32) |",
    ]
