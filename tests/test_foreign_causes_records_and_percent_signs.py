"""Readings that turned a right figure into an alarm: a war's country glossed in another language taken for
the figure's place; a station's record of a year judged against the year's mean; the small and full-width
percent signs of Chinese and Japanese copy read as no unit; a currency's move in a sentence naming several
currencies. Invented packages, own sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp, ppm_package, rates_package

from workbench.cli import main
from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi",
                       {("Netherlands", 2030): 6.4, ("Ukraine", 2030): 18.2,
                        ("Germany", 2030): 5.1, ("Russian Federation", 2030): 9.7})


@pytest.mark.parametrize(("text", "claim"), [
    ("Door de oorlog in Oekraïne steeg de inflatie in 2030 tot gemiddeld 6,4 procent.", "6,4 procent"),
    ("Wegen des Krieges in der Ukraine stieg die Inflation 2030 auf durchschnittlich 6,4 Prozent.", "6,4 Prozent"),
])
def test_a_war_in_another_country_is_a_cause_not_the_figures_place(cpi: Path, text: str, claim: str) -> None:
    # the page's heading names the country the figure is of; the war's country is what pushed prices up
    heading = "# Inflatie in Nederland\n\n" if "procent" in claim else "# Inflation in den Niederlanden\n\n"
    result = claim_results(heading + text, [cpi], "2031-02-01")[claim]
    assert result.verdict is not Verdict.contradicted, result.explanation
    assert not result.evidence or result.evidence[0].dimensions.get("Country") != "Ukraine", result.explanation


@pytest.fixture(scope="module")
def ppm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    months = [(f"2030-{m:02d}", v) for m, v in enumerate(
        [431.0, 431.8, 432.6, 433.9, 434.7, 434.1, 432.5, 430.4, 428.9, 429.0, 430.3, 431.2], start=1)]
    months += [("2031-04", 436.2), ("2031-05", 437.1)]
    return ppm_package(tmp_path_factory.mktemp("ppm") / "gas", {
        "co2-mm-mlo": ("Date", "date", "Average", months),
        "co2-annmean-mlo": ("Year", "year", "Mean", [(2029, 429.4), (2030, 431.7)])})


def test_last_years_record_is_its_highest_month_not_its_mean(ppm: Path) -> None:
    text = ("Carbon dioxide at the Mauna Loa observatory reached 437.1 ppm in May, above the record of "
            "434.7 ppm set last year.")
    result = claim_results(text, [ppm], "2031-06-08")["434.7 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030-05"


def test_a_record_the_highest_month_does_not_match_is_still_judged_by_the_mean(ppm: Path) -> None:
    text = ("Carbon dioxide at the Mauna Loa observatory reached 437.1 ppm in May, above the record of "
            "439.9 ppm set last year.")
    result = claim_results(text, [ppm], "2031-06-08")["439.9 ppm"]
    assert result.verdict is not Verdict.supported, result.explanation


def test_greek_names_the_station_and_a_bare_month_dates_the_figure(ppm: Path) -> None:
    text = ("Το διοξείδιο του άνθρακα στο παρατηρητήριο της Μάουνα Λόα στη Χαβάη έφτασε τα 437,1 ppm "
            "τον Μάιο.")
    result = claim_results(text, [ppm], "2031-06-08")["437,1 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031-05"


@pytest.mark.parametrize("sign", ["﹪", "％"])
def test_small_and_full_width_percent_signs_are_percent(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        sign: str) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"---\ndate: 2031-01-05\n---\n\nThe rupee lost 4.25{sign} against the dollar last year.\n",
                     encoding="utf-8")
    assert main(["extract", str(draft), "--format", "json"]) == 0
    [claim] = json.loads(capsys.readouterr().out)["claims"]
    assert claim["unit"] == "%"
    assert claim["text"] == f"4.25{sign}"


def test_a_move_in_a_sentence_of_several_currencies_is_its_own_clauses(tmp_path: Path) -> None:
    rates = rates_package(tmp_path, {("India", 2029): 82.0, ("India", 2030): 86.9,
                                     ("Japan", 2029): 150.0, ("Japan", 2030): 140.0})
    text = ("In 2030 the rupee's exchange rate against the US dollar depreciated 5.9%, "
            "but against the Japanese yen and the euro it appreciated 9.4% and 8.8%.")
    result = claim_results(text, [rates], "2031-06-05")["5.9%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "rate_move", result.explanation


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    # the clause of the verb and figure alone is of the sentence's subject: a component the data lacks
    ("Higher mortgage interest costs pushed up Chile's inflation in 2022, climbing 14.2%.", "14.2%",
     Verdict.unsupported),
    # the headline said as the figure's own subject keeps its series
    ("Chile's inflation climbed to 11.6% in 2022 as mortgage interest costs rose.", "11.6%", Verdict.supported),
])
def test_a_participles_figure_is_of_the_clause_before_its_subject(tmp_path: Path, text: str, claim: str,
                                                                  verdict: Verdict) -> None:
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], "2023-03-01")[claim]
    assert result.verdict is verdict, result.explanation


@pytest.mark.parametrize(("text", "claim"), [
    # a component's figure in brackets right after its name, whatever headline the clause names before
    ("The rise in Chile's consumer price index in 2022 came mostly from price increases in the group of food "
     "and non alcoholic beverages (19.4 %).", "19.4 %"),
    # Polish food prices, glossed as such, beside the headline's own figure
    ("W Chile w 2022 roku ceny wzrosły ogółem o 11,6%, a ceny żywności wzrosły o 19,4%.", "19,4%"),
])
def test_a_components_own_figure_is_not_judged_by_the_headline(tmp_path: Path, text: str, claim: str) -> None:
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], "2023-03-01")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_chinese_about_before_a_per_head_figure_and_a_world_ranking(tmp_path: Path) -> None:
    # 15,800 US$ a head: inside 'about' 15,200, outside the exact reading; the world is only where it ranks
    packages = population_and_gdp(tmp_path, {("Chile", 2030): 20_000_000.0}, {("Chile", 2030): 316e9})
    text = "数据显示,2030年智利名义GDP约为3160亿美元,全球排名第四十;人均GDP约为1.52万美元。"
    result = claim_results(text, packages, "2031-06-01")["1.52万美元"]
    assert result.verdict is Verdict.supported, result.explanation
