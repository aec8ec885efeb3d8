"""'Norway: from $40 billion to $480 billion (12 times growth).': a 'from … to' pair whose aside names the
change is the old and the new value, not a range the figure lies in (which a row anywhere between would
'support'). When the pair's paragraph names no year, the change's years come from the sentence a reader
met right before it, the previous paragraph's last ('Between 1995 and 2020, Chile's GDP rose from … to …'):
the first value is the span's first year's, the second its last year's.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

GDP = {("Norway", 1995): 40.1e9, ("Norway", 2020): 478.0e9, ("Chile", 1995): 30.0e9, ("Chile", 2020): 250.0e9}


@pytest.fixture()
def gdp(tmp_path: Path) -> Path:
    return publisher_package(tmp_path / "gdp", "gdp", "GDP (current US$)", "GDP", GDP,
                             description="Gross domestic product in current US dollars")


LEAD = "Between 1995 and 2020, Chile's GDP increased from $30.0 billion to $250.0 billion, growing 8.3 times."


@pytest.mark.parametrize("aside", ["(12 times growth)", ", a twelvefold increase", "(an increase of 1,090%)"])
def test_a_pair_whose_aside_names_the_change_is_two_values(gdp: Path, aside: str) -> None:
    found = claim_results(f"{LEAD}\n\nNorway's GDP: From $40.1 billion to $478.0 billion{aside}.", [gdp], "2024-03-01")
    assert "$40.1 billion" in found and "$478.0 billion" in found, list(found)
    assert found["$40.1 billion"].verdict is Verdict.supported
    assert found["$40.1 billion"].evidence[0].period == "1995"
    assert found["$478.0 billion"].evidence[0].period == "2020"


def test_a_wrong_first_value_is_no_longer_hidden_by_the_range(gdp: Path) -> None:
    # read as a range, $478.0 billion's row would lie inside '$12.0 billion to $478.0 billion'
    found = claim_results(f"{LEAD}\n\nNorway's GDP: From $12.0 billion to $478.0 billion (40 times growth).",
                          [gdp], "2024-03-01")
    assert found["$12.0 billion"].verdict is Verdict.contradicted


def test_a_pair_with_no_change_named_stays_a_range(gdp: Path) -> None:
    found = claim_results("Estimates of Norway's GDP in 2020 ranged from $400 billion to $500 billion.",
                          [gdp], "2024-03-01")
    assert any(text.startswith("$400 billion to") for text in found), list(found)
