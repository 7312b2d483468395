"""Async iteration over `NextToken` pagination."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar

import attrs

from .errors import PaginationError, ParamValidationError

__all__ = ["Pager"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")


class Pager(Generic[ItemT, PageT]):
    """The pages of one paginated operation, and the items on them.

    `async for item in pager` yields the items across pages; `pager.pages()` yields
    the results, trimmed as botocore trims them to `max_items` and a mid-page
    `starting_token`. With `max_items` iteration stops after that many items and
    `resume_token` holds the token that continues exactly where it stopped (pass it as
    `starting_token`). The service returning a token it returned before ends
    iteration with `PaginationError` instead of looping forever.
    """

    def __init__(
        self,
        fetch: Callable[..., Awaitable[PageT]],
        params: dict[str, Any],
        *,
        items: Callable[[PageT], Sequence[ItemT] | None],
        next_token: Callable[[PageT], str | None],
        limit_key: str | None,
        page_size: int | None,
        max_items: int | None,
        starting_token: str | None,
    ) -> None:
        operation = getattr(fetch, "__name__", "paginate")
        if page_size is not None:
            if limit_key is None:
                raise ParamValidationError(
                    operation, ["page_size: this operation has no page size"]
                )
            if page_size < 1:
                raise ParamValidationError(operation, [f"page_size: must be >= 1, got {page_size}"])
            params = {**params, limit_key: page_size}
        if max_items is not None and max_items < 1:
            raise ParamValidationError(operation, [f"max_items: must be >= 1, got {max_items}"])
        self._fetch = fetch
        self._params = params
        self._items = items
        self._next_token = next_token
        self._max_items = max_items
        self._starting = _decode_token(operation, starting_token)
        self.resume_token: str | None = None
        """Where a later pager can continue (as `starting_token`), or None when done."""

    async def pages(self) -> AsyncIterator[PageT]:
        """Each result page in turn, trimmed as botocore trims it.

        A pager started from a mid-page `resume_token` gives the rest of that page
        first (the items already delivered left out), and with `max_items` the last
        page holds only the items up to it; `next_token` stays the service's.
        """
        async for page, items, whole in self._walk():
            yield page if whole else self._with_items(page, items)

    async def _iterate(self) -> AsyncIterator[ItemT]:
        async for _, items, _ in self._walk():
            for item in items:
                yield item

    async def _walk(self) -> AsyncIterator[tuple[PageT, list[ItemT], bool]]:
        """Each page, the items of it to deliver, and whether those are all of its items.

        Sets `resume_token` before handing each page on: where a later pager continues
        if this one stops after it.
        """
        token, skip = self._starting
        remaining = self._max_items
        seen: set[str] = set()
        while True:
            page = await self._fetch(**self._params, next_token=token)
            on_page = list(self._items(page) or ())
            page_items = on_page[skip:]
            next_token = self._next_token(page)
            if remaining is not None and len(page_items) >= remaining:
                taken = page_items[:remaining]
                left_on_page = len(page_items) > remaining
                # Resume inside this page: same request token, skip what was taken.
                self.resume_token = (
                    _encode_token(token, skip + remaining) if left_on_page else next_token
                )
                yield page, taken, len(taken) == len(on_page)
                return
            self.resume_token = next_token
            yield page, page_items, len(page_items) == len(on_page)
            if remaining is not None:
                remaining -= len(page_items)
            if not next_token:
                return
            if next_token in seen:
                raise PaginationError(f"the service returned NextToken {next_token!r} twice")
            seen.add(next_token)
            token, skip = next_token, 0

    def _with_items(self, page: PageT, items: list[ItemT]) -> PageT:
        """`page` with only `items` in its result list."""
        listed = self._items(page)
        # The result list is the member `items` reads: found by identity, so the
        # generated pagers need to name it only once. Only called for a page that had
        # items, so `listed` is a list, never a None shared with other members.
        result: Any = page
        for field in attrs.fields(type(result)):
            if getattr(result, field.name) is listed:
                trimmed: PageT = attrs.evolve(result, **{field.name: items})
                return trimmed
        raise AssertionError(f"no result list on {type(page).__name__}")  # a bug in the pagers

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._iterate()

    async def collect(self) -> list[ItemT]:
        """Every item (up to `max_items`) as one list."""
        return [item async for item in self._iterate()]


# A resume point inside a page is the page's request token plus how many of its items
# were already yielded: `<token>___<n>` (the same shape botocore's pagination uses is
# opaque JSON; ours stays a plain string the service never sees).
_SEP = "___aioworkspaces_skip="


def _encode_token(token: str | None, skip: int) -> str:
    return f"{token or ''}{_SEP}{skip}"


def _decode_token(operation: str, token: str | None) -> tuple[str | None, int]:
    if not token or _SEP not in token:
        return token, 0
    base, _, skip = token.rpartition(_SEP)
    if not skip.isdigit():
        raise ParamValidationError(
            operation, [f"starting_token: not a resume token this SDK made: {token!r}"]
        )
    return (base or None), int(skip)
