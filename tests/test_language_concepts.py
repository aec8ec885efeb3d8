"""Every language of workbench/data/languages.json glosses each concept the checker's vocabulary needs
('concepts': the measures, kinds, scales and periods the reference packages hold), or says why not.

A language's 'concepts_as_written' are written as English writes them ('ppm'); its 'concepts_not_yet'
name each gap it cannot close yet with the reason. A gap closed by a new gloss must leave that list."""

from __future__ import annotations

import pytest

from workbench.languages import _data, concepts, glossed_concepts

CODES = sorted(_data()["languages"])  # type: ignore[arg-type]


def test_the_concepts_cover_the_measures_kinds_scales_and_periods() -> None:
    names = set(concepts())
    assert {"inflation", "population", "gdp", "exchange rate", "emissions", "parts per million", "per capita",
            "percentage points", "times", "from", "to", "share", "year-on-year", "record", "forecast",
            "billion", "since", "last year"} <= names
    assert all(forms for forms in concepts().values())


@pytest.mark.parametrize("code", CODES)
def test_each_language_glosses_every_concept_or_says_why_not(code: str) -> None:
    spec = _data()["languages"][code]  # type: ignore[index]
    as_written = set(spec.get("concepts_as_written", []))
    not_yet: dict[str, str] = spec.get("concepts_not_yet", {})
    glossed = glossed_concepts(code)
    missing = set(concepts()) - glossed - as_written - set(not_yet)
    assert not missing, f"{spec['name']} glosses none of {sorted(missing)}"
    assert not (glossed & set(not_yet)), f"{spec['name']} glosses {sorted(glossed & set(not_yet))} now: unmark them"
    assert not (as_written & set(not_yet))
    assert all(why.strip() for why in not_yet.values())
    assert set(not_yet) | as_written <= set(concepts())
