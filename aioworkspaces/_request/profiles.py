"""The shared config and credentials files, read as botocore reads them, only when needed.

The files are parsed here as botocore's `configloader` parses them (with `configparser`,
one level of nested settings), without importing botocore. A full
`botocore.session.Session` (the credential chain, the `services` section of configured
endpoints) is created on first use, in a worker thread. A program whose credentials come
from arguments or the environment and whose profile configures no endpoint never loads
botocore.
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


def _path(path_variable: str, default: str) -> str:
    # As botocore: the variable's value (or the default), variables and ~ expanded.
    return os.path.expanduser(os.path.expandvars(os.environ.get(path_variable) or default))


def _load(path_variable: str, default: str) -> dict[str, Any]:
    path = _path(path_variable, default)
    if not os.path.isfile(path):
        return {}
    return _parse(path)


def _parse(path: str) -> dict[str, Any]:
    """botocore's `configloader.raw_config_parse`: each section's options, an indented
    block under an option (`s3 =` then `  addressing_style = path`) read as a dict."""
    import configparser

    unreadable = ConfigurationError(f"cannot read {path}: Unable to parse config file: {path}")
    parser = configparser.RawConfigParser()
    try:
        parser.read([path])
    except (configparser.Error, UnicodeDecodeError):
        raise unreadable from None
    parsed: dict[str, Any] = {}
    for section in parser.sections():
        parsed[section] = {}
        for option in parser.options(section):
            value: Any = parser.get(section, option)
            if value.startswith("\n"):
                nested = {}
                for line in value.splitlines():
                    line = line.strip()
                    if not line:
                        continue
                    if "=" not in line:
                        raise unreadable from None
                    key, _, item = line.partition("=")
                    nested[key.strip()] = item.strip()
                value = nested
            parsed[section][option] = value
    return parsed


def _section_name(key: str) -> str | None:
    # botocore's configloader._parse_section: `profile dev` -> `dev` (shell-quoted).
    import shlex

    try:
        parts = shlex.split(key)
    except ValueError:
        return None
    return parts[1] if len(parts) == 2 else None


class SharedConfig:
    """One profile of the shared files, named as botocore names it: the `profile`
    argument, else `AWS_DEFAULT_PROFILE`, else `AWS_PROFILE` (when set, even empty), else
    `default`."""

    def __init__(self, profile: str | None) -> None:
        self.explicit_profile = profile
        named = profile
        for variable in ("AWS_DEFAULT_PROFILE", "AWS_PROFILE"):
            if named is None:
                named = os.environ.get(variable)
        #: The profile named by the argument or the environment; None: none was named
        #: (then `default`, if a file has it, and no error if none does).
        self.named_profile = named
        self.profile = "default" if named is None else named
        self._scoped: dict[str, Any] | None = None
        self._read = False
        self._session: Session | None = None
        self._session_lock = threading.Lock()

    def scoped_config(self) -> dict[str, Any] | None:
        """The profile as botocore's `Session.get_scoped_config()` returns it, or None
        where that raises `ProfileNotFound`.

        Its settings: the config file's section (`[profile name]`, or `[default]`), with
        the credentials file's section of the same name over it. The files are read the
        first time (by `check`, off the loop), never again.
        """
        if not self._read:
            self._scoped = self._profile_of(
                _load("AWS_CONFIG_FILE", "~/.aws/config"),
                _load("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials"),
            )
            self._read = True
        return self._scoped

    def _profile_of(
        self, config: dict[str, Any], credentials: dict[str, Any]
    ) -> dict[str, Any] | None:
        profiles: dict[str, dict[str, Any]] = {}
        for key, values in config.items():
            if key.startswith("profile"):
                name = _section_name(key)
                if name is not None:
                    profiles[name] = values
            elif key == "default":
                profiles[key] = values
        for key, values in credentials.items():
            profiles[key] = {**profiles.get(key, {}), **values}
        if self.named_profile is None:
            return profiles.get("default", {})
        return profiles.get(self.named_profile)

    def check(self) -> None:
        """Raise `ConfigurationError` now if an explicitly named profile does not exist
        (one the environment names is botocore's to report, where botocore is used)."""
        if self.scoped_config() is None and self.explicit_profile is not None:
            raise ConfigurationError(f"the config profile ({self.profile}) could not be found")

    def get(self, key: str) -> Any:
        """The profile's value for `key` in the shared files, or None."""
        self.check()
        return (self.scoped_config() or {}).get(key)

    def botocore_session(self) -> Session:
        """botocore's session for this profile. Blocking: call it from a worker thread."""
        with self._session_lock:
            if self._session is None:
                import botocore.session

                self._session = botocore.session.Session(profile=self.explicit_profile)
            return self._session
