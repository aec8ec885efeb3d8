"""Any text, however odd, extracts without an exception and with exact offsets."""

from __future__ import annotations

import datetime as dt
import gc
import json
import random
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import REFERENCE, ROOT, run_workbench
from workbench.check import UNCHECKED_REASON
from workbench.drafts import parse_draft
from workbench.extraction import extract, extract_text
from workbench.extraction.extractor import CollectorPaused
from workbench.models import CheckReport

TOKENS = ["In", "2022", "2019–2020", ",", ".", "grew", "by", "10%", "to", "$", "28.2", "billion", "dollars", "about",
          "between", "and", "–", "-", "3", "5", "two", "thirds", "of", "the", "half", "one", "in", "five", "more",
          "than", "42 000", "42\u2009000", "thousand", "tenge", "₸", "€", "bn", "m", "k", "%", "per", "cent",
          "January", "May", "Q3", "first", "quarter", "this", "year", "last", "ten", "months", "ago", "COVID-19",
          "G20", "Boeing", "737", "XIX", "19th", "10:30", "am", "(", ")", "\n", "\n\n", "# ", "- ", "**", "_",
          "`", "[", "](http://x)", "é", "日本", "\t", "'s", "—", "or", "more", "tenfold", "doubled", "times",
          "Alma-Ata", "US$", "USD", "0", "00", "0.0", "1,2", "1.2.3", "99999999999999999999", "a", "dozen"]


@pytest.mark.parametrize("seed", range(40))
def test_random_token_soup_never_breaks_offsets(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(TOKENS) + rng.choice([" ", " ", "", "\u00a0"]) for _ in range(rng.randint(1, 400)))
    draft = parse_draft(("---\ndate: 2023-11-10\n---\n" + text).encode("utf-8"), f"soup{seed}.md")
    claims = extract(draft, as_of=dt.date(2023, 11, 10))
    ids = [c.id for c in claims]
    assert len(ids) == len(set(ids))
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(draft.text)
        assert draft.text[claim.start:claim.end] == claim.text
        assert claim.value == claim.value  # never NaN
        if claim.value_high is not None:
            assert claim.qualifier.value == "range"


CRASHES = sorted((Path(__file__).parent / "corpus" / "crashes").glob("*.*"))


def test_the_crash_corpus_is_there() -> None:
    assert len(CRASHES) >= 5


@pytest.mark.parametrize("path", CRASHES, ids=lambda p: p.name)
def test_every_input_that_ever_crashed_extracts_and_checks(path: Path, tmp_path: Path) -> None:
    """Each input here once ended in a traceback; now extract gives valid claim JSON with exact
    offsets, and check gives a report (exit 0 or 1), never a traceback."""
    extracted = run_workbench("extract", path, "--format", "json", cwd=tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    report = json.loads(extracted.stdout, parse_constant=lambda c: pytest.fail(f"{c} in the JSON"))
    schema = json.loads((ROOT / "docs" / "schemas" / "claims.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)
    text = parse_draft(path.read_bytes(), str(path)).text
    for claim in report["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["text"]
        if claim["value_high"] is not None:
            assert claim["value"] <= claim["value_high"]
    checked = run_workbench("check", path, "--reference", REFERENCE, "--format", "json", cwd=tmp_path)
    assert checked.returncode in (0, 1), checked.stderr
    assert "could not be checked" not in checked.stderr, checked.stderr  # a bug caught per claim is a crash too
    checked_report = CheckReport.model_validate_json(checked.stdout)
    # the warning's log handler may write elsewhere in-process: the report says so too
    assert not [r.explanation for d in checked_report.drafts for r in d.results if r.reason == UNCHECKED_REASON]


def test_an_inverted_range_is_the_same_range() -> None:
    claims = extract_text("Prices rose between 5 and 3% last year.")
    assert [(c.value, c.value_high, c.unit, c.qualifier.value) for c in claims] == [(3.0, 5.0, "%", "range")]


def test_a_numeral_no_float_holds_is_left_out_not_infinite() -> None:
    claims = extract_text(f"The debt was {'9' * 400} dollars and 12 tonnes.")
    assert [(c.text, c.value) for c in claims] == [("12 tonnes", 12.0)]


@pytest.mark.parametrize("digits", ["٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "０１２３４５６７８９", "०१२३४५६७८९"])
def test_digits_of_other_scripts_read_like_ascii_ones(digits: str) -> None:
    def local(number: str) -> str:
        return number.translate(str.maketrans("0123456789", digits))

    text = f"In {local('2022')}, exports grew {local('12.5')}% to {local('1,250')} tonnes."
    claims = extract_text(text)
    assert [(c.text, c.value, c.unit, c.period) for c in claims] == [
        (f"{local('12.5')}%", 12.5, "%", "2022"), (f"{local('1,250')} tonnes", 1250.0, "t", "2022")]


_LONG_LINE = """
import random, sys, time
from workbench.extraction import extract_text
figures = int(sys.argv[1])
rng = random.Random(figures)
text = "".join(f"exports rose {rng.randint(2, 99)}% in {rng.choice(['2021', 'Q3 2022', 'the first half of 2020'])}"
               f" compared with {rng.randint(1, 9)} in 2019; " for _ in range(figures))
extract_text("warm-up: 5% in 2020")
start = time.process_time()
claims = extract_text(text)
print(time.process_time() - start, len(claims))
"""


def _run_on_line(figures: int, timeout: float) -> float:
    """CPU seconds to extract one line with no sentence break: ``figures`` figures, each with a
    period, all in one sentence (the shape that was cubic: a period chosen per figure). In a
    process of its own, so a superlinear path fails at the timeout instead of running for hours."""
    import subprocess
    import sys
    try:
        done = subprocess.run([sys.executable, "-c", _LONG_LINE, str(figures)], capture_output=True, text=True,
                              timeout=timeout, cwd=ROOT, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{figures} figures in one sentence took over {timeout:.0f} s")
    seconds, found = done.stdout.split()
    assert int(found) >= figures
    return float(seconds)


def test_one_long_sentence_with_many_figures_takes_linear_time() -> None:
    """Eight times the figures in one sentence may take at most ~8 times as long (bound 20×, for
    a shared machine); the quadratic path takes 64 times, the cubic one 500."""
    small = min(_run_on_line(250, 120) for _ in range(2))
    bound = max(20 * small, 1.0)
    large = _run_on_line(2000, bound + 15)  # + the process's start-up
    assert large < bound, (small, large)


def test_a_claim_in_a_sentence_longer_than_8_kb_carries_the_text_around_it() -> None:
    text = "".join(f"exports rose {n % 90 + 2}% in 2021, " for n in range(800))
    claims = extract_text(text)
    assert len(claims) == 800
    # a window of the stretch each figure starts in, with 500 characters either side: 1,500 and two "…"
    assert all(len(c.sentence) <= 1502 and c.text in c.sentence for c in claims)
    assert claims[400].sentence.startswith("…") and claims[400].sentence.endswith("…")


@pytest.mark.parametrize("enabled", [True, False])
def test_extraction_leaves_the_cycle_collector_as_it_found_it(enabled: bool) -> None:
    """The pass holds the collector off for its own speed, and gives it back as the caller had it,
    after a normal run and after one that raised."""
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        assert [c.value for c in extract_text("Exports grew by 10% to 28.2 billion in 2022.")] == [10.0, 28.2e9]
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError), CollectorPaused():
            assert not gc.isenabled()
            raise ValueError("a reader failed")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_money_of_thousands_of_digits_in_thousands_groups_is_left_out_and_the_next_figure_read() -> None:
    """'$999,999,…' in 1,500 groups: whether it was a round power of ten was read with str(int()), which
    Python refuses past 4,300 digits (ValueError: 'internal error')."""
    claims = extract_text("The fund was worth $" + ",".join(["999"] * 1500) + " on paper, and $1,000 in cash.")
    assert [(c.text, c.value, c.unit) for c in claims] == [("$1,000", 1000.0, "USD")]
