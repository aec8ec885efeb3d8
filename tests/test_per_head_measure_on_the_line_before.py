"""A figure whose line names no measure, under a line that names the measure per head ('GDP per capita',
'一人当たりGDP'): the figure is the total ÷ the population of the same place and year, judged as surely as if
its own line said so, in English or in a language the text is glossed from."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results
from workbench.models import Verdict

# the kaz_rus_packages fixture: Kazakhstan's GDP 197 billion US$, population 19 million in 2021 -> 10,368 US$ a head


def _only(text: str, packages: list[Path]):
    [result] = claim_results(text, packages, date=None).values()
    return result


@pytest.mark.parametrize(("heading", "wrong_line", "right_line"), [
    ("Kazakhstan's GDP per capita", "In 2021 it reached $12,000.", "In 2021 it reached $10,400."),
    ("カザフスタンの一人当たりGDPは", "2021年には12000ドルをつけます。", "2021年には10400ドルをつけます。"),
])
def test_a_line_before_naming_gdp_per_head_makes_the_figure_per_head(kaz_rus_packages: list[Path], heading: str,
                                                                     wrong_line: str, right_line: str) -> None:
    wrong = _only(f"{heading}\n\n{wrong_line}", kaz_rus_packages)
    assert wrong.verdict is Verdict.contradicted
    assert "per person is 10368.4" in wrong.explanation
    assert _only(f"{heading}\n\n{right_line}", kaz_rus_packages).verdict is Verdict.supported


def test_line_before_naming_the_total_reads_no_head(kaz_rus_packages: list[Path]) -> None:
    # no per-head words before: the figure is not divided by the population, and stays for a person
    result = _only("Kazakhstan's GDP\n\nIn 2021 it reached $12,000.", kaz_rus_packages)
    assert result.verdict is Verdict.needs_review
    assert "per person" not in result.explanation
