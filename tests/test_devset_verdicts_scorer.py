"""The verdicts scorer (benchmarks/devset_verdicts.py) pairs each labelled row with the checker's result for
the figure it labels. One sentence may say the same surface twice ('prices rose 3% in 2021 and rose 3% again
in 2022'): the n-th row labelling that surface in that text is judged by the n-th result with it, in the order
the sentence says them, never by the first one's. A sentence labelled twice over (with another context or
publication date) has its one figure judged for both rows.

Invented figures: a consumer-price package of the World Bank's shape."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from package_support import cpi_package

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from devset_verdicts import occurrences, pick_result, run_cli  # noqa: E402

TWICE = "After prices in Chile rose 4.5% in 2021, they rose 4.5% again in 2022, the central bank said."


@pytest.fixture(scope="module")
def results_of_twice(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """The checker's JSON results for the sentence that says '4.5%' twice, as the scorer reads them."""
    root = tmp_path_factory.mktemp("twice")
    package = cpi_package(root / "cpi")
    draft = root / "draft.md"
    draft.write_text(f"---\ndate: 2023-03-01\n---\n\n{TWICE}\n", encoding="utf-8")
    rc, out, err = run_cli(["check", str(draft), "--reference", str(package), "--format", "json", "--exit-zero"],
                           root)
    assert rc == 0, err
    return json.loads(out)["drafts"][0]["results"]


def row(row_id: str, claim_text: str, text: str = TWICE) -> dict:
    return {"id": row_id, "text": text, "claim_text": claim_text}


def test_the_second_row_of_a_repeated_surface_is_judged_by_the_second_figure(results_of_twice: list[dict]) -> None:
    rank = occurrences([row("a1", "4.5%"), row("a2", "4.5%")])
    first = pick_result(results_of_twice, "4.5%", TWICE, rank["a1"])
    second = pick_result(results_of_twice, "4.5%", TWICE, rank["a2"])
    assert first is not None and second is not None
    assert first["claim"]["start"] < second["claim"]["start"]
    # 2021's 4.5% is the table's; 2022's is not (11.6): the two rows get the two answers
    assert (first["verdict"], first["evidence"][0]["period"]) == ("supported", "2021")
    assert second["verdict"] == "contradicted"
    assert second["evidence"][0]["period"] == "2022"


def test_ranks_count_rows_per_text_and_surface() -> None:
    other = "Prices in Chile rose 11.6% in 2022."
    rank = occurrences([row("a1", "4.5%"), row("b1", "11.6%", other), row("a2", "4.5%"), row("a3", "2021")])
    assert rank == {"a1": 0, "b1": 0, "a2": 1, "a3": 0}


def test_a_sentence_labelled_twice_over_judges_its_one_figure_for_both_rows(tmp_path: Path) -> None:
    once = "Prices in Chile rose 11.6% in 2022, the central bank said."
    package = cpi_package(tmp_path / "cpi")
    draft = tmp_path / "draft.md"
    draft.write_text(f"---\ndate: 2023-03-01\n---\n\n{once}\n", encoding="utf-8")
    rc, out, err = run_cli(["check", str(draft), "--reference", str(package), "--format", "json", "--exit-zero"],
                           tmp_path)
    assert rc == 0, err
    results = json.loads(out)["drafts"][0]["results"]
    rank = occurrences([row("c1", "11.6%", once), row("c2", "11.6%", once)])
    picked = [pick_result(results, "11.6%", once, rank[i]) for i in ("c1", "c2")]
    assert picked[0] is not None and picked[0] is picked[1]
    assert picked[0]["verdict"] == "supported"
