"""`make bench-fleet`: fleet jobs against the throttling local WorkSpaces service.

Two jobs, each in a fresh service process with its per-operation token buckets
(the service's defaults: Describe* 2 requests/s with a burst of 5, state changes
1/s with a burst of 3) and 50 ms of latency on every answer:

- inventory: every directory, every WorkSpace in it (100 in 4 directories of 40,
  30, 20 and 10, so pages are partial), the tags of each (one DescribeTags per
  WorkSpace) and the connection status of each (25 ids a call);
- start: start 200 STOPPED WorkSpaces and wait until all are AVAILABLE (STARTING
  lasts 90 service seconds, 45 s at the speed used here).

Subjects: aioworkspaces with its default configuration, and aiobotocore (standard and
adaptive retry modes, in its own virtualenv) written as its users write fleet code:
`asyncio.gather` over the calls and over 25-id chunks, a hand-written polling loop.
Each run is a fresh worker process (`fleet_worker.py`). For each: wall time, the
optimum the buckets allow for the requests needed, requests, throttled answers,
failures surfaced to the caller and items missing. Results go to stdout and to
`benchmarks/results-fleet.md`.

    python benchmarks/fleet.py --aiobotocore-python benchmarks/.venv-aiobotocore/bin/python
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REGION = "us-east-1"
KEY, SECRET = "AKIDBENCHMARK00000000", "benchmark/secret/key/0000000000000000000"
SCENARIOS = ("inventory", "start")
SUBJECTS = ("aioworkspaces", "aiobotocore", "aiobotocore-adaptive")
#: WorkSpaces per directory: uneven, so that pages of 25 are partial.
INVENTORY_DIRECTORIES = (40, 30, 20, 10)
START_DIRECTORIES = (50, 50, 50, 50)
PAGE = 25
CHUNK = 25
LATENCY = 0.05
#: Service seconds per wall second: STARTING (90 service seconds) takes 45 s.
SPEED = 2.0
#: The target for the SDK with its default configuration.
TARGET_RATIO = 1.2
TARGET_THROTTLED = 0.10

# --- the service process ----------------------------------------------------------------


async def serve(scenario: str) -> None:
    """Seed a local service for `scenario`, print what the runs need, serve until stdin
    closes; a `stats` line on stdin prints the requests and throttles so far."""
    from aioworkspaces import Credentials, WorkSpacesClient
    from aioworkspaces.simulator import DEFAULT_TIMINGS, PUBLIC_BUNDLES, Faults, LocalWorkSpaces
    from aioworkspaces.types import Tag, WorkspaceRequest, WorkspaceState

    sizes = INVENTORY_DIRECTORIES if scenario == "inventory" else START_DIRECTORIES
    async with LocalWorkSpaces(speed=SPEED) as local:
        local.throttling = False  # seeding is not part of the run
        bundle = next(iter(PUBLIC_BUNDLES))
        requests = [
            WorkspaceRequest(
                directory_id=directory_id,
                user_name=f"user{d}x{n}",
                bundle_id=bundle,
                tags=[Tag(key="team", value=f"team{n % 7}"), Tag(key="n", value=str(n))],
            )
            for d, size in enumerate(sizes)
            for directory_id in [local.add_directory(WorkspaceDirectoryName=f"corp{d}")]
            for n in range(size)
        ]
        async with WorkSpacesClient(
            REGION, endpoint_url=local.endpoint, credentials=Credentials(KEY, SECRET)
        ) as client:
            created = await client.bulk.create_workspaces(requests)
            assert not created.failed, created.failed[:3]
            ids = [w.workspace_id for w in created.pending if w.workspace_id]
            local.advance(DEFAULT_TIMINGS["workspace:PENDING"] + 60)
            wanted = WorkspaceState.AVAILABLE
            if scenario == "start":
                stopped = await client.bulk.stop_workspaces(ids)
                assert not stopped.failed, stopped.failed[:3]
                local.advance(DEFAULT_TIMINGS["workspace:STOPPING"] + 60)
                wanted = WorkspaceState.STOPPED
            states = {w.state for w in await client.bulk.describe_workspaces(ids)}
            assert states == {wanted}, states
        local.requests.clear()
        local.throttled.clear()
        local.calls.clear()
        local.faults = Faults(latency=LATENCY)
        local.throttling = True
        limits = {}
        for operation in (
            "DescribeWorkspaceDirectories",
            "DescribeWorkspaces",
            "DescribeTags",
            "DescribeWorkspacesConnectionStatus",
            "StartWorkspaces",
        ):
            limit = local.limit_of(operation)
            assert limit is not None
            limits[operation] = (limit.rate, limit.burst)
        print(
            json.dumps(
                {
                    "endpoint": local.endpoint,
                    "ids": ids,
                    "limits": limits,
                    "starting": DEFAULT_TIMINGS["workspace:STARTING"] / SPEED,
                }
            ),
            flush=True,
        )
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while line := await reader.readline():
            if line.strip() == b"stats":
                counts = {"requests": dict(local.requests), "throttled": dict(local.throttled)}
                print(json.dumps(counts), flush=True)


# --- the optimum ------------------------------------------------------------------------


def bucket_seconds(limits: dict[str, Any], operation: str, calls: int) -> float:
    """The least time a bucket, full at first, takes to accept `calls` calls."""
    rate, burst = (float(figure) for figure in limits[operation])
    return max(0.0, (calls - math.floor(burst)) / rate)


def optimum(scenario: str, limits: dict[str, Any], starting: float) -> float:
    """The wall time the buckets allow for the requests the job needs, latency included."""
    if scenario == "inventory":
        pages = sum(math.ceil(size / PAGE) for size in INVENTORY_DIRECTORIES)
        workspaces = sum(INVENTORY_DIRECTORIES)
        return (
            bucket_seconds(limits, "DescribeWorkspaceDirectories", 1)
            + bucket_seconds(limits, "DescribeWorkspaces", pages)
            + max(
                bucket_seconds(limits, "DescribeTags", workspaces),
                bucket_seconds(
                    limits,
                    "DescribeWorkspacesConnectionStatus",
                    math.ceil(workspaces / CHUNK),
                ),
            )
            + 4 * LATENCY  # directories, two pages, then tags and statuses
        )
    starts = math.ceil(sum(START_DIRECTORIES) / CHUNK)
    # The last chunk starts when the bucket allows, then STARTING runs its course and
    # one describe sees it.
    return bucket_seconds(limits, "StartWorkspaces", starts) + starting + 2 * LATENCY


def expected(scenario: str) -> int:
    """Items a complete run yields: WorkSpaces, tag sets and statuses; or AVAILABLEs."""
    return 3 * sum(INVENTORY_DIRECTORIES) if scenario == "inventory" else sum(START_DIRECTORIES)


# --- one run ----------------------------------------------------------------------------


def run_once(subject: str, scenario: str, python: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    service = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--serve", scenario],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert service.stdin is not None and service.stdout is not None
    try:
        ready = json.loads(service.stdout.readline())
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
            json.dump(ready["ids"], file)
        try:
            worker = [python, str(HERE / "fleet_worker.py"), subject, scenario]
            done = subprocess.run(
                [*worker, ready["endpoint"], file.name],
                capture_output=True,
                text=True,
                env=env,
                timeout=900,
                check=False,
            )
        finally:
            os.unlink(file.name)
        if done.returncode != 0:
            raise SystemExit(f"{subject} {scenario} failed:\n{done.stderr}")
        outcome = json.loads(done.stdout.strip().splitlines()[-1])
        service.stdin.write("stats\n")
        service.stdin.flush()
        counts = json.loads(service.stdout.readline())
    finally:
        if service.stdin is not None:
            service.stdin.close()
        try:
            service.wait(timeout=10)
        except subprocess.TimeoutExpired:
            service.kill()
    requests = sum(counts["requests"].values())
    throttled = sum(counts["throttled"].values())
    by_operation = ", ".join(f"{k} {v}" for k, v in sorted(counts["throttled"].items()))
    print(f"  throttled: {by_operation or 'none'}", flush=True)
    best = optimum(scenario, ready["limits"], ready["starting"])
    return {
        "seconds": outcome["seconds"],
        "optimum": best,
        "ratio": outcome["seconds"] / best,
        "requests": requests,
        "throttled": throttled,
        "throttled_share": throttled / requests if requests else 0.0,
        "failures": outcome["failures"],
        "missing": expected(scenario) - outcome["done"],
    }


# --- the table --------------------------------------------------------------------------


def versions(python: str, modules: str) -> str:
    code = (
        "import importlib.metadata as m\n"
        f"print(', '.join(f'{{n}} {{m.version(n)}}' for n in {modules.split()!r}))"
    )
    found = subprocess.run([python, "-c", code], capture_output=True, text=True, check=False)
    return found.stdout.strip() or "?"


def commit() -> str:
    found = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    return found.stdout.strip() or "?"


def table(results: dict[tuple[str, str], list[dict[str, float]]]) -> str:
    lines = [
        "| job | subject | wall s | optimum s | wall / optimum | requests | throttled "
        "| failures surfaced | items missing | target |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for (scenario, subject), runs in results.items():
        figure = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        target = ""
        if subject == "aioworkspaces":
            met = (
                figure["ratio"] <= TARGET_RATIO
                and figure["throttled_share"] <= TARGET_THROTTLED
                and max(r["failures"] for r in runs) == 0
                and max(r["missing"] for r in runs) == 0
            )
            target = "<= 1.2x, <= 10% throttled, none failed or missing " + ("✅" if met else "❌")
        lines.append(
            f"| {scenario} | {subject} | {figure['seconds']:.1f} | {figure['optimum']:.1f} "
            f"| {figure['ratio']:.2f}x | {figure['requests']:.0f} "
            f"| {figure['throttled']:.0f} ({figure['throttled_share']:.0%}) "
            f"| {figure['failures']:.0f} | {figure['missing']:.0f} | {target} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=1, help="runs of each job and subject")
    parser.add_argument("--aiobotocore-python", help="the interpreter of the aiobotocore venv")
    parser.add_argument("--subjects", nargs="+", choices=SUBJECTS, default=list(SUBJECTS))
    parser.add_argument("--scenarios", nargs="+", choices=SCENARIOS, default=list(SCENARIOS))
    parser.add_argument("--output", default=str(HERE / "results-fleet.md"))
    parser.add_argument("--serve", choices=SCENARIOS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve(args.serve))
        return 0
    subjects = [
        s for s in args.subjects if s == "aioworkspaces" or args.aiobotocore_python is not None
    ]
    results: dict[tuple[str, str], list[dict[str, float]]] = {}
    for round_ in range(args.rounds):
        for scenario in args.scenarios:
            for subject in subjects:
                python = sys.executable if subject == "aioworkspaces" else args.aiobotocore_python
                figures = run_once(subject, scenario, python)
                results.setdefault((scenario, subject), []).append(figures)
                print(
                    f"round {round_ + 1}: {scenario} {subject}: {figures['seconds']:.1f} s "
                    f"({figures['ratio']:.2f}x), {figures['requests']:.0f} requests, "
                    f"{figures['throttled']:.0f} throttled, {figures['failures']:.0f} failures, "
                    f"{figures['missing']:.0f} missing",
                    flush=True,
                )
    report = table(results)
    ours = versions(sys.executable, "aioworkspaces aiohttp")
    theirs = (
        versions(args.aiobotocore_python, "aiobotocore botocore aiohttp")
        if args.aiobotocore_python
        else "not run"
    )
    text = "\n".join(
        [
            "# Fleet benchmark (`make bench-fleet`)",
            "",
            f"Run {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit()}, "
            f"median of {args.rounds} round(s); the local service's default limits "
            "(Describe* 2 requests/s, burst 5; StartWorkspaces 1/s, burst 3), "
            f"{LATENCY * 1000:.0f} ms latency, speed {SPEED:g} (STARTING takes "
            f"{90 / SPEED:g} s).",
            "",
            report,
            "",
            f"- Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
            f"{platform.python_version()}",
            f"- aioworkspaces side: {ours}",
            f"- aiobotocore side: {theirs}",
            "",
        ]
    )
    print()
    print(report)
    Path(args.output).write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
