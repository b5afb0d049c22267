"""Make the PNG previews of the printed plan that docs/how-to/print.md shows.

Prints the example season (``runstrength plan --start 2026-12-07``) to PDF with
headless Chromium, on A4 and on Letter, and turns the first two pages of the A4
print (the overview and the first weeks) into PNGs with ``pdftoppm``. Needs
``chromium`` and ``poppler-utils``. Run it after changing the printed page::

    .venv/bin/python tools/print_previews.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from runstrength import cli
from runstrength.formats import to_html

ASSETS = Path(__file__).resolve().parent.parent / "docs" / "assets"
RESOLUTION = 60  # dots per inch: readable headings, small files


def main() -> int:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None or shutil.which("pdftoppm") is None:
        print("needs chromium and pdftoppm (apt-get install chromium poppler-utils)")
        return 1
    plan = cli._make_plan(cli._parser().parse_args(["plan", "--start", "2026-12-07"]))
    with tempfile.TemporaryDirectory() as folder:
        html = Path(folder, "plan.html")
        html.write_text(to_html(plan, paper="A4"), encoding="utf-8")
        pdf = Path(folder, "plan.pdf")
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={folder}/profile",
                f"--print-to-pdf={pdf}",
                "--no-pdf-header-footer",
                html.as_uri(),
            ],
            check=True,
            capture_output=True,
        )
        stem = Path(folder, "page")
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(RESOLUTION), "-f", "1", "-l", "2", str(pdf), stem],
            check=True,
        )
        for number in (1, 2):
            made = next(Path(folder).glob(f"page-*{number}.png"))
            shutil.copyfile(made, ASSETS / f"print-a4-page-{number}.png")
            print(ASSETS / f"print-a4-page-{number}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
