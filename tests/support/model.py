"""The WorkSpaces service model bundled with the installed botocore, for tests."""

from __future__ import annotations

from functools import cache
from typing import Any

import botocore.session


@cache
def service_model() -> dict[str, Any]:
    loader = botocore.session.get_session().get_component("data_loader")
    model: dict[str, Any] = loader.load_service_model("workspaces", "service-2")
    return model


@cache
def paginators_model() -> dict[str, Any]:
    loader = botocore.session.get_session().get_component("data_loader")
    model: dict[str, Any] = loader.load_service_model("workspaces", "paginators-1")
    return model


@cache
def botocore_service_model() -> Any:
    from botocore.model import ServiceModel

    return ServiceModel(service_model(), "workspaces")


def shapes() -> dict[str, Any]:
    shape_map: dict[str, Any] = service_model()["shapes"]
    return shape_map


def operations() -> dict[str, Any]:
    ops: dict[str, Any] = service_model()["operations"]
    return ops


def is_enum(shape: dict[str, Any]) -> bool:
    return shape["type"] == "string" and "enum" in shape


def input_reachable() -> set[str]:
    """Names of the shapes reachable from any operation's input."""
    seen: set[str] = set()
    stack = [op["input"]["shape"] for op in operations().values() if "input" in op]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        shape = shapes()[name]
        for key in ("member", "key", "value"):
            if key in shape:
                stack.append(shape[key]["shape"])
        stack.extend(m["shape"] for m in shape.get("members", {}).values())
    return seen
