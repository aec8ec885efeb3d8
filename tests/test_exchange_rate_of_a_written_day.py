"""An exchange rate its text dates to one day — a figure in brackets right after the day ('since 14 March 2031
(1,402.5 won)', Korean '2031년 3월 14일(1402.5원)' glossed so), or after a Romance article before the day
('el 3 de junio', glossed 'the 3 of June', which dates the day as 'on' does) — is that day's price: against its
month's mean it is another period (needs_review), agreeing or not, never contradicted by the mean. The figure keeps
the day as its period. Invented figures in a package shaped as the Federal Reserve's monthly file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.extraction import extract_text
from workbench.models import Verdict


@pytest.fixture()
def rates(tmp_path: Path) -> Path:
    return monthly_rates_package(tmp_path / "fx", {"South Korea": {"2031-03": 1450.0, "2031-04": 1440.0},
                                                   "Mexico": {"2031-05": 17.4, "2031-06": 17.5, "2031-12": 18.9}})


@pytest.mark.parametrize(("text", "figure"), [
    ("The won closed at 1,394.2 per dollar, the weakest since 14 March 2031 (1,402.5 won).", "1,402.5 won"),
    ("The won closed at 1,394.2 per dollar, the weakest since March 14, 2031 (1,402.5 won).", "1,402.5 won"),
    ("원·달러 환율은 1394.2원에 마감했다. 이는 2031년 3월 14일(1402.5원) 이후 가장 높은 수준이다.", "1402.5원"),
])
def test_a_figure_bracketed_after_a_day_is_that_days_price(rates: Path, text: str, figure: str) -> None:
    result = claim_results(text, [rates], "2031-04-20")[figure]
    # March's mean (1450) lies beyond the figure's tolerance: as the month's rate it would be contradicted
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.claim.period == "2031-03-14"


def test_a_day_bracket_keeps_the_day_for_any_figure() -> None:
    [claim] = [c for c in extract_text("Prices peaked on 2 May 2031 (4.5%), the office said.") if c.unit == "%"]
    assert claim.period == "2031-05-02"


def test_a_month_bracket_still_dates_the_month() -> None:
    [claim] = [c for c in extract_text("The highest monthly average since March 2031 (1,488.9 won).") if c.value == 1488.9]
    assert claim.period == "2031-03"


@pytest.mark.parametrize(("text", "figures"), [
    ("Según el banco central, la tasa pasó de 16,20 pesos mexicanos por dólar el 3 de junio a 19,95 pesos el 28 de diciembre.",
     (16.2, 19.95)),
    ("Segundo o banco central, o peso mexicano passou de 16,20 por dólar em 3 de junho a 19,95 em 28 de dezembro.",
     (16.2, 19.95)),
])
def test_a_days_rate_after_an_article_before_the_day_is_for_review(rates: Path, text: str, figures: tuple[float, ...]) -> None:
    results = {r.claim.value: r for r in claim_results(text, [rates], "2032-01-05").values()}
    for figure in figures:
        result = results[figure]
        # the months' means (17.5, 18.9) miss both ends: read as June's or December's rate each would be contradicted
        assert result.verdict is Verdict.needs_review, (figure, result.explanation)


def test_an_article_before_a_day_dates_the_day() -> None:
    claims = extract_text("The peso was 16.20 per dollar the 3 of June.", as_of=dt.date(2032, 1, 5))
    [claim] = [c for c in claims if c.value == 16.2]
    assert claim.period == "2031-06-03"
