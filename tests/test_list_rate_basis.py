"""A list of places' rates for one year whose other figures mostly miss their annual averages is of another
basis (December on December, 12-month): the one figure that meets its average is a coincidence, for a
person to review, not support. A list whose other figures mostly agree keeps it. Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

# annual averages of 2022
_AVERAGES = {("Chile", 2022): 11.6, ("Norway", 2022): 5.8, ("Sweden", 2022): 8.4, ("Finland", 2022): 7.1,
             ("Denmark", 2022): 7.7}


@pytest.mark.parametrize("text", [
    "Inflation in 2022 ranked Chile first with 12.8 %, then Sweden with 10.2 %, Finland with 9.1 %, Denmark with "
    "8.7 % and Norway with 5.8 %.",
    "La inflación de 2022 ubicó primero a Chile con 12,8 %, luego a Suecia con 10,2 %, Finlandia con 9,1 %, "
    "Dinamarca con 8,7 % y Noruega con 5,8 %.",
])
def test_the_one_rate_meeting_its_average_in_a_list_on_another_basis_is_reviewed(tmp_path: Path, text: str) -> None:
    results = claim_results(text, [cpi_package(tmp_path / "cpi", _AVERAGES)])
    agreeing = next(r for r in results.values() if r.claim.value == 5.8)
    assert agreeing.verdict is Verdict.needs_review, agreeing.explanation
    assert agreeing.reason == "rate_basis"
    assert "another basis" in agreeing.explanation


def test_a_list_whose_rates_mostly_meet_their_averages_keeps_its_support(tmp_path: Path) -> None:
    text = ("Inflation in 2022 ranked Chile first with 11.6 %, then Sweden with 8.4 %, Finland with 7.1 %, Denmark "
            "with 8.7 % and Norway with 5.8 %.")
    results = claim_results(text, [cpi_package(tmp_path / "cpi", _AVERAGES)])
    agreeing = next(r for r in results.values() if r.claim.value == 5.8)
    assert agreeing.verdict is Verdict.supported, agreeing.explanation
