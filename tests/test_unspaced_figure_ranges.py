"""'114円台', '2.3%대': a figure with a range suffix after its unit ('figure_unit_ranges') speaks of the
span of its last written digit — 114.00 … 114.99 yen, 2.3 … 2.39 % — and is judged as 'between 114 and
115 yen' is. Where that digit is a zero ('140円台', '1,130원대') which digit the range runs over is unsaid
(140.xx to a currency desk, 140 … 149 to a shop): the figure is read as written, as before. Japanese
'円相場' (the yen's exchange rate) is read as such.

Packages Federal Reserve-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, monthly_rates_package

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict


def _glossed(text: str, code: str) -> str:
    return " ".join(gloss_paragraphs(text, [(0, len(text), code)]).text.split())


@pytest.mark.parametrize("text, code, english", [
    ("円相場は108円台だった。", "ja", "between 108 and 109 yen"),
    ("価格は1万円台だった。", "ja", "between 10,000 and 20,000 yen"),
    ("물가는 2.3%대였다.", "ko", "between 2.3 and 2.4%"),
])
def test_a_range_suffix_spans_the_figure_s_last_digit(text: str, code: str, english: str) -> None:
    assert english in _glossed(text, code)


@pytest.mark.parametrize("text, code", [("円相場は140円台だった。", "ja"), ("환율은 1,130원대였다.", "ko")])
def test_a_range_over_a_trailing_zero_is_read_as_written(text: str, code: str) -> None:
    assert "between" not in _glossed(text, code)


def test_the_month_s_yen_rate_in_its_range_is_supported(tmp_path: Path) -> None:
    # 108.9 yen lies in '108円台'; read as '108 yen' it would be 0.8 % off
    packages = [monthly_rates_package(tmp_path / "fx", "Japan", {"2021-02": 105.4, "2021-03": 108.9})]
    found = claim_results("2021年3月の円相場は平均108円台で推移した。", packages, "2021-06-01")
    result = claim_starting(found, "108円台")
    assert result.verdict is Verdict.supported
    assert (result.evidence[0].period, result.evidence[0].value) == ("2021-03", 108.9)



@pytest.mark.parametrize("text, english", [("円相場は1ドル=108円で取引を終えた。", "closed at"),
                                           ("円相場の終値は1ドル=108円だった。", "closing price")])
def test_a_market_close_is_glossed_as_a_day_s_price(text: str, english: str) -> None:
    # 'closed at', 'closing price' are day_price_words: a day's close is no month's or year's average
    assert english in _glossed(text, "ja")


@pytest.mark.parametrize("text, english", [("円相場は月末まで112~115円で推移した。", "112 to 115 yen"),
                                           ("円相場は112～115円のレンジで推移した。", "112 to 115 yen"),
                                           ("円相場は112〜115円台で推移した。", "112 to 116 yen")])
def test_a_tilde_between_two_figures_joins_a_range(text: str, english: str) -> None:
    # '112~115円': Japanese copy writes a range's ends with a tilde (ASCII, full-width or the wave dash); a range
    # suffix on its high end ('115円台') sets only where the range ends, 115.99…
    assert english in _glossed(text, "ja")


def test_a_tilde_range_of_the_yen_is_one_claim_judged_by_its_currency(tmp_path: Path) -> None:
    # read apart, '112' was a bare count the Tokyo market's city judged as a place no rate covers
    packages = [monthly_rates_package(tmp_path / "fx", "Japan", {"2021-02": 105.4, "2021-03": 113.6})]
    found = claim_results("東京外国為替市場の円相場は2021年3月、月平均で112~115円で推移した。", packages, "2021-06-01")
    assert not any(surface.startswith("112") and surface != "112~115円" for surface in found)
    result = found["112~115円"]
    assert result.verdict is Verdict.supported
    assert (result.evidence[0].period, result.evidence[0].value) == ("2021-03", 113.6)
