from typing import ClassVar

class TransientRetryableChecker:
    _TRANSIENT_ERROR_CODES: ClassVar[list[str]]
    _TRANSIENT_STATUS_CODES: ClassVar[list[int]]

class ThrottledRetryableChecker:
    _THROTTLED_ERROR_CODES: ClassVar[list[str]]

class ExponentialBackoff:
    _MAX_BACKOFF: ClassVar[int]
