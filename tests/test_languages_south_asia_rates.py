"""Hindi, Nepali and Bengali rate sentences read whole: a list line's words ('सरकारी आंकड़ों', 'घटकर 3.94 हो
गई'), the Nepali year-on-year rate of a Bikram Sambat month ('२०८० साउन महिनामा … वार्षिक बिन्दुगत'), a
currency's fall in Bengali ('দরপতন হয়েছে … রুপির'). Read whole, a figure no row can judge is unsupported
rather than left to a person for words the glossary lacked."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, cpi_package

from workbench.languages import unknown_words

NEPAL = {("Nepal", 2022): 7.7, ("Nepal", 2023): 7.1}
BANGLADESH = {("Bangladesh", 2022): 7.7, ("Bangladesh", 2023): 9.9}

HINDI_LIST = "सरकारी आंकड़ों के अनुसार, भारत में 2016 में औसत मुद्रास्फीति 4.95 प्रतिशत थी, जो 2018 में घटकर 3.94 हो गई।"
NEPALI_MONTH = "२०८० साउन महिनामा नेपालको वार्षिक बिन्दुगत उपभोक्ता मुद्रास्फीति ४.५२ प्रतिशत रहेको छ।"
BENGALI_CURRENCY = "একই সময়ে সবচেয়ে বেশি ১৮ শতাংশ দরপতন হয়েছে ভারতীয় রুপির।"


@pytest.mark.parametrize(("text", "code"), [(HINDI_LIST, "hi"), (NEPALI_MONTH, "ne"), (BENGALI_CURRENCY, "bn")])
def test_the_words_around_the_rate_are_known(text: str, code: str) -> None:
    assert unknown_words(text, code) == [], text


def test_a_nepali_months_year_on_year_rate_no_row_covers_is_unsupported(tmp_path: Path) -> None:
    result = claim_results(NEPALI_MONTH, [cpi_package(tmp_path / "cpi", NEPAL)], date="2024-05-02")["४.५२ प्रतिशत"]
    assert result.verdict.value == "unsupported", result.explanation


def test_a_bengali_currencys_fall_no_package_holds_is_unsupported(tmp_path: Path) -> None:
    result = claim_results(BENGALI_CURRENCY, [cpi_package(tmp_path / "cpi", BANGLADESH)], date="2024-05-02")["১৮ শতাংশ"]
    assert result.verdict.value == "unsupported", result.explanation


# A Bengali page typing the currency numerator four '৷' for the danda '।', glued to the percent word, and the
# genitive of emissions ('নির্গমনের'): the figure is a percent of the country's emissions, read whole.
BENGALI_EMISSIONS = ("এর আগের দশকে ভারতের কার্বন ডাই অক্সাইড নির্গমনের হার ৬ শতাংশ বেড়েছিল৷ "
                     "যেখানে শুধুমাত্র ২০১৭ সালেই এই নির্গমনের হার বেড়েছে ২ শতাংশ৷")
INDIA_CARBON = {("INDIA", 2016): 600_000.0, ("INDIA", 2017): 630_000.0}  # +5 % in 2017


def test_a_sign_drawn_like_the_danda_ends_the_word_before_it() -> None:
    assert unknown_words("বেড়েছে ২ শতাংশ৷", "bn") == []
    assert unknown_words("এই নির্গমনের হার বেড়েছে ২ শতাংশ৷", "bn") == []


def test_a_countrys_emissions_rise_in_bengali_is_judged_by_its_emissions_row(tmp_path: Path) -> None:
    carbon = carbon_package(tmp_path / "carbon", INDIA_CARBON,
                            title="National CO2 emissions from fossil fuels and cement manufacture")
    result = claim_results(BENGALI_EMISSIONS, [carbon], date=None)["২ শতাংশ"]
    # a percent (the word before the glued stop read), of India's emissions: 2017's rise is 5 %, not 2 %
    assert result.claim.unit == "%", result.claim
    assert result.verdict.value == "contradicted", result.explanation
    assert result.evidence[0].period == "2017" and "INDIA" in result.evidence[0].dimensions.values(), result.evidence
