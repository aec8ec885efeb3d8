"""Countries as headlines and tables shorten them: 'T&T' for Trinidad and Tobago, 'KSA', 'the DRC', 'N. Korea', an
ampersand for 'and' ('Antigua & Barbuda'), 'St' for 'St.' ('St Lucia') — and 'each person' or 'the average citizen'
as the subject of an emissions figure, which makes it per person as 'the average Chilean' does.

The gazetteer is the shipped one; the carbon rows are invented, CDIAC-shaped (tonnes of carbon), and the sentences
are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.gazetteer import Gazetteer
from workbench.models import Verdict


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Gas output in T&T’s offshore fields fell.", "T&T", "Trinidad and Tobago"),
    ("Trinidad & Tobago exports ammonia.", "Trinidad & Tobago", "Trinidad and Tobago"),
    ("Tourism in Antigua & Barbuda recovered.", "Antigua & Barbuda", "Antigua and Barbuda"),
    ("Hotels in St Lucia were full.", "St Lucia", "St. Lucia"),
    ("The KSA raised output.", "KSA", "Saudi Arabia"),
    ("Mining in the DRC grew.", "DRC", "DR Congo"),
    ("N. Korea fired a missile.", "N. Korea", "North Korea"),
    ("Visitors to Turks and Caicos rose.", "Turks and Caicos", "Turks and Caicos Islands"),
])
def test_short_names_name_their_country(text: str, surface: str, country: str) -> None:
    found = [(text[start:end], entity.name) for start, end, entity in Gazetteer.default().find(text)]
    assert found == [(surface, country)]


def test_a_company_holding_the_letters_names_no_country() -> None:
    assert Gazetteer.default().find("AT&T raised its dividend.") == []


# Trinidad and Tobago 2018: 7.35 t of carbon a person = 26.9 t of CO2
TOTALS = {("TRINIDAD AND TOBAGO", 2018): 10_905.0}
PER_HEAD = {("TRINIDAD AND TOBAGO", 2018): 7.35}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [carbon_package(tmp_path_factory.mktemp("co2") / "carbon", TOTALS, PER_HEAD)]


@pytest.mark.parametrize(("text", "figure", "verdict"), [
    ("Figures for 2018 show that for T&T’s 1.4 million people, each person contributes 31.28 tonnes of CO2 "
     "emissions a year.", "31.28 tonnes", Verdict.contradicted),
    ("In 2018 the average citizen of T&T emitted 26.9 tonnes of CO2.", "26.9 tonnes", Verdict.supported),
])
def test_an_abbreviated_country_and_each_person_read_the_per_head_row(package: list[Path], text: str, figure: str,
                                                                      verdict: Verdict) -> None:
    result = claim_results(text, package, "2020-02-03")[figure]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].resource.lower().endswith("per-capita"), result.evidence[0]
    assert result.evidence[0].dimensions == {"Country": "TRINIDAD AND TOBAGO"}
