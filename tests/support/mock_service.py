"""A scripted service on `aioworkspaces.testing.MockTransport`: answers queued in order.

```python
service = ScriptedService()
service.post(ENDPOINT, status=400, body='{"__type": "ThrottlingException"}')
service.post(ENDPOINT, body='{"TagList": []}')
client = WorkSpacesClient(REGION, transport=service.transport, config=service.config())
...
service.requests    # every HttpRequest the client sent, in order
service.delays      # every wait the client made between retries
```
"""

from __future__ import annotations

from collections import deque
from typing import Any

import attrs

from aioworkspaces import ClientConfig, HttpRequest, HttpResponse
from aioworkspaces.errors import WorkSpacesError
from aioworkspaces.testing import MockTransport

__all__ = ["ScriptedService"]


@attrs.define(frozen=True)
class _Scripted:
    url: str
    response: HttpResponse | None
    exception: WorkSpacesError | None
    repeat: bool


class ScriptedService:
    """Answers each request with the next scripted reply, for the URL it was sent to."""

    def __init__(self) -> None:
        self._script: deque[_Scripted] = deque()
        self.requests: list[HttpRequest] = []
        self.delays: list[float] = []
        self.transport = MockTransport(self._handle)

    def post(
        self,
        url: str,
        *,
        status: int = 200,
        body: str | bytes = b"",
        headers: dict[str, str] | None = None,
        content_type: str = "application/x-amz-json-1.1",
        exception: WorkSpacesError | None = None,
        repeat: bool = False,
    ) -> None:
        """Queue an answer (or a raised `exception`); `repeat` keeps it for every request."""
        raw = body.encode() if isinstance(body, str) else body
        response = HttpResponse(status, {"Content-Type": content_type, **(headers or {})}, raw)
        self._script.append(_Scripted(url, response, exception, repeat))

    async def sleep(self, delay: float) -> None:
        """A `ClientConfig.sleep` that records the delay and returns at once."""
        self.delays.append(delay)

    def config(self, **settings: Any) -> ClientConfig:
        """A `ClientConfig` whose waits are recorded, not slept."""
        return ClientConfig(sleep=self.sleep, **settings)

    def _handle(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        if not self._script:
            raise AssertionError(f"no answer scripted for {request.operation}")
        scripted = self._script[0]
        if not scripted.repeat:
            self._script.popleft()
        assert request.url == scripted.url, f"sent to {request.url}, expected {scripted.url}"
        if scripted.exception is not None:
            raise scripted.exception
        assert scripted.response is not None
        return scripted.response
