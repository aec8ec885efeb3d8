"""Sentences of other languages the checker read only in part, now read whole, and judged as their English is.

A figure whose thousands are grouped with spaces ('96 512', as most languages listed write them) right after a
word (not a currency's code: 'USD 11 486' is read whole as it is) is one figure in the English reading too, even
where the gloss puts a place's name right before it ('в Казахстане 96 512': 'in Kazakhstan 96,512', not a name's
number 'Kazakhstan 96' and a figure '512'). A Turkic figure's case ending of two words ('2020-ci ildə': in the
year 2020) is read with the figure, each of its words. 'Natural decrease' is a population flow as 'natural
decline' is (another series). German's 'es handelte sich um' (it was), 'Drittel' (a third), 'kam', 'erst',
'also'; Turkish 'iktisadı' (economy), 'küçüleceği' (it will shrink), 'öngörüsünde bulunmuştu' (had forecast).

Packages are World Bank-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting, population_package

from workbench.languages import gloss_paragraphs, unknown_words
from workbench.models import Verdict


@pytest.fixture()
def kazakhstan_population(tmp_path: Path) -> list[Path]:
    return [population_package(tmp_path / "pop", {("Kazakhstan", 2023): 19_900_000, ("Russia", 2020): 146_000_000})]


@pytest.mark.parametrize("text", [
    "В Казахстане 96 512 детей родились за первый квартал 2023 года.",
    "За первый квартал 2023 года в Казахстане 96 512 детей родились.",
])
def test_a_spaced_figure_after_a_place_is_read_whole_and_judged_as_in_english(
        kazakhstan_population: list[Path], text: str) -> None:
    found = claim_results(text, kazakhstan_population, "2023-05-01")
    result = claim_starting(found, "96 512")
    assert result.claim.value == 96_512
    assert (result.verdict, result.reason) == (Verdict.unsupported, "no_match")  # births: held by no package
    assert not any(surface.startswith("512") for surface in found)


@pytest.mark.parametrize(("code", "text", "english"), [
    ("kk", "елімізде 96 512 бала", "96,512"),
    ("hu", "a szám 260 114-gyel kevesebb", "260,114"),
    ("fr", "soit 1 234 567,5 tonnes", "1,234,567.5"),  # the decimal comma after the groups stays a decimal
    ("pl", "urodziło się 1 200 dzieci", "1,200"),
])
def test_spaces_grouping_thousands_are_written_as_english_groups(code: str, text: str, english: str) -> None:
    assert english in gloss_paragraphs(text, [(0, len(text), code)]).text


@pytest.mark.parametrize(("code", "text", "kept"), [
    ("pl", "na osobę USD 11 486 rocznie", "USD 11 486"),  # priced: the English reading reads its groups whole
    ("fr", "entre 2019 et (25 350 habitants)", "(25 350"),  # no word right before it
])
def test_spaces_stay_where_the_english_reading_reads_the_figure_whole(code: str, text: str, kept: str) -> None:
    assert kept in gloss_paragraphs(text, [(0, len(text), code)]).text


def test_a_turkic_year_ending_of_two_words_leaves_no_word_unread() -> None:
    text = "Hesabatda bildirilir ki, 2020-ci ildə Rusiyada təbii azalma 688 700 nəfər təşkil edib."
    assert unknown_words(text, "az", capitals=True) == []


def test_a_natural_decrease_of_the_population_is_another_series(kazakhstan_population: list[Path]) -> None:
    english = "The natural decrease of Russia's population was 688,700 people in 2020."
    azerbaijani = "Hesabatda bildirilir ki, 2020-ci ildə Rusiyada təbii azalma 688 700 nəfər təşkil edib."
    for text, figure in ((english, "688,700"), (azerbaijani, "688 700")):
        result = claim_starting(claim_results(text, kazakhstan_population, "2021-05-01"), figure)
        assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), text


@pytest.mark.parametrize(("code", "text"), [
    ("de", "2021 handelte es sich um 4,2 Tonnen, also um fast ein Drittel weniger."),
    ("de", "Erst 2015 kam es zu einem Rückgang auf 3,9 Tonnen pro Kopf."),
    ("tr", "Ekonomi Bakanlığı, ülke iktisadının 2024’te yüzde 2,1 küçüleceği öngörüsünde bulunmuştu."),
])
def test_the_words_are_read(code: str, text: str) -> None:
    assert unknown_words(text, code, capitals=True) == []


def test_a_german_per_head_figure_of_a_place_the_data_lacks_is_unsupported(tmp_path: Path) -> None:
    # every word read, the measure in the sentence before: as the English, a place no package holds
    package = carbon_package(tmp_path / "co2", {("CHILE", 2021): 25_000, ("NORWAY", 2021): 11_000},
                             per_capita={("CHILE", 2021): 1.3, ("NORWAY", 2021): 2.0})
    text = ("Die Emissionen pro Kopf lagen in Polen 1990 bei 9,1 Tonnen. "
            "2021 handelte es sich um 6,3 Tonnen, also um fast ein Drittel weniger.")
    result = claim_starting(claim_results(text, [package], "2023-05-01"), "6,3")
    assert result.verdict is Verdict.unsupported, result.explanation
