"""Drafts made of what the rules of the fortieth pass read — a place carried from paragraphs before ('the Kingdom',
'the country'), 'our country' in a language of one country, a city where a figure was said ('…, the ministry said
on Monday in Berlin'), a list of places and figures after the sentence that named a measure, a bracket after a
compared base ('compared with the previous 12 months (October 2023 – September 2024)'), a period counted from a
compared figure ('down from 4.8 % a year earlier'), money and counts of people beside words no language reads,
Kazakh date endings and Bulgarian bounds — in any order, with odd marks, brackets and scripts among them, are checked
against packages those rules read (population, GDP in dollars, emissions, consumer prices): every claim gets a
verdict (none 'could not be checked'), in bounded time, and the JSON report validates against its schema.

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
from package_support import carbon_package, cpi_package, population_and_gdp

DATA = ROOT / "workbench" / "data"


@lru_cache(maxsize=None)
def _data_list(file: str, *keys: str) -> tuple[str, ...]:
    """A list (or a mapping's keys) of a data file, sorted: the words this pass's rules read."""
    node = json.loads((DATA / file).read_text(encoding="utf-8"))
    for key in keys:
        node = node[key]
    return tuple(sorted(w for w in node if isinstance(w, str) and 0 < len(w) < 40))


def _words(file: str, *keys: str) -> st.SearchStrategy[str]:
    return st.sampled_from(_data_list(file, *keys))


COUNTRIES = ["Saudi Arabia", "Kazakhstan", "Germany", "Bulgaria", "Armenia", "Chile", "Russia", "Zorbania"]
OTHERS = ["the world", "the European Union", "Europe", "Berlin", "Almaty", "Riyadh", "Sofia", "the Gulf", "OPEC"]
FIGURES = ["2.7 %", "4.8 %", "295 million tonnes", "1.7 billion tons", "203 million people", "19,620,000 people",
           "151.5 trillion roubles", "$1.2 trillion", "US$ 45 billion", "19,8 trilyon dolar", "8 042", "watu 1,889,773",
           "12,5 %", "-0.4 %", "１２．５％", "١٢٫٥ ٪", "1e309 %", "0", "99999999999999999999 people", "1.08"]
YEARS = ["2015", "2021", "2022", "2023", "2024", "2030", "2099", "1999", "0001", "9999"]
MONTHS = ["January", "September", "October 2023", "September 2024", "Q3 2024", "2023/24"]
MEASURES = ["emissions", "carbon dioxide emissions", "the population", "GDP", "inflation", "consumer prices",
            "the economy", "output"]
# words of no language the data reads, in scripts read and not read, and marks
UNREAD = ["qarlungit", "vzdorov", "ႠႡႢ", "ᎠᎡᎢ", "ꦲꦤ", "ዓመት", "ཀཁག", "ᑕᑯᑦ", "zzz", "Xyloq", "\u200b", "\u202e"]
MARKS = [" ", " ", ", ", ". ", "; ", ": ", " (", ") ", " – ", "\n", "(", ")", "((", "))", "\u00a0", " / "]


@st.composite
def carried_places(draw: st.DrawFn) -> str:
    """'Saudi Arabia's emissions fell while the world's rose. … Emissions in the Kingdom fell 2.7 %.'"""
    named = draw(st.lists(st.sampled_from(COUNTRIES + OTHERS), min_size=0, max_size=4))
    first = f"{' and '.join(named) or 'Nobody'}'s {draw(st.sampled_from(MEASURES))} {draw(st.sampled_from(['fell', 'rose', 'was']))}"
    noun = draw(_words("places.json", "country_referring_nouns"))
    later = (f"{draw(st.sampled_from(MEASURES))} in {noun} {draw(st.sampled_from(['fell', 'rose', 'stood at']))} "
             f"{draw(st.sampled_from(FIGURES))} in {draw(st.sampled_from(YEARS))}")
    return first + draw(st.sampled_from([". ", "\n\n", ".\n\n", " "])) + later


@st.composite
def said_in_cities(draw: st.DrawFn) -> str:
    """'…, the ministry said on Monday in Berlin.' and 'the ministry said prices in Berlin rose'."""
    verb = draw(_words("places.json", "government_voice_verbs"))
    between = " ".join(draw(st.lists(st.sampled_from(["on", "Monday", "the", "ministry", "x", "in"]), max_size=8)))
    return (f"{draw(st.sampled_from(MEASURES))} {draw(st.sampled_from(FIGURES))}, the ministry {verb} {between} in "
            f"{draw(st.sampled_from(OTHERS + COUNTRIES))}{draw(st.sampled_from(['', '.', ' rose', ' ', '!']))}")


@st.composite
def bracketed_bases(draw: st.DrawFn) -> str:
    """'compared with the previous 12 months (October 2023 – September 2024)', brackets closed or not."""
    base = draw(_words("periods.json", "compared_base_words"))
    words = " ".join(draw(st.lists(st.sampled_from(["the", "previous", "12", "months", "year", "last", "same"]),
                                   min_size=0, max_size=6)))
    inside = draw(st.sampled_from(MONTHS)) + draw(st.sampled_from([" – ", "-", " to ", ""])) + \
        draw(st.sampled_from(MONTHS + [""]))
    close = draw(st.sampled_from([")", "", "))", ") (", "(2022)"]))
    return f"{draw(st.sampled_from(MEASURES))} rose {draw(st.sampled_from(FIGURES))} {base} {words} ({inside}{close}"


@st.composite
def relative_after_compared(draw: st.DrawFn) -> str:
    """'down from 4.8 % a year earlier', 'compared to 400.0 ppm the previous year'."""
    marker = draw(_words("lexicon.json", "baseline_markers"))
    relative = draw(_words("periods.json", "anchored_relative"))
    return (f"{draw(st.sampled_from(MEASURES))} {draw(st.sampled_from(FIGURES))} in "
            f"{draw(st.sampled_from(MONTHS + YEARS))}, {marker} {draw(st.sampled_from(FIGURES))} "
            f"{draw(st.sampled_from(['', 'the ', ' ']))}{relative}")


@st.composite
def foreign_pieces(draw: st.DrawFn) -> str:
    """Kazakh 'our country' and date endings, Bulgarian bounds ('от … до'), Armenian growth, French causes."""
    kk = draw(_words("languages.json", "languages", "kk", "words"))
    ending = draw(_words("languages.json", "languages", "kk", "month_endings"))
    bg = draw(_words("languages.json", "languages", "bg", "words"))
    hy = draw(_words("languages.json", "languages", "hy", "words"))
    fr = draw(_words("languages.json", "languages", "fr", "words"))
    return draw(st.sampled_from([
        f"{kk} {draw(st.sampled_from(FIGURES))} қазан{ending} {draw(st.sampled_from(YEARS))}",
        f"{bg} от {draw(st.sampled_from(FIGURES))} до {draw(st.sampled_from(FIGURES))} на {draw(st.sampled_from(YEARS))}",
        f"{hy} {draw(st.sampled_from(FIGURES))} {draw(st.sampled_from(YEARS))} թվականի",
        f"{fr} {draw(st.sampled_from(FIGURES))} en {draw(st.sampled_from(YEARS))}",
    ]))


@st.composite
def sentences(draw: st.DrawFn) -> str:
    piece = st.one_of(carried_places(), said_in_cities(), bracketed_bases(), relative_after_compared(),
                      foreign_pieces(), st.sampled_from(FIGURES), st.sampled_from(YEARS),
                      st.sampled_from(COUNTRIES + OTHERS), st.sampled_from(UNREAD), st.sampled_from(MEASURES))
    pieces = draw(st.lists(piece, min_size=1, max_size=8))
    marks = draw(st.lists(st.sampled_from(MARKS), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + m for p, m in zip(pieces, marks, strict=True)).strip() + draw(st.sampled_from([".", "", "!"]))


@st.composite
def drafts(draw: st.DrawFn) -> str:
    """A draft dated or not, under a country's domain or none (where 'our country' is read by its language)."""
    date = draw(st.sampled_from(["", "2023-06-01", "2025-04-10"]))
    url = draw(st.sampled_from(["", "https://news.example.kz/a", "https://x.bg/b", "https://a.example.com/c"]))
    front = "---\ntitle: Figures\n" + (f"date: {date}\n" if date else "") + (f"url: {url}\n" if url else "") + "---\n\n"
    heading = draw(st.sampled_from(["", "# The Kingdom\n\n", "## Emissions\n\n"]))
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=5))
    return front + heading + "\n\n".join(paragraphs) + "\n"


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Population and GDP of two countries, emissions of two, consumer prices (invented figures)."""
    folder = tmp_path_factory.mktemp("packages")
    return [*population_and_gdp(folder, {("Kazakhstan", 2022): 19_620_000, ("Chile", 2022): 19_600_000},
                                {("Kazakhstan", 2022): 2.2e11, ("Chile", 2022): 3.0e11}),
            carbon_package(folder / "carbon", {("SAUDI ARABIA", 2020): 170_000, ("GERMANY", 2020): 180_000}),
            cpi_package(folder / "cpi")]


@draft_settings(25)
@given(text=drafts())
def test_a_draft_of_what_this_pass_reads_is_checked_whole_in_bounded_time(text: str, packages: list[Path]) -> None:
    assert_checked_whole(text, packages, "places.md")


@draft_settings(5)
@given(text=drafts())
def test_the_json_report_of_such_a_draft_validates(text: str, packages: list[Path], tmp_path: Path) -> None:
    assert_json_report_validates(text, packages, tmp_path, "places.md")
