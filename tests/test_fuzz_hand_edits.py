"""Files people edit by hand and merge with Git: ledgers, the configuration, package descriptors. A merge
that stops on a conflict leaves Git's markers in the file; the reader said only 'Expecting property name'
at the marker's line. A hand merge that keeps both sides of a ledger pastes a claim's entry in twice: JSON
keeps the last of two equal names in silence, so the first entry — a reviewer's decision — was dropped, and
the next `review --set` saved the ledger without it. Both are now one line at the place, exit 2, and no
file changed. The ledgers are kept in tests/corpus/ledgers/ with the draft they belong to."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import run_workbench
from package_support import cpi_package

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.readfile import parse_json

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

CORPUS = Path(__file__).parent / "corpus" / "ledgers"
# Each ledger, and the line and what its one line of error says.
LEDGERS = {"merge-conflict.json": (10, 1, "an unresolved merge conflict"),
           "claim-pasted-twice.json": (158, 5, "the name 'c-93f1e61f' appears twice in one object")}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    cpi_package(tmp_path / "reference_data", {("Uruguay", 2021): 3.2, ("Uruguay", 2022): 4.1})
    (tmp_path / "drafts").mkdir()
    shutil.copy(CORPUS / "prices.md", tmp_path / "drafts" / "prices.md")
    (tmp_path / "claims").mkdir()
    return tmp_path


def test_the_ledger_corpus_is_there() -> None:
    assert sorted(p.name for p in CORPUS.glob("*.json")) == sorted(LEDGERS)


@pytest.mark.parametrize("name", LEDGERS)
@pytest.mark.parametrize("command", [["check", "--no-progress", "drafts/prices.md"],
                                     ["export", "drafts/prices.md", "--format", "markdown"],
                                     ["review", "drafts/prices.md", "--set", "c-93f1e61f=supported"],
                                     ["review", "drafts/prices.md"]], ids=["check", "export", "set", "refresh"])
def test_a_ledger_merged_by_hand_is_one_line_at_the_place_and_left_as_it_is(name: str, command: list[str],
                                                                            project: Path) -> None:
    ledger = project / "claims" / "prices.json"
    shutil.copy(CORPUS / name, ledger)
    before = ledger.read_bytes()
    run = run_workbench(*command, cwd=project)
    assert run.returncode == 2, run.stdout
    [line] = run.stderr.strip().splitlines()
    at_line, at_column, says = LEDGERS[name]
    assert f"claims/prices.json:{at_line}:{at_column}: not valid JSON: {says}" in line, line
    assert ledger.read_bytes() == before


def test_a_configuration_left_with_merge_markers_says_so_at_the_first(project: Path) -> None:
    (project / "workbench.toml").write_text('claims = "claims"\n<<<<<<< HEAD\ndrafts = ["drafts/*.md"]\n=======\n'
                                            'drafts = ["drafts/**/*.md"]\n>>>>>>> copy-desk\n', encoding="utf-8")
    run = run_workbench("check", "--no-progress", cwd=project)
    assert run.returncode == 2
    [line] = run.stderr.strip().splitlines()
    assert "workbench.toml:2:1: not valid TOML: an unresolved merge conflict" in line, line


def test_a_descriptor_naming_a_field_twice_is_refused_not_half_read(project: Path) -> None:
    """A resource with two "schema" entries (one pasted above the publisher's) was read with the last only,
    and `reference init` wrote the descriptor back without the first."""
    descriptor = project / "reference_data" / "datapackage.json"
    text = descriptor.read_text(encoding="utf-8")
    doubled = text.replace('"schema": {', '"schema": {"fields": []}, "schema": {', 1)
    assert doubled != text
    descriptor.write_text(doubled, encoding="utf-8")
    for command in (["reference", "validate", "reference_data"], ["reference", "init", "reference_data", "--force"]):
        run = run_workbench(*command, cwd=project)
        assert run.returncode == 2, run.stdout
        assert "reference_data/datapackage.json:" in run.stderr and "'schema' appears twice" in run.stderr
    assert descriptor.read_text(encoding="utf-8") == doubled


letters = st.characters(blacklist_categories=("Cs",), blacklist_characters="{}")  # a brace opens an object below
names = st.text(alphabet=letters, max_size=6)
documents = st.recursive(st.none() | st.booleans() | st.integers() | st.text(alphabet=letters, max_size=8),
                         lambda inner: st.lists(inner, max_size=4) | st.dictionaries(names, inner, max_size=4),
                         max_leaves=20)


@settings(max_examples=150, deadline=None)
@given(documents, names, st.data())
def test_a_name_pasted_twice_into_any_object_is_found_at_its_second_place(document: object, name: str,
                                                                          data: st.DataObject) -> None:
    text = json.dumps(document, ensure_ascii=data.draw(st.booleans()))
    assert parse_json(text, unique_names=True) == document  # JSON without a repeated name reads as it is
    objects = [i for i, ch in enumerate(text) if ch == "{" and text[i + 1] != "}"]
    if not objects:
        return
    at = data.draw(st.sampled_from(objects)) + 1
    pair = f"{json.dumps(name)}: 1, "
    doubled = text[:at] + pair + pair + text[at:]
    with pytest.raises(json.JSONDecodeError) as error:
        parse_json(doubled, unique_names=True)
    assert error.value.pos == at + len(pair), (doubled, error.value.msg)
    assert error.value.msg == f"the name {name!r} appears twice in one object; keep one of them"


def test_a_ledger_with_an_escape_of_half_a_character_is_one_line_at_it(project: Path) -> None:
    """A hand edit (or a tool writing UTF-16 halves) left '\\ud800' in a note: JSON reads it as a lone
    surrogate, which no ledger, report or page can write back."""
    assert run_workbench("review", "drafts/prices.md", cwd=project).returncode == 0
    ledger = project / "claims" / "prices.json"
    text = ledger.read_text(encoding="utf-8")
    edited = text.replace('"explanation": "', '"explanation": "\\ud800', 1)
    ledger.write_text(edited, encoding="utf-8")
    line_of_edit = edited[: edited.index("\\ud800")].count("\n") + 1
    for command in (["check", "--no-progress", "drafts/prices.md"], ["review", "drafts/prices.md"]):
        run = run_workbench(*command, cwd=project)
        assert run.returncode == 2, run.stdout
        [line] = run.stderr.strip().splitlines()
        assert f"claims/prices.json:{line_of_edit}:" in line and "half of a character" in line, line
    assert ledger.read_text(encoding="utf-8") == edited
