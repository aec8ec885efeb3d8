"""'Two years later', 'a year later', 'the following year': a year counted forward (or back) from the
year the sentence named before it, never the sentence's own year, so the figure is judged against its
own year and not called a year mix-up; with no year named they give the figure no year of their own.

A small package of our own: a yearly rate whose every year differs, so a figure read against the
wrong year fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from extraction_helpers import claims_in
from workbench.models import Verdict

_RATE = {2018: 2.2, 2019: 2.9, 2020: 1.3, 2021: 4.0, 2022: 7.5, 2023: 6.1, 2024: 3.4}
PACKAGE = [{"name": "prices", "metric": "consumer price inflation", "aliases": ["inflation", "consumer prices"],
            "unit": "%", "dims": ["country"],
            "rows": [{"period": str(y), "value": v, "country": "Peru"} for y, v in _RATE.items()]}]
_DATED = "---\ndate: 2025-04-02\n---\n\n"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("prices") / "reference", PACKAGE)


@pytest.mark.parametrize(("sentence", "claim", "year"), [
    ("Peru's inflation averaged 1.3% in 2020; two years later it had climbed to 7.5%.", "7.5%", "2022"),
    ("In 2019 consumer prices in Peru rose 2.9%, and a year later inflation slowed to 1.3%.", "1.3%", "2020"),
    ("Inflation in Peru hit 7.5% in 2022 before easing to 6.1% the following year.", "6.1%", "2023"),
    ("Peru's inflation reached 6.1% in 2023, against 1.3% three years earlier.", "1.3%", "2020"),
])
def test_a_year_counted_from_the_named_one_is_the_figure_s_year(package: Path, sentence: str, claim: str,
                                                                year: str) -> None:
    results, _ = check_text(_DATED + sentence + "\n", package)
    result = results[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == year
    assert result.reason != "year_mixup"


def test_two_years_later_with_no_year_named_is_not_the_draft_s_year_plus_two() -> None:
    claim = next(c for c in claims_in(_DATED + "Two years later, inflation in Peru was 7.5%.\n") if c.text == "7.5%")
    assert claim.period != "2027"


_PPM = {"2023-05": 424.0, "2024-03": 425.4, "2024-05": 426.9, "2025-03": 429.6, "2025-05": 430.5,
        "2026-05": 433.4}
MONTHLY = [{"name": "co2", "metric": "carbon dioxide concentration", "aliases": ["CO2", "carbon dioxide"],
            "unit": "ppm", "dims": ["site"],
            "rows": [{"period": p, "value": v, "site": "Mauna Loa"} for p, v in _PPM.items()]},
           {"name": "co2-annual", "metric": "carbon dioxide concentration annual mean",
            "aliases": ["CO2", "carbon dioxide"], "unit": "ppm", "dims": ["site"],
            "rows": [{"period": str(y), "value": v, "site": "Mauna Loa"}
                     for y, v in {2023: 421.1, 2024: 424.6, 2025: 424.2, 2026: 427.4}.items()]}]


@pytest.fixture(scope="module")
def monthly(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("co2") / "reference", MONTHLY)


def test_a_year_earlier_after_a_month_is_that_month_a_year_before(monthly: Path) -> None:
    results, _ = check_text("---\ndate: 2025-06-05\n---\n\nCO2 at Mauna Loa averaged 430.5 ppm in May, "
                            "up from 426.9 ppm a year earlier.\n", monthly)
    result = results["426.9 ppm"]
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2024-05"


def test_an_undated_month_a_year_earlier_is_no_year_to_pass_or_fail(monthly: Path) -> None:
    """No date and no year written: 'in May … a year earlier' may be any May, so no row of a year guessed
    from the day of the check may pass the figure, nor fail it."""
    results, _ = check_text("# Carbon dioxide sets a record in May\n\nCO2 at Mauna Loa averaged 427.5 ppm in May, "
                            "up from 424.0 ppm a year earlier.\n", monthly)
    assert results["424.0 ppm"].verdict is Verdict.needs_review
