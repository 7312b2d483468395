from typing import Any

class RuleSetEndpoint:
    url: str
    properties: dict[str, Any]
    headers: dict[str, Any]

class EndpointProvider:
    def __init__(
        self, ruleset_data: Any, partition_data: Any, excluded_params: Any = None
    ) -> None: ...
    def resolve_endpoint(self, **input_parameters: Any) -> RuleSetEndpoint: ...
