"""The GUI on a 10,000-client store: start, search as you type, opening records, memory.

The run's seeded 10,000-client store (bench/template.py) is copied, its key wrapped
under real, calibrated Argon2id parameters; its size and outbox before a first sync
are printed against the goal. Then, each in a fresh process so that nothing is warm
that a worker's laptop would not have warm:

- start: a bare PySide6 window (process start to first paint) next to the app's
  unlock-to-first-caseload-paint (Unlock pressed: Argon2id, schema check, caseload
  query, the table painted with rows), and the app's process start to the painted
  unlock dialog;
- workload: search keystrokes to results painted (goal p95 <= 16 ms), in "my
  caseload" and in "all clients"; opening a client record (goal p95 <= 100 ms);
  resident memory after each phase, and at the end (goal <= 250 MB).

A keystroke is timed from the moment the search runs to the painted rows: the
~150 ms pause the search box waits for the typing to stop is left out on purpose.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from astu_protocol.service_day import service_today
from bench import goals
from bench.goals import verdict

if TYPE_CHECKING:  # the children import this module: they must not load the store here
    from bench.template import SeededStore

CLIENTS = int(os.environ.get("ASTU_GUI_BENCH_CLIENTS", "10000"))
SEARCH_GOAL_MS = goals.SEARCH_P95_MS
RECORD_GOAL_MS = goals.RECORD_P95_MS


def build_store(folder: Path) -> tuple[Path, str, SeededStore]:
    """A copy of the run's seeded store, its key wrapped under calibrated Argon2id."""
    from astu_desktop.store import keyfile
    from bench.template import seeded_copy

    params = keyfile.calibrate()
    path, seeded = seeded_copy(folder / "cases", CLIENTS, service_today(), kdf=params)
    kdf = (
        f"Argon2id t={params.time_cost}, m={params.memory_kib // 1024} MiB, p={params.parallelism}"
    )
    return path, kdf, seeded


def run_child(name: str, *args: str) -> tuple[dict[str, Any], float]:
    """Run one measurement in a fresh process; its JSON result and the wall time to 'ready'."""
    script = "import sys, bench.gui_workload as w; w.child_main(sys.argv[1:])"
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, name, *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    ready_at = None
    lines = []
    for line in process.stdout:
        if line.strip() == "ready" and ready_at is None:
            ready_at = time.perf_counter() - started
        lines.append(line)
    if process.wait() != 0:
        raise RuntimeError(f"the {name} child failed")
    result: dict[str, Any] = json.loads(lines[-1])
    return result, ready_at if ready_at is not None else float("nan")


def child_main(argv: list[str]) -> None:
    children: dict[str, Callable[[list[str]], dict[str, Any]]] = {
        "bare": child_bare,
        "start": child_start,
        "workload": child_workload,
    }
    name, *args = argv
    print(json.dumps(children[name](args)), flush=True)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    from bench.template import PASSPHRASE

    with tempfile.TemporaryDirectory(prefix="astu-gui-bench-") as folder:
        path, kdf, seeded = build_store(Path(folder))
        store = str(path)
        bare_runs = [run_child("bare") for _ in range(3)]
        start_runs = [run_child("start", store, PASSPHRASE) for _ in range(3)]
        workload, _ready = run_child("workload", store, PASSPHRASE)
    report_store(seeded)
    report_start(bare_runs, start_runs, kdf)
    report_workload(workload)


def report_store(seeded: SeededStore) -> None:
    """The seeded store before its first sync: everything it holds waits in the outbox."""
    per_client = seeded.bytes_per_client
    print(
        f"seeded {seeded.clients:,}-client store, before its first sync: "
        f"{seeded.file_bytes / 1e6:.0f} MB, {per_client / 1e3:.1f} KB per client, "
        f"{seeded.outbox_rows:,} outbox rows ({seeded.outbox_rows / seeded.clients:.1f} per "
        f"client), seeded in {seeded.seed_seconds:.0f} s — "
        f"{verdict(per_client, goals.STORE_BYTES_PER_CLIENT)} the goal of <= "
        f"{goals.STORE_BYTES_PER_CLIENT / 1e3:.0f} KB per client"
    )


def report_start(
    bare_runs: list[tuple[dict[str, Any], float]],
    start_runs: list[tuple[dict[str, Any], float]],
    kdf: str,
) -> None:
    bare = statistics.median(ready for _result, ready in bare_runs)
    dialog = statistics.median(ready for _result, ready in start_runs)
    to_paint = statistics.median(result["unlock_to_paint_s"] for result, _ in start_runs)
    derive = statistics.median(result["kdf_s"] for result, _ in start_runs)
    rows = statistics.median(result["rows"] for result, _ in start_runs)
    print(f"{'start (median of 3, fresh processes)':46} {'s':>7}")
    print(f"{'bare PySide6 window, process to first paint':46} {bare:7.3f}")
    ratio = dialog / bare
    print(
        f"{'ASTU, process to painted unlock dialog':46} {dialog:7.3f}  ratio {ratio:5.2f}  "
        f"{verdict(ratio, goals.START_RATIO)} the goal of <= {goals.START_RATIO:.0f}x"
    )
    print(
        f"{'ASTU, Unlock pressed to caseload painted':46} {to_paint:7.3f}  ratio "
        f"{to_paint / bare:5.2f}  ({rows:.0f} rows)"
    )
    print(f"{'  of which the key derivation':46} {derive:7.3f}  ({kdf}, by design ~0.5 s)")


def report_workload(workload: dict[str, Any]) -> None:
    print(f"\n{'workload (ms)':46} {'p50':>7} {'p95':>7} {'goal':>6}  verdict")
    for scope, timings in workload["search_ms"].items():
        line(f"search keystroke -> rows, {scope}", timings, SEARCH_GOAL_MS)
    line("open a client record (load_client_record)", workload["record_ms"], RECORD_GOAL_MS)
    if workload.get("record_window_ms"):
        line("open a record window, first tab painted", workload["record_window_ms"], None)
    print(f"\n{'resident memory after each phase':46} {'MB':>7} {'peak':>7}")
    for phase, (rss, peak) in workload["rss_by_phase"].items():
        print(f"{phase:46} {rss:7.0f} {peak:7.0f}")
    rss = workload["rss_mb"]
    print(
        f"resident memory after the workload: {rss:.0f} MB "
        f"({verdict(rss, goals.MEMORY_MB)} the goal of <= {goals.MEMORY_MB:.0f} MB; "
        f"peak {workload['peak_mb']:.0f} MB)"
    )


def line(label: str, timings: list[float], goal: float | None) -> None:
    p50, p95 = percentile(timings, 0.5), percentile(timings, 0.95)
    goal_text = f"{goal:6.0f}" if goal is not None else " " * 6
    word = verdict(p95, goal) if goal is not None else ""
    print(f"{label:46} {p50:7.1f} {p95:7.1f} {goal_text}  {word:8}  (n={len(timings)})")


def sample_keystrokes(
    names: list[str], codes: list[str], phones: list[str], seed: int = 5
) -> list[str]:
    """What a worker types, one growing prefix per keystroke: names, hetus, phone numbers."""
    rng = random.Random(seed)
    typed: list[str] = []
    for name in rng.sample(names, min(12, len(names))):
        typed += [name[:length].lower() for length in range(1, min(len(name), 6) + 1)]
    for first, last in zip(rng.sample(names, 4), rng.sample(names, 4), strict=True):
        typed += [f"{first[:3]} {last[:length]}".lower() for length in range(1, 4)]
    for code in rng.sample(codes, min(4, len(codes))):
        typed += [code[:length] for length in (4, 6, 8, 11)]
    for phone in rng.sample(phones, min(4, len(phones))):
        digits = phone.replace(" ", "")
        typed += [digits[:length] for length in (4, 7, 10)]
    return typed


# -- the children: each runs in its own process ----------------------------------------


class PaintWatch:
    """Waits until a widget has been painted; an application event filter, so it can wait
    for widgets that do not exist yet (the caseload table appears only after the unlock)."""

    def __init__(self, app: Any, target: Callable[[], Any]) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.seen = False
        watch = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and watched is target():
                    watch.seen = True
                return False

        self._filter = Filter()
        app.installEventFilter(self._filter)

    def wait(self, app: Any, ready: Callable[[], bool] = lambda: True) -> float:
        """Process events until the target was painted; the time just after the painting.

        The filter sees the paint event before the widget paints: only when
        `processEvents` returns has the painting (and the rows it fetched) happened.
        """
        wait_for(app, lambda: self.seen and ready())
        return time.perf_counter()

    def rearm(self) -> None:
        self.seen = False

    def stop(self, app: Any) -> None:
        app.removeEventFilter(self._filter)


def wait_for(app: Any, done: Callable[[], bool], seconds: float = 120.0) -> None:
    """Run the event loop until `done`, sleeping between events as the app's loop does.

    A busy loop here would hold Python's GIL against the store worker thread and
    slow down exactly what is measured. A ticking timer bounds each sleep.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    tick = QTimer()
    tick.start(50)
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not finish")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    tick.stop()


def child_bare(_args: list[str]) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    _quiet_offscreen()
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    table = QTableView()
    window.setCentralWidget(table)
    window.resize(1360, 820)
    watch = PaintWatch(app, table.viewport)
    window.show()
    watch.wait(app)
    print("ready", flush=True)
    return {}


def _quiet_offscreen() -> None:
    """The offscreen platform notes, once per window, what it cannot do; nothing else is hid."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: Any, _context: Any, message: str) -> None:
        if not message.startswith("This plugin does not support"):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _private_settings() -> None:
    from PySide6.QtCore import QSettings

    _quiet_offscreen()

    folder = tempfile.mkdtemp(prefix="astu-bench-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


def child_start(args: list[str]) -> dict[str, Any]:
    """Process start to the unlock dialog; Unlock pressed to the caseload painted."""
    from astu_desktop.app import _application
    from astu_desktop.ui.errors import ErrorReporter
    from astu_desktop.ui.i18n import Translations
    from astu_desktop.ui.start import StartFlow
    from astu_desktop.ui.tasks import TaskRunner
    from astu_desktop.ui.unlock_dialog import UnlockDialog

    path, passphrase = Path(args[0]), args[1]
    _private_settings()
    app = _application()
    translations = Translations(app)
    translations.load_saved()
    runner = TaskRunner(app)
    flow = StartFlow(path, runner, translations, ErrorReporter())
    dialog_watch = PaintWatch(app, lambda: flow.dialog)
    flow.start()
    dialog_watch.wait(app)
    print("ready", flush=True)
    dialog = flow.dialog
    assert isinstance(dialog, UnlockDialog)

    def table() -> Any:
        return flow.window.panel.table.viewport() if flow.window is not None else None

    def rows() -> int:
        return flow.window.panel.model.rowCount() if flow.window is not None else 0

    watch = PaintWatch(app, lambda: table() if rows() else None)
    dialog.passphrase.setText(passphrase)
    pressed = time.perf_counter()
    dialog.attempt()
    unlock_to_paint = watch.wait(app) - pressed
    shown = rows()
    flow.shutdown()
    from astu_desktop.store import keyfile
    from astu_desktop.store.storepaths import StorePaths

    started = time.perf_counter()
    keyfile.zero(keyfile.read(StorePaths(path).keyfile).unwrap(passphrase))
    return {
        "unlock_to_paint_s": unlock_to_paint,
        "kdf_s": time.perf_counter() - started,
        "rows": shown,
    }


def child_workload(args: list[str]) -> dict[str, Any]:
    from astu_desktop.app import _application
    from astu_desktop.services.store_actions import read_opening
    from astu_desktop.store.casestore import CaseStore
    from astu_desktop.ui.caseload_panel import Scope
    from astu_desktop.ui.errors import ErrorReporter
    from astu_desktop.ui.i18n import Translations
    from astu_desktop.ui.main_window import MainWindow
    from astu_desktop.ui.tasks import TaskRunner

    path, passphrase = Path(args[0]), args[1]
    _private_settings()
    app = _application()
    translations = Translations(app)
    translations.load_saved()
    runner = TaskRunner(app)
    store = CaseStore.unlock(path, passphrase)
    window = MainWindow(runner, translations, ErrorReporter())
    window.resize(1360, 820)
    window.show()
    panel = window.panel
    watch = PaintWatch(app, lambda: panel.table.viewport() if not panel.model.loading else None)
    rss_by_phase: dict[str, tuple[float, float]] = {"started, nothing open": _memory_mb()}
    window.open_store(store, read_opening(store))  # as the start flow reads it first
    watch.wait(app, lambda: not panel.model.loading)
    rss_by_phase["caseload painted"] = _memory_mb()
    typed = sample_keystrokes(*_typing_material(store))

    def keystroke(text: str) -> float:
        watch.rearm()
        started = time.perf_counter()
        panel.search_box.setText(text)  # starts the pause the search box waits for...
        panel.search_now()  # ...which is not what is measured here
        return (watch.wait(app, lambda: not panel.model.loading) - started) * 1000

    search_ms: dict[str, list[float]] = {}
    for scope, label in ((Scope.MINE, "my caseload"), (Scope.ALL, "all clients")):
        panel.set_scope(scope)
        wait_for(app, lambda: not panel.model.loading)
        search_ms[label] = [keystroke(text) for text in typed]
        rss_by_phase[f"searched, {label}"] = _memory_mb()
    record_ms = _record_loads(store)
    rss_by_phase["200 client records read"] = _memory_mb()
    record_window_ms = _record_windows(app, store, runner)
    rss_by_phase["30 record windows opened and closed"] = _memory_mb()
    window.close_store()
    runner.wait_until_idle()
    rss, peak = _memory_mb()
    rss_by_phase["store closed (the figure of the goal)"] = (rss, peak)
    return {
        "rss_by_phase": rss_by_phase,
        "search_ms": search_ms,
        "record_ms": record_ms,
        "record_window_ms": record_window_ms,
        "rss_mb": rss,
        "peak_mb": peak,
    }


def _typing_material(store: Any) -> tuple[list[str], list[str], list[str]]:
    from sqlalchemy import select

    from astu_desktop.models import Client

    with store.session() as session:
        rows = session.execute(
            select(Client.last_name, Client.hetu, Client.phone).order_by(Client.id).limit(2000)
        ).all()
    names = [row.last_name for row in rows]
    return names, [row.hetu for row in rows], [row.phone for row in rows if row.phone]


def _sample_clients(store: Any, count: int) -> list[str]:
    from sqlalchemy import select

    from astu_desktop.models import Client

    with store.session() as session:
        ids = list(session.scalars(select(Client.id).where(Client.deleted_at.is_(None))))
    return random.Random(9).sample(ids, min(count, len(ids)))


def _record_loads(store: Any) -> list[float]:
    """The record service's read of a whole record, for 200 random clients."""
    try:
        from astu_desktop.services.client_record import load_client_record
    except ImportError:
        return []
    timings = []
    for client_id in _sample_clients(store, 200):
        started = time.perf_counter()
        with store.session() as session:
            load_client_record(session, client_id, service_today())
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _record_windows(app: Any, store: Any, runner: Any) -> list[float]:
    """The record window from `open()` (a logged VIEW) to its painted first tab."""
    try:
        from astu_desktop.ui.record.window import ClientRecordWindow
    except ImportError:
        return []
    return [
        _open_record_window(app, ClientRecordWindow(store, client_id, runner))
        for client_id in _sample_clients(store, 30)
    ]


def _open_record_window(app: Any, window: Any) -> float:
    loaded: list[float] = []
    window.loaded.connect(lambda: loaded.append(time.perf_counter()))
    watch = PaintWatch(app, lambda: window.tabs.currentWidget() if loaded else None)
    started = time.perf_counter()
    window.open()
    painted = watch.wait(app)
    watch.stop(app)
    window.close()
    app.processEvents()
    return (painted - started) * 1000


def _memory_mb() -> tuple[float, float]:
    """Resident and peak resident memory of this process, in MB."""
    status = Path("/proc/self/status")
    if status.exists():
        fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        return _kib_to_mb(fields["VmRSS"]), _kib_to_mb(fields["VmHWM"])
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return peak, peak


def _kib_to_mb(field: str) -> float:
    return int(field.strip().split()[0]) / 1024
