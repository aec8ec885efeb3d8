"""Words of other languages read by kind (``workbench/data/languages.json``): Russian and Ukrainian number
and scale words in their case forms ('к девяти миллиардам', 'двумя миллионами', 'до чотирьох трильйонів')
are figures like their nominatives,
and German news's words for carbon dioxide emissions in their plural and compound forms ('CO2-Ausstöße',
'Kohlendioxid-Emissionen') name the measure, so the figure is judged by its row instead of left unread.
Sentences and packages written here, with invented figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench
from package_support import claim_results, population_and_gdp, publisher_package

from workbench.models import Verdict


def _values(tmp_path: Path, text: str) -> dict[str, float]:
    draft = tmp_path / "nachricht.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return {c["text"]: c["value"] for c in json.loads(run.stdout)["claims"]}


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("По словам министра, расходы бюджета в прошлом году приблизились к девяти триллионам рублей.",
     "девяти триллионам", 9e12),
    ("Компания сообщила, что её выручка выросла сразу на двух миллиардах рублей.", "двух миллиардах", 2e9),
    ("Оборот рынка оценивается тремя миллионами долларов в месяц.", "тремя миллионами", 3e6),
    ("За словами міністра, видатки бюджету торік наблизилися до чотирьох трильйонів гривень.",
     "чотирьох трильйонів", 4e12),
    ("Уряд оцінює збитки від повені двома мільярдами доларів.", "двома мільярдами", 2e9),
])
def test_russian_and_ukrainian_number_words_in_their_case_forms_are_figures(tmp_path: Path, text: str, figure: str,
                                                               value: float) -> None:
    values = _values(tmp_path, text)
    read = [v for surface, v in values.items() if surface.startswith(figure)]
    assert read == [pytest.approx(value)], values


@pytest.fixture()
def emissions(tmp_path: Path) -> list[Path]:
    """Chile's emissions beside its population and GDP: only the words of the sentence tell which is meant."""
    rows = {("Chile", 2020): 80_000, ("Chile", 2021): 83_920}
    co2 = publisher_package(tmp_path / "co2", "co2", "CO2 emissions (kt)", "CO2 emissions (kt)", rows,
                            description="Carbon dioxide emissions from burning fossil fuels, thousand tonnes")
    others = population_and_gdp(tmp_path / "wb", {("Chile", 2020): 19_300_000, ("Chile", 2021): 19_500_000},
                                {("Chile", 2020): 2.5e11, ("Chile", 2021): 3.1e11})
    return [co2, *others]


@pytest.mark.parametrize("text", [
    "Die CO2-Ausstöße Chiles stiegen im Jahr 2021 um 4,9 Prozent.",
    "Die Kohlendioxid-Emissionen Chiles stiegen im Jahr 2021 um 4,9 Prozent.",
    "In Chile ist Kohlendioxid das Thema. Die Ausstöße stiegen im Jahr 2021 um 4,9 Prozent.",
])
def test_german_emission_plurals_and_compounds_name_the_measure(emissions: list[Path], text: str) -> None:
    # 83,920 / 80,000 − 1 = 4.9 %; population rose 1.0 %, GDP 24 %
    result = claim_results(text, emissions, "2022-06-01")["4,9 Prozent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2"


def test_a_wrong_german_emission_figure_is_flagged(emissions: list[Path]) -> None:
    text = "In Chile ist Kohlendioxid das Thema. Die Ausstöße stiegen im Jahr 2021 um 9 Prozent."
    result = claim_results(text, emissions, "2022-06-01")["9 Prozent"]
    assert result.verdict is Verdict.contradicted, result.explanation
