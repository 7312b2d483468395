"""The model's HTML documentation as plain text, wrapped for docstrings."""

from __future__ import annotations

import html.parser
import re
import textwrap

__all__ = ["docstring", "first_sentence", "to_text"]

_BLOCKS = {"p", "note", "important", "ul", "ol", "li", "br", "div", "dl", "dt", "dd", "h1", "h2"}


class _Text(html.parser.HTMLParser):
    """Paragraphs of text; list items become `- ` paragraphs, notes are prefixed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._bullet = False
        self._prefix = ""  # "Note: " for the first paragraph of a <note>

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._current)).strip()
        self._current = []
        if text:  # an empty block (`<li>` right before its `<p>`) keeps bullet and prefix
            self.paragraphs.append(("- " if self._bullet else "") + self._prefix + text)
            self._prefix = ""
            self._bullet = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._flush()
        if tag == "li":
            self._bullet = True
        elif tag == "note":
            self._prefix = "Note: "
        elif tag == "important":
            self._prefix = "Important: "
        elif tag == "code":
            self._current.append("`")

    def handle_endtag(self, tag: str) -> None:
        if tag == "code":
            self._current.append("`")
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        self._current.append(data)


def to_text(documentation: str | None) -> list[str]:
    """The paragraphs of an HTML documentation string, as plain text."""
    if not documentation:
        return []
    parser = _Text()
    parser.feed(documentation)
    parser.close()
    parser._flush()
    # "``" from `<code></code>` and stray spaces before punctuation read badly.
    paragraphs = [re.sub(r"``", "", p) for p in parser.paragraphs]
    return [re.sub(r" +([.,;:])", r"\1", p) for p in paragraphs]


def first_sentence(paragraphs: list[str]) -> str:
    """The first sentence of the first paragraph."""
    if not paragraphs:
        return ""
    text = paragraphs[0]
    match = re.match(r"(.+?\.)(\s|$)", text)
    return match.group(1) if match else text


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def wrap(paragraphs: list[str], width: int, indent: str = "") -> list[str]:
    """Lines of `paragraphs` (blank lines between), each at most `width` columns."""
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        if paragraph.startswith("- "):
            lines += textwrap.wrap(
                paragraph,
                width,
                initial_indent=indent,
                subsequent_indent=indent + "  ",
                break_on_hyphens=False,
                break_long_words=False,
            )
        else:
            lines += textwrap.wrap(
                paragraph,
                width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_on_hyphens=False,
                break_long_words=False,
            )
    return lines


def docstring(
    paragraphs: list[str], indent: str, *, sections: list[str] | None = None
) -> list[str]:
    """The source lines of a docstring at `indent`: paragraphs wrapped to 100 columns.

    `sections` are preformatted lines (already indented relative to the docstring)
    appended after a blank line, as `Args:` and `Returns:` blocks.
    """
    width = 100 - len(indent) - 6  # the quotes may share the one line there is
    body = wrap([_escape(p) for p in paragraphs], width)
    if sections:
        if body:
            body.append("")
        body += [_escape(line) for line in sections]
    if not body:
        body = ["(No documentation in the model.)"]
    if len(body) == 1 and len(body[0]) + 3 <= width and not body[0].endswith('"'):
        return [f'{indent}"""{body[0]}"""']
    first, *rest = body
    lines = [f'{indent}"""{first}']
    lines += [f"{indent}{line}" if line else "" for line in rest]
    lines.append(f'{indent}"""')
    return lines
