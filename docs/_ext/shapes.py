"""A griffe extension: the model's shapes and enums read as compact reference entries.

The classes of `aioworkspaces.types` (over 500) are declared with `@shape` and
`member("WireName", min=..., default=...)`, a value that means nothing to a reader. On
the site each shape gets one "Attributes" table instead of a heading per member
(name, type with links, description, wire name, minimum, whether it is required), and
each enum one line listing its values, so a class of twenty members stays one screen.
Annotated attributes of the hand-written attrs classes lose griffe's misleading
"class-attribute" label.
The source files are left alone: this only changes what the reference shows.
"""

from __future__ import annotations

import ast
import textwrap
from typing import Any

import griffe

_MINIMUM = {"str": "length", "int": "value"}


class ShapeReference(griffe.Extension):
    """Members of `@shape` classes into an Attributes section; enum members into one line."""

    def on_attribute_instance(self, *, attr: griffe.Attribute, **kwargs: Any) -> None:
        # An annotated attribute of an attrs class or TypedDict is an instance attribute;
        # griffe labels it "class-attribute" too, which only confuses.
        if "instance-attribute" in attr.labels:
            attr.labels.discard("class-attribute")

    def on_class_members(self, *, cls: griffe.Class, agent: Any, **kwargs: Any) -> None:
        if any(_decorator_name(d.value) == "shape" for d in cls.decorators):
            _shape_table(cls, agent)
        elif any(str(base) == "WireEnum" for base in cls.bases):
            _enum_values(cls, agent)


def _decorator_name(value: str | griffe.Expr) -> str:
    text = str(value)
    return text.split("(", 1)[0].rsplit(".", 1)[-1]


def _shape_table(cls: griffe.Class, agent: Any) -> None:
    rows: list[str] = []
    for name, attribute in list(cls.members.items()):
        if not isinstance(attribute, griffe.Attribute) or name.startswith("_"):
            continue
        call = attribute.value
        if not isinstance(call, griffe.ExprCall):
            continue
        annotation = str(attribute.annotation) if attribute.annotation is not None else ""
        description = attribute.docstring.value if attribute.docstring else ""
        description = " ".join(description.split()) or "Not documented by the model."
        if not description.endswith((".", "!", "?", ":")):
            description += "."
        description += _member_notes(call, annotation)
        rows.append(
            f"{name} ({annotation}): {description}" if annotation else f"{name}: {description}"
        )
        del cls.members[name]
    if not rows:
        return
    section = "Attributes:\n" + textwrap.indent("\n".join(rows), "    ")
    _append(cls, section, agent)


def _member_notes(call: griffe.ExprCall, annotation: str) -> str:
    """The wire name, minimum and requiredness a `member(...)` call declares."""
    function = _decorator_name(call.function)
    keywords = {
        str(a.name): str(a.value) for a in call.arguments if isinstance(a, griffe.ExprKeyword)
    }
    if function == "metadata_member":
        return " Not sent; takes no part in `==`."
    positional = [a for a in call.arguments if not isinstance(a, griffe.ExprKeyword)]
    notes: list[str] = []
    if "default" not in keywords:
        notes.append("**Required.**")
    if positional:
        wire = ast.literal_eval(str(positional[0]))
        notes.append(f"Wire name `{wire}`.")
    if "min" in keywords:
        base = annotation.split("|", 1)[0].strip()
        kind = "list size" if base.startswith(("list", "Sequence")) else _MINIMUM.get(base)
        kind = kind or ("entries" if base.startswith(("dict", "Mapping")) else "value")
        notes.append(f"Minimum {kind}: {keywords['min']}.")
    return " " + " ".join(notes) if notes else ""


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
