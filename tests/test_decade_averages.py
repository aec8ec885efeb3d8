"""An average over a decade: 'averaged 4.1 percent a year in the 1990s' is the mean of the yearly rows
1990–1999, and 'during the last decade' the ten whole years before the draft's year — never the row of
another figure's period, nor of the day the checker runs when the draft has no date."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, ppm_package

from workbench.models import Verdict
from workbench.verify import Reason

# Chile's inflation, invented: the 1990s average 11.74 %, the 2000s 3.38 %, the 2010s 2.95 %.
RATES = {("Chile", year): value for year, value in zip(
    range(1990, 2020),
    [26.0, 21.8, 15.4, 12.7, 11.4, 8.2, 7.4, 6.1, 5.1, 3.3,
     3.8, 3.6, 2.5, 2.8, 1.1, 3.1, 3.4, 4.4, 8.7, 0.4,
     1.4, 3.3, 3.0, 1.8, 4.7, 4.3, 3.8, 2.2, 2.4, 2.6], strict=True)}


def _mean(first: int, last: int) -> float:
    return sum(RATES[("Chile", y)] for y in range(first, last + 1)) / (last - first + 1)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", RATES)


def test_a_decade_named_by_its_years_is_the_mean_of_its_ten_rows(package: Path) -> None:
    text = "Consumer price inflation in Chile averaged 11.7 percent a year in the 1990s, and 3.4 percent in the 2000s."
    results = claim_results(text, [package], date="2021-05-04")
    nineties, noughties = results["11.7 percent"], results["3.4 percent"]
    assert nineties.verdict is Verdict.supported, nineties.explanation
    assert nineties.evidence[0].period == "1990/1999"
    assert nineties.evidence[0].value == pytest.approx(_mean(1990, 1999))
    assert noughties.verdict is Verdict.supported, noughties.explanation
    assert noughties.evidence[0].period == "2000/2009"
    wrong = claim_results(text.replace("11.7 percent", "9.4 percent"), [package], date="2021-05-04")["9.4 percent"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_the_last_decade_counts_back_from_the_drafts_year(package: Path) -> None:
    text = ("Chile's inflation averaged 3.4 percent a year in the 2000s and 3.0 percent a year "
            "during the last decade, the central bank said.")
    result = claim_results(text, [package], date="2020-02-11")["3.0 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2010/2019"
    assert result.evidence[0].value == pytest.approx(_mean(2010, 2019))


@pytest.mark.parametrize("span", ["over the past 10 years", "over the past ten years"])
def test_a_span_counted_in_digits_is_read_as_the_one_in_words(package: Path, span: str) -> None:
    text = f"Chile's consumer prices rose an average 3.0 percent a year {span}, the central bank said."
    result = claim_results(text, [package], date="2020-02-11")["3.0 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2010/2019"


@pytest.mark.parametrize("span", ["during the last 10 years", "during the last ten years"])
def test_a_span_in_digits_of_an_undated_draft_goes_to_a_person_too(package: Path, span: str) -> None:
    text = f"Chile's consumer prices rose an average 6.5 percent a year {span}, the central bank said."
    result = claim_results(text, [package], date=None)["6.5 percent"]
    assert result.reason == Reason.SPAN_END_UNKNOWN.value, result.explanation


def test_the_last_decade_of_an_undated_draft_goes_to_a_person(package: Path) -> None:
    # counted from the day of the check, 'the last decade' would be years the writer never saw
    text = ("Chile's inflation averaged 3.4 percent a year in the 2000s and 6.5 percent a year "
            "during the last decade, the central bank said.")
    result = claim_results(text, [package], date=None)["6.5 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == Reason.SPAN_END_UNKNOWN.value
    assert "the last decade" in result.explanation


def test_part_of_a_decade_is_no_whole_decade(package: Path) -> None:
    text = "Chile's inflation averaged 3.4 percent a year in the early 2000s."
    result = claim_results(text, [package], date="2021-05-04")["3.4 percent"]
    assert all(e.period != "2000/2009" for e in result.evidence), result.explanation


@pytest.mark.parametrize("date", ["2020-02-11", None])
def test_a_span_opening_the_sentence_dates_its_average(package: Path, date: str | None) -> None:
    text = "During the last decade, consumer prices in Chile rose by an average of 3.0 percent a year, the bank said."
    result = claim_results(text, [package], date=date)["3.0 percent"]
    if date is None:
        assert result.verdict is Verdict.needs_review, result.explanation
        assert result.reason == Reason.SPAN_END_UNKNOWN.value
        return
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2010/2019"
    assert result.evidence[0].value == pytest.approx(_mean(2010, 2019))


def test_a_digit_of_a_name_between_the_span_and_the_figure_is_no_other_figure(tmp_path: Path) -> None:
    growth = [(year, 1.5 + 0.1 * (year - 2000)) for year in range(2000, 2020)]  # 2009–2018 average 2.85
    gas = ppm_package(tmp_path / "gas", {"co2-gr-gl": ("Year", "year", "Annual Increase", growth)})
    text = "Over the last decade, CO2 concentrations saw an average growth rate of 2.5 ppm per year."
    result = claim_results(text, [gas], date="2019-06-06")["2.5 ppm"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2009/2018"
    assert result.evidence[0].value == pytest.approx(2.85)


@pytest.mark.parametrize("date", [None, "2024-03-02"])
def test_a_span_whose_years_the_sentence_writes_is_those_years(package: Path, date: str | None) -> None:
    # 'the last decade (2000-2009)': the writer dated the span, so an undated draft's figure is judged (not
    # left to a person for want of a date), and a dated draft's is judged on the written years, not the ten
    # years before the draft's
    text = "Over the last decade (2000-2009) Chile's inflation averaged {} percent a year, the central bank said."
    agreeing = claim_results(text.format("3.4"), [package], date=date)["3.4 percent"]
    assert agreeing.verdict is Verdict.supported, agreeing.explanation
    assert agreeing.evidence[0].period == "2000/2009"
    assert agreeing.evidence[0].value == pytest.approx(_mean(2000, 2009))
    disagreeing = claim_results(text.format("5.9"), [package], date=date)["5.9 percent"]
    assert disagreeing.verdict is Verdict.contradicted, disagreeing.explanation


def test_a_written_span_of_another_length_leaves_the_decade_undated(package: Path) -> None:
    text = "Over the last decade (2000-2004) Chile's inflation averaged 2.7 percent a year, the central bank said."
    result = claim_results(text, [package], date=None)["2.7 percent"]
    assert result.reason == Reason.SPAN_END_UNKNOWN.value, result.explanation


def test_a_station_named_above_rules_out_the_globe_s_growth_beside_a_level(tmp_path: Path) -> None:
    # the level series leads by its words ('concentration'), and only the growth series are of the figure's
    # order: the station's, which the paragraph names, agrees; the globe's, which the text never names, does not
    years = range(2000, 2020)
    station_growth = [(y, 2.0 + 0.05 * (y - 2000)) for y in years]  # 2010–2019 mean 2.725
    global_growth = [(y, 1.9 + 0.05 * (y - 2000)) for y in years]  # 2010–2019 mean 2.625
    gas = ppm_package(tmp_path / "gas", {
        "co2-annmean-mlo": ("Year", "year", "Mean", [(y, 370.0 + 2.2 * (y - 2000)) for y in years]),
        "co2-annmean-gl": ("Year", "year", "Mean", [(y, 369.0 + 2.1 * (y - 2000)) for y in years]),
        "co2-gr-mlo": ("Year", "year", "Annual Increase", station_growth),
        "co2-gr-gl": ("Year", "year", "Annual Increase", global_growth)})
    text = ("The concentration of CO2 measured at Mauna Loa reached 413.5 ppm in 2019.\n\n"
            "For the last decade (2010-2019) the average annual increase in concentration was 2.73 ppm per year.")
    result = claim_results(text, [gas], date=None)["2.73 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx(2.725)
