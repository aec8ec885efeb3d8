"""Claim × reference data → ranked candidate series.

Everything here is driven by the reference packages: a resource is found through the words
of its ``metric`` and ``aliases``, a row through its dimension values and their
``dimension_aliases``. No metric, country or article word is written in this module, so a
package about other places works unchanged.

An index is built once per ``ReferenceData`` (keyed by its fingerprint): inverted indexes
from words to resources and to dimension values, and per-dimension row positions, so that a
claim only ever touches the rows of the few resources its words point to — never a full scan.

Order never depends on the process: Python walks sets of strings in an order that changes with
the hash seed (PYTHONHASHSEED, random per process), so wherever a walk over words or resource
names could decide an order, a tie or a floating-point sum, the walk is sorted, and every
ranking ends in an explicit tie-break (see ``candidate_order``). Two runs on the same files give
the same candidates, the same evidence order and the same reasons, so a ledger refresh of an
unchanged draft is a no-op.
"""

from .context import ClaimContext, PlaceReader, describe_context, draft_context
from .index import ReferenceIndex, ResourceIndex, reference_index
from .measure import ADDRESS_LAYER
from .scoring import Candidate, MatchMode, find_totals, match

__all__ = [
    "ADDRESS_LAYER",
    "Candidate",
    "ClaimContext",
    "MatchMode",
    "PlaceReader",
    "ReferenceIndex",
    "ResourceIndex",
    "describe_context",
    "draft_context",
    "find_totals",
    "match",
    "reference_index",
]
