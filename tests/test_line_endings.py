"""A draft's lines may end in LF, CRLF or a lone CR (CommonMark counts all three; classic Mac editors and some
exports save lone CRs). A draft saved with lone CRs was read as one line: its front matter was not found (the date
lost, 'title: …' read as prose), its heading, paragraphs and table rows ran into one sentence, and every claim was
on line 1. Whatever its line endings, a draft gives the claims its LF copy gives, at the same offsets."""

from __future__ import annotations

import json
import textwrap
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


WRAPPED = ("The lagoon port handled 412 million tonnes of cargo in 2023, up 6.5 percent, and its fees brought in "
           "$2.75 billion, while 1.4 million containers and 36,5 millones de toneladas passed the northern quay at "
           "an average of 18 kilometres per hour, 2.3 per cent slower than the 4,200 tonnes a day it planned.")


def _as_lf(claim: dict[str, object]) -> dict[str, object]:
    text = str(claim["text"]).replace("\r\n", "\n").replace("\r", "\n")
    return {**_without_offsets(claim), "text": text}


def test_a_figure_wrapped_from_its_scale_or_unit_by_a_crlf_reads_as_by_an_lf(tmp_path: Path) -> None:
    """A CRLF (as Windows editors save a hard-wrapped paragraph) was two white-space characters where the readers of
    a scale or unit after a figure allow one: '412' CRLF 'million tonnes' was a count of 412, '6.5' CRLF 'percent' a
    bare 6.5, while the LF copy read 412,000,000 t and 6.5%."""
    lines = ["The port handled 412", "million tonnes of cargo, up 6.5", "percent on the year, and earned $2.75",
             "billion in fees.", ""]
    lf = _claims(tmp_path, "lf.md", "\n".join(lines))
    crlf_text = "\r\n".join(lines)
    crlf = _claims(tmp_path, "crlf.md", crlf_text)
    assert [(c["value"], c["unit"]) for c in lf][:3] == [(412e6, "t"), (6.5, "%"), (2.75e9, "USD")]
    assert [crlf_text[c["start"]:c["end"]] for c in crlf] == [c["text"] for c in crlf]  # type: ignore[misc]
    assert [_as_lf(c) for c in crlf] == [_as_lf(c) for c in lf]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(width=st.integers(min_value=12, max_value=60), ending=st.sampled_from(["\r\n", "\r"]))
def test_a_paragraph_wrapped_at_any_width_reads_the_same_whatever_ends_its_lines(tmp_path: Path, width: int,
                                                                                  ending: str) -> None:
    lines = textwrap.wrap(WRAPPED, width, break_long_words=False, break_on_hyphens=False)
    lf = _claims(tmp_path, "lf.md", "\n".join(lines) + "\n")
    other_text = ending.join(lines) + ending
    other = _claims(tmp_path, "other.md", other_text)
    as_read = other_text.replace("\r\n", "\0").replace("\r", "\n").replace("\0", "\r\n")  # a lone CR read as LF
    assert [as_read[c["start"]:c["end"]] for c in other] == [c["text"] for c in other]  # type: ignore[misc]
    assert [_as_lf(c) for c in other] == [_as_lf(c) for c in lf]


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
