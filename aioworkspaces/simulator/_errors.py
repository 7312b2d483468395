"""The error answers of the local service."""

from __future__ import annotations

from typing import Any


class ServiceFault(Exception):
    """An error the service answers: its code, message, HTTP status and modeled members."""

    def __init__(self, code: str, message: str, status: int = 400, **members: Any) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status
        self.members = members

    def body(self) -> dict[str, Any]:
        return {"__type": self.code, "message": self.message, **self.members}


def not_found(kind: str, resource_id: str) -> ServiceFault:
    return ServiceFault(
        "ResourceNotFoundException",
        f"The {kind} {resource_id} could not be found.",
        ResourceId=resource_id,
    )


def bad_state(message: str) -> ServiceFault:
    return ServiceFault("InvalidResourceStateException", message)


def invalid(message: str) -> ServiceFault:
    return ServiceFault("InvalidParameterValuesException", message)
