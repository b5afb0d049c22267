"""The references runstrength cites, by the short names plans and rules use.

Reasons in a plan cite their sources by a short, recognisable name ("Proven
Gains, mistake 5", "Sherman et al. 1984"); [`SOURCES`][runstrength.sources.SOURCES]
resolves each name to what is known of the reference. The five articles the
rules come from give no date and some no author: they say so rather than guess.

Examples:
    >>> SOURCES["Fitzgerald"].author
    'Jason Fitzgerald'
    >>> SOURCES["Proven Gains"].year
    'n.d.'
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

import attrs

from runstrength import _validate as v

__all__ = ["SOURCES", "Source"]


@attrs.frozen(kw_only=True)
class Source:
    """One reference: its short name, title, author, publisher, year and kind.

    Examples:
        >>> SOURCES["Sherman et al. 1984"].kind
        'paper'
    """

    key: str = attrs.field(validator=v.text)
    title: str = attrs.field(validator=v.text)
    author: str = attrs.field(validator=v.text)
    publisher: str = attrs.field(validator=v.text)
    year: str = attrs.field(validator=v.text)
    kind: str = attrs.field(validator=v.one_of(("article", "paper", "book")))


def _load() -> Mapping[str, Source]:
    text = resources.files("runstrength").joinpath("data/sources.toml").read_text("utf-8")
    found = [Source(**record) for record in tomllib.loads(text)["source"]]
    return MappingProxyType({s.key: s for s in found})


SOURCES: Mapping[str, Source] = _load()
"""Every reference by its short name (the five articles first, then the literature)."""
