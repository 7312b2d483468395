"""Region and endpoint resolution, as botocore and the other AWS SDKs do it.

Region: explicit, then `AWS_REGION` / `AWS_DEFAULT_REGION`, then the profile's
config. Endpoint: explicit `endpoint_url`, then `AWS_ENDPOINT_URL_WORKSPACES` /
`AWS_ENDPOINT_URL` and the config file's `services` section, else the model's
endpoint rules (FIPS, dual-stack, every partition), evaluated by the resolver codegen
writes from them (`aioworkspaces._endpoint_rules`). botocore is loaded only for what
only it implements: a profile with a `services` section or an `endpoint_url`.
"""

from __future__ import annotations

import ipaddress
import os
from typing import Any
from urllib.parse import urlsplit

from .._config import ClientConfig
from .._exceptions import ConfigurationError
from .credentials import has_control_characters
from .profiles import SharedConfig, env_flag

__all__ = [
    "botocore_endpoint",
    "check_url",
    "configured_endpoint",
    "is_cleartext",
    "resolve_region",
    "rules_endpoint",
]

_SERVICE = "workspaces"


def resolve_region(shared: SharedConfig, region: str | None) -> str:
    """The region to use, or `ConfigurationError` when none is configured anywhere."""
    if region is None:
        region = (
            os.environ.get("AWS_REGION")
            or os.environ.get("AWS_DEFAULT_REGION")
            or shared.get("region")
        )
    if not region:
        raise ConfigurationError(
            "no region: pass region=, set AWS_REGION or AWS_DEFAULT_REGION, "
            "or set region in the profile of ~/.aws/config"
        )
    if not isinstance(region, str) or not all(c.isalnum() or c == "-" for c in region):
        raise ConfigurationError(f"invalid region {region!r}")
    return region


def check_url(url: str) -> str:
    """`url` if it is a usable endpoint URL, else `ConfigurationError` saying why.

    http(s), a host, an optional valid port and path; no credentials in it, no query or
    fragment (they would be sent but not signed), no whitespace or control characters.
    """
    problem = _url_problem(url)
    if problem is not None:
        raise ConfigurationError(
            f"invalid endpoint URL {url!r}: {problem} (need http(s)://host[:port][/path])"
        )
    return url


def _url_problem(url: str) -> str | None:
    if not isinstance(url, str):
        return f"not a string but {type(url).__name__}"
    if any(c.isspace() for c in url) or has_control_characters(url):
        return "it contains whitespace or control characters"
    try:
        parts = urlsplit(url)
        port = parts.port  # raises for a port that is not a number in 0-65535
    except ValueError as exc:
        return str(exc)
    if parts.scheme not in ("http", "https"):
        return "the scheme must be http or https"
    if not parts.hostname:
        return "no host"
    if parts.username is not None or parts.password is not None:
        return "credentials in the URL are not supported"
    if port == 0 or (port is None and parts.netloc.endswith(":")):
        return "the port is empty or 0"
    if "?" in url:
        return "a query string cannot be signed"
    if "#" in url:
        return "a fragment is not allowed"
    return None


def is_cleartext(url: str) -> bool:
    """Whether `url` is plain http to a host other than this machine (loopback)."""
    parts = urlsplit(url)
    if parts.scheme != "http":
        return False
    host = (parts.hostname or "").rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


def _ignore_configured_urls(shared: SharedConfig) -> bool:
    flag = env_flag("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
    if flag is None:
        flag = str(shared.get("ignore_configured_endpoint_urls") or "").lower() == "true"
    return flag


def configured_endpoint(shared: SharedConfig, endpoint_url: str | None) -> str | None:
    """The endpoint given as an argument or by the environment (no botocore needed)."""
    if endpoint_url is not None:
        return check_url(endpoint_url)
    if _ignore_configured_urls(shared):
        return None
    from_env = os.environ.get("AWS_ENDPOINT_URL_WORKSPACES") or os.environ.get("AWS_ENDPOINT_URL")
    return check_url(from_env) if from_env else None


def _flag(explicit: bool | None, variable: str, key: str, scoped: dict[str, Any]) -> bool:
    """A boolean setting as botocore's config chain has it: the argument, else the
    environment variable when set (even empty), else the profile; then botocore's
    `ensure_boolean` (a string is true when it is `true` in any case), False if unset."""
    value: object = explicit
    if value is None:
        value = os.environ.get(variable)
    if value is None:
        value = scoped.get(key)
    if isinstance(value, str):
        return value.lower() == "true"
    return value is True


def rules_endpoint(shared: SharedConfig, region: str, config: ClientConfig) -> str | None:
    """The endpoint of WorkSpaces for `region` when `configured_endpoint` found none,
    from the model's rules; None when the config files ask for what only botocore
    implements (then `botocore_endpoint`).

    That is a profile with a `services` section or an `endpoint_url` (unless configured
    endpoints are ignored), or a profile named but in neither file (botocore's error).
    Reads no file once the shared files are read (`SharedConfig.check`).
    """
    scoped = shared.scoped_config()
    if scoped is None:
        return None
    if not _ignore_configured_urls(shared) and ("services" in scoped or "endpoint_url" in scoped):
        return None
    use_fips = _flag(config.use_fips_endpoint, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", scoped)
    use_dualstack = _flag(
        config.use_dualstack_endpoint,
        "AWS_USE_DUALSTACK_ENDPOINT",
        "use_dualstack_endpoint",
        scoped,
    )
    from .. import _endpoint_rules

    try:
        url = _endpoint_rules.resolve(
            region=region, use_fips=use_fips, use_dual_stack=use_dualstack
        )
    except _endpoint_rules.RuleError as exc:
        params = {"Region": region, "UseFIPS": use_fips, "UseDualStack": use_dualstack}
        raise ConfigurationError(f"no WorkSpaces endpoint for {params}: {exc}") from None
    return check_url(url)


def botocore_endpoint(shared: SharedConfig, region: str, config: ClientConfig) -> str:
    """The endpoint as `rules_endpoint` finds it, by botocore: the config file's
    `services` section, else the model's rules. Blocking: call it off the loop.
    """
    from botocore.configprovider import ConfiguredEndpointProvider
    from botocore.endpoint_provider import EndpointProvider
    from botocore.exceptions import BotoCoreError

    session = shared.botocore_session()
    if not _ignore_configured_urls(shared):
        from_files = ConfiguredEndpointProvider(
            full_config=session.full_config,
            scoped_config=session.get_scoped_config(),
            client_name=_SERVICE,
        ).provide()
        if from_files:
            return check_url(from_files)
    loader = session.get_component("data_loader")
    rules = loader.load_service_model(_SERVICE, "endpoint-rule-set-1")
    partitions = loader.load_data("partitions")
    params: dict[str, object] = {"Region": region}
    for param, name in (
        ("UseFIPS", "use_fips_endpoint"),
        ("UseDualStack", "use_dualstack_endpoint"),
    ):
        explicit = getattr(config, name)
        params[param] = bool(
            explicit if explicit is not None else session.get_config_variable(name)
        )
    try:
        endpoint = EndpointProvider(rules, partitions).resolve_endpoint(**params)
    except BotoCoreError as exc:
        raise ConfigurationError(f"no WorkSpaces endpoint for {params}: {exc}") from None
    return check_url(str(endpoint.url))
