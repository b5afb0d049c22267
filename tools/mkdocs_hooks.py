"""Build-time helpers for the runstrength documentation.

Two kinds of helper live here, both named in ``mkdocs.yml``.

MkDocs hooks (``hooks:``) fill placeholders from the built-in exercise catalogue,
so the docs never drift from the data:

- ``<!-- catalogue-table -->``: the whole catalogue as a Markdown table, made by
  `runstrength.formats.catalogue_table`.
- ``<!-- catalogue-count -->``: how many exercises the catalogue holds.
- ``<!-- percent-comparison-table -->``: the default %1RM model beside the RTS
  chart and the NSCA table, made by `runstrength.formats.percent_comparison_table`.

A files hook draws ``assets/season-chart.png`` with `runstrength.plotting.plot_season`
from `CHART_CODE`, the same code the notebook how-to shows, so the picture in
the docs is always the library's current output.

A page hook fails the build when a page still shows a Sphinx role (":func:" and a
backtick or code span): docstrings use the Markdown cross-references mkdocstrings
resolves.

A griffe extension (``plugins.mkdocstrings...extensions:``), `AttrsInit`,
rebuilds the ``__init__`` signature that ``attrs`` generates at import time, which
static analysis of ``src/`` does not see, so ``Exercise(...)`` and ``Catalogue(...)``
show their real parameters and their ``Args:`` sections match a signature.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import griffe
from mkdocs.exceptions import PluginError

import runstrength
from runstrength.formats import catalogue_table, percent_comparison_table

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

__all__ = [
    "CATALOGUE_COUNT",
    "CATALOGUE_TABLE",
    "CHART_CODE",
    "CHART_CODE_PLACEHOLDER",
    "CHART_PATH",
    "PERCENT_TABLE",
    "SPHINX_ROLE",
    "AttrsInit",
    "on_files",
    "on_page_content",
    "on_page_markdown",
]

SPHINX_ROLE = re.compile(r":(?:func|class|mod|meth|attr|data|exc|obj):(?:`|<code>)")
"""A Sphinx cross-reference role as it shows in Markdown or in built HTML."""

CATALOGUE_TABLE = "<!-- catalogue-table -->"
"""Placeholder replaced by the Markdown table of the default catalogue."""

CATALOGUE_COUNT = "<!-- catalogue-count -->"
"""Placeholder replaced by the number of exercises in the default catalogue."""

PERCENT_TABLE = "<!-- percent-comparison-table -->"
"""Placeholder replaced by the default %1RM model beside the RTS chart and NSCA table."""


def on_page_markdown(
    markdown: str, page: Page, config: MkDocsConfig, files: Files, **kwargs: Any
) -> str:
    """Replace the catalogue placeholders in a page's Markdown source.

    Args:
        markdown: The page's Markdown source, after any earlier plugins.
        page: The page being built (unused).
        config: The site configuration (unused).
        files: Every file of the site (unused).
        **kwargs: Whatever else MkDocs passes to hooks in later versions.

    Returns:
        The Markdown with every placeholder replaced; unchanged when it has none.
    """
    if PERCENT_TABLE in markdown:
        markdown = markdown.replace(PERCENT_TABLE, percent_comparison_table())
    if CHART_CODE_PLACEHOLDER in markdown:
        markdown = markdown.replace(CHART_CODE_PLACEHOLDER, f"```python{CHART_CODE}```")
    if CATALOGUE_TABLE not in markdown and CATALOGUE_COUNT not in markdown:
        return markdown
    catalogue = runstrength.Catalogue.default()
    markdown = markdown.replace(CATALOGUE_TABLE, catalogue_table(catalogue))
    return markdown.replace(CATALOGUE_COUNT, str(len(catalogue)))


CHART_CODE_PLACEHOLDER = "<!-- season-chart-code -->"
"""Placeholder replaced by the code that draws the season chart."""

CHART_PATH = "assets/season-chart.png"
"""Where the season chart is written in the site."""

CHART_CODE = """
import datetime as dt
import runstrength as rs
from runstrength.plotting import plot_season

week = rs.RunningWeek.parse(
    "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"
)
races = [
    rs.Race(dt.date(2027, 3, 14), name="Half", distance_km=21.1, priority="B"),
    rs.Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2),
]
athlete = rs.Athlete(
    level="intermediate",
    one_rm={"front-squat": 90, "romanian-deadlift": 110, "hip-thrust": 130},
)
plan = rs.plan_season(athlete, week, races, start=dt.date(2026, 12, 7))
ax = plot_season(plan)
ax.figure.savefig("season-chart.png", dpi=110)
"""
"""The code that draws the docs' season chart into ``season-chart.png``."""


def on_page_content(
    html: str, page: Page, config: MkDocsConfig, files: Files, **kwargs: Any
) -> str:
    """Fail the build when a page shows a Sphinx role that mkdocstrings does not resolve.

    Args:
        html: The page's HTML body.
        page: The page being built.
        config: The site configuration (unused).
        files: Every file of the site (unused).
        **kwargs: Whatever else MkDocs passes to hooks in later versions.

    Returns:
        The HTML, unchanged.

    Raises:
        PluginError: The page shows a Sphinx role.
    """
    found = SPHINX_ROLE.search(html)
    if found:
        around = html[max(0, found.start() - 60) : found.end() + 60]
        raise PluginError(
            f"{page.file.src_path}: a Sphinx role ({around!r}); write "
            "[`name`][runstrength.module.name] instead"
        )
    return html


def on_files(files: Files, config: MkDocsConfig, **kwargs: Any) -> Files:
    """Add the season chart, drawn now, to the site's files.

    Args:
        files: Every file of the site.
        config: The site configuration.
        **kwargs: Whatever else MkDocs passes to hooks in later versions.

    Returns:
        The files with ``assets/season-chart.png`` added.
    """
    import os
    import tempfile
    from pathlib import Path

    from mkdocs.structure.files import File

    here = Path.cwd()
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        try:
            exec(CHART_CODE, {})  # our own constant, shown in the docs
            content = Path(folder, "season-chart.png").read_bytes()
        finally:
            os.chdir(here)
    files.append(File.generated(config, CHART_PATH, content=content))
    return files


# --- Griffe extensions --------------------------------------------------------------

_ATTRS_CLASS_DECORATORS = frozenset(
    {
        "attrs.define",
        "attrs.frozen",
        "attrs.mutable",
        "attr.s",
        "attr.attrs",
        "attr.define",
        "attr.frozen",
        "attr.mutable",
    }
)
_ATTRS_FIELD_CALLS = frozenset({"attrs.field", "attr.ib", "attr.attrib", "attr.field"})


def _path(expression: object) -> str:
    # Decorators and values are griffe expressions; anything else has no path.
    if isinstance(expression, griffe.Expr):
        try:
            return expression.canonical_path
        except Exception:  # an unresolvable name
            return str(expression)
    return ""


def _call_arguments(expression: object) -> dict[str, str | griffe.Expr]:
    # Keyword arguments of a call expression, by name; positional ones are skipped.
    if not isinstance(expression, griffe.ExprCall):
        return {}
    return {
        argument.name: argument.value
        for argument in expression.arguments
        if isinstance(argument, griffe.ExprKeyword)
    }


def _attrs_decorator(cls: griffe.Class) -> griffe.Expr | None:
    for decorator in cls.decorators:
        if _path(decorator.value) in _ATTRS_CLASS_DECORATORS and isinstance(
            decorator.value, griffe.Expr
        ):
            return decorator.value
    return None


def _attrs_parameters(cls: griffe.Class, *, kw_only: bool) -> list[griffe.Parameter]:
    parameters: list[griffe.Parameter] = []
    for member in cls.members.values():
        if member.is_alias or not isinstance(member, griffe.Attribute):
            continue
        if member.annotation is None or "property" in member.labels:
            continue
        field = _call_arguments(member.value) if _path(member.value) in _ATTRS_FIELD_CALLS else {}
        if str(field.get("init", "True")) == "False":
            continue
        default: str | griffe.Expr | None
        if "default" in field:
            default = field["default"]
        elif "factory" in field:
            factory = field["factory"]
            default = (
                griffe.ExprCall(function=factory, arguments=[])
                if isinstance(factory, griffe.Expr)
                else f"{factory}()"
            )
        elif _path(member.value) in _ATTRS_FIELD_CALLS:
            default = None
        else:
            default = member.value
        alias = field.get("alias")
        name = str(alias).strip("'\"") if alias is not None else member.name.lstrip("_")
        keyword_only = kw_only or str(field.get("kw_only", "False")) == "True"
        parameters.append(
            griffe.Parameter(
                name,
                annotation=member.annotation,
                kind=(
                    griffe.ParameterKind.keyword_only
                    if keyword_only
                    else griffe.ParameterKind.positional_or_keyword
                ),
                default=default,
                docstring=member.docstring,
            )
        )
    return parameters


class AttrsInit(griffe.Extension):
    """Give classes decorated with ``attrs`` the ``__init__`` that attrs generates.

    Griffe reads source code and so never sees the method attrs writes at import
    time; without it the reference shows ``Exercise()`` with no parameters and
    warns that every documented argument is missing from the signature. This
    covers what runstrength uses: ``@attrs.frozen`` / ``@attrs.define`` with or
    without ``kw_only=True``, ``attrs.field(default=..., factory=..., init=...,
    kw_only=..., alias=...)`` and private attributes (``_x`` becomes ``x``).
    Inherited attrs fields are not collected.
    """

    def on_class(self, *, cls: griffe.Class, **kwargs: Any) -> None:
        """Add the generated ``__init__`` to an attrs class that does not define one.

        Args:
            cls: The class griffe has just finished loading.
            **kwargs: Everything else griffe passes to extensions.
        """
        if "__init__" in cls.members:
            return
        decorator = _attrs_decorator(cls)
        if decorator is None:
            return
        options = _call_arguments(decorator)
        if str(options.get("init", "True")) == "False":
            return
        parameters = _attrs_parameters(cls, kw_only=str(options.get("kw_only")) == "True")
        # Python requires keyword-only parameters after the positional ones.
        parameters.sort(key=lambda p: p.kind is griffe.ParameterKind.keyword_only)
        init = griffe.Function(
            "__init__",
            lineno=cls.lineno,
            endlineno=cls.lineno,
            parent=cls,
            parameters=griffe.Parameters(
                griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword),
                *parameters,
            ),
            returns="None",
        )
        cls.set_member("__init__", init)
