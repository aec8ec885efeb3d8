"""A country's share of a group's total ('Germany emitted 22.5 % of the EU's CO2 in 2018') against a table of
countries with no row of the group: the whole the writer divided by is the group's, which no row holds, so the
figure is unsupported (place_not_covered, the group named), never a column of the country's own row (gas fuel
over its total) read as the share and found to agree or disagree. A share of the country's own total, and a
group named alone as the figure's place, are read as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_by_nation, claim_results

from workbench.models import Verdict

# Invented figures, thousand metric tons of carbon: gas fuel is 22.5 % of each total in 2018.
ROWS = [(2017, "GERMANY", 200000, 44000), (2017, "PORTUGAL", 14000, 3000),
        (2018, "GERMANY", 196000, 44100), (2018, "PORTUGAL", 13600, 3060)]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [carbon_by_nation(tmp_path_factory.mktemp("carbon"), ROWS)]


@pytest.mark.parametrize(("text", "claim", "group"), [
    ("In 2018 Germany emitted 22.5% of the EU's CO2 emissions.", "22.5%", "European Union"),
    ("Of all the CO2 emitted in the European Union in 2018, Portugal accounted for 1.5%.", "1.5%",
     "European Union"),
    ("Germany's CO2 emissions made up 2.1% of the world total in 2018.", "2.1%", "World"),
])
def test_a_countrys_share_of_a_group_no_row_holds_is_unsupported(packages: list[Path], text: str, claim: str,
                                                                  group: str) -> None:
    result = claim_results(text, packages, date="2019-06-01")[claim]
    assert result.verdict is Verdict.unsupported and result.reason == "place_not_covered", result.explanation
    assert group in result.explanation and not result.evidence, result.explanation


def test_a_share_of_the_countrys_own_total_is_still_read(packages: list[Path]) -> None:
    result = claim_results("In Germany, gas accounted for 22.5% of CO2 emissions in 2018.", packages,
                           date="2019-06-01")["22.5%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2018" and "GERMANY" in str(result.evidence[0])


def test_a_group_in_a_later_clause_is_no_whole_of_a_countrys_share(packages: list[Path]) -> None:
    # the share's whole is named right after it ('of Germany's CO2'); the world is another clause's
    result = claim_results("In 2018 22.5% of Germany's CO2 came from burning gas, since much of the world's "
                           "pipeline gas flows through the country.", packages, date="2019-06-01")["22.5%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2018" and "GERMANY" in str(result.evidence[0])
