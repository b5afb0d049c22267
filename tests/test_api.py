"""The public surface: __all__, version, typing marker, import hygiene."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types
from importlib import resources
from pathlib import Path

import pytest

import runstrength as rs


def test_all_is_sorted_and_matches_the_public_names() -> None:
    assert list(rs.__all__) == sorted(rs.__all__)
    # Names load on first use: dir() lists them all, and each one resolves.
    public = {
        name
        for name in dir(rs)
        if not name.startswith("_") and not isinstance(getattr(rs, name), types.ModuleType)
    }
    assert set(rs.__all__) - {"__version__"} == public


def test_public_names_load_on_first_use_and_unknown_names_raise() -> None:
    code = (
        "import sys, runstrength as rs; "
        "before = 'runstrength.planner' in sys.modules; "
        "from runstrength import plan_season; "
        "print(before, 'runstrength.planner' in sys.modules, rs.plan_season is plan_season)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "True"]
    with pytest.raises(AttributeError, match="no_such_name"):
        rs.no_such_name  # noqa: B018


def test_every_public_name_has_a_docstring_with_an_example() -> None:
    for name in rs.__all__:
        if name == "__version__":
            continue
        doc = getattr(rs, name).__doc__ or ""
        assert "Example" in doc, name
        assert ">>>" in doc, name


def test_submodule_all_lists_exist() -> None:
    for module in (
        "errors",
        "level",
        "taxonomy",
        "formats",
        "formats.markdown",
        "cli",
        "load",
        "implements",
        "progression",
        "running",
        "scheduling",
        "periodisation",
        "athlete",
        "plan",
        "planner",
        "selection",
        "templates",
        "volume",
        "hardness",
        "recovery",
        "distance",
        "sources",
        "training_load",
        "imported",
        "formats.ical",
    ):
        mod = importlib.import_module(f"runstrength.{module}")
        # Order is checked by ruff (RUF022, isort-style); here: no repeats.
        assert len(set(mod.__all__)) == len(mod.__all__), module
        for name in mod.__all__:
            assert hasattr(mod, name), (module, name)


def test_version_is_a_string() -> None:
    assert isinstance(rs.__version__, str)
    assert rs.__version__[0].isdigit()


def test_package_ships_its_type_marker_and_data() -> None:
    files = resources.files("runstrength")
    assert files.joinpath("py.typed").is_file()
    assert files.joinpath("data", "exercises.toml").is_file()


def test_importing_does_not_load_optional_or_heavy_modules() -> None:
    code = (
        "import sys, runstrength; "
        "bad = [m for m in ('matplotlib', 'pandas', 'icalendar', 'tomllib', 'argparse') "
        "if m in sys.modules]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    root = Path(__file__).resolve().parent.parent
    readme = root.joinpath("README.md").read_text("utf-8")
    commands = [line for line in readme.splitlines() if line.startswith("python3 -m venv")]
    assert len(commands) == 2, "the quick start has exactly two command lines"
    install_and_run, test = commands
    assert install_and_run.endswith("runstrength plan")
    assert test.endswith("python -m pytest")
    assert test in root.joinpath(".ci", "run").read_text("utf-8").splitlines()


def test_the_readme_tour_shows_the_real_plan_output() -> None:
    import contextlib
    import io

    from runstrength.cli import main

    root = Path(__file__).resolve().parent.parent
    readme = root.joinpath("README.md").read_text("utf-8")
    block = readme.split("$ runstrength plan --start 2026-12-07\n", 1)[1].split("...\n```", 1)[0]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["plan", "--start", "2026-12-07"]) == 0
    assert out.getvalue().startswith(block)
