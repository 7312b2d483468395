"""A service that throttles: a token bucket per operation, as AWS limits WorkSpaces.

Plugged into `FaultServer` as its responder: each request takes a token from its
operation's bucket and gets a minimal valid answer, or a `ThrottlingException` when
the bucket is empty.

```python
buckets = TokenBuckets(rate=2, burst=5)
with FaultServer(buckets, keep_requests=False) as server:
    ...
print(buckets.throttled["DescribeWorkspaces"])
```
"""

from __future__ import annotations

import time
from collections import Counter

from tests.support.fault_server import Received, Reply, error_reply, json_reply

__all__ = ["TokenBuckets"]

#: A minimal valid answer per operation (anything else: `{}`).
_ANSWERS: dict[str, dict[str, list[object]]] = {
    "DescribeWorkspaces": {"Workspaces": []},
    "DescribeTags": {"TagList": []},
    "DescribeWorkspacesConnectionStatus": {"WorkspacesConnectionStatus": []},
}


class TokenBuckets:
    """`rate` requests a second per operation, `burst` at once (`limits` per operation)."""

    def __init__(
        self, rate: float, burst: float, limits: dict[str, tuple[float, float]] | None = None
    ) -> None:
        self.default = (rate, burst)
        self.limits = dict(limits or {})
        self.accepted: Counter[str] = Counter()
        self.throttled: Counter[str] = Counter()
        self._buckets: dict[str, tuple[float, float]] = {}  # operation -> (tokens, at)

    def __call__(self, received: Received) -> Reply:
        operation = received.operation
        rate, burst = self.limits.get(operation, self.default)
        now = time.monotonic()
        tokens, at = self._buckets.get(operation, (burst, now))
        tokens = min(burst, tokens + (now - at) * rate)
        if tokens < 1:
            self._buckets[operation] = (tokens, now)
            self.throttled[operation] += 1
            return error_reply("ThrottlingException", 400, "Rate exceeded")
        self._buckets[operation] = (tokens - 1, now)
        self.accepted[operation] += 1
        return json_reply(_ANSWERS.get(operation, {}))
