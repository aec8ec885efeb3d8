"""Drafts shaped like real news at scale: tables (Markdown and HTML), footnotes, front matter of odd types,
mixed scripts, right-to-left text, zero-width characters, emoji, very long lines, languages the workbench
does not know — and saved the way Windows editors save them. Every command gives a result that keeps its
schema, or one line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import REFERENCE, ROOT, run_workbench

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.drafts import parse_draft

NEWS = ("---\ntitle: Trade with Russia\ndate: 2023-11-10\nlang: en\n---\n\n# Trade grew by a tenth\n\n"
        "Bilateral trade between Kazakhstan and Russia rose by 10% in 2022, reaching 28.2 billion dollars, "
        "officials said. Kazakhstan's population was 19.6 million.\n\n| Year | Trade |\n|---|---:|\n"
        "| 2022 | $28.2bn |\n\nInflation in Kazakhstan — «20,3 %» по данным — was 20.3% in 2022.\n")


def _results(report: dict) -> list[tuple[str, int, int, str]]:
    return [(r["claim"]["text"], r["claim"]["line"], r["claim"]["column"], r["verdict"])
            for d in report["drafts"] for r in d["results"]]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_a_draft_saved_as_utf16_is_checked_as_its_utf8_original(codec: str, tmp_path: Path) -> None:
    """Notepad's and Word's "Unicode" is UTF-16 with a byte-order mark: such a draft was refused as binary
    ('it contains NUL bytes'). So was UTF-32 with its mark, whose little-endian mark opens with UTF-16's."""
    (tmp_path / "utf8.md").write_text(NEWS, encoding="utf-8")
    bom = b"\xfe\xff" if codec == "utf-16-be" else b"\x00\x00\xfe\xff" if codec == "utf-32-be" else b""  # utf-16/32 write their own
    (tmp_path / "saved.md").write_bytes(bom + NEWS.encode(codec))
    reports = []
    for name in ("utf8.md", "saved.md"):
        run = run_workbench("check", name, "--reference", REFERENCE, "--format", "json", "--no-progress", cwd=tmp_path)
        assert run.returncode in (0, 1), run.stderr
        reports.append(json.loads(run.stdout))
    assert _results(reports[1]) == _results(reports[0]) and len(_results(reports[0])) >= 4
    extracted = run_workbench("extract", "saved.md", "--format", "json", cwd=tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    assert reports[1]["drafts"][0]["draft"]["title"] == "Trade with Russia"


def test_two_bytes_of_a_mark_before_junk_are_still_no_draft(tmp_path: Path) -> None:
    (tmp_path / "junk.md").write_bytes(b"\xff\xfe not utf-8")
    run = run_workbench("extract", "junk.md", cwd=tmp_path)
    assert run.returncode == 2 and "junk.md:1:1: the draft is not UTF-8" in run.stderr, run.stderr


_SENTENCES = st.sampled_from([
    "Exports rose 12.5% to $4.1 billion in 2022.", "Kazakhstan's population was 19.6 million in 2022.",
    "Инфляция составила 20,3% в 2022 году.", "بلغ التضخم 20.3% في عام 2022.", "האינפלציה הגיעה ל-20.3% ב-2022.",
    "通胀率为20.3%。", "Trade\u200b grew 1\u200d0% in 2022 \U0001F4C8.", "It fell \u202e5%\u202c in 2021.",
    "Output rose 5%[^1] in 2021.", "[^1]: Statistics office, 12% in 2020.", "Debt was 1.234,5 million euros.",
    "Prices rose 5–7% in 2021–22.", "Exports were ¥12 trillion in FY2022-23.", "About ٢٠٫٣٪ in ٢٠٢٢.",
    "Ｉｎｆｌａｔｉｏｎ　ｗａｓ　２０．３％.", "Costs were — n/a in 2021.", "GDP grew 3.2 percent between 2020-21 and 2022-23."])
_BLOCKS = st.one_of(
    st.lists(_SENTENCES, min_size=1, max_size=4).map(" ".join),
    st.lists(st.tuples(st.integers(1990, 2030), st.sampled_from(["5%", "$2bn", "19.6 million", "—", "", "n/a"])),
             min_size=1, max_size=5).map(lambda rows: "| Year | Value |\n|---|---:|\n" + "".join(
                 f"| {y} | {v} |\n" for y, v in rows)),
    st.lists(st.sampled_from(["5%", "2022", "12 tonnes", "<b>7%</b>", ""]), min_size=1, max_size=4).map(
        lambda cells: "<table><tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>"),
    st.integers(200, 3000).map(lambda n: "Trade grew 5% in 2022 and " + "very " * n + "much."),
    st.sampled_from(["> Inflation was 20.3% in 2022, an official said.", "```\n5% in 2021\n```", "- 5% in 2021\n- 6%",
                     "<!-- workbench: ignore --> 5% in 2021.", "![chart 5%](x.png)", "Line\\\nbreak 5%."]))
_FRONT = st.dictionaries(
    st.sampled_from(["title", "lang", "url", "author", "tags", "place", "country", "summary"]),
    st.one_of(st.integers(), st.floats(allow_nan=False), st.booleans(), st.none(),
              st.sampled_from(["xx", "zz-Latn", "kk", "ar", "he", "zh", "[en, ru]", "{a: 1}", "'x: y'", "Kazakhstan",
                               "[1, {b: 2}]"])), max_size=4)
_EOL = st.sampled_from(["\n", "\r\n", "\r"])


def _draft(front: dict[str, object], blocks: list[str], eol: str) -> str:
    head = "".join(f"{k}: {'null' if v is None else str(v).lower() if isinstance(v, bool) else v}\n"
                   for k, v in front.items())
    return (f"---\ndate: 2023-11-10\n{head}---\n\n" + "\n\n".join(blocks) + "\n").replace("\n", eol)


CLAIMS_SCHEMA = json.loads((ROOT / "docs" / "schemas" / "claims.schema.json").read_text(encoding="utf-8"))
REPORT_SCHEMA = json.loads((ROOT / "docs" / "schemas" / "check-report.schema.json").read_text(encoding="utf-8"))
LEDGER_SCHEMA = json.loads((ROOT / "docs" / "schemas" / "ledger.schema.json").read_text(encoding="utf-8"))
BASELINE_SCHEMA = json.loads((ROOT / "docs" / "schemas" / "baseline.schema.json").read_text(encoding="utf-8"))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(front=_FRONT, blocks=st.lists(_BLOCKS, min_size=1, max_size=6), eol=_EOL,
       codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_any_news_shaped_draft_is_extracted_and_checked_within_its_schemas(
        tmp_path_factory: pytest.TempPathFactory, front: dict[str, object], blocks: list[str], eol: str,
        codec: str) -> None:
    folder = tmp_path_factory.mktemp("news")
    data = _draft(front, blocks, eol).encode(codec)
    (folder / "a.md").write_bytes(data)
    extracted = run_workbench("extract", "a.md", "--format", "json", cwd=folder)
    if extracted.returncode == 2:  # front matter this strategy writes can be no YAML mapping: one line
        [line] = extracted.stderr.strip().splitlines()
        assert line.startswith("workbench: a.md:") and "internal error" not in line, line
        return
    assert extracted.returncode == 0, extracted.stderr
    claims = json.loads(extracted.stdout)
    jsonschema.validate(claims, CLAIMS_SCHEMA)
    text = parse_draft(data, "a.md").text
    assert all(text[c["start"]:c["end"]] == c["text"] for c in claims["claims"])
    checked = run_workbench("check", "a.md", "--reference", REFERENCE, "--format", "json", "--no-progress", cwd=folder)
    assert checked.returncode in (0, 1), checked.stderr
    report = json.loads(checked.stdout)
    jsonschema.validate(report, REPORT_SCHEMA)
    assert all(r["reason"] != "unchecked" for d in report["drafts"] for r in d["results"]), checked.stderr
    baseline = run_workbench("check", "a.md", "--reference", REFERENCE, "--write-baseline", "baseline.json",
                             "--no-progress", cwd=folder)
    assert baseline.returncode == 0, baseline.stderr
    jsonschema.validate(json.loads((folder / "baseline.json").read_text(encoding="utf-8")), BASELINE_SCHEMA)
    reviewed = run_workbench("review", "a.md", "--reference", REFERENCE, "--claims", "claims", cwd=folder)
    assert reviewed.returncode == 0, reviewed.stderr
    for ledger in (folder / "claims").glob("*.json"):
        jsonschema.validate(json.loads(ledger.read_text(encoding="utf-8")), LEDGER_SCHEMA)
    exported = run_workbench("export", "a.md", "--reference", REFERENCE, "--claims", "claims", "--format",
                             "claimreview", "--author", "Desk", "--include-automatic", cwd=folder)
    assert exported.returncode == 0, exported.stderr
    json.loads(exported.stdout)


def test_front_matter_escapes_of_half_a_character_are_one_error_and_a_whole_pair_is_its_character() -> None:
    """YAML's "\\ud800" is half of a UTF-16 pair: the title reached the JSON report as a lone surrogate,
    which no UTF-8 output can write ('internal error'). A whole pair, as JSON writes an emoji, is read."""
    from workbench.errors import DraftError

    with pytest.raises(DraftError) as error:
        parse_draft(b'---\ndate: 2023-05-01\ntitle: "Prices \\ud800 rose"\n---\n\nPrices rose 4.1% in 2022.\n', "a.md")
    assert str(error.value).startswith("a.md:3:8:") and "half of a character" in str(error.value), str(error.value)
    draft = parse_draft(b'---\ntitle: "Prices \\ud83d\\udcc8 rose"\n---\n\nPrices rose 4.1% in 2022.\n', "a.md")
    assert draft.title == "Prices \U0001F4C8 rose"


@pytest.mark.parametrize("saved", [b"\xff\xfe", b"\xfe\xff", b"\xff\xfe \x00\r\x00\n\x00", b"\xff\xfe\x00\x00",
                                   b"\x00\x00\xfe\xff", "\n \n".encode("utf-32")],
                         ids=["le", "be", "blank", "utf-32-le", "utf-32-be", "utf-32-blank"])
def test_an_empty_utf16_draft_is_refused_as_empty(saved: bytes, tmp_path: Path) -> None:
    """Notepad saves an empty "Unicode" file as its byte-order mark alone: it was refused as 'not UTF-8 (byte 0xff)',
    and one of blank lines was read as a draft without claims, where an empty UTF-8 draft is refused as empty."""
    (tmp_path / "empty.md").write_bytes(saved)
    run = run_workbench("extract", "empty.md", cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == "", run.stdout
    assert run.stderr == "workbench: empty.md:1:1: the draft is empty (write some text in it)\n", run.stderr
