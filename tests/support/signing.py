"""What a client signs with, read back from the requests it sends (no private attributes)."""

from __future__ import annotations

import re
from typing import Any

import attrs
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import ReadOnlyCredentials

from aioworkspaces import HttpRequest, HttpResponse, WorkSpacesClient
from aioworkspaces.testing import MockTransport

__all__ = ["SigningCredentials", "SigningRecorder", "signing_credentials"]


@attrs.define(frozen=True)
class SigningCredentials:
    """The access key and token a request carried; `signed_with` checks a secret."""

    access_key: str
    token: str | None
    request: HttpRequest

    def signed_with(self, secret: str, region: str = "us-east-1") -> bool:
        """Whether botocore's own signer, given `secret`, computes the same signature."""
        headers = dict(self.request.headers)
        authorization = headers.pop("Authorization")
        aws = AWSRequest(
            method="POST", url=self.request.url, data=self.request.body, headers=headers
        )
        aws.context["timestamp"] = headers["X-Amz-Date"]
        auth = SigV4Auth(
            ReadOnlyCredentials(self.access_key, secret, self.token), "workspaces", region
        )
        expected = auth.signature(auth.string_to_sign(aws, auth.canonical_request(aws)), aws)
        return bool(authorization.endswith(f"Signature={expected}"))


class SigningRecorder:
    """A `MockTransport` that keeps what it was sent; builds clients that use it."""

    def __init__(self) -> None:
        self.sent: list[HttpRequest] = []
        self.transport = MockTransport(self._answer)

    def _answer(self, request: HttpRequest) -> HttpResponse:
        self.sent.append(request)
        return HttpResponse(200, json={})

    def client(self, region: str | None = "us-east-1", **options: Any) -> WorkSpacesClient:
        return WorkSpacesClient(region, transport=self.transport, **options)

    async def credentials_used(self, client: WorkSpacesClient) -> SigningCredentials:
        """Make one call with `client` (built by `self.client`); what did it sign with?"""
        await client.describe_tags(resource_id="ws-1")
        request = self.sent[-1]
        match = re.search(r"Credential=([^/]+)/", request.headers.get("Authorization", ""))
        assert match, "the request was not signed"
        token = request.headers.get("X-Amz-Security-Token")
        return SigningCredentials(match.group(1), token, request)


async def signing_credentials(region: str = "us-east-1", **options: Any) -> SigningCredentials:
    """Make one call with a `WorkSpacesClient(region, **options)`; what did it sign with?"""
    recorder = SigningRecorder()
    async with recorder.client(region, **options) as client:
        return await recorder.credentials_used(client)
