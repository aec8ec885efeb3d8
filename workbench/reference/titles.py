"""The title a resource is read under: its own, unless that only names the file's format ('CSV file
(derived)', 'Data'); else the package's title when the package holds that resource alone; else its name."""

from __future__ import annotations

import re
from typing import Any

from .vocabulary import vocabulary


def names_only_the_file(title: str) -> bool:
    """'CSV file (derived)', 'Data', 'Processed data': a title saying what the file is, not what it measures."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    return bool(words) and set(words) <= set(vocabulary()["file_title_words"]["words"])


def settled_title(resource: dict[str, Any], package: dict[str, Any]) -> str | None:
    """The resource's title as the loader and `reference init` read it (None when it has neither a
    usable title nor a name)."""
    own = resource.get("title")
    if isinstance(own, str) and own.strip() and not names_only_the_file(own):
        return own
    title = package.get("title")
    alone = len(package.get("resources") or []) == 1 and isinstance(title, str) and title.strip()
    name = resource.get("name")
    return title if alone else (name if isinstance(name, str) else None)
