"""Work the extraction pass skips where a cheap test shows it cannot change the result (benchmarks/README.md,
"Twenty-first performance pass"): each shortcut against the plain reading it replaces, and the readings
a user sees through it."""

from __future__ import annotations

import random

from workbench.extraction import extract_text
from workbench.extraction.kinds import _CHANGE_SUBJECT, _SUBJECT_WORDS, change_subject
from workbench.extraction.vocabulary import LEX, NOUN_DIRECTION, QUALIFIER_OF


def _claims(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.text, c.kind.value, c.direction.value if c.direction else None, c.period) for c in extract_text(text)]


def test_change_subject_searched_from_the_last_stop_finds_what_the_whole_window_finds() -> None:
    rng = random.Random(22)
    pieces = [*_SUBJECT_WORDS, *_SUBJECT_WORDS, " ", " ", "  ", "\n", ",", ".", ";", "(", ")", "%", "7", "٣", "-",
              "the", "of", "exports", "Rise", "GROWTH", "approx.", "ca.", "x"]
    compared = found = 0
    for _ in range(3000):
        prose = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14)))
        if rng.random() < 0.7:  # a change noun, a gap and a linking verb (maybe a qualifier) ending the window
            prose += f" {rng.choice(list(NOUN_DIRECTION))} " + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3))) \
                + f" {rng.choice(LEX['change_subject_links'])}" + rng.choice(["", f" {rng.choice(list(QUALIFIER_OF))}"]) \
                + rng.choice(["", " "])
        reversed_prose = prose[::-1]
        end = len(prose) if rng.random() < 0.7 else rng.randint(0, len(prose))
        low = rng.randint(0, end)
        plain = _CHANGE_SUBJECT.search(prose, low, end)
        fast = change_subject(prose, reversed_prose, low, end)
        assert (plain.span(), plain.group("n")) == (fast.span(), fast.group("n")) if plain else fast is None, \
            (prose, low, end)
        compared += 1
        found += plain is not None
    assert found > 300  # the texts hold matches, not only misses


def test_a_change_noun_and_its_linking_verb_make_a_change_only_within_one_clause() -> None:
    assert _claims("The increase in exports this year was 4.5 %.") == [("4.5 %", "change", "up", None)]
    # a comma or a figure between the noun and its verb: the noun is another clause's
    assert _claims("The increase, the ministry said, was 4.5 %.") == [("4.5 %", "level", None, None)]
    assert ("4.5 %", "level", None, None) in _claims("The decline in 2 of the regions was 4.5 %.")


def test_a_year_after_another_subjects_figure_and_verb_is_that_figures_own() -> None:
    # a figure of another subject and a verb after the first figure: the year is the later figure's
    assert _claims("Wheat output rose 5 % and the capital built 12 schools in 2021.") == [
        ("5 %", "change", "up", None), ("12", "count", None, "2021")]
    # no figure between the first figure and its year: the year is its own, whatever verbs follow
    assert _claims("Wheat output rose 5 % last year as farms expanded in 2021.")[0][3] == "2021"
