from collections.abc import ItemsView, Mapping
from typing import Any

class HeadersDict:
    def __getitem__(self, key: str) -> str: ...
    def __setitem__(self, key: str, value: str) -> None: ...
    def get(self, key: str, default: str | None = None) -> str | None: ...
    def items(self) -> ItemsView[str, str]: ...

class AWSRequest:
    method: str
    url: str
    headers: HeadersDict
    context: dict[str, Any]
    data: Any
    def __init__(
        self,
        method: str | None = None,
        url: str | None = None,
        headers: Mapping[str, str] | None = None,
        data: Any = None,
        params: Any = None,
        auth_path: str | None = None,
        stream_output: bool = False,
    ) -> None: ...
    @property
    def body(self) -> bytes: ...
