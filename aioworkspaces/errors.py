"""Everything the SDK raises: `WorkSpacesError` and the classes below it.

Service errors are typed by their code: one class per exception shape of the model
(`ResourceNotFoundException`, ...) and per common AWS code (throttling, signature,
access). An unknown code still gives a `ServiceError` carrying that code.
"""

from __future__ import annotations

from ._exceptions import (
    AuthError,
    ClientClosedError,
    ConfigurationError,
    ConnectTimeoutError,
    CredentialsError,
    DeadlineExceededError,
    ExpiredTokenException,
    IncompleteSignature,
    InternalFailure,
    InvalidClientTokenId,
    InvalidSignatureException,
    MissingAuthenticationToken,
    PaginationError,
    ParamValidationError,
    ProvisionedThroughputExceededException,
    ReadTimeoutError,
    RequestExpired,
    RequestLimitExceeded,
    RequestThrottledException,
    RequestTimeTooSkewed,
    ResponseParseError,
    ResponseTooLargeError,
    ServiceError,
    ServiceUnavailable,
    ServiceUnavailableError,
    ServiceUnavailableException,
    SignatureDoesNotMatch,
    Throttling,
    ThrottlingError,
    ThrottlingException,
    TooManyRequestsException,
    TransportError,
    UnknownOperationException,
    UnrecognizedClientException,
    UsageError,
    WaiterError,
    WaiterFailedError,
    WaiterTimeoutError,
    WorkSpacesError,
)

__all__ = [
    "AccessDeniedException",
    "ApplicationNotSupportedException",
    "AuthError",
    "ClientClosedError",
    "ComputeNotCompatibleException",
    "ConfigurationError",
    "ConflictException",
    "ConnectTimeoutError",
    "CredentialsError",
    "DeadlineExceededError",
    "ExpiredTokenException",
    "IncompatibleApplicationsException",
    "IncompleteSignature",
    "InternalFailure",
    "InternalServerException",
    "InvalidClientTokenId",
    "InvalidParameterCombinationException",
    "InvalidParameterValuesException",
    "InvalidResourceStateException",
    "InvalidSignatureException",
    "MissingAuthenticationToken",
    "OperatingSystemNotCompatibleException",
    "OperationInProgressException",
    "OperationNotSupportedException",
    "PaginationError",
    "ParamValidationError",
    "ProvisionedThroughputExceededException",
    "ReadTimeoutError",
    "RequestExpired",
    "RequestLimitExceeded",
    "RequestThrottledException",
    "RequestTimeTooSkewed",
    "ResourceAlreadyExistsException",
    "ResourceAssociatedException",
    "ResourceCreationFailedException",
    "ResourceInUseException",
    "ResourceLimitExceededException",
    "ResourceNotFoundException",
    "ResourceUnavailableException",
    "ResponseParseError",
    "ResponseTooLargeError",
    "ServiceError",
    "ServiceUnavailable",
    "ServiceUnavailableError",
    "ServiceUnavailableException",
    "SignatureDoesNotMatch",
    "Throttling",
    "ThrottlingError",
    "ThrottlingException",
    "TooManyRequestsException",
    "TransportError",
    "UnknownOperationException",
    "UnrecognizedClientException",
    "UnsupportedNetworkConfigurationException",
    "UnsupportedWorkspaceConfigurationException",
    "UsageError",
    "ValidationException",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
    "WorkSpacesError",
    "WorkspacesDefaultRoleNotFoundException",
]


class AccessDeniedException(ServiceError):
    """The user is not authorized to access a resource."""


class ApplicationNotSupportedException(ServiceError):
    """The specified application is not supported."""


class ComputeNotCompatibleException(ServiceError):
    """The compute type of the WorkSpace is not compatible with the application."""


class ConflictException(ServiceError):
    """The TargetAccountId is already linked or invited."""


class IncompatibleApplicationsException(ServiceError):
    """The specified application is not compatible with the resource."""


class InternalServerException(ServiceError):
    """Unexpected server error occured."""


class InvalidParameterCombinationException(ServiceError):
    """Two or more of the selected parameter values cannot be used together."""


class InvalidParameterValuesException(ServiceError):
    """One or more parameter values are not valid."""


class InvalidResourceStateException(ServiceError):
    """The state of the resource is not valid for this operation."""


class OperatingSystemNotCompatibleException(ServiceError):
    """The operating system of the WorkSpace is not compatible with the application."""


class OperationInProgressException(ServiceError):
    """The properties of this WorkSpace are currently being modified."""


class OperationNotSupportedException(ServiceError):
    """This operation is not supported."""

    reason: str | None
    """The exception error reason."""
    _members = (("reason", "reason"),)


class ResourceAlreadyExistsException(ServiceError):
    """The specified resource already exists."""


class ResourceAssociatedException(ServiceError):
    """The resource is associated with a directory."""


class ResourceCreationFailedException(ServiceError):
    """The resource could not be created."""


class ResourceInUseException(ServiceError):
    """The specified resource is currently in use."""

    resource_id: str | None
    """The ID of the resource that is in use."""
    _members = (("ResourceId", "resource_id"),)


class ResourceLimitExceededException(ServiceError):
    """Your resource limits have been exceeded."""


class ResourceNotFoundException(ServiceError):
    """The resource could not be found."""

    resource_id: str | None
    """The ID of the resource that could not be found."""
    _members = (("ResourceId", "resource_id"),)


class ResourceUnavailableException(ServiceError):
    """The specified resource is not available."""

    resource_id: str | None
    """The identifier of the resource that is not available."""
    _members = (("ResourceId", "resource_id"),)


class UnsupportedNetworkConfigurationException(ServiceError):
    """The configuration of this network is not supported for this operation, or your network
    configuration conflicts with the Amazon WorkSpaces management network IP range.
    """


class UnsupportedWorkspaceConfigurationException(ServiceError):
    """The configuration of this WorkSpace is not supported for this operation."""


class ValidationException(ServiceError):
    """You either haven't provided a TargetAccountId or are using the same value for
    TargetAccountId and SourceAccountId .
    """


class WorkspacesDefaultRoleNotFoundException(ServiceError):
    """The workspaces_DefaultRole role could not be found."""


# Every class reports `aioworkspaces.errors` as its module (pickles and reprs name the
# public path, not the internal module that defines the hierarchy).
for _name in __all__:
    globals()[_name].__module__ = __name__
del _name
