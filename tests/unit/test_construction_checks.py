"""Bad configuration is a typed error at construction (or first use), before sending.

CR/LF in the user agent or the credentials, malformed endpoint URLs, an endpoint with
a query string; and a warning for plain http to another machine.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from botocore.credentials import Credentials as BotocoreCredentials

from aioworkspaces import ClientConfig, Credentials, WorkSpacesClient
from aioworkspaces.errors import ConfigurationError, CredentialsError
from tests.support import REGION, TEST_CREDENTIALS


@pytest.mark.parametrize("extra", ["app/1.0\r\nX-Injected: yes", "app\n", "app\x00", "a\x7f"])
def test_control_characters_in_the_user_agent_are_refused_at_construction(extra: str) -> None:
    with pytest.raises(ConfigurationError, match="user_agent_extra contains a control"):
        WorkSpacesClient(
            REGION,
            credentials=TEST_CREDENTIALS,
            config=ClientConfig(user_agent_extra=extra),
        )


def test_an_ordinary_user_agent_suffix_is_accepted() -> None:
    WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, config=ClientConfig(user_agent_extra="app/1.0\tx")
    )


SECRETISH = "sEcReT\r\nX-Evil: 1"


@pytest.mark.parametrize(
    "parts",
    [
        ("AKID\r\nX-Evil: 1", "secret", None),
        ("AKID", SECRETISH, None),
        ("AKID", "secret", "token\nX-Evil: 1"),
    ],
    ids=["access_key", "secret_key", "token"],
)
def test_control_characters_in_credentials_are_a_credentials_error(
    parts: tuple[str, str, str | None],
) -> None:
    with pytest.raises(CredentialsError, match="control character") as caught:
        Credentials(*parts)
    assert "sEcReT" not in str(caught.value) and "X-Evil" not in str(caught.value)


def test_control_characters_in_environment_credentials_fail_at_construction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKID")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "token\r\nX-Evil: 1")
    with pytest.raises(CredentialsError, match="token contains a control character"):
        WorkSpacesClient(REGION)


async def test_control_characters_in_botocore_credentials_fail_at_first_use() -> None:
    source = BotocoreCredentials("AKID", "secret", "token\r\nX-Evil: 1")
    async with WorkSpacesClient(
        REGION, credentials=source, endpoint_url="http://127.0.0.1:9"
    ) as client:
        with pytest.raises(CredentialsError, match="control character"):
            await client.describe_workspaces()


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1:99999", "Port out of range"),
        ("http://127.0.0.1:abc", "Port could not be cast"),
        ("http://user:pw@127.0.0.1:8080", "credentials in the URL"),
        ("http://[::1", "Invalid IPv6 URL"),
        ("https://workspaces.example.com/?x=1", "query string"),
        ("https://workspaces.example.com?x=1", "query string"),
        ("https://workspaces.example.com/#frag", "fragment"),
        ("https://workspaces.example.com/a b", "whitespace"),
        ("https://workspaces.example.com\r\n", "whitespace or control"),
        ("http://127.0.0.1:0", "port is empty or 0"),
    ],
)
def test_malformed_endpoint_urls_are_refused_at_construction(url: str, why: str) -> None:
    with pytest.raises(ConfigurationError, match=why):
        WorkSpacesClient(REGION, credentials=TEST_CREDENTIALS, endpoint_url=url)


async def test_a_malformed_endpoint_from_the_environment_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL_WORKSPACES", "http://127.0.0.1:99999")
    client = WorkSpacesClient(REGION, credentials=TEST_CREDENTIALS)
    with pytest.raises(ConfigurationError, match="Port out of range"):
        await client.describe_workspaces()
    await client.close()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:4566",
        "http://127.8.9.10:4566",
        "http://localhost:4566",
        "http://[::1]:4566",
        "https://workspaces.example.com",
    ],
)
async def test_no_warning_for_tls_or_loopback(url: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        async with WorkSpacesClient(REGION, credentials=TEST_CREDENTIALS, endpoint_url=url):
            pass


async def test_plain_http_to_another_host_warns_once() -> None:
    client = WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, endpoint_url="http://10.1.2.3:4566"
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await client.open()
        await client.open()
        await client.close()
    messages: list[Any] = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
    assert len(messages) == 1
    assert "http://10.1.2.3:4566" in messages[0] and "unencrypted" in messages[0]
