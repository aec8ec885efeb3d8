"""Figures quoted as exchange rates, and generic currency words the text around resolves:

- a bare figure quoted against another currency's one unit ("32.5 to the dollar", "150 per
  dollar", "12.1 against the euro") is an amount of the one other currency its sentence names
  ("the lira weakened to 32.5 to the dollar": TRY), as ``verify.fx.rates`` reads a rate;
- a bare figure after a currency pair ("USD/JPY 151.2", "the EURUSD rate … 1.0950") is an amount
  of the pair's quoted currency (JPY, USD), and so is one compared with it ("… 88.70, compared to
  around 62.00 in 2014");
- "30.9 pounds" where the text just before names "the Egyptian pound" (and no other pound): EGP;
- a figure quoted against another currency after a place's possessive and a word of its currency's
  name ("Mexico's peso averaged 20.1 per dollar"): that place's currency (MXN);
- a bare figure in a plain-text table's row whose label names a place and its currency ("MEXICO PESO
  19.2469"), in a table the text introduces as exchange rates: an amount of that currency.

The words are in ``currencies.json`` (``exchange_rates``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, TYPE_CHECKING

from .. import units
from ..config import Tolerances
from ..numbers import alternation, data_json, lexicon
from ..patterns import YEAR_1800_TO_2199
from ..structure import introducing_paragraph, paragraph_end, paragraphs_start, plain_row_at, table_cells, table_start, words_above_table
from .vocabulary import Kinds

if TYPE_CHECKING:
    from .quantities import Quantity

_DATA: Final = data_json("currencies.json")
_RATES: Final = _DATA["exchange_rates"]
# The currency the rate series price other currencies in (exchange_rate_base's default: extraction reads no
# newsroom's configuration, so a newsroom that changes the base gets this reading in USD): a figure of it
# quoted against another one ('the dollar fell to 10.04 against the Norwegian krone') is an amount of that
# other one (NOK per dollar), as the series write it.
_SERIES_BASE: str = Tolerances.model_fields["exchange_rate_base"].default
_GENERIC: Final = {w.lower(): code for w, code in _DATA["generic_words"].items() if not w.startswith("_")}
_GENERIC_CODES: Final = frozenset(_GENERIC.values())
_EXTRA_BASE: Final = {w.lower(): code for w, code in _RATES["extra_base_words"].items()}
_LINK_FIRSTS: Final = frozenset(w[0] for w in (*_RATES["level_links"], *_RATES["per_links"])) | \
    frozenset(w[0].upper() for w in (*_RATES["level_links"], *_RATES["per_links"]))
_LOCAL_WORDS: Final = tuple(w.lower() for w in _RATES.get("local_currency_words", []))
_TABLE_WORDS: Final = tuple(w.lower() for w in _RATES.get("table_words", []))
_TABLE_WORD_SET: Final = frozenset(_TABLE_WORDS)
_CURRENCY_COLUMN: Final = re.compile(rf"(?<![\w])(?i:{alternation(_RATES['currency_column_words'])})(?![\w])")
_FIRST_DIGIT: Final = re.compile(r"\d")
# a figure and nothing else; a two-way quote's offer after its slash too ('68.07/08': quantities.offer_end)
_BARE_FIGURE: Final = re.compile(r"[\d.,\u00a0 ]+(?:/\d[\d.,]*)?")
_OPEN_BEFORE: Final = re.compile(r"[\s(\[]")
_LAST_WORD: Final = re.compile(r"([A-Za-z]+)\W*\Z")


@lru_cache(maxsize=1)
def _money_words() -> re.Pattern[str]:
    """Currency names and codes as written after a figure ("dollar", "Egyptian pound", "USD")."""
    forms = [f for f in units.unit_suffixes() if f.scale == 1 and units.is_money(f.unit)
             and all(c.isalpha() or c in " .'" for c in f.surface)]
    forms += [units.UnitForm(w, code) for w, code in _EXTRA_BASE.items()]
    return re.compile(rf"(?<![\w$])(?:{units.surface_alternation(sorted(forms, key=lambda f: -len(f.surface)))})")


@lru_cache(maxsize=1)
def _base_after() -> re.Pattern[str]:
    links = alternation([*_RATES["level_links"], *_RATES["per_links"]])
    return re.compile(rf"[ \t\u00a0]+(?P<link>(?i:{links}))[ \t\u00a0]+(?:(?i:{alternation(_RATES['determiners'])})[ \t\u00a0]+)?"
                      rf"(?P<base>{_money_words().pattern})(?![ \t\u00a0]+(?i:{alternation(_RATES['not_after_base'])})\b)")


@lru_cache(maxsize=1)
def _pair() -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z])(?P<base>[A-Z]{3})[/ -]?(?P<quote>[A-Z]{3})(?![A-Za-z])")


def quoted_against(prose: str, end: int) -> bool:
    """Whether a figure ending at ``end`` is quoted against another currency's one unit (" to the Dollar",
    " per US dollar", " against the euro"): the shape of an exchange rate, which a road or a model number
    ("R21 to the airport") does not have."""
    return _base_after().match(prose, end) is not None


def base_quoted_after(prose: str, end: int) -> str:
    """The currency a figure ending at ``end`` is quoted against (' to the dollar': 'USD'; ' from 83.39 per
    pound', as the figure it is compared with: 'GBP'), or ""."""
    found = _base_after().match(prose, end)
    compared = _compared_figure_after().match(prose, end) if found is None else None
    if compared is not None:
        found = _base_after().match(prose, compared.end())
    return _unit_of(found.group("base")) if found is not None else ""


def currency_priced_before(prose: str, start: int) -> str:
    """The currency whose one unit a figure starting at ``start`` prices, named right before it as one unit
    behind a priced-by verb ('a Norwegian krone costs around 13 cents': 'NOK'), or ""."""
    found = _priced_by_before().search(prose, max(0, start - 80), start)
    return _unit_of(found.group("currency")) if found is not None else ""


@lru_cache(maxsize=1)
def _priced_by_before() -> re.Pattern[str]:
    verbs, approx = alternation(_RATES["priced_by_words"]), alternation(_RATES["compared_approx"])
    one = _RATES["one_unit_words"]
    # one unit, said so ('a krone', 'one euro'): 'the rand was worth $1.40' may be a peg held for years
    units_of_one = alternation([*one["numerals"], *one["words"], *one["articles"]])
    return re.compile(rf"(?<![\w-])(?i:{units_of_one})[ \t\u00a0]+(?P<currency>{_money_words().pattern})[ \t\u00a0]+"
                      rf"(?i:{verbs})[ \t\u00a0]+(?:(?i:{approx})[ \t\u00a0]+)?\Z")


def without_quoted_bases(text: str) -> str:
    """``text`` with each currency named as the unit another is priced in ('18.09 to the pound', 'against
    the euro') blanked: what is left names the currencies the text quotes, not those it quotes them in."""
    return _base_phrase().sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=1)
def _base_phrase() -> re.Pattern[str]:
    links = alternation([*_RATES["level_links"], *_RATES["per_links"]])
    return re.compile(rf"(?<![\w-])(?i:{links})[ \t\u00a0]+(?:(?i:{alternation(_RATES['determiners'])})[ \t\u00a0]+)?"
                      rf"(?:{_money_words().pattern})")


def _unit_of(surface: str) -> str:
    form = units.lookup_suffix(surface)
    return form.unit if form is not None else _EXTRA_BASE.get(surface.lower(), "")


def _quote_in(q: Quantity, currency: str) -> None:
    """``q`` read as a rate: an amount of ``currency`` (a count of it is a level, as every price is)."""
    q.unit = currency
    if q.kind == Kinds.count:
        q.kind = Kinds.level


def read_rate(prose: str, q: Quantity, sentence_start: int, sentence_end: int) -> None:
    """Give a figure quoted as an exchange rate its currency, or a generic currency word the
    currency the text names; leave every other figure as it is. ``sentence_start``, ``sentence_end``: its
    sentence, as the sentence splitter cut it."""
    if q.unit:
        _shared_sign_tender(prose, q)  # 'Rs' in a story about Pakistan: the rupee it names, whatever the figure's kind
        _shared_sign_after(prose, q)  # '31.518元' beside 'New Taiwan dollars': TWD
    # which currency a generic or shared word is holds for a change or a range as for a level ('rose by 225 lira'
    # beside 'the Lebanese lira'); only a level or a bare figure is read as a quoted rate below
    if q.unit in _GENERIC_CODES:
        _local_generic(prose, q)
    _named_country_tender(prose, q, sentence_start, sentence_end)
    if q.value_high is not None or q.kind == Kinds.change:
        return
    _per_unit_column(prose, q)
    _base_row_per_one_unit(prose, q)
    _home_priced_row(prose, q)
    if q.unit != "" or _BARE_FIGURE.fullmatch(prose, q.start, q.end) is None or not _OPEN_BEFORE.match(prose[q.start - 1:q.start] or " "):
        return  # a sign before the figure the reader did not take ("¢13.3") is no bare figure
    aside = _ASIDE.match(prose, q.end)
    after = aside.end() if aside else q.end  # '83.01(provisional) against the dollar'
    if prose[after:after + 1] in " \t\u00a0" and prose[after + 1:after + 2] in _LINK_FIRSTS and _rate_after(prose, q, sentence_start, after):
        return
    compared = _compared_figure_after().match(prose, after)
    if compared is not None and _rate_after(prose, q, sentence_start, compared.end()):
        return  # 'to close at 83.65 from 83.39 per pound': quoted as the figure it is compared with
    if _table_row_rate(prose, q) or _rate_for_base_before(prose, q, sentence_start) \
            or _moved_currency_before(prose, q, sentence_start) or _year_row_under_rate_column(prose, q):
        return
    _pair_before(prose, q, sentence_start)


@lru_cache(maxsize=1)
def _moved_currency_pattern() -> re.Pattern[str]:
    """'the Japanese yen weakened to ', 'the rand stood at ': a currency, the verb it is the subject of
    (a change or a level verb) and the link to the level it reached, the figure next."""
    words = lexicon()
    verbs = alternation([*words["change_verbs"]["up"], *words["change_verbs"]["down"], *words["level_verbs"]])
    return re.compile(rf"(?<![\w-])(?P<currency>{_money_words().pattern})[ \t\u00a0]+(?i:{verbs})"
                      rf"[ \t\u00a0]+(?i:{alternation(_RATES['moved_to_links'])})[ \t\u00a0]+\Z")


def _moved_currency_before(prose: str, q: Quantity, sentence_start: int) -> bool:
    """ "The Japanese yen weakened to 109.1 on Friday": a bare figure with decimals that a currency moved
    to is that currency's price of the base one, as a row of a rates table labelled by the currency is
    ('MALAYSIA RINGGIT 4.6301'). The base currency's own move ('the dollar rose to 109.1') names no
    other currency, and a currency a figure is quoted against ('against the yen rose to') is no subject."""
    if "." not in prose[q.start:q.end]:
        return False  # a rate is quoted with decimals: 'the yen rose to 3 on a scale' is no price
    found = _moved_currency_pattern().search(prose, max(sentence_start, q.start - 80), q.start)
    if found is None or _link_before().search(prose, max(sentence_start, found.start() - 20), found.start()):
        return False
    code = _unit_of(found.group("currency"))
    if not code or code == _SERIES_BASE:
        return False
    _quote_in(q, code)
    return True


# a row of a table of one figure a year: the year (or nothing), then the one figure, alone on its line
_YEAR_FIGURE_ROW: Final = re.compile(rf"[ \t]*(?:{YEAR_1800_TO_2199}[ \t]+)?\d[\d,]*\.\d+[ \t]*")


@lru_cache(maxsize=1)
def _quoted_column() -> re.Pattern[str]:
    """'Rand to Dollar', 'rupees per US dollar': a column heading naming a currency priced in the base after it."""
    return re.compile(rf"(?<![\w-])(?P<currency>{_money_words().pattern})(?={_base_after().pattern})")


def _year_row_under_rate_column(prose: str, q: Quantity) -> bool:
    """ "2002 10.5176" on a line of its own (a row of a table of yearly rates, copied alone or with rows like it
    under it) below a header line whose one column is a currency quoted against the base ('Year Rand to Dollar'):
    an amount of that currency per base unit, as the rate series quote it. A header of several such columns
    leaves the figure as it is: which column it stands in is not told."""
    line_start = prose.rfind("\n", 0, q.start) + 1
    line_end = prose.find("\n", q.end)
    line_end = len(prose) if line_end < 0 else line_end
    if _YEAR_FIGURE_ROW.fullmatch(prose, line_start, line_end) is None:
        return False
    header_end = line_start - 1
    while header_end > 0:  # up past the table's other rows and blank lines to its header
        header_start = prose.rfind("\n", 0, header_end) + 1
        line = prose[header_start:header_end]
        if line.strip() and _YEAR_FIGURE_ROW.fullmatch(line) is None:
            break
        header_end = header_start - 1
    else:
        return False
    header = prose[header_start:header_end]
    if any(ch.isdigit() for ch in header):
        return False
    columns = [(_unit_of(m.group("currency")), _unit_of(after.group("base")))
               for m in _quoted_column().finditer(header)
               if (after := _base_after().match(header, m.end())) is not None]
    # every 'to Dollar' heads a column, its currency's name read or not ('Krone to Dollar')
    if len(columns) != 1 or sum(1 for _ in _base_after().finditer(header)) != 1:
        return False
    currency, base = columns[0]
    if not currency or currency == _SERIES_BASE or base != _SERIES_BASE:
        return False
    _quote_in(q, currency)
    return True


@lru_cache(maxsize=1)
def _compared_figure_after() -> re.Pattern[str]:
    """' from 83.39', ' compared with about 62.00': a figure compared with the one before it, right after it."""
    links, approx = alternation(_RATES["compared_links"]), alternation(_RATES["compared_approx"])
    return re.compile(rf"[ \t\u00a0]+(?i:{links})[ \t\u00a0]+(?:(?i:{approx})[ \t\u00a0]+)?\d[\d,]*(?:\.\d+)?(?![\d%])")


@lru_cache(maxsize=1)
def _rate_for_base_pattern() -> re.Pattern[str]:
    """'… the reference rate for the dollar at ': a rate set for one unit of a currency, its figure next."""
    return re.compile(rf"(?i:rate)[ \t]+(?i:for)[ \t]+(?:(?i:{alternation(_RATES['determiners'])})[ \t]+)?"
                      rf"(?P<base>{_money_words().pattern})[ \t]+(?i:at)[ \t]+\Z")


def _rate_for_base_before(prose: str, q: Quantity, sentence_start: int) -> bool:
    """ "The central bank fixed the reference rate for the dollar at 64.3185": the price of one unit of the
    base currency in the one other currency the text names before, in its paragraph or the one before
    (a story names the currency in its lead). A rate 'for the euro at' is a cross rate: left as it is."""
    found = _rate_for_base_pattern().search(prose, max(sentence_start, q.start - 80), q.start)
    if found is None or _unit_of(found.group("base")) != _SERIES_BASE:
        return False
    low = paragraphs_start(prose, max(0, q.start - int(_RATES["generic_reach"])), q.start, 2)
    quoted = _named_currency(prose, low, found.start(), _SERIES_BASE)
    if not quoted:
        return False
    _quote_in(q, quoted)
    return True


def _rates_table_caption(prose: str, q: Quantity) -> str | None:
    """The caption of the exchange-rate table whose cell is the bare figure ``q`` ('| 0.7514 |' under
    '(₹ per unit of foreign currency)'), or None when ``q`` is no such cell."""
    if _BARE_FIGURE.fullmatch(prose, q.start, q.end) is None:
        return None
    table = table_start(prose, q.start)
    if table is None:
        return None
    return rates_caption_in_english(introducing_paragraph(prose, table))


def rates_caption_in_english(caption: str) -> str | None:
    """``caption`` as English words when it calls its table one of exchange rates: as written, or glossed from the
    language whose word for them it writes ('TIPOS DE CAMBIO … (Unidades Monetarias por Dólar)': '… per dollar',
    which prices every row as an English caption does); None when it does not."""
    if any(word in caption.lower() for word in _TABLE_WORDS):
        return caption
    code = _caption_language(caption)
    if code is None:
        return None
    from ..languages import glossed_in

    glossed = glossed_in(caption, code)
    return glossed if any(word in glossed.lower() for word in _TABLE_WORDS) else None


def _caption_language(caption: str) -> str | None:
    """The language other than English a rates table's caption is written in, told by its word for exchange rates."""
    from ..languages import language_naming  # (languages reads drafts through the extraction package: imported when asked)

    return language_naming(caption, _TABLE_WORD_SET)


def _per_unit_column(prose: str, q: Quantity) -> None:
    """ "| 17.4992 |" under a column "US Dollar", in a table of exchange rates captioned "(₹ per unit of
    foreign currency)": the column names the currency priced (the header gave the figure its unit), the
    caption the one it is priced in — an amount of the rupee per dollar, as the rate series quote it.
    Under another currency's column ('Pound Sterling') it is a cross rate: an amount of the caption's currency
    too, the column's currency what it prices (verify reads it from the figure's subject, the column)."""
    caption = _rates_table_caption(prose, q) if q.unit and units.is_money(q.unit) else None
    if caption is None:
        return
    named = {code for found in _per_unit().finditer(caption) for code in _currencies_written(found.group("currency"))}
    named.discard(_SERIES_BASE)
    if len(named) == 1:
        q.unit = named.pop()


def _base_row_per_one_unit(prose: str, q: Quantity) -> None:
    """ "| USA | 0.7514 | … | US dollar |" in a table of exchange rates captioned "foreign currency equivalent
    to 1 AUD": the row's figures are amounts of the row's currency per one unit of the caption's; in the
    base currency's row, that currency's price in base units, read as the series quote it (its unit, turned
    round by verify). Another currency's row holds cross rates: left as it is."""
    caption = _rates_table_caption(prose, q) if not q.unit else None
    if caption is None:
        return
    priced = {code for found in _ONE_UNIT_OF.finditer(caption) for code in _currencies_written(found.group("currency"))}
    if len(priced) != 1 or _SERIES_BASE in priced:
        return
    line_start = prose.rfind("\n", 0, q.start) + 1
    line_end = prose.find("\n", q.end)
    cells = [c.strip() for c in prose[line_start:len(prose) if line_end < 0 else line_end].split("|") if c.strip()]
    row = {code for cell in cells if not any(ch.isdigit() for ch in cell) for code in _currencies_written(cell)}
    row |= {code for code in (units.place_currency(cells[0]),) if code} if cells else set()
    if row == {_SERIES_BASE}:
        _quote_in(q, priced.pop())


# 'equivalent to 1 AUD', 'per one Australian dollar': the one unit a table's rates are quoted for
_ONE_UNIT_OF: Final = re.compile(rf"(?i:(?<![\w])(?:to|per|for|of|=)[ \t]+(?:{alternation(_RATES['one_unit_words']['numerals'])})[ \t]+)"
                          r"(?P<currency>[^\s().,;:\d]+(?:[ \t][^\s().,;:\d]+)?)")


@lru_cache(maxsize=1)
def _per_unit() -> re.Pattern[str]:
    """A currency written right before 'per unit (of)': its sign, code or one or two words."""
    return re.compile(rf"(?P<currency>[^\s()\d]+(?:[ \t][^\s()\d]+)?)[ \t]+(?i:{alternation(_RATES['per_unit_words'])})(?![\w])")


def _currencies_written(written: str) -> set[str]:
    """The currencies ``written`` (a sign, a code, a name, with the word before it or not) stands for."""
    found: set[str] = set()
    for surface in (written, written.split()[-1]):
        form = units.lookup_suffix(surface) or units.lookup_suffix(surface.lower())
        if form is not None and units.is_money(form.unit):
            found.add(form.unit)
            break
    return found


def names_rates_table(text: str) -> bool:
    """Whether a table's header or the text introducing it calls its figures exchange rates (``table_words``)."""
    lowered = text.lower()
    return any(word in lowered for word in _TABLE_WORDS)


def labels_are_currencies(header: str) -> bool:
    """Whether a plain table's header line heads its label column as currencies ('COUNTRY CURRENCY 2023
    2022'): the words before the header's first figure or year."""
    return _CURRENCY_COLUMN.search(_FIRST_DIGIT.split(header, maxsplit=1)[0]) is not None


def _table_row_rate(prose: str, q: Quantity) -> bool:
    """ "JAPAN YEN 106.7754 109.0188" under "the average rates of exchange": the row label's currency."""
    row = plain_row_at(prose, q.start)
    if row is None or not row.cells:
        return False
    label = prose[row.start:row.start + row.cells[0][0]]
    table = row.start if (found := table_start(prose, q.start)) is None else found
    before = words_above_table(prose, table, row.header_start, row.header_end)
    code = units.place_currency(label)
    if code is not None and not any(word in before for word in _TABLE_WORDS):
        # 'MALAYSIA RINGGIT' names the currency itself: the caption may stand a paragraph higher, over a
        # page's line of no sentence ('Make Full Screen') between it and the table
        before = prose[paragraphs_start(prose, max(0, table - int(_RATES["generic_reach"])), table, 2):table].lower()
    if not any(word in before for word in _TABLE_WORDS) \
            and not (code is not None and labels_are_currencies(prose[row.header_start:row.header_end])):
        return False
    if code is None and any(word in before for word in _LOCAL_WORDS):
        code = units.place_tender(label)  # 'local currency units per dollar': the row's place's own
    if code is None:
        return False
    _quote_in(q, code)
    return True


def _home_priced_row(prose: str, q: Quantity) -> None:
    """ "Gjennomsnitt US dollar 8,13 8,26" (a Norwegian note's table of rates): a figure with decimals in a
    plain-text table's row whose label names one currency, and whose label and header are words of one
    language with one home currency (``languages.home_currency``: NOK), is the price of the label's currency
    in the home one — never an amount of the label's currency, as a currency's name right before a figure
    reads elsewhere."""
    if q.unit and not units.is_money(q.unit) or q.kind == Kinds.change or q.decimals == 0 or q.value_high is not None:
        return
    found = _row_label_and_header(prose, q.start)
    if found is None:
        _lone_row_under_caption(prose, q)
        return
    label, header, first_cell = found
    from ..languages import home_currency  # (languages reads drafts through the extraction package: imported when asked)

    # a caption's 'per unit' currency prices a pipe table's rows, each its own sentence; a plain table's rows run
    # on as one sentence, whose other rows' currencies the checker could not tell from this row's
    line_start = prose.rfind("\n", 0, q.start) + 1
    pipe_row = "|" in prose[line_start:q.start]
    named = {_unit_of(m.group()) for m in _money_words().finditer(label)} - {""}
    # the base given by a word of the label ('Australian dollar': a dollar) is no sign of the figure either
    if len(named) != 1 or (q.unit and q.unit not in named and q.unit != _SERIES_BASE):
        # a label of a place or of a currency word several tender ('Mexico (Peso)'): priced per the base, if so
        if q.unit == _SERIES_BASE and _caption_home_currency(prose, q, pipe_row) is None \
                and home_currency(f"{_money_words().sub(' ', label)} {header}") is None:
            _row_priced_per_base(prose, q, label)
        return
    # the label's words without the currency's name ('EUR' is a word of a glossary too): what tells its language;
    # else the caption says what every row is priced in ('rates for various currencies against the Canadian dollar')
    home = home_currency(f"{_money_words().sub(' ', label)} {header}") or _caption_home_currency(prose, q, pipe_row)
    if home is not None and home not in named:
        q.unit, q.kind = home, Kinds.level
        # 'Gennemsnitskurs USD 6,29': the code ending the label is no sign of the first cell's figure
        q.start = max(q.start, first_cell)
    elif home is None:
        _row_priced_per_base(prose, q, label)


def _row_priced_per_base(prose: str, q: Quantity, label: str) -> bool:
    """ "| Mexico (Peso) | 9.14 |" or "| Mexican peso | 9.14 |" under a rates caption quoting every row per the base
    ('(Currency units per US dollar)'): the caption gave the bare cell the base as its unit, but the row's figure is
    an amount of the row's own currency per base unit, as the rate series quote it. The label names that currency
    (its name, or its place and the currency's word) or is a place of one tender."""
    caption = _rates_table_caption(prose, q) if q.unit == _SERIES_BASE else None
    # the base after the link ('per US dollar'), not before it ('US dollars per unit': each row priced in dollars)
    if caption is None or not any(_unit_of(m.group("base")) == _SERIES_BASE for m in _base_after().finditer(caption)):
        return False
    written = _currencies_written(label) - {_SERIES_BASE}
    code = written.pop() if len(written) == 1 else _place_money(label) or _place_money(_label_in_caption_language(prose, q, label))
    if code is None or code == _SERIES_BASE:
        return False
    _quote_in(q, code)
    return True


def _place_money(label: str) -> str | None:
    """The currency of the place ``label`` names, or the one tender of it: of the place before a bracket too, when
    the bracket names a currency in words the checker does not know ('Denmark (Corona)': DKK)."""
    place, bracket = (part.strip() for part in (*label.split("(", 1), "")[:2])
    unread_bracket = bool(bracket) and not _currencies_written(bracket.rstrip(") "))
    return units.place_currency(label) or units.place_tender(label) or (units.place_tender(place) if unread_bracket else None)


def _label_in_caption_language(prose: str, q: Quantity, label: str) -> str:
    """A row's label glossed from the language its table's caption is written in ('Dinamarca (Corona)' under
    'TIPOS DE CAMBIO …': 'Denmark …'); "" under an English caption."""
    table = table_start(prose, q.start)
    code = _caption_language(introducing_paragraph(prose, table)) if table is not None else None
    if code is None:
        return ""
    from ..languages import glossed_in

    return glossed_in(label, code)


def _lone_row_under_caption(prose: str, q: Quantity) -> None:
    """ "US Dollar 1.2454" on a line of its own (one row of a table copied alone), right under a paragraph of
    exchange rates whose last line names the currency the rows are priced in ('Foreign Currencies S$ Per Currency
    Unit'): the price of the label's one currency in that one. A line of more figures, or a caption naming no
    such currency or the base, leaves the figure as it is."""
    line_start = prose.rfind("\n", 0, q.start) + 1
    line_end = prose.find("\n", q.end)
    if prose[q.end:len(prose) if line_end < 0 else line_end].strip() or q.unit:
        return
    label = prose[line_start:q.start]
    if any(ch.isdigit() for ch in label):
        return
    named = {_unit_of(m.group()) for m in _money_words().finditer(label)} - {""}
    if len(named) != 1:
        return
    above = introducing_paragraph(prose, line_start)
    if not any(word in above.lower() for word in _TABLE_WORDS):
        return
    caption = above[above.rfind("\n") + 1:]
    priced = {_unit_of(found.group("currency")) for found in _named_per_unit().finditer(caption)} - {""} \
        or {code for found in _per_unit().finditer(caption) for code in _currencies_written(found.group("currency"))}
    if len(priced) == 1 and not priced & named and _SERIES_BASE not in priced:
        _quote_in(q, priced.pop())


def _caption_home_currency(prose: str, q: Quantity, per_unit: bool = True) -> str | None:
    """The one currency other than the base that the caption of the exchange-rate table holding ``q`` prices
    its rows against ('the monthly average exchange rates for various currencies against the Canadian dollar':
    CAD; '(HK dollars to one unit of foreign currency)': HKD), when it names no other currency against which
    figures are quoted; None elsewhere. A caption quoting
    rows against the base currency ('… against the US dollar') names no home: the rows are the series' own."""
    caption = _rates_table_caption(prose, q)
    if caption is None:
        return None
    quoted = {_unit_of(found.group("base")) for found in _base_quoted_in().finditer(caption)} - {""}
    # '(Hong Kong dollars to one unit of foreign currency)', 'S$ Per Currency Unit': the currency every row is priced
    # in, by its whole name where one is written ('Hong Kong dollars', not 'Kong dollars'), else by its sign or code
    if per_unit:
        named_per_unit = {_unit_of(found.group("currency")) for found in _named_per_unit().finditer(caption)} - {""}
        quoted |= named_per_unit or {code for found in _per_unit().finditer(caption)
                                     for code in _currencies_written(found.group("currency"))}
    return quoted.pop() if len(quoted) == 1 and _SERIES_BASE not in quoted else None


@lru_cache(maxsize=1)
def _named_per_unit() -> re.Pattern[str]:
    """'Hong Kong dollars to one unit of', 'rupees per unit': a currency's name right before 'per unit (of)'."""
    return re.compile(rf"(?P<currency>{_money_words().pattern})[ \t]+(?i:{alternation(_RATES['per_unit_words'])})(?![\w])")


@lru_cache(maxsize=1)
def _base_quoted_in() -> re.Pattern[str]:
    """'against the Canadian dollar', 'versus the euro': a currency named as the one others are quoted against."""
    links = alternation(_RATES["level_links"])
    return re.compile(rf"(?<![\w-])(?i:{links})[ \t\u00a0]+(?:(?i:{alternation(_RATES['determiners'])})[ \t\u00a0]+)?"
                      rf"(?P<base>{_money_words().pattern})")


def _row_label_and_header(prose: str, at: int) -> tuple[str, str, int] | None:
    """The label of the table row holding the figure at ``at``, its table's header line and where the row's
    first figure cell starts: a plain-text row's ('Gjennomsnitt Euro 9,60 9,33') or a Markdown row's
    ('| Gjennomsnitt Euro | 9,60 | 9,33 |', the figure past the label's cell); None elsewhere."""
    row = plain_row_at(prose, at)
    if row is not None and row.cells:
        return prose[row.start:row.start + row.cells[0][0]], prose[row.header_start:row.header_end], row.start + row.cells[0][0]
    header = table_start(prose, at)
    if header is None:
        return None
    line_start = prose.rfind("\n", 0, at) + 1
    line_end = prose.find("\n", at)
    line = prose[line_start:len(prose) if line_end < 0 else line_end]
    cells = table_cells(line)
    pipe = line.find("|", line.find("|") + 1) if line.lstrip().startswith("|") else line.find("|")
    if len(cells) < 2 or pipe < 0 or at < line_start + pipe:
        return None  # the figure stands in the label's own cell
    header_end = prose.find("\n", header)
    return cells[0], prose[header:len(prose) if header_end < 0 else header_end], line_start + pipe + 1


def _rate_after(prose: str, q: Quantity, sentence_start: int, after: int) -> bool:
    """ "32.5 to the dollar", "Rp 15,600 per US dollar"; ``after``: where the link may start (past an
    aside such as '(provisional)')."""
    found = _base_after().match(prose, after)
    if found is None:
        return False
    base = _unit_of(found.group("base"))
    low = max(sentence_start, q.start - int(_RATES["generic_reach"]))
    # a place's possessive names its own currency where a shared word alone ("rupee") would be read as the default
    quoted = _possessed_currency(prose, low, q.start, base) or _named_currency(prose, low, q.start, base) \
        or _local_currency(prose, low, q.start, sentence_start, base)
    if not base or not quoted:
        return False
    # 'the dollar fell to 10.04 against the krone': the base currency's one unit priced in the other,
    # as the rate series quote it (NOK per dollar)
    _quote_in(q, base if quoted == _SERIES_BASE else quoted)
    return True


def _named_currency(prose: str, start: int, end: int, base: str) -> str:
    """The one currency other than ``base`` the text from ``start`` to ``end`` names, or ""."""
    named = {_unit_of(m.group()) for m in _money_words().finditer(prose, start, end)
             if not _link_before().search(prose, max(start, m.start() - 20), m.start())} - {base, ""}
    return named.pop() if len(named) == 1 else ""  # "¢16 to the pound and 13.3 to the euro": the pound is a base


def _local_currency(prose: str, low: int, end: int, sentence_start: int, base: str) -> str:
    """ "The rupee plunged … . At the interbank market, the local currency settled at 83.01 against the
    American currency": where the words before the figure say the place's own money (``local_currency_words``)
    and name no currency, the one currency other than ``base`` the paragraph named before the sentence."""
    window = prose[low:end].lower()
    if not any(word in window for word in _LOCAL_WORDS):
        return ""
    return _named_currency(prose, paragraphs_start(prose, 0, sentence_start), sentence_start, base)


# a few words in brackets right after a figure ('83.01(provisional)', '150.2 (intraday)'): an aside
_ASIDE: Final = re.compile(r"[ \t]?\((?:[A-Za-z]+[ \t]?){1,3}\)")


# "Mexico's peso", "South Korea's won": a place's possessive before a word of its currency's name
_POSSESSED: Final = re.compile(r"(?P<place>(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w.-]*)['\u2019]s[ \t]+(?P<word>[a-z]+)(?![\w-])")


def _possessed_currency(prose: str, start: int, end: int, base: str) -> str:
    """ "Mexico's peso averaged 20.1 per dollar": the one currency other than ``base`` that a place's
    possessive names by a word of its name (a word several currencies share: 'peso', 'dollar'), or ""."""
    if "s " not in prose[start:end]:
        return ""  # no possessive in the window: no search of every position
    named = {units.place_currency(f"{m.group('place')} {m.group('word')}") for m in _POSSESSED.finditer(prose, start, end)}
    named -= {base, None}
    return (named.pop() or "") if len(named) == 1 else ""  # `or ""` for mypy: None was taken out


@lru_cache(maxsize=1)
def _link_before() -> re.Pattern[str]:
    links = alternation([*_RATES["level_links"], *_RATES["per_links"]])
    return re.compile(rf"(?<![\w-])(?i:{links})[ \t\u00a0]+(?:(?i:{alternation(_RATES['determiners'])})[ \t\u00a0]+)?\Z")


@lru_cache(maxsize=1)
def _compared_after_figure() -> re.Pattern[str]:
    """The text between a pair and a figure compared with the pair's first figure: '… 88.70, compared to around '."""
    links, approx = alternation(_RATES["compared_links"]), alternation(_RATES["compared_approx"])
    return re.compile(rf"^[^\d]*\d[\d,.]*\d?\s*,?\s+(?i:{links})\s+(?:(?i:{approx})\s+)?\Z")


def _pair_before(prose: str, q: Quantity, sentence_start: int) -> None:
    """ "USD/JPY 151.2", "the USDPHP rate … 42.86": the first bare figure after a currency pair, and
    one compared with it ("the USD/INR rate stands at 88.70, compared to around 62.00 in 2014")."""
    reach = int(_RATES["pair_reach"])
    low = max(sentence_start, q.start - int(_RATES["compared_reach"]))
    if not any(c.isupper() for c in prose[low:q.start]):
        return
    pairs = list(_pair().finditer(prose, low, q.start))
    if not pairs:
        return
    pair = pairs[-1]
    codes = units.currencies()
    base, quote = pair.group("base"), pair.group("quote")
    between = prose[pair.end():q.start]
    first = not any(c.isdigit() for c in between) and q.start - pair.start() <= reach
    if base == quote or base not in codes or quote not in codes \
            or not (first or _compared_after_figure().match(between)):
        return
    _quote_in(q, quote)


# the word right after a figure with no unit ('9.4 billion dinars'), or glued to it ('17.8311pesos')
_WORD_AFTER: Final = re.compile(r"[ \t\u00a0]*([a-z]+)(?![\w-])")


def _named_country_tender(prose: str, q: Quantity, sentence_start: int, sentence_end: int) -> None:
    """ "Morocco's deficit reached 70 billion dirhams", "Tunisia's debt hit 9.4 billion dinars": a word
    several currencies end their names with, written bare, is the currency of the one country its sentence
    names that tenders a currency so named. The dollar and the euro keep their own reading (news quotes
    US dollars for every country)."""
    if q.unit in ("USD", "EUR"):
        return
    if q.unit:
        if not units.is_money(q.unit):
            return  # (asked first: most units are no money, and the search below reads the whole surface)
        surface = prose[q.start:q.end]
        word = _LAST_WORD.search(surface)
        # the bare word only: 'Indian rupees' names its currency itself
        if word is None or _has_upper_case(surface[:word.start()]):
            return
        name, extend = word.group(1), q.end
    else:
        after = _WORD_AFTER.match(prose, q.end)
        if after is None:
            return
        name, extend = after.group(1), after.end()
    stem = name.lower().removesuffix("s")
    if stem not in units.shared_tender_words() or stem in ("dollar", "euro"):
        return
    code = units.named_place_tender(prose[sentence_start:sentence_end], name)  # the countries before and after it
    if code is None or code == q.unit:
        return
    q.end = extend
    _quote_in(q, code)


_SHARED_SIGNS: Final = _DATA["shared_signs"]
# longest first: 'Rs.' before 'Rs'
_SHARED_SIGN_WORDS: tuple[tuple[str, str], ...] = tuple(sorted(_SHARED_SIGNS["signs"].items(), key=lambda kv: (-len(kv[0]), kv[0])))


def _shared_sign_tender(prose: str, q: Quantity) -> None:
    """ "a net profit of Rs943.136 million" in a paragraph about the Pakistan Stock Exchange: an amount written
    with a sign several currencies share ('Rs', currencies.json ``shared_signs``) is the currency of the one
    country its paragraph, or the one before, names that tenders a currency so called; it keeps its default
    reading where none or several are named."""
    surface = prose[q.start:q.end]
    for sign, word in _SHARED_SIGN_WORDS:
        if surface.startswith(sign) and surface[len(sign):len(sign) + 1] in _SIGN_FOLLOWERS:
            break
    else:
        return
    reach = int(_SHARED_SIGNS["reach"])
    at, codes = q.start, set()
    # beyond reach of the country's name, the amounts written with the sign before it, each within reach of the
    # next, tell it (a results story names Pakistan once, then lists 'Rs11.447 billion … Rs4.728 billion')
    for _step in range(int(_SHARED_SIGNS["chain"])):
        low = max(0, at - reach)
        high = paragraph_end(prose, at, min(len(prose), at + len(sign) + reach))
        # its own paragraph first; the one before only where its own names no such country
        codes = units.named_place_tenders(prose[paragraphs_start(prose, low, at):high], word)
        if not codes:
            codes = units.named_place_tenders(prose[paragraphs_start(prose, low, at, 2):high], word)
        at = _earlier_sign(prose, sign, low, at)
        if codes or at < 0:
            break
    if len(codes) == 1 and q.unit not in codes:
        q.unit = codes.pop()


# longest first, as the signs before the figure
_SIGNS_AFTER: Final = tuple(sorted(_SHARED_SIGNS["signs_after"].items(), key=lambda kv: (-len(kv[0]), kv[0])))


def _shared_sign_after(prose: str, q: Quantity) -> None:
    """ "新台幣兌美元收31.518元": an amount written with a sign after it that several currencies share ('元',
    currencies.json ``shared_signs.signs_after``) is the one currency of the sign's list its paragraph, or the
    one before, names by its own name or a place it is tender in; it keeps its default reading where none or
    several are named."""
    surface = prose[q.start:q.end].rstrip()
    for sign, codes in _SIGNS_AFTER:
        if surface.endswith(sign) and q.unit == codes[0]:
            break
    else:
        return
    from .money_signs import names_currency  # money_signs reads rates' shapes from this module

    reach = int(_SHARED_SIGNS["reach"])
    low, high = max(0, q.start - reach), paragraph_end(prose, q.start, min(len(prose), q.end + reach))
    # its own paragraph first; the one before only where its own names no such currency
    for paragraphs in (1, 2):
        window = prose[paragraphs_start(prose, low, q.start, paragraphs):high]
        named = [code for code in codes if names_currency(window, code)]
        if named:
            break
    if len(named) == 1:
        q.unit = named[0]


def _earlier_sign(prose: str, sign: str, low: int, pos: int) -> int:
    """Where the nearest amount written with ``sign`` between ``low`` and ``pos`` starts (its sign); -1 if none."""
    at = prose.rfind(sign, low, pos)
    while at >= 0:
        after = prose[at + len(sign):at + len(sign) + 2]
        if (after[:1].isdecimal() or after[:1] in " \u00a0" and after[1:].isdecimal()) and not (at and prose[at - 1].isalnum()):
            return at
        at = prose.rfind(sign, low, at)
    return -1


# what follows a sign before its figure: the digits, or one space
_SIGN_FOLLOWERS: Final = frozenset("0123456789 \u00a0")


def _has_upper_case(text: str) -> bool:
    """Whether a character of ``text`` is upper case; ASCII text is asked in one comparison, not per character."""
    if text.isascii():
        return text != text.lower()
    return any(c.isupper() for c in text)


def _local_generic(prose: str, q: Quantity) -> None:
    """ "30.9 pounds" after "the Egyptian pound": the one currency the text before names with the
    generic word; none where it names several ("the Egyptian pound … the British pound")."""
    word = _LAST_WORD.search(prose, q.start, q.end)
    if word is None or _GENERIC.get(word.group(1).lower()) != q.unit:
        return
    stem = word.group(1).lower().rstrip("s")
    low = max(0, q.start - int(_RATES["generic_reach"]))
    # its paragraph and the one before: a story names the currency in its lead, then writes 'pounds'
    low = paragraphs_start(prose, low, q.start, 2)
    if stem not in prose[low:q.start].lower():
        return  # a name ending in the word needs the word (ASCII) in the window: no search of every position
    named = set()
    for m in _money_words().finditer(prose, low, q.start):
        parts = m.group().split()
        if len(parts) > 1 and parts[-1].lower().rstrip("s") == stem:
            named.add(_unit_of(m.group()))
    named.discard("")
    if len(named) == 1:
        q.unit = named.pop()
