"""Arabic as a reader reads it: 'for last year' written with its glued preposition ('للعام الماضي'), the
Arabic comma ('،') and the tanwin on an accusative ('ارتفاعاً', a rise) pass into the English the period
rules know, so a rise 'for last year, against the year before' is last year's rate, never an old one.

The package is publisher-shaped with invented figures: Tunisia's annual consumer-price inflation."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict

TUNISIA = {("Tunisia", 2031): 2.0, ("Tunisia", 2032): 6.4}
RISE = ("بلغ الرقم القياسي العام لأسعار المستهلك في تونس للعام الماضي 118.40 مقابل 111.27 لعام 2031، "
        "مسجلاً ارتفاعاً نسبته {figure}%، وفق المعهد الوطني للإحصاء.")


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", TUNISIA)


def test_the_gloss_keeps_last_year_the_comma_and_the_rise() -> None:
    text = RISE.format(figure="6.4")
    english = gloss_paragraphs(text, [(0, len(text), "ar")]).text
    assert "for last year" in english and "for the year 2031," in english, english
    assert "a rise of 6.4%," in english, english
    assert not any("\u064b" <= ch <= "\u0652" for ch in english), english  # no short vowel left on an English word


def test_a_rise_for_last_year_is_last_years_rate(cpi: Path) -> None:
    result = claim_results(RISE.format(figure="6.4"), [cpi], "2033-01-14")["6.4%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2032"


def test_a_wrong_rise_for_last_year_is_flagged_against_last_year_not_as_out_of_date(cpi: Path) -> None:
    result = claim_results(RISE.format(figure="9.4"), [cpi], "2033-01-14")["9.4%"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].period == "2032", result.explanation
