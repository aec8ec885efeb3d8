"""A rate whose own clause names its year month by month, January to December ('for the period of
January-December 2022', 'from January through December 2022'), is the year's average: a month named in
another sentence (December's 12-month rate in the lead) does not make it a different period, and the
annual row judges it — contradicted when it misses, by any gap. 'The 12 months to December' names no
first month and stays December's 12-month rate. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

_LEAD = "Norway's consumer prices rose 0.3% in December 2022 compared with November 2022, the statistics office said.\n\n"


@pytest.fixture(scope="module")
def annual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"))  # Norway 2022: 5.8


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Consumer prices for the period of January-December 2022 rose 6.4% against the same period a year before.",
     "6.4%"),
    ("Inflation from January through December 2022 came to 6.4 percent, the office added.", "6.4 percent"),
])
def test_a_rate_of_january_to_december_is_judged_by_the_years_row(annual: Path, sentence: str, figure: str) -> None:
    result = claim_results(_LEAD + sentence, [annual], date="2023-01-20")[figure]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period.startswith("2022"), result.evidence


def test_a_rate_of_january_to_december_that_agrees_is_supported(annual: Path) -> None:
    text = _LEAD + "Consumer prices for the period of January-December 2022 rose 5.8% against the same period a year before."
    result = claim_results(text, [annual], date="2023-06-20")["5.8%"]
    assert result.verdict is Verdict.supported, result.explanation


def test_the_twelve_months_to_december_stay_decembers_rate(annual: Path) -> None:
    text = _LEAD + "Consumer prices rose 6.4% in the 12 months to December 2022."
    result = claim_results(text, [annual], date="2023-01-20")["6.4%"]
    assert result.verdict is Verdict.needs_review, result.explanation


@pytest.mark.parametrize(("sentence", "figure", "verdict"), [
    # the year before's figure is its annual average (Norway 2021: 3.5): the sentence compares averages
    ("Overall, inflation for 2022 rose to 6.0 per cent as compared to 3.5 per cent recorded in 2021.",
     "6.0 per cent", Verdict.contradicted),
    # the year before's figure is not its average: the month the lead names may be this figure's basis too
    ("Overall, inflation for 2022 rose to 6.0 per cent as compared to 4.4 per cent recorded in 2021.",
     "6.0 per cent", Verdict.needs_review),
])
def test_a_years_rate_beside_the_year_befores_average_is_an_average(annual: Path, sentence: str, figure: str,
                                                                    verdict: Verdict) -> None:
    result = claim_results(_LEAD + sentence, [annual], date="2023-06-20")[figure]
    assert result.verdict is verdict, result.explanation


@pytest.fixture(scope="module")
def december_basis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Peru's office states a year's inflation December on December (places.json year_rate_basis)
    return cpi_package(tmp_path_factory.mktemp("cpi"), {("Peru", 2021): 4.0, ("Peru", 2022): 7.9})


def test_january_to_december_where_the_office_states_december_on_december_is_for_a_person(december_basis: Path) -> None:
    # there 'from January to December' is as often the office's name for the December-on-December change
    text = "En el Perú, la inflación de enero a diciembre de 2022 fue de 8,46%, según el instituto de estadística."
    result = claim_results(text, [december_basis], date="2023-01-20")["8,46%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "2022", result.evidence
