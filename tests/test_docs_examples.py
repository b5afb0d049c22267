"""Every ```pycon example in docs/ and README.md runs, page by page, as a doctest."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([*ROOT.joinpath("docs").rglob("*.md"), ROOT / "README.md"])
FENCE = re.compile(r"^```pycon[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS


def pycon_blocks(text: str) -> list[tuple[int, str]]:
    """Each ```pycon block's body with the line number it starts on (0-based)."""
    return [(text.count("\n", 0, m.start(1)), m.group(1)) for m in FENCE.finditer(text)]


def test_the_extractor_finds_blocks() -> None:
    text = (
        "intro\n```pycon\n>>> 1 + 1\n2\n```\nmiddle\n```python\nx\n```\n```pycon\n>>> 3\n3\n```\n"
    )
    assert pycon_blocks(text) == [(2, ">>> 1 + 1\n2\n"), (10, ">>> 3\n3\n")]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_page_examples(page: Path) -> None:
    blocks = pycon_blocks(page.read_text("utf-8"))
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    globs: dict[str, object] = {}
    for lineno, block in blocks:
        assert ">>>" in block, f"{page.name}:{lineno + 1}: a pycon block without an example"
        test = parser.get_doctest(block, globs, page.name, str(page), lineno)
        runner.run(test, out=pytest.fail, clear_globs=False)
        globs = test.globs  # DocTest copies its globals; carry them to the next block
