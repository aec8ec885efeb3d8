"""A yearly total (emissions: lexicon ``flow_words``) its own words call an average per year with no year or
span named ('emits an annual average of 12 million tonnes') is the mean of several years' totals, which years
unsaid: against one year's row it is for a person (needs_review, ``averaging_span``). A named year keeps its
row's verdict, and so does an annual average of a rate, which is the year's own row.

Packages CDIAC- and World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, cpi_package

from workbench.config import Tolerances
from workbench.models import Verdict

# thousand tonnes of carbon: 3,000 kt C is 10.99 million tonnes of CO2
TOTALS = {("NORWAY", 2009): 2500.0, ("NORWAY", 2010): 2800.0, ("NORWAY", 2011): 3000.0}


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return carbon_package(tmp_path_factory.mktemp("flow") / "carbon", TOTALS)


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("flow") / "cpi")


@pytest.mark.parametrize(("text", "average"), [
    ("Official figures show that Norway is emitting an annual average of 11 million tonnes of carbon dioxide.", True),
    ("Norway's fossil carbon emissions reach an annual average of 11 million tonnes of carbon dioxide.", True),
    # the same figure not called an average is the last complete year's total, which agrees
    ("Norway's fossil carbon emissions were 11 million tonnes of carbon dioxide.", False),
])
def test_an_annual_average_of_a_total_over_unnamed_years_is_for_a_person(carbon: Path, text: str,
                                                                         average: bool) -> None:
    found = claim_results(text, [carbon], "2012-09-16")
    [result] = [r for surface, r in found.items() if surface.startswith("11 million")]
    if average:
        assert (result.verdict, result.reason) == (Verdict.needs_review, "averaging_span"), result.explanation
    else:
        assert result.verdict is Verdict.supported, result.explanation


def test_a_total_of_a_named_year_keeps_its_row(carbon: Path) -> None:
    found = claim_results("Norway emitted 9.5 million tonnes of carbon dioxide in 2011.", [carbon], "2012-09-01")
    [result] = [r for surface, r in found.items() if surface.startswith("9.5 million")]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_an_annual_average_rate_is_the_year_s_row(cpi: Path) -> None:
    found = claim_results("Norway's annual average inflation was 5.8% in 2022.", [cpi], "2023-06-01")
    assert found["5.8%"].verdict is Verdict.supported, found["5.8%"].explanation


def test_a_newsroom_s_own_list_of_average_per_year_words_replaces_the_data_s(carbon: Path) -> None:
    """``flow_average_words`` is a setting: a newsroom's own list is read instead of the data's default."""
    own = Tolerances(flow_average_words=["average per year"])
    listed = "Norway's fossil carbon emissions come to an average per year of 11 million tonnes of carbon dioxide."
    [result] = [r for surface, r in claim_results(listed, [carbon], "2012-09-16", own).items() if surface.startswith("11")]
    assert (result.verdict, result.reason) == (Verdict.needs_review, "averaging_span"), result.explanation
    # 'annual average' is in the default list, not in the newsroom's: the figure is the last year's total
    unlisted = "Norway's fossil carbon emissions reach an annual average of 11 million tonnes of carbon dioxide."
    [result] = [r for surface, r in claim_results(unlisted, [carbon], "2012-09-16", own).items() if surface.startswith("11")]
    assert result.verdict is Verdict.supported, result.explanation
