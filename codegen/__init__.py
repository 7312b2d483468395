"""The generator of aioworkspaces: every generated file, from the vendored WorkSpaces model.

`python -m codegen` writes them in place; `python -m codegen --check` regenerates into a
temporary directory and fails naming every file that differs, is missing or is extra.
See codegen/README.md.
"""
