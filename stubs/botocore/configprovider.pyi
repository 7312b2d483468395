from collections.abc import Mapping
from typing import Any

class ConfiguredEndpointProvider:
    def __init__(
        self,
        full_config: Mapping[str, Any],
        scoped_config: Mapping[str, Any],
        client_name: str,
        environ: Mapping[str, str] | None = None,
    ) -> None: ...
    def provide(self) -> str | None: ...
