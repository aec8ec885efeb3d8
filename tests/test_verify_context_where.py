"""Where and when a figure is, when its own clause does not say: a stray word taken as what the figure
counts ('placing it', 'making an increase', a rank), a place only the page's address names (its slug
without the possessive's apostrophe), a bloc the data has no row for, an average of a rate of change
from a base year, and a year's rate 'mixed up' with a later year's in an undated draft. Invented
inflation figures, World Bank layout; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, publisher_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import Verdict
from workbench.reference.loader import load_reference

_RATES: dict[tuple[str, int], float] = {}
for year in range(2000, 2024):
    _RATES[("Zambia", year)] = 8.0 + (year % 5)          # 8.0 … 12.0, repeating
    _RATES[("Uruguay", year)] = 5.0 + (year % 3) * 0.5   # 5.0, 5.5, 6.0, repeating
_RATES[("Zambia", 2021)] = 22.0
_RATES[("Uruguay", 2010)] = 40.0  # a first year far from the rest: the base a rate of change runs from


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", _RATES)


@pytest.mark.parametrize("sentence", [
    "In a statement, the office said prices in 2021 were up sharply, making an increase of 22.0 percent.",
    "In a statement, the office said prices in 2021 were up sharply, taking the increase to 22.0 percent.",
])
def test_a_participle_is_not_what_the_figure_counts(cpi: Path, sentence: str) -> None:
    text = f"Zambia's statistics office reported on consumer prices on Tuesday.\n\n{sentence}"
    result = claim_results(text, [cpi], date="2023-06-01")["22.0 percent"]
    assert result.verdict is Verdict.supported, result.explanation  # not 'nothing matches … about making'
    assert result.evidence[0].period == "2021"


def test_a_place_named_only_by_the_address_slug_with_a_possessive(cpi: Path) -> None:
    text = ("---\ndate: 2023-06-01\nurl: https://news.example.org/2022/zambias-inflation-eases/\n---\n\n"
            "Annual inflation was 22.0 percent in 2021, the bureau said.")
    draft = parse_draft(text.encode(), "draft.md")
    results = check_draft(draft, load_reference([cpi]), Config(root=cpi.parent, reference=[cpi])).results
    (result,) = results
    assert result.verdict is Verdict.supported, result.explanation
    assert "address" in result.explanation


def test_a_bloc_the_data_has_no_row_for_is_not_covered(cpi: Path) -> None:
    result = claim_results("Inflation in the West African Economic and Monetary Union rose to 6 percent in 2021.",
                           [cpi], date="2023-06-01")["6 percent"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "place_not_covered"
    assert "West African Economic and Monetary Union" in result.explanation


def test_an_average_rate_from_a_base_year_counts_the_years_after_it(cpi: Path) -> None:
    # Uruguay 2011–2023: 13 rates averaging 5.46; with 2010's 40 % too: 7.93
    rates = [_RATES[("Uruguay", y)] for y in range(2011, 2024)]
    after = round(sum(rates) / len(rates), 2)
    result = claim_results(f"From 2010 to 2023, Uruguay's average inflation rate was {after} percent a year.",
                           [cpi], date="2024-06-01")[f"{after} percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "2011" in result.evidence[0].formula
    wrong = claim_results("From 2010 to 2023, Uruguay's average inflation rate was 6.5 percent a year.",
                          [cpi], date="2024-06-01")["6.5 percent"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation  # neither 5.46 nor 7.93


def test_an_average_rate_between_two_years_counts_both_of_them(cpi: Path) -> None:
    # 'between 2010 and 2023' holds 2010's 40 % too: the 14 rates average 7.93, the 13 after it 5.46
    rates = [_RATES[("Uruguay", y)] for y in range(2011, 2024)]
    after = round(sum(rates) / len(rates), 2)
    result = claim_results(f"Between 2010 and 2023, Uruguay's consumer prices rose by an annual average of {after} "
                           "per cent, the central bank said.", [cpi], date="2024-06-01")[f"{after} per cent"]
    assert result.verdict is Verdict.contradicted, result.explanation  # not the mean that leaves 2010 out
    assert "2010" in result.evidence[0].formula


def test_a_years_rate_matching_a_later_year_in_an_undated_draft_is_for_review(cpi: Path) -> None:
    # Zambia 2020 = 8.0, 2022 = 10.0: '10.0 percent in 2020' is 2022's figure — or 2020's December rate
    text = "Zambia's consumer prices rose 10.0 percent in 2020, the statistics office said."
    undated = claim_results(text, [cpi], date=None)["10.0 percent"]
    assert undated.verdict is Verdict.needs_review, undated.explanation
    assert undated.reason == "rate_basis"
    dated = claim_results(text, [cpi], date="2023-06-01")["10.0 percent"]
    assert dated.verdict is Verdict.contradicted and dated.reason == "year_mixup", dated.explanation
    averaged = claim_results("Zambia's annual average inflation was 10.0 percent in 2020.", [cpi],
                             date=None)["10.0 percent"]
    assert averaged.verdict is Verdict.contradicted and averaged.reason == "year_mixup", averaged.explanation


def test_a_later_year_published_after_a_dated_draft_is_no_mix_up(cpi: Path) -> None:
    # in a draft of March 2021 the 2022 figure (10.0) was not out: the writer cannot have quoted it
    text = "Zambia's annual average inflation was 10.0 percent in 2020."
    early = claim_results(text, [cpi], date="2021-03")["10.0 percent"]
    assert early.reason != "year_mixup", early.explanation
    assert early.verdict is not Verdict.supported, early.explanation
    late = claim_results(text, [cpi], date="2023-06")["10.0 percent"]
    assert late.verdict is Verdict.contradicted and late.reason == "year_mixup", late.explanation


# Invented annual averages, units per US dollar: India 2017 65.12 → 2018 68.39 (+5.02 %; the rupee's
# dollar value −4.78 %)
_FX = {("India", 2017): 65.12, ("India", 2018): 68.39, ("Kenya", 2017): 103.41, ("Kenya", 2018): 101.30}


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("fx") / "fx", "fx",
                             "Official exchange rate (LCU per US$, period average)", "Exchange rate", _FX)


@pytest.mark.parametrize(("figure", "verdict"), [("5.02%", Verdict.supported), ("4.78%", Verdict.supported),
                                                 ("4.2%", Verdict.contradicted)])
def test_a_move_between_two_averages_named_as_averages_is_judged_both_ways(fx: Path, figure: str,
                                                                            verdict: Verdict) -> None:
    text = (f"The average exchange rate of the rupee against the US dollar in 2018 was 68.39, compared with "
            f"65.12 in the previous year, a depreciation of {figure}.")
    result = claim_results(text, [fx], date="2019-06-01")[figure]
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2018"  # the change from the previous year to 2018, not 2017's


def test_a_change_after_the_two_figures_it_compares_runs_between_their_years(cpi: Path) -> None:
    # Zambia 2022 = 10.0, 2023 = 11.0: the rate rose 1.0 point (2021 → 2022 it fell 12 points); extraction
    # dates the figure 2022, the year named last before it
    text = ("Zambia's inflation rate was 11.0 percent in 2023, compared with 10.0 percent in 2022, a rise of "
            "1.0 percentage point.")
    result = claim_results(text, [cpi], date="2024-06-01")["1.0 percentage point"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2023"


def test_a_quarters_rate_with_no_year_is_no_years_average(cpi: Path) -> None:
    # Zambia's 2022 row is 10.0: 'the three months to December' is the December quarter's rate, another period
    result = claim_results("Zambia's annual inflation rate held at 10.0% in the three months to December, the "
                           "statistics agency said on Thursday.", [cpi], date="2023-01-26")["10.0%"]
    assert result.verdict is Verdict.needs_review, result.explanation
