"""'Inflation rose from 3.5 % to 5.8 % in 2022': the year after a change's 'to' figure is the year the
change ended in. The 'from' figure is where it started — not that year's figure: a year-on-year rate's
reading of the year before, a level's of a year the text does not say — in English and in the languages
whose gloss reads 'from … to' ('de … a/para', 'von … auf', 'с … до')."""

from __future__ import annotations

from pathlib import Path

import pytest

from package_support import CPI, claim_results, cpi_package, population_and_gdp

from workbench.extraction import extract_text
from workbench.models import Verdict


def _periods(text: str) -> dict[str, str | None]:
    return {c.text: c.period for c in extract_text(text)}


def test_the_from_figure_of_a_change_ending_in_a_year_is_not_that_years() -> None:
    assert _periods("Norway's inflation rose from 3.5% to 5.8% in 2022.") == {"3.5%": None, "5.8%": "2022"}
    assert _periods("Norway's population grew from 4.9 million to 5.4 million in 2021.") \
        == {"4.9 million": None, "5.4 million": "2021"}


def test_a_range_of_one_years_figures_keeps_its_year() -> None:
    # no verb of change: two figures of the same year, not a move between two readings
    assert _periods("Forecasts for Chile ranged from 3% to 4% in 2022.") == {"3% to 4%": "2022"}


def test_each_end_keeps_its_own_year_and_years_before_the_pair_still_pair_up() -> None:
    assert _periods("Inflation rose from 3.5% in 2021 to 5.8% in 2022.") == {"3.5%": "2021", "5.8%": "2022"}
    # a year the 'from' figure's own words name before the 'to', even after 'since', is its own
    assert _periods("Coal output has climbed from 12.4 million tonnes since 2001 to 15 million tonnes in 2006.") \
        == {"12.4 million tonnes": "2001", "15 million tonnes": "2006"}
    # a hedge before a figure is still the change's 'from' (one reader, shared with the verdicts)
    assert _periods("The share was low in 1990 and high in 2010: it rose from about 11% to over 20%.") \
        == {"11%": "1990", "20%": "2010"}


@pytest.mark.parametrize("sentence", [
    "Norway's inflation rose from 3.5% to 5.8% in 2022.",
    "Die Inflation in Norwegen stieg von 3,5 % auf 5,8 % im Jahr 2022.",
    "La inflación de Noruega subió de 3,5% a 5,8% en 2022.",
    "A inflação da Noruega subiu de 3,5% para 5,8% em 2022.",
    "Инфляция в Норвегии выросла с 3,5% до 5,8% в 2022 году.",
])
def test_a_rates_starting_figure_is_the_year_befores(tmp_path: Path, sentence: str) -> None:
    results = list(claim_results(sentence, [cpi_package(tmp_path / "cpi", CPI)], date="2023-03-01").values())
    start, end = sorted(results, key=lambda r: r.claim.value)
    assert (start.verdict, start.evidence[0].period) == (Verdict.supported, "2021")
    assert (end.verdict, end.evidence[0].period) == (Verdict.supported, "2022")


def test_a_starting_rate_the_year_before_does_not_bear_out_is_for_a_person(tmp_path: Path) -> None:
    # 8.9 % is neither 2021's 4.5 % nor 2022's 11.6 %: a month's rate, perhaps — no alarm
    results = claim_results("Chile's inflation rose from 8.9% to 11.6% in 2022.",
                            [cpi_package(tmp_path / "cpi", CPI)], date="2023-03-01")
    assert results["8.9%"].verdict is Verdict.needs_review
    assert results["11.6%"].verdict is Verdict.supported


def test_a_levels_starting_figure_of_no_named_year_is_for_a_person(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Norway", 2020): 5_379_475, ("Norway", 2021): 5_408_320,
                                             ("Norway", 2022): 5_457_127}, {("Norway", 2022): 5.9e11})
    results = claim_results("Norway's population grew from 4.5 million to 5.41 million in 2021.", packages,
                            date="2023-03-01")
    assert results["4.5 million"].verdict is Verdict.needs_review
    assert results["5.41 million"].verdict is Verdict.supported
