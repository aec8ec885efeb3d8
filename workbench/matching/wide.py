"""A wide table's total column and its parts ('Total', 'Solid Fuel', 'Cement'…) as candidates.

News names the parts of a total to say what the total covers ('emissions from fossil fuels and
cement'): a part is meant when its own label is in the claim's clause or subject; otherwise,
when the table's total column is a candidate too, the total is what the figure is about.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from ..models import Kind
from ..numbers import figure_lead_words
from ..reference.siblings import everyday_names
from ..reference.vocabulary import vocabulary
from ..text import token_set
from ..units import percent_alternation
from .sentence_scan import last_digit_end

if TYPE_CHECKING:
    from .context import ClaimContext
    from .index import ReferenceIndex, ResourceIndex
    from .scoring import Candidate

# A part not named in the claim's clause ranks this far below its table's total: beyond the
# margin within which two candidates count as equally good.
PART_PENALTY = 0.1
_PARTS = (Kind.level, Kind.count)


@lru_cache(maxsize=4096)
def _table_and_column(name: str) -> tuple[str, str] | None:
    table, sep, column = name.partition(":")
    return (table, column.replace("-", " ")) if sep else None


def is_total_column(name: str) -> bool:
    """The resource is a wide table's total column ('units_population:total')."""
    split = _table_and_column(name)
    return split is not None and split[1] in vocabulary().get("total_labels", [])


def same_table(name: str, other: str) -> bool:
    """Two resources are one table, or columns of one wide table ('units_population:total', '…:female')."""
    return name.partition(":")[0] == other.partition(":")[0]


def total_before_parts(candidates: list[Candidate], ctx: ClaimContext) -> None:
    """Lower the score of parts when their table's total column is a candidate too, unless the
    claim's clause names that one part; lower the total's when it does (in place)."""
    totals = vocabulary().get("total_labels", [])
    tables: dict[str, dict[str, frozenset[str]]] = {}
    for cand in candidates:
        split = _table_and_column(cand.resource.name)
        if split and cand.resource.kind in _PARTS:  # a per-capita or rate column is no part of the total
            tables.setdefault(split[0], {})[split[1]] = _label_words(split[1])
    # '85 % of the country's emissions of 119 Mt were from coal': the part is the share's, the figure the whole
    own = frozenset() if whole_of_a_share(ctx) else ctx.clause | ctx.subject
    meant: dict[str, str] = {}
    listed: set[str] = set()  # tables whose parts the clause lists: the total is what it covers
    for table, labels in tables.items():
        total = next((c for c in labels if c in totals), None)
        if total is not None:
            meant[table] = _named_part(labels, total, own) or total
            if meant[table] == total and len(_parts_named(labels, total, own)) > 1:
                listed.add(table)
    best_total = {t: max((c.score for c in candidates if _table_and_column(c.resource.name) == (t, meant[t])),
                         default=None) for t in listed}
    for cand in candidates:
        split = _table_and_column(cand.resource.name)
        if split and split[0] in meant and split[1] != meant[split[0]] and cand.resource.kind in _PARTS:
            cand.score = round(cand.score - PART_PENALTY, 4)
            top = best_total.get(split[0])
            if top is not None and cand.score >= top - PART_PENALTY:
                # 'from fossil fuel use, cement and gas flaring': each listed part's words are in the
                # clause, so its label scores high; the list names what the total covers
                cand.score = round(top - PART_PENALTY, 4)


def listed_before(ctx: ClaimContext) -> frozenset[str]:
    """The words of a list the claim's clause ends ('emissions from fossil fuel use, cement
    manufacturing, and gas flaring increased …'): a clause opening with a list's last link
    continues the figure-free stretch before it, whose items are the figure's too."""
    lo = ctx.clause_span[0]
    head = ctx.sentence_text[lo:ctx.claim_offset].lstrip().lower()
    links = vocabulary().get("part_list_links", [])
    if lo == 0 or not any(head.startswith(w + " ") or head.startswith(w + "\t") for w in links):
        return frozenset()
    after_figure = max(last_digit_end(ctx.sentence_text, lo), 0)  # read once per sentence
    return token_set(ctx.sentence_text[after_figure:lo])


def colon_lead(ctx: ClaimContext) -> frozenset[str]:
    """The words of the sentence up to the last colon before the claim's figure: a list's lead says what
    its items measure ('the largest contributors to greenhouse gas emissions are: China - 19.5%')."""
    colon = ctx.sentence_text.rfind(":", 0, ctx.claim_offset)
    return token_set(ctx.sentence_text[:colon]) if colon > 0 else frozenset()


def other_column(name: str, lead: str) -> bool:
    """Another column of the lead's wide table (its total, a part): no rival reading of the lead's
    measure — its parts disagree with a total by being parts."""
    split, lead_split = _table_and_column(name), _table_and_column(lead)
    return split is not None and lead_split is not None and split[0] == lead_split[0] and split[1] != lead_split[1]


def totals_of_unnamed_parts(candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
                            build: Callable[[ResourceIndex, float], list[Candidate]]) -> list[Candidate]:
    """Candidates for a wide table's total column when only parts of it are candidates and the text
    names none of those parts by a word of its own ('Tons of CO2' matched to 'Cement' by the words
    'carbon dioxide emissions' every column shares): the total is what such a figure is about. Each
    total at the best score of its parts; ``total_before_parts`` then ranks it first."""
    totals = vocabulary().get("total_labels", [])
    have = {c.resource.name for c in candidates}
    best: dict[str, float] = {}
    for cand in candidates:
        split = _table_and_column(cand.resource.name)
        if split and cand.resource.kind in _PARTS and split[1] not in totals:
            best[split[0]] = max(best.get(split[0], cand.metric_score), cand.metric_score)
    words = ctx.clause | ctx.subject | ctx.sentence
    out: list[Candidate] = []
    by_table = _columns_by_table(index)
    for table, score in best.items():
        columns = by_table.get(table, {})
        total = next((c for c in columns if c in totals), None)
        if total is None or columns[total] in have:
            continue
        labels = {c: _label_words(c) for c, name in columns.items()
                  if index.resources[name].kind in _PARTS}
        if total in labels and not _parts_named(labels, total, words):
            out += build(index.resources[columns[total]], score)
    return out


def _columns_by_table(index: ReferenceIndex) -> dict[str, dict[str, str]]:
    """Each wide table's columns (label → resource name), read once per index."""
    key = ("wide table columns",)
    if key not in index.mention_cache:
        by_table: dict[str, dict[str, str]] = {}
        for name in index.resources:
            split = _table_and_column(name)
            if split:
                by_table.setdefault(split[0], {})[split[1]] = name
        index.mention_cache[key] = by_table
    return index.mention_cache[key]


def with_listed_parts(ctx: ClaimContext) -> ClaimContext:
    """The context with the words of the list its clause ends counted as the clause's own."""
    listed = listed_before(ctx)
    return dataclasses.replace(ctx, clause=ctx.clause | listed) if listed - ctx.clause else ctx


# a share, 'of', the whole's words (no figure among them; 'CO2' is a word), then 'of' right before the claim's figure
_WHOLE_OF_SHARE = re.compile(rf"\d\s*(?:{percent_alternation()})\s+of\s+(?:[^\d%;]|(?<=[^\W\d_])\d){{3,80}}?\s+of\s+"
                             + figure_lead_words() + r"\W{0,2}$", re.IGNORECASE)


def whole_of_a_share(ctx: ClaimContext) -> bool:
    """The claim's figure is the size of the whole a share in its clause is taken of ('85 % of the
    country's emissions of 119 Mt'): parts named in the clause belong to the share, not to it."""
    start = max(ctx.clause_span[0], ctx.claim_offset - 160)
    return _WHOLE_OF_SHARE.search(ctx.sentence_text, start, ctx.claim_offset) is not None


def total_label_words(name: str) -> frozenset[str]:
    """The words of a wide table's total column's label ('Total' of 'region_population:total'): they say the
    column holds the whole, not what it measures; empty for any other resource."""
    split = _table_and_column(name)
    return _label_words(split[1]) if split and split[1] in vocabulary().get("total_labels", []) else frozenset()


@lru_cache(maxsize=4096)
def _label_words(column: str) -> frozenset[str]:
    return token_set(column).union(*(token_set(n) for n in everyday_names(column)))


def _named_part(labels: dict[str, frozenset[str]], total: str, own: frozenset[str]) -> str | None:
    """The one part the clause names by a word no other part's label has ('coal', 'cement'), or
    else by all its label's words, when the clause names no further part or group of parts
    ('fossil fuel and cement': the total)."""
    parts = {c: words for c, words in labels.items() if c != total}
    # else the one part whose whole label the clause says ('urban' beside 'urban female', 'urban male')
    named = _parts_named(labels, total, own) or [c for c, words in parts.items() if words and words <= own]
    if len(named) != 1:
        return None
    mentioned = {w for words in parts.values() for w in words} & own
    return named[0] if mentioned <= parts[named[0]] else None


def _parts_named(labels: dict[str, frozenset[str]], total: str, own: frozenset[str]) -> list[str]:
    """The parts the clause names, each by a word no other part's label has ('coal', 'cement')."""
    parts = {c: words for c, words in labels.items() if c != total}
    # the total's own word names no part, though a part's label holds it ('Bunker fuels (not in total)')
    shared = {w for c, words in parts.items() for w in words
              if any(w in other for o, other in parts.items() if o != c)} | labels[total]
    return [c for c, words in parts.items() if (words - shared) & own]


def columns_named_after(part: ResourceIndex, siblings: list[ResourceIndex], after: frozenset[str],
                        measure: frozenset[str], own_named: bool = True) -> list[ResourceIndex]:
    """The columns of the part's table that the words after its figure name as the whole: each
    column whose label is named in full ('total' names Total, not 'Bunker fuels (not in total)');
    else the total column when the words name the measure every column shares ('of emissions').
    None when the part's own label is named there (it is then no part of another column), unless
    ``own_named`` is off: words of the whole sentence, which names the part too, and then only the
    total column is a whole they can name."""
    own_column = _table_and_column(part.name)
    totals = vocabulary().get("total_labels", [])
    if own_column is None or (not own_named and own_column[1] in totals):
        return []
    if not own_named:  # the sentence's words: only the total is a whole they can name
        siblings = [r for r in siblings if (split := _table_and_column(r.name)) and split[1] in totals]
    labels = {r.name: _label_words(split[1]) for r in siblings if (split := _table_and_column(r.name))}
    own = _label_words(own_column[1]) - frozenset().union(*labels.values())
    if own_named and own & after:
        return []
    named = [r for r in siblings if labels.get(r.name) and labels[r.name] <= after]
    if named or not measure & after:
        return named
    return [r for r in siblings if (split := _table_and_column(r.name)) and split[1] in totals]
