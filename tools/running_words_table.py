"""Write the table of running words into docs/running-words.md, from the data.

Run ``python tools/running_words_table.py`` after changing
``src/runstrength/data/running_words.toml``; a test checks that the page matches.
"""

from __future__ import annotations

import sys
from pathlib import Path

import runstrength as rs

PAGE = Path(__file__).resolve().parent.parent / "docs" / "running-words.md"
START = "<!-- running-words-table: start (python tools/running_words_table.py) -->"
END = "<!-- running-words-table: end -->"
LANGUAGES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
}


def table() -> str:
    """The built-in running words as a Markdown table, in the data file's order."""
    lines = ["| Word | Kind | Language | Why |", "|---|---|---|---|"]
    for entry in rs.RunningWords.default():
        language = LANGUAGES.get(entry.language, entry.language)
        lines.append(f"| `{entry.word}` | {entry.kind.value} | {language} | {entry.reason} |")
    return "\n".join(lines) + "\n"


def main(page: Path = PAGE) -> None:
    """Replace the table between the markers of ``page``."""
    text = page.read_text("utf-8")
    head, _, rest = text.partition(START + "\n")
    _, _, tail = rest.partition(END)
    page.write_text(f"{head}{START}\n{table()}{END}{tail}", "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else PAGE)
