"""`client.exceptions`: the SDK's error classes by the names botocore's `client.exceptions` uses.

```python
try:
    await client.describe_tags(resource_id="ws-12345678")
except client.exceptions.ResourceNotFoundException as error:
    print(error.resource_id, error.response["Error"]["Code"])
```
Every modeled exception of the model and the common AWS codes, each the very class of
`aioworkspaces.errors` (so `except` clauses and `isinstance` agree), plus `ClientError`
(= `ServiceError`, the base of them all) for handlers ported from boto3.
"""

from __future__ import annotations

from . import errors

__all__ = ["ClientExceptions"]


class ClientExceptions:
    """The service error classes of `aioworkspaces.errors`, as attributes."""

    ClientError = errors.ServiceError
    AccessDeniedException = errors.AccessDeniedException
    ApplicationNotSupportedException = errors.ApplicationNotSupportedException
    AuthError = errors.AuthError
    ComputeNotCompatibleException = errors.ComputeNotCompatibleException
    ConflictException = errors.ConflictException
    ExpiredTokenException = errors.ExpiredTokenException
    IncompatibleApplicationsException = errors.IncompatibleApplicationsException
    IncompleteSignature = errors.IncompleteSignature
    InternalFailure = errors.InternalFailure
    InternalServerException = errors.InternalServerException
    InvalidClientTokenId = errors.InvalidClientTokenId
    InvalidParameterCombinationException = errors.InvalidParameterCombinationException
    InvalidParameterValuesException = errors.InvalidParameterValuesException
    InvalidResourceStateException = errors.InvalidResourceStateException
    InvalidSignatureException = errors.InvalidSignatureException
    MissingAuthenticationToken = errors.MissingAuthenticationToken
    OperatingSystemNotCompatibleException = errors.OperatingSystemNotCompatibleException
    OperationInProgressException = errors.OperationInProgressException
    OperationNotSupportedException = errors.OperationNotSupportedException
    ProvisionedThroughputExceededException = errors.ProvisionedThroughputExceededException
    RequestExpired = errors.RequestExpired
    RequestLimitExceeded = errors.RequestLimitExceeded
    RequestThrottledException = errors.RequestThrottledException
    RequestTimeTooSkewed = errors.RequestTimeTooSkewed
    ResourceAlreadyExistsException = errors.ResourceAlreadyExistsException
    ResourceAssociatedException = errors.ResourceAssociatedException
    ResourceCreationFailedException = errors.ResourceCreationFailedException
    ResourceInUseException = errors.ResourceInUseException
    ResourceLimitExceededException = errors.ResourceLimitExceededException
    ResourceNotFoundException = errors.ResourceNotFoundException
    ResourceUnavailableException = errors.ResourceUnavailableException
    ResponseParseError = errors.ResponseParseError
    ServiceError = errors.ServiceError
    ServiceUnavailable = errors.ServiceUnavailable
    ServiceUnavailableError = errors.ServiceUnavailableError
    ServiceUnavailableException = errors.ServiceUnavailableException
    SignatureDoesNotMatch = errors.SignatureDoesNotMatch
    Throttling = errors.Throttling
    ThrottlingError = errors.ThrottlingError
    ThrottlingException = errors.ThrottlingException
    TooManyRequestsException = errors.TooManyRequestsException
    UnknownOperationException = errors.UnknownOperationException
    UnrecognizedClientException = errors.UnrecognizedClientException
    UnsupportedNetworkConfigurationException = errors.UnsupportedNetworkConfigurationException
    UnsupportedWorkspaceConfigurationException = errors.UnsupportedWorkspaceConfigurationException
    ValidationException = errors.ValidationException
    WorkspacesDefaultRoleNotFoundException = errors.WorkspacesDefaultRoleNotFoundException

    def __repr__(self) -> str:
        return "<aioworkspaces client.exceptions>"
