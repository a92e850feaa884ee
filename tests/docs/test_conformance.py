"""The conformance tables (docs/conformance/*.md): well-formed rows, known statuses, and every
test they name exists."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TABLES = sorted((ROOT / "docs" / "conformance").glob("*.md"))
STATUSES = ("implemented", "deviates", "not applicable", "open", "parts")


def _rows(path):
    for line in path.read_text().splitlines():
        if re.match(r"\| [A-Z]+-\d+ \|", line):
            yield [c.strip() for c in line.strip().strip("|").split("|")]


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.stem)
def test_rows_and_tests_exist(path):
    rows = list(_rows(path))
    assert rows, f"{path.name} has no rows"
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for row in rows:
        assert len(row) == 7, row
        status, tests = row[5], row[6]
        assert status.startswith(STATUSES), f"{row[0]}: unknown status {status!r}"
        if status.startswith(("implemented", "parts")):
            assert tests, f"{row[0]}: {status} without a test"
        for ref in re.findall(r"([\w/]+\.py)::(\w+)", tests):
            file, name = ref
            text = (ROOT / file).read_text()
            assert re.search(rf"^\s*(async )?def {name}\(", text, re.M), \
                f"{row[0]}: {file}::{name} does not exist"
