"""A figure naming no year that an old row agrees with, while the latest row does not: out of date
only if the series never came back to it. When two later years' rows lie on either side of it, the
text may quote any of those years' releases, and a person decides. Invented figures."""

from __future__ import annotations

from pathlib import Path

from package_support import only_result, publisher_package

COLUMN = "CO2 emissions (metric tons per capita)"
SENTENCE = "Norway emits 10.6 metric tons of CO2 per capita, according to the latest World Bank figures."


def _package(tmp_path: Path, by_year: dict[int, float]) -> Path:
    rows = {("Norway", year): value for year, value in by_year.items()}
    return publisher_package(tmp_path / "co2", "co2-per-capita", "CO2 emissions per capita", COLUMN, rows,
                             description="Carbon dioxide emissions from burning fossil fuels, per person")


def test_a_series_that_passes_the_figure_again_later_sends_it_to_review(tmp_path: Path) -> None:
    # 2008 agrees; the series rose to 12.4 in 2012 and fell to 10.3 in 2013, passing 10.6 on the way
    package = _package(tmp_path, {2008: 10.6, 2009: 11.5, 2010: 11.8, 2011: 12.0, 2012: 12.4, 2013: 10.3,
                                  2014: 10.0, 2015: 9.8, 2016: 9.5, 2017: 9.2, 2018: 9.0})
    result = only_result(SENTENCE, [package], date="2019-09-10")
    assert result.verdict.value == "needs_review", result.explanation
    assert "2012 and 2013" in result.explanation


def test_a_steadily_falling_series_keeps_the_figure_out_of_date(tmp_path: Path) -> None:
    package = _package(tmp_path, {2008: 10.6, 2009: 10.4, 2010: 10.2, 2011: 10.0, 2012: 9.8, 2013: 9.6,
                                  2014: 9.4, 2015: 9.2, 2016: 9.0, 2017: 8.8, 2018: 8.6})
    result = only_result(SENTENCE, [package], date="2019-09-10")
    assert result.verdict.value == "contradicted", result.explanation
    assert result.reason == "stale"


def test_a_figure_dated_by_its_sentence_is_judged_for_that_year(tmp_path: Path) -> None:
    package = _package(tmp_path, {2008: 10.6, 2009: 11.5, 2010: 11.8, 2011: 12.0, 2012: 12.4, 2013: 10.3,
                                  2014: 10.0, 2015: 9.8, 2016: 9.5, 2017: 9.2, 2018: 9.0})
    result = only_result("In 2018 Norway emitted 10.6 metric tons of CO2 per capita.", [package], date="2019-09-10")
    assert result.verdict.value == "contradicted", result.explanation
