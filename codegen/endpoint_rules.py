"""`aioworkspaces/_endpoint_rules.py`: WorkSpaces' endpoint rules, translated into Python.

The vendored `endpoint-rule-set-1.json` becomes one function, `resolve`, whose nested
`if`s are the ruleset's rules in order, evaluated as botocore's `EndpointProvider`
evaluates them: a rule's conditions in order until one is false (or None), a tree
whose rules all fall through falls through to the next rule, an endpoint rule returns
its URL, an error rule raises `RuleError` with its message. The vendored
`partitions.json` becomes a table of `Partition`s that `aws_partition` matches regions
against, as botocore's `aws.partition` does.

The translation knows the rule functions this ruleset uses and nothing more: a ruleset
that uses another function (or uses a known one in a way not handled, or gives an
endpoint properties or headers, which the SDK would not follow) is a `RuleSetError`
naming it, and the generator fails rather than write a resolver that guesses.
"""

from __future__ import annotations

import json
import keyword
import re
import string
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .model import xform_name

__all__ = ["SUPPORTED_FUNCTIONS", "RuleSetError", "render_endpoint_rules"]

SUPPORTED_FUNCTIONS = ("isSet", "booleanEquals", "getAttr", "aws.partition")
"""The rule functions the translation implements."""

# botocore's TEMPLATE_STRING_RE: a string is a template when this finds something in it.
_TEMPLATE = re.compile(r"\{[a-zA-Z#]+\}")
# Module-level names of the generated file that no parameter or variable may take.
_RESERVED = {"re", "NamedTuple", "Partition", "PARTITIONS", "RuleError", "aws_partition", "resolve"}
_INDENT = "    "


class RuleSetError(Exception):
    """The endpoint rules or partitions use what the generated resolver does not implement."""


@dataclass(frozen=True)
class _Var:
    python: str
    kind: str  # "bool", "str" or "partition"


@dataclass
class _Block:
    lines: list[str]
    falls_through: bool


def _python_name(name: str, what: str) -> str:
    python = xform_name(name)
    if not python.isidentifier() or keyword.iskeyword(python) or python in _RESERVED:
        raise RuleSetError(f"the {what} {name!r} has no usable Python name ({python!r})")
    return python


def _literal(text: str) -> str:
    """`text` inside double quotes: JSON's escapes are Python's too."""
    return json.dumps(text)[1:-1]


class _Translator:
    def __init__(self, rules: dict[str, Any], partitions: dict[str, Any]) -> None:
        self.rules = rules
        self.fields = _partition_fields(partitions)
        self.params: dict[str, _Var] = {}
        self.signature: list[str] = []
        for name, spec in rules.get("parameters", {}).items():
            self._parameter(name, spec)

    def _parameter(self, name: str, spec: dict[str, Any]) -> None:
        python = _python_name(name, "parameter")
        kind = {"string": "str", "boolean": "bool"}.get(str(spec.get("type")).lower())
        if kind is None:
            raise RuleSetError(f"parameter {name}: type {spec.get('type')!r} is not supported")
        default = spec.get("default")
        if default is not None:
            if not isinstance(default, bool if kind == "bool" else str):
                raise RuleSetError(f"parameter {name}: default {default!r} is not a {kind}")
            self.signature.append(f"{python}: {kind} = {default!r}")
        elif spec.get("required"):
            self.signature.append(f"{python}: {kind}")
        else:
            self.signature.append(f"{python}: {kind} | None = None")
        self.params[name] = _Var(python, kind)

    # --- expressions ------------------------------------------------------------------

    def _unknown(self, fn: object) -> RuleSetError:
        return RuleSetError(
            f"the endpoint rules use the function {fn!r}, which the generated resolver does "
            f"not implement (it knows {', '.join(SUPPORTED_FUNCTIONS)}): teach "
            "codegen/endpoint_rules.py how botocore evaluates it"
        )

    def _value(self, arg: Any, scope: dict[str, _Var]) -> tuple[str, str]:
        """Python for an argument (a literal, a reference, getAttr, a template): code, kind."""
        if isinstance(arg, bool):
            return repr(arg), "bool"
        if isinstance(arg, str):
            return self._string(arg, scope), "str"
        if isinstance(arg, dict) and "ref" in arg:
            return self._ref(arg["ref"], scope)
        if isinstance(arg, dict) and "fn" in arg:
            if arg["fn"] == "getAttr":
                return self._get_attr(arg, scope)
            if arg["fn"] in SUPPORTED_FUNCTIONS:
                raise RuleSetError(f"{arg['fn']} as an argument of a function is not supported")
            raise self._unknown(arg["fn"])
        raise RuleSetError(f"unsupported argument {arg!r}")

    def _ref(self, name: str, scope: dict[str, _Var]) -> tuple[str, str]:
        if name not in scope:
            raise RuleSetError(f"the rules refer to {name!r}, which is not set where it is used")
        var = scope[name]
        return var.python, var.kind

    def _get_attr(self, call: dict[str, Any], scope: dict[str, _Var]) -> tuple[str, str]:
        argv = call.get("argv", [])
        if len(argv) != 2 or not isinstance(argv[0], dict) or not isinstance(argv[1], str):
            raise RuleSetError(f"getAttr with arguments {argv!r} is not supported")
        code, kind = self._value(argv[0], scope)
        return self._attribute(code, kind, argv[1])

    def _attribute(self, code: str, kind: str, path: str) -> tuple[str, str]:
        if kind != "partition":
            raise RuleSetError(f"getAttr of a {kind} ({code}) is not supported")
        if path not in self.fields:
            raise RuleSetError(
                f"getAttr({code}, {path!r}): the partitions have no output {path!r} "
                f"(they have {', '.join(sorted(self.fields))})"
            )
        field, field_kind = self.fields[path]
        return f"{code}.{field}", field_kind

    def _string(self, text: str, scope: dict[str, _Var]) -> str:
        """A string literal, or an f-string for a template, as botocore resolves them."""
        if _TEMPLATE.search(text) is None:
            return f'"{_literal(text)}"'
        parts = []
        try:
            parsed = list(string.Formatter().parse(text))
        except ValueError as exc:
            raise RuleSetError(f"template {text!r}: {exc}") from None
        for literal, reference, spec, conversion in parsed:
            parts.append(_literal(literal).replace("{", "{{").replace("}", "}}"))
            if reference is None:
                continue
            if spec or conversion:
                raise RuleSetError(f"template {text!r}: format specs are not supported")
            name, *path = reference.split("#")
            code, kind = self._ref(name, scope)
            for attribute in path:
                code, kind = self._attribute(code, kind, attribute)
            if kind == "partition":
                raise RuleSetError(f"template {text!r} formats a whole partition")
            parts.append("{" + code + "}")
        return 'f"' + "".join(parts) + '"'

    # --- conditions and rules -------------------------------------------------------------

    def _condition(self, condition: dict[str, Any], scope: dict[str, _Var]) -> tuple[str, str]:
        """("if", test) or ("assign", statement); a new variable goes into `scope`."""
        fn = condition.get("fn")
        argv = condition.get("argv", [])
        assign = condition.get("assign")
        if fn == "aws.partition":
            if assign is None or len(argv) != 1:
                raise RuleSetError("aws.partition is supported with one argument and assign")
            code, kind = self._value(argv[0], scope)
            if kind != "str":
                raise RuleSetError(f"aws.partition of a {kind} is not supported")
            if assign in scope:  # botocore raises at evaluation: refuse it here
                raise RuleSetError(f"the rules assign {assign!r} where it is already set")
            python = _python_name(assign, "variable")
            scope[assign] = _Var(python, "partition")
            # botocore's aws.partition always returns a partition (the first one when no
            # other matches), so the condition always holds: an assignment.
            return "assign", f"{python} = aws_partition({code})"
        if fn not in SUPPORTED_FUNCTIONS:
            raise self._unknown(fn)
        if assign is not None:
            raise RuleSetError(f"{fn} with assign is not supported")
        if fn == "isSet":
            if len(argv) != 1:
                raise RuleSetError(f"isSet with arguments {argv!r}")
            code, _ = self._value(argv[0], scope)
            return "if", f"{code} is not None"
        if fn == "booleanEquals":
            if len(argv) != 2:
                raise RuleSetError(f"booleanEquals with arguments {argv!r}")
            (left, left_kind), (right, right_kind) = (self._value(a, scope) for a in argv)
            if left_kind != "bool" or right_kind != "bool":
                # botocore raises for anything but two bools: refuse it here.
                raise RuleSetError(f"booleanEquals({left}, {right}) of a non-boolean")
            if isinstance(argv[0], bool) and not isinstance(argv[1], bool):
                left, right = right, left  # `x is True` reads better than `True is x`
            return "if", f"{left} is {right}"
        raise RuleSetError(f"{fn} as a condition is not supported")

    def rule(self, rule: dict[str, Any], scope: dict[str, _Var], depth: int) -> _Block:
        scope = dict(scope)  # botocore gives every rule a copy of the variables
        lines: list[str] = []
        for note in _comment(rule.get("documentation")):
            lines.append(_INDENT * depth + note)
        tested = False
        tests: list[str] = []  # consecutive tests make one `if ... and ...:`
        for condition in [*rule.get("conditions", []), None]:
            kind, code = self._condition(condition, scope) if condition else ("end", "")
            if kind == "if":
                tests.append(code)
                continue
            if tests:
                lines.append(f"{_INDENT * depth}if {' and '.join(tests)}:")
                depth += 1
                tested = True
                tests = []
            if kind == "assign":
                lines.append(_INDENT * depth + code)
        body = self._body(rule, scope, depth)
        return _Block(lines + body.lines, tested or body.falls_through)

    def _body(self, rule: dict[str, Any], scope: dict[str, _Var], depth: int) -> _Block:
        pad = _INDENT * depth
        kind = rule.get("type")
        if kind == "endpoint":
            endpoint = rule["endpoint"]
            if endpoint.get("properties") or endpoint.get("headers"):
                raise RuleSetError(
                    f"an endpoint with properties or headers ({endpoint!r}): the SDK uses the "
                    "URL only and would ignore them"
                )
            code, value_kind = self._value(endpoint["url"], scope)
            if value_kind != "str":
                raise RuleSetError(f"an endpoint URL that is a {value_kind}: {code}")
            return _Block([f"{pad}return {code}"], False)
        if kind == "error":
            code, _ = self._value(rule["error"], scope)
            return _Block([f"{pad}raise RuleError({code})"], False)
        if kind == "tree":
            return self.rules_block(rule["rules"], scope, depth)
        raise RuleSetError(f"unknown rule type {kind!r}")

    def rules_block(
        self, rules: list[dict[str, Any]], scope: dict[str, _Var], depth: int
    ) -> _Block:
        lines: list[str] = []
        for rule in rules:
            block = self.rule(rule, scope, depth)
            lines += block.lines
            if not block.falls_through:  # botocore never reaches the rules after it
                return _Block(lines, False)
        return _Block(lines, True)

    def resolve(self) -> Iterator[str]:
        yield "def resolve(*, " + ", ".join(self.signature) + ") -> str:"
        yield '    """The URL of the endpoint the rules give for these parameters, as botocore\'s'
        yield "    `EndpointProvider` resolves it, or `RuleError` with the rule's message."
        yield ""
        yield "    Its parameters are the ruleset's:"
        yield ""
        for name, spec in self.rules.get("parameters", {}).items():
            about = " ".join(str(spec.get("documentation", "")).split())
            builtin = f" (`{spec['builtIn']}`)" if spec.get("builtIn") else ""
            text = f"`{self.params[name].python}` is `{name}`{builtin}: {about}"
            yield from textwrap.wrap(
                text,
                92,
                initial_indent="    - ",
                subsequent_indent="      ",
                break_on_hyphens=False,
            )
        yield '    """'
        block = self.rules_block(self.rules["rules"], dict(self.params), 1)
        yield from block.lines
        if block.falls_through:
            values = "\\n".join(f"{n}: {{{v.python}}}" for n, v in self.params.items())
            yield f'    raise RuleError(f"No endpoint found for parameters:\\n{values}")'


def _comment(documentation: object) -> list[str]:
    if not documentation:
        return []
    return [f"# {line}".rstrip() for line in str(documentation).splitlines()]


def _partition_fields(partitions: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Each output key of the partitions: its `Partition` field and kind."""
    fields: dict[str, tuple[str, str]] = {"name": ("name", "str")}
    keys: set[str] | None = None
    for partition in partitions["partitions"]:
        outputs = partition["outputs"]
        if keys is not None and set(outputs) != keys:
            raise RuleSetError(f"partition {partition['id']} has other outputs than the first")
        keys = set(outputs)
        for key, value in outputs.items():
            if key == "name":
                continue
            kind = "bool" if isinstance(value, bool) else "str" if isinstance(value, str) else ""
            if not kind or fields.get(key, (None, kind))[1] != kind:
                raise RuleSetError(f"partition output {key}: {value!r} is not a str or bool")
            field = _python_name(key, "partition output")
            if field in ("name", "region_regex", "regions"):
                raise RuleSetError(f"partition output {key} clashes with the field {field}")
            fields[key] = (field, kind)
    return fields


def _regex(pattern: str) -> str:
    if '"' in pattern or pattern.endswith("\\") or "\n" in pattern:
        return repr(pattern)
    return f'r"{pattern}"'


def _partitions(partitions: dict[str, Any], fields: dict[str, tuple[str, str]]) -> list[str]:
    outputs = sorted((f, k, key) for key, (f, k) in fields.items() if key != "name")
    lines = [
        "class Partition(NamedTuple):",
        '    """A partition of partitions.json, as `aws.partition` returns it (the id is the',
        '    `name`, as botocore sets it)."""',
        "",
        "    name: str",
        "    region_regex: str",
        '    """A region that matches it (`re.match`) is in the partition."""',
        "    regions: tuple[str, ...]",
        '    """The regions the partition lists, in it whether they match `region_regex` or not."""',
    ]
    lines += [f"    {field}: {kind}" for field, kind, _ in outputs]
    lines += [
        "",
        "",
        "PARTITIONS: tuple[Partition, ...] = (",
    ]
    for partition in partitions["partitions"]:
        lines.append("    Partition(")
        lines.append(f'        name="{_literal(partition["id"])}",')
        lines.append(f"        region_regex={_regex(partition['regionRegex'])},")
        regions = ", ".join(f'"{_literal(r)}"' for r in partition["regions"])
        lines.append(f"        regions=({regions},),")
        for field, _, key in outputs:
            value = partition["outputs"][key]
            shown = repr(value) if isinstance(value, bool) else f'"{_literal(value)}"'
            lines.append(f"        {field}={shown},")
        lines.append("    ),")
    lines.append(")")
    lines.append(
        '"""In partitions.json\'s order, which is the order `aws_partition` tries them in."""'
    )
    return lines


_AWS_PARTITION = '''
def aws_partition(region: str | None) -> Partition:
    """`aws.partition` as botocore evaluates it: the first partition that lists `region`
    or whose `region_regex` matches it, else the first partition (`aws`)."""
    if region is not None:
        for partition in PARTITIONS:
            if region in partition.regions or re.match(partition.region_regex, region):
                return partition
    return PARTITIONS[0]
'''


def render_endpoint_rules(rules: dict[str, Any], partitions: dict[str, Any], header: str) -> str:
    """The source of `aioworkspaces/_endpoint_rules.py`."""
    translator = _Translator(rules, partitions)
    resolve = list(translator.resolve())
    lines = [
        header,
        '"""WorkSpaces\' endpoint rules (`endpoint-rule-set-1.json`) and the AWS partitions',
        "(`partitions.json`) of the vendored botocore model, as Python.",
        "",
        "`resolve` returns the URL botocore's `EndpointProvider` returns for the same",
        "parameters, or raises `RuleError` where it raises; no file is read and botocore is",
        "not imported. Written by codegen/endpoint_rules.py.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import re",
        "from typing import NamedTuple",
        "",
        '__all__ = ["PARTITIONS", "Partition", "RuleError", "aws_partition", "resolve"]',
        "",
        "",
        "class RuleError(ValueError):",
        '    """An error rule matched: its message says why there is no endpoint."""',
        "",
        "",
        *_partitions(partitions, translator.fields),
        "",
        *_AWS_PARTITION.strip("\n").splitlines(),
        "",
        "",
        *resolve,
    ]
    return "\n".join(lines) + "\n"
