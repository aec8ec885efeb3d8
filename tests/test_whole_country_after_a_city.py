"""'The city of Tamale saw prices rise 5.2 % … Nationally, prices rose 3.4 %': a figure its own sentence calls
the whole country's is not about the city or region named before it. A city's own figure stays one the data
does not cover. Checked against a small CPI package of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main


def _package(folder: Path) -> Path:
    pkg = folder / "cpi"
    (pkg / "data").mkdir(parents=True)
    (pkg / "data" / "inflation.csv").write_text("Country,Year,Inflation\nGhana,2021,9.97\nGhana,2022,31.26\nKenya,2021,6.11\nKenya,2022,7.66\n", encoding="utf-8")
    (pkg / "datapackage.json").write_text(json.dumps({
        "name": "cpi", "title": "Inflation, consumer prices (annual %)", "resources": [{
            "name": "inflation", "path": "data/inflation.csv", "schema": {"fields": [
                {"name": "Country", "type": "string"}, {"name": "Year", "type": "year"},
                {"name": "Inflation", "type": "number", "unit": "%"}]}}]}), encoding="utf-8")
    return pkg


def _verdicts(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, tuple[str, str]]:
    draft = tmp_path / "d.md"
    draft.write_text(f"---\ndate: 2022-04-20\n---\n{text}\n", encoding="utf-8")
    main(["check", str(draft), "--reference", str(_package(tmp_path)), "--format", "json", "--exit-zero", "--no-progress"])
    results = json.loads(capsys.readouterr().out)["drafts"][0]["results"]
    return {r["claim"]["text"]: (r["verdict"], r["reason"]) for r in results}


@pytest.mark.parametrize("national", [
    "Nationally, consumer prices rose 15.7% in the year to March.",
    "Across the country, inflation was 15.7% in March.",
    "Nationwide, inflation stood at 15.7% in March.",
])
def test_a_national_figure_after_a_city_is_not_the_city_s(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        national: str) -> None:
    got = _verdicts(tmp_path, capsys, f"# Prices in Ghana\n\nThe city of Tamale saw inflation of 19.4% in March. {national}")
    assert got["19.4%"] == ("unsupported", "place_not_covered")  # the city's own figure: no row of it
    # Ghana's rate of a month: read against the country's year for review, not refused as the city's
    assert got["15.7%"][0] == "needs_review"


@pytest.mark.parametrize("national", [
    "Nationally, consumer prices rose 15.7% in the year to March.",
    # a city's rate set against the economy's whole index: 'whereas the general price level rose …'
    "By contrast, the general price level rose 15.7% in March.",
])
def test_a_national_figure_after_a_city_named_paragraphs_before(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               national: str) -> None:
    # the city stands in an earlier paragraph, not the figure's own: it is no more the national figure's place
    got = _verdicts(tmp_path, capsys, "# Prices in Ghana\n\nThe statistics office said the city of Tamale had the "
                                      f"highest inflation in the country in March.\n\n{national}")
    assert got["15.7%"][0] == "needs_review"


@pytest.mark.parametrize("sentence", [
    "The region's inflation rate of 19.4% in March was above the national average, which stood at 15.7%.",
    "In the city of Tamale inflation reached 19.4% in March, well above the national average of 15.7%.",
])
def test_a_national_figure_after_a_part_in_its_own_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            sentence: str) -> None:
    # the region or city before 'the national average' is the first figure's place, not the second's
    got = _verdicts(tmp_path, capsys, f"# Prices in Ghana\n\n{sentence}")
    assert got["19.4%"] == ("unsupported", "place_not_covered")
    assert got["15.7%"][0] == "needs_review"  # Ghana's rate of a month against the country's year


def test_a_national_figure_of_a_whole_year_is_still_contradicted(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    # the same reading of the place keeps a wrong yearly figure a contradiction, not a review
    got = _verdicts(tmp_path, capsys, "# Prices in Ghana\n\nThe region's inflation was 40.2% in 2021, far above the "
                                      "national average of 12.5% that year.")
    assert got["12.5%"] == ("contradicted", "contradicted")


def test_a_city_named_after_the_national_words_keeps_its_figure(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    got = _verdicts(tmp_path, capsys, "# Prices in Ghana\n\nAgainst the national average, the city of Tamale saw "
                                      "inflation of 19.4% in March.")
    assert got["19.4%"] == ("unsupported", "place_not_covered")


def _canada_verdicts(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, tuple[str, str, str]]:
    from package_support import cpi_package

    package = cpi_package(tmp_path / "cpi", {("Canada", 2022): 6.8, ("Canada", 2023): 3.9, ("Germany", 2023): 5.9})
    draft = tmp_path / "d.md"
    draft.write_text(f"---\ndate: 2024-05-20\n---\n{text}\n", encoding="utf-8")
    main(["check", str(draft), "--reference", str(package), "--format", "json", "--exit-zero", "--no-progress"])
    results = json.loads(capsys.readouterr().out)["drafts"][0]["results"]
    return {r["claim"]["text"]: (r["verdict"], r["reason"], (r["evidence"] or [{}])[0].get("country", ""))
            for r in results}


@pytest.mark.parametrize("text", [
    # the province in the sentence before, the national figure in its own
    "Ontario's inflation rate was 4.4 per cent in 2023. That was above the national average of 3.9 per cent.",
    # the province and the national figure in one sentence, the whole country's words between them
    "In 2023, inflation in Ontario was 4.4 per cent; nationally, inflation was 3.9 per cent.",
])
def test_a_national_figure_after_a_province_is_its_countrys(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           text: str) -> None:
    got = _canada_verdicts(tmp_path, capsys, text)
    assert got["4.4 per cent"][:2] == ("unsupported", "place_not_covered")  # the province's own: no row holds it
    # the province names its country, as a dateline's city does: Canada's 2023 row judges the national average
    assert got["3.9 per cent"][0] == "supported", got["3.9 per cent"]


def test_provinces_of_no_one_country_name_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a Canadian province and an Australian state before it: which nation's average is meant is for a person
    got = _canada_verdicts(tmp_path, capsys, "Inflation was 4.4 per cent in Ontario and 5.1 per cent in Queensland in "
                                             "2023. The national average was 3.9 per cent.")
    assert got["3.9 per cent"][0] == "needs_review", got["3.9 per cent"]


@pytest.mark.parametrize("national", [
    "The office put the country's inflation rate at 15.7% in March.",
    "The office put the nation’s consumer price inflation at 15.7% in March.",
])
def test_the_countrys_own_figure_after_a_city_is_not_the_city_s(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               national: str) -> None:
    # 'the country's rate' names the whole country as 'nationally' does: not the city the sentence before named
    got = _verdicts(tmp_path, capsys, f"# Prices in Ghana\n\nThe city of Tamale saw inflation of 19.4% in March. {national}")
    assert got["19.4%"] == ("unsupported", "place_not_covered")
    assert got["15.7%"][0] == "needs_review"  # Ghana's rate of a month against the country's year


@pytest.mark.parametrize("part", [
    "The office put inflation in the country's second city, Tamale, at 15.7% in March.",
    "The office put inflation in the country's northern city of Tamale at 15.7% in March.",
])
def test_a_part_after_the_countrys_possessive_stays_the_part(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                             part: str) -> None:
    got = _verdicts(tmp_path, capsys, f"# Prices in Ghana\n\nThe city of Tamale saw inflation of 19.4% in March. {part}")
    assert got["15.7%"] == ("unsupported", "place_not_covered")
