"""`make bench`: run every benchmark (or those named on the command line)."""

from __future__ import annotations

import os
import sys
import tempfile

from bench import gui_workload, report_workload, store_workload, sync_workload, team_workload
from bench.template import FOLDER_VARIABLE

BENCHMARKS = {
    "store": store_workload.main,
    "sync": sync_workload.main,
    "gui": gui_workload.main,
    "reports": report_workload.main,
    "team": team_workload.main,
}


def main(names: list[str]) -> int:
    """Each benchmark in turn, sharing one seeded template store (bench/template.py)."""
    with tempfile.TemporaryDirectory(prefix="astu-bench-templates-") as templates:
        os.environ[FOLDER_VARIABLE] = templates
        for name in names or list(BENCHMARKS):
            print(f"== {name}", flush=True)
            BENCHMARKS[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
