"""The docs render: Markdown cross-references, not Sphinx roles; examples that run alone."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
from pathlib import Path

import pytest

import runstrength

ROOT = Path(__file__).resolve().parent.parent
ROLE = re.compile(r":(?:func|class|mod|meth|attr|data|exc|obj):(?:`|<code>)")


def test_no_sphinx_roles_in_the_sources_or_the_pages() -> None:
    files = [
        *ROOT.joinpath("src").rglob("*.py"),
        *ROOT.joinpath("tools").rglob("*.py"),
        *ROOT.joinpath("docs").rglob("*.md"),
        ROOT / "README.md",
    ]
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in files
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if ROLE.search(line)
    ]
    assert not found, found


def test_no_sphinx_roles_in_any_docstring() -> None:
    found = []
    for info in pkgutil.walk_packages(runstrength.__path__, "runstrength."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in [(info.name, module), *vars(module).items()]:
            for obj in [value, *vars(value).values()] if inspect.isclass(value) else [value]:
                home = obj.__name__ if inspect.ismodule(obj) else getattr(obj, "__module__", "")
                if not str(home).startswith("runstrength"):
                    continue  # a standard-library or third-party name imported here
                doc = getattr(obj, "__doc__", None)
                if isinstance(doc, str) and ROLE.search(doc):
                    found.append(f"{info.name}.{name}")
    assert not found, sorted(set(found))


def test_the_docs_build_refuses_a_page_with_a_sphinx_role() -> None:
    pytest.importorskip("mkdocs")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        hooks = importlib.import_module("mkdocs_hooks")
    finally:
        sys.path.remove(str(ROOT / "tools"))
    from mkdocs.exceptions import PluginError

    class Page:
        class file:  # noqa: N801 - mimics mkdocs' Page.file
            src_path = "x.md"

    fine = '<p>See <a href="#x"><code>plan_season</code></a>.</p>'
    assert hooks.on_page_content(fine, Page(), None, None) == fine
    with pytest.raises(PluginError, match=r"x\.md"):
        hooks.on_page_content("<p>See :func:<code>plan_season</code>.</p>", Page(), None, None)


def test_the_notebook_chart_code_runs_on_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("matplotlib")
    pytest.importorskip("mkdocs")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        hooks = importlib.import_module("mkdocs_hooks")
    finally:
        sys.path.remove(str(ROOT / "tools"))
    import matplotlib

    matplotlib.use("Agg")
    monkeypatch.chdir(tmp_path)
    exec(hooks.CHART_CODE, {})  # nothing but what the page shows
    assert (tmp_path / "season-chart.png").read_bytes().startswith(b"\x89PNG")
    import matplotlib.pyplot as plt

    plt.close("all")


def test_install_instructions_work_from_a_clone() -> None:
    page = ROOT.joinpath("docs", "getting-started.md").read_text("utf-8")
    assert "no release on PyPI yet" in page
    assert "python -m pip install .\n" in page
    for path in [*ROOT.joinpath("docs").rglob("*.md"), ROOT / "README.md"]:
        for line in path.read_text("utf-8").splitlines():
            if line.lstrip("$ ").startswith(
                ("pip install runstrength", "python -m pip install runstrength")
            ):
                pytest.fail(f"{path.name}: {line}: say how to install from a clone")
