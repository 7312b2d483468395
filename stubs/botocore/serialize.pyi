from typing import Any

from botocore.model import OperationModel

class Serializer:
    def serialize_to_request(
        self, parameters: dict[str, Any], operation_model: OperationModel
    ) -> dict[str, Any]: ...

def create_serializer(protocol_name: str, include_validation: bool = True) -> Serializer: ...
