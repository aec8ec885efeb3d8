"""'Kazakhstan's population in 2020 was 25.7 percent higher than in 2000': a percent said to be higher
or lower than in an earlier year is the change from that year's row to the figure's own, never the
change of the figure's year from the year before."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

PEOPLE = {("Kazakhstan", 2000): 14.9e6, ("Kazakhstan", 2019): 18.5e6, ("Kazakhstan", 2020): 18.75e6,
          ("Russian Federation", 2002): 145.2e6, ("Russian Federation", 2009): 142.7e6,
          ("Russian Federation", 2010): 142.8e6}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("pop") / "pop", "population", "Population, total", "Population",
                             PEOPLE, description="Total population")


@pytest.mark.parametrize(("text", "figure", "change"), [
    ("Kazakhstan's population in 2020 was 25.8 percent higher than in 2000, the bureau said.", "25.8 percent",
     (18.75 / 14.9 - 1) * 100),
    ("Russia's population in 2010 was 1.7 percent lower than in 2002, the census office said.", "1.7 percent",
     (142.8 / 145.2 - 1) * 100),
])
def test_a_change_compared_with_a_year_runs_from_that_year(package: Path, text: str, figure: str,
                                                           change: float) -> None:
    result = claim_results(text, [package], date="2021-09-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx(change, rel=1e-4)
    assert len(result.evidence[0].cells) == 2 and result.evidence[0].cells[0].period in ("2000", "2002")
    wrong = claim_results(text.replace(figure, "9 percent"), [package], date="2021-09-01")["9 percent"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
