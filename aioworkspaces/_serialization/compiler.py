"""Functions generated once per attrs class: the machinery `readers` and `writers` share.

A generator writes the source of one function for a class (named `generated`); the
source refers to helpers and to the functions of nested classes by names bound in its
`Source`. Functions are compiled on first use and published only once every nested
function they call is ready, so a concurrent caller never sees a half-linked one.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

__all__ = ["PerShape", "Source"]

F = TypeVar("F", bound=Callable[..., Any])


class Source:
    """The names the generated source of one function uses."""

    def __init__(self, helpers: dict[str, Any]) -> None:
        self.names: dict[str, Any] = dict(helpers)
        self.nested: dict[str, type] = {}
        self._counter = itertools.count()

    def bind(self, value: Any, prefix: str) -> str:
        """A fresh global name for `value`."""
        name = f"{prefix}{next(self._counter)}"
        self.names[name] = value
        return name

    def nested_function(self, cls: type) -> str:
        """The name under which the function of the nested class `cls` will be found."""
        name = self.bind(cls, "_nested")
        self.nested[name] = cls
        return name


class PerShape(Generic[F]):
    """The generated function of each class, compiled the first time it is asked for."""

    def __init__(
        self,
        kind: str,
        generate: Callable[[type, Any], list[str]],
        source: Callable[[], Source],
    ) -> None:
        self._kind = kind
        self._generate = generate
        self._source = source
        self._done: dict[type, F] = {}
        self._lock = threading.Lock()

    def __call__(self, cls: type) -> F:
        function = self._done.get(cls)
        if function is None:
            with self._lock:
                function = self._done.get(cls)
                if function is None:
                    building: dict[type, F] = {}
                    function = self._build(cls, building)
                    self._done.update(building)
        return function

    def _build(self, cls: type, building: dict[type, F]) -> F:
        source = self._source()
        lines = self._generate(cls, source)
        code = compile("\n".join(lines), f"<{self._kind} {cls.__qualname__}>", "exec")
        exec(code, source.names)
        function: F = source.names["generated"]
        building[cls] = function  # before the nested ones, for shapes that contain themselves
        for name, nested in source.nested.items():
            source.names[name] = (
                self._done.get(nested) or building.get(nested) or self._build(nested, building)
            )
        return function
