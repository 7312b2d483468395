"""Proxies as botocore uses them: ClientConfig(proxies=...), HTTP(S)_PROXY and NO_PROXY,
credentials never shown; a caller-owned session's unappliable settings are named."""

from __future__ import annotations

import logging

import aiohttp
import pytest

from aioworkspaces import ClientConfig, WorkSpacesClient, errors
from tests.support import REGION, TEST_CREDENTIALS
from tests.support.fault_server import FaultServer
from tests.support.proxy import LocalProxy


async def call(server: FaultServer, **options: object) -> None:
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        endpoint_url=server.url,
        **options,  # type: ignore[arg-type]
    ) as client:
        await client.describe_tags(resource_id="ws-1")


async def test_proxies_in_the_config_are_used(fault_server: FaultServer) -> None:
    async with LocalProxy() as proxy:
        await call(fault_server, config=ClientConfig(proxies={"http": proxy.url}))
    assert proxy.requests == [f"POST {fault_server.url}"]
    assert fault_server.requests == 1


async def test_proxy_environment_variables_are_honoured(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with LocalProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        await call(fault_server)
        assert len(proxy.requests) == 1
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        await call(fault_server)
        assert len(proxy.requests) == 1  # NO_PROXY: straight to the server
        await call(fault_server, config=ClientConfig(proxies={}))  # none, whatever the env
    assert fault_server.requests == 3


async def test_https_goes_through_a_connect_tunnel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ssl
    import tempfile
    from pathlib import Path

    from tests.integration.test_tls import self_signed_certificate
    from tests.support.fault_server import json_reply

    with tempfile.TemporaryDirectory() as directory:
        cert_path, key_path = self_signed_certificate(Path(directory))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert_path, key_path)
        with FaultServer(lambda _: json_reply({"TagList": []}), tls=context) as server:
            async with LocalProxy() as proxy:
                monkeypatch.setenv("HTTPS_PROXY", proxy.url)
                await call(server, config=ClientConfig(verify=str(cert_path)))
            port = server.url.rsplit(":", 1)[1]
            assert proxy.requests == [f"CONNECT 127.0.0.1:{port}"]
            assert server.requests == 1


async def test_proxy_credentials_are_sent_but_never_shown(
    fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with LocalProxy() as proxy:
        with_user = proxy.url.replace("http://", "http://proxyuser:proxy-SECRET-pw@")
        config = ClientConfig(proxies={"http": with_user}, max_attempts=1)
        assert "proxy-SECRET-pw" not in repr(config)
        await call(fault_server, config=config)
        assert proxy.authorizations[0] is not None  # Basic credentials went to the proxy
        dead = "http://proxyuser:proxy-SECRET-pw@127.0.0.1:9"
        with pytest.raises(errors.TransportError) as caught:
            await call(fault_server, config=ClientConfig(proxies={"http": dead}, max_attempts=1))
    texts = [str(caught.value), repr(caught.value), repr(caught.value.__cause__)]
    texts += [r.getMessage() for r in caplog.records]
    assert not [t for t in texts if "proxy-SECRET-pw" in t]


def test_bad_proxies_are_configuration_errors() -> None:
    with pytest.raises(errors.ConfigurationError, match="'ftp'"):
        ClientConfig(proxies={"ftp": "http://p:1"})
    with pytest.raises(errors.ConfigurationError, match=r"\*\*\*@p:99999"):
        ClientConfig(proxies={"https": "http://u:secret@p:99999"})


async def test_a_caller_session_gets_a_warning_naming_what_it_cannot_take() -> None:
    async with aiohttp.ClientSession() as session:
        with pytest.warns(UserWarning, match="max_pool_connections=50"):
            WorkSpacesClient(REGION, session=session, config=ClientConfig(max_pool_connections=50))
