"""Words a class of non-English sentences needs to be read at all: a measure named in full (Russian
'валовой национальный доход', gross national income), a time word pointing at the year an earlier
sentence named (German 'damals', Spanish 'en aquel entonces', Russian 'тогда'), and the verbs and fillers of a French or Portuguese
report ('atteignent', 'en effet', 'pico'). Read, such a sentence is judged as its English twin is;
unread, it went to a person as ``unknown_language_words`` though nothing in it was unknown in kind.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2021): 19_000_000.0}
GDP = {("Kazakhstan", 2021): 197e9}


def _result(text: str, figure: str, packages: list[Path]) -> tuple[Verdict, str]:
    found = claim_results(text, packages, "2023-05-01")
    result = claim_starting(found, figure)
    return result.verdict, result.reason


@pytest.mark.parametrize("text, figure", [
    ("В 2021 году валовой национальный доход Казахстана на душу населения составил 9 800 долларов.", "9 800"),
    ("У 2021 році валовий національний дохід Казахстану на душу населення становив 9 800 доларів.", "9 800"),
    ("En 2021, le revenu national brut du Kazakhstan par habitant était de 9 800 dollars.", "9 800"),
    ("Im Jahr 2021 lag das Bruttonationaleinkommen Kasachstans pro Kopf bei 9 800 Dollar.", "9 800"),
    ("En 2021, el ingreso nacional bruto per cápita de Kazajistán fue de 9.800 dólares.", "9.800"),
])
def test_gross_national_income_is_a_series_the_data_lacks_in_every_language(
        tmp_path: Path, text: str, figure: str) -> None:
    # GNI per head is not GDP per head: a figure of it is unsupported, as in English, never compared with GDP
    packages = population_and_gdp(tmp_path, POPULATION, GDP)
    english = _result("In 2021, Kazakhstan's gross national income per capita was $9,800.", "$9,800", packages)
    assert _result(text, figure, packages) == english
    assert english[0] is Verdict.unsupported


@pytest.mark.parametrize("text, figure", [
    ("Die Inflation in Norwegen lag 2022 bei 2,0 Prozent. Ein ähnliches Niveau hatte die Teuerung 2021. "
     "Damals betrug sie 3,5 Prozent.", "3,5"),
    ("En Noruega, la inflación fue alta en 2021. En aquel entonces, era de 3,5 %.", "3,5"),
    ("In Norvegia l'inflazione è stata alta nel 2021. All'epoca era del 3,5%.", "3,5"),
    ("Na Noruega, a inflação foi alta em 2021. Na altura, era de 3,5%.", "3,5"),
    ("В Норвегии инфляция была высокой в 2021 году. Тогда она составила 3,5%.", "3,5"),
])
def test_at_that_time_takes_the_year_and_measure_of_the_sentence_before(
        tmp_path: Path, text: str, figure: str) -> None:
    # Norway's inflation: 3.5 % in 2021 (package_support.CPI); 'damals', 'entonces', 'allora' point back
    packages = [cpi_package(tmp_path / "cpi")]
    assert _result(text, figure, packages)[0] is Verdict.supported


def test_a_french_sentence_carrying_its_measure_is_judged_not_sent_to_review_for_its_verbs(tmp_path: Path) -> None:
    # the measure and year (one the package lacks) are the sentence before's; this one's words ('atteignent',
    # 'en effet', 'organisme') are read, so 'nothing for 2018' is the sentence's own reading
    packages = [cpi_package(tmp_path / "cpi")]
    text = "L'inflation en Norvège a été forte en 2018. Ses hausses de prix atteignent en effet 3,5 % selon l'organisme."
    verdict, reason = _result(text, "3,5", packages)
    assert verdict is Verdict.unsupported and reason != "unknown_language_words"
