"""Hindi copy read through the gloss (workbench/data/languages.json 'hi'): a Devanagari word is one word with
its vowel signs ('मुद्रास्फीति', not five pieces), postpositions come after the noun ('2030 में': in 2030),
'करोड़' is the crore. Arabic's optional short vowels ('ارتفاعاً') are no part of a word's key.

Packages are World Bank-shaped with invented figures; sentences invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package, publisher_package

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict


def test_a_hindi_inflation_rate_is_judged_by_its_row(tmp_path: Path) -> None:
    package = cpi_package(tmp_path, {("India", 2029): 4.4, ("India", 2030): 5.2})
    text = "राष्ट्रीय सांख्यिकी कार्यालय के आंकड़ों के अनुसार, भारत में 2030 में मुद्रास्फीति 5.2 प्रतिशत रही।"
    result = claim_results(text, [package], "2031-04-01")["5.2 प्रतिशत"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"


def test_hindi_inflation_of_the_food_basket_is_another_series(tmp_path: Path) -> None:
    # 'retail inflation in the food basket' is food inflation, which the headline rows do not hold
    package = cpi_package(tmp_path, {("India", 2029): 4.4, ("India", 2030): 5.2})
    text = "सांख्यिकी कार्यालय के अनुसार, भारत में खाद्य टोकरी में खुदरा मुद्रास्फीति मार्च 2030 में 7.4% थी।"
    result = claim_results(text, [package], "2030-04-15")["7.4%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series", result.reason


def test_a_hindi_population_in_crore(tmp_path: Path) -> None:
    package = publisher_package(tmp_path / "pop", "population", "Population, total", "Population",
                                {("India", 2030): 1_512_000_000},
                                description="Total population counts all residents regardless of legal status")
    result = claim_results("2030 में भारत की जनसंख्या 151 करोड़ थी।", [package], "2031-04-01")["151 करोड़"]
    assert result.verdict is Verdict.supported, result.explanation


def test_devanagari_words_keep_their_vowel_signs() -> None:
    text = "भारत में खुदरा मुद्रास्फीति बढ़ी।"
    assert "retail inflation rose" in gloss_paragraphs(text, [(0, len(text), "hi")]).text


def test_arabic_short_vowels_are_no_letters_of_the_word() -> None:
    text = "مسجلاً ارتفاعاً نسبته 5%"
    assert gloss_paragraphs(text, [(0, len(text), "ar")]).text == "recording a rise of 5%"


def test_the_hindi_adjective_for_indian_names_india(tmp_path: Path) -> None:
    # 'भारतीय' (Indian) before the measure is the place, as 'Indian inflation' is in English
    package = cpi_package(tmp_path, {("India", 2029): 4.4, ("India", 2030): 5.2})
    text = "सरकारी आंकड़ों के अनुसार, 2030 में भारतीय औसत मुद्रास्फीति 5.2 प्रतिशत थी।"
    result = claim_results(text, [package], "2031-04-01")["5.2 प्रतिशत"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "भारतीय" not in gloss_paragraphs(text, [(0, len(text), "hi")]).text
