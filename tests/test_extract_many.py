"""`extract_many`: many texts read stage by stage give each text the claims it has read alone, and `check` of a
folder, which reads its drafts' claims that way, reports what checking each draft alone reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_DRAFT

from workbench.drafts import load_draft, parse_draft
from workbench.errors import DraftError
from workbench.extraction import extract, extract_many, extract_text, parallel, scanbytes

# Each paragraph stands for a different draft: what one says (a year, a currency, a place, a table) must not
# reach the next one's figures.
PARAGRAPHS = [
    "In 2019 the harbour handled 4.2 million containers, up 6% on the year before.",
    "Exports rose 5% and the trade surplus reached $12 billion.",
    "The council spent €3.5m on roads; the year before it spent half as much.",
    "| Year | Visitors |\n|---|---|\n| 2021 | 1,200 |\n| 2022 | 1,450 |",
    "About 350 people attended, of whom 40 were students.",
    "Rents in Lisbon climbed 11.3 per cent in the first quarter.",
    "No figure here at all, only words.",
    "It cost 1.5 billion rubles, or about $16 million at the time.",
    "Unemployment fell to 4.1% in March from 4.4% in February.",
    "The 12 km road opened in 2020 at a cost of 80 million.",
]


def dumped(claims_per_text: list[list]) -> list[list[dict]]:
    return [[claim.model_dump(mode="json") for claim in claims] for claims in claims_per_text]


def test_each_text_gets_the_claims_it_has_alone() -> None:
    texts = PARAGRAPHS * 3 + ["\n\n".join(PARAGRAPHS)]
    assert dumped(extract_many(texts)) == dumped([extract_text(text) for text in texts])
    assert sum(map(len, extract_many(texts))) > 40


def test_a_year_or_currency_of_one_text_does_not_reach_the_next() -> None:
    dated, undated = extract_many(["The budget for 2019 was 4.5 billion dollars.", "The budget was 3.1 billion."])
    assert dated[0].period == "2019" and dated[0].unit == "USD"
    assert undated == extract_text("The budget was 3.1 billion.") and undated[0].period is None
    assert undated[0].unit != "USD"


def test_no_figure_is_read_across_two_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    # The texts' candidates are found in one scan: a text ending in "a" or "-" before one opening with "third" or
    # "5" still holds only its own figures ("a third" and "-5" would be figures of their own).
    monkeypatch.setattr(scanbytes, "_scanned_chars", scanbytes.RE2_FROM)  # a stream that has paid for RE2
    filler = "The committee met on Tuesday and the chair read the statement out at the end of the long meeting. " * 2
    texts = [f"{filler}Shareholders expect to lose a", f"third of the 40 branches may close. {filler}Prices fell -",
             f"5 of them said so. {filler}"]
    assert all(scanbytes.re2_pays(len(text)) for text in texts)
    assert dumped(extract_many(texts)) == dumped([extract_text(text) for text in texts])
    assert [claim.text for claim in extract_many(texts)[1]] == ["40"]


def test_a_place_named_in_one_text_of_a_stream_is_that_texts_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # The stream's texts are looked at for place names together: a text naming none still takes its own
    # (none, or its draft's), a text naming one keeps it, and a name cut at a text's end names nothing.
    monkeypatch.setattr(scanbytes, "_scanned_chars", scanbytes.RE2_FROM)  # a stream that has paid for RE2
    filler = "The committee met on Tuesday and the chair read the statement out at the end of the long meeting. " * 2
    texts = [f"{filler}Output at the mills rose 7% last year, the ministry said of New",
             f"Zealand and its partners. {filler}Wool exports rose 4%.",
             f"{filler}Wool exports from Chile rose 9% and from Peru 3%.", f"{filler}Prices rose 2%."]
    assert dumped(extract_many(texts)) == dumped([extract_text(text) for text in texts])
    assert [claim.entities for claim in extract_many(texts)[2]] == [["Chile", "Peru"]] * 2
    assert all(not claim.entities for claims in extract_many(texts)[:2] for claim in claims)


def test_drafts_with_their_own_dates_and_plain_texts_mixed() -> None:
    drafts = [parse_draft(f"---\ndate: 202{i}-03-01\n---\n\n{text}\n".encode(), f"d{i}.md")
              for i, text in enumerate(PARAGRAPHS[:6])]
    items: list = [*drafts, *PARAGRAPHS[6:]]
    days = [None, dt.date(2015, 6, 1), None, None, None, None, dt.date(2018, 1, 1), None, None, None]
    expected = [extract(item, as_of=day) if not isinstance(item, str) else extract_text(item, as_of=day)
                for item, day in zip(items, days)]
    assert dumped(extract_many(items, days)) == dumped(expected)
    assert dumped(extract_many(drafts)) == dumped([extract(draft) for draft in drafts])


def test_a_long_text_among_short_ones_is_read_as_one_call_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    long_text = " ".join(PARAGRAPHS) * 3
    monkeypatch.setattr(parallel, "PARALLEL_FROM", len(long_text) - 1)  # a 'long' text without 300 kB of it
    monkeypatch.setattr(parallel, "READ_MANY_CHARS", 400)  # and short texts read in several groups
    texts = [*PARAGRAPHS[:4], long_text, *PARAGRAPHS[4:]]
    assert dumped(extract_many(texts)) == dumped([extract_text(text) for text in texts])


def _reports(report) -> list[dict]:
    return [draft.model_dump(mode="json") for draft in report.drafts]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ten drafts: the sample draft cut in parts, and our own paragraphs, some dated."""
    root = tmp_path_factory.mktemp("drafts")
    sample = SAMPLE_DRAFT.read_text(encoding="utf-8")
    head, _, body = sample.partition("\n---\n")
    parts = body.split("\n\n")
    for i in range(10):
        chosen = parts[i::10] + [PARAGRAPHS[i]]
        dated = f"---\ndate: 2023-0{1 + i % 9}-15\ntitle: Draft {i}\n---\n\n" if i % 2 else ""
        (root / f"d{i:02}.md").write_text(dated + "\n\n".join(chosen) + "\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("jobs", [1, 2])
def test_check_of_a_folder_reports_what_each_draft_alone_reports(folder: Path, jobs: int) -> None:
    from workbench.check import check_draft, check_paths, load_ledger_for
    from workbench.config import load_config
    from workbench.reference import load_reference

    config = load_config(ROOT)
    reference = load_reference(config.reference_dirs)
    alone = [check_draft(draft, reference, config, load_ledger_for(draft, config))
             for draft in (load_draft(str(path)) for path in sorted(folder.glob("*.md")))]
    together = check_paths([str(folder)], config, jobs=jobs, reference=reference)
    assert _reports(together) == [draft.model_dump(mode="json") for draft in alone]
    assert sum(len(draft.results) for draft in alone) > 20


def test_check_stops_at_a_draft_that_cannot_be_read(folder: Path, tmp_path: Path) -> None:
    from workbench.check import check_paths
    from workbench.config import load_config

    for path in sorted(folder.glob("*.md"))[:3]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "d01.md").write_bytes(b"\xff\xfe\x00\x00 not text")
    seen: list[int] = []
    with pytest.raises(DraftError) as raised:
        check_paths([str(tmp_path)], load_config(ROOT), jobs=1, progress=lambda done, _: seen.append(done))
    assert "d01.md" in str(raised.value.path)
    assert seen == [0, 1]  # the draft before it was checked and reported, as one draft after another
