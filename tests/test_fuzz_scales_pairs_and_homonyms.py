"""Drafts made of what the rules of the forty-first pass read — Arabic clauses opening on their change verb ('تراجعت
انبعاثات … 1.1 و3.4 في المائة'), 'respectively' pairs of places and figures, Turkish per mille ('binde 7,1', '7,1‰')
and dotted capitals ('GSYİH'), Japanese scales set apart by spaces ('2 兆 5000 億ドル'), Korean myriads with a grouped
last part ('1만 4,770달러'), the '元' several currencies share and the paragraph's currency it takes, a city's name
that is a word of its language ('Gayri Safi', 'Ordu', 'Como'), money and people of a country no package covers — in
any order and number, with odd marks, scripts and numerals among them, are checked against packages those rules
read: every claim gets a verdict (none 'could not be checked'), in bounded time, and the JSON report validates.

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
from package_support import carbon_package, cpi_package, population_and_gdp, rates_package

DATA = ROOT / "workbench" / "data"


@lru_cache(maxsize=None)
def _language(code: str) -> dict[str, object]:
    return json.loads((DATA / "languages.json").read_text(encoding="utf-8"))["languages"][code]


def _keys(code: str, key: str) -> st.SearchStrategy[str]:
    return st.sampled_from(sorted(_language(code)[key]))  # type: ignore[arg-type]


def _glossed_as(code: str, *english: str) -> st.SearchStrategy[str]:
    """The language's words its glossary reads as one of ``english`` (its change verbs, its 'respectively')."""
    words = _language(code)["words"]
    return st.sampled_from(sorted(w for w, e in words.items() if e in english))  # type: ignore[union-attr]


# numerals as drafts write them and as no draft should: grouped, glued, huge, tiny, in other digits
NUMERALS = ["1.1", "3,4", "7,1", "4,770", "14,770", "2", "5000", "0", "0,0", "99999999999999999999", "1e309",
            "1.7976931348623157e308", "4.9e-324", "١٫١", "٣٫٤", "１２", "１２．５", "12.", ".5", "1,2,3", "1..2", "--3",
            "−0.4", "2022", "9" * 60]
PLACES = ["السعودية", "الكويت", "Türkiye", "Kuwait", "the UAE", "Saudi Arabia", "Japan", "South Korea", "Taiwan",
          "Zorbania", "Safi", "Ordu", "Como", "台湾", "日本", "한국"]
# words of no language the data reads, in scripts read and not read, and marks
UNREAD = ["qarlungit", "ႠႡႢ", "ᎠᎡᎢ", "ꦲꦤ", "ཀཁག", "zzz", "\u200b", "\u202e", "\u0301", "İ", "ı", "ǅ", "ﷺ", "\ufeff"]
MARKS = [" ", " ", ", ", ". ", "; ", " (", ") ", " – ", "\n", "،", "。", "、", "\u00a0", " / ", "‰", "%", "'", "’"]


def _numeral() -> st.SearchStrategy[str]:
    return st.sampled_from(NUMERALS)


@st.composite
def arabic_verb_first(draw: st.DrawFn) -> str:
    """'تراجعت انبعاثات غاز الكربون في السعودية 1.1 و3.4 في المائة على التوالي', subjects of any length."""
    verb = draw(_glossed_as("ar", "fell", "rose", "declined", "increased", "grew", "dropped"))
    subject = " ".join(draw(st.lists(st.sampled_from(["انبعاثات", "غاز", "الكربون", "في", "التضخم", "الناتج",
                                                          "عامي", *PLACES[:2]]), max_size=10)))
    figures = draw(st.lists(_numeral(), min_size=1, max_size=4))
    joined = draw(st.sampled_from([" و", " و ", "، ", " "])).join(figures)
    tail = draw(st.sampled_from(["في المائة", "%", "", "مليون طن", "على التوالي", "في المائة على التوالي"]))
    return f"{verb} {subject} {joined} {tail}"


@st.composite
def respectively_pairs(draw: st.DrawFn) -> str:
    """'Kuwait and the UAE follow with 24.4 and 21.8 tonnes respectively', lists of unequal lengths too."""
    places = draw(st.lists(st.sampled_from(PLACES), min_size=1, max_size=5))
    figures = draw(st.lists(_numeral(), min_size=1, max_size=5))
    word = draw(st.sampled_from(["respectively", "in that order", ", respectively,", "على التوالي", ""]))
    unit = draw(st.sampled_from(["tonnes", "%", "per cent", "million people", "‰", ""]))
    years = draw(st.sampled_from(["", " in 2019 and 2020", " in 2002, 2006 and 2008", " in 2021"]))
    return f"{', '.join(places)} follow with {' and '.join(figures)} {unit} {word}{years}"


@st.composite
def turkish_rates(draw: st.DrawFn) -> str:
    """'Doğum oranı binde 7,1 oldu', 'GSYİH yüzde 5,5 büyüdü', per mille signs glued or spaced."""
    marker = draw(_keys("tr", "per_thousand_before_figure"))
    return draw(st.sampled_from([
        f"Doğum oranı {marker} {draw(_numeral())} oldu",
        f"Doğum oranı {marker}{draw(_numeral())}",
        f"GSYİH {draw(st.sampled_from(['yüzde', 'binde', '%']))} {draw(_numeral())} büyüdü",
        f"İstatistik {draw(_numeral())}{draw(st.sampled_from(['‰', ' ‰', '‰‰', '% ‰']))} {draw(st.sampled_from(PLACES))}",
        f"{draw(st.sampled_from(['Gayri Safi', 'gayri safi', 'GAYRİ SAFİ', 'Safi', 'Ordu']))} Yurt İçi Hasıla "
        f"{draw(_numeral())} milyar dolar, {draw(st.sampled_from(['Safi', 'Ordu', 'Fas']))}'de",
    ]))


@st.composite
def spaced_scales(draw: st.DrawFn) -> str:
    """Japanese '2 兆 5000 億ドル' and Korean '1만 4,770달러', scales in any order, spaced or glued."""
    code = draw(st.sampled_from(["ja", "ko"]))
    scales = sorted(_language(code)["figure_scales"])  # type: ignore[arg-type]
    units = sorted(_language(code)["figure_units"])  # type: ignore[arg-type]
    parts = draw(st.lists(st.tuples(_numeral(), st.sampled_from(scales), st.sampled_from(["", " "])),
                          min_size=1, max_size=5))
    written = "".join(f"{n}{space}{scale}{draw(st.sampled_from(['', ' ']))}" for n, scale, space in parts)
    last = draw(st.sampled_from(["", "4,770", "14,770", "5000", "1,2", "4,7700"]))
    subject = "日本のGDPは" if code == "ja" else "한국의 1인당 GDP는 "
    return f"{subject}{written}{last}{draw(st.sampled_from(['', ' ']))}{draw(st.sampled_from(units))}"


@st.composite
def shared_sign_amounts(draw: st.DrawFn) -> str:
    """'新台幣兌美元收31.518元' with the paragraph naming one currency, several, or none."""
    named = draw(st.lists(st.sampled_from(["新台幣", "New Taiwan dollars", "Hong Kong dollars", "人民币", "Taiwan",
                                           "Macau", "pataca", ""]), max_size=3))
    return f"{' '.join(named)}兌美元收{draw(_numeral())}元{draw(st.sampled_from(['', '，', ' 元', '元元']))}"


@st.composite
def uncovered_amounts(draw: st.DrawFn) -> str:
    """Money and people of a country no package covers, beside a rate or a currency named in words."""
    place = draw(st.sampled_from(["Zorbania", "Taiwan", "Kuwait", "Ordu"]))
    amount = draw(st.sampled_from(["$", "US$ ", "", "€"])) + draw(_numeral())
    scale = draw(st.sampled_from([" trillion", " billion", " million people", " dollars", " people", ""]))
    rate = draw(st.sampled_from(["", " at an exchange rate of 31.5", " in local currency units", " a head"]))
    return f"{place}'s economy was {amount}{scale}{rate} in {draw(st.sampled_from(['2022', '2019', '2099']))}"


@st.composite
def sentences(draw: st.DrawFn) -> str:
    piece = st.one_of(arabic_verb_first(), respectively_pairs(), turkish_rates(), spaced_scales(),
                      shared_sign_amounts(), uncovered_amounts(), _numeral(), st.sampled_from(PLACES),
                      st.sampled_from(UNREAD))
    pieces = draw(st.lists(piece, min_size=1, max_size=6))
    marks = draw(st.lists(st.sampled_from(MARKS), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + m for p, m in zip(pieces, marks, strict=True)).strip() + draw(st.sampled_from([".", "", "。"]))


@st.composite
def drafts(draw: st.DrawFn) -> str:
    """A draft dated or not, under a country's domain or none."""
    date = draw(st.sampled_from(["", "2023-06-01", "2025-04-10"]))
    url = draw(st.sampled_from(["", "https://haber.example.com.tr/a", "https://news.example.tw/b"]))
    front = "---\ntitle: Figures\n" + (f"date: {date}\n" if date else "") + (f"url: {url}\n" if url else "") + "---\n\n"
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=5))
    return front + "\n\n".join(paragraphs) + "\n"


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Population and GDP, emissions, consumer prices and exchange rates of a few countries (invented figures)."""
    folder = tmp_path_factory.mktemp("packages")
    return [*population_and_gdp(folder, {("Turkey", 2022): 85_000_000, ("Saudi Arabia", 2022): 36_000_000},
                                {("Japan", 2022): 4.2e12, ("South Korea", 2022): 1.6e12, ("Turkey", 2022): 9.0e11}),
            carbon_package(folder / "carbon", {("SAUDI ARABIA", 2020): 170_000, ("KUWAIT", 2020): 30_000}),
            cpi_package(folder / "cpi"),
            rates_package(folder / "rates", {("Japan", 2022): 131.5, ("South Korea", 2022): 1291.9})]


@draft_settings(25)
@given(text=drafts())
def test_a_draft_of_what_this_pass_reads_is_checked_whole_in_bounded_time(text: str, packages: list[Path]) -> None:
    assert_checked_whole(text, packages, "scales.md")


@draft_settings(5)
@given(text=drafts())
def test_the_json_report_of_such_a_draft_validates(text: str, packages: list[Path], tmp_path: Path) -> None:
    assert_json_report_validates(text, packages, tmp_path, "scales.md")
