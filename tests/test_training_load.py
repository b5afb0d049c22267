"""Training load: the worked numbers as oracles, and the properties of each measure."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from runstrength import ArgumentTypeError, ValidationError
from runstrength.training_load import (
    acwr,
    fitness_fatigue,
    session_load,
    weekly_summary,
)

WEEK = [120, 560, 0, 270, 220, 0, 500]
DOUBLED = WEEK * 3 + [2 * x for x in WEEK]


# --- oracles (shared/INTEGRATIONS.md §3) ---------------------------------------------------


def test_weekly_load_monotony_and_strain() -> None:
    population = weekly_summary(WEEK)
    assert population.load.tolist() == [1670.0]
    assert population.mean[0] == pytest.approx(238.5714, abs=1e-4)
    assert round(float(population.monotony[0]), 4) == 1.1507
    assert round(float(population.strain[0]), 1) == 1921.7
    sample = weekly_summary(WEEK, ddof=1)
    assert round(float(sample.monotony[0]), 4) == 1.0654
    assert round(float(sample.strain[0]), 1) == 1779.1


def test_an_even_week_has_no_monotony() -> None:
    even = weekly_summary([200] * 7 + [0] * 7)
    assert math.isnan(even.monotony[0])
    assert math.isnan(even.strain[0])
    assert math.isnan(even.monotony[1])
    assert even.load.tolist() == [1400.0, 0.0]


def test_the_ratio_after_a_doubled_week() -> None:
    assert round(float(acwr(DOUBLED, coupled=True)[-1]), 4) == 1.6
    assert round(float(acwr(DOUBLED)[-1]), 4) == 2.0
    assert round(float(acwr(DOUBLED, method="ewma")[-1]), 4) == 1.5799
    assert round(float(acwr(DOUBLED, method="ewma", seed="first")[-1]), 4) == 1.5


def test_fitness_fatigue_and_form_of_one_impulse() -> None:
    impulse = [100.0] + [0.0] * 42
    same = fitness_fatigue(impulse, form_day="same")
    assert round(float(same.fitness[0]), 4) == 2.3528
    assert round(float(same.fatigue[0]), 4) == 13.3122
    assert round(float(same.form[0]), 4) == -10.9594
    assert round(float(same.fitness[42]), 4) == 0.8656
    linear = fitness_fatigue(impulse, decay="linear", form_day="same")
    assert round(float(linear.fitness[0]), 4) == 2.381
    assert round(float(linear.fatigue[0]), 4) == 14.2857
    assert round(float(linear.form[0]), 4) == -11.9048
    assert round(float(linear.fitness[42]), 4) == 0.8654
    following = fitness_fatigue(impulse)  # GoldenCheetah: form shows the next day
    assert following.form[0] == 0
    assert following.form[1] == pytest.approx(same.form[0])


def test_session_load() -> None:
    assert session_load(6, 45) == 270.0
    assert session_load(np.array([4.0, 7.0]), np.array([30.0, 60.0])).tolist() == [120.0, 420.0]


# --- properties -----------------------------------------------------------------------------

loads = st.floats(0, 2000, allow_nan=False)


@given(st.floats(1, 1000), st.integers(28, 200))
def test_a_constant_load_has_a_ratio_of_one(load: float, days: int) -> None:
    rolling = acwr([load] * days)
    assert np.isnan(rolling[:27]).all()
    assert (rolling[27:] == 1.0).all()
    assert np.allclose(acwr([load] * days, method="ewma", seed="first"), 1.0)
    if days >= 120:
        assert abs(acwr([load] * days, method="ewma")[-1] - 1) < 1e-3
    fitness = fitness_fatigue([load] * 400)
    assert fitness.fitness[-1] == pytest.approx(load, rel=1e-3)
    assert fitness.fatigue[-1] == pytest.approx(load, rel=1e-9)


# Scaling is exact only while no average underflows: a load of 5e-324 decays to zero in
# an exponential average where eight times it does not. Real loads are not that small.
scalable = st.just(0.0) | st.floats(1e-3, 2000)


@given(st.lists(scalable, min_size=28, max_size=90), st.floats(0.1, 10))
def test_scaling_loads_scales_load_and_strain_but_not_ratio_or_monotony(
    days: list[float], factor: float
) -> None:
    scaled = [d * factor for d in days]
    a, b = weekly_summary(days), weekly_summary(scaled)
    assert np.allclose(b.load, a.load * factor)
    assert np.allclose(b.strain, a.strain * factor, equal_nan=True, rtol=1e-6)
    assert np.allclose(b.monotony, a.monotony, equal_nan=True, rtol=1e-6)
    for method in ("rolling", "ewma"):
        assert np.allclose(
            acwr(scaled, method=method),  # type: ignore[arg-type]
            acwr(days, method=method),  # type: ignore[arg-type]
            equal_nan=True,
            rtol=1e-6,
        )


@given(st.lists(loads, max_size=60))
def test_every_measure_is_finite_and_not_negative_where_defined(days: list[float]) -> None:
    summary = weekly_summary(days)
    assert len(summary.load) == len(days) // 7
    assert (summary.load >= 0).all()
    ff = fitness_fatigue(days)
    assert len(ff.fitness) == len(days)
    assert np.isfinite(ff.fitness).all()
    assert (ff.fitness >= 0).all()
    assert (ff.fatigue >= 0).all()
    ratio = acwr(days)
    assert len(ratio) == len(days)
    assert (ratio[~np.isnan(ratio)] >= 0).all()


def test_empty_series() -> None:
    assert weekly_summary([]).load.size == 0
    assert acwr([]).size == 0
    assert fitness_fatigue([]).form.size == 0


@pytest.mark.parametrize(
    ("call", "argument", "error"),
    [
        (lambda: weekly_summary([1.0, math.nan]), "daily", ValidationError),
        (lambda: weekly_summary([-1.0]), "daily", ValidationError),
        (lambda: weekly_summary([[1.0, 2.0]]), "daily", ValidationError),
        (lambda: weekly_summary(np.array(3.0)), "daily", ValidationError),
        (lambda: weekly_summary("120, 0"), "daily", ArgumentTypeError),
        (lambda: weekly_summary([object()]), "daily", ArgumentTypeError),
        (lambda: weekly_summary([1.0] * 200_000), "daily", ValidationError),
        (lambda: weekly_summary(WEEK, ddof=2), "ddof", ValidationError),
        (lambda: acwr(WEEK, method="median"), "method", ValidationError),  # type: ignore[arg-type]
        (lambda: acwr(WEEK, seed="one", method="ewma"), "seed", ValidationError),  # type: ignore[arg-type]
        (lambda: acwr(WEEK, acute=28, chronic=7), "acute", ValidationError),
        (lambda: acwr(WEEK, acute=0), "acute", ValidationError),
        (lambda: acwr(WEEK, coupled="yes"), "coupled", ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: fitness_fatigue(WEEK, fitness_days=math.inf), "fitness_days", ValidationError),
        (lambda: fitness_fatigue(WEEK, fatigue_days="7"), "fatigue_days", ArgumentTypeError),  # type: ignore[arg-type]
        (lambda: fitness_fatigue(WEEK, decay="log"), "decay", ValidationError),  # type: ignore[arg-type]
        (lambda: fitness_fatigue(WEEK, form_day="today"), "form_day", ValidationError),  # type: ignore[arg-type]
        (lambda: session_load(11, 30), "rpe", ValidationError),
        (lambda: session_load(5, -3), "minutes", ValidationError),
        (lambda: session_load([5, 6], [30, 40, 50]), "minutes", ValidationError),
        (lambda: session_load("hard", 30), "rpe", ArgumentTypeError),
    ],
)
def test_bad_input_names_the_argument(call: object, argument: str, error: type) -> None:
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert info.value.argument == argument  # type: ignore[attr-defined]


def test_the_load_chart_draws_every_part() -> None:
    import datetime as dt

    from runstrength.plotting import plot_load

    days = WEEK * 6
    ax = plot_load(days, start=dt.date(2027, 1, 4), strength_days=[dt.date(2027, 1, 5)])
    labels = [line.get_label() for line in ax.get_lines()]
    assert labels == ["fitness (42 days)", "fatigue (7 days)", "form", "strength"]
    assert len(ax.patches) == len(days)
    assert ax.get_figure().axes[1].get_ylabel() == "acute:chronic ratio"
    with pytest.raises(ValidationError):
        plot_load(days, start=dt.date(2027, 1, 4), flag_band=(1.3, 0.8))
    with pytest.raises(ArgumentTypeError):
        plot_load(days, start=dt.date(2027, 1, 4), ax="axes")
