"""SigV4 signing with botocore's signer, the signing key cached per day and region."""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
from collections.abc import Mapping

from botocore.auth import SIGV4_TIMESTAMP, SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import ReadOnlyCredentials

__all__ = ["Signer"]

SERVICE = "workspaces"


class _CachingSigV4(SigV4Auth):
    """botocore's SigV4 with two changes: a clock offset, and the derived key kept.

    The signing key depends only on the secret, the day, the region and the service,
    so deriving it (four HMACs) once a day instead of on every call is safe.
    """

    def __init__(self, credentials: ReadOnlyCredentials, region: str, clock_offset: _dt.timedelta) -> None:
        super().__init__(credentials, SERVICE, region)
        self._clock_offset = clock_offset
        self._key_day: str | None = None
        self._key = b""

    def add_auth(self, request: AWSRequest) -> None:
        now = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None) + self._clock_offset
        request.context["timestamp"] = now.strftime(SIGV4_TIMESTAMP)
        self._modify_request_before_signing(request)
        canonical_request = self.canonical_request(request)
        string_to_sign = self.string_to_sign(request, canonical_request)
        self._inject_signature_to_request(request, self.signature(string_to_sign, request))

    def signature(self, string_to_sign: str, request: AWSRequest) -> str:
        day = request.context["timestamp"][0:8]
        if day != self._key_day:
            secret = self.credentials.secret_key
            key = self._sign(f"AWS4{secret}".encode(), day)
            for part in (self._region_name, self._service_name, "aws4_request"):
                key = self._sign(key, part)
            self._key, self._key_day = key, day
        return hmac.new(self._key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


class Signer:
    """Signs requests for one region; holds the clock-skew correction of the client."""

    def __init__(self, region: str) -> None:
        self.region = region
        self.clock_offset = _dt.timedelta(0)
        self._auth: _CachingSigV4 | None = None

    def sign(
        self, url: str, headers: Mapping[str, str], body: bytes, credentials: ReadOnlyCredentials
    ) -> dict[str, str]:
        """The headers to send: `headers` plus X-Amz-Date, the token and Authorization."""
        auth = self._auth
        if (
            auth is None
            or auth.credentials is not credentials
            or auth._clock_offset != self.clock_offset
        ):
            auth = self._auth = _CachingSigV4(credentials, self.region, self.clock_offset)
        request = AWSRequest(method="POST", url=url, data=body, headers=dict(headers))
        auth.add_auth(request)
        return dict(request.headers.items())
