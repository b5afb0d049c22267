"""The command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

import runstrength as rs
from runstrength.cli import main


def test_exercises_lists_the_whole_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercises"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["KEY", "CATEGORY", "PATTERN", "DOSED", "IN"]
    assert [line.split()[0] for line in lines[1:]] == list(rs.Catalogue.default().keys())
    assert max(map(len, lines)) <= 80


def test_exercises_filters_by_category_and_kit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercises", "--category", "bilateral", "--equipment", "home"]) == 0
    keys = [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]]
    cat = rs.Catalogue.default()
    assert keys == [
        ex.key for ex in cat.filter(category="bilateral", equipment=rs.Equipment.home())
    ]
    assert "back-squat" not in keys
    assert "goblet-squat" in keys


def test_exercises_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercises", "--format", "markdown", "--category", "core"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| Exercise | Key |")
    assert "| Plank | `plank` | core |" in out


@pytest.mark.parametrize(
    "argv",
    [[], ["exercises", "--category", "legs"], ["exercises", "--equipment", "garage"], ["nope"]],
)
def test_bad_flags_exit_2_with_a_message(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: runstrength")
    assert "error:" in err
    assert "Traceback" not in err


def test_python_dash_m_and_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "runstrength", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"runstrength {rs.__version__}"


def test_dunder_main_runs_the_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import runpy

    monkeypatch.setattr(sys, "argv", ["runstrength", "exercises", "--category", "core"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("runstrength", run_name="__main__")
    assert info.value.code == 0
    assert "pallof-press" in capsys.readouterr().out
