"""What importing the SDK and a first successful call load: the cold start `make bench`
measures (import, client, first call) against aiobotocore and plain aiohttp.

Each of these was once paid by every program's first call; these tests keep them out.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Imports the SDK, makes a client and a first call through an in-memory transport (with a
# before_sign hook when asked, so that a BeforeSignEvent is made), then reports what is
# loaded.
FIRST_CALL = """
import asyncio, json, sys
from aioworkspaces import ClientConfig, Credentials, WorkSpacesClient
from aioworkspaces import HttpRequest, HttpResponse, Transport
from aioworkspaces.types import ResponseMetadata


class Canned(Transport):
    async def send(self, request):
        return HttpResponse(200, {"x-amzn-RequestId": "r"}, b'{"Workspaces": []}')


async def main():
    client = WorkSpacesClient(
        "us-east-1",
        credentials=Credentials("AKIDEXAMPLE", "secret"),
        endpoint_url="http://127.0.0.1:4566",
        config=ClientConfig(max_attempts=2),
        transport=Canned(),
    )
    if "--hook" in sys.argv:
        client.hooks.before_sign(lambda event: event.add_header("Traceparent", "00"))
    async with client:
        result = await client.describe_workspaces()
    assert result.workspaces == [], result


asyncio.run(main())
classes = [ClientConfig, Credentials, HttpRequest, HttpResponse, ResponseMetadata]
if "--hook" in sys.argv:
    from aioworkspaces import BeforeSignEvent, CallEvent, RequestEvent, ResponseEvent

    classes += [BeforeSignEvent, CallEvent, RequestEvent, ResponseEvent]


def loaded(*names):
    return sorted(m for m in sys.modules if m in names or m.startswith(tuple(n + "." for n in names)))


print(json.dumps({
    "attrs": loaded("attrs"),
    # attrs made a class (or the lazy __attrs_attrs__ of one): a tuple of Attributes there.
    "built": [c.__name__ for c in classes if isinstance(c.__dict__["__attrs_attrs__"], tuple)],
    "botocore": loaded("botocore"),
    "cattrs": loaded("cattrs"),
    "thread pool": loaded("concurrent.futures.thread"),
    "operation tables": loaded("aioworkspaces._tables"),
    "hook events": loaded("aioworkspaces._events"),
    "modeled errors": loaded("aioworkspaces.errors", "aioworkspaces._client_exceptions"),
}))
"""


def first_call(*arguments: str) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_CALL, *arguments], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, list[str]] = json.loads(done.stdout)
    return report


def test_a_first_call_loads_none_of_what_it_does_not_use() -> None:
    assert first_call() == {
        # attrs builds the classes only when attrs.fields/evolve/asdict/has asks for them.
        "attrs": [],
        "built": [],
        # The credentials, region and endpoint are given: nothing to resolve with botocore.
        "botocore": [],
        # The dict/JSON bridge is loaded by to_dict & co. only.
        "cattrs": [],
        # The config files are read in a thread of its own, not the default executor's.
        "thread pool": [],
        # The operation tables serve errors, rate limits and the Stubber.
        "operation tables": [],
        # The hook events serve registered hooks.
        "hook events": [],
        # The generated error classes serve the first service error and client.exceptions.
        "modeled errors": [],
    }


def test_a_hook_loads_its_events_but_attrs_builds_none_of_them() -> None:
    report = first_call("--hook")
    assert report["hook events"] == ["aioworkspaces._events"]
    assert (report["attrs"], report["built"]) == ([], [])


LATE_ERRORS = """
import asyncio, pickle, sys
import aioworkspaces
from aioworkspaces import Credentials, WorkSpacesClient

async def main():
    client = WorkSpacesClient("us-east-1", credentials=Credentials("AKIDEXAMPLE", "secret"),
                              endpoint_url="http://127.0.0.1:4566")
    await client.close()
    try:
        await client.describe_workspaces()
    except Exception as exc:
        return exc

error = asyncio.run(main())
assert "aioworkspaces.errors" not in sys.modules
# Raised before the public module is loaded, the class still names it.
assert type(error).__module__ == "aioworkspaces.errors", type(error).__module__
assert type(pickle.loads(pickle.dumps(error))) is type(error)
assert aioworkspaces.errors.ClientClosedError is type(error)  # loads it on first use
assert WorkSpacesClient.exceptions.ClientError is aioworkspaces.errors.ServiceError
assert WorkSpacesClient.exceptions is WorkSpacesClient.exceptions
print("ok")
"""


def test_the_error_classes_load_on_first_use_under_their_public_module() -> None:
    done = subprocess.run(
        [sys.executable, "-c", LATE_ERRORS], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


# A client of the production kind (a region, no endpoint_url), empty config files: the
# endpoint comes from the generated rules, and botocore is never imported.
RULES_ENDPOINT = """
import asyncio, json, sys
from aioworkspaces import ClientConfig, Credentials, HttpResponse, WorkSpacesClient
from aioworkspaces.testing import MockTransport

sent = []


def service(request):
    sent.append(request.url)
    return HttpResponse(200, json={"Workspaces": []})


async def main():
    client = WorkSpacesClient(
        sys.argv[1],
        credentials=Credentials("AKIDEXAMPLE", "secret"),
        config=ClientConfig(use_fips_endpoint="--fips" in sys.argv),
        transport=MockTransport(service),
    )
    async with client:
        await client.describe_workspaces()


asyncio.run(main())
print(json.dumps({"sent": sent, "botocore": sorted(m for m in sys.modules if m.split(".")[0] == "botocore")}))
"""


def _first_call_without_endpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *arguments: str
) -> dict[str, list[str]]:
    for name in ("config", "credentials"):
        (tmp_path / name).write_text("")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    done = subprocess.run(
        [sys.executable, "-c", RULES_ENDPOINT, *arguments],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, list[str]] = json.loads(done.stdout)
    return report


@pytest.mark.parametrize("region", ["eu-west-1", "cn-north-1", "us-gov-west-1"])
def test_the_endpoint_of_a_region_needs_no_botocore(
    region: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _first_call_without_endpoint(tmp_path, monkeypatch, region)
    suffix = "amazonaws.com.cn" if region.startswith("cn-") else "amazonaws.com"
    assert report == {"sent": [f"https://workspaces.{region}.{suffix}"], "botocore": []}


def test_a_fips_endpoint_needs_no_botocore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = _first_call_without_endpoint(tmp_path, monkeypatch, "us-east-2", "--fips")
    assert report == {"sent": ["https://workspaces-fips.us-east-2.amazonaws.com"], "botocore": []}
