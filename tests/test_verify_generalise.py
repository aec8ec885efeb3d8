"""Verdicts on prose the checker was not tuned on: computed changes held to the label rule, the
year a figure belongs to, periods a yearly row cannot judge, and counted nouns for a population.

Every figure and sentence here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

PRICES = {"name": "prices", "metric": "inflation", "aliases": ["consumer prices", "inflation rate"],
          "dims": ["country"], "unit": "%",
          "rows": [{"period": str(year), "value": value, "country": country}
                   for country, values in {
                       "Chile": {2017: 2.18, 2018: 2.43, 2019: 2.56, 2020: 3.05, 2021: 4.52, 2022: 11.64,
                                 2023: 7.58},
                       "Portugal": {2019: 0.34, 2020: -0.01, 2021: 1.27, 2022: 7.83, 2023: 4.31}}.items()
                   for year, value in values.items()]}
HEADCOUNT = {"name": "headcount", "metric": "population", "aliases": ["people"], "kind": "count",
             "dims": ["country"],
             "rows": [{"period": str(y), "value": v, "country": "Portugal"}
                      for y, v in {2010: 10573100, 2021: 10361831, 2022: 10409704, 2023: 10525347}.items()]}
EMISSIONS = {"name": "emissions", "metric": "carbon dioxide emissions", "aliases": ["CO2 emissions", "emissions"],
             "dims": ["country"], "unit": "t",
             "rows": [{"period": str(y), "value": v, "country": "Chile"}
                      for y, v in {2015: 84.0e6, 2016: 87.5e6, 2017: 86.1e6, 2018: 88.9e6}.items()]}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("generalise") / "reference", [PRICES, HEADCOUNT, EMISSIONS])


def results(text: str, package: Path, date: str = "2024-06-01", **config: object) -> dict:
    found, _ = check_text(f"---\ndate: {date}\n---\n\n{text}\n", package, **config)
    return found


def one(text: str, package: Path, date: str = "2024-06-01", **config: object):
    found = results(text, package, date, **config)
    assert len(found) == 1, list(found)
    return next(iter(found.values()))


# Chile 2022 → 2023: 11.64 → 7.58, down 4.06 points, or 34.88 % of the rate.
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("In 2023, inflation in Chile fell 4.1 percentage points.", Verdict.supported),
    ("In 2023, inflation in Chile fell 4.3 percentage points.", Verdict.contradicted),
    ("In 2023, inflation in Chile fell 34.9%.", Verdict.supported),
    # a percent change of a rate may be meant either way: not certain, but never supported
    ("In 2023, inflation in Chile fell 34.5%.", Verdict.needs_review),
])
def test_a_computed_change_gets_the_rounding_of_its_digits_not_half_a_point(package: Path, sentence: str,
                                                                             verdict: Verdict) -> None:
    result = one(sentence, package)
    assert result.verdict is verdict, result.explanation


def test_a_newsroom_may_still_allow_points_of_slack_for_computed_changes(package: Path) -> None:
    result = one("In 2023, inflation in Chile fell 4.3 percentage points.", package,
                 tolerances={"change_pp": 0.5})
    assert result.verdict is Verdict.supported, result.explanation
