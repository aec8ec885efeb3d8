"""French copy gives a year's rate 'au terme de l'année' (glossed 'over the year ended'): a statistics
office's annual average as often as December's 12-month rate. So a figure the annual average agrees with
is supported, while one it misses is for a person (needs_review: perhaps December's rate); the same figure
stated for the whole year ('sur l'ensemble de l'année') is contradicted. Invented figures, for a country
whose office reports a year's rate as its average (not a december_on_december place of places.json's year_rate_basis)."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi"), {("Belgium", 2021): 2.4, ("Belgium", 2022): 11.6})


@pytest.mark.parametrize(("sentence", "figure", "verdict"), [
    ("Au terme de l'année, le taux d'inflation est à 11,0%.", "11,0%", Verdict.needs_review),
    ("Le taux d’inflation s’est établi à 11,0% au terme de l’année 2022.", "11,0%", Verdict.needs_review),
    ("Le taux d’inflation s’est établi à 11,6% au terme de l’année 2022.", "11,6%", Verdict.supported),
    ("Sur l'ensemble de l'année, le taux d'inflation est à 11,0%.", "11,0%", Verdict.contradicted),
])
def test_a_rate_over_the_year_ended_is_judged_by_the_average_only_when_it_agrees(
        cpi: Path, sentence: str, figure: str, verdict: Verdict) -> None:
    text = f"La Belgique a connu une forte hausse des prix en 2022. {sentence}"
    result = claim_results(text, [cpi], date="2023-06-01")[figure]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2022", result.explanation


# The futur antérieur ('aura progressé', glossed 'will have') sums up a year 'au terme de l'année' names as ended: an
# outturn, even on an undated page; said of a year still to end ('d'ici la fin de'), it stays a projection.
@pytest.mark.parametrize(("sentence", "figure", "verdict"), [
    ("L'indice des prix à la consommation aura progressé, au terme de l'année 2022, de 11,6 % par rapport à l'année 2021.", "11,6 %",
     Verdict.supported),
    ("D'ici la fin de l'année 2022, l'indice des prix à la consommation aura progressé de 11,6 % par rapport à l'année 2021.", "11,6 %",
     Verdict.needs_review),
])
def test_a_future_perfect_over_the_year_ended_is_an_outturn(cpi: Path, sentence: str, figure: str,
                                                            verdict: Verdict) -> None:
    text = f"La Belgique a connu une forte hausse des prix. {sentence}"
    result = claim_results(text, [cpi], date=None)[figure]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2022", result.explanation
