"""pytest configuration shared by all tests.

cocotb tests (marked ``cocotb``) build HDL with Verilator or Icarus. They are grouped per
design with ``xdist_group`` so that under ``pytest -n`` one worker builds a design and reuses the
build for that design's tests.
"""

from __future__ import annotations

import os

import pytest

from sim.tools import prepare_env

prepare_env()


def pytest_report_header(config):
    return [f"openub: SIM={os.environ.get('SIM', 'verilator')} "
            f"SEED={os.environ.get('SEED', '(fresh per run)')}"]


@pytest.fixture
def seed(request) -> int:
    """A seed for amaranth.sim and Python-level randomized tests: ``SEED`` or a fresh one.

    It is printed so a failing run can be replayed with ``SEED=n``.
    """
    from sim.runner import seed_from_env

    value = seed_from_env()
    print(f"[openub] {request.node.nodeid} seed={value} (replay with SEED={value})")
    return value
