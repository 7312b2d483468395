"""The hand-written events, `HttpRequest`, `HttpResponse` and `Credentials` are what
`attrs.define(frozen=True, slots=True)` made of them, though `_shape.frozen` builds them.

Each is compared with a twin attrs builds from the same declaration: fields, positional
and keyword construction, repr, equality, hashing, pattern matching, pickling, `evolve`.
"""

from __future__ import annotations

import pickle
import weakref
from typing import Any

import attrs
import pytest

from aioworkspaces import (
    CallEvent,
    Credentials,
    HttpRequest,
    HttpResponse,
    RequestEvent,
    ResponseEvent,
)
from aioworkspaces.errors import ThrottlingError

HEADERS = {"X-Amz-Target": "WorkspacesService.DescribeWorkspaces"}
CASES: list[tuple[type, tuple[Any, ...]]] = [
    (CallEvent, ("DescribeWorkspaces", {"Limit": 5}, "us-east-1", "https://x")),
    (RequestEvent, ("DescribeWorkspaces", 1, "https://x", HEADERS, b"{}")),
    (ResponseEvent, ("DescribeWorkspaces", 2, 400, "rid", ThrottlingError("slow"), 0.25)),
    (HttpRequest, ("POST", "https://x", HEADERS, b"{}", "DescribeWorkspaces")),
    (HttpRequest, ("POST", "https://x", HEADERS, b"{}", "DescribeWorkspaces", 1.5)),
    (Credentials, ("AKID", "secret")),
    (Credentials, ("AKID", "secret", "token")),
]


def twin(cls: type) -> Any:
    """`cls` as `attrs.define(frozen=True, slots=True)` makes it from its declaration."""
    body: dict[str, Any] = {"__annotations__": dict(cls.__annotations__)}
    for a in attrs.fields(cls):
        body[a.name] = attrs.field(default=a.default, repr=a.repr, eq=a.eq)
    return attrs.define(frozen=True, slots=True)(type(cls.__name__, (), body))


@pytest.mark.parametrize(("cls", "args"), CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_same_as_attrs(cls: Any, args: tuple[Any, ...]) -> None:
    reference = twin(cls)
    ours: Any = cls(*args)
    theirs: Any = reference(*args)
    assert [
        (a.name, a.default, a.repr, a.eq, a.init, a.kw_only, a.alias) for a in attrs.fields(cls)
    ] == [
        (a.name, a.default, a.repr, a.eq, a.init, a.kw_only, a.alias)
        for a in attrs.fields(reference)
    ]
    assert repr(ours) == repr(theirs)
    assert cls.__match_args__ == reference.__match_args__
    assert cls.__slots__ == reference.__slots__
    assert attrs.asdict(ours, recurse=False) == attrs.asdict(theirs, recurse=False)
    names = [a.name for a in attrs.fields(cls)]
    assert cls(**dict(zip(names[: len(args)], args, strict=True))) == ours
    assert ours == cls(*args) and not (ours != cls(*args))
    assert ours != theirs  # another class: attrs compares by class first
    first = names[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(ours, first, "x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        delattr(ours, first)
    changed = attrs.evolve(ours, **{first: "other"})
    assert getattr(changed, first) == "other" and changed != ours
    if cls is not ResponseEvent:  # the error in a ResponseEvent compares by identity
        assert pickle.loads(pickle.dumps(ours)) == ours
    try:
        hash(theirs)
    except TypeError:  # a member that is not hashable (a dict of headers)
        with pytest.raises(TypeError):
            hash(ours)
    else:
        assert hash(ours) == hash(cls(*args))

    assert weakref.ref(ours)() is ours
    assert attrs.has(cls)


def test_http_response_same_as_attrs() -> None:
    answer = HttpResponse(200, {"A": "b"}, b"x")
    assert repr(answer).startswith("HttpResponse(status=200, headers=<CIMultiDict(")
    assert answer == HttpResponse(200, {"A": "b"}, b"x") != HttpResponse(201, {"A": "b"}, b"x")
    assert HttpResponse.__match_args__ == ("status", "headers", "body")
    assert [a.name for a in attrs.fields(HttpResponse)] == ["status", "headers", "body"]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        answer.status = 500  # type: ignore[misc]


def test_credentials_still_validate() -> None:
    from aioworkspaces.errors import CredentialsError

    with pytest.raises(CredentialsError):
        Credentials("", "secret")
    with pytest.raises(CredentialsError):
        Credentials("AKID", "secret", "a\nb")
    assert "secret" not in repr(Credentials("AKID", "secret", "token"))
