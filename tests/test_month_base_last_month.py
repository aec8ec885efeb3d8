"""A change measured from 'last April' in a dated draft ('the April reading was 2.6 ppm higher than last
April', written in June 2024) is the latest April over by the draft's date against the April a year
before: read from the two months' rows, not from an annual increase. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

MONTHS = {"2022-04": 420.1, "2023-04": 423.4, "2023-05": 424.0, "2024-04": 426.0, "2024-05": 426.9}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("ppm") / "reference", [
        {"name": "co2-monthly", "metric": "monthly mean carbon dioxide at the observatory", "unit": "ppm",
         "aliases": ["co2 concentration"], "rows": [{"period": p, "value": v} for p, v in MONTHS.items()]},
        {"name": "co2-growth", "metric": "annual increase of carbon dioxide", "unit": "ppm", "kind": "change",
         "aliases": ["co2 growth"], "rows": [{"period": "2023", "value": 3.4}, {"period": "2024", "value": 2.2}]}])


def _one(body: str, package: Path, figure: str, date: str = "2024-06-15"):
    return check_text(f"---\ndate: {date}\n---\n\n{body}\n", package)[0][figure]


def test_a_change_over_last_april_is_this_aprils(package: Path) -> None:
    body = "The April monthly mean carbon dioxide at the observatory was 2.6 ppm higher than last April."
    result = _one(body, package, "2.6 ppm")  # 426.0 − 423.4
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2024-04"


def test_before_april_is_over_last_april_is_a_year_earlier(package: Path) -> None:
    # written in April 2024, April 2024 is not over: the latest April is 2023's, against April 2022
    body = "The April monthly mean carbon dioxide at the observatory was 3.3 ppm higher than last April."
    result = _one(body, package, "3.3 ppm", date="2024-04-20")  # 423.4 − 420.1
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2023-04"


def test_a_change_of_today_over_last_april_is_no_aprils(package: Path) -> None:
    # the sentence names no April as its figure's own: 'now … higher than last April' is no April-to-April change
    body = "Monthly mean carbon dioxide at the observatory is now 2.6 ppm higher than last April, the team said."
    result = _one(body, package, "2.6 ppm")
    assert not (result.verdict is Verdict.supported and result.evidence and result.evidence[0].period == "2024-04"), \
        result.explanation
