"""'Kenya leads East Africa in per-capita consumption-based carbon emissions. The average Kenyan emits about
0.6 tonnes of CO2 a year': a figure of emissions counted on another basis than the territory's.

National inventories and the fossil-CO2 series count what is emitted within a place's borders. A
consumption-based account counts what its people consume wherever it was emitted, trade included, and
runs well above or below the territorial figure: the territorial row neither confirms nor refutes it, and
no package holds it — another series (unsupported, ``other_series``). The bases and the words naming them
are data (substances.json ``accounting_bases``, ``held_basis_words``).
"""

from __future__ import annotations

import functools
import re

from ...matching import ClaimContext, ResourceIndex
from ...models import Claim, Kind
from ...numbers import data_json
from ...text import token_set
from ...unit_families import unit_family
from ..observations import names_any
from ..wording import find_any, normalized
from .pinned import of_a_substance_mass
from .qualifier_scope import FIGURE_NOT_YEAR, elsewhere, normalized_at


@functools.lru_cache(maxsize=1)
def _bases() -> dict[str, str]:
    """Each phrase naming an accounting basis (normalized) → the basis' name."""
    spec = data_json("substances.json").get("accounting_bases", {})
    return {normalized(phrase): name for name, phrases in spec.items() for phrase in phrases}


@functools.lru_cache(maxsize=1)
def _held_words() -> tuple[str, ...]:
    """The words naming the territorial basis the series keep (``held_basis_words``)."""
    return tuple(data_json("substances.json").get("held_basis_words", []))


@functools.lru_cache(maxsize=1)
def _held_terms() -> frozenset[str]:
    """The tokens of ``held_basis_words``: a segment holding one names its figure's basis itself."""
    return token_set(" ".join(_held_words()))


def accounting_basis_said(claim: Claim, ctx: ClaimContext, text: str, end: int,
                          resources: list[ResourceIndex]) -> str | None:
    """The name of the accounting basis (``accounting_bases``) a figure of an emissions series is counted on, when
    no series of the data is named by it: said in the figure's sentence (``text``, normalized; ``end``: where the
    figure's clause ends in it), not in another figure's segment that names its own series or basis; or, where
    the sentence names no basis of either kind, in the sentences before it in its paragraph, which name no
    territorial basis beside it. None otherwise: the figure is judged by the rows. ``resources``: the data's series;
    those of a substance's mass (``of_a_substance_mass``) speak to a mass or a percent change."""
    emissions = [r for r in resources if of_a_substance_mass(r) and _speaks_to(r, claim)]
    if not emissions:
        return None
    phrases = list(_bases())
    held = _held_words()
    if _held_after_figure(ctx, text, end, held):
        return None  # '… against 0.41 tonnes of territorial emissions': the figure's own words name the rows' basis
    said = find_any(text, phrases)
    for found in said:
        if found.start() < end and not elsewhere(found, ctx, text, emissions, _held_terms()):
            return _unheld(found, emissions)
    if said or find_any(text, held):
        return None  # the sentence says a basis of its own, or another figure's: not the paragraph's
    paragraph = normalized(ctx.paragraph)
    carried = find_any(paragraph, phrases)
    if not carried or find_any(paragraph, held):
        return None
    return _unheld(carried[-1], emissions)


def _held_after_figure(ctx: ClaimContext, text: str, end: int, held: tuple[str, ...]) -> bool:
    """The figure's own words after it (to the next figure or its clause's end) name the territorial basis."""
    after = normalized_at(ctx, ctx.claim_end)
    following = FIGURE_NOT_YEAR.search(text, after, end)
    return bool(find_any(text[after:following.start() if following else end], held))


def _speaks_to(res: ResourceIndex, claim: Claim) -> bool:
    """A mass in the series' family of units ('t' against 't C'), or a percent change of it."""
    if claim.kind is Kind.change and claim.unit == "%":
        return True
    return bool(claim.unit) and unit_family(claim.unit)[0] == unit_family(res.units[0])[0]


def _unheld(found: re.Match[str], emissions: list[ResourceIndex]) -> str | None:
    """The basis ``found`` names, unless a series of the data is named by its words (matching decides then)."""
    if any(names_any(r, [found.group()]) for r in emissions):
        return None
    return _bases().get(normalized(found.group()), found.group())
