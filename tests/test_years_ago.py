"""'Ten years ago', '20 years ago': a relative year counted back from the text's present —
the draft's date, or in an undated draft the year the text above names (as 'a year earlier' counts) —
never left unread, so that a figure of that earlier year is judged by its own row, not called stale
or contradicted by the present's. Our own small package: each year's value different."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package
from test_matching import check_text, write_package

from workbench.models import Verdict

_LEVEL = {2002: 371.0, 2012: 393.0, 2013: 396.0, 2020: 412.0, 2021: 414.5, 2022: 417.0}
PACKAGE = [{"name": "co2", "metric": "carbon dioxide concentration", "aliases": ["carbon dioxide", "co2"],
            "unit": "ppm", "dims": ["station"],
            "rows": [{"period": str(y), "value": v, "station": "Mauna Loa"} for y, v in _LEVEL.items()]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("co2") / "reference", PACKAGE)


@pytest.mark.parametrize(("later", "year"), [
    ("Ten years ago the level at Mauna Loa stood at 393 ppm.", "2012"),
    ("Twenty years ago carbon dioxide at Mauna Loa was 371 ppm.", "2002"),
])
def test_years_ago_in_an_undated_draft_count_from_the_year_the_text_names(package: Path, later: str,
                                                                          year: str) -> None:
    text = f"Carbon dioxide at Mauna Loa averaged 417 ppm in 2022, the observatory said.\n\n{later}\n"
    results, _ = check_text(text, package)
    figure = next(r for r in results.values() if r.claim.text.startswith(later.split(" ppm")[0].split()[-1]))
    assert figure.verdict is Verdict.supported, figure.explanation
    assert figure.evidence[0].period == year, figure.explanation


def test_years_ago_in_a_dated_draft_count_from_its_date(package: Path) -> None:
    results, _ = check_text("---\ndate: 2023-01-10\n---\n\nTen years ago carbon dioxide at Mauna Loa was 396 ppm.\n",
                            package)
    figure = results["396 ppm"]
    assert figure.verdict is Verdict.supported, figure.explanation
    assert figure.evidence[0].period == "2013", figure.explanation


def test_a_figure_years_ago_that_its_year_misses_is_contradicted_by_that_year(package: Path) -> None:
    results, _ = check_text("---\ndate: 2023-01-10\n---\n\nTen years ago carbon dioxide at Mauna Loa was 380 ppm.\n",
                            package)
    figure = results["380 ppm"]
    assert figure.verdict is Verdict.contradicted, figure.explanation
    assert figure.evidence[0].period == "2013", figure.explanation


_MONTHLY = {"2012-12": 394.5, "2013-01": 395.6, "2022-12": 418.9}
MONTHLY_PACKAGE = [{"name": "co2_monthly", "metric": "carbon dioxide concentration", "aliases": ["carbon dioxide", "co2"],
                    "unit": "ppm", "dims": ["station"],
                    "rows": [{"period": p, "value": v, "station": "Mauna Loa"} for p, v in _MONTHLY.items()]}]


@pytest.fixture(scope="module")
def monthly(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("co2m") / "reference", MONTHLY_PACKAGE)


def test_a_month_right_after_years_ago_is_that_years_month(monthly: Path) -> None:
    results, _ = check_text("Carbon dioxide at Mauna Loa averaged 418.9 ppm in December 2022.\n\n"
                            "Ten years ago December carbon dioxide at Mauna Loa averaged 394.5 ppm.\n", monthly)
    figure = results["394.5 ppm"]
    assert figure.claim.period == "2012-12", figure.explanation
    assert figure.verdict is Verdict.supported, figure.explanation
    assert figure.evidence[0].period == "2012-12", figure.explanation


_RATES = {("Norway", 1975): 10.2, ("Norway", 1976): 8.8, ("Norway", 2021): 3.5, ("Norway", 2022): 10.0}


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", _RATES)


_PREVIOUS = "Consumer prices in Norway were on average 10 percent higher last year than in 2021."


def test_years_counted_from_the_year_the_text_speaks_of_land_on_the_year_the_sentence_writes(rates: Path) -> None:
    # 47 years before the page's 2023 is 1976; before 2022, the year the story is about, it is 1975, which the
    # sentence writes: the figure is 1975's
    text = f"{_PREVIOUS} It is the highest rate since 1975; 47 years ago inflation stood at 10.2 percent."
    result = claim_results(text, [rates], date="2023-01-12")["10.2 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "1975"


def test_years_counted_with_no_year_written_leave_the_neighbours_row_to_a_person(rates: Path) -> None:
    text = f"{_PREVIOUS} It is the highest rate in decades; 47 years ago inflation stood at 10.2 percent."
    result = claim_results(text, [rates], date="2023-01-12")["10.2 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "1976"
