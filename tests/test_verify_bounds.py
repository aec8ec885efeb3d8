"""Bounds the text sets ('more than', 'at least', 'under', 'nearly', 'not below') hold against the row
or the claim is not supported; a fall's bound is on its size; a count said of a day is that day's.

A silent pass — `supported` where the row does not bear the claim out — is the worst error a checker
can make, so beside the table of cases a property test writes claims with every kind of bound, above
and below a row of a small package, and asserts that none whose bound fails is `supported`.
"""

from __future__ import annotations


import pytest
from conftest import dated_draft
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from package_support import publisher_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import ClaimResult, Qualifier, Verdict
from workbench.reference.loader import load_reference

# Invented mid-year populations: Chile's level, Kenya's fall (−498,000) and Peru's rise (+310,000) in 2021.
POPULATION = {("Chile", 2019): 18_800_000, ("Chile", 2020): 19_050_000, ("Chile", 2021): 19_490_000,
              ("Chile", 2022): 19_600_000, ("Kenya", 2020): 53_000_000, ("Kenya", 2021): 52_502_000,
              ("Peru", 2020): 33_000_000, ("Peru", 2021): 33_310_000}
MIDYEAR = ("Total population counts all residents regardless of legal status or citizenship. "
           "The values shown are midyear estimates.")
LEVEL, FALL, RISE = 19_490_000, 498_000, 310_000


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory):
    folder = publisher_package(tmp_path_factory.mktemp("bounds") / "population", "population", "Population",
                               "Population", POPULATION, description=MIDYEAR)
    reference, config = load_reference([folder]), Config(root=folder.parent, reference=[folder])

    def check(text: str, date: str = "2023-03-01") -> dict[str, ClaimResult]:
        draft = parse_draft(dated_draft(text, date).encode(), "draft.md")
        return {r.claim.text: r for r in check_draft(draft, reference, config).results}
    return check


@pytest.mark.parametrize(("sentence", "claim", "verdict"), [
    # a fall's bound is on its size, and a spelled round figure's rounding does not widen it
    ("Kenya's population contracted by more than a million in 2021.", "a million", Verdict.contradicted),
    ("Kenya's population fell by more than 400,000 in 2021.", "400,000", Verdict.supported),
    # "one million" in words states no precision of half a million either side
    ("Kenya's population shrank by one million in 2021.", "one million", Verdict.contradicted),
    ("Kenya's population fell by half a million in 2021.", "half a million", Verdict.supported),
    ("Kenya's population shrank by less than 300,000 in 2021.", "300,000", Verdict.contradicted),
    ("Kenya's population fell by less than 600,000 in 2021.", "600,000", Verdict.supported),
    ("Peru's population fell by less than 600,000 in 2021.", "600,000", Verdict.contradicted),  # it rose
    # a bound missed by less than bound_slack cannot be decided, never supported
    ("Kenya's population fell by at least 500,000 in 2021.", "500,000", Verdict.needs_review),
    ("Peru's population grew by over 300,000 in 2021.", "300,000", Verdict.supported),
    ("Peru's population grew by more than 400,000 in 2021.", "400,000", Verdict.contradicted),
    # levels
    ("Chile's population topped 20 million in 2021.", "20 million", Verdict.contradicted),
    ("Chile's population was more than 19.4 million in 2021.", "19.4 million", Verdict.supported),
    ("Chile's population was under 19 million in 2021.", "19 million", Verdict.contradicted),
    ("Chile's population was almost 20 million in 2021.", "20 million", Verdict.supported),
    ("Chile's population was nearly 19.2 million in 2021.", "19.2 million", Verdict.contradicted),
    # a negated bound turns around
    ("Chile's population was not below 19.8 million in 2021.", "19.8 million", Verdict.contradicted),
    ("Chile's population never dropped below 19.2 million in 2021.", "19.2 million", Verdict.supported),
    ("Chile's population did not exceed 19 million in 2021.", "19 million", Verdict.contradicted),
    ("Chile's population was no higher than 19.7 million in 2021.", "19.7 million", Verdict.supported),
    ("Chile's population was no more than 19 million in 2021.", "19 million", Verdict.contradicted),
])
def test_bounds_hold_against_the_row(checker, sentence: str, claim: str, verdict: Verdict) -> None:
    result = checker(sentence)[claim]
    assert result.verdict is verdict, (result.reason, result.explanation)


def test_a_series_minimum_in_a_year_is_its_value_not_a_bound(checker) -> None:
    result = checker("Chile's population reached a minimum of 18.8 million in 2019.")["18.8 million"]
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2019"


# Bound words extraction reads as each qualifier, and what each asserts of a row (its size for a fall).
_WORDS = {"more than": Qualifier.gt, "over": Qualifier.gt, "at least": Qualifier.ge, "no less than": Qualifier.ge,
          "less than": Qualifier.lt, "under": Qualifier.lt, "at most": Qualifier.le, "up to": Qualifier.le,
          "nearly": Qualifier.nearly, "almost": Qualifier.nearly}
# After a change verb these say where the level went; a change's bound is written with the others.
_THRESHOLDS = {"over": "more than", "under": "less than", "not below": "no less than", "not above": "not more than"}
_NEGATED = {"not below": Qualifier.ge, "not more than": Qualifier.le, "not above": Qualifier.le}


def _holds(qualifier: Qualifier, row: float, bound: float) -> bool:
    return {Qualifier.gt: row > bound, Qualifier.ge: row >= bound, Qualifier.lt: row < bound,
            Qualifier.le: row <= bound, Qualifier.nearly: bound * 0.95 <= row <= bound}[qualifier]


def _sentence(shape: str, words: str, figure: str) -> str:
    return {"level": f"Chile's population was {words} {figure} in 2021.",
            "fall": f"Kenya's population fell by {words} {figure} in 2021.",
            "rise": f"Peru's population rose by {words} {figure} in 2021."}[shape]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(shape=st.sampled_from(["level", "fall", "rise"]),
       words=st.sampled_from(sorted(_WORDS) + sorted(_NEGATED)),
       ratio=st.floats(min_value=0.6, max_value=1.6), decimals=st.sampled_from([0, 1, 2]))
def test_no_claim_is_supported_when_its_bound_fails(checker, shape: str, words: str, ratio: float,
                                                    decimals: int) -> None:
    row = {"level": LEVEL, "fall": FALL, "rise": RISE}[shape]
    if shape != "level" and words in _THRESHOLDS:  # 'fell under 2 %', 'fell by not below': where the level went
        words = _THRESHOLDS[words]
    if shape == "level":
        bound = round(row * ratio / 1e6, decimals) * 1e6
        figure = f"{bound / 1e6:.{decimals}f} million"
    else:
        bound = round(row * ratio, -3)
        figure = f"{bound:,.0f}"
    results = checker(_sentence(shape, words, figure))
    assert figure in results, sorted(results)
    result = results[figure]
    qualifier = _WORDS.get(words) or _NEGATED[words]
    if not _holds(qualifier, row, bound):
        assert result.verdict is not Verdict.supported, (words, figure, result.reason, result.explanation)
    elif qualifier in (Qualifier.gt, Qualifier.ge, Qualifier.lt, Qualifier.le) and not 0.98 < row / bound < 1.02:
        # a bound that clearly holds is no false alarm
        assert result.verdict is Verdict.supported, (words, figure, result.reason, result.explanation)


@pytest.mark.parametrize(("sentence", "claim", "verdict", "period"), [
    # the rows are mid-year estimates: a count of another day is another period, even when the row agrees
    ("Chile had 19.49 million inhabitants at end-2021.", "19.49 million", Verdict.needs_review, "2021"),
    ("Chile had 19.05 million inhabitants at the beginning of 2021.", "19.05 million", Verdict.needs_review, "2021"),
    ("As of 2022-01-01 Chile had 19.5 million inhabitants.", "19.5 million", Verdict.needs_review, "2022"),
    # the row's own day (stock_row_day) is its figure
    ("Chile had 19.49 million inhabitants by mid-2021.", "19.49 million", Verdict.supported, "2021"),
    ("Chile had 19.49 million inhabitants as of 01.07.2021.", "19.49 million", Verdict.supported, "2021"),
])
def test_a_count_said_of_a_day_is_that_days(checker, sentence: str, claim: str, verdict: Verdict,
                                             period: str) -> None:
    result = checker(sentence)[claim]
    assert result.verdict is verdict, (result.reason, result.explanation)
    assert result.evidence[0].period == period
    if verdict is Verdict.needs_review:
        assert "the row counts 1 July" in result.explanation


def test_a_count_dated_by_its_heading_is_not_supported_by_an_older_row(checker) -> None:
    # the 2021 row (19.49 m) was published after the draft; the 2020 row agrees with 19.05 million,
    # but the heading dates the count 1 July 2021: never supported by the 2020 row
    text = "# Chile's population on 1 July 2021\n\nThe population stood at 19.05 million people."
    result = checker(text, date="2021-08-10")["19.05 million"]
    assert result.verdict is Verdict.needs_review and result.evidence[0].period == "2021", result.explanation


def test_a_day_without_a_year_is_the_latest_by_the_drafts_date(checker) -> None:
    result = checker("Chile's population reached 19.05 million on 1 July, the office said.",
                     date="2021-08-10")["19.05 million"]
    assert result.verdict is Verdict.needs_review and result.evidence[0].period == "2021", result.explanation
