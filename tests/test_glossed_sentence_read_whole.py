"""A non-English sentence the glossary reads word for word, naming a measure the data knows, is judged as
its English reading is: a figure it names that no package holds (GDP in a local currency where the rows are in dollars, a place the data
does not cover) keeps its ``unsupported``. A sentence with a word the checker could not read — a lower
case word, or a capitalised one that may be the measure (the first word, a German noun, an acronym) —
still goes to a person as ``unknown_language_words``.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Kazakhstan", 2021): 19_000_000.0, ("Russian Federation", 2021): 145_000_000.0}
GDP = {("Kazakhstan", 2021): 197e9, ("Russian Federation", 2021): 1_840e9}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


def _result(text: str, figure: str, packages: list[Path]):  # type: ignore[no-untyped-def]
    found = claim_results(text, packages, "2023-05-01")
    return next(r for surface, r in found.items() if surface.startswith(figure))


@pytest.mark.parametrize("text, figure", [
    ("По данным Росстата, ВВП России в 2021 году составил 131 триллион рублей.", "131 триллион"),
    ("Nel 2021 il PIL del Kazakistan era di 84 trilioni di tenge.", "84 trilioni"),
])
def test_a_sentence_read_word_for_word_that_names_no_held_figure_is_unsupported(
        packages: list[Path], text: str, figure: str) -> None:
    result = _result(text, figure, packages)
    assert result.verdict is Verdict.unsupported
    assert result.reason != "unknown_language_words"


@pytest.mark.parametrize("text, figure", [
    # 'беженцев' (refugees) is in no glossary: the checker cannot tell what the figure counts
    ("В 2022 году в Казахстан прибыло 90 тысяч беженцев.", "90"),
    # 'Flüchtlinge' is a German noun no glossary holds: its capital is grammar, not a name
    ("Im Jahr 2021 gab es in Kasachstan rund 90 000 Flüchtlinge.", "90 000"),
    # an acronym the glossary lacks may be the measure
    ("Em 2021, o IPCX do Cazaquistão foi de 8,4%.", "8,4"),
    # every word read, but no measure the data knows named: 'this measure' speaks of text before it
    ("По оценкам, в 2021 году этот показатель в Казахстане составил 7,5%.", "7,5"),
])
def test_a_sentence_with_a_word_the_checker_cannot_read_still_goes_to_a_person(
        packages: list[Path], text: str, figure: str) -> None:
    result = _result(text, figure, packages)
    assert result.verdict is Verdict.needs_review
    assert result.reason == "unknown_language_words"


def test_a_measure_named_for_a_year_the_data_lacks_is_unsupported_as_in_english(tmp_path: Path) -> None:
    # the sentence names inflation itself: 'no figure for 2019' is its own reading, not a guess of a lost word
    packages = [cpi_package(tmp_path / "cpi")]
    found = claim_results("En Chile, la inflación fue de 3,1% en 2019.", packages, "2023-05-01")
    twin = claim_results("In Chile, inflation was 3.1% in 2019.", packages, "2023-05-01")
    assert (found["3,1%"].verdict, found["3,1%"].reason) == (twin["3.1%"].verdict, twin["3.1%"].reason) \
        == (Verdict.unsupported, "no_figure")
