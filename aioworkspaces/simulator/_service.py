"""The local WorkSpaces service's state and operations (one method per operation).

Every operation gets a request that already passed the model's validation and returns
the wire dict of its result, or raises ServiceFault. Each of the model's operations has
its `op_<Name>` method here (the tests send every one of them).
"""

from __future__ import annotations

import base64
import copy
import itertools
import json
import secrets
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from aioworkspaces.simulator._errors import ServiceFault, bad_state, invalid, not_found
from aioworkspaces.simulator._state import DEFAULT_TIMINGS, GONE, Clock, Resource, timeline

ACCOUNT_ID = "123456789012"

#: The bundles every account sees (Owner AMAZON): id -> (name, compute type, root, user GiB).
PUBLIC_BUNDLES = {
    "wsb-bh8rsxt14": ("Value with Windows 10", "VALUE", "80", "10"),
    "wsb-92tn3b7gx": ("Standard with Windows 10", "STANDARD", "80", "50"),
    "wsb-8vbljg4r6": ("Performance with Windows 10", "PERFORMANCE", "80", "100"),
    "wsb-1pzkp0bx8": ("Power with Windows 10", "POWER", "175", "100"),
    "wsb-clj85qzj1": ("Standard with Amazon Linux 2", "STANDARD", "80", "50"),
}

#: The applications DescribeApplications lists.
APPLICATIONS = {
    "wsa-2k9v1cqs5": "Microsoft Office 2021 Professional Plus",
    "wsa-7hlq2r9ny": "Microsoft Visual Studio 2022 Professional",
}

#: WorkSpace states from which each change may start.
_CHANGES: dict[str, tuple[frozenset[str], str, str]] = {
    "StartWorkspaces": (frozenset({"STOPPED"}), "STARTING", "AVAILABLE"),
    "StopWorkspaces": (
        frozenset({"AVAILABLE", "IMPAIRED", "UNHEALTHY", "ERROR"}),
        "STOPPING",
        "STOPPED",
    ),
    "RebootWorkspaces": (
        frozenset({"AVAILABLE", "IMPAIRED", "UNHEALTHY"}),
        "REBOOTING",
        "AVAILABLE",
    ),
    "RebuildWorkspaces": (
        frozenset({"AVAILABLE", "ERROR", "UNHEALTHY", "STOPPED", "REBOOTING"}),
        "REBUILDING",
        "AVAILABLE",
    ),
}

_ID_PREFIXES = {
    "ws-": "workspace",
    "d-": "directory",
    "wsd-": "directory",
    "wsb-": "bundle",
    "wsi-": "image",
    "wsipg-": "ipgroup",
    "wsca-": "alias",
    "wspool-": "pool",
}

_LABELS = {
    "workspace": "WorkSpace",
    "directory": "directory",
    "bundle": "bundle",
    "image": "image",
    "ipgroup": "IP access control group",
    "alias": "connection alias",
    "pool": "pool",
    "session": "session",
    "addin": "add-in",
    "link": "account link",
}


def _tags(body: Mapping[str, Any]) -> list[dict[str, str]]:
    return [dict(tag) for tag in body.get("Tags") or ()]


def _new_id(prefix: str, length: int = 9) -> str:
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    return prefix + "".join(secrets.choice(alphabet) for _ in range(length))


class Service:
    """All state of one account in one region, and the operations on it."""

    def __init__(
        self,
        *,
        region: str = "us-east-1",
        speed: float = 1.0,
        timings: Mapping[str, float] | None = None,
        strict_references: bool = True,
    ) -> None:
        self.region = region
        self.clock = Clock(speed)
        self.timings: dict[str, float] = {**DEFAULT_TIMINGS, **(timings or {})}
        self.strict_references = strict_references
        self.reject_users: set[str] = set()
        self.stepping = False  # True: states move on per describe, not by the clock
        self.store: dict[str, dict[str, Resource]] = {
            kind: {} for kind in (*_LABELS, "association", "modification")
        }
        self.clients: dict[str, dict[str, Any]] = {}  # client properties and branding
        self._serial = itertools.count(1)
        self.account: dict[str, Any] = {
            "DedicatedTenancySupport": "DISABLED",
            "DedicatedTenancyAccountType": "SOURCE_ACCOUNT",
        }
        now = self.clock.now()
        for bundle_id, (name, compute, root, user) in PUBLIC_BUNDLES.items():
            self.put(
                "bundle",
                bundle_id,
                {
                    "BundleId": bundle_id,
                    "Name": name,
                    "Owner": "AMAZON",
                    "Description": name,
                    "ImageId": "wsi-" + bundle_id[4:],
                    "RootStorage": {"Capacity": root},
                    "UserStorage": {"Capacity": user},
                    "ComputeType": {"Name": compute},
                    "State": "AVAILABLE",
                    "BundleType": "REGULAR",
                    "CreationTime": 1_600_000_000,
                    "LastUpdatedTime": 1_600_000_000,
                },
                ["AVAILABLE"],
                now,
            )

    # --- bookkeeping ------------------------------------------------------------------

    def steps_of(self, kind: str, states: Iterable[str | None]) -> list[tuple[str | None, float]]:
        """The timeline through `states` (the lifecycle simulator counts describes instead)."""
        return timeline(self.timings, kind, states)

    def put(
        self,
        kind: str,
        resource_id: str,
        document: dict[str, Any],
        states: Iterable[str | None],
        now: float | None = None,
        tags: list[dict[str, str]] | None = None,
    ) -> Resource:
        at = self.clock.now() if now is None else now
        resource = Resource(kind, resource_id, document, at)
        resource.tags = list(tags or ())
        resource.go(self.steps_of(kind, states), at)
        self.store[kind][resource_id] = resource
        return resource

    def move(self, resource: Resource, states: Iterable[str | None]) -> None:
        resource.go(self.steps_of(resource.kind, states), self.clock.now())

    def tick(self) -> None:
        """Bring every resource's state up to the clock; drop the ones that are gone."""
        now = self.clock.now()
        for resources in self.store.values():
            for resource_id, resource in list(resources.items()):
                if not self.stepping:
                    resource.advance(now)
                if resource.state == GONE:
                    del resources[resource_id]

    def find(self, kind: str, resource_id: str | None) -> Resource | None:
        resource = self.store[kind].get(resource_id or "")
        return resource if resource is not None and resource.visible else None

    def get(self, kind: str, resource_id: str) -> Resource:
        resource = self.find(kind, resource_id)
        if resource is None:
            raise not_found(_LABELS.get(kind, kind), resource_id)
        return resource

    def visible(self, kind: str) -> list[Resource]:
        return [r for r in self.store[kind].values() if r.visible]

    def listing(
        self,
        kind: str,
        chosen: Iterable[Resource],
        body: Mapping[str, Any],
        member: str,
        limit_member: str | None,
        default_limit: int = 25,
        render: Callable[[Resource], dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """One page of `chosen` (candidates not yet visible take their place in step mode)."""
        candidates = [r for r in chosen if r.state != GONE and (self.stepping or r.visible)]
        limit = (body.get(limit_member) if limit_member else None) or default_limit
        start = self.read_token(body.get("NextToken"), len(candidates))
        page = candidates[start : start + limit]
        shown = []
        for resource in page:
            if resource.visible:
                shown.append(render(resource) if render else self.document(resource))
            if self.stepping:
                resource.observed()
        result: dict[str, Any] = {member: shown}
        if start + limit < len(candidates):
            result["NextToken"] = self.make_token(start + limit)
        return result

    def document(self, resource: Resource) -> dict[str, Any]:
        return copy.deepcopy(resource.document)

    def make_token(self, offset: int) -> str:
        raw = json.dumps({"o": offset, "s": secrets.token_hex(4)}).encode()
        return base64.urlsafe_b64encode(raw).decode()

    def read_token(self, token: str | None, size: int) -> int:
        if not token:
            return 0
        try:
            offset = int(json.loads(base64.urlsafe_b64decode(token.encode()))["o"])
        except (ValueError, KeyError, TypeError):
            raise invalid("The value for NextToken is invalid.") from None
        return min(max(offset, 0), size)

    def kind_of(self, resource_id: str) -> str | None:
        for prefix, kind in sorted(_ID_PREFIXES.items(), key=lambda p: -len(p[0])):
            if resource_id.startswith(prefix):
                return kind
        return None

    def _directory(self, directory_id: str, *, registered: bool = True) -> Resource | None:
        """The registered directory, or None when references are lenient and it is unknown."""
        resource = self.find("directory", directory_id)
        if resource is None and not self.strict_references:
            return None
        if resource is None:
            raise not_found("directory", directory_id)
        if registered and resource.state != "REGISTERED":
            raise bad_state(f"The directory {directory_id} is {resource.state}.")
        return resource

    def _bundle(self, bundle_id: str) -> Resource | None:
        resource = self.find("bundle", bundle_id)
        if resource is None and self.strict_references:
            raise not_found("bundle", bundle_id)
        return resource

    # --- WorkSpaces -------------------------------------------------------------------

    def new_workspace_document(
        self, workspace_id: str, request: Mapping[str, Any]
    ) -> dict[str, Any]:
        bundle = self.find("bundle", request.get("BundleId"))
        properties = {
            "RunningMode": "AUTO_STOP",
            "RunningModeAutoStopTimeoutInMinutes": 60,
            "RootVolumeSizeGib": 80,
            "UserVolumeSizeGib": 50,
            "ComputeTypeName": "STANDARD",
            "Protocols": ["PCOIP"],
        }
        if bundle is not None:
            properties["ComputeTypeName"] = bundle.document["ComputeType"]["Name"]
            properties["RootVolumeSizeGib"] = int(bundle.document["RootStorage"]["Capacity"])
            properties["UserVolumeSizeGib"] = int(bundle.document["UserStorage"]["Capacity"])
        properties.update(request.get("WorkspaceProperties") or {})
        if properties.get("RunningMode") != "AUTO_STOP":
            properties.pop("RunningModeAutoStopTimeoutInMinutes", None)
        serial = next(self._serial)
        document = {
            "WorkspaceId": workspace_id,
            "DirectoryId": request.get("DirectoryId"),
            "UserName": request.get("UserName"),
            "BundleId": request.get("BundleId"),
            "SubnetId": f"subnet-{serial:08x}",
            "IpAddress": f"10.0.{serial // 250 % 250}.{serial % 250 + 4}",
            "ComputerName": f"WSAMZN-{serial:08X}",
            "UserVolumeEncryptionEnabled": bool(request.get("UserVolumeEncryptionEnabled")),
            "RootVolumeEncryptionEnabled": bool(request.get("RootVolumeEncryptionEnabled")),
            "WorkspaceProperties": properties,
        }
        for member in ("VolumeEncryptionKey", "WorkspaceName"):
            if request.get(member):
                document[member] = request[member]
        return document

    def op_CreateWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        pending, failed = [], []
        for request in body["Workspaces"]:
            error = self.refuse_creation(request)
            if error is not None:
                failed.append(
                    {"WorkspaceRequest": request, "ErrorCode": error[0], "ErrorMessage": error[1]}
                )
                continue
            workspace_id = self.add_workspace(request, [None, "PENDING", "AVAILABLE"])
            pending.append(
                {**self.document(self.store["workspace"][workspace_id]), "State": "PENDING"}
            )
        return {"FailedRequests": failed, "PendingRequests": pending}

    def add_workspace(self, request: Mapping[str, Any], states: Iterable[str | None]) -> str:
        """A new WorkSpace for a CreateWorkspaces request item, going through `states`."""
        workspace_id = _new_id("ws-")
        document = self.new_workspace_document(workspace_id, request)
        self.put("workspace", workspace_id, document, states, tags=_tags(request))
        return workspace_id

    def refuse_creation(self, request: Mapping[str, Any]) -> tuple[str, str] | None:
        directory_id, user = request["DirectoryId"], request["UserName"]
        if user in self.reject_users:
            return "ResourceNotFound.User", f"The user {user} could not be found in the directory."
        directory = self.find("directory", directory_id)
        if directory is None and self.strict_references:
            return (
                "ResourceNotFound.Directory",
                "The specified directory could not be found in the specified region.",
            )
        if directory is not None and directory.state != "REGISTERED":
            return "InvalidResourceState.Directory", f"The directory is {directory.state}."
        if self.strict_references and self.find("bundle", request["BundleId"]) is None:
            return "ResourceNotFound.Bundle", "The specified bundle could not be found."
        properties = request.get("WorkspaceProperties") or {}
        if properties.get("RunningModeAutoStopTimeoutInMinutes") and properties.get(
            "RunningMode"
        ) in ("ALWAYS_ON", "MANUAL"):
            return (
                "AutoStopTimeoutIsNotApplicableForAnAlwaysOnWorkspace",
                "RunningModeAutoStopTimeoutInMinutes is not applicable for WorkSpace with "
                f"running mode set to {properties['RunningMode']}.",
            )
        for other in self.visible("workspace"):
            document = other.document
            if (
                document.get("DirectoryId") == directory_id
                and document.get("UserName") == user
                and other.state not in ("TERMINATING", "TERMINATED")
            ):
                return (
                    "ResourceExists.Workspace",
                    f"The user {user} already has a WorkSpace in directory {directory_id}.",
                )
        return None

    def op_DescribeWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        ids, directory_id = body.get("WorkspaceIds"), body.get("DirectoryId")
        bundle_id, user = body.get("BundleId"), body.get("UserName")
        if sum(1 for given in (ids, directory_id, bundle_id) if given) > 1:
            raise invalid(
                "An invalid number of parameters provided with DescribeWorkspaces. Only one "
                "of the following are allowed to be specified: BundleId, DirectoryId, "
                "WorkSpaceIds, Filters."
            )
        if user and not directory_id:
            raise invalid("The DirectoryId parameter is required when UserName is used.")
        resources = self.store["workspace"]
        chosen = [resources[i] for i in ids if i in resources] if ids else list(resources.values())
        filters = {"DirectoryId": directory_id, "BundleId": bundle_id, "UserName": user}
        filters["WorkspaceName"] = body.get("WorkspaceName")
        for member, wanted in filters.items():
            if wanted:
                chosen = [r for r in chosen if r.document.get(member) == wanted]
        return self.listing(
            "workspace", chosen, body, "Workspaces", "Limit", render=self._workspace
        )

    def _workspace(self, resource: Resource) -> dict[str, Any]:
        document = self.document(resource)
        if resource.state != "UPDATING":  # the modification is over
            document.pop("ModificationStates", None)
        return document

    def _change(self, body: dict[str, Any], operation: str, member: str) -> dict[str, Any]:
        allowed, via, target = _CHANGES[operation]
        failed = []
        for item in body[member]:
            workspace_id = item.get("WorkspaceId")
            resource = self.find("workspace", workspace_id)
            if workspace_id is None:
                failed.append(_failure(None, "InvalidParameterValues", "Specify a WorkspaceId."))
            elif resource is None:
                failed.append(
                    _failure(
                        workspace_id,
                        "ResourceNotFound.Workspace",
                        "The WorkSpace could not be found.",
                    )
                )
            elif resource.state not in allowed:
                failed.append(
                    _failure(
                        workspace_id,
                        "InvalidResourceState",
                        f"The WorkSpace {workspace_id} is {resource.state}; "
                        f"{operation} needs one of {', '.join(sorted(allowed))}.",
                    )
                )
            elif (
                operation in ("StartWorkspaces", "StopWorkspaces")
                and (resource.document.get("WorkspaceProperties") or {}).get("RunningMode")
                == "ALWAYS_ON"
            ):
                failed.append(
                    _failure(
                        workspace_id,
                        "OperationNotSupported",
                        "Only WorkSpaces with a running mode of AUTO_STOP or MANUAL can be "
                        "started or stopped.",
                    )
                )
            else:
                self.move(resource, [via, target])
        return {"FailedRequests": failed}

    def op_StartWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._change(body, "StartWorkspaces", "StartWorkspaceRequests")

    def op_StopWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._change(body, "StopWorkspaces", "StopWorkspaceRequests")

    def op_RebootWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._change(body, "RebootWorkspaces", "RebootWorkspaceRequests")

    def op_RebuildWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._change(body, "RebuildWorkspaces", "RebuildWorkspaceRequests")

    def op_TerminateWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        failed = []
        for item in body["TerminateWorkspaceRequests"]:
            workspace_id = item.get("WorkspaceId")
            resource = self.find("workspace", workspace_id)
            if workspace_id is None:
                failed.append(_failure(None, "InvalidParameterValues", "Specify a WorkspaceId."))
            elif resource is None:
                failed.append(
                    _failure(
                        workspace_id,
                        "ResourceNotFound.Workspace",
                        "The WorkSpace could not be found.",
                    )
                )
            elif resource.state not in ("TERMINATING", "TERMINATED"):
                self.move(resource, ["TERMINATING", "TERMINATED", GONE])
        return {"FailedRequests": failed}

    def _workspace_in(self, workspace_id: str, allowed: Iterable[str], action: str) -> Resource:
        resource = self.get("workspace", workspace_id)
        allowed = tuple(allowed)
        if resource.state not in allowed:
            raise bad_state(
                f"The WorkSpace {workspace_id} is {resource.state}; {action} needs one of "
                f"{', '.join(allowed)}."
            )
        return resource

    def op_RestoreWorkspace(self, body: dict[str, Any]) -> dict[str, Any]:
        resource = self._workspace_in(
            body["WorkspaceId"], ("AVAILABLE", "ERROR", "UNHEALTHY", "STOPPED"), "a restore"
        )
        self.move(resource, ["RESTORING", "AVAILABLE"])
        return {}

    def op_ModifyWorkspaceState(self, body: dict[str, Any]) -> dict[str, Any]:
        target = body["WorkspaceState"]  # AVAILABLE or ADMIN_MAINTENANCE
        allowed = ("AVAILABLE", "ADMIN_MAINTENANCE", "STOPPED")
        resource = self._workspace_in(body["WorkspaceId"], allowed, "ModifyWorkspaceState")
        self.move(resource, [target])
        return {}

    def op_ModifyWorkspaceProperties(self, body: dict[str, Any]) -> dict[str, Any]:
        allowed = ("AVAILABLE", "STOPPED")
        resource = self._workspace_in(body["WorkspaceId"], allowed, "a modification")
        changes = body.get("WorkspaceProperties") or {}
        if not changes and "DataReplication" not in body:
            raise invalid("Specify WorkspaceProperties or DataReplication.")
        properties = resource.document.setdefault("WorkspaceProperties", {})
        if changes.get("RunningModeAutoStopTimeoutInMinutes") and (
            changes.get("RunningMode", properties.get("RunningMode")) != "AUTO_STOP"
        ):
            raise invalid(
                "RunningModeAutoStopTimeoutInMinutes applies only to the AUTO_STOP running mode."
            )
        for size in ("RootVolumeSizeGib", "UserVolumeSizeGib"):
            if changes.get(size) is not None and changes[size] < properties.get(size, 0):
                raise invalid(f"{size} can only grow (it is {properties.get(size)}).")
        properties.update(changes)
        if properties.get("RunningMode") != "AUTO_STOP":
            properties.pop("RunningModeAutoStopTimeoutInMinutes", None)
        if "DataReplication" in body:
            resource.document["DataReplicationSettings"] = {
                "DataReplication": body["DataReplication"]
            }
        resized = {"ComputeTypeName", "RootVolumeSizeGib", "UserVolumeSizeGib"} & set(changes)
        if resized:
            previous = resource.state or "AVAILABLE"
            what = (
                "ROOT_VOLUME"
                if "RootVolumeSizeGib" in resized
                else "USER_VOLUME"
                if "UserVolumeSizeGib" in resized
                else "COMPUTE_TYPE"
            )
            resource.document["ModificationStates"] = [
                {"Resource": what, "State": "UPDATE_IN_PROGRESS"}
            ]
            self.move(resource, ["UPDATING", previous])
        return {}

    def op_MigrateWorkspace(self, body: dict[str, Any]) -> dict[str, Any]:
        source = self._workspace_in(
            body["SourceWorkspaceId"], ("AVAILABLE", "STOPPED"), "a migration"
        )
        if self._bundle(body["BundleId"]) is None and self.strict_references:
            raise not_found("bundle", body["BundleId"])
        target_id = _new_id("ws-")
        request = {**source.document, "BundleId": body["BundleId"]}
        document = self.new_workspace_document(target_id, request)
        self.put("workspace", target_id, document, [None, "PENDING", "AVAILABLE"], tags=source.tags)
        self.move(source, ["TERMINATING", "TERMINATED", GONE])
        return {"SourceWorkspaceId": source.id, "TargetWorkspaceId": target_id}

    def op_DescribeWorkspacesConnectionStatus(self, body: dict[str, Any]) -> dict[str, Any]:
        ids = body.get("WorkspaceIds")
        resources = self.store["workspace"]
        chosen = [resources[i] for i in ids if i in resources] if ids else list(resources.values())
        now = int(1_700_000_000 + self.clock.now())

        def status(resource: Resource) -> dict[str, Any]:
            connected = resource.document.get("ConnectionState")
            state = connected or (
                "DISCONNECTED" if resource.state in ("AVAILABLE", "STOPPED") else "UNKNOWN"
            )
            entry: dict[str, Any] = {
                "WorkspaceId": resource.id,
                "ConnectionState": state,
                "ConnectionStateCheckTimestamp": now,
            }
            if resource.document.get("LastKnownUserConnectionTimestamp"):
                entry["LastKnownUserConnectionTimestamp"] = resource.document[
                    "LastKnownUserConnectionTimestamp"
                ]
            return entry

        return self.listing(
            "workspace", chosen, body, "WorkspacesConnectionStatus", None, render=status
        )

    def op_DescribeWorkspaceSnapshots(self, body: dict[str, Any]) -> dict[str, Any]:
        resource = self.get("workspace", body["WorkspaceId"])
        created = resource.document.get("_created", 1_700_000_000)
        snapshots = [{"SnapshotTime": created + 43_200 * i} for i in range(1, 3)]
        return {"RebuildSnapshots": snapshots, "RestoreSnapshots": snapshots[-1:]}

    def op_CreateStandbyWorkspaces(self, body: dict[str, Any]) -> dict[str, Any]:
        pending, failed = [], []
        for request in body["StandbyWorkspaces"]:
            primary = self.find("workspace", request["PrimaryWorkspaceId"])
            directory = self.find("directory", request["DirectoryId"])
            if primary is None or (directory is None and self.strict_references):
                failed.append(
                    {
                        "StandbyWorkspaceRequest": request,
                        "ErrorCode": "ResourceNotFound",
                        "ErrorMessage": "The primary WorkSpace or the directory could not be found.",
                    }
                )
                continue
            standby_id = _new_id("ws-")
            document = self.new_workspace_document(
                standby_id, {**primary.document, "DirectoryId": request["DirectoryId"]}
            )
            document["RelatedWorkspaces"] = [
                {"WorkspaceId": primary.id, "Region": body["PrimaryRegion"], "Type": "PRIMARY"}
            ]
            self.put(
                "workspace", standby_id, document, [None, "PENDING", "STOPPED"], tags=_tags(request)
            )
            primary.document.setdefault("RelatedWorkspaces", []).append(
                {"WorkspaceId": standby_id, "Region": self.region, "Type": "STANDBY"}
            )
            pending.append(
                {
                    "UserName": document["UserName"],
                    "DirectoryId": request["DirectoryId"],
                    "State": "PENDING",
                    "WorkspaceId": standby_id,
                }
            )
        return {"FailedStandbyRequests": failed, "PendingStandbyRequests": pending}

    # --- tags -------------------------------------------------------------------------

    def _tagged(self, resource_id: str) -> Resource:
        kind = self.kind_of(resource_id)
        resource = self.find(kind, resource_id) if kind else None
        if resource is None:
            raise not_found("resource", resource_id)
        return resource

    def op_CreateTags(self, body: dict[str, Any]) -> dict[str, Any]:
        resource = self._tagged(body["ResourceId"])
        merged = {t["Key"]: t.get("Value") for t in resource.tags}
        merged.update({t["Key"]: t.get("Value") for t in body["Tags"]})
        if len(merged) > 50:
            raise ServiceFault(
                "ResourceLimitExceededException", "A resource can have at most 50 tags."
            )
        resource.tags = [
            {"Key": k, **({"Value": v} if v is not None else {})} for k, v in merged.items()
        ]
        return {}

    def op_DeleteTags(self, body: dict[str, Any]) -> dict[str, Any]:
        resource = self._tagged(body["ResourceId"])
        keys = set(body["TagKeys"])
        resource.tags = [t for t in resource.tags if t["Key"] not in keys]
        return {}

    def op_DescribeTags(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"TagList": copy.deepcopy(self._tagged(body["ResourceId"]).tags)}

    # --- directories ------------------------------------------------------------------

    def op_RegisterWorkspaceDirectory(self, body: dict[str, Any]) -> dict[str, Any]:
        directory_id = body.get("DirectoryId")
        if directory_id is None:
            if not body.get("WorkspaceDirectoryName"):
                raise invalid(
                    "Specify a DirectoryId or, for a new directory, a WorkspaceDirectoryName."
                )
            directory_id = _new_id("wsd-")
        existing = self.store["directory"].get(directory_id)
        if existing is not None and existing.visible and existing.state != "DEREGISTERED":
            raise ServiceFault(
                "ResourceAlreadyExistsException",
                f"The directory {directory_id} is already registered.",
            )
        serial = next(self._serial)
        document: dict[str, Any] = {
            "DirectoryId": directory_id,
            "Alias": f"corp-{serial}",
            "DirectoryName": f"corp{serial}.example.com",
            "RegistrationCode": f"SLiad+{secrets.token_hex(3).upper()}",
            "SubnetIds": list(
                body.get("SubnetIds") or [f"subnet-{serial:08x}", f"subnet-{serial + 1:08x}"]
            ),
            "DnsIpAddresses": ["10.0.0.10", "10.0.1.10"],
            "CustomerUserName": "Administrator",
            "IamRoleId": f"arn:aws:iam::{ACCOUNT_ID}:role/workspaces_DefaultRole",
            "DirectoryType": "SIMPLE_AD" if directory_id.startswith("d-") else "CUSTOMER_MANAGED",
            "WorkspaceSecurityGroupId": f"sg-{serial:017x}",
            "WorkspaceCreationProperties": {
                "EnableInternetAccess": False,
                "UserEnabledAsLocalAdministrator": True,
                "EnableMaintenanceMode": True,
            },
            "ipGroupIds": [],
            "WorkspaceAccessProperties": {
                name: "ALLOW"
                for name in (
                    "DeviceTypeWindows",
                    "DeviceTypeOsx",
                    "DeviceTypeWeb",
                    "DeviceTypeIos",
                    "DeviceTypeAndroid",
                    "DeviceTypeChromeOs",
                    "DeviceTypeZeroClient",
                    "DeviceTypeLinux",
                )
            },
            "Tenancy": body.get("Tenancy", "SHARED"),
            "SelfservicePermissions": {
                "RestartWorkspace": "ENABLED" if body.get("EnableSelfService") else "DISABLED",
                "IncreaseVolumeSize": "DISABLED",
                "ChangeComputeType": "DISABLED",
                "SwitchRunningMode": "DISABLED",
                "RebuildWorkspace": "DISABLED",
            },
            "WorkspaceType": body.get("WorkspaceType", "PERSONAL"),
            "SamlProperties": {"Status": "DISABLED", "RelayStateParameterName": "RelayState"},
            "CertificateBasedAuthProperties": {"Status": "DISABLED"},
        }
        for member in (
            "WorkspaceDirectoryName",
            "WorkspaceDirectoryDescription",
            "UserIdentityType",
            "MicrosoftEntraConfig",
            "ActiveDirectoryConfig",
        ):
            if body.get(member) is not None:
                document[member] = body[member]
        if body.get("WorkspaceOsUserMode") is not None:
            document["WorkspaceOsUserMode"] = body["WorkspaceOsUserMode"]
        self.put(
            "directory", directory_id, document, ["REGISTERING", "REGISTERED"], tags=_tags(body)
        )
        return {"DirectoryId": directory_id, "State": "REGISTERING"}

    def op_DeregisterWorkspaceDirectory(self, body: dict[str, Any]) -> dict[str, Any]:
        directory_id = body["DirectoryId"]
        resource = self.get("directory", directory_id)
        if resource.state != "REGISTERED":
            raise bad_state(f"The directory {directory_id} is {resource.state}.")
        in_use = [
            w.id
            for w in self.store["workspace"].values()  # the ones not listed yet too
            if w.document.get("DirectoryId") == directory_id and w.state != "TERMINATED"
        ]
        if in_use:
            raise bad_state(
                f"The directory {directory_id} still has WorkSpaces: terminate them first."
            )
        self.move(resource, ["DEREGISTERING", "DEREGISTERED", GONE])
        return {}

    def op_DescribeWorkspaceDirectories(self, body: dict[str, Any]) -> dict[str, Any]:
        resources = self.store["directory"]
        ids = body.get("DirectoryIds")
        chosen = [resources[i] for i in ids if i in resources] if ids else list(resources.values())
        names = body.get("WorkspaceDirectoryNames")
        if names:
            chosen = [r for r in chosen if r.document.get("WorkspaceDirectoryName") in names]
        for spec in body.get("Filters") or ():
            member = {"USER_IDENTITY_TYPE": "UserIdentityType", "WORKSPACE_TYPE": "WorkspaceType"}[
                spec["Name"]
            ]
            chosen = [r for r in chosen if r.document.get(member) in spec["Values"]]
        return self.listing("directory", chosen, body, "Directories", "Limit")

    def _modify_directory(self, directory_id: str, member: str, changes: Mapping[str, Any]) -> None:
        resource = self._directory(directory_id)
        if resource is not None:
            resource.document.setdefault(member, {}).update(copy.deepcopy(dict(changes)))

    def op_ModifySelfservicePermissions(self, body: dict[str, Any]) -> dict[str, Any]:
        self._modify_directory(
            body["ResourceId"], "SelfservicePermissions", body["SelfservicePermissions"]
        )
        return {}

    def op_ModifyWorkspaceAccessProperties(self, body: dict[str, Any]) -> dict[str, Any]:
        self._modify_directory(
            body["ResourceId"], "WorkspaceAccessProperties", body["WorkspaceAccessProperties"]
        )
        return {}

    def op_ModifyWorkspaceCreationProperties(self, body: dict[str, Any]) -> dict[str, Any]:
        self._modify_directory(
            body["ResourceId"], "WorkspaceCreationProperties", body["WorkspaceCreationProperties"]
        )
        return {}

    def op_ModifyStreamingProperties(self, body: dict[str, Any]) -> dict[str, Any]:
        self._modify_directory(
            body["ResourceId"], "StreamingProperties", body.get("StreamingProperties") or {}
        )
        return {}

    def _modify_with_deletes(
        self, body: dict[str, Any], member: str, deletable: Mapping[str, str]
    ) -> None:
        resource = self._directory(body["ResourceId"])
        if resource is None:
            return
        properties = resource.document.setdefault(member, {})
        properties.update(copy.deepcopy(body.get(member) or {}))
        for name in body.get("PropertiesToDelete") or ():
            properties.pop(deletable[name], None)

    def op_ModifySamlProperties(self, body: dict[str, Any]) -> dict[str, Any]:
        self._modify_with_deletes(
            body,
            "SamlProperties",
            {
                "SAML_PROPERTIES_USER_ACCESS_URL": "UserAccessUrl",
                "SAML_PROPERTIES_RELAY_STATE_PARAMETER_NAME": "RelayStateParameterName",
            },
        )
        return {}

    def op_ModifyCertificateBasedAuthProperties(self, body: dict[str, Any]) -> dict[str, Any]:
        self._modify_with_deletes(
            body,
            "CertificateBasedAuthProperties",
            {
                "CERTIFICATE_BASED_AUTH_PROPERTIES_CERTIFICATE_AUTHORITY_ARN": "CertificateAuthorityArn"
            },
        )
        return {}

    def op_ModifyEndpointEncryptionMode(self, body: dict[str, Any]) -> dict[str, Any]:
        resource = self._directory(body["DirectoryId"])
        if resource is not None:
            resource.document["EndpointEncryptionMode"] = body["EndpointEncryptionMode"]
        return {}

    def op_ModifyClientProperties(self, body: dict[str, Any]) -> dict[str, Any]:
        resource_id = body["ResourceId"]
        self._directory(resource_id)
        self.clients.setdefault(resource_id, {}).update(body["ClientProperties"])
        return {}

    def op_DescribeClientProperties(self, body: dict[str, Any]) -> dict[str, Any]:
        results = []
        for resource_id in body["ResourceIds"]:
            if self.find("directory", resource_id) is None and self.strict_references:
                continue
            properties = {"ReconnectEnabled": "ENABLED", "LogUploadEnabled": "DISABLED"}
            properties.update(self.clients.get(resource_id, {}))
            results.append({"ResourceId": resource_id, "ClientProperties": properties})
        return {"ClientPropertiesList": results}

    def op_AssociateIpGroups(self, body: dict[str, Any]) -> dict[str, Any]:
        resource = self._directory(body["DirectoryId"])
        for group_id in body["GroupIds"]:
            self.get("ipgroup", group_id)
        if resource is not None:
            groups = resource.document.setdefault("ipGroupIds", [])
            added = [g for g in body["GroupIds"] if g not in groups]
            if len(groups) + len(added) > 25:
                raise ServiceFault(
                    "ResourceLimitExceededException",
                    "A directory can have at most 25 IP access control groups.",
                )
            groups.extend(added)
        return {}

    def op_DisassociateIpGroups(self, body: dict[str, Any]) -> dict[str, Any]:
        resource = self._directory(body["DirectoryId"])
        if resource is not None:
            groups = resource.document.setdefault("ipGroupIds", [])
            resource.document["ipGroupIds"] = [g for g in groups if g not in body["GroupIds"]]
        return {}

    # --- client branding and add-ins --------------------------------------------------

    def op_ImportClientBranding(self, body: dict[str, Any]) -> dict[str, Any]:
        resource_id = body["ResourceId"]
        self._directory(resource_id)
        branding = {k: v for k, v in body.items() if k.startswith("DeviceType")}
        if not branding:
            raise invalid("Specify the branding of at least one device type.")
        stored = self.clients.setdefault(f"branding:{resource_id}", {})
        for device, attributes in branding.items():
            shown = {k: v for k, v in attributes.items() if not k.startswith("Logo")}
            shown.update(
                {
                    f"{k}Url": f"https://branding.example.com/{resource_id}/{device}/{k}"
                    for k in attributes
                    if k.startswith("Logo")
                }
            )
            stored[device] = shown
        return copy.deepcopy(stored)

    def op_DescribeClientBranding(self, body: dict[str, Any]) -> dict[str, Any]:
        self._directory(body["ResourceId"])
        return copy.deepcopy(self.clients.get(f"branding:{body['ResourceId']}", {}))

    def op_DeleteClientBranding(self, body: dict[str, Any]) -> dict[str, Any]:
        self._directory(body["ResourceId"])
        stored = self.clients.get(f"branding:{body['ResourceId']}", {})
        for platform in body["Platforms"]:  # DeviceTypeWindows, ... as in the result
            stored.pop(platform, None)
        return {}

    def op_CreateConnectClientAddIn(self, body: dict[str, Any]) -> dict[str, Any]:
        self._directory(body["ResourceId"])
        for other in self.visible("addin"):
            if (
                other.document["ResourceId"] == body["ResourceId"]
                and other.document["Name"] == body["Name"]
            ):
                raise ServiceFault(
                    "ResourceAlreadyExistsException", f"An add-in named {body['Name']} exists."
                )
        add_in_id = str(uuid.uuid4())
        document = {
            "AddInId": add_in_id,
            "ResourceId": body["ResourceId"],
            "Name": body["Name"],
            "URL": body["URL"],
        }
        self.put("addin", add_in_id, document, ["AVAILABLE"])
        return {"AddInId": add_in_id}

    def _add_in(self, body: Mapping[str, Any]) -> Resource:
        resource = self.get("addin", body["AddInId"])
        if resource.document["ResourceId"] != body["ResourceId"]:
            raise not_found("add-in", body["AddInId"])
        return resource

    def op_DescribeConnectClientAddIns(self, body: dict[str, Any]) -> dict[str, Any]:
        chosen = [
            r
            for r in self.store["addin"].values()
            if r.document["ResourceId"] == body["ResourceId"]
        ]
        return self.listing("addin", chosen, body, "AddIns", "MaxResults", render=_without_state)

    def op_UpdateConnectClientAddIn(self, body: dict[str, Any]) -> dict[str, Any]:
        resource = self._add_in(body)
        for member in ("Name", "URL"):
            if body.get(member):
                resource.document[member] = body[member]
        return {}

    def op_DeleteConnectClientAddIn(self, body: dict[str, Any]) -> dict[str, Any]:
        del self.store["addin"][self._add_in(body).id]
        return {}

    # --- bundles ----------------------------------------------------------------------

    def op_DescribeWorkspaceBundles(self, body: dict[str, Any]) -> dict[str, Any]:
        ids, owner = body.get("BundleIds"), body.get("Owner")
        if ids and owner:
            raise invalid("Specify either BundleIds or Owner, not both.")
        resources = self.store["bundle"]
        if ids:
            chosen = [resources[i] for i in ids if i in resources]
        else:
            wanted = "AMAZON" if owner == "AMAZON" else ACCOUNT_ID  # no Owner: your own
            chosen = [r for r in resources.values() if r.document.get("Owner") == wanted]
        return self.listing("bundle", chosen, body, "Bundles", None)

    def op_CreateWorkspaceBundle(self, body: dict[str, Any]) -> dict[str, Any]:
        image = self.get("image", body["ImageId"])
        if image.state != "AVAILABLE":
            raise bad_state(f"The image {image.id} is {image.state}.")
        if any(b.document["Name"] == body["BundleName"] for b in self.visible("bundle")):
            raise ServiceFault(
                "ResourceAlreadyExistsException", f"A bundle named {body['BundleName']} exists."
            )
        bundle_id = _new_id("wsb-")
        now = int(1_700_000_000 + self.clock.now())
        document = {
            "BundleId": bundle_id,
            "Name": body["BundleName"],
            "Owner": ACCOUNT_ID,
            "Description": body["BundleDescription"],
            "ImageId": body["ImageId"],
            "RootStorage": body.get("RootStorage") or {"Capacity": "80"},
            "UserStorage": body["UserStorage"],
            "ComputeType": body["ComputeType"],
            "CreationTime": now,
            "LastUpdatedTime": now,
            "BundleType": "REGULAR",
        }
        resource = self.put(
            "bundle", bundle_id, document, ["PENDING", "AVAILABLE"], tags=_tags(body)
        )
        return {"WorkspaceBundle": self.document(resource)}

    def op_UpdateWorkspaceBundle(self, body: dict[str, Any]) -> dict[str, Any]:
        if not body.get("BundleId") or not body.get("ImageId"):
            raise invalid("Specify BundleId and ImageId.")
        bundle = self.get("bundle", body["BundleId"])
        if bundle.document.get("Owner") != ACCOUNT_ID:
            raise ServiceFault("AccessDeniedException", "Only your own bundles can be updated.")
        self.get("image", body["ImageId"])
        bundle.document["ImageId"] = body["ImageId"]
        bundle.document["LastUpdatedTime"] = int(1_700_000_000 + self.clock.now())
        return {}

    def op_DeleteWorkspaceBundle(self, body: dict[str, Any]) -> dict[str, Any]:
        if not body.get("BundleId"):
            raise invalid("Specify BundleId.")
        bundle = self.get("bundle", body["BundleId"])
        if bundle.document.get("Owner") != ACCOUNT_ID:
            raise ServiceFault("AccessDeniedException", "Only your own bundles can be deleted.")
        if any(w.document.get("BundleId") == bundle.id for w in self.visible("workspace")):
            raise ServiceFault("ResourceAssociatedException", f"The bundle {bundle.id} is in use.")
        del self.store["bundle"][bundle.id]
        return {}

    def op_DescribeBundleAssociations(self, body: dict[str, Any]) -> dict[str, Any]:
        self.get("bundle", body["BundleId"])
        return {"Associations": []}

    # --- images -----------------------------------------------------------------------

    def _new_image(
        self, name: str, description: str | None, tags: list[dict[str, str]], states: list[str]
    ) -> Resource:
        if any(i.document.get("Name") == name for i in self.visible("image")):
            raise ServiceFault(
                "ResourceAlreadyExistsException",
                "A WorkSpace image with the same name exists in the destination Region. "
                "Provide a unique destination image name, and try again.",
            )
        image_id = _new_id("wsi-")
        document: dict[str, Any] = {
            "ImageId": image_id,
            "Name": name,
            "OperatingSystem": {"Type": "WINDOWS"},
            "RequiredTenancy": "DEFAULT",
            "Created": int(1_700_000_000 + self.clock.now()),
            "OwnerAccountId": ACCOUNT_ID,
            "Updates": {"UpdateAvailable": False, "Description": "This image is up to date."},
        }
        if description:
            document["Description"] = description
        return self.put("image", image_id, document, states, tags=tags)

    def op_CreateWorkspaceImage(self, body: dict[str, Any]) -> dict[str, Any]:
        workspace = self._workspace_in(body["WorkspaceId"], ("AVAILABLE",), "creating an image")
        image = self._new_image(
            body["Name"], body["Description"], _tags(body), ["PENDING", "AVAILABLE"]
        )
        image.document["OperatingSystem"] = {
            "Type": "LINUX" if "linux" in str(workspace.document.get("BundleId")) else "WINDOWS"
        }
        return {
            key: image.document[key]
            for key in (
                "ImageId",
                "Name",
                "Description",
                "OperatingSystem",
                "State",
                "RequiredTenancy",
                "Created",
                "OwnerAccountId",
            )
        }

    def op_CopyWorkspaceImage(self, body: dict[str, Any]) -> dict[str, Any]:
        if body["SourceRegion"] == self.region:
            self.get("image", body["SourceImageId"])
        image = self._new_image(
            body["Name"], body.get("Description"), _tags(body), ["PENDING", "AVAILABLE"]
        )
        return {"ImageId": image.id}

    def op_CreateUpdatedWorkspaceImage(self, body: dict[str, Any]) -> dict[str, Any]:
        source = self.get("image", body["SourceImageId"])
        if source.state != "AVAILABLE":
            raise bad_state(f"The image {source.id} is {source.state}.")
        image = self._new_image(
            body["Name"], body["Description"], _tags(body), ["PENDING", "AVAILABLE"]
        )
        return {"ImageId": image.id}

    def op_ImportWorkspaceImage(self, body: dict[str, Any]) -> dict[str, Any]:
        image = self._new_image(
            body["ImageName"], body["ImageDescription"], _tags(body), ["PENDING", "AVAILABLE"]
        )
        return {"ImageId": image.id}

    def op_ImportCustomWorkspaceImage(self, body: dict[str, Any]) -> dict[str, Any]:
        image = self._new_image(
            body["ImageName"], body["ImageDescription"], _tags(body), ["PENDING", "AVAILABLE"]
        )
        image.document["_import"] = {
            "InfrastructureConfigurationArn": body["InfrastructureConfigurationArn"],
            "ImageSource": body["ImageSource"],
        }
        return {"ImageId": image.id, "State": "PENDING"}

    def op_DescribeCustomWorkspaceImageImport(self, body: dict[str, Any]) -> dict[str, Any]:
        image = self.get("image", body["ImageId"])
        imported = image.document.get("_import")
        if imported is None:
            raise not_found("image import", image.id)
        done = image.state == "AVAILABLE"
        return {
            "ImageId": image.id,
            "State": "COMPLETED" if done else "IN_PROGRESS",
            "ProgressPercentage": 100 if done else 50,
            "Created": image.document["Created"],
            "LastUpdatedTime": int(1_700_000_000 + self.clock.now()),
            **imported,
        }

    def op_DescribeWorkspaceImages(self, body: dict[str, Any]) -> dict[str, Any]:
        resources = self.store["image"]
        ids = body.get("ImageIds")
        chosen = [resources[i] for i in ids if i in resources] if ids else list(resources.values())
        image_type = body.get("ImageType")
        if image_type == "OWNED":
            chosen = [
                r for r in chosen if r.document.get("OwnerAccountId", ACCOUNT_ID) == ACCOUNT_ID
            ]
        elif image_type == "SHARED":
            chosen = [
                r for r in chosen if r.document.get("OwnerAccountId", ACCOUNT_ID) != ACCOUNT_ID
            ]
        return self.listing("image", chosen, body, "Images", "MaxResults", render=self._image)

    def _image(self, resource: Resource) -> dict[str, Any]:
        return {k: v for k, v in self.document(resource).items() if not k.startswith("_")}

    def op_DeleteWorkspaceImage(self, body: dict[str, Any]) -> dict[str, Any]:
        image = self.find("image", body["ImageId"])
        if image is None:
            return {}  # the service answers success for an image that is already gone
        if any(
            b.document.get("ImageId") == image.id
            for b in self.visible("bundle")
            if b.document.get("Owner") == ACCOUNT_ID
        ):
            raise ServiceFault(
                "ResourceAssociatedException", f"The image {image.id} is used by a bundle."
            )
        if image.state == "PENDING":
            raise bad_state(f"The image {image.id} is PENDING.")
        del self.store["image"][image.id]
        return {}

    def op_UpdateWorkspaceImagePermission(self, body: dict[str, Any]) -> dict[str, Any]:
        image = self.get("image", body["ImageId"])
        shared = image.document.setdefault("_permissions", [])
        account = body["SharedAccountId"]
        if body["AllowCopyImage"] and account not in shared:
            shared.append(account)
        if not body["AllowCopyImage"] and account in shared:
            shared.remove(account)
        return {}

    def op_DescribeWorkspaceImagePermissions(self, body: dict[str, Any]) -> dict[str, Any]:
        image = self.get("image", body["ImageId"])
        accounts = image.document.get("_permissions", [])
        page = self._page_list([{"SharedAccountId": a} for a in accounts], body, "MaxResults")
        return {"ImageId": image.id, "ImagePermissions": page[0], **page[1]}

    def _page_list(
        self, items: list[Any], body: Mapping[str, Any], limit_member: str | None
    ) -> tuple[list[Any], dict[str, Any]]:
        limit = (body.get(limit_member) if limit_member else None) or 25
        start = self.read_token(body.get("NextToken"), len(items))
        more = {"NextToken": self.make_token(start + limit)} if start + limit < len(items) else {}
        return items[start : start + limit], more

    def op_DescribeImageAssociations(self, body: dict[str, Any]) -> dict[str, Any]:
        image = self.get("image", body["ImageId"])
        associations = []
        if "APPLICATION" in body["AssociatedResourceTypes"]:
            associations = [
                {**a.document, "ImageId": image.id}
                for a in self.visible("association")
                if a.document.get("_image") == image.id
            ]
        return {"Associations": [_public(a) for a in associations]}

    # --- IP access control groups -----------------------------------------------------

    def op_CreateIpGroup(self, body: dict[str, Any]) -> dict[str, Any]:
        if any(g.document["groupName"] == body["GroupName"] for g in self.visible("ipgroup")):
            raise ServiceFault(
                "ResourceAlreadyExistsException", f"The group {body['GroupName']} exists."
            )
        if len(self.visible("ipgroup")) >= 100:
            raise ServiceFault(
                "ResourceLimitExceededException",
                "An account can have at most 100 IP access control groups.",
            )
        rules = [dict(r) for r in body.get("UserRules") or ()]
        self._check_rule_count(rules)
        group_id = _new_id("wsipg-")
        document = {"groupId": group_id, "groupName": body["GroupName"], "userRules": rules}
        if body.get("GroupDesc"):
            document["groupDesc"] = body["GroupDesc"]
        self.put("ipgroup", group_id, document, ["AVAILABLE"], tags=_tags(body))
        return {"GroupId": group_id}

    @staticmethod
    def _check_rule_count(rules: list[Any]) -> None:
        if len(rules) > 10:
            raise ServiceFault(
                "ResourceLimitExceededException",
                "An IP access control group can have at most 10 rules.",
            )

    def op_DescribeIpGroups(self, body: dict[str, Any]) -> dict[str, Any]:
        resources = self.store["ipgroup"]
        ids = body.get("GroupIds")
        chosen = [resources[i] for i in ids if i in resources] if ids else list(resources.values())
        return self.listing("ipgroup", chosen, body, "Result", "MaxResults", render=_without_state)

    def op_DeleteIpGroup(self, body: dict[str, Any]) -> dict[str, Any]:
        group = self.get("ipgroup", body["GroupId"])
        if any(group.id in d.document.get("ipGroupIds", ()) for d in self.visible("directory")):
            raise ServiceFault(
                "ResourceAssociatedException",
                f"The group {group.id} is associated with a directory.",
            )
        del self.store["ipgroup"][group.id]
        return {}

    def op_AuthorizeIpRules(self, body: dict[str, Any]) -> dict[str, Any]:
        group = self.get("ipgroup", body["GroupId"])
        rules = group.document["userRules"]
        known = {r["ipRule"] for r in rules}
        added = [dict(r) for r in body["UserRules"] if r.get("ipRule") not in known]
        self._check_rule_count(rules + added)
        rules.extend(added)
        return {}

    def op_RevokeIpRules(self, body: dict[str, Any]) -> dict[str, Any]:
        group = self.get("ipgroup", body["GroupId"])
        revoked = set(body["UserRules"])
        group.document["userRules"] = [
            r for r in group.document["userRules"] if r.get("ipRule") not in revoked
        ]
        return {}

    def op_UpdateRulesOfIpGroup(self, body: dict[str, Any]) -> dict[str, Any]:
        group = self.get("ipgroup", body["GroupId"])
        rules = [dict(r) for r in body["UserRules"]]
        self._check_rule_count(rules)
        group.document["userRules"] = rules
        return {}

    # --- connection aliases -----------------------------------------------------------

    def op_CreateConnectionAlias(self, body: dict[str, Any]) -> dict[str, Any]:
        if any(
            a.document["ConnectionString"] == body["ConnectionString"]
            for a in self.visible("alias")
        ):
            raise ServiceFault("ResourceAlreadyExistsException", "The connection string is in use.")
        alias_id = _new_id("wsca-")
        document = {
            "ConnectionString": body["ConnectionString"],
            "AliasId": alias_id,
            "OwnerAccountId": ACCOUNT_ID,
            "Associations": [],
        }
        self.put("alias", alias_id, document, ["CREATING", "CREATED"], tags=_tags(body))
        return {"AliasId": alias_id}

    def op_DescribeConnectionAliases(self, body: dict[str, Any]) -> dict[str, Any]:
        resources = self.store["alias"]
        ids = body.get("AliasIds")
        if ids and body.get("ResourceId"):
            raise invalid("Specify either AliasIds or ResourceId, not both.")
        chosen = [resources[i] for i in ids if i in resources] if ids else list(resources.values())
        if body.get("ResourceId"):
            chosen = [
                a
                for a in chosen
                if any(
                    x.get("ResourceId") == body["ResourceId"] for x in a.document["Associations"]
                )
            ]
        return self.listing("alias", chosen, body, "ConnectionAliases", "Limit", render=self._alias)

    def _alias(self, resource: Resource) -> dict[str, Any]:
        return {k: v for k, v in self.document(resource).items() if not k.startswith("_")}

    def _created_alias(self, alias_id: str) -> Resource:
        alias = self.get("alias", alias_id)
        if alias.state != "CREATED":
            raise bad_state(f"The connection alias {alias_id} is {alias.state}.")
        return alias

    def op_DeleteConnectionAlias(self, body: dict[str, Any]) -> dict[str, Any]:
        alias = self._created_alias(body["AliasId"])
        if alias.document["Associations"]:
            raise ServiceFault(
                "ResourceAssociatedException", "Disassociate the connection alias first."
            )
        self.move(alias, ["DELETING", GONE])
        return {}

    def op_AssociateConnectionAlias(self, body: dict[str, Any]) -> dict[str, Any]:
        alias = self._created_alias(body["AliasId"])
        self._directory(body["ResourceId"])
        if alias.document["Associations"]:
            raise ServiceFault(
                "ResourceAssociatedException", "The connection alias is already associated."
            )
        identifier = secrets.token_hex(10)
        alias.document["Associations"] = [
            {
                "AssociationStatus": "ASSOCIATED_WITH_OWNER_ACCOUNT",
                "AssociatedAccountId": ACCOUNT_ID,
                "ResourceId": body["ResourceId"],
                "ConnectionIdentifier": identifier,
            }
        ]
        return {"ConnectionIdentifier": identifier}

    def op_DisassociateConnectionAlias(self, body: dict[str, Any]) -> dict[str, Any]:
        alias = self._created_alias(body["AliasId"])
        if not alias.document["Associations"]:
            raise bad_state("The connection alias is not associated.")
        alias.document["Associations"] = []
        return {}

    def op_UpdateConnectionAliasPermission(self, body: dict[str, Any]) -> dict[str, Any]:
        alias = self._created_alias(body["AliasId"])
        permission = body["ConnectionAliasPermission"]
        shared = [
            p
            for p in alias.document.setdefault("_permissions", [])
            if p["SharedAccountId"] != permission["SharedAccountId"]
        ]
        if permission["AllowAssociation"]:
            shared.append(dict(permission))
        alias.document["_permissions"] = shared
        return {}

    def op_DescribeConnectionAliasPermissions(self, body: dict[str, Any]) -> dict[str, Any]:
        alias = self.get("alias", body["AliasId"])
        page, more = self._page_list(alias.document.get("_permissions", []), body, "MaxResults")
        return {"AliasId": alias.id, "ConnectionAliasPermissions": copy.deepcopy(page), **more}

    # --- pools and sessions -----------------------------------------------------------

    def op_CreateWorkspacesPool(self, body: dict[str, Any]) -> dict[str, Any]:
        self._directory(body["DirectoryId"])
        self._bundle(body["BundleId"])
        if any(p.document["PoolName"] == body["PoolName"] for p in self.visible("pool")):
            raise ServiceFault(
                "ResourceAlreadyExistsException", f"A pool named {body['PoolName']} exists."
            )
        pool_id = _new_id("wspool-")
        desired = body["Capacity"]["DesiredUserSessions"]
        document: dict[str, Any] = {
            "PoolId": pool_id,
            "PoolArn": f"arn:aws:workspaces:{self.region}:{ACCOUNT_ID}:workspacespool/{pool_id}",
            "CapacityStatus": {
                "AvailableUserSessions": 0,
                "DesiredUserSessions": desired,
                "ActualUserSessions": 0,
                "ActiveUserSessions": 0,
            },
            "PoolName": body["PoolName"],
            "Description": body["Description"],
            "CreatedAt": int(1_700_000_000 + self.clock.now()),
            "BundleId": body["BundleId"],
            "DirectoryId": body["DirectoryId"],
            "RunningMode": body.get("RunningMode", "AUTO_STOP"),
            "ApplicationSettings": {
                "Status": (body.get("ApplicationSettings") or {}).get("Status", "DISABLED")
            },
        }
        if body.get("TimeoutSettings"):
            document["TimeoutSettings"] = dict(body["TimeoutSettings"])
        resource = self.put("pool", pool_id, document, ["CREATING", "STOPPED"], tags=_tags(body))
        return {"WorkspacesPool": self._pool(resource)}

    def _pool(self, resource: Resource) -> dict[str, Any]:
        document = self.document(resource)
        running = resource.state == "RUNNING"
        desired = document["CapacityStatus"]["DesiredUserSessions"]
        active = sum(1 for s in self.visible("session") if s.document["PoolId"] == resource.id)
        document["CapacityStatus"].update(
            ActualUserSessions=desired if running else 0,
            AvailableUserSessions=max(desired - active, 0) if running else 0,
            ActiveUserSessions=active,
        )
        return document

    def op_DescribeWorkspacesPools(self, body: dict[str, Any]) -> dict[str, Any]:
        resources = self.store["pool"]
        ids = body.get("PoolIds")
        chosen = [resources[i] for i in ids if i in resources] if ids else list(resources.values())
        for spec in body.get("Filters") or ():
            if spec["Name"] == "PoolName":
                chosen = [
                    r
                    for r in chosen
                    if _matches(r.document["PoolName"], spec["Values"], spec["Operator"])
                ]
        return self.listing("pool", chosen, body, "WorkspacesPools", "Limit", render=self._pool)

    def _pool_in(self, pool_id: str, allowed: tuple[str, ...], action: str) -> Resource:
        pool = self.get("pool", pool_id)
        if pool.state not in allowed:
            raise bad_state(
                f"The pool {pool_id} is {pool.state}; {action} needs {' or '.join(allowed)}."
            )
        return pool

    def op_UpdateWorkspacesPool(self, body: dict[str, Any]) -> dict[str, Any]:
        pool = self._pool_in(body["PoolId"], ("RUNNING", "STOPPED"), "an update")
        if body.get("DirectoryId"):
            self._directory(body["DirectoryId"])
        if body.get("BundleId"):
            self._bundle(body["BundleId"])
        for member in ("Description", "BundleId", "DirectoryId", "RunningMode"):
            if body.get(member) is not None:
                pool.document[member] = body[member]
        if body.get("Capacity"):
            pool.document["CapacityStatus"]["DesiredUserSessions"] = body["Capacity"][
                "DesiredUserSessions"
            ]
        if body.get("TimeoutSettings"):
            pool.document["TimeoutSettings"] = dict(body["TimeoutSettings"])
        if body.get("ApplicationSettings"):
            pool.document["ApplicationSettings"] = {"Status": body["ApplicationSettings"]["Status"]}
        self.move(pool, ["UPDATING", pool.state])
        return {"WorkspacesPool": self._pool(pool)}

    def op_StartWorkspacesPool(self, body: dict[str, Any]) -> dict[str, Any]:
        self.move(self._pool_in(body["PoolId"], ("STOPPED",), "a start"), ["STARTING", "RUNNING"])
        return {}

    def op_StopWorkspacesPool(self, body: dict[str, Any]) -> dict[str, Any]:
        pool = self._pool_in(body["PoolId"], ("RUNNING",), "a stop")
        for session in self.visible("session"):
            if session.document["PoolId"] == pool.id:
                del self.store["session"][session.id]
        self.move(pool, ["STOPPING", "STOPPED"])
        return {}

    def op_TerminateWorkspacesPool(self, body: dict[str, Any]) -> dict[str, Any]:
        pool = self._pool_in(body["PoolId"], ("STOPPED", "RUNNING"), "termination")
        self.move(pool, ["DELETING", GONE])
        return {}

    def add_session(self, pool_id: str, user_id: str) -> str:
        """A user's session in a RUNNING pool (what a user connecting would start)."""
        pool = self._pool_in(pool_id, ("RUNNING",), "a session")
        session_id = str(uuid.uuid4())
        now = int(1_700_000_000 + self.clock.now())
        document = {
            "AuthenticationType": "SAML",
            "ConnectionState": "CONNECTED",
            "SessionId": session_id,
            "InstanceId": f"i-{secrets.token_hex(8)}",
            "PoolId": pool.id,
            "ExpirationTime": now + 36_000,
            "NetworkAccessConfiguration": {
                "EniPrivateIpAddress": "10.0.0.20",
                "EniId": f"eni-{secrets.token_hex(8)}",
            },
            "StartTime": now,
            "UserId": user_id,
        }
        self.put("session", session_id, document, ["ACTIVE"])
        return session_id

    def op_DescribeWorkspacesPoolSessions(self, body: dict[str, Any]) -> dict[str, Any]:
        self.get("pool", body["PoolId"])
        chosen = [
            s
            for s in self.store["session"].values()
            if s.document["PoolId"] == body["PoolId"]
            and body.get("UserId") in (None, s.document["UserId"])
        ]
        return self.listing(
            "session", chosen, body, "Sessions", "Limit", default_limit=50, render=_without_state
        )

    def op_TerminateWorkspacesPoolSession(self, body: dict[str, Any]) -> dict[str, Any]:
        session = self.get("session", body["SessionId"])
        self.move(session, [GONE])
        del self.store["session"][session.id]
        return {}

    # --- applications -----------------------------------------------------------------

    def op_DescribeApplications(self, body: dict[str, Any]) -> dict[str, Any]:
        applications = [
            {
                "ApplicationId": application_id,
                "Created": 1_600_000_000,
                "Description": name,
                "LicenseType": "LICENSED",
                "Name": name,
                "Owner": "AMAZON",
                "State": "AVAILABLE",
                "SupportedComputeTypeNames": ["STANDARD", "PERFORMANCE", "POWER", "POWERPRO"],
                "SupportedOperatingSystemNames": [
                    "WINDOWS_10",
                    "WINDOWS_11",
                    "WINDOWS_SERVER_2022",
                ],
            }
            for application_id, name in APPLICATIONS.items()
        ]
        if body.get("ApplicationIds"):
            applications = [a for a in applications if a["ApplicationId"] in body["ApplicationIds"]]
        if body.get("Owner") not in (None, "AMAZON"):
            applications = []
        page, more = self._page_list(applications, body, "MaxResults")
        return {"Applications": page, **more}

    def _application(self, application_id: str) -> None:
        if application_id not in APPLICATIONS:
            raise not_found("application", application_id)

    def op_AssociateWorkspaceApplication(self, body: dict[str, Any]) -> dict[str, Any]:
        workspace = self.get("workspace", body["WorkspaceId"])
        self._application(body["ApplicationId"])
        key = f"{workspace.id}/{body['ApplicationId']}"
        if self.find("association", key) is not None:
            raise ServiceFault(
                "ResourceAlreadyExistsException", "The application is already associated."
            )
        now = int(1_700_000_000 + self.clock.now())
        document = {
            "AssociatedResourceId": body["ApplicationId"],
            "AssociatedResourceType": "APPLICATION",
            "Created": now,
            "LastUpdatedTime": now,
            "WorkspaceId": workspace.id,
        }
        resource = self.put("association", key, document, ["PENDING_INSTALL_DEPLOYMENT"])
        return {"Association": self.document(resource)}

    def op_DisassociateWorkspaceApplication(self, body: dict[str, Any]) -> dict[str, Any]:
        key = f"{body['WorkspaceId']}/{body['ApplicationId']}"
        self.get("workspace", body["WorkspaceId"])
        association = self.get("association", key)
        self.move(association, ["PENDING_UNINSTALL_DEPLOYMENT", "REMOVED", GONE])
        return {"Association": self.document(association)}

    def op_DeployWorkspaceApplications(self, body: dict[str, Any]) -> dict[str, Any]:
        workspace = self.get("workspace", body["WorkspaceId"])
        if workspace.state not in ("AVAILABLE", "STOPPED"):
            raise ServiceFault(
                "ResourceInUseException",
                f"The WorkSpace {workspace.id} is {workspace.state}.",
                ResourceId=workspace.id,
            )
        deployed = []
        for association in self.visible("association"):
            if association.document["WorkspaceId"] == workspace.id:
                if association.state == "PENDING_INSTALL_DEPLOYMENT":
                    self.move(association, ["INSTALLING", "COMPLETED"])
                deployed.append(self.document(association))
        return {"Deployment": {"Associations": deployed}}

    def op_DescribeWorkspaceAssociations(self, body: dict[str, Any]) -> dict[str, Any]:
        self.get("workspace", body["WorkspaceId"])
        return {
            "Associations": [
                self.document(a)
                for a in self.visible("association")
                if a.document["WorkspaceId"] == body["WorkspaceId"]
            ]
        }

    def op_DescribeApplicationAssociations(self, body: dict[str, Any]) -> dict[str, Any]:
        self._application(body["ApplicationId"])
        found = [
            {
                "ApplicationId": body["ApplicationId"],
                "AssociatedResourceId": a.document["WorkspaceId"],
                "AssociatedResourceType": "WORKSPACE",
                "Created": a.document["Created"],
                "LastUpdatedTime": a.document["LastUpdatedTime"],
                "State": a.state,
            }
            for a in self.visible("association")
            if a.document["AssociatedResourceId"] == body["ApplicationId"]
            and "WORKSPACE" in body["AssociatedResourceTypes"]
        ]
        page, more = self._page_list(found, body, "MaxResults")
        return {"Associations": page, **more}

    # --- account ----------------------------------------------------------------------

    def op_DescribeAccount(self, body: dict[str, Any]) -> dict[str, Any]:
        return copy.deepcopy(self.account)

    def op_ModifyAccount(self, body: dict[str, Any]) -> dict[str, Any]:
        support = body.get("DedicatedTenancySupport")
        cidr = body.get("DedicatedTenancyManagementCidrRange")
        if (
            support == "ENABLED"
            and not cidr
            and "DedicatedTenancyManagementCidrRange" not in self.account
        ):
            raise invalid("Enabling dedicated tenancy needs a DedicatedTenancyManagementCidrRange.")
        modification = {
            "ModificationState": "PENDING",
            "DedicatedTenancySupport": support or self.account["DedicatedTenancySupport"],
            "StartTime": int(1_700_000_000 + self.clock.now()),
        }
        if cidr:
            modification["DedicatedTenancyManagementCidrRange"] = cidr
            self.account["DedicatedTenancyManagementCidrRange"] = cidr
        if support:
            self.account["DedicatedTenancySupport"] = support
        key = f"modification-{next(self._serial):06d}"
        self.put("modification", key, modification, ["PENDING", "COMPLETED"])
        return {}

    def op_DescribeAccountModifications(self, body: dict[str, Any]) -> dict[str, Any]:
        chosen = list(self.store["modification"].values())
        return self.listing(
            "modification", chosen, body, "AccountModifications", None, render=_modification
        )

    def op_ListAvailableManagementCidrRanges(self, body: dict[str, Any]) -> dict[str, Any]:
        constraint = body["ManagementCidrRangeConstraint"]
        first = int(constraint.split(".")[0])
        ranges = [f"{first}.{n}.0.0/16" for n in range(0, 40, 2)]
        page, more = self._page_list(ranges, body, "MaxResults")
        return {"ManagementCidrRanges": page, **more}

    def op_CreateAccountLinkInvitation(self, body: dict[str, Any]) -> dict[str, Any]:
        if body["TargetAccountId"] == ACCOUNT_ID:
            raise ServiceFault("ValidationException", "An account cannot link to itself.")
        for link in self.visible("link"):
            if (
                link.document["TargetAccountId"] == body["TargetAccountId"]
                and link.state != "REJECTED"
            ):
                raise ServiceFault("ConflictException", "A link to that account exists.")
        link_id = f"link-{secrets.token_hex(8)}"
        document = {
            "AccountLinkId": link_id,
            "SourceAccountId": ACCOUNT_ID,
            "TargetAccountId": body["TargetAccountId"],
        }
        link = self.put("link", link_id, document, ["PENDING_ACCEPTANCE_BY_TARGET_ACCOUNT"])
        return {"AccountLink": self._link(link)}

    def _link(self, resource: Resource) -> dict[str, Any]:
        document = self.document(resource)
        document["AccountLinkStatus"] = document.pop("State", resource.state)
        return document

    def _answer_invitation(self, link_id: str, action: str, target: str) -> dict[str, Any]:
        link = self.get("link", link_id)
        if link.state != "PENDING_ACCEPTANCE_BY_TARGET_ACCOUNT":
            raise ServiceFault(
                "ConflictException", f"The link is {link.state}; it cannot be {action}."
            )
        self.move(link, [target])
        return {"AccountLink": self._link(link)}

    def op_AcceptAccountLinkInvitation(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._answer_invitation(body["LinkId"], "accepted", "LINKED")

    def op_RejectAccountLinkInvitation(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._answer_invitation(body["LinkId"], "rejected", "REJECTED")

    def op_DeleteAccountLinkInvitation(self, body: dict[str, Any]) -> dict[str, Any]:
        link = self.get("link", body["LinkId"])
        shown = self._link(link)  # as it was: the answer describes what was deleted
        del self.store["link"][link.id]
        return {"AccountLink": shown}

    def op_GetAccountLink(self, body: dict[str, Any]) -> dict[str, Any]:
        for link in self.visible("link"):
            if body.get("LinkId") in (None, link.id) and body.get("LinkedAccountId") in (
                None,
                link.document["TargetAccountId"],
            ):
                return {"AccountLink": self._link(link)}
        raise not_found("account link", body.get("LinkId") or body.get("LinkedAccountId") or "")

    def op_ListAccountLinks(self, body: dict[str, Any]) -> dict[str, Any]:
        wanted = body.get("LinkStatusFilter")
        chosen = [r for r in self.store["link"].values() if not wanted or r.state in wanted]
        return self.listing("link", chosen, body, "AccountLinks", "MaxResults", render=self._link)


def _failure(workspace_id: str | None, code: str, message: str) -> dict[str, Any]:
    failure = {"ErrorCode": code, "ErrorMessage": message}
    return failure if workspace_id is None else {"WorkspaceId": workspace_id, **failure}


def _without_state(resource: Resource) -> dict[str, Any]:
    return {k: v for k, v in resource.document.items() if k != "State" and not k.startswith("_")}


def _modification(resource: Resource) -> dict[str, Any]:
    document = {k: v for k, v in resource.document.items() if k != "State"}
    return {**document, "ModificationState": resource.state}


def _public(document: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if not k.startswith("_")}


def _matches(value: str, patterns: list[str], operator: str) -> bool:
    if operator == "EQUALS":
        return value in patterns
    if operator == "NOTEQUALS":
        return value not in patterns
    if operator == "CONTAINS":
        return any(p in value for p in patterns)
    return not any(p in value for p in patterns)  # NOTCONTAINS
