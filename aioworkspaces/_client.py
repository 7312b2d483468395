"""`WorkSpacesClient`: the operations, composed over one pipeline."""

from __future__ import annotations

import asyncio
import os
import platform
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import aiohttp

from . import __version__
from ._config import ClientConfig
from ._hooks import Hooks
from ._operations import Operations
from ._request.credentials import (
    CredentialProvider,
    Credentials,
    CredentialSource,
    is_credential_source,
)
from ._request.endpoints import check_url, configured_endpoint, resolve_endpoint, resolve_region
from ._request.pipeline import Pipeline
from ._request.profiles import SharedConfig
from ._request.retries import RetryPolicy, retry_settings
from ._request.signing import Signer
from ._request.transport import Transport
from .errors import ConfigurationError, WorkSpacesError

if TYPE_CHECKING:
    from ._bulk import BulkOperations
    from ._paginators import Paginators
    from ._waiters import Waiters

__all__ = ["WorkSpacesClient"]

_R = TypeVar("_R")


class WorkSpacesClient(Operations):
    """An asyncio client for Amazon WorkSpaces.

    ```python
    async with WorkSpacesClient(region="eu-west-1") as client:
        result = await client.describe_workspaces(directory_id="d-1234567890")
    ```
    Region, credentials and endpoint follow the AWS SDK conventions (argument, then
    environment, then the shared config and credentials files, then the default
    credential chain); nothing blocking runs on the event loop.
    """

    def __init__(
        self,
        region: str | None = None,
        *,
        profile: str | None = None,
        credentials: Credentials | CredentialSource | None = None,
        endpoint_url: str | None = None,
        config: ClientConfig | None = None,
        session: aiohttp.ClientSession | None = None,
    ) -> None:
        _expect("config", config, ClientConfig)
        _expect("session", session, aiohttp.ClientSession)
        _expect("profile", profile, str)
        _expect("endpoint_url", endpoint_url, str)
        if endpoint_url is not None:
            check_url(endpoint_url)
        self.config = config if config is not None else ClientConfig()
        if credentials is not None and not (
            isinstance(credentials, Credentials) or is_credential_source(credentials)
        ):
            raise ConfigurationError(
                "credentials must be aioworkspaces.Credentials or botocore Credentials, "
                f"not {type(credentials).__name__}"
            )
        self._shared = SharedConfig(profile)
        self._shared.check()
        self.region = resolve_region(self._shared, region)
        mode, attempts = retry_settings(
            self.config.retry_mode
            or os.environ.get("AWS_RETRY_MODE")
            or self._shared.get("retry_mode"),
            self.config.max_attempts
            or os.environ.get("AWS_MAX_ATTEMPTS")
            or self._shared.get("max_attempts"),
        )
        self.retry_policy = RetryPolicy(mode, attempts)
        self.hooks = Hooks()
        self._endpoint_url = endpoint_url
        self._credentials = CredentialProvider(self._shared, credentials)
        self._transport = Transport(self.config, session)
        self._pipeline: Pipeline | None = None
        self._opening: asyncio.Lock | None = None
        self._closed = False

    # Built on first use: a program that never pages, waits or bulks never imports them.
    @cached_property
    def paginate(self) -> Paginators:
        """Async iteration over every operation that takes `NextToken`."""
        from . import _paginators as paginators

        return paginators.Paginators(self)

    @cached_property
    def wait(self) -> Waiters:
        """Waiters for WorkSpaces, images, directories and pools to reach a state."""
        from . import _waiters as waiters

        return waiters.Waiters(self)

    @cached_property
    def bulk(self) -> BulkOperations:
        """Create, start, stop, reboot, rebuild, terminate and describe any number of WorkSpaces."""
        from . import _bulk as bulk

        return bulk.BulkOperations(self)

    def __repr__(self) -> str:
        endpoint = self._pipeline.endpoint_url if self._pipeline else self._endpoint_url
        return f"<WorkSpacesClient region={self.region!r} endpoint={endpoint!r}>"

    @property
    def endpoint_url(self) -> str | None:
        """The endpoint in use, once the client is open."""
        return self._pipeline.endpoint_url if self._pipeline else None

    async def __aenter__(self) -> WorkSpacesClient:
        await self.open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def open(self) -> None:
        """Resolve the endpoint (off the loop); calls open the client by themselves too."""
        await self._open()

    async def _open(self) -> Pipeline:
        if self._closed:
            raise WorkSpacesError("this WorkSpacesClient is closed")
        if self._pipeline is not None:
            return self._pipeline
        if self._opening is None:
            self._opening = asyncio.Lock()
        async with self._opening:
            if self._pipeline is None:
                endpoint = configured_endpoint(self._shared, self._endpoint_url)
                if endpoint is None:  # the config file and the rules: botocore, off the loop
                    endpoint = await asyncio.to_thread(
                        resolve_endpoint, self._shared, self.region, self.config
                    )
                self._pipeline = Pipeline(
                    endpoint_url=endpoint,
                    credentials=self._credentials,
                    signer=Signer(self.region),
                    transport=self._transport,
                    retry_policy=self.retry_policy,
                    user_agent=self._user_agent(),
                    hooks=self.hooks,
                )
            return self._pipeline

    def _user_agent(self) -> str:
        agent = (
            f"aioworkspaces/{__version__} Python/{platform.python_version()} "
            f"aiohttp/{aiohttp.__version__}"
        )
        extra = self.config.user_agent_extra
        return f"{agent} {extra}" if extra else agent

    async def close(self) -> None:
        """Close the connections (not those of a caller-owned aiohttp session)."""
        self._closed = True
        await self._transport.close()

    async def _invoke(self, operation: str, request: Any, output: type[_R]) -> _R:
        pipeline = self._pipeline or await self._open()
        return await pipeline.invoke(operation, request, output)


def _expect(name: str, value: object, kind: type) -> None:
    """A clear error at construction for an argument of the wrong type."""
    if value is not None and not isinstance(value, kind):
        raise ConfigurationError(
            f"{name} must be a {kind.__name__} or None, not {type(value).__name__}"
        )
