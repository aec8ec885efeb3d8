"""Verification: tolerances follow the wording, derived figures show their working."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from test_matching import check_text, write_package

from workbench.config import Tolerances
from workbench.models import Claim, Flag, Qualifier, Verdict
from workbench.verify import SUPPORTS, band_for, stated_scale
from workbench.presentation import spoken_quantity


def claim(text: str, value: float, qualifier: Qualifier = Qualifier.exact, decimals: int = 0,
          unit: str = "USD", value_high: float | None = None) -> Claim:
    return Claim(id="c-1", text=text, start=0, end=len(text), line=1, column=1, sentence=text, value=value,
                 unit=unit, qualifier=qualifier, decimals=decimals, value_high=value_high)


def supports(c: Claim, observed: float, tol: Tolerances | None = None) -> bool:
    tol = tol or Tolerances()
    return int(band_for(c.value, c, tol, high_value=c.value_high).judge(np.array([observed]))[0]) == SUPPORTS


def test_exact_allows_the_rounding_of_the_stated_digits_plus_slack() -> None:
    c = claim("28.2 billion", 28.2e9, decimals=1)
    assert stated_scale(28.2e9, 1) == 1e9
    band = band_for(c.value, c, Tolerances(exact_slack=0))
    assert (band.low, band.high) == pytest.approx((28.15e9, 28.25e9))
    assert supports(c, 28.24e9) and supports(c, 28.16e9)
    assert not supports(c, 26.1e9) and not supports(c, 28.5e9)
    # the configurable slack widens the band a little
    assert not supports(c, 28.3e9, Tolerances(exact_slack=0)) and supports(c, 28.3e9, Tolerances(exact_slack=0.005))


def test_the_relative_slack_widens_the_ends_of_the_rounding_band() -> None:
    # verdicts.md and docs/check.md: '6.4%' ⇒ [6.35, 6.45] × (1 ∓ 0.005), i.e. 6.31825 … 6.48225;
    # the slack taken on the figure (6.4 ± 0.05 ± 0.032) would stop at 6.482 and contradict 6.4821
    c = claim("6.4%", 6.4, unit="%", decimals=1)
    band = band_for(c.value, c, Tolerances())
    assert (band.low, band.high) == pytest.approx((6.35 * 0.995, 6.45 * 1.005))
    assert supports(c, 6.4821) and supports(c, 6.3183)
    assert not supports(c, 6.4823) and not supports(c, 6.3182)
    # a fall's band is the mirror of its size's; a range's top end gets the slack on the top end
    fall = claim("-6.4%", -6.4, unit="%", decimals=1)
    assert supports(fall, -6.4821) and not supports(fall, -6.4823)
    between = claim("between 2 and 6.4%", 2, Qualifier.range, unit="%", decimals=1, value_high=6.4)
    assert supports(between, 6.4821) and not supports(between, 6.4823)


def test_plain_integers_round_to_their_last_digit() -> None:
    c = claim("76", 76, unit="")
    assert supports(c, 76) and not supports(c, 78)
    thousands = claim("19 thousand", 19000, unit="")
    assert supports(thousands, 19300) and not supports(thousands, 19600)


def test_approx_nearly_and_inequalities() -> None:
    about = claim("about 19%", 19, Qualifier.approx, unit="%")
    assert supports(about, 19.32) and supports(about, 18.2) and not supports(about, 15.54)
    assert supports(about, 19.6) and not supports(about, 19.6, Tolerances(approx=0.0, exact_slack=0.0))
    nearly = claim("nearly 200", 200, Qualifier.nearly, unit="")
    assert supports(nearly, 195) and not supports(nearly, 210) and not supports(nearly, 150)
    more = claim("more than 60 thousand", 60000, Qualifier.gt, unit="")
    assert supports(more, 61040) and not supports(more, 50000)
    exactly = band_for(more.value, more, Tolerances()).judge(np.array([60000.0]))
    assert int(exactly[0]) not in (SUPPORTS, 0)  # equal to the bound: cannot be decided
    under = claim("under 5%", 5, Qualifier.lt, unit="%")
    assert supports(under, 4.2) and not supports(under, 6)
    at_least = claim("at least 10", 10, Qualifier.ge, unit="")
    assert supports(at_least, 10) and supports(at_least, 40) and not supports(at_least, 8)
    between = claim("between 3 and 5%", 3, Qualifier.range, unit="%", value_high=5)
    assert supports(between, 4.1) and supports(between, 5.2) and not supports(between, 6)


def test_figures_in_words_are_round() -> None:
    thirds = claim("two thirds", 66.67, unit="%")
    assert supports(thirds, 69) and not supports(thirds, 75)


def test_format_value_reads_aloud() -> None:
    assert spoken_quantity(28.2e9, "USD") == "28.2 billion USD"
    assert spoken_quantity(15.54, "%") == "15.5 %"
    assert spoken_quantity(61040, "") == "61,040"
    assert spoken_quantity(1e8, "USD") == "100 million USD"


def test_share_derived_from_count_and_total(tmp_path: Path) -> None:
    package = write_package(tmp_path / "ref", [
        {"name": "diaspora", "metric": "Norwegian community", "aliases": ["Norwegians"], "kind": "count",
         "dims": ["country", "group"], "rows": [{"period": "2021", "value": 41000, "country": "Chile",
                                                  "group": "Norwegians"}]},
        {"name": "population", "metric": "population", "aliases": ["inhabitants"], "kind": "count",
         "dims": ["country"], "rows": [{"period": "2021", "value": 19.5e6, "country": "Chile"},
                                       {"period": "2021", "value": 82e6, "country": "Peru"}]},
    ])
    results, _ = check_text("---\ndate: 2022-01-01\n---\n\nNorwegians make up 0.2% of the population of "
                            "Chile.\n", package)
    share = results["0.2%"]
    assert share.verdict is Verdict.supported and Flag.derived in share.flags
    lead = share.evidence[0]
    assert lead.value == pytest.approx(41000 / 19.5e6 * 100, abs=1e-5)
    assert [(c.resource, c.value) for c in lead.cells] == [("diaspora", 41000), ("population", 19.5e6)]
    assert lead.formula and "diaspora" in lead.formula and "population" in lead.formula
    assert lead.row is None  # computed, not a row


def test_percentage_points_recomputed_as_a_difference(tmp_path: Path) -> None:
    package = write_package(tmp_path / "ref", [
        {"name": "jobless", "metric": "unemployment rate", "aliases": ["unemployment"], "dims": ["country"],
         "unit": "%", "rows": [{"period": "2020", "value": 10.6, "country": "Chile"},
                               {"period": "2021", "value": 8.9, "country": "Chile"}]}])
    results, _ = check_text("---\ndate: 2022-03-01\n---\n\nIn 2021 unemployment in Chile fell by "
                            "1.7 percentage points.\n", package)
    result = next(iter(results.values()))
    assert result.claim.unit == "pp"
    assert result.verdict is Verdict.supported and Flag.derived in result.flags
    assert result.evidence[0].value == pytest.approx(-1.7)


def test_sources_disagree_keeps_the_supporting_verdict(tmp_path: Path) -> None:
    package = write_package(tmp_path / "ref", [
        {"name": "wine_exports", "metric": "wine exports", "dims": ["country"], "unit": "USD",
         "rows": [{"period": "2022", "value": 2.0e9, "country": "Chile", "source": "Ministry"},
                  {"period": "2022", "value": 1.2e9, "country": "Chile", "source": "Central Bank",
                   "url": "https://bank.example.cl"}]}])
    results, _ = check_text("---\ndate: 2023-02-01\n---\n\nIn 2022 Chile's wine exports reached "
                            "2 billion dollars.\n", package)
    result = results["2 billion dollars"]
    assert result.verdict is Verdict.supported and result.flags == [Flag.sources_disagree]
    assert {e.source for e in result.evidence} == {"Ministry", "Central Bank"}
    assert result.rule == "CW105"


def test_shares_kept_as_fractions_and_old_support_is_flagged(tmp_path: Path) -> None:
    package = write_package(tmp_path / "ref", [
        {"name": "forest_cover", "metric": "forest cover", "aliases": ["forests"], "kind": "share",
         "dims": ["country"], "rows": [{"period": "2010", "value": 0.331, "country": "Norway"}]}])
    results, _ = check_text("---\ndate: 2023-05-01\n---\n\nForests cover 33% of Norway.\n", package)
    result = results["33%"]
    assert result.verdict is Verdict.supported
    assert result.evidence[0].value == 0.331 and result.evidence[0].claimed == pytest.approx(0.33)
    assert Flag.stale in result.flags and "from 2010" in result.explanation
    assert result.rule == "CW100"  # supported: it passes, the flag tells the reviewer


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("harbour") / "ref", [
        {"name": "container_traffic", "metric": "container traffic", "aliases": ["containers handled"],
         "kind": "count", "dims": ["port"],
         "rows": [{"period": "2021", "value": 900000, "port": "Valparaiso"},
                  {"period": "2022-01/2022-06", "value": 480000, "port": "Valparaiso"}]},
        {"name": "port_investment", "metric": "port investment", "aliases": ["invested in the port"],
         "dims": ["port"], "unit": "USD",
         "rows": [{"period": "2022", "value": 5e8, "port": "Valparaiso"}]},
        {"name": "port_budget", "metric": "port budget", "aliases": ["invested in the port"],
         "dims": ["port"], "unit": "USD",
         "rows": [{"period": "2022", "value": 9e8, "port": "Valparaiso"}]},
    ])


def test_a_named_period_missing_from_the_data(harbour: Path) -> None:
    results, _ = check_text("---\ndate: 2023-03-01\n---\n\nIn 2022, Valparaiso handled 900 thousand "
                            "containers.\n", harbour)
    result = results["900 thousand"]
    # only the first half of 2022 is in the data: the nearest figure, for a person to judge
    assert result.verdict is Verdict.needs_review and result.rule == "CW103"
    assert result.evidence[0].period == "2022-01/2022-06" and "different period" in result.explanation
    older, _ = check_text("---\ndate: 2024-03-01\n---\n\nIn 2023, Valparaiso handled 900 thousand "
                          "containers.\n", harbour)
    stale = older["900 thousand"]
    assert stale.verdict is Verdict.unsupported and Flag.stale in stale.flags and stale.rule == "CW104"
    assert stale.evidence[0].period == "2021" and "out of date" in stale.explanation


def test_two_metrics_fitting_equally_go_to_review(harbour: Path) -> None:
    results, _ = check_text("---\ndate: 2023-03-01\n---\n\nIn 2022, 500 million dollars were invested in "
                            "the port of Valparaiso.\n", harbour)
    result = results["500 million dollars"]
    assert result.verdict is Verdict.needs_review and Flag.needs_review in result.flags
    assert {e.resource for e in result.evidence[:2]} == {"port_investment", "port_budget"}
    assert "about equally" in result.explanation


def test_more_than_a_figure_the_data_gives_exactly_cannot_be_confirmed(harbour: Path) -> None:
    results, _ = check_text("---\ndate: 2023-03-01\n---\n\nIn 2021, Valparaiso handled more than 900 thousand "
                            "containers.\n", harbour)
    result = results["900 thousand"]
    assert result.claim.qualifier is Qualifier.gt
    assert result.verdict is Verdict.needs_review and "cannot confirm" in result.explanation


def test_no_contradiction_from_a_row_the_text_does_not_name(tmp_path: Path) -> None:
    package = write_package(tmp_path / "ref", [
        {"name": "regional_population", "metric": "population", "aliases": ["inhabitants"], "kind": "count",
         "dims": ["zone"], "rows": [{"period": "2021", "value": 1.2e6, "zone": "Atacama"},
                                    {"period": "2021", "value": 2.1e6, "zone": "Maule"}]}])
    # a column not headed for places (a region column is one: test_place_name_columns)
    unnamed, _ = check_text("---\ndate: 2022-02-01\n---\n\nThe zone has 5 million inhabitants.\n", package)
    assert unnamed["5 million"].verdict is Verdict.needs_review
    assert "does not say which zone" in unnamed["5 million"].explanation
    named, _ = check_text("---\ndate: 2022-02-01\n---\n\nMaule has 5 million inhabitants.\n", package)
    assert named["5 million"].verdict is Verdict.contradicted
    assert named["5 million"].evidence[0].dimensions["zone"] == "Maule"


def test_an_absolute_change_is_recomputed_as_a_difference(tmp_path: Path) -> None:
    from test_matching import FJORD_PACKAGE

    package = write_package(tmp_path / "ref", FJORD_PACKAGE)
    results, _ = check_text("---\ndate: 2022-06-01\n---\n\nIn 2021, salmon exports from Norway to Chile rose by "
                            "360 million dollars.\n", package)
    result = results["360 million dollars"]
    assert result.claim.kind.value == "change" and result.claim.unit == "USD"
    assert result.verdict is Verdict.supported and Flag.derived in result.flags
    lead = result.evidence[0]
    assert lead.formula == "v2021 - v2020" and lead.value == pytest.approx(3.6e8)


def test_decide_names_the_reason_the_explanation_is_worded_from(tmp_path: Path) -> None:
    from workbench.config import Config
    from workbench.drafts import parse_draft
    from workbench.extraction import extract
    from workbench.gazetteer import Gazetteer
    from workbench.matching import draft_context, match, reference_index
    from workbench.reference import load_reference
    from workbench.verify import Reason, decide, explain, verify

    package = write_package(tmp_path / "ref", [
        {"name": "regional_population", "metric": "population", "aliases": ["inhabitants"], "kind": "count",
         "dims": ["zone"], "rows": [{"period": "2021", "value": 1.2e6, "zone": "Atacama"},
                                    {"period": "2021", "value": 2.1e6, "zone": "Maule"}]}])
    index = reference_index(load_reference([package]))
    tol = Config().tolerances
    reasons = {}
    for text in ("The zone has 5 million inhabitants.", "Maule has 5 million inhabitants.",
                 "Maule has 2.1 million inhabitants.", "The fleet has 5 million boats."):
        draft = parse_draft(f"---\ndate: 2022-02-01\n---\n\n{text}\n".encode(), "draft.md")
        claim = extract(draft, as_of=draft.date)[0]
        ctx = draft_context(claim, draft, draft.date, Gazetteer.default())
        candidates = match(claim, index, ctx)
        decision = decide(claim, candidates, index, ctx, tol)
        result = verify(claim, candidates, index, ctx, tol)
        assert (result.verdict, result.explanation) == (decision.verdict, explain(decision, claim, ctx))
        assert result.reason == decision.reason.value  # the report carries the code the sentence is worded from
        reasons[text] = decision.reason
    assert reasons == {"The zone has 5 million inhabitants.": Reason.DIMENSION_UNNAMED,
                       "Maule has 5 million inhabitants.": Reason.CONTRADICTED,
                       "Maule has 2.1 million inhabitants.": Reason.SUPPORTED_WITHIN_TOLERANCE,
                       "The fleet has 5 million boats.": Reason.NO_MATCH}
