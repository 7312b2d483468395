"""What `describe_workspace_directories` takes and returns."""

from __future__ import annotations

from collections.abc import Sequence

from .._shape import NO_METADATA, ResponseMetadata, member, metadata_member, shape
from ..directories import DescribeWorkspaceDirectoriesFilter, WorkspaceDirectory

__all__ = [
    "DescribeWorkspaceDirectoriesRequest",
    "DescribeWorkspaceDirectoriesResult",
]


@shape
class DescribeWorkspaceDirectoriesRequest:
    """The arguments of `describe_workspace_directories`."""

    directory_ids: Sequence[str] | None = member("DirectoryIds", min=1, default=None)
    """The identifiers of the directories."""
    workspace_directory_names: Sequence[str] | None = member(
        "WorkspaceDirectoryNames", min=1, default=None
    )
    """The names of the WorkSpace directories."""
    limit: int | None = member("Limit", min=1, default=None)
    """The maximum number of directories to return."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """If you received a NextToken from a previous call that was paginated, provide this token
    to receive the next set of results.
    """
    filters: Sequence[DescribeWorkspaceDirectoriesFilter] | None = member(
        "Filters", min=1, default=None
    )
    """The filter condition for the WorkSpaces."""


@shape
class DescribeWorkspaceDirectoriesResult:
    """What `describe_workspace_directories` returns."""

    directories: list[WorkspaceDirectory] | None = member("Directories", default=None)
    """Information about the directories."""
    next_token: str | None = member("NextToken", min=1, default=None)
    """The token to use to retrieve the next page of results."""

    response_metadata: ResponseMetadata = metadata_member(default=NO_METADATA)
    """The request id, HTTP status and retries of the call that returned this."""
