"""Drafts made of the phrasings the verdict rules read — a currency's range with a dash between its ends, a month's
close, a span 'between January and December', a dateline 'City: …', a year a relative one is compared with, an
average that opens its sentence, a population's natural change, the economy's growth beside a price index,
clause endings of Korean and Japanese, births and deaths in other scripts — in any order, with odd figures and
marks among them, are checked against packages those rules read (rates by day and month, consumer prices by year
and month, population): every claim gets a verdict (none 'could not be checked'), in bounded time, and the JSON
report validates against its schema.

A local campaign raises the budget with WORKBENCH_FUZZ_EXAMPLES (e.g. 2000), as tests/test_fuzz_findings.py does."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import ROOT
from draft_check_support import assert_checked_whole, assert_json_report_validates, draft_settings
from hypothesis import given
from hypothesis import strategies as st
from package_support import cpi_package, monthly_rates_package, population_package, rates_package, tidy_package

DATA = ROOT / "workbench" / "data"


@lru_cache(maxsize=None)
def _lexicon_list(name: str) -> tuple[str, ...]:
    """One list of lexicon.json or currencies.json, sorted (lists the verdict rules read their words from)."""
    currencies = json.loads((DATA / "currencies.json").read_text(encoding="utf-8"))["exchange_rates"]
    for table in (json.loads((DATA / "lexicon.json").read_text(encoding="utf-8")), currencies):
        found = table.get(name)
        if isinstance(found, list):
            return tuple(sorted(w for w in found if isinstance(w, str)))
    raise KeyError(name)


# the lists the rules of this pass read (lexicon.json, currencies.json), and older ones they read beside them
LISTS = ["economy_growth_words", "population_flow_words", "component_rise_links", "own_measure_nouns",
         "year_comparison_words", "day_price_words", "range_end_words", "price_measure_words", "comparison_words"]


@lru_cache(maxsize=None)
def _glossary(code: str) -> tuple[str, ...]:
    """A language's glossary words (languages.json ``words``): the clause endings, births and deaths of this pass."""
    languages = json.loads((DATA / "languages.json").read_text(encoding="utf-8"))["languages"]
    return tuple(sorted(w for w in languages[code].get("words", {}) if 0 < len(w) < 40))


# the languages whose glossaries this pass extended, in their several scripts
LANGUAGES = ["ko", "ja", "zh", "ar", "el", "ka", "vi", "it", "es", "pt", "de", "fr", "pl", "cs", "lt", "sq", "mk"]
MONTHS = ["January", "February", "May", "November", "December", "Jan.", "Dec"]
DASHES = ["–", "—", " - ", "-", " – ", "–\u200b", "/", " to "]
FIGURES = ["5.5 %", "0.4 %", "19.3 %", "12,5 %", "1,300원", "R16.89/$", "R18.52/$", "460.2", "17.20", "438,300 people",
           "8 042", "3.8 percent", "１２．５％", "١٢٫٥ ٪", "2½ %", "-0.7 %", "+1.2 %", "1e309 %", "0.000", "99999999999999999999"]
YEARS = ["2021", "2022", "2023", "2024", "1999", "0001", "9999", "2022/2023", "2004-2013", "2003–2013"]
PLACES = ["Chile", "Norway", "South Africa", "Korea", "Kazakhstan", "Seoul", "Muscat", "Santiago", "the country"]
RELATIVE = ["last year", "this year", "the previous year", "a year earlier", "the same month last year",
            "two years ago", "the past decade", "the last decade", "the year before"]
MARKS = [" ", " ", ", ", ". ", "; ", ": ", " (", ") ", " – ", "\n", " /", "' ", "\u200f", "\u00a0"]


def _words_of(*names: str) -> st.SearchStrategy[str]:
    return st.sampled_from(sorted({w for name in names for w in _lexicon_list(name)}))


@st.composite
def range_phrases(draw: st.DrawFn) -> str:
    """'the rand traded in a range of R16.89/$ – R18.52/$, ending the month at R17.40': a range with a dash."""
    low, high = draw(st.sampled_from(FIGURES)), draw(st.sampled_from(FIGURES))
    return (f"{draw(st.sampled_from(PLACES))} {draw(_words_of('range_end_words'))} {low}{draw(st.sampled_from(DASHES))}"
            f"{high}{draw(st.sampled_from(MARKS))}{draw(_words_of('day_price_words'))} {draw(st.sampled_from(FIGURES))}")


@st.composite
def month_spans(draw: st.DrawFn) -> str:
    """'between January and December 2022', 'May–November', a span with its year or none."""
    first, last = draw(st.sampled_from(MONTHS)), draw(st.sampled_from(MONTHS))
    link = draw(st.sampled_from([" and ", "–", " to ", " through ", "-", " and  "]))
    opener = draw(st.sampled_from(["between ", "Between ", "in ", "", "between the "]))
    return f"{opener}{first}{link}{last}{draw(st.sampled_from(['', ' ', ', ', ' of ']))}{draw(st.sampled_from(['', *YEARS]))}"


@st.composite
def relative_comparisons(draw: st.DrawFn) -> str:
    """'prices were 3.8 % higher last year than in 2022': a relative year set against a written one."""
    return (f"{draw(_words_of('price_measure_words', 'economy_growth_words'))} {draw(st.sampled_from(FIGURES))} "
            f"{draw(st.sampled_from(RELATIVE))} {draw(_words_of('comparison_words', 'year_comparison_words'))} "
            f"{draw(st.sampled_from(['', 'in ', 'the same month in ']))}{draw(st.sampled_from(YEARS))}")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence of the pieces above, the lists' words and one language's glossary words, in any order."""
    code = draw(st.sampled_from(LANGUAGES))
    piece = st.one_of(range_phrases(), month_spans(), relative_comparisons(), st.sampled_from(FIGURES),
                      st.sampled_from(YEARS), st.sampled_from(PLACES), st.sampled_from(RELATIVE),
                      _words_of(*LISTS), st.sampled_from(_glossary(code)))
    pieces = draw(st.lists(piece, min_size=1, max_size=14))
    marks = draw(st.lists(st.sampled_from(MARKS), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + m for p, m in zip(pieces, marks, strict=True)).strip() + draw(st.sampled_from([".", "", " 。", "다."]))


@st.composite
def drafts(draw: st.DrawFn) -> str:
    """A draft dated or not, opening on a dateline or not ('Muscat: The rate …', 'SEOUL, Dec 5 (Yonhap) -')."""
    date = draw(st.sampled_from(["", "2023-06-01", "2025-04-10", "2024-01-15"]))
    front = f"---\ntitle: Prices\ndate: {date}\n---\n\n" if date else draw(st.sampled_from(["", "# Prices\n\n"]))
    dateline = draw(st.sampled_from(["", "Muscat: ", "Santiago, ", "SEOUL, Dec 5 (Yonhap) - ", "Seoul: ", "서울: ",
                                     "Cape Town : ", ": ", "A:", "Oslo,"]))
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=4))
    return front + dateline + "\n\n".join(paragraphs) + "\n"


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Rates by year and by month, consumer prices by year and by month, and population (invented figures)."""
    folder = tmp_path_factory.mktemp("packages")
    monthly_cpi = "".join(f"2023-{m:02d},{0.1 * m},%,Chile\n" for m in range(1, 13))
    return [rates_package(folder / "annual", {("South Africa", 2023): 18.45, ("Korea", 2023): 1306.0,
                                              ("Chile", 2022): 873.0}),
            monthly_rates_package(folder / "monthly", {"South Africa": {"2023-10": 18.9, "2023-11": 18.6},
                                                       "Korea": {"2023-11": 1310.0, "2023-12": 1300.0}}),
            cpi_package(folder / "cpi"),
            tidy_package(folder / "cpi-monthly", "cpi-monthly", "Consumer price index, monthly change",
                         {"name": "cpi_monthly", "path": "cpi_monthly.csv", "title": "Consumer prices, change on the "
                          "month", "source": "https://stats.example/cpi"}, "period,value,unit,country\n" + monthly_cpi),
            population_package(folder / "population", {("Chile", 2022): 19_600_000, ("Norway", 2022): 5_450_000,
                                                       ("Kazakhstan", 2022): 19_620_000})]


@draft_settings(25)
@given(text=drafts())
def test_a_draft_of_the_phrasings_the_verdicts_read_is_checked_whole_in_bounded_time(text: str,
                                                                                  packages: list[Path]) -> None:
    assert_checked_whole(text, packages, "phrasings.md")


@draft_settings(5)
@given(text=drafts())
def test_the_json_report_of_such_a_draft_validates(text: str, packages: list[Path], tmp_path: Path) -> None:
    assert_json_report_validates(text, packages, tmp_path, "phrasings.md")
