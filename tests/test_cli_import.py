"""The command line reads running plans: `runstrength import` and `plan --running-ics/-csv`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from runstrength.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def test_import_prints_the_audit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(FIXTURES / "coaching_app.ics")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2025-10-20  key workout 6.5 km 45 min  🏃 1km Repeats • 6.5km\n")
    assert "    why: the word 'repeats'" in out
    assert "2025-10-21  strength  🏋️ Loading Up" in out


def test_import_reads_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("date,description\n2027-01-05,Tempo 8 km\n", encoding="utf-8")
    assert main(["import", str(path), "--start", "2027-01-04", "--end", "2027-01-10"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2027-01-05  key workout 8 km  Tempo 8 km")
    assert "note: the running plan covers 2027-01-05 to 2027-01-05" in out


def test_plan_around_an_ics_feed(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["plan", "--running-ics", str(FIXTURES / "club_rrule.ics"), "--tz", "Europe/Berlin"]
    argv += ["--no-races", "--start", "2026-01-05", "--end", "2026-02-15", "--format", "json"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    plan = json.loads(captured.out)
    running = {s["date"]: s["running"] for w in plan["data"]["weeks"] for s in w["sessions"]}
    assert running  # sessions were placed around the club's runs
    assert "runstrength: note: the running plan covers 2026-01-06 to 2026-02-10" in captured.err


def test_plan_around_a_csv_keeps_strength_days_free(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.csv"
    rows = ["date,description"]
    for week in range(3):
        rows += [
            f"2027-01-{4 + 7 * week + day:02d},{text}"
            for day, text in (
                (1, "Intervals 10 km"),
                (2, "Gym"),
                (3, "Easy 8 km"),
                (6, "Long run 25 km"),
            )
        ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    argv = ["plan", "--running-csv", str(path), "--no-races", "--week", "sat easy"]
    argv += ["--start", "2026-12-28", "--end", "2027-01-31", "--format", "json"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    plan = json.loads(captured.out)
    dates = {s["date"] for w in plan["data"]["weeks"] for s in w["sessions"]}
    assert dates
    assert not dates & {"2027-01-06", "2027-01-13", "2027-01-20"}
    assert "are from your typed week" in captured.err
    assert "strength already in your plan on 2027-01-06, 2027-01-13, 2027-01-20" in captured.err
    notes = [n for w in plan["data"]["weeks"] for n in w["notes"]]
    assert any(
        "your own strength session on Wed 06 Jan counts as a hard leg day" in n for n in notes
    )
    assert any(n.startswith("running plan: ") and "typed week" in n for n in notes)
    hard = {
        s["date"] for w in plan["data"]["weeks"] for s in w["sessions"] if s["hardness"] == "hard"
    }
    for own in ("2027-01-06", "2027-01-13", "2027-01-20"):
        day = dt.date.fromisoformat(own)
        assert all(abs((dt.date.fromisoformat(d) - day).days) >= 2 for d in hard)
    assert main([*argv, "--replace-own"]) == 0
    replaced = json.loads(capsys.readouterr().out)
    notes = [n for w in replaced["data"]["weeks"] for n in w["notes"]]
    assert any("is replaced by this plan's" in n for n in notes)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "/nonexistent/plan.ics"], "'FILE' must be a readable file"),
        (["plan", "--running-ics", "/nonexistent/plan.ics"], "'--running-ics' must be"),
        (["import", str(FIXTURES / "coaching_app.ics"), "--tz", "Mars/Base"], "'tz' must be"),
    ],
)
def test_import_errors_are_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"runstrength: error: {message}")
    assert err.count("\n") == 1


def test_a_csv_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.csv"
    path.write_bytes(b"date,description\n2027-01-05,Dauerlauf \xfc\n")
    assert main(["plan", "--running-csv", str(path)]) == 2
    assert "'--running-csv' must be UTF-8 text" in capsys.readouterr().err


def test_an_updated_calendar_cancels_what_is_gone(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    import icalendar

    old = tmp_path / "old.json"
    base = ["plan", "--no-races", "--end", "2026-12-20", "--dtstamp", "2026-11-21T12:00:00"]
    assert main([*base, "--format", "json", "--output", str(old)]) == 0
    argv = [*base, "--sessions", "2", "--level", "beginner", "--format", "ics"]
    argv += ["--replaces", str(old), "--sequence", "3", "--calendar-name", "Anna"]
    assert main(argv) == 0
    events = icalendar.Calendar.from_ical(capsysbinary.readouterr().out).walk("VEVENT")
    assert {e["sequence"] for e in events} == {3}
    assert main([*base, "--format", "ics", "--replaces", str(tmp_path / "none.json")]) == 2
    assert b"'--replaces' must be a readable JSON plan" in capsysbinary.readouterr().err
