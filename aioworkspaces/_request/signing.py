"""AWS Signature Version 4 for the JSON POSTs the pipeline sends.

The same canonical request botocore's `SigV4Auth` builds (its signed-header rules,
host with non-default port, sha256 payload hash), checked against botocore in the
tests. Written here rather than called through botocore so that signing costs no
`AWSRequest` per call and importing the SDK loads none of botocore; the signing key
(four HMACs over the secret, day, region and service) is derived once per day.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import math
import posixpath
import time
from collections.abc import Mapping
from functools import lru_cache
from urllib.parse import quote, urlsplit

from .credentials import Credentials

__all__ = ["SERVICE", "Signer"]

SERVICE = "workspaces"
_ALGORITHM = "AWS4-HMAC-SHA256"
# Headers a proxy or the HTTP stack may change; botocore leaves them unsigned too.
_UNSIGNED_HEADERS = frozenset(
    {
        "authorization",
        "baggage",
        "connection",
        "expect",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "traceparent",
        "tracestate",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "x-amzn-trace-id",
    }
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Headers `sign` writes itself, whatever the caller passed.
_SET_BY_SIGN = frozenset({"x-amz-date", "x-amz-security-token"})


@lru_cache(maxsize=64)
def _host_and_path(url: str) -> tuple[str, str]:
    """The `host` header value and canonical URI of `url` (as botocore computes them)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(parts.scheme):
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    normalized = posixpath.normpath(path)
    if normalized.startswith("//"):
        normalized = "/" + normalized.lstrip("/")
    if path.endswith("/") and normalized != "/":
        normalized += "/"
    return host, quote(normalized, safe="/~")


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.digest(key, text.encode("utf-8"), "sha256")


@lru_cache(maxsize=256)
def _canonical(name: str, value: str) -> tuple[str, str] | None:
    """A header as the canonical request lists it, or None when it is not signed.

    Cached: a client sends the same few headers every time. (The date and the session
    token are added by `sign` itself, so that no secret lives on in this cache.)
    """
    lower = name.lower()
    if lower in _UNSIGNED_HEADERS:
        return None
    return lower, " ".join(value.split())


class Signer:
    """Signs requests for one region; holds the client's clock-skew correction."""

    def __init__(self, region: str) -> None:
        self.region = region
        self._offset = 0.0  # seconds to add to the local clock
        self._second = -1  # the second `_timestamp` was written for
        self._timestamp = ""
        self._key_for: tuple[str, str] | None = None  # (secret, day) the key was derived for
        self._key = b""

    @property
    def clock_offset(self) -> _dt.timedelta:
        """How far the service's clock is ahead of ours (set after a clock-skew error)."""
        return _dt.timedelta(seconds=self._offset)

    @clock_offset.setter
    def clock_offset(self, offset: _dt.timedelta) -> None:
        self._offset = offset.total_seconds()
        self._second = -1

    def _now(self) -> str:
        """The X-Amz-Date of this second (formatted once per second)."""
        second = math.floor(time.time() + self._offset)
        if second != self._second:
            self._timestamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(second))
            self._second = second
        return self._timestamp

    def _signing_key(self, secret: str, day: str) -> bytes:
        if self._key_for != (secret, day):
            key = _hmac(f"AWS4{secret}".encode(), day)
            for part in (self.region, SERVICE, "aws4_request"):
                key = _hmac(key, part)
            self._key, self._key_for = key, (secret, day)
        return self._key

    def sign(
        self, url: str, headers: Mapping[str, str], body: bytes, credentials: Credentials
    ) -> dict[str, str]:
        """The headers to send: `headers` plus X-Amz-Date, the token and Authorization."""
        timestamp = self._now()
        day = timestamp[:8]
        host, path = _host_and_path(url)
        signed: dict[str, str] = {}
        canonical: dict[str, str] = {}
        for name, value in headers.items():
            header = _canonical(name, value)
            if header is None:
                if name.lower() != "authorization":
                    signed[name] = value
            elif header[0] not in _SET_BY_SIGN:
                signed[name] = value
                canonical[header[0]] = header[1]
        signed["X-Amz-Date"] = canonical["x-amz-date"] = timestamp
        if credentials.token:
            signed["X-Amz-Security-Token"] = credentials.token
            canonical["x-amz-security-token"] = " ".join(credentials.token.split())
        canonical.setdefault("host", host)
        names = sorted(canonical)
        signed_headers = ";".join(names)
        canonical_request = "\n".join(
            (
                "POST",
                path,
                "",
                "".join(f"{name}:{canonical[name]}\n" for name in names),
                signed_headers,
                hashlib.sha256(body).hexdigest(),
            )
        )
        scope = f"{day}/{self.region}/{SERVICE}/aws4_request"
        string_to_sign = "\n".join(
            (
                _ALGORITHM,
                timestamp,
                scope,
                hashlib.sha256(canonical_request.encode("utf-8")).hexdigest(),
            )
        )
        signature = _hmac(self._signing_key(credentials.secret_key, day), string_to_sign).hex()
        signed["Authorization"] = (
            f"{_ALGORITHM} Credential={credentials.access_key}/{scope}, "
            f"SignedHeaders={signed_headers}, Signature={signature}"
        )
        return signed
