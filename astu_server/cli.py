"""`astu-server`: run the server and administer it.

    astu-server [--db-url URL] serve --host 127.0.0.1 --port 8443 \\
        [--certfile cert.pem --keyfile key.pem] [--forwarded-allow-ips 10.0.0.5,...]
    astu-server user add NAME --full-name "..." --role field_worker|team_lead|admin [--team T]
    astu-server user disable NAME
    astu-server team add NAME
    astu-server client assign (--client ID | --hetu HETU) --responsible NAME [--co-worker NAME]
    astu-server device list [--user NAME] | device revoke DEVICE_ID
    astu-server device enrolment-code NAME
    astu-server access-report --client HETU
    astu-server integrity-events [--device DEVICE_ID]
    astu-server migrate | openapi [--output FILE]

The database comes from --db-url or ASTU_SERVER_DB (PostgreSQL: postgresql://...;
default: an SQLite file in the working folder). TLS: give --certfile and --keyfile
(PEM) and the server speaks HTTPS only; without them it speaks plain HTTP and should
listen on the loopback address behind a TLS-terminating proxy. The client address
(for the sign-in limit) is the connection's, unless the connection comes from one of
--forwarded-allow-ips: then it is the one that proxy names in X-Forwarded-For. By
default no proxy is trusted. Passwords come from ASTU_SERVER_PASSWORD or a prompt,
never from an argument, and follow the same rule either way.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine

from astu_server import accessreport, devices, directory, retention
from astu_server.adminprint import printable
from astu_server.app import create_app
from astu_server.db import make_engine, migrate, sessions
from astu_server.directory import AdminError

DEFAULT_DB_URL = "sqlite:///astu-server.db"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
Handler = Callable[[argparse.Namespace, Engine], int]


class CliError(Exception):
    pass


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        build_parser().print_help()
        return EXIT_USAGE
    engine = make_engine(args.db_url or os.environ.get("ASTU_SERVER_DB") or DEFAULT_DB_URL)
    try:
        if handler is not cmd_openapi:
            migrate(engine)
        return handler(args, engine)
    except AdminError as error:
        print(f"refused: {error.code}", file=sys.stderr)
        return EXIT_FAILED
    except CliError as error:
        print(str(error), file=sys.stderr)
        return EXIT_USAGE
    finally:
        engine.dispose()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="astu-server", description="ASTU central server")
    parser.add_argument("--db-url", default=None, help="database URL (or ASTU_SERVER_DB)")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    serve = _command(commands, "serve", cmd_serve, "run the HTTP(S) server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--certfile", type=Path, default=None, help="TLS certificate (PEM)")
    serve.add_argument("--keyfile", type=Path, default=None, help="TLS private key (PEM)")
    serve.add_argument(
        "--forwarded-allow-ips",
        default="",
        metavar="ADDRESSES",
        help="comma-separated addresses of reverse proxies whose X-Forwarded-For is "
        "believed (default: none)",
    )
    serve.add_argument(
        "--retention-days",
        type=int,
        default=None,
        metavar="DAYS",
        help="days after a client's last episode ended until the worker's laptops no longer "
        f"hold them (or {retention.DAYS_VARIABLE}; default {retention.DEFAULT_DAYS})",
    )
    _command(commands, "migrate", lambda _args, _engine: EXIT_OK, "bring the schema up to date")
    openapi = _command(commands, "openapi", cmd_openapi, "print the OpenAPI document")
    openapi.add_argument("--output", type=Path, default=None)
    _user_commands(commands)
    team = commands.add_parser("team", help="teams").add_subparsers(metavar="ACTION")
    _command(team, "add", cmd_team_add, "add a team").add_argument("name")
    client = commands.add_parser("client", help="clients").add_subparsers(metavar="ACTION")
    assign = _command(client, "assign", cmd_client_assign, "set a client's workers")
    which = assign.add_mutually_exclusive_group(required=True)
    which.add_argument("--client", help="client id")
    which.add_argument("--hetu", help="the client's henkilötunnus")
    assign.add_argument("--responsible", required=True, help="username")
    assign.add_argument("--co-worker", action="append", default=[], help="username")
    device = commands.add_parser("device", help="devices").add_subparsers(metavar="ACTION")
    _command(device, "list", cmd_device_list, "list enrolled devices").add_argument("--user")
    _command(device, "revoke", cmd_device_revoke, "revoke (and wipe) a device").add_argument(
        "device_id"
    )
    _command(
        device, "enrolment-code", cmd_enrolment_code, "a one-time code to enrol a device"
    ).add_argument("username")
    report = _command(commands, "access-report", cmd_access_report, "who processed a client")
    report.add_argument("--client", required=True, metavar="HETU")
    events = _command(
        commands, "integrity-events", cmd_integrity_events, "breaks in the devices' access logs"
    )
    events.add_argument("--device", default=None, help="only this device")
    return parser


def _user_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    user = commands.add_parser("user", help="users").add_subparsers(metavar="ACTION")
    add = _command(user, "add", cmd_user_add, "add a user (password from a prompt or env)")
    add.add_argument("username")
    add.add_argument("--full-name", required=True)
    add.add_argument("--role", required=True, choices=directory.ROLES)
    add.add_argument("--team", default=None)
    _command(user, "disable", cmd_user_disable, "disable a user").add_argument("username")


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    handler: Handler,
    help_text: str,
) -> argparse.ArgumentParser:
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


# -- commands ----------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace, engine: Engine) -> int:
    import uvicorn

    if (args.certfile is None) != (args.keyfile is None):
        raise CliError("give both --certfile and --keyfile, or neither")
    proxies = trusted_proxies(args.forwarded_allow_ips)
    kept = retention.Retention.from_environment()
    if args.retention_days is not None:
        kept.days = args.retention_days
    if kept.days < 1:
        raise CliError("the retention time must be at least one day")
    uvicorn.run(
        create_app(engine, retention=kept),
        host=args.host,
        port=args.port,
        ssl_certfile=str(args.certfile) if args.certfile else None,
        ssl_keyfile=str(args.keyfile) if args.keyfile else None,
        proxy_headers=bool(proxies),
        forwarded_allow_ips=proxies or None,
        log_level="warning",
        access_log=False,  # the server keeps its own access log, without personal data
    )
    return EXIT_OK


def trusted_proxies(given: str) -> list[str]:
    """The proxies named on the command line; never uvicorn's default of loopback (a
    process on the server's own machine could then name any address it liked)."""
    proxies = [part.strip() for part in given.split(",") if part.strip()]
    if "*" in proxies:
        raise CliError("name the proxies: '*' would believe any caller's X-Forwarded-For")
    return proxies


def cmd_openapi(args: argparse.Namespace, engine: Engine) -> int:
    document = json.dumps(create_app(engine).openapi(), indent=2, sort_keys=True) + "\n"
    if args.output is None:
        sys.stdout.write(document)
    else:
        args.output.write_text(document, encoding="utf-8")
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace, engine: Engine) -> int:
    password = new_password()
    with sessions(engine)() as session, session.begin():
        user = directory.add_user(
            session,
            username=args.username,
            full_name=args.full_name,
            role=args.role,
            password=password,
            team_name=args.team,
        )
        print(f"user {user.username} added ({user.role}), id {user.id}")
    return EXIT_OK


def cmd_user_disable(args: argparse.Namespace, engine: Engine) -> int:
    with sessions(engine)() as session, session.begin():
        directory.disable_user(session, args.username)
    print(f"user {args.username} disabled")
    return EXIT_OK


def cmd_team_add(args: argparse.Namespace, engine: Engine) -> int:
    with sessions(engine)() as session, session.begin():
        team = directory.add_team(session, args.name)
        print(f"team {team.name} added, id {team.id}")
    return EXIT_OK


def cmd_client_assign(args: argparse.Namespace, engine: Engine) -> int:
    with sessions(engine)() as session, session.begin():
        client_id = args.client or directory.find_client_by_hetu(session, args.hetu)
        if client_id is None:
            raise AdminError("unknown_client")
        directory.assign_client(session, client_id, args.responsible, args.co_worker)
    print("assigned")
    return EXIT_OK


def cmd_device_list(args: argparse.Namespace, engine: Engine) -> int:
    with sessions(engine)() as session:
        for device, user in directory.list_devices(session, args.user):
            state = "revoked" if device.revoked_at else "active"
            seen = device.last_seen_at.isoformat() if device.last_seen_at else "never"
            name, who = printable(device.name), printable(user.username)
            print(f"{printable(device.id)}  {who:<20}  {state:<8}  last seen {seen}  {name}")
    return EXIT_OK


def cmd_device_revoke(args: argparse.Namespace, engine: Engine) -> int:
    with sessions(engine)() as session, session.begin():
        directory.revoke_device(session, args.device_id)
    print("revoked: the device wipes its store at its next contact")
    return EXIT_OK


def cmd_enrolment_code(args: argparse.Namespace, engine: Engine) -> int:
    with sessions(engine)() as session, session.begin():
        code = directory.enrolment_code(session, args.username)
    hours = int(devices.CODE_LIFETIME.total_seconds() // 3600)
    print(f"enrolment code for {args.username}: {code}")
    print(f"valid for {hours} hours, for one device; give it to the user in person or by phone")
    return EXIT_OK


def cmd_access_report(args: argparse.Namespace, engine: Engine) -> int:
    with sessions(engine)() as session:
        client_id = directory.find_client_by_hetu(session, args.client)
        if client_id is None:
            raise AdminError("unknown_client")
        for line in accessreport.access_report(session, client_id):
            print(line.render())
    return EXIT_OK


def cmd_integrity_events(args: argparse.Namespace, engine: Engine) -> int:
    with sessions(engine)() as session:
        for line in accessreport.device_integrity_lines(session, args.device):
            print(line.render())
    return EXIT_OK


MIN_PASSWORD_LENGTH = 12


def new_password() -> str:
    """From the environment or a prompt; the password rule holds for both."""
    given = os.environ.get("ASTU_SERVER_PASSWORD")
    if given:
        return checked_password(given)
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("a password is needed: set ASTU_SERVER_PASSWORD or run in a terminal")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat: ") != first:
        raise CliError("the passwords differ")
    return checked_password(first)


def checked_password(password: str) -> str:
    if len(password.strip()) < MIN_PASSWORD_LENGTH:
        raise CliError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    return password
