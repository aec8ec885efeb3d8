"""'at the end of March 2019', 'the first day of June 2021', glossed 'a finales de marzo de 2019': one day at
a month's edge, so a rate quoted then is one day's quote — a monthly average neither confirms nor refutes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.extraction.periods import PeriodReader
from workbench.models import Verdict

# Invented monthly averages, Brazilian reais per US dollar.
MONTHS = {"2019-03": 3.85, "2019-04": 3.92, "2021-06": 5.03}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return monthly_rates_package(tmp_path_factory.mktemp("fx") / "fx", "Brazil", MONTHS)


@pytest.mark.parametrize(("words", "day"), [
    ("at the end of March 2019", "2019-03-31"), ("on the last day of February 2020", "2020-02-29"),
    ("on the first day of June 2021", "2021-06-01"), ("by the end of April, 2019", "2019-04-30"),
])
def test_the_edge_of_a_month_is_one_day(words: str, day: str) -> None:
    text = f"The real changed hands {words} again."
    found = PeriodReader(text, text[::-1], None).periods_in(0, len(text))
    assert [p[2] for p in found] == [day]


@pytest.mark.parametrize("text", [
    "At the end of March 2019 the Brazilian real traded at 3.91 reais per dollar.",
    "En Brasil, a finales de marzo de 2019 el dólar se cotizaba a 3.91 reales.",
])
def test_a_rate_quoted_at_a_months_end_is_not_the_months_average(package: Path, text: str) -> None:
    [result] = claim_results(text, [package], date=None).values()
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period" and "31 March 2019" in result.explanation


def test_a_month_named_alone_is_still_its_average(package: Path) -> None:
    [result] = claim_results("In March 2019 the Brazilian real averaged 3.91 reais per dollar.", [package], date=None).values()
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2019-03"
