"""The command line."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import runstrength as rs
from runstrength import cli
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
    [
        [],
        ["nope"],
        ["exercises", "--category", "legs"],
        ["exercises", "--equipment", "garage"],
        ["plan", "--level", "elite"],
        ["plan", "--race", "nope"],
        ["plan", "--race", "2027-04-18:marathon:far:A"],
        ["plan", "--race", "2027-04-18:marathon:42.2:Z"],
        ["plan", "--race", "2027-02-30:marathon:42.2:A"],
        ["plan", "--one-rm", "back-squat"],
        ["plan", "--one-rm", "back-squat=heavy"],
        ["plan", "--one-rm", "wall-sit=50"],
        ["plan", "--one-rm", "back-squat=-5"],
        ["plan", "--condition", "injury:2027-01-04"],
        ["plan", "--condition", "injury:2027-01-04:2027-01-10"],
        ["plan", "--condition", "flu:2027-01-04:2027-01-10"],
        ["plan", "--start", "next monday"],
        ["plan", "--end", "2026-01-01"],
        ["plan", "--week", "mon sprint"],
        ["plan", "--format", "pdf"],
        ["plan", "--dtstamp", "noon"],
        ["plan", "--output", "/nonexistent-dir/plan.txt"],
        ["schedule", "--sessions", "9"],
        ["schedule", "--week", "mon ???"],
        ["e1rm", "100", "40"],
        ["e1rm", "heavy", "5"],
    ],
)
def test_bad_input_exits_2_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("runstrength")
    assert "error:" in err
    assert "Traceback" not in err


def test_plan_with_no_arguments_prints_the_example_season(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["plan"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Strength plan: 2026-12-07 to 2027-05-02"
    assert "2027-04-18: Goal marathon, 42.2 km (A race)" in out
    assert "Front squat: 3 x 5-6, 72.5 kg, RIR 2" in out
    assert max(len(line) for line in lines) <= 80
    assert main(["plan"]) == 0
    assert capsys.readouterr().out == out  # the same every time


def test_every_format_is_read_back_by_its_own_parser(tmp_path: Path) -> None:
    import icalendar

    from runstrength.formats import from_json

    args = ["plan", "--level", "beginner", "--no-races", "--end", "2027-01-31"]
    paths = {}
    for fmt in ("text", "markdown", "html", "json", "ics"):
        paths[fmt] = tmp_path / f"plan.{fmt}"
        extra = ["--dtstamp", "2026-11-21T12:00:00+00:00"] if fmt == "ics" else []
        assert main([*args, "--format", fmt, "--output", str(paths[fmt]), *extra]) == 0
    plan = from_json(paths["json"].read_text("utf-8"))
    assert isinstance(plan, rs.Plan)
    sessions = plan.sessions()
    calendar = icalendar.Calendar.from_ical(paths["ics"].read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [s.date for s in sessions]
    html = paths["html"].read_text("utf-8")
    parser = _TagCounter()
    parser.feed(html)
    assert parser.balanced
    phases = len({w.phase for w in plan.weeks})  # each phase once here: no races
    overview = (len(plan.weeks) + 1) + (phases + 1)  # every week, every phase, headers
    assert parser.counts["tr"] == sum(len(s.exercises) + 1 for s in sessions) + overview
    markdown = paths["markdown"].read_text("utf-8")
    assert markdown.count("\n#### ") == len(sessions)
    text = paths["text"].read_text("utf-8")
    assert text.count(" min\n") + text.count("min\n---") >= len(sessions)
    assert max(len(line) for line in text.splitlines()) <= 80


def test_plan_flags_reach_the_plan(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        "plan",
        "--level",
        "advanced",
        "--week",
        "tue intervals, thu tempo, sun long",
        "--race",
        "2027-06-20:half:21.1:A",
        "--race",
        "2027-05-09:10k:10:B",
        "--start",
        "2027-01-04",
        "--equipment",
        "home",
        "--unit",
        "lb",
        "--one-rm",
        "goblet-squat=70",
        "--condition",
        "injury:2027-02-01:2027-02-14:knee",
        "--format",
        "json",
    ]
    assert main(argv) == 0
    from runstrength.formats import from_json

    plan = from_json(capsys.readouterr().out)
    assert plan.athlete.level is rs.Level.ADVANCED
    assert plan.athlete.unit is rs.Unit.LB
    assert plan.athlete.one_rm == {"goblet-squat": 70.0}
    assert plan.athlete.equipment == rs.Equipment.home()
    assert [r.name for r in plan.races] == ["10k", "half"]
    assert plan.start == dt.date(2027, 1, 4)
    assert plan.conditions[0].region is rs.BodyRegion.KNEE


def test_schedule_explains_the_week(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schedule", "--level", "beginner", "--sessions", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Placement (beginner): beginners lift on easy")
    assert "fri easy: heavy session" in out
    assert main(["schedule", "--policy", "moderate-days"]) == 0
    assert capsys.readouterr().out.startswith("Placement (moderate-days)")


def test_e1rm_estimates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["e1rm", "100", "5", "--rir", "2", "--formula", "epley"]) == 0
    out = capsys.readouterr().out
    value = rs.estimate_one_rm(100, 5, rir=2, formula="epley")
    assert out.startswith(f"e1RM {value:.4g} kg (epley")


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--help"]) == 0
    assert "--race DATE:[NAME:]DISTANCE[:PRIORITY]" in capsys.readouterr().out


class _TagCounter(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, int] = {}
        self.open: list[str] = []
        self.balanced = True

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if tag not in ("meta",):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.balanced = False


def test_python_dash_m_and_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "runstrength", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"runstrength {rs.__version__}"


def test_version_and_help_import_no_more_than_argparse() -> None:
    code = (
        "import sys\n"
        "from runstrength.cli import main\n"
        "for argv in (['--version'], ['--help'], ['plan', '--help'], ['plan', '--bad']):\n"
        "    main(argv)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('numpy', 'attr', 'runstrength.'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "['runstrength.cli', 'runstrength.errors']"


def test_the_flags_choices_are_the_enums_values() -> None:
    from runstrength.periodisation import BodyRegion, ConditionKind

    for written, enum in (
        (cli._LEVELS, rs.Level),
        (cli._CATEGORIES, rs.Category),
        (cli._FORMULAS, rs.OneRmFormula),
        (cli._CONDITION_KINDS, ConditionKind),
        (cli._REGIONS, BodyRegion),
    ):
        assert written == tuple(member.value for member in enum)
    assert all(callable(getattr(rs.Equipment, name)) for name in cli._PRESETS)


def test_dunder_main_runs_the_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import runpy

    monkeypatch.setattr(sys, "argv", ["runstrength", "exercises", "--category", "core"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("runstrength", run_name="__main__")
    assert info.value.code == 0
    assert "pallof-press" in capsys.readouterr().out


def test_ics_goes_to_stdout_as_bytes(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    argv = ["plan", "--no-races", "--end", "2026-12-20", "--format", "ics"]
    assert main([*argv, "--dtstamp", "2026-11-21T12:00:00+00:00"]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(b"BEGIN:VCALENDAR")
    assert out.count(b"BEGIN:VEVENT") == 4


def test_cli_edges(capsys: pytest.CaptureFixture[str]) -> None:
    from runstrength.formats import from_json

    assert (
        main(["plan", "--unit", "lb", "--format", "json", "--no-races", "--end", "2026-12-13"])
        == 0
    )
    plan = from_json(capsys.readouterr().out)
    assert plan.athlete.one_rm["front-squat"] == 200.0  # 90 kg, to the nearest 5 lb
    assert main(["plan", "--race", "2027-04-18:Tokyo: the race:42.2:A", "--format", "json"]) == 0
    assert from_json(capsys.readouterr().out).races[0].name == "Tokyo: the race"
    assert main(["plan", "--start", "2027-06-07", "--end", "2027-06-20"]) == 0
    out, err = capsys.readouterr()
    assert "Goal marathon" not in out  # 19 weeks on: after this --end
    assert err == ""
    assert main(["schedule"]) == 0
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) <= 80


@pytest.mark.parametrize(
    "argv",
    [
        ["plan", "--no-races", "--race", "2027-04-18:m:42.2:A"],
        ["plan", "--end", "2040-01-01"],
        ["plan", "--one-rm", "front-squat=1e308"],
    ],
)
def test_more_bad_input_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_unwritable_stdout_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    class Full(io.StringIO):
        encoding = "utf-8"

        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sys, "stdout", Full())
    assert main(["e1rm", "100", "5"]) == 2
    assert "No space left" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("today", "start", "race"),
    [
        (dt.date(2026, 12, 7), "2026-12-07", "2027-04-18"),  # a Monday: that day
        (dt.date(2026, 12, 9), "2026-12-14", "2027-04-25"),  # a Wednesday: the next Monday
        (dt.date(2027, 6, 6), "2027-06-07", "2027-10-17"),  # a Sunday: the next day
    ],
)
def test_plan_starts_on_the_monday_on_or_after_today(
    today: dt.date,
    start: str,
    race: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cli, "_today", lambda: today)
    assert main(["plan", "--end", race]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Strength plan: {start} to ")
    assert f"- {race}: Goal marathon, 42.2 km (A race)" in out


def test_the_command_line_reads_the_real_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real _today, not the tests' fixed Monday
    assert cli._today() == dt.date.today()
    assert cli._next_monday(cli._today()).weekday() == 0


@pytest.mark.parametrize(("columns", "width"), [(200, 120), (100, 100), (40, 60)])
def test_text_wraps_to_the_terminal(
    columns: int,
    width: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import os

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(
        cli.shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((columns, 24))
    )
    assert main(["plan", "--end", "2027-01-03"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= width
    assert max(len(line) for line in lines) > width - 15  # it does use the width
    assert main(["schedule"]) == 0
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) <= width


def test_text_is_80_columns_in_a_pipe(capsys: pytest.CaptureFixture[str]) -> None:
    assert not sys.stdout.isatty()  # pytest captures it
    assert main(["plan", "--end", "2027-01-03"]) == 0
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) <= 80


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--help"]) == 0
    out = capsys.readouterr().out
    assert "examples:\n  runstrength plan --start 2026-12-07\n" in out
    assert "Monday on or after today" in out
