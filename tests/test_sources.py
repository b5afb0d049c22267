"""Sources: every short name a plan cites resolves, and the Sources page lists them all."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import runstrength as rs
from runstrength.formats import to_text
from runstrength.sources import SOURCES

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ["SportCoaching", "Proven Gains", "Power Couple", "Fitzgerald", "Best Athletics"]


def test_the_sources_page_lists_the_data() -> None:
    page = (ROOT / "docs" / "sources.md").read_text("utf-8")
    rows = [line for line in page.splitlines() if line.startswith("| ") and "---" not in line]
    expected = [
        f"| {s.key} | {s.title} | {s.author} | {s.publisher} | {s.year} |"
        for s in SOURCES.values()
    ]
    assert rows[1:] == expected


def test_the_five_articles_come_first_and_say_what_they_do_not_know() -> None:
    assert list(SOURCES)[:5] == ARTICLES
    assert all(SOURCES[key].year == "n.d." for key in ARTICLES)
    assert SOURCES["Proven Gains"].author == "unknown author"


def test_plan_output_cites_short_names_not_file_numbers() -> None:
    week = rs.RunningWeek.parse(
        "mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long"
    )
    race = rs.Race(dt.date(2027, 4, 18), name="Spring marathon", distance_km=42.2)
    plan = rs.plan_season(
        rs.Athlete(level="intermediate"), week, [race], start=dt.date(2026, 12, 7)
    )
    text = to_text(plan) + "".join(plan.why(s.date) for s in plan.sessions())
    assert not re.search(r"\bseeds? \d{3}", text)
    cited = {name for name in ARTICLES if name in text}
    assert cited >= {"SportCoaching", "Proven Gains"}


def test_the_printable_page_links_each_citation_to_its_source() -> None:
    from runstrength.formats import to_html

    week = rs.RunningWeek.parse("tue intervals, thu tempo, sun long")
    plan = rs.plan_season(
        rs.Athlete(level="intermediate"),
        week,
        start=dt.date(2026, 12, 7),
        end=dt.date(2027, 1, 3),
    )
    page = to_html(plan)
    assert '<a href="#source-sportcoaching">SportCoaching</a>' in page
    assert '<li id="source-sportcoaching"><strong>SportCoaching</strong>' in page
    assert "Resistance Training for Runners That Transfers to Running" in page
    targets = set(re.findall(r'href="#(source-[a-z-]+)"', page))
    assert targets
    assert targets <= set(re.findall(r'id="(source-[a-z-]+)"', page))
