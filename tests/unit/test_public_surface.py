"""The public surface is exactly what api.md documents: an export added or removed by
accident fails here, and a deliberate one changes api.md in the same commit."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import GenericAlias

import pytest
from botocore import xform_name

from aioworkspaces import WorkSpacesClient
from tests.support.model import operations

API = Path(__file__).resolve().parents[2] / "api.md"
PUBLIC_MODULES = [
    "aioworkspaces",
    "aioworkspaces.errors",
    "aioworkspaces.testing",
    "aioworkspaces.simulator",
]


def documented() -> dict[str, set[str]]:
    """Section title -> the names its bullets list (`- `Name`...`)."""
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in API.read_text().splitlines():
        heading = re.match(r"^## `([\w.]+)`$", line)
        if heading:
            current = sections.setdefault(heading.group(1), set())
        elif current is not None and (item := re.match(r"^- `(\w+)`", line)):
            current.add(item.group(1))
    return sections


@pytest.mark.parametrize("module_name", PUBLIC_MODULES)
def test_each_public_module_exports_what_api_md_lists(module_name: str) -> None:
    module = importlib.import_module(module_name)
    exported = set(module.__all__)
    listed = documented()[module_name]
    assert exported - listed == set(), f"exported by {module_name} but not in api.md"
    assert listed - exported == set(), f"in api.md but not exported by {module_name}"
    for name in exported:  # and every listed name really resolves
        assert getattr(module, name) is not None


def test_the_client_has_an_operation_per_model_operation_and_the_documented_rest() -> None:
    ops = {xform_name(name) for name in operations()}
    public = {name for name in dir(WorkSpacesClient) if not name.startswith("_")}
    assert ops <= public
    assert public - ops == documented()["aioworkspaces.WorkSpacesClient"]


def test_public_names_report_the_module_users_import_them_from() -> None:
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and not isinstance(value, GenericAlias):  # not aliases
                assert value.__module__ == module_name, (module_name, name, value.__module__)


def test_no_public_module_exports_an_internal_name() -> None:
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        assert not [
            name for name in module.__all__ if name.startswith("_") and name != "__version__"
        ]
