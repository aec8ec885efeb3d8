"""What a figure measures when its sentence says it only by referring back or by what it counts:

- a pronoun that refers back may follow an opening adverb ('Thus it has grown by 0.9 %') or take a
  modal before its verb ('it would reach'), and German writes it after its verb ('Damit ist sie …
  gewachsen'): the sentence before names the measure, so a country the data does not cover is said;
- an adverb after the counted noun ('people permanently lived in …', as a German gloss orders it)
  leaves 'people' the counted noun, so the population it implies is read.

Packages are World Bank-shaped, figures invented; the sentences are ours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

@pytest.fixture()
def packages(kaz_rus_packages: list[Path]) -> list[Path]:
    return kaz_rus_packages


@pytest.mark.parametrize("text, figure", [
    ("Austria's population rose by 41,000 people last year. Thus it has grown by 0.5 percent.", "0.5"),
    ("Austria's population rose by 41,000 people last year. It would reach 9.2 million in 2030.", "9.2"),
    ("Die Bevölkerung Österreichs wuchs im vergangenen Jahr um 41 000 Personen. "
     "Damit ist sie um 0,5 Prozent gewachsen.", "0,5"),
])
def test_a_pronoun_referring_back_carries_the_measure(packages: list[Path], text: str, figure: str) -> None:
    found = claim_results(text, packages, "2022-03-01")
    result = claim_starting(found, figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered")


@pytest.mark.parametrize("text, figure", [
    ("At the end of 2021, 9,027,000 people permanently lived in Austria.", "9,027,000"),
    ("Ende 2021 haben 9 027 000 Menschen ständig in Österreich gewohnt.", "9 027 000"),
])
def test_an_adverb_after_the_counted_noun_counts_nothing(packages: list[Path], text: str, figure: str) -> None:
    found = claim_results(text, packages, "2022-03-01")
    result = claim_starting(found, figure)
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered")



def _fuel_package(folder: Path) -> Path:
    """Carbon by nation as CDIAC publishes it, with its liquid-fuel column: what 'oil' in a clause names."""
    folder.mkdir(parents=True)
    (folder / "by-nation.csv").write_text("Year,Country,Total,Liquid Fuel\n1974,CHILE,6000,3000\n1975,CHILE,5800,2900\n",
                                           encoding="utf-8")
    fields = [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
              {"name": "Total", "type": "number", "description": "Total carbon emissions from fossil fuel consumption "
               "and cement production (thousand metric tons of C)"},
              {"name": "Liquid Fuel", "type": "number",
               "description": "Carbon emissions from liquid fuel consumption (thousand metric tons of C)"}]
    (folder / "datapackage.json").write_text(json.dumps({
        "name": "co2-by-nation", "title": "CO2 emissions from fossil fuels and cement manufacture by nation",
        "sources": [{"title": "Carbon inventory", "path": "https://carbon.example.org"}],
        "resources": [{"name": "by-nation", "path": "by-nation.csv", "schema": {"fields": fields},
                       "workbench": {"metrics": {"Liquid Fuel": {"aliases": ["oil", "petroleum"]}}}}]}),
        encoding="utf-8")
    return folder


@pytest.mark.parametrize("verb", ["soared", "surged"])
def test_a_pronoun_before_a_verb_of_a_move_carries_the_measure_past_another_word_of_its_clause(
        tmp_path: Path, verb: str) -> None:
    # 'it soared' measures what the sentence before measured, consumer prices, not the oil its clause mentions
    cpi = cpi_package(tmp_path / "cpi", {("Chile", 1974): 375.0, ("Chile", 1975): 340.0})
    text = ("This chart shows inflation in Chile since 1970, measured by the consumer price index. "
            f"In 1974, it {verb} to 375 per cent, in the aftermath of the oil shock.")
    result = claim_starting(claim_results(text, [cpi, _fuel_package(tmp_path / "co2")], None), "375")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "1974"


@pytest.mark.parametrize("text, figure", [
    ("Average annual inflation was 7.6 per cent in 2023. That is less than in 2022, when it was 11.6 per cent.", "11.6"),
    ("Średnioroczna inflacja w 2023 r. wyniosła 7,6 proc. To nieco mniej niż w 2022 r., gdy było to aż 11,6 proc.",
     "11,6"),
])
def test_a_pronoun_after_when_carries_the_measure_of_the_sentence_before(tmp_path: Path, text: str, figure: str) -> None:
    # the page's place is the statistics office's address; the measure is the sentence before's
    cpi = cpi_package(tmp_path / "cpi", {("Chile", 2022): 11.6, ("Chile", 2023): 7.6})
    found = claim_results(text, [cpi], "2024-02-01", url="https://www.ine.gob.cl/inflacion-2023")
    result = claim_starting(found, figure)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"
