"""A change's base year and the figure a sentence compares with, as copy in several languages writes them.

- 'up 2.5 ppm from the year 2018', and a gloss's 'from years 2018' (Thai 'จากปี 2018'): a noun for year between
  the baseline word and its year keeps the year the base, so the change is of the year the sentence names
  otherwise, not a mix-up of the base year's;
- Korean '2018년에 비해' (compared with 2018) names the base after the year: read as English says it;
- a Thai sentence quoting English names and units ('World Meteorological Organization', 'ppm') is still Thai;
- Hebrew 'כ-70 מיליוני טונות': 'כ' glued to a figure is 'about', 'מיליוני' is 'million';
- '(compared to 40 million in the year 1995)' after 'about 70 million tonnes of carbon dioxide': the compared
  amount is in tonnes too, and its year is the comparison's, not the sentence's: a lead-in's year still dates
  the first figure.

Invented figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting, ppm_package

from workbench.languages import detect
from workbench.models import Verdict


@pytest.fixture(scope="module")
def growth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("gas"), {
        "co2-gr-gl": ("Year", "year", "Annual Increase", [(2017, 1.9), (2018, 2.2), (2019, 2.5)]),
        "co2-annmean-gl": ("Year", "year", "Mean", [(2017, 405.0), (2018, 407.2), (2019, 409.7)]),
    })


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # thousand tonnes of carbon: × 3.664 → 2010: 68.2 Mt CO2, 1995: 39.9 Mt CO2
    return carbon_package(tmp_path_factory.mktemp("carbon") / "carbon",
                          {("ISRAEL", 1995): 10900.0, ("ISRAEL", 2010): 18600.0})


@pytest.mark.parametrize(("text", "figure"), [
    ("Carbon dioxide reached 409.7 ppm in 2019, up 2.5 ppm from the year 2018.", "2.5 ppm"),
    ("Carbon dioxide reached 409.7 ppm in 2019, up 2.5 ppm from year 2018.", "2.5 ppm"),
    ("รายงานของ World Meteorological Organization ระบุว่า ในปี 2019 ก๊าซคาร์บอนไดออกไซด์ในชั้นบรรยากาศสูงถึง 409.7 ppm "
     "(Parts Per Million) โดยเพิ่มขึ้น 2.5 ppm จากปี 2018", "2.5 ppm"),
    ("2019년 이산화탄소 농도는 409.7ppm으로, 2018년에 비해 2.5ppm이 증가했다.", "2.5ppm"),
])
def test_a_change_from_a_base_year_is_of_the_later_year(growth: Path, text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, [growth], date="2020-03-01"), figure)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.claim.period == "2019"


def test_a_thai_sentence_quoting_english_names_is_thai() -> None:
    assert detect("รายงานของ World Meteorological Organization ระบุว่า ในปี 2019 ก๊าซคาร์บอนไดออกไซด์ในชั้นบรรยากาศสูงถึง "
                  "409.7 ppm (Parts Per Million)") == "th"


def test_hebrew_about_and_millions_of_tonnes(carbon: Path) -> None:
    results = claim_results("בשנת 2010 נפלטו בישראל כ-70 מיליוני טונות של פחמן דו-חמצני.", [carbon], date="2012-01-01")
    result = claim_starting({text.lstrip("כ-"): r for text, r in results.items()}, "70")
    assert result.claim.value == 70_000_000 and result.claim.unit == "t"
    assert result.claim.qualifier.value == "approx"
    assert result.verdict is Verdict.supported, result.explanation  # 68.2 Mt lies within about 70


@pytest.mark.parametrize(("compared", "verdict"), [("40 million", Verdict.supported), ("45 million", Verdict.contradicted)])
def test_an_amount_compared_in_brackets_takes_the_measures_unit(carbon: Path, compared: str, verdict: Verdict) -> None:
    text = ("Israel emitted in 2010:\n\n"
            f"about 70 million tonnes of carbon dioxide, a large amount for a small country (compared to {compared} "
            "in the year 1995).")
    results = claim_results(text, [carbon], date="2012-01-01")
    first, second = claim_starting(results, "70 million"), claim_starting(results, compared)
    assert first.claim.period == "2010" or first.verdict is Verdict.supported, first.explanation
    assert first.verdict is Verdict.supported, first.explanation
    assert second.claim.unit == "t" and second.claim.period == "1995"
    assert second.verdict is verdict, second.explanation


@pytest.fixture(scope="module")
def greek_carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # thousand tonnes of carbon: Greece 2017 → 2018 a fall of 5.0 %
    return carbon_package(tmp_path_factory.mktemp("greek") / "carbon", {("GREECE", 2017): 20000.0, ("GREECE", 2018): 19000.0})


@pytest.mark.parametrize(("url", "greece"), [
    ("https://news.example.gr/emissions", True),  # a Greek page under Greece's domain: our country is Greece
    ("https://news.example.com/emissions", False),  # a generic domain: 'our country' names no place
])
def test_our_country_is_the_country_of_the_pages_domain(greek_carbon: Path, url: str, greece: bool) -> None:
    text = "Η μείωση των εκπομπών διοξειδίου του άνθρακα στη χώρα μας ήταν 5% το 2018."
    result = claim_starting(claim_results(text, [greek_carbon], date="2019-05-01", url=url), "5%")
    assert (result.verdict is Verdict.supported) is greece, result.explanation
    assert any(e.dimensions.get("Country") == "GREECE" for e in result.evidence) is greece


def test_the_greek_abbreviation_of_the_eu_names_the_eu(greek_carbon: Path) -> None:
    text = "Οι εκπομπές διοξειδίου του άνθρακα στην ΕΕ μειώθηκαν κατά 2,5% το 2018."
    result = claim_starting(claim_results(text, [greek_carbon], date="2019-05-01", url="https://news.example.gr/a"), "2,5%")
    assert result.verdict is Verdict.unsupported, result.explanation  # the package holds no row of the EU


def test_hebrew_all_greenhouse_gases_are_another_measure(carbon: Path) -> None:
    # fossil CO2 of Israel rose 70.6 % over 1995–2010 here; all greenhouse gases are a measure the package does not hold
    results = claim_results("פליטת כלל גזי החממה בישראל גדלה ב-70% בשנים 1995 עד 2010.", [carbon], date="2012-01-01")
    result = claim_starting(results, "70%")
    assert result.verdict is Verdict.unsupported, result.explanation


def test_korean_the_whole_world_is_the_world(carbon: Path) -> None:
    # 'the CO2 emitted in the whole world in 2010': a world total, a row the package does not hold
    results = claim_results("2010년 전 세계에서 배출된 이산화탄소량은 330억t이다.", [carbon], date="2012-01-01")
    result = claim_starting(results, "330억t")
    assert result.verdict is Verdict.unsupported, result.explanation
    assert "World" in result.explanation


def test_korean_each_glued_to_a_figure_keeps_the_figure(growth: Path) -> None:
    # '2019년에는 2.5ppm씩 증가했다': '씩' (each, apiece) glued after the unit is no part of it
    results = claim_results("2019년에는 이산화탄소 농도가 2.5ppm씩 증가했다.", [growth], date="2020-03-01")
    result = claim_starting(results, "2.5ppm")
    assert result.claim.unit == "ppm" and result.claim.value == 2.5
