"""`python -m codegen.update_model [BOTOCORE]`: vendor a botocore's WorkSpaces model.

BOTOCORE is a botocore package directory (the one containing `data/`), a directory a
wheel was unpacked into, or a version to download with pip (`1.44.8`); without it,
the installed botocore is used. Copies `service-2.json(.gz)`, `paginators-1.json` and
`endpoint-rule-set-1.json(.gz)` of WorkSpaces and botocore's `partitions.json` (the
AWS partitions the endpoint rules resolve regions with) into codegen/model/ and records
the version; then run `make generate`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from .model import MODEL_DIR

_SUBPATH = Path("data/workspaces/2015-04-08")


def _version_of(package: Path) -> str:
    text = (package / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"""__version__\s*=\s*['"]([^'"]+)['"]""", text)
    if match is None:
        raise SystemExit(f"no __version__ in {package / '__init__.py'}")
    return match.group(1)


def _package(source: str | None, scratch: Path) -> Path:
    if source is None:
        import botocore

        return Path(botocore.__file__).resolve().parent
    path = Path(source)
    if path.is_dir():
        return path / "botocore" if (path / "botocore" / "__init__.py").exists() else path
    # A version: the wheel, without installing it.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            f"botocore=={source}",
            "--no-deps",
            "-d",
            str(scratch),
        ],
        check=True,
    )
    (wheel,) = scratch.glob("botocore-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(scratch)
    return scratch / "botocore"


def update(source: str | None) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        package = _package(source, Path(tmp))
        data = package / _SUBPATH
        models = sorted(data.glob("service-2.json*"))
        rules = sorted(data.glob("endpoint-rule-set-1.json*"))
        partitions = package / "data" / "partitions.json"
        if not models or not (data / "paginators-1.json").exists():
            raise SystemExit(f"no WorkSpaces model under {data}")
        if not rules or not partitions.exists():
            raise SystemExit(f"no WorkSpaces endpoint rules under {data} or no {partitions}")
        for pattern in ("service-2.json*", "endpoint-rule-set-1.json*"):
            for old in MODEL_DIR.glob(pattern):
                old.unlink()
        MODEL_DIR.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(models[0], MODEL_DIR / models[0].name)
        shutil.copyfile(rules[0], MODEL_DIR / rules[0].name)
        shutil.copyfile(data / "paginators-1.json", MODEL_DIR / "paginators-1.json")
        shutil.copyfile(partitions, MODEL_DIR / "partitions.json")
        version = _version_of(package)
        (MODEL_DIR / "botocore-version.txt").write_text(version + "\n", encoding="utf-8")
        return version


def main() -> None:
    version = update(sys.argv[1] if len(sys.argv) > 1 else None)
    print(f"codegen/model/ now holds the WorkSpaces model of botocore {version}")
    print("next: make generate, read the diff (git diff --stat), make test")


if __name__ == "__main__":
    main()
