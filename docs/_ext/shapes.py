"""A griffe extension: the model's shapes and enums read as compact reference entries.

The classes of `aioworkspaces.types` (over 500) declare each member with its wire name
and the model's minimum (`member("WorkspaceId", min=1, default=None)`, or
`field(default=None, metadata={"wire": "WorkspaceId", "min": 1})`): a value that means
nothing to a reader. On the site each shape gets one "Attributes" list instead of a
heading per member (name, type with links, description, whether it is required, wire
name, minimum), and each enum one line listing its values, so a class of twenty
members stays one screen. Annotated attributes of the hand-written attrs classes lose
griffe's misleading "class-attribute" label. The source files are left alone: this
only changes what the reference shows.
"""

from __future__ import annotations

import ast
import textwrap
from typing import Any

import griffe

TYPES = "aioworkspaces.types."
_MINIMUM = {"str": "length", "int": "value", "float": "value"}


class ShapeReference(griffe.Extension):
    """Members of shape classes into an Attributes section; enum members into one line."""

    def on_attribute_instance(self, *, attr: griffe.Attribute, **kwargs: Any) -> None:
        # An annotated attribute of an attrs class or TypedDict is an instance attribute;
        # griffe labels it "class-attribute" too, which only confuses.
        if "instance-attribute" in attr.labels:
            attr.labels.discard("class-attribute")

    def on_class_members(self, *, cls: griffe.Class, agent: Any, **kwargs: Any) -> None:
        if not cls.path.startswith(TYPES):
            return
        if any(str(base).rsplit(".", 1)[-1] == "WireEnum" for base in cls.bases):
            _enum_values(cls, agent)
        else:
            _shape_members(cls, agent)


def _declaration(attribute: griffe.Attribute) -> dict[str, Any] | None:
    """What a member's declaration says: wire name, minimum, default, `eq`; None if none."""
    try:
        call = ast.parse(str(attribute.value), mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(call, ast.Call):
        return None
    found: dict[str, Any] = {}
    for keyword in call.keywords:
        if keyword.arg == "metadata" and isinstance(keyword.value, ast.Dict):
            for key, value in zip(keyword.value.keys, keyword.value.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(value, ast.Constant):
                    found[str(key.value)] = value.value
        elif keyword.arg is not None:
            found[keyword.arg] = ast.unparse(keyword.value)
    if call.args and isinstance(call.args[0], ast.Constant):
        found["wire"] = call.args[0].value
    return found


def _shape_members(cls: griffe.Class, agent: Any) -> None:
    items: list[str] = []
    for name, attribute in list(cls.members.items()):
        if not isinstance(attribute, griffe.Attribute) or name.startswith("_"):
            continue
        declared = _declaration(attribute)
        if declared is None or ("wire" not in declared and "eq" not in declared):
            continue
        annotation = str(attribute.annotation) if attribute.annotation is not None else ""
        text = attribute.docstring.value.strip() if attribute.docstring else ""
        text = text or "Not documented by the model."
        # The notes close the first paragraph, where a reader of a long description looks.
        first_paragraph, *more = text.split("\n\n", 1)
        if not first_paragraph.endswith((".", "!", "?", ":")):
            first_paragraph += "."
        text = "\n\n".join([first_paragraph + _notes(declared, annotation), *more])
        first, *rest = text.split("\n")
        head = f"{name} ({annotation}): {first}" if annotation else f"{name}: {first}"
        items.append("\n".join([head, *(f"    {line}" if line else "" for line in rest)]))
        del cls.members[name]
    if items:
        _append(cls, "Attributes:\n" + textwrap.indent("\n".join(items), "    "), agent)


def _notes(declared: dict[str, Any], annotation: str) -> str:
    """Whether the member is required, its wire name and minimum, as one sentence each."""
    if "wire" not in declared:
        return " Not sent; takes no part in `==`."
    notes = [] if "default" in declared else ["**Required.**"]
    notes.append(f"Wire name `{declared['wire']}`.")
    if "min" in declared:
        base = annotation.split("|", 1)[0].strip()
        kind = _MINIMUM.get(base)
        if kind is None:
            kind = "size" if base.startswith(("list", "Sequence", "dict", "Mapping")) else "value"
        notes.append(f"Minimum {kind}: {declared['min']}.")
    return " " + " ".join(notes)


def _enum_values(cls: griffe.Class, agent: Any) -> None:
    values: list[str] = []
    for name, attribute in list(cls.members.items()):
        if isinstance(attribute, griffe.Attribute) and not name.startswith("_"):
            value = ast.literal_eval(str(attribute.value)) if attribute.value is not None else name
            values.append(f"`{value}`")
            del cls.members[name]
    if values:
        _append(cls, "Values: " + ", ".join(values) + ".", agent)


def _append(cls: griffe.Class, text: str, agent: Any) -> None:
    if cls.docstring is None:
        cls.docstring = griffe.Docstring(
            text, parent=cls, parser=agent.docstring_parser, parser_options=agent.docstring_options
        )
    else:  # not parsed yet: the renderer parses it later, with the page's options
        cls.docstring.value = cls.docstring.value.rstrip() + "\n\n" + text
