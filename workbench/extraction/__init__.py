"""Draft → numeric claims: value, unit, qualifier, kind, period, subject and entities.

How it works, and why it is fast: one compiled regex scans the masked prose of the draft
(``Draft.prose``: same offsets as the file, Markdown blanked) for number *cores* — numerals,
number words, fractions in words, multiples — and skips dates, clock times, ordinals and
decades in the same pass (``cores``). Each core is then read in its context with small
anchored regexes (``quantities``: scale and unit after it, currency symbol before it;
``ratios``: fractions and multiples; ``kinds``: qualifier, change verb, share cue), so Python
does work per number, never per token. Sentences (``sentences``), periods (``periods``),
subjects (``subjects``) and entities (``entities``) are only computed for sentences that hold
a number; ``extractor`` wires them together.

Every word the rules use is generic English news vocabulary from ``workbench/data/``
(``lexicon.json``, ``units.json``, ``gazetteer.csv``; read in ``vocabulary``); nothing here
knows about one article. What counts as a claim, and what does not, is in ``docs/extraction.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..drafts import Draft
from ..gazetteer import Gazetteer
from ..models import Claim, DraftInfo, ExtractionReport
from . import parallel
from .extractor import claim_id, line_col_of

__all__ = ["claim_id", "extract", "extract_many", "extract_report", "extract_text"]

def extract(draft: Draft, as_of: dt.date | None = None, gazetteer: Gazetteer | None = None) -> list[Claim]:
    """Every numeric claim in the draft, in text order, with stable ids."""
    return parallel.read(draft.text, draft.prose, as_of or draft.date, gazetteer or Gazetteer.default(),
                         draft.line_col, draft.body_start, address=draft.address_words)


def extract_many(items: Sequence[str | Draft], as_of: dt.date | None | Sequence[dt.date | None] = None,
                 gazetteer: Gazetteer | None = None) -> list[list[Claim]]:
    """The claims of each item, in order: of a draft as ``extract`` gives them, of a plain text as ``extract_text``
    does, byte for byte. ``as_of``: one date for all, or one per item. Many short texts (a folder of drafts, a
    draft's paragraphs) are read stage by stage (``parallel.read_many``): each text has readers of its own and
    shares no context with the others, and each stage's code stays hot in the cache from one text to the next."""
    days = list(as_of) if isinstance(as_of, Sequence) else [as_of] * len(items)
    found = gazetteer or Gazetteer.default()
    readings: list[parallel.Reading] = []
    for item, day in zip(items, days, strict=True):
        if isinstance(item, str):
            readings.append((item, item, day, found, line_col_of(item), 0, ""))
        else:
            readings.append((item.text, item.prose, day or item.date, found, item.line_col, item.body_start,
                             item.address_words))
    return parallel.read_many(readings)


def extract_report(draft: Draft, as_of: dt.date | None = None, gazetteer: Gazetteer | None = None) -> ExtractionReport:
    """The claim JSON of DESIGN: the draft's identity plus its claims."""
    info = DraftInfo(path=draft.path, sha256=draft.sha256, date=draft.shown_date(as_of), title=draft.title,
                     url=draft.url)
    return ExtractionReport(draft=info, claims=extract(draft, as_of=as_of, gazetteer=gazetteer))


def extract_text(text: str, as_of: dt.date | None = None, gazetteer: Gazetteer | None = None) -> list[Claim]:
    """Claims in plain text (no front matter, no Markdown): for benchmarks and quick checks."""
    return parallel.read(text, text, as_of, gazetteer or Gazetteer.default(), line_col_of(text), 0)
