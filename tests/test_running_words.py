"""The runner's own words: running words as data, distances and durations, the long run."""

from __future__ import annotations

import importlib.util
import math
import statistics
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import runstrength as rs
from runstrength.running import KM_PER_MILE, LONG_RUN_MIN_KM, LONG_RUN_RATIO
from tests import strategies as s
from tests.invalid import assert_invalid

K = rs.RunKind
ROOT = Path(__file__).resolve().parent.parent
WORDS = rs.RunningWords.default()


def kinds(week: rs.RunningWeek) -> list[list[rs.RunKind]]:
    return [[run.kind for run in day.runs] for _, day in week]


# --- plan titles ------------------------------------------------------------------------

TITLES = [
    # (title, kind, label, km, minutes)
    ("Med-long run 12 mi", K.MODERATE, "med-long", 19.312, None),
    ("Medium-long run 15 mi", K.MODERATE, "medium-long", 24.14, None),
    ("Marathon-pace run 16 with 10 at marathon pace", K.KEY_WORKOUT, "marathon pace", None, None),
    ("Marathon pace 16 km", K.KEY_WORKOUT, "marathon pace", 16.0, None),
    ("MP 10 mi", K.KEY_WORKOUT, "mp", 16.093, None),
    ("Gen-aerobic 10 mi", K.MODERATE, "gen-aerobic", 16.093, None),
    ("General aerobic 14 km", K.MODERATE, "general aerobic", 14.0, None),
    ("Gen-aerobic 10", K.MODERATE, "gen-aerobic", None, None),
    ("Steady 50 min", K.MODERATE, "steady", None, 50.0),
    ("Recovery 5", K.EASY, "recovery", None, None),
    ("Recovery jog 5 km", K.EASY, "recovery", 5.0, None),
    ("Tempo 8 run", K.KEY_WORKOUT, "tempo", None, None),
    ("Progression run 10 km", K.KEY_WORKOUT, "progression run", 10.0, None),
    ("Progression 45 min", K.KEY_WORKOUT, "progression", None, 45.0),
    ("LT 8 with 4 at LT pace", K.KEY_WORKOUT, "lt", None, None),
    ("Lactate threshold 12 km", K.KEY_WORKOUT, "lactate threshold", 12.0, None),
    ("VO₂max 8 with 5 x 800 m at 5K race pace", K.KEY_WORKOUT, "vo2max", None, None),
    ("VO2max 10k", K.KEY_WORKOUT, "vo2max", 10.0, None),
    ("Repeats 6.5km", K.KEY_WORKOUT, "repeats", 6.5, None),
    ("LSD 2h30", K.LONG_RUN, "lsd", None, 150.0),
    ("Long Run 8km", K.LONG_RUN, "", 8.0, None),
    ("Jog 20 min", K.EASY, "jog", None, 20.0),
    ("Shakeout 3 mi", K.EASY, "shakeout", 4.828, None),
    ("Walk Run 30 min", K.EASY, "walk run", None, 30.0),
    ("Hill sprints", K.EASY, "hill sprints", None, None),
    ("parkrun 5k", K.RACE, "parkrun", 5.0, None),
    ("8K-15K tune-up race", K.RACE, "tune-up race", 15.0, None),
    ("Tune-up 10 km", K.RACE, "tune-up", 10.0, None),
    ("Half Marathon (13.1)", K.RACE, "half marathon", None, None),
    ("Cross", K.MODERATE, "cross", None, None),
    ("Cross-train 45 min", K.MODERATE, "cross-train", None, 45.0),
    ("Cross training 1h", K.MODERATE, "cross-training", None, 60.0),
    ("Bike 40 km", K.MODERATE, "bike", 40.0, None),
    ("Swim 1:00", K.MODERATE, "swim", None, 60.0),
    ("Elliptical 30 min", K.MODERATE, "elliptical", None, 30.0),
    ("3 mi run", K.EASY, "", 4.828, None),
    ("10 km run", K.EASY, "", 10.0, None),
    ("run 8k", K.EASY, "", 8.0, None),
    ("6 mi", K.EASY, "", 9.656, None),
    ("13.1mi", K.LONG_RUN, "", 21.082, None),
    ("32 km", K.LONG_RUN, "", 32.0, None),
    ("90 min", K.LONG_RUN, "", None, 90.0),
    ("1h30", K.LONG_RUN, "", None, 90.0),
    ("easy 1h", K.EASY, "", None, 60.0),
    ("easy 2h10m", K.EASY, "", None, 130.0),
    ("easy 60min 10 km", K.EASY, "", 10.0, 60.0),
    ("easy 6 miles", K.EASY, "", 9.656, None),
    ("Ruhetag", None, "", None, None),
    ("Dauerlauf 10 km", K.EASY, "dauerlauf", 10.0, None),
    ("Grundlage 45 min", K.EASY, "grundlage", None, 45.0),
    ("langer Lauf 25 km", K.LONG_RUN, "langer lauf", 25.0, None),
    ("Intervalle", K.KEY_WORKOUT, "intervalle", None, None),
    ("Schwelle", K.KEY_WORKOUT, "schwelle", None, None),
    ("Bahn", K.KEY_WORKOUT, "bahn", None, None),
    ("Wettkampf", K.RACE, "wettkampf", None, None),
    ("Repos", None, "", None, None),
    ("Footing 40 min", K.EASY, "footing", None, 40.0),
    ("Sortie longue 1h45", K.LONG_RUN, "sortie longue", None, 105.0),
    ("Fractionné", K.KEY_WORKOUT, "fractionné", None, None),
    ("fractionne", K.KEY_WORKOUT, "fractionné", None, None),
    ("Seuil", K.KEY_WORKOUT, "seuil", None, None),
    ("Course 10 km", K.RACE, "course", 10.0, None),
    ("Descanso", None, "", None, None),
    ("Rodaje 8 km", K.EASY, "rodaje", 8.0, None),
    ("Tirada larga 25 km", K.LONG_RUN, "tirada larga", 25.0, None),
    ("Series con 6 x 400 m", K.KEY_WORKOUT, "series", None, None),
    ("Carrera", K.RACE, "carrera", None, None),
    ("Riposo", None, "", None, None),
    ("Lento 10 km", K.EASY, "lento", 10.0, None),
    ("Lungo 28 km", K.LONG_RUN, "lungo", 28.0, None),
    ("Ripetute", K.KEY_WORKOUT, "ripetute", None, None),
    ("Gara", K.RACE, "gara", None, None),
    ("Rust", None, "", None, None),
    ("Duurloop 10 km", K.EASY, "duurloop", 10.0, None),
    ("Lange duurloop 30 km", K.LONG_RUN, "lange duurloop", 30.0, None),
    ("Intervallen met 8 x 400 m", K.KEY_WORKOUT, "intervallen", None, None),
    ("Drempel", K.KEY_WORKOUT, "drempel", None, None),
    ("Wedstrijd", K.RACE, "wedstrijd", None, None),
    ("Rest", None, "", None, None),
    ("Rest or cross-train", None, "", None, None),
    ("Day off", None, "", None, None),
]


@pytest.mark.parametrize(("title", "kind", "label", "km", "minutes"), TITLES)
def test_plan_titles_read_as_their_kind(
    title: str, kind: rs.RunKind | None, label: str, km: float | None, minutes: float | None
) -> None:
    day = rs.RunningDay.of(title)
    if kind is None:
        assert day.runs == ()
        return
    (run,) = day.runs
    assert (run.kind, run.label, run.distance_km, run.minutes) == (kind, label, km, minutes)
    week = rs.RunningWeek.parse(f"wed {title}")
    assert rs.RunningWeek.parse(week.to_text()) == week


def test_recovery_with_strides_is_two_easy_runs() -> None:
    day = rs.RunningDay.of("Recovery 5 mi + strides")
    assert day.runs == (
        rs.Run(K.EASY, "recovery", distance_km=8.047),
        rs.Run(K.EASY, "strides"),
    )
    assert day.demand is K.EASY
    assert day.to_text() == "recovery 8.047km+strides"


def test_cross_training_is_a_moderate_day_kept_out_of_running() -> None:
    (run,) = rs.RunningDay.of("Bike 40 km").runs
    assert run.cross_training
    assert run.word == "bike"
    assert not rs.Run(K.MODERATE, "steady").cross_training
    assert not rs.Run(K.MODERATE).cross_training


PFITZINGER = (
    "Mon Rest or cross-train; Tue LT 8 with 4 at LT pace; Wed Med-long run 15 mi; "
    "Thu Gen-aerobic 10 mi; Fri Recovery 5 mi + strides; "
    "Sat Marathon-pace run 16 mi with 10 at marathon pace; Sun 20 mi"
)


def test_a_pfitzinger_week_has_exactly_one_long_run() -> None:
    week = rs.RunningWeek.parse(PFITZINGER)
    assert [day.demand for _, day in week] == [
        K.REST,
        K.KEY_WORKOUT,
        K.MODERATE,
        K.MODERATE,
        K.EASY,
        K.KEY_WORKOUT,
        K.LONG_RUN,
    ]
    # The med-long run is longer than 16 km but its word decides: moderate.
    assert week["wed"].runs[0].distance_km == pytest.approx(15 * KM_PER_MILE, abs=1e-3)
    assert week["sat"].runs[0].distance_km == 25.75  # 16 mi; "10" has no unit: not read
    assert rs.RunningWeek.parse(week.to_text()) == week


def test_a_novice_week_makes_the_bare_saturday_run_the_long_run() -> None:
    week = rs.RunningWeek.parse(
        "mon rest, tue 3 mi run, wed 3 mi run, thu 3 mi run, fri rest, sat 6 mi, sun cross"
    )
    assert [day.demand for _, day in week] == [
        K.REST,
        K.EASY,
        K.EASY,
        K.EASY,
        K.REST,
        K.LONG_RUN,
        K.MODERATE,
    ]
    assert week.to_text() == (
        "mon rest, tue easy 4.828km, wed easy 4.828km, thu easy 4.828km, fri rest, "
        "sat long 9.656km, sun cross"
    )


def test_a_bare_run_is_long_only_when_it_stands_out() -> None:
    tied = rs.RunningWeek.parse("mon 5 km, tue 10 km, wed 10 km, thu 5 km")
    assert K.LONG_RUN not in {day.demand for _, day in tied}  # two longest: none stands out
    close = rs.RunningWeek.parse("mon 8 km, wed 9 km, sun 11 km")
    assert K.LONG_RUN not in {day.demand for _, day in close}  # 11 < 1.5 x 9
    floors = rs.RunningWeek.parse("mon 16 km, wed 1h30, sun 20 km, sat 20 min")
    assert [d.short for d, day in floors if day.demand is K.LONG_RUN] == ["mon", "wed", "sun"]
    by_time = rs.RunningWeek.parse("tue 30 min, thu 30 min, sun 60 min")
    assert by_time["sun"].demand is K.LONG_RUN
    # Cross-training distances are not running: they do not move the median.
    cross = rs.RunningWeek.parse("mon bike 60 km, tue bike 60 km, wed 4 km, thu 4 km, sun 8 km")
    assert cross["sun"].demand is K.LONG_RUN
    assert rs.RunningDay.of("7 mi", "2 mi").runs[0].kind is K.LONG_RUN
    assert rs.RunningDay.of("6 mi", "3 mi").runs[0].kind is K.EASY  # 6 < 1.5 x 4.5


def test_the_old_grammar_still_reads_the_same() -> None:
    week = rs.RunningWeek.parse(
        "Mon recovery; TUE easy + hills\nwed off, thu threshold, fri steady, sat track, "
        "sun long run"
    )
    assert week.to_text() == (
        "mon recovery, tue easy+hills, wed rest, thu threshold, fri steady, sat track, sun long"
    )


# --- labels and your own words ------------------------------------------------------------


def test_labels_are_kept_as_the_data_spells_them() -> None:
    assert rs.Run(K.MODERATE, "Med Long").label == "med-long"
    assert rs.Run(K.KEY_WORKOUT, "Marathon-Pace").label == "marathon pace"
    assert rs.Run(K.KEY_WORKOUT, "marathon-pace").word == "marathon-pace"
    assert rs.Run(K.KEY_WORKOUT, "fractionne").label == "fractionné"
    assert rs.Run(K.LONG_RUN, "long run") == rs.Run(K.LONG_RUN)
    assert rs.Run(K.KEY_WORKOUT, "key workout") == rs.Run(K.KEY_WORKOUT)
    with pytest.raises(rs.ValidationError, match="must be a word for a long-run run"):
        rs.Run(K.LONG_RUN, "med-long")


def test_your_own_words_read_as_their_kind_and_text_reads_back_without_them() -> None:
    words = WORDS.with_words({"vo2": "key-workout", "dl": "long", "Steady": K.EASY})
    assert len(words) == len(WORDS) + 2
    week = rs.RunningWeek.parse("tue VO2 8 km, thu steady, sun dl 30 km", words=words)
    assert [day.demand for _, day in week if day.has_run] == [K.KEY_WORKOUT, K.EASY, K.LONG_RUN]
    assert week.to_text() == (
        "mon rest, tue key 8km, wed rest, thu easy, fri rest, sat rest, sun long 30km"
    )
    assert rs.RunningWeek.parse(week.to_text()) == week
    assert rs.RunningWeek.of(*["vo2"] * 7, words=words)["mon"].demand is K.KEY_WORKOUT
    assert rs.RunningDay.of("dl", words=words).demand is K.LONG_RUN
    assert words["vo2"].reason == "a word of your own"
    assert "vo2" in words
    assert "vo2" not in WORDS
    assert 3 not in WORDS
    assert WORDS.get(3) is None  # type: ignore[arg-type]
    assert list(words)[-1].word == "dl"


def test_every_word_in_the_data_maps_to_its_kind() -> None:
    assert len(WORDS) >= 80
    assert {entry.language for entry in WORDS} == {"en", "de", "fr", "es", "it", "nl"}
    for entry in WORDS:
        day = rs.RunningDay.of(entry.word)
        assert day.demand is entry.kind, entry
        assert entry.reason.strip(), entry
        if entry.kind is not K.REST:
            (run,) = day.runs
            assert run.cross_training is entry.cross_training
            assert rs.RunningDay.of(run.to_text()) == day


@given(s.running_words.flatmap(lambda e: st.tuples(st.just(e), s.spellings(e.word))))
def test_case_hyphens_and_spaces_do_not_matter(pair: tuple[rs.RunningWord, str]) -> None:
    entry, spelling = pair
    assert WORDS[spelling] == entry
    assert rs.RunningDay.of(spelling) == rs.RunningDay.of(entry.word)


@given(s.worded_weeks())
def test_worded_weeks_parse_to_their_canonical_kinds(
    written: tuple[str, list[list[rs.RunKind]]],
) -> None:
    text, expected = written
    week = rs.RunningWeek.parse(text)
    assert kinds(week) == expected
    canonical = rs.RunningWeek(
        tuple(rs.RunningDay(tuple(rs.Run(k) for k in day)) for day in expected)
    )
    assert kinds(canonical) == kinds(week)
    assert rs.RunningWeek.parse(week.to_text()) == week


@given(s.measured_running_weeks)
def test_every_week_reads_back_from_its_text(week: rs.RunningWeek) -> None:
    assert rs.RunningWeek.parse(week.to_text()) == week


@given(st.integers(1, 100_000).map(lambda n: n / 1000))
def test_miles_and_kilometres_agree(miles: float) -> None:
    km = miles * KM_PER_MILE
    texts = [f"easy {miles} mi", f"easy {miles}mi", f"easy {miles} miles", f"easy {km!r} km"]
    if km <= 400:
        runs = {rs.RunningDay.of(text).runs for text in texts}
        assert len(runs) == 1
        (run,) = runs.pop()
        assert run.distance_km == pytest.approx(km, abs=5e-4)
    else:
        for text in texts:
            with pytest.raises(rs.ParseError, match="at most 400 km"):
                rs.RunningDay.of(text)


@given(
    st.lists(st.integers(3000, 10_000), min_size=1, max_size=5),
    st.data(),
)
def test_a_bare_distance_week_has_one_long_run_when_one_run_stands_out(
    others: list[int], data: st.DataObject
) -> None:
    # The median counts the standout too; past the others' longest it moves only for two runs.
    if len(others) == 1:
        low = math.ceil(LONG_RUN_RATIO * others[0] / (2 - LONG_RUN_RATIO))
    else:
        low = math.ceil(LONG_RUN_RATIO * statistics.median([*others, 10**9]))
    low = max(low + 1, max(others) + 1)  # a metre clear of the boundary
    standout = data.draw(st.integers(low, 40_000), label="standout metres")
    days = data.draw(st.permutations(list(rs.Weekday)), label="days")
    entries = [f"{d.short} {m / 1000} km" for d, m in zip(days, others, strict=False)]
    entries.append(f"{days[len(others)].short} {standout / 1000}k")
    week = rs.RunningWeek.parse(", ".join(entries))
    long_days = [d for d, day in week if day.demand is K.LONG_RUN]
    assert long_days == [days[len(others)]]
    assert all(m / 1000 < LONG_RUN_MIN_KM for m in others)


# --- the docs ---------------------------------------------------------------------------------


def load_tool() -> object:
    spec = importlib.util.spec_from_file_location(
        "running_words_table", ROOT / "tools" / "running_words_table.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_docs_words_table_matches_the_data() -> None:
    tool = load_tool()
    page = (ROOT / "docs" / "running-words.md").read_text("utf-8")
    assert tool.table() in page, "run: python tools/running_words_table.py"  # type: ignore[attr-defined]
    block = page.partition(tool.START)[2].partition(tool.END)[0]  # type: ignore[attr-defined]
    rows = [line for line in block.splitlines() if line.startswith("| `")]
    assert len(rows) == len(WORDS)
    for row, entry in zip(rows, WORDS, strict=True):
        word, kind, *_ = (cell.strip() for cell in row.strip("|").split("|"))
        assert WORDS[word.strip("`")] == entry
        assert kind == entry.kind.value


def test_the_table_tool_rewrites_the_page(tmp_path: Path) -> None:
    tool = load_tool()
    page = tmp_path / "page.md"
    start, end = tool.START, tool.END  # type: ignore[attr-defined]
    page.write_text(f"intro\n{start}\nold\n{end}\nafter\n", "utf-8")
    tool.main(page)  # type: ignore[attr-defined]
    assert page.read_text("utf-8") == f"intro\n{start}\n{tool.table()}{end}\nafter\n"  # type: ignore[attr-defined]


# --- invalid input ------------------------------------------------------------------------

BAD: list[tuple[str, Callable[[], object], type[rs.RunstrengthError], str]] = [
    ("unknown word", lambda: rs.RunningDay.of("sprnts"), rs.ParseError, "run"),
    ("unknown phrase part", lambda: rs.RunningDay.of("med-lng 10 km"), rs.ParseError, "run"),
    ("bare m", lambda: rs.RunningDay.of("easy 45m"), rs.ParseError, "run"),
    ("metres", lambda: rs.RunningDay.of("easy 800 m"), rs.ParseError, "run"),
    ("unknown unit", lambda: rs.RunningDay.of("easy 10x"), rs.ParseError, "run"),
    ("negative", lambda: rs.RunningDay.of("easy -5km"), rs.ParseError, "run"),
    ("zero", lambda: rs.RunningDay.of("easy 0km"), rs.ParseError, "run"),
    ("absurd", lambda: rs.RunningDay.of("easy 500 km"), rs.ParseError, "run"),
    ("absurd time", lambda: rs.RunningDay.of("easy 49h"), rs.ParseError, "run"),
    ("two durations", lambda: rs.RunningDay.of("easy 1h 30min"), rs.ParseError, "run"),
    ("two distances", lambda: rs.RunningDay.of("easy 8 km 10 km"), rs.ParseError, "run"),
    ("two kinds", lambda: rs.RunningDay.of("easy tempo"), rs.ParseError, "run"),
    ("no kind", lambda: rs.RunningDay.of("run"), rs.ParseError, "run"),
    ("bare number", lambda: rs.RunningDay.of("16"), rs.ParseError, "run"),
    ("rest with distance", lambda: rs.RunningDay.of("rest 5 km"), rs.ParseError, "run"),
    (
        "week word",
        lambda: rs.RunningWeek.parse("mon easy, sat long 30 km 3h 2h"),
        rs.ParseError,
        "text (entry 2, word 6)",
    ),
    (
        "week distance",
        lambda: rs.RunningWeek.parse("mon easy + tempo 500 km"),
        rs.ParseError,
        "text (entry 1, word 4)",
    ),
    (
        "parse words",
        lambda: rs.RunningWeek.parse("mon easy", words={}),
        rs.ArgumentTypeError,
        "words",
    ),
    ("distance", lambda: rs.Run(K.EASY, distance_km=-1), rs.ValidationError, "distance_km"),
    (
        "distance nan",
        lambda: rs.Run(K.EASY, distance_km=math.nan),
        rs.ValidationError,
        "distance_km",
    ),
    (
        "distance inf",
        lambda: rs.Run(K.EASY, distance_km=math.inf),
        rs.ValidationError,
        "distance_km",
    ),
    ("distance big", lambda: rs.Run(K.EASY, distance_km=400.5), rs.ValidationError, "distance_km"),
    ("distance tiny", lambda: rs.Run(K.EASY, distance_km=1e-4), rs.ValidationError, "distance_km"),
    (
        "distance text",
        lambda: rs.Run(K.EASY, distance_km="5"),
        rs.ArgumentTypeError,
        "distance_km",
    ),
    (
        "distance bool",
        lambda: rs.Run(K.EASY, distance_km=True),
        rs.ArgumentTypeError,
        "distance_km",
    ),
    ("minutes", lambda: rs.Run(K.EASY, minutes=0), rs.ValidationError, "minutes"),
    ("minutes big", lambda: rs.Run(K.EASY, minutes=3000), rs.ValidationError, "minutes"),
    ("label", lambda: rs.Run(K.EASY, "vo2"), rs.ValidationError, "label"),
    ("lookup", lambda: WORDS["sprints"], rs.ParseError, "word"),
    ("word type", lambda: rs.RunningWord(3, K.EASY, "x"), rs.ArgumentTypeError, "word"),  # type: ignore[arg-type]
    ("word digits", lambda: rs.RunningWord("10k", K.EASY, "x"), rs.ValidationError, "word"),
    ("word blank", lambda: rs.RunningWord("  ", K.EASY, "x"), rs.ValidationError, "word"),
    ("word filler", lambda: rs.RunningWord("Run", K.EASY, "x"), rs.ValidationError, "word"),
    ("word detail", lambda: rs.RunningWord("run with", K.EASY, "x"), rs.ValidationError, "word"),
    ("word unit", lambda: rs.RunningWord("easy km", K.EASY, "x"), rs.ValidationError, "word"),
    ("word kind", lambda: rs.RunningWord("vo2", "easy", "x"), rs.ArgumentTypeError, "kind"),  # type: ignore[arg-type]
    ("word reason", lambda: rs.RunningWord("vo2", K.EASY, ""), rs.ValidationError, "reason"),
    (
        "word language",
        lambda: rs.RunningWord("vo2", K.EASY, "x", language="eng"),
        rs.ValidationError,
        "language",
    ),
    (
        "word flag",
        lambda: rs.RunningWord("vo2", K.EASY, "x", cross_training=1),
        rs.ArgumentTypeError,
        "cross_training",
    ),
    (
        "duplicate",
        lambda: rs.RunningWords(
            (rs.RunningWord("a-b", K.EASY, "x"), rs.RunningWord("A B", K.RACE, "y"))
        ),
        rs.ValidationError,
        "words",
    ),
    ("words type", lambda: rs.RunningWords(["easy"]), rs.ArgumentTypeError, "words"),  # type: ignore[arg-type]
    ("with words type", lambda: WORDS.with_words(["vo2"]), rs.ArgumentTypeError, "words"),  # type: ignore[arg-type]
    (
        "with words kind",
        lambda: WORDS.with_words({"vo2": "fast"}),
        rs.ValidationError,
        "words['vo2']",
    ),
    (
        "with words kind type",
        lambda: WORDS.with_words({"vo2": 3}),
        rs.ValidationError,
        "words['vo2']",
    ),
    ("with words word", lambda: WORDS.with_words({"5k": "race"}), rs.ValidationError, "word"),
    (
        "records type",
        lambda: rs.RunningWords.from_records("easy"),
        rs.ArgumentTypeError,
        "records",
    ),
    (
        "record type",
        lambda: rs.RunningWords.from_records(["easy"]),
        rs.ArgumentTypeError,
        "records[0]",
    ),
    (
        "record missing",
        lambda: rs.RunningWords.from_records([{"word": "vo2", "kind": "easy"}]),
        rs.ValidationError,
        "records[0]",
    ),
    (
        "record unknown field",
        lambda: rs.RunningWords.from_records(
            [{"word": "vo2", "kind": "easy", "reason": "x", "colour": "red"}]
        ),
        rs.ValidationError,
        "records[0]",
    ),
    (
        "record kind",
        lambda: rs.RunningWords.from_records(
            [
                {"word": "x", "kind": "easy", "reason": "x"},
                {"word": "vo2", "kind": "fast", "reason": "x"},
            ],
            source="mine",
        ),
        rs.ValidationError,
        "mine[1].kind",
    ),
]


@pytest.mark.parametrize(
    ("call", "leaf", "argument"), [case[1:] for case in BAD], ids=[case[0] for case in BAD]
)
def test_invalid_running_words_input(
    call: Callable[[], object], leaf: type[rs.RunstrengthError], argument: str
) -> None:
    assert_invalid(call, leaf, argument)


def test_an_unknown_word_names_the_word_and_suggests_close_ones() -> None:
    with pytest.raises(rs.ParseError) as info:
        rs.RunningWeek.parse("mon easy, tue med-lng 10 km")
    error = info.value
    assert error.argument == "text (entry 2, word 2)"
    assert error.value == "med-lng"
    assert "did you mean 'med-long' or 'medium-long'?" in error.fix
    assert "with_words({'med-lng': 'easy'})" in error.fix
    with pytest.raises(rs.ParseError) as info:
        rs.RunningDay.of("zzzz")
    assert "did you mean" not in info.value.fix
    with pytest.raises(rs.ParseError, match="'800 m'"):
        rs.RunningDay.of("intervals 800 m")
