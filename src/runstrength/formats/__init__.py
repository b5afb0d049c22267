"""Adapters that turn runstrength values into formats people and programs read.

They depend on the core; the core never imports them.

Examples:
    >>> from runstrength.formats import catalogue_table
    >>> import runstrength as rs
    >>> print(catalogue_table(rs.Catalogue.default().filter(pattern="carry")).splitlines()[0])
    | Exercise | Key | Category | Pattern | Dosed in | Equipment (any one) | Level | Sources |
"""

from runstrength.errors import FormatError
from runstrength.formats.document import from_json, json_schema, to_json
from runstrength.formats.markdown import (
    catalogue_table,
    percent_comparison_table,
    to_html,
    to_markdown,
    to_text,
)

__all__ = [
    "FormatError",
    "catalogue_table",
    "from_json",
    "json_schema",
    "percent_comparison_table",
    "to_html",
    "to_json",
    "to_markdown",
    "to_text",
]
