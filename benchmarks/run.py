"""`make bench`: aioworkspaces against aiobotocore and raw aiohttp, in one run.

The loopback server (`server.py`) runs in its own process; every measurement runs in
a fresh worker process (`worker.py`), the aiobotocore one with the interpreter of its
own virtualenv (its botocore pin differs from ours). Subjects alternate within each
round; the table gives the median over the rounds and the ratios the targets are
stated in. Results go to stdout and to `benchmarks/results.md`.

    python benchmarks/run.py --aiobotocore-python benchmarks/.venv-aiobotocore/bin/python
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SUBJECTS = ("aioworkspaces", "aiobotocore", "raw")
#: The strict floor (aiohttp and orjson, no typed objects): sequential calls only.
STRICT_FLOOR = "raw-orjson"
METRICS = ("sequential", "concurrent", "paging", "cold")

#: (label, metric, figure, higher is better); targets below, keyed by label
ROWS: list[tuple[str, str, str, bool]] = [
    ("1. sequential DescribeWorkspaces, median latency (ms)", "sequential", "median_ms", False),
    ("1. sequential DescribeWorkspaces, p99 latency (ms)", "sequential", "p99_ms", False),
    ("1. sequential DescribeWorkspaces, calls/s", "sequential", "calls_per_s", True),
    ("2. 64 calls in flight, calls/s", "concurrent", "calls_per_s", True),
    ("3. paging 2,500 WorkSpaces (100 pages), s", "paging", "seconds", False),
    ("4. cold start: import + client + first call, s", "cold", "seconds", False),
    ("4a. cold start: the import, ms", "cold", "import_ms", False),
    ("4b. cold start: making the client, ms", "cold", "client_ms", False),
    ("4c. cold start: the first DescribeWorkspaces, ms", "cold", "first_call_ms", False),
    ("5. peak RSS, MB", "sequential", "peak_rss_mb", False),
]
#: label -> (aiobotocore/ours at least, ours/raw at most or None)
TARGETS = {
    "1. sequential DescribeWorkspaces, median latency (ms)": (3.0, 1.5),
    "1. sequential DescribeWorkspaces, calls/s": (3.0, None),
    "2. 64 calls in flight, calls/s": (3.0, None),
    "3. paging 2,500 WorkSpaces (100 pages), s": (3.0, None),
    "4. cold start: import + client + first call, s": (2.0, 1.15),
}
RSS_TARGET = 0.60  # ours at most this share of aiobotocore's
COLD_SAMPLES = 5  # fresh processes per subject and round for the cold start
#: The dict and JSON bridge (aioworkspaces alone): (label, figure)
BRIDGE_ROWS = [
    ("to_dict", "to_dict_us"),
    ("from_dict", "from_dict_us"),
    ("to_json", "to_json_us"),
    ("from_json", "from_json_us"),
]


def _pinned(cpu: int) -> Any:
    """A `preexec_fn` keeping a process on one CPU, when there are two or more.

    The server and the client then do not take turns on the same core, which is
    most of the noise between runs on a small machine.
    """
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cpus) < 2:
        return None
    return lambda: os.sched_setaffinity(0, {cpus[cpu % len(cpus)]})


def start_server() -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [sys.executable, str(HERE / "server.py"), "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=_pinned(0),
    )
    assert server.stdout is not None
    url = server.stdout.readline().strip()
    if not url.startswith("http://"):
        server.kill()
        raise SystemExit(f"the benchmark server did not start: {url!r}")
    return server, url


def measure(python: str, subject: str, metric: str, url: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [python, str(HERE / "worker.py"), subject, metric, url],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
        preexec_fn=_pinned(1),
    )
    if done.returncode != 0:
        raise SystemExit(f"{subject} {metric} failed:\n{done.stderr}")
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def import_seconds(python: str, module: str, repeat: int) -> float:
    """Median wall time of importing `module` in a fresh interpreter, interpreter start excluded."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    return statistics.median(float(_fresh(python, code).stdout) for _ in range(repeat))


def importtime_seconds(python: str, module: str, repeat: int) -> float:
    """Median of what `python -X importtime -c "import module"` reports for it.

    The cumulative times of the top-level imports the statement makes (for a dotted
    name, its packages too); what the interpreter imports at start-up is not counted.
    """

    def top_level(code: str) -> dict[str, int]:
        report = _fresh(python, code, "-X", "importtime").stderr
        imports = {}
        for line in report.splitlines():
            if not line.startswith("import time:"):
                continue
            _, cumulative, name = line.split("|")
            if cumulative.strip().isdigit() and not name.startswith("  "):  # top level
                imports[name.strip()] = int(cumulative)
        return imports

    startup = top_level("pass")
    totals = []
    for _ in range(repeat):
        made = top_level(f"import {module}")
        totals.append(sum(us for name, us in made.items() if name not in startup) / 1e6)
    return statistics.median(totals)


def import_rss_mb(python: str, module: str) -> float:
    """Peak RSS of a fresh interpreter that imports `module` and nothing else."""
    code = f"import resource, {module}; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    return int(_fresh(python, code).stdout) / 1024


def _fresh(python: str, code: str, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [python, *options, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def page_kilobytes() -> float:
    """The size of the JSON body of one DescribeWorkspaces page the server sends."""
    sys.path.insert(0, str(ROOT))
    server = importlib.import_module("benchmarks.server")
    return len(server.PAGE) / 1024


def commit() -> str:
    """The commit measured (with `+changes` when the work tree differs from it)."""
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "aioworkspaces"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+changes" if dirty else "")


def versions(python: str, modules: str) -> str:
    code = (
        "import importlib.metadata as m, sys\n"
        f"print(', '.join(f'{{n}} {{m.version(n)}}' for n in {modules.split()!r}))"
    )
    return subprocess.run(
        [python, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def run(rounds: int, aiobotocore_python: str) -> str:
    pythons = {
        "aioworkspaces": sys.executable,
        "raw": sys.executable,
        STRICT_FLOOR: sys.executable,
        "aiobotocore": aiobotocore_python,
    }
    results: dict[tuple[str, str], list[dict[str, float]]] = {}
    # As `pip install` does for an installed package (aiobotocore's is installed so):
    # compiled bytecode, so the cold start does not count compiling our sources.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "aioworkspaces")], check=True
    )
    server, url = start_server()
    try:
        for round_number in range(rounds):
            order = SUBJECTS[round_number % 3 :] + SUBJECTS[: round_number % 3]
            for metric in METRICS:
                extra = (STRICT_FLOOR,) if metric == "sequential" else ()
                # A cold start is one short sample, the most exposed to a busy machine:
                # several per round, the subjects taking turns.
                for _ in range(COLD_SAMPLES if metric == "cold" else 1):
                    for subject in order + extra:
                        figures = measure(pythons[subject], subject, metric, url)
                        results.setdefault((subject, metric), []).append(figures)
                        print(
                            f"round {round_number + 1} {metric:<10} {subject:<13} {figures}",
                            flush=True,
                        )
            figures = measure(sys.executable, "aioworkspaces", "bridge", url)
            results.setdefault(("aioworkspaces", "bridge"), []).append(figures)
            print(f"round {round_number + 1} {'bridge':<10} {'aioworkspaces':<13} {figures}")
    finally:
        server.terminate()
        server.wait()

    def median(subject: str, metric: str, figure: str) -> float:
        return statistics.median(r[figure] for r in results[(subject, metric)])

    lines = [
        "| metric | aioworkspaces | aiobotocore | raw aiohttp | aiobotocore / ours | ours / raw | target |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    verdicts = []
    for label, metric, figure, higher_better in ROWS:
        ours, theirs, raw = (median(s, metric, figure) for s in SUBJECTS)
        # Ratios read "how many times better": throughput ours/theirs, times theirs/ours.
        speedup = ours / theirs if higher_better else theirs / ours
        overhead = raw / ours if higher_better else ours / raw
        target = ""
        if label in TARGETS:
            versus_boto, versus_raw = TARGETS[label]
            met = speedup >= versus_boto and (versus_raw is None or overhead <= versus_raw)
            target = f">= {versus_boto}x" + (f", <= {versus_raw}x raw" if versus_raw else "")
            target += " ✅" if met else " ❌"
            verdicts.append(met)
        if figure == "peak_rss_mb":
            met = ours <= RSS_TARGET * theirs
            target = f"<= {RSS_TARGET:.0%} of aiobotocore {'✅' if met else '❌'}"
            verdicts.append(met)
        lines.append(
            f"| {label} | {ours:.3g} | {theirs:.3g} | {raw:.3g} | {speedup:.2f}x | {overhead:.2f}x | {target} |"
        )
        if figure == "median_ms":
            strict = median(STRICT_FLOOR, metric, figure)
            lines.append(
                f"| {label.replace('(ms)', 'against aiohttp + orjson (ms)')} | {ours:.3g} | "
                f"| {strict:.3g} | | {ours / strict:.2f}x | |"
            )

    # What the table's last rows compare: the SDK, aiobotocore, and aiohttp alone.
    modules = {
        "aioworkspaces": (sys.executable, "aioworkspaces"),
        "aiobotocore": (aiobotocore_python, "aiobotocore.session"),
        "raw": (sys.executable, "aiohttp"),
    }
    for label, measure_import, scale in (
        ("import, wall time in a fresh interpreter, ms", import_seconds, 1000),
        ("import, `-X importtime` cumulative, ms", importtime_seconds, 1000),
    ):
        ours, theirs, raw = (measure_import(*modules[s], 7) * scale for s in SUBJECTS)
        lines.append(
            f"| {label} | {ours:.0f} | {theirs:.0f} | {raw:.0f} "
            f"| {theirs / ours:.2f}x | {ours / raw:.2f}x | |"
        )
    ours, theirs, raw = (import_rss_mb(*modules[s]) for s in SUBJECTS)
    lines.append(
        f"| peak RSS after the import alone, MB | {ours:.3g} | {theirs:.3g} | {raw:.3g} "
        f"| {theirs / ours:.2f}x | {ours / raw:.2f}x | |"
    )
    bridge_lines = [
        "| conversion of one page (25 WorkSpaces) | µs, median | µs per WorkSpace |",
        "|---|---:|---:|",
    ]
    for name, figure in BRIDGE_ROWS:
        cost = median("aioworkspaces", "bridge", figure)
        bridge_lines.append(f"| `{name}` | {cost:.0f} | {cost / 25:.1f} |")
    machine = (
        f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )
    report = "\n".join(
        [
            "# Benchmark results",
            "",
            f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC by `make bench` "
            f"({rounds} rounds, medians; each figure from a fresh process, the cold start"
            f" {COLD_SAMPLES} times a round).",
            "",
            f"- Machine: {machine}",
            f"- aioworkspaces side: {versions(sys.executable, 'aioworkspaces aiohttp orjson attrs')}"
            f" (commit {commit()})",
            f"- aiobotocore side: {versions(aiobotocore_python, 'aiobotocore aiohttp botocore')}",
            "- Server: `benchmarks/server.py` on 127.0.0.1 in its own process; a DescribeWorkspaces"
            f" page is 25 fully populated WorkSpaces ({page_kilobytes():.0f} KB of JSON).",
            "- raw aiohttp: plain aiohttp as written by hand, one `aiohttp.ClientSession`, headers"
            " signed once by the standard library, answers parsed with `json.loads`. The row"
            " against aiohttp + orjson compares with the same but parsing with orjson, as the SDK"
            " does: the strict floor for a client that returns plain dicts. The import rows"
            " compare `import aioworkspaces`, `import aiobotocore.session` and `import aiohttp`.",
            "",
            *lines,
            "",
            f"Targets met: {sum(verdicts)} of {len(verdicts)}.",
            "",
            "## The dict and JSON bridge",
            "",
            "`to_dict` / `from_dict` / `to_json` / `from_json` on the typed result of one"
            " DescribeWorkspaces call (a page of 25 fully populated WorkSpaces), in the"
            " aioworkspaces worker: the cost of boto3-shaped dicts for code that wants them;"
            " calls themselves never pay it (the generated readers build the typed result).",
            "",
            *bridge_lines,
            "",
        ]
    )
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument(
        "--aiobotocore-python",
        default=str(HERE / ".venv-aiobotocore" / "bin" / "python"),
        help="an interpreter that has aiobotocore (make bench creates one)",
    )
    parser.add_argument("--output", default=str(HERE / "results.md"))
    args = parser.parse_args()
    started = time.perf_counter()
    report = run(args.rounds, args.aiobotocore_python)
    print()
    print(report)
    Path(args.output).write_text(report)
    print(f"written to {args.output} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
