"""What the tests use of Python 3.11's standard library, on Python 3.10 too.

`timeout` is `asyncio.timeout` (3.11+) or `async_timeout.timeout`, its backport, on
3.10; either raises `asyncio.TimeoutError` (the builtin `TimeoutError` from 3.11 on,
a different class on 3.10: catch `asyncio.TimeoutError`). `assert_type` comes from
typing_extensions, which has it on every version.
"""

from __future__ import annotations

import sys

from typing_extensions import assert_type

if sys.version_info >= (3, 11):
    from asyncio import timeout
else:  # pragma: no cover - exercised by the 3.10 session of noxfile.py
    from async_timeout import timeout

__all__ = ["assert_type", "timeout"]
