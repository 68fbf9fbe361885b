"""The goals `make bench` holds the product to, declared once, and the word for each.

Every figure the benchmarks print beside a goal says "meets" or "misses": the figures
of a run can be read against the table in README.md without doing sums.
"""

from __future__ import annotations

SEARCH_P95_MS = 16.0  # keystroke to painted rows, my caseload and all clients
RECORD_P95_MS = 100.0  # opening a client record
MEMORY_MB = 250.0  # resident memory after the GUI workload
START_RATIO = 3.0  # process start to painted unlock dialog, against a bare PySide6 window
ENCRYPTED_RATIO = 1.10  # store workload, encrypted / plain, in every phase
FIRST_SYNC_RATIO = 1.5  # a new laptop's first sync / a bulk insert of the same rows
STORE_BYTES_PER_CLIENT = 15_000  # a seeded 10,000-client store <= 150 MB before its first sync


def verdict(value: float, goal: float) -> str:
    return "meets" if value <= goal else "misses"
