"""The fast forms of the extractor's scans find exactly what their plain reference forms find.

The extractor rewrites some patterns so ``re`` can skip ahead quickly (see docs/extraction.md,
"Speed"); these tests hold the rewrites to the meaning of the originals on odd text.
"""

from __future__ import annotations

import random
import re

import pytest

from workbench import move_ends, structure, units
from workbench.drafts import parse_draft
from workbench.extraction import cores, entities, headers, kinds, nonclaims, periods, quantities, scanbytes, sentences, shared_units, subjects
from workbench.gazetteer import Gazetteer
from workbench.extraction import extract_text
from workbench.extraction.quantities import is_year
from workbench.extraction.vocabulary import CARDINALS, LEX, VERB_WORDS, may_end_rate_phrase
from workbench.numbers import NUMBER_WORDS, NUMERAL, alternation
from workbench.patterns import CASE_INSENSITIVE_EXTRAS, Behind, WordBefore, caseless_literal_first, may_end_with_word, reversed_words, word_endings

PIECES = ["two", "Two", "TWO", "tWo", "ſeven", "ſix", "a", "A", "an", "hundred", "third", "thirds", "a\n\nthird",
          "an\u00a0eighth", "half", "Half", "doubled", "Doubled", "tenfold", "dozen", "5", "42", "3.5", "٣", "x",
          "s", "seven", "one", "once", "often", "", " ", "  ", "\n", "\n\n", "(", ")", "\"", "“", "$", "€", ",", ".",
          "-", "–", "—", "\u00a0", "/", "_", "'", "’", "é", "K", "İ", "ı", "twenty-five", "1990s", "10:30", "½", "¾", "-5"]


def reference_candidates(text: str, pos: int) -> list[int]:
    return [m.start() for m in cores.CANDIDATE.finditer(text, pos)]


@pytest.mark.parametrize("seed", range(30))
def test_candidate_scan_finds_what_the_reference_pattern_finds(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(1, 300)))
    for body_start in (0, 1, rng.randint(0, len(text))):
        for on_re2 in (False, True):
            assert cores.candidates(text, body_start, on_re2) == reference_candidates(text, body_start), (text, body_start)


# Characters the RE2 scan's one-byte copy of the text maps specially (its placeholders, white
# space only ``re`` counts as such, letters of other scripts, the apostrophe and dash it tells apart).
SCAN_BYTE_PIECES = ["\x01", "\x02", "\x03", "\x0b", "\x1c", "\x1f", "\x85", "\u2009", "\u00a0", "\u3000", "’", "'",
                    "ſix", "\u212aM", "İ", "ı", "é", "ж", "٣", "€", "₹", "¾", "½3", "–5", "a\u2009million", "an\x0bhalf",
                    "Ⅻ", "²", "ten’s", "nine_", "billion–"]


@pytest.mark.parametrize("seed", range(30))
def test_candidate_scan_reads_every_kind_of_character_as_the_reference_pattern(seed: int) -> None:
    rng = random.Random(seed)
    pieces = PIECES + SCAN_BYTE_PIECES
    text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n", "\u2009", "\x0b", "-"]) for _ in range(rng.randint(1, 200)))
    for body_start in (0, 1, rng.randint(0, len(text))):
        for on_re2 in (False, True):
            assert cores.candidates(text, body_start, on_re2) == reference_candidates(text, body_start), (text, body_start)


# Signs, digits, glyphs and words packed together: the RE2 scan finds the words and a byte-class search the
# digits, signs and glyphs, so each must see the same lead characters the one pattern sees.
DENSE_PIECES = ["-", "--", "5", "٣", "½", "¾", "–", ".", ",", "/", "_", "a", "x", "é", " ", "\n", "(", "$", "’",
                "'", "\x01", "\x04", "five", "a third", "half", "-five", "5-", "½-5"]


@pytest.mark.parametrize("seed", range(40))
def test_candidate_scan_of_packed_signs_digits_and_words_finds_what_the_reference_pattern_finds(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(DENSE_PIECES) for _ in range(rng.randint(1, 120)))
    if seed == 0:
        text = "down -½ point, -5 and –5, ½ or ¾-3, a-4 (-7) ٣ -٣ 8"  # a sign before a glyph is no candidate
    for body_start in (0, 1, rng.randint(0, len(text))):
        for on_re2 in (False, True):
            assert cores.candidates(text, body_start, on_re2) == reference_candidates(text, body_start), (text, body_start)


@pytest.mark.parametrize("seed", range(20))
def test_texts_scanned_together_have_the_candidates_each_has_alone(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # A stream of texts whose ends and starts would join into cores ("a" + "third", "-" + "5", "two" + "½"),
    # some short enough for ``re``, some opening or closing with a core: each text's candidates are its own.
    monkeypatch.setattr(scanbytes, "_scanned_chars", scanbytes.RE2_FROM)  # a stream that has paid for RE2
    rng = random.Random(seed)
    pieces = PIECES + SCAN_BYTE_PIECES + DENSE_PIECES + ["\x00"]
    filler = " and the statement was read out at the end of the long meeting by the chair" * 3  # long enough for RE2

    def random_text() -> str:
        return "".join(rng.choice(pieces) + rng.choice(["", " ", "\n", "-"]) for _ in range(rng.randint(0, 30)))
    texts = [random_text() + (filler if rng.random() < 0.8 else "") + random_text() for _ in range(rng.randint(1, 12))]
    if seed == 0:
        texts = [f"{filler} to lose a", f"third{filler} fell -", f"5{filler} two", f"½{filler} twenty", "",
                 f"five{filler}", f"-7{filler} a dozen", "a", f"{filler}-", "½"]
    assert cores.candidates_of_texts(texts) == [reference_candidates(text, 0) for text in texts], texts


def test_a_joined_copy_is_the_copy_of_the_joined_texts() -> None:
    # ASCII texts are copied a run at a time, the others alone: the same bytes, each text where the join puts it.
    texts = ["", "Prices rose 5%", "Цены выросли на 5%", "a", "", "€3 bn", "½ of it", "plain", "end"]
    for copy in (scanbytes.scan_bytes, lambda text: text.encode("utf-8")):
        data, starts = scanbytes.joined_copy(texts, "\x00", copy)
        assert data == copy("\x00".join(texts))
        assert [data[start:start + len(copy(text))] for start, text in zip(starts, texts)] == [copy(t) for t in texts]


@pytest.mark.parametrize("seed", range(5))
def test_a_place_name_is_written_in_a_text_of_a_batch_where_a_gazetteer_name_stands(seed: int) -> None:
    gazetteer = Gazetteer.default()
    names = sorted(gazetteer.forms)
    rng = random.Random(seed)
    pieces = [" ", "-", ".", "a", "é", "ж", "\n", "The ", "x", "5", "\x00", "Ne", "w", "St", "ate of"]
    texts = ["".join(rng.choice(names if rng.random() < 0.05 else pieces) for _ in range(rng.randint(0, 30)))
             for _ in range(40)]
    written = entities.names_written_in(gazetteer, texts)
    assert written == [any(name in text for name in names) for text in texts]
    for text, named in zip(texts, written):
        if not named:  # where the batch saw no name, the text has no mention to look for
            assert entities.find_mentions(gazetteer, text, on_re2=True) == gazetteer.find(text) == []


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that has scanned nothing yet, restored after the test: which engine a later test's
    scan runs on never depends on the tests before it."""
    monkeypatch.setattr(scanbytes, "_scanned_chars", 0)


def test_long_texts_are_scanned_on_re2_short_ones_on_re(fresh_process: None) -> None:
    text = "Two hundred schools and 3.5 million people. " * (scanbytes.RE2_FROM // 40)
    assert len(text) >= scanbytes.RE2_FROM
    assert scanbytes.worth_re2(len(text))  # a long text goes to RE2 at once
    assert scanbytes._scanned_chars >= scanbytes.RE2_FROM
    assert cores.candidates(text, 0) == cores.candidates(text, 0, on_re2=False) == reference_candidates(text, 0)
    assert cores._re2_scan.cache_info().currsize == 1  # the long text loaded it


def test_a_stream_of_paragraphs_moves_to_re2_once_it_has_paid_for_loading_it(fresh_process: None) -> None:
    paragraph = ("Freight traffic through the port rose by 4.5% to 1.2 million tonnes in March, while a third "
                 "of the 340 new berths planned for the northern harbour remain unbuilt, the operator said. "
                 "Officials expect the remaining two thirds to open by the end of next year. ")
    assert scanbytes.RE2_SHORTEST_TEXT <= len(paragraph) < scanbytes.RE2_FROM
    assert not scanbytes.worth_re2(len(paragraph))  # a fresh process scans its first paragraph on ``re``
    for _ in range(scanbytes.RE2_FROM // len(paragraph) + 1):
        assert cores.candidates(paragraph, 0) == reference_candidates(paragraph, 0)
    assert scanbytes.worth_re2(len(paragraph))  # the process has scanned enough text in all
    assert not scanbytes.worth_re2(scanbytes.RE2_SHORTEST_TEXT - 1)  # a line costs less on ``re``
    assert cores.candidates(paragraph, 0) == reference_candidates(paragraph, 0)


def test_a_stream_of_paragraphs_spots_place_names_on_re2_once_the_candidate_scan_does(fresh_process: None) -> None:
    # A newsroom's stream of paragraphs: once RE2 has paid for itself, the place-name scan of each paragraph
    # runs on it as the candidate scan does, with the same mentions; a line stays on ``re``.
    gazetteer = Gazetteer.default()
    paragraph = ("Ministers from Kazakhstan and Uzbekistan met in Tashkent on Monday, and officials in Almaty said "
                 "a second round with Russia would follow before the summer, once the new border crossings in the south "
                 "have opened to freight. ")
    assert not scanbytes.re2_pays(len(paragraph))
    assert scanbytes._scanned_chars == 0  # asking does not count the text
    scanbytes._scanned_chars = scanbytes.RE2_FROM
    assert scanbytes.re2_pays(len(paragraph)) and not scanbytes.re2_pays(scanbytes.RE2_SHORTEST_TEXT - 1)
    found = entities.find_mentions(gazetteer, paragraph)
    assert found == gazetteer.find(paragraph) == entities.find_mentions(gazetteer, paragraph, on_re2=True)
    assert {entity.name for _, _, entity in found} >= {"Kazakhstan", "Uzbekistan"}


@pytest.mark.parametrize("seed", range(10))
def test_gazetteer_names_spotted_on_re2_are_the_gazetteers_mentions(seed: int) -> None:
    gazetteer = Gazetteer.default()
    names = sorted(gazetteer.forms)
    rng = random.Random(seed)
    pieces = [" ", "-", ".", "a", "é", "ж", "\n", "The ", "the ", "St.", "x", "’s", "Ö", "İ", "5"]
    for _ in range(100):
        text = "".join(rng.choice(names if rng.random() < 0.4 else pieces) for _ in range(rng.randint(0, 40)))
        assert entities.find_mentions(gazetteer, text, on_re2=True) == gazetteer.find(text), text


@pytest.mark.parametrize("seed", range(5))
def test_age_cue_read_backwards_is_the_plain_search_of_the_window(seed: int) -> None:
    plain = re.compile(rf"(?<![\w-])(?:{alternation(nonclaims._WORDS['age_cues_before'])})"
                       rf"\s*(?:\d{{1,3}}\s*(?:and|to|-|–)\s*)?\Z", re.I)
    cues = nonclaims._WORDS["age_cues_before"]
    pieces = [" ", "  ", "\n", "-", "–", "x", "5", "65", "1234", "٣", "and", "AND", "to", "ſ", "İ", "aGe", "s"]
    rng = random.Random(seed)
    for _ in range(400):
        words = [rng.choice(cues).upper() if rng.random() < 0.2 else rng.choice(cues) if rng.random() < 0.4
                 else rng.choice(pieces) for _ in range(rng.randint(0, 14))]
        text = "".join(w + rng.choice(["", " ", " "]) for w in words)
        reversed_text = text[::-1]
        for end in range(len(text) + 1):
            window = text[max(0, end - nonclaims.AGE_WINDOW):end]
            assert nonclaims._AGE_BEFORE.found(reversed_text, end, nonclaims.AGE_WINDOW) \
                == bool(plain.search(window)), (text, end)


def _every_pattern_scanned(gazetteer: Gazetteer, text: str) -> list:
    return gazetteer.longest_mentions(m for p in gazetteer._patterns for m in p.finditer(text))


@pytest.mark.parametrize("extra", [{}, {"the Upper Valley": ["the Valley Commons"]},
                                   {f"the {n}th District": [f"the Old {n}th"] for n in range(20)}])
def test_lower_case_first_names_found_as_by_scanning_every_pattern(extra: dict[str, list[str]]) -> None:
    # The default gazetteer's "the State of Palestine", a few names added, and more than are looked for one by one.
    gazetteer = Gazetteer.default().extended(extra)
    names = sorted(gazetteer.forms)
    lower_first = [n for n in names if n[0].islower()]
    rng = random.Random(len(extra))
    pieces = [" ", ".", "the ", "The ", "State of ", "th", "x", "5", "\n"]
    for _ in range(300):
        words = names if rng.random() < 0.3 else lower_first if rng.random() < 0.3 else pieces
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        assert gazetteer.find(text) == _every_pattern_scanned(gazetteer, text), text
    assert gazetteer.find("Talks with the State of Palestine and Chile.")[0][2].name == "Palestine"


def test_candidate_at_the_very_start_of_the_text() -> None:
    assert [c.value for c in extract_text("A third of 40 schools")] == [33.33, 40.0]
    assert [c.text for c in extract_text("Two hundred schools")] == ["Two hundred"]


def test_case_insensitive_extras_are_all_there_are() -> None:
    ascii_letter = re.compile("(?i:[a-z])")
    found = "".join(chr(code) for code in range(128, 0x110000) if ascii_letter.fullmatch(chr(code)))
    assert found == CASE_INSENSITIVE_EXTRAS


def test_caseless_literal_first_matches_like_ignorecase() -> None:
    fast = re.compile(caseless_literal_first({"s": "even|ix", "t": "wo"}))
    plain = re.compile("(?i:seven|six|two)")
    for word in ["seven", "SEVEN", "Six", "ſix", "ſeveN", "two", "tWO", "Two", "seve", "wo", "x"]:
        assert bool(fast.fullmatch(word)) == bool(plain.fullmatch(word)), word


@pytest.mark.parametrize("seed", range(10))
def test_sentence_breaks_as_the_plain_pattern_finds_them(seed: int) -> None:
    closers, openers = "[\"”’')\\]»›」』）】》〉]", "[\"“‘(\\[«‹„‚¿¡「『（【《]"
    plain = re.compile(rf"[.!?…]{closers}*\s+(?=(?:{openers}\s?)?[^\W_a-z])|(?<=[\w%])(?<![A-Z_])[.!?](?=[^\W\d_a-z][^\W\d_A-Z])"
                       rf"|[。｡！？।॥։።။۔؟]{closers}*\s*(?=\S)|:\s+(?=[Ա-Ֆ])|\n[ \t\r]*\n\s*")
    rng = random.Random(seed)
    pieces = ["Word", "word", ".", "!", "?", "\"", "”", ")", "]", " ", "\n", "\n\n", " \n \n", "\t", "\r", "5",
              "(", "“", "[", "Mr.", "e.g.", "%", "WORD", "_", "…", "Αυτό", "αυτό", "ИНФ", "ინფლაცია", "。", "।", "։",
              "«", "»", "¿", "」", "．", "２", ":", "Այս", "այս"]
    text = "".join(rng.choice(pieces) for _ in range(500))
    assert [m.span() for m in sentences.SENTENCE_BREAK.finditer(text)] == [m.span() for m in plain.finditer(text)]
    draft = parse_draft(text.encode("utf-8"), "breaks.md")
    # nothing here is front matter: the extractor sees this very text, a lone CR read as the LF it ends a line as
    assert draft.text == re.sub(r"\r(?!\n)", "\n", text)


@pytest.mark.parametrize("seed", range(10))
def test_period_first_word_gate_changes_no_match(seed: int) -> None:
    plain = re.compile(periods.PERIOD.pattern.replace(periods.PERIOD_FIRST_WORD, "", 1))
    assert plain.pattern != periods.PERIOD.pattern
    rng = random.Random(seed)
    pieces = ["In", "in", "since", "2019", "2020", "–", "-", "to", "March", "May", "Dec.", "the", "first", "ten",
              "10", "months", "of", "this", "current", "year", "last", "so", "far", "Q3", "H1", "second", "half",
              "quarter", "a", "earlier", "and", "2019-20", "1990s", "$2020", "THE", "Ten", "ſecond", ",", "."]
    text = " ".join(rng.choice(pieces) for _ in range(400))
    for low in range(0, len(text), 37):
        high = min(len(text), low + 55)
        assert [(m.span(), m.lastgroup) for m in periods.PERIOD.finditer(text, low, high)] == \
            [(m.span(), m.lastgroup) for m in plain.finditer(text, low, high)]


def _flat_alternation(forms: list) -> str:
    """The plain form of units.surface_alternation: every form in order, one branch each."""
    parts = []
    for form in forms:
        escaped = re.escape(form.surface).replace(r"\ ", r"\s+")
        if any(c.islower() for c in form.surface) and not form.as_written:
            escaped = f"(?i:{escaped})"
        parts.append(escaped + (r"(?!\w)" if units._is_word(form.surface) else ""))
    return "|".join(parts)


@pytest.mark.parametrize("forms", [units.unit_suffixes(), units.currency_prefixes()], ids=["suffixes", "prefixes"])
def test_grouped_unit_alternation_picks_the_form_the_flat_one_picks(forms: list) -> None:
    grouped = re.compile(units.surface_alternation(forms))
    flat = re.compile(_flat_alternation(forms))
    rng = random.Random(5)
    samples = []
    for form in forms:
        for variant in (form.surface, form.surface.upper(), form.surface.lower(), form.surface.title()):
            samples += [variant, variant + "s", variant + " of oil", variant + "x", variant[:-1], "ſ" + variant[1:]]
    samples += ["".join(rng.choice("$€£%kmtbKMTBs ./²³") for _ in range(4)) for _ in range(300)]
    for text in samples:
        a, b = grouped.match(text), flat.match(text)
        assert (a and a.group()) == (b and b.group()), text


@pytest.mark.parametrize("seed", range(5))
def test_quantity_in_finds_what_its_plain_form_finds(seed: int) -> None:
    plain = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d")
    rng = random.Random(seed)
    pieces = ["1", "19", "1999", "2020", "2019x", "18", "205", "٢٠٢٠", "x", " ", ",", ".", "-", "3.5", "a1", "20"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert [m.span() for m in subjects.QUANTITY_IN.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], text


def test_share_verb_ending_read_backwards_finds_the_forward_cue() -> None:
    cues = subjects.SHARE_VERB_CUES
    plain = re.compile(rf"(?<![\w])(?:{alternation(cues)})\s*\Z", re.IGNORECASE)
    rng = random.Random(3)
    pieces = [*cues, *(c.upper() for c in cues), "Russians", "the", " ", "  ", "\n", "x", ",", "up"]
    for _ in range(500):
        left = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 5)))
        forward = plain.search(left)
        assert (forward.start() if forward else None) == subjects.SHARE_VERB_ENDING.start_at_end(left), left


def test_is_year_is_the_year_pattern() -> None:
    plain = re.compile(r"(?:1[0-9]|20|21)\d{2}")
    rng = random.Random(4)
    for _ in range(3000):
        surface = "".join(rng.choice("0123456789 ٢١x") for _ in range(rng.randint(0, 6)))
        assert is_year(surface) == bool(plain.fullmatch(surface.strip())), surface


def _plain_after_abbreviation(text: str, pos: int) -> bool:
    """The abbreviation test as first written: the word before the full stop, looked up."""
    word = text[max(0, pos - 12):pos].rsplit(None, 1)[-1:] or [""]
    token = word[0].rstrip(".").lower().lstrip("(\"“")
    return token in sentences.ABBREVIATIONS or (len(token) == 1 and token.isalpha())


@pytest.mark.parametrize("seed", range(5))
def test_abbreviation_shortcuts_decide_as_the_plain_test(seed: int) -> None:
    rng = random.Random(seed)
    pieces = ["Mr", "mrs", "U.S", "e.g", "approx", "Sept", "x", "A", "İ", "\u212a", "level", "crossings", "(", "“",
              "\"", " ", "\n", ".", "..", "no", "ex", "St", "ca", "first"]
    text = "".join(rng.choice(pieces) for _ in range(2000))
    split = sentences.Sentences(text, text, 0, lambda start, end: [])
    for pos in [i + 1 for i, char in enumerate(text) if char == "."]:
        assert split.after_abbreviation(pos) == _plain_after_abbreviation(text, pos), (text[max(0, pos - 12):pos])


# The core in one pattern, as first written: every branch, in the order the split keeps.
WHOLE_CORE = re.compile(
    r"(?<![\w.,/\-–])(?:"
    rf"(?P<skip>{'|'.join(cores.SKIP_DIGIT_FORMS)}|{cores.SKIP_WORDS})"
    rf"|(?P<frac>(?P<fnum>(?i:a|an|{CARDINALS}))[\s-]+(?P<fden>(?i:{cores.DENOMS}))(?![\w-]){cores.NOT_OF_A_SCALE})"
    rf"|(?P<ratio>(?P<rtop>[1-9]\d{{0,2}}|(?i:{CARDINALS})){cores.RATIO_REST})"
    rf"|(?P<fold>(?:(?P<foldnum>{NUMERAL}|(?i:{CARDINALS}))[\s-]?(?i:fold)"
    rf"|(?i:{cores.FOLD_WORDS}))(?![\w-]))"
    rf"|(?P<mverb>(?i:{cores.MULTIPLE_VERBS})(?![\w-]))"
    rf"|(?P<half>{cores.HALF})"
    r"|(?P<slash>(?P<snum>\d{1,3})/(?P<sden>\d{1,3})(?![\d/]|[.,]\d))"
    rf"|(?P<num>{NUMERAL})"
    rf"|(?P<words>(?i:{NUMBER_WORDS}){cores.NUMBER_WORDS_END})"
    r")"
)


WHOLE_CORE_AFTER_SIGN = re.compile(WHOLE_CORE.pattern.replace(r"(?<![\w.,/\-–])", "", 1))


@pytest.mark.parametrize("seed", range(10))
def test_core_split_by_first_character_reads_as_the_whole_core(seed: int) -> None:
    rng = random.Random(seed)
    pieces = [*PIECES, "1 in 5", "one in five", "two thirds", "a third of", "3-fold", "threefold", "doubled",
              "half of", "19th", "twenty-first", "10:30", "5 pm", "2023-11-10", "1990s", "1,234.5", "٣", "seventy",
              "1/3 of", "24/7", "+7 (727) 123-45-67", "3-1", "10.30 a.m.", "5pm", "2023-11-10", "11/10/23", "90's",
              "21st", "12:45:30", "1,5", "7 (", "19 th"]
    text = " ".join(rng.choice(pieces) for _ in range(300))
    for pos in [m.end() for m in re.finditer(r"\s(?=\S)", text)]:  # where candidates start
        if text[pos] in cores.GLYPHS:
            continue  # a glyph has its own one-branch pattern; nothing to split
        # After a minus sign the core is read from the digit on, the sign left to the reader.
        whole = WHOLE_CORE_AFTER_SIGN.match(text, pos + 1) if text[pos] == "-" else WHOLE_CORE.match(text, pos)
        split = cores.core_at(text, pos)
        assert _reading(whole) == _reading(split), text[pos:pos + 20]


def _reading(match: re.Match[str] | None) -> tuple | None:
    return match and (match.span(), match.lastgroup, {k: v for k, v in match.groupdict().items() if v})


def test_a_period_match_names_its_branch_last() -> None:
    # PeriodReader.value dispatches on lastgroup: the branch group must be the last one to close.
    branches = ["mspan", "nmonths", "part", "qcode", "monthyear", "yspan", "year", "rel", "month"]
    others = ["mdate", "dmdate", "trailing", "past", "ytd", "fiscal", "yearto", "yearmonth"]  # branches these pieces rarely form
    rng = random.Random(8)
    pieces = ["In", "in", "since", "2019", "2020", "–", "-", "to", "March", "May", "Dec.", "the", "first", "ten",
              "10", "months", "of", "this", "current", "year", "last", "so", "far", "Q3", "H1", "second", "half",
              "quarter", "a", "earlier", "and", "2019-20", "through", "September", ",", "January–August 2023",
              "the first nine months of 2023", "ten months of the current year"]
    seen = set()
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(8))
        for m in periods.PERIOD.finditer(text):
            [branch] = [name for name in branches + others if m.group(name)]
            assert m.lastgroup == branch, text
            seen.add(branch)
    assert seen >= set(branches)
    for text, branch in (("on May 9, 2021", "mdate"), ("on 9 May 2021", "dmdate")):
        [m] = list(periods.PERIOD.finditer(text))
        assert m.lastgroup == branch and m.group(branch), text


def test_look_behind_patterns_built_from_forward_words_find_the_forward_match() -> None:
    # "No. 5", "#5", "number 5": the reversed pattern, built from the lexicon's forward words,
    # ends where its plain forward form ends, searched at the end of the text.
    signs = quantities.LEX["number_signs"]
    plain = re.compile(rf"(?:#|(?<![\w])(?:{'|'.join(re.escape(s) for s in signs)}))\s*\Z")
    rng = random.Random(6)
    pieces = [*signs, "#", "x", " ", "  ", "\n", ".", "Nos", "numbers", "aNo", "é"]
    for _ in range(1000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        assert bool(plain.search(text)) == quantities._NUMBER_SIGN_BEFORE.found(text[::-1], len(text), len(text)), text


@pytest.mark.parametrize("seed", range(20))
def test_comparison_word_scan_finds_what_the_plain_pattern_finds(seed: int) -> None:
    rng = random.Random(seed)
    words = [w for phrase in LEX["comparison_words"] for w in phrase.split()]
    pieces = PIECES + words + [w.upper() for w in words] + [w.capitalize() for w in words]
    plain = re.compile(periods._BASELINE_IN_GAP_PLAIN, re.IGNORECASE)
    for _ in range(50):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\n", "  "]) for _ in range(rng.randint(1, 60)))
        for start in (0, rng.randint(0, len(text))):
            assert [m.span() for m in periods._BASELINE_IN_GAP.finditer(text, start)] == \
                [m.span() for m in plain.finditer(text, start)], (text, start)


@pytest.mark.parametrize("seed", range(5))
def test_respectively_scan_finds_what_the_plain_pattern_finds(seed: int) -> None:
    rng = random.Random(seed)
    pieces = PIECES + ["respectively", "Respectively", "RESPECTIVELY", "reſpectively", "respective", "irrespectively",
                       "xrespectively", "respectivelyx", "_respectively", "éRespectively", "-respectively"]
    plain = re.compile(r"(?<![\w])(?:respectively)(?![\w])", re.IGNORECASE)
    for _ in range(200):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n", ","]) for _ in range(rng.randint(1, 20)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert [m.span() for m in periods._RESPECTIVELY.finditer(text, start, end)] == \
            [m.span() for m in plain.finditer(text, start, end)], (text, start, end)


def test_a_word_list_renders_as_a_trie_with_runs_of_single_letters_spelt_out() -> None:
    from workbench.patterns import scannable_trie, trie_regex

    words = ["Kazakh", "Kazakhstan", "Kyiv", "New York", "New Zealand"]
    assert trie_regex(words, flexible_space=True) == r"(?:K(?:azakh(?:stan)?|yiv)|New\s+(?:York|Zealand))"
    assert scannable_trie(words[:4], guard="(?<!x)") == r"K(?<!x)(?:azakh(?:stan)?|yiv)|N(?<!x)ew\ York"
    pattern = re.compile(trie_regex(words, flexible_space=True))
    assert [m.group() for m in pattern.finditer("Kazakhstan, Kazakh, Kyiv, New  York")] == \
        ["Kazakhstan", "Kazakh", "Kyiv", "New  York"]


@pytest.mark.parametrize("seed", range(10))
def test_currency_prefix_shortcut_turns_away_no_prefix(seed: int) -> None:
    """``has_prefix_end`` may skip ``_PREFIX_BEFORE`` only where the pattern finds nothing."""
    rng = random.Random(seed)
    prefixes = [f.surface for f in units.currency_prefixes()]
    pieces = [*PIECES, *rng.sample(prefixes, 40), "US $", "R$", "Rs.", "\u00a0", "  "]
    text = "".join(rng.choice(pieces) + rng.choice(["", "", " ", "\u00a0"]) for _ in range(rng.randint(1, 300)))
    reversed_text = text[::-1]
    for start in range(len(text) + 1):
        if not quantities.has_prefix_end(text, start):
            assert quantities._PREFIX_BEFORE.before(reversed_text, start, 8) is None, (text[:start][-10:], start)


@pytest.mark.parametrize("seed", range(3))
def test_unit_opening_lookup_turns_away_no_unit_the_pattern_finds(seed: int) -> None:
    unit_after = quantities._UNIT_AFTER
    rng = random.Random(seed)
    leads = ["", " ", "  ", "   ", "     ", "\r\n", "-", "\t", "\n", "\n\n", "\u00a0", "\u2009", "x"]
    samples = []
    for surface in quantities._UNIT_FORMS:
        for variant in (surface, surface.upper(), surface.lower(), surface.title(), "ſ" + surface[1:], surface[:1]):
            samples.append(rng.choice(leads) + variant + rng.choice(["", " of", "s", ".", "5"]))
        # a word that opens as the form does and then parts from it ('census' after 'cent'), within the opening
        # the look-up compares, and the form's non-ASCII letters written as the ASCII ones they fold to ('dolari')
        cut = rng.randint(1, len(surface))
        samples.append(rng.choice(leads) + surface[:cut] + rng.choice(["sus", "x", "e", "ools", " t", "-", ""]))
        samples.append(rng.choice(leads) + surface.replace("ı", "i").replace("İ", "I") + rng.choice(["", "s", " of"]))
    samples += ["".join(rng.choice(PIECES + ["%", "bn", "km", "USD", "usd", "Kg", "K", "\u212a"]) + rng.choice(leads)
                        for _ in range(rng.randint(1, 12))) for _ in range(400)]
    for text in samples:
        for pos in range(min(len(text), 6)):
            # the same form read, where the lookup hands the text to the pattern of the forms that may start there
            a, b = unit_after.match(text, pos), unit_after.regex.match(text, pos)
            assert (a and (a.span(), a.group("unit"))) == (b and (b.span(), b.group("unit"))), (text, pos)



@pytest.mark.parametrize("seed", range(3))
def test_scale_first_letter_test_turns_away_no_scale_the_pattern_finds(seed: int) -> None:
    scale_after = quantities._SCALE_AFTER
    # (with a word list the first-letter test cannot cover, it is off and both sides are the pattern)
    rng = random.Random(seed)
    leads = ["", " ", "  ", "-", "\t", "\n", "\n\n", "\u00a0", "\u2009", "\u2003", "x"]
    words = [*LEX["scale_words_after_number"], *LEX["scale_abbreviations_after_number"], *quantities._NUMERAL_SCALES,
             *quantities._SCALE_LETTERS]
    samples = []
    for word in words:
        for variant in (word, word.upper(), word.lower(), word.title(), "ſ" + word[1:], "\u212a" + word[1:]):
            samples.append(rng.choice(leads) + variant + rng.choice(["", " of", "s", ".", "5", "-dollar", "-5"]))
    samples += ["".join(rng.choice(PIECES + ["bn", "m", "M", "k", "T", "tn", "lakh", "K", "\u212a", "млн", "Млрд", "ß"])
                        + rng.choice(leads) for _ in range(rng.randint(1, 12))) for _ in range(400)]
    for text in samples:
        for pos in range(min(len(text), 6) + 1):
            a, b = scale_after.match(text, pos), scale_after.regex.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


def test_scale_words_in_other_alphabets_keep_the_first_letter_test_on() -> None:
    # Cyrillic scale words ('млн', 'милиона') open with letters no ASCII one folds to: ASCII text cannot start
    # them, so they leave the test on, and a figure followed by an ASCII word no scale opens with skips the pattern
    scale_after = quantities._ScaleAfter(["million", "милиона"], ["bn", "млн"], ["hundred"])
    assert scale_after._firsts is not None and not any(c in scale_after._firsts for c in "sSpPwW")
    text = "5 schools, 7 млн, 8 милиона, 9 bn, 3 Million"
    spans = [m and m.span() for m in (scale_after.match(text, i) for i in range(len(text)))]
    assert spans == [m and m.span() for m in (scale_after.regex.match(text, i) for i in range(len(text)))]
    after_figures = [spans[i + 1] for i, c in enumerate(text) if c.isdigit()]
    assert [text[s:e] if s is not None else None for s, e in (span or (None, None) for span in after_figures)] \
        == [None, " млн", " милиона", " bn", " Million"]
    assert quantities._SCALE_AFTER._firsts is not None  # the shipped vocabulary keeps it on
    # a first letter that folds to ASCII ones (the Kelvin sign to 'k', 'K') opens at those
    assert {"k", "K"} <= quantities._ScaleAfter(["\u212aelvinfold"], [], [])._firsts  # type: ignore[operator]


@pytest.mark.parametrize("seed", range(3))
def test_rate_phrase_last_letter_test_turns_away_no_rate_the_pattern_finds(seed: int) -> None:
    from workbench.extraction import kinds

    rng = random.Random(seed)
    verbs = rng.sample(sorted(kinds.DIRECTION_OF), 20) + ["growth", "Rose", "ROSE"]
    tails = ["", " ", "  ", "\n", "\u00a0", "\u2003", "ſ", "\u212a", ".", "5"]
    texts = []
    for phrase in kinds.RATE_OF_PHRASES:
        for variant in (phrase, phrase.upper(), phrase.title(), phrase[:-1], phrase.replace(" ", "  ")):
            texts.append(f"{rng.choice(PIECES)} {rng.choice(verbs)} {variant}{rng.choice(tails)}")
    texts += ["".join(rng.choice(PIECES + verbs + ["at a rate of", "of", "OF", "oF "]) + " "
                      for _ in range(rng.randint(1, 12))) for _ in range(300)]
    for text in texts:
        classifier = kinds.Classifier(text, text[::-1], sentences.Sentences(text, text, 0, lambda start, end: []))
        for pos in {len(text), len(text) - 1, max(0, len(text) - 3)}:
            plain = kinds._RATE_OF_BEFORE.search(text, max(0, pos - 80), pos)
            word = " ".join(plain.group("v").lower().split()) if plain else ""
            expected = (kinds.DIRECTION_OF.get(word) or kinds.NOUN_DIRECTION.get(word)) if plain else None
            assert classifier._rate_of_after_change_verb(pos) == expected, (text, pos)
            # the subject reader cuts the same phrases off the words before a figure, behind the same test
            if subjects._RATE_PHRASE_END.search(text[:pos]):
                assert may_end_rate_phrase(text[:pos]), (text, pos)


@pytest.mark.parametrize("seed", range(5))
def test_range_link_and_between_tests_turn_away_nothing_their_patterns_find(seed: int) -> None:
    rng = random.Random(seed)
    pieces = [*PIECES, "to", "To", "TO", "tO", "between", "Between", "BETWEEN", "betweenness", "5", "-", "–", "—",
              "\u2003", "\t", "\r", "\n", "\u00a0", "\u212a", "\u0130"]
    reversed_between = quantities._BETWEEN_BEFORE
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice(["", "", " ", "  "]) for _ in range(rng.randint(1, 14)))
        reversed_text = text[::-1]
        for pos in range(len(text) + 1):
            if not quantities.range_link_may_follow(text, pos):
                assert quantities._RANGE_AFTER.match(text, pos) is None, (text, pos)
            if not quantities.between_may_end_at(text, pos):
                assert reversed_between.before(reversed_text, pos, 12) is None, (text, pos)


@pytest.mark.parametrize("seed", range(3))
def test_entities_find_the_paragraph_structure_finds(seed: int) -> None:
    rng = random.Random(seed)
    gazetteer = Gazetteer.default()
    for _ in range(100):
        text = "".join(rng.choice(["word", " ", "\n", "\n\n", " \n \n", "\r\n\r\n", "\t", "."]) for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, len(text))
        reader = entities.EntityReader(text, start, gazetteer)
        breaks = structure.paragraph_breaks(text, start)
        for offset in range(start, len(text) + 1):
            span = structure.paragraph_around(breaks, offset, start, len(text))
            assert reader._paragraph_around(offset) == (span.start, span.end), (text, start, offset)


@pytest.mark.parametrize("seed", range(3))
def test_four_digits_vouched_for_are_the_cores_reading(seed: int) -> None:
    """Where ``four_digits_or_nothing`` says so, the core pattern finds nothing or those four digits as a numeral."""
    rng = random.Random(seed)
    pieces = [*PIECES, "2015", "1999", "2021", "20150", "fold", "Fold", " fold", "-fold", "am", " am", " pm", " p.m.",
              " (", "(", ")", "'s", "s", "th", "/", ":", ".", ".5", ",000", " 000", "\u00a0000", "\u2009", "\u00a0",
              "٣", "a", "p", " a", "%", "½"]
    vouched = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        for pos in range(len(text)):
            if cores.four_digits_or_nothing(text, pos):
                vouched += 1
                m = cores.core_at(text, pos)
                assert m is None or (m.lastgroup, m.span()) == ("num", (pos, pos + 4)), (text, pos)
    assert vouched > 50

LINE_PIECES = ["#", "##", "#######", " ", "  ", "   ", "    ", "\t", "\n", "\r\n", "\n\n", "-", "*", "+", ">", "1.", "12)",
               "123456789.", "1234567890.", "٣.", "a", "Heading", "x y", "\u00a0", "\r"]


@pytest.mark.parametrize("seed", range(20))
def test_line_start_scans_find_what_their_caret_forms_find(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(50):
        text = "".join(rng.choice(LINE_PIECES) for _ in range(rng.randint(0, 60)))
        for start in {0, 1, rng.randint(0, len(text) + 1), len(text)}:
            plain_headings = [structure.Heading(m.start(), m.end(), len(m.group(1)), m.start(2), m.group(2).strip())
                              for m in structure._HEADING_LINE.finditer(text, start)]
            assert structure.heading_lines(text, start) == plain_headings, (text, start)
            plain_blocks = [m.start() for m in sentences._LIST_OR_HEADING.finditer(text, start)]
            assert sentences.block_starts(text, start) == plain_blocks, (text, start)


def test_claims_built_without_validation_are_the_validated_claims() -> None:
    from workbench.models import Claim

    text = ("In 2022, exports from Kazakhstan to Russia rose by 10% to $28.2 billion, while imports fell "
            "between -0.4% and 3 per cent. About 1,500 companies, a third of them new, hired 12 people each "
            "in the first half of 2023; the 12 months ended October 2022 saw 4.7% and 7.7% inflation. "
            "Russians make up 19% of the city's residents, some ninety-three thousand people.")
    claims = extract_text(text)
    assert len(claims) >= 8
    for claim in claims:
        validated = Claim.model_validate(claim.model_dump())
        assert validated == claim
        assert {k: type(v) for k, v in claim.__dict__.items()} == {k: type(v) for k, v in validated.__dict__.items()}
        assert claim.__pydantic_fields_set__ == validated.__pydantic_fields_set__
        assert claim.model_dump_json() == validated.model_dump_json()
    assert claims[0].entities is not claims[1].entities  # each claim has a list of its own


@pytest.mark.parametrize("seed", range(5))
def test_percent_label_test_turns_away_no_label_the_pattern_finds(seed: int) -> None:
    rng = random.Random(seed)
    labels = [*headers._WORDS["header_percent"], *headers._WORDS["percent_labels"]]
    pieces = [*PIECES, *labels, *(w.upper() for w in labels), "of", "OF", ":", "::", " ", "\t", "5", "%",
              "\u017f", "\u212a", "\u00a0"]
    found = 0
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice(["", "", " ", "  ", ": "]) for _ in range(rng.randint(1, 10)))
        for end in range(len(text) + 1):
            label = headers._PERCENT_LABEL.search(text, max(0, end - headers._LABEL_REACH), end)
            found += label is not None
            if not headers.label_may_end_at(text, end):
                assert label is None, (text, end)
    assert found  # the pieces make labels, so the test can fail


@pytest.mark.parametrize("seed", range(5))
def test_label_before_a_figure_is_what_its_patterns_find(seed: int) -> None:
    rng = random.Random(seed)
    pieces = [*PIECES, "'", '"', "\u2018", "\u2019", "\u201c", "\u201d", ":", ": ", ":\n", "is", "was", "value",
              "Tons of CO2", "in 2020", ".", ";", "(", "\u2003", "\n"]
    found = 0
    for _ in range(400):
        before = "".join(rng.choice(pieces) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(0, 12)))
        plain = shared_units._QUOTED_LABEL.search(before) or shared_units._COLON_LABEL.search(before)
        label = shared_units._label_before(before)
        assert (label and label.span(1)) == (plain and plain.span(1)), before
        found += plain is not None
    assert found  # the pieces make labels, so the test can fail


@pytest.mark.parametrize("seed", range(3))
def test_character_tests_before_figure_patterns_turn_away_nothing_they_find(seed: int) -> None:
    """The tests of the characters right before a figure, made before a pattern that must end there
    is searched: a year and a bracket ("since 1974 (9.5 %)"), a model name ("iPhone 15"), a number to call."""
    from workbench.extraction import nonclaims

    rng = random.Random(seed)
    pieces = ["1974", "2021", "(", "[", ")", " ", "  ", "\t", "\n", "-", "+", "\u2212", "iPhone", "eBay", "call",
              "the first", "x", "5", "\u00a0", "."]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if periods._YEAR_BEFORE_BRACKET.search(text):
            assert periods.opens_bracket_before(text), text
        if nonclaims._CAMEL_NAME_BEFORE.search(text):
            assert text[-1:] in (" ", "\t"), text
        if nonclaims._CALL_OR_SPAN_BEFORE.search(text):
            assert text[-1:].isspace(), text


_CONTRAST_PIECES = ["but", "But", "BUT", "while", "whereas", "although", "though", "yet", "Yet", "rose", "fell",
                    "soared", "to", "more", "than", "only", "sales", "profits", "butter", "ſhortly", "12", "-3",
                    "$4", "€5", "2019", "in", ",", ";", ".", "(", ")", "\u00a0", "  ", "\n"]


def _contrasted_later_oracle(prose: str, low: int, high: int) -> bool:
    """The definition, read slowly: the first position from ``low`` on where a contrast (``_CONTRAST``:
    a contrast word, letter-only words, a figure) matches wholly before ``high`` decides, and it holds
    when only verbs and fillers stand between its contrast word and its figure."""
    assert periods._CONTRAST is not None
    for position in range(low, high):
        found = periods._CONTRAST.match(prose, position, high)
        if found is not None:
            return all(word.lower() in VERB_WORDS or word.lower() in periods._CONTRAST_FILLERS
                       for word in found.group(1).split())
    return False


def test_contrasted_later_answers_as_a_match_tried_at_every_position() -> None:
    """``_SentenceIndex.contrasted_later`` bisects positions read once per sentence; its answer for
    (figure end, year start) pairs is the slow definition's, on random runs of contrast words, verbs, figures."""
    rng = random.Random(13)
    for _ in range(300):
        prose = " ".join(rng.choice(_CONTRAST_PIECES) for _ in range(rng.randint(1, 30)))
        pairs = [(low, high) for low in range(len(prose) + 1) for high in range(low, len(prose) + 1)]
        index = periods._SentenceIndex(prose, sentences.Sentence(0, len(prose), prose))
        for low, high in rng.sample(pairs, min(len(pairs), 150)):
            assert index.contrasted_later(low, high) == _contrasted_later_oracle(prose, low, high), (prose, low, high)


@pytest.mark.parametrize("seed", range(10))
def test_sentence_breaks_tried_at_the_marks_are_the_scans_breaks(seed: int) -> None:
    # An ASCII text is split by trying the pattern at each mark ``str.find`` finds: the same breaks as the scan,
    # marks inside a break ('. . .', '.\n\n') included, from any start.
    rng = random.Random(seed)
    pieces = ["Word", "word", ".", "!", "?", ":", "\"", ")", "]", " ", "\n", "\n\n", " \n \n", "\t", "\r", "5",
              "(", "[", "Mr.", "e.g.", "%", "WORD", "_", "...", ". . .", "U.S."]
    for text in ("".join(rng.choice(pieces) for _ in range(400)), "".join(rng.choice(pieces) for _ in range(60)) + "…"):
        for start in (0, rng.randrange(len(text))):
            found = sentences.sentence_breaks(text, start)
            assert found == [m.span() for m in sentences.SENTENCE_BREAK.finditer(text, start)], (text, start)


@pytest.mark.parametrize("seed", range(10))
def test_a_word_before_a_position_is_found_as_its_behind_pattern_finds_it(seed: int) -> None:
    # "by" and "from" before a figure are read with str methods (``WordBefore``): the same answers as the
    # reversed pattern they stand for, at every position and reach, in any case, next to word characters of
    # other scripts, other white space and the characters ``re`` folds onto ASCII letters.
    rng = random.Random(seed)
    pieces = ["by", "BY", "By", "from", "FROM", "From", "abby", "_by", "éby", "2by", "fromm", " ", "  ", "\t", "\n",
              "\u00a0", "\u2009", "5", "x", "-", ".", "(", "\u0131", "\u017f", "\u212a", "y", "b", "\u0130"]
    text = "".join(rng.choice(pieces) for _ in range(300))
    reversed_text = text[::-1]
    for word in ("by", "from"):
        fast, plain = WordBefore(word), Behind(rf"\s+{reversed_words([word])}(?![\w])", re.I)
        for pos in range(len(text) + 1):
            for width in (0, 1, 4, 6, 8, 12):
                assert fast.found(reversed_text, pos, width) == plain.found(reversed_text, pos, width), (word, text, pos, width)


@pytest.mark.parametrize("seed", range(3))
def test_unit_statement_shortcut_turns_away_no_statement_the_pattern_finds(seed: int) -> None:
    """``unit_stated_may_end_at`` may skip the search for 'measured in' before a figure only where it finds nothing."""
    rng = random.Random(seed)
    words = [*nonclaims.nonclaim_words()["unit_statement_words"], "Measured  IN", "expressed\tin", "sin", "by"]
    pieces = [*PIECES, *words, "\u00a0", "  ", "\n", "5", "ſ", "\u212a"]
    text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\u00a0", "\n"]) for _ in range(rng.randint(1, 300)))
    for start in range(len(text) + 1):
        if not nonclaims.unit_stated_may_end_at(text, start):
            window = max(0, start - nonclaims.UNIT_STATED_WINDOW)
            assert nonclaims._UNIT_STATED_BEFORE.search(text, window, start) is None, (text[window:start], start)


@pytest.mark.parametrize("seed", range(5))
def test_percents_glued_by_a_hyphen_are_found_where_the_pattern_finds_them(seed: int) -> None:
    """``hyphen_glued_percent_starts`` reads its pattern's matches at the hyphens: the same starts as ``finditer``."""
    rng = random.Random(seed)
    pieces = [*PIECES, "foodstuff", "services", "COVID", "F", "ab", "abc", "x_y", "élan", "²", "٣", "-", "--", "4.1",
              "111,2", "7", "%", " %", "\u00a0%", "2013", "start", "up"]
    for _ in range(60):
        text = "".join(rng.choice(pieces) + rng.choice(["", "", "-", " ", "%", "\n"]) for _ in range(rng.randint(1, 60)))
        assert units.hyphen_glued_percent_starts(text) == \
            ([m.start("n") for m in units._HYPHEN_GLUED_PERCENT.finditer(text)] if "-" in text and "%" in text else []), text


@pytest.mark.parametrize("seed", range(3))
def test_change_subject_search_from_the_last_clause_break_finds_what_the_whole_window_does(seed: int) -> None:
    """``Classifier._after_clause_break`` moves the change-noun search's start past the last character its match
    cannot hold ('growth was 5%' after 'in 2020, '): the same match as the search of the whole window."""
    assert kinds._CHANGE_SUBJECT_CUT  # the vocabulary holds no such character but a qualifier's last ('approx.')
    rng = random.Random(seed)
    nouns, links = sorted(kinds.NOUN_DIRECTION), sorted(LEX["change_subject_links"])
    fillers = [" of sales", " in 2020", ", ", ". ", "7", "(", ")", "%", " ", "-", " approx.", " ca.", "\u00a0", ".", "x",
               " the rise", ";"]
    found = 0
    for _ in range(2000):
        parts = [rng.choice(fillers) for _ in range(rng.randint(0, 4))] + [" " + rng.choice(nouns)]
        parts += [rng.choice(fillers) for _ in range(rng.randint(0, 3))] + [" " + rng.choice(links)]
        if rng.random() < 0.4:
            parts.append(" " + rng.choice(sorted(kinds.QUALIFIER_OF)))
        text = "".join(parts) + rng.choice(["", " ", "  ", "\n"])
        high = len(text)
        low = rng.randint(0, max(0, high - 20))
        classifier = kinds.Classifier(text, text[::-1], sentences.Sentences(text, text, 0, lambda start, end: []))
        whole = kinds._CHANGE_SUBJECT.search(text, low, high)
        cut = kinds._CHANGE_SUBJECT.search(text, classifier._after_clause_break(low, high), high)
        assert (whole and (whole.span(), whole.group("n"))) == (cut and (cut.span(), cut.group("n"))), text[low:]
        found += whole is not None
    assert found > 200


@pytest.mark.parametrize("seed", range(3))
def test_margin_shortcut_turns_away_no_margin_sign_the_pattern_finds(seed: int) -> None:
    """``margin_may_end_at`` may skip the search for '± 0.2' before a figure only where it finds nothing."""
    rng = random.Random(seed)
    signs = [*nonclaims.nonclaim_words()["margin_signs_before"], "PLUS OR MINUS", "Plus/Minus", "plus or minuſ", "+", "-"]
    pieces = [*PIECES, *signs, "\u00a0", "  ", "\t", "\n", "5", "0.2", "ppm", "ſ", "\u212a"]
    text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\u00a0", "\t"]) for _ in range(rng.randint(1, 300)))
    found = 0
    for end in range(len(text) + 1):
        window = max(0, end - nonclaims.MARGIN_WINDOW)
        match = nonclaims._MARGIN_BEFORE.search(text, window, end)
        found += match is not None
        if not nonclaims.margin_may_end_at(text, end):
            assert match is None, (text[window:end], end)
    assert found


@pytest.mark.parametrize("seed", range(3))
def test_qualifier_shortcut_turns_away_no_qualifier_the_pattern_finds(seed: int) -> None:
    """``qualifier_may_end_at`` may skip ``QUALIFIER_BEFORE`` before a figure only where it finds nothing."""
    rng = random.Random(seed)
    prefixes = [form.surface for form in units.currency_prefixes()]
    words = [*kinds.QUALIFIER_OF, *prefixes, "MORE THAN", "Up\u00a0To", "(about", "xabout", "about~", "leaſt", "rose", "by", "to"]
    pieces = [*PIECES, *words, "\u00a0", "  ", "\t", "\n", "5", "+", "~", "ſ", "\u212a"]
    text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\u00a0", "\n"]) for _ in range(rng.randint(1, 300)))
    reversed_text = text[::-1]
    found = 0
    for pos in range(len(text) + 1):
        for width in (40, 7):
            match = kinds.QUALIFIER_BEFORE.before(reversed_text, pos, width)
            found += match is not None
            if not kinds.qualifier_may_end_at(text, pos, width):
                assert match is None, (text[max(0, pos - width):pos], pos, width)
        if not (quantities.has_prefix_end(text, pos) or kinds.qualifier_may_end_at(text, pos, 40)):  # a bare year's test
            assert not quantities._PREFIX_OR_QUALIFIER_BEFORE.found(reversed_text, pos, 40), (text[max(0, pos - 40):pos], pos)
    assert found


@pytest.mark.parametrize("seed", range(3))
def test_change_end_words_are_searched_only_where_written(seed: int) -> None:
    """``move_end`` searches 'from …' and 'to …' before a figure only where its stretch holds the word in any case:
    where it does not, neither pattern finds anything."""
    rng = random.Random(seed)
    pieces = [*PIECES, "from", "FROM", "From", "to", "To", "TO", "tonnes", "into", "about", "approximately", "$", "US$",
              "a high of", "\u00a0", "ſ", "\u212a", "İ", "5.1", "rose"]
    for _ in range(300):
        before = "".join(rng.choice(pieces) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(1, 40)))
        lead = max(0, len(before) - move_ends._LEAD_REACH)
        lowered = before[lead:].lower()
        if "from" not in lowered:
            assert move_ends._FROM.search(before, lead) is None, before
        if "to" not in lowered:
            assert move_ends._TO.search(before, lead) is None, before


@pytest.mark.parametrize("seed", range(3))
def test_word_before_shortcut_turns_away_no_step_or_call_word_the_patterns_find(seed: int) -> None:
    """``may_end_with_word`` may skip the searches for 'level 3', 'call 911' and 'the first 10' before a figure only
    where they find nothing: any case, any white space, words of other scripts and ``re``'s other caseless letters."""
    rng = random.Random(seed)
    words = [*nonclaims._STEPS["words"], *nonclaims._WORDS["phone_cues_before"], *nonclaims._WORDS["span_openers"]]
    pieces = [*PIECES, *words, *(w.upper() for w in words), *(w.title() for w in words), "the", "The", "sLevel",
              "caLL", "leveſ", "\u212aLEVEL", "level-", "first.", "\t", "\u00a0", "\u2009", "\n"]
    text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\t", "\u00a0", "\n"]) for _ in range(rng.randint(1, 300)))
    checked = {"step": (nonclaims._STEP_BEFORE, nonclaims._STEP_ENDINGS),
               "call": (nonclaims._CALL_OR_SPAN_BEFORE, nonclaims._CALL_OR_SPAN_ENDINGS)}
    found = dict.fromkeys(checked, 0)
    for end in range(len(text) + 1):
        low = max(0, end - 16)
        for name, (pattern, endings) in checked.items():
            if pattern.search(text, low, end) is not None:
                found[name] += 1
                assert may_end_with_word(text, low, end, endings), (name, text[low:end])
    assert found["step"] and found["call"], found


def test_word_endings_leave_words_re_folds_otherwise_to_the_pattern() -> None:
    """A word that is not ASCII (or is blank) turns the shortcut off: ``re`` matches 'ſ' for 's' caselessly."""
    assert word_endings(["call", "phone number"]) == ("call", "number")
    assert word_endings(["call", "pa\u017fs"]) is None and word_endings(["call", " "]) is None
    assert may_end_with_word("any text ", 0, 9, None)


def test_respectively_in_any_case_pairs_years_and_figures() -> None:
    """The 'respectively' shortcut (an ASCII sentence without the word skips the search) reads the word in any case."""
    for word in ("respectively", "RESPECTIVELY", "Respectively"):
        claims = extract_text(f"Exports grew in 2021 and 2022 by 2.5 % and 3.1 % {word}.")
        assert [c.period for c in claims] == ["2021", "2022"], word
