"""`WorkSpacesClient`: the operations, composed over one pipeline."""

from __future__ import annotations

import asyncio
import os
import platform
import random
import sys
import warnings
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import aiohttp

from . import __version__
from ._concurrency import in_thread
from ._config import ClientConfig, RetryMode
from ._exceptions import ClientClosedError, ConfigurationError, UsageError
from ._hooks import Hooks
from ._operations import Operations
from ._request.credentials import (
    CredentialProvider,
    Credentials,
    CredentialSource,
    has_control_characters,
    is_credential_source,
)
from ._request.endpoints import (
    botocore_endpoint,
    check_url,
    configured_endpoint,
    is_cleartext,
    resolve_region,
    rules_endpoint,
)
from ._request.pipeline import Pipeline
from ._request.profiles import SharedConfig
from ._request.retries import RetryPolicy, retry_settings
from ._request.signing import Signer
from ._request.transport import AiohttpTransport, Transport

if TYPE_CHECKING:
    from ._bulk import BulkOperations
    from ._client_exceptions import ClientExceptions
    from ._paginators import Paginators
    from ._waiters import Waiters

__all__ = ["WorkSpacesClient"]

_R = TypeVar("_R")


class _ExceptionsOnFirstUse:
    """`WorkSpacesClient.exceptions`, made the first time it is read: it loads the error
    classes of `aioworkspaces.errors`, which a program whose calls succeed never needs."""

    def __get__(self, instance: object, owner: type) -> ClientExceptions:
        from ._client_exceptions import ClientExceptions

        made = ClientExceptions()
        type.__setattr__(owner, "exceptions", made)  # later reads: a plain class attribute
        return made


class WorkSpacesClient(Operations):
    """An asyncio client for Amazon WorkSpaces.

    ```python
    async with WorkSpacesClient(region="eu-west-1") as client:
        result = await client.describe_workspaces(directory_id="d-1234567890")
    ```
    Region, credentials and endpoint follow the AWS SDK conventions (argument, then
    environment, then the shared config and credentials files, then the default
    credential chain); nothing blocking runs on the event loop.

    Attributes:
        region (str): The region the client signs for and whose endpoint it calls.
        config (ClientConfig): The settings it was made with (`ClientConfig()` if none).
        retry_policy: The retry mode (`.mode`) and attempts per call (`.max_attempts`) in
            force, from `config`, else `AWS_RETRY_MODE` / `AWS_MAX_ATTEMPTS`, else the
            config file.
        hooks (Hooks): Callables run before and after every attempt.
    """

    if TYPE_CHECKING:
        exceptions: ClassVar[ClientExceptions]
    else:
        exceptions = _ExceptionsOnFirstUse()
    """The service error classes by name, as botocore's `client.exceptions` has them."""

    def __init__(
        self,
        region: str | None = None,
        *,
        profile: str | None = None,
        credentials: Credentials | CredentialSource | None = None,
        endpoint_url: str | None = None,
        config: ClientConfig | None = None,
        session: aiohttp.ClientSession | None = None,
        transport: Transport | None = None,
    ) -> None:
        _expect("config", config, ClientConfig)
        _expect("session", session, aiohttp.ClientSession)
        _expect("transport", transport, Transport)
        if session is not None and transport is not None:
            raise ConfigurationError(
                "pass session= or transport=, not both (give the session to the transport)"
            )
        _expect("profile", profile, str)
        _expect("endpoint_url", endpoint_url, str)
        if endpoint_url is not None:
            check_url(endpoint_url)
        self.config = config if config is not None else ClientConfig()
        _check_header_text("config.user_agent_extra", self.config.user_agent_extra)
        if credentials is not None and not (
            isinstance(credentials, Credentials) or is_credential_source(credentials)
        ):
            raise ConfigurationError(
                "credentials must be aioworkspaces.Credentials or botocore Credentials, "
                f"not {type(credentials).__name__}"
            )
        self._shared = SharedConfig(profile)
        self._region_argument = region
        # From the arguments and the environment now; the shared config file can only
        # add to them (a region, retry settings), see _settle.
        given_region = (
            region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
        )
        self.region: str | None = (
            resolve_region(self._shared, given_region) if given_region else None
        )
        self._provisional_retries = self._retry_settings(files=False)
        self.retry_policy = RetryPolicy(
            *self._provisional_retries, rng=self.config.jitter or random.random
        )
        self._settled = False
        if not _on_a_running_loop():
            # No event loop to block: read the files now, so a missing region or an
            # unknown profile fails at construction. On a loop, open() reads them, in
            # a worker thread.
            self._settle()
        self.hooks = Hooks()
        self._endpoint_url = endpoint_url
        self._credentials = CredentialProvider(self._shared, credentials)
        # A transport given by the caller stays the caller's, like a given session.
        self._owns_transport = transport is None
        self._transport: Transport = transport or AiohttpTransport._for_client(
            self.config, session, self._shared
        )
        self._pipeline: Pipeline | None = None
        self._opening: asyncio.Lock | None = None
        self._closed = False
        self._loop: asyncio.AbstractEventLoop | None = None
        # Calls in flight, so that close() can end them; and those it ended.
        self._in_flight: set[asyncio.Task[Any]] = set()
        self._ended_by_close: set[asyncio.Task[Any]] = set()

    def _retry_settings(self, *, files: bool) -> tuple[RetryMode, int]:
        def setting(name: str, given: object, variable: str) -> Any:
            return given or os.environ.get(variable) or (self._shared.get(name) if files else None)

        return retry_settings(
            setting("retry_mode", self.config.retry_mode, "AWS_RETRY_MODE"),
            setting("max_attempts", self.config.max_attempts, "AWS_MAX_ATTEMPTS"),
        )

    def _settle(self) -> None:
        """Complete the settings from the shared config file. Blocking: file I/O."""
        self._shared.check()
        self.region = resolve_region(self._shared, self._region_argument)
        retries = self._retry_settings(files=True)
        if retries != self._provisional_retries:  # the file set them
            self.retry_policy = RetryPolicy(*retries, rng=self.config.jitter or random.random)
        self._settled = True

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
    def transport(self) -> Transport:
        """What the client sends its signed requests through: an `AiohttpTransport`
        unless `transport=` gave another (or a `Stubber` stands in for it)."""
        return self._transport

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
            raise ClientClosedError("this WorkSpacesClient is closed")
        if self._pipeline is not None:
            return self._pipeline
        if self._opening is None:
            self._opening = asyncio.Lock()
        async with self._opening:
            if self._pipeline is None:
                if not self._settled:
                    await in_thread(self._settle)
                assert self.region is not None
                # The files were read by _settle: this reads no file.
                endpoint = configured_endpoint(self._shared, self._endpoint_url)
                if endpoint is None:  # the model's rules, generated: no file, no botocore
                    endpoint = rules_endpoint(self._shared, self.region, self.config)
                if endpoint is None:  # the services section of the config file: botocore
                    endpoint = await in_thread(
                        botocore_endpoint, self._shared, self.region, self.config
                    )
                if is_cleartext(endpoint):  # once per client: the pipeline is built once
                    warnings.warn(
                        f"endpoint {endpoint} is plain http to a host other than this "
                        "machine: signed requests and answers travel unencrypted",
                        UserWarning,
                        stacklevel=3,
                    )
                self._pipeline = Pipeline(
                    endpoint_url=endpoint,
                    credentials=self._credentials,
                    signer=Signer(self.region),
                    transport=self._transport,
                    retry_policy=self.retry_policy,
                    user_agent=self._user_agent(),
                    hooks=self.hooks,
                    sleep=self.config.sleep or asyncio.sleep,
                    call_timeout=self.config.call_timeout,
                    pacing=self.config.pacing,
                    rate_limits=self.config.rate_limits,
                    concurrency=self.config.max_pool_connections,
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
        """Close the client, for good: calls in flight end with `ClientClosedError` (they
        are never sent again), later calls raise it before sending anything. Closes the
        connections, not a caller-owned aiohttp session or transport."""
        self._closed = True
        current = asyncio.current_task()
        for task in self._in_flight:
            if task is not current and not task.done():
                self._ended_by_close.add(task)
                task.cancel()
        if self._owns_transport:
            await self._transport.close()

    async def _invoke(self, operation: str, request: Any, output: type[_R]) -> _R:
        if self._closed:
            raise ClientClosedError(
                f"{operation}: this WorkSpacesClient is closed; nothing was sent"
            )
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            self._bind(loop, operation)
        task = asyncio.current_task()
        assert task is not None
        self._in_flight.add(task)
        try:
            pipeline = self._pipeline or await self._open()
            return await pipeline.invoke(operation, request, output)
        except asyncio.CancelledError:
            if task not in self._ended_by_close:
                raise
            self._ended_by_close.discard(task)
            if sys.version_info >= (3, 11):
                task.uncancel()
            raise ClientClosedError(
                f"{operation}: the client was closed while the call was in flight; it was "
                "not sent again (the service may or may not have received it)"
            ) from None
        finally:
            self._in_flight.discard(task)

    def _bind(self, loop: asyncio.AbstractEventLoop, operation: str) -> None:
        """Tie the client to the first event loop that calls it; refuse any other."""
        if self._loop is None:
            self._loop = loop
            return
        raise UsageError(
            f"{operation}: this WorkSpacesClient was first used on another event loop; its "
            "connections belong to that loop. Create one client per event loop"
        )

    def _use_transport(self, transport: Transport) -> Transport:
        """Send through `transport` from now on; returns the one used until now.

        For `aioworkspaces.testing.Stubber`, which stands in for the network while active.
        """
        previous, self._transport = self._transport, transport
        if self._pipeline is not None:
            self._pipeline.transport = transport
        return previous


def _on_a_running_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _check_header_text(name: str, value: object) -> None:
    """A clear error at construction for a header value that cannot be sent as one."""
    if value is None:
        return
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a str or None, not {type(value).__name__}")
    if has_control_characters(value):
        raise ConfigurationError(
            f"{name} contains a control character (CR, LF, ...): {value!r} cannot be "
            "sent in an HTTP header"
        )


def _expect(name: str, value: object, kind: type) -> None:
    """A clear error at construction for an argument of the wrong type."""
    if value is not None and not isinstance(value, kind):
        raise ConfigurationError(
            f"{name} must be a {kind.__name__} or None, not {type(value).__name__}"
        )
