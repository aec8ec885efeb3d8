"""A list's lines under a heading or lead that calls its items averages over a span of years ('Average
inflation rates for 2011-2015 are following:' over 'Norway – 2.0%'): each line's figure is the mean of its
place's yearly rates over that span, as a sentence naming its span and calling its figure an average is
(``verify.periods.carried_span``), not a figure of the latest year.

Package World Bank-shaped, figures invented; drafts written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

# Norway's 2011–2015 mean is 2.0, Chile's 4.0; the latest rows (2016) stand far from both
ROWS = {**{("Norway", year): rate for year, rate in zip(range(2011, 2017), (1.0, 1.5, 2.0, 2.5, 3.0, 6.0))},
        **{("Chile", year): rate for year, rate in zip(range(2011, 2017), (3.0, 3.5, 4.0, 4.5, 5.0, 9.0))}}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("list_span") / "cpi", ROWS)


@pytest.mark.parametrize("heading", ["# Average inflation rates for 2011-2015 are following:",
                                     "Consumer prices rose on average as follows in 2011-2015:"])
def test_a_line_under_a_span_of_averages_is_the_span_mean(cpi: Path, heading: str) -> None:
    found = claim_results(f"{heading}\n\nNorway – 2.0%\n\nChile – 4.0%\n", [cpi], None)
    for figure in ("2.0%", "4.0%"):
        result = found[figure]
        assert result.verdict is Verdict.supported, result.explanation
        assert result.evidence[0].period.startswith("2011"), result.evidence


def test_a_wrong_line_under_a_span_of_averages_is_judged_by_the_span(cpi: Path) -> None:
    found = claim_results("# Average inflation rates for 2011-2015 are following:\n\nNorway – 3.4%\n", [cpi], None)
    assert found["3.4%"].verdict is not Verdict.supported, found["3.4%"].explanation
    assert found["3.4%"].evidence and found["3.4%"].evidence[0].period.startswith("2011"), found["3.4%"].evidence


def test_a_span_not_called_an_average_gives_its_lines_no_mean(cpi: Path) -> None:
    found = claim_results("# Inflation in 2011-2015 by country:\n\nNorway – 2.0%\n", [cpi], None)
    assert found["2.0%"].verdict is not Verdict.supported, found["2.0%"].explanation
