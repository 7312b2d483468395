"""The common AWS error codes, one class each: what every AWS service may answer with
(throttling, authentication and availability codes), below the hierarchy of `_exceptions`.

Hand-written; loaded with `aioworkspaces.errors` (the first service error, or on first use),
not with the SDK: the retry layer knows these codes by name, not by class.
"""

from __future__ import annotations

from ._exceptions import AuthError, ServiceError, ServiceUnavailableError, ThrottlingError


class ThrottlingException(ThrottlingError):
    """ThrottlingException: request rate exceeded."""


class Throttling(ThrottlingError):
    """Throttling: request rate exceeded."""


class TooManyRequestsException(ThrottlingError):
    """TooManyRequestsException: request rate exceeded."""


class RequestLimitExceeded(ThrottlingError):
    """RequestLimitExceeded: request rate exceeded."""


class RequestThrottledException(ThrottlingError):
    """RequestThrottledException: request rate exceeded."""


class ProvisionedThroughputExceededException(ThrottlingError):
    """ProvisionedThroughputExceededException: request rate exceeded."""


class ExpiredTokenException(AuthError):
    """ExpiredTokenException: the session token has expired."""


class InvalidSignatureException(AuthError):
    """InvalidSignatureException: the request signature does not match."""


class SignatureDoesNotMatch(AuthError):
    """SignatureDoesNotMatch: the request signature does not match."""


class IncompleteSignature(AuthError):
    """IncompleteSignature: the request signature is incomplete."""


class UnrecognizedClientException(AuthError):
    """UnrecognizedClientException: the access key id is not known."""


class InvalidClientTokenId(AuthError):
    """InvalidClientTokenId: the access key id is not known."""


class RequestExpired(AuthError):
    """RequestExpired: the request's time is too far from the service's clock."""


class RequestTimeTooSkewed(AuthError):
    """RequestTimeTooSkewed: the request's time is too far from the service's clock."""


class MissingAuthenticationToken(AuthError):
    """MissingAuthenticationToken: the request was not signed."""


class ServiceUnavailable(ServiceUnavailableError):
    """ServiceUnavailable: the service is unavailable."""


class ServiceUnavailableException(ServiceUnavailableError):
    """ServiceUnavailableException: the service is unavailable."""


class InternalFailure(ServiceError):
    """InternalFailure: the service failed internally."""


class UnknownOperationException(ServiceError):
    """UnknownOperationException: the service does not know the operation."""
