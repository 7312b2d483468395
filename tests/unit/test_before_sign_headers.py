"""What a `before_sign` hook may add to a request with `BeforeSignEvent.add_header`."""

from __future__ import annotations

import pytest

from aioworkspaces import BeforeSignEvent
from aioworkspaces.errors import ConfigurationError


def event() -> BeforeSignEvent:
    return BeforeSignEvent("DescribeWorkspaces", 1, "https://workspaces.example", {})


@pytest.mark.parametrize(
    "name", ["X-Trace-Id", "x-amzn-trace-id", "A", "!#$%&'*+-.^_`|~09azAZ", "X_Custom.1"]
)
def test_an_http_token_is_a_valid_header_name(name: str) -> None:
    event().add_header(name, "value")


@pytest.mark.parametrize(
    "name",
    ["", " X", "X ", "X Y", "X:Y", "X\r\nInjected: 1", "Ünïcode", "X(1)", "X/Y", 'X"', "X\t"],
)
def test_anything_else_is_refused_before_sending(name: str) -> None:
    with pytest.raises(ConfigurationError, match="invalid header name"):
        event().add_header(name, "value")


@pytest.mark.parametrize("value", ["a\r\nInjected: 1", "tab\there", "é", "\x00"])
def test_a_value_must_be_printable_ascii(value: str) -> None:
    with pytest.raises(ConfigurationError, match="printable ASCII"):
        event().add_header("X-Ok", value)


@pytest.mark.parametrize("name", ["Authorization", "x-amz-date", "Host", "X-Amz-Target"])
def test_headers_the_sdk_sets_cannot_be_replaced(name: str) -> None:
    with pytest.raises(ConfigurationError, match="set by the SDK"):
        event().add_header(name, "value")
