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


def test_each_part_counted_after_its_own_figure_is_judged_by_its_column(tmp_path: Path, totals: list[Path]) -> None:
    """'27.1 million urban residents and 7.4 million rural residents': the noun right after a figure is what it
    counts, though it opens the stretch of the sentence that runs on to the next figure; each figure is its own
    part's, never both parts' at once (which no column holds)."""
    packages = [*totals, _parts_package(tmp_path / "bureau")]
    results = claim_results("On 1 January 2024 Peru counted 27.1 million urban residents and 7.4 million rural "
                            "residents.", packages, date="2024-03-01")
    for figure, column in (("27.1 million", 27_100_000), ("7.4 million", 7_400_000)):
        assert results[figure].verdict is Verdict.supported, (figure, results[figure].explanation)
        assert results[figure].evidence[0].value == column


def test_a_part_counted_after_its_figure_and_a_bound_is_no_total(tmp_path: Path, totals: list[Path]) -> None:
    # 'or more' written after the figure stands between it and the noun it counts
    packages = [*totals, _parts_package(tmp_path / "bureau")]
    results = claim_results("On 1 January 2024 Peru had 27 million or more urban residents, and 7.4 million people "
                            "lived in rural areas.", packages, date="2024-03-01")
    assert results["27 million"].verdict is Verdict.supported, results["27 million"].explanation
    assert results["27 million"].evidence[0].value == 27_100_000


def test_a_kazakh_urban_and_rural_count_is_not_the_whole(tmp_path: Path) -> None:
    """'халықтың 12 млн 700 мыңы қала тұрғыны, ал 7 млн 518 мың адам ауылда қоныстанған' (of the population, 12.7
    million are town residents, and 7.518 million people live in villages): each figure counts a part no package
    holds; the country's total (19.9 million) is no judge of either."""
    totals = population_package(tmp_path / "pop", {("Kazakhstan", 2022): 19_620_000, ("Kazakhstan", 2023): 19_900_000},
                                description="Total population, mid-year estimates")
    sentence = ("Қазақстан халқының саны 20 млн асты. Ұлттық статистика бюросының мәліметінше, халықтың 12 млн 700 "
                "мыңы қала тұрғыны, ал 7 млн 518 мың адам ауылда қоныстанған.")
    results = claim_results(sentence, [totals], date="2023-11-01")
    for figure in ("12 млн 700 мыңы", "7 млн 518 мың"):
        result = next(r for surface, r in results.items() if surface.startswith(figure))
        assert result.verdict is Verdict.unsupported, (figure, result.reason, result.explanation)


def test_a_lithuanian_urban_and_rural_count_with_abbreviated_millions(totals: list[Path]) -> None:
    """'miestų gyventojų' (town dwellers) and 'kaimo vietovių gyventojų' (of the rural areas): parts no package
    holds; '12,181 mln.' is 12.181 million, the comma a decimal one before the language's abbreviated scale."""
    sentence = ("Statistikos duomenimis, Kazachstano miestų gyventojų 2022 metais padaugėjo iki 12,181 mln., o kaimo "
                "vietovių gyventojų sumažėjo iki 7,439 milijono.")
    results = claim_results(sentence, totals)
    urban = next(r for surface, r in results.items() if surface.startswith("12,181"))
    assert urban.claim.value == pytest.approx(12_181_000)
    for result in (urban, next(r for surface, r in results.items() if surface.startswith("7,439"))):
        assert result.verdict is Verdict.unsupported, (result.reason, result.explanation)
