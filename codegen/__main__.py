"""`python -m codegen [--check]`: write the generated files, or check them for drift."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .endpoint_rules import RuleSetError
from .model import LayoutError, load
from .render import render_all

ROOT = Path(__file__).resolve().parent.parent

#: Folders whose every .py file is generated, but for the hand-written ones listed.
GENERATED_DIRS = (
    "aioworkspaces/types",
    "aioworkspaces/types/calls",
    "aioworkspaces/_codecs",
    "aioworkspaces/_codecs/calls",
)
HAND_WRITTEN = {"aioworkspaces/types/_shape.py"}


def _ruff() -> list[str]:
    beside = Path(sys.executable).with_name("ruff")
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "ruff"]


def render_into(directory: Path) -> list[str]:
    """Write every generated file under `directory`, formatted as ruff formats; their paths."""
    files = render_all(load())
    for relative, text in files.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    config = ["--config", str(ROOT / "pyproject.toml")]
    paths = [str(directory / p) for p in sorted(files)]
    # The lint fixes (import order) first, then the formatter, as `make lint` checks them.
    subprocess.run(
        [*_ruff(), "check", "--quiet", "--fix-only", "--exit-zero", *config, *paths], check=True
    )
    subprocess.run([*_ruff(), "format", "--quiet", *config, *paths], check=True)
    return sorted(files)


def _present(root: Path) -> set[str]:
    found = set()
    for folder in GENERATED_DIRS:
        for path in (root / folder).glob("*.py"):
            relative = path.relative_to(root).as_posix()
            if relative not in HAND_WRITTEN:
                found.add(relative)
    return found


def check(root: Path = ROOT) -> list[str]:
    """What differs between the committed tree at `root` and a fresh generation."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        generated = render_into(fresh)
        problems = []
        for relative in generated:
            committed = root / relative
            if not committed.exists():
                problems.append(f"missing: {relative}")
            elif committed.read_bytes() != (fresh / relative).read_bytes():
                problems.append(f"differs: {relative}")
        for relative in sorted(_present(root) - set(generated)):
            problems.append(f"extra (not generated): {relative}")
        return problems


def generate(root: Path = ROOT) -> list[str]:
    """Rewrite the generated files in place; remove generated files the model no longer has."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        generated = render_into(fresh)
        changed = []
        for relative in generated:
            target = root / relative
            new = (fresh / relative).read_bytes()
            if not target.exists() or target.read_bytes() != new:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(fresh / relative, target)
                changed.append(relative)
        for relative in sorted(_present(root) - set(generated)):
            (root / relative).unlink()
            changed.append(f"{relative} (removed)")
        return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary directory and fail if anything differs",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository to check")
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = check(args.root)
            if problems:
                print("generated files differ from the model (run `make generate`):")
                for problem in problems:
                    print(f"  {problem}")
                return 1
            print("generated files are up to date")
            return 0
        changed = generate(args.root)
        for path in changed:
            print(f"wrote {path}")
        print(f"{len(changed)} generated files changed")
    except (LayoutError, RuleSetError) as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
