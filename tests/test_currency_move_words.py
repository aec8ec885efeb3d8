"""A percent the sentence calls a currency's depreciation or devaluation ('the rupee had depreciated by
over 9 per cent in 2013'), with the currency named there or in the sentence before, is that currency's
move against the dollar: read from its rate series and sent to a person (rate_move), never left
unmatched nor judged by a series its other words ('average annual') happen to match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package, rates_package

from workbench.glossed import UNKNOWN_LANGUAGE_WORDS
from workbench.models import Verdict
from workbench.verify import Reason

RATES = {("India", 2000): 45.0, ("India", 2011): 46.6, ("India", 2012): 53.4, ("India", 2013): 58.5,
         ("India", 2014): 61.0, ("India", 2023): 82.6, ("India", 2024): 83.7}


def _yearly_means(folder: Path) -> Path:
    """A place-less yearly series of generic name ('Mean'), as an atmospheric record publishes one."""
    (folder / "data").mkdir(parents=True)
    rows = "\n".join(f"{year},{300 + 2 * (year - 2000)}" for year in range(2000, 2025))
    (folder / "data" / "annmean.csv").write_text(f"Year,Mean\n{rows}\n", encoding="utf-8")
    descriptor = {"name": "annual-means", "title": "Annual mean concentrations",
                  "resources": [{"name": "annmean", "path": "data/annmean.csv",
                                 "schema": {"fields": [{"name": "Year", "type": "year"},
                                                       {"name": "Mean", "type": "number"}]}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("move")
    return [rates_package(root, RATES, source="Federal Reserve Bank of St. Louis"), _yearly_means(root / "means")]


def test_a_depreciation_in_a_year_is_the_currencys_move_for_review(packages: list[Path]) -> None:
    text = "Currency traders noted that the rupee depreciated in 2013 by over 9 per cent and in 2012 by more than 14 per cent."
    results = claim_results(text, packages, date="2014-12-28")
    for figure in ("9 per cent", "14 per cent"):
        result = results[figure]
        assert result.verdict is Verdict.needs_review, result.explanation
        assert result.reason == Reason.RATE_MOVE.value
        assert result.evidence[0].resource == "annual"


def test_the_currency_may_be_named_in_the_sentence_before(packages: list[Path]) -> None:
    text = ("In 2000 a dollar fetched about 45 rupees. Over the years since, the typical yearly "
            "depreciation has come to roughly 2.5%.")
    result = claim_results(text, packages, date="2025-06-01")["2.5%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == Reason.RATE_MOVE.value
    assert all(e.resource == "annual" for e in result.evidence), [e.resource for e in result.evidence]


def test_a_change_of_its_own_after_a_currencys_move_is_that_move(packages: list[Path]) -> None:
    # 'the decline' names nothing the data holds: the sentence before says whose move it is
    text = "The rupee lost value, depreciating by over 9 per cent during 2013. In 2012 the drop was milder at close to 3 per cent."
    result = claim_results(text, packages, date="2014-12-28")["3 per cent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == Reason.RATE_MOVE.value


def test_a_measure_of_its_own_after_a_currencys_move_is_judged_as_itself(packages: list[Path]) -> None:
    text = ("The rupee lost value, depreciating by over 9 per cent during 2013. The mean concentration rose 0.7 per cent "
            "in 2012.")
    result = claim_results(text, packages, date="2014-12-28")["0.7 per cent"]
    assert result.reason != Reason.RATE_MOVE.value, result.explanation


def test_a_move_word_with_no_currency_near_is_no_exchange_rate(packages: list[Path]) -> None:
    text = "House prices in the capital rose 5 per cent in 2013, a steady appreciation after the slump."
    result = claim_results(text, packages, date="2014-03-01")["5 per cent"]
    assert result.reason != Reason.RATE_MOVE.value, result.explanation


def test_a_currencys_value_after_a_sentence_naming_its_exchange_rate_is_its_move(packages: list[Path]) -> None:
    """'The rupee-dollar exchange rate closed at …. … the rupee's value fell by about 2.1 %': no move word,
    but the sentence before names the exchange rate and this one the currency — a move, not unmatched."""
    results = claim_results("The rupee-dollar exchange rate closed at 83.4 on Friday. Over the last twelve months, "
                            "the rupee's value fell by about 2.1%.", packages, "2024-05-06")
    result = results["2.1%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].dimensions.get("Country") == "India"


def test_a_currency_stronger_against_several_others_is_its_own_move(packages: list[Path]) -> None:
    # several currencies named: the one the words before the figure name moved, those it is quoted
    # against ('against the euro') left out; never 'nothing matches'
    for text in ("In 2013 the rupee was weaker against the euro (7.5%) and the US dollar (9.2%).",
                 "In 2013 the rupee was 9.2% weaker against the US dollar and 7.5% weaker against the euro."):
        results = claim_results(text, packages, date="2014-12-28")
        for figure in ("7.5%", "9.2%"):
            result = results[figure]
            assert result.verdict is Verdict.needs_review, (text, result.explanation)
            assert result.reason == Reason.RATE_MOVE.value, (text, result.reason)
            assert result.evidence[0].resource == "annual"


def test_a_weaker_currency_as_a_cause_is_no_move_of_it(packages: list[Path]) -> None:
    # 'on a weaker rupee' says why exports grew: the 6.5 % is the exports' change, never the rupee's move
    results = claim_results("India's exports grew 6.5% in 2013 on a weaker rupee.", packages, date="2014-12-28")
    assert results["6.5%"].reason != Reason.RATE_MOVE.value, results["6.5%"].explanation


@pytest.mark.parametrize("sentence, figure", [
    ("Over 2012 the rupee has lost 14.6% as importers bought dollars.", "14.6%"),
    ("In 2013 the rupee fell 8.8%, its worst year in a decade, dealers said.", "8.8%"),
])
def test_a_currency_as_the_subject_of_its_move_names_no_base_and_is_still_its_move(
        packages: list[Path], sentence: str, figure: str) -> None:
    result = claim_results(sentence, packages, date="2014-06-10")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == Reason.RATE_MOVE.value


def test_a_currency_in_another_clause_than_a_figures_subject_is_no_move(packages: list[Path]) -> None:
    # the shares rose; the rupee is named but is not what moved by that figure
    result = claim_results("Shares of the exporter rose 7.4% in 2013 even as the rupee steadied.", packages,
                           date="2014-06-10")["7.4%"]
    assert result.reason != Reason.RATE_MOVE.value, result.explanation


def test_moves_of_several_currencies_in_one_list_go_to_a_person(tmp_path: Path) -> None:
    # each figure is one currency's move (or one between two of them) from a day the series do not hold:
    # not 'nothing matches', since the series hold every currency named
    months = {"JPY": {"2025-03": 149.1, "2025-08": 147.3}, "PHP": {"2025-03": 57.3, "2025-08": 57.0},
              "MYR": {"2025-03": 4.43, "2025-08": 4.22}}
    names = {"JPY": "Japan", "PHP": "Philippines", "MYR": "Malaysia"}
    package = monthly_rates_package(tmp_path / "fx", {names[code]: rows for code, rows in months.items()})
    text = ("Since the central bank's March meeting, the Japanese yen, Philippine peso and Malaysian ringgit have slipped "
            "by 2.2 per cent, 1.1 per cent and 0.4 per cent, respectively.")
    results = claim_results(text, [package], date="2025-09-02")
    for figure in ("2.2 per cent", "1.1 per cent"):
        result = results[figure]
        assert result.verdict is Verdict.needs_review, result.explanation


def test_a_percent_beside_several_currencies_with_no_move_stays_unmatched(tmp_path: Path) -> None:
    package = monthly_rates_package(tmp_path / "fx", {"Japan": {"2025-03": 149.1}, "Philippines": {"2025-03": 57.3}})
    text = "Tourists paying in Japanese yen or Philippine pesos make up 2.2 per cent of the island's visitors."
    result = claim_results(text, [package], date="2025-09-02")["2.2 per cent"]
    assert result.verdict is not Verdict.needs_review or result.reason != Reason.NO_MATCH.value, result.explanation


def test_in_a_respectively_list_a_currency_no_series_holds_stays_unmatched(tmp_path: Path) -> None:
    package = monthly_rates_package(tmp_path / "fx", {"Japan": {"2025-03": 149.1, "2025-08": 147.3},
                                                      "Malaysia": {"2025-03": 4.43, "2025-08": 4.22}})
    text = ("Since the central bank's March meeting, the Japanese yen, Indonesian rupiah and Malaysian ringgit have slipped "
            "by 2.2 per cent, 1.1 per cent and 0.4 per cent, respectively.")
    results = claim_results(text, [package], date="2025-09-02")
    assert results["2.2 per cent"].verdict is Verdict.needs_review, results["2.2 per cent"].explanation
    assert results["1.1 per cent"].verdict is Verdict.unsupported, results["1.1 per cent"].explanation


@pytest.mark.parametrize("text, own, first, second", [
    ("The rupiah weakened 2.1 per cent this year, a smaller fall than those of regional peers such as the Malaysian "
     "ringgit and the Thai baht, at 6.4 and 3.9 per cent respectively.", "2.1 per cent", "6.4", "3.9 per cent"),
    # Indonesian copy pairs them with 'masing-masing' (languages.json), the English 'respectively'
    ("Rupiah melemah 2,1 persen tahun ini, lebih baik dibandingkan dengan ringgit Malaysia dan baht Thailand "
     "masing-masing 6,4 dan 3,9 persen.", "2,1 persen", "6,4", "3,9 persen"),
])
def test_in_a_respectively_list_after_another_currencys_move_each_figure_is_its_own_currencys(
        tmp_path: Path, text: str, own: str, first: str, second: str) -> None:
    # the rupiah, no series' currency, moved in the figure before the list: the list's figures are the ringgit's
    # and the baht's, read from their own rows, not declined as the rupiah's
    package = monthly_rates_package(tmp_path / "fx", {"Malaysia": {"2024-09": 4.30, "2025-09": 4.21},
                                                      "Thailand": {"2024-09": 33.2, "2025-09": 32.1}})
    results = claim_results(text, [package], date="2025-10-20")
    for figure, country in ((first, "Malaysia"), (second, "Thailand")):
        result = results[figure]
        assert result.verdict is Verdict.needs_review, result.explanation
        assert result.evidence and result.evidence[0].dimensions.get("Country") == country, result.evidence
    assert results[own].reason == Reason.CURRENCY_NOT_HELD.value, results[own].explanation


def test_an_aside_between_the_currency_and_its_verb_keeps_the_move(packages: list[Path]) -> None:
    # the commas' aside says what the rupee is taken for; the percent is still its move against the dollar
    text = "The rupee, long watched as a gauge of the trade deficit, has fallen 7.2% in 2013."
    result = claim_results(text, packages, date="2014-01-20")["7.2%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == Reason.RATE_MOVE.value


def test_a_days_move_after_a_currencys_move_is_that_currencys(packages: list[Path]) -> None:
    # 'It' names nothing the data holds: the currency the sentence before moved is the one that moved again
    text = "The rupee has fallen 7.2% in 2013. It was up 0.35% on the day."
    result = claim_results(text, packages, date="2014-01-20")["0.35%"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_currency_weaker_than_a_year_ago_is_its_move(packages: list[Path]) -> None:
    text = "Rupee trading at 61.2 per dollar, 4% weaker than a year ago."
    result = claim_results(text, packages, date="2014-06-01")["4%"]
    assert result.verdict is Verdict.needs_review, result.explanation


@pytest.mark.parametrize("text, reasons", [
    ("According to the Bank of Korea, the won-yen rate averaged 1,000.5 won per 100 yen in 2031, 128.2 won lower than "
     "a year before. The won's value against the yen rose 12.8%.", {Reason.RATE_MOVE.value}),
    # the Korean verb of the won's rise ('절상') is left unread: read whole, the rise was refuted for want of a row
    # of 2030 (a false alarm); its sentence is declined as read in part, still never judged by the base rows
    ("한국은행 자료에 따르면 2031년 연평균 원·엔 환율은 100엔당 1,000.5원으로 전년보다 128.2원 떨어졌다. "
     "엔화에 대한 원화 가치가 12.8% 절상된 셈이다.", {Reason.RATE_MOVE.value, UNKNOWN_LANGUAGE_WORDS}),
])
def test_a_move_against_another_currency_than_the_base_is_not_judged_by_the_base_rows(
        tmp_path: Path, text: str, reasons: set[str]) -> None:
    # the won's value in yen: a cross rate's move, which the won's and the yen's dollar rows give only derived,
    # and two ways round (the won's value, or the won-per-yen rate) that part: a person decides
    package = rates_package(tmp_path, {("South Korea", 2030): 1140.0, ("South Korea", 2031): 1100.0,
                                       ("Japan", 2030): 101.0, ("Japan", 2031): 110.0}, source="Federal Reserve")
    result = claim_results(text, [package], date="2032-01-20")["12.8%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason in reasons, result.reason



@pytest.fixture(scope="module")
def rupee_and_real(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("real")
    rates = {**RATES, ("Brazil", 2012): 1.95, ("Brazil", 2013): 2.16, ("Euro", 2012): 0.778, ("Euro", 2013): 0.753}
    return [rates_package(root, rates, source="Federal Reserve Bank of St. Louis"), _yearly_means(root / "means")]


@pytest.mark.parametrize(("text", "figure"), [
    # a market verb after the currency's name ('ended', 'closed'), no move word: its move, not the 'Mean' series
    ("The Indian rupee ended 2013 with a fall of 9 per cent, traders said.", "9 per cent"),
    ("The Brazilian real closed 2013 with a fall of 10.8 per cent.", "10.8 per cent"),
    # Portuguese 'a moeda brasileira', the Brazilian currency: the real
    ("A moeda brasileira terminou 2013 com queda de 10,8%.", "10,8%"),
    # French 'contre la devise américaine', against the US currency (not 'compared with', as 'contre' is before a figure)
    ("L'euro a ainsi reculé de près de 3% en 2013 contre la devise américaine.", "3%"),
])
def test_a_currency_s_move_named_in_other_words_is_its_move(rupee_and_real: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, rupee_and_real, date="2014-12-28")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].resource == "annual", result.explanation
