"""Period expressions are read branch by first character, with the matches of the whole pattern."""

from __future__ import annotations

import random
import re

import pytest

from workbench.extraction import extract_text, periods
from workbench.extraction import branch_dispatch
from workbench.extraction.branch_dispatch import FirstCharacterDispatch, first_characters, opening_sets

PIECES = ["In", "in", "IN", "since", "Since", "2019", "2020", "1998", "–", "-", "/", "to", "and", "March", "May",
          "Dec.", "MAR", "the", "The", "first", "First", "ten", "Ten", "10", "3rd", "months", "month", "of", "this",
          "year", "years", "Year", "last", "Last", "so", "far", "Q3", "H1", "second", "half", "quarter", "a",
          "earlier", "ended", "FY2023/24", "fiscal", "Fiscal", "year-to-date", "YTD", "on", "as", "at", "14", "1st",
          "past", "decade", "ending", "2019-20", "1990s", "$2020", "ſecond", "ſince", "Kelvin", "\u212aelvin", "İn",
          "é", "٣", ",", ".", "(", "%", "next", "previous", "until"]


def _seen(matches: list[re.Match[str]]) -> list[tuple]:
    return [(m.span(), m.lastgroup, sorted((k, v) for k, v in m.groupdict().items() if v is not None)) for m in matches]


@pytest.mark.parametrize("seed", range(12))
def test_dispatched_scan_finds_what_the_whole_pattern_finds(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) + rng.choice([" ", " ", " ", "", ", ", "\n"]) for _ in range(500))
    for low in range(0, len(text), 29):
        high = min(len(text), low + rng.randint(5, 80))
        assert _seen(periods.PERIOD_SCAN.matches(text, low, high)) == _seen(list(periods.PERIOD.finditer(text, low, high)))


def test_first_characters_follow_optional_parts_case_and_look_arounds() -> None:
    assert first_characters(r"(?i:the)") == {"t", "T"}
    assert first_characters(r"(?:a\s+)?b|(?<!x)C") == {"a", "b", "C"}
    assert first_characters(r"\d{1,2}x") == set("0123456789")
    assert len(first_characters(r"x*")) == 128  # may match nothing: any position


def test_a_branch_only_some_characters_open_is_tried_only_there() -> None:
    scan = FirstCharacterDispatch(r"(?<!\w)", [r"(?P<word>(?i:q)\w+)", r"(?P<num>\d+)"])
    assert scan.pattern_for("Q") is scan.pattern_for("q") is not scan.pattern_for("7")
    assert scan.pattern_for("z") is None and scan.pattern_for("é") is scan.whole
    assert [m.lastgroup for m in scan.matches("quota 42 Quiz", 0, 13)] == ["word", "num", "word"]


def test_news_periods_of_every_opening_are_read() -> None:
    text = ("In the first nine months of 2023, exports rose 12% to $4.1 billion. "
            "Output grew 3.4% in Q3 2024. "
            "Sales fell 2% in fiscal 2022. "
            "Prices rose 7.5% between 2019 and 2021. "
            "Imports were $2.2 billion in March 2020.")
    assert [c.period for c in extract_text(text)] == ["2023-01/2023-09", "2023-01/2023-09", "2024-07/2024-09",
                                                       "2022", "2019/2021", "2020-03"]


def test_non_ascii_characters_take_the_whole_pattern_without_a_cache_entry() -> None:
    dispatch = FirstCharacterDispatch(r"\b", [r"(?i:since)\s+\d{4}", r"\d{4}"])
    text = "".join(chr(0x4E00 + i) + " 2019 " for i in range(200))
    assert [m.span() for m in dispatch.matches(text, 0, len(text))] == [m.span() for m in dispatch.whole.finditer(text)]
    assert all(ord(c) < 128 for c in dispatch._by_character)


def test_without_re_introspection_every_branch_is_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.extraction import branch_dispatch

    def broken(*_args: object) -> frozenset[str]:
        raise AttributeError("no _parser here")

    monkeypatch.setattr(branch_dispatch, "first_characters", broken)
    dispatch = FirstCharacterDispatch(r"\b", [r"(?i:since)\s+(?P<y>\d{4})", r"(?P<q>Q[1-4])"])
    text = "Since 2019 and Q3, since 2020."
    assert _seen(dispatch.matches(text, 0, len(text))) == _seen(list(dispatch.whole.finditer(text)))


@pytest.mark.parametrize("seed", range(6))
def test_the_scan_for_starts_after_a_break_finds_the_look_behind_positions(seed: int) -> None:
    """``start_positions`` consumes the character before a start instead of looking behind at every
    position: the same positions from any window, at the text's first character and after a non-ASCII letter."""
    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) + rng.choice([" ", " ", "", ", ", "\n", "é", "-"]) for _ in range(300))
    scan = periods.PERIOD_SCAN
    for low in [0, 1, 2, *range(3, len(text), 7)]:
        high = min(len(text), low + rng.randint(1, 120))
        assert scan.start_positions(text, low, high) == [m.start() for m in scan.starts.finditer(text, low, high)]


@pytest.mark.parametrize("start", [r"(?<![\w])(?=\d|[A-Z]|(?i:in)\b)", r"(?<![\w])(?=(?<=\d[ ,])\d|[A-Z])",
                                   r"(?<![\w])(?=(?P<d>\d))"])
def test_starts_read_from_split_pieces_are_the_look_behind_positions(start: str) -> None:
    """The starts after a break are read from ``split``'s pieces of the window where its start looks only forward; a
    start that looks behind inside its look-ahead or captures a group is scanned with ``finditer``:
    the same positions either way, in any window."""
    rng = random.Random(start)
    scan = FirstCharacterDispatch(start, [r"(?P<num>\d+)", r"(?P<word>[A-Z]\w*)", r"(?P<in>(?i:in)\s+\d+)"])
    assert scan._split_starts == (start == r"(?<![\w])(?=\d|[A-Z]|(?i:in)\b)")
    text = "".join(rng.choice(PIECES) + rng.choice([" ", " ", "", ", ", "\n", "é", "-", "7"]) for _ in range(300))
    for low in [0, 1, 2, *range(3, len(text), 5)]:
        high = min(len(text), low + rng.randint(0, 120))
        assert scan.start_positions(text, low, high) == [m.start() for m in scan.starts.finditer(text, low, high)]


def test_a_start_without_the_word_break_is_scanned_as_written() -> None:
    dispatch = FirstCharacterDispatch(r"\b", [r"(?i:since)\s+\d{4}", r"\d{4}"])
    assert dispatch.start_positions("since 2019, 2020", 0, 16) == [0, 6, 12]


def test_opening_sets_follow_each_offset_through_optional_parts_and_repeats() -> None:
    sets = opening_sets(r"(?i:in)\s+(?:mid-)?[A-Z]\d{1,2}", 6)
    assert sets[0] == {"i", "I"} and sets[1] == {"n", "N"} and "2" not in sets[3]
    assert "m" in sets[3] and "A" in sets[3] and "A" in sets[4]  # 'in  April' (two spaces) and 'in mid-April'
    assert "9" in sets[5]  # 'in A9'
    assert len(opening_sets(r"\d{4}", 6)[4]) == 128  # the match may have ended: anything may follow


# A branch wanting a month after its first word, one wanting a day's number, and a year.
_MONTH_AFTER = [r"(?P<month>(?i:in|on)\s+(?:(?i:early|late)\s+)?[A-Z][a-z]+)", r"(?P<day>(?i:on)\s+\d{1,2}(?!\d))",
                r"(?P<year>\d{4})"]


def test_a_branch_its_first_characters_rule_out_is_not_tried() -> None:
    scan = FirstCharacterDispatch(r"(?<![\w])", _MONTH_AFTER)
    assert scan.pattern_for_start("in 2022 ") is None  # 'in' opens only the month branch, and no month follows
    day, month = scan.pattern_for_start("on 12 Ma"), scan.pattern_for_start("on May 1")
    assert day is not None and month is not None and day is scan.pattern_for_start("on 3 May") is not month
    assert scan.pattern_for_start("in early") is not None
    text = "Sales rose in 2022, on 12 May and in early June, on 2023 plans."
    assert _seen(scan.matches(text, 0, len(text))) == _seen(list(scan.whole.finditer(text)))


@pytest.mark.parametrize("seed", range(8))
def test_branches_chosen_by_their_first_characters_find_what_the_whole_pattern_finds(seed: int) -> None:
    """Windows ending anywhere (a start near the end is chosen by the characters before it), and letters
    ``re`` folds onto ASCII ones ('ſ', the Kelvin sign) among the first characters."""
    rng = random.Random(seed)
    words = ["in", "IN", "on", "On", "early", "Late", "May", "2022", "12", "3", "ſ", "\u212a", "K", "x", "-"]
    scan = FirstCharacterDispatch(r"(?<![\w])", _MONTH_AFTER)
    text = "".join(rng.choice(words) + rng.choice([" ", " ", "", "  ", "\n"]) for _ in range(400))
    for low in range(0, len(text), 11):
        high = min(len(text), low + rng.randint(1, 60))
        assert _seen(scan.matches(text, low, high)) == _seen(list(scan.whole.finditer(text, low, high)))


def test_the_starts_kept_are_bounded() -> None:
    scan = FirstCharacterDispatch(r"(?<![\w])", _MONTH_AFTER)
    text = " ".join(f"{n:04d} in {n}" for n in range(3 * branch_dispatch._KEPT_STARTS))
    assert len(scan.matches(text, 0, len(text))) == len(list(scan.whole.finditer(text)))
    assert len(scan._by_start) <= branch_dispatch._KEPT_STARTS


def test_threads_sharing_a_scan_whose_starts_are_forgotten_find_what_the_whole_pattern_finds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setattr(branch_dispatch, "_KEPT_STARTS", 3)  # forgotten all the time, while others read
    scan = FirstCharacterDispatch(r"(?<![\w])", _MONTH_AFTER)
    texts = [" ".join(f"on {d} May {1990 + n} in {n:04d} in early June" for d in range(1, 29)) for n in range(16)]
    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda text: _seen(scan.matches(text, 0, len(text))), texts * 4))
    assert found == [_seen(list(scan.whole.finditer(text))) for text in texts * 4]


@pytest.mark.parametrize("seed", range(6))
def test_period_anchors_read_from_split_pieces_are_the_gate_matches(seed: int) -> None:
    """``gate_anchors`` reads the period gate's anchors (years, months, period words) from ``split``'s pieces: the spans
    ``finditer`` finds from any start, a year or a word right at it or one character before it included."""
    rng = random.Random(seed)
    pieces = [*PIECES, "year", "Year", "years", "quarter", "month", "2021", "1999", "12021", "2021a", "x2021", "Q3", "H1"]
    text = "".join(rng.choice(pieces) + rng.choice([" ", " ", "", ", ", "\n", "é", "-", "7"]) for _ in range(300))
    for start in [0, 1, 2, *range(3, len(text), 3)]:
        end = min(len(text), start + rng.randint(0, 150))
        assert periods.gate_anchors(text, start, end) == [m.span() for m in periods._PERIOD_GATE.finditer(text, start, end)]
