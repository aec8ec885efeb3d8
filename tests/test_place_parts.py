"""A figure about a city or province of the country its paragraph or heading names ('with 4.6
million in the capital') is not the country's figure: the country's row cannot judge it.

Invented figures in a publisher-shaped population package; the sentences are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict
from workbench.verify.place_part import part_near


@pytest.fixture
def population(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "population", "population", "Population, total", "Population",
                             {("Kenya", 2021): 53_005_614, ("Kenya", 2022): 54_027_487})


@pytest.fixture
def inflation(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "inflation", "inflation", "Inflation, consumer prices (annual %)",
                             "Inflation", {("Kenya", 2022): 7.66})


def test_the_words_naming_a_part_are_read_after_the_figure_or_opening_its_clause() -> None:
    line = "It has 54 million people, 4.6 million of them in the capital, Nairobi, and 1.3 million in the port city of Mombasa."
    assert part_near(line, line.index("4.6 million"), "4.6 million") == "the capital, Nairobi"
    assert part_near(line, line.index("1.3 million"), "1.3 million") == "the port city, Mombasa"
    assert part_near(line, line.index("54 million"), "54 million") is None
    opening = "Its largest city, Mombasa, has 1.3 million residents."
    assert part_near(opening, opening.index("1.3"), "1.3 million") == "Its largest city, Mombasa"
    spread = "The country has 54 million people, most of them in small towns."
    assert part_near(spread, spread.index("54"), "54 million") is None  # the whole, spread over its towns
    said = "The minister, speaking in the capital, said the economy grew 5.2 % last year."
    assert part_near(said, said.index("5.2"), "5.2 %") is None  # where it was said, not what the figure counts
    prices = "In 2022 consumer prices in the capital, Nairobi, rose 7.7 %."
    assert part_near(prices, prices.index("7.7"), "7.7 %") == "the capital, Nairobi"


def test_a_city_figure_is_not_judged_by_the_countrys_row(population: Path) -> None:
    text = ("## Kenya\n\nKenya had a population of 54 million in 2022, with 4.6 million in the capital, Nairobi. "
            "Its largest port city, Mombasa, has 9.5 million residents.")
    results = claim_results(text, [population], date="2023-09-01")
    assert results["54 million"].verdict is Verdict.supported  # the country's own figure
    for figure, part in (("4.6 million", "the capital, Nairobi"), ("9.5 million", "Mombasa")):
        result = results[figure]
        assert result.verdict is Verdict.unsupported and not result.evidence, result.explanation
        assert part in result.explanation and "Kenya" in result.explanation, result.explanation


def test_a_part_counted_above_its_whole_stays_contradicted(population: Path) -> None:
    text = "## Kenya\n\nThe population reached 54 million in 2022, with 60 million in the capital."
    result = claim_results(text, [population], date="2023-09-01")["60 million"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_rate_in_a_city_is_not_the_countrys_rate(inflation: Path) -> None:
    text = "## Kenya\n\nIn 2022 consumer prices in the capital rose 7.7 %, the statistics office said."
    result = claim_results(text, [inflation], date="2023-09-01")["7.7 %"]
    assert result.verdict is Verdict.unsupported and "the capital" in result.explanation, result.explanation
