"""A bound said of a run of years ('2015 was the fourth consecutive year that inflation topped 5 %',
'above 5 percent for the third year in a row') holds for each year of the run: an earlier year that
breaks it contradicts the claim, even though the figure's own year meets it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, ppm_package

from workbench.models import Verdict
from workbench.verify import Reason

RATES = {("Kenya", 2016): 6.3, ("Kenya", 2017): 8.0, ("Kenya", 2018): 4.7, ("Kenya", 2019): 5.2,
         ("Kenya", 2020): 5.4, ("Kenya", 2021): 6.1, ("Kenya", 2022): 7.7}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", RATES)


def test_a_year_of_the_run_below_the_bound_contradicts(package: Path) -> None:
    # 2018's 4.7 % breaks a run of five years above 5 % ending in 2022
    text = "Kenya's inflation stayed above 5 percent in 2022 for the fifth consecutive year, the statistics office said."
    result = claim_results(text, [package], date="2023-02-01")["5 percent"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.reason == Reason.RUN_BROKEN.value
    assert result.evidence[0].period == "2018"
    assert "2018" in result.explanation


def test_a_run_every_year_of_which_meets_the_bound_is_supported(package: Path) -> None:
    text = "Kenya's inflation stayed above 5 percent in 2022 for the fourth year in a row, the statistics office said."
    result = claim_results(text, [package], date="2023-02-01")["5 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"


def test_a_sentence_naming_no_run_is_judged_by_its_year_alone(package: Path) -> None:
    text = "Kenya's inflation stayed above 5 percent in 2022, the statistics office said."
    result = claim_results(text, [package], date="2023-02-01")["5 percent"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_run_another_clause_names_leaves_the_bound_to_its_own_year(package: Path) -> None:
    # the run is the exports' (another clause); the bound 'above 7 percent' is 2022's alone
    text = "Kenya's exports rose for the fifth consecutive year, and inflation was above 7 percent in 2022."
    result = claim_results(text, [package], date="2023-02-01")["7 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.reason != Reason.RUN_BROKEN.value


@pytest.fixture(scope="module")
def growth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # the globe's growth tops 2 ppm each year 2027–2030; the station's dips below it in 2028
    return ppm_package(tmp_path_factory.mktemp("gas") / "gas", {
        "co2-gr-gl": ("Year", "year", "Annual Increase",
                      [("2027", 2.38), ("2028", 2.21), ("2029", 2.52), ("2030", 2.74)]),
        "co2-gr-mlo": ("Year", "year", "Annual Increase",
                       [("2027", 2.41), ("2028", 1.86), ("2029", 2.60), ("2030", 2.71)])})


@pytest.mark.parametrize("text", [
    "In 2030 carbon dioxide in the air grew by more than 2 ppm for the fourth year in a row.",
    "I 2030 økte CO2-mengden i atmosfæren med mer enn 2 ppm for fjerde år på rad.",
    "I 2030 steg CO2-indholdet i atmosfæren med mere end 2 ppm for fjerde år i træk.",
    # a year's figure said to hold 'for the fourth consecutive time' counts years too
    "The 2030 measurements show for the fourth consecutive time a rise in carbon dioxide above 2 ppm.",
    "Le misure del 2030 registrano per la quarta volta consecutiva un aumento superiore a 2 ppm.",
    "Nel 2030 l'aumento annuo della CO2 è stato per la terza volta consecutiva superiore a 2 ppm.",
])
def test_a_run_one_record_holds_and_another_breaks_is_for_a_person(growth: Path, text: str) -> None:
    # neither the station nor the globe is named: the globe's rows hold the run, the station's 2028 does not
    result = claim_results(text, [growth], date="2031-03-01")["2 ppm"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == Reason.RUN_BROKEN.value
    assert "2028" in result.explanation


def test_a_run_both_records_hold_is_supported(growth: Path) -> None:
    text = "In 2030 carbon dioxide in the air grew by more than 2 ppm for the second year in a row."
    result = claim_results(text, [growth], date="2031-03-01")["2 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
