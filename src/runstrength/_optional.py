"""Importing an optional dependency, or saying which extra brings it."""

from __future__ import annotations

import importlib
from typing import Any

from runstrength.errors import MissingExtraError


def require(module: str, *, extra: str, argument: str, value: str) -> Any:
    """Import ``module`` (a package of an optional extra) or raise MissingExtraError naming it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        package = module.split(".", maxsplit=1)[0]
        raise MissingExtraError(
            argument,
            value,
            f"needs the optional '{package}' package",
            f'install the extra: pip install ".[{extra}]" in a clone of runstrength '
            f'(pip install "runstrength[{extra}]" once released)',
        ) from None
