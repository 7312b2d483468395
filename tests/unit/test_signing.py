"""The SigV4 signer gives botocore's signature, with its per-second and per-day caches."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import ReadOnlyCredentials

from aioworkspaces._request.credentials import Credentials
from aioworkspaces._request.signing import Signer

REGION = "eu-west-1"
TARGET = {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "WorkspacesService.X"}


def botocore_signature(url: str, headers: dict[str, str], body: bytes, creds: Credentials) -> str:
    """What botocore's own, uncached signer computes for these headers (Authorization left out)."""
    unsigned = {k: v for k, v in headers.items() if k != "Authorization"}
    request = AWSRequest(method="POST", url=url, data=body, headers=unsigned)
    request.context["timestamp"] = headers["X-Amz-Date"]
    auth = SigV4Auth(
        ReadOnlyCredentials(creds.access_key, creds.secret_key, creds.token), "workspaces", REGION
    )
    signature: str = auth.signature(
        auth.string_to_sign(request, auth.canonical_request(request)), request
    )
    return signature


@pytest.mark.parametrize(
    ("url", "extra", "token"),
    [
        ("https://workspaces.eu-west-1.amazonaws.com", {}, None),
        ("https://workspaces.eu-west-1.amazonaws.com/", {"User-Agent": "me/1"}, "tok/en+=="),
        ("http://127.0.0.1:8080", {"X-Custom": "  spaced   out\tvalue "}, None),
        ("https://[::1]:4443/some//path/", {}, "t"),
        (
            "https://example.com:443/a b",
            {"Authorization": "stale", "X-Amz-Date": "19700101T000000Z"},
            None,
        ),
    ],
)
def test_signature_equals_botocores(url: str, extra: dict[str, str], token: str | None) -> None:
    creds = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", token)
    body = b'{"WorkspaceIds":["ws-1"]}'
    headers = Signer(REGION).sign(url, {**TARGET, **extra}, body, creds)
    assert "stale" not in headers.values() and "19700101T000000Z" not in headers.values()
    assert headers.get("X-Amz-Security-Token") == token
    expected = botocore_signature(url, headers, body, creds)
    assert headers["Authorization"].endswith(f"Signature={expected}")
    assert headers["Authorization"].startswith(
        f"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/{headers['X-Amz-Date'][:8]}/{REGION}/workspaces/aws4_request, SignedHeaders="
    )


def test_date_follows_the_clock_and_the_skew_correction(monkeypatch: pytest.MonkeyPatch) -> None:
    creds = Credentials("AKIDEXAMPLE", "secret")
    now = dt.datetime(2026, 3, 1, 23, 59, 59, 900_000, tzinfo=dt.timezone.utc).timestamp()
    monkeypatch.setattr(time, "time", lambda: now)
    signer = Signer(REGION)
    first = signer.sign("https://h", TARGET, b"{}", creds)
    assert first["X-Amz-Date"] == "20260301T235959Z"
    now += 0.2  # the next second, and the next day: date, scope and key all change
    second = signer.sign("https://h", TARGET, b"{}", creds)
    assert second["X-Amz-Date"] == "20260302T000000Z"
    assert "/20260302/" in second["Authorization"]
    assert second["Authorization"].endswith(
        "Signature=" + botocore_signature("https://h", second, b"{}", creds)
    )
    signer.clock_offset = dt.timedelta(hours=-1)
    assert signer.clock_offset == dt.timedelta(hours=-1)
    behind = signer.sign("https://h", TARGET, b"{}", creds)
    assert behind["X-Amz-Date"] == "20260301T230000Z"
    assert behind["Authorization"].endswith(
        "Signature=" + botocore_signature("https://h", behind, b"{}", creds)
    )
