"""Where a claim's place comes from, and what happens when nothing names one.

The package holds real rows: consumer-price inflation (annual %) from the World Bank
(FP.CPI.TOTL.ZG) as the `datasets/inflation` package ships it (../shared/reference-sources/wild/
inflation, file data/inflation-gdp.csv, whose two files are labelled the wrong way round
upstream), with the World Bank's own spellings ("Korea, Rep.", "Russian Federation", "Turkiye"),
its ISO3 codes and its aggregate rows (World, Euro area, High income).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

_ROWS = [  # (Country, Country Code, Year, Inflation) from wild/inflation/data/inflation-gdp.csv
    ("Germany", "DEU", "2021", 3.06666666666673), ("Germany", "DEU", "2022", 6.87257438551097),
    ("India", "IND", "2021", 5.13140747176369), ("India", "IND", "2022", 6.69903414079852),
    ("Korea, Rep.", "KOR", "2022", 5.08951365062842), ("Russian Federation", "RUS", "2021", 6.69445891957612),
    ("Turkiye", "TUR", "2022", 72.3088359891207), ("United States", "USA", "2022", 8.00279982052121),
    ("World", "WLD", "2021", 3.4754032028988), ("World", "WLD", "2022", 7.93092925430087),
    ("Euro area", "EMU", "2022", 8.47117645590892), ("High income", "HIC", "2022", 7.17222476016441),
]
INFLATION = [{"name": "inflation", "metric": "consumer price inflation", "kind": "change", "unit": "%",
              "aliases": ["inflation", "inflation rate", "consumer prices"], "dims": ["country", "country_code"],
              "rows": [{"period": y, "value": v, "country": c, "country_code": code} for c, code, y, v in _ROWS]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("inflation") / "reference", INFLATION)


def _one(text: str, package: Path, claim: str):
    results, _ = check_text(text, package)
    return results[claim]


def test_the_place_comes_from_the_heading_and_the_evidence_says_so(package: Path) -> None:
    result = _one("---\ndate: 2023-06-01\n---\n\n## Germany\n\nInflation reached 6.9% in 2022.\n", package, "6.9%")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].dimensions["country"] == "Germany"
    assert result.evidence[0].context == "country Germany from the heading"
    assert "from the heading" in result.explanation


def test_the_place_comes_from_the_title_and_needs_only_one_mention(package: Path) -> None:
    result = _one("---\ntitle: Prices in India\ndate: 2023-06-01\n---\n\nInflation was 6.7% in 2022.\n",
                  package, "6.7%")
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country"] == "India"
    assert "from the title" in (result.evidence[0].context or "")


@pytest.mark.parametrize("front", ["about: South Korea", "places: [South Korea]"])
def test_the_place_comes_from_the_front_matter(package: Path, front: str) -> None:
    result = _one(f"---\ndate: 2023-06-01\n{front}\n---\n\nInflation was 5.1% in 2022.\n", package, "5.1%")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].dimensions["country"] == "Korea, Rep."  # the World Bank's spelling
    assert "from the front matter" in (result.evidence[0].context or "")


def test_the_paragraph_before_names_the_place(package: Path) -> None:
    result = _one("---\ndate: 2023-06-01\n---\n\nTurkiye's central bank kept rates low. Inflation hit 72.3% "
                  "in 2022.\n", package, "72.3%")
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country_code"] == "TUR"
    assert "from the paragraph" in (result.evidence[0].context or "")


def test_the_sentence_beats_the_heading(package: Path) -> None:
    result = _one("---\ndate: 2023-06-01\n---\n\n## Germany\n\nIn India, inflation was 6.7% in 2022.\n",
                  package, "6.7%")
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country"] == "India"
    assert result.evidence[0].context is None  # the sentence said it


def test_a_figure_with_no_place_is_never_supported_by_whichever_country_fits(package: Path) -> None:
    # 6.7 % is India's 2022 figure (and Russia's 2021 one): without a place, that is a coincidence.
    result = _one("---\ndate: 2023-06-01\n---\n\nInflation was 6.7% in 2022.\n", package, "6.7%")
    assert result.verdict is Verdict.needs_review
    assert result.evidence == []
    assert "which one '6.7%' is about" in result.explanation


def test_a_country_group_only_when_the_text_names_it(package: Path) -> None:
    world = _one("---\ndate: 2023-06-01\n---\n\nGlobal inflation reached 7.9% in 2022.\n", package, "7.9%")
    assert world.verdict is Verdict.supported and world.evidence[0].dimensions["country_code"] == "WLD"
    euro = _one("---\ndate: 2023-06-01\n---\n\nIn the eurozone, inflation averaged 8.5% in 2022.\n", package, "8.5%")
    assert euro.verdict is Verdict.supported and euro.evidence[0].dimensions["country"] == "Euro area"


def test_the_subject_of_the_clause_beats_the_field_of_a_ranking(package: Path) -> None:
    # 'the world's' is where Turkiye ranks, not the place the 72.3 % belongs to (the World row is 7.9).
    result = _one("---\ndate: 2023-06-01\n---\n\nTurkey had one of the world's highest inflation rates in 2022, "
                  "at 72.3%.\n", package, "72.3%")
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country"] == "Turkiye"
    after = _one("---\ndate: 2023-06-01\n---\n\nIndia has the fifth-largest inflation rate in the world at 6.7% "
                 "in 2022.\n", package, "6.7%")
    assert after.evidence and after.evidence[0].dimensions["country"] == "India"


@pytest.mark.parametrize(("text", "claim"), [
    # a rank noun and its bare figure before the field ('vị trí 5 trên thế giới': 'position 5 in the world')
    ("Năm 2022, Ấn Độ đứng ở vị trí 5 trên thế giới với lạm phát 6,7%.", "6,7%"),
    ("Năm 2022, Ấn Độ đứng ở vị trí thứ chín trên thế giới với lạm phát 6,7%.", "6,7%"),
    # the field first and its rank after it ('세계 5위': 'world 5th')
    ("인도의 2022년 물가상승률은 6.7%로 세계 5위를 기록했다.", "6.7%"),
    # the rank a word further on after the possessive particle ('世界のインフレ率トップ10': 'world of inflation rate top 10')
    ("インドは2022年、世界のインフレ率トップ10に入り、インフレ率は6.7%だった。", "6.7%"),
])
def test_the_field_of_a_ranking_in_other_word_orders_is_no_place(package: Path, text: str, claim: str) -> None:
    # India's 6.7 % ranks it in the world: the World row (7.9) is not its figure's
    result = _one(f"---\ndate: 2023-06-01\n---\n\n{text}\n", package, claim)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["country"] == "India"


def test_a_place_the_data_lacks_is_not_read_against_a_neighbour(package: Path) -> None:
    result = _one("---\ndate: 2023-06-01\n---\n\nArgentina's inflation, at 72.3% in 2022, was close to "
                  "Turkey's.\n", package, "72.3%")
    assert result.verdict is Verdict.unsupported and result.evidence == []
    assert "none for Argentina" in result.explanation


def test_figures_joined_by_and_share_the_place_after_them(package: Path) -> None:
    results, _ = check_text("---\ndate: 2023-06-01\n---\n\nCompared with 1% a year before, inflation in 2021 "
                            "and 2022 was 3.1% and 6.9% in Germany, 5.1% and 6.7% in India, and 3.5% and 7.9% "
                            "worldwide.\n", package)
    assert results["5.1%"].evidence[0].dimensions["country"] == "India"
    assert results["7.9%"].evidence[0].dimensions["country"] == "World"
    assert results["3.1%"].evidence[0].dimensions["country"] == "Germany"


def test_figures_joined_after_any_percent_word_form_one_group() -> None:
    """The percent and points words between joined figures are the units' own ('pct', 'percentage points'),
    not a shorter list: each pair is one group, sharing what follows it."""
    from workbench.matching.context import sentence_figures

    for unit in ("pct", "percentage points", "per cent"):
        text = f"Rates were 3.1 {unit} and 6.9 {unit} in the north, 5.1 {unit} to 6.7 {unit} in the south."
        _, figures, groups = sentence_figures(text)
        assert len(figures) == 4 and groups == [0, 0, 1, 1], (unit, groups)


def test_a_bad_front_matter_place_is_one_error_line(tmp_path: Path) -> None:
    from conftest import run_workbench

    draft = tmp_path / "d.md"
    draft.write_text("---\ndate: 2023-06-01\nabout:\n  country: Kenya\n---\n\nInflation was 5%.\n", encoding="utf-8")
    result = run_workbench("extract", draft, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().endswith("d.md:3:1: front matter about must be a place or a list of places "
                                          "(write `about: Kenya` or `about: [Kenya, Uganda]`)")


def test_the_place_comes_from_an_earlier_paragraph_of_the_section(package: Path) -> None:
    text = ("---\ndate: 2023-06-01\n---\n\n## Prices\n\nGermany's statistics office published its figures on "
            "Tuesday.\n\nThe office said inflation averaged 6.9% in 2022.\n")
    result = _one(text, package, "6.9%")
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country"] == "Germany"
    assert result.evidence[0].context == "country Germany from an earlier paragraph"


def test_the_nearest_earlier_paragraph_decides_and_a_heading_stops_the_reader(package: Path) -> None:
    nearest = _one("---\ndate: 2023-06-01\n---\n\nGermany's office spoke first.\n\nThen India's ministry "
                   "reported.\n\nInflation was 6.7% in 2022.\n", package, "6.7%")
    assert nearest.verdict is Verdict.supported and nearest.evidence[0].dimensions["country"] == "India"
    # a heading starts a new section: the paragraph above it says nothing about the figure below
    stopped = _one("---\ndate: 2023-06-01\n---\n\nSome text first.\n\nIndia's ministry reported.\n\n## Elsewhere\n\n"
                   "Inflation was 6.7% in 2022.\n", package, "6.7%")
    assert stopped.verdict is Verdict.needs_review and stopped.evidence == []


def test_an_earlier_paragraph_naming_two_places_leaves_the_figure_unplaced(package: Path) -> None:
    result = _one("---\ndate: 2023-06-01\n---\n\nSome text first.\n\nIndia and Germany both reported on "
                  "Tuesday.\n\nInflation was 6.7% in 2022.\n", package, "6.7%")
    assert result.verdict is Verdict.needs_review and result.reason == "place_unnamed"


def test_a_lead_naming_one_country_names_the_draft_s_place(package: Path) -> None:
    text = ("---\ndate: 2023-06-01\n---\n\nIndia's economy slowed sharply last year, officials said.\n\n"
            "## The numbers\n\nInflation was 6.7% in 2022.\n")
    result = _one(text, package, "6.7%")
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country"] == "India"
    assert "from the draft's lead" in (result.evidence[0].context or "")
    two = _one(text.replace("India's economy", "India's and Germany's economies"), package, "6.7%")
    assert two.verdict is Verdict.needs_review and two.evidence == []


def test_a_place_given_as_a_cause_after_the_figure_is_not_its_place(package: Path) -> None:
    text = ("---\ndate: 2023-06-01\n---\n\nGermany's statistics office reported on Tuesday.\n\nInflation averaged "
            "6.9% in 2022, driven by energy prices that rose after the war in Turkey's neighbourhood.\n")
    result = _one(text, package, "6.9%")
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country"] == "Germany"
    alone = _one("---\ndate: 2023-06-01\n---\n\nInflation averaged 6.9% in 2022, driven by energy prices "
                 "that rose with demand in India.\n", package, "6.9%")
    assert alone.verdict is Verdict.needs_review and alone.evidence == []


def test_a_group_s_name_beats_a_shorter_table_value_inside_it(tmp_path: Path) -> None:
    # An exchange-rate table lists the currency area 'Euro' as a country: 'the Euro Area' is still the group.
    rates = {"name": "exchange_rates", "metric": "exchange rate", "aliases": ["exchange rate"], "dims": ["country"],
             "rows": [{"period": "2022", "value": 0.95, "country": "Euro"},
                      {"period": "2022", "value": 131.5, "country": "Japan"}]}
    package = write_package(tmp_path / "reference", [*INFLATION, rates])
    result = _one("---\ndate: 2023-06-01\n---\n\nInflation in the Euro Area averaged 8.5% in 2022.\n", package, "8.5%")
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country"] == "Euro area"


def test_a_top_level_heading_is_the_title_when_the_front_matter_has_none(package: Path) -> None:
    text = ("---\ndate: 2023-06-01\n---\n\n# Prices in Germany\n\nThe office reported on Tuesday.\n\n"
            "## Details\n\nInflation averaged 6.9% in 2022.\n")
    result = _one(text, package, "6.9%")
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country"] == "Germany"
    assert "from the title" in (result.evidence[0].context or "")


def test_two_main_countries_do_not_place_a_figure_one_does(package: Path) -> None:
    body = ("## Talks\n\nThe delegations met on Monday.\n\n## Trade\n\nThe ministers spoke about trade.\n\n"
            "## Prices\n\nThe ministers also discussed prices. Inflation was 6.7% in 2022.\n")
    one_country = ("---\ndate: 2023-06-01\n---\n\nThe talks went on for hours.\n\nMany words later, India "
                   "signed.\n\n" + body + "\nIndia left on Tuesday.\n")
    result = _one(one_country, package, "6.7%")
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country"] == "India"
    assert "from the rest of the draft" in (result.evidence[0].context or "")
    two = one_country.replace("India signed", "India and Germany signed").replace(
        "India left", "India and Germany left")
    assert _one(two, package, "6.7%").verdict is Verdict.needs_review


def test_a_cause_word_does_not_reach_past_a_comma(package: Path) -> None:
    result = _one("---\ndate: 2023-06-01\n---\n\nIn 2022, driven by fuel costs in Turkey, India's inflation "
                  "averaged 6.7%.\n", package, "6.7%")
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country"] == "India"
