"""Many languages date a figure by the noun 'month' before the month's name: Arabic 'في شهر يوليو' and Hebrew
'בחודש מאי' gloss as 'in month July', Swahili writes 'mwezi Septemba' with no preposition at all. Read as
'month July', the month was lost, and a month's 12-month rate was judged against an annual average — a false
alarm. 'in month July' now dates the figure as 'in July' does, and Swahili's 'mwezi' before a month's name reads
'the month of'. Swahili's 'mfumuko wa bei wa msingi' is core inflation, a series the packages do not hold.

The packages are World Bank-shaped with invented figures; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.drafts import parse_draft
from workbench.extraction import extract
from workbench.languages import gloss_paragraphs
from workbench.models import Verdict

# the year's average far above the months' 12-month rates the sentences quote
ROWS = {("Rwanda", 2030): 7.2, ("Rwanda", 2031): 8.3, ("Uganda", 2030): 2.6, ("Uganda", 2031): 3.4}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("month_noun") / "cpi", ROWS)


def _periods(text: str, date: str) -> dict[str, str | None]:
    draft = parse_draft(f"---\ndate: {date}\n---\n\n{text}\n".encode(), "draft.md")
    return {c.text: c.period for c in extract(draft)}


@pytest.mark.parametrize("text, figure", [
    ("The consumer price index rose 0.6% in month May, the statistics bureau said.", "0.6%"),
    ("Inflation stood at 4.1% during the month September, up from 3.9%.", "4.1%"),
])
def test_a_month_noun_between_preposition_and_name_dates_the_figure(text: str, figure: str) -> None:
    assert _periods(text, "2031-10-11")[figure] == f"2031-{'05' if 'May' in text else '09'}"


def test_the_swahili_month_noun_reads_the_month_of() -> None:
    text = "Mfumuko wa bei umeongezeka hadi asilimia 4.1 mwezi Septemba, kutoka asilimia 3.6 mwezi uliopita."
    glossed = gloss_paragraphs(text, [(0, len(text), "sw")]).text
    assert "the month of September" in glossed
    assert glossed.count("the month of") == 1  # 'mwezi uliopita', the month before, names no month: still 'month'


def test_a_swahili_month_s_rate_is_not_judged_against_the_year_s_average(cpi: Path) -> None:
    text = ("Taasisi ya Takwimu nchini Rwanda imesema fahirisi ya bei imeongezeka hadi asilimia 3.9 kila mwaka "
            "mwezi Septemba, kutoka asilimia 3.3 mwezi uliotangulia.")
    found = claim_results(text, [cpi], "2031-10-11")
    result = found["asilimia 3.9"]
    assert result.claim.period == "2031-09"
    assert result.verdict is Verdict.needs_review, result.explanation


def test_swahili_core_inflation_is_a_series_the_data_does_not_hold(cpi: Path) -> None:
    text = ("Ofisi ya Takwimu ya Uganda imesema mfumuko wa bei wa msingi wa kila mwaka uliongezeka hadi "
            "asilimia 3.4 mwaka 2031.")
    found = claim_results(text, [cpi], "2032-01-20")
    assert found["asilimia 3.4"].verdict is Verdict.unsupported, found["asilimia 3.4"].explanation
