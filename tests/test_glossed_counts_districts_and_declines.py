"""Words of news about counts and declines the glossaries now read: Turkish 'sonunda' (at the end of),
'kişilik' (people), 'gösterdi' (showed) and the statistics office 'TÜİK'; Russian 'федеральном округе'
(a federal district) and 'сельское' (rural); Greek 'υποχώρησε' (fell), 'έπειτα από' (after) and a
country's name in the genitive ('της Ρωσίας'). A sentence read whole keeps its English reading's
verdict: a figure no package holds is `unsupported`, not left for review as words nobody read.

Packages are publisher-shaped (World Bank layout), figures invented; the sentences are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting

from workbench.languages import gloss_paragraphs, unknown_words
from workbench.models import Verdict

@pytest.fixture()
def packages(kaz_rus_packages: list[Path]) -> list[Path]:
    return kaz_rus_packages


@pytest.mark.parametrize("text, figure", [
    # Georgia's population: no row of it in the package
    ("TÜİK’in verilerine göre, 2021 yılı sonunda Gürcistan nüfusu 3 milyon 700 bin kişilik artış gösterdi.", "3 milyon"),
    # a real growth rate, as the English reading says: no row of it
    ("Σύμφωνα με την ανακοίνωση, το ΑΕΠ της Ρωσίας υποχώρησε 2,9% έπειτα από αύξηση του 1,1% το 2019.", "2,9%"),
])
def test_a_sentence_read_whole_is_unsupported_not_left_as_unread_words(
        packages: list[Path], text: str, figure: str) -> None:
    assert unknown_words(text, "tr" if "TÜİK" in text else "el", capitals=True) == []
    result = claim_starting(claim_results(text, packages, "2022-03-01"), figure)
    assert result.verdict is Verdict.unsupported and result.reason != "unknown_language_words", result.explanation


def test_a_federal_districts_count_is_read_as_its_english_words_are(packages: list[Path]) -> None:
    text = "В Приволжском федеральном округе живут 28 943 312 человек, сельское население - 8 100 200."
    assert unknown_words(text, "ru", capitals=True) == []
    assert "federal district" in gloss_paragraphs(text, [(0, len(text), "ru")]).text
    result = claim_results(text, packages, "2022-03-01")["28 943 312"]
    assert result.verdict is not Verdict.supported and result.reason != "unknown_language_words", result.explanation


def test_a_greek_country_name_in_the_genitive_is_the_country() -> None:
    text = "Η πτώση του ΑΕΠ της Ρωσίας ήταν η μεγαλύτερη από το 2009."
    assert "Russia" in gloss_paragraphs(text, [(0, len(text), "el")]).text
