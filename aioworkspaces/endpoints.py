"""Region and endpoint resolution, as botocore and the other AWS SDKs do it.

Region: explicit, then `AWS_REGION` / `AWS_DEFAULT_REGION`, then the profile's
config. Endpoint: explicit `endpoint_url`, then `AWS_ENDPOINT_URL_WORKSPACES` /
`AWS_ENDPOINT_URL` and the config file's `services` section, else the model's
endpoint rules (FIPS, dual-stack, every partition) evaluated by botocore.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from botocore.configprovider import ConfiguredEndpointProvider
from botocore.endpoint_provider import EndpointProvider
from botocore.exceptions import BotoCoreError
from botocore.session import Session

from .config import ClientConfig
from .errors import ConfigurationError

__all__ = ["resolve_endpoint", "resolve_region"]

_SERVICE = "workspaces"


def resolve_region(session: Session, region: str | None) -> str:
    """The region to use, or `ConfigurationError` when none is configured anywhere."""
    if region is None:
        region = os.environ.get("AWS_REGION") or session.get_config_variable("region")
    if not region:
        raise ConfigurationError(
            "no region: pass region=, set AWS_REGION or AWS_DEFAULT_REGION, "
            "or set region in the profile of ~/.aws/config"
        )
    if not isinstance(region, str) or not all(c.isalnum() or c == "-" for c in region):
        raise ConfigurationError(f"invalid region {region!r}")
    return region


def _flag(session: Session, config: ClientConfig, name: str) -> bool:
    explicit = getattr(config, name)
    if explicit is not None:
        return bool(explicit)
    return bool(session.get_config_variable(name))


def check_url(url: str) -> str:
    """`url` if it is an http(s) URL with a host, else `ConfigurationError`."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"invalid endpoint URL {url!r}: need http(s)://host[:port]")
    return url


def resolve_endpoint(session: Session, region: str, config: ClientConfig, endpoint_url: str | None) -> str:
    """The endpoint URL of WorkSpaces for `region`. Blocking: reads files; call off the loop."""
    if endpoint_url is None and not session.get_config_variable("ignore_configured_endpoint_urls"):
        configured = ConfiguredEndpointProvider(
            full_config=session.full_config,
            scoped_config=session.get_scoped_config(),
            client_name=_SERVICE,
        ).provide()
        endpoint_url = configured or None
    loader = session.get_component("data_loader")
    rules = loader.load_service_model(_SERVICE, "endpoint-rule-set-1")
    partitions = loader.load_data("partitions")
    params: dict[str, object] = {
        "Region": region,
        "UseFIPS": _flag(session, config, "use_fips_endpoint"),
        "UseDualStack": _flag(session, config, "use_dualstack_endpoint"),
    }
    if endpoint_url is not None:
        params["Endpoint"] = check_url(endpoint_url)
    try:
        endpoint = EndpointProvider(rules, partitions).resolve_endpoint(**params)
    except BotoCoreError as exc:
        raise ConfigurationError(f"no WorkSpaces endpoint for {params}: {exc}") from None
    return check_url(str(endpoint.url))
