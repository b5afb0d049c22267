"""The check of an error's parts that matter: the argument, and the key words of its fix."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import pytest

import runstrength as rs


def has_words(text: str, words: str) -> bool:
    """``words`` appear in ``text`` as whole words (not inside longer ones)."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def assert_message(
    call: Callable[[], object],
    leaf: type[rs.RunstrengthError],
    argument: str,
    fix: Iterable[str],
    rule: Iterable[str] = (),
) -> rs.RunstrengthError:
    """``call`` raises ``leaf`` naming ``argument``, with a fix (and rule) holding the words."""
    with pytest.raises(leaf) as info:
        call()
    error = info.value
    assert error.argument == argument
    assert str(error).startswith(f"{argument!r} {error.rule}, got ")
    for words in fix:
        assert has_words(error.fix, words), f"{words!r} not in the fix {error.fix!r}"
    for words in rule:
        assert has_words(error.rule, words), f"{words!r} not in the rule {error.rule!r}"
    return error
