"""A text with no table answers every figure's table questions without looking at its line, as looking would."""

from __future__ import annotations

import random

from workbench.extraction import extract_text
from workbench.extraction.cores import candidates
from workbench.extraction.headers import TableHeaders

PROSE = ["Grain exports rose 12% to 4.5 million tonnes in 2023.", "The port handled 310 ships.",
         "Unemployment was 5.1% in May, the office said.", "Rice 1.2 2.3 3.4", "Wheat 4.5 5.6 6.7",
         "Barley 7.8 8.9 9.1", "Output (tonnes)", "Country 2021 2022 2023", "Zambia 12 14 15", "Peru 3 4 5"]
MARKDOWN = ["| Crop | 2023 |", "|---|---|", "| Maize | 41.5 |", "| Sorghum | 7 |"]


def _answers(tables: TableHeaders, text: str) -> list[tuple]:
    return [(tables.column_year(pos), tables.column_subject(pos), tables.rank_cell(pos), tables.plain_cell(pos),
             tables.plain_row_label(pos)) for pos in candidates(text, 0)]


def _looking(text: str) -> TableHeaders:
    tables = TableHeaders(text)
    tables._tableless = False  # as if the text might hold a table: every question looks at the figure's line
    return tables


def test_generated_texts_get_the_answers_a_look_at_each_line_gives() -> None:
    rng = random.Random(11)
    kinds = {True: 0, False: 0}
    for _ in range(300):
        lines = rng.sample(PROSE, rng.randint(1, 6)) + (MARKDOWN if rng.random() < 0.2 else [])
        text = rng.choice(["\n", " ", "\n\n"]).join(rng.sample(lines, len(lines)))
        gated = TableHeaders(text)
        assert _answers(gated, text) == _answers(_looking(text), text)
        kinds[gated.tableless()] += 1
    assert kinds[True] > 50 and kinds[False] > 50  # both shapes were met


def test_a_paragraph_of_prose_is_table_free_and_a_table_is_still_read() -> None:
    assert TableHeaders("Exports rose 5% in 2020, the ministry said.").tableless()
    text = "Harvest by crop.\n\n| Crop | Harvest, 2023 (%) |\n|---|---|\n| Maize | 41.5 |\n"
    assert not TableHeaders(text).tableless()
    claim, = extract_text(text)
    assert (claim.value, claim.unit, claim.period) == (41.5, "%", "2023")
