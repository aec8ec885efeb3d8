"""A list of places, each with its figure in brackets, under one month-on-month wording: every figure of the list
is that month's change (``month_on_month``, workbench/verify/periods/month_on_month.py), not only the first one
next to the wording; under a 12-month wording the list's figures are left to the period rules.
An earlier month's figure set after a month's change by 'after' ('rose 0.2 % in December after 0.6 % in November')
is that month's change too.
The package is shaped like the World Bank's consumer-price file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from package_support import claim_results, cpi_package

from workbench.models import Verdict

_ROWS = {("Hungary", 2023): 17.1, ("Slovenia", 2023): 7.4, ("Croatia", 2023): 8.0, ("Austria", 2023): 7.8}
_DRAFT = ("In March 2023 Hungary's monthly inflation rate was close to Slovenia's (+0.8%), but above the levels "
          "seen in Croatia (+0.5%) or Austria (+0.3%).")


@pytest.mark.parametrize("figure", ["+0.8%", "+0.5%", "+0.3%"])
def test_every_bracketed_figure_of_the_list_is_the_months_change(tmp_path: Path, figure: str) -> None:
    result = claim_results(_DRAFT, [cpi_package(tmp_path / "cpi", _ROWS)], date="2023-04-20")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "month_on_month", result.explanation


def test_a_twelve_month_wording_between_the_brackets_ends_the_list(tmp_path: Path) -> None:
    text = ("In March 2023 Slovenia's monthly inflation rate was high (+0.8%), while the annual rate of inflation in "
            "Croatia (8.0%) stayed below it.")
    result = claim_results(text, [cpi_package(tmp_path / "cpi", _ROWS)], date="2023-04-20")["8.0%"]
    assert result.reason != "month_on_month", result.explanation


def test_the_earlier_months_figure_after_a_months_change_is_that_months_change(tmp_path: Path) -> None:
    # 'after' sets November's figure beside December's month-on-month change, with no comma between
    text = "On a monthly basis Croatian consumer prices rose 0.2% in December 2023 after an increase of 0.6% in November."
    result = claim_results(text, [cpi_package(tmp_path / "cpi", _ROWS)], date="2024-01-20")["0.6%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "month_on_month", result.explanation


def test_each_figure_of_a_long_list_reads_the_list_as_the_walk_back_from_it_alone() -> None:
    # the walk back through the list's bracketed figures is kept per sentence and figure, so that a list of hundreds
    # is walked once: whichever figure asks first, each answers as a walk from it alone would
    from workbench.config import Tolerances
    from workbench.verify.periods import month_on_month

    tol = Tolerances()
    twelve_month = [*tol.monthly_basis_words, *tol.year_on_year_words, *tol.annual_rate_words]
    text = ("In March 2023 Hungary's monthly inflation rate was close to Slovenia's (+0.8%), but above Croatia "
            "(+0.5%), Austria ( +0.3%) and Poland (\u22120.2%), while the annual rate in Czechia (8.0%) and Slovakia "
            "(7.1%) stayed high.")
    figures = [text.index(f) for f in ("+0.8%", "+0.5%", "+0.3%", "\u22120.2%", "8.0%", "7.1%")]

    def ask(order: list[int]) -> dict[int, str | None]:
        return {at: month_on_month._listed_under_a_month_change(text, at, text.index("%", at) + 1, twelve_month)
                for at in order}

    alone = {}
    for at in figures:
        month_on_month._earlier_items_answers.cache_clear()
        alone.update(ask([at]))
    assert alone[figures[1]] is not None and alone[figures[3]] == alone[figures[1]]  # the list's monthly wording
    assert alone[figures[0]] is None and alone[figures[4]] is None and alone[figures[5]] is None  # none before; annual
    for order in (figures, figures[::-1], figures[2::-1] + figures[3:]):
        month_on_month._earlier_items_answers.cache_clear()
        assert ask(order) == alone
