"""German 'sank von 1,5 Prozent im Jahr 2019 auf 1,4 Prozent im Jahr 2020': a move whose first figure is
followed by its unit and a year phrase ('Prozent im Jahr 2019') before 'auf' is read 'from … to', so the first
figure is the 2019 rate it names, not a fall of 1.5 %."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

RATES = {("Austria", 2019): 1.6, ("Austria", 2020): 1.3}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", RATES)


def test_each_end_of_the_move_is_its_years_rate(package: Path) -> None:
    results = claim_results("Die Teuerung in Österreich hat sich leicht verlangsamt. Die Inflationsrate sank von "
                            "1,6 Prozent im Jahr 2019 auf 1,3 Prozent im Jahr 2020.", [package], date="2021-03-01")
    first = next(r for surface, r in results.items() if surface.startswith("1,6"))
    assert first.verdict is Verdict.supported, (first.reason, first.explanation)
    assert first.evidence[0].period == "2019"
    last = next(r for surface, r in results.items() if surface.startswith("1,3"))
    assert last.verdict is Verdict.supported and last.evidence[0].period == "2020", last.explanation
