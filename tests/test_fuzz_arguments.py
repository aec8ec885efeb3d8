"""Free-text arguments typed in a terminal that is not UTF-8 (Latin-1, cp1251): Python keeps each such
byte as a lone surrogate ('\\udcff'), which no ledger, package or report can store. Every free-text
option (a reviewer's name, a note, a comment) refuses such text as a usage error — one line naming the
option, exit 2 — and the ledger is left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import reviewed_project, run_workbench

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

DRAFT = ("---\ntitle: Prices\ndate: 2023-06-01\n---\n\n"
         "Consumer prices in Kenya rose 7.7% in 2022, the statistics office said.\n")

# The options that take free text, each with the flags that make a review run reach it.
REVIEW_OPTIONS = ["--note", "--assign", "--comment", "--status", "--evidence", "--quote", "--unit", "--period",
                  "--source-title", "--add-evidence"]

# Each lone surrogate stands for one byte that is not UTF-8 (PEP 383), as a terminal in another encoding passes it.
_FOREIGN_BYTE = st.integers(0x80, 0xFF).map(lambda b: chr(0xDC00 + b))
TEXT_WITH_FOREIGN_BYTES = st.builds(lambda head, byte, tail: head + byte + tail,
                                    st.text(st.characters(codec="utf-8"), max_size=8), _FOREIGN_BYTE,
                                    st.text(st.characters(codec="utf-8"), max_size=8))


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A project with a draft, its package and a ledger written by `review`; the id of its one claim."""
    root = tmp_path_factory.mktemp("project")
    return root, reviewed_project(root, DRAFT)


def _one_line_naming(stderr: str, option: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert f"argument {option}" in lines[0] and "not UTF-8" in lines[0], lines[0]
    lines[0].encode("utf-8")  # the line itself is printable text, the byte shown as an escape


def _review(claim: str, option: str, text: str) -> list[str]:
    base = ["review", "drafts/prices.md", "--reviewer", "desk", "--claim", claim]
    if option == "--add-evidence":
        return [*base, "--add-evidence", f"https://stats.example.org/{text}", "--value", "7.7"]
    if option in ("--quote", "--unit", "--period", "--source-title"):
        return [*base, "--add-evidence", "https://stats.example.org/cpi", "--value", "7.7", option, text]
    return [*base, option, text]


@pytest.mark.parametrize("option", REVIEW_OPTIONS)
def test_a_review_option_in_another_encoding_is_one_line_and_the_ledger_unchanged(reviewed: tuple[Path, str],
                                                                                  option: str) -> None:
    root, claim = reviewed
    before = (root / "claims" / "prices.json").read_bytes()
    run = run_workbench(*_review(claim, option, "Jos\udce9"), cwd=root)  # 'José' typed in Latin-1
    assert run.returncode == 2
    _one_line_naming(run.stderr, option)
    assert (root / "claims" / "prices.json").read_bytes() == before


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT_WITH_FOREIGN_BYTES, where=st.sampled_from(["reviewer", "verdict", "claim id", "comment claim"]))
def test_a_decision_typed_in_another_encoding_is_refused_before_the_ledger_is_touched(
        reviewed: tuple[Path, str], text: str, where: str) -> None:
    """The reviewer's name and the --set / --claim words, whatever else they hold."""
    root, claim = reviewed
    before = (root / "claims" / "prices.json").read_bytes()
    args, option = {
        "reviewer": (["--reviewer", text, "--set", f"{claim}=supported"], "--reviewer"),
        "verdict": (["--reviewer", "desk", "--set", f"{claim}={text}"], "--set"),
        "claim id": (["--reviewer", "desk", "--set", f"{text}=supported"], "--set"),
        "comment claim": (["--reviewer", "desk", "--claim", text, "--comment", "seen"], "--claim"),
    }[where]
    run = run_workbench("review", "drafts/prices.md", *args, cwd=root)
    assert run.returncode == 2
    _one_line_naming(run.stderr, option)
    assert (root / "claims" / "prices.json").read_bytes() == before


@pytest.mark.parametrize(("command", "option"), [
    (["export", "drafts/prices.md", "--format", "claimreview", "--author"], "--author"),
    (["check", "drafts/prices.md", "--no-progress", "--fail-on"], "--fail-on"),
    (["reference", "show"], "name"),
    (["fetch", "csv", "https://stats.example.org/cpi.csv", "--name", "cpi2", "--metric"], "--metric"),
    (["fetch", "worldbank", "FP.CPI.TOTL.ZG", "--country"], "--country"),
])
def test_other_commands_refuse_free_text_in_another_encoding(reviewed: tuple[Path, str], command: list[str],
                                                             option: str) -> None:
    root, _ = reviewed
    listing = sorted(p.name for p in (root / "reference_data").rglob("*"))
    run = run_workbench(*command, "Kenya\udcff", cwd=root)
    assert run.returncode == 2
    _one_line_naming(run.stderr, option)
    assert sorted(p.name for p in (root / "reference_data").rglob("*")) == listing


def test_free_text_in_utf8_is_still_recorded(reviewed: tuple[Path, str]) -> None:
    """The guard is about bytes, not about letters: a name and a note in any script are kept as typed."""
    root, claim = reviewed
    run = run_workbench("review", "drafts/prices.md", "--reviewer", "Zoë Ωmega", "--claim", claim,
                        "--comment", "проверено ✓", cwd=root)
    assert run.returncode == 0, run.stderr
    ledger = (root / "claims" / "prices.json").read_text(encoding="utf-8")
    assert "проверено ✓" in ledger and "Zoë Ωmega" in ledger
