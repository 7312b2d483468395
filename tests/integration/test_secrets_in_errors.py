"""No credential is reachable from an exception or a hook payload.

aiohttp's errors keep the request's `request_info`, whose headers hold the
Authorization header and the session token; the SDK's error chains them as
`__cause__`. A server that answers with a malformed HTTP response makes aiohttp raise
such an error.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest

from aioworkspaces import ClientConfig, Credentials, ResponseEvent, WorkSpacesClient
from aioworkspaces.errors import TransportError, WorkSpacesError
from tests.support import REGION

TOKEN = "FwoGZXIvYXdzSESSION-TOKEN-NEVER-SHOWN-0123456789"
CREDENTIALS = Credentials("AKIDVISIBLE000002", "secret-NEVER-SHOWN-0123456789", TOKEN)


@pytest.fixture
async def malformed_server() -> AsyncIterator[str]:
    """Answers every request with a status line and a header aiohttp cannot parse."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nBad Header Line\r\nContent-Length: 2\r\n\r\n{}")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        yield f"http://127.0.0.1:{port}"


def chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += (current.__cause__, current.__context__)


def texts(error: BaseException) -> list[str]:
    found = []
    for exc in chain(error):
        found += [str(exc), repr(exc), repr(exc.args), repr(vars(exc))]
        info = getattr(exc, "request_info", None)
        if info is not None:
            found += [repr(info), repr(dict(info.headers))]
    return found


def leaked(text: str) -> bool:
    return TOKEN in text or "Signature=" in text or "secret-NEVER-SHOWN" in text


async def test_no_credential_in_the_error_chain_or_the_hook_payload(
    malformed_server: str,
) -> None:
    events: list[ResponseEvent] = []
    async with WorkSpacesClient(
        REGION,
        credentials=CREDENTIALS,
        endpoint_url=malformed_server,
        config=ClientConfig(max_attempts=2),
    ) as client:
        client.hooks.on_response(events.append)
        with pytest.raises(TransportError) as caught:
            await client.describe_workspaces()
    error = caught.value
    assert any(getattr(e, "request_info", None) is not None for e in chain(error)), (
        "the test needs an aiohttp error carrying request_info"
    )
    assert not [t for t in texts(error) if leaked(t)]
    assert len(events) == 2
    for event in events:
        assert isinstance(event.error, WorkSpacesError)
        assert not leaked(repr(event))
        assert not [t for t in texts(event.error) if leaked(t)]
