"""Credentials: explicit, or botocore's default chain, resolved off the event loop.

botocore's chain (environment, shared credentials and config files, SSO, process,
container and instance metadata, assume-role) does blocking file and network I/O, so
every call into it runs in a worker thread. Refreshable credentials are refreshed,
also in a thread, when botocore says a refresh is due (before they expire).
"""

from __future__ import annotations

import asyncio
from typing import Any

import attrs
from botocore.credentials import Credentials as _BotocoreCredentials
from botocore.credentials import ReadOnlyCredentials, RefreshableCredentials
from botocore.session import Session

from .errors import CredentialsError

__all__ = ["CredentialProvider", "Credentials"]


@attrs.define(frozen=True, slots=True)
class Credentials:
    """An access key pair, with a session token for temporary credentials.

    The secret and the token never appear in a repr.
    """

    access_key: str
    secret_key: str = attrs.field(repr=False)
    token: str | None = attrs.field(default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        if not self.access_key or not self.secret_key:
            raise CredentialsError("Credentials need a non-empty access_key and secret_key")


class CredentialProvider:
    """Gives the frozen credentials to sign with, resolving and refreshing as needed."""

    def __init__(self, session: Session, explicit: Credentials | _BotocoreCredentials | None) -> None:
        self._session = session
        self._source: _BotocoreCredentials | None = None
        self._frozen: ReadOnlyCredentials | None = None
        self._lock = asyncio.Lock()
        if isinstance(explicit, Credentials):
            self._frozen = ReadOnlyCredentials(explicit.access_key, explicit.secret_key, explicit.token)
        elif explicit is not None:
            self._source = explicit

    def __repr__(self) -> str:
        return f"<CredentialProvider method={self.method!r}>"

    @property
    def method(self) -> str | None:
        """Where the credentials came from (botocore's name for it), once resolved."""
        if self._source is not None:
            return str(getattr(self._source, "method", "explicit"))
        return "explicit" if self._frozen is not None else None

    def _needs_refresh(self) -> bool:
        source = self._source
        return isinstance(source, RefreshableCredentials) and source.refresh_needed()

    async def get(self) -> ReadOnlyCredentials:
        """The credentials to sign the next request with."""
        frozen = self._frozen
        if frozen is not None and not self._needs_refresh():
            return frozen
        async with self._lock:
            if self._frozen is None or self._needs_refresh():
                self._frozen = await asyncio.to_thread(self._resolve)
            return self._frozen

    def _resolve(self) -> ReadOnlyCredentials:
        # Runs in a worker thread: the chain and refreshes may block on I/O.
        try:
            if self._source is None:
                self._source = self._session.get_credentials()
            if self._source is None:
                raise CredentialsError(
                    "no AWS credentials found: pass credentials=, set AWS_ACCESS_KEY_ID and "
                    "AWS_SECRET_ACCESS_KEY, or configure a profile"
                )
            frozen = self._source.get_frozen_credentials()
        except CredentialsError:
            raise
        except Exception as exc:  # a refresh callable may raise anything
            raise CredentialsError(f"could not resolve credentials: {_safe(exc)}") from None
        if not frozen.access_key or not frozen.secret_key:
            raise CredentialsError("the credentials found have no access key or secret key")
        return frozen


def _safe(exc: Any) -> str:
    # botocore's messages name the provider and the problem, never the secret.
    return f"{type(exc).__name__}: {exc}"
