"""A local WorkSpaces lifecycle simulator: an aiohttp server on 127.0.0.1 for demos and tests.

moto marks a WorkSpace AVAILABLE the moment it is created and has no start or stop;
this server walks each resource through the states the real service goes through, one
step per time it is described, so waiters, bulk calls and pagination can be exercised
without an AWS account::

    async with LifecycleSimulator(steps=2) as sim:
        async with WorkSpacesClient("us-east-1", endpoint_url=sim.endpoint, credentials=...) as c:
            ...

Implemented: CreateWorkspaces, DescribeWorkspaces (with `Limit` / `NextToken`),
Start/Stop/Reboot/Rebuild/TerminateWorkspaces, DescribeWorkspaceImages,
DescribeWorkspaceDirectories and DescribeWorkspacesPools. Each request is recorded in
`calls`; `script(id, states)` sets what an id goes through next (`None` means not
visible, `GONE` removes it), and `throttle(n)` answers the next `n` requests with
`ThrottlingException`. Requests are not authenticated: this is a local fake.
"""

from __future__ import annotations

import itertools
import json
from collections import deque
from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import Any

from aiohttp import web

__all__ = ["GONE", "LifecycleSimulator"]

#: In a script: the resource no longer exists from this step on.
GONE = "__gone__"

#: Items per call the API accepts, by operation and list member.
_LIMITS = {
    "CreateWorkspaces": ("Workspaces", 25),
    "StartWorkspaces": ("StartWorkspaceRequests", 25),
    "StopWorkspaces": ("StopWorkspaceRequests", 25),
    "RebootWorkspaces": ("RebootWorkspaceRequests", 25),
    "RebuildWorkspaces": ("RebuildWorkspaceRequests", 1),
    "TerminateWorkspaces": ("TerminateWorkspaceRequests", 25),
    "DescribeWorkspaces": ("WorkspaceIds", 25),
    "DescribeWorkspaceImages": ("ImageIds", 25),
    "DescribeWorkspaceDirectories": ("DirectoryIds", 25),
    "DescribeWorkspacesPools": ("PoolIds", 25),
}


class _Scripted:
    """One resource: its wire document, current state and the states still to come."""

    def __init__(self, document: dict[str, Any], states: Iterable[str | None]) -> None:
        self.document = document
        upcoming = deque(states)
        self.state: str | None = upcoming.popleft() if upcoming else None
        self.upcoming = upcoming

    @property
    def gone(self) -> bool:
        return self.state == GONE

    def observe(self) -> dict[str, Any] | None:
        """The document as described now (None if not visible), then one step on."""
        shown = None if self.state in (None, GONE) else {**self.document, "State": self.state}
        if self.upcoming:
            self.state = self.upcoming.popleft()
        return shown


class _ClientError(Exception):
    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


class LifecycleSimulator:
    """The server; `endpoint` is its URL once started (`async with` or `start()`)."""

    def __init__(self, *, steps: int = 2, appear_after: int = 1, port: int = 0) -> None:
        self.steps = steps
        self.appear_after = appear_after
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.reject_users: set[str] = set()
        """CreateWorkspaces refuses requests for these user names (as FailedRequests)."""
        self._port = port
        self._kinds: dict[str, dict[str, _Scripted]] = {
            "workspace": {},
            "image": {},
            "directory": {},
            "pool": {},
        }
        self._throttle = 0
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.endpoint = ""

    # --- set-up -----------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self._port)
        await site.start()
        port = self._runner.addresses[0][1]
        self.endpoint = f"http://127.0.0.1:{port}"
        return self.endpoint

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> LifecycleSimulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    def add_workspace(
        self, workspace_id: str, states: Sequence[str | None] = ("AVAILABLE",), **document: Any
    ) -> None:
        """A WorkSpace that exists already, going through `states` (one per describe)."""
        self._kinds["workspace"][workspace_id] = _Scripted(
            {"WorkspaceId": workspace_id, **document}, states
        )

    def add(self, kind: str, resource_id: str, states: Sequence[str | None]) -> None:
        """An image, directory or pool (`kind`) going through `states`."""
        key = {"image": "ImageId", "directory": "DirectoryId", "pool": "PoolId"}[kind]
        document: dict[str, Any] = {key: resource_id}
        if kind == "pool":  # the members the model says a pool always has
            document |= {
                "PoolArn": f"arn:aws:workspaces:us-east-1:123456789012:workspacespool/{resource_id}",
                "PoolName": resource_id,
                "CapacityStatus": {
                    "AvailableUserSessions": 0,
                    "DesiredUserSessions": 1,
                    "ActualUserSessions": 0,
                    "ActiveUserSessions": 0,
                },
                "CreatedAt": 1_700_000_000,
                "BundleId": "wsb-simulated",
                "DirectoryId": "wsd-simulated",
                "RunningMode": "AUTO_STOP",
            }
        self._kinds[kind][resource_id] = _Scripted(document, states)

    def script(self, resource_id: str, states: Sequence[str | None]) -> None:
        """From the next describe on, `resource_id` goes through `states`."""
        for resources in self._kinds.values():
            if resource_id in resources:
                scripted = resources[resource_id]
                scripted.upcoming = deque(states)
                scripted.state = scripted.upcoming.popleft()
                return
        raise KeyError(resource_id)

    def state_of(self, workspace_id: str) -> str | None:
        """The state the next describe will report (None: not visible or gone)."""
        scripted = self._kinds["workspace"].get(workspace_id)
        return None if scripted is None or scripted.state == GONE else scripted.state

    def throttle(self, count: int) -> None:
        """Answer the next `count` requests with a ThrottlingException."""
        self._throttle = count

    def ids_per_call(self, operation: str) -> list[int]:
        """How many items each recorded call of `operation` carried."""
        member = _LIMITS[operation][0]
        return [len(body.get(member) or ()) for name, body in self.calls if name == operation]

    # --- requests ---------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        target = request.headers.get("X-Amz-Target", "")
        operation = target.rpartition(".")[2]
        try:
            body = json.loads(await request.read() or b"{}")
        except ValueError:
            return _error(_ClientError("SerializationException", "the body is not JSON"))
        self.calls.append((operation, body))
        if self._throttle > 0:
            self._throttle -= 1
            return _error(_ClientError("ThrottlingException", "Rate exceeded"))
        handler = getattr(self, f"_op_{operation}", None)
        if handler is None:
            return _error(_ClientError("UnknownOperationException", f"no {operation!r}"))
        try:
            self._check_limit(operation, body)
            result: dict[str, Any] = handler(body)
        except _ClientError as exc:
            return _error(exc)
        return web.Response(
            body=json.dumps(result).encode(),
            content_type="application/x-amz-json-1.1",
            headers={"x-amzn-RequestId": f"sim-{next(self._ids)}"},
        )

    @staticmethod
    def _check_limit(operation: str, body: dict[str, Any]) -> None:
        member, limit = _LIMITS.get(operation, ("", 0))
        items = body.get(member)
        if items is not None and not 1 <= len(items) <= limit:
            raise _ClientError(
                "ValidationException",
                f"{member} must have between 1 and {limit} items, got {len(items)}",
            )

    def _op_CreateWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        pending, failed = [], []
        for request in body["Workspaces"]:
            if request.get("UserName") in self.reject_users:
                failed.append(
                    {
                        "WorkspaceRequest": request,
                        "ErrorCode": "ResourceNotFound.User",
                        "ErrorMessage": f"user {request.get('UserName')} not found",
                    }
                )
                continue
            workspace_id = f"ws-{next(self._ids):09x}"
            document = {
                "WorkspaceId": workspace_id,
                "DirectoryId": request.get("DirectoryId"),
                "UserName": request.get("UserName"),
                "BundleId": request.get("BundleId"),
                "WorkspaceProperties": request.get("WorkspaceProperties")
                or {"RunningMode": "AUTO_STOP"},
            }
            states = [None] * self.appear_after + ["PENDING"] * self.steps + ["AVAILABLE"]
            self._kinds["workspace"][workspace_id] = _Scripted(document, states)
            pending.append({**document, "State": "PENDING"})
        return {"PendingRequests": pending, "FailedRequests": failed}

    def _change(
        self, body: dict[str, Any], member: str, allowed: set[str], via: str, to: Sequence[str]
    ) -> dict[str, Any]:
        failed = []
        for item in body[member]:
            workspace_id = item.get("WorkspaceId")
            scripted = self._kinds["workspace"].get(workspace_id or "")
            if scripted is None or scripted.state in (None, GONE):
                failed.append(_failure(workspace_id, "ResourceNotFound.Workspace", "not found"))
            elif allowed and scripted.state not in allowed:
                failed.append(
                    _failure(
                        workspace_id,
                        "InvalidResourceState",
                        f"the WorkSpace is {scripted.state}",
                    )
                )
            else:
                scripted.state = via
                scripted.upcoming = deque([via] * (self.steps - 1) + list(to))
        return {"FailedRequests": failed}

    def _op_StartWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._change(body, "StartWorkspaceRequests", {"STOPPED"}, "STARTING", ["AVAILABLE"])

    def _op_StopWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._change(body, "StopWorkspaceRequests", {"AVAILABLE"}, "STOPPING", ["STOPPED"])

    def _op_RebootWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        allowed = {"AVAILABLE", "IMPAIRED", "UNHEALTHY"}
        return self._change(body, "RebootWorkspaceRequests", allowed, "REBOOTING", ["AVAILABLE"])

    def _op_RebuildWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        allowed = {"AVAILABLE", "ERROR", "UNHEALTHY", "STOPPED"}
        return self._change(body, "RebuildWorkspaceRequests", allowed, "REBUILDING", ["AVAILABLE"])

    def _op_TerminateWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._change(
            body, "TerminateWorkspaceRequests", set(), "TERMINATING", ["TERMINATED", GONE]
        )

    def _describe(
        self, kind: str, ids: list[str] | None, body: dict[str, Any], list_member: str
    ) -> dict[str, Any]:
        resources = self._kinds[kind]
        chosen = [resources[i] for i in ids if i in resources] if ids else list(resources.values())
        for key in ("DirectoryId", "UserName", "BundleId"):
            if kind == "workspace" and body.get(key):
                chosen = [s for s in chosen if s.document.get(key) == body[key]]
        limit = body.get("Limit") or body.get("MaxResults") or 25
        token = body.get("NextToken")
        start = int(token.removeprefix("page-")) if token else 0
        page = chosen[start : start + limit]
        shown = [doc for doc in (s.observe() for s in page) if doc is not None]
        result: dict[str, Any] = {list_member: shown}
        if start + limit < len(chosen):
            result["NextToken"] = f"page-{start + limit}"
        return result

    def _op_DescribeWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._describe("workspace", body.get("WorkspaceIds"), body, "Workspaces")

    def _op_DescribeWorkspaceImages(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._describe("image", body.get("ImageIds"), body, "Images")

    def _op_DescribeWorkspaceDirectories(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._describe("directory", body.get("DirectoryIds"), body, "Directories")

    def _op_DescribeWorkspacesPools(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._describe("pool", body.get("PoolIds"), body, "WorkspacesPools")


def _failure(workspace_id: str | None, code: str, message: str) -> dict[str, Any]:
    return {"WorkspaceId": workspace_id, "ErrorCode": code, "ErrorMessage": message}


def _error(exc: _ClientError) -> web.Response:
    return web.Response(
        status=exc.status,
        body=json.dumps({"__type": exc.code, "message": exc.message}).encode(),
        content_type="application/x-amz-json-1.1",
    )
