"""The running week: what each day holds, as a template week or a dated calendar.

A day holds zero or more runs; its *demand* is its hardest run (rest < easy <
moderate < key workout < long run < race). Weeks run Monday to Sunday, numbered
the ISO way (Monday = 1). Text is read with the runner's own words
([`RunningWords`][runstrength.running.RunningWords]: plan words such as "med-long" or "marathon
pace", and the
common words of German, French, Spanish, Italian and Dutch plans), and a run may
carry its distance and duration ("long 32 km", "easy 45 min").

Examples:
    >>> week = RunningWeek.parse("mon easy, tue intervals, wed rest, thu tempo, fri easy, "
    ...                          "sat rest, sun long")
    >>> week[Weekday.TUESDAY].demand
    <RunKind.KEY_WORKOUT: 'key-workout'>
    >>> week.to_text()
    'mon easy, tue intervals, wed rest, thu tempo, fri easy, sat rest, sun long'
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from typing import Any, NamedTuple

import attrs

from runstrength import _validate as v
from runstrength._enums import IntEnum, StrEnum
from runstrength.errors import ArgumentTypeError, RunstrengthError, ValidationError

__all__ = [
    "KM_PER_MILE",
    "LONG_RUN_MIN_KM",
    "LONG_RUN_MIN_MINUTES",
    "LONG_RUN_RATIO",
    "MAX_CALENDAR_DAYS",
    "MAX_RUN_KM",
    "MAX_RUN_MINUTES",
    "EntryKind",
    "EntryReading",
    "ParseError",
    "Run",
    "RunKind",
    "RunningCalendar",
    "RunningDay",
    "RunningWeek",
    "RunningWord",
    "RunningWords",
    "Weekday",
    "read_entry",
]

KM_PER_MILE = 1.609344
"""Kilometres in a mile (the international mile, exactly)."""

LONG_RUN_RATIO = 1.5
"""A run given only by its distance or duration is the long run when it is the week's
single longest and at least this many times the week's median run (a library convention)."""

LONG_RUN_MIN_KM = 16.0
"""A run given only by its distance is a long run from this many kilometres, whatever the
rest of the week holds (a library convention; about 10 miles)."""

LONG_RUN_MIN_MINUTES = 90.0
"""A run given only by its duration is a long run from this many minutes (a library
convention)."""

MAX_RUN_KM = 400.0
"""The longest distance a single run may have: beyond it the number is surely a typo."""

MAX_RUN_MINUTES = 48 * 60.0
"""The longest duration a single run may have (48 hours), in minutes."""

MAX_CALENDAR_DAYS = 3653
"""The most days a running calendar holds: ten years."""


class ParseError(ValidationError):
    """Text that cannot be read as a running week; names the token and what was expected.

    Examples:
        >>> try:
        ...     RunningWeek.parse("mon easy, tue sprints")
        ... except ParseError as error:
        ...     print(error.argument, "|", error.value)
        text (entry 2, word 2) | sprints
    """


class RunKind(StrEnum):
    """The kinds of running day, from least to most demanding.

    Examples:
        >>> RunKind.LONG_RUN.rank > RunKind.KEY_WORKOUT.rank > RunKind.EASY.rank
        True
    """

    REST = "rest"
    """No running ("rest or cross-train" too; cross-training alone reads as moderate)."""
    EASY = "easy"
    """An easy or recovery run."""
    MODERATE = "moderate"
    """A steady, moderate-effort run (Fitzgerald's preferred day for heavier lifting)."""
    KEY_WORKOUT = "key-workout"
    """Intervals, tempo, threshold, hills, track or fartlek: a quality session (SportCoaching)."""
    LONG_RUN = "long-run"
    """The week's long run (SportCoaching: protect it)."""
    RACE = "race"
    """A race."""

    @property
    def rank(self) -> int:
        """Demand order: rest 0 < easy 1 < moderate 2 < key workout 3 < long run 4 < race 5.

        Examples:
            >>> RunKind.RACE.rank
            5
        """
        return _RUN_RANKS[self]

    @property
    def is_run(self) -> bool:
        """Whether this is running at all (everything but rest).

        Examples:
            >>> RunKind.REST.is_run, RunKind.EASY.is_run
            (False, True)
        """
        return self is not RunKind.REST


_RUN_RANKS = {kind: index for index, kind in enumerate(RunKind)}


class Weekday(IntEnum):
    """Days of the week, numbered the ISO way (Monday = 1 ... Sunday = 7).

    Examples:
        >>> Weekday.parse("Tue"), Weekday.SUNDAY.short
        (<Weekday.TUESDAY: 2>, 'sun')
        >>> Weekday.of(dt.date(2026, 12, 7))
        <Weekday.MONDAY: 1>
    """

    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7

    @property
    def short(self) -> str:
        """The three-letter lowercase name ("mon").

        Examples:
            >>> Weekday.WEDNESDAY.short
            'wed'
        """
        return self.name[:3].lower()

    @classmethod
    def parse(cls, text: str) -> Weekday:
        """A weekday from its name or a prefix of at least three letters ("thu", "Thurs").

        Raises:
            ParseError: Not a weekday name.

        Examples:
            >>> Weekday.parse("saturday")
            <Weekday.SATURDAY: 6>
        """
        if not isinstance(text, str):
            raise ArgumentTypeError("weekday", text, "must be a string", "write e.g. 'mon'")
        word = text.strip().lower()
        for day in cls:
            if len(word) >= 3 and day.name.lower().startswith(word):
                return day
        raise ParseError(
            "weekday", text, "must name a day of the week", "write mon, tue, wed ... or monday ..."
        )

    @classmethod
    def of(cls, date: dt.date) -> Weekday:
        """The weekday of a date.

        Examples:
            >>> Weekday.of(dt.date(2027, 4, 18))
            <Weekday.SUNDAY: 7>
        """
        if not isinstance(date, dt.date):
            raise ArgumentTypeError("date", date, "must be a datetime.date", "pass a date")
        return _WEEKDAYS[date.isoweekday() - 1]


_WEEKDAYS = tuple(Weekday)  # by ISO number - 1: no checked lookup by value on hot paths


def weekday(value: object, argument: str = "weekday") -> Weekday:
    """A Weekday from a Weekday, an ISO number 1-7 or a name."""
    if isinstance(value, Weekday):
        return value
    if isinstance(value, str):
        try:
            return Weekday.parse(value)
        except ParseError as error:
            raise ParseError(argument, value, error.rule, error.fix) from None
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 7:
        return Weekday(value)
    raise ArgumentTypeError(
        argument, value, "must be a Weekday, an ISO day number 1-7 or a day name", "e.g. 'mon'"
    )


# --- running words ---------------------------------------------------------------------

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_WORD_PART = re.compile(r"[^\W\d_][\w']*")
_LANGUAGE = re.compile(r"(?:[a-z]{2})?")
_NEGATIVE = re.compile(r"[\-\u2010-\u2015\u2212][0-9]")

# Words that may stand beside a run's word and add nothing ("med-long run 12 mi").
_FILLERS = frozenset({"run"})
# Words after which a run's text is detail and is not read ("LT 8 with 4 at LT pace"):
# with, mit, avec, con (es, it), met (nl).
_DETAILS = frozenset({"with", "mit", "avec", "con", "met"})

_UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("km", "k", "kms"), ("km", 1.0)),
    **dict.fromkeys(("mi", "mile", "miles"), ("km", KM_PER_MILE)),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), ("min", 1.0)),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), ("min", 60.0)),
}
# A bare "m" can be metres ("100 m strides") or minutes ("45m"): never read as either.
_AMBIGUOUS_UNITS = frozenset({"m", "meter", "meters", "metre", "metres"})
_AMOUNT = re.compile(r"([0-9]+(?:\.[0-9]+)?)([a-z]*)")
# At most four digits of hours: int() refuses very long digit strings.
_CLOCK = re.compile(r"([0-9]{1,4}):([0-5][0-9])")
_HOURS_MINUTES = re.compile(r"([0-9]{1,4})h([0-5]?[0-9])(?:m|min)?")

_KM_DECIMALS = 3  # kilometres are kept to the metre
_MINUTE_DECIMALS = 2  # minutes are kept to about half a second


def _fold(text: str) -> str:
    # Case, accents and compatibility forms do not matter: "VO₂max" is "vo2max".
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _key(text: str) -> tuple[str, ...]:
    """The parts a word is matched by: folded, hyphens and spaces alike."""
    return tuple(part for part in _SEPARATORS.split(_fold(text)) if part)


def _spelled(value: str) -> str:
    if not isinstance(value, str):
        raise ArgumentTypeError("word", value, "must be a string", "e.g. 'med-long'")
    return unicodedata.normalize("NFC", " ".join(value.split())).lower()


def _phrase(_instance: object, attribute: Any, value: str) -> None:
    key = _key(value)
    if not key or not all(_WORD_PART.fullmatch(part) for part in key):
        raise ValidationError(
            attribute.name,
            value,
            "must be words of letters (digits only after the first letter), hyphens or spaces",
            "write it like 'med-long' or 'tirada larga'",
        )
    clash = [
        part for part in key if part in _DETAILS or part in _UNITS or part in _AMBIGUOUS_UNITS
    ]
    if clash or key in {(filler,) for filler in _FILLERS}:
        raise ValidationError(
            attribute.name,
            value,
            f"must not use {(clash or list(key))[0]!r}, which the running-week text reads "
            "as a unit, a filler or the start of details",
            "choose another word",
        )


def _language(_instance: object, attribute: Any, value: object) -> None:
    if not isinstance(value, str) or not _LANGUAGE.fullmatch(value):
        raise ValidationError(
            attribute.name,
            value,
            "must be a two-letter language code or empty",
            "e.g. 'en', 'de', or ''",
        )


@attrs.frozen
class RunningWord:
    """A word or phrase for a kind of run, and why it is that kind.

    The word is kept in lower case with single spaces; hyphens and spaces, case and
    accents do not matter when text is read.

    Examples:
        >>> entry = RunningWord("Med-long", RunKind.MODERATE,
        ...                     "medium-long runs are moderate at any distance")
        >>> entry.word, entry.kind.value
        ('med-long', 'moderate')
        >>> RunningWords.default()["bike"].cross_training
        True
    """

    word: str = attrs.field(converter=_spelled, validator=_phrase)
    """The word or phrase, lower case."""
    kind: RunKind = attrs.field(validator=v.member_of(RunKind))
    """The kind of run it means."""
    reason: str = attrs.field(validator=v.text)
    """Why it is that kind, in a few plain words."""
    language: str = attrs.field(default="", kw_only=True, validator=_language)
    """The word's language as a two-letter code (``"en"``), or empty."""
    cross_training: bool = attrs.field(default=False, kw_only=True, validator=v.check_bool)
    """Training that is not running: read as a moderate day, left out of running volume."""


def _word_list(_instance: object, attribute: Any, value: object) -> None:
    seen: dict[tuple[str, ...], str] = {}
    for entry in v.check_tuple_of(attribute.name, value, RunningWord):
        key = _key(entry.word)
        if key in seen:
            raise ValidationError(
                attribute.name,
                entry.word,
                f"must list each word once ({seen[key]!r} reads the same)",
                "remove one of them",
            )
        seen[key] = entry.word


_RECORD_FIELDS = frozenset({"word", "kind", "reason", "language", "cross_training"})


@attrs.frozen
class RunningWords:
    """The words a running week may use, each mapped to a kind of run.

    [`default`][runstrength.running.RunningWords.default] holds the built-in words (English plan
    words and the common words of
    German, French, Spanish, Italian and Dutch plans);
    [`with_words`][runstrength.running.RunningWords.with_words] adds your own.
    Hyphens and spaces, case and accents do not matter ("Marathon-Pace" is
    "marathon pace", "fractionne" is "fractionné").

    Examples:
        >>> words = RunningWords.default().with_words({"vo2": "key-workout"})
        >>> words["VO2"].kind, words["Tirada larga"].kind
        (<RunKind.KEY_WORKOUT: 'key-workout'>, <RunKind.LONG_RUN: 'long-run'>)
        >>> RunningWeek.parse("tue vo2 8 km, sun long", words=words)["tue"].demand
        <RunKind.KEY_WORKOUT: 'key-workout'>
    """

    words: tuple[RunningWord, ...] = attrs.field(validator=_word_list)
    """Every word, in order."""
    _index: dict[tuple[str, ...], RunningWord] = attrs.field(init=False, repr=False, eq=False)
    _longest: int = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        index = {_key(entry.word): entry for entry in self.words}
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_longest", max(map(len, index), default=0))

    @classmethod
    def default(cls) -> RunningWords:
        """The built-in words, loaded from the package's ``data/running_words.toml`` once.

        Examples:
            >>> RunningWords.default()["rest or cross-train"].kind
            <RunKind.REST: 'rest'>
        """
        return _default_words()

    @classmethod
    def from_records(
        cls, records: Iterable[Mapping[str, Any]], *, source: str = "records"
    ) -> RunningWords:
        """Words from records shaped like the data file's ``[[word]]`` tables.

        Each record has ``word``, ``kind`` (a [`RunKind`][runstrength.running.RunKind] value) and
        ``reason``, and
        may have ``language`` and ``cross_training``.

        Args:
            records: The records, in order.
            source: What to call the records in error messages.

        Raises:
            ValidationError: A record with a missing, unknown or invalid field, or a
                word listed twice; the message names the record.

        Examples:
            >>> RunningWords.from_records([{"word": "lsd", "kind": "long-run",
            ...                             "reason": "long slow distance"}])["LSD"].kind
            <RunKind.LONG_RUN: 'long-run'>
        """
        if isinstance(records, (str, Mapping)) or not isinstance(records, Iterable):
            raise ArgumentTypeError(
                "records", records, "must be a list of records", "e.g. [{'word': ...}]"
            )
        entries: list[RunningWord] = []
        for number, record in enumerate(v.check_items("records", records)):
            where = f"{source}[{number}]"
            if not isinstance(record, Mapping):
                raise ArgumentTypeError(
                    where, record, "must be a table", "give word, kind, reason"
                )
            missing = sorted({"word", "kind", "reason"} - set(record))
            unknown = sorted(set(record) - _RECORD_FIELDS)
            if missing or unknown:
                raise ValidationError(
                    where,
                    record,
                    f"must have word, kind and reason only (missing {missing}, unknown {unknown})",
                    "optional fields are language and cross_training",
                )
            try:
                entries.append(
                    RunningWord(
                        record["word"],
                        v.to_enum(RunKind, record["kind"], "kind"),
                        record["reason"],
                        language=record.get("language", ""),
                        cross_training=record.get("cross_training", False),
                    )
                )
            except RunstrengthError as error:
                raise type(error)(
                    f"{where}.{error.argument}", error.value, error.rule, error.fix
                ) from None
        return cls(tuple(entries))

    def with_words(
        self,
        words: Mapping[str, RunKind | str],
        *,
        reason: str = "a word of your own",
        language: str = "",
    ) -> RunningWords:
        """A copy that also reads ``words``, each mapped to a kind, a kind's value or a known word.

        A word already known takes its new kind. Your own words are read as their kind
        but are not kept as a run's label, so that any week's text reads back without
        them (see [`Run.label`][runstrength.running.Run.label]).

        Raises:
            ValidationError: A word that cannot be read in a running week (a digit first,
                a unit, "with"), or a kind that is not one.

        Examples:
            >>> words = RunningWords.default().with_words({"dl": "long", "steady": "easy"})
            >>> words["dl"].kind, words["steady"].kind
            (<RunKind.LONG_RUN: 'long-run'>, <RunKind.EASY: 'easy'>)
        """
        if not isinstance(words, Mapping):
            raise ArgumentTypeError(
                "words", words, "must map words to kinds", "e.g. {'vo2': 'key-workout'}"
            )
        entries = list(self.words)
        positions = {_key(entry.word): i for i, entry in enumerate(entries)}
        for word, kind in words.items():
            entry = RunningWord(word, self._kind(word, kind), reason, language=language)
            position = positions.setdefault(_key(entry.word), len(entries))
            if position == len(entries):
                entries.append(entry)
            else:
                entries[position] = entry
        return RunningWords(tuple(entries))

    def _kind(self, word: str, kind: object) -> RunKind:
        if isinstance(kind, RunKind):
            return kind
        if isinstance(kind, str):
            if kind in RunKind._value2member_map_:
                return RunKind(kind)
            entry = self.get(kind)
            if entry is not None:
                return entry.kind
        raise ValidationError(
            f"words[{word!r}]",
            kind,
            "must be a kind of run, its value or a known running word",
            "use rest, easy, moderate, key-workout, long-run or race",
        )

    def get(self, word: str) -> RunningWord | None:
        """The entry for ``word``, or None.

        Examples:
            >>> RunningWords.default().get("Marathon-Pace").word
            'marathon pace'
            >>> RunningWords.default().get("sprints") is None
            True
        """
        return self._index.get(_key(word)) if isinstance(word, str) else None

    def __getitem__(self, word: str) -> RunningWord:
        entry = self.get(word)
        if entry is None:
            raise _unknown("word", word, self)
        return entry

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __len__(self) -> int:
        return len(self.words)

    def __iter__(self) -> Iterator[RunningWord]:
        return iter(self.words)

    def _match(self, parts: list[str]) -> tuple[RunningWord | None, int]:
        # The most specific phrase wins: "med-long run" is not "long".
        for size in range(min(self._longest, len(parts)), 0, -1):
            entry = self._index.get(tuple(parts[:size]))
            if entry is not None:
                return entry, size
        return None, 1

    def _close(self, word: str) -> list[str]:
        spelled = {" ".join(key): entry.word for key, entry in self._index.items()}
        return [spelled[m] for m in difflib.get_close_matches(" ".join(_key(word)), spelled, 2)]


@functools.cache
def _default_words() -> RunningWords:
    import tomllib

    text = resources.files("runstrength").joinpath("data", "running_words.toml").read_text("utf-8")
    return RunningWords.from_records(tomllib.loads(text)["word"], source="running_words.toml word")


def _unknown(argument: str, word: str, words: RunningWords) -> ParseError:
    close = words._close(word)
    hint = "did you mean " + " or ".join(map(repr, close)) + "? Otherwise " if close else ""
    own = " ".join(word.split()).lower() or "word"
    return ParseError(
        argument,
        word,
        "must be a kind of run",
        f"{hint}use a running word (rest, easy, moderate, key, long, race, or any of "
        "RunningWords.default()), or add yours with "
        f"RunningWords.default().with_words({{{own!r}: 'easy'}}) and parse(text, words=...)",
    )


# --- runs --------------------------------------------------------------------------------


def _label_entry(label: str, kind: RunKind) -> RunningWord | None:
    entry = _default_words().get(label)
    return entry if entry is not None and entry.kind is kind else None


def _label(instance: Run, attribute: Any, value: object) -> None:
    if not isinstance(value, str):
        raise ArgumentTypeError(attribute.name, value, "must be a string", "e.g. 'intervals'")
    if value and _label_entry(value, instance.kind) is None:
        words = ", ".join(e.word for e in _default_words() if e.kind is instance.kind)
        raise ValidationError(
            attribute.name,
            value,
            f"must be a word for a {instance.kind.value} run (so that text reads back the same)",
            f"use one of {words}, or leave it empty",
        )


def _amount(
    argument: str, value: float | None, *, unit: str, maximum: float, decimals: int, example: str
) -> float | None:
    if value is None:
        return None
    number = v.check_finite_number(argument, value)
    amount = round(number, decimals)
    if not 0 < amount <= maximum:
        raise ValidationError(
            argument,
            value,
            f"must be more than 0 {unit} and at most {maximum:g} {unit}",
            f"give the run's {example}",
        )
    return amount


def _distance(value: float | None) -> float | None:
    return _amount(
        "distance_km",
        value,
        unit="km",
        maximum=MAX_RUN_KM,
        decimals=_KM_DECIMALS,
        example="distance in kilometres, e.g. 10.0 (a mile is 1.609344 km)",
    )


def _minutes(value: float | None) -> float | None:
    return _amount(
        "minutes",
        value,
        unit="min",
        maximum=MAX_RUN_MINUTES,
        decimals=_MINUTE_DECIMALS,
        example="duration in minutes, e.g. 45",
    )


def _number(value: float) -> str:
    text = repr(value)
    return text.removesuffix(".0")


@attrs.frozen
class Run:
    """One run: its kind, the word the runner used for it, and its distance or duration.

    ``label`` is empty or one of the built-in [`RunningWords`][runstrength.running.RunningWords] of
    the run's kind,
    kept as that word is spelled there ("med-long", "marathon pace"); the kind's own
    words leave it empty. Words you add with
    [`RunningWords.with_words`][runstrength.running.RunningWords.with_words] are read
    as their kind but not kept as a label, so that text reads back without them.
    Distances are kept to the metre, durations to a hundredth of a minute.

    Examples:
        >>> Run(RunKind.KEY_WORKOUT, "hills").word
        'hills'
        >>> Run(RunKind.EASY).word
        'easy'
        >>> Run(RunKind.KEY_WORKOUT, "Marathon-Pace", distance_km=25.75).to_text()
        'marathon-pace 25.75km'
    """

    kind: RunKind = attrs.field(validator=v.member_of(RunKind))
    """The kind of run."""
    label: str = attrs.field(default="", validator=_label)
    """The runner's word for it, or empty."""
    distance_km: float | None = attrs.field(default=None, kw_only=True, converter=_distance)
    """How far, in kilometres (more than 0, at most
    [`MAX_RUN_KM`][runstrength.running.MAX_RUN_KM]), or None."""
    minutes: float | None = attrs.field(default=None, kw_only=True, converter=_minutes)
    """How long, in minutes (more than 0, at most
    [`MAX_RUN_MINUTES`][runstrength.running.MAX_RUN_MINUTES]), or None."""

    def __attrs_post_init__(self) -> None:
        # The kind's own words are no label: Run(EASY, "easy") == Run(EASY).
        if self.label:
            entry = _label_entry(self.label, self.kind)
            own = (_key(_CANONICAL[self.kind]), _key(self.kind.value))
            label = "" if entry is None or _key(entry.word) in own else entry.word
            object.__setattr__(self, "label", label)

    @property
    def word(self) -> str:
        """The word used in text: the label (hyphens for spaces), or the kind's short name.

        Examples:
            >>> Run(RunKind.LONG_RUN).word, Run(RunKind.KEY_WORKOUT, "marathon pace").word
            ('long', 'marathon-pace')
        """
        return (self.label or _CANONICAL[self.kind]).replace(" ", "-")

    @property
    def cross_training(self) -> bool:
        """Whether the run is cross-training (bike, swim ...), a moderate day without running.

        Examples:
            >>> Run(RunKind.MODERATE, "bike", minutes=60).cross_training
            True
        """
        return bool(self.label) and _default_words()[self.label].cross_training

    def to_text(self) -> str:
        """The run as text that the running-week reader reads back into an equal run.

        Examples:
            >>> Run(RunKind.LONG_RUN, distance_km=32, minutes=165).to_text()
            'long 32km 165min'
        """
        text = self.word
        if self.distance_km is not None:
            text += f" {_number(self.distance_km)}km"
        if self.minutes is not None:
            text += f" {_number(self.minutes)}min"
        return text


_CANONICAL = {
    RunKind.REST: "rest",
    RunKind.EASY: "easy",
    RunKind.MODERATE: "moderate",
    RunKind.KEY_WORKOUT: "key",
    RunKind.LONG_RUN: "long",
    RunKind.RACE: "race",
}


def _runs(_instance: object, attribute: Any, value: object) -> None:
    runs = v.check_tuple_of(attribute.name, value, Run)
    if any(run.kind is RunKind.REST for run in runs):
        raise ValidationError(
            attribute.name, value, "must not list rest as a run", "a rest day has no runs: ()"
        )


# --- reading runs from text ----------------------------------------------------------------


class _Reading(NamedTuple):
    """A run as read from text; ``kind`` is None when only its distance or duration was given."""

    kind: RunKind | None
    label: str
    distance_km: float | None
    minutes: float | None
    cross_training: bool


def _vocabulary(words: object) -> RunningWords:
    if words is None:
        return _default_words()
    if not isinstance(words, RunningWords):
        raise ArgumentTypeError(
            "words", words, "must be RunningWords or None", "use RunningWords.default().with_words"
        )
    return words


def _word_at(where: str, first: int, index: int) -> str:
    return f"{where}, word {first + index})"


def _scan(
    words: list[str], locate: Callable[[int], str]
) -> tuple[dict[str, list[tuple[float, int]]], list[list[tuple[str, int]]]]:
    """A run's distances and durations, and the runs of word parts between them.

    Each item keeps the index of the word it came from, for errors.
    """
    parts: list[tuple[str, int]] = []
    for index, word in enumerate(words):
        folded = _fold(word)
        if folded in _DETAILS or folded.startswith("("):
            break  # the rest is detail: "with 10 at marathon pace", "(13.1)"
        if _NEGATIVE.match(folded):
            raise ParseError(
                locate(index), word, "must not be negative", "give a distance or duration above 0"
            )
        parts.extend((part, index) for part in _SEPARATORS.split(folded) if part)
    amounts: dict[str, list[tuple[float, int]]] = {"km": [], "min": []}
    phrases: list[list[tuple[str, int]]] = [[]]
    position = 0
    while position < len(parts):
        part, index = parts[position]
        position += 1
        clock = _CLOCK.fullmatch(part) or _HOURS_MINUTES.fullmatch(part)
        number = _AMOUNT.fullmatch(part)
        if clock is not None:
            amounts["min"].append((int(clock[1]) * 60.0 + int(clock[2]), index))
        elif number is not None:
            unit = number[2]
            written = words[index]
            if not unit and position < len(parts):
                following, at = parts[position]
                if following in _UNITS or following in _AMBIGUOUS_UNITS:
                    unit = following
                    written = " ".join(words[index : at + 1])
                    position += 1
            if unit in _AMBIGUOUS_UNITS:
                raise ParseError(
                    locate(index),
                    written,
                    "must not use m (it can mean metres or minutes)",
                    "write 45 min, or 0.8 km; put repeats after 'with' "
                    "('intervals 8 km with 6 x 800 m')",
                )
            if unit and unit not in _UNITS:
                raise ParseError(
                    locate(index),
                    words[index],
                    f"must be a distance or duration in a known unit, not {unit!r}",
                    "write km, k, mi, miles, min, h, 1h30 or 1:30 (h:mm)",
                )
            if unit:
                measure, factor = _UNITS[unit]
                amounts[measure].append((float(number[1]) * factor, index))
            # A number without a unit is not read ("Gen-aerobic 10"): miles or kilometres?
        else:
            phrases[-1].append((part, index))
            continue
        phrases.append([])
    return amounts, phrases


def _read_run(
    words: list[str], locate: Callable[[int], str], vocabulary: RunningWords
) -> _Reading | None:
    """One run from its words, or None for rest; ``locate(i)`` names word ``i`` in errors."""
    amounts, phrases = _scan(words, locate)
    found: list[tuple[RunningWord, int]] = []
    for phrase in phrases:
        start = 0
        while start < len(phrase):
            entry, size = vocabulary._match([p for p, _ in phrase[start:]])
            part, index = phrase[start]
            if entry is not None:
                found.append((entry, index))
            elif part not in _FILLERS:
                raise _unknown(locate(index), words[index], vocabulary)
            start += size
    for entry, index in found[1:]:
        if entry.kind is not found[0][0].kind:
            first = found[0][0]
            raise ParseError(
                locate(index),
                words[index],
                f"must not name a second kind of run ({first.word!r} is {first.kind.value}, "
                f"{entry.word!r} is {entry.kind.value})",
                "join two runs with '+' (easy+strides), or put details after 'with'",
            )
    distance = _largest(amounts["km"], "distance", words, locate)
    minutes = _largest(amounts["min"], "duration", words, locate)
    if not found and distance is None and minutes is None:
        raise ParseError(
            locate(0),
            " ".join(words),
            "must say what the day holds: a kind of run, a distance or a duration",
            "e.g. easy, long 30 km, 6 mi or 45 min",
        )
    if found and found[0][0].kind is RunKind.REST:
        if distance is not None or minutes is not None:
            raise ParseError(
                locate(0),
                " ".join(words),
                "must not give a rest day a distance or duration",
                "remove it, or name the run (cross-train 45 min)",
            )
        return None
    entry = found[0][0] if found else None
    label = ""
    if entry is not None and _label_entry(entry.word, entry.kind) is not None:
        label = entry.word
    return _Reading(
        entry.kind if entry else None,
        label,
        distance,
        minutes,
        entry.cross_training if entry else False,
    )


def _largest(
    amounts: list[tuple[float, int]], what: str, words: list[str], locate: Callable[[int], str]
) -> float | None:
    indices = sorted({index for _, index in amounts})
    if len(indices) > 1:
        raise ParseError(
            locate(indices[1]),
            words[indices[1]],
            f"must give one {what} per run",
            "write one (1h30, not 1h 30min), or join two runs with '+'; "
            "a range such as 8k-15k reads as the larger",
        )
    if not indices:
        return None
    value = max(amount for amount, _ in amounts)
    try:
        return _distance(value) if what == "distance" else _minutes(value)
    except ValidationError as error:
        raise ParseError(locate(indices[0]), words[indices[0]], error.rule, error.fix) from None


def _read_day(
    value: object, vocabulary: RunningWords, locate: Callable[[int], str]
) -> list[_Reading]:
    """The runs of one day from a kind, or text of runs joined by "+"."""
    if isinstance(value, RunKind):
        return [] if value is RunKind.REST else [_Reading(value, "", None, None, False)]
    if not isinstance(value, str):
        raise ArgumentTypeError("run", value, "must be a string", "write e.g. 'easy'")
    readings = [_read_run(part.split(), locate, vocabulary) for part in value.split("+")]
    return [reading for reading in readings if reading is not None]


def _runs_of(days: list[list[_Reading]]) -> list[RunningDay]:
    """The days' runs, a run given only by distance or duration made long or easy."""
    running = [r for day in days for r in day if not r.cross_training]
    distances = [r.distance_km for r in running if r.distance_km is not None]
    durations = [r.minutes for r in running if r.minutes is not None]

    def kind(reading: _Reading) -> RunKind:
        if reading.kind is not None:
            return reading.kind
        long = _stands_out(reading.distance_km, distances, LONG_RUN_MIN_KM) or _stands_out(
            reading.minutes, durations, LONG_RUN_MIN_MINUTES
        )
        return RunKind.LONG_RUN if long else RunKind.EASY

    return [
        RunningDay(
            tuple(Run(kind(r), r.label, distance_km=r.distance_km, minutes=r.minutes) for r in day)
        )
        for day in days
    ]


def _stands_out(value: float | None, values: list[float], floor: float) -> bool:
    # SportCoaching, Proven Gains protect the long run; the thresholds are library conventions.
    if value is None:
        return False
    if value >= floor:
        return True
    return (
        values.count(value) == 1
        and value == max(values)
        and value >= LONG_RUN_RATIO * statistics.median(values)
    )


@attrs.frozen(cache_hash=True)  # hashed many times a plan: keys of repeated weeks
class RunningDay:
    """What one day holds: zero or more runs (none is a rest day).

    Examples:
        >>> day = RunningDay((Run(RunKind.EASY), Run(RunKind.KEY_WORKOUT, "tempo")))
        >>> day.demand
        <RunKind.KEY_WORKOUT: 'key-workout'>
        >>> RunningDay().demand
        <RunKind.REST: 'rest'>
    """

    runs: tuple[Run, ...] = attrs.field(default=(), validator=_runs)
    _demand: RunKind = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Rules ask for the demand of every day many times: compute it once.
        demand = max((run.kind for run in self.runs), key=_RUN_RANKS.__getitem__, default=None)
        object.__setattr__(self, "_demand", RunKind.REST if demand is None else demand)

    @classmethod
    def of(cls, *kinds: RunKind | str, words: RunningWords | None = None) -> RunningDay:
        """A day from run kinds, or text of runs ("easy", "intervals 8 km", "recovery+strides").

        A run given only by its distance or duration is judged against the day's other
        runs, as [`RunningWeek.parse`][runstrength.running.RunningWeek.parse] judges it against the
        week's.

        Args:
            *kinds: Kinds of run, or text read like one day of
                [`RunningWeek.parse`][runstrength.running.RunningWeek.parse].
            words: The words to read; the built-in
                [`RunningWords.default`][runstrength.running.RunningWords.default] if None.

        Raises:
            ParseError: Text that is not a run.

        Examples:
            >>> RunningDay.of("easy", "hills").demand
            <RunKind.KEY_WORKOUT: 'key-workout'>
            >>> RunningDay.of("Recovery 5 mi + strides").to_text()
            'recovery 8.047km+strides'
            >>> RunningDay.of("easy", "sprints").runs
            Traceback (most recent call last):
              ...
            runstrength.running.ParseError: 'run' must be a kind of run, got 'sprints': ...
        """
        vocabulary = _vocabulary(words)
        readings = [r for kind in kinds for r in _read_day(kind, vocabulary, lambda _: "run")]
        return _runs_of([readings])[0]

    @property
    def demand(self) -> RunKind:
        """The hardest run of the day, or rest.

        Examples:
            >>> RunningDay.of("long").demand
            <RunKind.LONG_RUN: 'long-run'>
        """
        return self._demand

    @property
    def has_run(self) -> bool:
        """Whether the day has any run.

        Examples:
            >>> RunningDay().has_run
            False
        """
        return bool(self.runs)

    def to_text(self) -> str:
        """The day's runs as text joined by "+", or "rest".

        Examples:
            >>> RunningDay.of("easy", "hills").to_text()
            'easy+hills'
        """
        return "+".join(run.to_text() for run in self.runs) or "rest"


def _days(_instance: object, attribute: Any, value: object) -> None:
    days = v.check_tuple_of(attribute.name, value, RunningDay)
    if len(days) != 7:
        raise ValidationError(
            attribute.name,
            value,
            f"must hold 7 days (Monday to Sunday), not {len(days)}",
            "give one RunningDay per weekday",
        )


@attrs.frozen
class RunningWeek:
    """A template running week, Monday to Sunday; it repeats (Sunday is followed by Monday).

    Build one with [`parse`][runstrength.running.RunningWeek.parse] from text, or
    [`of`][runstrength.running.RunningWeek.of] from one kind per day.

    Examples:
        >>> week = RunningWeek.of("easy", "key", "rest", "key", "easy", "rest", "long")
        >>> [day.short for day in week.run_days]
        ['mon', 'tue', 'thu', 'fri', 'sun']
    """

    days: tuple[RunningDay, ...] = attrs.field(validator=_days)

    def __repr__(self) -> str:
        runs = ", ".join(f"{d.short} {day.to_text()}" for d, day in self if day.runs)
        return f"RunningWeek.parse({runs or self.to_text()!r})"

    @classmethod
    def of(cls, *kinds: RunKind | str, words: RunningWords | None = None) -> RunningWeek:
        """A week from seven kinds or texts, Monday first ("rest" for a day off).

        Args:
            *kinds: Seven kinds of run, or texts read like the days of
                [`parse`][runstrength.running.RunningWeek.parse].
            words: The words to read; the built-in
                [`RunningWords.default`][runstrength.running.RunningWords.default] if None.

        Raises:
            ValidationError: Not exactly seven days.
            ParseError: Text that is not a run.

        Examples:
            >>> RunningWeek.of(*["easy"] * 7).to_text()
            'mon easy, tue easy, wed easy, thu easy, fri easy, sat easy, sun easy'
        """
        if len(kinds) != 7:
            raise ValidationError(
                "kinds",
                kinds,
                f"must give 7 days (Monday to Sunday), not {len(kinds)}",
                "give one kind per weekday, 'rest' for a day off",
            )
        vocabulary = _vocabulary(words)
        return cls(tuple(_runs_of([_read_day(k, vocabulary, lambda _: "run") for k in kinds])))

    @classmethod
    def parse(cls, text: str, *, words: RunningWords | None = None) -> RunningWeek:
        """Read a week from text such as ``"mon easy, tue intervals, ..., sun long"``.

        Entries are separated by commas, semicolons or new lines; each is a day name
        followed by its runs, several runs joined by "+" ("tue easy+hills"). Days not
        mentioned are rest days. A run is a running word or phrase (any of ``words``:
        "med-long", "marathon pace", "sortie longue" ...; the most specific phrase wins),
        with an optional distance ("32km", "10k", "6 mi", "13.1mi") and duration
        ("90 min", "1h30", "1:30"). The word "run" may stand beside it; whatever follows
        "with" or an opening bracket is detail and is not read, and so is a number
        without a unit. A run given only by its distance or duration ("6 mi") is the long
        run when it stands out (see [`LONG_RUN_RATIO`][runstrength.running.LONG_RUN_RATIO]),
        otherwise easy.

        Args:
            text: The week.
            words: The words to read; the built-in
                [`RunningWords.default`][runstrength.running.RunningWords.default] if None.

        Raises:
            ParseError: A word that is not a day or a kind of run, a day given twice,
                an entry without runs, two kinds in one run, or an unreadable or absurd
                distance or duration; the error names the entry and word.

        Examples:
            >>> RunningWeek.parse("tue tempo; sun long run")[Weekday.SUNDAY].demand
            <RunKind.LONG_RUN: 'long-run'>
            >>> week = RunningWeek.parse("tue Med-long run 12 mi, thu 5 mi, sat 3 mi, sun 10 mi")
            >>> [day.to_text() for _, day in week if day.has_run]
            ['med-long 19.312km', 'easy 8.047km', 'easy 4.828km', 'long 16.093km']
        """
        if not isinstance(text, str):
            raise ArgumentTypeError("text", text, "must be a string", "e.g. 'mon easy, sun long'")
        vocabulary = _vocabulary(words)
        days: dict[Weekday, list[_Reading]] = {}
        for number, entry in enumerate(re.split(r"[,;\n]", text), 1):
            if not entry.strip():
                continue
            entry_words = entry.split()
            where = f"text (entry {number}"
            try:
                day = Weekday.parse(entry_words[0])
            except ParseError:
                raise ParseError(
                    f"{where}, word 1)",
                    entry_words[0],
                    "must be a day of the week",
                    "start each entry with mon, tue, ... sun",
                ) from None
            if day in days:
                raise ParseError(
                    f"{where}, word 1)",
                    entry_words[0],
                    "must not repeat a day",
                    "give each day once; join two runs with '+'",
                )
            rest = " ".join(entry_words[1:])
            if not rest:
                raise ParseError(
                    f"{where}, word 2)",
                    entry.strip(),
                    "must say what the day holds",
                    "add a kind of run, or 'rest'",
                )
            readings: list[_Reading] = []
            position = 2
            for part in re.split(r"\s*\+\s*", rest):
                part_words = part.split()
                locate = functools.partial(_word_at, where, position)
                reading = _read_run(part_words, locate, vocabulary)
                position += len(part_words)
                if reading is not None:
                    readings.append(reading)
            days[day] = readings
        return cls(tuple(_runs_of([days.get(d, []) for d in Weekday])))

    def __getitem__(self, day: Weekday | int | str) -> RunningDay:
        return self.days[weekday(day) - 1]

    def __iter__(self) -> Iterator[tuple[Weekday, RunningDay]]:
        return iter(zip(Weekday, self.days, strict=True))

    @property
    def run_days(self) -> tuple[Weekday, ...]:
        """The weekdays that hold at least one run.

        Examples:
            >>> RunningWeek.parse("mon easy, sun long").run_days
            (<Weekday.MONDAY: 1>, <Weekday.SUNDAY: 7>)
        """
        return tuple(d for d, day in self if day.has_run)

    def to_text(self) -> str:
        """The week as text that `parse` reads back into an equal week.

        Examples:
            >>> RunningWeek.parse("sun long").to_text()
            'mon rest, tue rest, wed rest, thu rest, fri rest, sat rest, sun long'
        """
        return ", ".join(f"{d.short} {day.to_text()}" for d, day in self)


def _calendar_days(_instance: object, attribute: Any, value: object) -> None:
    days = v.check_tuple_of(attribute.name, value, RunningDay)
    if not days:
        raise ValidationError(attribute.name, value, "must not be empty", "give at least a day")


def _date(_instance: object, attribute: Any, value: Any) -> None:
    v.check_date(attribute.name, value)


@attrs.frozen
class RunningCalendar:
    """Running days on real dates: consecutive days from ``start``.

    Build one from a template week with
    [`from_week`][runstrength.running.RunningCalendar.from_week], then change single
    days ([`with_day`][runstrength.running.RunningCalendar.with_day]) or add races
    ([`with_race`][runstrength.running.RunningCalendar.with_race]). Dates outside the
    calendar count as rest days.

    Examples:
        >>> week = RunningWeek.parse("tue intervals, thu tempo, sun long")
        >>> cal = RunningCalendar.from_week(week, dt.date(2026, 12, 7), dt.date(2026, 12, 20))
        >>> cal = cal.with_race(dt.date(2026, 12, 19))
        >>> cal[dt.date(2026, 12, 19)].demand, len(cal)
        (<RunKind.RACE: 'race'>, 14)
    """

    start: dt.date = attrs.field(validator=_date)
    days: tuple[RunningDay, ...] = attrs.field(validator=_calendar_days)

    @classmethod
    def from_week(cls, week: RunningWeek, start: dt.date, end: dt.date) -> RunningCalendar:
        """Repeat a template week over the dates ``start`` to ``end`` (both included).

        Raises:
            ValidationError: ``end`` is before ``start``.

        Examples:
            >>> cal = RunningCalendar.from_week(RunningWeek.parse("sun long"),
            ...                                 dt.date(2026, 12, 9), dt.date(2026, 12, 13))
            >>> cal[dt.date(2026, 12, 13)].demand
            <RunKind.LONG_RUN: 'long-run'>
        """
        if not isinstance(week, RunningWeek):
            raise ArgumentTypeError("week", week, "must be a RunningWeek", "use RunningWeek.parse")
        _date(None, attrs.fields(RunningCalendar).start, start)
        v.check_date("end", end)
        if end < start:
            raise ValidationError("end", end, f"must not be before start ({start})", "swap them")
        count = (end - start).days + 1
        if count > MAX_CALENDAR_DAYS:
            raise ValidationError(
                "end",
                end,
                f"must be at most {MAX_CALENDAR_DAYS:,} days from start ({start})",
                "plan a season of at most ten years at a time",
            )
        # The template week turned to start on start's weekday, repeated, then cut.
        first = start.weekday()
        turned = week.days[first:] + week.days[:first]
        return cls(start, (turned * (count // 7 + 1))[:count])

    @property
    def end(self) -> dt.date:
        """The last date.

        Examples:
            >>> RunningCalendar(dt.date(2026, 12, 7), (RunningDay(),) * 3).end
            datetime.date(2026, 12, 9)
        """
        return self.start + dt.timedelta(days=len(self.days) - 1)

    def __len__(self) -> int:
        return len(self.days)

    def __attrs_post_init__(self) -> None:
        # Rules look two days past either end; keep every such date representable.
        margin = dt.timedelta(days=14)
        if self.start - dt.date.min < margin or dt.date.max - self.start < margin + dt.timedelta(
            days=len(self.days)
        ):
            raise ValidationError(
                "start",
                self.start,
                "must be a date well inside the calendar's range",
                "use a real season's dates",
            )

    def __getitem__(self, date: dt.date) -> RunningDay:
        if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
            raise ArgumentTypeError("date", date, "must be a datetime.date", "pass a date")
        offset = (date - self.start).days
        return self.days[offset] if 0 <= offset < len(self.days) else RunningDay()

    def __iter__(self) -> Iterator[tuple[dt.date, RunningDay]]:
        return ((self.start + dt.timedelta(i), day) for i, day in enumerate(self.days))

    def with_day(self, date: dt.date, day: RunningDay) -> RunningCalendar:
        """A copy with ``date`` holding ``day``.

        Raises:
            ValidationError: ``date`` is outside the calendar.

        Examples:
            >>> cal = RunningCalendar(dt.date(2026, 12, 7), (RunningDay(),) * 7)
            >>> cal.with_day(dt.date(2026, 12, 8), RunningDay.of("hills"))[
            ...     dt.date(2026, 12, 8)].to_text()
            'hills'
        """
        if not isinstance(day, RunningDay):
            raise ArgumentTypeError("day", day, "must be a RunningDay", "use RunningDay.of(...)")
        offset = self._offset(date)
        return attrs.evolve(self, days=(*self.days[:offset], day, *self.days[offset + 1 :]))

    def with_race(self, date: dt.date) -> RunningCalendar:
        """A copy with a race on ``date`` (it replaces that day's runs).

        Examples:
            >>> cal = RunningCalendar(dt.date(2026, 12, 7), (RunningDay(),) * 7)
            >>> cal.with_race(dt.date(2026, 12, 13))[dt.date(2026, 12, 13)].demand
            <RunKind.RACE: 'race'>
        """
        return self.with_day(date, RunningDay((Run(RunKind.RACE),)))

    def _offset(self, date: object) -> int:
        if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
            raise ArgumentTypeError("date", date, "must be a datetime.date", "pass a date")
        offset = (date - self.start).days
        if not 0 <= offset < len(self.days):
            raise ValidationError(
                "date",
                date,
                f"must be within the calendar ({self.start} to {self.end})",
                "extend the calendar first",
            )
        return offset


def weekdays_of(value: Iterable[Any], argument: str) -> frozenset[Weekday]:
    """A set of weekdays from an iterable of Weekday, ISO numbers or names."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ArgumentTypeError(
            argument, value, "must be a collection of weekdays", "e.g. ('sat', 'sun')"
        )
    return frozenset(weekday(item, argument) for item in v.check_items(argument, value))


# --- reading free text: calendar titles and spreadsheet descriptions ------------------------


class EntryKind(StrEnum):
    """What a calendar event or a spreadsheet row holds, as read from its text.

    Examples:
        >>> read_entry("🏋️ Loading Up").entry
        <EntryKind.STRENGTH: 'strength'>
    """

    RUN = "run"
    """A run whose kind was read (or that is judged by its distance or duration)."""
    UNKNOWN_RUN = "unknown-run"
    """Running whose kind cannot be read: counted as a key workout, to be safe."""
    CROSS_TRAINING = "cross-training"
    """Training that is not running (bike, swim ...): a moderate day, as in typed weeks."""
    REST = "rest"
    """A rest day."""
    STRENGTH = "strength"
    """A strength session already in the plan: a hard lower-body day."""
    IGNORED = "ignored"
    """Not running or lifting (yoga, a meeting), cancelled, or a banner over several days."""


class _Cue(NamedTuple):
    word: str
    means: str
    reason: str


_CUE_MEANINGS = ("running", "strength", "other")
# Emoji say what an event is in some coaching apps' titles ("🏃 8km Long Run").
_EMOJI = {
    "\U0001f3c3": " run ",  # runner
    "\U0001f3cb": " strength ",  # person lifting weights
    "\U0001f6b4": " bike ",  # bicyclist
    "\U0001f6b5": " bike ",  # mountain bicyclist
    "\U0001f6b2": " bike ",  # bicycle
    "\U0001f3ca": " swim ",  # swimmer
    "\U0001f9d8": " yoga ",  # person in lotus position
}
_FREE_TOKEN = re.compile(
    r"[0-9]{1,4}:[0-5][0-9]:[0-5][0-9](?![0-9])|[0-9]{1,4}:[0-5][0-9]|"
    r"[0-9]{1,4}h[0-5]?[0-9](?:min|m)?(?![a-z0-9])|"
    r"[0-9]+(?:\.[0-9]+)?[a-z]*|[^\W\d_][\w']*|\("
)
_FREE_CLOCK = re.compile(r"([0-9]{1,4}):([0-5][0-9]):([0-5][0-9])")
# "6 x 1 km", "5x800", "10 * 400" and the multiplication sign: repeats, a key workout.
_REPEATS = re.compile(r"[0-9]+\s*[x\u00d7*]\s*[0-9]+")


@functools.cache
def _default_cues() -> dict[tuple[str, ...], _Cue]:
    import tomllib

    text = resources.files("runstrength").joinpath("data", "running_words.toml").read_text("utf-8")
    cues = [_Cue(r["word"], r["means"], r["reason"]) for r in tomllib.loads(text)["cue"]]
    return {_key(cue.word): cue for cue in cues}


class _Line(NamedTuple):
    """What one line of free text says."""

    words: list[RunningWord]
    cues: list[_Cue]
    repeats: str
    distance_km: float | None
    minutes: float | None
    only_amounts: bool  # nothing but distances, durations and filler words


def _read_amount(
    tokens: list[str], position: int, details: bool, km: list[float], minutes: list[float]
) -> int:
    """Read the amount at ``tokens[position - 1]`` (and its unit); return the next position."""
    token = tokens[position - 1]
    clock = _FREE_CLOCK.fullmatch(token)
    hours = _HOURS_MINUTES.fullmatch(token)
    number = _AMOUNT.fullmatch(token)
    unit = "" if number is None else number[2]
    if number is not None and not unit and position < len(tokens):
        following = tokens[position]
        if following in _UNITS or following in _AMBIGUOUS_UNITS:
            unit = following
            position += 1
    if details:
        return position
    if clock is not None:
        minutes.append(int(clock[1]) * 60 + int(clock[2]) + int(clock[3]) / 60)
    elif hours is not None:
        minutes.append(int(hours[1]) * 60.0 + int(hours[2] or 0))
    elif number is not None and unit in _UNITS:
        measure, factor = _UNITS[unit]
        (km if measure == "km" else minutes).append(float(number[1]) * factor)
    # A bare number, "h:mm" (a time of day?) or "45m" (metres or minutes?) is not read.
    return position


def _read_line(text: str, vocabulary: RunningWords) -> _Line:
    for emoji, word in _EMOJI.items():
        text = text.replace(emoji, word)
    folded = _fold(text)
    repeats = _REPEATS.search(folded)
    tokens = _FREE_TOKEN.findall(folded)
    cues = _default_cues()
    longest = max(map(len, cues))
    words: list[RunningWord] = []
    found: list[_Cue] = []
    km: list[float] = []
    minutes: list[float] = []
    unknown = 0
    details = False  # after "with" or "(": words still count, amounts do not
    position = 0
    while position < len(tokens):
        token = tokens[position]
        position += 1
        if token == "(" or token in _DETAILS:
            details = True
        elif token[0].isdigit():
            position = _read_amount(tokens, position, details, km, minutes)
        else:
            parts = tokens[position - 1 :]
            entry, size = vocabulary._match(parts)
            if entry is not None:
                words.append(entry)
                position += size - 1
                continue
            for length in range(min(longest, len(parts)), 0, -1):
                cue = cues.get(tuple(parts[:length]))
                if cue is not None:
                    found.append(cue)
                    position += length - 1
                    break
            else:
                unknown += token not in _FILLERS
    return _Line(
        words,
        found,
        repeats[0] if repeats else "",
        _in_range(max(km, default=None), MAX_RUN_KM),
        _in_range(max(minutes, default=None), MAX_RUN_MINUTES),
        unknown == 0 and not words and not found,
    )


def _in_range(value: float | None, maximum: float) -> float | None:
    # Free text may hold any number ("TSS: 4200"); one past the limits is not a run's.
    return value if value is not None and 0 < value <= maximum else None


def _entry_label(instance: Any, attribute: Any, value: Any) -> None:
    _label(instance, attribute, value)


@attrs.frozen
class EntryReading:
    """What a title (and a description's first line) says: the entry, its run and why.

    Build one with `read_entry`. ``kind`` is None for a run given only by its
    distance or duration: the week it is in decides whether it is the long run
    (as `RunningWeek.parse` decides).

    Examples:
        >>> reading = read_entry("🏃 1km Repeats • 6.5km")
        >>> reading.entry.value, reading.kind.value, reading.distance_km, reading.reason
        ('run', 'key-workout', 6.5, "the word 'repeats'")
    """

    entry: EntryKind = attrs.field(validator=v.member_of(EntryKind))
    """What the text holds."""
    kind: RunKind | None = attrs.field(validator=v.optional(v.member_of(RunKind)))
    """The kind of run (runs, unknown runs and cross-training), else None."""
    label: str = attrs.field(validator=_entry_label)
    """The built-in running word the run is kept as (see `Run.label`), or empty."""
    distance_km: float | None = attrs.field(converter=_distance)
    """The largest distance in the text, in kilometres, or None."""
    minutes: float | None = attrs.field(converter=_minutes)
    """The duration in the text (else the one given), in minutes, or None."""
    reason: str = attrs.field(validator=v.text)
    """The word or number that decided it."""

    def run(self, kind: RunKind | None = None) -> Run | None:
        """The run it becomes (``kind`` for a run read only by its amount), or None.

        Examples:
            >>> read_entry("Tempo 10 km").run()
            Run(kind=<RunKind.KEY_WORKOUT: 'key-workout'>, label='tempo', distance_km=10.0,
                minutes=None)
        """
        chosen = self.kind or kind
        if chosen is None or self.entry in (EntryKind.REST, EntryKind.STRENGTH, EntryKind.IGNORED):
            return None
        return Run(chosen, self.label, distance_km=self.distance_km, minutes=self.minutes)


_LINE_NAMES = ("title", "description")


def read_entry(
    title: str,
    detail: str = "",
    *,
    minutes: float | None = None,
    words: RunningWords | None = None,
) -> EntryReading:
    """Read a calendar event's title, or a spreadsheet row's description, as a day's entry.

    Unlike `RunningWeek.parse`, free text may hold any other words (emoji, "•",
    a coach's notes): only the words it knows are read. The title is read first, then
    ``detail`` (the first line of the event's description): the first that names what
    the event is decides. In order, the first found wins:

    1. a strength word ("strength", "gym", 🏋): a strength session;
    2. a cross-training word ("bike", "swim", "cross"): a moderate day without running;
    3. other training ("yoga", "mobility"): ignored;
    4. a rest word ("rest", "rest or cross-train"): a rest day;
    5. running words: the hardest kind they name ("easy with tempo" is a key workout;
       the most specific phrase wins, so "med-long" is moderate and "marathon pace" a
       key workout);
    6. repeats written as "6 x 1 km": a key workout;
    7. only a distance or duration ("6 mi", "Morning Run: 5.2 km"): a run the week judges
       (`LONG_RUN_MIN_KM`, `LONG_RUN_RATIO`), when the text is nothing but
       amounts or says it is running ("run", 🏃);
    8. running without any of these ("Club run"): an unknown run, a key workout to be safe.

    Anything else is ignored. The largest distance of the title and the detail is kept
    ("8K-15K tune-up race" is 15 km); a bare "m" may be metres or minutes and a bare
    number or "h:mm" may be a time of day, so none of them is read; nor is anything
    after "with" or "(" ("VO₂max 8 with 5 x 800 m at 5K race pace" has no distance).
    The duration is the text's, else ``minutes``.

    Args:
        title: The event's title or the row's description.
        detail: More text read after the title (the description's first line), or "".
        minutes: A duration known from elsewhere (a feed's estimated duration), or None.
        words: The running words; the built-in `RunningWords.default` if None.

    Raises:
        ArgumentTypeError: ``title`` or ``detail`` not a string.
        ValidationError: ``minutes`` not a duration above 0.

    Examples:
        >>> read_entry("Med-long run 12 mi").kind
        <RunKind.MODERATE: 'moderate'>
        >>> read_entry("🏃 Club run").entry, read_entry("🏃 Club run").kind
        (<EntryKind.UNKNOWN_RUN: 'unknown-run'>, <RunKind.KEY_WORKOUT: 'key-workout'>)
        >>> reading = read_entry("🏃 6.5km", "Intervals • 6.5km • 45m - 50m", minutes=30)
        >>> reading.kind.value, reading.minutes, reading.reason
        ('key-workout', 30.0, "the description's word 'intervals'")
    """
    vocabulary = _vocabulary(words)
    for name, value in (("title", title), ("detail", detail)):
        if not isinstance(value, str):
            raise ArgumentTypeError(name, value, "must be a string", "pass the event's text")
    given = _minutes(minutes) if minutes is not None else None
    lines = [_read_line(title, vocabulary), _read_line(detail, vocabulary)]
    distance = max((line.distance_km for line in lines if line.distance_km), default=None)
    for where, line in zip(_LINE_NAMES, lines, strict=True):
        prefix = "the word" if where == "title" else "the description's word"
        decided = _decide(line, prefix)
        if decided is None:
            continue
        entry, kind, label, reason = decided
        measured = entry in (EntryKind.RUN, EntryKind.CROSS_TRAINING)
        return EntryReading(
            entry,
            kind,
            label,
            distance if measured else None,
            (line.minutes or given) if measured else None,
            reason,
        )
    duration = next((line.minutes for line in lines if line.minutes), None) or given
    running = any(cue.means == "running" for line in lines for cue in line.cues)
    amounts = [line for line in lines if line.distance_km or line.minutes]
    if amounts and (running or amounts[0].only_amounts):
        shown = _amount_text(distance, duration)
        return EntryReading(EntryKind.RUN, None, "", distance, duration, f"no kind word, {shown}")
    if running:
        cue = next(c for line in lines for c in line.cues if c.means == "running")
        return EntryReading(
            EntryKind.UNKNOWN_RUN,
            RunKind.KEY_WORKOUT,
            "",
            distance,
            duration,
            f"the word {cue.word!r} but no kind of run: a key workout, to be safe",
        )
    return EntryReading(EntryKind.IGNORED, None, "", None, None, "no running or strength word")


def _amount_text(distance: float | None, minutes: float | None) -> str:
    parts = [f"{round(distance, 1):g} km"] if distance else []
    parts += [f"{round(minutes):g} min"] if minutes else []
    return " and ".join(parts)


def _decide(line: _Line, prefix: str) -> tuple[EntryKind, RunKind | None, str, str] | None:
    """The entry a line names, in the order of `read_entry`, or None."""
    for means, entry in (("strength", EntryKind.STRENGTH), ("other", EntryKind.IGNORED)):
        cue = next((c for c in line.cues if c.means == means), None)
        if cue is not None and (means == "strength" or not line.words):
            return entry, None, "", f"{prefix} {cue.word!r}: {cue.reason}"
    cross = next((w for w in line.words if w.cross_training), None)
    if cross is not None:
        label = cross.word if _label_entry(cross.word, cross.kind) else ""
        return EntryKind.CROSS_TRAINING, cross.kind, label, f"{prefix} {cross.word!r}"
    rest = next((w for w in line.words if w.kind is RunKind.REST), None)
    if rest is not None:
        return EntryKind.REST, None, "", f"{prefix} {rest.word!r}"
    if line.words:
        hardest = max(line.words, key=lambda w: w.kind.rank)
        label = hardest.word if _label_entry(hardest.word, hardest.kind) else ""
        return EntryKind.RUN, hardest.kind, label, f"{prefix} {hardest.word!r}"
    if line.repeats:
        where = prefix.removesuffix(" word")
        return EntryKind.RUN, RunKind.KEY_WORKOUT, "", f"{where} repeats {line.repeats!r}"
    return None
