"""Every SDK error crosses process boundaries: pickle keeps its class, attributes and str()."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from aioworkspaces import errors
from aioworkspaces.types import WorkspaceState

CLASSES = [
    getattr(errors, name)
    for name in errors.__all__
    if isinstance(getattr(errors, name), type)
    and issubclass(getattr(errors, name), errors.WorkSpacesError)
]


def example(cls: type[errors.WorkSpacesError]) -> errors.WorkSpacesError:
    """An instance of `cls` with every attribute set to something telling."""
    if issubclass(cls, errors.ServiceError):
        return cls(
            "the message",
            code=cls.__name__,
            request_id="req-1",
            http_status=400,
            operation="DescribeTags",
            body={"message": "the message", "ResourceId": "ws-1", "reason": "why"},
            http_headers={"X-Amzn-RequestId": "req-1"},
            retry_attempts=2,
        )
    if issubclass(cls, errors.ParamValidationError):
        return cls("StartWorkspaces", ["start_workspace_requests: length 0 < 1"])
    if issubclass(cls, errors.WaiterError):
        return cls("timed out", {"ws-1": WorkspaceState.PENDING, "ws-2": None})
    if issubclass(cls, errors.TransportError):
        return cls("could not connect", operation="DescribeWorkspaces")
    return cls("something went wrong")


def test_every_error_class_is_covered() -> None:
    assert errors.ServiceError in CLASSES and errors.ParamValidationError in CLASSES
    assert len(CLASSES) == len(
        [n for n in errors.__all__ if issubclass(getattr(errors, n), BaseException)]
    )


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_round_trips_through_pickle(cls: type[errors.WorkSpacesError]) -> None:
    error = example(cls)
    error.__cause__ = ValueError("not carried")
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copy: Any = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert type(copy) is cls
        assert str(copy) == str(error)
        assert repr(copy) == repr(error)
        assert copy.args == error.args
        assert vars(copy) == vars(error)
        if isinstance(error, errors.ServiceError):
            assert isinstance(copy, errors.ServiceError)
            assert copy.response == error.response
            assert copy.message == "the message" and copy.code == cls.__name__
        # A copy is an error like the original: it can be raised and caught as such.
        with pytest.raises(cls):
            raise copy
