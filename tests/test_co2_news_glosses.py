"""Carbon dioxide news in Portuguese, German, Italian, Russian and Indonesian read through the gloss:
the words for parts per million ('partes por milhão', 'Teilen pro Million', 'parti per milione'), for
a rise 'by' a percent ('выросли на 4,9%') and Indonesian's numbers and nouns ('juta ton', 'emisi
karbon dioksida') name the measure, so the figure is judged by its row instead of left unread.

Packages are publisher-shaped with invented figures: a station's and the globe's CO2 means, and a
country's emissions in thousand tonnes."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package, publisher_package

from workbench.models import Qualifier, Verdict


@pytest.fixture()
def ppm(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2030, 431.2), (2031, 433.6)]),
        "co2-mm-mlo": ("Date", "date", "Average", [("2031-04", 438.9), ("2031-05", 440.5)])})


@pytest.fixture()
def emissions(tmp_path: Path) -> Path:
    rows = {("Chile", 2020): 80_000, ("Chile", 2021): 83_920, ("Kenya", 2020): 18_400, ("Kenya", 2021): 21_500}
    return publisher_package(tmp_path / "co2", "co2", "CO2 emissions (kt)", "CO2 emissions (kt)", rows,
                             description="Carbon dioxide emissions from burning fossil fuels, thousand tonnes")


@pytest.mark.parametrize(("text", "claim"), [
    ("O dióxido de carbono alcançou uma média de 431,2 partes por milhão em 2030, segundo a agência.",
     "431,2 partes por milhão"),
    ("Im Jahr 2030 lag die Konzentration von Kohlendioxid bei 431,2 Teilen pro Million.", "431,2 Teilen pro Million"),
])
def test_parts_per_million_in_other_languages_name_the_gas(ppm: Path, text: str, claim: str) -> None:
    result = claim_results(text, [ppm], "2031-06-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-annmean-gl"


def test_an_italian_may_peak_at_the_station(ppm: Path) -> None:
    text = ("I livelli di anidride carbonica hanno raggiunto un picco di 440,5 parti per milione al Mauna Loa "
            "Observatory a maggio 2031.")
    result = claim_results(text, [ppm], "2031-06-10")["440,5 parti per milione"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].resource, result.evidence[0].period) == ("co2-mm-mlo", "2031-05")


def test_a_russian_rise_by_a_percent_is_a_change(emissions: Path) -> None:
    # 83,920 / 80,000 − 1 = 4.9 %
    text = "В Чили выбросы диоксида углерода выросли на 4,9% по сравнению с 2020 годом."
    result = claim_results(text, [emissions], "2022-06-01")["4,9%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert [c.period for c in result.evidence[0].cells] == ["2020", "2021"]


def test_indonesian_emissions_in_million_tonnes(emissions: Path) -> None:
    text = "Emisi karbon dioksida Kenya mencapai 21,5 juta ton pada tahun 2021, naik dari tahun sebelumnya."
    result = claim_results(text, [emissions], "2022-06-01")["21,5 juta ton"]
    assert result.verdict is Verdict.supported, result.explanation
    wrong = claim_results(text.replace("21,5", "25,5"), [emissions], "2022-06-01")["25,5 juta ton"]
    assert wrong.verdict is not Verdict.supported, wrong.explanation


def test_a_comma_before_three_digits_and_a_scale_word_is_a_decimal_comma(emissions: Path) -> None:
    # Russian groups thousands with spaces, never commas: '83,920 миллиона' is 83.92 million
    text = "В 2021 году выбросы диоксида углерода в Чили составили 83,920 миллиона тонн."
    result = claim_results(text, [emissions], "2022-06-01")["83,920 миллиона тонн"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("unit", ["particles per million", "part per million", "parts-per-million"])
def test_parts_per_million_said_in_other_words_is_ppm(ppm: Path, unit: str) -> None:
    # copy misnames the unit ('particles') or writes it singular or hyphenated: still the ppm series,
    # judged by its row rather than matched to nothing
    text = f"Carbon dioxide in the atmosphere averaged 431.2 {unit} in 2030."
    result = claim_results(text, [ppm], "2031-06-01")[f"431.2 {unit}"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-annmean-gl"


def test_a_years_average_in_german_is_the_annual_mean_not_a_month(tmp_path: Path) -> None:
    """'im Schnitt eines Jahres' (on a year's average) names the annual series: a draft of the next August is
    judged by the year's mean, not by the latest month that happens to agree."""
    gas = ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2030, 431.2), (2031, 433.6)]),
        "co2-mm-gl": ("Date", "date", "Average", [("2032-07", 433.7), ("2032-08", 433.5)])})
    text = ("Im weltweiten Mittel lag die CO2-Konzentration bei 433,6 ppm und damit erstmals im Schnitt eines "
            "Jahres über der Marke von 433 ppm.")
    result = claim_results(text, [gas], "2032-08-20")["433,6 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].resource, result.evidence[0].period) == ("co2-annmean-gl", "2031")


def test_greenhouse_gases_in_co2_equivalent_are_another_series_though_words_go_unread(emissions: Path) -> None:
    """'de CO2e' names greenhouse gases in CO2-equivalent, which no package holds: `unsupported` as another
    series, not sent to a person for the sentence's words the gloss does not know ('pecuária')."""
    text = "No Quênia, a pecuária emitiu 21,5 milhões de toneladas de CO2e em 2021."
    result = claim_results(text, [emissions], "2022-05-01")["21,5 milhões de toneladas"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series"


def test_a_concentration_in_co2_equivalents_is_another_series(ppm: Path) -> None:
    text = "Nach Angaben der Behörde lag 2031 die gesamte Treibhausgas-Konzentration bei 512 ppm CO2-Äquivalenten."
    result = claim_results(text, [ppm], "2032-05-01")["512 ppm"]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_portuguese_reduction_is_the_named_countrys_fall(emissions: Path) -> None:
    # 'com uma redução de 6,5%': a change of Kenya's emissions (18,400 → 21,500 kt is +16.8 %), not a share of the EU's
    text = ("As emissões de dióxido de carbono caíram 2,5% na União Europeia em 2021 e o Quénia, com uma redução de "
            "6,5%, foi o país com pior desempenho.")
    result = claim_results(text, [emissions], "2022-06-01")["6,5%"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].dimensions["Country"] == "Kenya"


def test_spanish_cerca_de_is_about_either_side_of_the_figure(emissions: Path) -> None:
    # 'cerca de' before a figure is 'about' (RAE: 'aproximadamente'), not 'nearly': 83.92 Mt lies 3.6 % above
    # 81, inside the approximate band, where a 'nearly' bound would leave it
    text = "Chile emitió en 2021 cerca de 81 millones de toneladas de dióxido de carbono, según el informe."
    result = claim_results(text, [emissions], "2022-06-01")["81 millones de toneladas"]
    assert result.claim.qualifier is Qualifier.approx, result.claim
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].period, result.evidence[0].value) == ("2021", 83_920_000)
