"""Drafts in other languages, read through the checker's English words.

The matcher's measure, place and period words are English (the lexicon, the reference vocabulary,
the gazetteer, the period and basis rules). A paragraph in French, German, Portuguese, Spanish,
Italian, Dutch or Russian is glossed word for word into that English — 'il tasso di inflazione in Tunisia
a dicembre 2021' reads 'the inflation rate in Tunisia in December 2021' — so every rule that reads
English reads it too, and a newsroom writing in another language gets the verdicts an English
draft gets. What is glossed is data: ``workbench/data/languages.json`` (function words, measure and
period words, the adjectives a language names a country by) plus, from babel (CLDR), every
country's name and every month's name in each listed language.

A paragraph's language: the draft's front matter ``lang:``, else the language whose function words
the paragraph holds most (at least ``detect.min_hits``, more than English's), else the same count over
the whole body, else English. English paragraphs are never touched.

``Gloss.to_original`` maps an offset of the glossed text back to the draft's, so a claim read in the
glossed text is reported where it stands in the draft.
"""

from __future__ import annotations

import bisect
import calendar  # its month names are English: the workbench never sets a locale
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .extraction.extractor import GLUED_PREFIX
from .extraction.periods import YEAR_DIGITS
from .gazetteer import APOSTROPHES, gazetteer_rows, part_nouns, plain_letters
from .numbers import alternation, data_json, lexicon, scale_of
from .places import Places
from .scale_before_figure import _scale_before_figure_pattern
from .structure import plain_tables
from .text import WORD, DisjointSpans, SpanIndex, with_ascii_digits
from .units import canonical_unit, currency_sign_standing, is_currency_word
from .unspaced_figures import _unspaced_figures

if TYPE_CHECKING:
    from .drafts import Draft

ENGLISH = "en"
LANG_KEY = "lang"  # front matter key naming a draft's language (ISO 639-1: 'it', 'es', …)
_ONE_APOSTROPHE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))  # the typographic ones read as the straight one
# a word's letters as its glossary key: every apostrophe, and Uzbek's 'ʻ' and the '‘' typed for it, as the straight
# one, since Uzbek copy types 'oʻ', 'gʻ' and the sign 'ʼ' with any of them ('Oʻzbekiston', 'O’zbekiston', 'O'zbekiston')
_KEY_LETTERS = str.maketrans(dict.fromkeys(APOSTROPHES + "\u2018\u02bb", "'"))
# Arabic script's short vowels and other optional signs ('ارتفاعاً', 'مسجلاً'), which copy writes or leaves out at
# will: a word is its glossary key without them (Devanagari's vowel signs are letters of the word and stay)
_KEY_LETTERS.update(dict.fromkeys(range(0x064B, 0x0660), None))
_KEY_LETTERS[0x0670] = None
# Arabic script's tatweel (kashida, 'نقطـة', 'خِـلال'), which copy stretches a word with for the look of the line:
# a word is its glossary key without it
_KEY_LETTERS[0x0640] = None
# Hebrew's vowel points and cantillation ('מַדַד המְחירים'), which copy for learners writes and most copy leaves out:
# a word is its glossary key without them, as with Arabic's short vowels (maqaf, paseq and sof pasuq are no marks)
_KEY_LETTERS.update(dict.fromkeys((cp for cp in range(0x0591, 0x05C8) if unicodedata.category(chr(cp)) == "Mn"), None))
# Arabic letters copy writes either way: a final 'ى' or 'ي' ('على', 'علي'), 'ة' or 'ه' ('نسبة', 'نسبه'), an alif with
# its hamza or madda or without ('أسعار', 'اسعار'): a word is keyed with the plain one, as every key is
_ARABIC_SPELLINGS = str.maketrans({"ى": "ي", "ة": "ه", "أ": "ا", "إ": "ا",
                                   "آ": "ا", "ٱ": "ا"})
_KEY_LETTERS.update(_ARABIC_SPELLINGS)
_NO_APOSTROPHE = str.maketrans(dict.fromkeys(APOSTROPHES, None))  # as an address's slug writes a word
_FIGURE_NEXT = re.compile(rf"\s+(?!{YEAR_DIGITS}(?![\d.,]\d))[-+\u2212]?\d")  # a figure follows, not a year
# a figure glued to a word that ends in an apostrophe ("dell'11,4%"), not a year
_GLUED_FIGURE_NEXT = re.compile(rf"(?!{YEAR_DIGITS}(?![\d.,]\d))[-+\u2212]?\d")
# a sentence's end ('.' and a space, or a script's own full stop: '。', '։'), then no word
_SENTENCE_START = re.compile(rf"(?:[.!?:…]\s+|[{re.escape(lexicon()['sentence_final_marks'])}]|\n)[\W\d]*\Z")
_NO_WORD = re.compile(r"\w")
# the letters of scripts with case whose sentences open in lower case (Georgian's Mkhedruli)
_LOWERCASE_STARTS = re.compile(f"[{lexicon()['lowercase_sentence_starts']}]")
_LEADING_ZERO_COMMA = re.compile(r"(?<![\d.,])0,(?=\d)")  # '0,955' is a decimal in any language
# '118.400', '1.000 millones', '22.463.300', '1.234,5': dots grouping thousands (a decimal comma after)
_DOT_GROUPED = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?(?!\d|[.,]\d)")
# '1.12', '0.7538': a decimal point (not three digits after the dot, not part of a date '12.05.2023')
_DECIMAL_POINT = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,]\d|\d)")
_DOTS_TO_ENGLISH = str.maketrans(".,", ",.")
# "8'738'800", '8’815’400': apostrophes grouping thousands, as Swiss copy writes them in every language
_APOSTROPHE_GROUPED = re.compile(r"(?<![\d.,'’])[1-9]\d{0,2}(?:['’]\d{3})+(?!\d|['’]\d)")
_APOSTROPHES_TO_COMMAS = str.maketrans("'’", ",,")
# '258 011', '12 431 220' right after a word: spaces grouping thousands, as most languages listed write them (a
# decimal after)
_SPACE_GROUPED = re.compile(r"(?<=[^\W\d_] )[1-9]\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?(?!\d|[.,]\d)")
_GROUPING_SPACES = frozenset(" \u00a0\u2009\u202f")
# '12,6', '24,612': one comma between digits, no other group ('22,24,26' is a list)
_ONE_COMMA = re.compile(r"(?<![\d.,])\d+,(\d+)(?!\d|[.,]\d)")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")  # the word right after a figure ('трлн', 'miliardi')
_YEAR_PAIR = re.compile(rf"{YEAR_DIGITS},{YEAR_DIGITS}")  # '2019,2020': two years, no decimal
_SPACES = re.compile(r"\s*")
# a word, with the apostrophe that joins it to the next; Uzbek's 'oʻ', 'gʻ' are often typed with '‘' inside a word ('O‘zbekiston')


def _combining_marks() -> str:
    """A character class body of the combining marks (Unicode categories Mn, Mc, Me): a word's vowel signs
    in Devanagari ('मुद्रास्फीति') and Arabic's short vowels are part of the word, though no letter of ``\\w``'s."""
    marks = [cp for cp in range(0x300, 0x10000) if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me")]
    ranges: list[tuple[int, int]] = []
    for cp in marks:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


# a word: letters and the marks written on them ('मुद्रास्फीति' is one word, not five), with an apostrophe inside or
# after; runs of letters and runs of marks alternate (the two classes share no character: no backtracking)
_MARKS = _combining_marks()
_LETTERS = rf"[^\W\d_]+(?:[{_MARKS}]+[^\W\d_]*)*"
_WORDS = re.compile(rf"{_LETTERS}(?:\u2018{_LETTERS})*['\u2019\u02bc]?")
_WORD_WITH_MARKS = re.compile(rf"[^\W_]+(?:[{_MARKS}]+[^\W_]*)*")  # text.WORD, marks kept in the word
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_GLUED_FIGURE = re.compile(r"^\d+")  # the figure a glossed word is written against, without a space
_SIGN_BEFORE_FIGURE = re.compile(r"([^\W\d_]{1,4})\d+")  # a sign or code and a figure's first digits ('RM1' of 'RM1.8')


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    function_words: frozenset[str]
    glossary: dict[str, str]  # lower-case word or phrase → its English
    before_figure: dict[str, str] = field(default_factory=dict)  # its English right before a figure (not a year)
    capitalises_nouns: bool = False  # German: a capital is grammar, not a sentence's start
    comma_groups_thousands: bool = False  # its copy may write '1,500 millones' for 1,500 million
    after_figure_only: frozenset[str] = frozenset()  # glossed only right after a figure ('tenges', 'rubli')
    # a span of two figures, 'de 169 à 12 184': the opener's and the link's English there ('from', 'to')
    range_openers: dict[str, str] = field(default_factory=dict)
    range_links: dict[str, str] = field(default_factory=dict)
    # every spelling of a month's name (CLDR's, with the language's month endings), folded
    month_surfaces: frozenset[str] = frozenset()
    unspaced: bool = False  # Chinese, Japanese: no spaces between words; entries are found inside runs of letters
    # bare degrees may be Fahrenheit where the places use it ('90 grados' in US Spanish copy); else Celsius
    fahrenheit_places: bool = False
    # characters read as others (Chinese traditional → simplified, ord → str): the glossary is written in one set
    variants: dict[int, str] = field(default_factory=dict)

    # a word right after a bare figure, in a paragraph that names money, glossed as a scale (Dutch '7 ton': 700,000)
    money_after_figure: dict[str, str] = field(default_factory=dict)
    money_words: re.Pattern[str] | None = None
    money_currency: tuple[str, re.Pattern[str] | None] = ("", None)  # its English, and how the language writes it
    # a country's name that is also an adjective of the language ('Argentina', 'argentina'; 'Suisse', 'suisse'):
    # written with a capital it is the country, as the language writes its adjectives in lower case
    capital_names: dict[str, str] = field(default_factory=dict)
    # Korean: its function words are particles glued to the end of a spaced word ('물가가'); found anywhere in
    # a run of letters they would cut syllables out of ordinary words ('에너지', '이상')
    particles_end_words: bool = False
    # right before a figure that counts a unit of time ('em 23 anos', 'på fem år'): the span's word, not
    # 'before_figure's (an amount's 'at', 'by', 'to'); without an entry, the word's own gloss ('in')
    before_duration: dict[str, str] = field(default_factory=dict)
    # right before a figure that says how many times ('в 7,7 раза', 'um das 14,2-Fache'): English says none
    before_multiple: dict[str, str] = field(default_factory=dict)
    # Slovenian 'je maja znašala': a month's name standing alone says 'in May'; not after these words
    # ('od maja', 'konec maja') nor after a day's numeral ('16. junija'). None: the language says 'in' itself
    bare_month_not_after: frozenset[str] | None = None
    # the article a range's figures take after 'between' and its 'and' ('entre los 17 y los 19', 'tra i 17 e
    # i 19'): English says none, and a range is read only figure to figure
    range_articles: frozenset[str] = frozenset()
    # a word's gloss right after a place's name: Chinese '国家统计局' alone is China's statistics office, but
    # after '哈萨克斯坦' (Kazakhstan) it is that country's, and the gloss must not name China
    after_place_name: dict[str, str] = field(default_factory=dict)
    # a word's sound in brackets right after it (Chinese pinyin '國(guó)', Japanese furigana '円安（えんやす）'):
    # read as if absent, so the characters around it are one word
    transliteration: re.Pattern[str] | None = None
    # a country's one-character short name, read only right before a measure's word (Chinese '哈' before
    # '国内生产总值' is Kazakhstan's GDP; elsewhere, as in '哈尔滨', it is a syllable of another word)
    before_measure: dict[str, str] = field(default_factory=dict)
    # a country's short name that is an acronym ('VS', Dutch for the US): read only as written, in capitals —
    # in lower case it is another word ('3 % vs 2 %', versus)
    acronym_names: frozenset[str] = frozenset()
    # the article a bare month's name takes ('bare_month_in' 'articles': Greek 'τον Μάιο', in May): dropped where the
    # month says 'in', and skipped when the word before tells whether it does ('σε σχέση με τον Δεκέμβριο')
    bare_month_articles: frozenset[str] = frozenset()
    # its news opens a clause on the change verb, the subject between it and the figure ('verb_first_changes':
    # Arabic 'تراجعت انبعاثات … 1.1 في المائة'): the bare figure is the change's size
    verb_first_changes: bool = False
    # a closed compound ('bevolkingsgroei', population growth): the words its parts may be, each at least
    # ``compound_min_part`` letters, and the letters that may link them ('compounds'); none for a language without
    compound_parts: dict[str, str] = field(default_factory=dict)
    compound_links: tuple[str, ...] = ()
    compound_min_part: int = 4
    # a word glossed otherwise right after a count, a number word or a figure that is no year ('after_count': Russian
    # 'на три года', for three years, where '2021 года' is of the year and its word says nothing in English)
    after_count: dict[str, str] = field(default_factory=dict)
    # a word glossed otherwise right after a quantity, a figure with the unit the language glues to it and perhaps its
    # 'or more' ('after_quantity': Japanese '20円以上も下落', fell by more than 20 yen, where 'も' elsewhere is 'also')
    after_quantity: dict[str, str] = field(default_factory=dict)
    # a scale word glossed as one of it where no count stands before it ('without_count': Russian 'выросло на
    # миллион человек', grew by a million people, where '2 миллиона' is 2 million): a language with no article
    without_count: dict[str, str] = field(default_factory=dict)
    # a word glossed otherwise right after a month's name or the word 'month' ('after_month': Arabic 'أيلول من عام
    # 2022', September of 2022, where 'من عام 2021 إلى عام 2022' is from 2021 to 2022)
    after_month: dict[str, str] = field(default_factory=dict)
    # a word glossed otherwise right before a month's name ('before_month': Swahili 'kila mwaka mwezi Septemba', every
    # year in the month of September, with no preposition before the noun 'month' that dates the figure)
    before_month: dict[str, str] = field(default_factory=dict)
    # a word glossed otherwise right after a year ('after_year': Indonesian 'sejak 2014 yang menembus 8,36 persen', since
    # 2014, when it topped 8.36 %, where 'inflasi yang tinggi' is inflation that is high)
    after_year: dict[str, str] = field(default_factory=dict)
    # its copy writes a decimal point and groups thousands with commas only ('point_is_decimal': Chinese '1.093亿' is
    # 109.3 million), so a point before three digits is never a group as a paragraph of dotted groups reads it
    point_is_decimal: bool = False

    def key(self, surface: str) -> str:
        """``surface`` as the glossary's keys are written: folded, its variant characters replaced."""
        return _fold(surface).translate(self.variants) if self.variants else _fold(surface)

    @cached_property
    def longest_key(self) -> int:
        """The most characters an entry of the glossary has (an unspaced language's look-up reach)."""
        return max((len(k) for k in self.glossary), default=1)

    @cached_property
    def range_rest(self) -> re.Pattern[str] | None:
        """What follows a range's opener: a figure (perhaps after a currency's sign), its unit, year, an aside and
        a period's few words (``_SPAN_TAIL``), a link, a figure."""
        return _keyed(self.range_links, rf"\s+{_SPAN_SIGN}{_SPAN_FIGURE}{_SPAN_TAIL}\s+(?i:{{keys}})"
                                        + self.range_end.pattern.replace(_NO_YEAR, ""))

    @cached_property
    def range_start(self) -> re.Pattern[str] | None:
        """What stands before a range's link: an opener, a figure, and the words ``_SPAN_TAIL`` allows after it."""
        return _keyed(self.range_openers,
                      rf"(?i:(?<![^\W\d_])(?:{{keys}}))\s*{_SPAN_SIGN}{_SPAN_FIGURE}{_SPAN_TAIL}\s+\Z")

    @cached_property
    def qualifier_words(self) -> str:
        """The language's words glossed as a qualifier ('pouco mais de', 'drygt', 'aproape') and the space after
        one, as a pattern; '' when it glosses none."""
        english = {e for forms in lexicon()["qualifiers"].values() for e in forms}
        qualifiers = {k: v for k, v in self.glossary.items() if v.lower() in english}
        return rf"(?i:{alternation(qualifiers, flexible_space=False)})\s+" if qualifiers else ""

    @cached_property
    def range_end(self) -> re.Pattern[str]:
        """What follows a range's link: its figure (no year), perhaps after a qualifier and a currency's sign
        ('para pouco mais de US$ 2 trilhões': to just over US$ 2 trillion)."""
        return re.compile(rf"\s+(?:{self.qualifier_words})?{_SPAN_SIGN}{_NO_YEAR}[-+\u2212]?\d")

    @cached_property
    def qualified_figure_next(self) -> re.Pattern[str] | None:
        """A qualifier, then a figure (no year): 'ökade med drygt 45 procent', 's-au scumpit cu aproape 7%' — the
        word before the qualifier is the figure's 'before_figure' ('by') as if the figure followed it. The match
        ends where the figure starts."""
        if not self.qualifier_words:
            return None
        return re.compile(rf"\s+{self.qualifier_words}(?={_NO_YEAR}[-+\u2212]?\d)")

    @cached_property
    def year_span_start(self) -> re.Pattern[str] | None:
        """A span's opener and its first year right before a link ('de 2000 a 2023': from 2000 to 2023)."""
        return _keyed(self.range_openers, rf"(?i:(?<![^\W\d_])(?:{{keys}}))\s+{YEAR_DIGITS}\s+\Z")

    def gloss_of(self, surface: str) -> str:
        key = self.key(self.without_transliterations(surface))
        english = self.glossary.get(key)  # '' for a word English says nothing for
        return english if english is not None else compound_gloss(self.code, key) or surface

    def without_transliterations(self, surface: str) -> str:
        """``surface`` with the sounds written in brackets after its characters left out ('國(guó)內' → '國內')."""
        return self.transliteration.sub("", surface) if self.transliteration is not None else surface

    def transliterations(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each bracketed sound in ``text[start:end]``."""
        if self.transliteration is None:
            return []
        return [m.span() for m in self.transliteration.finditer(text, start, end)]

    @cached_property
    def phrase_openers(self) -> frozenset[str]:
        """The first words of the glossary's entries of several words: only they start a longer look-up. A key's
        straight apostrophe splits its word ("o'tgan": "o'", "tgan"), which copy's '‘' keeps whole ('o‘tgan'), so
        the key's first word up to a space opens a look-up too."""
        return frozenset(_fold(first) for k in self.glossary if len(words := _WORDS.findall(k)) > 1
                         for first in (words[0], k.split()[0]))

    @cached_property
    def longest_entry(self) -> int:
        """The most words an entry of the glossary has."""
        return max((len(_WORDS.findall(k)) for k in self.glossary), default=1)


def _keyed(words: dict[str, str], template: str) -> re.Pattern[str] | None:
    """``template`` with ``{keys}`` the alternation of ``words`` (longest first); None without words."""
    if not words:
        return None
    return re.compile(template.replace("{keys}", alternation(words, flexible_space=False)))


def _fold(surface: str) -> str:
    # Turkish and Azerbaijani 'İ' is 'i' in lower case ('İstatistik', 'GSYİH'), not 'i' and a combining dot as str.lower()
    return surface.replace("İ", "i").lower().translate(_KEY_LETTERS)


def _data() -> dict[str, Any]:
    return data_json("languages.json")


def concepts() -> dict[str, tuple[str, ...]]:
    """The concepts every listed language glosses (languages.json 'concepts'): name → the English naming it."""
    return {name: tuple(forms) for name, forms in _data()["concepts"].items()
            if not name.startswith("_")}


_SCALE_CONCEPTS = {1000: "thousand", 10**6: "million", 10**9: "billion", 10**12: "trillion"}


def glossed_concepts(code: str) -> frozenset[str]:
    """The concepts some English of ``code`` names: a gloss, a range's words, a figure's unit or scale, or a
    percent word written before the figure."""
    lang = language(code)
    if lang is None:
        return frozenset()
    spec = _data()["languages"][code]
    english = {*lang.glossary.values(), *lang.before_figure.values(), *lang.range_openers.values(),
               *lang.range_links.values(), *map(str, spec.get("figure_units", {}).values())}
    glossed = " | ".join(sorted(e.lower() for e in english if e))
    found = {name for name, forms in concepts().items()
             if any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", glossed) for form in forms)}
    found.update(_SCALE_CONCEPTS[size] for size in spec.get("figure_scales", {}).values() if size in _SCALE_CONCEPTS)
    if spec.get("percent_before_figure"):
        found.add("percent")
    if spec.get("figure_multiple_suffixes"):
        found.add("times")
    return frozenset(found)


@lru_cache(maxsize=32)
def language(code: str) -> Language | None:
    """A language of the data file, with babel's country and month names added to its glossary."""
    spec = _data()["languages"].get(code)
    if spec is None:
        return None
    glossary: dict[str, str] = {}
    countries, months = {}, {}
    for locale in spec.get("locales", [code]):  # 'pt' and 'pt_PT' spell Kenya 'Quênia' and 'Quénia'
        names, month_names = _babel_names(locale)
        countries.update({k: v for k, v in names.items() if k not in countries})
        months.update({k: v for k, v in month_names.items() if k not in months})
    # the short names a newsroom writes beside CLDR's ('Bosna', 'Koreja'), glossed as the English short name the
    # gazetteer decides ('Bosnia', 'Korea'), and inflected as CLDR's names are
    for alias, english in spec.get("name_aliases", {}).items():
        countries.setdefault(_fold(alias), english)
    # an acronym a language names a country by ('VS', 'VK'), glossed as English's ('US', 'UK') when written so
    acronyms = {_fold(alias): english for alias, english in spec.get("acronym_names", {}).items()}
    month_surfaces: set[str] = set()
    in_endings = spec.get("month_in_endings", [])  # Hungarian 'decemberben' is 'in December'
    for name, english in months.items():  # Kazakh 'қаңтарындағы' (of January) is January
        for ending in ["", *in_endings, *spec.get("month_endings", [])]:  # 'ec>ca': Slovenian 'marec' → 'marca'
            month_surfaces.add(surface := _fold(_inflected(name, ending)))
            glossary.setdefault(surface, f"in {english}" if ending in in_endings else english)
    for name, english in countries.items():
        for form in _name_forms(name, spec.get("name_endings", []), spec.get("name_word_endings", [])):
            glossary.setdefault(form, english)
    for name, english in countries.items():  # after every name as CLDR spells it: a spelling is never replaced
        bare = _unaccented(name)
        if bare != name and len(bare) >= _MIN_UNACCENTED:
            glossary.setdefault(bare, english)
    after_figure: dict[str, str] = {}
    article = str(spec.get("definite_article", ""))
    for locale in spec.get("locales", [code]):  # 'tenges kazakhs': the English plural; 'rubli' after a figure
        names, nouns = _currency_names(locale)
        for name, english in names.items():
            glossary.setdefault(_fold(name), english)
            # Korean '헝가리 포린트화': the currency's name with the suffix that says it is money (貨), as copy writes it
            for ending in spec.get("currency_name_endings", []):
                glossary.setdefault(_fold(name + ending), english)
            # Arabic 'الريال اليمني': the article before the noun and again before its adjective, as CLDR writes none
            if article and " " in name and not name.startswith(article):
                glossary.setdefault(_fold(" ".join(article + word for word in name.split())), english)
        for noun, english in nouns.items():
            after_figure.setdefault(_fold(noun), english)
    demonyms = _demonyms(spec)
    glossary.update(demonyms)
    capital_names = {key: countries[key] for key, english in demonyms.items()
                     if key in countries and countries[key] != english}
    for key, people in _demonym_peoples(spec).items():  # 'les Tchadiens': the people, 'le franc tchadien' an adjective
        capital_names.setdefault(key, people)
    for key, people in _people_nouns(spec).items():  # 'de Belgen': the people, a noun of its own in Dutch
        glossary.setdefault(key, people)
        capital_names.setdefault(key, people)
    for key, people in _affixed_peoples(spec, countries).items():  # Swahili 'Wakenya', Chinese '德国族'
        glossary.setdefault(key, people)
    glossary.update({key: english for key, english in acronyms.items() if key not in glossary})
    words = {_fold(k): v for k, v in spec.get("words", {}).items()}
    glossary.update(words)
    # a country's name that is a common word ('mali', financial): the word, unless a script with capitals writes a name
    for key, english in spec.get("name_words", {}).items():
        key = _fold(key)
        if key in countries and key.upper() != key.lower():
            capital_names.setdefault(key, countries[key])
        glossary[key] = english
    # an ending written after an apostrophe, a hyphen or a colon follows any name or abbreviation ('TÜFE'deki', 'TÜİK'in';
    # Armenian 'ՀՆԱ-ով', 'ԱՄՆ-ն'; Finnish 'EU:ssa', Swedish 'SCB:s'), not a country's only
    for ending in (e for e in spec.get("name_endings", []) if _fold(e[:1]) in "'-:"):
        glossary.update({key + ending: english for key, english in [*words.items(), *acronyms.items()]
                         if english and key + ending not in glossary and not key.endswith(ending[:1])})
    glossary.update(_prefixed(glossary, spec.get("word_prefixes", {})))
    function = {_fold(k): v for k, v in spec.get("function_words", {}).items()}
    glossary.update(function)
    before = {_fold(k): v for k, v in spec.get("before_figure", {}).items()}
    after_figure = {noun: english for noun, english in after_figure.items() if noun not in glossary}
    # a unit's head word said again after its full name ('414,7 partes' after 'partes por milhão'): a word elsewhere
    after_figure.update({_fold(k): v for k, v in spec.get("after_figure", {}).items()})
    glossary.update(after_figure)
    before_measure = {_fold(k): v for k, v in spec.get("before_measure", {}).items()}
    glossary.update({k: v for k, v in before_measure.items() if k not in glossary})
    before_forms = frozenset(glossary)
    _add_word_forms(glossary, words, spec.get("word_endings", {}), frozenset(month_surfaces))
    _add_word_forms(glossary, _unit_words(words), spec.get("unit_endings", {}), frozenset(month_surfaces))
    compounds = spec.get("compounds", {})
    min_part = int(compounds.get("min_part", 4))
    # only the language's own words and their forms make a compound: a country's or a month's name is no part
    # ('Westdeutschland' is a region, not Germany), nor a function word
    parts = {key: english for key, english in glossary.items()
             if english and " " not in key and len(key) >= min_part and key not in function
             and (key in words or key not in before_forms)} if compounds else {}
    # a language written in two alphabets (Kazakh in Cyrillic and, since its 2021 reform, in Latin letters: 'теңге' is
    # 'teńge', 'халық' 'halyq') reads every word, name and month in the other alphabet too, spelt letter by letter
    spelling = _latin_spelling(spec)
    if spelling:
        glossary.update({latin: v for k, v in list(glossary.items())
                         if (latin := k.translate(spelling)) != k and latin not in glossary})
    # a keyboard of another language types some of its letters in place of the language's own (Persian on an
    # Arabic keyboard writes 'ميليارد' for 'میلیارد'): every word is read spelt with them too
    keyboard = str.maketrans(spec.get("keyboard_letters", {}))
    if keyboard:
        glossary.update({typed: v for k, v in list(glossary.items()) if (typed := k.translate(keyboard)) not in glossary})
        function |= {typed: v for k, v in function.items() if (typed := k.translate(keyboard)) not in function}
    ranges = spec.get("figure_ranges", {})
    variants = str.maketrans(spec.get("variant_characters", {}))
    if variants:
        glossary = {k.translate(variants): v for k, v in glossary.items()}
    return Language(code, spec.get("name", code), frozenset(function), glossary, before,
                    bool(spec.get("capitalises_nouns", False)), bool(spec.get("comma_groups_thousands", False)),
                    frozenset(after_figure), {_fold(k): v for k, v in ranges.get("openers", {}).items()},
                    {_fold(k): v for k, v in ranges.get("links", {}).items()}, frozenset(month_surfaces),
                    bool(spec.get("unspaced", False)), bool(spec.get("fahrenheit_places", False)), variants,
                    *_money_after_figure(spec), capital_names, bool(spec.get("particles_end_words", False)),
                    {_fold(k): v for k, v in spec.get("before_duration", {}).items()},
                    {_fold(k): v for k, v in spec.get("before_multiple", {}).items()},
                    _bare_month_not_after(spec), frozenset(_fold(k) for k in ranges.get("articles", [])),
                    {_fold(k): v for k, v in spec.get("after_place_name", {}).items()},
                    re.compile(spec["transliteration"]) if spec.get("transliteration") else None,
                    before_measure, frozenset(acronyms), _bare_month_articles(spec),
                    verb_first_changes=bool(spec.get("verb_first_changes", False)),
                    compound_parts=parts, compound_links=tuple(compounds.get("links", [])), compound_min_part=min_part,
                    after_count={_fold(k): v for k, v in spec.get("after_count", {}).items()},
                    after_quantity={_fold(k): v for k, v in spec.get("after_quantity", {}).items()},
                    without_count={_fold(k): v for k, v in spec.get("without_count", {}).items()},
                    after_month={_fold(k): v for k, v in spec.get("after_month", {}).items()},
                    before_month={_fold(k): v for k, v in spec.get("before_month", {}).items()},
                    after_year={_fold(k): v for k, v in spec.get("after_year", {}).items()},
                    point_is_decimal=bool(spec.get("point_is_decimal", False)))


_MIN_INFLECTED_STEM = 4  # a shorter word's forms ('gab' + 'en') are too often other words


def _add_word_forms(glossary: dict[str, str], words: dict[str, str], endings: dict[str, object],
                    months: frozenset[str] = frozenset()) -> None:
    """Each one-word entry of a language's ``words`` in the forms its ``word_endings`` make of it, glossed
    as the word is ('word_endings': German 'höher' → 'höhere', 'höheren'; Polish 'globalny' → 'globalne'
    by 'y>e'): a case or number ending changes no English, so the glossary lists one form and the rule the
    rest. A form the glossary holds already (another word, a function word, a phrase) keeps its own gloss.
    A month's name (``months``) makes none: its forms are 'month_endings'', each a period's word ('к апрелю',
    by April, would date the figures before it)."""
    rules = [str(ending) for ending in endings.get("endings", [])]  # type: ignore[attr-defined]
    parsed = [(old, new) for old, _, new in (rule.rpartition(">") for rule in rules)]  # 'a>y' → ('a', 'y'); 's' → ('', 's')
    for key, english in words.items():
        if not english or " " in key or len(key) < _MIN_INFLECTED_STEM or key in months:
            continue
        bases = [(key, True), *(_base_forms(key, rules) if endings.get("from_forms") else [])]
        for base, is_word in bases:
            if is_word and base != key:
                glossary.setdefault(base, english)
            # a replacement of letters the base does not end in leaves the base as it is (``_inflected``)
            forms = {base[: len(base) - len(old)] + new if base.endswith(old) else base for old, new in parsed}
            for form in map(_fold, forms):
                if form != key:
                    glossary.setdefault(form, english)


def _unit_words(words: dict[str, str]) -> dict[str, str]:
    """The entries of ``words`` that name a unit, a currency or a scale ('faiz' percent, 'manat', 'milyard'): the
    words 'unit_endings' inflect (Azerbaijani 'faizədək', 'manatadək', 'dollardan')."""
    return {key: english for key, english in words.items()
            if english and (canonical_unit(english) or scale_of(english) is not None)}


@lru_cache(maxsize=65536)
def compound_gloss(code: str, key: str) -> str | None:
    """The English of a closed compound the glossary lacks, read as its parts ('compounds'): German, Dutch and
    Swedish write a measure's words as one ('bevolkingsgroei', 'Kohlendioxidausstoß', 'koldioxidutsläpp'), the
    modifier first, perhaps with a linking letter ('bevolking-s-groei'), the head last, as English says them
    ('population growth'). The head is the longest part that is a word of the language; the modifier a word, or a
    compound of two. None when no such reading exists, or the language makes none."""
    lang = language(code)
    if lang is None or not lang.compound_links or " " in key or key in lang.glossary:
        return None
    return _compound_parts(lang, key, depth=2)


def _compound_parts(lang: Language, key: str, depth: int) -> str | None:
    parts, shortest = lang.compound_parts, lang.compound_min_part
    for split in range(shortest, len(key) - shortest + 1):  # the longest head first
        head = parts.get(key[split:])
        if head is None:
            continue
        modifier = key[:split]
        for link in lang.compound_links:
            if not modifier.endswith(link) or len(modifier) - len(link) < shortest:
                continue
            stem = modifier[: len(modifier) - len(link)]
            english = parts.get(stem) or (_compound_parts(lang, stem, depth - 1) if depth > 1 else None)
            if english:
                return f"{english} {head}"
    return None


def _base_forms(form: str, rules: list[str]) -> list[tuple[str, bool]]:
    """The words ``form`` may be a case form of by ``rules`` ('from_forms'): an entry listed inflected
    (German 'vergangenen', Polish 'niechlubnej') makes its other forms too ('vergangenem'; 'niechlubny',
    'niechlubnego'). A replacement rule's base is a word ('y>ej': 'niechlubnej' ← 'niechlubny'); an added
    ending's stem is not ('vergangen' + 'en' leaves 'vergang'), so only the stem's forms are made of it, and
    a stem under five letters ('daten' ← 'dat') makes none."""
    bases: list[tuple[str, bool]] = []
    for rule in rules:
        old, _, new = rule.rpartition(">") if ">" in rule else ("", "", rule)
        if not new or not form.endswith(new) or len(form) - len(new) < _MIN_INFLECTED_STEM + 1:
            continue
        bases.append((form[: len(form) - len(new)] + old, bool(old)))  # (base, whether the base is itself a word)
    return bases


def _prefixed(glossary: dict[str, str], prefixes: dict[str, str]) -> dict[str, str]:
    """Each word, name and month of ``glossary`` with each prefix a language glues to the next word
    ('word_prefixes': Hebrew 'ב' in, 'ה' the, 'ו' and — 'בישראל' is in Israel, 'והאינפלציה' and the
    inflation), read as the prefix's English before the word's; a form the glossary holds itself stays its own."""
    found: dict[str, str] = {}
    for prefix, before in ((_fold(k), v) for k, v in prefixes.items()):
        for key, english in glossary.items():
            if prefix + key in glossary:
                continue
            # 'ה' (the) before a word glossed with its own article ('the inflation rate') says it once
            said = before.removesuffix("the").strip() if english.startswith("the ") and before.endswith("the") else before
            found.setdefault(prefix + key, f"{said} {english}".strip())
    return found


def _bare_month_not_after(spec: dict[str, object]) -> frozenset[str] | None:
    """The words after which a language's bare month name is no 'in <month>' ('bare_month_in')."""
    bare = spec.get("bare_month_in")
    if not isinstance(bare, dict):
        return None
    return frozenset(_fold(str(w)) for w in bare.get("not_after", []))


def _bare_month_articles(spec: dict[str, object]) -> frozenset[str]:
    """The articles a language's bare month name takes ('bare_month_in' 'articles')."""
    bare = spec.get("bare_month_in")
    return frozenset(_fold(str(w)) for w in bare.get("articles", [])) if isinstance(bare, dict) else frozenset()


def _money_after_figure(spec: dict[str, object]
                        ) -> tuple[dict[str, str], re.Pattern[str] | None, tuple[str, re.Pattern[str] | None]]:
    """A language's 'money_after_figure': the words glossed as a scale after a bare figure, the words that
    tell a paragraph speaks of money, and the currency such a scale is of."""
    money = spec.get("money_after_figure")
    if not isinstance(money, dict):
        return {}, None, ("", None)
    currency = money.get("currency", {})
    return ({_fold(k): v for k, v in money["words"].items()}, _whole_words(money["money_words"]),
            (currency.get("english", ""), _whole_words(currency.get("written", []))))


def _whole_words(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})(?![^\W\d_])")


def _inflected(name: str, ending: str) -> str:
    """``name`` with a case ending: added ('s': 'Kenias'), or 'a>i' replacing the name's own final
    letters (Serbian locative 'Srbija' → 'Srbiji', Polish 'Polska' → 'Polsce' by 'ska>sce'); a
    replacement whose letters the name does not end in leaves the name as it is."""
    if ">" not in ending:
        return name + ending
    old, new = ending.split(">", 1)
    return name[: len(name) - len(old)] + new if name.endswith(old) else name


def _name_forms(name: str, endings: list[str], word_endings: list[str]) -> list[str]:
    """``name`` in each case the language writes it: the name's last word with each of ``endings``
    ('Srbija' → 'Srbiji'), and in a name of several words each word before it with each replacing
    ending of ``endings`` or of ``word_endings`` (the endings of an adjective agreeing with the name:
    Serbian 'Crna Gora' → 'Crnoj Gori', Russian 'Южная Корея' → 'Южной Корее'). Words are inflected
    independently, so a form may mix cases; such a form is no word of the language and matches no text.
    A word of two letters or fewer ('i', 'a', 'in') is a conjunction and stays as written."""
    words = name.split(" ")
    last = [_inflected(words[-1], ending) for ending in ["", *endings]]
    if len(words) == 1:
        return list(dict.fromkeys(last))
    replacing = [e for e in (*endings, *word_endings) if ">" in e]
    forms = [""]
    for word in words[:-1]:
        options = [word] if len(word) <= 2 else list(dict.fromkeys(_inflected(word, e) for e in ["", *replacing]))
        forms = [f"{form}{option} " for form in forms for option in options]
    return list(dict.fromkeys(f"{form}{word}" for form in forms for word in dict.fromkeys(last)))


def _babel_names(code: str) -> tuple[dict[str, str], dict[str, str]]:
    """Country names and month names in ``code`` → English, from CLDR. Country groups ('001' World,
    '150' Europe) are left to the data file: a group is named only by the words that name it."""
    try:
        from babel import Locale

        local, english = Locale.parse(code), Locale.parse(ENGLISH)
    except Exception:  # noqa: BLE001 — an unknown locale glosses no names
        return {}, {}
    countries: dict[str, str] = {}
    for key, name in local.territories.items():
        # a name English spells alike is kept too: as one entry, 'Côte d'Ivoire' keeps its 'd'' from the gloss
        if key.isalpha() and key in english.territories:
            countries.setdefault(_fold(name), english.territories[key])
    months: dict[str, str] = {}
    english_months = english.months.get("format", {}).get("wide", {})
    for context in ("format", "stand-alone"):
        for number, name in local.months.get(context, {}).get("wide", {}).items():
            if number in english_months:
                months.setdefault(_fold(name), english_months[number])
    return countries, months


@lru_cache(maxsize=32)
def _currency_names(locale: str) -> tuple[dict[str, str], dict[str, str]]:
    """Each current currency's names in ``locale`` → its English plural name ('tenges kazakhs' →
    'Kazakhstani tenges'), and each plural form's own noun, read only right after a figure ('rubli' →
    'rubles'): ``units.local_currency_forms``."""
    from .units import english_currency_name, local_currency_forms

    names, nouns = local_currency_forms(locale)
    english_names = {code: english_currency_name(code) for code in {*names.values(), *nouns.values()}}
    return ({form: english_names[code] for form, code in names.items() if english_names[code]},
            {noun: english_names[code].split()[-1].lower() for noun, code in nouns.items() if english_names[code]})


def _demonyms(spec: dict[str, object]) -> dict[str, str]:
    """The adjectives of ``demonyms`` (country → stems) with each of the language's endings, glossed
    as the English adjective the gazetteer knows ('mexikanische Pesos' → 'Mexican pesos'), else the
    country's name."""
    endings = ["", *spec.get("demonym_endings", [])]  # type: ignore[misc]
    english = _english_demonyms()
    out: dict[str, str] = {}
    for country, stems in spec.get("demonyms", {}).items():  # type: ignore[attr-defined]
        for stem in stems:
            for ending in endings:
                out.setdefault(_fold(stem + ending), english.get(country, country))
    return out


def _demonym_peoples(spec: dict[str, object]) -> dict[str, str]:
    """The plural nouns of ``demonyms`` (a stem with one of 'demonym_people_endings': French 'Tchadiens',
    'Nigériennes'), glossed as the English people ('Chadians'), for a capitalised word: French writes the
    people with a capital and the adjective without ('les francs tchadiens')."""
    endings = spec.get("demonym_people_endings", [])
    peoples = _english_demonyms(plural=True)
    out: dict[str, str] = {}
    for country, stems in spec.get("demonyms", {}).items():  # type: ignore[attr-defined]
        if country in peoples:
            for stem in stems:
                for ending in endings:  # type: ignore[attr-defined]
                    out.setdefault(_fold(stem + ending), peoples[country])
    return out


def _people_nouns(spec: dict[str, object]) -> dict[str, str]:
    """The nouns a language names a country's people by where they are no adjective with an ending ('people_nouns':
    Dutch 'de Belgen', 'de Chinezen'), glossed as the English people ('Belgians', 'Chinese') whom the gazetteer
    counts as the country's."""
    peoples = _english_demonyms(plural=True)
    out: dict[str, str] = {}
    for country, nouns in spec.get("people_nouns", {}).items():  # type: ignore[attr-defined]
        if country in peoples:
            for noun in nouns:
                out.setdefault(_fold(noun), peoples[country])
    return out


def _affixed_peoples(spec: dict[str, object], countries: dict[str, str]) -> dict[str, str]:
    """A one-word country's name (``countries``: CLDR's in the language, folded → English) with an affix that makes it
    a people: after one of the prefixes that make it its people ('people_prefixes': Swahili 'Wakenya', 'Watanzania'),
    glossed as the English people ('Kenyans') whom the gazetteer counts as the country's; before one of the suffixes
    that make it a people of that descent ('ethnic_suffixes': Chinese '德国族', Japanese 'ドイツ系', Korean '독일계'),
    glossed 'ethnic' and the English people ('ethnic Germans'): a group of people, wherever they live, not the
    country (places.json people_before_place). The prefixed forms come first: the glossary keeps the first."""
    peoples = _english_demonyms(plural=True)
    named = [(name, peoples[english]) for name, english in countries.items() if english in peoples and " " not in name]
    out = {_fold(prefix) + name: people for prefix in spec.get("people_prefixes", [])  # type: ignore[attr-defined]
           for name, people in named}
    ethnic = {name + _fold(suffix): f"ethnic {people}" for suffix in spec.get("ethnic_suffixes", [])  # type: ignore[attr-defined]
              for name, people in named}
    for key, people in ethnic.items():
        out.setdefault(key, people)
    return out


@lru_cache(maxsize=2)
def _english_demonyms(plural: bool = False) -> dict[str, str]:
    """Country (by its name or an alias: 'Czech Republic') → its first English demonym in the gazetteer's
    data file ('Mexico' → 'Mexican'), or with ``plural`` the people it names ('Mexicans'; 'Swiss' as written)."""
    out: dict[str, str] = {}
    for row in gazetteer_rows():
        demonyms = [d.strip() for d in (row.get("demonyms") or "").split("|") if d.strip()]
        if row.get("type") != "country" or not demonyms:
            continue
        first = demonyms[0]
        english = next((d for d in demonyms if d in (first + "s", first + "es")), first) if plural else first
        for name in [row["name"], *(row.get("aliases") or "").split("|")]:
            if name.strip():
                out.setdefault(name.strip(), english)
    return out


def _sentence_goes_on(text: str, at: int) -> bool:
    """What follows ``at`` (after spaces) is a letter not written as a capital, in any script, or a
    figure: no sentence ends before it."""
    after = _SPACES.match(text, at).end()  # type: ignore[union-attr]
    first = text[after:after + 1]
    return bool(first) and ((first.isalpha() and not first.isupper()) or first.isdigit() or first in "$€£¥("
                            or currency_sign_standing().match(text, after) is not None)


def _noun_follows(lang: Language, text: str, at: int) -> bool:
    """Whether a capitalised word of ``lang``'s glossary, not one of its function words, follows ``at``:
    in German 'Mio. Einwohner' the capital is the noun's, so the dot is the abbreviation's ('16,8 Mio.
    Einwohner'), while 'Mio. Die …' opens a sentence."""
    after = _SPACES.match(text, at).end()  # type: ignore[union-attr]
    word = _WORDS.match(text, after)
    if word is None or not word.group()[:1].isupper():
        return False
    folded = _fold(word.group())
    return folded not in lang.function_words and folded in lang.glossary


def glossary_matches(lang: Language, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each glossary entry in ``text[start:end]``, longest first at each word, left
    to right: a dictionary look-up per word and phrase length, linear in the text (an alternation
    of a thousand entries would try each at every character)."""
    if lang.unspaced:
        yield from _unspaced_matches(lang, text, start, end)
        return
    tokens = [(m.start(), m.end()) for m in _WORDS.finditer(text, start, end)]
    longest, openers = lang.longest_entry, lang.phrase_openers
    i = 0
    while i < len(tokens):
        found = None
        reach = longest if _fold(text[tokens[i][0]:tokens[i][1]]) in openers else 1
        for j in range(min(len(tokens), i + reach) - 1, i - 1, -1):
            first, last = tokens[i][0], tokens[j][1]
            key = " ".join(_fold(text[first:last]).split())
            # 'Mrd.', and 'тыс.' before its sentence goes on ('$10,5 тыс. у Казахстана'): the dot is the word's
            if text[last:last + 1] == "." and key + "." in lang.glossary \
                    and (key not in lang.glossary or _sentence_goes_on(text, last + 1)
                         or lang.capitalises_nouns and _noun_follows(lang, text, last + 1)):
                found = (j, last + 1)
                break
            if key in lang.glossary or (j == i and (key in lang.range_links or key in lang.range_openers)):
                found = (j, last)  # a range's word with no gloss of its own ('a', 'по') is read where it links
                break
        if found is None and lang.compound_links and compound_gloss(lang.code, _fold(text[tokens[i][0]:tokens[i][1]])):
            found = (i, tokens[i][1])  # a closed compound of words it knows ('bevolkingsgroei')
        if found is None:
            i += 1
            continue
        yield tokens[i][0], found[1]
        i = found[0] + 1


def _unspaced_matches(lang: Language, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each entry in ``text[start:end]`` of a language written without spaces: at each
    character the longest entry starting there, left to right (a word of Latin letters whole); a sound
    bracketed after a character ('國(guó)內') is read as if absent, inside the entry it stands in."""
    compact = _compacted(lang, text, start, end)
    if compact is None:
        yield from _unspaced_runs(lang, text, start, end)
        return
    short, where = compact
    for a, b in _unspaced_runs(lang, short, 0, len(short)):
        yield where[a], where[b - 1] + 1


def _compacted(lang: Language, text: str, start: int, end: int) -> tuple[str, list[int]] | None:
    """``text[start:end]`` with its bracketed sounds left out, and each character's offset in ``text``; None
    when it has none."""
    brackets = lang.transliterations(text, start, end)
    if not brackets:
        return None
    kept: list[int] = []
    at = start
    for a, b in [*brackets, (end, end)]:
        kept.extend(range(at, a))
        at = b
    return "".join(text[i] for i in kept), kept


def _unspaced_runs(lang: Language, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``_unspaced_matches`` of a text without bracketed sounds."""
    glossary, reach = lang.glossary, lang.longest_key
    i = start
    while i < end:
        glued = _figure_glued_entry(lang, text, i, end, start)
        if glued:  # '1인당' (per person): an entry that opens with its figure is a word, no figure of its own
            yield i, i + glued
            i += glued
            continue
        if text[i].isascii():
            # a Latin word ends where the language's own script starts ('GDPに占める' is 'GDP', then its words)
            m = _LATIN_WORD.match(text, i, end)
            if m is not None and _fold(m.group()) in glossary and (i == start or not text[i - 1].isalpha()):
                yield m.start(), m.end()
                i = m.end()
                continue
            i = m.end() if m is not None else i + 1
            continue
        for length in range(min(reach, end - i), 0, -1):
            key = lang.key(text[i:i + length])
            if key in glossary and not (lang.particles_end_words and key in lang.function_words
                                        and i + length < end and text[i + length].isalpha()):
                yield i, i + length
                i += length
                break
        else:
            i += 1


def _words_beside_compounds(lang: Language, text: str, start: int, end: int, compounds: list[tuple[int, int, str]],
                            compounded: SpanIndex) -> list[tuple[int, int]]:
    """The glossary's entries in ``text[start:end]`` that overlap none of the ``compounds`` (dates, figures). In a
    language without spaces an entry found across a compound's end ('年平均' of '2023年平均', whose '年' the year
    took) is looked for again after it, so the rest ('平均', average) is read rather than lost."""
    found = list(glossary_matches(lang, text, start, end))
    words: list[tuple[int, int]] = []
    for index, (w_start, w_end) in enumerate(found):
        if not compounded.overlaps(w_start, w_end):
            words.append((w_start, w_end))
            continue
        if not lang.unspaced:
            continue
        resume = max(c_end for c_start, c_end, _ in compounds if c_start < w_end and w_start < c_end)
        stop = found[index + 1][0] if index + 1 < len(found) else end
        if resume < stop:
            words += [(a, b) for a, b in glossary_matches(lang, text, resume, stop) if not compounded.overlaps(a, b)]
    return words


def _figure_glued_entry(lang: Language, text: str, i: int, end: int, start: int) -> int:
    """The length of the longest entry written with a digit first ('1인당': per capita) starting at ``i``, where a
    figure starts; 0 when none does. A month's numeral ('4월') is left to the language's dates."""
    if not text[i].isdigit() or i > start and (text[i - 1].isdigit() or text[i - 1] in ".,"):
        return 0
    for length in range(min(lang.longest_key, end - i), 1, -1):
        key = lang.key(text[i:i + length])
        if key in lang.glossary and key not in lang.month_surfaces and not text[i + length - 1].isdigit():
            return length
    return 0


@lru_cache(maxsize=1)
def _lookalikes() -> tuple[re.Pattern[str], dict[int, str]]:
    """A word mixing Cyrillic letters with Latin or Greek ones drawn alike ('пpoцeнтa', 'XИΠЦ'), and the table
    that writes those in Cyrillic ('lookalike_letters')."""
    letters: dict[str, str] = _data().get("lookalike_letters", {}).get("cyrillic", {})
    alike = re.escape("".join(letters))
    word = re.compile(rf"[^\W\d_]*(?:[\u0400-\u04ff][^\W\d_]*[{alike}]|[{alike}][^\W\d_]*[\u0400-\u04ff])[^\W\d_]*")
    return word, str.maketrans(letters)


@lru_cache(maxsize=1)
def _lookalike_marks() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A sign drawn like a script's full stop right after a character that is no digit nor space (the Bengali
    currency numerator four '৷' typed for the danda '।'), and the stop each stands for ('lookalike_marks')."""
    marks: dict[str, str] = _data().get("lookalike_marks", {})
    found = re.compile(rf"(?<=[^\d\s])[{re.escape(''.join(marks))}]") if marks else None
    return found, marks


def unmixed_letters(text: str) -> str:
    """``text`` with each word that mixes Cyrillic letters with Latin or Greek ones drawn alike written in Cyrillic
    alone, as its reader sees it (pages typeset to dodge filters write 'пpoцeнтa' for 'процента'), and each sign
    drawn like a script's full stop written as that stop ('শতাংশ৷' → 'শতাংশ।'); offsets kept."""
    if text.isascii():
        return text
    stops, marks = _lookalike_marks()
    if stops is not None:
        text = stops.sub(lambda m: marks[m.group()], text)
    word, table = _lookalikes()
    return word.sub(lambda m: m.group().translate(table), text) if _CYRILLIC_LETTER.search(text) else text


_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")


def detect(text: str, default: str = ENGLISH) -> str:
    """The language whose function words ``text`` holds most; when none stands out, the one language
    its script tells (``script_language``: a short '通胀率为5.6%。' is Chinese), else ``default``. Only
    words in lower case count: 'El Salvador', 'La Paz' and 'De Beers' are names in any language."""
    counts = _counts(text)
    _kin_of_default_ruled_out(text, counts, default)
    decided = _decide(counts, default, text)
    if decided == default and not _stands_out(counts):
        return script_language(text, default) or default
    return decided


def _stands_out(counts: dict[str, int]) -> bool:
    best = max(counts.values(), default=0)
    return best >= _min_hits() and sorted(counts.values())[-2] != best


def script_language(text: str, default: str = ENGLISH) -> str | None:
    """The one listed language whose letters are written in the script most of ``text``'s letters are
    in (and in every other script it holds), the one writing the fewest scripts if several do: Greek
    is 'el', ideographs alone 'zh', with kana 'ja'; of several writing it, the script's default in
    languages.json (Arabic's, 'ar'); None for a script several languages share alike with none (Latin,
    Cyrillic), one no language writes, or one ``default`` writes too (a Japanese draft's
    headline in kanji alone stays Japanese)."""
    if text.isascii():
        return None
    counts = _script_counts(text)
    if not counts:
        return None
    main = max(counts, key=counts.__getitem__)
    if 2 * counts[main] <= sum(counts.values()):
        return None
    held = {script for script, n in counts.items() if 10 * n >= sum(counts.values())}  # a stray Latin name aside
    scripts = _language_scripts()
    if main in scripts.get(default, frozenset()):
        return None
    fitting = sorted((len(written), code) for code, written in scripts.items() if held <= written)
    if not fitting and main != "LATIN":
        # every language quotes names and units in Latin letters ('American Meteorological Society', 'Parts Per
        # Million' in a Thai sentence): when no language writes both, the Latin quotes tell nothing
        held.discard("LATIN")
        fitting = sorted((len(written), code) for code, written in scripts.items() if held <= written)
    if not fitting:
        return None
    tied = [code for n, code in fitting if n == fitting[0][0]]
    if len(tied) == 1:
        return tied[0]
    # a script several languages write, none of whose words the text holds: the one a newsroom's copy in that
    # script is read as (``script_defaults``: Arabic script as Arabic, Persian and Urdu telling themselves by
    # their words), none for Latin or Cyrillic
    fallback = _data()["detect"].get("script_defaults", {}).get(main)
    return fallback if fallback in tied else None


@lru_cache(maxsize=1)
def _language_scripts() -> dict[str, frozenset[str]]:
    """Each language (English too) → the scripts its function words and glossary are written in."""
    found: dict[str, frozenset[str]] = {ENGLISH: frozenset({"LATIN"})}
    for code, spec in _data()["languages"].items():
        letters = {ch for word in [*spec.get("function_words", []), *spec.get("words", {})] for ch in word if ch.isalpha()}
        found[code] = frozenset(_script(ch) for ch in letters) - {""}
    return found


def _counts(text: str) -> dict[str, int]:
    """How many words of ``text`` (lower case) tell each language."""
    text = unmixed_letters(text)
    table = _languages_of_word()
    counts = dict.fromkeys(_telling_words(), 0)
    text = text.translate(_ONE_APOSTROPHE).translate(_ARABIC_SPELLINGS)  # as the telling words are keyed (``_fold``)
    told_end = -2  # where the last word that told a language ended (none yet: no word starts right after it)
    for m in _WORDS.finditer(text):
        at = m.start()
        if at >= 2 and text[at - 1] == "'" and text[at - 2].isdigit():
            continue  # '2021'de', '36,1'e': a case ending glued to a figure, no word of any language
        if at == told_end + 1 and text[told_end] in _HYPHENS:
            told_end = m.end()
            continue  # 'year-on-year' tells its language once, as one word, not once a part
        word = m.group()
        codes = table.get(word, ())
        if not codes and text.startswith(".", m.end()):
            codes = table.get(word + ".", ())  # an abbreviation of the glossary, written with its dot ('mia.', 'kr.')
        # the first part of a hyphenated word ('Die-hard', 'Man-made') is no word of its own
        if not codes and word[:1].isupper() and word[1:].islower() and not text.startswith(_HYPHENS, m.end()):
            # a sentence's or a table cell's first word, not the first of a name ('La Paz', 'De Beers'):
            # 'Taux d'inflation | 0,7 |', 'Consumentengoederen waren …' tell their language by it too
            codes = table.get(word.lower(), ()) if _opens_clause(text, at, m.end()) else ()
            codes = codes or _noun_languages().get(word.lower(), ())  # 'Prozent', 'Tonnen': a German table's header
        elif not codes and word.isupper() and len(word) > 1:
            codes = _acronym_languages().get(word.lower(), ())  # 'PIL', 'PIB': an infobox's or a table's row label
        for code in codes:
            counts[code] += 1
        if codes:
            told_end = m.end()
    if not text.isascii() and _UNSPACED_LETTER.search(text):
        for code, words in _unspaced_telling().items():  # no spaces to find a word by: each is counted where it stands
            written = text.translate(table) if (table := _variants(code)) else text  # '消費價格' counts as '消费价格'
            counts[code] += sum(written.count(word) for word in words)
        _unwritten_scripts_ruled_out(text, counts)
    return counts


def _held_scripts(text: str) -> frozenset[str]:
    """The scripts of ``text``'s letters other than Latin, which every language quotes names and units in."""
    return frozenset(_script_counts(text)) - {"LATIN", ""}


def _unwritten_scripts_ruled_out(text: str, counts: dict[str, int]) -> None:
    """Of the languages ``text``'s words tell, those that never write a script it holds are no longer told
    when another told language writes every one: kana is Japanese, so '年度 | 地区 | カテゴリ' is not Chinese,
    whatever kanji words of Chinese's glossary it holds too. Latin aside, which every language quotes."""
    told = [code for code, n in counts.items() if n and code != ENGLISH]
    if len(told) < 2:
        return
    held, scripts = _held_scripts(text), _language_scripts()
    writing = [code for code in told if held <= scripts.get(code, frozenset())]
    if writing and len(writing) < len(told):
        for code in told:
            if code not in writing:
                counts[code] = 0


def _kin_of_default_ruled_out(text: str, counts: dict[str, int], default: str) -> None:
    """A paragraph of an unspaced language's draft written only in letters that language writes (a Japanese
    table's row in kanji alone, '2024年 | 全国 | 総合') is the draft's language, not another unspaced one
    whose glossary holds the same characters ('年', '全国' are Chinese entries too): found inside runs of
    letters, such words tell nothing the draft's own letters do not."""
    spec = _data()["languages"].get(default)
    if not spec or not spec.get("unspaced") or not any(counts.get(code) for code in _unspaced_telling() if code != default):
        return
    if _held_scripts(text) <= _language_scripts().get(default, frozenset()):
        for code in _unspaced_telling():
            if code != default:
                counts[code] = 0


_CLAUSE_OPENS = re.compile(r"(?:\A|[.!?|\n\u2022:;])[\s\"'(\[\u00ab\u201c\u201e\u2018-]*\Z")  # before a first word
_NEXT_LETTER = re.compile(r"[\s\u00a0]+([^\W\d_])")  # the first letter of the next word
_HYPHENS = ("-", "\u2010", "\u2011")


def _opens_clause(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` opens a sentence or a table's cell, and no capitalised word
    follows it (a name of several words: 'El Salvador', 'Los Angeles')."""
    if _CLAUSE_OPENS.search(text, max(0, start - 8), start) is None:
        return False
    following = _NEXT_LETTER.match(text, end)
    return following is None or not following.group(1).isupper()


@lru_cache(maxsize=None)
def _variants(code: str) -> dict[int, str]:
    """A language's variant characters (``variant_characters``) as a translation table; empty for most."""
    return str.maketrans(_data()["languages"].get(code, {}).get("variant_characters", {}))


_UNSPACED_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # kana and CJK ideographs


@lru_cache(maxsize=1)
def _unspaced_telling() -> dict[str, tuple[str, ...]]:
    """The words that tell each language written without spaces (Chinese, Japanese)."""
    return {code: tuple(_telling_words()[code]) for code, spec in _data()["languages"].items()
            if spec.get("unspaced")}


@lru_cache(maxsize=1)
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Word (lower case) → the languages it tells: one look-up per word of a draft."""
    out: dict[str, list[str]] = {}
    for code, words in _telling_words().items():
        for word in words:
            out.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in out.items()}


def home_currency(text: str) -> str | None:
    """The currency of the language most of the telling words of ``text`` are words of, whatever their case
    (a table's row label and header: 'Gjennomsnitt' is Norwegian, NOK; 'Kurs średni' Polish, though Serbian
    writes 'kurs' too), when every territory writing that language first has that one currency
    (languages.json ``home_currency``); None when no language, or no one language most, is told."""
    table = _languages_of_word()
    counts: dict[str, int] = {}
    for m in _WORDS.finditer(text):
        for code in table.get(m.group().lower(), ()):
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[1] == ranked[0]:
        return None
    return home_currency_of(max(counts, key=counts.__getitem__))


def home_currency_of(code: str) -> str | None:
    """The one currency of every territory writing language ``code`` first (languages.json ``home_currency``), or None."""
    home = _data()["languages"].get(code, {}).get("home_currency")
    return str(home) if home else None


@lru_cache(maxsize=256)
def language_naming(text: str, english: frozenset[str]) -> str | None:
    """The one language with a word in ``text`` (languages.json 'words') whose gloss is one of ``english`` (lower
    case), or None. A table's caption in another language than its page ('TIPOS DE CAMBIO … por Dólar') is too
    short, or too much in capitals, for ``detect`` to tell its language; a word naming what the table holds tells it."""
    folded = _fold(text)
    written = {code: sum(len(m.group()) for m in pattern.finditer(folded)) for code, pattern in _words_glossed_as(english).items()}
    most = max(written.values(), default=0)
    # the longest words tell it ('tipos de cambio' is Spanish, though Italian writes 'cambio' too)
    found = [code for code, length in written.items() if length == most > 0]
    if len(found) > 1:
        found = [code for code in found if code == detect(text, default="")]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=256)
def glossed_in(text: str, code: str) -> str:
    """``text`` glossed into English as words of language ``code``."""
    return gloss_paragraphs(text, [(0, len(text), code)]).text


@lru_cache(maxsize=4)
def _words_glossed_as(english: frozenset[str]) -> dict[str, re.Pattern[str]]:
    """Language → its words (as the glossary keys them) whose gloss is one of ``english``, as one pattern."""
    found: dict[str, re.Pattern[str]] = {}
    for code, spec in _data()["languages"].items():
        words = [_fold(k) for k, gloss in spec.get("words", {}).items() if str(gloss).lower() in english]
        if words:
            found[code] = re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)")
    return found


@lru_cache(maxsize=1)
def _noun_languages() -> dict[str, tuple[str, ...]]:
    """Word (lower case) → the languages that write it with a capital as a noun ('capitalises_nouns':
    German's 'Prozent', 'Emissionen'): its telling words other than function words, which a capital
    makes a name or a sentence's first word ('Die Welt')."""
    out: dict[str, list[str]] = {}
    for code, spec in _data()["languages"].items():
        if spec.get("capitalises_nouns"):
            for word in _telling_words().get(code, frozenset()) - _function_words()[code]:
                out.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in out.items()}


@lru_cache(maxsize=1)
def _acronym_languages() -> dict[str, tuple[str, ...]]:
    """Word (lower case) → the languages whose glossary writes it as an acronym in capitals ('PIL' is
    Italian's GDP, 'PIB' Portuguese's, Spanish's and French's): a telling word other than a function word
    (a headline in capitals writes 'LA' and 'DE' as any word), at most ``acronym_letters`` letters."""
    most = int(_data().get("detect", {}).get("acronym_letters", 0))
    out: dict[str, list[str]] = {}
    for code, words in _telling_words().items():
        for word in words - _function_words()[code]:
            if 1 < len(word) <= most and word.isalpha():
                out.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in out.items()}


def _decide(counts: dict[str, int], default: str, text: str = "") -> str:
    best = max(counts, key=lambda c: (counts[c], c == default))
    if counts[best] < _min_hits():
        return _lone_language(counts, text) or default
    tied = [code for code, n in counts.items() if n == counts[best]]
    if len(tied) == 1:
        return best
    # Kindred languages sharing their function words ('var', 'på'): a word English writes too tells
    # none of them from English, but it still tells which of them wrote 'dollar'. When nothing tells them
    # apart, the words are still none of English's: the first of them glosses what they share
    # (``doubted_languages`` says the guess, and what it reads goes to review rather than a flag)
    if ENGLISH not in tied and default not in tied:
        return _tie_told(text, tied) or tied[0]
    if ENGLISH in tied and default == ENGLISH:
        return _told_from_english(text, [code for code in tied if code != ENGLISH]) or default
    return default


def _told_from_english(text: str, tied: list[str]) -> str | None:
    """Of languages tied with English on ``text``'s telling words, the one English's hits do not tell it
    from: the English words that are its function words too ('in', 'was' are Dutch as well) are no sign of
    English beside it, while its own ('inflatie', 'procent') are none of English's. 'De inflatie in
    Nederland was 10,0 procent' is Dutch."""
    english = [_fold(m.group()) for m in _WORDS.finditer(text) if _fold(m.group()) in _function_words()[ENGLISH]]
    told = [code for code in tied if sum(word not in _function_words()[code] for word in english) == 0]
    if len(told) > 1:
        return _tie_told(text, told) or told[0]
    return told[0] if told else None


def _tie_told(text: str, tied: list[str]) -> str | None:
    """The one of ``tied`` languages the text's other words, letters or glossary tell, if one is."""
    return _tie_broken(text, tied) or _told_by_letters(text, tied) or _told_by_glossary(text, tied)


@lru_cache(maxsize=256)  # asked once per flagged claim of a paragraph: read each paragraph once, not once a claim
def doubted_languages(text: str, default: str = ENGLISH) -> tuple[str, ...]:
    """The languages ``text``'s words might be in when ``detect`` could not tell which: kindred languages
    tied on its words with nothing else telling them apart ('i Norge var … procent år' is Swedish, Danish
    or Norwegian), or a paragraph read as English though more of its telling words are another language's
    than English's, too few to tell whose ('Inflationen: 5,8 procent'). Empty when its language was told."""
    counts = _counts(text)
    _kin_of_default_ruled_out(text, counts, default)
    foreign = {code: n for code, n in counts.items() if code != ENGLISH and n}
    if not foreign:
        return ()
    top = max(foreign.values())
    leaders = [code for code, n in foreign.items() if n == top]
    decided = detect(text, default)
    if decided == ENGLISH:
        return tuple(leaders) if counts.get(ENGLISH, 0) < top else ()
    # kin glossing every word alike read it whole whichever wrote it: only words the guess left unread leave doubt
    if decided in leaders and len(leaders) > 1 and top >= _min_hits() and counts.get(ENGLISH, 0) < top \
            and default not in leaders and _tie_told(text, leaders) is None and unknown_words(text, decided, capitals=True):
        return tuple(leaders)
    return ()


def _lone_language(counts: dict[str, int], text: str) -> str | None:
    """The language of a short line ('ca. 16,8 Mio. Einwohner', an infobox's 'Počet obyvateľov: 15, 431 mil.')
    whose telling words are all one language's and none English's: such a line holds too few words to
    reach ``min_hits``, and English copy always writes some of its own words."""
    limit = int(_detection().get("line_words", 0))  # type: ignore[call-overload]
    if not limit or counts.get(ENGLISH, 0):
        return None
    told = [code for code, n in counts.items() if n]
    if len(told) != 1 or len(_WORDS.findall(text)) > limit:
        return None
    # a letter or two ("Vietnam's" leaves an 's') and what English reads as written ('km') tell no language here;
    # two letters one of which English never writes do ('tỷ', billion: Vietnamese words are syllables)
    kept = _WORDS.sub(lambda m: m.group() if _long_or_foreign(m.group().rstrip("'\u2019\u02bc"))
                      and unicodedata.normalize("NFKC", _fold(m.group())) not in _read_as_written() else " ", text)
    return told[0] if _counts(kept).get(told[0], 0) else None


def _long_or_foreign(word: str) -> bool:
    """A word of more than two letters, or of two one of which is no ASCII letter ('tỷ', not the 's' of "Vietnam's")."""
    return len(word) > 2 or len(word) == 2 and not word.isascii()


def _tie_broken(text: str, tied: list[str]) -> str | None:
    """Of languages tied on ``text``'s telling words, the one more of its other words (those English
    writes too, ``_shared_english_words``) are words of, if one is."""
    shared = _shared_english_words()
    words = [_fold(word) for word in _WORDS.findall(text)]
    hits = {code: sum(word in shared.get(code, ()) for word in words) for code in tied}
    most = max(hits.values())
    leaders = [code for code, n in hits.items() if n == most]
    return leaders[0] if most and len(leaders) == 1 else None


def _told_by_letters(text: str, tied: list[str]) -> str | None:
    """Of languages tied on ``text``'s words, the one whose own letters ('letters' in languages.json) it
    writes where its kin's are not: 'ç', 'ã' tell Portuguese from Spanish, 'ř', 'ů' Czech from Slovak."""
    alphabets = {code: frozenset(str(_data()["languages"][code].get("letters", ""))) for code in tied}
    folded = text.lower()
    hits = {code: sum(ch in own and not any(ch in alphabets[other] for other in tied if other != code)
                      for ch in folded)
            for code, own in alphabets.items()}
    most = max(hits.values())
    leaders = [code for code, n in hits.items() if n == most]
    return leaders[0] if most and len(leaders) == 1 else None


def _told_by_glossary(text: str, tied: list[str]) -> str | None:
    """Of languages tied on ``text``'s words, the one whose glossary leaves the fewest of its words unread
    (``unknown_words``): Swedish reads 'konsumentprisinflationen' as its compound, its kin do not."""
    unread = {code: len(unknown_words(text, code, capitals=True)) for code in tied}
    fewest = min(unread.values())
    leaders = [code for code, n in unread.items() if n == fewest]
    return leaders[0] if len(leaders) == 1 else None


@lru_cache(maxsize=1)
def _shared_english_words() -> dict[str, frozenset[str]]:
    """Each language's one-word glossary entries that English writes alike, as its own plural ('dollar'
    → 'dollars', 'Euro'): no sign of the language against English, but one among its kin."""
    out: dict[str, frozenset[str]] = {}
    for code, spec in _data()["languages"].items():
        out[code] = frozenset(_fold(k) for k, v in spec.get("words", {}).items()
                              if " " not in k and _fold(k) in (_fold(v), _fold(v).removesuffix("s")))
    return out


@lru_cache(maxsize=1)
def _min_hits() -> int:
    return int(_detection()["min_hits"])


@lru_cache(maxsize=1)
def _detection() -> dict[str, object]:
    """What telling a draft's language needs (``_telling_words``, ``min_hits``). Making it reads every
    language's glossary and walks the lexicon, ~15 ms of a cold check of an English draft, so a run of the
    command keeps it in its cache folder under the data it is made from; the glossaries themselves are
    read only for a draft in another language."""
    from .regex_cache import kept_json

    data = resources.files("workbench").joinpath("data")
    sources = [unicodedata.unidata_version.encode(), *(data.joinpath(name).read_bytes()
                                                       for name in ("languages.json", "lexicon.json"))]

    def build() -> dict[str, object]:
        return {"min_hits": int(_data().get("detect", {}).get("min_hits", 2)),
                "line_words": int(_data().get("detect", {}).get("line_words", 0)),
                "telling": {code: sorted(words) for code, words in _built_telling_words().items()}}

    def valid(kept: object) -> bool:
        return isinstance(kept, dict) and isinstance(kept.get("min_hits"), int) and isinstance(kept.get("telling"), dict) \
            and all(isinstance(words, list) for words in kept["telling"].values())

    return kept_json("language_detection", sources, build, valid)


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    """Each language's function words, English's first: detection needs no glossary (nor babel)."""
    data = _data()
    out = {ENGLISH: frozenset(_fold(w) for w in data.get("en", {}).get("function_words", []))}  # type: ignore[attr-defined]
    for code, spec in data["languages"].items():  # type: ignore[attr-defined]
        out[code] = frozenset(_fold(w) for w in spec.get("function_words", {}))
    return out


@lru_cache(maxsize=1)
def _telling_words() -> dict[str, frozenset[str]]:
    """Each language's words that tell it (``_built_telling_words``), as kept between runs."""
    telling: dict[str, list[str]] = _detection()["telling"]  # type: ignore[assignment]
    return {code: frozenset(words) for code, words in telling.items()}


def _built_telling_words() -> dict[str, frozenset[str]]:
    """Each language's function words and the one-word entries of its ``words``, less every word
    English has too ('in', 'billion', 'per', 'inflation', and one glossed as its own English plural:
    German's 'Dollar' → 'dollars' is the English 'Dollar' of a quoted post): what tells a short sentence's
    language."""
    data = _data()
    english = _english_words()
    out = {ENGLISH: _function_words()[ENGLISH]}
    for code, spec in data["languages"].items():  # type: ignore[attr-defined]
        words = {_fold(k) for k in spec.get("words", {}) if " " not in k}
        spelling = _latin_spelling(spec)  # 'náreste' tells Kazakh as 'нәресте' does
        words = (words | {word.translate(spelling) for word in words} if spelling else words) - _shared_english_words()[code]
        out[code] = (_function_words()[code] | frozenset(words)) - english
    return out


def _latin_spelling(spec: dict[str, object]) -> dict[int, str]:
    """The table that spells a language's words in the Latin letters it is written in too ('latin_letters':
    Kazakh 'теңге' → 'teńge'); empty for a language written in one alphabet."""
    return str.maketrans(spec.get("latin_letters", {}))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The English words the lexicon knows (its stop words, scale words, months, units of time …)."""
    from .numbers import lexicon

    out: set[str] = set(_function_words()[ENGLISH])

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.update(_fold(w) for w in value.split() if w.isalpha())
        elif isinstance(value, dict):
            for key, item in value.items():
                if not str(key).startswith("_"):
                    walk(key)
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk({k: v for k, v in lexicon().items() if not k.startswith("_")})
    # other languages' scale words the English reading reads too ('bilhões') are theirs, not English's
    foreign: set[str] = set()
    for name in _data().get("detect", {}).get("foreign_lexicon_lists", []):
        listed = lexicon().get(name, {})
        foreign.update(_fold(w) for w in (listed.get("words", []) if isinstance(listed, dict) else listed))
    return frozenset(out - foreign)


@dataclass
class Gloss:
    """A text glossed into English, and the way back to the original's offsets."""

    text: str
    # (glossed start, original start, glossed end, original end) of every replaced stretch, in order
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)
    # original (start, end) of each glossed paragraph, and its language
    languages: list[tuple[int, int, str]] = field(default_factory=list)

    @cached_property
    def _starts(self) -> list[int]:
        return [s[0] for s in self.spans]

    def to_original(self, offset: int) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return offset
        _, o_start, g_end, o_end = self.spans[i]
        if offset < g_end:
            return o_start
        return o_end + (offset - g_end)

    def to_original_end(self, offset: int) -> int:
        """The original offset of a stretch's end: inside or at the end of a glossed word, that word's end."""
        i = bisect.bisect_left(self._starts, offset) - 1
        if i >= 0 and offset <= self.spans[i][2]:
            return self.spans[i][3]
        if i + 1 < len(self.spans) and self.spans[i + 1][0] == offset:
            # a dropped word right after the stretch ('80tが'): the stretch ends before it, not after
            return self.spans[i + 1][1]
        return self.to_original(offset)

    @cached_property
    def _original_starts(self) -> list[int]:
        return [s[1] for s in self.spans]

    def to_glossed(self, original_offset: int) -> int:
        """The glossed offset of an original one; inside a replaced stretch, the stretch's start."""
        i = bisect.bisect_right(self._original_starts, original_offset) - 1
        if i < 0:
            return original_offset
        g_start, _, g_end, o_end = self.spans[i]
        return g_start if original_offset < o_end else g_end + (original_offset - o_end)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p[0] for p in self.languages]

    def language_at(self, original_offset: int) -> str:
        i = bisect.bisect_right(self._paragraph_starts, original_offset) - 1
        if i >= 0 and original_offset < self.languages[i][1]:
            return self.languages[i][2]
        return ENGLISH


_LAST_WORD_HYPHEN = re.compile(r"(?<![\w-])([^\W\d_]{2,})-\Z")


def _acronym_joined(before: str) -> bool:
    """Whether the text before a glossed word ends in an acronym and a hyphen, as compounds join them
    ('EU-Durchschnitt', 'OECD-landen')."""
    found = _LAST_WORD_HYPHEN.search(before)
    return found is not None and found.group(1).isupper()


def gloss_paragraphs(text: str, paragraphs: list[tuple[int, int, str]], dated: dt.date | None = None,
                     own_countries: dict[str, str] | None = None) -> Gloss:
    """``text`` with each (start, end, language) stretch glossed; the rest kept as it is. ``dated``: the day
    the text was written, which tells the year of a month of another calendar named without one.
    ``own_countries``: language → the country its 'our country' is on this page (``own_country_glosses``)."""
    own_glosses = {k: v for k, v in _data().get("own_country_glosses", {}).items()
                   if not k.startswith("_")} if own_countries else {}
    out: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    at = 0
    length = 0
    text = unmixed_letters(_decimal_commas(text, paragraphs))
    # a plain-text table's header line: its cells run together by blanks are told apart by their capitals
    # (structure.capitalised_header_cells), which its glossed words keep
    header_lines = SpanIndex((h_start, h_end) for h_start, h_end, _, rows in plain_tables(text) if h_start < h_end)
    for start, end, code in sorted(paragraphs):
        lang = language(code)
        if lang is None or start < at:
            continue
        calendar_years = list(_calendar_years(code, text, start, end, dated))
        years = SpanIndex((y_start, y_end) for y_start, y_end, _ in calendar_years)
        compounds = calendar_years + [c for c in (*_number_compounds(code, text, start, end), *_figure_affixes(code, text, start, end),
                                                  *_numeric_dates(code, text, start, end),
                                                  *_days_of_months(code, text, start, end),
                                                  *_separable_verbs(code, text, start, end),
                                                  *_verb_first_changes(lang, text, start, end))
                                      if not years.overlaps(c[0], c[1])]
        sounds = lang.transliterations(text, start, end)  # a bracket of a sound is no punctuation of the sentence
        in_sounds = SpanIndex(sounds)
        compounds = [c for c in compounds if not in_sounds.contains(c[0], c[1])]
        compounds = _postposition_span_ends(code, text, start, end, compounds,
                                            _unspaced_figures(code, text, start, end, compounds))
        compounds = _comparison_bases(code, text, end, compounds)
        compounds = _postposition_year_spans(code, text, end, compounds)
        compounds += _place_homonyms_as_words(code, text, start, end, compounds)
        compounded = SpanIndex((c_start, c_end) for c_start, c_end, _ in compounds)
        words = [(s, e, None) for s, e in _words_beside_compounds(lang, text, start, end, compounds, compounded)]
        read = SpanIndex((r_start, r_end) for r_start, r_end, _ in compounds + words)
        # a bracketed sound no word or figure took in is dropped: '增長(zhǎng)' reads 'rose'
        words += [(s, e, "") for s, e in sounds if not read.contains(s, e)]
        for m_start, m_end, fixed in sorted(compounds + words):
            english = fixed if fixed is not None else _english_for(lang, text, start, m_start, m_end)
            if english is None:
                continue
            if own_glosses and english in own_glosses and own_countries and code in own_countries:
                english = own_glosses[english].format(country=own_countries[code])
            if not english and m_start > start and text[m_start - 1] == " " and text[m_end:m_end + 1] == " ":
                m_end += 1  # a dropped word takes one of its spaces along: '2015 году (' reads '2015 (', one space
            if english[:1].isalpha() and m_start > start and text[m_start - 1].isdigit():
                english = " " + english  # a word glued to a figure ('2021წელს'): the year stays a year
            if english[-1:].isalpha() and text[m_end:m_end + 1].isdigit():
                english += " "  # a prefix glued to a figure (Arabic 'و14 مليار'): 'and 14 billion'
            elif english[-1:].isalpha() and text[m_end - 1:m_end] == "." and text[m_end:m_end + 1].isalpha():
                english += " "  # an abbreviation's dot glued to the next word ('901.4 հազ.մարդ'): 'thousand people'
            if lang.unspaced and english:  # '上涨2.0%' reads 'rose 2.0%': English needs its spaces
                english = (" " if m_start > start and not text[m_start - 1].isspace() else "") + english.strip() \
                    + (" " if text[m_end:m_end + 1] not in ("", " ") else "")  # '。1-11月': '. 1', no '.1'
            if english[:1].islower() and text[m_start:m_start + 1].isupper() and header_lines.contains(m_start, m_end):
                english = english[0].upper() + english[1:]
            kept = text[at:m_start]
            if english[:1].isalpha() and _acronym_joined(kept):
                kept = kept[:-1] + " "  # 'EU-Durchschnitt' is the EU average: English writes the parts apart
            out.append(kept)
            length += len(kept)
            spans.append((length, m_start, length + len(english), m_end))
            out.append(english)
            length += len(english)
            at = m_end
    out.append(text[at:])
    return Gloss("".join(out), spans, [p for p in sorted(paragraphs) if p[2] != ENGLISH])


def _place_homonyms_as_words(code: str, text: str, start: int, end: int,
                             compounds: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A city's name that is a common word of the language, written as the word ('Safi', 'pure'), glossed in lower case:
    the English reading finds no city there (``matching.place_homonyms``)."""
    from .matching.place_homonyms import common_words_in  # the place reading imports this module

    homonyms = list(common_words_in(text, start, end, code))
    if not homonyms:
        return []
    taken = SpanIndex((c_start, c_end) for c_start, c_end, _ in compounds)
    lang = language(code)
    glossary = lang.glossary if lang is not None else {}
    # a word the glossary reads ('Como', Spanish 'as') takes its English, which names no place either; so does a
    # phrase of the glossary the word stands in ('Gayri Safi Yurt İçi Hasıla', read whole as the phrase)
    phrases = SpanIndex(glossary_matches(lang, text, start, end)) if lang is not None else SpanIndex(())
    return [(s, e, text[s].lower() + text[s + 1:e]) for s, e in homonyms
            if not taken.overlaps(s, e) and not phrases.overlaps(s, e)
            and (lang is None or lang.key(text[s:e]) not in glossary)]


@lru_cache(maxsize=None)
def _compound_pattern(code: str) -> tuple[re.Pattern[str], dict[str, tuple[Decimal, str]]] | None:
    """The pattern of a figure written in parts ('37 mil 162.6 millones', '1 billón 649 mil 992.2
    millones', 'mil 826 miles de millones'), from the language's 'number_compounds'; None without."""
    spec = _data()["languages"].get(code, {}).get("number_compounds")
    if not spec:
        return None
    scales = {_fold(w): (Decimal(str(size)), english) for w, (size, english) in spec["scales"].items()}
    number = r"\d+(?:\.\d+)?"
    # the words as the glossary writes them, the longest winning ('miles de millones' over 'millones')
    big, thousand, scale = (alternation(words, flexible_space=False) for words in (spec["big"], spec["thousand"], scales))
    joiner = rf"(?:\s+(?:{alternation(spec['joiners'], flexible_space=False)})(?=\s))?" if spec.get("joiners") else ""
    pattern = re.compile(
        rf"(?<![\w.,])(?:(?P<big>\d+)\s+(?:{big})\s+)?(?:(?P<thousands>\d+)\s+)?"
        rf"(?:{thousand})\s+(?:(?P<rest>{number})\s+)?(?P<scale>{scale}){joiner}(?!\w)", re.IGNORECASE)
    return pattern, scales


def _number_compounds(code: str, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Figures written in parts, each as one English figure of its scale: '37 mil 162.6 millones de' →
    '37162.6 million' (thousands of the scale, then the rest of it; a 'billón' before them is a million
    of the scale). 'tres mil millones' and '3 mil millones' (nothing after 'mil') are the glossary's."""
    compiled = _compound_pattern(code)
    if compiled is None:
        return
    pattern, scales = compiled
    big_size = Decimal(str(_data()["languages"][code]["number_compounds"]["big_size"]))
    for m in pattern.finditer(text, start, end):
        if m.group("big") is None and m.group("rest") is None:
            continue  # '3 mil millones', 'doscientos treinta mil millones': one scale word, the glossary's
        size, english = scales[_fold(m.group("scale"))]
        total = Decimal(m.group("thousands") or 1) * 1000 + Decimal(m.group("rest") or 0)
        if m.group("big") is not None:
            total += Decimal(m.group("big")) * big_size / size
        yield m.start(), m.end(), f"{total:,f} {english}"


def _english_ordinal(number: int) -> str:
    """'3rd', '11th', '22nd': English's ordinal of ``number``."""
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


_ORDINAL_FIGURE = re.compile(r"\d+(?:st|nd|rd|th)\Z")
_PERIOD_READ = re.compile(r"(?:(?:in )?(?:January|February|March|April|May|June|July|August|September|October|November|December) )?"
                          r"\d{4}\Z")  # a date read whole: '2030', 'May 2030'
_BARE_FIGURE = re.compile(r"(?<![\d.,])[-+]?\d(?:[\d,]*\d)?(?:\.\d+)?\s?%?")
_CLAUSE_END = re.compile(r"[.;。；!?]")
# how far apart a span's two figures may stand ('1,329.4원에서 2분기 1,371.24원으로': a period between)
_SPAN_REACH = 40


def _postposition_span_ends(code: str, text: str, start: int, end: int, compounds: list[tuple[int, int, str]],
                            figures: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``compounds`` and ``figures`` (what the gloss reads whole), with a span of two figures of a language whose
    postpositions follow them ('figure_ranges_after': Korean '2030년 3.1%에서 2031년 2.4%로', '1분기 1,329.4원에서
    2분기 1,371.24원으로') read in English order: 'from 3.1% in 2030 to 2.4% in 2031', each figure's postposition
    taken in and the period written right before it (a year, a quarter) moved after it, as English says it.
    Only such a pair: '에서' after a place or alone stays 'in', '로' after a figure alone its own gloss."""
    spec = _data()["languages"].get(code, {}).get("figure_ranges_after")
    if not spec:
        return compounds + figures
    openers, links = spec.get("openers", {}), spec.get("links", {})
    ordinal_nouns = _data()["languages"][code].get("ordinal_after_figure", [])
    lang = language(code)
    # a figure the English reading takes as written ('3.1%'), besides those read here with their scale or unit
    read_whole = SpanIndex((a, b) for a, b, _ in [*compounds, *figures])
    bare = [(m.start(), m.end(), m.group()) for m in _BARE_FIGURE.finditer(text, start, end)
            if not read_whole.overlaps(m.start(), m.end())]
    pieces = sorted([*compounds, *figures, *bare])

    def word_after(words: dict[str, str], at: int) -> str | None:
        found = next((w for w in sorted(words, key=len, reverse=True) if text.startswith(w, at)), None)
        follows = text[at + len(found):at + len(found) + 1] if found else ""
        return found if found and not (follows and follows.isalpha()) else None

    def period_before(i: int) -> tuple[int, str] | None:
        """(start, English) of the period written right before piece ``i``: a date read whole (' 2030 '), or an
        ordinal and its noun ('2분기': the 2nd quarter)."""
        if i == 0 or text[pieces[i - 1][1]:pieces[i][0]].strip():
            for noun in ordinal_nouns:  # '2분기 1,371.24원': the ordinal, its noun, a space, the figure
                noun_at = len(text[:pieces[i][0]].rstrip()) - len(noun)
                if i and text.startswith(noun, noun_at) and pieces[i - 1][1] == noun_at \
                        and _ORDINAL_FIGURE.match(pieces[i - 1][2].strip()) and lang is not None:
                    return pieces[i - 1][0], f"the {pieces[i - 1][2].strip()} {lang.gloss_of(noun)}"
            return None
        before = pieces[i - 1][2].strip()
        return (pieces[i - 1][0], before) if _PERIOD_READ.match(before) else None

    quantities = [i for i, (s, _, english) in enumerate(pieces) if _BARE_FIGURE.match(text, s)
                  and not _ORDINAL_FIGURE.match(english.strip()) and not _PERIOD_READ.match(english.strip())]
    merged: dict[int, list[tuple[int, int, str]]] = {}
    for first, second in zip(quantities, quantities[1:]):
        a_end, (b_start, b_end, _) = pieces[first][1], pieces[second]
        opener, link = word_after(openers, a_end), word_after(links, b_end)
        if opener is None or link is None or first in merged or b_start - a_end > _SPAN_REACH + len(opener) \
                or _CLAUSE_END.search(text, a_end, b_start):
            continue
        for i, (f_start, f_end, english), word, said in ((first, pieces[first], opener, openers[opener]),
                                                         (second, pieces[second], link, links[link])):
            # three stretches, so the figure's own stays its surface: the period dropped where it stands, the figure
            # read with its 'from' or 'to', the period said in the postposition's place
            period = period_before(i)
            merged[i] = [*([(period[0], f_start, "")] if period else []), (f_start, f_end, f" {said} {english.strip()}"),
                         (f_end, f_end + len(word), f" in {period[1]} " if period else " ")]
    if not merged:
        return compounds + figures
    spans = [span for stretches in merged.values() for span in stretches]
    in_spans, read_whole_pieces = SpanIndex((a, b) for a, b, _ in spans), {*compounds, *figures}
    kept = [p for i, p in enumerate(pieces) if i not in merged and p in read_whole_pieces
            and not in_spans.contains(p[0], p[1])]
    return sorted(kept + spans)


def _comparison_bases(code: str, text: str, end: int, compounds: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``compounds`` with a period that a postposition after it makes a comparison's base ('base_after_period':
    Korean '2018년(104.45)보다 0.4% 상승', risen 0.4% from 2018) read with that word before it, as English says it
    ('from 2018 (104.45) 0.4% rise'): the figure after it is of another period, never of the base's. A figure in
    brackets may stand between the period and its postposition; the postposition itself is then dropped."""
    spec = _data()["languages"].get(code, {})
    bases = spec.get("base_after_period")
    if not bases:
        return compounds
    # a word ends at a letter only where words are spaced (Korean's phrases too); Japanese runs on ('と比べて排出量')
    bound = "" if spec.get("unspaced") and not spec.get("particles_end_words") else r"(?![^\W\d_])"
    # Korean's '1998년 외환위기 이후': the event the year dates, one spaced word, may stand before the postposition
    between = r"(?:[^\W\d_]+\s)?" if spec.get("base_noun_between") else ""
    pattern = re.compile(r"\s?(?:\([^()]{0,40}\))?\s?%s(%s)%s" % (between, "|".join(map(re.escape, sorted(bases, key=lambda w: (-len(w), w)))), bound))
    found: list[tuple[int, int, str]] = []
    for c_start, c_end, english in compounds:
        m = pattern.match(text, c_end, end)
        if m is None or not _PERIOD_READ.match(english.strip()):
            found.append((c_start, c_end, english))
            continue
        found += [(c_start, c_end, f"{bases[m.group(1)]} {english.strip()}"), (m.start(1), m.end(1), "")]
    return found


@lru_cache(maxsize=None)
def _year_spans(code: str) -> tuple[tuple[re.Pattern[str], tuple[str, ...], tuple[str, str]], ...]:
    """A language's ``year_spans_after``: each opener's pattern, its closers longest first, the English words."""
    spans = _data()["languages"].get(code, {}).get("year_spans_after") or []
    return tuple((re.compile(r"\s?(%s)\s?" % re.escape(span["opener"])),
                  tuple(sorted(span["closers"], key=len, reverse=True)), (span["english"][0], span["english"][1]))
                 for span in spans)


def _postposition_year_spans(code: str, text: str, end: int,
                             compounds: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``compounds`` with a span of two periods a postpositional language writes with its words after each
    ('year_spans_after': Japanese '2013年から2022年の間に', Korean '2013년부터 2022년까지', '2013년과 2022년 사이에')
    read in English order ('from 2013 to 2022', 'between 2013 and 2022'), so the span holds both years and the
    first is no year of the figure's own. The opener's words go before each period; its closer, which a span
    needs when the opener is also a plain 'and' ('と', '과'), is dropped."""
    spans = _year_spans(code)
    if not spans:
        return compounds
    ordered = sorted(compounds)
    replaced: dict[int, tuple[int, int, str]] = {}
    dropped: list[tuple[int, int, str]] = []
    for i, ((a_start, a_end, first), (b_start, b_end, second)) in enumerate(zip(ordered, ordered[1:])):
        if i in replaced or not (_PERIOD_READ.match(first.strip()) and _PERIOD_READ.match(second.strip())):
            continue
        closer_at = b_end + (text[b_end:b_end + 1] == " ")
        for opener, closers, (before_first, before_second) in spans:
            if (m := opener.fullmatch(text, a_end, b_start)) is None:
                continue
            closer = next((c for c in closers if text.startswith(c, closer_at)), None)
            if closer is None:
                continue
            replaced[i] = (a_start, a_end, f"{before_first} {first.strip()}")
            replaced[i + 1] = (b_start, b_end, f"{before_second} {second.strip()}")
            dropped.append((m.start(1), m.end(1), ""))
            if closer:
                dropped.append((closer_at, closer_at + len(closer), ""))
            break
    if not replaced:
        return compounds
    return [replaced.get(i, c) for i, c in enumerate(ordered)] + dropped


@lru_cache(maxsize=None)
def _affix_patterns(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The case endings a language writes after a figure ('2023'te', '%5'lik', 'yüzde 1575’le') and the
    percent sign or word it writes before one ('%64,8', 'yüzde 72,3'), from 'figure_suffixes' and
    'percent_before_figure'."""
    spec = _data()["languages"].get(code, {})
    suffixes = spec.get("figure_suffixes", [])
    # what joins the ending to the figure: an apostrophe (Turkish '2023'te'), a hyphen (Hungarian '2022-ben', '7,4%-kal')
    marks = spec.get("figure_suffix_marks") or "".join(sorted(APOSTROPHES))
    suffix = re.compile(rf"(?<=[\d%])[{re.escape(marks)}](?:{alternation(suffixes, flexible_space=False)})(?!\w)",
                        re.IGNORECASE) if suffixes else None
    markers = spec.get("percent_before_figure", [])
    before = r"(?<![\d%])" if spec.get("unspaced") else r"(?<![\w%])"  # Thai 'เพิ่มขึ้นร้อยละ 1.2': no space before the word
    # a per-hundred phrase after the figure (Hausa 'kashi 24.48 cikin 100', 'daga 34.8 cikin 100'): one percent sign,
    # whether the word before it is written too or not; its '100' is no figure of its own
    after = spec.get("percent_after_figure", [])
    per_hundred = rf"(?:\s+(?:{alternation(after, flexible_space=True)})(?![\w%]))" if after else ""
    figure = rf"(?P<figure>\d+(?:[.,]\d+)*{_said_point_tail(code)})(?![\d%])"
    forms = [rf"{before}(?:{alternation(markers, flexible_space=False)})\s?{figure}{per_hundred}?"] if markers else []
    if per_hundred:
        forms.append(rf"(?<![\w%.,]){figure}{per_hundred}".replace("?P<figure>", "?P<bare>"))
    percent = re.compile("|".join(forms), re.IGNORECASE) if forms else None
    return suffix, percent


@lru_cache(maxsize=None)
def _per_thousand_pattern(code: str) -> re.Pattern[str] | None:
    """The per-mille word a language writes before a figure ('per_thousand_before_figure': Turkish 'binde 7,1', the
    '‰' of '7,1‰'), as 'percent_before_figure' writes its percent word."""
    markers = _data()["languages"].get(code, {}).get("per_thousand_before_figure", [])
    if not markers:
        return None
    figure = rf"(?P<figure>\d+(?:[.,]\d+)*{_said_point_tail(code)})(?![\d%‰])"
    return re.compile(rf"(?<![\w%])(?:{alternation(markers, flexible_space=False)})\s?{figure}", re.IGNORECASE)


def _scales_before_figure(code: str) -> dict[str, str]:
    """A language's scale words written before the figure they multiply ('scales_before_figure': Swahili
    'milioni 54', 'shilingi bilioni 3.2') → the English scale word."""
    spec = _data()["languages"].get(code, {})
    return {_fold(k): v for k, v in spec.get("scales_before_figure", {}).items()}


def _numbers_after_scale(code: str) -> dict[str, str]:
    """A language's number words that a scale written before the figure takes as its figure ('numbers_after_scale':
    Swahili 'milioni tisa', nine million) → their digits."""
    spec = _data()["languages"].get(code, {})
    return {_fold(k): str(v) for k, v in spec.get("numbers_after_scale", {}).items()}


@lru_cache(maxsize=None)
def _units_before_scale(code: str) -> dict[str, str]:
    """A language's words for a unit ('tani', 'dola za marekani'), folded → their English ('tonnes', 'US
    dollars'): in a language that writes its scale before the figure, they come first of all."""
    lang = language(code)
    if lang is None:
        return {}
    return {word: english for word, english in lang.glossary.items() if english and canonical_unit(english)}


@lru_cache(maxsize=None)
def _ordinal_pattern(code: str) -> re.Pattern[str] | None:
    """A figure with the ending that makes it an ordinal in a language ('ordinal_endings': French '26e',
    '1er', '3ème'); None where the language lists none."""
    endings = _data()["languages"].get(code, {}).get("ordinal_endings", [])
    if not endings:
        return None
    return re.compile(rf"(?<![\w.,])(?P<number>\d{{1,4}})(?:{alternation(endings, flexible_space=False)})(?!\w)",
                      re.IGNORECASE)


# a rank's numeral and the dot that makes it an ordinal, before a word in lower case ('das 62.
# bevölkerungsreichste Land', 'dünyanın 18. büyük ülkesi'): an adjective, where a sentence would open in capitals
_ORDINAL_DOT = re.compile(r"(?<![\w.,])(?P<number>\d{1,3})\.(?=\s+(?P<next>[^\W\d_]+))")


def _ordinal_dots(code: str, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """A rank written as a numeral and a dot ('ordinal_dot': German '62. bevölkerungsreichste'), read as
    English writes one ('62nd most populous'), so no figure is taken from it; a day before a month's
    name ('am 9. mai') is a date's, read by ``_ordinal_day_dots``."""
    if not _data()["languages"].get(code, {}).get("ordinal_dot"):
        return
    lang = language(code)
    months = lang.month_surfaces if lang is not None else frozenset()
    for m in _ORDINAL_DOT.finditer(text, start, end):
        if m.group("next").islower() and _fold(m.group("next")) not in months:
            yield m.start(), m.end(), _english_ordinal(int(m.group("number")))


@lru_cache(maxsize=None)
def _ordinal_word_pattern(code: str) -> re.Pattern[str] | None:
    """A word that makes the figure after it an ordinal ('ordinal_words_before': Vietnamese 'thứ 35',
    the 35th); None where the language lists none."""
    words = _data()["languages"].get(code, {}).get("ordinal_words_before", [])
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+(?P<number>\d{{1,4}})(?![\d.,]?\d)(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _decade_pattern(code: str) -> re.Pattern[str] | None:
    """A decade written as its first year and an ending ('decade_endings': German '1960er Jahren', 'der
    1990er-Jahre'), read as English writes it ('1960s'); None where the language lists none."""
    endings = _data()["languages"].get(code, {}).get("decade_endings", [])
    if not endings:
        return None
    return re.compile(rf"(?<![\w.,])(?P<decade>(?:1[6-9]|20)\d0)(?:{alternation(endings)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _decade_opening_pattern(code: str) -> re.Pattern[str] | None:
    """A decade written as a word and its first year ('decade_openings': French 'les années 2010'), the
    last century's in two digits too ('années 60'); a year of no decade ('années 2022') or one joined to
    another figure ('années 2010 et 2020', years listed) is none. None where the language lists none."""
    openings = _data()["languages"].get(code, {}).get("decade_openings", [])
    if not openings:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(openings)})\s+(?:(?P<decade>(?:1[6-9]|20)\d0)|(?P<short>[2-9]0))"
                      rf"(?![\w.,]?\d)(?!\w)(?!\s*(?:[,/–-]|\w{{1,3}})\s*\d)", re.IGNORECASE)


def _decades(code: str, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Each decade of the text as English writes it ('1960s'), by its ending ('1960er Jahren') or its
    opening word ('années 60'): start, end and the reading."""
    end = len(text) if end is None else end
    ending = _decade_pattern(code)
    if ending is not None:
        for m in ending.finditer(text, start, end):
            yield m.start(), m.end(), f"{m.group('decade')}s"
    opening = _decade_opening_pattern(code)
    if opening is not None:
        for m in opening.finditer(text, start, end):
            yield m.start(), m.end(), f"{m.group('decade') or '19' + m.group('short')}s"


# a year and the dot that makes it an ordinal ('u 2021. godini'), a word after it
_ORDINAL_YEAR_DOT = re.compile(rf"(?<![\d.,]){YEAR_DIGITS}(?P<dot>\.)(?=\s+(?P<next>[^\W\d_]))")
# a day's numeral and the dot that makes it an ordinal, the word after it and a year if one follows
# ('am 9. Mai 2021', '9. maja', '3. března 2022.', '9. svibnja')
_ORDINAL_DAY_DOT = re.compile(rf"(?<![\w.,])[0-3]?\d(?P<dot>\.)\s+(?P<month>[^\W\d_]+)(?P<year>,?\s+{YEAR_DIGITS}(?!\d))?")


def _ordinal_day_dots(code: str, text: str, start: int, end: int) -> Iterator[int]:
    """The offset of each dot a day's numeral is written with before a month's name ('am 9. Mai 2021',
    '9. maja', '3. března'): no sentence ends there. A month in lower case opens no sentence; one
    written with a capital (German nouns) must have its year after it, as in English ('stood at 3. May
    saw …' is two sentences)."""
    lang = language(code)
    months = lang.month_surfaces if lang is not None else frozenset()
    for m in _ORDINAL_DAY_DOT.finditer(text, start, end):
        if _fold(m.group("month")) in months and (m.group("month").islower() or m.group("year")):
            yield m.start("dot")


@lru_cache(maxsize=None)
def _said_point(code: str) -> re.Pattern[str] | None:
    """A language's words for a decimal point said between two digit groups (Swahili 'nukta', Amharic 'ነጥብ'):
    its glossary's words glossed as one of the English point words (lexicon.json 'decimal_point_words')."""
    return _words_glossed_as(frozenset(w.lower() for w in lexicon()["decimal_point_words"])).get(code)


def _said_point_tail(code: str) -> str:
    """The optional tail of a figure whose point the language says as a word ('asilimia 9 nukta 3'), for a
    pattern that moves a word before the figure after it: the figure is the two digit groups, not the first."""
    said = _said_point(code)
    return rf"(?:\s+(?:{said.pattern})\s+\d+(?![\d.,]?\d))?" if said is not None else ""


def _point_said_as_dot(code: str, figure: str) -> str:
    """'9 nukta 3' → '9.3': a figure read with its spoken point (``_said_point_tail``) as English writes it."""
    said = _said_point(code)
    return re.sub(rf"\s+(?:{said.pattern})\s+(?=\d)", ".", figure) if said is not None else figure


def _figure_affixes(code: str, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """A figure's case ending dropped ('2023'te' reads '2023') and a percent sign or word written before
    a figure put after it ('%64.8', 'yüzde 64.8' read '64.8%'), so English reads the figure and its unit
    and no year before it takes the sign ('2022'de yüzde 72,3'); in a language that writes a year as an
    ordinal ('ordinal_year_dot': 'u 2021. iznosit će 5,1 posto'), the dot before a word in lower case,
    which no sentence ends with, so the year's clause reads on; in every language, the dot of a day's
    numeral before a month's name ('am 9. Mai 2021' reads '9 May 2021', a day)."""
    suffix, percent = _affix_patterns(code)
    if suffix is not None:
        # an ending that says 'to' (Turkish dative: 'yüzde 7'ye yükseldi', rose to 7 %) is read after the figure, so
        # the verb closing the clause makes the figure the level reached, not the change
        said = _data()["languages"].get(code, {}).get("figure_suffix_glosses", {})
        for m in suffix.finditer(text, start, end):
            english = said.get(_fold(m.group()[1:]))
            yield m.start(), m.end(), f" {english}" if english else ""
    yield from _decades(code, text, start, end)  # '1960er Jahren', 'années 60': the 1960s, no year of its own
    ordinal = _ordinal_pattern(code)
    if ordinal is not None:  # '147e mondial': a rank, read as English writes one ('147th'), no figure
        for m in ordinal.finditer(text, start, end):
            yield m.start(), m.end(), _english_ordinal(int(m.group("number")))
    yield from _ordinal_dots(code, text, start, end)  # '62. bevölkerungsreichste': a rank, '62nd'
    ordinal_word = _ordinal_word_pattern(code)
    if ordinal_word is not None:  # 'lớn thứ 35': a rank, read '35th', no figure
        for m in ordinal_word.finditer(text, start, end):
            yield m.start(), m.end(), _english_ordinal(int(m.group("number")))
    if _data()["languages"].get(code, {}).get("ordinal_year_dot"):
        for m in _ORDINAL_YEAR_DOT.finditer(text, start, end):
            if m.group("next").islower():
                yield m.start("dot"), m.end("dot"), ""
    for dot in _ordinal_day_dots(code, text, start, end):
        yield dot, dot + 1, ""
    if percent is not None:
        for m in percent.finditer(text, start, end):
            yield m.start(), m.end(), f"{_point_said_as_dot(code, m.group('figure') or m.group('bare'))}%"
    per_thousand = _per_thousand_pattern(code)
    if per_thousand is not None:  # 'binde 7,1' read '7.1 per thousand': a rate per 1,000, as English writes one
        for m in per_thousand.finditer(text, start, end):
            yield m.start(), m.end(), f"{_point_said_as_dot(code, m.group('figure'))} per thousand"
    scaled = _scale_before_figure_pattern(code)
    if scaled is not None:  # Swahili 'milioni 54': 54 million
        scales = _scales_before_figure(code)
        units = _units_before_scale(code)
        numbers = _numbers_after_scale(code)
        for m in scaled.finditer(text, start, end):
            found = m.groupdict()  # a language with no unit or number words before its figure has no such group
            unit = f" {units[_fold(found['unit'])]}" if found.get("unit") else ""
            figure = numbers[_fold(found["said"])] if found.get("said") else _point_said_as_dot(code, m.group("figure"))
            yield m.start(), m.end(), f"{figure} {scales[_fold(m.group('scale'))]}{unit}"
    yield from _figure_prefixes(code, text, start, end)
    multiple = _multiple_suffix_pattern(code)
    if multiple is not None:  # '14,2-fach': 14.2 times
        for m in multiple.finditer(text, start, end):
            yield m.start(), m.end(), " times"
    yield from _spaced_decimal_commas(code, text, start, end)
    yield from _spaced_decimal_points(code, text, start, end)


# '371. 60 ரூபாவாக': digits, a point, a space and two digits (a decimal point typed with a space after it)
_SPACED_DECIMAL_POINT = re.compile(r"(?<![\d.,])(\d{1,4})\. (\d{2})(?![\d.,])")


def _spaced_decimal_points(code: str, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """'371. 60 ரூபாவாக' read '371.60': a decimal point set with a space after it, where a currency's word of the
    figure's language follows its two decimal digits (cents); the point before any other figure ends a sentence."""
    lang = language(code)
    if lang is None:
        return
    for m in _SPACED_DECIMAL_POINT.finditer(text, start, end):
        if _foreign_currency_after(lang, text, m.end(), end):
            yield m.start(), m.end(), f"{m.group(1)}.{m.group(2)}"


def _foreign_currency_after(lang: Language, text: str, at: int, end: int) -> bool:
    """Whether the word after a figure is a currency's word of ``lang`` itself ('ரூபாவாக', rupees)."""
    from .units import canonical_unit, is_money

    m = _NEXT_WORD_WITH_MARKS.match(text, at, end)
    if m is None:
        return False
    english = lang.glossary.get(_fold(m.group(1))) or ""
    return bool(english) and is_money(canonical_unit(english) or "")


_NEXT_WORD_WITH_MARKS = re.compile(rf"\s*({_LETTERS})")  # the word after a figure, its vowel signs in it ('ரூபாவாக')


# '1, 4 milliard': one to three digits, a comma, a space and one digit (a page's typesetting of a decimal comma)
_SPACED_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d{1,3}), (\d)(?![\d.,])")


def _spaced_decimal_commas(code: str, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """'1, 4 milliard de tonnes' read '1.4': a decimal comma set with a space after it, where the figure's
    language's own scale word follows its one decimal digit; a list ('1, 2 et 3 milliards', '1, 2, 3') is
    no decimal, so a figure right after another figure's comma keeps its own reading."""
    lang = language(code)
    if lang is None:
        return
    for m in _SPACED_DECIMAL_COMMA.finditer(text, start, end):
        if text[max(start, m.start() - 2):m.start()].rstrip()[-1:] == ",":
            continue  # '3, 1, 4 milliards': a list
        if _foreign_scale_after(lang, text, m.end(), end):
            yield m.start(), m.end(), f"{m.group(1)}.{m.group(2)}"


def _figure_prefixes(code: str, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """A prefix letter glued to a figure (Hebrew 'מ-3% ל-2.5%': from 3 % to 2.5 %; 'ב-2023': in 2023) read as
    the English word it is ('word_prefixes'), or as the language glosses it right before a figure that is no
    year ('before_figure': 'ב-0.25%' is by 0.25 %), so a change's 'from … to …' and 'by' are read."""
    spec = _data()["languages"].get(code, {})
    prefixes: dict[str, str] = spec.get("word_prefixes", {})
    if not prefixes:
        return
    before_figure: dict[str, str] = spec.get("before_figure", {})
    for m in GLUED_PREFIX.finditer(text, start, end):
        letters = "".join(c for c in m.group() if c.isalpha())  # without its hyphen or maqaf
        english = prefixes.get(letters)
        if english is None:
            continue
        if letters in before_figure and _GLUED_FIGURE_NEXT.match(text, m.end()):
            english = before_figure[letters]
        yield m.start(), m.end(), english


@lru_cache(maxsize=None)
def _day_month_forms(code: str) -> dict[str, str]:
    """Each form of a month's name (CLDR's) with one of the language's 'month_day_endings', folded → the
    month's English: the ending that, after a day's numeral, says 'on' ('14 қарашада': on 14 November)."""
    spec = _data()["languages"].get(code, {})
    endings = spec.get("month_day_endings", [])
    if not endings:
        return {}
    forms: dict[str, str] = {}
    for locale in spec.get("locales", [code]):
        for name, english in _babel_names(locale)[1].items():
            for ending in endings:
                forms.setdefault(_fold(_inflected(name, ending)), english)
    return forms


_DAY_BEFORE_WORD = re.compile(rf"(?<![\w.,])(?:(?P<year>{YEAR_DIGITS})\s+(?:(?P<yearword>[^\W\d_]+)\s+)?)?"
                              # the day's ordinal dot ('1. jaanuaril', Estonian's on 1 January) is no part of the figure
                              r"(?P<day>[0-3]?\d)\.?\s+(?P<month>[^\W\d_]+)(?![\w])")


def _days_of_months(code: str, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """A day's numeral before a month's name in a case that says 'on' ('month_day_endings': Kazakh
    '14 қарашада'), read 'on 14 November' as English writes a day the period rules read; a year before
    it with at most a word the language drops ('2023 жылғы 14 қарашада') makes it that year's day.
    A day followed by a postposition that makes it a change's base ('month_day_postpositions': Kazakh
    '1 сәуірмен салыстырғанда', compared with 1 April; '1 қаңтардан бері', since 1 January) is read with the
    English preposition before it, where English's base words stand ('day_base_words' in periods.json)."""
    forms = _day_month_forms(code)
    if not forms:
        return
    lang = language(code)
    postpositions = _month_day_postpositions(code)
    for m in _DAY_BEFORE_WORD.finditer(text, start, end):
        if not 1 <= int(m.group("day")) <= 31:
            continue
        month, preposition, close = forms.get(_fold(m.group("month"))), "on", m.end()
        after = _NEXT_WORD.match(text, m.end(), end) if postpositions else None
        if after is not None and (base := postpositions.get(_fold(after.group("word")))) is not None \
                and lang is not None and _fold(m.group("month")) in lang.month_surfaces:
            month, preposition, close = lang.gloss_of(m.group("month")), base, after.end()
        if not month:
            continue
        word = m.group("yearword")
        if m.group("year") and (word is None or (lang is not None and lang.gloss_of(word) == "")):
            yield m.start(), close, f" {preposition} {int(m.group('day'))} {month} {m.group('year')} "
        else:
            yield m.start("day"), close, f" {preposition} {int(m.group('day'))} {month} "


_NEXT_WORD = re.compile(r"\s+(?P<word>[^\W\d_]+)(?![\w])")


@lru_cache(maxsize=None)
def _month_day_postpositions(code: str) -> dict[str, str]:
    """A language's postpositions after a day's month ('month_day_postpositions'), folded → the English preposition."""
    spec = _data()["languages"].get(code, {}).get("month_day_postpositions", {})
    return {_fold(k): v for k, v in spec.items() if not k.startswith("_")}


@lru_cache(maxsize=None)
def _separable_verb_patterns(code: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A language's verbs whose particle closes the clause ('brach … ein', 'nam … af'; 'separable_verbs'): each as
    one pattern of the verb, the clause's words after it (a figure's decimal comma no break) and the particle
    ending the clause, with the English verb the pair says."""
    verbs = _data()["languages"].get(code, {}).get("separable_verbs", [])
    # each token possessive: a word is never split into shorter words, so a clause without the particle fails in
    # time linear in its length rather than trying every split of its words
    clause = r"(?:[^\W\d_]++|\d++(?:[.,]\d++)*+%?|[ \t\u00a0]++|[-\u2212\u2013(')\"’]|[.,](?=\d)){1,40}?"
    return tuple((re.compile(rf"(?<![\w])(?P<verb>{re.escape(verb)})(?=[ \t\u00a0]){clause}(?<=[ \t\u00a0])"
                             rf"(?P<particle>{alternation([particle])})(?=[ \t]*(?:[.;:!?,)]|$))",
                             re.IGNORECASE | re.MULTILINE), english) for verb, particle, english in verbs)


def _separable_verbs(code: str, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """A verb whose particle closes its clause ('Die Wirtschaft brach 2020 um 6,6 Prozent ein'): the verb read as
    the English verb of the pair ('plunged'), the particle dropped, so a decline is read as one."""
    for pattern, english in _separable_verb_patterns(code):
        for m in pattern.finditer(text, start, end):
            yield m.start("verb"), m.end("verb"), english
            yield m.start("particle") - 1, m.end("particle"), ""  # with the space before it: 'percent.', no 'percent .'


# a figure standing after white space, not glued to a word or another figure ('1.1', '3,4', '-0.5')
_SPACED_FIGURE = re.compile(r"(?<=\s)[-+\u2212]?\d+(?:[.,]\d+)*(?![\w.,]\d)")
# what ends a clause before a figure: a sentence's or a clause's mark, a line's end (a decimal point or a
# thousands comma stands between digits and ends nothing)
_CLAUSE_MARK = re.compile(r"[.!?;:,\n\u060c\u061b\u061f\u3002](?!\d)")
_MAX_VERB_FIRST_WORDS = 8  # the verb, then its subject and where: 'تراجعت انبعاثات غاز الكربون في السعودية'


@lru_cache(maxsize=1)
def _figure_role_words() -> frozenset[str]:
    """English the word right before a bare figure may be glossed as that tells the figure's role already
    ('to', 'by', 'at': languages.json 'figure_role_words')."""
    return frozenset(_data().get("figure_role_words", {}).get("words", []))


def _verb_first_changes(lang: Language, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """A clause that opens on a change verb and puts its subject between the verb and the bare figure
    ('تراجعت انبعاثات غاز الكربون في السعودية 1.1 …', fell the carbon emissions in Saudi Arabia 1.1 %): the
    figure is by how much, as the English reading needs said ('… in Saudi Arabia by 1.1 %'), since English
    puts a change's size right after its verb. Only for a language whose news opens clauses on the verb
    ('verb_first_changes'); a figure after a word that already tells its role ('to', 'by', 'at') is left alone."""
    if not lang.verb_first_changes:
        return
    from .extraction.vocabulary import DIRECTION_OF  # the English change verbs the reading knows (no cycle at import)
    for figure in _SPACED_FIGURE.finditer(text, start, end):
        if re.fullmatch(YEAR_DIGITS, figure.group()):
            continue
        clause_start = start
        for mark in _CLAUSE_MARK.finditer(text, max(start, figure.start() - 200), figure.start()):
            clause_start = mark.end()
        clause = text[clause_start:figure.start()]
        words = clause.split()
        if any(ch.isdigit() for ch in clause) or not 2 <= len(words) <= _MAX_VERB_FIRST_WORDS:
            continue  # another figure's clause, or no subject between the verb and the figure
        verb = lang.glossary.get(lang.key(words[0].strip("\"'\u201c\u201d\u00ab\u00bb(")), "")
        before = lang.glossary.get(lang.key(words[-1]), "")
        if verb.split()[-1:] and verb.split()[-1].lower() in DIRECTION_OF and lang.key(words[-1]) not in lang.function_words \
                and not (before.split()[-1:] and before.split()[-1].lower() in _figure_role_words()) \
                and lang.key(words[-1]) not in lang.before_figure:
            yield figure.start() - 1, figure.start(), " by "


@lru_cache(maxsize=None)
def _numeric_date_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    """A language's dates written with figures and its own year and month signs ('2022年12月份'), from
    'numeric_dates': patterns naming a 'year' and a 'month' group (and 'in' when the date says 'in'; a
    'first' month before it makes a span of months)."""
    return tuple(re.compile(p) for p in _data()["languages"].get(code, {}).get("numeric_dates", []))


def _own_letter(ch: str) -> bool:
    """A letter of a script other than Latin's, or a mark written on one (a clause-ending space stands
    between two of them): Thai words end in vowel and tone marks ('นี้', 'ที่', 'ได้'), which are no letters."""
    return not ch.isascii() and unicodedata.category(ch)[0] in "LM"


def _numeric_dates(code: str, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """'2022年12月份' read as 'December 2022', '12月份' as 'in December': the English the period rules read;
    and a language's own punctuation ('。', '，') as English writes it ('punctuation')."""
    spec = _data()["languages"].get(code, {})
    marks = spec.get("punctuation", {})
    if marks:
        for at in range(start, end):
            if text[at] in marks:
                yield at, at + 1, marks[text[at]]
    if spec.get("space_ends_clause"):  # Thai writes no full stop: a space between two of its words ends the clause
        at = text.find(" ", start, end)
        while at >= 0:
            if at > start and at + 1 < end and _own_letter(text[at - 1]) and _own_letter(text[at + 1]):
                yield at, at + 1, ". "
            at = text.find(" ", at + 1, end)
    taken = DisjointSpans()  # a later, shorter pattern does not read a date an earlier one read
    for pattern in _numeric_date_patterns(code):
        for m in pattern.finditer(text, start, end):
            if taken.overlaps(m.start(), m.end()):
                continue
            taken.take(m.start(), m.end())
            month = int(m.group("month")) if "month" in pattern.groupindex and m.group("month") else 0
            year = m.group("year") if "year" in pattern.groupindex else None
            if month and not 1 <= month <= 12:
                continue
            if "day" in pattern.groupindex and m.group("day"):
                if year and month:  # '2024年3月31日': a whole date, as English writes it ('31 March 2024')
                    yield m.start(), m.end(), f" {int(m.group('day'))} {calendar.month_name[month]} {year} "
                elif month and spec.get("days_without_year"):  # '7月14日の東京外国為替市場で': the day a figure is of
                    yield m.start(), m.end(), f" on {int(m.group('day'))} {calendar.month_name[month]} "
                else:
                    yield m.start(), m.end(), " "  # '1月12日', a day (the report's): no period of a figure
                continue
            first = int(m.group("first")) if "first" in pattern.groupindex and m.group("first") else 0
            if first and month and 1 <= first < month:  # '1-9月': the months from January to September
                yield m.start(), m.end(), f" from {calendar.month_name[first]} to {calendar.month_name[month]}{' ' + year if year else ''} "
                continue
            words = ([calendar.month_name[month]] if month else []) + ([year] if year else [])
            if month and not year:
                words.insert(0, "in")  # a month alone is a period with its preposition ('in December')
            if words:
                yield m.start(), m.end(), f" {' '.join(words)} "


@lru_cache(maxsize=None)
def _calendar_year_patterns(code: str) -> tuple[tuple[re.Pattern[str], dict[str, int], frozenset[str], bool,
                                                       _MonthStarts, bool], ...]:
    """A language's 'calendar_years': each pattern with the offset per era ('*' without one), the
    words that write an era's first year ('元'), whether its year straddles two Gregorian years and, for a
    month written without its year, the Gregorian day each month's name starts on ('month_starts') and the
    day its year starts on ('year_starts'); and whether it reads a year only inside a run of years ('in_run':
    after a year of the calendar in the same sentence)."""
    entries = _data()["languages"].get(code, {}).get("calendar_years", [])
    return tuple((re.compile(e["pattern"]), {k: int(v) for k, v in e["offsets"].items()}, frozenset(e.get("first_year", [])),
                  bool(e.get("straddles", False)),
                  _MonthStarts({name: _month_day(day) for name, day in e.get("month_starts", {}).items()},
                               _month_day(e.get("year_starts", "01-01"))),
                  bool(e.get("in_run", False)))
                 for e in entries)


# what ends a sentence for a run of years: a stop that is no decimal point ('4.79'), or a line's end
_RUN_ENDS = re.compile(r"[!?؟\n]|\.(?!\d)")


def _in_run_of_years(text: str, start: int, at: int, taken: DisjointSpans) -> bool:
    """Whether a year of the calendar was read before ``at`` in its sentence (from ``start``, the paragraph's): a
    bare figure continues a run of years only there ('سال ۷۳ معادل ۲٫۵، ۷۴ به میزان ۱٫۸۶')."""
    sentence_start = start
    for stop in _RUN_ENDS.finditer(text, start, at):
        sentence_start = stop.end()
    return sentence_start < at and taken.overlaps(sentence_start, at)


@dataclass(frozen=True)
class _MonthStarts:
    """The Gregorian (month, day) each month of another calendar starts on, and its year's first day."""

    months: dict[str, tuple[int, int]]
    year_start: tuple[int, int]

    def gregorian_year(self, name: str, dated: dt.date) -> int:
        """The Gregorian year in which the year of the last month ``name`` begun by ``dated`` starts: a
        month's name without a year is the one just begun or past ('دی ماه' written in January 2016 is Dey
        1394, of the solar year begun in March 2015)."""
        starts = self.months[name]
        begun = dated.year if starts <= (dated.month, dated.day) else dated.year - 1
        # a month starting before the year's first day in the Gregorian year (Iran's Bahman, Esfand) is of the year begun before
        return begun - 1 if starts < self.year_start else begun


def _month_day(written: str) -> tuple[int, int]:
    month, day = written.split("-")
    return int(month), int(day)


def _calendar_years(code: str, text: str, start: int, end: int, dated: dt.date | None = None
                    ) -> Iterator[tuple[int, int, str]]:
    """Years of a language's own calendar read as the Gregorian year ('พ.ศ. 2567', 'ปี 2567' → '2024';
    '令和6年12月' → 'December 2024'): official copy dates its figures so, and the period rules and the
    reference data count years as the Gregorian calendar does. A 'kept' group stays to be glossed as written."""
    taken = DisjointSpans()
    # a year written in the script's own digits ('ปี ๒๕๕๓', '१४०२') is that year: the patterns are read over ASCII
    # digits, one character for one, so offsets hold and no pattern lists every script's digits
    text = with_ascii_digits(text)
    for pattern, offsets, first_year, straddles, month_starts, in_run in _calendar_year_patterns(code):
        for m in pattern.finditer(text, start, end):
            era = m.group("era") if "era" in pattern.groupindex and m.group("era") else "*"
            offset = offsets.get(era)
            begin = m.end("kept") if "kept" in pattern.groupindex and m.group("kept") is not None else m.start()
            if offset is None or taken.overlaps(begin, m.end()):
                continue
            if in_run and not _in_run_of_years(text, start, begin, taken):
                continue  # a bare figure outside a run of years is the figure it is
            named = m.group("named") if "named" in pattern.groupindex else None
            if named is not None and (dated is None or named not in month_starts.months):
                continue  # a month with no year, in an undated text: which year is not known
            taken.take(begin, m.end())
            if named is not None and dated is not None:
                year, written = month_starts.gregorian_year(named, dated), ""
            else:
                written = m.group("year")
                year = (1 if written in first_year else int(written)) + offset
            month = int(m.group("month")) if "month" in pattern.groupindex and m.group("month") else 0
            # a span of its months ('2022年10～12月期'): the months English writes before the year ('October-December')
            to_month = int(m.group("to_month")) if "to_month" in pattern.groupindex and m.group("to_month") else 0
            last = m.group("last") if "last" in pattern.groupindex else None
            if straddles:  # Iran's '۱۴۰۲' runs from March 2023 to March 2024: the span English writes for such a year,
                # which no calendar-year row confirms or refutes ('2023/24'); a month of it names no Gregorian month
                yield begin, m.end(), f" {year}/{(year + 1) % 100:02d} "
                continue
            months = [calendar.month_name[month]] if 1 <= month <= 12 else []
            if months and month < to_month <= 12:
                months = [f"{months[0]}-{calendar.month_name[to_month]}"]
            words = months \
                + [str(year) if last is None else f"{year}-{_full_last_year(int(written), last) + offset}"]
            yield begin, m.end(), f" {' '.join(words)} "


def _full_last_year(first: int, last: str) -> int:
    """A span's last year written in full ('2566-2567') or by its last two digits after the first
    ('२०८०/८१': 2081, '2099/00': 2100)."""
    if len(last) > 2:
        return int(last)
    century = first - first % 100
    return century + int(last) + (100 if int(last) < first % 100 else 0)


# the word right before a month's name, and what ends it (a day's numeral, its dot)
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
# a year right before a word, a comma perhaps between ('sejak 2014 yang', '2014, yang')
_YEAR_JUST_BEFORE = re.compile(rf"(?<![\w.,]){YEAR_DIGITS},?\s+\Z")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
# a day's numeral before a month's name ('16. junija', '5 Μαΐου'); a figure ('0,3 %') is none
_DAY_NUMERAL = re.compile(r"\d{1,2}\.?")


def _bare_month(lang: Language, text: str, paragraph_start: int, start: int) -> bool:
    """The month's name at ``start`` stands alone, as a language with 'bare_month_in' says 'in May': no
    preposition of ``bare_month_not_after`` nor a day's numeral before it."""
    before = _WORD_BEFORE.search(text, max(paragraph_start, start - 40), start)
    if before is not None and _fold(before.group(1)) in lang.bare_month_articles:
        # the article is the month's own: the word before it tells ('από τον Μάιο', from May)
        before = _WORD_BEFORE.search(text, max(paragraph_start, before.start(1) - 40), before.start(1))
    if before is None:
        return True
    word = before.group(1)
    return not _DAY_NUMERAL.fullmatch(word) and _fold(word.strip(",;:()")) not in (lang.bare_month_not_after or ())


_RANGE_OPENING, _RANGE_JOINING = "between", "and"  # the English a range's words are glossed to


def _after_range_word(lang: Language, text: str, paragraph_start: int, start: int) -> bool:
    """The word before ``start`` opens a range ('entre': between), or joins its second figure ('y': and)
    after an opening a few words back ('entre los 17 y')."""
    words = text[max(paragraph_start, start - 60):start].split()
    if not words:
        return False
    glosses = [lang.gloss_of(_fold(w.strip(",;:()"))) for w in words]
    if glosses[-1] == _RANGE_OPENING:
        return True
    return glosses[-1] == _RANGE_JOINING and _RANGE_OPENING in glosses[-5:-1]


_MONTH_WORDS = frozenset({*(m.lower() for m in calendar.month_name[1:]), "month"})


def _month_before(lang: Language, text: str, paragraph_start: int, start: int) -> bool:
    """Whether the word right before ``start`` is read as a month's name or the word 'month' ('the same month')."""
    before = _WORD_BEFORE.search(text, max(paragraph_start, start - 40), start)
    if before is None:
        return False
    words = (lang.gloss_of(_fold(before.group(1).strip(",;:()"))) or "").lower().split()
    return bool(words) and words[-1] in _MONTH_WORDS


def _month_after(lang: Language, text: str, end: int) -> bool:
    """Whether the word right after ``end`` is a month's name as the language writes it."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and _fold(after.group(1)) in lang.month_surfaces


def _place_name_before(lang: Language, text: str, paragraph_start: int, start: int) -> bool:
    """Whether an entry of the glossary that names a place ends right before ``start`` (spaces aside)."""
    end = len(text[paragraph_start:start].rstrip()) + paragraph_start
    for length in range(1, min(lang.longest_key, end - paragraph_start) + 1):
        english = lang.glossary.get(lang.key(text[end - length:end]))
        if english and (lang.unspaced or end - length == paragraph_start or not text[end - length - 1].isalnum()) \
                and _names_place(english):
            return True
    return False


def _measure_after(lang: Language, text: str, end: int) -> bool:
    """Whether the glossary's longest entry starting at ``end`` (bracketed sounds aside) names a measure of
    the concepts ('国内生产总值': GDP, '经济': economy, '人口': population)."""
    ahead = lang.without_transliterations(text[end:end + 8 * lang.longest_key])
    for length in range(min(lang.longest_key, len(ahead)), 0, -1):
        english = lang.glossary.get(lang.key(ahead[:length]))
        if english:
            return _names_measure(english)
    return False


@lru_cache(maxsize=1)
def _measure_words() -> re.Pattern[str]:
    """The English of the concepts that are measures, as whole words."""
    spec = _data()["measure_concepts"]
    forms = [form for name in spec["concepts"] for form in concepts().get(name, ())] + list(spec.get("words", []))
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, forms))})\b", re.IGNORECASE)


def _names_measure(english: str) -> bool:
    return _measure_words().search(english) is not None


def measure_words_pattern() -> re.Pattern[str]:
    """The English naming a measure the data holds (``measure_concepts``), as whole words in any case: what a
    figure's own subject is called ('inflation', 'population', 'GDP')."""
    return _measure_words()


@lru_cache(maxsize=1)
def _bare_level_words() -> re.Pattern[str]:
    """The English of the concepts whose figures are written with no unit (``bare_level_concepts``), as whole words."""
    forms = [form for name in _data()["bare_level_concepts"]["concepts"]
             for form in concepts().get(name, ())]
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, forms))})\b", re.IGNORECASE)


def names_bare_level_measure(english: str) -> bool:
    """Whether an English reading names a measure whose figures are written bare, an index's level
    ('the consumer price index reached 106.79'): a bare figure there lost no unit in the glossing."""
    return _bare_level_words().search(english) is not None


def _names_place(english: str) -> bool:
    return Places.default().exact(english) is not None


def _english_for(lang: Language, text: str, paragraph_start: int, start: int, end: int) -> str | None:
    """The English of ``text[start:end]`` as it stands there; None to keep it as written."""
    surface = text[start:end]
    key = _fold(surface)
    if lang.after_figure_only and key in lang.after_figure_only \
            and not _after_figure(lang, text[max(paragraph_start, start - 40):start]) \
            and not (_qualifier_after_percent(lang, key)
                     and _percent_or_multiple_before(lang.code).search(text, max(paragraph_start, start - 12), start)):
        return None  # a currency's noun away from a figure is a word ('так', 'yeni'), not money
    if key in lang.range_articles and _FIGURE_NEXT.match(text, end) and _after_range_word(lang, text, paragraph_start, start):
        return ""  # 'entre los 17 y los 19': between 17 and 19
    if key in lang.acronym_names and not surface.isupper():
        return None  # 'vs' in lower case is versus, no country
    english = lang.gloss_of(" ".join(surface.split()))
    if key in lang.after_count and _count_before(lang, text, paragraph_start, start):
        english = lang.after_count[key]
    if key in lang.after_quantity and _quantity_before(lang, text, paragraph_start, start):
        english = lang.after_quantity[key]
    if key in lang.without_count and not _counted_before(lang, text, paragraph_start, start):
        english = lang.without_count[key]
    if key in lang.after_place_name and _place_name_before(lang, text, paragraph_start, start):
        english = lang.after_place_name[key]
    if key in lang.after_month and _month_before(lang, text, paragraph_start, start):
        english = lang.after_month[key]
    if key in lang.before_month and _month_after(lang, text, end):
        english = lang.before_month[key]
    if key in lang.after_year and _YEAR_JUST_BEFORE.search(text, max(paragraph_start, start - 12), start):
        english = lang.after_year[key]
    if english.lower() in _time_units() and _BARE_FIGURE_BEFORE.search(text, max(paragraph_start, start - 12), start):
        english = _period_head(lang, text, end, english) or english
    if key in lang.before_measure and lang.glossary.get(key) == lang.before_measure[key] \
            and not _measure_after(lang, text, end):
        return None  # '哈尔滨': no country's short name here, a syllable of another word
    if surface[:1].isupper() and key in lang.capital_names:
        english = lang.capital_names[key]  # 'en Argentina': the country, where 'la economía argentina' is Argentine
    if surface[:1].isupper() and key in lang.function_words \
            and not _starts_sentence(text, paragraph_start, start):
        return None  # 'El Salvador', 'La Paz': a name, not an article
    if lang.bare_month_not_after is not None and key in lang.month_surfaces and _bare_month(lang, text, paragraph_start, start):
        english = f"in {english}"
    if key in lang.bare_month_articles:
        month = _WORD_AFTER.match(text, end)
        if month is not None and _fold(month.group(1)) in lang.month_surfaces \
                and _bare_month(lang, text, paragraph_start, month.start(1)):
            return ""  # 'τον Μάιο': the month says 'in May', its article nothing
    qualified = lang.qualified_figure_next.match(text, end) if lang.before_figure and lang.qualified_figure_next else None
    if (lang.before_figure or lang.before_multiple) and (
            _FIGURE_NEXT.match(text, end) or (surface[-1:] in APOSTROPHES and _GLUED_FIGURE_NEXT.match(text, end))
            or qualified is not None):
        counted = _counted_after(lang, text, qualified.end() - 1 if qualified is not None else end)
        if counted in _time_units():
            english = lang.before_duration.get(key, english)
        elif counted == "times" and key in lang.before_multiple:
            english = lang.before_multiple[key]
        else:
            english = lang.before_figure.get(key, english)
    if key in lang.money_after_figure and _BARE_FIGURE_BEFORE.search(text, max(paragraph_start, start - 12), start) \
            and lang.money_words is not None and lang.money_words.search(text, paragraph_start, _paragraph_end(text, end)) \
            and _names_money_or_nothing(lang.money_words, text, end):
        english = lang.money_after_figure[key]  # 'een overschot van ruim 7 ton' (euros): 700,000
        currency, written = lang.money_currency
        if currency and not (written is not None and written.match(text, len(text) - len(text[end:].lstrip()))):
            english += " " + currency
    if key in lang.range_openers and lang.range_rest is not None and lang.range_rest.match(text, end) \
            and not _PERCENT_THEN_AMOUNT.match(text, end):
        english = lang.range_openers[key]  # 'de 169 à 12 184': from 169 to 12,184
    elif key in lang.range_links and lang.range_start is not None \
            and lang.range_start.search(text, max(paragraph_start, start - 120), start) and lang.range_end.match(text, end) \
            and not (_PERCENT_BEFORE_LINK.search(text, max(paragraph_start, start - 30), start)
                     and _AMOUNT_NEXT.match(text, end)):
        english = lang.range_links[key]
    elif key in lang.range_links and lang.year_span_start is not None and _YEAR_NEXT.match(text, end) \
            and lang.year_span_start.search(text, max(paragraph_start, start - 20), start):
        english = lang.range_links[key]  # 'de 2000 a 2023', 'с 2000 по 2023': from 2000 to 2023
    if english == surface:
        return None
    if english[:1].islower() and (
            surface[:1].isupper() and (not lang.capitalises_nouns or _starts_sentence(text, paragraph_start, start))
            or _after_own_full_stop(text, paragraph_start, start)
            # a script whose lower case opens sentences (Georgian): after a full stop its English opens one too,
            # else the English reading runs the sentence before on into it
            or _LOWERCASE_STARTS.match(surface) is not None and _starts_sentence(text, paragraph_start, start)):
        english = english[:1].upper() + english[1:]
    if surface[-1:] in APOSTROPHES and english:
        english += " "  # 'l'anno' → 'the year'
    return english


_SPAN_WORD = r"\s+(?:[^\W\d_]+['\u2019]?|\d{4}(?!\d))"
# '% en 2021', ' Prozent': the figure's unit and year in three words at most; after an aside in brackets that
# restates the figure, the few words of its period (' bilhões (R$ 1,33 trilhões) no final do último século')
# or the figure's unit and the year it is of, in up to six words before the year ('14,9 millones de habitantes en
# 1999', '2,1 mil milhões de toneladas em 2000', '1.200 millones de dólares en el año 2000')
_SPAN_TAIL = (rf"(?:(?:\s*%|\s+[^\W\d_]+['\u2019]?){{0,6}}\s+{YEAR_DIGITS}(?!\d)"
              rf"|(?:\s*%|{_SPAN_WORD}){{0,3}}(?:\s*\([^()\n]{{1,40}}\)(?:{_SPAN_WORD}){{0,5}})?)")
_NO_YEAR = rf"(?!{YEAR_DIGITS}(?![\d.,]\d))"  # what follows is no year ('2023'), a figure may be
_YEAR_NEXT = re.compile(rf"\s+{YEAR_DIGITS}(?![\d.,]\d)")
_SPAN_SIGN = r"(?:[A-Z]{0,3}[$€£¥₽₸₹]\s?)?"  # a currency's sign before the figure: 'US$ 260', '€5'
_SPAN_FIGURE = r"[-+\u2212]?\d(?:[\d.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))*"  # '12 184', '4,4', '1.250'
# a figure not in percent: its digits end there and no '%' follows ('7,1 milliards', not '7 %' or '12 184 %')
_AMOUNT = _SPAN_FIGURE + r"(?![\d.,])(?![ \u00a0\u202f]\d{3}(?!\d))(?!\s*%)"
# 'de 6,5% à 7,1 milliards': a change in percent and the amount it came to, no span of two figures
# ('de 8,5 % en 2022 a 4,6 %' is a span: the figure after the word is its year, no amount)
_PERCENT_THEN_AMOUNT = re.compile(rf"\s+{_SPAN_FIGURE}\s*%\s+[^\W\d_]+\s+{_NO_YEAR}{_AMOUNT}")
_PERCENT_BEFORE_LINK = re.compile(r"\d\s*%\s+\Z")
_AMOUNT_NEXT = re.compile(rf"\s+{_AMOUNT}")
# a figure, up to two words (their vowel signs in them: 'ล้าน'), a space
_WORDS_BEFORE = re.compile(rf"\d[\d.,]*((?:\s+{_LETTERS}\.?){{0,2}})\s+\Z")


@lru_cache(maxsize=None)
def _percent_or_multiple_before(code: str) -> re.Pattern[str]:
    """A percentage, a multiple or a unit the language glues after its figures ('93%', '10倍', '2배', '20円'),
    perhaps glued to what follows it: where a language writes its 'about', 'nearly' or 'or more' after the figure
    ('93% 가량', '10倍近く', '3倍左右', '20円以上': 20 yen or more)."""
    spec = _data()["languages"].get(code, {})
    times = set(data_json("multiples.json")["multiple_words_after_figure"])
    words = [word for word, english in spec.get("words", {}).items() if english in times]
    words += list(spec.get("figure_units", {}))
    return re.compile(rf"\d\s?(?:%|{alternation(words)})\s*\Z" if words else r"\d\s?%\s*\Z", re.I)


_FIGURE_AFTER = re.compile(rf"\s+{_SPAN_FIGURE}")
# ' 23 anos': a figure, the word after it
_FIGURE_THEN_WORD = re.compile(rf"\s+(?P<figure>{_SPAN_FIGURE})\s+(?P<word>[^\W\d_]+)")


def _counted_after(lang: Language, text: str, end: int) -> str:
    """The English of the word after the figure at ``end``: a unit of time makes it a span ('em 23 anos': in 23
    years; 'на 3 года', for 3 years), 'times' a multiple ('в 7,7 раза'), not an amount; '' without a word
    ('14,2-Fache': its suffix)."""
    after = _FIGURE_THEN_WORD.match(text, end)
    if after is None:
        return "times" if _glued_multiple(lang.code, text, end) else ""
    word = lang.key(after.group("word"))
    if word in lang.after_count and not _YEAR_FIGURE.fullmatch(after.group("figure")):
        return lang.after_count[word].lower()
    return lang.gloss_of(after.group("word")).lower()


_YEAR_FIGURE = re.compile(YEAR_DIGITS)
# the word or figure right before a word, perhaps joined by a hyphen ('четири-пет година', '3 года')
_WORD_OR_FIGURE_BEFORE = re.compile(r"(?:(?<![\d.,])(?P<figure>\d+(?:[.,]\d+)?)|(?<![^\W\d_])(?P<word>[^\W\d_]+))[ \u00a0-]+\Z")
_COUNT_REACH = 40  # characters before a word its count is looked for in
# a figure right before a scale word, however its digits are grouped ('145 478 миллиона', '1,5 миллиона'): no bare one
_FIGURE_JUST_BEFORE = re.compile(r"\d[\d.,\u00a0\u202f ]*\Z")


@lru_cache(maxsize=1)
def _cardinal_words() -> frozenset[str]:
    """English cardinal number words ('three', 'twenty'): what a language's number word is glossed as."""
    return frozenset(w.lower() for w in (*lexicon()["cardinals"], *lexicon()["tens"]))


def _count_before(lang: Language, text: str, paragraph_start: int, start: int) -> bool:
    """Whether a count stands right before ``start``: a figure that is no year ('3 года', '1,5 года'; '2021 года'
    is of the year) or a number word of the language ('три года', 'четири-пет')."""
    found = _WORD_OR_FIGURE_BEFORE.search(text, max(paragraph_start, start - _COUNT_REACH), start)
    if found is None:
        return False
    if found.group("figure") is not None:
        return _YEAR_FIGURE.fullmatch(found.group("figure")) is None
    return lang.gloss_of(found.group("word")).lower() in _cardinal_words()


def _quantity_before(lang: Language, text: str, paragraph_start: int, start: int) -> bool:
    """Whether a quantity stands right before ``start``: a figure with a percent sign, a multiple or a unit the
    language glues after it ('20円', '3倍'), perhaps with its qualifier after ('20円以上': 20 yen or more)."""
    window = text[max(paragraph_start, start - _COUNT_REACH):start]
    qualifier = _qualifier_at_end(lang.code).search(window)
    if qualifier is not None:
        window = window[:qualifier.start()]
    return _percent_or_multiple_before(lang.code).search(window) is not None


@lru_cache(maxsize=None)
def _qualifier_at_end(code: str) -> re.Pattern[str]:
    """One of the language's qualifiers written after a figure ('以上', '近く': 'or more', 'or nearly') ending a text."""
    lang = language(code)
    words = [key for key in lang.after_figure_only if _qualifier_after_percent(lang, key)] if lang else []
    return re.compile(rf"(?:{alternation(words)})\s*\Z", re.I) if words else re.compile(r"(?!)")


def _counted_before(lang: Language, text: str, paragraph_start: int, start: int) -> bool:
    """Whether a scale word at ``start`` has its count before it: a figure, however grouped ('145 478 миллиона'), or
    words whose English ends in a number or a half ('два', 'полтора': one and a half, 'с половиной')."""
    if _FIGURE_JUST_BEFORE.search(text, max(paragraph_start, start - _COUNT_REACH), start):
        return True
    words = _WORDS_JUST_BEFORE.search(text, max(paragraph_start, start - _COUNT_REACH), start)
    said = words.group().split() if words else []
    for first in range(len(said)):  # the longest phrase the glossary knows ('с половиной'), then shorter
        english = lang.gloss_of(" ".join(said[first:])).lower().split()
        if english != said[first:]:
            return bool(english) and english[-1] in _cardinal_words() | _COUNT_ENDS
    return False


# up to three words right before a word
_WORDS_JUST_BEFORE = re.compile(r"(?:[^\W\d_]+[ \u00a0]+){1,3}\Z")


_COUNT_ENDS = frozenset({"half", "a", "an", "one"})


def _glued_multiple(code: str, text: str, end: int) -> bool:
    pattern = _multiple_suffix_pattern(code)
    figure = _FIGURE_AFTER.match(text, end)
    return pattern is not None and figure is not None and pattern.match(text, figure.end()) is not None


@lru_cache(maxsize=None)
def _multiple_suffix_pattern(code: str) -> re.Pattern[str] | None:
    """A language's ending glued to a figure with a hyphen that says how many times ('figure_multiple_suffixes':
    German '14,2-fach', 'das 14,2-Fache', Hungarian '7,7-szeresére'); None without."""
    endings = _data()["languages"].get(code, {}).get("figure_multiple_suffixes", [])
    return re.compile(rf"(?<=\d)-(?:{alternation(endings, flexible_space=False)})(?!\w)", re.IGNORECASE) \
        if endings else None


@lru_cache(maxsize=1)
def _time_units() -> frozenset[str]:
    return frozenset(lexicon()["time_units"])


_BARE_FIGURE_BEFORE = re.compile(r"\d[ \u00a0]+\Z")  # a figure and a space, no scale word between


@lru_cache(maxsize=1)
def _period_modifiers() -> frozenset[str]:
    return frozenset(_data().get("period_heads_after_figure", {}).get("modifiers", []))


def _period_head(lang: Language, text: str, end: int, unit: str) -> str | None:
    """The English of a unit of time written right after a figure that heads a period's name ('130,2 bulan sama
    tahun sebelumnya': 'in the month', the same a year before; '104,1 bulan Maret': 'in' March), so the figure is read
    as that period's level and not as a span (languages.json 'period_heads_after_figure'); None where it is a unit."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return None
    word = _fold(after.group(1))
    if word in lang.month_surfaces:
        return "in"
    if lang.gloss_of(after.group(1)).lower() in _period_modifiers():
        return f"in the {unit}"
    return None


def _names_money_or_nothing(money_words: re.Pattern[str], text: str, end: int) -> bool:
    """Whether the word after a scale word at ``end`` is money ('7 ton euro') or none follows ('7 ton.',
    '7 ton aan subsidie'): '7 ton graan' weighs grain."""
    after = _NEXT_WORD.match(text, end)
    return after is None or after.group(1).lower() in ("aan", "van") or money_words.match(text, after.start(1)) is not None


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n\n", pos)
    return len(text) if end < 0 else end


def _qualifier_after_percent(lang: Language, key: str) -> bool:
    """An 'after_figure' word glossed as a qualifier English writes after a figure ('가량', '左右': 'or so'), which
    a percentage may stand right before; a currency's noun after a percentage is no money."""
    return lang.glossary.get(key, "").startswith("or ")


def _after_figure(lang: Language, before: str) -> bool:
    """Whether ``before`` ends in a figure, perhaps with scale words after it and their link
    ('495,84 ', '3 млрд. ', '5 millions de '): a currency's noun standing there is money. A language written
    without spaces glues the word to its figure or scale ('5.4 ล้านคน'): read as if a space stood before it."""
    m = _WORDS_BEFORE.search(before + " " if lang.unspaced else before)
    if m is None:
        return False
    for word in _WORDS.findall(m.group(1)):
        english = lang.glossary.get(_fold(word).rstrip("."), lang.glossary.get(_fold(word) + ".", ""))
        if english and scale_of(english.split()[0]) is None and english != "of":
            return False
        if not english:
            return False
    return True


# a script's own full stop ('。', '।'), then no word: a sentence of a script with no capitals starts after it
_AFTER_OWN_FULL_STOP = re.compile(rf"[{re.escape(lexicon()['sentence_final_marks'])}][\W\d]*\Z")


def _after_own_full_stop(text: str, paragraph_start: int, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence after its script's own full stop ('。値動きの…'): its English
    starts with a capital, as the English reading's sentences need, else the sentence before runs on into it."""
    return bool(_AFTER_OWN_FULL_STOP.search(text, max(paragraph_start, at - 40), at))


def _starts_sentence(text: str, paragraph_start: int, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence of the paragraph starting at ``paragraph_start``."""
    before = text[max(paragraph_start, at - 40):at]
    if at - paragraph_start <= 40 and not _NO_WORD.search(before):
        return True
    return bool(_SENTENCE_START.search(before))


@lru_cache(maxsize=None)
def _decimal_marks(code: str) -> re.Pattern[str] | None:
    """A language's own decimal marks between two digits ('decimal_marks': Japanese '・' in '3・0%'), else None."""
    marks = _data()["languages"].get(code, {}).get("decimal_marks", [])
    return re.compile(rf"(?<=\d)(?:{'|'.join(map(re.escape, marks))})(?=\d)") if marks else None


@lru_cache(maxsize=None)
def _reversed_decimal_marks(code: str) -> re.Pattern[str] | None:
    """A language's decimal marks whose two digit runs are typed fraction first ('reversed_decimal_marks':
    the Algerian press's '9ر8' is 8.9), else None. Groups ``fraction`` and ``whole``."""
    marks = _data()["languages"].get(code, {}).get("reversed_decimal_marks", [])
    if not marks:
        return None
    mark = "|".join(map(re.escape, sorted(marks, key=lambda w: (-len(w), w))))
    return re.compile(rf"(?<![\d.,])(?P<fraction>\d+)(?:{mark})(?P<whole>\d+)(?![\d.,]|(?:{mark})\d)")


def _decimal_commas(text: str, paragraphs: list[tuple[int, int, str]]) -> str:
    """``text`` with '0,955' written '0.955', '1.000' written '1,000' and '12,6' written '12.6' in the
    glossed paragraphs: a comma after a lone zero is a decimal comma, dots before groups of three digits
    group thousands and a lone comma between digits is a decimal comma in every language listed, though
    English reads them the other way — unless the paragraph writes a decimal point elsewhere ('1.12
    Dollar') or its language always does ('point_is_decimal': Chinese '1.093亿'), when only a comma before
    the language's own scale word is decimal ('26,771 miliardi'), or the comma is before three digits in a
    language whose copy may group thousands with it ('comma_groups_thousands'). Apostrophes grouping thousands ("8'738'800") are commas. The same length,
    so offsets hold."""
    chars = list(text)
    for start, end, code in paragraphs:
        for m in _APOSTROPHE_GROUPED.finditer(text, start, end):
            chars[m.start():m.end()] = m.group().translate(_APOSTROPHES_TO_COMMAS)
        for m in _LEADING_ZERO_COMMA.finditer(text, start, end):
            chars[m.end() - 1] = "."
        lang = language(code)
        # its '1.085' is a decimal, its commas group: a paragraph writing a decimal point elsewhere, or any of a
        # language whose copy never groups with points
        points = bool(_DECIMAL_POINT.search(text, start, end)) or (lang is not None and lang.point_is_decimal)
        if lang is None or detect(text[start:end], default=code) == ENGLISH:
            continue  # a forced language's English paragraph keeps its '26,771' a thousands group
        for m in _decimal_marks(code).finditer(text, start, end) if _decimal_marks(code) else ():
            chars[m.start()] = "."  # '3・0%' (Japanese newspapers' decimal point) is 3.0%
        reversed_marks = _reversed_decimal_marks(code)
        for m in reversed_marks.finditer(text, start, end) if reversed_marks else ():
            # '9ر8' (fraction, mark, whole as typed) is 8.9: the same length, so offsets hold
            chars[m.start():m.end()] = f"{m.group('whole')}.{m.group('fraction')}"
        for m in _ONE_COMMA.finditer(text, start, end):
            if _YEAR_PAIR.fullmatch(m.group()):
                continue
            if points:
                # a paragraph writing decimal points groups thousands with its commas, but not before
                # its own scale word in a language whose copy never does: '26,771 miliardi' beside
                # '2.5 per cento' is 26.771 billion ('1,500 millones' stays 1,500 in Mexican Spanish);
                # nor before other than three digits, which group nothing: '363,87-nél' beside a clock's
                # '14.17-kor' is 363.87
                if len(m.group(1)) != 3 or (not lang.comma_groups_thousands
                                            and _foreign_scale_after(lang, text, m.end(), end)):
                    chars[m.start(1) - 1] = "."
                continue
            if len(m.group(1)) != 3 or (_foreign_scale_after(lang, text, m.end(), end)
                                        and not lang.comma_groups_thousands):
                chars[m.start(1) - 1] = "."  # '7,35 Prozent' is 7.35, '5,318 трлн' 5.318 trillion
        for m in _SPACE_GROUPED.finditer(text, start, end):
            if _priced(text, max(start, m.start() - _PRICE_REACH), m.start()):
                continue  # 'USD 11 486': the English reading reads a priced figure's spaced groups whole
            # '258 011' after a word is one figure, as English writes '258,011': spaced, the English reading takes
            # the first group for a name's number after a word the gloss may capitalise ('елімізде 258 011': 'in
            # Kazakhstan 258 011', as 'Boeing 737') or for a number sign's ('a szám 260 687': 'the number 260'), and
            # the rest for a figure of its own; elsewhere it reads the spaced groups whole already
            for at in range(m.start(), m.end()):
                if text[at] in _GROUPING_SPACES:
                    chars[at] = ","  # a decimal comma after the groups keeps its reading above
        if points:
            continue
        for m in _DOT_GROUPED.finditer(text, start, end):
            chars[m.start():m.end()] = m.group().translate(_DOTS_TO_ENGLISH)
    return "".join(chars)


_PRICE_REACH = 12  # characters before a figure its currency's sign or code is looked for in


def _priced(text: str, start: int, at: int) -> bool:
    """Whether the word right before ``at`` (after ``start``) is a currency's sign or ISO code ('USD', 'US$')."""
    words = text[start:at].split()
    return bool(words) and currency_sign_standing().fullmatch(words[-1]) is not None


def _foreign_scale_after(lang: Language, text: str, at: int, end: int) -> bool:
    """Whether the word after a figure is a scale word of ``lang`` itself ('трлн', 'Milliarden'): a
    comma before three digits is decimal only then; an English 'billion' there leaves it a group."""
    from .numbers import scale_of

    m = _NEXT_WORD.match(text, at, end)
    if m is None:
        return False
    word = _fold(m.group(1))
    # an abbreviation listed with its dot ('mln.', 'mlrd.'), as the glossary lists it
    english = lang.glossary.get(word) or (lang.glossary.get(word + ".") if text[m.end():m.end() + 1] == "." else None)
    return bool(english) and english != word and scale_of(english.split()[0]) is not None


def unknown_words(text: str, code: str, capitals: bool = False) -> list[str]:
    """Words of a non-English ``text`` its language's glossary does not know (lower case, no figures):
    what a person reviewing the claim should read, since the checker could not. With ``capitals``, a
    capitalised word too where its capital does not tell a name: the text's first word, and every
    noun of a language that capitalises nouns ('Quote', 'Wert')."""
    return list(_unknown_words(text, code, capitals))


# each claim of a sentence asks this of its sentence: read once a sentence, not once a claim (once a claim is
# quadratic in a sentence's figures)
@lru_cache(maxsize=64)
def _unknown_words(text: str, code: str, capitals: bool) -> tuple[str, ...]:
    lang = language(code)
    if lang is None:
        return ()
    text = unmixed_letters(text)  # read as the gloss reads it: 'শতাংশ৷' is the word 'শতাংশ' and a full stop
    if lang.unspaced:
        return tuple(_unglossed_runs(text, code))
    # a word of a phrase the glossary knows is known ('итогам' in 'по итогам', 'уровне' in 'на уровне')
    phrases = [(a, b) for a, b in glossary_matches(lang, text, 0, len(text))]
    starts = [a for a, _ in phrases]

    def in_phrase(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < phrases[i][1]

    first = _WORD_WITH_MARKS.search(text)
    first_at = first.start() if first else -1
    suffix = _affix_patterns(code)[0]  # a figure's case ending ('2022-ben', '2023'te') is read with the figure,
    # each of its words ('2017-ci ildə': 'ci' and 'ildə', in the year 2017)
    endings = [(m.start(), m.end()) for m in suffix.finditer(text)] if suffix is not None else []
    ordinal = _ordinal_pattern(code)  # '26e' is a rank the gloss reads ('26th'), no unknown word
    endings += [(m.start(), m.end()) for m in ordinal.finditer(text)] if ordinal is not None else []
    endings.sort()
    ending_starts = [a for a, _ in endings]

    def in_ending(at: int, to: int) -> bool:  # found by bisection: a sentence of many figures has as many endings
        i = bisect.bisect_right(ending_starts, at)
        return any(a <= at and to <= b for a, b in endings[max(0, i - 2):i])

    # '1960er Jahren', 'années 60' are the 1960s the gloss reads, no unknown word
    decades = [(at, to) for at, to, _ in _decades(code, text)]
    # 'دی ماه ۱۴۰۱', 'พ.ศ. 2565': a date of the language's own calendar the gloss reads as a Gregorian one, no unknown word
    decades += [(at, to) for at, to, _ in _calendar_years(code, text, 0, len(text))]

    def may_be_word(match: re.Match[str]) -> bool:
        # a word of a script with no capitals (Arabic, Korean) is read as a lower-case one: no capital tells
        # it a name. An acronym may be the measure ('IPCA', 'ВВП'): with ``capitals`` it is read only if glossed
        return _uncapitalised(match.group()) or capitals and (lang.capitalises_nouns or match.group().isupper()
                                                              or match.start() == first_at)

    # a prefix glued to a figure ('ב-2023': in 2023) is read with the figure
    prefixes = {m.start() for m in GLUED_PREFIX.finditer(text)}
    # 'PETALING JAYA: …', 'জুমবাংলা ডেস্ক : …': where the story was filed, by whom: no word of the language
    dateline = _dateline_end(text, lang)
    # '35ر30' is a figure the gloss reads (30.35, 'reversed_decimal_marks'), no word: its mark is a letter
    reversed_marks = _reversed_decimal_marks(code)
    figures = [(m.start(), m.end()) for m in reversed_marks.finditer(text)] if reversed_marks else []
    sounds = lang.transliterations(text, 0, len(text))  # '(guó)': a character's sound, no word
    # a separable verb's two parts ('brach … ein') are read together as the verb
    sounds += [(a, b) for a, b, _ in _separable_verbs(code, text, 0, len(text))]
    return tuple(m.group() for m in _WORD_WITH_MARKS.finditer(text) if not m.group().isdigit() and may_be_word(m)
            and m.start() not in prefixes and m.end() > dateline and not any(a <= m.start() < b for a, b in sounds)
            and _fold(m.group()) not in lang.glossary and not in_phrase(m.start())
            and not in_ending(m.start(), m.end())
            and _fold(_GLUED_FIGURE.sub("", m.group())) not in lang.glossary  # '7718,5мың': a figure glued to its word
            and not _sign_glued_to_figure(m.group())
            and not any(a <= m.start() < b for a, b in decades) and not any(a <= m.start() < b for a, b in figures)
            and unicodedata.normalize("NFKC", _fold(m.group())) not in _read_as_written()
            and not _gazetteer_name(m.group()) and not _spelled_out_before(text, m)
            and not _starts_unit_symbol(text, m) and not _figure_against_unit(m.group()))


# a run of letters outside ASCII, with the vowel signs written on them ('ถึง' one word, not 'ถ' and 'ง'): in a glossed
# text of a language written without spaces, its own script left unread
_OWN_SCRIPT_RUN = re.compile(rf"[^\W\d_a-zA-Z]+(?:[{_MARKS}]+[^\W\d_a-zA-Z]*)*")


def _unglossed_runs(text: str, code: str) -> list[str]:
    """The words of a ``text`` written without spaces (Chinese, Japanese, Korean) its gloss leaves as written: each
    run of the language's own letters no entry, date, figure or unit of the glossary read. With no spaces a word's
    bounds are the glossary's, so a word the glossary lacks is what the gloss could not turn into English
    ('季節調整値' of '消費者物価指数(季節調整値)'), never a whole run of characters up to a space."""
    glossed = gloss_paragraphs(text, [(0, len(text), code)]).text
    return [m.group() for m in _OWN_SCRIPT_RUN.finditer(glossed) if not _named_by_part_noun(glossed, m.start(), m.end())]


def _named_by_part_noun(glossed: str, start: int, end: int) -> bool:
    """The unread run at ``start``–``end`` of a glossed text stands right after or before a noun naming a part of a
    country (place_parts.json ``named_nouns``: Thai 'จังหวัดชลบุรี', province and its name; Chinese '…省', the name
    and province): it is that part's proper name, which no glossary translates and a reader needs none for — the
    noun already says what it is, and the figure is a province's or a city's, not a word left unread."""
    before = glossed[:start].rstrip().casefold()
    after = glossed[end:].lstrip().casefold()
    for noun in part_nouns():
        if before.endswith(noun) and not before[:-len(noun)][-1:].isalnum():
            return True
        if after.startswith(noun) and not after[len(noun):len(noun) + 1].isalnum():
            return True
    return False


def _sign_glued_to_figure(word: str) -> bool:
    """A word that is a currency's sign or code and the first digits of the figure written against it ('RM1' of
    'RM1.8 trilion', 'Rp15' of 'Rp15.000'): the reading takes it as money (``money_signs``), no word left unread."""
    sign = _SIGN_BEFORE_FIGURE.fullmatch(word)
    return sign is not None and is_currency_word(sign.group(1))


def _uncapitalised(word: str) -> bool:
    """A word with no capital letter: in lower case ('inflazione'), or of a script that has none ('التضخم')."""
    return not any(ch.isupper() for ch in word) and not word.isdigit()


def _figure_against_unit(word: str) -> bool:
    """A figure written against its unit's symbol with no space ('450ppm', '12kg'): the extraction reads it whole as a
    quantity, so no word of the language is left unread."""
    figure = _GLUED_FIGURE.match(word)
    return figure is not None and figure.end() < len(word) and canonical_unit(word[figure.end():]) is not None


def _starts_unit_symbol(text: str, word: re.Match[str]) -> bool:
    """A word that is the letters of a unit's symbol written with a sign ('R' of 'R$ 10,9', 'US' of
    'US$'): the reading takes the symbol whole, no word left unread."""
    return any(text.startswith(symbol, word.start()) for symbol in _signed_symbols().get(word.group(), ()))


@lru_cache(maxsize=1)
def _signed_symbols() -> dict[str, tuple[str, ...]]:
    """The units' symbols that are letters then a sign ('R$', 'US$', 'S/'), by their letters."""
    from .units import unit_suffixes

    found: dict[str, list[str]] = {}
    for form in unit_suffixes():
        letters = WORD.match(form.surface)
        if letters is not None and letters.end() < len(form.surface) and not WORD.search(form.surface, letters.end()):
            found.setdefault(letters.group(), []).append(form.surface)
    return {letters: tuple(symbols) for letters, symbols in found.items()}


_NAME_BEFORE_BRACKET = re.compile(r"((?:[^\W\d_]+[\s'’-]+){1,12})\(\s*\Z")


def _spelled_out_before(text: str, word: re.Match[str]) -> bool:
    """An acronym in brackets right after the capitalised name it abbreviates ('Instituto Nacional de
    Ecología y Cambio Climático (INECC)', 'European Environment Agency (EEA)'): the name's short form,
    read as the name is (its capitalised words are names, no words left unread), not a measure's acronym."""
    acronym = word.group()
    if not acronym.isupper() or len(acronym) < 2:
        return False
    before = _NAME_BEFORE_BRACKET.search(text, max(0, word.start() - 160), word.start())
    if before is None:
        return False
    initials = "".join(plain_letters(w[0]).upper() for w in re.split(r"[\s'’-]+", before.group(1)) if w[:1].isupper())
    return initials.endswith(plain_letters(acronym).upper())


# a news dateline opening the text: a place in capitals, an agency in brackets maybe, then a colon or a dash and
# the story ('PETALING JAYA: Inflasi …', 'KUALA LUMPUR (Bernama) – …'), maybe the day it was filed after a comma
# ('KUALA LUMPUR, 25 Julai - …', 'MANILA, July 3 — …')
_DATELINE = re.compile(r"\s*(?P<place>[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,}){0,3})(?:[ \t]*\([^()\n]{1,40}\))?"
                       r"(?:,[ \t]*(?:\d{1,2}[ \t]+[^\W\d_]{3,12}\.?|[^\W\d_]{3,12}\.?[ \t]+\d{1,2}))?[ \t]*[:–—-][ \t]+")
_DATELINE_STORY_WORDS = 5  # the words after the mark that make it a story's opening, not a label's ('IPCA: 4,5 %')


def _dateline_end(text: str, lang: Language | None = None) -> int:
    """Where a news dateline or byline opening ``text`` ends, or 0. A dateline: capital letters only, two words or
    more or one the gazetteer knows ('MOSCOW'); a byline (``_byline_end``): a newsroom's name before a word of
    ``lang`` its English calls a byline ('জুমবাংলা ডেস্ক :', the desk of a site). Either with a sentence after it
    (an acronym before a colon may be a measure's name)."""
    found = _DATELINE.match(text)
    if found is None or not found.group("place").isupper():
        return _byline_end(text, lang)
    words = found.group("place").split()
    if len(words) < 2 and not _gazetteer_name(words[0].title()):
        return _byline_end(text, lang)
    if len(_WORD_WITH_MARKS.findall(text, found.end())) < _DATELINE_STORY_WORDS:
        return 0
    return found.end()


# a byline opening the text: a few words, the last a byline's noun, then a colon or a dash and the story
# ('জুমবাংলা ডেস্ক : …', 'Redacción Economía - …'); a name in any script, so words with their marks
_BYLINE = re.compile(rf"[ \t]*(?P<words>{_LETTERS}(?:[ \t]+{_LETTERS}){{0,4}})[ \t]*[:–—-][ \t]+")


def _byline_end(text: str, lang: Language | None) -> int:
    """Where a byline opening ``text`` ends, or 0: its last word or two glossed as a noun English names a newsroom's
    desk or writer by (``en.byline_nouns``: 'desk', 'correspondent', 'staff reporter'), the words before it the
    newsroom's or the writer's name, a name in any script (Bengali writes none with a capital), then a sentence."""
    found = _BYLINE.match(text) if lang is not None else None
    if found is None or lang is None:
        return 0
    words = found.group("words").split()
    nouns = _byline_nouns()
    if not any(lang.glossary.get(lang.key(" ".join(words[-n:])), "").lower() in nouns for n in (1, 2) if n < len(words)):
        return 0
    if len(_WORD_WITH_MARKS.findall(text, found.end())) < _DATELINE_STORY_WORDS:
        return 0
    return found.end()


@lru_cache(maxsize=1)
def _byline_nouns() -> frozenset[str]:
    """The English a byline's noun is glossed as (languages.json ``en.byline_nouns``), lower case."""
    return frozenset(str(noun).lower() for noun in _data()["en"].get("byline_nouns", []))


def _gazetteer_name(word: str) -> bool:
    """A capitalised word the gazetteer knows as written ('Berlin', 'Bundestag', 'Astana'), or a city's name a dateline
    may give (``dateline_cities``: 'Bujumbura', 'Ljubljana', as the listed languages spell them too): a place's or an
    institution's name, which the English reading finds as it is, no word left unread."""
    from .dateline_cities import dateline_cities, folded_city
    from .gazetteer import Gazetteer

    if not word[:1].isupper():
        return False
    return word in Gazetteer.default().forms or folded_city(word) in dateline_cities()


@lru_cache(maxsize=1)
def _read_as_written() -> frozenset[str]:
    """Words the English reading reads as a paragraph in another language writes them (``en.read_as_written``,
    English's function words, units' and substances' symbols: 'in', 'ppm', 'CO₂'; news agencies' names, ``en.news_agencies``:
    'Reuters'), folded as ``unknown_words`` folds."""
    from .substances import substance_symbols
    from .units import unit_suffixes

    english = _data().get("en", {})
    words = [*english.get("function_words", []), *english.get("read_as_written", []), *english.get("news_agencies", []),
             *(form.surface for form in unit_suffixes() if WORD.fullmatch(form.surface)), *substance_symbols()]
    return frozenset(unicodedata.normalize("NFKC", _fold(w)) for w in words)


def _draft_language(draft: Draft) -> tuple[str, bool]:
    """The draft's language, and whether a paragraph of it may be in another one."""
    named = str(draft.front_matter.get(LANG_KEY) or "").strip().lower()[:2]
    if named == ENGLISH or language(named) is not None:
        return named, False
    body = draft.text[draft.body_start:]
    counts = _counts(body)
    if not _stands_out(counts) and (by_script := script_language(body)) is not None:
        return by_script, True  # a short paragraph in a script one language writes ('通胀率为5.6%。')
    # a paragraph may be in another language where one has words enough to tell it, or where English has too few
    # to tell its own and another language has some (a fact sheet's short lines: 'GDP: 224,3 tỷ USD (2022);')
    hits = _min_hits()
    english_untold = counts.get(ENGLISH, 0) < hits
    return _decide(counts, ENGLISH, body), any(n >= hits or english_untold and n for c, n in counts.items() if c != ENGLISH)


def draft_language(draft: Draft) -> str | None:
    """The language a paragraph of the draft is read in when its own words tell none (``glossed_draft``'s); None
    when the front matter names the draft's language, which every paragraph is then read in."""
    return None if str(draft.front_matter.get(LANG_KEY) or "").strip() else _draft_language(draft)[0]


def doubted_at(draft: Draft, offset: int, main: str | None) -> tuple[str, ...]:
    """``doubted_languages`` of the draft's paragraph holding ``offset``, ``main`` the draft's language
    (``draft_language``): none where the front matter names it."""
    at = draft.paragraphs_starting_before(offset + 1) - 1
    if main is None or at < 0 or draft.paragraphs[at].end <= offset:
        return ()
    span = draft.paragraphs[at]
    return doubted_languages(draft.text[span.start:span.end], main)


def glossed_draft(draft: Draft) -> tuple[Draft, Gloss] | None:
    """The draft with its non-English paragraphs glossed into English; None when it is all English."""
    main, mixed = _draft_language(draft)
    forced = bool(str(draft.front_matter.get(LANG_KEY) or "").strip())
    if main == ENGLISH and not mixed:
        return None  # the common case, decided in one pass over the text
    stretches: list[tuple[int, int, str]] = []
    for span in draft.paragraphs:
        chunk = draft.text[span.start:span.end]
        code = main if forced else detect(chunk, default=main)
        if code != ENGLISH:
            stretches.append((span.start, span.end, code))
    if not stretches:
        return None
    gloss = gloss_paragraphs(draft.text, stretches, draft.date, _own_countries(draft.url, {c for _, _, c in stretches}))
    front = dict(draft.front_matter)
    if main != ENGLISH and isinstance(front.get("title"), str):
        front["title"] = gloss_paragraphs(front["title"], [(0, len(front["title"]), main)]).text
    address = glossed_address(draft.address_words, main) if main != ENGLISH else None
    host = glossed_address(draft.host_words, main) if main != ENGLISH else None
    # only paragraphs of the body are glossed: the front matter before it keeps its length
    return replace(draft, text=gloss.text, front_matter=front, glossed_address=address, glossed_host=host), gloss


def glossed_address(words: str, code: str) -> str:
    """An address's words (``Draft.address_words``) in English. A slug drops the apostrophe before a
    case ending ('rusyada' for Turkish 'Rusya'da'), so a country's name with such an ending is read
    here without it too; in running text that form is another word ('Maliye', the finance ministry)."""
    slug_names = {**_romanised_names(code), **_unapostrophised_names(code)}
    words = _accents_restored(" ".join(slug_names.get(_fold(w), w) for w in words.split()), code)
    return gloss_paragraphs(words, [(0, len(words), code)]).text if words else words


# an unaccented spelling this short is too often another word of the language ('e' and 'é', 'a' and 'à')
_MIN_UNACCENTED = 4


def _unaccented(name: str) -> str:
    """A country's name without its accents, as copy often writes it ('Emirats arabes unis', 'Koweit' for
    'Émirats arabes unis', 'Koweït': French leaves capitals unaccented); letters of their own ('ł', 'ı') stay."""
    return unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", name)
                                                if not unicodedata.combining(ch)))


def _accents_restored(words: str, code: str) -> str:
    """A slug's words with the accents of the glossary's entries put back, longest phrase first: a slug
    writes 'america-latina', 'sudafrica', 'inflacao' for 'América Latina', 'Sudáfrica', 'inflação',
    which the glossary (and so the gloss) knows only with them ('america' alone is the United States)."""
    entries, longest = _unaccented_entries(code)
    if not entries:
        return words
    tokens, out, i = words.split(), [], 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + longest), i, -1):
            accented = entries.get(" ".join(_fold(t) for t in tokens[i:j]))
            if accented is not None:
                out.append(accented)
                i = j
                break
        else:
            out.append(tokens[i])
            i += 1
    return " ".join(out)


@lru_cache(maxsize=32)
def _unaccented_entries(code: str) -> tuple[dict[str, str], int]:
    """The glossary entries of ``code`` that carry accents, keyed by their spelling without them
    ('america latina' → 'américa latina'), and the longest key's word count. A spelling that is an entry
    of its own, that two entries share, or that is shorter than ``_MIN_UNACCENTED`` is left out: there
    the slug's word may be the other one."""
    lang = language(code)
    if lang is None or lang.unspaced:
        return {}, 0
    found: dict[str, str] = {}
    shared: set[str] = set()
    for key in lang.glossary:
        bare = plain_letters(key)
        if bare == key or not bare.isascii() or len(bare) < _MIN_UNACCENTED or bare in lang.glossary:
            continue
        if found.setdefault(bare, key) != key:
            shared.add(bare)
    entries = {bare: key for bare, key in found.items() if bare not in shared}
    return entries, max((len(k.split()) for k in entries), default=0)


def _own_countries(url: str | None, codes: set[str]) -> dict[str, str]:
    """Each of ``codes`` (languages) official in the country of the page's country-code domain → that country's
    English name ('.gr', Greek → Greece): the country the language's 'our country' is on that page; empty for a
    generic domain ('.com'), no address, or a language not official there."""
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "") if url else ""
    top_level = host.rpartition(".")[2]
    if len(top_level) != 2 or not top_level.isalpha():
        # no country's domain ('.com', '.media', no address): a language official in one country alone
        # (Kazakh, Japanese, Hebrew) has one 'our country' whoever prints it; Greek's (Greece, Cyprus) is no one's
        return {code: country for code in sorted(codes) if (country := _sole_official_country(code))}
    return {code: country for code in sorted(codes) if (country := _official_in(top_level.upper(), code))}


@lru_cache(maxsize=64)
def _sole_official_country(code: str) -> str | None:
    """The English name of the one country where ``code`` is an official language of the whole country (CLDR:
    'kk' → Kazakhstan); None when it is official in several (Greek, Arabic, Russian) or in none."""
    try:
        from babel.core import get_global

        territories = [territory for territory, spoken in get_global("territory_languages").items()
                       if spoken.get(code, {}).get("official_status") == "official"]
    except Exception:  # noqa: BLE001 — CLDR unreadable: no country is named
        return None
    return _official_in(territories[0], code) if len(territories) == 1 else None


@lru_cache(maxsize=64)
def _official_in(territory: str, code: str) -> str | None:
    """The English name of the country ``territory`` stands for when ``code`` is official there (CLDR), else None."""
    try:
        from babel import Locale
        from babel.languages import get_territory_language_info

        english = Locale.parse(ENGLISH).territories.get(territory)
        info = get_territory_language_info(territory).get(code, {})
    except Exception:  # noqa: BLE001 — an unknown code names no country
        return None
    if not english or not info.get("official_status") or Places.default().resolve(english) is None:
        return None
    return str(english)


@lru_cache(maxsize=64)  # a host is read for each claim of its draft; the names come from CLDR
def _own_country_names(territory: str) -> dict[str, str]:
    """The names of the country a country-code domain stands for ('CM': Cameroon) in the listed languages
    official there ('cameroun' → Cameroon); empty when the code is no country's or no such language is listed."""
    try:
        from babel import Locale
        from babel.languages import get_territory_language_info

        english = Locale.parse(ENGLISH).territories.get(territory)
        official = [code for code, info in get_territory_language_info(territory).items() if info.get("official_status")]
    except Exception:  # noqa: BLE001 — an unknown code names no country
        return {}
    listed = _data()["languages"]
    names: dict[str, str] = {}
    for code in official:
        spec = listed.get(code)
        if not english or not isinstance(spec, dict):
            continue
        for locale in spec.get("locales", [code]):
            names.update({name: country for name, country in _babel_names(locale)[0].items() if country == english})
    return names


@lru_cache(maxsize=1)
def listed_locales() -> tuple[str, ...]:
    """Every CLDR locale the listed languages read names in ('sr_Latn', 'sr', 'hr', 'bs' for Serbian,
    Croatian or Bosnian): where another module takes a language's own spelling of a place from babel."""
    found: dict[str, None] = {}
    for code, spec in _data()["languages"].items():
        if isinstance(spec, dict) and not code.startswith("_"):
            found.update(dict.fromkeys(spec.get("locales", [code])))
    return tuple(found)


def host_countries_in_english(words: str, top_level: str) -> str:
    """A host name's words ('ins cameroun' of 'ins-cameroun.cm') with a word that names the country of its
    country-code domain ('cm') in a listed language official there written as that country's English name
    ('ins Cameroon'): a publisher's host is in its own country's language, whatever language the draft is in."""
    if len(top_level) != 2 or not top_level.isalpha():
        return words
    names = _own_country_names(top_level.upper())
    return " ".join(names.get(_fold(w), w) for w in words.split()) if names else words


@lru_cache(maxsize=32)
def _romanised_names(code: str) -> dict[str, str]:
    """Each country's name of one word in ``code``, written in another script, spelt in Latin letters as its
    publishers' addresses spell it ('bulgariya', 'balgariya' for 'България'): ``slug_letters`` gives each letter's
    spellings. A spelling shorter than ``_MIN_ROMANISED`` is too often a word of the address's own."""
    spec = _data()["languages"].get(code, {})
    letters: dict[str, list[str]] = {k: v.split("|") for k, v in spec.get("slug_letters", {}).items()}
    if not letters:
        return {}
    countries: dict[str, str] = {}
    for locale in spec.get("locales", [code]):
        countries.update({k: v for k, v in _babel_names(locale)[0].items() if k not in countries})
    found: dict[str, str] = {}
    for name, english in countries.items():
        if not all(ch in letters for ch in name):
            continue
        spellings = [""]
        for ch in name:
            spellings = [s + option for s in spellings for option in letters[ch]][:_MAX_ROMANISED]
        for spelling in spellings:
            if len(spelling) >= _MIN_ROMANISED:
                found.setdefault(spelling, english)
    return found


_MIN_ROMANISED = 5
_MAX_ROMANISED = 64  # spellings of one name: a name of many letters with several spellings each stops there


@lru_cache(maxsize=32)
def _unapostrophised_names(code: str) -> dict[str, str]:
    """Each country's name in ``code`` with each case ending written after an apostrophe, the
    apostrophe dropped ('rusyada' → 'Russia'), as an address writes it."""
    spec = _data()["languages"].get(code, {})
    endings = [e.translate(_NO_APOSTROPHE) for e in spec.get("name_endings", []) if e != e.translate(_NO_APOSTROPHE)]
    if not endings:
        return {}
    countries: dict[str, str] = {}
    for locale in spec.get("locales", [code]):
        countries.update({k: v for k, v in _babel_names(locale)[0].items() if k not in countries})
    return {_fold(name + ending): english for name, english in countries.items() for ending in endings}


@lru_cache(maxsize=4096)
def _script(letter: str) -> str:
    """A letter's writing system, as the first word of its Unicode name ('GEORGIAN LETTER AN' → GEORGIAN,
    'CJK UNIFIED IDEOGRAPH-4E2D' → CJK); '' for a letter without a name."""
    return unicodedata.name(letter, "").split(" ", 1)[0]


@lru_cache(maxsize=1)
def _read_scripts() -> frozenset[str]:
    """The scripts the checker reads: English's, and those the letters of every language's glossary
    (function words and words of ``languages.json``) are written in."""
    letters: set[str] = set("abcdefghijklmnopqrstuvwxyz")
    for spec in _data()["languages"].values():
        for word in [*spec.get("function_words", []), *spec.get("words", {})]:
            letters.update(ch for ch in word if ch.isalpha())
    return frozenset(_script(ch) for ch in letters) - {""}


def _script_counts(text: str) -> dict[str, int]:
    """How many of ``text``'s letters each script holds."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    return counts


def unread_script(text: str) -> str | None:
    """The script most of ``text``'s letters are written in when it is one no language of the data file
    (nor English) is written in — Ethiopic, Hebrew, Khmer …, whose words the checker would read as
    unknown English ones; None when most letters are in a script it reads."""
    if text.isascii():  # the common case: English, read
        return None
    counts = _script_counts(text)
    unread = {script: n for script, n in counts.items() if script not in _read_scripts()}
    if not unread or 2 * sum(unread.values()) <= sum(counts.values()):
        return None
    return max(unread, key=unread.__getitem__)


@dataclass(frozen=True)
class PlaceNameWords:
    """How a language tells a city's name from a common word of its own spelled alike (languages.json, each
    language's ``place_homonyms``, ``place_nouns``, ``place_prepositions``; English's under 'en')."""

    homonyms: frozenset[str]  # folded: the cities' names that are words of the language ('safi', 'essen')
    nouns: tuple[str, ...]  # folded, longest first: a place noun beside a name marks it as a place's ('şehri')
    prepositions: frozenset[str]  # folded: a word right before a name that puts it as a place ('in Essen')
    links: frozenset[str]  # folded: the function words glossed 'and' or 'or', which join a list's places ('ve', 'y')
    name_endings: tuple[str, ...]  # an ending after an apostrophe marks a proper name ("Safi'de")
    capitalises_nouns: bool  # German: a capital tells no name from a noun


@lru_cache(maxsize=64)
def place_name_words(code: str) -> PlaceNameWords:
    """``code``'s words for telling a city's name from a common word (empty for a language that lists none)."""
    data = _data()
    spec: dict[str, object] = data["en"] if code == ENGLISH else data["languages"].get(code, {})  # type: ignore[index,attr-defined]
    nouns = sorted({_fold(n) for n in spec.get("place_nouns", [])}, key=lambda n: (-len(n), n))  # type: ignore[attr-defined]
    endings = sorted((_fold(e) for e in spec.get("name_endings", []) if e[:1] in APOSTROPHES),  # type: ignore[attr-defined]
                     key=lambda e: (-len(e), e))
    return PlaceNameWords(frozenset(_fold(w) for w in spec.get("place_homonyms", [])),  # type: ignore[attr-defined]
                          tuple(nouns), frozenset(_fold(w) for w in spec.get("place_prepositions", [])),  # type: ignore[attr-defined]
                          _list_links(spec), tuple(endings),
                          bool(spec.get("capitalises_nouns", False)))  # type: ignore[attr-defined]


_LIST_GLOSSES = frozenset({"and", "or"})  # English's own links of a list, and the glosses that say a word is one


def _list_links(spec: dict[str, object]) -> frozenset[str]:
    words = spec.get("function_words", [])
    if isinstance(words, dict):
        return frozenset(_fold(w) for w, english in words.items() if english in _LIST_GLOSSES)
    return frozenset(_fold(w) for w in words if _fold(w) in _LIST_GLOSSES)  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def place_homonyms_anywhere() -> frozenset[str]:
    """Every language's ``place_homonyms``, folded: a name none lists is read as a place whatever the text's language."""
    data = _data()
    codes = [ENGLISH, *data["languages"]]  # type: ignore[attr-defined]
    return frozenset().union(*(place_name_words(code).homonyms for code in codes))
