"""Soak run: many calls at high concurrency against a server that misbehaves 10% of the time.

    python benchmarks/soak.py                 # 20,000 calls, 64 in flight, 10% faults
    python benchmarks/soak.py --calls 2000    # shorter

Every fault kind of `tests/fault_server.py` (5xx, throttling, dropped connections,
bodies cut short or stalled past the read timeout, a Content-Length longer than the
body, invalid JSON and HTML with 200 and 5xx, empty bodies) is drawn at random. The
run prints calls that succeeded, failed with a typed `WorkSpacesError`, or failed any
other way (must be 0), then what is left after the client is closed: open
connections, unclosed-resource warnings and pending tasks (all must be 0), and how
much the resident memory grew after warm-up (target: under 5 MB). The exit status is
1 when a must-be-zero figure is not.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import gc
import random
import sys
import threading
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aioworkspaces import ClientConfig, Credentials, WorkSpacesClient
from aioworkspaces.errors import WorkSpacesError
from tests.support.fault_server import FAULTS, FaultServer, Received, Reply, json_reply
from tests.support.leaks import (
    client_connections,
    pending_tasks,
    resource_problems,
    rss_bytes,
    wait_until,
)

RSS_TARGET = 5 * 1024 * 1024


@attrs.define
class SoakReport:
    """What a soak run counted."""

    calls: int
    succeeded: int = 0
    typed_errors: collections.Counter[str] = attrs.field(factory=collections.Counter)
    other_errors: collections.Counter[str] = attrs.field(factory=collections.Counter)
    faults_served: int = 0
    open_connections: int = 0
    resource_warnings: list[str] = attrs.field(factory=list)
    pending_tasks: int = 0
    rss_growth: int = 0

    @property
    def clean(self) -> bool:
        """Every must-be-zero figure is zero."""
        return not (
            sum(self.other_errors.values())
            or self.open_connections
            or self.resource_warnings
            or self.pending_tasks
        )

    def lines(self) -> list[str]:
        typed = sum(self.typed_errors.values())
        return [
            f"calls                        {self.calls}",
            f"faults served                {self.faults_served}",
            f"succeeded                    {self.succeeded}",
            f"failed with a typed error    {typed}  {dict(self.typed_errors.most_common(6))}",
            f"failed otherwise (must be 0) {sum(self.other_errors.values())}"
            + (f"  {dict(self.other_errors)}" if self.other_errors else ""),
            f"open connections after close {self.open_connections}",
            f"unclosed-resource warnings   {len(self.resource_warnings)}",
            f"pending tasks                {self.pending_tasks}",
            f"RSS growth after warm-up     {self.rss_growth / 1024 / 1024:.2f} MB"
            f" (target < {RSS_TARGET / 1024 / 1024:.0f} MB)",
        ]


class FaultyResponder:
    """Answers DescribeTags; `fault_rate` of the answers are a random fault."""

    def __init__(self, fault_rate: float, seed: int) -> None:
        self.fault_rate = fault_rate
        self.faults = 0
        self._random = random.Random(seed)
        self._lock = threading.Lock()  # the server answers from its own thread
        self._kinds = sorted(FAULTS)
        self._success = json_reply({"TagList": [{"Key": "team", "Value": "vdi"}]})

    def __call__(self, _: Received) -> Reply:
        with self._lock:
            if self._random.random() >= self.fault_rate:
                return self._success
            self.faults += 1
            return FAULTS[self._random.choice(self._kinds)]


async def soak(
    calls: int = 20_000, concurrency: int = 64, fault_rate: float = 0.10, seed: int = 1
) -> SoakReport:
    """Run the soak and return its figures."""
    report = SoakReport(calls=calls)
    responder = FaultyResponder(fault_rate, seed)
    warm_up = max(1, calls // 10)
    with FaultServer(responder, keep_requests=False) as server:
        port = int(server.url.rsplit(":", 1)[1])
        with resource_problems() as problems:
            async with WorkSpacesClient(
                "us-east-1",
                endpoint_url=server.url,
                credentials=Credentials("AKIDSOAK", "soak-secret"),
                config=ClientConfig(
                    max_attempts=3,
                    read_timeout=0.2,
                    connect_timeout=2,
                    max_pool_connections=concurrency,
                    # Retries without the backoff sleep: the soak measures leaks, not patience.
                    jitter=lambda: 0.0,
                ),
            ) as client:
                limit = asyncio.Semaphore(concurrency)
                baseline = 0

                async def one(index: int) -> None:
                    nonlocal baseline
                    async with limit:
                        try:
                            await client.describe_tags(resource_id=f"ws-{index:08d}")
                            report.succeeded += 1
                        except WorkSpacesError as error:
                            report.typed_errors[type(error).__name__] += 1
                        except Exception as error:  # the figure that must stay 0
                            report.other_errors[type(error).__name__] += 1
                    if index == warm_up:
                        gc.collect()
                        baseline = rss_bytes()

                await asyncio.gather(*(one(i) for i in range(calls)))
                gc.collect()
                report.rss_growth = max(0, rss_bytes() - baseline) if baseline else 0
            await wait_until(lambda: client_connections(port) == 0, timeout=2)
            report.open_connections = client_connections(port)
            report.pending_tasks = len(pending_tasks())
        report.resource_warnings = problems
        report.faults_served = responder.faults
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description="soak the SDK against a faulty local server")
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--fault-rate", type=float, default=0.10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    report = asyncio.run(soak(args.calls, args.concurrency, args.fault_rate, args.seed))
    print("\n".join(report.lines()))
    return 0 if report.clean else 1


if __name__ == "__main__":
    sys.exit(main())
