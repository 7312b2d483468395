"""Credentials: explicit, the environment, or botocore's default chain off the event loop.

Explicit keys and `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` (what botocore's
chain would find first) are used as they are. Anything else goes to botocore's chain
(shared credentials and config files, SSO, process, container and instance metadata,
assume-role), which does blocking file and network I/O, so every call into it runs in
a worker thread. Refreshable credentials are refreshed, also in a thread, when
botocore says a refresh is due (before they expire).
"""

from __future__ import annotations

import asyncio
import os
from typing import TYPE_CHECKING, Any, Protocol

from .._concurrency import in_thread
from .._exceptions import CredentialsError
from ..types._shape import field as _field_builder
from ..types._shape import frozen as _frozen_builder

if TYPE_CHECKING:
    from attrs import field as _field
    from attrs import frozen as _frozen

    from .profiles import SharedConfig
else:
    # `Credentials` is what `attrs.define(frozen=True, slots=True)` makes (type checkers see
    # that), its methods written out below as attrs would make them: attrs compiling
    # them cost more than the rest of this module's import (see types/_shape.py).
    _field = _field_builder
    _frozen = _frozen_builder

__all__ = ["CredentialProvider", "Credentials", "has_control_characters"]


@_frozen(kw_only=False, init=False, repr=False, eq=False)
class Credentials:
    """An access key pair, with a session token for temporary credentials.

    The secret and the token never appear in a repr.
    """

    access_key: str
    """The access key id (`AKIA...`, or `ASIA...` for temporary credentials)."""
    secret_key: str = _field(repr=False)
    """The secret access key."""
    token: str | None = _field(default=None, repr=False)
    """The session token of temporary credentials; `None` for a long-term key."""

    def __init__(self, access_key: str, secret_key: str, token: str | None = None) -> None:
        _set = object.__setattr__
        _set(self, "access_key", access_key)
        _set(self, "secret_key", secret_key)
        _set(self, "token", token)
        self.__attrs_post_init__()

    def __repr__(self) -> str:
        return f"Credentials(access_key={self.access_key!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Credentials)
        return (self.access_key, self.secret_key, self.token) == (
            other.access_key,
            other.secret_key,
            other.token,
        )

    def __hash__(self) -> int:
        return hash(("Credentials", self.access_key, self.secret_key, self.token))

    def __attrs_post_init__(self) -> None:
        if not self.access_key or not self.secret_key:
            raise CredentialsError("Credentials need a non-empty access_key and secret_key")
        for name in ("access_key", "secret_key", "token"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise CredentialsError(f"Credentials.{name} must be a str")
            # The key id and the token travel in headers: a CR or LF there would split
            # them (and the value is a secret: never quoted in the message).
            if value is not None and has_control_characters(value):
                raise CredentialsError(
                    f"Credentials.{name} contains a control character (CR, LF, ...)"
                )


class CredentialSource(Protocol):
    """What the SDK uses of a botocore `Credentials` (or `RefreshableCredentials`)."""

    def get_frozen_credentials(self) -> Any: ...


def has_control_characters(text: str) -> bool:
    """Whether `text` holds a character no HTTP header value may carry (tab aside)."""
    return any((ord(c) < 0x20 and c != "\t") or ord(c) == 0x7F for c in text)


def is_credential_source(value: object) -> bool:
    return callable(getattr(value, "get_frozen_credentials", None))


def _from_environment() -> Credentials | None:
    # botocore's EnvProvider without botocore; credentials with an expiry env var
    # are refreshable, so those go through botocore's chain.
    access_key = os.environ.get("AWS_ACCESS_KEY_ID")
    secret_key = os.environ.get("AWS_SECRET_ACCESS_KEY")
    if not access_key or not secret_key or os.environ.get("AWS_CREDENTIAL_EXPIRATION"):
        return None
    token = os.environ.get("AWS_SESSION_TOKEN") or os.environ.get("AWS_SECURITY_TOKEN")
    return Credentials(access_key, secret_key, token or None)


_NONE_FOUND = (
    "no AWS credentials found: pass credentials=, set AWS_ACCESS_KEY_ID and "
    "AWS_SECRET_ACCESS_KEY, or configure a profile"
)


class CredentialProvider:
    """Gives the credentials to sign with, resolving and refreshing as needed."""

    def __init__(
        self, shared: SharedConfig, explicit: Credentials | CredentialSource | None
    ) -> None:
        self._shared = shared
        self._source: CredentialSource | None = None
        self._frozen: Credentials | None = None
        self._method: str | None = None
        self._lock = asyncio.Lock()
        self._none_found = False
        if isinstance(explicit, Credentials):
            self._frozen, self._method = explicit, "explicit"
        elif explicit is not None:
            self._source = explicit
        elif shared.explicit_profile is None:
            # As botocore: an explicitly named profile takes precedence over the environment.
            self._frozen = _from_environment()
            self._method = "env" if self._frozen else None

    def __repr__(self) -> str:
        return f"<CredentialProvider method={self.method!r}>"

    @property
    def method(self) -> str | None:
        """Where the credentials came from (botocore's name for it), once resolved."""
        if self._source is not None:
            return str(getattr(self._source, "method", "explicit"))
        return self._method

    def _needs_refresh(self) -> bool:
        refresh_needed = getattr(self._source, "refresh_needed", None)
        return bool(refresh_needed()) if refresh_needed is not None else False

    async def get(self) -> Credentials:
        """The credentials to sign the next request with."""
        frozen = await self.get_if_any()
        if frozen is None:
            raise CredentialsError(_NONE_FOUND)
        return frozen

    async def get_if_any(self) -> Credentials | None:
        """As `get`, but None when no credentials are configured anywhere (a failing
        source is still an error)."""
        frozen = self._frozen
        # While a refresh runs (the lock is held), the source may already hold the new
        # keys before `_frozen` does: wait for it rather than sign with the old ones.
        if frozen is not None and (
            self._source is None or (not self._lock.locked() and not self._needs_refresh())
        ):
            return frozen
        if self._none_found:
            return None
        async with self._lock:
            if self._frozen is None or self._needs_refresh():
                self._frozen = await in_thread(self._resolve)
                self._none_found = self._frozen is None
            return self._frozen

    def _resolve(self) -> Credentials | None:
        # Runs in a worker thread: the chain and refreshes may block on I/O.
        try:
            if self._source is None:
                self._source = self._shared.botocore_session().get_credentials()
            if self._source is None:
                return None
            frozen = self._source.get_frozen_credentials()
        except CredentialsError:
            raise
        except Exception as exc:  # a refresh callable may raise anything
            raise CredentialsError(f"could not resolve credentials: {_safe(exc)}") from None
        access_key = getattr(frozen, "access_key", None)
        secret_key = getattr(frozen, "secret_key", None)
        token = getattr(frozen, "token", None)
        if not access_key or not secret_key:
            raise CredentialsError("the credentials found have no access key or secret key")
        return Credentials(access_key, secret_key, token or None)


def _safe(exc: Any) -> str:
    # botocore's messages name the provider and the problem, never the secret.
    return f"{type(exc).__name__}: {exc}"
