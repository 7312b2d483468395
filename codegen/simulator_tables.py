"""The local WorkSpaces service's model tables (aioworkspaces/simulator/_model.py).

The service validates every request and converts the CBOR protocol's values from these
tables, so it never reads a model at run time. `emit` takes the parsed service-2.json
and paginators-1.json and returns the file to write, by repository-relative path;
`render_all` adds it to the generated files.
"""

from __future__ import annotations

from typing import Any

TARGET = "aioworkspaces/simulator/_model.py"

_DOC = '''"""The WorkSpaces model as plain tables, for the local service's validation and answers.

OPERATIONS: name -> (input shape, output shape, modeled error codes).
STRUCTURES: name -> (members {wire name: shape}, required members, is a union).
LISTS: name -> (member shape, min items, max items).
MAPS: name -> (key shape, value shape, min entries, max entries).
STRINGS: name -> (min length, max length, pattern, enum values).
NUMBERS: name -> (type, min, max).
SCALARS: name -> type, for booleans, timestamps and blobs (min/max bytes in BLOB_SIZES).
EXCEPTIONS: the error shapes' names.
PAGINATORS: operation -> (input token, output token, limit member, result keys).
"""'''


def _bound(shape: dict[str, Any], key: str) -> int | float | None:
    value = shape.get(key)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _literal(value: Any) -> str:
    """A value on one line as ruff format writes it (double quotes where it can)."""
    if isinstance(value, str):
        text = repr(value)
        if text.startswith("'") and '"' not in value:
            text = '"' + text[1:-1] + '"'
        return text
    if isinstance(value, tuple):
        inner = ", ".join(_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _render(value: Any, indent: int, prefix: str, suffix: str) -> list[str]:
    """`prefix` + value + `suffix` at `indent`, split one element a line past 100 columns."""
    pad = " " * indent
    line = f"{pad}{prefix}{_literal(value)}{suffix}"
    if len(line) <= 100:
        return [line]
    if isinstance(value, str):  # a long pattern: implicitly concatenated pieces
        pieces = [value[i : i + 60] for i in range(0, len(value), 60)]
        inner = [f"{pad}    {_literal(piece)}" for piece in pieces]
        return [f"{pad}{prefix}(", *inner, f"{pad}){suffix}"]
    if not isinstance(value, (tuple, dict)) or not value:
        return [line]
    opening, closing = ("(", ")") if isinstance(value, tuple) else ("{", "}")
    lines = [f"{pad}{prefix}{opening}"]
    if isinstance(value, tuple):
        for item in value:
            lines += _render(item, indent + 4, "", ",")
    else:
        for key, item in value.items():
            lines += _render(item, indent + 4, f"{_literal(key)}: ", ",")
    return [*lines, f"{pad}{closing}{suffix}"]


def _table(name: str, annotation: str, rows: dict[str, Any]) -> list[str]:
    lines = ["", f"{name}: {annotation} = {{"]
    for key, value in rows.items():
        lines += _render(value, 4, f"{_literal(key)}: ", ",")
    return [*lines, "}"]


def emit(service: dict[str, Any], paginators: dict[str, Any], header: str) -> dict[str, str]:
    """The generated model tables of the local service: {path: text}."""
    shapes: dict[str, Any] = service["shapes"]
    operations: dict[str, Any] = {}
    for name in sorted(service["operations"]):
        op = service["operations"][name]
        errors = tuple(sorted(e["shape"] for e in op.get("errors", ())))
        operations[name] = (
            op.get("input", {}).get("shape"),
            op.get("output", {}).get("shape"),
            errors,
        )
    tables: dict[str, dict[str, Any]] = {
        "STRUCTURES": {},
        "LISTS": {},
        "MAPS": {},
        "STRINGS": {},
        "NUMBERS": {},
        "SCALARS": {},
        "BLOB_SIZES": {},
    }
    exceptions: list[str] = []
    for name in sorted(shapes):
        shape = shapes[name]
        kind = shape["type"]
        if kind == "structure":
            members = {m: spec["shape"] for m, spec in shape.get("members", {}).items()}
            required = tuple(shape.get("required", ()))
            tables["STRUCTURES"][name] = (members, required, bool(shape.get("union")))
            if shape.get("exception"):
                exceptions.append(name)
        elif kind == "list":
            tables["LISTS"][name] = (
                shape["member"]["shape"],
                _bound(shape, "min"),
                _bound(shape, "max"),
            )
        elif kind == "map":
            tables["MAPS"][name] = (
                shape["key"]["shape"],
                shape["value"]["shape"],
                _bound(shape, "min"),
                _bound(shape, "max"),
            )
        elif kind == "string":
            tables["STRINGS"][name] = (
                _bound(shape, "min"),
                _bound(shape, "max"),
                shape.get("pattern"),
                tuple(shape.get("enum", ())),
            )
        elif kind in ("integer", "long", "float", "double"):
            tables["NUMBERS"][name] = (kind, _bound(shape, "min"), _bound(shape, "max"))
        else:
            tables["SCALARS"][name] = kind
            if kind == "blob":
                tables["BLOB_SIZES"][name] = (_bound(shape, "min"), _bound(shape, "max"))
    types = {
        "STRUCTURES": "dict[str, tuple[dict[str, str], tuple[str, ...], bool]]",
        "LISTS": "dict[str, tuple[str, int | None, int | None]]",
        "MAPS": "dict[str, tuple[str, str, int | None, int | None]]",
        "STRINGS": "dict[str, tuple[int | None, int | None, str | None, tuple[str, ...]]]",
        "NUMBERS": "dict[str, tuple[str, int | float | None, int | float | None]]",
        "SCALARS": "dict[str, str]",
        "BLOB_SIZES": "dict[str, tuple[int | None, int | None]]",
    }
    pages: dict[str, Any] = {}
    for name in sorted(paginators.get("pagination", {})):
        spec = paginators["pagination"][name]
        keys = spec["result_key"]
        keys = (keys,) if isinstance(keys, str) else tuple(keys)
        pages[name] = (spec["input_token"], spec["output_token"], spec.get("limit_key"), keys)
    lines = [
        header,
        _DOC,
        "",
        "from __future__ import annotations",
        "",
        f"API_VERSION = {_literal(service['metadata']['apiVersion'])}",
        f"TARGET_PREFIX = {_literal(service['metadata']['targetPrefix'])}",
    ]
    lines += _table(
        "OPERATIONS", "dict[str, tuple[str | None, str | None, tuple[str, ...]]]", operations
    )
    for table, rows in tables.items():
        lines += _table(table, types[table], rows)
    lines += [""]
    lines += _render(tuple(exceptions), 0, "EXCEPTIONS: tuple[str, ...] = ", "")
    lines += _table("PAGINATORS", "dict[str, tuple[str, str, str | None, tuple[str, ...]]]", pages)
    return {TARGET: "\n".join([*lines, ""])}
