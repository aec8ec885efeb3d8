"""What fuzzing found: each class of input that crashed, hung or grew superlinearly, reduced to its
shape. Inputs small enough to commit are in tests/corpus/crashes/ (run through extract and check by
test_extraction_robust); the shapes here are generated, because what fails is their size."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SHARED, run_workbench, skip_or_fail_in_ci

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_extraction_properties import CONTEXT, FRONT, _draft, assert_extracts, quantities, tables
from workbench.extraction import extract_text, scanbytes
from workbench.reference import clear_cache

WILD = SHARED / "reference-sources" / "wild"


def _cpu_seconds(text: str) -> tuple[float, int]:
    start = time.process_time()
    claims = extract_text(text)
    return time.process_time() - start, len(claims)


# Each shape once read every start to the end of its run: 8× the text took ~64× the time. Beside each,
# whether its run holds claims: number words are read one number at a time, while a run of digits no
# float holds is no figure a draft states, so it is dropped (and must not crash on the way).
LINEAR_SHAPES: dict[str, tuple[Callable[[int], str], bool]] = {
    # a run of number words: each start matched the whole run before it was trimmed to one number
    "number words in a row": (lambda n: "Counts: " + "one hundred and sixty-one " * n + "in 2022.", True),
    # a run of digits no float holds: int() of the Decimal is quadratic in its digits
    "one long run of digits": (lambda n: "Trade grew " + "9" * (80 * n) + " in 2022.", False),
    # figures of a unit said short ('417 parts' after '420 parts per million'): each looked for its clause's ends from
    # its sentence's start and read its whole clause for a comparison (8,000 took 30 s)
    "figures of a unit said short in one clause": (lambda n: "CO2 reached 420 parts per million in May "
                                                   + "and 417 parts " * n + "a year earlier.", True),
}


@pytest.mark.parametrize("engine", ["re", "re2"])
@pytest.mark.parametrize("shape", LINEAR_SHAPES)
def test_a_long_run_takes_linear_time(shape: str, engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight times the text may take at most ~8 times as long (bound 20×, for a shared machine), on both
    candidate scans: ``re`` (a process that has scanned nothing before, as one `workbench check` is) and
    RE2 (a process that has scanned ``RE2_FROM`` characters already, as one reading a stream of texts)."""
    monkeypatch.setattr(scanbytes, "_scanned_chars", 0 if engine == "re" else scanbytes.RE2_FROM)
    make, gives_claims = LINEAR_SHAPES[shape]
    extract_text("warm-up: 5% in 2020")
    small, found_small = min(_cpu_seconds(make(100)) for _ in range(2))
    large, found_large = min(_cpu_seconds(make(800)) for _ in range(2))  # best of two each: a pause is not a path
    assert large < max(20 * small, 0.15), (small, large)
    if gives_claims:  # the run is still read, not skipped, and the longer run gives more
        assert 0 < found_small < found_large, (found_small, found_large)
    else:
        assert found_small == found_large == 0, (found_small, found_large)


# A run of figures of one scale in a language written without spaces ('1조 1조 … 원'): each figure was read by a search
# from the end of the one before, which read the rest of the run's parts again (4,000 took 6 s to gloss, not 0.3).
GLOSSED_RUNS: dict[str, tuple[str, str, str, str]] = {
    "ko": ("한국의 수출은 ", "1조 ", "원이었다.", "1 trillion won"),
    "ja": ("日本の輸出は", "1 兆 ", "円だった。", "1 trillion yen"),
}


@pytest.mark.parametrize("code", GLOSSED_RUNS)
def test_a_run_of_figures_of_one_scale_is_glossed_in_linear_time(code: str) -> None:
    from workbench.languages import gloss_paragraphs

    opening, figure, closing, english = GLOSSED_RUNS[code]

    def cpu_seconds(n: int) -> tuple[float, int]:
        text = opening + figure * n + closing
        best, read = float("inf"), 0
        for _ in range(2):  # best of two: a pause of a shared machine is not a path
            start = time.process_time()
            read = gloss_paragraphs(text, [(0, len(text), code)]).text.count(english)
            best = min(best, time.process_time() - start)
        return best, read

    cpu_seconds(10)  # warm-up: the language's patterns
    (small, read_small), (large, read_large) = cpu_seconds(500), cpu_seconds(4000)
    assert large < max(20 * small, 0.3), (small, large)
    assert (read_small, read_large) == (500, 4000)  # each figure read on its own, the unit after the run its own


def test_a_number_in_words_as_long_as_news_writes_one_is_read_whole() -> None:
    words = ("nine hundred and ninety-nine trillion, nine hundred and ninety-nine billion, nine hundred and "
             "ninety-nine million, nine hundred and ninety-nine thousand, nine hundred and ninety-nine")
    assert [(c.text, c.value) for c in extract_text(f"The tally was {words} votes.")] == [(words, 999999999999999.0)]


def _wild_copy(name: str, tmp_path: Path) -> Path:
    folder = WILD / name
    if not (folder / "datapackage.json").is_file():
        skip_or_fail_in_ci(f"{folder} is missing", " (the wild packages must be present in CI)")
    target = tmp_path / name
    shutil.copytree(folder, target)
    for path in [target, *target.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return target


@pytest.mark.parametrize("keywords", [1.5, "inflation", {"a": 1}, None, True])
def test_reference_init_reads_package_keywords_of_any_type(keywords: object, tmp_path: Path) -> None:
    """The loader ignores a package's ``keywords``; ``init`` reads them as aliases when they are a
    list of strings, and passes over anything else instead of raising."""
    clear_cache()
    folder = _wild_copy("cpi", tmp_path)
    descriptor = folder / "datapackage.json"
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    package["keywords"] = keywords
    descriptor.write_text(json.dumps(package), encoding="utf-8")
    run = run_workbench("reference", "init", folder, "--diff", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert '"workbench"' in run.stdout


# Pieces real pages carry that the sentence generator of test_extraction_properties does not: invisible
# and direction marks, odd digits and fractions, HTML tables, entities and footnotes.
ODD_PIECES = ["\u200b", "\u200d", "\u200e", "\u200f", "\u202b", "\u2066", "\u2069", "\ufeff", "\u00ad", "\u2009",
              "\u202f", "\u066b", "\u066c", "((((", "))))", "[[[", "]]]", "[^1]", "[^1]: note 12",
              "<table><tr><td>12%</td></tr></table>", "<td>", "&nbsp;", "&#x31;", "1e309", "1e-400", "1_000",
              "۱۲٫۵", "١٢٬٣٤٥", "１２．５％", "٪", "‰", "¹²³", "Ⅻ", "⅕", "2½", "3 1/2", "1/0", "0/0", "--5",
              "−−5", "±5", "5E+3", "$$$", "5..5", "5,,5", ".5", "5,"]
odd_sentences = st.lists(st.one_of(quantities(), st.sampled_from(CONTEXT), st.sampled_from(ODD_PIECES)),
                         min_size=1, max_size=40).map(lambda xs: "".join(x + (" " if i % 3 else "")
                                                                        for i, x in enumerate(xs)))


def _examples(default: int) -> int:
    """A few examples in the suite; a local campaign sets WORKBENCH_FUZZ_EXAMPLES (e.g. 5000)."""
    return int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", default))


@settings(max_examples=_examples(30), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(odd_sentences, tables()), min_size=1, max_size=4).map("\n\n".join))
def test_drafts_with_invisible_marks_odd_digits_and_markup_extract(body: str) -> None:
    assert_extracts(_draft(FRONT + body, "odd.md"))


SDMX = SHARED / "reference-sources" / "sdmx-samples"


def _sdmx_sample(name: str) -> Path:
    path = SDMX / name
    if not path.is_file():
        skip_or_fail_in_ci(f"{path} is missing", " (the SDMX samples must be present in CI)")
    return path


def test_a_second_fetch_into_a_package_with_warnings_only_is_written(tmp_path: Path) -> None:
    """A message with no labels gives a resource with no aliases yet: a warning, which left the package
    valid (`reference validate` exits 0) but refused every later fetch into it."""
    sample = _sdmx_sample("v3/csv/example-09A.csv")
    package = tmp_path / "pkg"
    first = run_workbench("fetch", "sdmx", sample, "--package", package, "--unit", "USD", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    validated = run_workbench("reference", "validate", package, cwd=tmp_path)
    assert validated.returncode == 0 and "warning" in validated.stdout + validated.stderr
    again = run_workbench("fetch", "sdmx", sample, "--package", package, "--unit", "USD", "--name", "second",
                          cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    names = [r["name"] for r in json.loads((package / "datapackage.json").read_text(encoding="utf-8"))["resources"]]
    assert "second" in names and len(names) == 2


def test_a_measure_column_that_is_not_there_is_named_as_asked(tmp_path: Path) -> None:
    sample = _sdmx_sample("v3/csv/example-09A.csv")
    run = run_workbench("fetch", "sdmx", sample, "--package", tmp_path / "pkg", "--unit", "USD",
                        "--measure", "PRICE", cwd=tmp_path)
    assert run.returncode == 2 and "no measure column (PRICE); it has OBS_VALUE" in run.stderr, run.stderr


# Sentences whose percent figures the month's-change rules read (verify/periods/month_on_month.py), with a run of
# digits no unit follows (an ID, a pasted hash): each rule looked for the percent figures before a claim from every
# digit of the run, reading the rest of the run each time — 8,000 digits took over 20 CPU seconds to check. The
# comparison read right before a figure ('…, against 1.39 %') was tried likewise from each mark of a run of marks.
CHECKED_SHAPES: dict[str, Callable[[int], str]] = {
    "digits before the figures": lambda n: f"Consumer prices in Kazakhstan rose {'1' * n}x 0.5% on the month in May 2023 against "
                                           "1.2% in April 2023.",
    "digits between the figures": lambda n: f"Consumer prices in Kazakhstan rose 0.5% month on month, {'7' * n} against 1.2% in "
                                            "April 2023.",
    "marks before a comparison": lambda n: f"Prices in Kazakhstan rose 0.68% on the month{' ,' * n} (against 1.39% in November 2021).",
    # the rate figures that bound a figure's own words (verify/periods/basis.py, timing.py) were looked for so too
    "digits after a compared year": lambda n: f"Compared with 2021, consumer prices in Kazakhstan {'3' * n} more than "
                                              "tripled to 20 %.",
    "digits between growth and prices": lambda n: f"Kazakhstan's economy grew 4.5 % in 2022 {'1' * n} while consumer "
                                                  "prices rose 2 %.",
    # a news agency's dateline (matching/context.py) was looked for at the first paragraph's start with two runs of
    # spaces side by side: each split of a run of spaces after its first words was tried (12 s for 8,000 spaces)
    "spaces after the first words": lambda n: f"Consumer prices in Kazakhstan{' ' * n}rose 2 % in 2022.",
    # a clause after a base year ('since 2022, when …', extraction/periods.py) was looked for likewise after the year
    "spaces after a base year": lambda n: f"Consumer prices in Kazakhstan rose 2 % since 2022{' ' * n}at last.",
    # a city's name that is a Turkish word ('Safi', matching/place_homonyms.py) was compared with every other place
    # of its paragraph, each time reading the text between them, and with the text before it whole: a paragraph of
    # 200 such words took 5.6 s, of 400 minutes
    "a city's name as a word, many times": lambda n: f"Türkiye'nin {'Gayri Safi ' * n}Yurt İçi Hasılası yüzde 5,5 arttı.",
    "quotes before a city's name as a word": lambda n: f"Türkiye'de ekonomi {chr(34) * n} ve Gayri Safi Yurt İçi "
                                                       "Hasıla yüzde 5,5 arttı.",
}
# the runs of words whose few hundred already make a long paragraph: (small, large) instead of (1,000, 8,000)
CHECKED_SIZES: dict[str, tuple[int, int]] = {"a city's name as a word, many times": (50, 400)}


@pytest.mark.parametrize("shape", CHECKED_SHAPES)
def test_a_long_run_in_a_checked_sentence_takes_linear_time(shape: str) -> None:
    from conftest import REFERENCE

    from workbench.check import check_draft
    from workbench.config import load_config
    from workbench.drafts import parse_draft
    from workbench.reference import load_reference

    reference, config = load_reference([REFERENCE]), load_config(REFERENCE.parent)

    def cpu_seconds(n: int) -> tuple[float, int]:
        body = f"---\ntitle: Prices\ndate: 2023-06-01\n---\n\n{CHECKED_SHAPES[shape](n)}\n"
        draft = parse_draft(body.encode("utf-8"), "run.md")
        best, found = float("inf"), 0
        for _ in range(2):  # best of two: a pause of a shared machine is not a path
            start = time.process_time()
            found = len(check_draft(draft, reference, config).results)
            best = min(best, time.process_time() - start)
        return best, found

    cpu_seconds(10)  # warm-up: modules, patterns, the reference index
    fewer, more = CHECKED_SIZES.get(shape, (1000, 8000))
    (small, found_small), (large, found_large) = cpu_seconds(fewer), cpu_seconds(more)
    assert large < max(20 * small, 0.5), (small, large)
    assert found_small == found_large > 0  # the figures are still read and checked
