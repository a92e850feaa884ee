"""``python -m sim.bench NAME [--sim verilator|icarus]``."""

from __future__ import annotations

import argparse
import json
import sys

from sim.bench import BENCHES, load_all, write_results


def main(argv=None) -> int:
    load_all()
    ap = argparse.ArgumentParser(description="OpenUB benchmarks")
    ap.add_argument("name", nargs="?", help=f"one of: {', '.join(sorted(BENCHES))}")
    ap.add_argument("--list", action="store_true", help="list the benches")
    ap.add_argument("--sim", default=None, help="simulator (verilator by default)")
    args = ap.parse_args(argv)
    if args.list or not args.name:
        print("\n".join(f"{k}: {(v.__doc__ or '').strip().splitlines()[0]}"
                        for k, v in sorted(BENCHES.items())))
        return 0 if args.list else 2
    if args.name not in BENCHES:
        print(f"unknown bench {args.name!r}; known: {', '.join(sorted(BENCHES))}",
              file=sys.stderr)
        return 2
    figures, plot = BENCHES[args.name](sim=args.sim)
    path = write_results(args.name, figures, plot)
    print(json.dumps(figures, indent=1, sort_keys=True))
    print(f"wrote {path} and {path.with_suffix('.png')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
