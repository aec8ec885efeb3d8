"""A change measured from pre-industrial times ('145 % higher than pre-industrial levels', '50 per cent
above pre-industrial levels') starts before any row of an instrumental series: no row holds its first
end, so nothing can judge it (unsupported, as any period before the data is: the Label rules of
benchmarks/devsets/verdicts.md), and it is never read as the change over the last year the series
holds. Invented figures; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = [{"period": str(y), "value": v} for y, v in ((2015, 400.0), (2016, 403.3), (2017, 405.6))]
    return write_package(tmp_path_factory.mktemp("ppm") / "reference", [
        {"name": "co2-annual", "metric": "global annual mean carbon dioxide concentration", "unit": "ppm",
         "aliases": ["co2 concentration"], "rows": rows}])


@pytest.mark.parametrize(("body", "figure"), [
    ("In 2016 the global carbon dioxide concentration rose to 403.3 ppm, 45% higher than pre-industrial levels.", "45%"),
    ("The global carbon dioxide concentration in 2017 was 50 per cent above pre-industrial levels.", "50 per cent"),
    ("Compared with pre-industrial times, the carbon dioxide concentration grew 0.8% in 2016.", "0.8%"),
    # Portuguese 'desde a era': the article 'a' before the era is 'the', not English 'a'
    ("Em 2017 a concentração global de dióxido de carbono subiu 45% desde a era pré-industrial.", "45%"),
])
def test_a_change_from_pre_industrial_times_is_unsupported(package: Path, body: str, figure: str) -> None:
    result = check_text(f"---\ndate: 2018-03-01\n---\n\n{body}\n", package)[0][figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "span_before_records"), result.explanation
    assert "pre-industrial" in result.explanation


def test_a_change_over_the_year_is_still_judged(package: Path) -> None:
    body = "The global carbon dioxide concentration grew 0.8% in 2016."  # 403.3 / 400.0 − 1 = 0.825 %
    result = check_text(f"---\ndate: 2018-03-01\n---\n\n{body}\n", package)[0]["0.8%"]
    assert result.verdict is Verdict.supported, result.explanation
