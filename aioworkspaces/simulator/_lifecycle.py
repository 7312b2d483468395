"""The lifecycle simulator: the local service stepping once per describe, for SDK tests."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from typing import Any

from aioworkspaces.simulator import _model
from aioworkspaces.simulator._server import LocalWorkSpaces
from aioworkspaces.simulator._service import Service
from aioworkspaces.simulator._state import GONE


class _SteppedService(Service):
    """States last a number of describes instead of a time; page tokens read "page-N"."""

    def __init__(self, steps: int, appear_after: int) -> None:
        super().__init__(strict_references=False)
        self.stepping = True
        self.steps = steps
        self.appear_after = appear_after

    def steps_of(self, kind: str, states: Iterable[str | None]) -> list[tuple[str | None, float]]:
        chosen = list(states)
        holds: list[tuple[str | None, float]] = []
        for index, state in enumerate(chosen):
            if index == len(chosen) - 1:
                hold = math.inf
            elif state is None:
                hold = self.appear_after
            elif state in ("TERMINATED", "DEREGISTERED", "REMOVED"):
                hold = 1  # seen once on its way out
            else:
                hold = self.steps
            holds.append((state, hold))
        return holds

    def make_token(self, offset: int) -> str:
        return f"page-{offset}"

    def read_token(self, token: str | None, size: int) -> int:
        return min(int(token.removeprefix("page-")), size) if token else 0


class LifecycleSimulator(LocalWorkSpaces):
    """The local service on 127.0.0.1, moving one step per time a resource is described.

    Deterministic for tests: a WorkSpace created is invisible for `appear_after`
    describes, then PENDING for `steps`, then AVAILABLE; a start, stop, reboot or
    terminate shows its passing state `steps` times. Requests are validated from the
    model except for patterns (made-up ids such as `wsb-1` pass). No throttling (`throttle(n)`
    answers the next n requests with ThrottlingException), no clock, and any directory
    or bundle id is accepted. `script(id, states)` sets what a resource goes through
    next, one state per describe (`None`: not visible, `GONE`: removed).
    """

    def __init__(self, *, steps: int = 2, appear_after: int = 1, port: int = 0) -> None:
        super().__init__(port=port, throttle=False, strict_references=False)
        self._service = _SteppedService(steps, appear_after)
        self.check_patterns = False  # SDK tests use short made-up ids
        self.steps = steps
        self.appear_after = appear_after
        self._answers = itertools.count(1)

    def request_id(self) -> str:
        return f"sim-{next(self._answers)}"

    def add_workspace(
        self, workspace_id: str, states: Sequence[str | None] = ("AVAILABLE",), **document: Any
    ) -> None:
        """A WorkSpace that exists already, going through `states` (one per describe)."""
        self._add("workspace", workspace_id, {"WorkspaceId": workspace_id, **document}, states)

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
        self._add(kind, resource_id, document, states)

    def _add(
        self, kind: str, resource_id: str, document: dict[str, Any], states: Sequence[str | None]
    ) -> None:
        resource = self._service.put(kind, resource_id, document, ["AVAILABLE"])
        self._script(resource.kind, resource_id, states)

    def script(self, resource_id: str, states: Sequence[str | None]) -> None:
        """From the next describe on, `resource_id` goes through `states`."""
        for kind, resources in self._service.store.items():
            if resource_id in resources:
                self._script(kind, resource_id, states)
                return
        raise KeyError(resource_id)

    def _script(self, kind: str, resource_id: str, states: Sequence[str | None]) -> None:
        holds = [(state, 1.0) for state in states[:-1]] + [(states[-1], math.inf)]
        self._service.store[kind][resource_id].go(holds, 0.0)

    def state_of(self, workspace_id: str) -> str | None:
        """The state the next describe will report (None: not visible or gone)."""
        resource = self._service.store["workspace"].get(workspace_id)
        return None if resource is None or not resource.visible else resource.state

    def ids_per_call(self, operation: str) -> list[int]:
        """How many items each recorded call of `operation` carried."""
        member = _list_member(operation)
        return [len(body.get(member) or ()) for name, body in self.calls if name == operation]


def _list_member(operation: str) -> str:
    """The input's first list member: the ids or requests a call carries."""
    shape = _model.OPERATIONS[operation][0]
    members = _model.STRUCTURES[shape][0] if shape else {}
    return next(name for name, member in members.items() if member in _model.LISTS)


__all__ = ["GONE", "LifecycleSimulator"]
