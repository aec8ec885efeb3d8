"""A bare figure after a data portal's label: 'CO2 emissions, metric tons per capita, 2019: 7.40'.

Country profiles, fact boxes and portal summaries write the unit once, in the label before the
colon, and the figure alone after it. Extraction reads a unit only where it stands beside the
number, so the figure arrives as a plain count and no series in tonnes per person can speak to
it. Here each part of the label is read back beside the figure, the way extraction reads a unit
after a number ('7.40 metric tons per capita'; 'current US$' as 'US$'), and the first part that
gives the very same value a unit lends the claim its unit and kind. Nothing about any measure is written here: the
units are extraction's, from units.json.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import Any

from ..models import Claim, ClaimResult, Kind
from ..numbers import data_json
from ..text import surface_at
from ..units import currency_prefixes, unit_suffixes

# A label ends at the colon before the figure
_LABEL_END = re.compile(r":\s*$")
_YEARISH = re.compile(r"^\(?\d{4}(?:\s*est\.?)?\)?$")


@cache
def _rules() -> dict[str, Any]:
    return data_json("labels.json")


@cache
def _parts() -> re.Pattern[str]:
    return re.compile(r"\s*[" + "".join(re.escape(c) for c in _rules()["separators"]) + r"]\s*")


@cache
def _unit_opening() -> re.Pattern[str]:
    """Any unit form extraction reads after a number, at the start of a text (in any case): a part of
    a label that opens with none cannot lend the figure a unit, so it is not read beside it."""
    # longest first, ties by text: the same pattern in every process (a set's order follows the hash seed)
    surfaces = sorted({f.surface for f in (*unit_suffixes(), *currency_prefixes())}, key=lambda s: (-len(s), s))
    return re.compile("|".join(re.escape(s) + (r"(?![^\W\d_])" if s[-1:].isalpha() else "") for s in surfaces),
                      re.IGNORECASE)


@cache
def _denominators() -> frozenset[str]:
    return frozenset(_rules()["denominator_words"])


def labelled_claim(claim: Claim) -> Claim:
    """``claim`` with the unit its label gives it when it has none of its own, else itself."""
    if claim.unit or claim.value_high is not None:
        return claim
    label = _label_before(claim)
    if label is None:
        return claim
    for part in reversed(_parts().split(label)):  # the part nearest the figure names its unit
        part = part.strip()
        if not part or _YEARISH.match(part):
            continue
        words = part.split()
        for first in range(len(words)):  # 'current US$' reads as 'US$': a qualifier before the unit
            if first and words[first - 1].casefold().strip("(") in _denominators():
                break  # 'LCU per US$': what the figure is counted per, not its unit
            tail = " ".join(words[first:])
            if not _unit_opening().match(tail.lstrip("([")):
                continue
            read = _read_beside(claim, tail)
            if read is not None:
                return claim.model_copy(update={"unit": read.unit, "kind": read.kind})
    return claim


def _label_before(claim: Claim) -> str | None:
    """The label the figure follows on its line ('…, 2019: 7.40'), or None."""
    at = surface_at(claim.sentence, claim.text)
    if at <= 0 or claim.sentence.count(claim.text) > 1:  # which of two '0.885's follows the label is unknown
        return None
    head = claim.sentence[:at]
    if not _LABEL_END.search(head):
        return None
    lines = _LABEL_END.sub("", head).splitlines()  # none when the colon opens the line (': 5'): no label
    label = lines[-1] if lines else ""
    label = label.lstrip("> *-•\t").strip()
    return label if 0 < len(label) <= int(_rules()["max_label_characters"]) else None  # a label, not a paragraph


def _read_beside(claim: Claim, part: str) -> Claim | None:
    """The figure read with ``part`` written after it, when that gives it a unit and the same value."""
    read = _read_written(f"{claim.text} {part}")
    same = read is not None and math.isclose(read.value, claim.value, rel_tol=1e-9, abs_tol=1e-12)
    return read if same else None


@lru_cache(maxsize=4096)  # a draft checked again (the app, a watch run) reads the same figure after the same label
def _read_written(written: str) -> Claim | None:
    """The one figure extraction reads at the start of ``written``, when it carries a unit."""
    # imported here: extraction is loaded only when a label is read
    from ..drafts import parse_draft
    from ..extraction import extract

    try:
        read = extract(parse_draft(f"{written}\n".encode(), "label.md"))
    except Exception:  # noqa: BLE001 — a label that cannot be read lends nothing; never fail the check
        return None
    if len(read) != 1 or not read[0].unit or read[0].start != 0:
        return None
    if written[read[0].end:].strip() and read[0].kind is not Kind.ratio:
        return None  # 'euros per US dollar': words the unit left unread, a rate between two currencies
    return read[0]


def as_written(result: ClaimResult, read: Claim, written: Claim) -> ClaimResult:
    """``result`` reported about the claim as extraction gave it, when its label lent it a unit:
    `check` and `extract` list the same claims, and the evidence says which unit was read."""
    return result if read is written else result.model_copy(update={"claim": written})
