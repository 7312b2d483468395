"""What `modify_certificate_based_auth_properties` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..directories import CertificateBasedAuthProperties, DeletableCertificateBasedAuthProperty

__all__ = [
    "ModifyCertificateBasedAuthPropertiesRequest",
    "ModifyCertificateBasedAuthPropertiesResult",
]


@shape
class ModifyCertificateBasedAuthPropertiesRequest:
    """The arguments of `modify_certificate_based_auth_properties`."""

    resource_id: str = member("ResourceId", min=10)
    """The resource identifiers, in the form of directory IDs."""
    certificate_based_auth_properties: CertificateBasedAuthProperties | None = member(
        "CertificateBasedAuthProperties", default=None
    )
    """The properties of the certificate-based authentication."""
    properties_to_delete: Sequence[DeletableCertificateBasedAuthProperty] | None = member(
        "PropertiesToDelete", default=None
    )
    """The properties of the certificate-based authentication you want to delete."""


@shape
class ModifyCertificateBasedAuthPropertiesResult:
    """What `modify_certificate_based_auth_properties` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
