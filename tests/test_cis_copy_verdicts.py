"""Inflation copy from Central Asia, the Caucasus and Eastern Europe, in Russian and in English: the
year's rate 'by the results of' a year (December on December), the spellings and abbreviations its
countries go by, a forecast given as a range, an annual average dated to the year's end, a month of a
year the series no longer covers, and a language edition's host name.

Packages are publisher-shaped (World Bank layout), figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, population_and_gdp, rates_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import Verdict
from workbench.reference.loader import load_reference

ROWS = {("Kazakhstan", 2021): 8.0, ("Kazakhstan", 2022): 15.0, ("Belarus", 2022): 15.2,
        ("Kyrgyz Republic", 2022): 13.9, ("Azerbaijan", 2021): 6.6, ("Moldova", 2022): 28.7,
        ("Tajikistan", 2015): 5.7, ("Tajikistan", 2016): 6.0, ("Russian Federation", 2022): 13.8,
        ("Serbia", 2022): 12.0}


@pytest.fixture
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


def test_a_rate_by_the_results_of_a_year_is_december_on_december_not_a_contradiction(cpi: Path) -> None:
    # 21 % is 1.4 times the average: past the ratio at which a bare year's rate stays contradicted
    for text in ("Инфляция в Казахстане по итогам 2022 года составила 21%.",
                 "By the results of 2022, inflation in Kazakhstan amounted to 21%."):
        result = claim_results(text, [cpi])["21%"]
        assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period"), text
        assert "'by the results of'" in result.explanation
    # the figure its own words call the annual average is judged by it
    averaged = claim_results("Среднегодовая инфляция в Казахстане по итогам 2022 года составила 15 процентов.", [cpi])
    assert averaged["15 процентов"].verdict is Verdict.supported


def test_a_level_by_the_results_of_a_year_is_the_years_figure(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Kazakhstan", 2022): 19.6e6}, {("Kazakhstan", 2022): 225.5e9})
    result = claim_results("ВВП Казахстана по итогам 2022 года составил 225,5 млрд долларов.", packages)
    assert result["225,5 млрд долларов"].verdict is Verdict.supported
    assert result["225,5 млрд долларов"].evidence[0].period == "2022"


@pytest.mark.parametrize("text, claim", [
    ("Инфляция в Белоруссии в 2022 году составила 15,2%.", "15,2%"),
    ("Годовая инфляция в КР в 2022 году составила 13,9 проц.", "13,9 проц"),
    ("Инфляция в Кыргызстане в 2022 году составила 13,9 процента.", "13,9 процента"),
    ("Уровень инфляции в Молдавии в 2022 году составил 28,7%.", "28,7%"),
])
def test_the_names_cis_copy_gives_its_countries_find_their_rows(cpi: Path, text: str, claim: str) -> None:
    result = claim_results(text, [cpi])[claim]
    assert result.verdict is Verdict.supported, (text, result.explanation)


def test_a_range_a_year_will_be_in_is_a_forecast_in_an_undated_draft(cpi: Path) -> None:
    result = claim_results("Officials say inflation in Moldova in 2022 will be in the range of 27-30%.", [cpi], date=None)
    only = next(iter(result.values()))
    assert (only.verdict, only.reason) == (Verdict.needs_review, "projection")
    # written after the year was over, the same words may quote the outturn, which the range holds
    dated = claim_results("Officials say inflation in Moldova in 2022 will be in the range of 27-30%.", [cpi])
    assert next(iter(dated.values())).verdict is Verdict.supported


def test_an_annual_average_at_the_years_end_is_the_years_average(cpi: Path) -> None:
    for text in ("Annual average inflation in Azerbaijan at the end of December 2021 was 6.6%.",
                 "Annual average inflation in Azerbaijan at the end of 2021 was 6.6%.",
                 "Среднегодовая инфляция в Азербайджане на конец декабря 2021 года составила 6,6 проц."):
        result = next(iter(claim_results(text, [cpi]).values()))
        assert result.verdict is Verdict.supported and result.evidence[0].period == "2021", text
    # without 'average' the year's end is December's 12-month rate
    year_end = claim_results("Inflation in Azerbaijan at the end of 2021 was 6.6%.", [cpi])["6.6%"]
    assert (year_end.verdict, year_end.reason) == (Verdict.needs_review, "different_period")
    # an annual average to another month is the twelve months to it
    october = claim_results("Annual average inflation in Azerbaijan in October 2021 was 6.6%.", [cpi])["6.6%"]
    assert october.verdict is Verdict.needs_review
    # 'average annual' in English copy is as often a month's 12-month rate: December's, for a person
    loose = claim_results("Azerbaijan posted average annual inflation of 8.9% in December 2021.", [cpi])["8.9%"]
    assert loose.verdict is Verdict.needs_review


def test_a_month_of_a_year_past_the_series_has_no_figure(cpi: Path) -> None:
    # the draft is dated: its July 2022 is a year the series stops before, so no row can judge it
    result = claim_results("Inflation in Tajikistan in July 2022 was 4.6%.", [cpi])["4.6%"]
    assert result.verdict is Verdict.unsupported
    # the same holds when the rows end only the year before (verdicts.md: a period outside the data)
    current = claim_results("Inflation in Kazakhstan in July 2023 was 14.6%.", [cpi], date="2023-08-01")["14.6%"]
    assert current.verdict is Verdict.unsupported
    # a month of a year it holds is weighed against that year's average, for a person
    held = claim_results("Inflation in Tajikistan in July 2016 was 4.6%.", [cpi])["4.6%"]
    assert (held.verdict, held.reason) == (Verdict.needs_review, "different_period")
    assert held.evidence[0].period == "2016"


def _with_address(text: str, url: str, packages: list[Path]) -> Verdict:
    draft = parse_draft(f"---\ndate: 2023-03-01\nurl: {url}\n---\n\n{text}\n".encode(), "draft.md")
    config = Config(root=packages[0].parent, reference=packages)
    (result,) = check_draft(draft, load_reference(packages), config).results
    return result.verdict


def test_a_language_editions_host_name_is_not_the_country_of_its_language(cpi: Path) -> None:
    text = "Инфляция в 2022 году составила 13,8%."
    # 'russian.' names the edition's language: the figure's place is unnamed, not Russia's row
    assert _with_address(text, "https://russian.dailynews.example.cn/n3/2023/0111/c1.html", [cpi]) is Verdict.needs_review
    # a host naming the country it covers still places the figure
    assert _with_address(text, "https://www.russia-economy.example.com/n3/c1.html", [cpi]) is Verdict.supported


def test_a_food_products_rate_in_russian_is_another_series(cpi: Path) -> None:
    text = "Инфляция по продовольственным товарам в Азербайджане в 2021 году составила 6,6 проц."
    assert claim_results(text, [cpi])["6,6 проц"].verdict is Verdict.unsupported


@pytest.mark.parametrize("text", ["В Казахстане в 2022 году быстрее всего цены росли в Акмолинской области — на 19,5%.",
                                  "In Kazakhstan in 2022, prices rose fastest in Akmola oblast: 19.5%."])
def test_a_named_oblast_set_off_from_its_figure_by_a_dash_or_colon_is_the_part(cpi: Path, text: str) -> None:
    # the country's row (15.0) must not judge a region's figure
    result = next(iter(claim_results(text, [cpi]).values()))
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_near_miss_of_a_year_announced_december_on_december_is_for_a_person(cpi: Path) -> None:
    # Kyrgyzstan's statistics office gives the year's rate December on December: 14.7 against an
    # average of 13.9 (6 % off) is most likely that rate
    kyrgyz = claim_results("Inflation in Kyrgyzstan in 2022 was 14.7%, the statistics committee said.", [cpi])["14.7%"]
    assert (kyrgyz.verdict, kyrgyz.reason) == (Verdict.needs_review, "rate_basis")
    # elsewhere a near miss of the year's average is the disagreement a linter flags
    serbia = claim_results("Inflation in Serbia in 2022 was 12.7%, the statistics office said.", [cpi])["12.7%"]
    assert serbia.verdict is Verdict.contradicted


@pytest.mark.parametrize(("text", "named"), [
    ("The refinancing rate in Armenia has been raised to 9.25%, the central bank said.", "refinancing rate"),
    ("Kazakhstan's unemployment rate stood at 4.8% in 2022.", "unemployment rate"),
    ("Moldova's central bank cut its key rate to 17% in 2022.", "key rate"),
])
def test_a_named_rate_the_data_does_not_hold_is_another_series(cpi: Path, tmp_path: Path, text: str, named: str) -> None:
    # neither the exchange-rate series 'rate' alone picks out nor the country's CPI can judge it
    fx = rates_package(tmp_path, {("Japan", 2022): 131.5})
    result = next(iter(claim_results(text, [cpi, fx]).values()))
    assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation
    assert named in result.explanation


@pytest.mark.parametrize("text", [
    "As for unemployment, the statistics office expects a slight rise from 4.8% currently to 5.1%.",
    "Quant au chômage, l'office statistique prévoit une légère hausse à l'avenir de 4,8% actuellement à 5,1%.",
])
def test_a_measure_named_by_its_own_noun_the_data_lacks_is_another_series(tmp_path: Path, text: str) -> None:
    # 'currently' picks a GDP series 'in current US$' by a generic word alone; that series lacking the
    # place is no question for a person: the figure is unemployment's, which no package holds
    cpi = cpi_package(tmp_path / "cpi", {("Luxembourg", 2022): 8.2, ("Luxembourg", 2023): 3.7})
    gdp = tmp_path / "gdp"
    gdp.mkdir()
    (gdp / "gdp_current_usd_KAZ_UZB.csv").write_text(
        "Country Name,Country Code,Year,Value\n" + "".join(
            f"{name},{code},{year},{value}\n" for name, code in (("Kazakhstan", "KAZ"), ("Uzbekistan", "UZB"))
            for year, value in ((2021, 190.8e9), (2022, 225.5e9), (2023, 261.4e9))), encoding="utf-8")
    draft = f"Inflation in Luxembourg was 3.7% in 2023.\n\n{text}"
    for figure, result in claim_results(draft, [cpi, gdp], date=None).items():
        if figure.startswith(("4", "5")):
            assert (result.verdict, result.reason) == (Verdict.unsupported, "other_series"), result.explanation
            assert "unemployment" in result.explanation
