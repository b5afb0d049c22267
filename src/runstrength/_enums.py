"""The base of runstrength's enums: string values, and a clear error for a bad value."""

from __future__ import annotations

import enum

from runstrength.errors import ValidationError


class StrEnum(enum.StrEnum):
    """A string enum whose lookup by an unknown value raises a ValidationError."""

    @classmethod
    def _missing_(cls, value: object) -> None:
        choices = ", ".join(repr(member.value) for member in cls)
        raise ValidationError(
            cls.__name__, value, f"must be one of {choices}", "use one of those values"
        )
