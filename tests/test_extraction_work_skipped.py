"""Work the extraction pass skips where a cheap test shows it cannot change the result (benchmarks/README.md,
"Twenty-first performance pass"): each shortcut against the plain reading it replaces, and the readings
a user sees through it."""

from __future__ import annotations

from workbench.extraction import extract_text


def _claims(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.text, c.kind.value, c.direction.value if c.direction else None, c.period) for c in extract_text(text)]


def test_a_year_after_another_subjects_figure_and_verb_is_that_figures_own() -> None:
    # a figure of another subject and a verb after the first figure: the year is the later figure's
    assert _claims("Wheat output rose 5 % and the capital built 12 schools in 2021.") == [
        ("5 %", "change", "up", None), ("12", "count", None, "2021")]
    # no figure between the first figure and its year: the year is its own, whatever verbs follow
    assert _claims("Wheat output rose 5 % last year as farms expanded in 2021.")[0][3] == "2021"


def test_a_one_line_text_is_read_for_a_plain_table_only_when_it_ends_in_a_cell() -> None:
    from workbench.structure import _plain_tables_and_cells, plain_tables

    for text in ["KENYA SHILLING 129.4412 131.0875 133.9", "Exports rose 5 % in 2021.", "Exports rose to 5",
                 "Route 66", "Wheat 12.5 13.1 -", "Share 45 50%", "", "Imports were flat.\r", "Output 4.2 4.5 \t"]:
        assert plain_tables(text) == _plain_tables_and_cells(text)[0], text  # the shortcut and the full reading agree
    # a lone record on one line is a table, each figure a cell of its row
    assert plain_tables("KENYA SHILLING 129.4412 131.0875 133.9") != ()
    claims = extract_text("KENYA SHILLING 129.4412 131.0875 133.9")
    assert [c.text for c in claims] == ["129.4412", "131.0875", "133.9"]
    assert extract_text("Exports rose 5 % in 2021.")[0].subject == "exports"


def test_the_threshold_mark_pattern_is_searched_only_where_it_can_end() -> None:
    import random

    from workbench.extraction.kinds import _MARK_BEFORE, _MARK_REACH, _may_end_mark_phrase

    words = ["exceeded", "topped", "above", "below", "more than", "the", "The", "THE", "mark", "threshold", "of", "OF",
             "for", "first", "time", "level", "line", "ozone", "10", "a", "other", "oF", "tHe", "lathe", "Zof"]
    spaces = [" ", "  ", "\t", "\n", "\u00a0", "\u2009", ""]
    rng = random.Random(11)
    checked = found = 0
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(1, 12)))
        for pos in range(len(text) + 1):
            low = max(0, pos - _MARK_REACH)
            if _MARK_BEFORE.search(text, low, pos) is not None:
                found += 1
                assert _may_end_mark_phrase(text, low, pos), (text, pos)
            checked += 1
    assert found > 100  # the generated texts hold the phrase often enough to test the shortcut


def test_a_figure_the_mark_names_is_still_a_bound() -> None:
    claims = extract_text("Ozone levels rose above the threshold of 120 micrograms, officials said.")
    assert [c.qualifier.value for c in claims if c.text.startswith("120")] == ["gt"]
    claims = extract_text("Prices at the 120 level held, traders said.")
    assert all(c.qualifier.value == "exact" for c in claims)


def test_a_numeral_no_f_can_follow_is_read_as_with_the_fold_branch() -> None:
    import random

    from workbench.extraction.cores import _CORE_DIGIT, _FOLD_REACH, core_at

    parts = ["3", "12", "1,000", "4.5", "250 000", "12\u00a0000", "٣", "-", " ", "  ", "\t", "\n", "fold", "Fold",
             "FOLD", "f", "F", "ſ", "old", "x", "%", ".", ",", "times", "-fold", " fold"]
    rng = random.Random(7)
    folds = 0
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 10)))
        for pos, char in enumerate(text):
            if not char.isdecimal():
                continue
            whole = _CORE_DIGIT.match(text, pos)
            gated = core_at(text, pos)
            assert (whole and (whole.span(), whole.lastgroup, whole.groups())) == \
                (gated and (gated.span(), gated.lastgroup, gated.groups())), (text, pos)
            folds += whole is not None and whole.lastgroup == "fold"
    assert folds > 100  # the generated texts read as multiples often enough to test the shortcut
    # a run of figures longer than the shortcut reads is left to the pattern: '4 4 4 … 4 fold' reads the last alone
    row = " ".join(["4"] * _FOLD_REACH) + " fold"
    assert [core_at(row, pos).lastgroup for pos in (0, len(row) - 6)] == ["num", "fold"]
    assert [(c.text, c.unit) for c in extract_text("Output grew 2.5-fold and exports 3 fold since 2010.")] == [
        ("2.5-fold", "x"), ("3 fold", "x")]


def test_the_glued_prefix_pattern_finds_what_its_look_behind_first_form_finds() -> None:
    import random
    import re

    from workbench.extraction.extractor import GLUED_PREFIX

    letters = re.search(r"^\[(.*?)\]", GLUED_PREFIX.pattern).group(1)  # the prefix letters, as the pattern spells them
    joiners = re.search(r"\]\?\[(.*?)\]\?\(\?=", GLUED_PREFIX.pattern).group(1)
    first_form = re.compile(rf"(?<!\w)[{letters}]{{1,2}}[{joiners}]?(?=\d)")
    parts = [*re.sub(r"\\(.)", r"\1", letters)[:12], "-", "־", "7", "2023", " ", "\n", "a", "€", "5.3%", "שנת", "و"]
    rng = random.Random(5)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 12)))
        spans = [m.span() for m in GLUED_PREFIX.finditer(text)]
        assert spans == [m.span() for m in first_form.finditer(text)], text
        found += len(spans)
    assert found > 300  # glued prefixes are common enough in the generated texts to test the form


def test_the_spaced_scale_patterns_are_tried_only_where_they_can_open() -> None:
    import random

    from workbench.extraction.quantities import _PLURAL_SCALE, _SPACED_SCALE_LETTER, _spaced_scale_may_open

    rng = random.Random(24)
    pieces = [" ", "\t", "\n", "\u00a0", "\u202f", "  ", "-", "millions", "Billions", "THOUSANDS", "trillion", "T", "K",
              "k", "M", "B", "m", "USD", "euros", "5", "of", "ſ", "\u212a", "İ", "é", "x", "\n\n", "ms", "b"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        for pos in range(len(text) + 1):
            either = _PLURAL_SCALE.match(text, pos) or _SPACED_SCALE_LETTER.match(text, pos)
            assert not either or _spaced_scale_may_open(text, pos), (text, pos)  # no match is turned away
    # the readings the two patterns give, through the gate
    assert [c.value for c in extract_text("Exports reached 80 millions of dollars.")] == [80_000_000]
    assert [(c.value, c.unit) for c in extract_text("Assets were 2,02 T USD at the close.")] == [(2.02e12, "USD")]


def test_the_ascii_upper_case_test_agrees_with_the_per_character_one() -> None:
    from workbench.extraction.exchange_rates import _has_upper_case

    for text in ["", "5 ", "12.5 Indian ", "12.5 indian ", "ǅ", "Ǆ", "ϒ ", "é", "É 5"]:
        assert _has_upper_case(text) == any(c.isupper() for c in text), text


def test_the_numeral_cores_look_aheads_only_filter() -> None:
    # the look-aheads as they were (a numeral read with every step back, "a"/"p" alone after white space): the
    # cheaper ones in use must find the same cores, group for group
    import random
    import re

    from workbench.extraction import cores
    from workbench.numbers import NUMERAL

    plain = cores._CORE_DIGIT.pattern.replace(cores._FOLD_AHEAD, rf"(?=(?:{NUMERAL})[\s-]?[fF])", 1).replace(
        cores._SKIP_DIGITS, rf"(?=\d+(?:[-/:')snrt(\u00aa\u00ba]|\.[\u00aa\u00ba]|\.\d{{1,2}}(?:[./]|\s*[ap])|\.\d+\.\d|\s*[ap(]))"
                            rf"(?:{'|'.join(cores.SKIP_DIGIT_FORMS)})", 1)
    assert plain != cores._CORE_DIGIT.pattern
    reference = re.compile(plain)
    rng = random.Random(23)
    pieces = ["1", "12", "450", "2022", "7", ",", ".", " ", "\u00a0", "\u202f", " 000", "\u00a0000", ",000", ".5", "-", "f",
              "F", "fold", "-fold", "am", " pm", "a.m.", " a", " p", "(", ")", "s", "th", "'", ":", "/", "\u00ba", "+",
              " in ", "x", "\t", "٣", "+7", " (727)", " a.m."]
    forms = ["1 000.5fold", "12,34,567-fold", "450 300 200fold", "4.5 4.5 4.5 fold", "2022-01-15", "+7 (727) 123-45-67",
             "5 pm", "10.30 a.m.", "5pm", "19th", "1990s", "90's", "1\u00ba", "2.\u00aa vez", "10.11.2023", "(727) 123-45-67",
             "192.168.1.2", "3.2.1", "1.234.567", "1-800-222-2222"]
    texts = forms + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(4000)]
    for text in texts:
        for pos in range(len(text)):
            ours, theirs = cores._CORE_DIGIT.match(text, pos), reference.match(text, pos)
            assert (ours and (ours.span(), ours.groupdict())) == (theirs and (theirs.span(), theirs.groupdict())), (text, pos)
    assert [c.value for c in extract_text("Output rose 1 000-fold, then 2.5 fold; the meeting was at 5 pm.")] == [1000, 2.5]
