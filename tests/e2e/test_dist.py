"""The wheel and sdist a release would upload: built, checked, installed, read back.

Built from this checkout with the build backend of the dev environment (no download),
checked by `twine check --strict` as PyPI would, then the wheel installed in a new
virtualenv and its metadata read there: licence, classifiers, project URLs, the
LICENSE text, `py.typed`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.support.scripts import ROOT

READ_METADATA = """
import json, importlib.metadata as md
meta = md.metadata("aioworkspaces")
files = [str(f) for f in md.files("aioworkspaces") or []]
print(json.dumps({
    "license": meta.get("License-Expression"),
    "classifiers": meta.get_all("Classifier"),
    "urls": dict(u.split(", ", 1) for u in meta.get_all("Project-URL")),
    "requires_python": meta.get("Requires-Python"),
    "files": files,
}))
"""


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return out


def test_wheel_and_sdist_pass_twine_check(dist: Path) -> None:
    built = sorted(p.name for p in dist.iterdir())
    assert sorted(n.rsplit(".", 1)[-1] for n in built) == ["gz", "whl"], built
    done = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, dist.iterdir())],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("PASSED") == 2


def test_the_installed_wheel_carries_its_metadata(dist: Path, tmp_path: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = str(env / "bin" / "python")
    # --no-deps: the metadata is the point, and a clean virtualenv needs no registry.
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    found = json.loads(
        subprocess.run(
            [python, "-c", READ_METADATA], check=True, capture_output=True, text=True
        ).stdout
    )
    assert found["license"] == "Apache-2.0"
    assert found["requires_python"] == ">=3.10"
    for classifier in (
        "Framework :: AsyncIO",
        "Typing :: Typed",
        "Programming Language :: Python :: 3.10",
        "Programming Language :: Python :: 3.13",
        "Operating System :: OS Independent",
    ):
        assert classifier in found["classifiers"]
    home = "https://github.com/aioworkspaces/aioworkspaces"
    assert found["urls"]["Homepage"] == home
    assert set(found["urls"]) >= {"Homepage", "Documentation", "Source", "Changelog", "Issues"}
    files = found["files"]
    assert any(f.endswith("licenses/LICENSE") for f in files), files
    assert "aioworkspaces/py.typed" in files
    licence = next(env.glob("lib/python*/site-packages/aioworkspaces-*.dist-info/licenses/LICENSE"))
    text = licence.read_text()
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text
