"""Client configuration, with botocore's defaults."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from ._exceptions import ConfigurationError
from .types._shape import field as _field_builder
from .types._shape import frozen as _frozen_builder

if TYPE_CHECKING:
    from attrs import field as _field
    from attrs import frozen as _frozen
else:
    # `ClientConfig` is what `attrs.define(frozen=True, kw_only=True, slots=True)` makes
    # (type checkers see that), its methods written out below as attrs would make them:
    # attrs compiling them (and importing `attrs`) was most of this module's import
    # (see types/_shape.py).
    _field = _field_builder
    _frozen = _frozen_builder

__all__ = ["ClientConfig", "RetryMode"]

RetryMode = Literal["standard", "adaptive", "legacy"]
"""The retry modes of the AWS SDKs, as `ClientConfig.retry_mode` and `AWS_RETRY_MODE` name them."""


def _ceilings(value: Mapping[str, float] | None) -> Mapping[str, float] | None:
    """Checked at construction: known operations, positive numbers."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ConfigurationError(
            f"rate_limits must map operation names to requests per second, not {value!r}"
        )
    from . import _tables  # the operation tables: only for configured limits

    problems = []
    for name, rate in value.items():
        known = name == "*" or name in _tables.OPERATIONS or name in _tables.METHODS
        if not known:
            problems.append(f"{name!r} is not an operation")
        elif isinstance(rate, bool) or not isinstance(rate, (int, float)) or not rate > 0:
            problems.append(f"{name}: requests per second must be a number > 0, not {rate!r}")
    if problems:
        raise ConfigurationError("rate_limits: " + "; ".join(problems))
    return dict(value)


def _redacted_repr(proxies: Mapping[str, str] | None) -> str:
    # The repr of `ClientConfig.proxies`: no user or password.
    return repr(redact_proxies(proxies))


@_frozen(kw_only=True, init=False, repr=False, eq=False)
class ClientConfig:
    """How a `WorkSpacesClient` connects, retries and identifies itself.

    `None` means "as the environment or the shared config file says, else botocore's
    default" for the settings AWS SDKs read from there (retry mode, max attempts,
    FIPS and dual-stack endpoints).
    """

    retry_mode: RetryMode | None = None
    """`standard` (the default), `adaptive` or `legacy`. Client-side rate limiting, which
    botocore's `adaptive` adds, is `pacing` here, per operation and on in every mode."""
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
    verify: bool | str | None = None
    """TLS verification: a path to a CA bundle, `True` for the system's CAs, or `False`
    to turn it off. `None` (the default) verifies against `AWS_CA_BUNDLE`, else the
    config file's `ca_bundle`, else the system's CAs, as botocore does."""
    proxies: Mapping[str, str] | None = _field(default=None, repr=_redacted_repr)
    """Proxy URL by scheme of the endpoint, as botocore's `Config(proxies=...)`:
    `{"https": "http://proxy:3128", "http": ...}`; user and password may be in the URL
    (never logged). `None` (the default) reads `HTTPS_PROXY`, `HTTP_PROXY` and
    `NO_PROXY` (and their lowercase forms) from the environment; `{}` uses no proxy."""
    call_timeout: float | None = 600.0
    """Seconds one call may take in all, retries and the waits between them included;
    past it the call raises `DeadlineExceededError` and leaves no connection behind.
    `None` for no limit. Unlike `read_timeout`, a server that trickles bytes cannot
    stretch it."""
    max_response_size: int = 16 * 1024 * 1024
    """Largest answer body read, in bytes (16 MiB by default; WorkSpaces answers are a
    few hundred KiB at most). A longer answer ends the call with
    `ResponseTooLargeError`. Answers are asked for uncompressed (`Accept-Encoding:
    identity`, as aiobotocore does), so this bounds memory too."""
    sleep: Callable[[float], Awaitable[object]] | None = _field(default=None, repr=False)
    """Waits between retries and between waiter polls (`asyncio.sleep` when `None`).
    Tests pass a function that returns at once, or records the delays."""
    jitter: Callable[[], float] | None = _field(default=None, repr=False)
    """The random source of the backoff jitter of retries and waiters: returns a float
    in [0, 1) (`random.random` when `None`). `lambda: 0.0` retries at once; a seeded
    `random.Random(n).random` makes the delays reproducible."""
    pacing: bool = True
    """Pace each operation at the rate the service allows, learned from its throttling
    answers; a throttled request waits for its next slot instead of spending an attempt
    (up to 10 times a call). False: throttles are retried like other errors."""
    rate_limits: Mapping[str, float] | None = _field(default=None, converter=_ceilings)
    """Requests a second at most, per operation, whether or not `pacing` is on:
    `{"DescribeTags": 1.5}` (or `describe_tags`); the key `"*"` sets it for the others."""

    # Written out as attrs would make them (the defaults are the ones declared above;
    # tests/unit/test_handwritten_frozen.py holds the two to each other).
    def __init__(
        self,
        *,
        retry_mode: RetryMode | None = None,
        max_attempts: int | None = None,
        connect_timeout: float = 60.0,
        read_timeout: float = 60.0,
        max_pool_connections: int = 10,
        use_fips_endpoint: bool | None = None,
        use_dualstack_endpoint: bool | None = None,
        user_agent_extra: str | None = None,
        verify: bool | str | None = None,
        proxies: Mapping[str, str] | None = None,
        call_timeout: float | None = 600.0,
        max_response_size: int = 16 * 1024 * 1024,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        jitter: Callable[[], float] | None = None,
        pacing: bool = True,
        rate_limits: Mapping[str, float] | None = None,
    ) -> None:
        _set = object.__setattr__
        _set(self, "retry_mode", retry_mode)
        _set(self, "max_attempts", max_attempts)
        _set(self, "connect_timeout", connect_timeout)
        _set(self, "read_timeout", read_timeout)
        _set(self, "max_pool_connections", max_pool_connections)
        _set(self, "use_fips_endpoint", use_fips_endpoint)
        _set(self, "use_dualstack_endpoint", use_dualstack_endpoint)
        _set(self, "user_agent_extra", user_agent_extra)
        _set(self, "verify", verify)
        _set(self, "proxies", proxies)
        _set(self, "call_timeout", call_timeout)
        _set(self, "max_response_size", max_response_size)
        _set(self, "sleep", sleep)
        _set(self, "jitter", jitter)
        _set(self, "pacing", pacing)
        _set(self, "rate_limits", _ceilings(rate_limits))
        self.__attrs_post_init__()

    def __repr__(self) -> str:
        # `sleep` and `jitter` are left out (repr=False), `proxies` shown redacted.
        return (
            f"ClientConfig(retry_mode={self.retry_mode!r}, max_attempts={self.max_attempts!r}, "
            f"connect_timeout={self.connect_timeout!r}, read_timeout={self.read_timeout!r}, "
            f"max_pool_connections={self.max_pool_connections!r}, "
            f"use_fips_endpoint={self.use_fips_endpoint!r}, "
            f"use_dualstack_endpoint={self.use_dualstack_endpoint!r}, "
            f"user_agent_extra={self.user_agent_extra!r}, verify={self.verify!r}, "
            f"proxies={_redacted_repr(self.proxies)}, call_timeout={self.call_timeout!r}, "
            f"max_response_size={self.max_response_size!r}, pacing={self.pacing!r}, "
            f"rate_limits={self.rate_limits!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ClientConfig)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(("ClientConfig", *self._values()))

    def _values(self) -> tuple[object, ...]:
        return (
            self.retry_mode,
            self.max_attempts,
            self.connect_timeout,
            self.read_timeout,
            self.max_pool_connections,
            self.use_fips_endpoint,
            self.use_dualstack_endpoint,
            self.user_agent_extra,
            self.verify,
            self.proxies,
            self.call_timeout,
            self.max_response_size,
            self.sleep,
            self.jitter,
            self.pacing,
            self.rate_limits,
        )

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
        if self.call_timeout is not None and not self.call_timeout > 0:
            raise ConfigurationError(f"call_timeout must be > 0 or None, not {self.call_timeout}")
        if self.max_response_size < 1:
            raise ConfigurationError(
                f"max_response_size must be >= 1, not {self.max_response_size}"
            )
        for name in ("sleep", "jitter"):
            if getattr(self, name) is not None and not callable(getattr(self, name)):
                raise ConfigurationError(f"{name} must be callable or None")
        if self.proxies is not None:
            check_proxies(self.proxies)
        if self.max_pool_connections < 1:
            raise ConfigurationError(
                f"max_pool_connections must be >= 1, not {self.max_pool_connections}"
            )


def check_proxies(proxies: Mapping[str, str]) -> None:
    """Refuse a proxies mapping aiohttp could not use, naming the entry (not its secret)."""
    if not isinstance(proxies, Mapping):
        raise ConfigurationError(f"proxies must be a mapping, not {type(proxies).__name__}")
    for scheme, url in proxies.items():
        if scheme not in ("http", "https"):
            raise ConfigurationError(f"proxies: key {scheme!r} must be 'http' or 'https'")
        try:
            parts = urlsplit(url) if isinstance(url, str) else None
            valid = parts is not None and parts.scheme in ("http", "https") and parts.hostname
            if parts is not None:
                parts.port  # noqa: B018 (raises ValueError for a bad port)
        except ValueError:
            valid = False
        if not valid:
            raise ConfigurationError(
                f"proxies[{scheme!r}] must be an http:// or https:// URL with a host, "
                f"not {redact_url(url) if isinstance(url, str) else type(url).__name__!r}"
            )


def redact_url(url: str) -> str:
    """`url` with its user and password replaced by `***` (for logs and reprs)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return parts._replace(netloc=f"***@{host}").geturl()


def redact_proxies(proxies: Mapping[str, str] | None) -> dict[str, str] | None:
    if proxies is None:
        return None
    return {k: redact_url(v) if isinstance(v, str) else v for k, v in proxies.items()}
