"""Sentences of languages the glossary read only in part — Persian typed on an Arabic keyboard, Armenian,
Swahili, Vietnamese, Bengali — read whole once their measure, place, scale and currency words are glossed, so
the English rules decide: a figure the data holds is judged, one of a place or currency it lacks is
`unsupported`, not left for review as unread (figures written in parts, '31 thousand 250 crore', are
tests/test_languages_number_compounds.py's). Sentences written here; the packages are World Bank-shaped with
invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.languages import detect
from workbench.models import Verdict

COUNTRIES = ("Iran", "Armenia", "Tanzania", "Vietnam", "Bangladesh")


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("read_in_part"),
                              {(country, 2041): 13_400_000.0 for country in COUNTRIES},
                              {(country, 2041): 5.1e10 for country in COUNTRIES})


@pytest.mark.parametrize(("text", "code", "claim"), [
    # Arabic yeh and kaf ('ي', 'ك') for Persian's own 'ی' and 'ک', as an Arabic keyboard types them
    ("توليد ناخالص داخلي ايران در سال 2041 معادل 51 ميليارد دلار بوده است.", "fa", "51 ميليارد دلار"),
    ("تولید ناخالص داخلی ایران در سال 2041 معادل 51 میلیارد دلار بوده است.", "fa", "51 میلیارد دلار"),
    ("Հայաստանի մշտական բնակչության թվաքանակը 2041 թվականին կազմել է 13 մլն 400 հազ. մարդ:", "hy",
     "13 մլն 400 հազ."),
    ("Năm 2041, quy mô GDP của Việt Nam đạt 51 tỉ USD.", "vi", "51 tỉ USD"),
])
def test_a_figure_of_a_measure_the_data_holds_is_judged(packages: list[Path], text: str, code: str,
                                                        claim: str) -> None:
    assert detect(text) == code
    result = claim_results(text, packages, "2042-03-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("text", "code", "claim"), [
    ("توليد ناخالص داخلي ايران در سال 2041 معادل 75 ميليارد دلار بوده است.", "fa", "75 ميليارد دلار"),
    ("Հայաստանի մշտական բնակչության թվաքանակը 2041 թվականին կազմել է 19 մլն 900 հազ. մարդ:", "hy",
     "19 մլն 900 հազ."),
])
def test_a_figure_the_data_refutes_is_contradicted(packages: list[Path], text: str, code: str, claim: str) -> None:
    assert detect(text) == code
    result = claim_results(text, packages, "2042-03-01")[claim]
    assert result.verdict is Verdict.contradicted, result.explanation


@pytest.mark.parametrize(("text", "claim"), [
    # an amount of the home currency where the data holds US dollars: nothing to confirm it, every word read
    ("Pato la Ghafi la Taifa (GDP) limekua kutoka TZS trilioni 160 mwaka 2040 hadi TZS trilioni 190, sawa na "
     "ukuaji wa asilimia 19.", "TZS trilioni 190"),
    ("Năm 2041, kinh tế Việt Nam phục hồi mạnh mẽ, quy mô nền kinh tế mở rộng đáng kể, đạt 9.100,5 nghìn tỷ đồng.",
     "9.100,5 nghìn tỷ đồng"),
    # a part of a country the data does not hold ('idadi hiyo ya watu': that population)
    ("Rais ametangaza kuwa idadi hiyo ya watu Zanzibar ni watu 1,900,000.", "1,900,000"),
])
def test_a_sentence_read_whole_that_matches_nothing_is_unsupported(packages: list[Path], text: str,
                                                                   claim: str) -> None:
    result = claim_results(text, packages, "2042-03-01")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation

