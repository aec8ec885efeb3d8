"""A web page's table copied as text, its header's cells run together by single blanks and its rows
ranked, with a percent sign and a scale word set apart from their figures ('1 Brazil 2,3 460 Mio. 1,2 %'):
each figure is read as its column's header says (its unit, per person or in total), in any language the
glossary reads."""

from __future__ import annotations

from pathlib import Path

from test_units_measures import TABLE, check_text, package

from extraction_helpers import claims_in
from workbench.structure import capitalised_header_cells, plain_row_cells

__all__ = ["package"]


def test_a_ranked_row_keeps_its_spaced_percent_and_scale_word_in_their_cells() -> None:
    line = "2 Saudi Arabia 18,4 620 Mio. 1,7 %"
    cells = plain_row_cells(line)
    assert cells is not None and [line[a:b] for a, b in cells] == ["18,4", "620 Mio.", "1,7 %"]
    # a rank needs a record's worth of figures: a line of prose that opens with a count is no row
    assert plain_row_cells("3 ministers resigned in 2019") is None


def test_a_run_together_header_is_split_at_its_cells_capitals() -> None:
    german = "Rang Staat Tonnen/Einwohner Gesamtausstoß (Tonnen) Anteil am Gesamtausstoß"
    assert capitalised_header_cells(german, 3, 2) == ["Tonnen/Einwohner", "Gesamtausstoß (Tonnen)",
                                                      "Anteil am Gesamtausstoß"]
    english = "Rank Nation Tonnes per person Total output (tonnes) Share of the world"
    assert capitalised_header_cells(english, 3, 2) == ["Tonnes per person", "Total output (tonnes)", "Share of the world"]
    assert capitalised_header_cells(english, 4, 2) is None  # no reading gives the row's cells: no header


def _table(heading: str, header: str, row: str) -> str:
    return f"# {heading}\n\n{header}\n\n{row}"


def test_a_run_together_headers_cells_give_each_figure_its_unit() -> None:
    text = _table("Les plus gros émetteurs de CO2", "Rank Nation Tonnes per person Total output (tonnes) Share of the world",
                  "1 France 5,9 366 million 0,9 %")
    claims = {c.text: c for c in claims_in(text)}
    assert claims["5,9"].unit == "t" and claims["366 million"].unit == "t", claims


def _verdicts(text: str, package: Path) -> dict[str, tuple[str, str]]:
    results, _ = check_text(f"---\ndate: 2011-06-01\n---\n\n{text}\n", package)
    return {figure: (r.verdict.value, r.evidence[0].resource if r.evidence else "") for figure, r in results.items()}


def test_a_german_tables_per_head_and_total_columns_meet_their_own_series(package: Path) -> None:
    text = _table("Die größten CO2-Emittenten pro Kopf im Jahr 2010", "Rang Staat Tonnen/Einwohner Gesamtausstoß (Tonnen) "
                  "Anteil am Gesamtausstoß", "1 Frankreich 5,9 366 Mio. 0,9 %")
    verdicts = _verdicts(text, package)
    assert verdicts["5,9"][1] == f"{TABLE}:per-capita", verdicts
    assert verdicts["366 Mio."][1] == f"{TABLE}:total", verdicts


def test_a_run_together_header_of_no_unit_leaves_each_figure_to_its_rows_label() -> None:
    # 'Latest reading Release month Change' names no measure: each figure stays its row's country's
    text = ("Currency board rates, local units per dollar.\n\nNation Latest reading Release month Change\n"
            "Ghana 12.10 Apr / 2023 1.50%\nKenya 135.40 Apr / 2023 2.10%\nNamibia 18.30 Apr / 2023 -0.20%\n")
    subjects = {c.text: c.subject for c in claims_in(text)}
    assert subjects["12.10"] == "Ghana" and subjects["135.40"] == "Kenya", subjects
