"""Client configuration, with botocore's defaults."""

from __future__ import annotations

from typing import Literal

import attrs

from .errors import ConfigurationError

__all__ = ["ClientConfig", "RetryMode"]

RetryMode = Literal["standard", "adaptive", "legacy"]


@attrs.define(frozen=True, kw_only=True, slots=True)
class ClientConfig:
    """How a `WorkSpacesClient` connects, retries and identifies itself.

    `None` means "as the environment or the shared config file says, else botocore's
    default" for the settings AWS SDKs read from there (retry mode, max attempts,
    FIPS and dual-stack endpoints).
    """

    retry_mode: RetryMode | None = None
    """`standard` (the default), `adaptive` (adds client-side rate limiting) or `legacy`."""
    max_attempts: int | None = None
    """Total attempts per call, the first included (standard default: 3)."""
    connect_timeout: float = 60.0
    """Seconds to wait for a connection."""
    read_timeout: float = 60.0
    """Seconds to wait for the service between bytes of the answer."""
    max_pool_connections: int = 10
    """Connections kept open to the endpoint at most."""
    use_fips_endpoint: bool | None = None
    """Use the FIPS endpoint of the region."""
    use_dualstack_endpoint: bool | None = None
    """Use the dual-stack (IPv4 and IPv6) endpoint of the region."""
    user_agent_extra: str | None = None
    """Appended to the User-Agent header."""
    verify: bool | str = True
    """TLS verification: on by default; a path to a CA bundle, or False to turn it off."""

    def __attrs_post_init__(self) -> None:
        if self.retry_mode not in (None, "standard", "adaptive", "legacy"):
            raise ConfigurationError(
                f"retry_mode must be standard, adaptive or legacy, not {self.retry_mode!r}"
            )
        if self.max_attempts is not None and self.max_attempts < 1:
            raise ConfigurationError(f"max_attempts must be >= 1, not {self.max_attempts}")
        for name in ("connect_timeout", "read_timeout"):
            if getattr(self, name) <= 0:
                raise ConfigurationError(f"{name} must be > 0, not {getattr(self, name)}")
        if self.max_pool_connections < 1:
            raise ConfigurationError(
                f"max_pool_connections must be >= 1, not {self.max_pool_connections}"
            )
