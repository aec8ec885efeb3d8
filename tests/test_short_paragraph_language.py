"""A short paragraph tells its language by its first word too: a table's row that opens with its label
('Taux d'inflation | 3,1 | 4,0 |') or a sentence whose first word is the one the glossary knows is read in
that language, so its figures are glossed and its publisher's host name read through it; the first word of
a name of several words ('El Salvador', 'La Paz') tells nothing. A national statistics office named in a
sentence ('BPS', Statistics Indonesia) names the country it counts. A glossed sentence read
whole that states an amount of a currency says what it measures: nothing matching it is its own finding.
Invented inflation figures, World Bank layout; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI, claim_results, cpi_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.languages import _counts as word_counts
from workbench.languages import detect, doubted_languages, glossed_draft
from workbench.models import ClaimResult, Verdict
from workbench.reference.loader import load_reference

_RATES = {("Zambia", year): 6.0 + year % 4 for year in range(2015, 2024)}
_RATES.update({("Indonesia", year): 2.0 + year % 3 for year in range(2015, 2024)})


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", _RATES)


def _results(cpi: Path, body: str, url: str | None = None) -> dict[str, ClaimResult]:
    front = f"---\ndate: 2024-06-01\nurl: {url}\n---\n\n" if url else "---\ndate: 2024-06-01\n---\n\n"
    draft = parse_draft(f"{front}{body}\n".encode(), "draft.md")
    results = check_draft(draft, load_reference([cpi]), Config(root=cpi.parent, reference=[cpi])).results
    return {r.claim.text: r for r in results}


@pytest.mark.parametrize(("text", "code"), [
    ("Taux d'inflation | 3,1 | 4,0 | 5,5 |", "fr"),
    ("Tasa de inflación | 3,1 | 4,0 |", "es"),
    ("Sin embargo, subió.", "es"),
])
def test_a_short_paragraph_is_told_by_its_first_word(text: str, code: str) -> None:
    assert detect(text) == code


@pytest.mark.parametrize("text", ["El Salvador grew 3% in 2022.", "La Paz said prices rose 2% in 2022.",
                                  "Con Edison said prices rose."])
def test_the_first_word_of_a_name_tells_no_language(text: str) -> None:
    assert detect(text) == "en"


@pytest.mark.parametrize("text", ["Die-hard | 3,1 | 4,0 |", "Man-made | 2,5 |", "Con-Edison | 7 |"])
def test_the_first_part_of_a_hyphenated_word_tells_no_language(text: str) -> None:
    # 'Die' of 'Die-hard' is no German article opening the cell
    assert not any(word_counts(text).values())


def test_a_table_row_in_french_is_glossed_and_its_host_names_the_country(cpi: Path) -> None:
    # Zambia: 2020 → 10.0, 2021 → 7.0, 2022 → 8.0 (6 + year % 4)
    body = "Année | 2020 | 2021 | 2022 |\n\nTaux d'inflation | 10,0 | 7,0 | 30,0 |"
    results = _results(cpi, body, url="https://www.economie-zambie.example/inflation.html")
    assert results["7,0"].verdict is Verdict.supported, results["7,0"].explanation
    assert results["7,0"].evidence[0].period == "2021"
    assert results["30,0"].verdict is Verdict.contradicted, results["30,0"].explanation


def test_the_statistics_office_names_its_country(cpi: Path) -> None:
    # Indonesia: 2022 → 2.0 + 2022 % 3 = 2.0
    results = _results(cpi, "The Central Statistics Agency (BPS) said annual inflation was 2.0 percent in 2022.")
    assert results["2.0 percent"].verdict is Verdict.supported, results["2.0 percent"].explanation
    assert results["2.0 percent"].evidence[0].dimensions.get("Country") == "Indonesia"


def test_an_indonesian_sentence_with_english_words_is_still_read(cpi: Path) -> None:
    body = "JAKARTA - Badan Pusat Statistik mencatat inflasi 2022 sebesar 2,0 persen year on year."
    results = _results(cpi, body)
    assert "2,0 persen" in results, list(results)


@pytest.mark.parametrize("host", ["uk.markets.example.com", "ar.news.example.com"])
def test_a_two_letter_host_label_makes_no_english_fact_box_foreign(host: str) -> None:
    # 'uk.' is the United Kingdom's, 'ar.' Argentina's as often as a language edition's: the words decide
    draft = parse_draft(f"---\nurl: https://{host}/chile\n---\n\nGDP (2022): $301,000 million\n".encode(), "draft.md")
    assert glossed_draft(draft) is None


def test_a_currency_amount_read_whole_that_matches_nothing_is_unsupported(cpi: Path) -> None:
    results = _results(cpi, "Monnaie : le tengué (1 euro = 510,20 tengués en mars 2024)")
    [result] = results.values()
    assert result.verdict is Verdict.unsupported, result.explanation


# --- a paragraph too short, or too like its kin, to tell its language is never read as English words

@pytest.mark.parametrize(("text", "code"), [
    # Swedish, Danish and Norwegian all write 'var', 'år', 'procent'/'inflationen': Swedish alone reads the compound
    ("Konsumentprisinflationen i Chile var 11,6 procent år 2022.", "sv"),
    # 'in' and 'was' are Dutch function words as well: beside 'inflatie' and 'procent' they tell no English
    ("De inflatie in Chili was 11,6 procent in 2022.", "nl"),
])
def test_a_short_sentence_is_told_from_its_kin_and_from_english(text: str, code: str) -> None:
    assert detect(text) == code


@pytest.mark.parametrize("text", ["Prices in Chile rose by 11.6 percent in 2022, the central bank said.",
                                  "In Norway, inflation was 5.8 percent in 2022."])
def test_an_english_sentence_stays_english(text: str) -> None:
    assert detect(text) == "en"
    assert doubted_languages(text) == ()


def test_a_short_swedish_sentence_is_checked_in_swedish(tmp_path: Path) -> None:
    package = cpi_package(tmp_path / "cpi", CPI)
    found = claim_results("Konsumentprisinflationen i Norge var 5,8 procent år 2022.", [package])
    assert found["5,8 procent"].verdict is Verdict.supported


def test_a_short_paragraph_of_kin_languages_under_an_english_one_is_checked(tmp_path: Path) -> None:
    package = cpi_package(tmp_path / "cpi", CPI)
    text = ("Prices rose across the region last year, the statistics offices said.\n\n"
            "Inflationen i Norge var 9,9 procent år 2022.")
    assert claim_results(text, [package])["9,9 procent"].verdict is Verdict.contradicted


def test_words_of_no_one_language_are_doubted_not_read_as_english() -> None:
    # one word of five languages, none of English's: too few to tell which, and no English at all
    assert detect("Norge 2022: 5,8 procent") == "en"
    assert set(doubted_languages("Norge 2022: 5,8 procent")) >= {"sv", "da"}


def test_a_figure_of_a_paragraph_whose_language_could_not_be_told_goes_to_review(tmp_path: Path) -> None:
    package = cpi_package(tmp_path / "cpi", CPI)
    result = claim_results("Chile 2022, prisstigning: 30,2 procent", [package])["30,2 procent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "could not be told" in result.explanation
