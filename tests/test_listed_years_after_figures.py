"""'764 billion dollars in 2030 and 990 billion dollars in 2031 and 1.3 trillion dollars in 2032': in a
list whose items each close with their own year, the year right after one figure, with only 'and' or a
comma before the next figure, ends that item. The next figure's year is the one after it, in English as
in Arabic, whose 'و' (and) is glued to the figure ('و990')."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict

GDP = {("Russian Federation", 2030): 764e9, ("Russian Federation", 2031): 990e9, ("Russian Federation", 2032): 1.3e12}
POPULATION = {("Russian Federation", 2030): 143e6}


@pytest.mark.parametrize("text, figure, year", [
    ("Russia's GDP rose to 764 billion dollars in 2030 and 990 billion dollars in 2031 and 1.3 trillion dollars in 2032.",
     "990 billion dollars", "2031"),
    ("Russia's GDP rose to 764 billion dollars in 2030 and 990 billion dollars in 2031 and 1.3 trillion dollars in 2032.",
     "1.3 trillion dollars", "2032"),
    ("بلغ الناتج المحلي الإجمالي لروسيا 764 مليار دولار عام 2030 و990 مليار دولار عام 2031 و1300 مليار دولار عام 2032.",
     "990 مليار دولار", "2031"),
])
def test_each_listed_figure_takes_the_year_after_it(tmp_path: Path, text: str, figure: str, year: str) -> None:
    result = claim_results(text, population_and_gdp(tmp_path, POPULATION, GDP), date="2033-03-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == year


def test_a_year_before_its_figure_still_labels_it(tmp_path: Path) -> None:
    """'the 2031 figure 990 billion dollars': a year that names the figure after it, with words of its own
    between, is that figure's, as before."""
    text = "Russia's GDP was 764 billion dollars in 2030, against the 2031 figure of 990 billion dollars."
    result = claim_results(text, population_and_gdp(tmp_path, POPULATION, GDP), date="2033-03-01")["990 billion dollars"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031"
