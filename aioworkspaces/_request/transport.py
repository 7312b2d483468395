"""The HTTP transport: one aiohttp session, a bounded connection pool, timeouts."""

from __future__ import annotations

import asyncio
import os
import ssl
from collections.abc import Mapping

import aiohttp
import attrs

from .._config import ClientConfig
from ..errors import ConnectTimeoutError, ReadTimeoutError, TransportError

__all__ = ["HttpResponse", "Transport"]


@attrs.define(frozen=True, slots=True)
class HttpResponse:
    """A complete HTTP answer: status, headers (case-insensitive) and the whole body."""

    status: int
    headers: Mapping[str, str]
    body: bytes


class Transport:
    """Sends POST requests with aiohttp; owns its session unless given one."""

    def __init__(self, config: ClientConfig, session: aiohttp.ClientSession | None = None) -> None:
        self._config = config
        self._session = session
        self._owns_session = session is None
        self._timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=config.connect_timeout, sock_read=config.read_timeout
        )

    def _open(self) -> aiohttp.ClientSession:
        verify = self._config.verify
        ssl_arg: ssl.SSLContext | bool = (
            ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify
        )
        connector = aiohttp.TCPConnector(
            limit=self._config.max_pool_connections, ssl=ssl_arg, enable_cleanup_closed=True
        )
        return aiohttp.ClientSession(
            connector=connector,
            timeout=self._timeout,
            auto_decompress=True,
            skip_auto_headers=("User-Agent",),
        )

    async def send(self, url: str, headers: Mapping[str, str], body: bytes) -> HttpResponse:
        """POST `body` to `url`; any failure to get a whole answer is a `TransportError`."""
        session = self._session
        if session is None:
            session = self._session = self._open()
        try:
            async with session.post(
                url, data=body, headers=headers, timeout=self._timeout, allow_redirects=False
            ) as response:
                payload = await response.read()
                return HttpResponse(response.status, response.headers, payload)
        except asyncio.TimeoutError as exc:
            if isinstance(exc, aiohttp.ConnectionTimeoutError):
                raise ConnectTimeoutError(f"could not connect to {url} in time") from exc
            raise ReadTimeoutError(f"no answer from {url} within the read timeout") from exc
        except aiohttp.ClientConnectorError as exc:
            raise TransportError(f"could not connect to {url}: {_reason(exc)}") from exc
        except aiohttp.ClientError as exc:
            raise TransportError(f"{type(exc).__name__} talking to {url}: {exc}") from exc

    async def close(self) -> None:
        if self._session is not None and self._owns_session:
            await self._session.close()
        self._session = None


def _reason(exc: aiohttp.ClientConnectorError) -> str:
    # asyncio words a refused connection "Connect call failed"; the errno says why.
    # (TLS errors carry OpenSSL's codes in errno, and say why themselves.)
    error = exc.os_error
    if error.errno is not None and error.errno > 0 and not isinstance(error, ssl.SSLError):
        return f"{os.strerror(error.errno)} ({error})"
    return str(error or exc)
