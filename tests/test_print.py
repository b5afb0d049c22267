"""The printed plan: a one-page overview, then compact weeks that break well on paper.

The browser test prints the 21-week example season (``runstrength plan --start
2026-12-07``) with headless Chromium on A4 and on Letter, and reads the PDF back
with ``pdftotext``: at most 12 pages, and no page ends with a heading. ``.ci/run``
installs Chromium and poppler-utils, so CI always runs it; locally it is skipped,
saying why, only when they are missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from runstrength import cli
from runstrength.formats import to_html

PLAN = cli._make_plan(cli._parser().parse_args(["plan", "--start", "2026-12-07"]))
HEADING = re.compile(
    r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{4}-\d{2}-\d{2}:|Week of |"
    r"(Base|Build|Race season|Taper|Transition)$)"
)


def _browser() -> str | None:
    return next(
        (
            found
            for name in ("chromium", "chromium-browser", "google-chrome", "chrome")
            if (found := shutil.which(name))
        ),
        None,
    )


def test_the_page_opens_with_a_season_overview() -> None:
    page = to_html(PLAN)
    overview = page[page.index('<div class="overview">') : page.index('<div class="keep">')]
    assert '<svg class="chart"' in overview
    assert "<h2>Phases</h2>" in overview
    assert "<h2>Week by week</h2>" in overview
    assert "Goal marathon" in overview
    assert overview.count("<tr>") >= len(PLAN.weeks) + 5  # every week, every phase
    assert "@page { size" not in page  # the printer's paper unless asked


def test_loads_stay_on_one_line_and_notes_are_said_once() -> None:
    page = to_html(PLAN, paper="A4")
    assert "@page { size: A4; }" in page
    assert "td.dose, td.load, td.num { white-space: nowrap; }" in page
    assert ".session, .keep" in page
    assert "break-inside: avoid" in page
    assert page.count("no 1RM known") == 1  # explained once; rows carry the mark
    assert page.count("RIR 2 \u2020") > 10
    reasons = {r for s in PLAN.sessions() for r in s.reasons}
    assert reasons
    text = re.sub(r"</?a[^>]*>", "", page)  # citations are links to the Sources list
    for reason in reasons:
        escaped = reason.replace("'", "&#x27;")
        assert text.count(escaped) == 1, reason


def test_every_session_and_exercise_is_on_the_page() -> None:
    page = to_html(PLAN, paper="letter")
    assert "@page { size: letter; }" in page
    assert page.count('<div class="session">') + page.count('<div class="keep">') == len(
        PLAN.sessions()
    ) + sum(1 for w in PLAN.weeks if not w.sessions)
    for session in PLAN.sessions():
        for item in session.exercises:
            assert f"<td>{item.exercise.name.replace(chr(39), '&#x27;')}" in page


@pytest.mark.parametrize("paper", [None, "a4", "Letter"])
def test_paper_sizes(paper: str | None) -> None:
    assert to_html(PLAN.weeks[0], paper=paper).startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("paper", ["A5", 4, ""])
def test_unknown_paper_is_refused(paper: object) -> None:
    import runstrength as rs

    with pytest.raises(rs.ValidationError, match="paper"):
        to_html(PLAN, paper=paper)  # type: ignore[arg-type]


@pytest.mark.parametrize("paper", ["A4", "letter"])
def test_the_season_prints_on_few_pages_with_no_heading_left_at_the_bottom(
    paper: str, tmp_path: Path
) -> None:
    browser = _browser()
    if browser is None or shutil.which("pdftotext") is None:
        pytest.skip(
            "needs Chromium and pdftotext (poppler-utils): "
            "apt-get install chromium poppler-utils (.ci/run installs them)"
        )
    html = tmp_path / "plan.html"
    html.write_text(to_html(PLAN, paper=paper), encoding="utf-8")
    pdf = tmp_path / "plan.pdf"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--print-to-pdf={pdf}",
            "--no-pdf-header-footer",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    assert 2 <= len(pages) <= 12
    assert "Phases" in pages[0]
    assert "Week by week" in pages[0]
    assert "Week of 2026-12-07" not in pages[0]  # the weeks start on a new page
    for number, page in enumerate(pages, 1):
        last = [line.strip() for line in page.splitlines() if line.strip()][-1]
        assert not HEADING.match(last), f"page {number} ends with a heading: {last}"
        assert not re.search(r"about \d+ min$", last), f"page {number} ends with a heading"
