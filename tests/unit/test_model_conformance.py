"""Every shape, member, enum value and operation of the model exists in the SDK.

Reads the model vendored next to the generator (codegen/model/), never the one of the
installed botocore: `make update-model` moves the copy, `make generate` the code.
"""

from __future__ import annotations

import datetime as dt
import inspect
import typing
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import pytest
from botocore import xform_name

import aioworkspaces.types as types_pkg
from aioworkspaces import (
    ClientConfig,
    HttpRequest,
    HttpResponse,
    WorkSpacesClient,
    errors,
)
from aioworkspaces._paginators import Paginators
from aioworkspaces.testing import MockTransport
from aioworkspaces.types._shape import MINIMUM, WIRE, WireEnum, is_union
from tests.support import REGION
from tests.support.model import input_reachable, is_enum, operations, paginators_model, shapes

STRUCTURES = sorted(
    n for n, s in shapes().items() if s["type"] == "structure" and not s.get("exception")
)
EXCEPTIONS = sorted(n for n, s in shapes().items() if s.get("exception"))
ENUMS = sorted(n for n, s in shapes().items() if is_enum(s))
OPERATIONS = sorted(operations())
PAGINATED = sorted(
    name
    for name, op in operations().items()
    if "NextToken" in shapes()[op["input"]["shape"]].get("members", {})
)


def test_the_model_is_the_one_the_sdk_mirrors() -> None:
    # The vendored model of botocore 1.44.8; a model update changes these on purpose.
    assert (len(OPERATIONS), len(shapes()), len(STRUCTURES), len(EXCEPTIONS), len(ENUMS)) == (
        91,
        547,
        262,
        23,
        76,
    )
    assert len(PAGINATED) == 17


def python_type(shape_name: str, as_input: bool) -> Any:
    """The annotation the SDK uses for a member targeting `shape_name`."""
    shape = shapes()[shape_name]
    kind = shape["type"]
    if is_enum(shape):
        return getattr(types_pkg, shape_name)
    if kind == "structure":
        return getattr(types_pkg, shape_name)
    if kind == "list":
        item = python_type(shape["member"]["shape"], as_input)
        return Sequence[item] if as_input else list[item]  # type: ignore[valid-type]
    if kind == "map":
        value = python_type(shape["value"]["shape"], as_input)
        return Mapping[str, value] if as_input else dict[str, value]  # type: ignore[valid-type]
    return {
        "string": str,
        "integer": int,
        "long": int,
        "boolean": bool,
        "double": float,
        "float": float,
        "timestamp": dt.datetime,
        "blob": bytes,
    }[kind]


@pytest.mark.parametrize("name", STRUCTURES)
def test_structure(name: str) -> None:
    shape = shapes()[name]
    cls = getattr(types_pkg, name, None)
    assert cls is not None, f"aioworkspaces.types has no class {name}"
    assert attrs.has(cls), f"{name} is not an attrs class"
    assert is_union(cls) == bool(shape.get("union")), f"{name}: union flag"
    attrs.resolve_types(cls)
    fields = {f.name: f for f in attrs.fields(cls) if WIRE in f.metadata}
    required = set(shape.get("required", []))
    as_input = name in input_reachable()
    expected_names = set()
    for member_name, member in shape.get("members", {}).items():
        attr = xform_name(member_name)
        expected_names.add(attr)
        assert attr in fields, f"{name} lacks member {member_name} (attribute {attr})"
        field = fields[attr]
        assert field.metadata[WIRE] == member_name, f"{name}.{attr}: wire name"
        expected = python_type(member["shape"], as_input)
        if member_name in required and not shape.get("union"):
            assert field.default is attrs.NOTHING, f"{name}.{attr} is required: no default"
            assert field.type == expected, f"{name}.{attr}: {field.type} != {expected}"
        else:
            assert field.default is None, f"{name}.{attr} is optional: default None"
            assert field.type == expected | None, (
                f"{name}.{attr}: {field.type} != {expected} | None"
            )
        assert field.metadata.get(MINIMUM) == shapes()[member["shape"]].get("min"), (
            f"{name}.{attr}: min"
        )
    assert set(fields) == expected_names, (
        f"{name} has members the model lacks: {set(fields) - expected_names}"
    )
    assert cls.__doc__, f"{name} has no docstring"


@pytest.mark.parametrize("name", ENUMS)
def test_enum(name: str) -> None:
    cls = getattr(types_pkg, name, None)
    assert cls is not None, f"aioworkspaces.types has no enum {name}"
    assert issubclass(cls, WireEnum)
    assert {m.value for m in cls} == set(shapes()[name]["enum"]), f"{name}: values differ"


@pytest.mark.parametrize("name", EXCEPTIONS)
async def test_exception(name: str) -> None:
    """Each member of the exception shape is a declared attribute of the error raised."""
    cls = getattr(errors, name, None)
    assert cls is not None, f"aioworkspaces.errors has no exception {name}"
    assert issubclass(cls, errors.ServiceError)
    expected = {m for m in shapes()[name].get("members", {}) if m.lower() != "message"}
    declared = {a for a in inspect.get_annotations(cls) if not a.startswith("_")}
    assert declared == {xform_name(m) for m in expected}, f"{name}: {declared}"

    def answer(request: HttpRequest) -> HttpResponse:
        body = {"__type": name, "message": "boom", **{m: f"{m}-value" for m in expected}}
        return HttpResponse(400, {"x-amzn-RequestId": "r-1"}, json=body)

    config = ClientConfig(max_attempts=1)
    transport = MockTransport(answer)
    async with WorkSpacesClient(REGION, transport=transport, config=config) as client:
        with pytest.raises(cls) as raised:
            await client.describe_workspaces()
    assert (raised.value.code, raised.value.message) == (name, "boom")
    for member in expected:
        assert getattr(raised.value, xform_name(member)) == f"{member}-value"
    # `.response` carries every member of the shape, `message` included, as botocore does.
    every = set(shapes()[name].get("members", {}))
    values = {m: f"{m}-value" for m in expected} | {m: "boom" for m in every - expected}
    response = raised.value.response
    assert {k: v for k, v in response.items() if k not in ("Error", "ResponseMetadata")} == values


def expected_annotation(shape_name: str, as_param: bool) -> str:
    shape = shapes()[shape_name]
    if shape["type"] == "list":
        item = expected_annotation(shape["member"]["shape"], as_param)
        return f"Sequence[{item}]" if as_param else f"list[{item}]"
    if shape["type"] == "map":
        value = expected_annotation(shape["value"]["shape"], as_param)
        return f"Mapping[str, {value}]"
    annotation = python_type(shape_name, True)
    return "datetime" if annotation is dt.datetime else annotation.__name__


@pytest.mark.parametrize("operation", OPERATIONS)
def test_operation_method(operation: str) -> None:
    op = operations()[operation]
    method = getattr(WorkSpacesClient, xform_name(operation), None)
    assert method is not None, f"WorkSpacesClient has no method {xform_name(operation)}"
    assert inspect.iscoroutinefunction(method)
    assert method.__doc__, f"{xform_name(operation)} has no docstring"
    signature = inspect.signature(method)
    params = dict(list(signature.parameters.items())[1:])
    input_shape = shapes()[op["input"]["shape"]]
    required = set(input_shape.get("required", []))
    expected = {}
    for member_name, member in input_shape.get("members", {}).items():
        annotation = expected_annotation(member["shape"], True)
        expected[xform_name(member_name)] = (
            annotation if member_name in required else f"{annotation} | None",
            member_name in required,
        )
    assert set(params) == set(expected), f"{operation}: parameters differ"
    for name, param in params.items():
        annotation, is_required = expected[name]
        assert param.kind is inspect.Parameter.KEYWORD_ONLY, f"{operation}({name}) keyword-only"
        assert param.annotation == annotation, (
            f"{operation}({name}): {param.annotation} != {annotation}"
        )
        assert (param.default is inspect.Parameter.empty) == is_required, (
            f"{operation}({name}) default"
        )
    assert signature.return_annotation == op["output"]["shape"]
    assert getattr(types_pkg, op["output"]["shape"]) is not None


@pytest.mark.parametrize("operation", PAGINATED)
def test_paginator_method(operation: str) -> None:
    method = getattr(Paginators, xform_name(operation), None)
    assert method is not None, f"client.paginate has no {xform_name(operation)}"
    params = set(inspect.signature(method).parameters) - {"self"}
    op_params = set(inspect.signature(getattr(WorkSpacesClient, xform_name(operation))).parameters)
    assert params == (op_params - {"self", "next_token"}) | {
        "page_size",
        "max_items",
        "starting_token",
    }
    config = paginators_model()["pagination"].get(operation)
    if config is not None:
        item_member = xform_name(config["result_key"])
        output = getattr(types_pkg, operations()[operation]["output"]["shape"])
        assert item_member in {f.name for f in attrs.fields(output)}


def test_types_import_lazily() -> None:
    import subprocess
    import sys

    code = (
        "import sys, aioworkspaces, aioworkspaces.types;"
        "loaded = [m for m in sys.modules if m.startswith('aioworkspaces.types.') and m != 'aioworkspaces.types._shape'];"
        "print(loaded); assert not loaded, loaded;"
        "assert 'botocore.model' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_structures_are_frozen_keyword_only_and_compare_by_value() -> None:
    tag = types_pkg.Tag(key="a", value="b")
    assert tag == types_pkg.Tag(key="a", value="b")
    assert repr(tag) == "Tag(key='a', value='b')"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        tag.key = "c"  # type: ignore[misc]
    with pytest.raises(TypeError):
        types_pkg.Tag("a", "b")  # type: ignore[call-arg]


def test_unknown_enum_value_is_a_pseudo_member() -> None:
    state = types_pkg.WorkspaceState("HIBERNATING")
    assert isinstance(state, types_pkg.WorkspaceState)
    assert state.value == "HIBERNATING" and state == "HIBERNATING"
    assert types_pkg.WorkspaceState("HIBERNATING") is state
    assert "HIBERNATING" not in [m.value for m in types_pkg.WorkspaceState]
    assert types_pkg.WorkspaceState("AVAILABLE") is types_pkg.WorkspaceState.AVAILABLE


def test_union_takes_exactly_one_member() -> None:
    from aioworkspaces._serialization.validation import validate
    from aioworkspaces.errors import ParamValidationError

    request = types_pkg.ImportCustomWorkspaceImageRequest  # reaches ImageSourceIdentifier
    hints = typing.get_type_hints(request)
    assert "image_source" in hints
    for source in (
        types_pkg.ImageSourceIdentifier(),
        types_pkg.ImageSourceIdentifier(ec2_image_id="ami-1", ec2_import_task_id="import-ami-1"),
    ):
        with pytest.raises(ParamValidationError, match="exactly one member"):
            validate("ImportCustomWorkspaceImage", _custom_image_request(source))
    validate(
        "ImportCustomWorkspaceImage",
        _custom_image_request(types_pkg.ImageSourceIdentifier(ec2_image_id="ami-1")),
    )


def _custom_image_request(source: Any) -> Any:
    request: Any = types_pkg.ImportCustomWorkspaceImageRequest
    fields = {f.name: f for f in attrs.fields(request)}
    kwargs: dict[str, Any] = {"image_source": source}
    for name, field in fields.items():
        if field.default is attrs.NOTHING and name not in kwargs:
            kwargs[name] = _sample_for(field.type)
    return request(**kwargs)


def _sample_for(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, WireEnum):
        return next(iter(annotation))
    if annotation is str:
        return "sample-value"
    raise AssertionError(f"no sample for {annotation}")


@pytest.mark.parametrize("name", STRUCTURES)
def test_the_written_out_init_is_the_one_attrs_would_make(name: str) -> None:
    cls = getattr(types_pkg, name)
    params = inspect.signature(cls.__init__).parameters
    fields = attrs.fields(cls)
    assert [p for p in params if p != "self"] == [f.name for f in fields]
    for field in fields:
        param = params[field.name]
        assert param.kind is inspect.Parameter.KEYWORD_ONLY
        expected = inspect.Parameter.empty if field.default is attrs.NOTHING else field.default
        assert param.default is expected, f"{name}.{field.name} default"


def test_written_out_eq_hash_and_repr_behave_as_attrs_ones() -> None:
    result = types_pkg.DescribeTagsResult(tag_list=[types_pkg.Tag(key="k")])
    other = attrs.evolve(
        result,
        response_metadata=types_pkg.ResponseMetadata(
            request_id="r", http_status=200, retry_attempts=1
        ),
    )
    assert other == result and other.response_metadata != result.response_metadata
    assert repr(other) == "DescribeTagsResult(tag_list=[Tag(key='k', value=None)])"
    assert result != types_pkg.DescribeTagsResult(tag_list=[])
    assert types_pkg.Tag(key="k") != "k" and types_pkg.Tag(
        key="k"
    ) != types_pkg.DescribeTagsRequest(resource_id="k")
    assert hash(types_pkg.Tag(key="k")) == hash(types_pkg.Tag(key="k"))
    assert len({types_pkg.Tag(key="k"), types_pkg.Tag(key="k"), types_pkg.Tag(key="j")}) == 2
    assert attrs.asdict(types_pkg.Tag(key="k")) == {"key": "k", "value": None}
