"""Arabic 'من X إلى Y' is 'from X to Y': a rise from one level to another is two figures, each judged
against its own year, never one range that holds the row; 'أكثر من' is 'more than'.

The package is publisher-shaped with invented figures: the globe's annual CO2 means."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, ppm_package

from workbench.models import Verdict


@pytest.fixture()
def ppm(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [(2030, 431.2), (2031, 433.6)])})


def test_a_rise_from_one_level_to_another_is_two_figures(ppm: Path) -> None:
    text = ("ارتفع تركيز ثاني أكسيد الكربون في الغلاف الجوي من 420.4 جزء في المليون "
            "إلى 436.9 جزء في المليون في عام 2031.")
    results = claim_results(text, [ppm], "2032-03-01")
    assert results, "the figures are read"
    assert all(r.verdict is not Verdict.supported for r in results.values()), \
        {k: (r.verdict, r.explanation) for k, r in results.items()}
    assert any(r.verdict is Verdict.contradicted for r in results.values()), \
        {k: (r.verdict, r.explanation) for k, r in results.items()}


def test_more_than_is_a_lower_bound(ppm: Path) -> None:
    text = "بلغ تركيز ثاني أكسيد الكربون في الغلاف الجوي أكثر من 425 جزء في المليون في عام 2031."
    result = claim_results(text, [ppm], "2032-03-01")["425 جزء في المليون"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031"
    above = claim_results(text.replace("425", "440"), [ppm], "2032-03-01")["440 جزء في المليون"]
    assert above.verdict is Verdict.contradicted, above.explanation


# After a month's name, 'من عام' names the month's year ('آذار من عام 2022': March of 2022), not where a span starts.
def test_a_month_of_a_year_is_that_months_index_level(tmp_path: Path) -> None:
    text = ("نشرت دائرة الإحصاءات العامة تقريرها حول الرقم القياسي العام لأسعار المستهلك في النرويج لشهر آذار من عام 2022 "
            "ليصل الى 114.27 مقابل 109.53 لنفس الشهر من عام 2021.")
    results = claim_results(text, [cpi_package(tmp_path)], None)
    for level in ("114.27", "109.53"):
        assert results[level].verdict is Verdict.unsupported, results[level].explanation


def test_a_months_rate_is_judged_for_the_year_named_after_it(tmp_path: Path) -> None:
    text = "سجل معدل التضخم في النرويج 6.4% في شهر آذار من عام 2022."
    result = claim_results(text, [cpi_package(tmp_path)], None)["6.4%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert str(result.claim.period).startswith("2022"), (result.claim.period, result.explanation)
    assert result.evidence and result.evidence[0].period == "2022", result.explanation
