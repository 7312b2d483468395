"""aioworkspaces: a typed asyncio client for the Amazon WorkSpaces API.

Everything users need is exported here or by one of the public modules `types`,
`errors`, `testing` and `simulator`. Modules whose name starts with `_` are
internal and may change in any release.
"""

from __future__ import annotations

__version__ = "0.1.0"

import importlib
from types import FunctionType, GenericAlias
from typing import TYPE_CHECKING, Any

from ._client import WorkSpacesClient
from ._config import ClientConfig, RetryMode
from ._hooks import Hooks
from ._request.credentials import Credentials
from ._request.transport import AiohttpTransport, HttpRequest, HttpResponse, Transport

if TYPE_CHECKING:
    from ._bridge import from_dict, from_json, to_dict, to_json
    from ._bulk import BulkChangeResult, BulkCreateResult, BulkOperations
    from ._events import BeforeSignEvent, CallEvent, CallHook, RequestEvent, ResponseEvent
    from ._otel import OpenTelemetryInstrumentation, instrument_opentelemetry
    from ._pager import Pager
    from ._paginators import Paginators
    from ._waiters import ProgressCallback, Waiters, WaitOptions

# Loaded on first use: a program that never pages, waits, bulks, converts to dicts or
# registers a hook never imports them (nor cattrs).
_LAZY = {
    "BeforeSignEvent": "._events",
    "CallEvent": "._events",
    "CallHook": "._events",
    "RequestEvent": "._events",
    "ResponseEvent": "._events",
    "BulkChangeResult": "._bulk",
    "BulkCreateResult": "._bulk",
    "BulkOperations": "._bulk",
    "OpenTelemetryInstrumentation": "._otel",
    "instrument_opentelemetry": "._otel",
    "Pager": "._pager",
    "Paginators": "._paginators",
    "ProgressCallback": "._waiters",
    "WaitOptions": "._waiters",
    "Waiters": "._waiters",
    "from_dict": "._bridge",
    "from_json": "._bridge",
    "to_dict": "._bridge",
    "to_json": "._bridge",
}

__all__ = [
    "AiohttpTransport",
    "BeforeSignEvent",
    "BulkChangeResult",
    "BulkCreateResult",
    "BulkOperations",
    "CallEvent",
    "CallHook",
    "ClientConfig",
    "Credentials",
    "Hooks",
    "HttpRequest",
    "HttpResponse",
    "OpenTelemetryInstrumentation",
    "Pager",
    "Paginators",
    "ProgressCallback",
    "RequestEvent",
    "ResponseEvent",
    "RetryMode",
    "Transport",
    "WaitOptions",
    "Waiters",
    "WorkSpacesClient",
    "__version__",
    "from_dict",
    "from_json",
    "instrument_opentelemetry",
    "to_dict",
    "to_json",
]


# Public names report where users import them from (as httpx does), so reprs, docs
# and pickles never mention the internal module that happens to define them.
def _publish(value: Any) -> Any:
    # Type aliases (`CallHook = Callable[...]`) stay as they are: on Python 3.10 a
    # generic alias passes isinstance(..., type) but its __module__ is read-only.
    if isinstance(value, (type, FunctionType)) and not isinstance(value, GenericAlias):
        value.__module__ = __name__
    return value


for _name in (
    "WorkSpacesClient",
    "ClientConfig",
    "Hooks",
    "Credentials",
    "AiohttpTransport",
    "HttpRequest",
    "HttpResponse",
    "Transport",
):
    _publish(globals()[_name])
del _name


def __getattr__(name: str) -> Any:
    if name == "errors":  # `aioworkspaces.errors` after a bare `import aioworkspaces`
        return importlib.import_module(".errors", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = _publish(getattr(importlib.import_module(module, __name__), name))
    globals()[name] = value
    return value
