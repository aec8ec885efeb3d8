"""A figure of one month of a year the sentence names elsewhere: 'in 2023, with the monthly mean for May
reaching 424.0 ppm' is May 2023's, read from a series with month rows even when the sentence's words
('annual jump') suit the annual mean better; a change measured from a figure of a month ('2.9 ppm higher
than the 424.0 ppm peak recorded in May 2023') is the same month a year on. Invented figures; the
sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dated_draft
from test_matching import check_text, write_package

from workbench.models import Verdict

# a month's row for every month, as a station's file has them (its step is a month)
MONTHS = {f"{y}-{m:02d}": 418.0 + 0.2 * i for i, (y, m) in enumerate(
    (y, m) for y in (2022, 2023, 2024) for m in range(1, 13) if (y, m) <= (2024, 5))}
MONTHS |= {"2022-05": 421.0, "2023-04": 423.4, "2023-05": 424.0, "2024-04": 426.0, "2024-05": 426.9}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("ppm") / "reference", [
        {"name": "co2-monthly", "metric": "monthly mean carbon dioxide at the observatory", "unit": "ppm",
         "aliases": ["co2 concentration"], "rows": [{"period": p, "value": v} for p, v in MONTHS.items()]},
        {"name": "co2-annual", "metric": "annual mean carbon dioxide at the observatory", "unit": "ppm",
         "aliases": ["co2 annual mean"], "rows": [{"period": "2023", "value": 421.1}, {"period": "2024", "value": 424.6}]},
        {"name": "co2-growth", "metric": "annual increase of carbon dioxide", "unit": "ppm", "kind": "change",
         "aliases": ["co2 growth"], "rows": [{"period": "2023", "value": 3.4}, {"period": "2024", "value": 2.2}]}])


def _results(body: str, package: Path, date: str = "2024-06-20") -> dict:
    return check_text(dated_draft(body, date), package)[0]


def test_a_month_between_the_year_and_the_figure_dates_the_figure_to_that_month(package: Path) -> None:
    body = ("Carbon dioxide kept climbing in 2023, with the monthly mean for May reaching 424.0 ppm at the "
            "observatory, researchers said.")
    result = _results(body, package)["424.0 ppm"]
    assert result.verdict is Verdict.supported, result.explanation  # not the year's 421.1
    assert result.evidence[0].period == "2023-05", result.explanation
    wrong = _results(body.replace("424.0", "421.1"), package)["421.1 ppm"]  # the annual mean is no May figure
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2023-05", wrong.explanation


def test_a_month_s_figure_is_read_from_month_rows_though_the_words_say_annual(package: Path) -> None:
    body = ("The observatory's annual mean carbon dioxide figures show the fastest annual jump yet, "
            "after the concentration reached 424.0 ppm in May 2023.")
    result = _results(body, package)["424.0 ppm"]
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2023-05", result.explanation


def test_a_change_from_a_figure_of_a_month_is_that_month_a_year_on(package: Path) -> None:
    body = ("The 2024 peak of the carbon dioxide concentration at the observatory was 2.9 ppm higher than the "
            "424.0 ppm peak recorded in May 2023.")
    results = _results(body, package)
    change = results["2.9 ppm"]
    assert change.verdict is Verdict.supported, change.explanation  # 426.9 − 424.0, not the annual 2.2
    assert change.evidence[0].period == "2024-05", change.explanation
    base = results["424.0 ppm"]  # the base figure itself stays May 2023's
    assert base.verdict is Verdict.supported and base.evidence[0].period == "2023-05", base.explanation
    wrong = _results(body.replace("2.9 ppm", "2.2 ppm"), package)["2.2 ppm"]
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2024-05", wrong.explanation


def test_a_base_month_after_a_possessive_is_still_the_base(package: Path) -> None:
    body = ("The May monthly mean of carbon dioxide measured by Scripps' instruments was 426.9 ppm, also 2.9 ppm "
            "higher than Scripps' May 2023 average.")
    # undated: the bare 'May' gets its year from the base alone
    results = check_text(f"---\nurl: \"https://example.org/co2\"\n---\n\n{body}\n", package)[0]
    level, change = results["426.9 ppm"], results["2.9 ppm"]
    # read as May 2024's (not the latest month's); which series holds it is left to a person here
    assert level.verdict is not Verdict.contradicted and "May 2024" in level.explanation, level.explanation
    assert change.verdict is Verdict.supported and change.evidence[0].period == "2024-05", change.explanation


def test_in_an_undated_draft_a_bare_month_beside_a_dated_base_is_that_month_a_year_on(package: Path) -> None:
    body = "At the observatory the carbon dioxide level in May was almost 427 ppm, 2.9 ppm more than in May 2023."
    results = check_text(f"---\nurl: \"https://example.org/co2\"\n---\n\n{body}\n", package)[0]
    level, change = results["427 ppm"], results["2.9 ppm"]  # May 2024: 426.9, 426.9 − 424.0
    assert level.verdict is Verdict.supported and level.evidence[0].period == "2024-05", level.explanation
    assert change.verdict is Verdict.supported and change.evidence[0].period == "2024-05", change.explanation
