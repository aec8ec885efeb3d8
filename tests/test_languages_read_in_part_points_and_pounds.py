"""Sentences of languages the glossary read only in part — an Icelandic or Hebrew index level in points, an
Arabic quote of a pound against the dollar — read whole once their words are glossed, so the English rules
decide: a level of an index no package holds, or a rate of a currency no rate series holds, is `unsupported`,
not left for review as unread words. Sentences written here; the packages hold invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, rates_package

from workbench.languages import detect, unknown_words
from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("points_and_pounds")
    cpi = {(country, year): 4.0 + year - 2040 for country in ("Iceland", "Israel", "Sudan") for year in (2040, 2041)}
    return [cpi_package(folder / "cpi", cpi),
            rates_package(folder / "fx_folder", {("Euro Area", 2041): 0.91, ("Japan", 2041): 131.0})]


@pytest.mark.parametrize(("text", "code", "claim"), [
    # an index's level in points ('stig', 'נקודות'): the packages hold its yearly change, never its level
    ("Á Íslandi hafi verið vísitala neysluverðs 613,4 stig árið 2041, 5 prósentum hærra en árið áður.", "is",
     "613,4 stig"),
    ("מדד המחירים לצרכן בישראל הגיע בשנת 2041 לרמת מדד של 118.2 נקודות.", "he", "118.2 נקודות"),
    # a pound's price in dollars where no rate series is in pounds
    ("وعرض متعاملون في السوق السوداء في السودان العملة المحلية بسعر 740 جنيهاً للدولار في 2041.", "ar",
     "740 جنيهاً"),
])
def test_a_figure_beyond_every_package_read_whole_is_unsupported(packages: list[Path], text: str, code: str,
                                                                  claim: str) -> None:
    assert detect(text) == code
    result = claim_results(text, packages, "2042-03-01")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation


@pytest.mark.parametrize(("text", "code"), [
    ("Verðlag hafi verið 3 prósentum hærra en meðalvísitala ársins, og vísitalan var 640,2 stig.", "is"),
    ("Türkiye'nin en büyük kaynağı kömürdür: kömür yakımından 90 megaton karbondioksit salındı.", "tr"),
    ("Een aantal factoren zorgde voor opwaartse druk op het prijspeil tijdens de pandemie.", "nl"),
    ("I forhold til den første måling er der tale om en stigning på 12 procent.", "da"),
    ("ويتراوح سعر الدولار اليوم الجمعة في بداية التعاملات بين 910 جنيها للبيع و 905 جنيها للشراء، مقابل 900 جنيه أمس.", "ar"),
])
def test_news_words_of_a_language_are_read(text: str, code: str) -> None:
    assert unknown_words(text, code) == []


@pytest.mark.parametrize("text", [
    # a learner's text writes Hebrew with its vowel points: the words are the glossary's all the same
    "מַדַּד הַמְּחִירִים לַצַּרְכָן עָלָה",
    "שַׁעַר הַדּוֹלָר יָרַד",
])
def test_hebrew_words_written_with_vowel_points_are_read(text: str) -> None:
    unpointed = "".join(ch for ch in text if not "\u0591" <= ch <= "\u05c7" or ch in "\u05be\u05c0\u05c3\u05c6")
    assert unknown_words(text, "he") == unknown_words(unpointed, "he")
    assert unknown_words(text, "he") == []
