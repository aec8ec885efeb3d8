"""Property-based tests (Hypothesis) of the readers that take bytes from anyone: the draft reader
and the ledger reader. Whatever the bytes, they return a value or raise the one user-facing error
type — never anything else — and what they return keeps its promises."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.drafts import Draft, mask_markup, parse_draft
from workbench.errors import DraftError, LedgerError
from workbench.ledger.reading import parse_ledger
from workbench.periods import format_period, parse_period

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_MARKUP = st.sampled_from(["<!--", "-->", "<a ", ">", "[", "]", "(", ")", "](", "![", "`", "```\n", "~~~\n",
                           "*", "_", "~~", "# ", "> ", "- ", "1. ", "\n", "\n\n", "\r\n", " ", "http://x.y/z",
                           "<https://a.b>", "28.2 billion", "10%", "2023", "\u202e", "\x1b[31m", "\t"])
_FRONT_VALUES = st.one_of(st.text(max_size=30), st.integers(), st.sampled_from(
    ["2023-02-30", "2023-13-45", "0000-01-01", "2023-11-10", "2023-11-10 12:00:00", "&a [1]", "*a", "[[[[", "{", "!!binary x",
     "!!timestamp 2023-02-30", "!!python/object:os.system x", "'", "\"\\e\""]))


_LONE_CR, _LONE_CR_BYTE = re.compile("\r(?!\n)"), re.compile(b"\r(?!\n)")


def _check_draft(draft: Draft, data: bytes) -> None:
    assert len(draft.prose) == len(draft.text)  # offsets in the prose are offsets in the text
    assert all(c == "\n" for c, p in zip(draft.text, draft.prose, strict=True) if p == "\n")
    # a lone CR ends a line as LF does, and is read as one, offsets kept
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark: read as UTF-16
        assert draft.text == _LONE_CR.sub("\n", data.decode("utf-16"))
    else:
        lone_crs_as_lf = _LONE_CR_BYTE.sub(b"\n", data.replace(b"\xef\xbb\xbf", b"", 1))
        assert draft.text.encode("utf-8") in lone_crs_as_lf or not draft.text
    for span in draft.paragraphs:
        assert 0 <= span.start < span.end <= len(draft.text)


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_are_a_draft_or_one_draft_error(data: bytes) -> None:
    try:
        draft = parse_draft(data, "d.md")
    except DraftError as exc:
        assert "\n" not in str(exc)
        return
    _check_draft(draft, data)


@SETTINGS
@given(st.lists(_MARKUP, max_size=200))
def test_any_markup_is_masked_to_the_same_length(pieces: list[str]) -> None:
    text = "".join(pieces)
    prose = mask_markup(text)
    assert len(prose) == len(text)
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(prose) if c == "\n"]


@SETTINGS
@given(st.dictionaries(st.sampled_from(["title", "date", "url", "author", "publisher", "x"]), _FRONT_VALUES,
                       max_size=5),
       st.text(max_size=200))
def test_any_front_matter_is_read_or_one_draft_error(front: dict[str, object], body: str) -> None:
    block = "".join(f"{k}: {v}\n" for k, v in front.items())
    data = f"---\n{block}---\n{body}".encode()
    try:
        draft = parse_draft(data, "d.md")
    except DraftError as exc:
        assert "\n" not in str(exc)
        return
    assert draft.date is None or draft.date.year >= 1
    _check_draft(draft, data)


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                     max_leaves=30)
_LEDGER_KEYS = ["schema_version", "draft", "revision", "claims", "orphans", "path", "sha256", "claim", "verdict",
                "history", "evidence", "id", "start", "end"]


@SETTINGS
@given(st.one_of(_JSON, st.dictionaries(st.sampled_from(_LEDGER_KEYS), _JSON, max_size=6),
                 st.fixed_dictionaries({"schema_version": st.sampled_from([1, 2, 3, -1, "2", 2.0, True]),
                                        "draft": _JSON, "revision": _JSON, "claims": _JSON})))
def test_any_json_is_a_ledger_or_one_ledger_error(raw: object) -> None:
    data = json.dumps(raw).encode()
    try:
        parse_ledger(Path("claims/x.json"), data)
    except LedgerError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("claims/x.json")


@SETTINGS
@given(st.binary(max_size=500))
def test_any_bytes_are_a_ledger_or_one_ledger_error(data: bytes) -> None:
    try:
        parse_ledger(Path("claims/x.json"), data)
    except LedgerError as exc:
        assert "\n" not in str(exc)


def test_the_sample_ledger_survives_every_single_byte_deletion() -> None:
    """A truncated or hand-damaged ledger is one LedgerError, wherever the damage is."""
    data = (Path(__file__).resolve().parent.parent / "claims" / "kazakhstan-russia-visit.json").read_bytes()
    for cut in range(0, len(data), max(1, len(data) // 400)):
        try:
            parse_ledger(Path("claims/k.json"), data[:cut] + data[cut + 1:])
        except LedgerError:
            pass


@SETTINGS
@given(st.dates(), st.dates())
def test_every_period_written_is_one_the_parser_reads(first: dt.date, second: dt.date) -> None:
    """Years before 1000 were written unpadded ('999', and glibc's %Y too) and then not read back."""
    start, end = min(first, second), max(first, second)
    text = format_period(start, end)
    assert (parse_period(text).start, parse_period(text).end) == (start, end)
