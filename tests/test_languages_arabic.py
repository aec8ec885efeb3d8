"""Arabic CO2 news read through the gloss: 'جزء في المليون' (parts per million), 'ثاني أكسيد الكربون'
(carbon dioxide), the station's name and CLDR's month names ('مايو', Levantine 'أيار') make a
station's May mean checkable; an Arabic figure the checker cannot read is left to a person, never
flagged as missing from the data.

The package is publisher-shaped with invented figures: a station's monthly and the globe's annual CO2 means."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, ppm_package

from workbench.models import Verdict


@pytest.fixture()
def ppm(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2030, 431.2), (2031, 433.6)]),
        "co2-mm-mlo": ("Date", "date", "Average", [("2031-04", 438.9), ("2031-05", 440.5)])})


@pytest.mark.parametrize("month", ["مايو", "أيار"])
def test_a_station_may_mean_in_arabic(ppm: Path, month: str) -> None:
    text = f"سجل مرصد ماونا لوا متوسط ثاني أكسيد الكربون عند 440.5 جزء في المليون في {month} 2031، وفق التقرير."
    result = claim_results(text, [ppm], "2031-06-10")["440.5 جزء في المليون"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].resource, result.evidence[0].period) == ("co2-mm-mlo", "2031-05")
    wrong = claim_results(text.replace("440.5", "452.5"), [ppm], "2031-06-10")["452.5 جزء في المليون"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_an_annual_level_of_the_atmosphere_in_arabic(ppm: Path) -> None:
    text = "ارتفع تركيز ثاني أكسيد الكربون في الغلاف الجوي إلى 431.2 جزء في المليون في عام 2030."
    result = claim_results(text, [ppm], "2031-06-10")["431.2 جزء في المليون"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-annmean-gl"


def test_an_arabic_figure_the_checker_cannot_read_is_left_to_a_person(ppm: Path) -> None:
    text = "استقبلت الحديقة في عام 2030 نحو 5.2 مليون زائر من داخل البلاد وخارجها."
    result = claim_results(text, [ppm], "2031-06-10")
    assert result, "the figure is read"
    assert all(r.verdict is Verdict.needs_review for r in result.values()), [r.explanation for r in result.values()]


def test_an_arabic_rate_of_the_first_months_of_the_year_is_no_annual_average(tmp_path: Path) -> None:
    # 'in the first two months of this year, compared with the same period of last year': a year-to-date
    # rate of a year not over, which last year's annual average (4.2 %) does not refute
    package = cpi_package(tmp_path, {("Jordan", 2021): 1.35, ("Jordan", 2022): 4.2, ("Jordan", 2023): 2.1})
    text = ("سجل مؤشر أسعار المستهلك التراكمي في الأردن ارتفاعا إلى 4.4% في أول شهرين من العام الحالي، "
            "مقارنة بالفترة ذاتها من العام الماضي.")
    result = claim_results(text, [package], "2023-03-13")["4.4%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "January–February 2023" in result.explanation
