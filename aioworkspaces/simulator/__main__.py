"""`python -m aioworkspaces.simulator`: serve a local WorkSpaces endpoint until interrupted.

    python -m aioworkspaces.simulator --port 4566 --speed 60
    aws workspaces describe-workspace-bundles --owner AMAZON --endpoint-url http://127.0.0.1:4566

Prints the endpoint URL on its first line of output once it is serving.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys

from aioworkspaces.simulator._limits import DEFAULT_RATE_LIMITS, Faults, RateLimit
from aioworkspaces.simulator._server import LocalWorkSpaces


def _rate_limit(text: str) -> tuple[str, RateLimit | None]:
    operation, sep, value = text.partition("=")
    if not sep or not operation:
        raise argparse.ArgumentTypeError(
            f"expected OPERATION=RATE[:BURST] or OPERATION=none, got {text!r}"
        )
    if value.lower() in ("none", "off", "unlimited"):
        return operation, None
    try:
        return operation, RateLimit.parse(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r}: {exc}") from None


def _fleet(text: str) -> tuple[str, int, str]:
    directory_id, sep, rest = text.partition("=")
    count, _, state = rest.partition(":")
    if not sep or not count.isdigit():
        raise argparse.ArgumentTypeError(f"expected DIRECTORY_ID=COUNT[:STATE], got {text!r}")
    return directory_id, int(count), state or "AVAILABLE"


def parser() -> argparse.ArgumentParser:
    defaults = ", ".join(
        f"{k}={v.rate:g}/s burst {v.burst:g}" for k, v in DEFAULT_RATE_LIMITS.items() if "*" in k
    )
    p = argparse.ArgumentParser(
        prog="python -m aioworkspaces.simulator",
        description="A local Amazon WorkSpaces endpoint for development and tests.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port to listen on (0: any free port)")
    p.add_argument("--region", default="us-east-1", help="the region the service says it is in")
    p.add_argument(
        "--speed",
        type=float,
        default=1.0,
        help="service seconds per wall second (1: as slow as AWS; 60: a minute a second)",
    )
    p.add_argument(
        "--throttle",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="answer ThrottlingException past each operation's rate limit (on)",
    )
    p.add_argument(
        "--rate-limit",
        type=_rate_limit,
        action="append",
        default=[],
        metavar="OPERATION=RATE[:BURST]",
        help=f"set one operation's (or a shell pattern's) limit, or 'none'; repeatable. Defaults: state changes 1/s burst 3, {defaults}",
    )
    p.add_argument(
        "--error-rate", type=float, default=0.0, help="share of requests answered with HTTP 500/503"
    )
    p.add_argument(
        "--reset-rate", type=float, default=0.0, help="share of connections reset unanswered"
    )
    p.add_argument("--latency", type=float, default=0.0, help="seconds every answer waits")
    p.add_argument(
        "--jitter", type=float, default=0.0, help="up to this many seconds more, at random"
    )
    p.add_argument(
        "--fault-operations",
        action="append",
        default=None,
        metavar="PATTERN",
        help="inject faults only into these operations (shell patterns; all by default)",
    )
    p.add_argument("--seed", type=int, default=None, help="seed of the fault draws")
    p.add_argument(
        "--directory",
        action="append",
        default=[],
        metavar="DIRECTORY_ID",
        help="start with this directory registered (repeatable)",
    )
    p.add_argument(
        "--workspaces",
        type=_fleet,
        action="append",
        default=[],
        metavar="DIRECTORY_ID=COUNT[:STATE]",
        help="start with COUNT WorkSpaces (AVAILABLE, or STATE) in that directory, "
        "registered if need be (repeatable)",
    )
    p.add_argument(
        "--lenient",
        action="store_true",
        help="accept directory and bundle ids that do not exist",
    )
    return p


def build(args: argparse.Namespace) -> LocalWorkSpaces:
    """The service the arguments describe (ValueError for values it refuses)."""
    faults = None
    if args.error_rate or args.reset_rate or args.latency or args.jitter:
        faults = Faults(
            error_rate=args.error_rate,
            reset_rate=args.reset_rate,
            latency=args.latency,
            jitter=args.jitter,
            operations=tuple(args.fault_operations or ("*",)),
            seed=args.seed,
        )
    local = LocalWorkSpaces(
        host=args.host,
        port=args.port,
        region=args.region,
        speed=args.speed,
        throttle=args.throttle,
        rate_limits=dict(args.rate_limit),
        faults=faults,
        strict_references=not args.lenient,
    )
    for directory_id in args.directory:
        local.add_directory(directory_id)
    registered = set(args.directory)
    for directory_id, count, state in args.workspaces:
        if directory_id not in registered:
            local.add_directory(directory_id)
            registered.add(directory_id)
        prefix = f"user-{directory_id}-{state.lower()}"
        local.seed_workspaces(directory_id, count, state=state, user_prefix=prefix)
    return local


async def serve(local: LocalWorkSpaces, args: argparse.Namespace) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows: KeyboardInterrupt instead
            loop.add_signal_handler(sig, stop.set)
    async with local:
        print(local.endpoint, flush=True)
        print(
            f"local WorkSpaces in {args.region} at speed {args.speed:g}, throttling "
            f"{'on' if args.throttle else 'off'}; Ctrl-C stops it",
            file=sys.stderr,
            flush=True,
        )
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    arguments = parser()
    args = arguments.parse_args(argv)
    try:
        local = build(args)
    except ValueError as exc:
        arguments.error(str(exc))
    try:
        asyncio.run(serve(local, args))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
