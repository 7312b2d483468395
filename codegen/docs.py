"""The model's HTML documentation as plain text, wrapped for docstrings."""

from __future__ import annotations

import html.parser
import re
import textwrap

__all__ = ["docstring", "fill", "first_sentence", "lead_notes", "split_summary", "to_text", "wrap"]

_BLOCKS = {"p", "note", "important", "ul", "ol", "li", "br", "div", "dl", "dt", "dd", "h1", "h2"}


class _Text(html.parser.HTMLParser):
    """Paragraphs of text; list items become `- ` paragraphs, notes are prefixed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._bullet = False
        self._prefix = ""  # "Note: " for the first paragraph of a <note>
        self._links: list[str | None] = []  # the href of each open <a>

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
        elif tag == "a":
            # A link keeps its address as a Markdown link: IDE hovers and the site
            # both render `[text](url)`, and plain text loses the URL.
            href = dict(attrs).get("href")
            self._links.append(href)
            if href:
                self._current.append("\x00[")

    def handle_endtag(self, tag: str) -> None:
        if tag == "code":
            self._current.append("`")
        elif tag == "a" and self._links:
            href = self._links.pop()
            if href:
                self._current.append(f"\x00]({href})")
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
    paragraphs = [re.sub(r" +([.,;:])", r"\1", p) for p in paragraphs]
    return [_links(p) for p in paragraphs]


def _links(text: str) -> str:
    """The links marked by `to_text` as `[text](url)`, with the spaces inside trimmed."""

    def link(match: re.Match[str]) -> str:
        label, url = match.group(1).strip(), match.group(2)
        return f"[{label}]({url})" if label else f"<{url}>"

    text = re.sub(r"\x00\[(.*?)\x00\]\(([^)\s]*)\)", link, text)
    return text.replace("\x00", "")


# The end of a sentence: a period then a space or the end, not after "e.g." and the like.
_SENTENCE = re.compile(r"(.+?(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)\.)(?:\s+|$)")


def first_sentence(paragraphs: list[str]) -> str:
    """The first sentence of the first paragraph."""
    if not paragraphs:
        return ""
    return split_summary(paragraphs)[0]


def split_summary(paragraphs: list[str]) -> list[str]:
    """`paragraphs` with the first sentence of the first one as a paragraph of its own.

    Summary tables (and many tools) show a docstring's first line only: it has to be a
    whole sentence, so it is never wrapped nor followed by the rest of its paragraph.
    """
    if not paragraphs or paragraphs[0].startswith("- "):
        return paragraphs
    first, *rest = paragraphs
    match = _SENTENCE.match(first)
    if match is None or match.end() == len(first):
        return paragraphs
    return [match.group(1), first[match.end() :], *rest]


def lead_notes(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs without the notes that open them (the end-of-support notice of the
    pool operations), and those notes without their label, for a `Warning:` section.

    A description that is nothing but notes is left as it is.
    """
    notes: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        label = next((x for x in ("Note: ", "Important: ") if paragraph.startswith(x)), None)
        if label is None:
            return (paragraphs[index:], notes) if notes else (paragraphs, [])
        notes.append(paragraph[len(label) :])
    return paragraphs, []


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


_LINK = re.compile(r"\[[^\]]*\]\([^)\s]*\)")


def fill(text: str, width: int, first: str, rest: str) -> list[str]:
    """`text` wrapped to `width` columns (indents included); a link is never broken."""
    # A link broken inside its text reads badly in a hover: its spaces do not break.
    text = _LINK.sub(lambda m: m.group(0).replace(" ", "\x01"), text)
    lines = textwrap.wrap(
        text,
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
        break_long_words=False,
    )
    return [line.replace("\x01", " ") for line in lines]


def wrap(paragraphs: list[str], width: int, indent: str = "") -> list[str]:
    """Lines of `paragraphs` (blank lines between), each at most `width` columns."""
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        hanging = "  " if paragraph.startswith("- ") else ""
        lines += fill(paragraph, width, indent, indent + hanging)
    return lines


def docstring(
    paragraphs: list[str],
    indent: str,
    *,
    sections: list[str] | None = None,
    warnings: bool = False,
    apart: bool = True,
) -> list[str]:
    """The source lines of a docstring at `indent`: paragraphs wrapped to 100 columns.

    The first line is the first sentence, whole (see `split_summary`; E501 is off for
    it); `apart=False` continues its paragraph on the next line instead of after a blank
    one (a member's, whose first paragraph the site extends). With `warnings`, notes that open the description go to a `Warning:` section
    after that sentence (see `lead_notes`). `sections` are preformatted lines (already
    indented relative to the docstring) appended after a blank line, as `Args:` and
    `Returns:` blocks.
    """
    width = 100 - len(indent) - 6  # the quotes may share the one line there is
    notes: list[str] = []
    if warnings:
        paragraphs, notes = lead_notes(paragraphs)
    split = split_summary(paragraphs)
    body: list[str] = []
    if split:
        body = [_escape(split[0])]
        if notes:
            body += ["", "Warning:", *wrap([_escape(n) for n in notes], width, "    ")]
        if not apart and len(split) > len(paragraphs):
            body += fill(_escape(split[1]), width, "", "")
            split = split[1:]
        rest = wrap([_escape(p) for p in split[1:]], width)
        if rest:
            body += ["", *rest]
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
