"""The building blocks the generated WorkSpaces types are written with (hand-written).

The generated classes are plain `attrs.frozen(kw_only=True)` classes, so that type
checkers see attrs classes (`attrs.evolve`, `attrs.asdict`, `attrs.fields` and
`attrs.has` accept them under mypy's attrs plugin and pyright). Each attribute's
`metadata` carries its wire name (`"wire"`) and the model's minimum (`"min"`).
This module holds what they share: `WireEnum`, the base of the model's string enums
(a value the service sends that the enum does not know yet becomes a pseudo-member
instead of an error), `ResponseMetadata`, the union marker, and the `frozen` and
`field` the generated modules run with.

Type checkers read `attrs.frozen` and `attrs.field` in the generated modules (imported
under `TYPE_CHECKING`); at run time the classes are made by `frozen` here, which makes
what `attrs.frozen(kw_only=True, init=False, repr=False, eq=False, slots=True)` makes
(a slotted class whose instances refuse attribute stores with attrs'
`FrozenInstanceError`, pickle, and have weak references) but leaves `__attrs_attrs__`
for the first use of `attrs.fields`, `attrs.evolve`, `attrs.asdict` or `attrs.has`,
which then get exactly what attrs would have made. attrs compiling a method and building
a slotted class for each of the 30-odd classes a first call loads was most of that call.
The hand-written classes the SDK imports are built the same way, with what they declare
beyond that (a factory, a converter, a repr function, an alias). Nothing here imports
`attrs`, the namespace: `attr` is the same library (the names `attrs` has are `attr`'s
objects) and aiohttp imports it anyway.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attr
from attr.exceptions import FrozenInstanceError

__all__ = [
    "MINIMUM",
    "NOTHING",
    "NO_METADATA",
    "WIRE",
    "EnumMembers",
    "ResponseMetadata",
    "WireEnum",
    "field",
    "frozen",
    "is_union",
    "union_shape",
    "wire_enum",
]

#: Metadata keys an attribute carries.
WIRE = "wire"
MINIMUM = "min"
_UNION = "__aioworkspaces_union__"

_T = TypeVar("_T")


#: attrs' "no default" (typed `Any`, so that a written-out `__init__` can take it as the
#: default of a member with a factory, as the one attrs writes does).
NOTHING: Any = attr.NOTHING


class _Field:
    """A member declaration, as `attrs.field` takes it (the options the SDK uses)."""

    __slots__ = ("alias", "converter", "default", "eq", "metadata", "repr")

    def __init__(
        self,
        default: Any = NOTHING,
        metadata: dict[str, Any] | None = None,
        eq: bool = True,
        repr: bool | Callable[[Any], str] = True,
        converter: Callable[[Any], Any] | None = None,
        alias: str | None = None,
    ) -> None:
        self.default = default
        self.metadata = metadata
        self.eq = eq
        self.repr = repr
        self.converter = converter
        self.alias = alias


def field(
    *,
    default: Any = NOTHING,
    metadata: dict[str, Any] | None = None,
    eq: bool = True,
    repr: bool | Callable[[Any], str] = True,
    factory: Callable[[], Any] | None = None,
    converter: Callable[[Any], Any] | None = None,
    alias: str | None = None,
) -> Any:
    """A member of a class `frozen` builds (at run time; type checkers see `attrs.field`).

    Only recorded, for `attrs.fields` and the others: the class's written-out `__init__`
    and `__repr__` apply the default, factory, converter and repr function themselves.
    """
    if factory is not None:
        default = attr.Factory(factory)
    return _Field(default, metadata, eq, repr, converter, alias)


class _LazyFields:
    """`__attrs_attrs__` of a generated class, made by attrs the first time it is read."""

    def __init__(
        self, annotations: dict[str, Any], fields: dict[str, _Field], kw_only: bool = True
    ) -> None:
        self.annotations = annotations
        self.fields = fields
        self.kw_only = kw_only
        self.owner: type | None = None

    def __get__(self, instance: object, owner: type) -> Any:
        cls = self.owner
        assert cls is not None
        body: dict[str, Any] = {
            "__annotations__": self.annotations,
            "__module__": cls.__module__,
            "__qualname__": cls.__qualname__,
        }
        for name, declared in self.fields.items():
            body[name] = attr.field(
                default=declared.default,
                metadata=declared.metadata,
                eq=declared.eq,
                repr=declared.repr,
                converter=declared.converter,
                alias=declared.alias,
            )
        # The same declaration through attrs itself: its Attribute objects are the ones
        # `attrs.frozen` would have given the class.
        twin: Any = attr.frozen(kw_only=self.kw_only, init=False, repr=False, eq=False)(
            type(cls.__name__, (), body)
        )
        made = twin.__attrs_attrs__
        type.__setattr__(cls, "__attrs_attrs__", made)
        return made


def _replace(self: Any, **changes: Any) -> Any:
    # `copy.replace` (3.13), which attrs.frozen supports there as `attrs.evolve`.
    return attr.evolve(self, **changes)


# Shared by every class `frozen` makes (a closure per class was a function, a cell and a
# tuple more for each of the hundreds of classes): the members come from the class.
def _getstate(self: Any) -> dict[str, Any]:
    return {name: getattr(self, name) for name in self.__aioworkspaces_members__}


def _setstate(self: object, state: dict[str, Any]) -> None:
    for name, value in state.items():
        object.__setattr__(self, name, value)


def _refuse_setattr(self: object, name: str, value: object) -> None:
    raise FrozenInstanceError


def _refuse_delattr(self: object, name: str) -> None:
    raise FrozenInstanceError


def frozen(
    *, kw_only: bool = True, init: bool = False, repr: bool = False, eq: bool = False
) -> Callable[[type[_T]], type[_T]]:
    """The run-time `attrs.frozen(kw_only=..., init=False, repr=False, eq=False)` of the
    generated and hand-written classes, which write out their own `__init__`, `__repr__`,
    `__eq__` and `__hash__` (see the module's docstring); `kw_only=False` for those whose
    members are also positional (the hook events, `Credentials`, ...)."""
    assert not (init or repr or eq), "only classes that write out their own methods"
    return _frozen if kw_only else _frozen_positional


def _frozen_positional(cls: type[_T]) -> type[_T]:
    return _frozen(cls, kw_only=False)


def _frozen(cls: type[_T], kw_only: bool = True) -> type[_T]:
    namespace = dict(cls.__dict__)
    annotations: dict[str, Any] = namespace.get("__annotations__", {})
    fields: dict[str, _Field] = {}
    for name in annotations:
        declared = namespace.pop(name, NOTHING)
        if not isinstance(declared, _Field):
            declared = _Field(declared)
        fields[name] = declared
    names = tuple(fields)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    lazy = _LazyFields(annotations, fields, kw_only)

    namespace.update(
        __slots__=(*names, "__weakref__"),
        __setattr__=_refuse_setattr,
        __delattr__=_refuse_delattr,
        __getstate__=_getstate,
        __setstate__=_setstate,
        __aioworkspaces_members__=names,
        # As attrs sets it: keyword-only members are matched by position by none.
        __match_args__=() if kw_only else names,
        __attrs_attrs__=lazy,
    )
    if sys.version_info >= (3, 13):
        namespace["__replace__"] = _replace
    metaclass: Any = type(cls)
    made: type[_T] = metaclass(cls.__name__, cls.__bases__, namespace)
    lazy.owner = made
    return made


if TYPE_CHECKING:  # type checkers see an attrs class, as they do the generated ones
    from attrs import frozen as _attrs_frozen
else:
    _attrs_frozen = frozen


@_attrs_frozen(kw_only=True, init=False, repr=False, eq=False)
class ResponseMetadata:
    """What the SDK knows about the HTTP exchange that produced a result."""

    request_id: str | None
    """The `x-amzn-RequestId` the service sent, if any."""
    http_status: int
    """The HTTP status of the final attempt."""
    retry_attempts: int
    """Retries made: 0 when the first attempt succeeded."""

    # Written out as attrs.frozen(kw_only=True) would make them, as the generated classes
    # are (see the module's docstring): nothing is compiled when the SDK is imported.
    def __init__(self, *, request_id: str | None, http_status: int, retry_attempts: int) -> None:
        _set = object.__setattr__
        _set(self, "request_id", request_id)
        _set(self, "http_status", http_status)
        _set(self, "retry_attempts", retry_attempts)

    def __repr__(self) -> str:
        return (
            f"ResponseMetadata(request_id={self.request_id!r}, "
            f"http_status={self.http_status!r}, retry_attempts={self.retry_attempts!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResponseMetadata) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.request_id, self.http_status, self.retry_attempts) == (
            other.request_id,
            other.http_status,
            other.retry_attempts,
        )

    def __hash__(self) -> int:
        return hash(("ResponseMetadata", self.request_id, self.http_status, self.retry_attempts))


NO_METADATA = ResponseMetadata(request_id=None, http_status=200, retry_attempts=0)


def union_shape(cls: type[_T]) -> type[_T]:
    """Mark `cls` as a union shape: every member optional, exactly one must be set.

    Validation checks it before a request is sent.
    """
    setattr(cls, _UNION, True)
    return cls


def is_union(cls: type) -> bool:
    """Whether `cls` is a union shape."""
    return bool(getattr(cls, _UNION, False))


class WireEnum(str, enum.Enum):
    """A string enum of the model whose values are exactly the wire strings.

    A value the service sends that the enum does not know never raises: it becomes a
    pseudo-member carrying that value, which is sent back unchanged.
    """

    @classmethod
    def _missing_(cls, value: object) -> WireEnum | None:
        if not isinstance(value, str):
            return None
        pseudo = str.__new__(cls, value)
        pseudo._name_ = value
        pseudo._value_ = value
        # Cached so a value seen twice gives the same object (`is` and hashing agree).
        return cls._value2member_map_.setdefault(value, pseudo)  # type: ignore[return-value]

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self._name_}"


_W = TypeVar("_W", bound=WireEnum)


class EnumMembers:
    """What a generated enum declares its members on at run time (type checkers see
    `WireEnum` there): a plain class, which `wire_enum` turns into the `WireEnum`
    subclass."""

    __slots__ = ()


def _declared(members: type) -> dict[str, Any]:
    return {k: v for k, v in members.__dict__.items() if k not in ("__dict__", "__weakref__")}


def enum_class(members: type[_W]) -> type[_W]:
    """The `WireEnum` subclass `class X(WireEnum)` would make of the declaration
    `members`, through the enum metaclass (what `wire_enum` is held to in the tests)."""
    metaclass: Any = type(WireEnum)
    body = metaclass.__prepare__(members.__name__, (WireEnum,))
    for name, value in _declared(members).items():
        body[name] = value
    made: type[_W] = metaclass(members.__name__, (WireEnum,), body)
    return made


# The standard library's own fast path (3.11+) for enums known to be well formed, as the
# generated ones are: it skips the metaclass's per-member checks, which made up most of
# what loading a domain of the model cost. Python 3.10 has none: the metaclass builds them.
_simple_enum: Callable[..., Callable[[type], Any]] | None = getattr(enum, "_simple_enum", None)


def wire_enum(members: type[_W]) -> type[_W]:
    """Make the enum a generated module declares (`@wire_enum class X(EnumMembers)`): the
    same `WireEnum` subclass as `enum_class(members)`, built the cheap way where there is
    one."""
    if _simple_enum is None:
        return enum_class(members)
    made: type[_W] = _simple_enum(WireEnum)(members)
    return made
