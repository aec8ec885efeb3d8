"""Persian copy shortens a solar Hijri year to its last two digits after 'سال' (year): 'سال ۸۵' is 1385 (March 2006 to
March 2007), and a statistics centre's yearly series is quoted as a run ('سال ۸۵ به میزان ۶٫۲، ۸۶ معادل ۷٫۱'), its later
years often bare. Those are years, never figures to check; and each year's bare figure of such a run, its measure named
where the run opens, is read as its sentence says it, as English is. The packages are World Bank-shaped with invented
figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict

SERIES = ("به گزارش مرکز آمار، رشد اقتصادی کشور اعلام شد و بر اساس آن تولید ناخالص داخلی در سال 85 به میزان 6.2، "
          "سال 86 معادل 7.1، 87 به میزان 0.9، 88 معادل 2.4 و در سال 89 نیز به میزان 5.6 بوده است.")


def _gloss(text: str) -> str:
    return gloss_paragraphs(text, [(0, len(text), "fa")]).text


@pytest.fixture(scope="module")
def gdp(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("gdp"), {("Kazakhstan", 2010): 16_300_000.0},
                              {("Kazakhstan", 2010): 1.48e11})


def test_two_digits_after_the_word_for_year_are_a_solar_year() -> None:
    english = _gloss(SERIES)
    for span in ("2006/07", "2007/08", "2008/09", "2009/10", "2010/11"):
        assert span in english, english
    assert "year 85" not in english


def test_a_year_of_the_fourteen_hundreds_written_short() -> None:
    assert "2023/24" in _gloss("تورم در سال ۰۲ به ۴۰ درصد رسید.")


@pytest.mark.parametrize("text", [
    "در یک سال ۸۰ میلیون تن گندم وارد شد.",  # a year's amount: the figure has its scale and unit
    "امسال ۷۵ هزار نفر آمدند.",  # 'this year', a word that ends in 'سال'
    "قیمت‌ها، ۷۴ به میزان ۵ افزایش یافت.",  # no year of the calendar before it: no run of years
])
def test_a_figure_that_is_no_short_year_stays_a_figure(text: str) -> None:
    english = _gloss(text)
    assert "/" not in english, english


def test_the_years_of_a_run_are_no_claims(gdp: list[Path]) -> None:
    results = claim_results(SERIES, gdp, "2012-03-01")
    assert not {"85", "86", "87", "88", "89"} & set(results), sorted(results)


@pytest.mark.parametrize("figure", ["6.2", "7.1", "0.9"])
def test_a_years_bare_figure_of_the_run_is_read_as_the_sentence_says(gdp: list[Path], figure: str) -> None:
    # the series opens on the economy's growth of a country no package holds: every word is read, and nothing in the
    # data is of it, as the same sentence in English is judged
    result = claim_results(SERIES, gdp, "2012-03-01")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason != "unknown_language_words"


def test_a_bare_figure_outside_a_run_of_years_stays_for_review(gdp: list[Path]) -> None:
    text = "به گزارش مرکز آمار، تولید ناخالص داخلی کشور به میزان 6.2 بوده است."
    result = claim_results(text, gdp, "2012-03-01")["6.2"]
    assert result.verdict is Verdict.needs_review, result.explanation
