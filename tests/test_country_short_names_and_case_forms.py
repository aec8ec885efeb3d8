"""A country named as news names it: its everyday short name in English ('Bosnia', 'Bosnia's' for Bosnia and
Herzegovina) and, in Serbian, Croatian or Bosnian, a two-word name in its cases, both words declined ('u Crnoj Gori',
'u Sjevernoj Makedoniji'), with the month in its locative ('u novembru') dating the figure; in German, a name's
adjective inflected with its article ('in den Vereinigten Staaten', 'im Vereinigten Königreich')."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.languages import glossed_in
from workbench.models import Verdict

ROWS = {("Bosnia and Herzegovina", 2019): 0.6, ("Bosnia and Herzegovina", 2020): -1.1,
        ("Montenegro", 2020): -0.3, ("North Macedonia", 2020): 1.2}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path, ROWS)]


@pytest.mark.parametrize("text", [
    "Bosnia saw consumer prices fall by 1.1% in 2020, after a 0.6% rise in 2019.",
    "Bosnia's consumer price inflation was -1.1% in 2020, after 0.6% in 2019.",
])
def test_bosnia_by_its_short_name_is_checked(packages: list[Path], text: str) -> None:
    result = claim_starting(claim_results(text, packages, date="2021-04-01"), "0.6%")
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("text", "place"), [
    ("Inflacija u Crnoj Gori iznosila je -0,3 odsto u 2020. godini.", "Montenegro"),
    ("Инфлација у Црној Гори износила је -0,3 одсто у 2020. години.", "Montenegro"),
    ("Inflacija u Sjevernoj Makedoniji iznosila je 1,2 posto u 2020. godini.", "North Macedonia"),
    ("Inflacija u Severnoj Makedoniji iznosila je 1,2 odsto u 2020. godini.", "North Macedonia"),
])
def test_two_word_names_declined_in_serbian_are_places(text: str, place: str) -> None:
    assert f"in {place}" in glossed_in(text, "sr")


@pytest.mark.parametrize(("text", "place"), [
    ("Die Inflation lag in den Vereinigten Staaten 2020 bei 1,2 Prozent.", "the United States"),
    ("Die Inflation lag im Vereinigten Königreich 2020 bei 0,9 Prozent.", "United Kingdom"),
    ("Die Inflation lag in der Zentralafrikanischen Republik 2020 bei 2,3 Prozent.", "the Central African Republic"),
])
def test_german_names_with_an_inflected_adjective_are_places(text: str, place: str) -> None:
    assert place in glossed_in(text, "de")


def test_serbian_declined_country_name_is_checked(packages: list[Path]) -> None:
    results = claim_results("Inflacija u Crnoj Gori iznosila je -0,3 odsto u 2020. godini.", packages,
                            date="2021-04-01")
    [result] = results.values()
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("text", "month"), [
    ("Cijene su u novembru pale.", "in November"), ("Cene su u martu porasle.", "in March"),
    ("Цене су у септембру пале.", "in September"), ("od januara do oktobra", "from January"),
])
def test_serbian_months_in_their_cases_are_months(text: str, month: str) -> None:
    assert month in glossed_in(text, "sr")



@pytest.mark.parametrize("text", [
    # the short name the country's own press uses, and its central bank's acronym, in an earlier paragraph
    "The Bank of PNG said prices had risen fast.\n\nInflation averaged 5.3% in 2020, the bank's report said.",
    "BPNG governor said prices had risen fast.\n\nInflation averaged 5.3% in 2020, the bank's report said.",
])
def test_papua_new_guinea_by_its_short_name_is_its_place(tmp_path: Path, text: str) -> None:
    """Named so, the country is the figure's place: the package has no row of it, so nothing can judge the figure
    (with no place named, a person would pick one of the package's places)."""
    rows = {("Fiji", 2020): -2.6, ("Samoa", 2020): 1.5}
    result = claim_starting(claim_results(text, [cpi_package(tmp_path, rows)], date="2021-04-01"), "5.3%")
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation
