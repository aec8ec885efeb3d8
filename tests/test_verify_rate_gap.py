"""A year's inflation rate that the annual average misses widely, its basis unsaid: for review, not a
false alarm; a near miss, or a figure called an average, stays contradicted. Invented figures (Chile
2022: 11.6 %, Norway 2022: 5.8 % in the CPI package); sentences written here."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package, publisher_package

from workbench.config import Tolerances
from workbench.models import Verdict


def test_a_wide_gap_to_the_annual_average_with_the_basis_unsaid_is_for_review(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi")
    wide = claim_results("Chile's consumer prices rose 12.8% in 2022.", [cpi])["12.8%"]
    assert wide.verdict is Verdict.needs_review and wide.reason == "rate_basis", wide.explanation
    assert "December-on-December" in wide.explanation and wide.evidence[0].period == "2022"
    near = claim_results("Norway's consumer prices rose 6.0% in 2022.", [cpi])["6.0%"]
    assert near.verdict is Verdict.contradicted, near.explanation  # another agency's average, a revision
    far = claim_results("Chile's consumer prices rose 25.0% in 2022.", [cpi])["25.0%"]
    assert far.verdict is Verdict.contradicted, far.explanation  # twice the average: wrong on any basis


def test_a_figure_called_the_average_or_a_rule_turned_off_stays_contradicted(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi")
    average = claim_results("Chile's consumer prices rose 12.8% on average in 2022.", [cpi])["12.8%"]
    assert average.verdict is Verdict.contradicted, average.explanation
    off = claim_results("Chile's consumer prices rose 12.8% in 2022.", [cpi],
                        tolerances=Tolerances(rate_basis_gap=0))["12.8%"]
    assert off.verdict is Verdict.contradicted, off.explanation


def test_a_rate_published_once_a_year_is_judged_by_its_row(tmp_path: Path) -> None:
    growth = publisher_package(tmp_path / "gdp", "gdp-growth", "Economic growth", "GDP growth",
                               {("Chile", 2021): 11.7, ("Chile", 2022): 2.4},
                               description="Annual percentage growth rate of GDP at market prices (annual %)")
    result = claim_results("Chile's GDP growth rate was 4.0% in 2022.", [growth])["4.0%"]
    assert result.verdict is Verdict.contradicted, result.explanation


# Invented: a rate falling fast within a year (Peru 2023's average far below 2022's), one steady (Chile).
FALLING = {("Peru", 2022): 12.0, ("Peru", 2023): 3.0, ("Peru", 2024): 1.5,
           ("Chile", 2022): 3.0, ("Chile", 2023): 3.2, ("Chile", 2024): 3.1}


def test_a_rate_several_times_off_a_small_average_is_for_review_when_the_average_moved_that_much(
        tmp_path: Path) -> None:
    """A year whose average fell from 12 % to 3 % ends with a December rate far below 3 %: a figure a
    fifth of the average is a basis the data cannot rule out, in English as in Spanish (drafts dated
    after the year's average is out). Where the average barely moved, where the figure stands off it
    against the move, or where it is of the other sign, it stays contradicted."""
    cpi = cpi_package(tmp_path / "cpi", FALLING)
    english = claim_results("Peru's consumer prices rose only 0.6% in 2023, the central bank said.", [cpi],
                             date="2024-09-01")["0.6%"]
    assert (english.verdict, english.reason) == (Verdict.needs_review, "rate_basis"), english.explanation
    assert english.evidence[0].period == "2023"
    spanish = claim_results("La inflación en Perú fue de apenas 0,6% en 2023, según el banco central.", [cpi],
                            date="2024-09-01")["0,6%"]
    assert (spanish.verdict, spanish.reason) == (Verdict.needs_review, "rate_basis"), spanish.explanation
    steady = claim_results("Chile's consumer prices rose only 0.6% in 2023, the central bank said.", [cpi],
                           date="2024-09-01")["0.6%"]
    assert steady.verdict is Verdict.contradicted, steady.explanation
    against = claim_results("Peru's consumer prices rose 6.0% in 2023, the central bank said.", [cpi],
                            date="2024-09-01")["6.0%"]
    assert against.verdict is Verdict.contradicted, against.explanation  # above a falling average
    deflation = claim_results("Peru's consumer prices fell 0.6% in 2023, the central bank said.", [cpi],
                              date="2024-09-01")["0.6%"]
    assert deflation.verdict is Verdict.contradicted, deflation.explanation


# Invented: a rate flat in one year that climbs through the next (Mozambique's office states the year December
# on December; Kenya is on no list of how offices state it)
CLIMBING = {("Mozambique", 2015): 3.0, ("Mozambique", 2016): 17.0, ("Mozambique", 2017): 15.0,
            ("Kenya", 2015): 3.0, ("Kenya", 2016): 17.0, ("Kenya", 2017): 15.0}


def test_a_december_year_rate_may_stand_a_whole_years_move_off_its_average(tmp_path: Path) -> None:
    """12-month rates climbing from 3 % to 31 % through a year average 17 %: where the office states the year
    December on December, a figure up to the whole move into the year (14 points) past the average is that
    December's rate, for review; past that, or where no such office is known (half the move), contradicted."""
    cpi = cpi_package(tmp_path / "cpi", CLIMBING)

    def judged(text: str, figure: str) -> tuple[Verdict, str | None]:
        result = claim_results(text, [cpi], date="2018-03-01")[figure]
        return result.verdict, result.reason
    assert judged("Mozambique's inflation reached 25.0% in 2016.", "25.0%") == (Verdict.needs_review, "rate_basis")
    assert judged("Mozambique's inflation reached 35.0% in 2016.", "35.0%")[0] is Verdict.contradicted
    assert judged("Kenya's inflation reached 25.0% in 2016.", "25.0%")[0] is Verdict.contradicted
