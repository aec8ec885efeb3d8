"""Sibling series told apart by one code in their names: 'co2-annmean-gl' and 'co2-annmean-mlo'.

Publishers split one measure into files per station, region or variant and say which only in
the file name; the vocabulary's ``name_abbreviations`` spell the codes out ('mlo' → 'Mauna Loa
Observatory', 'gl' → 'global'). When the claim's sentence (else the text before it) names one
variant's words and not the other's, the other is not what the figure is about. When the text
names neither, a variant covering the whole (``whole_variant_words``: 'gl' → 'global') leads by a
hair: 'CO2 levels reached 423.9 ppm in 2024' is the world's level, a station's only when it says so.
A variant's word inside a phrase naming another thing ('the global ocean', 'global warming') names
no variant.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..numbers import alternation
from ..reference.vocabulary import vocabulary
from ..text import clause_span, token_set

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .context import ClaimContext
    from .scoring import Candidate

# The variant the text does not name ranks this far below: beyond the margin within which two
# candidates count as equally good.
UNNAMED_VARIANT_PENALTY = 0.1
# A station's series when the text names neither it nor the whole: ranked just below the whole's, so
# the whole leads when both agree while the station's stays within the ambiguity margin.
UNSAID_PART_PENALTY = 0.005


@lru_cache(maxsize=4096)
def _parts(name: str) -> tuple[str, ...]:
    """The codes of a resource's file name; a wide table's column ('co2-mm-mlo:average') is left
    out, so that a file and a column of its sibling file compare by their files' codes."""
    return tuple(p for p in re.split(r"[-_.\s]+", name.lower().partition(":")[0]) if p)


@lru_cache(maxsize=1)
def _expansions() -> dict[str, str]:
    return {k.lower(): v for k, v in vocabulary().get("name_abbreviations", {}).items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _whole_words() -> frozenset[str]:
    return frozenset(vocabulary().get("whole_variant_words", {}).get("words", ()))


@lru_cache(maxsize=1)
def _elsewhere() -> re.Pattern[str] | None:
    phrases = vocabulary().get("whole_variant_words", {}).get("elsewhere", ())
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


@lru_cache(maxsize=4096)
def _whole_said(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The whole's words ``text`` says of a series, and those it says only inside phrases naming
    another thing ('the global ocean absorbs half of it': 'global'). A reader of places may have
    taken the word for the world, which is what the whole variant is about."""
    pattern = _elsewhere()
    outside = token_set(pattern.sub(" ", text) if pattern is not None else text)
    return outside & _whole_words(), (token_set(text) - outside) & _whole_words()


def _layers(ctx: ClaimContext) -> list[frozenset[str]]:
    """The sentence, the text before it, then the farther layers, nearest first: each layer's words,
    with the whole's words as its text says them."""
    before_text = "\n".join(text for layer, text in ctx.basis_texts if layer in ("paragraph", "heading"))
    layers = [(ctx.sentence, ctx.sentence_text), (ctx.before, before_text),
              *((words, text) for _, words, text in ctx.measure_layers)]
    out: list[frozenset[str]] = []
    for words, text in layers:
        said, elsewhere_only = _whole_said(text) if text else (frozenset(), frozenset())
        out.append((words | said) - elsewhere_only)
    return out


def _covers_whole(code: str) -> bool:
    return bool(token_set(_expansions()[code]) & _whole_words())


@lru_cache(maxsize=65536)
def _differing_code(a: str, b: str) -> tuple[str, str] | None:
    """The one code two names differ in, when the vocabulary spells both out (a plain word such as
    'gdp' vs 'consumer' is the publisher's label, which may be wrong, not a code to read)."""
    pa, pb = _parts(a), _parts(b)
    if len(pa) != len(pb):
        return None
    diff = [(x, y) for x, y in zip(pa, pb, strict=True) if x != y]
    if len(diff) != 1 or not all(code in _expansions() for code in diff[0]):
        return None
    return diff[0]


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """A code → its ``variant_aliases``, as one text of words."""
    found = vocabulary().get("variant_aliases", {})
    return {k.lower(): " ".join(v) for k, v in found.items() if not k.startswith("_")}


@lru_cache(maxsize=1024)
def _distinct_words(a: str, b: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words only one of two codes' spellings (and aliases) has: 'annual mean' / 'monthly mean' →
    annual, monthly; 'Mauna Loa Observatory' (or 'Hawaii') / 'global'."""
    wa = token_set(f"{_expansions()[a]} {_aliases().get(a, '')}")
    wb = token_set(f"{_expansions()[b]} {_aliases().get(b, '')}")
    return wa - wb, wb - wa


@lru_cache(maxsize=1)
def _station_words() -> frozenset[str]:
    return token_set(" ".join(vocabulary().get("station_words", {}).get("words", ())))


@lru_cache(maxsize=1)
def _site_words() -> frozenset[str]:
    """The words naming the sites of the stations codes spell out ('Mauna Loa Observatory', 'Hawaii' →
    mauna, loa, hawaii), without the station nouns themselves."""
    stations = _station_words()
    return frozenset(w for code, spelled in _expansions().items() if token_set(spelled) & stations
                     for w in token_set(f"{spelled} {_aliases().get(code, '')}")) - stations


@lru_cache(maxsize=1)
def _station_nouns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A station noun as text writes it (with a plural ending), and the referring words that may end the text
    before one ('the', 'this', with at most one lower-case word between: 'the observing station')."""
    found = vocabulary().get("station_words", {})
    nouns, referring = alternation(found.get("words", ())), alternation(found.get("referring", ()))
    return (re.compile(rf"\b(?:{nouns})(?:s|en|es)?\b", re.IGNORECASE),
            re.compile(rf"\b(?:{referring})\s+(?:(?-i:[a-z]+)\s+)?$", re.IGNORECASE))


def _refers_back_only(text: str) -> bool:
    """Every station noun of ``text`` refers back ('the observing station measured …', 'this observatory') and
    no name follows it within three words ('the station on the Zugspitze'): the text names no station of its own."""
    nouns, referring = _station_nouns()
    found = list(nouns.finditer(text))
    return bool(found) and all(referring.search(text[max(0, m.start() - 40):m.start()])
                               and not any(_a_name(w) for w in text[m.end():].split()[:3]) for m in found)


def _a_name(word: str) -> bool:
    """A word that names something: capitalised, or in a script the glossing left unread ('瓦里关')."""
    word = word.strip("()[],.;:'\"")
    return bool(word) and (word[0].isupper() or not word.isascii() and not any(c.islower() for c in word))


def names_another_station(ctx: ClaimContext) -> bool:
    """The claim's sentence names a monitoring station (``station_words``) and no layer of the text names
    a site of the package's stations: the figure is another station's ('the baseline station in Qinghai,
    China, recorded 411.4 ppm'), so a place named beside it is the figure's, not the publisher's."""
    if not _station_words() & ctx.sentence:
        return False
    return not any(_site_words() & layer for layer in _layers(ctx))


def another_station_said(ctx: ClaimContext) -> str | None:
    """The station nouns (``station_words``) that make a figure of the air another station's, which neither the
    whole's series nor the package's stations hold; None when the figure may be theirs. No layer of the text may
    name a site of the package's stations; then a station named in the claim's sentence makes the figure its
    reading unless the figure's own clause names the whole ('the baseline station measured 414.3 ppm, as the
    world rose 2.5 ppm': the second is global), and a station named only in the sentences before it does so
    when neither the sentence nor that text names the whole ('… at the three observing stations. Minamitorishima
    passed 400 ppm'; not after 'measurements from the global network of stations show …')."""
    layers = _layers(ctx)
    if any(_site_words() & layer for layer in layers):
        return None
    own = _station_words() & ctx.sentence
    if own:
        text = ctx.unmasked_text or ctx.sentence_text
        if _refers_back_only(text):
            return None  # 'the station measured 411.2 ppm': the one named before, maybe the package's
        said, _ = _whole_said(text[ctx.clause_span[0]:ctx.clause_span[1]]) if ctx.clause_span[1] else _whole_said(text)
        return None if said else " ".join(sorted(own))
    before = _station_words() & ctx.before
    # … unless that text names the whole too ('measurements from the global network of stations show …'): its
    # stations are the whole's network, the figure after it the whole's, not one station's
    if before and not (layers[0] | layers[1]) & _whole_words():
        return " ".join(sorted(before))
    return None


def named_variant(candidates: list[Candidate], ctx: ClaimContext) -> None:
    """Lower the score of a candidate whose sibling (the same name but for one code) is named by
    the claim's sentence, else by the text before it (its paragraph, then earlier paragraphs and
    the title, nearest first), while it is not (in place)."""
    names = sorted({c.resource.name for c in candidates if any(p in _expansions() for p in _parts(c.resource.name))})
    # each name → the codes of its own that the text names a sibling's instead of: a station's growth
    # series loses on 'growth' alone where the global one loses on 'global' as well
    unnamed: dict[str, set[str]] = {}
    unsaid_parts: set[str] = set()
    both_said: list[tuple[str, str]] = []
    below: list[tuple[str, str]] = []  # (meant, not meant) of a station and the whole both named
    layers = _layers(ctx) if names else []
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            codes = _differing_code(a, b)
            if codes is None:
                continue
            wa, wb = _distinct_words(*codes)
            # a station the sentence names only for the figure of a later clause does not say which this figure is of
            others_only = _said_for_other_figures(ctx, wa | wb, candidates, (a, b)) \
                if _covers_whole(codes[0]) != _covers_whole(codes[1]) else frozenset()
            said = False
            for layer in layers:
                words = layer - others_only if layer is layers[0] else layer
                ha, hb = bool(wa & words), bool(wb & words)
                said = ha or hb
                if ha != hb and layer is layers[0] and _station_reading(codes if ha else codes[::-1], ctx):
                    # 'global greenhouse gases rose again; the station measured 411.2 ppm': the whole is named,
                    # but the figure's own clause says a station measured it, and a station never measures the whole
                    unnamed.setdefault(a if ha else b, set()).add(codes[0] if ha else codes[1])
                elif ha != hb:
                    unnamed.setdefault(b if ha else a, set()).add(codes[1] if ha else codes[0])
                elif ha and _covers_whole(codes[0]) != _covers_whole(codes[1]):
                    meant_not = _station_or_whole(a, b, codes, ctx, layer is layers[0])
                    unnamed.setdefault(meant_not, set()).add(codes[0] if meant_not == a else codes[1])
                    below.append((b if meant_not == a else a, meant_not))
                elif ha and layer is layers[0] and a.partition(":")[2] == b.partition(":")[2]:
                    both_said.append((a, b))  # the same column of sibling files ('co2-mm-gl:average', '…-mlo:average')
                if said:
                    break
            if not said and _covers_whole(codes[0]) != _covers_whole(codes[1]):
                unsaid_parts.add(b if _covers_whole(codes[0]) else a)
    for cand in candidates:
        cand.codes_unnamed = len(unnamed.get(cand.resource.name, ()))
        penalty = UNNAMED_VARIANT_PENALTY * cand.codes_unnamed if cand.codes_unnamed else \
            UNSAID_PART_PENALTY if cand.resource.name in unsaid_parts else 0.0
        if penalty:
            cand.score = round(cand.score - penalty, 4)
            cand.variant_penalty = round(cand.variant_penalty + penalty, 4)
    _both_named_tie(candidates, both_said)
    _ranked_below(candidates, below)


# A figure a clause states: a number standing alone (not the digit of 'CO2') that is no year ('in 2015' dates it).
_FIGURE = re.compile(r"(?<![\w.,])\d")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _said_for_other_figures(ctx: ClaimContext, variant_words: frozenset[str], candidates: list[Candidate],
                            names: tuple[str, str]) -> frozenset[str]:
    """The words of a station or the whole (``variant_words``) that the claim's sentence says only in clauses
    after the figure's, each stating a figure of its own, while the figure's own clause names its measure: 'the
    CO2 concentration passed 400 ppm in 2015, but this September's readings at Mauna Loa exceed 410 ppm' names
    Mauna Loa for the 410, not for the 400, whose clause has a subject of its own. A station or the whole named
    before the figure sets the scene for the clauses after it ('Mauna Loa measured 430 ppm in May, a rise of
    3.5 ppm'), so only a later clause is another figure's alone."""
    lo, hi = ctx.clause_span
    text = ctx.sentence_text
    if not hi or not text:
        return frozenset()
    measure_words = frozenset().union(*(p for c in candidates if c.resource.name in names
                                        for p in c.resource.phrases)) - variant_words
    if not measure_words & ctx.clause:
        return frozenset()
    found = set()
    for word in variant_words & ctx.sentence:
        spots = ctx.positions.get(word, [])
        if spots and all(at >= hi and _states_figure(text, at) for at in spots):
            found.add(word)
    return frozenset(found)


def _states_figure(text: str, at: int) -> bool:
    """The clause around ``at`` states a figure."""
    start, end = clause_span(text, at)
    return bool(_FIGURE.search(_YEAR.sub(" ", text[start:end])))


def _station_or_whole(a: str, b: str, codes: tuple[str, str], ctx: ClaimContext, in_sentence: bool) -> str:
    """Of two siblings, a station's series and the whole's, both named by one layer of the text: the one
    not meant. The figure's own clause naming one alone means that one ('global CO2 averaged 417 ppm, while
    Mauna Loa recorded 419'); else the station's name says where the reading was made ('the global CO2
    concentration the Mauna Loa observatory detected', as Chinese copy words a station's monthly mean; 'the
    station's data show global CO2 above 410 ppm'): 'global' then speaks of the gas in the air, and a
    station measures its own air, never the world's mean."""
    whole, station = (a, b) if _covers_whole(codes[0]) else (b, a)
    if in_sentence:
        said, elsewhere_only = _whole_said(ctx.sentence_text[ctx.clause_span[0]:ctx.clause_span[1]]) \
            if ctx.clause_span[1] else (frozenset(), frozenset())
        clause = (ctx.clause | said) - elsewhere_only
        w_whole, w_station = _distinct_words(*codes) if whole == a else _distinct_words(*codes)[::-1]
        if bool(w_whole & clause) and not w_station & clause:
            return station
    return whole


def _station_reading(codes: tuple[str, str], ctx: ClaimContext) -> bool:
    """The series the sentence names is the whole's (its code ``codes[0]``; its sibling's, ``codes[1]``, a
    station's), named outside the figure's clause, while that clause names a station (``station_words``)
    and not the whole: the figure is a station's reading."""
    if not _covers_whole(codes[0]) or _covers_whole(codes[1]) or not ctx.clause_span[1]:
        return False
    said_words, elsewhere_only = _whole_said(ctx.sentence_text[ctx.clause_span[0]:ctx.clause_span[1]])
    clause = (ctx.clause | said_words) - elsewhere_only
    return bool(_station_words() & clause) and not _distinct_words(*codes)[0] & clause


def _ranked_below(candidates: list[Candidate], pairs: list[tuple[str, str]]) -> None:
    """For each (meant, not meant) pair, the series not meant ranks the unnamed penalty below the one meant,
    however many more of its words the text repeats ('global … average' beside a station's name)."""
    for meant, not_meant in pairs:
        best = max((c.score for c in candidates if c.resource.name == meant), default=None)
        if best is None:
            continue
        for cand in candidates:
            if cand.resource.name == not_meant and cand.score > best - UNNAMED_VARIANT_PENALTY:
                cut = round(cand.score - (best - UNNAMED_VARIANT_PENALTY), 4)
                cand.score = round(cand.score - cut, 4)
                cand.variant_penalty = round(cand.variant_penalty + cut, 4)


def _both_named_tie(candidates: list[Candidate], pairs: list[tuple[str, str]]) -> None:
    """Siblings the claim's sentence names both ('the global carbon dioxide concentration the Mauna Loa
    observatory detected', as Chinese copy words a station's monthly mean) score alike: the words say both,
    so how many of a series' words the sentence happens to repeat does not tell which the figure is of; when
    their rows disagree the figure is for a person, never contradicted by the one the wording leaned to."""
    for a, b in pairs:
        pair = [c for c in candidates if c.resource.name in (a, b)]
        if len({c.resource.name for c in pair}) == 2:
            best = max(c.score for c in pair)
            for cand in pair:
                cand.score = best


def sibling_names(a: str, b: str) -> bool:
    """Two resources' names differ in one code the vocabulary spells out ('co2-annmean-mlo', 'co2-mm-mlo'): one
    series kept two ways (by the year and by the month, or at a station and for the whole)."""
    return _differing_code(a, b) is not None


def samples_the_whole(name: str, siblings: Iterable[str]) -> bool:
    """A series of the whole ('co2-annmean-gl': global) or of a station sampling it (its sibling but for one
    code is the whole's, 'co2-annmean-mlo'): no country's figure, so a country the sentence names (the
    publisher's, 'the US agency reports 417.8 ppm') does not put the figure elsewhere."""
    if any(code in _expansions() and _covers_whole(code) for code in _parts(name)):
        return True
    return any(codes is not None and _covers_whole(codes[1]) and not _covers_whole(codes[0])
               for codes in (_differing_code(name, other) for other in siblings if other != name))


def variants_among(kept: list[Candidate], ctx: ClaimContext) -> list[Candidate]:
    """``kept`` (the candidates left once some were dropped for their rows' length, say) ranked again
    among themselves: a sibling dropped ('annual mean' beside 'monthly mean', named only by a word of the
    page's address) no longer lowers the one kept, so the kept siblings are told apart by what names them
    (a station's name before the sentence). Copies; best first."""
    from .scoring import candidate_order

    again = [replace(c, score=round(c.score + c.variant_penalty, 4), variant_penalty=0.0, codes_unnamed=0) for c in kept]
    named_variant(again, ctx)
    return sorted(again, key=candidate_order)

