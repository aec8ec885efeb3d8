"""A change of an exchange rate written in the currency's own units ('the annual average exchange rate
was 1,502.4 won, up 41.2 won on the year') is the difference of two years' rows of that currency's
rate series, when the sentence calls the rates averages as the rows are. A move not called an average
is quoted close to close, which no average row gives; a sentence writing a later year than the one the
change was read for may have given its base year, not its own: neither is judged by the rows (a close-to-close
move goes to a person, ``rate_move.moved_in_units``; the other matches no figure).
The package is shaped like the Federal Reserve's yearly rate file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, rates_package

from workbench.models import Verdict


def _package(tmp_path: Path) -> list[Path]:
    return [rates_package(tmp_path / "annual", {("South Korea", 2026): 1400.0, ("South Korea", 2027): 1461.2,
                                                 ("South Korea", 2028): 1502.4})]


def test_a_change_of_the_average_rate_in_won_is_the_difference_of_the_years_rows(tmp_path: Path) -> None:
    text = "In 2028 the annual average exchange rate of the won was 1,502.4 won, up 41.2 won on the year."
    result = claim_results(text, _package(tmp_path), date="2029-03-01")["41.2 won"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2028"


def test_a_change_of_the_average_rate_that_the_rows_miss_is_contradicted(tmp_path: Path) -> None:
    text = "In 2028 the annual average exchange rate of the won was 1,502.4 won, up 12.5 won on the year."
    result = claim_results(text, _package(tmp_path), date="2029-03-01")["12.5 won"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_move_not_called_an_average_is_not_judged_by_average_rows(tmp_path: Path) -> None:
    text = "The won-dollar exchange rate rose 12.5 won in 2028."
    result = claim_results(text, _package(tmp_path), date="2029-03-01")["12.5 won"]
    assert result.verdict is not Verdict.contradicted, result.explanation
    assert result.verdict is not Verdict.supported, result.explanation


def test_a_change_whose_sentence_writes_a_later_year_is_not_judged_by_the_earlier_years_change(tmp_path: Path) -> None:
    # the later year (2028) is the change's own; read for 2027, a difference of 2027's rows would misjudge it
    text = ("The 2028 annual average exchange rate was 1,502.4 won, up about 41 won from "
            "the 2027 annual average of 1,461.2 won.")
    result = claim_results(text, _package(tmp_path), date="2029-03-01")["41 won"]
    assert result.verdict is not Verdict.contradicted, result.explanation
