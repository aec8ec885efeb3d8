"""Internal consistency findings: parts vs total, growth vs levels, share vs count."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

HEAD = "---\ndate: 2023-02-01\n---\n\n"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("cons") / "ref", [
        {"name": "diaspora", "metric": "Norwegian community", "aliases": ["Norwegians"], "kind": "count",
         "dims": ["country", "group"], "rows": [{"period": "2021", "value": 41000, "country": "Chile",
                                                  "group": "Norwegians"}]},
        {"name": "population", "metric": "population", "aliases": ["inhabitants"], "kind": "count",
         "dims": ["country"], "rows": [{"period": "2021", "value": 19.5e6, "country": "Chile"}]},
    ])


def findings(text: str, package: Path):
    _, report = check_text(HEAD + text, package)
    return report.findings


def test_listed_parts_short_of_the_stated_total(package: Path) -> None:
    [finding] = findings("About three hundred clubs are registered. Of these, 90 play football, 40 play "
                         "chess and 70 play bridge.\n", package)
    assert finding.rule == "CW201" and finding.verdict is Verdict.needs_review
    assert "add up to 200" in finding.message and "short" in finding.message
    assert (finding.line, finding.column) == (5, 53)
    assert len(finding.claim_ids) == 4


def test_listed_parts_above_the_stated_total(package: Path) -> None:
    [finding] = findings("Exactly 100 clubs are registered: 90 play football, 40 play chess and 70 play "
                         "bridge.\n", package)
    assert finding.rule == "CW201" and finding.verdict is Verdict.contradicted
    assert "more than the stated total of 100" in finding.message


def test_parts_that_add_up_raise_nothing(package: Path) -> None:
    assert findings("About two hundred clubs are registered: 90 play football, 40 play chess and 70 "
                    "play bridge.\n", package) == []


def test_growth_against_two_stated_levels(package: Path) -> None:
    [finding] = findings("Exports grew by 25% from 40 million dollars to 44 million dollars.\n", package)
    assert finding.rule == "CW203" and finding.verdict is Verdict.contradicted
    assert "+10.0 %" in finding.message
    assert findings("Exports grew by 10% from 40 million dollars to 44 million dollars.\n", package) == []


def test_share_and_count_imply_a_total_that_the_reference_contradicts(package: Path) -> None:
    [finding] = findings("Norwegians make up about 2% of the population of Chile, or 41 thousand people.\n",
                         package)
    assert finding.rule == "CW202" and finding.verdict is Verdict.needs_review
    assert "imply a total of 2.05 million" in finding.message and "19.5 million" in finding.message
    assert findings("Norwegians make up about 0.2% of the population of Chile, or 41 thousand people.\n",
                    package) == []
