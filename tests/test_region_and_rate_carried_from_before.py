"""Where a reader finds the place of a figure its sentence does not name.

A region named in another language ('Afrique subsaharienne', 'África subsahariana') is the World Bank's
region, in the figure's sentence and carried from an earlier paragraph; 'la Banque mondiale' is the World
Bank, not a 'global' bank naming the world beside the region. An exchange rate a sentence calls 'the
exchange rate' with no currency is the pair the sentence before named ('the krone to US dollar rate'), and
'a net change of -4.2 %' is that rate's change, its sign its direction, though 'rate' may name a level.
Sentences and figures written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, rates_package

from workbench.models import Verdict
from workbench.verify import Reason

REGION_CPI = {("Sub-Saharan Africa", 2021): 4.1, ("Sub-Saharan Africa", 2022): 8.6,
              ("Kenya", 2022): 7.7, ("World", 2022): 7.9}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", REGION_CPI)]


@pytest.mark.parametrize("sentence", [
    "En 2022, l'inflation en Afrique subsaharienne a atteint 8,6 %.",
    "En 2022, la inflación en África subsahariana llegó al 8,6 %.",
    "Em 2022, a inflação na África Subsaariana chegou a 8,6 %.",
    "Nel 2022 l'inflazione nell'Africa subsahariana è arrivata all'8,6 %.",
])
def test_the_region_named_in_another_language_is_the_world_banks(cpi: list[Path], sentence: str) -> None:
    result = next(iter(claim_results(sentence, cpi, date="2023-06-01").values()))
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Sub-Saharan Africa"


def test_the_region_is_carried_from_an_earlier_paragraph_past_the_world_bank(cpi: list[Path]) -> None:
    text = ("La croissance de l'Afrique subsaharienne devrait rester faible cette année, selon la Banque mondiale.\n\n"
            "L'inflation a atteint 8,6 % en 2022.")
    result = claim_results(text, cpi, date="2023-06-01")["8,6 %"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Sub-Saharan Africa"


def test_a_paragraph_naming_no_place_still_leaves_the_figure_unplaced(cpi: list[Path]) -> None:
    text = "La croissance devrait rester faible cette année, selon la Banque mondiale.\n\nL'inflation a atteint 8,6 % en 2022."
    result = claim_results(text, cpi, date="2023-06-01")["8,6 %"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == Reason.PLACE_UNNAMED.value


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [rates_package(tmp_path_factory.mktemp("fx"), {("Norway", 2020): 9.4, ("Norway", 2021): 8.6,
                                                          ("Sweden", 2021): 8.6, ("Sweden", 2020): 9.2})]


def test_the_rate_of_the_sentence_before_is_the_one_whose_change_is_given(rates: list[Path]) -> None:
    text = ("Over 2021 the Norwegian krone to US dollar exchange rate swung widely. "
            "Taken from start to end, the exchange rate showed a net change of -4.2 %.")
    result = claim_results(text, rates, date="2022-02-01")["-4.2 %"]
    assert result.reason != Reason.PLACE_UNNAMED.value, result.explanation
    assert result.evidence and result.evidence[0].dimensions.get("Country") == "Norway"


def test_a_rate_sentence_naming_its_own_currency_keeps_it(rates: list[Path]) -> None:
    text = ("Over 2021 the Norwegian krone to US dollar exchange rate swung widely. "
            "The Swedish krona exchange rate showed a net change of -4.2 %.")
    result = claim_results(text, rates, date="2022-02-01")["-4.2 %"]
    assert not result.evidence or result.evidence[0].dimensions.get("Country") != "Norway", result.explanation


def test_a_sentence_before_naming_no_rate_lends_no_currency(rates: list[Path]) -> None:
    text = "Tourists paid in kroner all summer. The exchange rate showed a net change of -4.2 % over 2021."
    result = claim_results(text, rates, date="2022-02-01")["-4.2 %"]
    assert not result.evidence or result.evidence[0].dimensions.get("Country") != "Norway", result.explanation
