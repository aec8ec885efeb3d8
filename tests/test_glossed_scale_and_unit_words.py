"""Scale, unit and measure words of other languages' copy that the glossaries now read: a figure written
in parts keeps its last group of digits ('3 milyon 120 bin 415', '650 mil 118'), Indonesian 'metrik ton',
Polish GUS's name of the consumer price index ('wskaźnik cen towarów i usług konsumpcyjnych') before
'proc.', and Arabic 'إجمالي ناتج محلي' (GDP in the order that puts 'total' first). Sentences written here;
packages with invented figures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting, cpi_package, population_and_gdp
from test_extract_languages import _extracted as _figures

from workbench.models import Verdict


@pytest.mark.parametrize(("text", "claim", "value"), [
    ("Şehrin nüfusu 2023 yılı sonunda 3 milyon 120 bin 415 kişi oldu.", "3 milyon 120 bin 415", 3_120_415),
    ("El municipio más poblado tiene 1 millón 304 mil 27 habitantes, según el conteo.", "1 millón 304 mil 27",
     1_304_027),
    ("La capital del estado tiene 650 mil 118 habitantes, según el conteo.", "650 mil 118", 650_118),
])
def test_a_figure_written_in_parts_keeps_its_last_group(tmp_path: Path, text: str, claim: str, value: int) -> None:
    figures = {surface: read for surface, read, _ in _figures(tmp_path, text)}
    read = claim_starting(figures, claim)
    assert read == pytest.approx(value), figures


def test_an_english_thousand_before_a_percentage_stays_apart(tmp_path: Path) -> None:
    # a figure after 'thousand' that is a percentage is a figure of its own
    figures = _figures(tmp_path, "Sales reached 40 thousand 12% more than a year before.")
    assert {round(v) for _, v, _ in figures} >= {40_000, 12}


def _carbon(folder: Path) -> Path:
    # 0.09 t of carbon a person is 0.33 t of CO2
    return carbon_package(folder, {("KENYA", 2021): 5_100.0}, {("KENYA", 2021): 0.09})


def _polish_cpi(folder: Path) -> Path:
    return cpi_package(folder, {("Poland", 2022): 14.4, ("Poland", 2023): 11.5})


@pytest.mark.parametrize(("package", "text", "claim", "wrong", "date"), [
    (_carbon, "Emisi karbon dioksida (CO2) Kenya pada 2021 tercatat 0,33 metrik ton per kapita.",
     "0,33 metrik ton", "1,45 metrik ton", "2022-06-01"),
    # the sentence's full stop is no part of the abbreviation's figure
    (_polish_cpi, "Według GUS średnioroczny wskaźnik cen towarów i usług konsumpcyjnych w Polsce w 2023 r. wyniósł "
     "11,5 proc.", "11,5 proc", "9,8 proc", "2024-02-01"),
])
def test_a_measure_named_in_its_own_language_is_judged_by_its_row(tmp_path: Path, package: Callable[[Path], Path],
                                                                   text: str, claim: str, wrong: str, date: str) -> None:
    data = package(tmp_path / "data")
    result = claim_results(text, [data], date)[claim]
    assert result.verdict is Verdict.supported, result.explanation
    other = claim_results(text.replace(claim, wrong), [data], date)[wrong]
    assert other.verdict is Verdict.contradicted, other.explanation


def test_arabic_gdp_with_total_first(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Egypt", 2021): 109_000_000}, {("Egypt", 2021): 4.2e11})
    text = "سجلت مصر في عام 2021 إجمالي ناتج محلي قدره 420 مليار دولار."
    [(claim, result)] = [(k, r) for k, r in claim_results(text, packages, "2022-06-01").items() if "420" in k]
    assert result.verdict is Verdict.supported, (claim, result.explanation)


@pytest.mark.parametrize(("text", "claim", "value"), [
    ("Po podatkih statističnega urada je imela država ob koncu leta 2 milijona 116 tisoč 792 prebivalcev.",
     "2 milijona", 2_116_792),
    ("Statistikaameti andmetel oli rahvaarv aasta alguses 1 miljon 365 tuhat 884 inimest.", "1 miljon", 1_365_884),
    ("Volgens het ministerie bedroeg de staatsschuld van het land vorig jaar 1,2 biljoen euro.", "1,2 biljoen", 1.2e12),
    ("Statistika Komitəsinin məlumatına görə, ölkənin əhalisi ilin sonunda 10 milyon 150 min 300 nəfər olub.",
     "10 milyon", 10_150_300),
])
def test_thousand_and_trillion_words_of_every_language_scale_a_figure(tmp_path: Path, text: str, claim: str,
                                                                     value: float) -> None:
    figures = {surface: read for surface, read, _ in _figures(tmp_path, text)}
    read = claim_starting(figures, claim)
    assert read == pytest.approx(value), figures


INDEX_YEARS = {("Chile", 2020): 3.0, ("Chile", 2022): 11.6, ("South Korea", 2020): 0.5, ("South Korea", 2022): 5.1}


@pytest.mark.parametrize(("text", "claim"), [
    ("This year Chile's consumer price index stood at 131.2 (2020=100), up 11.6% on the year before.", "11.6%"),
    # Korean 'this year', then the index and its base, then 'than last year': the change is this year's
    ("통계청에 따르면 올해 한국의 소비자물가지수는 107.7(2020년=100)로 지난해보다 5.1% 상승했다.", "5.1%"),
])
def test_an_index_base_year_dates_no_other_figure(tmp_path: Path, text: str, claim: str) -> None:
    package = cpi_package(tmp_path / "cpi", INDEX_YEARS)
    result = claim_results(text, [package], "2022-12-30")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"


def test_a_turkish_population_in_parts_of_a_country_the_data_lacks_is_unsupported(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Kazakhstan", 2023): 19_700_000}, {("Kazakhstan", 2023): 2.6e11})
    text = "Son verilerle birlikte, 1 Ocak itibarıyla Türkiye'nin nüfusu 84 milyon 680 bin 273 kişiye çıktı."
    [result] = [r for k, r in claim_results(text, packages, "2024-03-01").items() if k.startswith("84 milyon")]
    assert result.claim.text.startswith("84 milyon 680 bin 273"), result.claim.text
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason != "unknown_language_words"
