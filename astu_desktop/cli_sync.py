"""`astu-desktop enroll` and `astu-desktop sync`: the headless side of the sync.

Same outcome as the GUI's sync: push, pull, check. The exit status is non-zero when
anything failed: the server was unreachable, refused the request, or refused some
changes (those wait in quarantine). A revoked device says why and then erases its
store. The account password comes from ASTU_SYNC_PASSWORD or a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from astu_desktop.cli import EXIT_FAILED, EXIT_OK, CommandFailed, open_store
from astu_desktop.messages import message
from astu_desktop.services import enrolment
from astu_desktop.sync.client import (
    DeviceRevoked,
    NotAuthorised,
    ServerRefused,
    ServerUnreachable,
    SyncError,
)
from astu_desktop.sync.engine import NotEnrolled, SyncReport, synchronise


def cmd_enroll(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        password = account_password()
        user = enrolment.enrol(store, args.server, args.user, password, args.code,
                               device_name=getattr(args, "device_name", None))  # fmt: skip
    except enrolment.AlreadyEnrolled:
        raise CommandFailed("already_enrolled") from None
    except SyncError as failure:
        raise _explained(failure) from None
    finally:
        store.lock()
    _say(message("enrolled", user=user.username))
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        with enrolment.sync_client(store) as client:
            report = synchronise(store, client)
            enrolment.rotate_token(store, client)
    except (enrolment.NotEnrolled, NotEnrolled):
        store.lock()
        raise CommandFailed("not_enrolled") from None
    except DeviceRevoked:
        _say(message("device_revoked"))
        enrolment.wipe_store(store)
        _say(message("device_wiped"))
        return EXIT_FAILED
    except SyncError as failure:
        store.lock()
        raise _explained(failure) from None
    store.lock()
    return _tell(report)


def _tell(report: SyncReport) -> int:
    _say(message("sync_done", pushed=report.pushed_changes, pulled=report.pulled_rows))
    moved = report.purged_clients - report.retired_clients
    if moved:
        _say(message("sync_purged", count=moved))
    if report.retired_clients:
        _say(message("sync_retired", count=report.retired_clients))
    if report.kept_from_purged:
        _say(message("sync_purged_kept", count=report.kept_from_purged))
    if report.new_versions:
        _say(message("sync_new_versions", count=report.new_versions))
    conflicts = report.conflicts_on_push + report.conflicts_received
    if conflicts:
        _say(message("sync_conflicts", count=conflicts))
    if report.clock_ahead_ms:
        _say(message("sync_clock_ahead", seconds=report.clock_ahead_ms // 1000))
    if report.restored:
        _say(message("sync_restored"))
    elif report.resynced:
        _say(message("sync_resynced"))
    if report.set_aside:
        _say(message("sync_set_aside", count=report.set_aside))
    if report.held_back:
        _say(message("sync_held_back", count=report.held_back))
    if report.refused:
        reasons = ", ".join(sorted(set(report.refused_reasons))) or "-"
        _say(message("sync_refused", count=report.refused, reasons=reasons))
        return EXIT_FAILED
    return EXIT_OK


def _explained(failure: SyncError) -> CommandFailed:
    if isinstance(failure, enrolment.InsecureServer):
        return CommandFailed("insecure_server")
    if isinstance(failure, ServerUnreachable):
        return CommandFailed("server_unreachable")
    if isinstance(failure, NotAuthorised):
        return CommandFailed("sync_unauthorised")
    if isinstance(failure, ServerRefused):
        return CommandFailed("server_refused", reason=str(failure))
    return CommandFailed(failure.code if failure.code else "sync_failed")


def account_password() -> str:
    given = os.environ.get("ASTU_SYNC_PASSWORD")
    if given:
        return given
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandFailed("password_needed")
    return getpass.getpass(message("prompt_password"))


def _say(text: str) -> None:
    print(text, flush=True)
