"""GDP news as Spanish, French and German copy writes it, read for the place and the year its figures are of:

- a currency named after 'frente al' ('la debilidad del peso frente al dólar estadounidense', glossed 'compared
  with US dollars') is the money a currency is quoted against, not the United States as the figures' place;
- a region's adjective after its member noun, past a comparison word ('más que la economía mundial', glossed
  'more than the economy global'), is the baseline of the comparison, not the world as the figures' place;
- a year after a figure past a word ordering another event against it ('… before rebounding in 2031', French
  'avant de repartir à la hausse en 2031') dates that event when the sentence named the figure's year before it;
- a flow's verb before a year-end phrase ('produzierte Ende 2030 Waren und Dienstleistungen im Wert von …') makes
  the figure the year's total, not a reading of 31 December, and 'achtgrößte' beside it is a rank, no figure;
- the words of growth and population copy in Indonesian, Portuguese, French, German, Dutch and Serbian are read,
  so what they say is judged rather than left unread.

Packages are World Bank-shaped with invented figures; sentences invented in the style of the news."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import claims_in
from package_support import claim_results, population_and_gdp

from workbench.languages import unknown_words
from workbench.models import Verdict


@pytest.fixture()
def gdp(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, {("Chile", 2030): 20e6, ("Chile", 2031): 20.2e6},
                              {("Chile", 2030): 412.0e9, ("Chile", 2031): 371.0e9})


SPANISH = ("En 2031, la economía chilena creció un 2,1%, más que la economía mundial, pero debido al debilitamiento "
           "del peso frente al dólar estadounidense, su tamaño disminuyó de 412.000 millones de dólares a {} millones "
           "de dólares, informó el Banco Mundial.")


def test_a_currency_quoted_against_and_the_world_economy_compared_with_are_no_place_of_the_figures(
        gdp: list[Path]) -> None:
    results = claim_results(SPANISH.format("371.000"), gdp, "2032-03-01")
    before, after = results["412.000 millones de dólares"], results["371.000 millones de dólares"]
    assert before.verdict is Verdict.supported, before.explanation
    assert before.evidence[0].period == "2030"
    assert after.verdict is Verdict.supported, after.explanation
    assert after.evidence[0].period == "2031"


def test_a_wrong_figure_beside_the_quoted_currency_is_refuted_by_the_countrys_row(gdp: list[Path]) -> None:
    result = claim_results(SPANISH.format("300.000"), gdp, "2032-03-01")["300.000 millones de dólares"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_year_after_before_dates_the_later_event_not_the_figure() -> None:
    text = "In 2030, during the drought, Chile's GDP was $412 billion before rebounding in 2031."
    (claim,) = [c for c in claims_in(text) if c.unit == "USD"]
    assert claim.period == "2030"


def test_a_french_figure_before_a_later_rebound_is_judged_by_its_own_year(gdp: list[Path]) -> None:
    text = ("En 2030, lors de la sécheresse, le PIB du Chili était de 412 milliards de dollars avant de repartir à "
            "la hausse en 2031.")
    result = claim_results(text, gdp, "2032-03-01")["412 milliards de dollars"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"


def test_a_year_after_before_with_no_year_before_the_figure_is_still_read() -> None:
    (claim,) = [c for c in claims_in("Chile's GDP was $412 billion before the drought of 2031.") if c.unit == "USD"]
    assert claim.period == "2031"


def test_output_produced_by_a_years_end_is_the_years_gdp(gdp: list[Path]) -> None:
    text = ("Chile produzierte Ende 2030 Waren und Dienstleistungen im Wert von 412 Milliarden US-Dollar und war "
            "damit die achtgrößte Volkswirtschaft der Region.")
    results = claim_results(text, gdp, "2031-06-01")
    result = results["412 Milliarden US-Dollar"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"
    # 'achtgrößte' is a rank (eighth-largest), no 'eight' of anything to check
    assert list(results) == ["412 Milliarden US-Dollar"]


@pytest.mark.parametrize(("text", "code"), [
    ("Perekonomian Chile mengalami kontraksi sebesar 1,5 persen, dan pemerintah memperkirakan pertumbuhan 2 persen.",
     "id"),
    ("Após uma contração de 1,5% em 2030, o PIB chileno cresceu 2% em 2031.", "pt"),
    ("En 2030, le PIB a augmenté de 4 %, la demande intérieure et les entreprises ayant soutenu l'activité "
     "économique.", "fr"),
    ("Chile liegt nicht nur vor seinen direkten Nachbarn, sondern behauptet klar die Spitzenposition.", "de"),
    ("Arbeitslosigkeit (in % aller Erwerbspersonen) Ø 2030: 5,1%", "de"),
    ("De bijdrage van energie aan de totale inflatie was 1,5 procentpunt.", "nl"),
    ("Posmatrano po polu, 51% čine žene, a 49% muškarci; stopa rasta stanovništva je negativna.", "sr"),
])
def test_words_of_growth_and_population_copy_are_read(text: str, code: str) -> None:
    assert unknown_words(text, code) == []
