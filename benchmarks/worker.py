"""One benchmark measurement in a fresh process; prints its figures as one JSON line.

    python benchmarks/worker.py SUBJECT METRIC ENDPOINT

SUBJECT is `aioworkspaces`, `aiobotocore` (run with the interpreter of the venv that
has it), `raw` or `raw-orjson`. `raw` is plain aiohttp as one writes it by hand: a
POST with headers signed once (by the standard library, so that its import time and
memory are aiohttp's alone) and the answer parsed with `json.loads`; `raw-orjson`
parses with orjson instead, as the SDK does: the floor for any client on aiohttp that
hands back plain dicts. METRIC is `sequential`, `concurrent`, `paging` or `cold`, or
for aioworkspaces alone `bridge`: what `to_dict`, `from_dict`, `to_json` and `from_json`
cost for one page of 25 WorkSpaces (the boto3-shaped dicts, beside the typed result). Only
the standard library is imported up front, so the cold-start figure counts the
subject's own imports.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()  # before any import of the subject: the cold-start clock

import asyncio  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
from collections.abc import Awaitable, Callable  # noqa: E402
from typing import Any  # noqa: E402

REGION = "us-east-1"
KEY, SECRET = "AKIDBENCHMARK00000000", "benchmark/secret/key/0000000000000000000"
SEQUENTIAL_CALLS = 600
CONCURRENT_CALLS = 3000
IN_FLIGHT = 64
WARM_UP = 50
PAGING_PASSES = 5  # timed passes over the whole chain; the median is reported
BRIDGE_REPEAT = 300  # timed conversions of one page each way; the median is reported

# A subject is: async setup(endpoint) -> (call, page_through, close)
Call = Callable[[], Awaitable[Any]]
#: When each subject finished importing and making its client (for the cold-start split).
MARKS: dict[str, float] = {}


async def aioworkspaces_subject(endpoint: str) -> tuple[Call, Call, Call]:
    from aioworkspaces import ClientConfig, Credentials, WorkSpacesClient

    MARKS["imported"] = time.perf_counter()
    client = WorkSpacesClient(
        REGION,
        endpoint_url=endpoint,
        credentials=Credentials(KEY, SECRET),
        config=ClientConfig(max_pool_connections=IN_FLIGHT),
    )
    await client.open()
    MARKS["client"] = time.perf_counter()

    async def call() -> Any:
        result = await client.describe_workspaces()
        assert len(result.workspaces or ()) == 25
        return result

    async def page_through() -> int:
        # Counted, not kept, as the other subjects do (`collect()` would keep 2,500 objects
        # alive and pay the garbage collector for them).
        count = 0
        async for _ in client.paginate.describe_workspaces(bundle_id="wsb-chain"):
            count += 1
        return count

    return call, page_through, client.close


async def aiobotocore_subject(endpoint: str) -> tuple[Call, Call, Call]:
    from aiobotocore.config import AioConfig  # type: ignore[import-not-found]
    from aiobotocore.session import get_session  # type: ignore[import-not-found]

    MARKS["imported"] = time.perf_counter()
    context = get_session().create_client(
        "workspaces",
        region_name=REGION,
        endpoint_url=endpoint,
        aws_access_key_id=KEY,
        aws_secret_access_key=SECRET,
        config=AioConfig(max_pool_connections=IN_FLIGHT),
    )
    client = await context.__aenter__()
    MARKS["client"] = time.perf_counter()

    async def call() -> Any:
        result = await client.describe_workspaces()
        assert len(result["Workspaces"]) == 25
        return result

    async def page_through() -> int:
        count = 0
        async for page in client.get_paginator("describe_workspaces").paginate(
            BundleId="wsb-chain"
        ):
            count += len(page["Workspaces"])
        return count

    async def close() -> None:
        await context.__aexit__(None, None, None)

    return call, page_through, close


def sigv4_headers(endpoint: str, body: bytes) -> dict[str, str]:
    """The headers of a DescribeWorkspaces POST of `body`, SigV4-signed by the standard library."""
    import hashlib
    import hmac
    from urllib.parse import urlsplit

    timestamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    day = timestamp[:8]
    headers = {
        "content-type": "application/x-amz-json-1.1",
        "host": urlsplit(endpoint).netloc,
        "x-amz-date": timestamp,
        "x-amz-target": "WorkspacesService.DescribeWorkspaces",
    }
    names = ";".join(sorted(headers))
    canonical = "\n".join(
        [
            "POST",
            "/",
            "",
            "".join(f"{name}:{headers[name]}\n" for name in sorted(headers)),
            names,
            hashlib.sha256(body).hexdigest(),
        ]
    )
    scope = f"{day}/{REGION}/workspaces/aws4_request"
    to_sign = "\n".join(
        ["AWS4-HMAC-SHA256", timestamp, scope, hashlib.sha256(canonical.encode()).hexdigest()]
    )
    key = f"AWS4{SECRET}".encode()
    for part in (day, REGION, "workspaces", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    headers["authorization"] = (
        f"AWS4-HMAC-SHA256 Credential={KEY}/{scope}, SignedHeaders={names}, Signature={signature}"
    )
    del headers["host"]  # aiohttp sends it
    return headers


async def raw_subject(
    endpoint: str, loads: Callable[[bytes], Any] | None = None
) -> tuple[Call, Call, Call]:
    import aiohttp

    MARKS["imported"] = time.perf_counter()
    if loads is None:
        loads = json.loads
    first = b'{"BundleId":"wsb-chain"}'
    # Signed once and reused (the later pages too: the server does not check signatures).
    headers = {b"{}": sigv4_headers(endpoint, b"{}"), first: sigv4_headers(endpoint, first)}
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=IN_FLIGHT))
    url = endpoint + "/"
    MARKS["client"] = time.perf_counter()

    async def post(body: bytes) -> Any:
        async with session.post(url, data=body, headers=headers.get(body, headers[first])) as r:
            return loads(await r.read())

    async def call() -> Any:
        result = await post(b"{}")
        assert len(result["Workspaces"]) == 25
        return result

    async def page_through() -> int:
        count, body = 0, first
        while True:
            page = await post(body)
            count += len(page["Workspaces"])
            token = page.get("NextToken")
            if not token:
                return count
            body = json.dumps({"BundleId": "wsb-chain", "NextToken": token}).encode()

    return call, page_through, session.close


async def raw_orjson_subject(endpoint: str) -> tuple[Call, Call, Call]:
    import orjson

    return await raw_subject(endpoint, orjson.loads)


SUBJECTS = {
    "aioworkspaces": aioworkspaces_subject,
    "aiobotocore": aiobotocore_subject,
    "raw": raw_subject,
    "raw-orjson": raw_orjson_subject,
}


def bridge_figures(page: Any) -> dict[str, float]:
    """Median microseconds to convert one DescribeWorkspaces page each way through the bridge."""
    from aioworkspaces import from_dict, from_json, to_dict, to_json

    cls = type(page)
    as_dict, as_json = to_dict(page), to_json(page)
    assert from_dict(cls, as_dict) == page and from_json(cls, as_json) == page
    conversions: dict[str, Callable[[], Any]] = {
        "to_dict_us": lambda: to_dict(page),
        "from_dict_us": lambda: from_dict(cls, as_dict),
        "to_json_us": lambda: to_json(page),
        "from_json_us": lambda: from_json(cls, as_json),
    }
    figures = {}
    for name, convert in conversions.items():
        times = []
        for _ in range(BRIDGE_REPEAT):
            before = time.perf_counter()
            convert()
            times.append(time.perf_counter() - before)
        figures[name] = statistics.median(times) * 1e6
    return figures


async def measure(subject: str, metric: str, endpoint: str) -> dict[str, Any]:
    call, page_through, close = await SUBJECTS[subject](endpoint)
    figures: dict[str, Any] = {}
    try:
        if metric == "bridge":
            if subject != "aioworkspaces":
                raise SystemExit("the bridge metric is aioworkspaces' alone")
            figures.update(bridge_figures(await call()))
            return figures
        if metric == "cold":
            await call()
            done = time.perf_counter()
            figures["seconds"] = done - _STARTED
            figures["import_ms"] = (MARKS["imported"] - _STARTED) * 1000
            figures["client_ms"] = (MARKS["client"] - MARKS["imported"]) * 1000
            figures["first_call_ms"] = (done - MARKS["client"]) * 1000
            return figures
        for _ in range(WARM_UP):
            await call()
        if metric == "sequential":
            latencies = []
            started = time.perf_counter()
            for _ in range(SEQUENTIAL_CALLS):
                before = time.perf_counter()
                await call()
                latencies.append(time.perf_counter() - before)
            total = time.perf_counter() - started
            latencies.sort()
            figures["median_ms"] = statistics.median(latencies) * 1000
            figures["p99_ms"] = latencies[int(len(latencies) * 0.99) - 1] * 1000
            figures["calls_per_s"] = SEQUENTIAL_CALLS / total
        elif metric == "concurrent":
            limit = asyncio.Semaphore(IN_FLIGHT)

            async def one() -> None:
                async with limit:
                    await call()

            started = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(CONCURRENT_CALLS)))
            figures["calls_per_s"] = CONCURRENT_CALLS / (time.perf_counter() - started)
        elif metric == "paging":
            await page_through()  # warm
            passes = []
            for _ in range(PAGING_PASSES):
                started = time.perf_counter()
                count = await page_through()
                passes.append(time.perf_counter() - started)
                assert count == 2500, count
            figures["seconds"] = statistics.median(passes)
        else:
            raise SystemExit(f"unknown metric {metric!r}")
    finally:
        await close()
    # Peak resident memory of the whole process (Linux reports KiB).
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def main() -> None:
    subject, metric, endpoint = sys.argv[1:4]
    print(json.dumps(asyncio.run(measure(subject, metric, endpoint))))


if __name__ == "__main__":
    main()
