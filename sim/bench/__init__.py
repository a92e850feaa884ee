"""Benchmarks: ``python -m sim.bench NAME`` writes ``build/bench/NAME.json`` and a PNG plot.

A bench is a function registered with :func:`bench` that returns ``(figures, plot)``: a flat
dict of numbers (every figure that claims "better" has its baseline beside it, measured in
the same run) and an optional callable drawing on a matplotlib ``Axes``. Figures are cycles
from the cycle-accurate RTL unless the key says otherwise. ``--list`` shows the benches.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from sim.runner import BUILD

BENCHES: dict[str, Callable] = {}
OUT = BUILD / "bench"


def bench(name: str):
    """Register a bench function under ``name``."""
    def deco(fn):
        BENCHES[name] = fn
        return fn
    return deco


def write_results(name: str, figures: dict, plot: Callable | None, *, out: Path = OUT) -> Path:
    """Write ``NAME.json`` (flat keys, numbers) and ``NAME.png``; return the JSON path.

    Every value is a number, except keys ending in ``_version``, which may name the version
    of a tool that made the figures (a string).
    """
    bad = {k: v for k, v in figures.items() if not isinstance(v, (int, float))
           and not (k.endswith("_version") and isinstance(v, str))}
    if bad:
        raise TypeError(f"bench {name}: figures must be numbers, got {bad}")
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.json"
    path.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    if plot is not None:
        plot(ax)
    else:
        keys = sorted(k for k, v in figures.items() if not isinstance(v, str))
        ax.barh(keys, [figures[k] for k in keys])
    ax.set_title(f"OpenUB bench: {name} ({time.strftime('%Y-%m-%d')})")
    fig.tight_layout()
    fig.savefig(out / f"{name}.png", dpi=110)
    plt.close(fig)
    return path


def load_all() -> None:
    """Import the bench modules so they register themselves."""
    from sim.bench import fpga, link, shell, simspeed  # noqa: F401
