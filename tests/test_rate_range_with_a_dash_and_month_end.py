"""A currency's prices of single days in one sentence with its month's average, as market reviews write them:
'traded in a range of 16.90 – 18.60 per dollar' (the ends joined by a dash, not 'to'), 'ending the month at
17.05' (the month's last close) are days' prices a monthly average neither confirms nor refutes (for a person,
``day_price``); 'it averaged 17.4 in November' in the same sentence is the month's average and is judged.
The package is shaped like the Federal Reserve's monthly rate file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict

_TEXT = ("The Mexican peso swung widely in November 2023, trading in a range of MXN16.90/$ – MXN18.60/$ and "
         "ending the month at MXN17.05/$; it averaged MXN17.40/$ in November.")


def _package(tmp_path: Path) -> list[Path]:
    return [monthly_rates_package(tmp_path / "monthly", "Mexico", {"2023-10": 18.1, "2023-11": 17.4})]


def test_the_ends_of_a_dashed_range_and_a_month_end_close_are_days_prices(tmp_path: Path) -> None:
    results = claim_results(_TEXT, _package(tmp_path), date="2023-12-06")
    for figure in ("MXN18.60", "MXN17.05"):
        result = results[figure]
        assert result.verdict is Verdict.needs_review and result.reason == "day_price", (figure, result.explanation)


def test_the_months_average_beside_them_is_still_judged(tmp_path: Path) -> None:
    result = claim_results(_TEXT, _package(tmp_path), date="2023-12-06")["MXN17.40"]
    assert result.verdict is Verdict.supported, result.explanation


def test_the_upper_end_of_a_dashed_range_alone_is_a_days_price(tmp_path: Path) -> None:
    text = "The Mexican peso swung widely in November 2023, trading in a range of MXN16.90/$ – MXN18.60/$."
    result = claim_results(text, _package(tmp_path), date="2023-12-06")["MXN18.60"]
    assert result.verdict is Verdict.needs_review and result.reason == "day_price", result.explanation


def test_a_year_end_close_alone_is_a_days_price(tmp_path: Path) -> None:
    text = "The Mexican peso ended the year at 19.9 per dollar in December 2023."
    package = [monthly_rates_package(tmp_path / "monthly", "Mexico", {"2023-12": 17.2})]
    result = claim_results(text, package, date="2024-01-10")["19.9"]
    assert result.verdict is Verdict.needs_review and result.reason == "day_price", result.explanation
