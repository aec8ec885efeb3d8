"""How numbers, deviations and periods read on screen (presentation only)."""

from __future__ import annotations

import math

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))
_SUFFIX_UNITS = {"%": "%", "pp": " pp", "bp": " bp", "x": "×"}


def format_number(value: float) -> str:
    """28200000000 → '28.2 bn'; 1234 → '1,234'; 0.5 → '0.5'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    magnitude = abs(value)
    for scale, word in _SCALES[:3]:
        if magnitude >= scale:
            return f"{_trim(f'{value / scale:,.2f}')} {word}"
    if magnitude >= 1000 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.4g}"


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_quantity(value: float | None, unit: str) -> str:
    """A value with its canonical unit: '28.2 bn USD', '12.5%', '3 pp', '10×'."""
    if value is None:
        return "—"
    if unit in _SUFFIX_UNITS:
        return f"{format_number(value)}{_SUFFIX_UNITS[unit]}"
    return f"{format_number(value)} {unit}".strip()


def format_deviation(deviation: float | None) -> str:
    """(claimed − observed) / observed as a signed percentage: '+3.2 %'."""
    if deviation is None or math.isnan(deviation):
        return "—"
    return f"{deviation * 100:+.1f} %"
