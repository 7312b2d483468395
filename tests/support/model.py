"""The WorkSpaces model vendored next to the generator (codegen/model/), for tests.

Never the model of whatever botocore is installed: the generated code mirrors the
vendored copy, and `make update-model` is what moves it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from codegen.model import load


@cache
def service_model() -> dict[str, Any]:
    return load().service


@cache
def paginators_model() -> dict[str, Any]:
    return {"pagination": load().paginators}


@cache
def botocore_service_model() -> Any:
    """botocore's `ServiceModel` of the vendored model (botocore's parsers need one)."""
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
    return load().input_reachable
