"""`check` of one sentence with many figures stays linear: the claims of a sentence share what is read
of it (benchmarks/check_linearity.py measures the curve)."""

from __future__ import annotations

import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import pytest
from package_support import publisher_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.models import Verdict
from workbench.reference.loader import load_reference
from workbench.verify import wording
from workbench.verify.measures import qualifier_scope, series
from workbench.verify.periods import era, forecast, month_on_month, projection, recent_span


def _inflation(folder: Path) -> Path:
    rows = {(country, year): 4.0 + (year - 2010) / 10 for country in ("Kenya", "Chile", "Peru")
            for year in range(2010, 2020)}
    return publisher_package(folder, "inflation", "Inflation, consumer prices (annual %)", "Inflation", rows)


def _one_sentence(figures: int) -> str:
    rng = random.Random(figures)
    listed = ", ".join(f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%" for _ in range(figures))
    return f"---\ndate: 2024-01-01\n---\nInflation in Kenya was 4.5%, then {listed} over the years to 2015.\n"


def _cpu_per_figure(figures: int, reference: object, draft_text: Callable[[int], str] = _one_sentence,
                    runs: int = 2) -> tuple[float, int]:
    draft = parse_draft(draft_text(figures).encode(), "long.md")
    best, claims = float("inf"), 0
    for _ in range(runs):
        started = time.process_time()
        report = check_draft(draft, reference, Config())  # type: ignore[arg-type]
        best = min(best, time.process_time() - started)
        claims = len(report.results)
    return best / figures, claims


def _paired_per_figure(small: tuple[int, Callable[[int], str]], large: tuple[int, Callable[[int], str]],
                       reference: object, pairs: int = 3) -> tuple[float, float, float, tuple[int, int]]:
    """The large draft's CPU per figure over the small one's, each large run timed right after a small one and
    the lowest of those ratios taken: the machine's speed swings for seconds at a time, and a slow spell that
    caught only the larger drafts' seconds read as growth. (ratio, small, large per figure, the claims of each)."""
    best: tuple[float, float, float] = (float("inf"), 0.0, 0.0)
    claims = (0, 0)
    for _ in range(pairs):
        few, few_claims = _cpu_per_figure(small[0], reference, small[1], runs=1)
        many, many_claims = _cpu_per_figure(large[0], reference, large[1], runs=1)
        best = min(best, (many / few, few, many))
        claims = (few_claims, many_claims)
    return (*best, claims)


def test_check_time_per_figure_stays_flat_as_one_sentence_grows(tmp_path: Path) -> None:
    reference = load_reference([_inflation(tmp_path / "inflation")])
    check_draft(parse_draft(_one_sentence(10).encode(), "warm.md"), reference, Config())  # patterns compiled
    # ten times the figures, still one whole sentence
    ratio, small, large, claims = _paired_per_figure((60, _one_sentence), (600, _one_sentence), reference)
    assert claims == (61, 601)
    # a per-claim read of the whole sentence made it ~6x here, and the rules that read the text before or after each
    # figure afresh (its clause marks, the percent figure before it, the whole-country words, a part's name) 1.6-2.8x;
    # answered once per sentence and bisected per figure, 1.2-1.4x is left on this host under load
    assert ratio < 2.0, f"{large * 1000:.2f} ms per figure at 600 against {small * 1000:.2f} at 60"


def test_a_figure_of_a_sentence_past_the_window_costs_about_as_much(tmp_path: Path) -> None:
    reference = load_reference([_inflation(tmp_path / "inflation")])
    check_draft(parse_draft(_one_sentence(10).encode(), "warm.md"), reference, Config())  # patterns compiled
    # 1,500 figures pass the extractor's LONG_SENTENCE: each claim carries a window of the sentence, shared by the
    # figures of its stretch, and what the checker reads of a text once for its claims is read once a window
    ratio, small, large, claims = _paired_per_figure((600, _one_sentence), (1500, _one_sentence), reference, pairs=3)
    assert claims == (601, 1501)
    # a window of each claim's own, read afresh for every claim, made it 2.3-2.9x here; a shared one, ~0.6x
    assert ratio < 1.5, f"{large * 1000:.2f} ms per figure at 1,500 against {small * 1000:.2f} at 600"


def test_every_figure_of_a_long_sentence_is_judged(tmp_path: Path) -> None:
    reference = load_reference([_inflation(tmp_path / "inflation")])
    report = check_draft(parse_draft(_one_sentence(300).encode(), "long.md"), reference, Config())
    first = min(report.results, key=lambda r: r.claim.start)
    assert first.claim.text == "4.5%" and first.verdict is Verdict.supported
    assert len(report.results) == 301


def _undated_years(figures: int) -> str:
    """One sentence of ``figures`` rates, each with its year, in a draft with no date: what year each
    figure is about is read against the years of every other figure of the sentence (matching/relative.py)."""
    rng = random.Random(figures)
    listed = ", ".join(f"{rng.randint(1, 9)}.{rng.randint(0, 9)}% in {2000 + i % 20}" for i in range(figures))
    return f"# Inflation in Kenya\n\nInflation was {listed}.\n"


def test_an_undated_sentence_of_dated_figures_costs_about_the_same_per_figure(tmp_path: Path) -> None:
    reference = load_reference([_inflation(tmp_path / "inflation")])
    check_draft(parse_draft(_undated_years(10).encode(), "warm.md"), reference, Config())  # patterns compiled
    small, small_claims = _cpu_per_figure(100, reference, _undated_years)
    large, large_claims = _cpu_per_figure(400, reference, _undated_years)  # four times the figures, one whole sentence
    assert (small_claims, large_claims) == (100, 400)
    # each figure asking every other figure for its year made it ~4.5x per figure here; ~2x is left
    assert large < 3 * small, f"{large * 1000:.2f} ms per figure at 400 against {small * 1000:.2f} at 100"


def _table_row(cells: int) -> str:
    """One Markdown table row of ``cells`` rates, under a heading that names the country: past ~1,170
    cells the row is longer than the extractor's ``LONG_SENTENCE`` and each claim carries a window of it."""
    return "# Inflation in Kenya\n\n| " + " | ".join(f"c{i}" for i in range(cells)) + " |\n|" + "---|" * cells \
        + "\n| " + " | ".join("1.5%" for _ in range(cells)) + " |\n"


def _table(figures: int) -> str:
    """A Markdown table of five rates a row: every row's neighbours were once all the rows above and below it."""
    rng = random.Random(figures)
    rows = "".join(f"| {rng.choice(('Kenya', 'Chile', 'Peru'))} | "
                   + " | ".join(f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%" for _ in range(5)) + " |\n"
                   for _ in range(figures // 5))
    return "---\ndate: 2024-01-01\n---\nInflation (annual %)\n\n| Country | 2015 | 2016 | 2017 | 2018 | 2019 |\n" \
        "|---|---|---|---|---|---|\n" + rows


def test_a_row_past_the_long_sentence_window_costs_the_same_per_cell(tmp_path: Path) -> None:
    reference = load_reference([_inflation(tmp_path / "inflation")])
    check_draft(parse_draft(_table_row(10).encode(), "warm.md"), reference, Config())  # patterns compiled
    small, small_claims = _cpu_per_figure(1200, reference, _table_row, runs=1)
    large, large_claims = _cpu_per_figure(2400, reference, _table_row, runs=1)  # both past the window, twice the cells
    assert (small_claims, large_claims) == (1200, 2400)
    # each windowed claim searching the rest of the row for a series name made it ~2x per cell here
    assert large < 1.6 * small, f"{large * 1000:.2f} ms per cell at 2,400 against {small * 1000:.2f} at 1,200"


def test_a_long_table_costs_the_same_per_figure(tmp_path: Path) -> None:
    reference = load_reference([_inflation(tmp_path / "inflation")])
    check_draft(parse_draft(_table(10).encode(), "warm.md"), reference, Config())  # patterns compiled
    small, small_claims = _cpu_per_figure(300, reference, _table)
    large, large_claims = _cpu_per_figure(2400, reference, _table, runs=1)  # eight times the rows
    assert (small_claims, large_claims) == (300, 2400)
    # every row reading all the rows above and below it as its neighbour sentences made it ~2.5x here
    assert large < 1.8 * small, f"{large * 1000:.2f} ms per figure at 2,400 against {small * 1000:.2f} at 300"


def _among_paragraphs(paragraphs: int) -> Callable[[int], str]:
    """``figures`` rates, one a paragraph, spread among ``paragraphs`` paragraphs and headings that state none."""
    def draft(figures: int) -> str:
        rng = random.Random(figures)
        every = paragraphs // figures
        body = [f"Inflation in Kenya was {rng.randint(1, 9)}.{rng.randint(0, 9)}% in {rng.randint(2010, 2019)}."
                if i % every == 0 else "## Another part" if i % every == every // 2 else "This part says little."
                for i in range(paragraphs)]
        return "---\ndate: 2024-01-01\n---\n" + "\n\n".join(body) + "\n"
    return draft


def test_a_figure_costs_the_same_among_twenty_times_the_paragraphs(tmp_path: Path) -> None:
    reference = load_reference([_inflation(tmp_path / "inflation")])
    check_draft(parse_draft(_among_paragraphs(100)(10).encode(), "warm.md"), reference, Config())  # patterns compiled
    ratio, few, many, claims = _paired_per_figure((150, _among_paragraphs(1_200)), (150, _among_paragraphs(24_000)),
                                                  reference)
    assert claims == (150, 150)
    # each figure scanning every paragraph of the draft (the ones before it, the one before its table, the
    # title heading) made it ~4x here; 1.3-2.0x alone, up to 2.6x late in the whole suite: what is left is the
    # draft's own reading, ~15 us a paragraph and linear, shared by the 150 figures (a figure's own cost is flat:
    # benchmarks/README.md, "Check's linearity")
    assert ratio < 3.0, f"{many * 1000:.2f} ms per figure among 24,000 paragraphs against {few * 1000:.2f} among 1,200"


def _currency_moves(figures: int) -> str:
    """One sentence of currencies' moves in percent, none with a 'from' or 'to' before it: each change asked every
    pair of the sentence's percent figures whether they were its ends (cubic), and each one flagged read its whole
    paragraph again for the languages it might be in (quadratic)."""
    rng = random.Random(figures)
    moves = ", ".join(f"{rng.choice(['lira', 'rand', 'peso'])} {rng.choice(['fell', 'rose'])} {rng.randint(1, 9)}.{rng.randint(0, 9)}%"
                      for _ in range(figures - 1))
    return f"---\ndate: 2024-01-01\n---\nOn Monday the shilling fell 1.5%, {moves} against the dollar.\n"


def test_a_sentence_of_many_currency_moves_costs_the_same_per_move(tmp_path: Path) -> None:
    reference = load_reference([_inflation(tmp_path / "inflation")])
    check_draft(parse_draft(_currency_moves(10).encode(), "warm.md"), reference, Config())  # patterns compiled
    # 330 moves are one sentence still, short of the extractor's LONG_SENTENCE: its claims share it whole
    ratio, small, large, claims = _paired_per_figure((30, _currency_moves), (330, _currency_moves), reference)
    assert claims == (30, 330)
    assert ratio < 3.0, f"{large * 1000:.2f} ms per move at 330 against {small * 1000:.2f} at 30"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _months_compared(figures: int) -> str:
    """One sentence of a month's rate, each earlier month's set against the one after it, and a rate a year earlier
    at its end, under a heading naming the year: each figure is a month's, and its sentence holds other rates, so
    the month-on-month rules ask the words before and after every figure whether they say a 12-month rate."""
    rng = random.Random(figures)
    listed = ", ".join(f"after {rng.randint(1, 9)}.{rng.randint(0, 9)}% in {_MONTHS[(10 - i) % 12]}"
                       for i in range(figures - 2))
    return (f"---\ndate: 2024-01-01\n---\n# Inflation in Kenya, 2015\n\nInflation in Kenya was 3.1% in December, "
            f"{listed}, compared with 2.4% a year earlier.\n")


def _characters_read_for_month_words(draft_text: str, reference: object) -> tuple[int, int]:
    """The characters of the texts the month-on-month rules (``verify/periods/month_on_month.py``) read for a word
    list (``verify.wording``: each text read once per word list), and the claims. Counted by a profile hook that sees
    each read and the rule it was made for."""
    reads = {wording._found.__wrapped__.__code__, wording._holds.__wrapped__.__code__}
    read = 0

    def count(frame: FrameType, event: str, _arg: object) -> None:
        nonlocal read
        if event != "call" or frame.f_code not in reads:
            return
        asking = frame.f_back
        while asking is not None and asking.f_code.co_filename == wording.__file__:
            asking = asking.f_back
        if asking is not None and asking.f_code.co_filename == month_on_month.__file__:
            read += len(frame.f_locals["text"])
    wording._found.cache_clear()
    wording._holds.cache_clear()
    sys.setprofile(count)
    try:
        report = check_draft(parse_draft(draft_text.encode(), "compared.md"), reference, Config())  # type: ignore[arg-type]
    finally:
        sys.setprofile(None)
    return read, len(report.results)


def test_the_words_of_a_sentence_of_months_compared_are_read_once_for_all_its_figures(tmp_path: Path) -> None:
    reference = load_reference([_inflation(tmp_path / "inflation")])
    few, few_claims = _characters_read_for_month_words(_months_compared(60), reference)
    many, many_claims = _characters_read_for_month_words(_months_compared(240), reference)
    assert (few_claims, many_claims) == (60, 240)
    # each figure reading its sentence up to its own words and from them on for a 12-month wording read ~4x the
    # characters per figure at four times the figures; the sentence's wordings found once and bisected, the same
    assert many / many_claims < 1.5 * few / few_claims, f"{many / many_claims:.0f} characters per figure at 240 " \
        f"against {few / few_claims:.0f} at 60"


class _CountedPattern:
    """A compiled pattern that counts for ``_Reads`` the characters each scan of it reads: a search, a substitution or
    a run of matches the stretch between ``pos`` and ``endpos``, a match anchored at ``pos`` what it matched (one
    character when nothing); anything else (``.pattern``, ``.groupindex``) is the pattern's."""

    def __init__(self, pattern: re.Pattern[str], reads: _Reads) -> None:
        self._pattern, self._reads = pattern, reads

    def __getattr__(self, name: str) -> object:
        return getattr(self._pattern, name)

    def _scan(self, name: str, string: str, pos: int = 0, endpos: int = sys.maxsize) -> object:
        self._reads.add(min(endpos, len(string)) - pos)
        return getattr(self._pattern, name)(string, pos, endpos)

    def search(self, *args: object) -> object:
        return self._scan("search", *args)  # type: ignore[arg-type]

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self._pattern.match(string, pos, endpos)
        self._reads.add(1 if found is None else max(found.end() - pos, 1))
        return found

    def fullmatch(self, *args: object) -> object:
        return self._scan("fullmatch", *args)  # type: ignore[arg-type]

    def finditer(self, *args: object) -> object:
        return self._scan("finditer", *args)  # type: ignore[arg-type]

    def findall(self, *args: object) -> object:
        return self._scan("findall", *args)  # type: ignore[arg-type]

    def sub(self, repl: object, string: str, count: int = 0) -> str:
        self._reads.add(len(string))
        return self._pattern.sub(repl, string, count)  # type: ignore[arg-type]


class _Reads:
    """The characters read while one of ``asking`` runs (a rule, with whatever it calls): those its patterns scan
    (each swapped for a ``_CountedPattern``) and the texts the shared word-list readers (``verify.wording``: each
    text normalized, placed and searched once per word list) take in."""

    _READERS = frozenset({wording._found.__wrapped__.__code__, wording._holds.__wrapped__.__code__,
                          wording.normalized.__wrapped__.__code__, wording._origins.__wrapped__.__code__})

    def __init__(self, monkeypatch: pytest.MonkeyPatch, asking: list[Callable[..., object]]) -> None:
        self._asking = frozenset(f.__code__ for f in asking)
        self._monkeypatch = monkeypatch
        self._proxies: dict[int, _CountedPattern] = {}
        self.read = 0

    def _asked(self, frame: FrameType | None) -> bool:
        while frame is not None:
            if frame.f_code in self._asking:
                return True
            frame = frame.f_back
        return False

    def add(self, characters: int) -> None:
        if characters > 0 and self._asked(sys._getframe(2)):
            self.read += characters

    def _counted(self, pattern: re.Pattern[str] | None) -> _CountedPattern | None:
        if pattern is None:
            return None
        return self._proxies.setdefault(id(pattern), _CountedPattern(pattern, self))

    def patterns(self, module: object, *names: str) -> None:
        """Count what the module's compiled patterns ``names`` read."""
        for name in names:
            self._monkeypatch.setattr(module, name, self._counted(getattr(module, name)))

    def pattern_makers(self, module: object, *names: str) -> None:
        """Count what the patterns the module's functions ``names`` make read (a maker absent is left absent)."""
        for name in names:
            make = getattr(module, name, None)
            if make is not None:
                self._monkeypatch.setattr(module, name, lambda *args, _make=make: self._counted(_make(*args)))

    def per_figure(self, draft_text: str, reference: object) -> tuple[float, int]:
        """The characters read per figure in a check of the draft, and its claims."""
        for reader in (wording._found, wording._holds, wording.normalized, wording._origins):
            reader.cache_clear()
        self.read = 0

        def count(frame: FrameType, event: str, _arg: object) -> None:
            if event == "call" and frame.f_code in self._READERS and self._asked(frame.f_back):
                self.read += len(frame.f_locals["text"])
        sys.setprofile(count)
        try:
            report = check_draft(parse_draft(draft_text.encode(), "long.md"), reference, Config())  # type: ignore[arg-type]
        finally:
            sys.setprofile(None)
        return self.read / len(report.results), len(report.results)


def _rates(figures: int, template: str) -> str:
    """The ``figures`` rates of one sentence, each written by ``template`` ('{rate} in {year}')."""
    rng = random.Random(figures)
    return ", ".join(template.format(rate=f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%", year=2010 + i % 10,
                                     place=("Kenya", "Chile", "Peru")[i % 3]) for i in range(figures))


# Each rule below once read, for every figure of a long sentence, the whole sentence before or after it: the
# characters it read per figure grew with the figures (3-4x at four times the figures). Each now finds what the
# sentence holds once and asks each figure's stretch of it by bisection: per figure, what it reads stays the same.
_ONE_SENTENCE_RULES = {
    # a household group before a percent ('for pensioner households, prices rose …'), looked for before each figure
    "household group": (lambda n: f"---\ndate: 2024-01-01\n---\nFor pensioner households, prices rose "
                        f"{_rates(n, '{rate}')} over the months of 2015.\n", (series, "_household_group_said")),
    # where each figure stands in its normalized sentence, read by every rule placing a qualifier against it
    "figure's place in the normalized sentence": (
        lambda n: f"---\ndate: 2024-01-01\n---\nInflation in Kenya was {_rates(n, '{rate}')} in 2015.\n",
        (qualifier_scope, "normalized_at")),
    # the projection's words before each figure, its clause after it, in a draft with no date
    "projection": (lambda n: f"Inflation in Kenya is projected to reach {_rates(n, '{rate} in {year}')}.\n",
                   (projection, "projected")),
    # a forecast naming no year, each figure an aside between commas: the words after each
    "forecast": (lambda n: f"---\ndate: 2024-01-01\n---\nInflation in Kenya will be {_rates(n, '{rate}')}, the "
                 f"central bank expects.\n", (forecast, "_forecast_words")),
    # a span opening the sentence, and the figures between it and each figure
    "span opening the sentence": (lambda n: f"---\ndate: 2024-01-01\n---\nDuring the last decade, inflation averaged "
                                  f"{_rates(n, '{rate} in {place}')}.\n", (recent_span, "recent_span_average")),
}


@pytest.mark.parametrize("rule", list(_ONE_SENTENCE_RULES))
def test_a_rule_reads_the_same_per_figure_of_a_sentence_four_times_as_long(
        rule: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft, (module, name) = _ONE_SENTENCE_RULES[rule]
    reference = load_reference([_inflation(tmp_path / "inflation")])
    reads = _Reads(monkeypatch, [getattr(module, name)])
    # the patterns these rules scan a sentence with, besides the shared word-list readers
    reads.patterns(projection, "_BREAK", "_YEAR", "_COMPARED")
    reads.pattern_makers(projection, "_modal_pattern", "_expectation_pattern", "_span_pattern")
    reads.patterns(recent_span, "_CLAUSE_END", "_YEARS", "_NUMBER", "_FIGURE")
    reads.pattern_makers(recent_span, "_year_or_digit")
    reads.pattern_makers(era, "_relative_pattern")
    # both sentences long enough that a figure's own reading of the stretch before it (a clause's last 160
    # characters, ``text.last_match_before``) is whole for nearly every figure, short of LONG_SENTENCE
    few, few_claims = reads.per_figure(draft(100), reference)
    many, many_claims = reads.per_figure(draft(400), reference)
    assert (few_claims, many_claims) == (100, 400)
    assert few > 0, "the rule reads nothing of these sentences: the test would not see it grow"
    assert many < 1.5 * few, f"{many:.0f} characters per figure at 400 against {few:.0f} at 100"
