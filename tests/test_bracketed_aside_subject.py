"""A figure in a bracket opened in the previous figure's own clause ('released 322 million tonnes of CO2
in 2018 (7 million tonnes more than in 2017)') is an aside about the same measure: it takes that
figure's subject, not words of an earlier comma aside ('The agency, quoting the ministry, says …').
The sentences are written here."""

from __future__ import annotations

from extraction_helpers import claims_in


def _subjects(text: str) -> dict[str, str | None]:
    return {c.text: c.subject for c in claims_in(f"---\ndate: 2020-03-01\n---\n\n{text}\n")}


def test_a_bracketed_change_after_a_level_takes_the_levels_subject() -> None:
    subjects = _subjects("The agency, quoting the ministry's annual report, says that Chile burned 12.5 million "
                         "tonnes of coal in 2019 (1.2 million tonnes more than in 2018).")
    assert subjects["1.2 million tonnes"] == subjects["12.5 million tonnes"] == "coal", subjects


def test_a_bracket_after_a_clause_break_keeps_its_own_reading() -> None:
    subjects = _subjects("Chile burned 12.5 million tonnes of coal in 2019, and its gas imports (4.1 million "
                         "tonnes) grew.")
    assert subjects["4.1 million tonnes"] != "coal", subjects
