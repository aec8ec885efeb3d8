"""The one rule both dev-set scorers write a row's ``published`` into a draft's front matter by."""

from __future__ import annotations

import re

# a full ISO date, or "2022-09" when the stored page shows only the month (read as the month's last day)
_DATE_OR_MONTH = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def front_matter_date(published: object) -> str | None:
    """The ``date:`` a draft of a dev-set row gets: its ``published`` as a day or a month; None when unknown."""
    text = str(published or "")
    return text if _DATE_OR_MONTH.fullmatch(text) else None
