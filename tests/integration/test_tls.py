"""TLS on the wire: certificates are verified unless `ClientConfig(verify=False)`.

An HTTPS fault server with a self-signed certificate for 127.0.0.1: the default
client refuses it (a `TransportError` naming the verification failure, nothing
sent), a client given that certificate as its CA bundle accepts it, and only an
explicit `verify=False` skips verification.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from aioworkspaces import ClientConfig, WorkSpacesClient, errors
from tests.support import REGION, TEST_CREDENTIALS
from tests.support.fault_server import FaultServer, json_reply


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by itself: (certificate, key) PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "aioworkspaces test")])
    now = dt.datetime.now(dt.timezone.utc)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[FaultServer, Path]]:
    """An HTTPS fault server with a self-signed certificate, and that certificate."""
    cert_path, key_path = self_signed_certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_path, key_path)
    with FaultServer(lambda _: json_reply({"TagList": []}), tls=context) as server:
        yield server, cert_path


async def call(server: FaultServer, config: ClientConfig) -> None:
    async with WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, endpoint_url=server.url, config=config
    ) as client:
        await client.describe_tags(resource_id="ws-1")


async def test_an_unknown_certificate_is_refused_by_default(
    tls_server: tuple[FaultServer, Path],
) -> None:
    server, _ = tls_server
    assert server.url.startswith("https://")
    with pytest.raises(errors.TransportError) as caught:
        await call(server, ClientConfig(max_attempts=1))
    text = str(caught.value)
    assert f"could not connect to {server.url}" in text
    assert "CERTIFICATE_VERIFY_FAILED" in text
    assert "Operation not permitted" not in text  # OpenSSL's code is not an errno
    assert server.requests == 0


async def test_a_ca_bundle_given_in_the_config_is_trusted(
    tls_server: tuple[FaultServer, Path],
) -> None:
    server, cert_path = tls_server
    await call(server, ClientConfig(verify=str(cert_path)))
    assert server.requests == 1


async def test_verification_is_skipped_only_when_turned_off(
    tls_server: tuple[FaultServer, Path],
) -> None:
    server, _ = tls_server
    await call(server, ClientConfig(verify=False))
    assert server.requests == 1


# --- CA bundles as botocore finds them (issue 13.1) ----------------------------------


async def test_aws_ca_bundle_is_trusted(
    tls_server: tuple[FaultServer, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, cert_path = tls_server
    monkeypatch.setenv("AWS_CA_BUNDLE", str(cert_path))
    await call(server, ClientConfig())
    assert server.requests == 1


async def test_the_config_files_ca_bundle_is_trusted(
    tls_server: tuple[FaultServer, Path], isolated_aws_environment: Path
) -> None:
    server, cert_path = tls_server
    (isolated_aws_environment / "config").write_text(f"[default]\nca_bundle = {cert_path}\n")
    await call(server, ClientConfig())
    assert server.requests == 1


async def test_an_explicit_verify_wins_over_aws_ca_bundle(
    tls_server: tuple[FaultServer, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    server, cert_path = tls_server
    monkeypatch.setenv("AWS_CA_BUNDLE", str(cert_path))
    with pytest.raises(errors.TransportError, match="CERTIFICATE_VERIFY_FAILED"):
        await call(server, ClientConfig(verify=True, max_attempts=1))
    monkeypatch.setenv("AWS_CA_BUNDLE", str(tmp_path / "missing.pem"))
    await call(server, ClientConfig(verify=str(cert_path)))
    assert server.requests == 1


async def test_a_missing_ca_bundle_is_a_configuration_error(
    tls_server: tuple[FaultServer, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    server, _ = tls_server
    monkeypatch.setenv("AWS_CA_BUNDLE", str(tmp_path / "missing.pem"))
    with pytest.raises(errors.ConfigurationError, match=r"missing\.pem"):
        await call(server, ClientConfig())
    assert server.requests == 0


async def test_a_plain_http_endpoint_never_reads_the_ca_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # As botocore, which reads the bundle only for an https URL: a local service over
    # plain HTTP works, and starts without loading (or here, failing on) a bundle.
    monkeypatch.setenv("AWS_CA_BUNDLE", str(tmp_path / "missing.pem"))
    with FaultServer(lambda _: json_reply({"TagList": []})) as server:
        assert server.url.startswith("http://")
        await call(server, ClientConfig())
        assert server.requests == 1
