"""German copy writes a year's average inflation 'im Jahresschnitt' (glossed 'on annual average', as
'im Jahresdurchschnitt' is) and names the year in an earlier sentence about 'Verbraucherinnen und
Verbraucher' (consumers): the year carries to the figure, which the consumer-price row of that year then
judges. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI_WORDS, claim_results, publisher_package

from workbench.languages import glossed_in
from workbench.models import Verdict

ROWS = {("Norway", 2020): 1.3, ("Norway", 2021): 3.5, ("Norway", 2022): 5.8}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("cpi"), "cpi", "Annual Consumer Price Index (CPI)", "CPI", ROWS,
                             description=CPI_WORDS)


@pytest.mark.parametrize(("figure", "verdict"), [("5,8 Prozent", Verdict.supported), ("6,4 Prozent", Verdict.contradicted)])
def test_the_year_of_an_earlier_sentence_about_consumers_dates_the_average(cpi: Path, figure: str,
                                                                           verdict: Verdict) -> None:
    text = ("Die Preise in Norwegen steigen weiter. 2022 war für Verbraucherinnen und Verbraucher ein teures Jahr. "
            f"Im Jahresschnitt stiegen die Verbraucherpreise laut dem Statistikamt um {figure}.")
    result = claim_results(text, [cpi], date="2023-06-01")[figure]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2022", result.explanation


def test_the_euro_area_and_the_netherlands_in_the_dative_are_places_not_the_currency() -> None:
    glossed = glossed_in("In den Niederlanden liegt die offizielle Rate bei 4 Prozent, in der Euro-Zone bei 3 Prozent.", "de")
    assert "Netherlands" in glossed and "euro area" in glossed and "euros" not in glossed, glossed
