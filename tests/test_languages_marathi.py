"""Marathi copy read through the gloss (workbench/data/languages.json 'mr'): told from Hindi and Nepali,
which share its script, by its own function words; postpositions glued to a noun read as the noun
('निर्देशांकावर', on the index); a decimal said in words ('१ पूर्णांक ५४ शतांश') is the figure it says.

Packages are World Bank-shaped with invented figures; sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import detect, gloss_paragraphs
from workbench.models import Verdict


@pytest.fixture()
def package(tmp_path: Path) -> Path:
    return cpi_package(tmp_path, {("India", 2029): 4.4, ("India", 2030): 5.2})


def test_a_marathi_inflation_rate_is_judged_by_its_row(package: Path) -> None:
    text = "राष्ट्रीय सांख्यिकी कार्यालयाच्या आकडेवारीनुसार, २०३० मध्ये भारतातील किरकोळ महागाई दर ५.२ टक्के होता आणि तो वाढला आहे."
    result = claim_results(text, [package], "2031-04-01")["५.२ टक्के"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"


def test_a_marathi_rate_off_its_row_is_contradicted(package: Path) -> None:
    text = "२०३० मध्ये भारतातील ग्राहक किंमत निर्देशांकावर आधारित महागाई दर ७.९ टक्के होता, असे सरकारने सांगितले आहे."
    result = claim_results(text, [package], "2031-04-01")["७.९ टक्के"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_decimal_said_in_words_is_read_as_its_figure(package: Path) -> None:
    # 'पूर्णांक' is the point, 'दशांश' (tenths) the word that closes the decimals
    text = "भारतातील किरकोळ चलनफुगवट्याचा दर २०३० मध्ये ५ पूर्णांक २ दशांश टक्क्यांवर पोहोचला आहे."
    glossed = gloss_paragraphs(text, [(0, len(text), "mr")]).text
    assert "retail inflation rate" in glossed and "point" in glossed
    [result] = claim_results(text, [package], "2031-04-01").values()
    assert result.claim.value == 5.2 and result.claim.unit == "%"
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("text", "language"), [
    ("या वर्षी देशातील महागाई वाढली आहे आणि किमती जास्त आहेत.", "mr"),
    ("इस साल देश में महंगाई बढ़ी है और कीमतें ज्यादा हैं।", "hi"),
    ("यस वर्ष देशमा महँगी बढेको छ र मूल्य पनि बढी छ।", "ne"),
])
def test_marathi_is_told_from_hindi_and_nepali(text: str, language: str) -> None:
    assert detect(text) == language
