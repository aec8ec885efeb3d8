"""The check is the same in every process: evidence order and explanations never depend on hash seeds.

Python randomises the iteration order of sets of strings per process (PYTHONHASHSEED). Matching
walks sets of words and resource names; wherever that walk decided an order or broke a tie, two
runs on the same files could rank evidence or word a reason differently, and `workbench review`
then wrote a new ledger revision for a draft nobody touched. These tests run the real CLI in
separate processes with different hash seeds and compare the bytes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REFERENCE, SAMPLE_DRAFT, run_workbench_process
from test_matching import write_package

# Seeds under which Python walks the same set of resource names in different orders; any two
# seeds would do after the fix, these are ones under which the old, order-dependent code differed.
HASH_SEEDS = ("0", "4")

# A fictional country. Two resources share one metric and cover different cities; a third
# resource knows the city the draft talks about (so the text names a city), but not trams.
# Nothing covers the claim, and the two tram resources are equally good reasons to give.
TRAM_PACKAGE = [
    {"name": "trams_east", "metric": "tram network length", "aliases": ["tram lines", "tramways"], "unit": "km",
     "dims": ["country", "city"],
     "rows": [{"period": "2022", "value": 41, "country": "Veldoria", "city": "Oster"},
              {"period": "2022", "value": 18, "country": "Veldoria", "city": "Pell"}]},
    {"name": "trams_west", "metric": "tram network length", "aliases": ["tram lines", "tramways"], "unit": "km",
     "dims": ["country", "city"],
     "rows": [{"period": "2022", "value": 63, "country": "Veldoria", "city": "Quill"},
              {"period": "2022", "value": 27, "country": "Veldoria", "city": "Rask"}]},
    {"name": "city_population", "metric": "population", "aliases": ["residents"], "kind": "count",
     "dims": ["country", "city"],
     "rows": [{"period": "2022", "value": 310000, "country": "Veldoria", "city": "Varn"}]},
    # Two publishers give the very same figure for the same city and year: evidence rows whose
    # score, period and deviation all tie.
    {"name": "tram_riders", "metric": "tram passengers", "aliases": ["tram riders"], "kind": "count",
     "dims": ["country", "city"],
     "rows": [{"period": "2022", "value": 5.1e6, "country": "Veldoria", "city": "Oster",
               "source": "Oster Transit Authority", "url": "https://transit.example.org/oster"},
              {"period": "2022", "value": 5.1e6, "country": "Veldoria", "city": "Oster",
               "source": "Veldoria Statistics Office", "url": "https://stats.example.org/riders"},
              {"period": "2022", "value": 2.2e6, "country": "Veldoria", "city": "Pell"}]},
]

TRAM_DRAFT = """---
title: Trams of Veldoria
date: 2023-03-01
---

Varn has 120 km of tram lines.

Oster's trams carried 5.4 million passengers in 2022.
"""


@pytest.fixture
def tram_project(tmp_path: Path) -> Path:
    write_package(tmp_path / "reference_data", TRAM_PACKAGE)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "trams.md").write_text(TRAM_DRAFT, encoding="utf-8")
    return tmp_path


@pytest.fixture
def sample_project(tmp_path: Path) -> Path:
    """A copy of the sample draft, its committed ledger and the reference package."""
    (tmp_path / "drafts").mkdir()
    shutil.copy(SAMPLE_DRAFT, tmp_path / "drafts" / SAMPLE_DRAFT.name)
    shutil.copytree(REFERENCE, tmp_path / "reference_data")
    (tmp_path / "claims").mkdir()
    shutil.copy(SAMPLE_DRAFT.parent.parent / "claims" / f"{SAMPLE_DRAFT.stem}.json", tmp_path / "claims")
    return tmp_path


# Real processes: PYTHONHASHSEED takes effect only when an interpreter starts.
def check_json(project: Path, draft: str, seed: str) -> str:
    run = run_workbench_process("check", draft, "--reference", "reference_data", "--claims", "claims",
                                "--format", "json", "--exit-zero", "--no-progress", cwd=project,
                                env={"PYTHONHASHSEED": seed})
    assert run.returncode == 0, run.stderr
    return run.stdout


def review(project: Path, draft: str, seed: str) -> str:
    run = run_workbench_process("review", draft, "--reference", "reference_data", "--claims", "claims", cwd=project,
                                env={"PYTHONHASHSEED": seed})
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_tied_reasons_and_tied_evidence_read_the_same_under_every_hash_seed(tram_project: Path) -> None:
    reports = {seed: check_json(tram_project, "drafts/trams.md", seed) for seed in HASH_SEEDS}
    assert len(set(reports.values())) == 1, "the check report depends on PYTHONHASHSEED"
    results = {r["claim"]["text"]: r for r in json.loads(reports[HASH_SEEDS[0]])["drafts"][0]["results"]}

    # Both tram resources lack Varn equally; the reason names the first by resource name.
    trams = results["120 km"]
    assert trams["verdict"] == "unsupported" and trams["evidence"] == []
    assert "tram network length figures for Oster and Pell only, but none for Varn" in trams["explanation"]

    # Rows that tie on everything the ranking weighs come in row order, and the lead is the first.
    riders = results["5.4 million"]
    assert [(e["resource"], e["row"], e["source"]) for e in riders["evidence"]] == [
        ("tram_riders", 1, "Oster Transit Authority"), ("tram_riders", 2, "Veldoria Statistics Office")]
    assert riders["evidence"][0]["score"] == riders["evidence"][1]["score"]
    assert riders["explanation"].startswith("Oster Transit Authority gives 5.1 million")


def test_review_of_an_unchanged_draft_writes_no_new_revision_whatever_the_hash_seed(tram_project: Path) -> None:
    ledger = tram_project / "claims" / "trams.json"
    first = review(tram_project, "drafts/trams.md", HASH_SEEDS[0])
    assert "revision 1:" in first
    written = ledger.read_bytes()
    again = review(tram_project, "drafts/trams.md", HASH_SEEDS[1])
    assert "revision 1:" in again, again
    assert ledger.read_bytes() == written


def test_the_sample_draft_checks_and_reviews_the_same_under_every_hash_seed(sample_project: Path) -> None:
    draft = f"drafts/{SAMPLE_DRAFT.name}"
    reports = {seed: check_json(sample_project, draft, seed) for seed in HASH_SEEDS}
    assert len(set(reports.values())) == 1, "the check report depends on PYTHONHASHSEED"

    ledger = sample_project / "claims" / f"{SAMPLE_DRAFT.stem}.json"
    committed = ledger.read_bytes()
    revision = json.loads(committed)["revision"]
    for seed in HASH_SEEDS:
        said = review(sample_project, draft, seed)
        assert f"revision {revision}:" in said, said
        assert ledger.read_bytes() == committed  # the committed ledger is up to date: nothing to write
