"""The hand-written events, `HttpRequest`, `HttpResponse`, `Credentials` and `ClientConfig`
are what `attrs.define(frozen=True, slots=True)` made of them, though `_shape.frozen`
builds them.

Each is compared with a twin attrs builds from the same declaration: fields, the
constructor's signature (its defaults are written twice: declared and in `__init__`),
positional and keyword construction, repr, equality, hashing, pattern matching, pickling,
`evolve`. And importing the SDK and making a first call imports no `attrs` (the
namespace) and has attrs build nothing for these classes.
"""

from __future__ import annotations

import asyncio
import inspect
import pickle
import time
import weakref
from typing import Any, NamedTuple

import attrs
import pytest

from aioworkspaces import (
    BeforeSignEvent,
    CallEvent,
    ClientConfig,
    Credentials,
    HttpRequest,
    HttpResponse,
    RequestEvent,
    ResponseEvent,
)
from aioworkspaces.errors import ConfigurationError, ThrottlingError

HEADERS = {"X-Amz-Target": "WorkspacesService.DescribeWorkspaces"}
PROXIES = {"https": "http://user:hunter2@proxy:3128", "http": "http://proxy:3128"}
EVERY_SETTING: dict[str, Any] = {
    "retry_mode": "adaptive",
    "max_attempts": 5,
    "connect_timeout": 5.0,
    "read_timeout": 30,
    "max_pool_connections": 20,
    "use_fips_endpoint": True,
    "use_dualstack_endpoint": False,
    "user_agent_extra": "app/1.0",
    "verify": "/etc/ssl/ca.pem",
    "proxies": PROXIES,
    "call_timeout": None,
    "max_response_size": 1024,
    "sleep": asyncio.sleep,
    "jitter": time.time,
    "pacing": False,
    "rate_limits": {"describe_tags": 1.5, "*": 2},
}


class Case(NamedTuple):
    cls: type
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = {}  # noqa: RUF012 (never mutated)
    change: dict[str, Any] | None = None  # for evolve; else the first member to "other"


CASES = [
    Case(CallEvent, ("DescribeWorkspaces", {"Limit": 5}, "us-east-1", "https://x")),
    Case(BeforeSignEvent, ("DescribeWorkspaces", 1, "https://x", HEADERS)),
    Case(BeforeSignEvent, ("DescribeWorkspaces", 2, "https://x", HEADERS, {"Traceparent": "00"})),
    Case(RequestEvent, ("DescribeWorkspaces", 1, "https://x", HEADERS, b"{}")),
    Case(ResponseEvent, ("DescribeWorkspaces", 2, 400, "rid", ThrottlingError("slow"), 0.25)),
    Case(HttpRequest, ("POST", "https://x", HEADERS, b"{}", "DescribeWorkspaces")),
    Case(HttpRequest, ("POST", "https://x", HEADERS, b"{}", "DescribeWorkspaces", 1.5)),
    Case(Credentials, ("AKID", "secret")),
    Case(Credentials, ("AKID", "secret", "token")),
    Case(ClientConfig, change={"retry_mode": "legacy"}),
    Case(ClientConfig, kwargs=EVERY_SETTING, change={"rate_limits": {"DescribeTags": 3}}),
    Case(ClientConfig, kwargs={"proxies": PROXIES}, change={"max_attempts": 2}),
]


def twin(cls: type) -> Any:
    """`cls` as `attrs.define(frozen=True, slots=True)` makes it from its declaration."""
    body: dict[str, Any] = {"__annotations__": dict(cls.__annotations__)}
    for a in attrs.fields(cls):
        body[a.name] = attrs.field(
            default=a.default,
            repr=a.repr,
            eq=a.eq,
            converter=a.converter,
            alias=a.alias,
            kw_only=a.kw_only,
        )
    if "__attrs_post_init__" in cls.__dict__:
        body["__attrs_post_init__"] = cls.__dict__["__attrs_post_init__"]
    return attrs.define(frozen=True, slots=True)(type(cls.__name__, (), body))


def _parameters(cls: type) -> list[tuple[str, object, object]]:
    return [(p.name, p.kind, p.default) for p in inspect.signature(cls).parameters.values()]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.cls.__name__)
def test_same_as_attrs(case: Case) -> None:
    cls: Any = case.cls
    args, kwargs = case.args, case.kwargs
    reference = twin(cls)
    ours: Any = cls(*args, **kwargs)
    theirs: Any = reference(*args, **kwargs)
    described = [
        (a.name, a.default, a.repr, a.eq, a.init, a.kw_only, a.alias, a.converter)
        for a in attrs.fields(cls)
    ]
    assert described == [
        (a.name, a.default, a.repr, a.eq, a.init, a.kw_only, a.alias, a.converter)
        for a in attrs.fields(reference)
    ]
    # The written-out __init__ takes what attrs' would, with the declared defaults.
    assert _parameters(cls) == _parameters(reference)
    assert repr(ours) == repr(theirs)
    assert cls.__match_args__ == reference.__match_args__
    assert cls.__slots__ == reference.__slots__
    assert attrs.asdict(ours, recurse=False) == attrs.asdict(theirs, recurse=False)
    names = [a.name for a in attrs.fields(cls)]
    assert cls(**dict(zip(names[: len(args)], args, strict=True)), **kwargs) == ours
    assert ours == cls(*args, **kwargs) and not (ours != cls(*args, **kwargs))
    assert ours != theirs  # another class: attrs compares by class first
    first = names[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(ours, first, "x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        delattr(ours, first)
    change = case.change or {first: "other"}
    changed = attrs.evolve(ours, **change)
    assert attrs.asdict(changed, recurse=False) == attrs.asdict(
        attrs.evolve(theirs, **change), recurse=False
    )
    assert changed != ours
    if cls is not ResponseEvent:  # the error in a ResponseEvent compares by identity
        assert pickle.loads(pickle.dumps(ours)) == ours
    try:
        hash(theirs)
    except TypeError:  # a member that is not hashable (a dict of headers)
        with pytest.raises(TypeError):
            hash(ours)
    else:
        assert hash(ours) == hash(cls(*args, **kwargs))

    assert weakref.ref(ours)() is ours
    assert attrs.has(cls)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.cls.__name__)
def test_each_member_counts_as_attrs_counts_it(case: Case) -> None:
    # Equality and hashing take in every member attrs' would (eq=True for all here).
    ours: Any = case.cls(*case.args, **case.kwargs)
    theirs: Any = twin(case.cls)(*case.args, **case.kwargs)
    for a in attrs.fields(case.cls):
        value = getattr(ours, a.name)
        if case.cls is ClientConfig:  # a valid setting: every one differs from its default
            other = a.default if value == EVERY_SETTING[a.name] else EVERY_SETTING[a.name]
        else:
            other = "another" if value == "other" else "other"
        changed = attrs.evolve(ours, **{a.alias: other})
        assert (changed == ours) == (attrs.evolve(theirs, **{a.alias: other}) == theirs), a.name
        assert changed != ours, a.name
        try:
            assert hash(changed) != hash(ours), a.name
        except TypeError:  # a member that is not hashable (a dict of headers)
            pass


def test_client_config_repr_hides_the_proxy_password_and_the_callables() -> None:
    config = ClientConfig(proxies=PROXIES, sleep=asyncio.sleep, jitter=time.time)
    expected = (
        "ClientConfig(retry_mode=None, max_attempts=None, connect_timeout=60.0, "
        "read_timeout=60.0, max_pool_connections=10, use_fips_endpoint=None, "
        "use_dualstack_endpoint=None, user_agent_extra=None, verify=None, "
        "proxies={'https': 'http://***@proxy:3128', 'http': 'http://proxy:3128'}, "
        "call_timeout=600.0, max_response_size=16777216, pacing=True, rate_limits=None)"
    )
    assert repr(config) == expected == repr(twin(ClientConfig)(proxies=PROXIES))
    assert "hunter2" not in repr(config) and "hunter2" not in repr(attrs.evolve(config))


@pytest.mark.parametrize(
    "change",
    [
        {"retry_mode": "fast"},
        {"max_attempts": 0},
        {"connect_timeout": 0},
        {"call_timeout": -1},
        {"max_response_size": 0},
        {"sleep": 3},
        {"proxies": {"ftp": "http://proxy"}},
        {"proxies": {"https": "http://user:hunter2@proxy:port"}},
        {"max_pool_connections": 0},
        {"rate_limits": {"Nope": 1}},
        {"rate_limits": {"DescribeTags": 0}},
        {"rate_limits": [("DescribeTags", 1)]},
    ],
    ids=lambda change: next(iter(change)),
)
def test_client_config_checks_what_evolve_changes(change: dict[str, Any]) -> None:
    # evolve goes through __init__: the converter and __attrs_post_init__ run, as for
    # the attrs twin, with the same errors.
    with pytest.raises(ConfigurationError) as ours:
        attrs.evolve(ClientConfig(), **change)
    with pytest.raises(ConfigurationError) as theirs:
        attrs.evolve(twin(ClientConfig)(), **change)
    with pytest.raises(ConfigurationError) as made:
        ClientConfig(**change)
    assert str(ours.value) == str(theirs.value) == str(made.value)
    assert "hunter2" not in str(ours.value)


def test_client_config_converts_rate_limits() -> None:
    limits = {"describe_tags": 1.5}
    config = ClientConfig(rate_limits=limits)
    assert config.rate_limits == limits and config.rate_limits is not limits
    assert type(config.rate_limits) is dict
    assert attrs.evolve(config, rate_limits=None).rate_limits is None


def test_before_sign_event_keeps_what_hooks_add() -> None:
    event = BeforeSignEvent("DescribeWorkspaces", 1, "https://x", HEADERS)
    other = BeforeSignEvent("DescribeWorkspaces", 1, "https://x", HEADERS)
    assert event._added == {} and event._added is not other._added
    # As attrs' __init__: a new dict only when none is given (evolve passes it on).
    assert attrs.evolve(event)._added is event._added
    event.add_header("Traceparent", "00-abc")
    assert event._added == {"Traceparent": "00-abc"} and event != other
    assert attrs.evolve(event, attempt=2)._added == {"Traceparent": "00-abc"}
    assert repr(event) == (
        "BeforeSignEvent(operation='DescribeWorkspaces', attempt=1, url='https://x', "
        f"headers={HEADERS!r})"
    )


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
