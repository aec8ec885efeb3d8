"""'5.850 milioni' in an Italian paragraph reads as 5,850 million (Italian groups thousands with dots);
when the row is a thousand below, the writer may have meant the English decimal, 5.850 million: the
gap is the separator's two readings, for a person to settle (needs_review), not a slip of scale to
flag. An English '5,850 million' has one reading and stays a contradiction, and a thousand-fold gap
with no such separator ('5850 milioni') stays a slip of scale.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, population_and_gdp

from workbench.models import Verdict

POPULATION = {("Denmark", 2021): 5_850_000.0}
GDP = {("Denmark", 2021): 400e9}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, POPULATION, GDP)


def test_a_dot_the_language_reads_as_a_group_goes_to_review(packages: list[Path]) -> None:
    text = "Nel 2021 la popolazione della Danimarca ammontava a 5.850 milioni di persone, secondo l'istituto di statistica."
    result = claim_starting(claim_results(text, packages, "2022-06-01"), "5.850")
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "separator_reading"
    assert result.evidence and result.evidence[0].value == pytest.approx(5_850_000.0)


@pytest.mark.parametrize("text, figure", [
    ("In 2021 Denmark's population was 5,850 million people, the statistics office said.", "5,850"),
    ("Nel 2021 la popolazione della Danimarca ammontava a 5850 milioni di persone, secondo l'istituto di statistica.", "5850"),
])
def test_a_figure_with_one_reading_is_still_a_slip_of_scale(packages: list[Path], text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, packages, "2022-06-01"), figure)
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.reason == "scale_slip"


def test_verify_reads_the_separator_from_the_figure_as_written(tmp_path: Path) -> None:
    """verify() itself decides it, from the figure as the draft wrote it (``ClaimContext.written``): the
    same English reading is a slip of scale when the draft wrote it so, and for review when a glossed
    paragraph wrote a dot that its language reads as a group."""
    import dataclasses

    from test_matching import write_package

    from workbench.config import Config
    from workbench.drafts import parse_draft
    from workbench.extraction import extract
    from workbench.gazetteer import Gazetteer
    from workbench.matching import draft_context, match, reference_index
    from workbench.reference import load_reference
    from workbench.verify import verify

    package = write_package(tmp_path / "ref", [
        {"name": "regional_population", "metric": "population", "aliases": ["inhabitants"], "kind": "count",
         "dims": ["zone"], "rows": [{"period": "2021", "value": 2.4e6, "zone": "Maule"}]}])
    index = reference_index(load_reference([package]))
    draft = parse_draft(b"---\ndate: 2022-02-01\n---\n\nIn 2021 Maule had 2,400 million inhabitants.\n", "draft.md")
    claim = extract(draft, as_of=draft.date)[0]
    ctx = draft_context(claim, draft, draft.date, Gazetteer.default())
    candidates = match(claim, index, ctx)
    tol = Config().tolerances
    as_english = verify(claim, candidates, index, dataclasses.replace(ctx, written=claim.text), tol)
    assert (as_english.verdict, as_english.reason) == (Verdict.contradicted, "scale_slip")
    glossed = verify(claim, candidates, index, dataclasses.replace(ctx, written="2.400 millones"), tol)
    assert (glossed.verdict, glossed.reason) == (Verdict.needs_review, "separator_reading"), glossed.explanation
    assert "'2.400'" in glossed.explanation and glossed.evidence[0].value == pytest.approx(2.4e6)
