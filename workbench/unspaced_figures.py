"""Figures written without spaces in Chinese and Japanese text (and the other languages that glue a scale or a unit to
a figure: Korean, Thai, Khmer, Lao, Burmese) read as English writes them: the scale character multiplied in
('126万亿' → '126 trillion', '14.1亿' → '1.41 billion'), the unit glossed ('元' → 'yuan'), a figure in parts summed
('3兆5000億円'), a range suffix ('114円台') and a unit's fraction ('151円35銭') read. The characters and words are each
language's 'figure_scales', 'figure_units' and their kin in ``workbench/data/languages.json``."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from .numbers import alternation, data_json
from .numeral_characters import Digitised, numerals_as_digits
from .text import SpanIndex


@lru_cache(maxsize=None)
def _unspaced_figure_pattern(code: str) -> tuple[re.Pattern[str], dict[str, Decimal], dict[str, str]] | None:
    """A figure of an unspaced language with the scale character and the unit written right after it
    ('126万亿元', '3,000億円', '14.1亿人', '5.6%'), from 'figure_scales' and 'figure_units'; None without."""

    spec = data_json("languages.json")["languages"].get(code, {})
    scales = {k: Decimal(str(v)) for k, v in spec.get("figure_scales", {}).items()}
    units = dict(spec.get("figure_units", {}))
    if not scales and not units:
        return None
    scale = alternation(scales, flexible_space=False) if scales else "(?!)"
    unit = alternation(units, flexible_space=False) if units else "(?!)"
    ordinal = alternation(spec.get("ordinal_before_figure", []), flexible_space=False) or "(?!)"
    ordinal_after = alternation(spec.get("ordinal_after_figure", []), flexible_space=False) or "(?!)"
    space = r" ?" if spec.get("figure_unit_space") else ""  # Korean: '656조 9천억 원' as '656조9천억원'
    # '114円台', '2%대': the range of the figure's last written digit ('figure_unit_ranges'), after a unit or '%'
    ranges = alternation(spec.get("figure_unit_ranges", []), flexible_space=False) or "(?!)"
    # a unit starting with a scale character is the unit ('3千米': 3 kilometres, not 3,000 '米');
    # '3兆5000億円', '1万5000人': smaller parts after a scale are added to it (a bare one only before a unit)
    # '1만 4,770달러': the bare last part grouped in thousands as any figure is
    parts = rf"(?(scale)(?P<parts>(?:{space}\d+(?:[.．]\d+)?{space}(?:{scale}))*(?:{space}\d{{1,3}}(?:,\d{{3}})+(?!\d)(?={space}(?:{unit}))|{space}\d+(?={space}(?:{unit})))?)|)"
    # '1万多美元', '300余人': a figure and more (more than 10,000 US dollars), the word between figure and unit
    more = alternation(spec.get("figure_more_than", []), flexible_space=False) or "(?!)"
    # a word the glossary writes with a digit ('1人当たり', '1인당': per capita) is the word, no figure and its unit
    worded = alternation([w for w in spec.get("words", {}) if w[:1].isdigit()], flexible_space=False) or "(?!)"
    pattern = re.compile(rf"(?P<ordinal>{ordinal})?(?<![\d.,．])(?!{worded})(?P<figure>\d+(?:,\d{{3}})*(?:[.．]\d+)?)(?![\d.,．]\d)"
                         rf"(?P<ordinal_after>(?!{unit})(?={ordinal_after}))?(?:{space}(?P<scale>(?!{unit})(?:{scale})))?"
                         rf"{parts}(?P<more>{more})?(?:{space}(?P<unit>{unit})|(?P<percent>\s?[%％]))?"  # a unit may start with '%' ('%p')
                         rf"(?(unit)(?P<range>{ranges})?|(?(percent)(?P<percent_range>{ranges})?|))")
    return pattern, scales, units


# a figure and the scale characters after it, perhaps after a space ('2 兆 5000 億'; none: ones, '4,770')
_PART = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?) ?([^\d\s]*)")


# English scale words a CJK figure is written with, largest first ('1.4万亿' is 1.4 trillion)
_ENGLISH_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))


_MYRIAD = Decimal(10_000)


def _scaled_sum(parts: list[tuple[Decimal, Decimal]]) -> Decimal:
    """A figure written in parts, each with its scale: the parts below a myriad (thousands, hundreds) add
    up to a group that the next larger scale multiplies whole ('5천100만' is 5,100 × 10,000; '3兆5000億' is
    3 × 10^12 + 5,000 × 10^8; '1万5000' is 15,000)."""
    total = group = Decimal(0)
    for number, size in parts:
        if size < _MYRIAD:
            group += number * size
        else:
            total += (group + number) * size
            group = Decimal(0)
    return total + group


def _english_figure(figure: Decimal, step: Decimal | None = None) -> str:
    """``figure`` as English news writes it: with its largest scale word ('1.41 billion'), else grouped ('3,000').
    ``step``: the unit its last written digit counts, kept as written: '2兆3000億' counts to the 億 (10^8), its zeros
    written out, so it is 2.3000 trillion, as '1兆6999億' is 1.6999 trillion (the tolerance reads the digits given)."""
    for size, word in _ENGLISH_SCALES:
        if figure >= size:
            scaled = figure / size
            scaled = scaled.quantize(step / size) if step is not None and step < size else scaled.normalize()
            return f"{scaled:f} {word}"
    return f"{figure.normalize():,f}"


def _written_step(number: str, size: Decimal) -> Decimal:
    """The unit the last digit of a part counts ('3000' of 億: 10^8; '14.1' of 亿: 10^7)."""
    plain = unicodedata.normalize("NFKC", number).replace(",", "").replace("．", ".")
    decimals = len(plain.split(".", 1)[1]) if "." in plain else 0
    return size * Decimal(10) ** -decimals


def _unspaced_figures(code: str, text: str, start: int, end: int,
                      taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A figure of an unspaced language read as English: its scale character multiplied in ('126万亿' →
    '126 trillion', '14.1亿' → '1.41 billion'), its unit glossed ('元' → 'yuan', '人' → 'people'), and a
    figure glued to the word before it ('为5.6%') set apart; a figure of a date ('2022年12月') is the date's."""
    from .languages import _compacted, _english_ordinal, language  # languages.py imports this module

    lang = language(code)
    compact = _compacted(lang, text, start, end) if lang is not None else None
    if compact is not None:  # '1萬(wàn)多美元': the figure read as if its sounds were not there
        short, where = compact
        taken_spans = SpanIndex((t_start, t_end) for t_start, t_end, _ in taken)
        return [(where[a], where[b - 1] + 1, english) for a, b, english in _unspaced_figures(code, short, 0, len(short), [])
                if not taken_spans.overlaps(where[a], where[b - 1] + 1)]
    compiled = _unspaced_figure_pattern(code)
    if compiled is None:
        return []
    digitised = numerals_as_digits(code, text, start, end)
    if digitised is not None:  # '二十九．一五元' read as '29.15元' is, each figure spanning the characters it reads
        return _digitised_figures(code, text, start, end, taken, digitised)
    pattern, scales, units = compiled
    found: list[tuple[int, int, str]] = []
    taken_spans = SpanIndex((a, b) for a, b, _ in taken)
    at = start
    while (m := pattern.search(text, at, end)) is not None:
        at = m.end()
        if taken_spans.overlaps(m.start(), m.end()):
            continue
        if m.group("ordinal") or m.group("ordinal_after") is not None:  # '第3季度', '3분기': the 3rd quarter, no quantity
            number = int(unicodedata.normalize("NFKC", m.group("figure")).split(".")[0].replace(",", ""))
            found.append((m.start(), m.end("figure"), _english_ordinal(number)))
            continue
        # glued to a word of the language's own script ('为5.6%'); a digit after Latin letters is part of a symbol or
        # a formula written as English writes it ('CO2', 'MtCO2', 'PM2.5'), not a figure to set apart
        glued = m.start() > start and text[m.start() - 1].isalpha() and not text[m.start() - 1].isascii()
        if not (m.group("scale") or m.group("unit") or glued or m.group("percent_range")):
            continue
        for figure_start, figure_end, figure, written, last, step in _figures_of_match(m, scales):
            english = _english_figure(figure, step) if m.group("scale") else unicodedata.normalize("NFKC", written)
            top = _range_top(m, figure, scales, written, last) if figure_end == m.end() else None
            if top is not None:
                # '112~115円台' already opens its range at 112: the suffix only sets where it ends
                english = top if _high_end_of_range(code, text, figure_start, start) else f"between {english} and {top}"
            if figure_end == m.end() and m.group("percent"):
                english += "%"
            if figure_end == m.end() and m.group("more"):
                english = f"more than {english}"
            subunit = _subunit_after(code, m, text, end) if figure_end == m.end() else None
            if subunit is not None:  # '151円35銭': 151.35 yen, the sen its hundredths
                part, figure_end = subunit
                english = f"{figure + part:,f}"
                at = max(at, figure_end)
            if m.group("unit"):  # '4조 5조 6조 원': the unit after the last figure is each one's
                english += f" {units[m.group('unit')]}"
            found.append((figure_start, figure_end, english))
    return found


def _digitised_figures(code: str, text: str, start: int, end: int, taken: list[tuple[int, int, str]],
                       digitised: Digitised) -> list[tuple[int, int, str]]:
    """``_unspaced_figures`` of a paragraph read in digits, each figure's span the characters it reads; a figure
    in characters the digits read as none of their own (after a space, '三成' alone) is read as its digits."""
    taken_spans = SpanIndex((a, b) for a, b, _ in taken)
    found = [(digitised.starts[a], digitised.ends[b - 1], english)
             for a, b, english in _unspaced_figures(code, digitised.text, 0, len(digitised.text), [])]
    found = [f for f in found if not taken_spans.overlaps(f[0], f[1])]
    read = SpanIndex((a, b) for a, b, _ in found)
    found += [f for f in digitised.figures if not read.overlaps(f[0], f[1]) and not taken_spans.overlaps(f[0], f[1])]
    return sorted(found)


def _figures_of_match(m: re.Match[str], scales: dict[str, Decimal]
                      ) -> list[tuple[int, int, Decimal, str, str, Decimal | None]]:
    """The figures one match of ``_unspaced_figure_pattern`` writes: (start, end, value, the first number as written,
    the parts after its scale as written, the unit its last written digit counts). One, or several where a scale is said again ('1조 2조 3조 원': three
    figures, each read on its own, the unit after the last each one's). All are read from this one match: a search
    from each figure's end read the rest of a long run of parts again (quadratic in the run)."""
    written = m.group("figure")
    figure = Decimal(unicodedata.normalize("NFKC", written).replace(",", ""))
    if not m.group("scale"):
        return [(m.start(), m.end(), figure, written, m.group("parts") or "", None)]
    # (value, size, start of its number, end of its number, end of its scale), in the text
    parts = [(figure, scales[m.group("scale")], m.start("figure"), m.end("figure"), m.end("scale"))]
    for part in _PART.finditer(unicodedata.normalize("NFKC", m.group("parts") or "")):
        size = scales[part.group(2)] if part.group(2) else Decimal(1)
        base = m.start("parts")
        parts.append((Decimal(part.group(1).replace(",", "")), size, base + part.start(1), base + part.end(1),
                      base + part.end()))
    text = m.string
    figures: list[tuple[int, int, Decimal, str, str, Decimal | None]] = []
    while parts:
        kept = _parts_of_one_figure([size for _, size, _, _, _ in parts])
        end = parts[kept - 1][4] if kept < len(parts) else m.end()
        # as a match from this figure would hold them: its number, and the parts after its scale to the run's end
        last = text[parts[0][4]:m.end("parts")] if m.group("parts") is not None else ""
        figures.append((parts[0][2], end, _scaled_sum([(number, size) for number, size, _, _, _ in parts[:kept]]),
                        text[parts[0][2]:parts[0][3]], last,
                        _written_step(text[parts[kept - 1][2]:parts[kept - 1][3]], parts[kept - 1][1])))
        parts = parts[kept:]
    return figures


def _subunit_after(code: str, m: re.Match[str], text: str, end: int) -> tuple[Decimal, int] | None:
    """The fraction of its unit written right after a figure's unit ('figure_subunits': Japanese '151円35銭',
    35 sen, 0.35 yen) and where it ends; None without one, or after a scale or a range ('3億円', '114円台')."""

    spec = data_json("languages.json")["languages"].get(code, {}).get("figure_subunits", {})
    unit = m.group("unit")
    if not spec or unit is None or m.group("scale") or m.group("range"):
        return None
    found = _SUBUNIT.match(text, m.end(), end)
    if found is None or spec.get(found.group("subunit"), [None])[0] != unit:
        return None
    per = Decimal(spec[found.group("subunit")][1])
    count = Decimal(unicodedata.normalize("NFKC", found.group("count")))
    return (count / per, found.end()) if count < per else None


_SUBUNIT = re.compile(r"(?P<count>\d{1,2})(?P<subunit>[^\W\d_])")  # '35銭': a count of the unit's fraction


def _high_end_of_range(code: str, text: str, at: int, start: int) -> bool:
    """The figure at ``at`` is a range's high end: a figure and a mark the language's 'punctuation' glosses as 'to'
    ('127~130円') stand right before it."""

    marks = data_json("languages.json")["languages"].get(code, {}).get("punctuation", {})
    return at - 2 >= start and marks.get(text[at - 1], "").strip() == "to" and text[at - 2].isdigit()


def _range_top(m: re.Match[str], figure: Decimal, scales: dict[str, Decimal], figure_written: str,
               parts_written: str) -> str | None:
    """The top of the range a figure's range suffix says: one more of its last written digit ('114円台':
    115, '1.2%대': 1.3, '1万円台': 20,000). None without the suffix, or when that digit is a zero: '140円台'
    is 140.xx yen to a currency desk and 140 … 149 yen to a shop, '1,130원대' 1,130 … 1,139: which digit
    the range runs over is unsaid, and the figure is read as written. ``figure_written``: the figure's first
    number as written; ``parts_written``: its parts after that number's scale."""
    if not (m.group("range") or m.group("percent_range")):
        return None
    written = unicodedata.normalize("NFKC", figure_written).replace(",", "").replace("．", ".")
    last = parts_written.rstrip()
    if (re.sub(r"\D+$", "", unicodedata.normalize("NFKC", last)) or written).endswith("0"):
        return None
    decimals = len(written.split(".")[1]) if "." in written else 0
    sizes = [scales[p.group(2)] for p in _PART.finditer(unicodedata.normalize("NFKC", last)) if p.group(2) in scales]
    size = sizes[-1] if sizes else scales[m.group("scale")] if m.group("scale") else Decimal(1)
    step = size * Decimal(10) ** -decimals if not sizes else size
    top = figure + step
    return _english_figure(top) if m.group("scale") else f"{top:.{decimals}f}"


def _parts_of_one_figure(sizes: list[Decimal]) -> int:
    """How many of a figure's parts, in order, make one figure: each scale of a myriad or more smaller than
    the one before ('656조 9천억': trillions, then hundreds of billions); a scale said again starts the next."""
    largest = None
    for kept, size in enumerate(sizes):
        if size >= _MYRIAD:
            if largest is not None and size >= largest:
                return kept
            largest = size
    return len(sizes)
