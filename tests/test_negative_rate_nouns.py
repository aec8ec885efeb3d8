"""'A deflation of 0.4 per cent' is a negative rate: the noun says the sign the figure leaves out.

A World Bank-shaped package of invented inflation figures, one year below zero.
"""

from __future__ import annotations

from pathlib import Path

from package_support import only_result, publisher_package

from workbench.models import Verdict


def prices(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "prices", "prices", "Inflation, consumer prices (annual %)", "Inflation",
                             {("Portugal", 2014): -0.28, ("Portugal", 2015): 0.49, ("Portugal", 2016): 0.61},
                             description="Inflation, consumer prices (annual %)")


def test_a_deflation_of_x_is_read_as_minus_x(tmp_path: Path) -> None:
    packages = [prices(tmp_path)]
    right = only_result("In Portugal, consumer prices recorded a deflation of 0.3 per cent in 2014.", packages)
    assert right.verdict is Verdict.supported
    assert right.evidence and right.evidence[0].value == -0.28
    wrong = only_result("In Portugal, consumer prices recorded a deflation of 0.5 per cent in 2015.", packages)
    assert wrong.verdict is not Verdict.supported  # 2015 rose 0.49 %: the sign is the error
