"""A price index written as a percent of its base period, and the index's parts listed after it, as a language
that sets the verb last writes them (Azerbaijani, glossed word for word): 'istehlak qiymətləri indeksi ötən ilin
eyni dövrünə nisbətən 104,1 %' (the index compared with the same period of the previous year: 104.1 %) is a
rise of 4.1 %, judged by the year's row; 'o cümlədən ərzaq məhsulları üzrə 106,3 %' (including foodstuffs:
106.3 %) is a part of the index, a series the data does not hold (unsupported); 'iyul ayına nisbətən 100,4 %'
(compared with July: 100.4 %) is a change over one month (unsupported, month on month), while the same month of
the year before ('ötən ilin avqust ayı ilə müqayisədə') stays a 12-month rate. The English forms of the same
readings: the base said before the figure, and a part set right before its figure by 'at'.

The package is World Bank-shaped, figures invented; the sentences are the test's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Azerbaijan", 2021): 6.7, ("Azerbaijan", 2022): 4.1, ("Chile", 2022): 11.6}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize("text, figure", [
    ("2022-ci ildə Azərbaycanda istehlak qiymətləri indeksi ötən ilin eyni dövrünə nisbətən 104,1 % təşkil edib.",
     "104,1 %"),
    ("In 2022 the consumer price index of Azerbaijan compared with the same period of the previous year was 104.1 %.",
     "104.1 %"),
])
def test_an_index_with_its_base_before_the_figure_is_the_rise_over_the_base(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2023-02-20")
    assert found[figure].verdict is Verdict.supported


def test_a_base_years_hundred_before_the_figure_is_no_base_period(cpi: Path) -> None:
    found = claim_results("In 2022 the consumer price index of Azerbaijan (2015 = 100) was 104.1 %.", [cpi], "2023-02-20")
    assert found["104.1 %"].verdict is not Verdict.supported


@pytest.mark.parametrize("text, figure", [
    ("2022-ci ildə Azərbaycanda istehlak qiymətləri indeksi ötən ilin eyni dövrünə nisbətən 104,1 %, o cümlədən "
     "ərzaq məhsulları, içkilər və tütün məmulatları üzrə 106,3 %, qeyri-ərzaq məhsulları üzrə 102,2 % təşkil edib.",
     "106,3 %"),
    ("Consumer prices in Chile rose 11.6 % in 2022, with food, beverages and tobacco at 14.2 %.", "14.2 %"),
])
def test_a_part_of_the_index_set_before_its_figure_is_another_series(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2023-02-20")
    assert (found[figure].verdict, found[figure].reason) == (Verdict.unsupported, "other_series")


def test_a_month_compared_with_the_month_before_it_named_before_the_words(cpi: Path) -> None:
    found = claim_results("Bu ilin avqust ayında Azərbaycanda istehlak qiymətləri indeksi iyul ayına nisbətən 100,4 %, "
                          "ötən ilin avqust ayı ilə müqayisədə 104,6 % olub.", [cpi], "2022-09-10")
    assert (found["100,4 %"].verdict, found["100,4 %"].reason) == (Verdict.unsupported, "month_on_month")
    assert found["104,6 %"].reason != "month_on_month"
    assert found["104,6 %"].verdict is Verdict.needs_review
