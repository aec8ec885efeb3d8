"""The loader's word lists (``workbench/data/reference_vocabulary.json``), read once."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    text = resources.files("workbench").joinpath("data/reference_vocabulary.json").read_text(encoding="utf-8")
    return json.loads(text)


def plain(name: str) -> str:
    """A column name as the vocabulary compares it: lower case, '_' and '-' as spaces, single spaces."""
    return " ".join(re.sub(r"[_\-]+", " ", name).lower().split())


def role_of_name(name: str) -> str | None:
    """The role a column's name alone gives it (``TIME_PERIOD`` → period), or None."""
    key = plain(name)
    for role, names in vocabulary()["roles"].items():
        if key in names:
            return role
    return None
