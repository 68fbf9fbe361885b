"""`astu-desktop`: with no subcommand the GUI, otherwise headless commands.

The commands use the same services as the GUI. Passphrases come from the
ASTU_PASSPHRASE / ASTU_NEW_PASSPHRASE environment variables or a prompt, never from
an argument (arguments are visible to every user of the machine). Every failure ends
with a sentence in the user's language and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from astu_desktop import paths
from astu_desktop.messages import message
from astu_desktop.store import space
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.errors import (
    DiskFull,
    NotEnoughRoom,
    StoppedPartWay,
    StoreError,
    UnlockThrottled,
)
from astu_protocol.codes import FormKey

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace], int]
# What `export-pdf --document` accepts: every form (by its FormKey value) and the summary.
CASE_SUMMARY = "case_summary"
DOCUMENT_KINDS = (*(key.value for key in FormKey), CASE_SUMMARY)


class CommandFailed(Exception):
    """A failure already explained to the user; carries only the message code."""

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command: Command | None = getattr(args, "command", None)
    if command is None:
        from astu_desktop.app import run_gui

        return run_gui(args.db)
    return run_command(command, args)


def run_command(command: Command, args: argparse.Namespace) -> int:
    try:
        return command(args)
    except CommandFailed as failure:
        _say(message(failure.code, **failure.values))
        return EXIT_USAGE if failure.code in _USAGE_CODES else EXIT_FAILED
    except UnlockThrottled as throttled:
        _say(message("unlock_throttled", seconds=max(1, round(throttled.wait_seconds))))
        return EXIT_FAILED
    except StoreError as error:
        _say(store_error_text(error))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _say(message("interrupted"))
        return EXIT_FAILED
    except Exception as error:
        disk = space.storage_error(error)  # e.g. a PDF written to a full disk
        if disk is not None:
            _say(store_error_text(disk))
            return EXIT_FAILED
        _log_unexpected()
        _say(message("unexpected"))
        return EXIT_FAILED


def store_error_text(error: StoreError) -> str:
    """The sentence for a store error; a full disk says how much to free, work that
    stopped part way says how far it got."""
    if isinstance(error, StoppedPartWay):
        done = message(
            f"stopped_part_way_{error.unit}", saved=error.saved, total=error.total or "?"
        )
        return f"{store_error_text(error.cause)}\n{done}"
    if isinstance(error, NotEnoughRoom):
        needed, free = error.needed_bytes or 0, error.free_bytes or 0
        return message("not_enough_room", needed=-(-needed // space.MB), free=free // space.MB)
    if isinstance(error, DiskFull):
        needed = error.needed_bytes or space.MIN_FREE_BYTES
        return message("disk_full", needed=-(-needed // space.MB))
    return message(error.code)


_LOG_REASONS = ("busy", "disk_full", "storage_failed")  # why the log may not fold back
_USAGE_CODES = {
    "passphrase_needed",
    "password_needed",
    "passphrases_differ",
    "weak_passphrase",
    "file_not_found",
    "pdf_password_needed",
    "pdf_password_short",
    "pdf_passwords_differ",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="astu-desktop",
        description="ASTU Desktop – Asumisen tuen asiakastyö. Without a command: the app.",
    )
    parser.add_argument("--db", type=Path, default=None, help="store file (default: user data)")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add(commands, "init", cmd_init, "create a new encrypted store")
    _add(commands, "change-passphrase", cmd_change_passphrase, "rewrap the key under a new one")
    _add(commands, "rekey", cmd_rekey, "re-encrypt the store under a new random key")
    seed = _add(commands, "seed", cmd_seed, "fill the store with a synthetic caseload")
    seed.add_argument("--clients", type=int, required=True)
    seed.add_argument("--random-seed", type=int, default=1)
    imp = _add(commands, "import", cmd_import, "import clients from a CSV or JSON file")
    imp.add_argument("file", type=Path)
    _add(commands, "check", cmd_check, "verify encryption, database and access-log integrity")
    _add(commands, "stats", cmd_stats, "print an overview of the store")
    enroll = _add(commands, "enroll", cmd_enroll, "enrol this store with the central server")
    enroll.add_argument("--server", required=True)
    enroll.add_argument("--user", required=True)
    enroll.add_argument(
        "--code", required=True, help="the one-time enrolment code from the administrator"
    )
    enroll.add_argument("--device-name", default=None)
    _add(commands, "sync", cmd_sync, "push local changes, pull the server's, check the scope")
    export = _add(commands, "export-pdf", cmd_export_pdf, "export a client document as PDF")
    export.add_argument("--client", required=True, help="the client's id")
    export.add_argument("--document", required=True, choices=DOCUMENT_KINDS)
    export.add_argument("--lang", choices=("fi", "sv", "en"), default=None)
    export.add_argument("--out", type=Path, required=True)
    export.add_argument(
        "--protect", action="store_true", help="AES-256 password (ASTU_PDF_PASSWORD or a prompt)"
    )
    report = _add(commands, "report", cmd_report, "the yearly statistics report as PDF")
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--lang", choices=("fi", "sv", "en"), default=None)
    report.add_argument("--out", type=Path, required=True)
    report.add_argument(
        "--protect", action="store_true", help="AES-256 password (ASTU_PDF_PASSWORD or a prompt)"
    )
    demo = _add(commands, "demo", cmd_demo, "open the app on the demo store (created if missing)")
    demo.add_argument("--clients", type=int, default=400)
    return parser


def _add(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    handler: Command,
    help_text: str,
) -> argparse.ArgumentParser:
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="store file")
    sub.set_defaults(command=handler)
    return sub


# -- commands ----------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    path = store_path(args)
    if path.exists():
        raise CommandFailed("store_exists")
    store = CaseStore.create(path, new_passphrase())
    store.lock()
    _say(message("created", path=path))
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        old = current_passphrase()
        store.change_passphrase(old, new_passphrase())
    finally:
        store.lock()
    _say(message("passphrase_changed"))
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        store.rekey(current_passphrase())
    finally:
        store.lock()
    _say(message("rekeyed"))
    return EXIT_OK


def cmd_seed(args: argparse.Namespace) -> int:
    from astu_desktop.services.seed import seed_caseload

    store = open_store(args)
    try:
        with _progress_bar(args.clients) as progress:
            summary = seed_caseload(
                store, clients=args.clients, random_seed=args.random_seed, progress=progress
            )
    finally:
        store.lock()
    _say(
        message(
            "seeded",
            clients=summary.clients,
            visits=summary.visits,
            documents=summary.documents,
        )
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from astu_desktop.cli_import import import_file

    if not args.file.is_file():
        raise CommandFailed("file_not_found")
    store = open_store(args)
    try:
        return import_file(store, args.file, say=_say)
    finally:
        store.lock()


def cmd_check(args: argparse.Namespace) -> int:
    from astu_desktop.services.accesslog import reaches_acknowledged, verify_chain

    store = open_store(args)
    try:
        report = store.check()
        broken_at, reaches = None, True
        if report.ok:
            with store.session() as session:
                broken_at = verify_chain(session)
                reaches = reaches_acknowledged(session)
        log = store.fold_log()
    finally:
        store.lock()
    if log.reason in _LOG_REASONS:  # a damaged store's own lines are said below
        size = f"{log.wal_bytes / space.MB:.1f}"
        _say(message("check_log_not_folded", size=size, reason=message(f"log_reason_{log.reason}")))
    if report.cipher_problems:
        _say(message("check_cipher_failed", count=len(report.cipher_problems)))
    if report.sqlite_problems:
        _say(message("check_sqlite_failed", count=len(report.sqlite_problems)))
    if broken_at is not None:
        _say(message("check_chain_broken", seq=broken_at))
    if not reaches:
        _say(message("check_log_short_of_server"))
    if report.ok and broken_at is None and reaches and log.reason in (None, "busy"):
        _say(message("check_ok"))
        return EXIT_OK
    return EXIT_FAILED


def cmd_stats(args: argparse.Namespace) -> int:
    from astu_desktop.services.overview import store_overview

    store = open_store(args)
    try:
        with store.session() as session:
            overview = store_overview(session)
    finally:
        store.lock()
    for name, value in vars(overview).items():
        if isinstance(value, dict):
            parts = [f"{message('service_' + k)} {v}" for k, v in sorted(value.items())]
            value = ", ".join(parts) or "-"
        _say(f"{message('stats_' + name)}: {value}")
    return EXIT_OK


def cmd_enroll(args: argparse.Namespace) -> int:
    from astu_desktop.cli_sync import cmd_enroll as enroll

    return enroll(args)


def cmd_sync(args: argparse.Namespace) -> int:
    from astu_desktop.cli_sync import cmd_sync as synchronise

    return synchronise(args)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from astu_desktop.cli_reports import cmd_export_pdf as export_pdf

    return export_pdf(args)


def cmd_report(args: argparse.Namespace) -> int:
    from astu_desktop.cli_reports import cmd_report as report

    return report(args)


def cmd_demo(args: argparse.Namespace) -> int:
    """The app on the demo store, beside a local server it syncs with (see demo.py).

    The server's code comes with the `server` part of the install; a laptop installed
    with `desktop` alone is told so instead of shown an import error.
    """
    try:
        from astu_desktop import demo
    except ModuleNotFoundError as missing:
        raise CommandFailed("demo_needs_server") from missing
    from astu_desktop.app import run_demo_gui

    if getattr(args, "db", None) is not None:
        raise CommandFailed("demo_own_folder")  # only the demo's own folder is ever erased
    return run_demo_gui(demo.demo_files(), args.clients)


# -- helpers -----------------------------------------------------------------------


def store_path(args: argparse.Namespace) -> Path:
    given: Path | None = getattr(args, "db", None)
    return given if given is not None else paths.default_store_path()


def open_store(args: argparse.Namespace) -> CaseStore:
    return CaseStore.unlock(store_path(args), current_passphrase())


def current_passphrase() -> str:
    given = os.environ.get("ASTU_PASSPHRASE")
    if given is not None:
        return given
    return _prompt(message("prompt_passphrase"))


def new_passphrase() -> str:
    given = os.environ.get("ASTU_NEW_PASSPHRASE")
    if given is not None:
        return given
    first = _prompt(message("prompt_new_passphrase"))
    if _prompt(message("prompt_repeat")) != first:
        raise CommandFailed("passphrases_differ")
    return first


def _prompt(text: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandFailed("passphrase_needed")
    return getpass.getpass(text)


class _progress_bar:  # noqa: N801 - used like a function in `with`
    """A terminal progress bar on stderr (tqdm), silent when stderr is not a terminal."""

    def __init__(self, total: int) -> None:
        from tqdm import tqdm

        self._bar = tqdm(total=total, unit=" clients", disable=not sys.stderr.isatty())

    def __enter__(self) -> Callable[[int, int], None]:
        return self._update

    def __exit__(self, *_exc: object) -> None:
        self._bar.close()

    def _update(self, done: int, total: int) -> None:
        self._bar.total = total
        self._bar.n = done
        self._bar.refresh()


def _say(text: str) -> None:
    print(text, flush=True)


def _log_unexpected() -> None:
    """Keep where it failed for support: the error's type and the code lines, no message.

    Driver messages can quote SQL parameters, which may be personal data, so the
    exception text itself is never written.
    """
    error_type, _error, trace = sys.exc_info()
    try:
        directory = paths.log_dir()
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        with (directory / "errors.log").open("a", encoding="utf-8") as log:
            name = error_type.__qualname__ if error_type else "?"
            log.write(f"--- {datetime.now(UTC).isoformat()} {name}\n")
            log.writelines(traceback.format_list(traceback.extract_tb(trace, limit=20)))
    except OSError:
        logging.getLogger(__name__).warning("could not write the error log")
