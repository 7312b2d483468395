"""MkDocs hooks: the guide is made of README.md's sections, the reference of the package.

README.md stays the one source of the guide's text (its Python blocks are run by
tests/e2e/test_readme.py): a page takes a section with `<!-- readme: Heading -->`
(`<!-- readme: (intro) -->` for the text before the first section; `readme?:` with a
regular expression for a section that may not exist yet, whose heading then gives way to
the page's title). A page without a `# ` title of its own gets the section's heading as
its title. Every README section must be on a
page (or in `LEFT_OUT`), so a new section cannot silently miss the site; links to a
section (`#performance`) are pointed at the page that carries it.

The reference is generated where it has to follow the code: one page per domain module
of `aioworkspaces.types` (and one for the requests and results of `types/calls/`),
the list of those pages (`<!-- type-modules -->`), the public API index
(`<!-- public-api -->`), and every name `aioworkspaces` exports that no reference page
renders (`<!-- unplaced-exports -->`).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import griffe
from markdown.extensions.toc import slugify
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
PACKAGE = "aioworkspaces"
#: README sections for the repository's readers only, not the site's.
LEFT_OUT: frozenset[str] = frozenset()
#: The public modules besides the package itself, rendered whole on their pages.
PUBLIC_MODULES = ("errors", "testing", "simulator")
#: Objects whose methods the index lists, as they are rendered on their pages.
METHOD_OWNERS = ("WorkSpacesClient", "Paginators", "Waiters", "BulkOperations")

INCLUDE = re.compile(r"^<!-- readme(\??): (.+?) -->$", re.MULTILINE)
RENDERED = re.compile(r"^::: ([\w.]+)", re.MULTILINE)
FENCE = re.compile(r"^(```|~~~)")
HEADING = re.compile(r"^(#{1,6}) (.*)$")
LOCAL_LINK = re.compile(r"\]\(#([\w-]+)\)")


@dataclass
class Section:
    heading: str
    body: str  # the lines after the heading
    slugs: list[str] = field(default_factory=list)  # its heading's and subheadings'


def readme_sections() -> tuple[str, dict[str, Section]]:
    """README.md as its intro (the title and text before `## `) and its `## ` sections."""
    intro: list[str] = []
    sections: dict[str, Section] = {}
    current: Section | None = None
    fenced = False
    for line in README.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            fenced = not fenced
        heading = None if fenced else HEADING.match(line)
        if heading and len(heading.group(1)) == 2:
            current = sections[heading.group(2)] = Section(heading.group(2), "")
        if heading and current is not None:
            current.slugs.append(slugify(heading.group(2), "-"))
        if current is None:
            intro.append(line)
        elif not (heading and heading.group(2) == current.heading):
            current.body += line + "\n"
    return "\n".join(intro) + "\n", sections


def shift_headings(text: str, by: int) -> str:
    """Every Markdown heading outside code blocks `by` levels higher (`## ` -> `# `)."""
    out, fenced = [], False
    for line in text.splitlines():
        if FENCE.match(line):
            fenced = not fenced
        heading = None if fenced else HEADING.match(line)
        if heading:
            line = "#" * max(1, len(heading.group(1)) - by) + " " + heading.group(2)
        out.append(line)
    return "\n".join(out) + "\n"


def selected(spec: str, sections: dict[str, Section], taken: set[str]) -> list[Section]:
    """The sections an include names: a heading, or (`readme?:`) a regular expression
    matching sections no other include names by their heading (`taken`)."""
    if spec in sections:
        return [sections[spec]]
    return [s for h, s in sections.items() if h not in taken and re.fullmatch(spec, h)]


# --- where each README section lands ------------------------------------------------


_placement: dict[str, str] = {}  # slug -> src_uri of the page carrying it
_taken: set[str] = set()  # the headings includes name exactly


def on_files(files: Files, config: MkDocsConfig) -> Files:
    _placement.clear()
    _, sections = readme_sections()
    includes = [
        (file, optional, spec)
        for file in files.documentation_pages()
        for optional, spec in INCLUDE.findall(
            Path(file.abs_src_path or "").read_text(encoding="utf-8")
        )
        if spec != "(intro)"
    ]
    _taken.clear()
    _taken.update(spec for _, _, spec in includes if spec in sections)
    placed: set[str] = set()
    for file, optional, spec in includes:
        found = selected(spec, sections, _taken)
        if not found and not optional:
            raise PluginError(
                f"{file.src_uri} includes README section {spec!r}, which README.md "
                f"lacks (its sections: {', '.join(sections)})"
            )
        for section in found:
            placed.add(section.heading)
            _placement.update(dict.fromkeys(section.slugs, file.src_uri))
    missing = [h for h in sections if h not in placed and h not in LEFT_OUT]
    if missing:
        raise PluginError(
            "README sections on no page of the site: "
            + ", ".join(repr(h) for h in missing)
            + " (add `<!-- readme: Heading -->` to a page of docs/, or the heading to "
            "LEFT_OUT in docs/_ext/hooks.py)"
        )
    for name, content in generated_pages().items():
        files.append(File.generated(config, name, content=content))
    return files


def include_readme(markdown: str, page: Page) -> str:
    intro, sections = readme_sections()
    title = re.search(r"^# (.*)$", INCLUDE.sub("", markdown), re.MULTILINE)
    own_title = title is not None
    has_title = own_title or "<!-- readme: (intro) -->" in markdown

    def section_text(match: re.Match[str]) -> str:
        spec = match.group(2)
        if spec == "(intro)":  # the README's title is the page's unless it has one
            return shift_headings(intro, -1) if own_title else intro
        found = selected(spec, sections, _taken)
        if title and match.group(1) and len(found) == 1:
            # The page's title stands for the section (it names it before it exists).
            slug = found[0].slugs[0]
            anchor = "" if slugify(title.group(1), "-") == slug else f'<span id="{slug}"></span>'
            return f"{anchor}\n\n{found[0].body}"
        text = "\n".join(f"## {s.heading}\n{s.body}" for s in found)
        return shift_headings(text, 1) if not has_title else text

    text = INCLUDE.sub(section_text, markdown)
    return LOCAL_LINK.sub(lambda m: "](" + link_to(m.group(1), page) + ")", text)


def link_to(slug: str, page: Page) -> str:
    """`#slug` of README.md as a link from `page` to the page that carries that section."""
    target = _placement.get(slug)
    if target is None or target == page.file.src_uri:
        return f"#{slug}"
    here = posixpath.dirname(page.file.src_uri)
    return f"{posixpath.relpath(target, here or '.')}#{slug}"


# --- the reference pages that follow the code ---------------------------------------


@cache
def package() -> griffe.Module:
    loaded = griffe.load(PACKAGE, search_paths=[str(ROOT)], resolve_aliases=True)
    assert isinstance(loaded, griffe.Module)
    return loaded


def domain_modules() -> list[griffe.Module]:
    types = package()["types"]
    return [
        m
        for name, m in sorted(types.modules.items())
        if not name.startswith("_") and name != "calls"
    ]


def call_modules() -> list[griffe.Module]:
    calls = package()["types.calls"]
    return [m for name, m in sorted(calls.modules.items()) if not name.startswith("_")]


#: Nav titles of the domain modules whose name alone would mislead.
TITLES = {"client": "Client apps and branding", "ip_groups": "IP access control groups"}


def title_of(module: griffe.Module) -> str:
    return TITLES.get(module.name, module.name.replace("_", " ").capitalize())


def rendered(path: str, heading_level: int) -> str:
    """A `:::` block rendering a types module's classes below a heading of the page's own."""
    return (
        f"::: {path}\n    options:\n      show_root_heading: false\n"
        f"      show_root_toc_entry: false\n      heading_level: {heading_level}\n"
        "      members_order: alphabetical\n      docstring_section_style: list\n\n"
    )


def generated_pages() -> dict[str, str]:
    pages = {
        f"reference/types/{m.name}.md": f"# {title_of(m)}\n\n{rendered(m.path, 2)}"
        for m in domain_modules()
    }
    calls = "".join(
        f"## `{m.name}`\n\nMethod: [`WorkSpacesClient.{m.name}`]"
        f"[{PACKAGE}.WorkSpacesClient.{m.name}]\n\n{rendered(m.path, 3)}"
        for m in call_modules()
    )
    pages["reference/types/calls.md"] = (
        "# Requests and results\n\nWhat each operation takes (`...Request`: the same "
        "members as the method's keyword arguments) and returns (`...Result`).\n\n" + calls
    )
    return pages


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """The generated type pages go into the nav's "Types" section, after its index."""
    entries = [{title_of(m): f"reference/types/{m.name}.md"} for m in domain_modules()]
    entries.append({"Requests and results": "reference/types/calls.md"})
    for section in config.nav or []:
        for item in section.get("Reference", []) if isinstance(section, dict) else []:
            if isinstance(item, dict) and "Types" in item:
                item["Types"] = [*item["Types"], *entries]
                return config
    raise PluginError("mkdocs.yml's nav needs a Reference section with a Types list")


def summary(obj: griffe.Object | griffe.Alias) -> str:
    """The first sentence-paragraph of a docstring, on one line, for a table cell."""
    try:
        docstring = obj.docstring
    except griffe.AliasResolutionError:
        docstring = None
    if docstring is None:
        return ""
    first = docstring.value.strip().split("\n\n", 1)[0]
    return " ".join(first.split()).replace("|", "\\|")


def exports(module: griffe.Module) -> list[str]:
    names = module.exports or []
    return [n if isinstance(n, str) else str(n) for n in names if not str(n).startswith("__")]


def public_api() -> str:
    """Every public name, by module, each linked to its reference entry."""
    pkg = package()
    out = [
        '<div class="api-index" markdown>\n',
        f"## `{PACKAGE}`\n",
        "| Name | What it is |",
        "|---|---|",
    ]
    for name in exports(pkg):
        out.append(f"| [`{name}`][{PACKAGE}.{name}] | {summary(pkg[name])} |")
    for owner in METHOD_OWNERS:
        cls = pkg[owner]
        out += ["", f"### `{owner}` methods\n", "| Method | What it does |", "|---|---|"]
        for name, member in sorted(cls.all_members.items()):
            if name.startswith("_") or not member.is_function:
                continue
            out.append(f"| [`{name}`][{PACKAGE}.{owner}.{name}] | {summary(member)} |")
    for module_name in PUBLIC_MODULES:
        module = pkg[module_name]
        out += ["", f"## `{module.path}`\n", "| Name | What it is |", "|---|---|"]
        for name in exports(module):
            out.append(f"| [`{name}`][{module.path}.{name}] | {summary(module[name])} |")
    out += ["", f"## `{PACKAGE}.types`\n"]
    for module in [*domain_modules(), *call_modules()]:
        links = ", ".join(f"[`{n}`][{module.path}.{n}]" for n in exports(module))
        out.append(f"- `{module.path}`: {links}")
    return "\n".join([*out, "\n</div>"]) + "\n"


def rendered_identifiers(config: MkDocsConfig) -> set[str]:
    """What the `::: identifier` lines of the hand-written reference pages render."""
    reference = Path(config.docs_dir) / "reference"
    return {
        found
        for page in reference.rglob("*.md")
        for found in RENDERED.findall(page.read_text(encoding="utf-8"))
    }


def unplaced_exports(config: MkDocsConfig) -> str:
    rendered = rendered_identifiers(config)
    blocks = [
        f"::: {PACKAGE}.{name}\n"
        for name in exports(package())
        if f"{PACKAGE}.{name}" not in rendered
    ]
    return "\n".join(blocks) if blocks else "Nothing: every exported name has its page.\n"


def type_modules() -> str:
    """The domain modules' pages, each with what its module holds."""
    rows = [f"- [{title_of(m)}]({m.name}.md): {summary(m)}" for m in domain_modules()]
    rows.append("- [Requests and results](calls.md): what each operation takes and returns.")
    return "\n".join(rows) + "\n"


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: Any) -> str:
    markdown = include_readme(markdown, page)
    if "<!-- public-api -->" in markdown:
        markdown = markdown.replace("<!-- public-api -->", public_api())
    if "<!-- type-modules -->" in markdown:
        markdown = markdown.replace("<!-- type-modules -->", type_modules())
    if "<!-- unplaced-exports -->" in markdown:
        markdown = markdown.replace("<!-- unplaced-exports -->", unplaced_exports(config))
    return markdown
