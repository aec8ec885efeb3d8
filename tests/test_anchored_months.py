"""'a month earlier', 'the previous month', 'a quarter earlier': months counted from the month (or the
quarter) the sentence named before them, as 'a year earlier' counts years (periods.json
``anchored_relative_months``) — never the named month itself."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from package_support import claim_results, monthly_rates_package

from workbench.extraction import extract_text
from workbench.models import Verdict


def _periods(text: str) -> dict[str, str | None]:
    return {c.text: c.period for c in extract_text(text)}


def test_a_month_earlier_is_the_month_before_the_named_one() -> None:
    assert _periods("The yen averaged 131.2 per dollar in March 2030, up from 128.4 a month earlier.") \
        == {"131.2": "2030-03", "128.4": "2030-02"}
    assert _periods("The index stood at 102.5 in January 2030, after 101.9 the previous month.") \
        == {"102.5": "2030-01", "101.9": "2029-12"}


def test_a_quarter_earlier_is_the_quarter_before_the_named_one() -> None:
    assert _periods("Output grew 2.1% in the third quarter of 2030, after 1.5% a quarter earlier.")["1.5%"] \
        == "2030-04/2030-06"


def test_the_month_before_is_judged_by_its_own_row(tmp_path: Path) -> None:
    package = monthly_rates_package(tmp_path / "fx", "Japan", {"2030-01": 126.0, "2030-02": 128.4, "2030-03": 131.2})
    for phrase in ("a month earlier", "the previous month", "the month before"):
        results = claim_results(f"The yen averaged 131.2 per dollar in March 2030, down from 128.4 {phrase}.",
                                [package], date="2030-06-01")
        assert (results["128.4"].verdict, results["128.4"].evidence[0].period) == (Verdict.supported, "2030-02"), phrase
        assert results["131.2"].verdict is Verdict.supported


def test_no_month_is_counted_from_one_whose_year_the_text_does_not_write() -> None:
    # 'in December' of a text whose year only its date gives: November of which year is as unknown
    claims = {c.text: c.period for c in extract_text("Annual inflation rose to 4.1% in December from 3.5% the "
                                                     "previous month.", as_of=dt.date(2031, 2, 1))}
    assert claims["3.5%"] != "2030-11"


def test_a_figure_in_brackets_after_the_previous_quarter_is_that_quarters() -> None:
    # the base phrase ('from the previous quarter') dates the bracketed figure after it, not the sentence's own
    periods = _periods("The won averaged 1,210.4 per dollar in the third quarter of 2030, up 12.0 won from the "
                       "previous quarter (1,198.4 won).")
    assert periods["1,210.4"] == "2030-07/2030-09"
    assert periods["1,198.4 won"] == "2030-04/2030-06"


def test_the_quarter_counted_from_one_whose_year_is_written_apart(tmp_path: Path) -> None:
    # Korean writes the year on its own before the quarter ('2030년 3분기'): the quarter before is still of that year
    package = monthly_rates_package(tmp_path / "fx", "South Korea", _WON_MONTHS)
    results = claim_results("한국은행에 따르면 2030년 3분기 평균 원·달러 환율은 1210.4원으로 전분기(1198.4원)에 비해 "
                            "12.0원 상승했다.", [package], date="2030-10-20")
    assert results["1198.4원"].claim.period == "2030-04/2030-06"
    assert results["1198.4원"].verdict is Verdict.supported, results["1198.4원"].explanation
    assert results["1210.4원"].claim.period == "2030-07/2030-09"


_WON_MONTHS = {"2030-04": 1190.0, "2030-05": 1200.0, "2030-06": 1205.2, "2030-07": 1208.0, "2030-08": 1210.0,
               "2030-09": 1213.2}


def test_the_bracketed_quarter_before_is_judged_by_the_mean_of_its_months(tmp_path: Path) -> None:
    package = monthly_rates_package(tmp_path / "fx", "South Korea", _WON_MONTHS)
    results = claim_results("The South Korean won averaged 1,210.4 per US dollar in the third quarter of 2030, up "
                            "12.0 won from the previous quarter (1,198.4 won).", [package], date="2030-10-20")
    assert results["1,198.4 won"].verdict is Verdict.supported, results["1,198.4 won"].explanation
    assert [c.period for c in results["1,198.4 won"].evidence[0].cells] == ["2030-04", "2030-05", "2030-06"]
