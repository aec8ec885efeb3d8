"""A statistics bureau's table of regions names its cities with their noun ('Astana city'); news names them bare
('the population of Astana'). The bare name reaches the city's row, unless another row has the same proper name
('Almaty city' beside 'Almaty Region': a reader cannot tell which the bare 'Almaty' is). A city's name with its
figure in brackets right after it ('Shymkent (1.19 million people)') is that figure's place; a dateline's city
('ASTANA – …') is where the story was filed, not the place of the figures after it; 'The city' opening a sentence
names no city called 'The'. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_package

from workbench.models import Verdict

NATIONAL = {("Kazakhstan", 2023): 20_000_000, ("Kazakhstan", 2024): 20_300_000}


def _bureau_package(folder: Path) -> Path:
    """The bureau's regions and cities on one day, the national total last, no descriptor."""
    folder.mkdir(parents=True)
    (folder / "region_population_2024-01-01.csv").write_text(
        "Region,Total,Males,Females\n"
        "Almaty Region,1550000,770000,780000\n"
        "Turkistan Region,2150000,1090000,1060000\n"
        "Astana city,1420000,680000,740000\n"
        "Almaty city,2230000,1040000,1190000\n"
        "Shymkent city,1230000,600000,630000\n"
        "The Republic of Kazakhstan,20030000,9780000,10250000\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("kz")
    return [population_package(folder / "pop", NATIONAL), _bureau_package(folder / "bureau")]


@pytest.mark.parametrize("sentence", [
    "Astana had 1.42 million residents on 1 January 2024, the bureau said.",
    "On 1 January 2024 the population of Shymkent stood at 1.23 million.",
])
def test_the_bare_name_reaches_the_city_s_row(packages: list[Path], sentence: str) -> None:
    [result] = claim_results(sentence, packages, date="2024-03-01").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Region") in ("Astana city", "Shymkent city")


def test_a_wrong_count_of_the_city_is_judged_by_the_city_s_row(packages: list[Path]) -> None:
    [result] = claim_results("Astana had 1.9 million residents on 1 January 2024.", packages, date="2024-03-01").values()
    assert result.verdict is not Verdict.supported, result.explanation
    assert result.evidence and result.evidence[0].dimensions.get("Region") == "Astana city", result.explanation


def test_a_name_two_rows_share_is_no_one_row_s(packages: list[Path]) -> None:
    """'Almaty' may be the city or the region around it: neither row may pass the figure."""
    [result] = claim_results("Almaty had 1.55 million residents on 1 January 2024.", packages,
                             date="2024-03-01").values()
    assert result.verdict is not Verdict.supported, result.explanation


def test_the_name_before_a_bracket_is_its_figure_s_place(packages: list[Path]) -> None:
    text = "The country's largest city, Almaty, counts 2.3 million people. " \
           "Next by population come Shymkent (1.31 million people) and Astana (1.49 million people)."
    results = claim_results(text, packages, date=None)
    for surface, city in (("1.31 million", "Shymkent"), ("1.49 million", "Astana")):
        result = results[surface]
        assert result.verdict is Verdict.needs_review, result.explanation
        assert city in result.explanation and "Almaty" not in result.explanation, result.explanation


@pytest.mark.parametrize("dateline", ["ASTANA – ", "NUR-SULTAN — "])
def test_a_dateline_s_city_is_not_the_figure_s_place(packages: list[Path], dateline: str) -> None:
    text = f"{dateline}Kazakhstan's population reached 20.03 million on 1 January 2024, the bureau reported."
    [result] = claim_results(text, packages, date="2024-02-10").values()
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == 20_030_000, result.explanation


def test_the_city_opening_a_sentence_names_no_city_called_the(packages: list[Path]) -> None:
    text = "Astana is the capital. The city had 1.42 million residents on 1 January 2024."
    [result] = claim_results(text, packages, date="2024-03-01").values()
    assert "The," not in result.explanation and "for The" not in result.explanation, result.explanation
