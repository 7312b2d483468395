"""The HTTP side of the local service: AWS JSON 1.1 and RPC v2 CBOR, rate limits, faults."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import struct
import uuid
from collections import Counter
from collections.abc import Mapping
from types import TracebackType
from typing import Any, TypeVar

from aiohttp import web

from aioworkspaces.simulator import _cbor, _model
from aioworkspaces.simulator._errors import ServiceFault
from aioworkspaces.simulator._limits import (
    DEFAULT_RATE_LIMITS,
    Faults,
    RateLimit,
    TokenBucket,
    resolve,
)
from aioworkspaces.simulator._service import Service
from aioworkspaces.simulator._shapes import validate

logger = logging.getLogger("aioworkspaces.simulator")

_CONTENT_TYPE = "application/x-amz-json-1.1"
_JSON, _CBOR = "json", "cbor"

_Self = TypeVar("_Self", bound="LocalWorkSpaces")


class LocalWorkSpaces:
    """A local Amazon WorkSpaces endpoint: `async with LocalWorkSpaces() as ws: ws.endpoint`.

    - `speed`: how many service seconds pass per wall second (60: a 20-minute
      creation takes 20 s); `timings` overrides how long a passing state lasts, by
      "<kind>:<STATE>" (see `DEFAULT_TIMINGS`).
    - `throttle`: per-operation token buckets answering `ThrottlingException`, with
      `rate_limits` (operation name or shell pattern -> `RateLimit`, or None for no
      limit) over `DEFAULT_RATE_LIMITS`.
    - `faults`: injected 5xx answers, connection resets and latency (`Faults`).
    - `strict_references`: a directory or bundle a request names must exist (True, as
      on AWS); False accepts any, which suits tests that do not set a directory up.

    Requests are not authenticated. The state is one account (123456789012) in
    `region`, and lives as long as the object.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        region: str = "us-east-1",
        speed: float = 1.0,
        timings: Mapping[str, float] | None = None,
        throttle: bool = True,
        rate_limits: Mapping[str, RateLimit | None] | None = None,
        faults: Faults | None = None,
        strict_references: bool = True,
    ) -> None:
        self._service = Service(
            region=region, speed=speed, timings=timings, strict_references=strict_references
        )
        self.throttling = throttle
        self.check_patterns = True
        """Whether string members must match the model's patterns (ids such as ws-...)."""
        self.rate_limits: dict[str, RateLimit | None] = dict(rate_limits or {})
        self.faults = faults
        self.calls: list[tuple[str, dict[str, Any]]] = []
        """Every request received, as (operation, body), throttled ones included."""
        self.requests: Counter[str] = Counter()
        self.throttled: Counter[str] = Counter()
        """Requests answered with ThrottlingException, by operation."""
        self._host = host
        self._port = port
        self._buckets: dict[str, TokenBucket] = {}
        self._forced_throttles = 0
        self._runner: web.AppRunner | None = None
        self.endpoint = ""

    # --- running ----------------------------------------------------------------------

    async def start(self) -> str:
        """Serve on host:port (a free port when 0); returns the endpoint URL."""
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_post("/", self._handle_json)
        app.router.add_post("/service/{service}/operation/{operation}", self._handle_cbor)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        port = self._runner.addresses[0][1]
        host = f"[{self._host}]" if ":" in self._host else self._host
        self.endpoint = f"http://{host}:{port}"
        return self.endpoint

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self: _Self) -> _Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # --- controls for tests and demos -------------------------------------------------

    @property
    def speed(self) -> float:
        return self._service.clock.speed

    @speed.setter
    def speed(self, value: float) -> None:
        self._service.clock.speed = value

    def advance(self, seconds: float) -> None:
        """Move the service's clock on by `seconds` (service time) at once."""
        self._service.clock.advance(seconds)

    @property
    def reject_users(self) -> set[str]:
        """User names the directories do not know: CreateWorkspaces fails them."""
        return self._service.reject_users

    @reject_users.setter
    def reject_users(self, users: set[str]) -> None:
        self._service.reject_users = set(users)

    def throttle(self, count: int) -> None:
        """Answer the next `count` requests with ThrottlingException, whatever the buckets."""
        self._forced_throttles = count

    def add_directory(self, directory_id: str | None = None, **members: Any) -> str:
        """A directory already REGISTERED (as if registered long ago); returns its id.

        ValueError for an id the model refuses or a directory already registered.
        """
        body: dict[str, Any] = {"WorkspaceDirectoryName": "corp", **members}
        if directory_id is not None:
            body["DirectoryId"] = directory_id
        try:
            validate("RegisterWorkspaceDirectory", body, patterns=self.check_patterns)
            registered = self._service.op_RegisterWorkspaceDirectory(body)["DirectoryId"]
        except ServiceFault as fault:
            raise ValueError(fault.message) from None
        resource = self._service.store["directory"][registered]
        self._service.move(resource, ["REGISTERED"])
        return str(registered)

    def seed_workspaces(
        self,
        directory_id: str,
        count: int,
        *,
        state: str = "AVAILABLE",
        bundle_id: str = "wsb-92tn3b7gx",
        user_prefix: str = "user",
    ) -> list[str]:
        """`count` WorkSpaces already in `state` in a registered directory; their ids.

        For setting up a fleet without spending rate limit on it; the users are
        `<user_prefix>-0000`, `<user_prefix>-0001`, ...
        """
        self._service.tick()
        ids = []
        for index in range(count):
            request = {
                "DirectoryId": directory_id,
                "UserName": f"{user_prefix}-{index:04d}",
                "BundleId": bundle_id,
            }
            refused = self._service.refuse_creation(request)
            if refused is not None:
                raise ValueError(f"{request['UserName']}: {refused[0]}: {refused[1]}")
            ids.append(self._service.add_workspace(request, [state]))
        return ids

    def set_connection_state(self, workspace_id: str, state: str) -> None:
        """What DescribeWorkspacesConnectionStatus says of a WorkSpace: CONNECTED, ..."""
        self._service.tick()
        document = self._service.get("workspace", workspace_id).document
        document["ConnectionState"] = state
        if state == "CONNECTED":
            document["LastKnownUserConnectionTimestamp"] = int(
                1_700_000_000 + self._service.clock.now()
            )

    def add_pool_session(self, pool_id: str, user_id: str) -> str:
        """A user's session in a RUNNING pool; returns the session id."""
        self._service.tick()
        return self._service.add_session(pool_id, user_id)

    def limit_of(self, operation: str) -> RateLimit | None:
        """The rate limit `operation` runs under (None: unlimited or throttling off)."""
        if not self.throttling:
            return None
        return resolve(operation, self.rate_limits, DEFAULT_RATE_LIMITS)

    # --- requests ---------------------------------------------------------------------

    async def _handle_json(self, request: web.Request) -> web.StreamResponse:
        """AWS JSON 1.1: POST / with the operation in X-Amz-Target."""
        target = request.headers.get("X-Amz-Target", "")
        prefix, _, operation = target.partition(".")
        raw = await request.read()
        if prefix != _model.TARGET_PREFIX or operation not in _model.OPERATIONS:
            fault = ServiceFault("UnknownOperationException", f"unknown target {target!r}")
            return self._answer(_JSON, fault, None)
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = None
        return await self._serve(request, operation, body, _JSON)

    async def _handle_cbor(self, request: web.Request) -> web.StreamResponse:
        """Smithy RPC v2 CBOR: POST /service/WorkspacesService/operation/<Operation>."""
        service = request.match_info["service"]
        operation = request.match_info["operation"]
        raw = await request.read()
        if service != _model.TARGET_PREFIX or operation not in _model.OPERATIONS:
            fault = ServiceFault("UnknownOperationException", f"unknown operation {operation!r}")
            return self._answer(_CBOR, fault, None)
        try:
            decoded = _cbor.decode(raw) if raw else {}
            body = _cbor.to_json_view(_model.OPERATIONS[operation][0], decoded)
        except (_cbor.CBORError, UnicodeDecodeError):
            body = None
        return await self._serve(request, operation, body, _CBOR)

    async def _serve(
        self, request: web.Request, operation: str, body: Any, protocol: str
    ) -> web.StreamResponse:
        """Faults, rate limit, validation, the operation: the same for either protocol."""
        self.calls.append((operation, body if isinstance(body, dict) else {}))
        self.requests[operation] += 1
        if self.faults is not None and self.faults.applies_to(operation):
            delay = self.faults.delay()
            if delay:
                await asyncio.sleep(delay)
            fault = self.faults.draw()
            if fault == "reset":
                _reset(request)
                return web.Response(status=500)  # never sent: the connection is gone
            if fault is not None:
                code = "InternalFailure" if fault == "500" else "ServiceUnavailable"
                return self._answer(
                    protocol, ServiceFault(code, "injected fault", int(fault)), None
                )
        if self._throttled(operation):
            self.throttled[operation] += 1
            return self._answer(
                protocol, ServiceFault("ThrottlingException", "Rate exceeded"), None
            )
        try:
            if not isinstance(body, dict):
                raise ServiceFault("SerializationException", "the request body is not an object")
            validate(operation, body, patterns=self.check_patterns)
            result = self._dispatch(operation, body)
        except ServiceFault as fault:
            return self._answer(protocol, fault, None)
        return self._answer(protocol, result, _model.OPERATIONS[operation][1])

    def _answer(
        self, protocol: str, payload: dict[str, Any] | ServiceFault, shape: str | None
    ) -> web.Response:
        status = 200
        headers = {"x-amzn-RequestId": self.request_id()}
        if isinstance(payload, ServiceFault):
            status = payload.status
            headers["x-amzn-ErrorType"] = payload.code
            payload = payload.body()
        if protocol == _JSON:
            return web.Response(
                status=status,
                body=json.dumps(payload).encode(),
                content_type=_CONTENT_TYPE,
                headers=headers,
            )
        headers["smithy-protocol"] = "rpc-v2-cbor"
        return web.Response(
            status=status,
            body=_cbor.encode(_cbor.from_json_view(shape, payload)),
            content_type="application/cbor",
            headers=headers,
        )

    def request_id(self) -> str:
        """The id of the next answer (AWS sends a UUID)."""
        return str(uuid.uuid4())

    def _throttled(self, operation: str) -> bool:
        if self._forced_throttles > 0:
            self._forced_throttles -= 1
            return True
        limit = self.limit_of(operation)
        if limit is None:
            return False
        bucket = self._buckets.get(operation)
        if bucket is None or bucket.limit != limit:
            bucket = self._buckets[operation] = TokenBucket(limit)
        return not bucket.take()

    def _dispatch(self, operation: str, body: dict[str, Any]) -> dict[str, Any]:
        self._service.tick()
        result: dict[str, Any] = getattr(self._service, f"op_{operation}")(body)
        return result


def _reset(request: web.Request) -> None:
    """Close the connection with a TCP reset, as a load balancer dropping it would."""
    transport = request.transport
    if transport is None:
        return
    sock = transport.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:  # pragma: no cover - a socket that is already gone
            pass
    transport.abort()
