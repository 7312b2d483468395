from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple

class ReadOnlyCredentials(NamedTuple):
    access_key: str
    secret_key: str
    token: str | None

class Credentials:
    access_key: str
    secret_key: str
    token: str | None
    method: str | None
    def __init__(
        self, access_key: str, secret_key: str, token: str | None = None, method: str | None = None
    ) -> None: ...
    def get_frozen_credentials(self) -> ReadOnlyCredentials: ...

class RefreshableCredentials(Credentials):
    def __init__(
        self,
        access_key: str,
        secret_key: str,
        token: str | None,
        expiry_time: datetime,
        refresh_using: Callable[[], dict[str, Any]],
        method: str,
        time_fetcher: Callable[[], datetime] = ...,
        advisory_timeout: int | None = None,
        mandatory_timeout: int | None = None,
    ) -> None: ...
    @classmethod
    def create_from_metadata(
        cls,
        metadata: dict[str, Any],
        refresh_using: Callable[[], dict[str, Any]],
        method: str,
        advisory_timeout: int | None = None,
        mandatory_timeout: int | None = None,
    ) -> RefreshableCredentials: ...
    def refresh_needed(self, refresh_in: int | None = None) -> bool: ...
