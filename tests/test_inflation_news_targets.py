"""A central bank's target beside the outturn ('above the central bank's 4 % target', 'la meta de
3 %'): the target is a goal someone set, not a figure of the consumer-price series, so no row confirms
or refutes it — unsupported, never contradicted — while the outturn beside it is judged as usual.

Packages are publisher-shaped (World Bank layout, no ``workbench`` block), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Peru", 2022): 7.9, ("Peru", 2023): 6.5, ("Chile", 2022): 11.6, ("Chile", 2023): 7.6,
        ("Uruguay", 2018): 4.0, ("Uruguay", 2023): 5.9}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


def test_a_target_beside_the_outturn_is_not_judged_by_the_outturn(cpi: Path) -> None:
    found = claim_results("Peru's inflation averaged 6.5% in 2023, well above the central bank's 2% target.",
                          [cpi], "2024-01-20")
    assert found["6.5%"].verdict is Verdict.supported
    assert found["2%"].verdict is Verdict.unsupported
    assert found["2%"].reason == "policy_target"


def test_a_target_that_matches_an_older_year_is_no_stale_figure(cpi: Path) -> None:
    found = claim_results("The central bank's target of 4% was missed again as Uruguay's inflation reached "
                          "5.9% in 2023.", [cpi], "2024-01-20")
    assert found["4%"].verdict is Verdict.unsupported
    assert found["5.9%"].verdict is Verdict.supported


def test_a_spanish_target_glossed_is_a_target(cpi: Path) -> None:
    found = claim_results("La inflación de Chile promedió 7,6% en 2023, por encima de la meta de 3% del Banco "
                          "Central.", [cpi], "2024-01-20")
    assert found["7,6%"].verdict is Verdict.supported
    assert found["3%"].verdict is Verdict.unsupported


@pytest.mark.parametrize("sentence", [
    "Peru's inflation was 6.5% in 2023 against a target of 2%.",
    "Peru missed its target as inflation averaged 6.5% in 2023.",
    "Peru's inflation was 6.5% above target in 2023.",
])
def test_an_outturn_beside_a_target_is_still_the_outturn(cpi: Path, sentence: str) -> None:
    assert claim_results(sentence, [cpi], "2024-01-20")["6.5%"].verdict is Verdict.supported


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Chile's government has a medium-term target of keeping inflation at around 4% a year.", "4%"),
    ("Peru's central bank restated its goal of bringing consumer prices down to 2%, its governor said.", "2%"),
])
def test_a_target_named_by_its_aim_is_a_target(cpi: Path, sentence: str, claim: str) -> None:
    # 4 % and 2 % disagree with every recent row: judged, they would be contradicted
    result = claim_results(sentence, [cpi], "2024-01-20")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "policy_target"


def test_a_figure_after_an_aim_that_is_no_target_is_still_judged(cpi: Path) -> None:
    found = claim_results("After years of fighting inflation at around 8%, Peru's prices rose 6.5% in 2023.",
                          [cpi], "2024-01-20")
    assert found["6.5%"].verdict is Verdict.supported


def test_an_official_target_after_a_cumulative_rate_is_unsupported_not_for_review(cpi: Path) -> None:
    # the outturn's year-end wording sends the row's period to review; the target is no reading of any row
    found = claim_results("Los precios en Chile cerraron 2023 con una inflación anual de 7,5 %, lejos de la meta "
                          "de 3 % que persigue el Banco Central.", [cpi], "2024-01-20")
    assert found["3 %"].verdict is Verdict.unsupported, found["3 %"].explanation
    assert found["3 %"].reason == "policy_target"


@pytest.mark.parametrize("sentence", [
    "Peru's inflation stayed above the 3-percent ceiling at 6.5 percent in 2023.",
    "In 2023 Peru's consumer prices ran over the central bank's 2 % inflation target at 6.5 %.",
])
def test_a_target_noun_with_its_own_figure_does_not_name_the_figure_after_it(cpi: Path, sentence: str) -> None:
    # 'the 3-percent ceiling at 6.5 percent': the noun's figure is 3 %; 6.5 % is the level set beside it
    found = claim_results(sentence, [cpi], "2024-01-20")
    assert found["6.5 percent" if "percent" in sentence else "6.5 %"].verdict is Verdict.supported
    own = next(result for text, result in found.items() if text.startswith(("3-percent", "2 %")))
    assert own.verdict is Verdict.unsupported and own.reason == "policy_target"


def test_a_year_before_a_target_noun_leaves_the_target_its_figure(cpi: Path) -> None:
    found = claim_results("Chile's 2023 target of 3% was far below its inflation of 7.6% that year.", [cpi], "2024-01-20")
    assert found["3%"].verdict is Verdict.unsupported and found["3%"].reason == "policy_target"


@pytest.mark.parametrize(("sentence", "outturn", "target"), [
    ("L'inflazione del Perù è stata del 6,5% nel 2023, oltre il tetto del 3% fissato dalla banca centrale.",
     "6,5%", "3%"),
    ("Die Inflation in Chile lag 2023 bei 7,6% und damit weit über dem Zielwert von 3%.", "7,6%", "3%"),
    ("L'inflation au Chili a atteint 7,6 % en 2023, bien au-dessus du plafond de 3 % de la banque centrale.",
     "7,6 %", "3 %"),
    ("La inflación de Uruguay fue de 5,9% en 2023, por encima del techo de 6% fijado por el banco central.",
     "5,9%", "6%"),
])
def test_a_ceiling_or_target_value_in_another_language_is_a_target(cpi: Path, sentence: str, outturn: str,
                                                                   target: str) -> None:
    found = claim_results(sentence, [cpi], "2024-01-20")
    assert found[outturn].verdict is Verdict.supported
    assert found[target].verdict is Verdict.unsupported
    assert found[target].reason == "policy_target"


@pytest.mark.parametrize("text", [
    "Chile's inflation averaged 7.6% in 2023, far above the target for 2023 of 6.5%.",
    "A inflação do Chile fechou 2023 em 7,6%, bem acima da meta de 2023, de 6,5%.",
])
def test_a_target_dated_by_its_year_is_still_a_target(cpi: Path, text: str) -> None:
    found = claim_results(text, [cpi], "2024-02-20")
    target = next(claim for claim in found if claim.startswith("6"))
    assert found[target].verdict is Verdict.unsupported, found[target].explanation


@pytest.mark.parametrize(("sentence", "line"), [
    ("Chile's inflation stayed below the 3% bar in most years, reaching 7.6% only in 2023.", "3%"),
    ("Peru's inflation averaged 6.5% in 2023, outside the central bank's band (1-3 percent) for a second year.",
     "1-3 percent"),
])
def test_a_bar_or_band_an_outturn_is_measured_against_is_a_target(cpi: Path, sentence: str, line: str) -> None:
    found = claim_results(sentence, [cpi], "2024-01-20")
    assert found[line].verdict is Verdict.unsupported
    assert found[line].reason == "policy_target"


def test_a_rise_in_bar_prices_names_no_bar(cpi: Path) -> None:
    found = claim_results("Peru's inflation averaged 6.5% in 2023 as a 9% rise in bar prices led the basket.",
                          [cpi], "2024-01-20")
    assert found["9%"].reason != "policy_target"


@pytest.mark.parametrize(("sentence", "target"), [
    ("Peru's inflation stayed above 2%, the central bank's target, for most of 2023.", "2%"),
    ("De inflatie in Peru bleef boven 2 procent, het streefcijfer van de centrale bank.", "2 procent"),
    ("Peru's prices rose 6.5% in 2023, outside the central bank's target range for inflation of between 1% and 3%.",
     "between 1% and 3%"),
])
def test_a_target_named_after_its_figure_or_set_for_a_measure_is_a_target(cpi: Path, sentence: str,
                                                                          target: str) -> None:
    found = claim_results(sentence, [cpi], "2024-01-20")
    assert found[target].verdict is Verdict.unsupported, found[target].explanation
    assert found[target].reason == "policy_target"


def test_a_figure_followed_by_a_clause_about_the_target_is_still_the_outturn(cpi: Path) -> None:
    found = claim_results("Peru's inflation averaged 6.5% in 2023, the target being far lower.", [cpi], "2024-01-20")
    assert found["6.5%"].verdict is Verdict.supported


TARGET_ROWS = {("China", 2030): 0.4, ("South Korea", 2030): 2.4, ("Turkiye", 2030): 9.5}


@pytest.mark.parametrize(("text", "outturn", "target"), [
    # the figure before its noun, joined by an approximation and a possessive ('3% or so of annual expected target')
    ("2030年中国居民消费价格上涨0.4%,各月涨幅均低于3%左右的年度预期目标。", "0.4%", "3%"),
    ("한국은행은 2030년 한국의 소비자물가 상승률이 2.4%로 2% 안팎의 물가안정 목표를 웃돌았다고 밝혔다.", "2.4%", "2%"),
    ("Türkiye'de yıllık enflasyon 2030 yılında yüzde 9,5 oldu; Merkez Bankası yüzde 5 hedefini korudu.",
     "yüzde 9,5", "yüzde 5"),
])
def test_a_target_in_a_language_that_names_it_after_its_figure_is_not_judged(tmp_path: Path, text: str,
                                                                             outturn: str, target: str) -> None:
    found = claim_results(text, [cpi_package(tmp_path / "cpi", TARGET_ROWS)], "2031-01-15")
    assert found[outturn].verdict is Verdict.supported, found[outturn].explanation
    assert found[target].verdict is Verdict.unsupported and found[target].reason == "policy_target", \
        found[target].explanation



@pytest.mark.parametrize("sentence", [
    "Chile's inflation rate climbed to 11.6% in 2022, while in 2023, it stood at the threshold of 7.6%.",
    "Le taux d'inflation au Chili est passé à 11,6% en 2022, alors qu'en 2023, il se situait au seuil de 7,6%.",
])
def test_a_threshold_the_rate_stood_at_is_the_outturn(cpi: Path, sentence: str) -> None:
    # 'se situer au seuil de': the level the rate stood at, of the year its own clause names
    found = claim_results(sentence, [cpi], "2024-02-10")
    outturn = next(c for c in found if c.startswith("7"))
    assert found[outturn].verdict is Verdict.supported
    assert found[outturn].evidence[0].period == "2023"


def test_a_threshold_the_rate_stayed_below_is_still_a_line(cpi: Path) -> None:
    found = claim_results("Peru's inflation averaged 6.5% in 2023 and stayed below the threshold of 8%.",
                          [cpi], "2024-01-20")
    assert found["8%"].verdict is Verdict.unsupported
