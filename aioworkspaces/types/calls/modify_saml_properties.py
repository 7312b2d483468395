"""What `modify_saml_properties` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..directories import DeletableSamlProperty, SamlProperties

__all__ = [
    "ModifySamlPropertiesRequest",
    "ModifySamlPropertiesResult",
]


@shape
class ModifySamlPropertiesRequest:
    """The arguments of `modify_saml_properties`."""

    resource_id: str = member("ResourceId", min=10)
    """The directory identifier for which you want to configure SAML properties."""
    saml_properties: SamlProperties | None = member("SamlProperties", default=None)
    """The properties for configuring SAML 2.0 authentication."""
    properties_to_delete: Sequence[DeletableSamlProperty] | None = member(
        "PropertiesToDelete", default=None
    )
    """The SAML properties to delete as part of your request."""


@shape
class ModifySamlPropertiesResult:
    """What `modify_saml_properties` returns."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
