"""How news names GDP in current US dollars, and which of its changes such a series can check.

The package is shaped like the World Bank's 'GDP (current US$)' (NY.GDP.MKTP.CD): a level in money
at current prices. News calls it 'the economy' or 'gross domestic product'; a growth rate news gives
for an economy is real growth, another series, unless the sentence says it is nominal.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

_ROWS = [("Chile", "2015", 2.43e11), ("Chile", "2016", 2.50e11), ("Peru", "2015", 1.92e11), ("Peru", "2016", 1.95e11)]
PACKAGE = [{"name": "gdp_usd", "metric": "GDP (current US$)", "unit": "USD", "dims": ["country"],
            "rows": [{"period": y, "value": v, "country": c} for c, y, v in _ROWS]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("gdp") / "reference", PACKAGE)


def _result(body: str, package: Path, claim: str):
    return check_text(f"---\ndate: 2017-09-01\n---\n\n{body}\n", package)[0][claim]


@pytest.mark.parametrize("body", ["Chile's gross domestic product reached $250 billion in 2016.",
                                  "In 2016 Chile's economy was worth $250 billion."])
def test_news_names_gdp_as_the_economy_or_in_full(package: Path, body: str) -> None:
    result = _result(body, package, "$250 billion")
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country"] == "Chile"


def test_an_economys_growth_rate_is_not_recomputed_from_current_dollars(package: Path) -> None:
    # 2.50 / 2.43 - 1 = 2.9 % nominal: a real growth rate of 2.9 % agreeing with it is a coincidence,
    # and one of 1.3 % is no contradiction
    for figure in ("2.9%", "1.3%"):
        result = _result(f"Chile's economy grew {figure} in 2016.", package, figure)
        assert result.verdict is Verdict.unsupported and result.evidence == []


def test_a_growth_rate_said_to_be_nominal_is_read_from_current_dollars(package: Path) -> None:
    result = _result("In dollar terms, Chile's GDP grew 2.9% in 2016.", package, "2.9%")
    assert result.verdict is Verdict.supported and result.evidence[0].formula == "(v2016 / v2015 - 1) × 100"


def test_a_change_beside_the_level_in_money_is_the_nominal_change(package: Path) -> None:
    # the sentence speaks of dollars: its 2.9 % is 2.50 / 2.43 - 1, and 6 % disagrees with that change
    # (how sure the disagreement is depends on how well the words name the series, not on this rule)
    supported = _result("Chile's GDP stood at $250 billion in 2016, up 2.9% from 2015.", package, "2.9%")
    assert supported.verdict is Verdict.supported and supported.evidence[0].formula == "(v2016 / v2015 - 1) × 100"
    wrong = _result("Chile's GDP stood at $250 billion in 2016, up 6% from 2015.", package, "6%")
    assert wrong.verdict in (Verdict.contradicted, Verdict.needs_review)
    assert wrong.evidence[0].formula == "(v2016 / v2015 - 1) × 100"


def test_real_growth_stays_real_beside_a_level_in_money(package: Path) -> None:
    result = _result("Chile's real GDP growth was 1.3% in 2016, with output worth $250 billion.", package, "1.3%")
    assert result.verdict is Verdict.unsupported and result.evidence == []


def test_a_money_figure_of_another_measure_leaves_growth_real(package: Path) -> None:
    # $3 billion is no level of Chile's GDP (about $250 billion): the sentence's growth stays real
    result = _result("Chile's economy grew 2.9% in 2016 as mines earned $3 billion.", package, "2.9%")
    assert result.verdict is Verdict.unsupported and result.evidence == []


def test_real_growth_is_another_series_whatever_year_an_undated_draft_means(package: Path) -> None:
    # no year of the current-dollar rows is a real growth rate: the writer's 'last year', counted from the
    # day of the check in a draft with no date, changes nothing, so the figure stays unsupported
    result = check_text("Peru's economy grew 3.4% last year, the finance minister said.\n", package)[0]["3.4%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series" and "real growth" in result.explanation


def test_growth_to_a_level_in_another_currency_stays_real(package: Path) -> None:
    # the change reaches a level in pesos; the dollars in brackets only convert it, so the 2.9 % is no
    # change of the dollar rows (which it happens to match) but the economy's real growth
    body = "Chile's economy grew 2.9% in 2016 to 160 trillion pesos (about $250 billion), the central bank said."
    result = _result(body, package, "2.9%")
    assert result.verdict is Verdict.unsupported and result.evidence == []


def test_the_dollar_level_belongs_to_the_change_beside_it_not_to_the_growth_before(package: Path) -> None:
    # one sentence, two changes: the economy's real growth, then its size in dollars moving from one level
    # to another — the dollar levels are the second change's alone
    body = "Chile's economy grew 1.3% in 2016, while its size rose 2.9% from $243 billion to $250 billion."
    results = check_text(f"---\ndate: 2017-09-01\n---\n\n{body}\n", package)[0]
    assert results["1.3%"].verdict is Verdict.unsupported and results["1.3%"].evidence == []
    assert results["2.9%"].verdict is Verdict.supported
    assert results["2.9%"].evidence[0].formula == "(v2016 / v2015 - 1) × 100"


def test_in_dollars_of_a_later_clause_is_that_clauses_change_not_the_growth_before(package: Path) -> None:
    # 'in dollar terms' says the second change is nominal; the growth before it stays real: 1.3 % is no
    # contradiction of the dollar rows' 2.9 %
    body = "In 2016 Chile's economy grew 1.3%, but in dollar terms its size rose 2.9% to $250 billion."
    results = check_text(f"---\ndate: 2017-09-01\n---\n\n{body}\n", package)[0]
    assert results["1.3%"].verdict is Verdict.unsupported and results["1.3%"].evidence == []
    assert results["2.9%"].verdict is Verdict.supported
    # said before the figure, the words still make it nominal
    nominal = _result("In dollar terms, Chile's economy grew 2.9% in 2016.", package, "2.9%")
    assert nominal.verdict is Verdict.supported


def test_in_dollars_of_an_earlier_clause_is_that_clauses_change_not_the_growth_after(package: Path) -> None:
    # the nominal words open the first clause, whose change is the dollar one; the growth in the clause
    # after 'while' is the economy's real growth, no contradiction of the dollar rows' 2.9 %
    body = "In dollar terms Chile's output rose 2.9% in 2016, while the economy grew 1.3%."
    results = check_text(f"---\ndate: 2017-09-01\n---\n\n{body}\n", package)[0]
    assert results["1.3%"].verdict is Verdict.unsupported and results["1.3%"].evidence == [], results["1.3%"].explanation
    assert results["2.9%"].verdict is Verdict.supported
    # a figure of the opening words' own clause, before the changed one, leaves them the change's
    shared = _result("In dollar terms, over the 12 months of 2016, Chile's economy grew 2.9%.", package, "2.9%")
    assert shared.verdict is Verdict.supported, shared.explanation


def test_the_first_end_of_a_years_from_to_pair_is_the_year_befores_level(package: Path) -> None:
    # 'from $243 to $250 billion' in 2016: the change started from 2015's level, which the 2015 row holds
    body = "In 2016 Chile's economy grew 1.3%, and in dollars its size rose 2.9% — from $243 to $250 billion."
    results = check_text(f"---\ndate: 2017-09-01\n---\n\n{body}\n", package)[0]
    assert results["$243"].verdict is Verdict.supported, results["$243"].explanation
    assert results["$243"].evidence[0].period == "2015"
    # a figure with no pair after it stays the year's own, out of date
    alone = check_text("---\ndate: 2017-09-01\n---\n\nIn 2016 Chile's economy was worth $243 billion.\n", package)[0]
    assert alone["$243 billion"].verdict is Verdict.contradicted


def test_a_pair_in_a_sentence_with_no_year_of_its_own_is_not_moved_a_year_back(package: Path) -> None:
    # the year comes from the sentence before, where it may open a span: the 'from' figure is not read as the
    # year before's level (Peru's 2015 row, 192, would otherwise support a figure of 2016's)
    body = "In 2016 Chile's economy was worth $250 billion. Peru's output rose 1.6% from $192 to $195 billion."
    results = check_text(f"---\ndate: 2017-09-01\n---\n\n{body}\n", package)[0]
    assert results["$192"].verdict is not Verdict.supported, results["$192"].explanation
