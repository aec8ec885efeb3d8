"""An urban, rural, female or male population is another series than the whole population: a figure of
it is judged by a column of that part when the data has one (and only by it), and is unsupported when
none is held — never contradicted by the country's total. In any language the engine reads: the part's
words are glossary entries. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_package

from workbench.models import Verdict

TOTALS = {("Peru", 2022): 34_050_000, ("Peru", 2023): 34_350_000,
          ("Kazakhstan", 2020): 18_880_000, ("Kazakhstan", 2022): 19_620_000}


def _parts_package(folder: Path) -> Path:
    """A bureau's count of one day, split into the urban and rural population: no descriptor."""
    folder.mkdir(parents=True)
    (folder / "units_population_2024-01-01.csv").write_text(
        "unit_name_en,level,total,urban,rural\n"
        "Republic of Peru,country,34500000,27100000,7400000\n", encoding="utf-8")
    return folder


@pytest.fixture()
def totals(tmp_path: Path) -> list[Path]:
    return [population_package(tmp_path / "pop", TOTALS, description="Total population, mid-year estimates")]


@pytest.mark.parametrize("sentence, figure", [
    ("Peru's urban population was 26.9 million in 2022.", "26.9 million"),
    ("The rural population of Peru was 7.2 million in 2023.", "7.2 million"),
    ("In 2023 the female population of Peru reached 17.4 million.", "17.4 million"),
    ("Peru's male population was 16.9 million in 2022.", "16.9 million"),
    ("В 2022 году городское население Казахстана составило 12,1 млн человек.", "12,1 млн"),
])
def test_a_part_of_the_population_no_package_holds_is_unsupported(totals: list[Path], sentence: str,
                                                                    figure: str) -> None:
    result = claim_results(sentence, totals)[figure]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_kazakh_count_of_town_dwellers_glued_to_its_word_is_unsupported(totals: list[Path]) -> None:
    """'қалалықтар' (town dwellers) and 'ауылдықтар' (villagers) are the urban and rural population; a
    figure written against its word ('7100,0мың') is read, so nothing is left to review."""
    sentence = ("2020 жылы Қазақстан халқы 18880,0 мың адамды құрады, оның ішінде қалалықтар – 11780,0 мың, "
                "ауылдықтар –7100,0мың адам.")
    result = claim_results(sentence, totals)["11780,0 мың"]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_the_whole_population_is_still_judged_by_the_total(totals: list[Path]) -> None:
    result = claim_results("Peru's population was 34.05 million in 2022.", totals)["34.05 million"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_part_the_data_holds_is_judged_by_its_own_column(tmp_path: Path, totals: list[Path]) -> None:
    packages = [*totals, _parts_package(tmp_path / "bureau")]
    result = claim_results("Peru's urban population was 27.1 million on 1 January 2024.", packages,
                           date="2024-03-01")["27.1 million"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == 27_100_000


def test_a_part_of_a_year_the_column_does_not_hold_is_not_judged_by_the_total(tmp_path: Path,
                                                                              totals: list[Path]) -> None:
    packages = [*totals, _parts_package(tmp_path / "bureau")]
    result = claim_results("Peru's urban population was 26.9 million in 2022.", packages)["26.9 million"]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_an_urban_rate_of_inflation_is_no_population_part(tmp_path: Path) -> None:
    """'urban' names a part of a population only: a country's urban inflation may be its headline rate
    (Egypt's), so it is not sent away as a series the data lacks."""
    result = claim_results("Norway's annual urban inflation was 5.8 % in 2022.",
                           [cpi_package(tmp_path / "cpi")])["5.8 %"]
    assert result.reason != "other_series", result.explanation
