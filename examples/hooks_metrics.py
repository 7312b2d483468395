"""Hooks: count calls, retries and latency per operation, where a tracer would hook in.

Run with `python examples/hooks_metrics.py`: it serves the SDK's lifecycle simulator
on 127.0.0.1, makes a few dozen calls (some throttled and retried) and prints a table
per operation. The `before` hook is where an OpenTelemetry span would start
(`tracer.start_span(event.operation)`), `after` where it would end, with the status,
request id and error as attributes; both see the request's headers with the
credentials redacted.
"""

from __future__ import annotations

import asyncio
import statistics
from collections import defaultdict

import attrs

from aioworkspaces import (
    ClientConfig,
    Credentials,
    RequestEvent,
    ResponseEvent,
    WorkSpacesClient,
)
from aioworkspaces.simulator import LifecycleSimulator


@attrs.define
class OperationMetrics:
    """What the hooks saw of one operation."""

    attempts: int = 0
    retries: int = 0
    errors: int = 0
    latencies: list[float] = attrs.field(factory=list)


class Metrics:
    """Per-operation counters fed by a client's hooks."""

    def __init__(self) -> None:
        self.by_operation: dict[str, OperationMetrics] = defaultdict(OperationMetrics)
        self.redacted_headers_seen = True

    def before(self, event: RequestEvent) -> None:
        # A tracer would start a span here: tracer.start_span(f"WorkSpaces.{event.operation}")
        self.redacted_headers_seen &= event.headers.get("Authorization") == "<redacted>"

    def after(self, event: ResponseEvent) -> None:
        # ... and end it here, with event.status, event.request_id and event.error.
        metrics = self.by_operation[event.operation]
        metrics.attempts += 1
        metrics.retries += event.attempt > 1
        metrics.errors += event.error is not None
        metrics.latencies.append(event.elapsed)

    def attach(self, client: WorkSpacesClient) -> None:
        client.hooks.on_request(self.before)
        client.hooks.on_response(self.after)

    def table(self) -> str:
        lines = [f"{'operation':<22} {'attempts':>8} {'retries':>7} {'errors':>6} {'median ms':>9}"]
        for name, metrics in sorted(self.by_operation.items()):
            median = statistics.median(metrics.latencies) * 1000
            lines.append(
                f"{name:<22} {metrics.attempts:>8} {metrics.retries:>7} {metrics.errors:>6}"
                f" {median:>9.2f}"
            )
        return "\n".join(lines)


async def main() -> Metrics:
    metrics = Metrics()
    async with LifecycleSimulator() as simulator:
        for index in range(30):
            simulator.add_workspace(f"ws-metrics{index:02d}", ["STOPPED"])
        async with WorkSpacesClient(
            "us-east-1",
            endpoint_url=simulator.endpoint,
            credentials=Credentials("AKID", "s"),
            config=ClientConfig(jitter=lambda: 0.0),  # retry at once: this is a demo
        ) as client:
            metrics.attach(client)
            for _ in range(10):
                await client.describe_workspaces()
            simulator.throttle(2)  # the next two attempts are throttled, then re-sent when paced
            ids = [f"ws-metrics{index:02d}" for index in range(30)]
            started = await client.bulk.start_workspaces(ids, concurrency=1)
            await client.wait.workspaces_available(
                started.succeeded, min_delay=0.01, max_delay=0.02
            )
    print(metrics.table())
    print("credentials redacted in every request the hooks saw:", metrics.redacted_headers_seen)
    return metrics


if __name__ == "__main__":
    asyncio.run(main())
