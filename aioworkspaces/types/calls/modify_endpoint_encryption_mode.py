"""What `modify_endpoint_encryption_mode` takes and returns."""

from __future__ import annotations

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..directories import EndpointEncryptionMode

__all__ = [
    "ModifyEndpointEncryptionModeRequest",
    "ModifyEndpointEncryptionModeResponse",
]


@shape
class ModifyEndpointEncryptionModeRequest:
    """The arguments of `modify_endpoint_encryption_mode`."""

    directory_id: str = member("DirectoryId", min=10)
    """The identifier of the directory."""
    endpoint_encryption_mode: EndpointEncryptionMode = member("EndpointEncryptionMode")
    """The encryption mode used for endpoint connections when streaming to WorkSpaces Personal
    or WorkSpace Pools.
    """


@shape
class ModifyEndpointEncryptionModeResponse:
    """What `modify_endpoint_encryption_mode` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
