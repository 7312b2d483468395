"""The generated files, rendered from the model: path -> source text."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from .docs import docstring, fill, first_sentence, to_text
from .endpoint_rules import render_endpoint_rules
from .model import Kind, Member, Model, Operation, enum_member_name
from .simulator_tables import emit as simulator_tables

__all__ = ["render_all"]

PACKAGE = "aioworkspaces"
ROOT = Path(__file__).resolve().parent.parent
_INLINE_DEPTH = 4
"""How deep nested structures are read inside their parent's reader instead of by a call."""


def render_all(model: Model) -> dict[str, str]:
    """Every generated file, by path relative to the repository root."""
    files: dict[str, str] = {}
    domains = model.domains()
    for module, shapes in domains.items():
        path = f"{PACKAGE}/types/{module.replace('.', '/')}.py"
        files[path] = _types_module(model, module, shapes)
    files[f"{PACKAGE}/types/__init__.py"] = _types_init(model, domains)
    files[f"{PACKAGE}/types/calls/__init__.py"] = _package_init(
        model, "The request and result classes of each operation, a module per operation."
    )
    for module, shapes in domains.items():
        path = f"{PACKAGE}/_codecs/{module.replace('.', '/')}.py"
        files[path] = CodecModule(model, module).render(shapes)
    files[f"{PACKAGE}/_codecs/__init__.py"] = _package_init(
        model,
        "Readers, writers and validation specs of every shape, written ahead of time.\n\n"
        "One module per module of `aioworkspaces.types` (`_codecs.workspaces` for\n"
        "`types.workspaces`), so a call imports only the functions of its own shapes (see\n"
        "`aioworkspaces._serialization.wire`).",
    )
    files[f"{PACKAGE}/_codecs/calls/__init__.py"] = _package_init(
        model, "The readers, writers and validation specs of each operation's shapes."
    )
    files[f"{PACKAGE}/_operations.py"] = _operations(model)
    files[f"{PACKAGE}/_paginators.py"] = _paginators(model)
    files[f"{PACKAGE}/errors.py"] = _errors(model)
    files[f"{PACKAGE}/_client_exceptions.py"] = _client_exceptions(model)
    files[f"{PACKAGE}/_tables.py"] = _tables(model)
    if model.endpoint_rules is None or model.partitions is None:
        raise ValueError("the model was loaded without its endpoint rules and partitions")
    files[f"{PACKAGE}/_endpoint_rules.py"] = render_endpoint_rules(
        model.endpoint_rules, model.partitions, model.header
    )
    files.update(simulator_tables(model.service, {"pagination": model.paginators}, model.header))
    return files


# --- helpers ----------------------------------------------------------------------------


def _module_doc(model: Model, text: str) -> list[str]:
    return [model.header, *docstring(text.split("\n\n"), ""), ""]


def _package_init(model: Model, text: str) -> str:
    return "\n".join([model.header, *docstring(text.split("\n\n"), "")]) + "\n"


def _paragraphs(text: str | None, fallback: str) -> list[str]:
    paragraphs = to_text(text)
    return paragraphs or [fallback]


def _relative(from_module: str, to_module: str) -> str:
    """The relative import of types module `to_module` from types module `from_module`."""
    up = "." * (from_module.count(".") + 1)
    return f"{up}{to_module}"


def _import_lines(groups: dict[str, set[str]]) -> list[str]:
    """`from X import a, b` lines, sorted as ruff's isort sorts them (relative last)."""
    lines = []

    def order(module: str) -> tuple[int, int, str]:
        dots = len(module) - len(module.lstrip("."))
        return (1 if dots else 0, -dots, module.lstrip("."))

    for module in sorted(groups, key=order):
        names = _isort_names(groups[module])
        lines.append(f"from {module} import {', '.join(names)}")
    return lines


def _isort_names(names: set[str]) -> list[str]:
    # ruff's default order-by-type: CONSTANTS, then Classes, then functions.
    def key(name: str) -> tuple[int, str]:
        if name.isupper() and len(name) > 1:
            return (0, name)
        if name[:1].isupper():
            return (1, name)
        return (2, name)

    return sorted(names, key=key)


def _all(names: list[str]) -> list[str]:
    return ["__all__ = [", *(f'    "{n}",' for n in sorted(names)), "]", ""]


# --- types -------------------------------------------------------------------------------


def _types_module(model: Model, module: str, shapes: list[str]) -> str:
    is_call = module.startswith("calls.")
    outputs = {op.output: op for op in model.operations.values()}
    inputs = {op.input: op for op in model.operations.values()}
    enums = [s for s in shapes if model.is_enum(s)]
    structures = [s for s in shapes if model.is_structure(s)]
    if is_call:  # the request, then the result
        structures = sorted(structures, key=lambda s: s not in inputs)
    imports: dict[str, set[str]] = {}
    std: set[str] = set()
    shape_names: set[str] = set()
    if enums:
        shape_names.add("wire_enum")
    if enums or structures:
        imports.setdefault("typing", set()).add("TYPE_CHECKING")
    for name in structures:
        if model.is_union(name):
            shape_names.add("union_shape")
        if name in outputs:
            shape_names.update({"NO_METADATA", "ResponseMetadata"})
        for member in model.members(name):
            annotation = member.kind.annotation(name in model.input_reachable)
            if "Sequence[" in annotation:
                std.add("Sequence")
            if "Mapping[" in annotation:
                std.add("Mapping")
            if "datetime" in annotation:
                imports.setdefault("datetime", set()).add("datetime")
            for ref in member.kind.referenced():
                where = model.module_of[ref]
                if where != module:
                    imports.setdefault(_relative(module, where), set()).add(ref)
    if std:
        imports["collections.abc"] = std
    if shape_names:
        imports[_relative(module, "_shape")] = shape_names
    domain_doc = (
        f"What `{module.split('.', 1)[1]}` takes and returns."
        if is_call
        else model.layout["domains"][module]["doc"]
    )
    lines = _module_doc(model, domain_doc)
    lines += ["from __future__ import annotations", ""]
    stdlib = [m for m in imports if m in ("collections.abc", "datetime", "typing")]
    local = [m for m in imports if m.startswith(".")]
    for group in (stdlib, local):
        if group:
            lines += [*_import_lines({m: imports[m] for m in group}), ""]
    if enums or structures:
        # Type checkers see attrs classes and `WireEnum` subclasses; at run time
        # `_shape.frozen` makes the same classes without compiling anything, and
        # `_shape.wire_enum` the enums without the enum metaclass's checks (see
        # `aioworkspaces.types._shape`).
        shape = _relative(module, "_shape")
        checked = ["if TYPE_CHECKING:"]
        runtime = {"EnumMembers"} if enums else set()
        if structures:
            checked.append("    from attrs import field, frozen")
            runtime |= {"field", "frozen"}
        if enums:
            checked += [""] if structures else []
            checked.append(f"    from {shape} import WireEnum as EnumMembers")
        lines += [
            *checked,
            "else:",
            f"    from {shape} import {', '.join(_isort_names(runtime))}",
            "",
        ]
    lines += ["", *_all(shapes)]
    for name in enums:
        lines += ["", *_enum(model, name), ""]
    for name in structures:
        lines += ["", *_structure(model, name, inputs.get(name), outputs.get(name)), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _enum(model: Model, name: str) -> list[str]:
    doc = _paragraphs(model.documentation(name), f"The {name} values the service knows.")
    lines = ["@wire_enum", f"class {name}(EnumMembers):", *docstring(doc, "    "), ""]
    for value in model.shapes[name]["enum"]:
        lines.append(f"    {enum_member_name(value)} = {value!r}".replace("'", '"'))
    return lines


def _field(member: Member, annotation: str) -> str:
    metadata = f'{{"wire": "{member.wire}"'
    if member.minimum is not None:
        metadata += f', "min": {member.minimum}'
    metadata += "}"
    if member.required:
        return f"    {member.name}: {annotation} = field(metadata={metadata})"
    return f"    {member.name}: {annotation} | None = field(default=None, metadata={metadata})"


def _structure(
    model: Model, name: str, request_of: Operation | None, result_of: Operation | None
) -> list[str]:
    as_input = name in model.input_reachable
    if request_of is not None:
        fallback = f"The arguments of `{request_of.method}`."
    elif result_of is not None:
        fallback = f"What `{result_of.method}` returns."
    else:
        fallback = f"The {name} structure."
    members = model.members(name)
    doc = _refs(_paragraphs(model.documentation(name), fallback), members)
    if model.is_union(name):
        doc = [*doc, "A union: set exactly one member."]
    lines = []
    if model.is_union(name):
        lines.append("@union_shape")
    # init, repr, eq and hash are written out below: attrs would compile them at import
    # time, which is most of the cost of loading a module of classes (a call's cold start).
    lines += [
        "@frozen(kw_only=True, init=False, repr=False, eq=False)",
        f"class {name}:",
        *docstring(doc, "    ", warnings=True),
        "",
    ]
    for member in members:
        lines.append(_field(member, member.kind.annotation(as_input)))
        text = _paragraphs(member.documentation, f"The {member.wire} member.")
        lines += docstring(_refs(text, members), "    ", apart=False)
    if result_of is not None:
        lines += [
            "",
            "    response_metadata: ResponseMetadata = field(",
            "        default=NO_METADATA, eq=False, repr=False",
            "    )",
            '    """The request id, HTTP status and retries of the call that returned this."""',
        ]
    lines += ["", *_dunders(name, members, as_input, result_of is not None)]
    return lines


def _dunders(name: str, members: list[Member], as_input: bool, result: bool) -> list[str]:
    """`__init__`, `__repr__`, `__eq__` and `__hash__`, as attrs would make them."""
    params = []
    for m in members:
        annotation = m.kind.annotation(as_input)
        params.append(
            f"{m.name}: {annotation}" if m.required else f"{m.name}: {annotation} | None = None"
        )
    if result:
        params.append("response_metadata: ResponseMetadata = NO_METADATA")
    names = [m.name for m in members] + (["response_metadata"] if result else [])
    lines = [f"    def __init__(self{', *, ' + ', '.join(params) if params else ''}) -> None:"]
    if names:
        lines.append("        _set = object.__setattr__")
        lines += [f'        _set(self, "{n}", {n})' for n in names]
    else:
        lines.append("        pass")
    parts = [f"{m.name}={{self.{m.name}!r}}" for m in members]
    one_line = f'        return f"{name}({", ".join(parts)})"'
    if len(one_line) <= 100:
        representation = [one_line]
    else:  # one member a line: ruff cannot split an f-string
        pieces = [
            f"{name}(",
            *(p + (", " if i < len(parts) - 1 else ")") for i, p in enumerate(parts)),
        ]
        split = []
        for piece in pieces:  # a long member name: its name and its value on two lines
            if len(piece) + 15 > 100 and "={" in piece:
                label, _, value = piece.partition("=")
                split += [f"{label}=", value]
            else:
                split.append(piece)
        representation = ["        return (", *(f'            f"{p}"' for p in split), "        )"]
    compared = [f"self.{m.name}" for m in members]
    quoted = f'"{name}"'
    others = [f"other.{m.name}" for m in members]
    lines += [
        "",
        "    def __repr__(self) -> str:",
        *representation,
        "",
        "    def __eq__(self, other: object) -> bool:",
        f"        if not isinstance(other, {name}) or other.__class__ is not self.__class__:",
        "            return NotImplemented",
        f"        return ({', '.join(compared)}{',' if len(compared) == 1 else ''})"
        f" == ({', '.join(others)}{',' if len(others) == 1 else ''})",
        "",
        "    def __hash__(self) -> int:",
        f"        return hash(({', '.join([quoted, *compared])}{',' if not compared else ''}))",
    ]
    return lines


def _types_init(model: Model, domains: dict[str, list[str]]) -> str:
    lines = _module_doc(
        model,
        "Every shape of the WorkSpaces model as a typed attrs class or string enum.\n\n"
        "The classes live in modules by domain (`aioworkspaces.types.workspaces`,\n"
        "`...directories`, `...images`, ...) and the request and result of each operation\n"
        "in `aioworkspaces.types.calls.<method>`; all are importable from here. A module is\n"
        "imported the first time one of its names is used, so `import aioworkspaces` stays\n"
        "cheap.",
    )
    lines += [
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from ._shape import ResponseMetadata",
        "",
        "if TYPE_CHECKING:",
    ]
    for module in sorted(domains):
        names = ", ".join(sorted(domains[module])) + ","
        lines.append(f"    from .{module} import ({names})")
    lines.append("")
    everything = sorted({*model.module_of, "ResponseMetadata"})
    lines += _all(everything)
    lines += ["_MODULE_OF: dict[str, str] = {"]
    lines += [f'    "{n}": "{m}",' for n, m in sorted(model.module_of.items())]
    lines += [
        "}",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    module = _MODULE_OF.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(importlib.import_module(f".{module}", __name__), name)',
        "    globals()[name] = value  # later lookups are plain module attributes",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted(set(globals()) | set(_MODULE_OF))",
    ]
    return "\n".join(lines) + "\n"


# --- operations and paginators -------------------------------------------------------------


def _signature_names(model: Model, op: Operation, names: set[str], std: set[str]) -> None:
    for member in model.members(op.input):
        annotation = member.kind.annotation(True)
        if "Sequence[" in annotation:
            std.add("Sequence")
        if "Mapping[" in annotation:
            std.add("Mapping")
        if "datetime" in annotation:
            std.add("datetime")
        names.update(member.kind.referenced())


def _parameters(model: Model, op: Operation, skip: frozenset[str] = frozenset()) -> list[str]:
    params = []
    for member in model.members(op.input):
        if member.name in skip:
            continue
        annotation = member.kind.annotation(True)
        if member.required:
            params.append(f"        {member.name}: {annotation},")
        else:
            params.append(f"        {member.name}: {annotation} | None = None,")
    return params


def _type_checking_imports(names: set[str], std: set[str], extra: list[str]) -> list[str]:
    lines = ["if TYPE_CHECKING:"]
    if "Sequence" in std or "Mapping" in std:
        abc = ", ".join(sorted(n for n in std if n in ("Mapping", "Sequence")))
        lines.append(f"    from collections.abc import {abc}")
    if "datetime" in std:
        lines.append("    from datetime import datetime")
    lines.append("")
    lines += [f"    {line}" for line in extra]
    ordered = sorted(names, key=lambda n: n.lower())
    lines.append(f"    from .types import ({', '.join(ordered)},)")
    return [*lines, ""]


def _args_section(model: Model, op: Operation, skip: set[str]) -> list[str]:
    """`name: description` items: the type (linked, with `| None`) and whether an
    argument is required or defaulted come from the signature; "Required." stays in the
    text for hovers that show the docstring alone."""
    members = model.members(op.input)
    lines = []
    for member in members:
        if member.name in skip:
            continue
        paragraphs = _refs(_paragraphs(member.documentation, f"The {member.wire} member."), members)
        if member.required:
            paragraphs[0] = f"Required. {paragraphs[0]}"
        lines += _item(f"{member.name}: ", paragraphs)
    return lines


def _item(head: str, paragraphs: list[str]) -> list[str]:
    """A Google-style section item: its first paragraph after `head`, the others (and
    the continuation lines) indented one level more, blank lines between paragraphs."""
    lines = fill(head + paragraphs[0], 100 - 8 - 3, "    ", "        ")
    for paragraph in paragraphs[1:]:
        hanging = "  " if paragraph.startswith("- ") else ""
        lines += ["", *fill(paragraph, 100 - 8 - 3, "        ", "        " + hanging)]
    return lines


def _refs(paragraphs: list[str], members: list[Member]) -> list[str]:
    """`WireName` as `python_name` where it names a member of the same shape."""
    names = {m.wire: m.name for m in members}

    def name(match: re.Match[str]) -> str:
        return f"`{names.get(match.group(1), match.group(1))}`"

    return [re.sub(r"`(\w+)`", name, p) for p in paragraphs]


def _returns_section(model: Model, op: Operation) -> list[str]:
    """What the result holds: each member and the first sentence of its documentation.

    No type before a colon: the site takes the (linked) type from the signature."""
    members = model.members(op.output)
    if not members:
        text = (
            f"An empty `{op.output}` (its `response_metadata` has the request id, HTTP"
            " status and retries of the call)."
        )
        return ["Returns:", *fill(text, 100 - 8 - 3, "    ", "        ")]
    these = "this member" if len(members) == 1 else "these members"
    lines = ["Returns:", f"    A `{op.output}` holding {these}.", ""]
    for member in members:
        text = first_sentence(to_text(member.documentation)) or f"The {member.wire} member."
        text = _refs([text], members)[0]
        lines += fill(f"- `{member.name}`: {text}", 100 - 8 - 3, "        ", "          ")
    return lines


def _operation_doc(model: Model, op: Operation) -> list[str]:
    members = model.members(op.input)
    paragraphs = _refs(_paragraphs(op.documentation, f"Calls the {op.name} operation."), members)
    sections: list[str] = []
    args = _args_section(model, op, set())
    if args:
        sections += ["Args:", *args, ""]
    sections += _returns_section(model, op)
    if op.errors:
        # The names are links on the site: `_operations.py` imports the classes for it.
        sections += ["", "Raises:"]
        for error in op.errors:
            text = first_sentence(to_text(model.documentation(error))) or "A modeled error."
            sections += fill(f"{error}: {text}", 100 - 8 - 3, "    ", "        ")
    return docstring(paragraphs, "        ", sections=sections, warnings=True)


def _operations(model: Model) -> str:
    names: set[str] = set()
    std: set[str] = set()
    errors: set[str] = set()
    for op in model.operations.values():
        _signature_names(model, op, names, std)
        names.add(op.output)
        errors.update(op.errors)
    # Used by the `Raises:` sections only: the site links the names to their classes.
    error_imports = [
        "from .errors import (  # noqa: F401",
        *(f"    {e}," for e in sorted(errors)),
        ")",
    ]
    lines = _module_doc(
        model,
        "One typed `async def` per WorkSpaces operation, each a thin call into the pipeline.\n\n"
        "Arguments are keyword-only and named after the input members; each method builds the\n"
        "operation's request shape and hands it to `_invoke`, which validates, serializes,\n"
        "signs, sends, retries and parses (see `aioworkspaces._request.pipeline`).",
    )
    lines += [
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any, TypeVar",
        "",
        "from . import types as _types",
        "",
        *_type_checking_imports(names, std, error_imports),
        '__all__ = ["Operations"]',
        "",
        '_R = TypeVar("_R")',
        "",
        "",
        "class Operations:",
        '    """The operations of the WorkSpaces API; `WorkSpacesClient` supplies `_invoke`."""',
        "",
        "    async def _invoke(self, operation: str, request: Any, output: type[_R]) -> _R:",
        "        raise NotImplementedError",
    ]
    for op in model.operations.values():
        members = model.members(op.input)
        arguments = ", ".join(f"{m.name}={m.name}" for m in members)
        lines += [
            "",
            f"    async def {op.method}(",
            "        self,",
            *(["        *,"] if members else []),
            *_parameters(model, op),
            f"    ) -> {op.output}:",
            *_operation_doc(model, op),
            "        return await self._invoke(",
            f'            "{op.name}",',
            f"            _types.{op.input}({arguments}),",
            f"            _types.{op.output},",
            "        )",
        ]
    return "\n".join(lines) + "\n"


def _paginators(model: Model) -> str:
    paginated = [op for op in model.operations.values() if op.pagination is not None]
    names: set[str] = set()
    std: set[str] = set()
    items: dict[str, str] = {}
    for op in paginated:
        assert op.pagination is not None
        _signature_names(model, op, names, std)
        names.add(op.output)
        wire = op.pagination["result_wire"]
        ref = model.shapes[op.output]["members"][wire]["shape"]
        item = model.kind(ref).item
        assert item is not None, f"{op.name}: result key {wire} is not a list"
        items[op.name] = item.annotation(False)
        names.update(item.referenced())
    lines = _module_doc(
        model,
        "`client.paginate`: a typed `Pager` for each of the operations that take `NextToken`.",
    )
    lines += [
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING",
        "",
        "from ._pager import Pager",
        "",
        *_type_checking_imports(names, std, ["from ._operations import Operations"]),
        '__all__ = ["Paginators"]',
        "",
        "",
        "class Paginators:",
        '    """One method per paginated operation: same keyword arguments minus `next_token`,',
        '    plus `page_size`, `max_items` and `starting_token`."""',
        "",
        "    def __init__(self, client: Operations) -> None:",
        "        self._client = client",
    ]
    for op in paginated:
        pagination = op.pagination
        assert pagination is not None
        token = pagination["input_token"]
        members = [m for m in model.members(op.input) if m.name != token]
        params = "\n".join(f'            "{m.name}": {m.name},' for m in members)
        limit = f'"{pagination["limit_key"]}"' if pagination["limit_key"] else "None"
        doc = [
            f"Every {items[op.name]} of `{op.method}`, across pages (`pages()` gives each"
            f" {op.output}).",
        ]
        lines += [
            "",
            f"    def {op.method}(",
            "        self,",
            "        *,",
            *_parameters(model, op, frozenset({token})),
            "        page_size: int | None = None,",
            "        max_items: int | None = None,",
            "        starting_token: str | None = None,",
            f"    ) -> Pager[{items[op.name]}, {op.output}]:",
            *docstring(doc, "        "),
            "        return Pager(",
            f"            self._client.{op.method},",
            "            {" + ("\n" + params + "\n            " if params else "") + "},",
            f"            items=lambda page: page.{pagination['result_key']},",
            f"            next_token=lambda page: page.{pagination['output_token']},",
            f"            limit_key={limit},",
            "            page_size=page_size,",
            "            max_items=max_items,",
            "            starting_token=starting_token,",
            "        )",
        ]
    return "\n".join(lines) + "\n"


# --- errors and tables ----------------------------------------------------------------------


# The hand-written error modules, in the order `errors` imports them: the hierarchy,
# then the common AWS codes below it.
_HANDWRITTEN_ERRORS = ("_exceptions", "_common_errors")


def _handwritten_errors() -> tuple[dict[str, list[str]], list[str]]:
    """The public classes of the hand-written error modules, by module, and those that
    are error codes.

    A code class is a subclass of `ServiceError` other than the ones that are not a
    code the service sends (`ServiceError` itself and `ResponseParseError`).
    """
    classes: dict[str, list[str]] = {}
    by_module: dict[str, list[str]] = {}
    for module in _HANDWRITTEN_ERRORS:
        source = (ROOT / PACKAGE / f"{module}.py").read_text(encoding="utf-8")
        for node in ast.parse(source).body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                classes[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
                by_module.setdefault(module, []).append(node.name)

    def is_service(name: str) -> bool:
        return name == "ServiceError" or any(is_service(b) for b in classes.get(name, []))

    codes = [
        n for n in classes if is_service(n) and n not in ("ServiceError", "ResponseParseError")
    ]
    return {m: sorted(names) for m, names in by_module.items()}, sorted(codes)


def _client_exceptions(model: Model) -> str:
    """`client.exceptions`: every service error class by name, typed for mypy."""
    by_module, codes = _handwritten_errors()
    handwritten = {n for names in by_module.values() for n in names}
    modeled = [n for n in model.exceptions if n not in handwritten]
    names = sorted({"ServiceError", "ResponseParseError", *codes, *modeled})
    lines = _module_doc(
        model,
        "`client.exceptions`: the SDK's error classes, named as botocore names them.\n\n"
        "Every modeled exception of the model and the common AWS codes, each the very class\n"
        "of `aioworkspaces.errors` (so `except` clauses and `isinstance` agree), plus\n"
        "`ClientError` (= `ServiceError`, the base of them all) for handlers ported from\n"
        "boto3.",
    )
    lines += ["from __future__ import annotations", "", "from . import errors", ""]
    lines += ['__all__ = ["ClientExceptions"]', "", ""]
    lines += [
        "class ClientExceptions:",
        '    """The service error classes of `aioworkspaces.errors`, as attributes."""',
        "",
        "    ClientError = errors.ServiceError",
        *(f"    {name} = errors.{name}" for name in names),
        "",
        "    def __repr__(self) -> str:",
        '        return "<aioworkspaces client.exceptions>"',
    ]
    return "\n".join(lines) + "\n"


def _errors(model: Model) -> str:
    by_module, _ = _handwritten_errors()
    handwritten = sorted(n for names in by_module.values() for n in names)
    modeled = [n for n in model.exceptions if n not in handwritten]
    lines = _module_doc(
        model,
        "Everything the SDK raises: `WorkSpacesError` and the classes below it.\n\n"
        "Service errors are typed by their code: one class per exception shape of the model\n"
        "(`ResourceNotFoundException`, ...) and per common AWS code (throttling, signature,\n"
        "access). An unknown code still gives a `ServiceError` carrying that code. The\n"
        "hierarchy itself is written by hand in `aioworkspaces._exceptions`, the common AWS\n"
        "codes in `aioworkspaces._common_errors`.",
    )
    lines += ["from __future__ import annotations", ""]
    for module in _HANDWRITTEN_ERRORS:
        lines += [f"from .{module} import (", *(f"    {n}," for n in by_module[module]), ")"]
    lines.append("")
    lines += _all([*handwritten, *modeled])
    for name in modeled:
        doc = _paragraphs(model.documentation(name), f"The service's {name}.")
        lines += ["", "", f"class {name}(ServiceError):", *docstring(doc, "    ")]
        every = list(model.members(name))
        members = [m for m in every if m.wire.lower() != "message"]
        if every:
            lines.append("")
            for member in members:
                lines.append(f"    {member.name}: str | None")
                lines += docstring(
                    _paragraphs(member.documentation, f"The {member.wire} member."), "    "
                )
            # Every member, `message` included: ServiceError.response carries them all by
            # wire name, as botocore's ClientError.response does (`.message` is read apart).
            pairs = " ".join(f'("{m.wire}", "{m.name}"),' for m in every)
            lines.append(f"    _members = ({pairs})")
    lines += [
        "",
        "",
        "# Every class reports `aioworkspaces.errors` as its module (pickles and reprs name the",
        "# public path, not the internal module that defines the hierarchy).",
        "for _name in __all__:",
        "    globals()[_name].__module__ = __name__",
        "del _name",
    ]
    return "\n".join(lines) + "\n"


def _tables(model: Model) -> str:
    _, codes = _handwritten_errors()
    lines = _module_doc(
        model,
        "What the runtime needs to know about each operation and error code, as plain tables.\n\n"
        "Written by the generator so nothing scans modules or inspects annotations at run\n"
        "time; the classes are named, not imported. Loaded the first time one is needed (an\n"
        "error code to map, configured rate limits, the Stubber), not with the SDK: a call\n"
        "that succeeds needs none of them.",
    )
    lines += [
        "from __future__ import annotations",
        "",
        "__all__ = ['ERRORS', 'METHODS', 'OPERATIONS', 'Operation', 'Pagination']",
        "",
        "",
        # Plain classes: a NamedTuple compiles its constructor when the module loads.
        "class Pagination:",
        '    """The pagination keys of an operation, as attribute names."""',
        "",
        '    __slots__ = ("input_token", "limit_key", "output_token", "result_key")',
        "",
        "    def __init__(",
        "        self, input_token: str, output_token: str, limit_key: str | None, result_key: str",
        "    ) -> None:",
        "        self.input_token = input_token",
        "        self.output_token = output_token",
        "        self.limit_key = limit_key",
        "        self.result_key = result_key",
        "",
        "",
        "class Operation:",
        '    """An operation: its method, its classes (in `aioworkspaces.types`), its errors."""',
        "",
        '    __slots__ = ("errors", "method", "pagination", "request", "result")',
        "",
        "    def __init__(",
        "        self,",
        "        method: str,",
        "        request: str,",
        "        result: str,",
        "        errors: tuple[str, ...],",
        "        pagination: Pagination | None,",
        "    ) -> None:",
        "        self.method = method",
        "        self.request = request",
        "        self.result = result",
        "        self.errors = errors",
        "        self.pagination = pagination",
        "",
        "    def __repr__(self) -> str:",
        '        return f"Operation({self.method!r}, {self.request!r}, {self.result!r})"',
        "",
        "",
        "#: Operation name -> what belongs to it.",
        "OPERATIONS: dict[str, Operation] = {",
    ]
    for op in model.operations.values():
        pagination = "None"
        if op.pagination is not None:
            p = op.pagination
            limit = f'"{p["limit_key"]}"' if p["limit_key"] else "None"
            pagination = (
                f'Pagination("{p["input_token"]}", "{p["output_token"]}", {limit}, '
                f'"{p["result_key"]}")'
            )
        errors = "(" + "".join(f'"{e}", ' for e in op.errors) + ")"
        lines.append(
            f'    "{op.name}": Operation("{op.method}", "{op.input}", "{op.output}", {errors},'
            f" {pagination}),"
        )
    lines += ["}", "", "#: Operation method name -> operation name.", "METHODS: dict[str, str] = {"]
    lines += [f'    "{op.method}": "{op.name}",' for op in model.operations.values()]
    lines += [
        "}",
        "",
        "#: Error code -> the name of its class in `aioworkspaces.errors`.",
        "ERRORS: dict[str, str] = {",
    ]
    lines += [f'    "{code}": "{code}",' for code in sorted({*model.exceptions, *codes})]
    lines.append("}")
    return "\n".join(lines) + "\n"


# --- codecs -----------------------------------------------------------------------------------


class CodecModule:
    """The readers, writers and validation specs of the structures of one types module."""

    def __init__(self, model: Model, module: str) -> None:
        self.model = model
        self.module = module
        self.type_imports: dict[str, set[str]] = {}
        self.lazy_imports: set[str] = set()
        self.helpers: set[str] = set()
        self.definitions: dict[str, str] = {}
        self.outputs = {op.output for op in model.operations.values()}

    # names the functions use ------------------------------------------------------------

    def cls(self, shape: str) -> str:
        where = self.model.module_of[shape]
        self.type_imports.setdefault(f"{PACKAGE}.types.{where}", set()).add(shape)
        return shape

    def function(self, prefix: str, shape: str) -> str:
        name = f"{prefix}_{shape}"
        where = self.model.module_of[shape]
        if where == self.module:
            return name
        # Another module's function is imported on its first call, not with this module:
        # a call then loads the codecs of its own shapes only.
        self.lazy_imports.add("later")
        return self.define(f"_{name}", f'later("{where}", "{name}")')

    def helper(self, name: str) -> str:
        self.helpers.add(name)
        return name

    def define(self, name: str, expression: str) -> str:
        self.definitions[name] = expression
        return name

    def filling(self, shape: str) -> str:
        return self.define(f"_{shape}_filling", f"{self.helper('filling')}({self.cls(shape)})")

    def enum_members(self, shape: str) -> str:
        return self.define(f"_{shape}_values", f"{self.cls(shape)}._value2member_map_")

    # readers ------------------------------------------------------------------------------------

    def read_expression(self, kind: Kind, var: str, level: int = 0) -> str:
        """An expression converting `var` (not None) to `kind`; None items stay None."""
        tag = kind.tag
        if tag == "list":
            assert kind.item is not None
            x = f"_x{level}"
            if kind.item.tag == "structure":
                items = f"list(map({self.function('read', kind.item.shape)}, {var}))"
            else:
                items = f"[{self.read_expression(kind.item, x, level + 1)} for {x} in {var}]"
            return f"{items} if type({var}) is list else {self.helper('not_list')}({var})"
        if tag == "map":
            assert kind.item is not None
            x, k = f"_x{level}", f"_k{level}"
            value = self.read_expression(kind.item, x, level + 1)
            return (
                f"{{{k}: {value} for {k}, {x} in {var}.items()}} "
                f"if type({var}) is dict else {self.helper('not_map')}({var})"
            )
        if tag == "structure":
            return f"{self.function('read', kind.shape)}({var})"
        if tag == "enum":
            # `or` is safe: members are str subclasses, and "" is no member's value. A
            # value that is no str misses the dict (or is unhashable: a TypeError too).
            members = self.enum_members(kind.shape)
            return (
                f"{members}.get({var}) or {self.helper('as_enum')}({var}, {self.cls(kind.shape)})"
            )
        if tag == "timestamp":
            return (
                f"{self.helper('from_epoch')}({var}, {self.helper('UTC')}) "
                f"if type({var}) is int or type({var}) is float else "
                f"{self.helper('as_timestamp')}({var})"
            )
        if tag == "blob":
            return f"{self.helper('as_blob')}({var})"
        python, convert = _SCALAR_CHECKS[tag]
        return f"{var} if type({var}) is {python} else {self.helper(convert)}({var})"

    def reader(self, shape: str) -> list[str]:
        lines = [f"def read_{shape}(document: Any) -> Any:"]
        lines.append(f"    {_DOC_READ.format(shape=shape)}")
        counter = iter(range(10**6))
        self._read_object(
            shape,
            lines,
            "document",
            "obj",
            0,
            "    ",
            (shape,),
            f"return {self.helper('not_object')}(document, {shape!r})",
            counter,
        )
        lines.append("    return obj")
        return lines

    def _read_object(
        self,
        shape: str,
        lines: list[str],
        document: str,
        target: str,
        depth: int,
        indent: str,
        within: tuple[str, ...],
        not_dict: str,
        counter: Iterator[int],
    ) -> None:
        """Lines reading the JSON object `document` into a new `shape` named `target`.

        Nested structures (and the items of lists of them) are read inline, down to
        `_INLINE_DEPTH` and never into a shape that contains itself: a call per nested
        object costs as much as reading a few of its members.
        """
        get, v = f"get{depth}", f"v{depth}"
        lines += [
            f"{indent}if type({document}) is not dict:",
            f"{indent}    {not_dict}",
            # Made without `__init__` and filled as a `filling(cls)` before it becomes a
            # `cls`: a frozen attrs `__init__` pays a guarded `__setattr__` per member.
            f"{indent}{target} = {self.helper('new')}({self.filling(shape)})",
        ]
        if self.model.members(shape):
            lines.insert(len(lines) - 1, f"{indent}{get} = {document}.get")
        for member in self.model.members(shape):
            kind = member.kind
            lines.append(f'{indent}{v} = {get}("{member.wire}")')
            if member.required:
                lines += [
                    f"{indent}if {v} is None:",
                    f'{indent}    raise {self.helper("missing")}("{shape}", "{member.wire}")',
                ]
            inline = self._inline(kind, depth, within)
            if kind.tag in _SCALAR_CHECKS:  # the common case costs one type test
                python, convert = _SCALAR_CHECKS[kind.tag]
                lines += [
                    f"{indent}if type({v}) is not {python} and {v} is not None:",
                    f"{indent}    {v} = {self.helper(convert)}({v})",
                ]
            elif inline is not None and kind.tag == "structure":
                inner = f"o{depth + 1}"
                lines.append(f"{indent}if {v} is not None:")
                self._read_object(
                    inline,
                    lines,
                    v,
                    inner,
                    depth + 1,
                    indent + "    ",
                    (*within, inline),
                    f"{self.helper('not_object')}({v}, {inline!r})",
                    counter,
                )
                lines.append(f"{indent}    {v} = {inner}")
            elif inline is not None:  # a list of structures
                item, inner = f"d{depth + 1}", f"o{depth + 1}"
                items = f"l{next(counter)}"
                lines += [
                    f"{indent}if {v} is not None:",
                    f"{indent}    if type({v}) is not list:",
                    f"{indent}        {self.helper('not_list')}({v})",
                    f"{indent}    {items}: list[Any] = []",
                    f"{indent}    for {item} in {v}:",
                ]
                self._read_object(
                    inline,
                    lines,
                    item,
                    inner,
                    depth + 1,
                    indent + "        ",
                    (*within, inline),
                    # A null item stays None, as botocore keeps it.
                    f"{items}.append({self.helper('not_object')}({item}, {inline!r}))\n"
                    f"{indent}            continue",
                    counter,
                )
                lines += [f"{indent}        {items}.append({inner})", f"{indent}    {v} = {items}"]
            else:
                lines += [
                    f"{indent}if {v} is not None:",
                    f"{indent}    {v} = {self.read_expression(kind, v)}",
                ]
            lines.append(f"{indent}{target}.{member.name} = {v}")
        if shape in self.outputs:
            lines.append(f"{indent}{target}.response_metadata = {self.helper_shape('NO_METADATA')}")
        lines.append(f"{indent}{target}.__class__ = {self.cls(shape)}")

    def helper_shape(self, name: str) -> str:
        self.type_imports.setdefault(f"{PACKAGE}.types._shape", set()).add(name)
        return name

    def _inline(self, kind: Kind, depth: int, within: tuple[str, ...]) -> str | None:
        if depth + 1 >= _INLINE_DEPTH:
            return None
        if kind.tag == "list":
            assert kind.item is not None
            kind = kind.item
        if kind.tag == "structure" and kind.shape not in within:
            return kind.shape
        return None

    # writers ---------------------------------------------------------------------------------

    def write_expression(self, kind: Kind, var: str, level: int = 0) -> str:
        tag = kind.tag
        if tag == "list":
            assert kind.item is not None
            x = f"_x{level}"
            inner = self.write_expression(kind.item, x, level + 1)
            return f"list({var})" if inner == x else f"[{inner} for {x} in {var}]"
        if tag == "map":
            assert kind.item is not None
            x, k = f"_x{level}", f"_k{level}"
            inner = self.write_expression(kind.item, x, level + 1)
            return (
                f"dict({var})" if inner == x else f"{{{k}: {inner} for {k}, {x} in {var}.items()}}"
            )
        if tag == "structure":
            return f"{self.function('write', kind.shape)}({var})"
        if tag == "enum":
            return f"{self.helper('enum_value')}({var})"
        if tag == "timestamp":
            return f"{self.helper('timestamp')}({var})"
        if tag == "blob":
            return f"{self.helper('blob')}({var})"
        return var

    def writer(self, shape: str) -> list[str]:
        lines = [
            f"def write_{shape}(obj: Any) -> dict[str, Any]:",
            f"    {_DOC_WRITE.format(shape=shape)}",
            "    document: dict[str, Any] = {}",
        ]
        for member in self.model.members(shape):
            lines += [
                f"    v = obj.{member.name}",
                "    if v is not None:",
                f'        document["{member.wire}"] = {self.write_expression(member.kind, "v")}',
            ]
        lines.append("    return document")
        return lines

    # validation specs --------------------------------------------------------------------------

    def spec_kind(self, kind: Kind) -> str:
        if kind.tag in ("list", "map"):
            assert kind.item is not None
            return f'("{kind.tag}", {self.spec_kind(kind.item)})'
        if kind.tag == "structure":
            return f'("structure", {self.cls(kind.shape)})'
        if kind.tag == "enum":
            return f'("enum", "{kind.shape}")'
        return f'("{kind.tag}",)'

    def spec(self, shape: str) -> list[str]:
        lines = [f"SPEC_{shape} = ("]
        lines.append(f"    {self.model.is_union(shape)},")
        lines.append("    (")
        for m in self.model.members(shape):
            lines.append(
                f'        ("{m.name}", "{m.wire}", {m.required}, {m.minimum}, {self.spec_kind(m.kind)}),'
            )
        lines += ["    ),", ")"]
        return lines

    def render(self, shapes: list[str]) -> str:
        structures = [s for s in shapes if self.model.is_structure(s)]
        body: list[str] = []
        for shape in structures:
            body += [
                "",
                "",
                *self.reader(shape),
                "",
                "",
                *self.writer(shape),
                "",
                "",
                *self.spec(shape),
            ]
        lines = _module_doc(
            self.model,
            f"Readers, writers and validation specs of the shapes in\n"
            f"`aioworkspaces.types.{self.module}`.",
        )
        lines += ["from __future__ import annotations", "", "from typing import Any", ""]
        local: dict[str, set[str]] = {}
        if self.helpers & _READ_HELPERS:
            local[f"{PACKAGE}._serialization.readers"] = self.helpers & _READ_HELPERS
        if self.helpers & _WRITE_HELPERS:
            local[f"{PACKAGE}._serialization.writers"] = self.helpers & _WRITE_HELPERS
        for module, names in self.type_imports.items():
            local[module] = names
        if self.lazy_imports:
            local[f"{PACKAGE}._serialization.wire"] = self.lazy_imports
        lines += [*_import_lines(local), ""]
        exported = [f"{p}_{s}" for s in structures for p in ("read", "write")]
        exported += [f"SPEC_{s}" for s in structures]
        lines += _all(exported)
        for name, expression in self.definitions.items():
            lines.append(f"{name} = {expression}")
        lines += body
        return "\n".join(lines) + "\n"


_DOC_READ = '"""Read a JSON object into an instance (a null stays None)."""'
_DOC_WRITE = '"""The JSON object of an instance: the members that are set, by wire name."""'

#: Scalars whose JSON type is their Python type: (type name, converter for the rest).
_SCALAR_CHECKS = {
    "string": ("str", "as_string"),
    "integer": ("int", "as_integer"),
    "boolean": ("bool", "as_boolean"),
    "number": ("float", "as_number"),
}
_READ_HELPERS = {
    "missing",
    "as_string",
    "as_integer",
    "as_boolean",
    "as_number",
    "as_timestamp",
    "as_blob",
    "as_enum",
    "not_list",
    "not_map",
    "not_object",
    "filling",
    "from_epoch",
    "UTC",
    "new",
}
_WRITE_HELPERS = {"timestamp", "blob", "enum_value"}
