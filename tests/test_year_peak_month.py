"""A level called a year's peak (or low) and dated by the year alone is that year's highest (lowest)
monthly reading, of the months out by the draft's date: not the year's last month nor its average."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, monthly_rates_package, ppm_package

from workbench.models import Verdict

# An invented station's monthly means: the cycle tops out in May, bottoms out in September.
_MONTHS = [("2030-01", 425.0), ("2030-02", 427.0), ("2030-03", 429.0), ("2030-04", 431.5),
           ("2030-05", 434.8), ("2030-06", 433.9), ("2030-07", 430.6), ("2030-08", 427.4),
           ("2030-09", 424.0), ("2030-10", 425.6), ("2030-11", 427.8), ("2030-12", 429.9)]


def _station(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {"co2-mm-mlo": ("Date", "date", "Average", _MONTHS)})


def _result(text: str, claim: str, packages: list[Path], date: str | None):
    [result] = [r for surface, r in claim_results(text, packages, date=date).items() if surface.startswith(claim)]
    return result


def test_this_years_peak_is_its_highest_month_so_far(tmp_path: Path) -> None:
    station = _station(tmp_path)
    result = _result("Carbon dioxide at Mauna Loa peaked this year at 434.8 parts per million, the observatory said.",
                     "434.8", [station], date="2030-06-20")
    assert result.verdict is Verdict.supported
    assert (result.evidence[0].resource, result.evidence[0].period) == ("co2-mm-mlo", "2030-05")


def test_a_named_years_low_is_its_lowest_month(tmp_path: Path) -> None:
    station = _station(tmp_path)
    result = _result("In 2030 the monthly mean at Mauna Loa bottomed at 424.0 ppm before climbing again.",
                     "424.0", [station], date=None)
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2030-09"


def test_a_month_not_out_by_the_draft_is_no_peak_the_writer_knew(tmp_path: Path) -> None:
    # written in March: the peak the writer could know is March's, and May's later top does not support it
    station = _station(tmp_path)
    result = _result("So far in 2030 the Mauna Loa concentration has peaked at 434.8 ppm.", "434.8", [station],
                     date="2030-04-10")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period")


def test_a_peak_the_months_do_not_reach_is_no_alarm(tmp_path: Path) -> None:
    # a figure above every month: a revised row or another station may explain it; a person decides
    station = _station(tmp_path)
    result = _result("This year carbon dioxide at Mauna Loa peaked at 440.2 parts per million.", "440.2",
                     [station], date="2030-07-15")
    assert result.verdict is Verdict.needs_review


def test_an_exchange_rates_peak_is_no_months_average(tmp_path: Path) -> None:
    # a currency's peak is one day's price: the month whose average comes nearest is not its evidence
    months = {f"2030-{m:02d}": v for m, v in enumerate([1301.5, 1312.0, 1333.8, 1351.2, 1362.9, 1349.0,
                                                         1340.2, 1331.7, 1328.4, 1320.9, 1315.3, 1309.8], start=1)}
    fx = monthly_rates_package(tmp_path / "fx", "South Korea", months)
    result = _result("The South Korean won peaked at 1,362.9 per US dollar in 2030, the weakest in years.",
                     "1,362.9", [fx], date="2031-02-01")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "different_period")


def _station_with_mean(tmp_path: Path) -> Path:
    mean = sum(v for _, v in _MONTHS) / len(_MONTHS)  # 428.9
    return ppm_package(tmp_path / "gas", {"co2-mm-mlo": ("Date", "date", "Average", _MONTHS),
                                          "co2-annmean-mlo": ("Year", "year", "Mean", [(2029, 426.1), (2030, round(mean, 2))])})


def test_a_years_low_is_its_lowest_month_not_its_mean(tmp_path: Path) -> None:
    # the year's mean (428.9) is no ground for calling the low stale or wrong
    result = _result("Carbon dioxide at the Mauna Loa observatory bottomed at 424.0 ppm in 2030.", "424.0",
                     [_station_with_mean(tmp_path)], date="2031-03-01")
    assert result.verdict is Verdict.supported
    assert (result.evidence[0].resource, result.evidence[0].period) == ("co2-mm-mlo", "2030-09")


def test_a_years_peak_is_supported_by_its_top_month_not_by_the_mean(tmp_path: Path) -> None:
    station = _station_with_mean(tmp_path)
    result = _result("Carbon dioxide at Mauna Loa peaked at 434.8 ppm in 2030.", "434.8", [station], date="2031-03-01")
    assert (result.verdict, result.evidence[0].period) == (Verdict.supported, "2030-05")
    # a 'peak' that is the mean's figure is not the peak: no support from the mean's row
    result = _result("Carbon dioxide at Mauna Loa peaked at 428.9 ppm in 2030.", "428.9", [station], date="2031-03-01")
    assert result.verdict is Verdict.needs_review


def test_the_mean_named_in_its_own_clause_keeps_the_means_row(tmp_path: Path) -> None:
    results = claim_results("The peak at Mauna Loa was 434.8 ppm in 2030, while the annual mean was 428.9 ppm in 2030.",
                            [_station_with_mean(tmp_path)], date="2031-03-01")
    assert (results["434.8 ppm"].verdict, results["434.8 ppm"].evidence[0].period) == (Verdict.supported, "2030-05")
    assert (results["428.9 ppm"].verdict, results["428.9 ppm"].evidence[0].resource) == (Verdict.supported, "co2-annmean-mlo")


def test_a_peak_against_yearly_averages_only_is_for_a_person_unless_below_the_mean(tmp_path: Path) -> None:
    # no monthly rows: a year's peak above the year's average is what a peak is, so the average does not
    # refute it; a 'peak' below the average of its own year is wrong on any reading
    from package_support import cpi_package

    prices = cpi_package(tmp_path / "cpi", {("Brazil", 1992): 950.0, ("Brazil", 1993): 1900.0})
    above = _result("Brazilian inflation peaked at 5,000 per cent a year in 1993.", "5,000", [prices], date="2001-05-01")
    assert (above.verdict, above.reason) == (Verdict.needs_review, "different_period"), above.explanation
    below = _result("Brazilian inflation peaked at 800 per cent a year in 1993.", "800", [prices], date="2001-05-01")
    assert below.verdict is Verdict.contradicted, below.explanation
