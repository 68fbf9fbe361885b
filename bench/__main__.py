"""`make bench`: run every benchmark (or those named on the command line)."""

from __future__ import annotations

import sys

from bench import store_workload

BENCHMARKS = {"store": store_workload.main}


def main(names: list[str]) -> int:
    for name in names or list(BENCHMARKS):
        print(f"== {name}", flush=True)
        BENCHMARKS[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
