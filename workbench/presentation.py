"""How numbers, deviations, periods and paths read to the user (presentation only).

Each number style has one home here; they differ on purpose, by where the number is read:

- ``compact_number`` / ``format_quantity``: the app's tables and the exports ('28.2 bn USD');
- ``spoken_quantity``: sentences of explanation ('28.2 billion USD', '15.5 %');
- ``grouped_number``: reference tables, every digit kept ('28,200,000,000', '1,234.5');
- ``plain_number``: machine-readable cells, no grouping, no exponent ('28200000000', '66.67').
"""

from __future__ import annotations

import math
import os
from pathlib import Path

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))
_SPOKEN_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_SUFFIX_UNITS = {"%": "%", "pp": " pp", "bp": " bp", "x": "×"}


def compact_number(value: float) -> str:
    """28200000000 → '28.2 bn'; 1234 → '1,234'; 0.5 → '0.5'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    magnitude = abs(value)
    for scale, word in _SCALES:
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
        return f"{compact_number(value)}{_SUFFIX_UNITS[unit]}"
    return f"{compact_number(value)} {unit}".strip()


def format_deviation(deviation: float | None) -> str:
    """(claimed − observed) / observed as a signed percentage: '+3.2 %'."""
    if deviation is None or math.isnan(deviation):
        return "—"
    return f"{deviation * 100:+.1f} %"


def spoken_quantity(value: float, unit: str) -> str:
    """A figure as a person would say it: '28.2 billion USD', '15.5 %', '61,040', '2 points'."""
    magnitude = abs(value)
    sign = "-" if value < 0 else ""
    for scale, word in _SPOKEN_SCALES:
        if magnitude >= scale:
            text = f"{sign}{spoken_digits(magnitude / scale)} {word}"
            break
    else:
        if magnitude >= 1000 and float(magnitude).is_integer():
            text = f"{sign}{int(magnitude):,}"
        else:
            text = f"{sign}{spoken_digits(magnitude)}"
    from .units import PERCENT_OR_PP  # here, not at the top: the CLI imports this module before its caches are set up

    if unit in PERCENT_OR_PP:
        return f"{text} {'%' if unit == '%' else 'points'}"
    return f"{text} {unit}" if unit else text


def spoken_digits(x: float) -> str:
    """Three significant digits at most, as speech rounds: 28.2, 7.25, 142."""
    if x >= 100:
        return f"{x:.0f}" if abs(x - round(x)) < 0.05 else f"{x:.1f}"
    return f"{x:.2f}".rstrip("0").rstrip(".") if x < 10 else f"{x:.1f}".rstrip("0").rstrip(".")


def grouped_number(value: float) -> str:
    """Every digit, grouped by thousands: 28200000000.0 → '28,200,000,000'; NaN → ''."""
    if value != value:  # NaN
        return ""
    if float(value).is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return format(value, ",")


def plain_number(value: float) -> str:
    """28200000000.0 → '28200000000'; 66.67 → '66.67' (no float noise, no exponent)."""
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.10f}".rstrip("0").rstrip(".")


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as the user will recognise it: relative (with /) when inside the working folder,
    else as given."""
    p = Path(path)
    if not p.is_absolute():
        return str(path)
    try:
        return p.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)
