"""The shared config and credentials files, read as botocore reads them, only when needed.

Reading a profile's `region` or `max_attempts` needs only botocore's small INI loader;
a full `botocore.session.Session` (the credential chain, the `services` section,
endpoint rules) is created on first use, in a worker thread. A program whose region,
credentials and endpoint come from arguments or the environment never loads it.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any

from .._exceptions import ConfigurationError

if TYPE_CHECKING:
    from botocore.session import Session

__all__ = ["SharedConfig", "env_flag"]


def env_flag(name: str) -> bool | None:
    """An `AWS_*` boolean environment variable: True, False, or None when unset."""
    value = os.environ.get(name)
    if value is None or value == "":
        return None
    return value.strip().lower() == "true"


def _load(path_variable: str, default: str) -> dict[str, Any]:
    path = os.path.expanduser(os.environ.get(path_variable) or default)
    if not os.path.isfile(path):
        return {}
    from botocore.configloader import raw_config_parse

    try:
        parsed: dict[str, Any] = raw_config_parse(path)
    except Exception as exc:  # a malformed file: name it, as botocore does
        raise ConfigurationError(f"cannot read {path}: {exc}") from None
    return parsed


class SharedConfig:
    """One profile of the shared files (explicit name, else AWS_PROFILE, else default)."""

    def __init__(self, profile: str | None) -> None:
        self.explicit_profile = profile
        self.profile = (
            profile
            or os.environ.get("AWS_PROFILE")
            or os.environ.get("AWS_DEFAULT_PROFILE")
            or "default"
        )
        self._values: dict[str, Any] | None = None
        self._session: Session | None = None
        self._session_lock = threading.Lock()

    def _profile_values(self) -> dict[str, Any]:
        if self._values is None:
            config = _load("AWS_CONFIG_FILE", "~/.aws/config")
            credentials = _load("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials")
            name = self.profile
            section = config.get(f"profile {name}")
            if section is None and name == "default":
                section = config.get("default")
            if section is None and name not in credentials and self.explicit_profile:
                raise ConfigurationError(f"the config profile ({name}) could not be found")
            self._values = dict(section or {})
        return self._values

    def get(self, key: str) -> Any:
        """The profile's value for `key` in the config file, or None."""
        return self._profile_values().get(key)

    def check(self) -> None:
        """Raise `ConfigurationError` now if an explicitly named profile does not exist."""
        self._profile_values()

    def botocore_session(self) -> Session:
        """botocore's session for this profile. Blocking: call it from a worker thread."""
        with self._session_lock:
            if self._session is None:
                import botocore.session

                self._session = botocore.session.Session(profile=self.explicit_profile)
            return self._session
