"""``make regress SEEDS=n``: the randomized block tests over many seeds.

Runs every cocotb-marked test (each already parametrized over Verilator and Icarus where it
applies) once per seed with ``SEED`` set, so each failure is replayable with
``SEED=<seed> make test`` or ``SEED=<seed> pytest -m cocotb``. Writes
``build/regress/summary.json`` and exits non-zero if any seed failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time

from sim.runner import BUILD


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=10, help="number of seeds")
    ap.add_argument("--base", type=int, default=None, help="first seed (random by default)")
    ap.add_argument("-k", default=None, help="pytest -k expression to select tests")
    args = ap.parse_args(argv)
    if args.seeds < 1:
        ap.error("--seeds must be at least 1")
    base = args.base if args.base is not None else random.SystemRandom().randrange(1, 2**30)
    out = BUILD / "regress"
    out.mkdir(parents=True, exist_ok=True)
    results = []
    for seed in range(base, base + args.seeds):
        t0 = time.time()
        cmd = [sys.executable, "-m", "pytest", "-q", "-m", "cocotb", "-n", "2",
               "--dist", "loadgroup", "tests"]
        if args.k:
            cmd += ["-k", args.k]
        env = dict(os.environ, SEED=str(seed))
        log = out / f"seed-{seed}.log"
        with open(log, "w") as f:
            rc = subprocess.run(cmd, env=env, stdout=f, stderr=subprocess.STDOUT).returncode
        tail = log.read_text().strip().splitlines()[-1:] or [""]
        results.append({"seed": seed, "passed": rc == 0, "seconds": round(time.time() - t0, 1),
                        "summary": tail[0], "log": str(log)})
        print(f"seed {seed}: {'PASS' if rc == 0 else 'FAIL'} ({tail[0]})", flush=True)
    failed = [r["seed"] for r in results if not r["passed"]]
    (out / "summary.json").write_text(json.dumps({"base": base, "runs": results,
                                                  "failed_seeds": failed}, indent=1))
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    if failed:
        print("replay: " + ", ".join(f"SEED={s} pytest -m cocotb tests" for s in failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
