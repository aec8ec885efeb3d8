"""A scale word written before the figure it multiplies, as Swahili and Hausa write it ('milioni 54', 'shilingi bilioni
3.2', 'watu milioni tisa'): where it stands with its figure, for the gloss to read it in English's order ('54 million').
The words are each language's 'scales_before_figure' and 'numbers_after_scale' in ``workbench/data/languages.json``."""

from __future__ import annotations

import re
from functools import lru_cache

from .numbers import alternation, data_json


@lru_cache(maxsize=None)
def _scale_before_figure_pattern(code: str) -> re.Pattern[str] | None:
    """A scale word and the figure after it, which English writes the other way round ('milioni 54' is
    54 million), with the unit the language writes before them ('tani milioni 5': 5 million tonnes); a
    year after the word is no figure it scales."""
    from .languages import (_NO_YEAR, _numbers_after_scale,  # languages.py imports this module
                            _said_point_tail, _scales_before_figure, _units_before_scale)

    scales = _scales_before_figure(code)
    if not scales:
        return None
    units = _units_before_scale(code)
    unit = rf"(?:(?P<unit>{alternation(units, flexible_space=False)})\s+)?" if units else ""
    numbers = _numbers_after_scale(code)
    links = data_json("languages.json")["languages"].get(code, {}).get("number_word_links", [])
    # a number word joined to another ('kumi na nane', ten and eight: 18) is a numeral the pattern does not read
    joined = rf"(?!\s+(?:{alternation(links, flexible_space=False)})\s+(?:{alternation(numbers, flexible_space=False)})(?!\w))" \
        if links and numbers else ""
    said = rf"|(?P<said>{alternation(numbers, flexible_space=False)})(?!\w){joined}" if numbers else ""
    return re.compile(rf"(?<![\w]){unit}(?P<scale>{alternation(scales, flexible_space=False)})\s+{_NO_YEAR}"
                      rf"(?:(?P<figure>\d+(?:[.,]\d+)*{_said_point_tail(code)})(?![\d.,]?\d|\s*%){said})", re.IGNORECASE)
