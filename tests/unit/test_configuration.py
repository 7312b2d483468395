"""Region, endpoint and credential resolution, as the AWS SDKs do it."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import time
from pathlib import Path
from typing import Any

import pytest
from botocore.credentials import RefreshableCredentials

from aioworkspaces import ClientConfig, Credentials, WorkSpacesClient
from aioworkspaces._request.endpoints import botocore_endpoint
from aioworkspaces._request.profiles import SharedConfig
from aioworkspaces.errors import ConfigurationError, CredentialsError
from tests.support import TEST_CREDENTIALS
from tests.support.signing import SigningRecorder, signing_credentials


def write(path: Path, text: str) -> None:
    path.write_text(text.strip() + "\n")


# --- region ----------------------------------------------------------------------------


def test_missing_region_is_a_clear_error_at_construction() -> None:
    with pytest.raises(ConfigurationError, match="no region"):
        WorkSpacesClient(credentials=TEST_CREDENTIALS)


def test_region_precedence(monkeypatch: pytest.MonkeyPatch, isolated_aws_environment: Path) -> None:
    write(
        isolated_aws_environment / "config",
        "[default]\nregion = ap-south-1\n[profile other]\nregion = sa-east-1",
    )
    assert WorkSpacesClient(credentials=TEST_CREDENTIALS).region == "ap-south-1"
    assert WorkSpacesClient(profile="other", credentials=TEST_CREDENTIALS).region == "sa-east-1"
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-central-1")
    assert WorkSpacesClient(credentials=TEST_CREDENTIALS).region == "eu-central-1"
    monkeypatch.setenv("AWS_REGION", "eu-west-2")
    assert WorkSpacesClient(credentials=TEST_CREDENTIALS).region == "eu-west-2"
    assert WorkSpacesClient("us-west-2", credentials=TEST_CREDENTIALS).region == "us-west-2"


def test_unknown_profile_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="nope"):
        WorkSpacesClient("us-east-1", profile="nope", credentials=TEST_CREDENTIALS)


# --- endpoint --------------------------------------------------------------------------


async def endpoint_of(*args: Any, **kwargs: Any) -> str | None:
    async with WorkSpacesClient(*args, credentials=TEST_CREDENTIALS, **kwargs) as client:
        return client.endpoint_url


@pytest.mark.parametrize(
    ("region", "config", "expected"),
    [
        ("eu-west-1", ClientConfig(), "https://workspaces.eu-west-1.amazonaws.com"),
        (
            "us-east-1",
            ClientConfig(use_fips_endpoint=True),
            "https://workspaces-fips.us-east-1.amazonaws.com",
        ),
        (
            "us-east-1",
            ClientConfig(use_dualstack_endpoint=True),
            "https://workspaces.us-east-1.api.aws",
        ),
        ("cn-northwest-1", ClientConfig(), "https://workspaces.cn-northwest-1.amazonaws.com.cn"),
        ("us-gov-west-1", ClientConfig(), "https://workspaces.us-gov-west-1.amazonaws.com"),
    ],
)
async def test_endpoint_from_the_model_rules(
    region: str, config: ClientConfig, expected: str
) -> None:
    assert await endpoint_of(region, config=config) == expected


async def test_endpoint_precedence(
    monkeypatch: pytest.MonkeyPatch, isolated_aws_environment: Path
) -> None:
    write(
        isolated_aws_environment / "config",
        """
[default]
services = local
[services local]
workspaces =
  endpoint_url = http://127.0.0.1:1111
""",
    )
    assert await endpoint_of("us-east-1") == "http://127.0.0.1:1111"
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:2222")
    assert await endpoint_of("us-east-1") == "http://127.0.0.1:2222"
    monkeypatch.setenv("AWS_ENDPOINT_URL_WORKSPACES", "http://127.0.0.1:3333")
    assert await endpoint_of("us-east-1") == "http://127.0.0.1:3333"
    assert (
        await endpoint_of("us-east-1", endpoint_url="http://127.0.0.1:4444")
        == "http://127.0.0.1:4444"
    )


async def test_fips_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_USE_FIPS_ENDPOINT", "true")
    assert await endpoint_of("us-west-2") == "https://workspaces-fips.us-west-2.amazonaws.com"


async def test_invalid_endpoint_url_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="invalid endpoint URL"):
        await endpoint_of("us-east-1", endpoint_url="ftp://example")


# --- credentials -------------------------------------------------------------------


async def test_credentials_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "env-secret")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "env-token")
    creds = await signing_credentials()
    assert (creds.access_key, creds.token) == ("AKIDENV", "env-token")
    assert creds.signed_with("env-secret")


async def test_credentials_from_shared_file_and_profile(
    monkeypatch: pytest.MonkeyPatch, isolated_aws_environment: Path
) -> None:
    write(
        isolated_aws_environment / "credentials",
        "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s1\n"
        "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s2",
    )
    assert (await signing_credentials()).access_key == "AKIDDEFAULT"
    dev = await signing_credentials(profile="dev")
    assert dev.access_key == "AKIDDEV" and dev.signed_with("s2")
    monkeypatch.setenv("AWS_PROFILE", "dev")
    assert (await signing_credentials()).access_key == "AKIDDEV"


async def test_credentials_from_a_credential_process(isolated_aws_environment: Path) -> None:
    script = isolated_aws_environment / "creds.sh"
    write(
        script,
        '#!/bin/sh\necho \'{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "p"}\'',
    )
    script.chmod(0o755)
    write(isolated_aws_environment / "config", f"[default]\ncredential_process = {script}")
    assert (await signing_credentials()).access_key == "AKIDPROC"


async def test_no_credentials_is_a_credentials_error() -> None:
    async with WorkSpacesClient("us-east-1") as client:
        with pytest.raises(CredentialsError, match="no AWS credentials found"):
            await client.describe_tags(resource_id="ws-1")


def test_secret_never_in_a_repr() -> None:
    creds = Credentials("AKIDVISIBLE", "TOPSECRET", "SESSIONTOKEN")
    client = WorkSpacesClient("us-east-1", credentials=creds)
    for text in (repr(creds), repr(client), str(creds)):
        assert "TOPSECRET" not in text and "SESSIONTOKEN" not in text
    assert "AKIDVISIBLE" in repr(creds)


def test_bad_credentials_argument() -> None:
    with pytest.raises(ConfigurationError, match="credentials must be"):
        WorkSpacesClient("us-east-1", credentials=("a", "b"))  # type: ignore[arg-type]
    with pytest.raises(CredentialsError):
        Credentials("", "x")


async def test_refreshable_credentials_refresh_off_the_loop_before_expiry() -> None:
    threads: list[bool] = []
    counter = iter(range(1, 100))

    def refresh() -> dict[str, Any]:
        import threading

        threads.append(threading.current_thread() is threading.main_thread())
        expiry = dt.datetime.now(dt.timezone.utc) + dt.timedelta(
            minutes=5
        )  # inside the advisory window
        return {
            "access_key": f"AKID{next(counter)}",
            "secret_key": "s",
            "token": "t",
            "expiry_time": expiry.isoformat(),
        }

    creds = RefreshableCredentials.create_from_metadata(refresh(), refresh, "custom-process")
    recorder = SigningRecorder()
    client = recorder.client(credentials=creds)
    first = await recorder.credentials_used(client)
    second = await recorder.credentials_used(client)
    assert first.access_key != second.access_key  # refreshed: it was about to expire
    assert threads[1:] and not any(threads[1:])  # every refresh ran in a worker thread


async def test_failed_refresh_is_a_credentials_error() -> None:
    def refresh() -> dict[str, Any]:
        raise RuntimeError("token service down")

    expiry = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)).isoformat()
    creds = RefreshableCredentials.create_from_metadata(
        {"access_key": "A", "secret_key": "s", "token": "t", "expiry_time": expiry},
        refresh,
        "custom",
    )
    with pytest.raises(CredentialsError, match="token service down"):
        await signing_credentials(credentials=creds)


async def test_resolving_credentials_never_stalls_the_loop(isolated_aws_environment: Path) -> None:
    write(
        isolated_aws_environment / "credentials",
        "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s",
    )
    write(isolated_aws_environment / "config", "[default]\nregion = us-east-1")
    lags: list[float] = []
    stop = asyncio.Event()
    # A full collection of what earlier tests left behind is not the client's doing.
    gc.collect()
    gc.freeze()

    async def ticker() -> None:
        while not stop.is_set():
            before = time.perf_counter()
            await asyncio.sleep(0.001)
            lags.append(time.perf_counter() - before - 0.001)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.01)
    for _ in range(3):
        recorder = SigningRecorder()
        # The endpoint given: what is measured is the credential chain, as before.
        async with recorder.client(None, endpoint_url="https://workspaces.example") as client:
            assert (await recorder.credentials_used(client)).access_key == "AKIDFILE"
    stop.set()
    await task
    gc.unfreeze()
    assert lags and max(lags) < 0.05, f"event loop stalled for {max(lags) * 1000:.0f} ms"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"endpoint_url": 123}, "endpoint_url must be a str"),
        ({"endpoint_url": "localhost:4566"}, "invalid endpoint URL"),
        ({"config": {"max_attempts": 2}}, "config must be a ClientConfig"),
        ({"session": "shared"}, "session must be a ClientSession"),
        ({"profile": 7}, "profile must be a str"),
    ],
)
def test_bad_constructor_arguments_are_clear_errors(
    arguments: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        WorkSpacesClient("us-east-1", credentials=TEST_CREDENTIALS, **arguments)


@pytest.mark.parametrize("where", ["environment", "config file"])
async def test_ignoring_configured_endpoint_urls_ignores_them_all(
    where: str, monkeypatch: pytest.MonkeyPatch, isolated_aws_environment: Path
) -> None:
    # As botocore: the setting turns off the environment's URLs and the services section.
    write(
        isolated_aws_environment / "config",
        "[default]\nservices = local\n"
        + ("ignore_configured_endpoint_urls = true\n" if where == "config file" else "")
        + "[services local]\nworkspaces =\n  endpoint_url = http://127.0.0.1:1111",
    )
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:2222")
    if where == "environment":
        monkeypatch.setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
    assert await endpoint_of("us-east-1") == "https://workspaces.us-east-1.amazonaws.com"
    explicit = await endpoint_of("us-east-1", endpoint_url="http://127.0.0.1:4444")
    assert explicit == "http://127.0.0.1:4444"


# --- endpoint: the rules without botocore, the config files through it ----------------


def _botocore_never_loaded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The profiles botocore sessions were made for from here on (none, it is hoped)."""
    made: list[str] = []

    def session(self: SharedConfig) -> Any:
        made.append(self.profile)
        return original(self)

    original = SharedConfig.botocore_session
    monkeypatch.setattr(SharedConfig, "botocore_session", session)
    return made


@pytest.mark.parametrize("argument", [None, False, True])
@pytest.mark.parametrize("environment", [None, "", "true", "TRUE", "false", " true", "yes"])
@pytest.mark.parametrize("profile", [None, "true", "True", "false", "1"])
async def test_fips_and_dualstack_settings_as_botocore_chains_them(
    argument: bool | None,
    environment: str | None,
    profile: str | None,
    monkeypatch: pytest.MonkeyPatch,
    isolated_aws_environment: Path,
) -> None:
    # The argument, else the variable when set (even empty), else the profile: as
    # botocore's own config chain (`botocore_endpoint`) reads them.
    made = _botocore_never_loaded(monkeypatch)
    for name in ("fips", "dualstack"):
        if environment is not None:
            monkeypatch.setenv(f"AWS_USE_{name.upper()}_ENDPOINT", environment)
    if profile is not None:
        write(
            isolated_aws_environment / "config",
            f"[default]\nuse_fips_endpoint = {profile}\nuse_dualstack_endpoint = {profile}",
        )
    configs = [
        ClientConfig(use_fips_endpoint=argument),
        ClientConfig(use_dualstack_endpoint=argument),
        ClientConfig(use_fips_endpoint=argument, use_dualstack_endpoint=argument),
    ]
    ours = [await endpoint_of("ca-central-1", config=config) for config in configs]
    assert made == []
    theirs = [botocore_endpoint(SharedConfig(None), "ca-central-1", c) for c in configs]
    assert ours == theirs


async def test_the_argument_comes_before_the_environment_and_the_profile(
    monkeypatch: pytest.MonkeyPatch, isolated_aws_environment: Path
) -> None:
    write(isolated_aws_environment / "config", "[default]\nuse_dualstack_endpoint = true")
    assert await endpoint_of("eu-west-3") == "https://workspaces.eu-west-3.api.aws"
    monkeypatch.setenv("AWS_USE_DUALSTACK_ENDPOINT", "false")
    assert await endpoint_of("eu-west-3") == "https://workspaces.eu-west-3.amazonaws.com"
    dualstack = ClientConfig(use_dualstack_endpoint=True)
    assert (
        await endpoint_of("eu-west-3", config=dualstack) == "https://workspaces.eu-west-3.api.aws"
    )


async def test_settings_of_the_credentials_file_and_named_profiles_count_as_for_botocore(
    monkeypatch: pytest.MonkeyPatch, isolated_aws_environment: Path
) -> None:
    made = _botocore_never_loaded(monkeypatch)
    write(
        isolated_aws_environment / "config",
        "[profile gov]\nuse_fips_endpoint = true\n[profile ds]\nregion = us-west-1",
    )
    write(isolated_aws_environment / "credentials", "[ds]\nuse_dualstack_endpoint = true")
    assert (
        await endpoint_of("us-gov-east-1", profile="gov")
        == "https://workspaces-fips.us-gov-east-1.amazonaws.com"
    )
    monkeypatch.setenv("AWS_PROFILE", "ds")
    assert await endpoint_of("us-west-1") == "https://workspaces.us-west-1.api.aws"
    assert made == []


async def test_a_rules_error_is_a_configuration_error_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from aioworkspaces import _endpoint_rules

    monkeypatch.setattr(
        _endpoint_rules,
        "PARTITIONS",
        tuple(p._replace(supports_fips=False) for p in _endpoint_rules.PARTITIONS),
    )
    both = ClientConfig(use_fips_endpoint=True, use_dualstack_endpoint=True)
    with pytest.raises(
        ConfigurationError, match="FIPS and DualStack are enabled, but this partition does not"
    ):
        await endpoint_of("eu-west-1", config=both)
    with pytest.raises(ConfigurationError, match=r"'UseFIPS': True.*does not support FIPS"):
        await endpoint_of("eu-west-1", config=ClientConfig(use_fips_endpoint=True))


@pytest.mark.parametrize(
    ("config", "credentials", "expected"),
    [
        # A services section: botocore's, as before.
        (
            "[default]\nservices = local\n[services local]\nworkspaces =\n"
            "  endpoint_url = http://127.0.0.1:1111",
            "",
            "http://127.0.0.1:1111",
        ),
        # A services section without WorkSpaces: the rules, through botocore.
        (
            "[default]\nservices = local\nuse_fips_endpoint = true\n[services local]\n"
            "ec2 =\n  endpoint_url = http://127.0.0.1:1111",
            "",
            "https://workspaces-fips.us-east-1.amazonaws.com",
        ),
        # The profile's endpoint_url, in either file.
        ("[default]\nendpoint_url = http://127.0.0.1:2222", "", "http://127.0.0.1:2222"),
        ("", "[default]\nendpoint_url = http://127.0.0.1:3333", "http://127.0.0.1:3333"),
    ],
)
async def test_a_profile_configuring_endpoints_is_resolved_by_botocore(
    config: str,
    credentials: str,
    expected: str,
    monkeypatch: pytest.MonkeyPatch,
    isolated_aws_environment: Path,
) -> None:
    made = _botocore_never_loaded(monkeypatch)
    write(isolated_aws_environment / "config", config)
    write(isolated_aws_environment / "credentials", credentials)
    assert await endpoint_of("us-east-1") == expected
    assert made == ["default"]


async def test_a_services_section_that_is_missing_is_botocores_error(
    isolated_aws_environment: Path,
) -> None:
    from botocore.exceptions import InvalidConfigError

    write(isolated_aws_environment / "config", "[default]\nservices = nowhere")
    with pytest.raises(InvalidConfigError, match="nowhere"):
        await endpoint_of("us-east-1")


async def test_a_profile_the_environment_names_but_no_file_has_is_botocores_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from botocore.exceptions import ProfileNotFound

    monkeypatch.setenv("AWS_PROFILE", "missing")
    with pytest.raises(ProfileNotFound, match="missing"):
        await endpoint_of("us-east-1")


async def test_an_unparsable_config_file_is_named(isolated_aws_environment: Path) -> None:
    write(isolated_aws_environment / "config", "[default]\ns3 =\n  not a setting")
    with pytest.raises(ConfigurationError, match=r"cannot read .*config: Unable to parse"):
        await endpoint_of("us-east-1")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[default]\nregion = eu-west-1\n# a comment\n; another\nuse_fips_endpoint=TRUE",
        '[profile dev]\ns3 =\n  addressing_style = path\n  x=1=2\n\n[profile "a b"]\nk = v',
        "[services local]\nworkspaces =\n  endpoint_url = http://127.0.0.1:1\nec2 =\n  a = b",
        "[default]\nkey = first line\n  continued\nempty =",
        "[default]\ns3 =\n  no equals sign",
        "no section = here",
        "[default]\n[default]",
    ],
)
def test_the_files_are_parsed_as_botocore_parses_them(text: str, tmp_path: Path) -> None:
    from botocore.configloader import raw_config_parse

    from aioworkspaces._request.profiles import _parse

    path = tmp_path / "config"
    path.write_text(text)
    try:
        theirs: object = raw_config_parse(str(path))
    except Exception as exc:
        theirs = f"error: {exc}"
    try:
        ours: object = _parse(str(path))
    except ConfigurationError as exc:
        ours = f"error: {str(exc).partition(': ')[2]}"
    assert ours == theirs


# --- one view of the profile: botocore's ---------------------------------------------


PROFILES = """
[default]
region = ap-south-1
max_attempts = 4
[profile dev]
region = eu-west-1
[profile ops]
region = us-east-2
retry_mode = legacy
[profile "quoted name"]
region = sa-east-1
"""
CREDENTIALS = """
[default]
aws_access_key_id = AKIDDEFAULT
aws_secret_access_key = secret
region = ca-central-1
[ops]
aws_access_key_id = AKIDOPS
aws_secret_access_key = secret
"""


@pytest.mark.parametrize(
    ("profile", "environment"),
    [
        (None, {}),
        (None, {"AWS_PROFILE": "dev"}),
        (None, {"AWS_DEFAULT_PROFILE": "ops"}),
        (None, {"AWS_PROFILE": "dev", "AWS_DEFAULT_PROFILE": "ops"}),
        ("dev", {"AWS_DEFAULT_PROFILE": "ops"}),
        ("quoted name", {}),
        ("ops", {}),
    ],
)
def test_region_and_retry_settings_come_from_the_profile_botocore_uses(
    profile: str | None,
    environment: dict[str, str],
    isolated_aws_environment: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Region and retry settings are read from the very profile botocore's session (the
    credential chain) uses: `AWS_DEFAULT_PROFILE` before `AWS_PROFILE`, the credentials
    file's section over the config file's, quoted section names."""
    import botocore.session

    write(isolated_aws_environment / "config", PROFILES)
    write(isolated_aws_environment / "credentials", CREDENTIALS)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    shared = SharedConfig(profile)
    session = botocore.session.Session(profile=profile)
    assert shared.profile == (session.profile or "default")
    for key in ("region", "max_attempts", "retry_mode"):
        assert shared.get(key) == session.get_scoped_config().get(key), key
    client = WorkSpacesClient(profile=profile, credentials=TEST_CREDENTIALS)
    assert client.region == session.get_config_variable("region")
