"""Carbon dioxide news in Arabic, Portuguese, Vietnamese and Indonesian read through the gloss: Arabic's tonnes per
citizen ('تسبب المواطن المصري في انبعاث 1.2 طن من الكربون', each Egyptian caused the emission of 1.2 tonnes of carbon)
is a figure per head, its tonnes written with tanwin ('طنًا', 'طناً') and its dioxide spelt 'أوكسيد' as well as
'أكسيد'; Portuguese's 'gás carbônico' and 'emissão' name the gas and the measure; a figure written against its unit
('450ppm') is no unread word. Sentences written here; the packages hold invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, ppm_package

from workbench.languages import unknown_words
from workbench.models import Verdict


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("carbon") / "co2"
    totals = {("EGYPT", 2030): 70_000.0, ("MOROCCO", 2030): 20_000.0, ("BRAZIL", 2030): 130_000.0}
    per_capita = {("EGYPT", 2030): 1.2, ("MOROCCO", 2030): 0.55, ("BRAZIL", 2030): 0.6}
    return [carbon_package(folder, totals, per_capita)]


@pytest.mark.parametrize(("claim", "verdict"), [("1.2 طن", Verdict.supported), ("0.55", Verdict.supported)])
def test_arabic_tonnes_per_citizen_are_a_figure_per_head(carbon: list[Path], claim: str, verdict: Verdict) -> None:
    text = ("وفى عام 2030، تسبب المواطن المصري فى انبعاث 1.2 طن من الكربون خلال العام مقابل 0.55 بالنسبة "
            "للمواطن المغربي.")
    result = claim_results(text, carbon, "2031-05-01")[claim]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].metric.startswith("Per Capita"), result.evidence[0].metric


def test_a_wrong_arabic_figure_per_citizen_is_contradicted(carbon: list[Path]) -> None:
    text = "وفى عام 2030، تسبب المواطن المصري فى انبعاث 2.5 طن من الكربون خلال العام."
    result = claim_results(text, carbon, "2031-05-01")["2.5 طن"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_portuguese_tonnes_of_gas_carbonico_per_brazilian(carbon: list[Path]) -> None:
    # 0.6 t of carbon a head is 2.2 t of CO2: '10 toneladas' is wrong
    text = "Em 2030, cada brasileiro foi responsável pela emissão de 10 toneladas de gás carbônico (CO2), em média."
    result = claim_results(text, carbon, "2031-05-01")["10 toneladas"]
    assert result.verdict is Verdict.contradicted, result.explanation


@pytest.mark.parametrize(("code", "text"), [
    ("ar", "وأنتجت مصر 250 مليون طناً مترياً من ثاني أوكسيد الكربون، وينتج المواطن 2.4 طنًا من أكسيد الكربون."),
    ("pt", "Em termos absolutos, o mundo emitia 30 bilhões de toneladas de gás carbônico de origem fóssil."),
    ("vi", "Dự báo nồng độ khí CO2 trong khí quyển sẽ đạt 450ppm, mức chưa bao giờ vượt quá trước đây."),
    ("id", "Pada periode itu konsentrasinya berada di 420 ppm, paling tinggi yang pernah tercatat."),
])
def test_the_words_of_co2_news_are_read(code: str, text: str) -> None:
    assert unknown_words(text, code) == []


def test_portuguese_entre_a_is_a_span_of_years_not_its_last_year(carbon: list[Path]) -> None:
    """'Entre 2026 a 2030' (between 2026 and 2030) is the span, whose total no row of 2030 judges: the figure is
    the span's, so 2030's row is no evidence against it."""
    text = "Entre 2026 a 2030, o Brasil emitiu 2 bilhões de toneladas de CO2 fóssil."
    result = claim_results(text, carbon, "2031-05-01")["2 bilhões de toneladas"]
    assert result.claim.period == "2026/2030", result.claim.period
    assert result.verdict is not Verdict.contradicted, result.explanation


@pytest.fixture(scope="module")
def global_means(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [ppm_package(tmp_path_factory.mktemp("gl") / "gas",
                        {"co2-annmean-gl": ("Year", "integer", "Mean", [(2029, 428.9), (2030, 431.2), (2031, 433.6)])})]


@pytest.mark.parametrize(("figure", "verdict"), [("2,4", Verdict.supported), ("3,9", Verdict.contradicted)])
def test_an_indonesian_rise_between_two_years(global_means: list[Path], figure: str, verdict: Verdict) -> None:
    """'Dari tahun 2030 hingga 2031 … meningkat sebesar 2,4 bagian per juta': from 2030 to 2031 the mean rose by
    2.4 ppm (433.6 − 431.2), a change between the two years' rows."""
    text = f"Dari tahun 2030 hingga 2031, konsentrasi rata-rata global CO2 meningkat sebesar {figure} bagian per juta."
    result = claim_results(text, global_means, "2032-03-01")[f"{figure} bagian per juta"]
    assert result.verdict is verdict, result.explanation
