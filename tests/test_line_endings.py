"""A draft's lines may end in LF, CRLF or a lone CR (CommonMark counts all three; classic Mac editors and some
exports save lone CRs). A draft saved with lone CRs was read as one line: its front matter was not found (the date
lost, 'title: …' read as prose), its heading, paragraphs and table rows ran into one sentence, and every claim was
on line 1. Whatever its line endings, a draft gives the claims its LF copy gives, at the same offsets."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_workbench
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

LINES = ["---", "title: Harbour traffic", "date: 2024-03-15", "---", "", "# Harbour traffic", "",
         "Container volumes at the port of Mombasa rose 9.4% in 2023, the port authority said.", "",
         "| Year | Volume growth |", "|---|---|", "| 2022 | 3.1% |", "| 2023 | 9.4% |", "",
         "Cargo ships waited 2.5 days on average.", ""]
CORPUS = Path(__file__).parent / "corpus" / "crashes" / "lone-carriage-returns.md"


def _claims(folder: Path, name: str, text: str) -> list[dict[str, object]]:
    (folder / name).write_bytes(text.encode("utf-8"))
    run = run_workbench("extract", name, "--format", "json", cwd=folder)
    assert run.returncode == 0 and run.stderr == "", run.stderr
    found = json.loads(run.stdout)
    return found["claims"] if isinstance(found, dict) else found


def test_a_draft_of_lone_carriage_returns_reads_as_its_lf_copy(tmp_path: Path) -> None:
    lf = _claims(tmp_path, "lf.md", "\n".join(LINES))
    cr = _claims(tmp_path, "cr.md", CORPUS.read_bytes().decode("utf-8"))
    assert "\n" not in CORPUS.read_bytes().decode("utf-8")  # the kept draft is all lone CRs
    assert cr == lf
    assert [(c["line"], c["sentence"]) for c in cr][0] == (8, LINES[7])
    assert [c["period"] for c in cr][1:3] == ["2022", "2023"]  # the table's rows read as rows


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(endings=st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=len(LINES), max_size=len(LINES)))
def test_any_mix_of_line_endings_gives_the_claims_of_the_lf_copy(tmp_path: Path, endings: list[str]) -> None:
    """The same claims on the same lines and columns; a CRLF is one character more, so offsets are checked against
    the mixed text itself."""
    text = "".join(line + end for line, end in zip(LINES, endings))  # a CR before an empty line's LF is one CRLF
    lf = _claims(tmp_path, "lf.md", "".join(line + "\n" for line in text.splitlines()))
    mixed = _claims(tmp_path, "mixed.md", text)
    assert [text[c["start"]:c["end"]] for c in mixed] == [c["text"] for c in mixed]  # type: ignore[misc]
    assert [_without_offsets(c) for c in mixed] == [_without_offsets(c) for c in lf]


def _without_offsets(claim: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in claim.items() if key not in ("start", "end")}


def test_a_configuration_of_lone_carriage_returns_is_refused_by_what_ends_its_lines(tmp_path: Path) -> None:
    """TOML ends lines only with LF or CRLF, so the file is refused, as any TOML reader refuses it; tomllib's own
    words ('Expected newline or end of document after a statement') did not say that the line endings were the fault."""
    (tmp_path / "a.md").write_text("Harbour fees rose 4.5% in 2023.\n", encoding="utf-8")
    config = b'drafts = ["*.md"]\r[tolerances]\rapprox = 0.05\r'
    (tmp_path / "workbench.toml").write_bytes(config)
    run = run_workbench("check", "a.md", "--no-progress", cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == "", run.stdout
    [line] = run.stderr.splitlines()
    assert line.startswith(f"workbench: {tmp_path / 'workbench.toml'}:1:18: ") and "carriage return" in line, line
    assert "LF or CRLF" in line
    assert (tmp_path / "workbench.toml").read_bytes() == config
