from typing import Any

class Shape:
    name: str
    type_name: str
    members: dict[str, Shape]

class OperationModel:
    name: str
    input_shape: Shape | None
    output_shape: Shape | None

class ServiceModel:
    def __init__(
        self, service_description: dict[str, Any], service_name: str | None = None
    ) -> None: ...
    def operation_model(self, operation_name: str) -> OperationModel: ...
    @property
    def operation_names(self) -> list[str]: ...
