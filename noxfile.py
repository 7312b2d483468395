"""The suite on every supported Python, and botocore at both ends of its range.

    nox -s fast                 # tests not marked slow, on each of 3.10 .. 3.13 found
    nox -s fast-3.10            # one interpreter
    nox -s full-3.11            # the whole suite on one interpreter
    nox -s botocore_range       # the tests that use botocore, on its oldest and newest
    nox -s resolution           # installs beside the newest boto3 and aiobotocore

On a machine with pyenv, every installed 3.10 .. 3.13 is found even when pyenv's
global version is only one of them. `make matrix` and `make botocore-range` run these.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import nox

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
ROOT = Path(__file__).parent
# The tests that exercise what the runtime takes from botocore: the credential chain
# (refreshable credentials, assume-role, credential_process), the config file loader
# (profiles, ca_bundle), endpoint rules and configured endpoints, and botocore's signer
# as the reference.
BOTOCORE_TESTS = [
    "tests/unit/test_configuration.py",
    "tests/unit/test_signing.py",
    "tests/unit/test_pipeline.py",
    "tests/unit/test_bridge.py",
    "tests/unit/test_botocore_parity.py",
    "tests/integration/test_credential_refresh.py",
    "tests/integration/test_botocore_chain.py",
    "tests/integration/test_secrets.py",
    "tests/integration/test_tls.py",
]
# What those tests import beyond the package (the `dev` extra also brings moto, which
# would pull botocore back up).
TEST_TOOLS = ["pytest", "pytest-asyncio", "aioresponses", "hypothesis", "cryptography"]

nox.options.sessions = ["fast", "botocore_range"]
nox.options.reuse_existing_virtualenvs = True


def _find_pyenv_interpreters() -> None:
    # pyenv's shims answer `python3.X` only for the versions named in PYENV_VERSION
    # (or the global one); naming every installed 3.10 .. 3.13 lets nox find them all.
    if os.environ.get("PYENV_VERSION") or shutil.which("pyenv") is None:
        return
    try:
        installed = subprocess.run(
            ["pyenv", "versions", "--bare"], capture_output=True, text=True, check=True
        ).stdout.split()
        current = subprocess.run(
            ["pyenv", "version-name"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return
    wanted = [v for v in installed if re.fullmatch(r"3\.1[0-3]\.\d+", v)]
    # The current version first: it stays what `python3` means.
    ordered = [*current.split(":"), *(v for v in wanted if v not in current.split(":"))]
    os.environ["PYENV_VERSION"] = ":".join(v for v in ordered if v)


_find_pyenv_interpreters()


def _botocore_floor() -> str:
    """The lowest botocore pyproject.toml allows (`botocore>=X,<Y`)."""
    text = (ROOT / "pyproject.toml").read_text()
    match = re.search(r'"botocore>=([0-9.]+)', text)
    assert match, "pyproject.toml names no botocore lower bound"
    return match.group(1)


@nox.session(python=PYTHONS)
def fast(session: nox.Session) -> None:
    """The tests not marked slow (unit and integration, no moto, no e2e)."""
    session.install("-e", ".[dev,otel]")
    session.run("pytest", "-q", "-m", "not slow", *session.posargs)


@nox.session(python=PYTHONS)
def full(session: nox.Session) -> None:
    """The whole suite, slow tests included."""
    session.install("-e", ".[dev,docs,examples,otel]")
    session.run("pytest", "-q", *session.posargs)


@nox.session(python=[PYTHONS[0], PYTHONS[-1]])
@nox.parametrize("bound", ["oldest", "newest"])
def botocore_range(session: nox.Session, bound: str) -> None:
    """The tests that use botocore, at both ends of its range and of Python's."""
    session.install("-e", ".", *TEST_TOOLS)
    if bound == "oldest":
        session.install(f"botocore=={_botocore_floor()}")
    else:
        session.install("--upgrade", "botocore")
    session.run("python", "-c", "import botocore; print('botocore', botocore.__version__)")
    session.run("pytest", "-q", *BOTOCORE_TESTS, *session.posargs)


@nox.session(python="3.11")
def resolution(session: nox.Session) -> None:
    """`pip install aioworkspaces boto3` / `... aiobotocore` downgrade none of them."""
    session.run("python", "tools/check_resolution.py", "--python", "python3.11")
