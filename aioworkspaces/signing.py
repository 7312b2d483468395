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
import posixpath
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
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


class Signer:
    """Signs requests for one region; holds the client's clock-skew correction."""

    def __init__(self, region: str) -> None:
        self.region = region
        self.clock_offset = _dt.timedelta(0)
        self._key_for: tuple[str, str] | None = None  # (secret, day) the key was derived for
        self._key = b""

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
        now = _dt.datetime.now(_dt.timezone.utc) + self.clock_offset
        timestamp = now.strftime("%Y%m%dT%H%M%SZ")
        day = timestamp[:8]
        host, path = _host_and_path(url)
        signed = {k: v for k, v in headers.items() if k.lower() != "authorization"}
        signed["X-Amz-Date"] = timestamp
        if credentials.token:
            signed["X-Amz-Security-Token"] = credentials.token
        canonical: dict[str, str] = {}
        for name, value in signed.items():
            lower = name.lower()
            if lower not in _UNSIGNED_HEADERS:
                canonical[lower] = " ".join(value.split())
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
        signature = hmac.new(
            self._signing_key(credentials.secret_key, day),
            string_to_sign.encode("utf-8"),
            hashlib.sha256,
        ).hexdigest()
        signed["Authorization"] = (
            f"{_ALGORITHM} Credential={credentials.access_key}/{scope}, "
            f"SignedHeaders={signed_headers}, Signature={signature}"
        )
        return signed
