"""A non-English sentence the glossary reads word for word is judged as its English reading is: a figure
it names that no package holds ('children born', GDP in roubles where the rows are in dollars) is
unsupported, as it is in English. Only a sentence with words the checker could not read goes to a
person as ``unknown_language_words``.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2021): 19_000_000.0, ("Kazakhstan", 2022): 19_600_000.0,
              ("Russian Federation", 2021): 145_000_000.0}
GDP = {("Kazakhstan", 2021): 197e9, ("Russian Federation", 2021): 1_840e9}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


@pytest.mark.parametrize("text, figure", [
    ("В 2022 году в Казахстане родилось более 390 тысяч детей.", "390 тысяч"),
    ("По данным Росстата, ВВП России в 2021 году составил 131 триллион рублей.", "131 триллион рублей"),
])
def test_a_sentence_read_word_for_word_that_names_no_held_figure_is_unsupported(
        packages: list[Path], text: str, figure: str) -> None:
    found = claim_results(text, packages, "2023-05-01")
    assert found[figure].verdict is Verdict.unsupported
    assert found[figure].reason != "unknown_language_words"


def test_a_sentence_with_words_the_checker_cannot_read_still_goes_to_a_person(packages: list[Path]) -> None:
    # 'беженцев' (refugees) is in no glossary: the checker cannot tell what the figure counts
    found = claim_results("В 2022 году в Казахстан прибыло 90 тысяч беженцев.", packages, "2023-05-01")
    result = next(r for text, r in found.items() if "90" in text)
    assert result.verdict is Verdict.needs_review
    assert result.reason == "unknown_language_words"
