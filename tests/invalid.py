"""The shared check of the invalid-input tables."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import runstrength as rs


def assert_invalid(
    call: Callable[[], object], leaf: type[rs.RunstrengthError], argument: str
) -> None:
    """``call`` raises ``leaf``, a RunstrengthError whose message names ``argument`` and a fix."""
    with pytest.raises(leaf) as info:
        call()
    error = info.value
    assert isinstance(error, rs.RunstrengthError)
    assert error.argument == argument
    assert str(error).startswith(f"{argument!r} ")
    assert error.fix, "every message says what to do"
