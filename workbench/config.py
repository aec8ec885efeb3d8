"""Configuration: one file, ``workbench.toml`` or ``[tool.workbench]`` in ``pyproject.toml``.

Looked up from the working folder upwards; paths in it are relative to the file's folder.
Command-line flags override it (see ``Config.merged``).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError
from .models import Verdict
from .numbers import data_json, lexicon
from .readfile import LONE_CR, UNRESOLVED_MERGE, merge_marker_at, read_regular

# The exchange-rate vocabulary, one home for extraction and verification (currencies.json, exchange_rates).
_RATE_WORDS = data_json("currencies.json")["exchange_rates"]
# Record and peak words beside the other record lists (run_record_words, month_peak_words) in periods.json.
_PERIOD_WORDS = data_json("periods.json")
# The general vocabulary: measures, series and their qualifiers, stocks and flows.
_LEXICON = lexicon()


def _data_default(table: dict[str, Any], key: str) -> Callable[[], Any]:
    """A setting's default read from its data file (the words are data; the setting lets a newsroom override
    them): a copy for each Tolerances, since the data tables are shared by the whole process."""
    return lambda: copy.deepcopy(table[key])

# The lengths of period a publication lag may be set for (``Tolerances.publication_lag_by_length``).
_PERIOD_LENGTHS = ("year", "quarter", "month", "day")
# Upper bounds of the windows and lags: a date moved further than the calendar holds (year 9999) is an
# OverflowError deep in the verdicts, so an absurd setting is refused where it is read.
_MAX_YEARS, _MAX_DAYS = 1000, 36_525
MAX_CONFIG_BYTES = 4 * 1024 * 1024  # settings, not data: a larger file is a wrong path


def _is_day_of_every_year(month_day: str) -> bool:
    """'07-01' is; '02-29' (a leap day), '02-30', '7-1' and 'W01-1' (a week date ISO also reads) are not."""
    if not re.fullmatch(r"\d{2}-\d{2}", month_day):
        return False
    try:
        dt.date.fromisoformat(f"2001-{month_day}")
    except ValueError:
        return False
    return True


class Tolerances(BaseModel):
    # inf passes every bound (`ge=0`, `gt=1`) and makes a band or ratio of it meaningless: a slack of inf supported
    # every claim; nan is refused by the bounds already, here with the same message
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    exact_slack: float = Field(0.005, ge=0, description="Relative slack on each end of the rounding of stated digits: 3.1 ⇒ [3.05, 3.15] × (1 ∓ exact_slack).")
    approx: float = Field(0.05, ge=0, description="Relative band for about/around/roughly.")
    nearly: float = Field(0.05, ge=0, description="How far below the value 'nearly X' may be.")
    change_pp: float = Field(0.0, ge=0, description="Absolute slack, in points, for recomputed growth rates, when wider than the rounding of the stated digits plus exact_slack (the default: 0, DESIGN's rule for every figure).")
    stale_years: int = Field(2, ge=0, le=_MAX_YEARS, description="A claim is stale when its evidence is older than this many years before the period it speaks of.")
    stale_window_years: int = Field(10, ge=0, le=_MAX_YEARS, description="How far back an older figure may explain a claim as out of date; older agreements are coincidences.")
    mixup_window_years: int = Field(2, ge=0, le=_MAX_YEARS, description="How far forward a later figure may explain a claim as a year mix-up ('the 2022 figure, not 2021's').")
    publication_lag_days: int = Field(0, ge=0, le=_MAX_DAYS, description="Days after a period ends before its figure counts as published; a claim without a period speaks of the latest period complete and published by the draft's date.")
    # each factor and its inverse is tried: 0 divides by zero, and 1 or less is no slip of scale
    slip_factors: list[Annotated[float, Field(gt=1, allow_inf_nan=False)]] = Field(default_factory=lambda: [1e3, 1e6, 1e9, 1e12], description="Deviations that are a slip of the pen (thousand/million/billion/trillion): the claim stays contradicted and the explanation names the scale.")
    wrong_measure_ratio: float = Field(20.0, gt=1, description="A claim this many times off its evidence, and no slip of the pen, is probably compared with the wrong measure: needs_review.")
    slip_gap: float = Field(1.15, ge=1, description="A claim that a slip of the pen (slip_factors) brings within this factor of its evidence, though not within its own tolerance ('68.30 thousand tonnes' against 71.2 million), is the row's figure written at the wrong scale and off as well: contradicted, not another measure (wrong_measure_ratio). 1 turns this off.")
    per_capita_words: list[str] = Field(default_factory=_data_default(_LEXICON, "per_capita_words"), description="Words that make a claim a per-capita figure. The default list lives in workbench/data/lexicon.json (per_capita_words).")
    population_words: list[str] = Field(default_factory=_data_default(_LEXICON, "population_words"), description="A resource whose metric or aliases hold one of these words divides totals into per-capita figures. The default list lives in workbench/data/lexicon.json (population_words).")
    stock_words: list[str] = Field(default_factory=_data_default(_LEXICON, "stock_words"), description="A series whose metric names one of these counts a stock on a day (mid-year, 1 January); a figure whose own words name one is a level of its day, whatever flow its clause mentions ('reserves covering six months of imports', flow_words). The default list lives in workbench/data/lexicon.json (stock_words).")
    present_words: list[str] = Field(default_factory=_data_default(_LEXICON, "present_words"), description="A count of a stock (stock_words) stated without a period in a sentence holding one of these (or after earlier sentences of its paragraph holding one: 'Today the region nears 81 million. … followed by Kazakhstan with 20.3 million') speaks of the draft's date: another day's row is a different period (needs_review), never support nor contradiction. The default list lives in workbench/data/lexicon.json (present_words), where it also keeps a period named in earlier text from being carried to a sentence that speaks of the present.")
    nominal_series_words: list[str] = Field(default_factory=_data_default(_LEXICON, "nominal_series_words"), description="A money series whose metric names one of these is in current prices (nominal): a percent change news gives for it ('the economy grew 3 %') is real growth, another series, so it is not recomputed from these rows unless the sentence says it is nominal (nominal_claim_words). The default list lives in workbench/data/lexicon.json (nominal_series_words).")
    nominal_claim_words: list[str] = Field(default_factory=_data_default(_LEXICON, "nominal_claim_words"), description="Words that make a percent change of a money series a nominal one, read from its current-price rows. The default list lives in workbench/data/lexicon.json (nominal_claim_words).")
    change_series_words: list[str] = Field(default_factory=_data_default(_LEXICON, "change_series_words"), description="A series whose metric names one of these words holds changes ('Annual increase', ppm a year): a change claim reads its rows directly rather than recomputing a difference of them. The default list lives in workbench/data/lexicon.json (change_series_words).")
    exchange_rate_words: list[str] = Field(default_factory=_data_default(_RATE_WORDS, "exchange_rate_words"), description="Words that make an amount of money an exchange rate against the base currency ('¥150 per dollar'). The default list lives in workbench/data/currencies.json (exchange_rates.exchange_rate_words).")
    currency_move_words: list[str] = Field(default_factory=_data_default(_RATE_WORDS, "currency_move_words"), description="Words that make a percent change a currency's move against exchange_rate_base when the sentence, or else the sentence before it in its paragraph, names that one currency ('the rupee had depreciated by over 11 per cent in 2013', 'it has depreciated at roughly 3 % a year' after 'the rupee was near 45 to the dollar'): read from its rate series, for a person (rate_move), never from a series the figure's other words happen to match. The default list lives in workbench/data/currencies.json (exchange_rates.currency_move_words).")
    exchange_rate_metrics: list[str] = Field(default_factory=_data_default(_RATE_WORDS, "exchange_rate_metrics"), description="A resource whose metric or aliases hold one of these is a series of exchange rates, read for a currency's countries. The default list lives in workbench/data/currencies.json (exchange_rates.exchange_rate_metrics).")
    dollar_quoted_currencies: list[str] = Field(default_factory=_data_default(_RATE_WORDS, "dollar_quoted_currencies"), description="Currencies news prices in units of exchange_rate_base ('the euro at $1.08', 'the pound hit 1.2861 dollars', '0.7538 USD' for a Canadian dollar): a figure of one of them nearer the reciprocal of its rate rows than the rows is that quote, judged by the reciprocal rows. The default list lives in workbench/data/currencies.json (exchange_rates.dollar_quoted_currencies).")
    dollar_quote_words: list[str] = Field(default_factory=_data_default(_RATE_WORDS, "dollar_quote_words"), description="Words that make a bare figure ('with a rate of 1.08', 'one euro could buy 1.12') beside one of dollar_quoted_currencies that currency's price in exchange_rate_base. The default list lives in workbench/data/currencies.json (exchange_rates.dollar_quote_words).")
    cross_rate_words: list[str] = Field(default_factory=lambda: [*_RATE_WORDS["priced_by_words"], *_RATE_WORDS["level_links"], *_RATE_WORDS["per_links"], *_RATE_WORDS["cross_rate_words"]], description="Words that make an amount of one currency, after another currency named before it ('a euro was worth 1.03 Swiss francs'), the price of that currency: a cross rate, read as the ratio of the two currencies' rows of one rate series. The default is currencies.json's exchange_rates priced_by_words, level_links, per_links and cross_rate_words.")
    exchange_rate_base: str = Field("USD", pattern=r"^[A-Z]{3}$", description="The currency the exchange-rate series are quoted against (ISO 4217).")
    average_words: list[str] = Field(default_factory=_data_default(_LEXICON, "average_words"), description="Words that make a claim over a span of years the average of its yearly figures (for a change: its compound annual rate, 'grew 5 % a year from 2000 to 2010'). The default list lives in workbench/data/lexicon.json (average_words).")
    series_qualifiers: list[str] = Field(default_factory=_data_default(_LEXICON, "series_qualifiers"), description="A word that, standing right before a series' name ('core CPI', 'food inflation'), names a variant of it: when no reference series is named by the word, the data holds no figure of the claim's series (unsupported), however close the headline figure. The default list lives in workbench/data/lexicon.json (series_qualifiers).")
    price_components: list[str] = Field(default_factory=_data_default(_LEXICON, "price_components"), description="Words that, before a price noun of price_nouns ('food prices', 'fuel costs', 'producer price index') or after 'prices of/for' ('prices of food'), name a part of a price index or another price series than consumer prices: when no reference series is named by the word and the figure's own segment of its sentence names no headline measure (measure_words, a bare price noun), the headline series cannot judge the figure (unsupported). The default list lives in workbench/data/lexicon.json (price_components).")
    price_nouns: list[str] = Field(default_factory=_data_default(_LEXICON, "price_nouns"), description="Nouns that make a word of price_components a price series ('food prices', 'energy costs', 'food price inflation'); said bare in a figure's own segment ('prices rose 3 %') they name the headline prices. The default list lives in workbench/data/lexicon.json (price_nouns).")
    price_measure_words: list[str] = Field(default_factory=_data_default(_LEXICON, "price_measure_words"), description="Words that name a measure of the change of prices: a series named by one of them (consumer-price inflation, the GDP deflator) is no match for a figure whose sentence, paragraph and heading say none of them nor a word of price_nouns and which shares with the series only other words of its name ('GDP will decrease by 32 %' is no GDP deflator figure). The default list lives in workbench/data/lexicon.json (price_measure_words).")
    population_part_qualifiers: list[str] = Field(default_factory=_data_default(_LEXICON, "population_part_qualifiers"), description="Words that, standing right before a population's name ('the urban population', 'the female population'), name a part of it, another series than the whole: a series qualifier (as series_qualifiers) only before a word of population_words — 'urban inflation' is a country's headline rate in some (Egypt's). The default list lives in workbench/data/lexicon.json (population_part_qualifiers).")
    complementary_parts: list[list[str]] = Field(default_factory=_data_default(_LEXICON, "complementary_parts"), description="Pairs of words that split a whole into its parts ('urban' and 'rural', 'female' and 'male'): a figure its sentence gives after one of them, since the figure before it, in a sentence that names the other, is that part's, another series than the whole's (unsupported, other_series) unless a reference series is named by the part. The default list lives in workbench/data/lexicon.json (complementary_parts).")
    series_qualifier_links: list[str] = Field(default_factory=_data_default(_LEXICON, "series_qualifier_links"), description="Words that put a series qualifier after the measure it qualifies ('inflation in food prices', 'inflation for services'): a measure word of measure_words, one of these, an optional 'the' and one of series_qualifiers name the same variant as the qualifier before the measure ('food inflation'). The default list lives in workbench/data/lexicon.json (series_qualifier_links).")
    series_exclusion_words: list[str] = Field(default_factory=_data_default(_LEXICON, "series_exclusion_words"), description="Words that, followed within two words by one of series_exclusion_items ('excluding energy', 'CPI less food and energy', 'ex-fresh food'), name a variant of a series that leaves those items out: in the claim's own segment of its sentence, when no reference series is named by the phrase, the data holds no figure of the claim's series (unsupported), however close the headline figure. The default list lives in workbench/data/lexicon.json (series_exclusion_words).")
    series_exclusion_items: list[str] = Field(default_factory=_data_default(_LEXICON, "series_exclusion_items"), description="What series_exclusion_words leave out of a series for it to be another series (a component of a price index), not a place ('China excluding Hong Kong'). The default list lives in workbench/data/lexicon.json (series_exclusion_items).")
    series_basis_words: list[str] = Field(default_factory=_data_default(_LEXICON, "series_basis_words"), description="A basis in the claim's clause that makes its figure another series than a yearly one ('up 1.2 % month-on-month'): when no reference series is named by it, the claim is unsupported. The default list lives in workbench/data/lexicon.json (series_basis_words).")
    year_end_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "year_end_words"), description="Wording that makes a rate stated for a year the rate of its last month (December on December), not the year's average: against annual averages it is a different period. 'Inflation accumulated over 2023' (Portuguese 'no acumulado de 2023', as glossed) is the year's prices from December to December. The default list lives in workbench/data/periods.json (year_end_words).")
    year_end_rate_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "year_end_rate_words"), description="Wording that counts as year_end_words only when its subject, the words of its clause before it, names a monthly-published rate (monthly_rate_series_words: 'inflation ended with a rate of 12.8 %'): said of anything else ('the company finished with a 12 % share', 'the survey ended with 40 % in favour') it closes no year. With the year as its object ('ended 2022 with') it is a year_end_verbs phrase. The default list lives in workbench/data/periods.json (year_end_rate_words).")
    year_start_rate_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "year_start_rate_words"), description="Wording that puts an exchange rate with no period of its own at the start of the draft's year: January's rate. The default list lives in workbench/data/periods.json (year_start_rate_words).")
    annualized_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "annualized_words"), description="Words of series_basis_words that, in a clause naming a measure of measure_words ('inflation reached 8.9 % in annualized terms'), give that measure's 12-month rate, not another series: such a figure is read as a 12-month rate. The default list lives in workbench/data/periods.json (annualized_words).")
    measure_words: dict[str, list[str]] = Field(default_factory=_data_default(_LEXICON, "measure_words"), description="A word news uses unqualified → the measure it means ('inflation' → consumer prices). When a reference series whose metric names that measure exists, the word's other series (a GDP deflator) are not read for the claim unless the sentence names them. The default table lives in workbench/data/lexicon.json (measure_words).")
    fiscal_year_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "fiscal_year_words"), description="Wording in a figure's sentence that makes its year a fiscal (budget) year — 'FY 14', 'the 2019-20 fiscal', 'FY2023/24', 'the financial year of 2021' — which straddles two calendar years: judged against calendar-year rows it is a different period (needs_review), never supported nor contradicted, unless the series itself names one of these words. A word holding 'year' counts alone; the others ('FY', 'fiscal') only with a year after them ('FY 14', 'fiscal 2008/09') or a span of years before them ('the 2019-20 fiscal'), so 'a fiscal deficit' names no fiscal year. Upper-case words ('FY') are matched as written, the rest in any case. The default list lives in workbench/data/periods.json (fiscal_year_words).")
    short_change_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "short_change_words"), description="Wording that makes a change in points of a rate ('up 0.4 points from the previous month') a change over a month or a quarter: against rows a year long it is a different period (needs_review), not another series and not a contradiction. The default list lives in workbench/data/periods.json (short_change_words).")
    publication_lag_by_length: dict[str, int] = Field(default_factory=lambda: {"year": 14}, description="Days after a period of this length ('year', 'quarter', 'month', 'day') ends before its figure counts as published, replacing publication_lag_days for rows of that length: a year's annual average comes out with its December figures, in January's second or third week at the earliest, so an annual figure for a year that ended days before the draft cannot be its source (for a rate, likely the December-on-December rate). One rule with publication_lag_days: what a claim without a period speaks of, and which evidence postdates the draft.")
    annual_average_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "annual_average_words"), description="Wording that makes a rate stated for a year its annual average: against a row not yet published by the draft's date it is postdated evidence, not the December-on-December rate of a different period. The default list lives in workbench/data/periods.json (annual_average_words).")
    average_final_days: int = Field(3, ge=0, description="An average of a market's closing prices (closing_average_words) that the text gives for the year its draft is dated in, in that year's last this many days ('this year's average of the closing rates was 1,422 won', a page of 30 December), is the whole year's by the market's own count: a market closed for the year (some close before 31 December) averages its sessions' closes after its last one, and a last session or two barely moves a year's mean. The year's row, published later, then judges it rather than making it a part of the year for a person; an average not said to be of closes ('the rupee has averaged 73.9 this year') stays one to date. 0 turns the rule off.")
    closing_average_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "closing_average_words"), description="Wording that makes an average a market's average of its sessions' closes (average_final_days); Korean '종가' is glossed 'closing price'. The default list lives in workbench/data/periods.json (closing_average_words).")
    year_on_year_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "year_on_year_words"), description="Wording that makes a rate's change in points in a month or a quarter a change on the same period a year before, not on the month or quarter before (short_change_words). The default list lives in workbench/data/periods.json (year_on_year_words).")
    rival_ratio: float = Field(3.0, gt=1, description="A disagreeing series this many times off a supported claim is no rival reading of it (a count of days beside ppm): the agreeing series is not made ambiguous by it.")
    real_claim_words: list[str] = Field(default_factory=_data_default(_LEXICON, "real_claim_words"), description="Words that keep a percent change real growth even when its sentence states the measure's level in money ('$197bn, up 15 %' is nominal; 'real growth of 4 %, with output at $259bn' is not). The default list lives in workbench/data/lexicon.json (real_claim_words).")
    nominal_level_ratio: float = Field(2.0, gt=1, description="A money level stated beside a percent change is the changed measure's own (making the change nominal) when the series' rows for the place hold one within this factor of it.")
    annual_rate_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "annual_rate_words"), description="Words that say a rate is 12-month, annual or year-to-date, besides monthly_basis_words and year_on_year_words. A percent change of a price measure said of a month ('prices rose 0.3 % in December') is a change over one month when its own clause has none of these words and another clause of its sentence has one ('…, while annual inflation reached 8 %'; other languages through their glossary: 'yıllık bazda', 'acumulada'): only a monthly index computes it, so without one it is unsupported (another series); a 12-month rate of a month is never read so. The default list lives in workbench/data/periods.json (annual_rate_words).")
    monthly_basis_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "monthly_basis_words"), description="Wording in a rate figure's sentence, paragraph, earlier paragraphs, heading or title that says the text speaks of 12-month rates of a month (as a month's figure does, or a year's not yet published by the draft's date): a figure for a year that the annual average disagrees with is then a different period (needs_review, 'a monthly (or 12-month) rate compared with an annual average'), not a contradiction, unless its sentence calls it an average (annual_average_words). 'By the results of' is how CIS copy states the year's rate (Russian 'по итогам 2022 года', as glossed, and its English translations): December on December; 'the year ending December 2022' is how statistics offices (UBOS, NBS) date the 12-month rate of December. A 'point-to-point' rate (as Bangladesh's, Jamaica's and Iran's offices name it) sets a month's price level against the same month's a year before: the 12-month rate of that month. 'Annualized inflation' (Latin American 'inflación anualizada') is the 12-month rate, so its 'annualized' names no other series (series_basis_words); so is an 'annualized CPI', in the Romance order too ('el IPC anualizado', glossed 'the CPI (CPI) annualized'). The default list lives in workbench/data/periods.json (monthly_basis_words).")
    publication_date_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "publication_date_words"), description="Words right before a month or a day ('its report published in May', 'released on 3 March') that date a publication, not the figure: such a month is no sign that a rate of the sentence is a monthly one. The default list lives in workbench/data/periods.json (publication_date_words).")
    month_span_record_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "month_span_record_words"), description="A rate its sentence calls the record of a span counted in months ('a 15-month high of 3.1 %', 'the highest in eleven months', 'a seven-month low') is a month's reading compared with the months before it: the text speaks of monthly (12-month) rates, as monthly_basis_words say. The default list lives in workbench/data/periods.json (month_span_record_words).")
    monthly_rate_series_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "monthly_rate_series_words"), description="A rate series whose metric or aliases hold one of these is published each month as a 12-month rate as well as a yearly average (inflation, unemployment), so the basis a text speaks of (monthly_basis_words) decides whether its annual rows can judge a figure; a growth rate of a yearly total (GDP) has one yearly figure. The default list lives in workbench/data/periods.json (monthly_rate_series_words).")
    flow_words: list[str] = Field(default_factory=_data_default(_LEXICON, "flow_words"), description="A level whose own words name one of these measures (a flow: a year's GDP, GDP per capita, emissions, trade) and no stock (stock_words) is a total over a span, never a reading of one day: year-end wording ('GDP per capita at the end of 2022 amounted to $15,400') dates the year it closes, not the year's last day as for a stock or a closing price (year_end_words). The default list lives in workbench/data/lexicon.json (flow_words).")
    flow_verbs: list[str] = Field(default_factory=_data_default(_LEXICON, "flow_verbs"), description="Verbs of what a period adds up, said of the figure itself ('by the end of 2022, it produced $2.3 trillion worth of goods', 'emitted 5 billion tonnes'): with year-end wording the figure is still the year's total, its end only dates the sentence (flow_words). Nouns that are also verbs ('exports') are left to flow_words, read in the subject. The default list lives in workbench/data/lexicon.json (flow_verbs).")
    flow_average_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "flow_average_words"), description="Wording by which a yearly total (a flow of flow_words: emissions, GDP) is called an average per year ('emitting an annual average of 11.2 million tonnes'): with no year or span named it is the mean of several years' totals, whose years are unsaid, so judged against one year's row it is for a person (needs_review, averaging_span). A rate or a concentration called an 'annual average' is the year's own row. The default list lives in workbench/data/periods.json (flow_average_words).")
    stock_row_day: str = Field("07-01", pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$", description="The day of its year (MM-DD) a yearly row of a stock series (stock_words) counts: World Bank and UN populations are mid-year estimates, of 1 July. A count stated on that day ('as of July 1, 2021') is judged by the row for its year; on any other day it is a different period. A newsroom whose stock data are counts on 1 January sets '01-01'.")
    series_variant_publishers: dict[str, list[str]] = Field(default_factory=_data_default(_LEXICON, "series_variant_publishers"), description="A series qualifier of series_qualifiers → publishers that state the measure only as that variant: Eurostat's inflation rate of a member state is its harmonised index (HICP), not the national CPI. Named as the source anywhere in a claim's sentence that names a price measure (price_measure_words), or in the sentence right before or after it in its paragraph while the claim's own sentence names no series (only 'inflation'), they make the claim's figure that variant's: when no reference series is named by the qualifier or the publisher, unsupported (other_series). A sentence naming no price measure ('Eurostat says emissions fell 2.5 %') is left to its series. The default table lives in workbench/data/lexicon.json (series_variant_publishers).")
    series_variant_names: dict[str, list[str]] = Field(default_factory=_data_default(_LEXICON, "series_variant_names"), description="A series qualifier of series_qualifiers → names and abbreviations that say its variant whole ('HICP'). Said in a claim's clause, or in the sentence right before or after the claim's in its paragraph while the claim's own sentence names no series (only 'inflation'), they make the claim's figure that variant's: when no reference series is named by the qualifier, unsupported (other_series), however the headline row compares. ('fixed-rate': Sweden's CPIF, the CPI at fixed mortgage rates, its inflation target's measure; 'owner occupiers' housing': the UK's CPIH; 'retail prices': the UK's RPI and its variants, older indexes than the CPI; 'trade-weighted': a currency's effective rate, an index against a basket of its trading partners' currencies, not its rate against the base currency that rate series hold.) The default table lives in workbench/data/lexicon.json (series_variant_names).")
    place_series_qualifiers: dict[str, list[str]] = Field(default_factory=_data_default(_LEXICON, "place_series_qualifiers"), description="A series qualifier a place's own figures carry unsaid → the places (as reference rows name them): inflation of the EU or the euro area is Eurostat's harmonised index (HICP), so a claim about a measure of measure_words that such a place's row of a series not named by the qualifier (a World Bank aggregate of national CPIs) does not support — contradicts, or speaks of another period (a month's 12-month rate, a flash estimate, a year not in the data) — is other_series (unsupported), not contradicted nor for review. A figure the row agrees with stays supported: most likely that aggregate, quoted. The default table lives in workbench/data/lexicon.json (place_series_qualifiers).")
    instrument_words: list[str] = Field(default_factory=_data_default(_LEXICON, "instrument_words"), description="An instrument named in the claim's sentence before the figure that measures another record than the ground stations' ('satellite technology now allows direct measurement of global CO2 levels, which increased by 2.9 ppm'): a satellite's column-averaged record is another series than a surface network's mean, so when no reference series is named by the word the claim is unsupported (other_series), however the station row compares. The default list lives in workbench/data/lexicon.json (instrument_words).")
    valuation_basis_words: list[str] = Field(default_factory=_data_default(_LEXICON, "valuation_basis_words"), description="A valuation basis or national-accounts aggregate in the claim's clause that makes a money figure another series than GDP at market exchange rates ('GDP at purchasing power parity', 'GNI per capita, Atlas method'): when no reference series is named by it, the claim is unsupported (other_series), however the current-dollar row compares. The default list lives in workbench/data/lexicon.json (valuation_basis_words).")
    projection_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "projection_words"), description="Wording before a figure in its clause (or after it, set off by a comma: ', the IMF projects') that makes it a projection, forecast or expectation, not an outturn: judged against the outturn row it is needs_review ('a projection compared with the outcome'), never supported and never contradicted. 'Estimated' and a bare 'will be' are left out (a range after it, 'will be in the range of 12–13.5 %', is a forecast's): statistical offices publish outturns as estimates (mid-year population estimates), and releases word computed averages of past years with 'will be'. The default list lives in workbench/data/periods.json (projection_words).")
    past_expectation_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "past_expectation_words"), description="Wording before a figure in its clause that makes it what was expected before the period ended ('the government had anticipated a rise of about 3 %', 'above expectations of 5 %'), not the value: a projection (needs_review) even in a dated text written after the period was over, where projection_words alone may quote the value ('projected at' a past mid-year). Someone's projection or forecast 'of' a figure ('below the government's projection of 2.6 %') names what was expected, whenever it is quoted. The default list lives in workbench/data/periods.json (past_expectation_words).")
    forecaster_names: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "forecaster_names"), description="Forecasters whose 'estimate' of a year is a model's figure, made in that year's forecast rounds as often as after it (the IMF's World Economic Outlook estimates the current year): an estimate word of forecaster_estimate_words within forecaster_reach words of one of these names reaches the figure as projection_words do (a projection, needs_review, unless a dated text was written after the year was over). Statistical offices and the reference data's own publisher (the World Bank) are left out: their estimates are outturns. The default list lives in workbench/data/periods.json (forecaster_names).")
    forecaster_estimate_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "forecaster_estimate_words"), description="The words that, said of one of forecaster_names ('the IMF's most recent estimate places GDP at', 'according to IMF estimates'), make the figure they reach that forecaster's estimate. The default list lives in workbench/data/periods.json (forecaster_estimate_words).")
    forecaster_reach: int = Field(4, ge=0, description="Words at most between a name of forecaster_names and an estimate word of forecaster_estimate_words for the estimate to be the forecaster's ('the International Monetary Fund's most recent estimate': two).")
    projection_clause_ends: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "projection_clause_ends"), description="Words that end the reach of projection_words before a figure: 'is forecast to rise to 3 % from 2.5 %' — the figure after 'from' is the outturn it starts from; a period named as past between them ('last year', 'the year ended': French 'aura progressé, au terme de l'année 2022, de 6,6 %') makes it an outturn. The default list lives in workbench/data/periods.json (projection_clause_ends).")
    year_end_verbs: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "year_end_verbs"), description="Verbs that, with a figure's own year as their object ('inflation closed 2023 at 2.1 %', 'the peso ended 2022 at 19.50'), make it the year's end (as year_end_words do): a rate is the last month's (December on December), a level the last day's. The default list lives in workbench/data/periods.json (year_end_verbs).")
    trailing_months_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "trailing_months_words"), description="Wording that, followed by 'through', 'to', 'ending', 'ended' or 'until' and a month other than December, dates a figure to the 12 months ending that month ('3.5 % in the 12 months to October'): against calendar-year rows a different period (needs_review). The default list lives in workbench/data/periods.json (trailing_months_words).")
    undated_gap_years: int = Field(2, ge=1, le=_MAX_YEARS, description="A figure that names no year (nor carries one from the text around it), in a dated draft, contradicted only by a year's row this many years or more older than the last year published by the draft's date (publication_lag_by_length): the text most likely speaks of a year the data does not reach, so needs_review ('the data ends in 2020'), not contradicted. Likewise a present-tense level with no year that only such an old row supports (or a day's snapshot that many of its yearly counts behind the latest due by the draft's date) is unsupported (nearest_other_period, the data's period said), not supported.")
    undated_gap_deviation: float = Field(0.5, ge=0, description="How far (relative) an undated figure may be from the older row for undated_gap_years to send it to review: a figure that far off ('40 %' against 14.2 %) is wrong for any nearby year, and stays contradicted.")
    census_count_gap: float = Field(0.08, ge=0, description="A count tied to a census of its year that the year's mid-year row of a stock misses by more than this share of the row stays contradicted: a census parts from the estimate of its year by its day, coverage and undercount, a few percent at most (Kazakhstan's 1989 census against the mid-year estimate: 5.9 %), never a tenth; a nearer miss is needs_review (census_count).")
    rate_basis_gap: float = Field(0.08, ge=0, description="A rate of a monthly-published series (monthly_rate_series_words) whose sentence does not call it an average (annual_average_words) and that the year's annual-average row misses by more than this share of the row is needs_review (rate_basis), not contradicted: a December-on-December or 12-month rate of the same year commonly differs that much from the average, a revised or another agency's average rarely does. 0 turns the rule off.")
    rate_basis_ratio: float = Field(1.35, gt=1, description="The rate_basis rule holds only for a figure within this factor of the annual row (sizes compared): a rate several times the year's average is wrong on any basis, and stays contradicted.")
    rate_basis_ratio_december: float = Field(1.5, gt=1, description="rate_basis_ratio where the place's office announces the year's inflation December on December (places.json year_rate_basis): that rate, the one its news quotes for a year, parts from the year's average more than another basis does, most at low rates (Rosstat's 4.91 % for 2020 against the average 3.38). A figure beyond this factor is wrong on any basis, and stays contradicted.")
    rate_basis_points_december: float = Field(2.0, ge=0, description="Where the place's office announces the year's inflation December on December (places.json year_rate_basis), a figure within this many percentage points of the annual row, off it the way the rate moved (into the year from the year before, else toward the next year's published row) and by no more than twice that move, is for a person whatever their ratio (rate_basis_ratio_december): at low rates a December rate a point or two off the year's average is a large multiple of it (Bolivia's 3.12 % for 2022 against the average 1.75, up from 0.74), while a miss of several points, or one against the way the rate moved, stays contradicted. 0 turns it off.")
    twelve_month_average_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "twelve_month_average_words"), description="Wording before a rate stated for a month, in its sentence, that makes it the average of the twelve months the month closes ('measured on an annual average basis … 7.0 % in December 2021', '12 months moving average'): in December that is the calendar year's annual average, judged by the yearly row; in another month it is a 12-month figure the yearly rows do not cover. 'Average annual' is left out: English copy writes it for a month's 12-month rate ('posted average annual inflation of 18.7 % in December'). The default list lives in workbench/data/periods.json (twelve_month_average_words).")
    same_period_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "same_period_words"), description="Wording by which a figure its sentence calls a twelve-month average (twelve_month_average_words) and dates by a year alone takes the month another figure of the sentence is dated by ('3.8 % in June 2022 compared to 2.2 % for the same period in 2021'): the twelve months to that month of its year, which the yearly rows do not cover unless the month is December. The default list lives in workbench/data/periods.json (same_period_words).")
    span_referring_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "span_referring_words"), description="Wording in an average's or a change's sentence that points to a span of years named before it ('-year period' ends 'the two-year period', 'a 10-year period') ('the average for Denmark during that period was 4.4 %' after 'data from 1960 to 2022'): the average is taken over the span the nearest earlier text (paragraph, heading, title) names, even when the sentence dates another figure (a minimum 'in 2016'). An average with no period of its own takes that span too. The default list lives in workbench/data/periods.json (span_referring_words).")
    record_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "record_words"), description="Words of a record ('the highest annual rate since 2008', 'a drop not seen since 1998'): the year after 'since' that follows one is the record's base, not the year of the figure before it; a figure whose sentence names no other year is then read as naming none. An era named after one ('not seen since independence') is no span of the figure either. The default list lives in workbench/data/periods.json (record_words).")
    full_year_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "full_year_words"), description="Wording that makes a figure naming no period the whole calendar year of the month, quarter or year-to-date the nearest earlier text names ('Full year inflation averaged 6 %' in a story about December 2023: 2023); said in the figure's own clause, it makes the figure the year's though an earlier clause named a month ('December's index puts the average of the year at 8.4 %'). The default list lives in workbench/data/periods.json (full_year_words).")
    bound_slack: float = Field(0.005, ge=0, description="How far (relative) a row may miss a bound the text sets ('more than 1 million', 'at least', 'under', 'nearly X': at most X) and still not contradict it: there the claim is undecidable (needs_review), never supported. The rounding of the bound's digits does not widen it: 'more than one million' is not supported by 0.6 million.")
    negation_words: list[str] = Field(default_factory=_data_default(_LEXICON, "negation_words"), description="A negation right before a bound's words (at most one word between: 'did not rise above') turns the bound around: 'not below 146.8 million' is at least it, 'did not exceed 5 %' at most; \"n't\" counts too. The default list lives in workbench/data/lexicon.json (negation_words).")
    point_in_year_words: dict[str, list[str]] = Field(default_factory=_data_default(_PERIOD_WORDS, "point_in_year_words"), description="Day of the year (MM-DD) → words that, right before a year ('at end-2022', 'by mid-2021', 'at the beginning of 2006'), put a level on that day: a stock's row counts another day (stock_row_day) unless it is the same, so the claim is a different period (needs_review), not the row's figure. The default table lives in workbench/data/periods.json (point_in_year_words).")
    point_span_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "point_span_words"), description="A day of point_in_year_words right after one of these opens or closes a span ('since the start of 2021'): not the day the figure speaks of. The default list lives in workbench/data/periods.json (point_span_words).")
    extreme_value_words: list[str] = Field(default_factory=_data_default(_LEXICON, "extreme_value_words"), description="Bound words that, with a period right after the figure ('a minimum of 0.3 % in 2016', 'a maximum of 15.3 % in 1974'), name the lowest or highest value of a series, not a bound: the figure is read as stated (exact). The default list lives in workbench/data/lexicon.json (extreme_value_words).")
    day_price_words: list[str] = Field(default_factory=_data_default(_RATE_WORDS, "day_price_words"), description="Wording that makes an exchange rate one moment's price (a day's close, open or intraday level, or a month's or year's end or start: 'at the end of November 2014', glossed 'a finales de noviembre'; 'early in December'; a word's '{month}' or '{year}' stands for any month's name or year: 'end-{month}' reads 'end-June', never 'end-user'): against monthly or yearly averages it is a different period (needs_review), agreeing or not. So does a figure followed by 'mark' ('past the Ksh 110 mark'), and a level the rate crossed, hovered around, or touched, hit or reached at some point of a month or year ('R3 was breached for the first time', 'hovering around 77 yen', 'the yen touched 151 in November'): days' prices at or near it. The default list lives in workbench/data/currencies.json (exchange_rates.day_price_words).")
    range_end_words: list[str] = Field(default_factory=_data_default(_RATE_WORDS, "range_end_words"), description="Wording that makes the exchange rates after it in its clause the ends of a range the daily prices moved in ('operating in a range between 19.79 and 21.92 pesos per dollar', a governor's words; Spanish 'rango' is glossed 'range'; 'trading at over 2 rand, up to 2.40 per dollar' names the range's top alone): days' prices, which monthly or yearly averages neither confirm nor refute (needs_review, as day_price_words). Unlike day_price_words it reaches only the figures it governs: 'averaged 18.30 pesos, having traded between 17.20 and 18.90' still judges the average. The default list lives in workbench/data/currencies.json (exchange_rates.range_end_words).")
    record_level_words: list[str] = Field(default_factory=_data_default(_RATE_WORDS, "record_level_words"), description="Wording that makes an exchange rate a record, one moment's price as day_price_words do, unless its sentence calls the figure an average (annual_average_words: 'the average rate hit its highest level since 1998'). The default list lives in workbench/data/currencies.json (exchange_rates.record_level_words).")
    projection_modals: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "projection_modals"), description="A future modal (with reported_future_modals, the future of reported speech: 'the IMF added that inflation would drop to') that, followed by a verb not in projection_modal_exceptions ('will surpass', 'will top'), makes the figure after it in its clause a forecast, as projection_words do: a forecast's own verbs are too many to list. The default list lives in workbench/data/periods.json (projection_modals).")
    reported_future_modals: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "reported_future_modals"), description="Modals of reported speech ('the IMF said in October that inflation would slow to 8 %') that, followed by a verb not in projection_modal_exceptions, make the figure after them in its clause what was expected before its period ended, as past_expectation_words do: a projection (needs_review) even in a dated text written after the period was over. The default list lives in workbench/data/periods.json (reported_future_modals).")
    expectation_verbs: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "expectation_verbs"), description="Verbs of expecting that, with their object and a 'to' after it ('the bank expected the rand to average 14.50', 'economists expect prices to rise 5 %'), make the figure after them in their clause a projection, as projection_words do: the object between the verb and 'to' is any noun, too many to list as phrases. The default list lives in workbench/data/periods.json (expectation_verbs).")
    projection_span_words: dict[str, str] = Field(default_factory=_data_default(_PERIOD_WORDS, "projection_span_words"), description="A clause end of projection_clause_ends that opens a span (key) closed by its word (value) before a figure: the projection wording reaches across it to the figure after the closing word, the span's projected end ('prices are likely to keep rising, from 1.9 % in 2021 to 7.9 % in 2022'), while the figure after the opening word stays the outturn it starts from. The default table lives in workbench/data/periods.json (projection_span_words).")
    projection_modal_exceptions: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "projection_modal_exceptions"), description="Words after a projection_modals word that do not make a forecast: releases word computed averages of past years with 'will be'. The default list lives in workbench/data/periods.json (projection_modal_exceptions).")
    latest_release_words: list[str] = Field(default_factory=_data_default(_PERIOD_WORDS, "latest_release_words"), description="Wording that makes a figure with no year the first release of the latest period ('according to the statistics office's first estimate'): in a dated draft whose data ends undated_gap_years or more before the last year published by its date, the figure's period is that year, which the data does not reach (unsupported), not an unknown one (needs_review). The default list lives in workbench/data/periods.json (latest_release_words).")
    rate_context_words: list[str] = Field(default_factory=_data_default(_RATE_WORDS, "rate_context_words"), description="Wording that makes an amount written in full in a currency other than exchange_rate_base ('the monthly average rate surged to 1,436.8 won') that currency's rate against the base, in the amount's own sentence, or in the sentences before it in its paragraph when the sentence speaks of the same thing (rate_subject_words): read against the rate series of the countries that use it, when the amount lies within named_rate_range of what the series has shown. The default list lives in workbench/data/currencies.json (exchange_rates.rate_context_words).")
    rate_subject_words: list[str] = Field(default_factory=_data_default(_RATE_WORDS, "rate_subject_words"), description="Words before an amount in its sentence that carry the subject of the sentences before it ('It came in at 1,455.5 won' after 'the average rate kept climbing'): with rate_context_words only there, the amount is the rate they name; 'A cup of tea cost 3,000 won' is not. The default list lives in workbench/data/currencies.json (exchange_rates.rate_subject_words).")
    named_rate_range: float = Field(1.5, ge=1.0, le=10.0, description="An amount read as an exchange rate only from rate_context_words is read so only when it lies between the currency's lowest row divided by this and its highest row times this: a sum of money ('a fare of 15,000 won') is no rate.")

    @field_validator("stock_row_day")
    @classmethod
    def _a_day_of_every_year(cls, value: str) -> str:
        if not _is_day_of_every_year(value):
            raise ValueError(f"{value!r} is no day every year has (write MM-DD, as '07-01'; not 02-29)")
        return value

    @field_validator("point_in_year_words")
    @classmethod
    def _days_of_every_year(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        """A key no day names ('mid', '02-30') was a setting that silently never applied."""
        wrong = sorted(day for day in value if not _is_day_of_every_year(day))
        if wrong:
            raise ValueError(f"{', '.join(map(repr, wrong))}: no day every year has (write MM-DD, as '12-31')")
        return value

    @field_validator("publication_lag_by_length")
    @classmethod
    def _known_lengths(cls, value: dict[str, int]) -> dict[str, int]:
        unknown = sorted(set(value) - set(_PERIOD_LENGTHS))
        if unknown:
            raise ValueError(f"unknown period length {', '.join(unknown)} (use {', '.join(_PERIOD_LENGTHS)})")
        if any(not 0 <= days <= _MAX_DAYS for days in value.values()):
            raise ValueError(f"a publication lag is a number of days, 0 to {_MAX_DAYS}")
        return value


class Organisation(BaseModel):
    """The fact-checking organisation that publishes ClaimReview exports (their ``author``)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, description="The organisation's name, as readers know it.")
    url: str | None = Field(None, pattern=r"^https?://\S+$", description="Its home page (http or https).")


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    root: Path = Field(default_factory=Path.cwd, exclude=True)
    source: Path | None = Field(None, exclude=True)  # the file read (workbench.toml or pyproject.toml), if any
    reference: list[Path] = Field(default_factory=lambda: [Path("reference_data")], description="Reference data "
                                  "packages: folders (datapackage.json or .yaml, or bare CSVs) or zipped packages.")
    claims: Path = Path("claims")
    drafts: list[str] = Field(default_factory=lambda: ["drafts/*.md", "drafts/*.txt"])
    fail_on: list[Verdict] = Field(default_factory=lambda: [Verdict.contradicted, Verdict.unsupported])
    tolerances: Tolerances = Field(default_factory=Tolerances)
    worldbank_url: str | None = Field(None, description="Base URL of the World Bank Indicators API for "
                                                        "`workbench fetch worldbank` (a mirror or a recorded copy).")
    as_of: str | None = None
    organisation: Organisation | None = Field(None, description="Who publishes ClaimReview exports: {name, url}.")

    @field_validator("reference", "claims", "drafts")
    @classmethod
    def _no_nul(cls, value: object) -> object:
        """A NUL byte names no file: the operating system refuses it with a ValueError wherever it is used."""
        if any("\x00" in str(v) for v in (value if isinstance(value, list) else [value])):
            raise ValueError("a path may not contain a NUL byte (\\u0000)")
        return value

    @field_validator("fail_on", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    def resolve(self, path: Path) -> Path:
        return path if path.is_absolute() else self.root / path

    @property
    def reference_dirs(self) -> list[Path]:
        return [self.resolve(p) for p in self.reference]

    @property
    def claims_dir(self) -> Path:
        return self.resolve(self.claims)

    def merged(self, **overrides: object) -> "Config":
        """A copy with command-line values (those not None) taking precedence."""
        data = self.model_dump(exclude={"root", "source"})
        data.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return Config(root=self.root, source=self.source, **data)
        except ValidationError as exc:
            raise ConfigError.at(_first_problem(exc)) from None


def _first_problem(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}"


def find_config_file(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        candidate = folder / "workbench.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and b"[tool.workbench" in pyproject.read_bytes():
            return pyproject
    return None


def _toml_error_position(message: str, text: str) -> tuple[int, int] | tuple[()]:
    """Line and column of a tomllib error; 'at end of document' is just past the last character written."""
    at = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if at:
        return int(at.group(1)), int(at.group(2))
    if "(at end of document)" in message:
        written = text.rstrip()
        return written.count("\n") + 1, len(written) - written.rfind("\n")
    return ()


def load_config(start: Path | None = None, file: Path | None = None) -> Config:
    """Read the configuration that applies to ``start`` (default: the working folder)."""
    start = (start or Path.cwd()).resolve()
    file = file or find_config_file(start)
    if file is None:
        return Config(root=start)
    # Read as drafts and ledgers are: a FIFO or device named by --config is refused, not waited on.
    raw = read_regular(file, MAX_CONFIG_BYTES, ConfigError, "configuration file")
    if raw is None:
        raise ConfigError.at("the configuration file does not exist", str(file),
                             hint="give the path of a workbench.toml or pyproject.toml")
    try:
        text = raw.decode("utf-8-sig")  # a BOM, as Windows editors write one
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        marker = merge_marker_at(text)
        if marker is not None:
            raise ConfigError.at(f"not valid TOML: {UNRESOLVED_MERGE}", str(file), text.count("\n", 0, marker) + 1,
                                 1) from None
        lone_cr = LONE_CR.search(text)
        if lone_cr is not None:  # tomllib's own words ('Expected newline …') do not say what is wrong with the line
            at = lone_cr.start()
            raise ConfigError.at("not valid TOML: a line ends in a carriage return alone (CR, as classic Mac editors "
                                 "save lines), and TOML ends lines only with LF or CRLF", str(file),
                                 text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at),
                                 hint="save the file with LF or CRLF line endings") from None
        raise ConfigError.at(f"not valid TOML: {exc}", str(file), *_toml_error_position(str(exc), text)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError.at(f"cannot read: {exc}", str(file)) from None
    except RecursionError:  # tomllib reads nested arrays and inline tables by recursion
        deep = re.search(r"[\[{](?:\s*[\[{]){99,}", text)
        at = (text.count("\n", 0, deep.start()) + 1, deep.start() - text.rfind("\n", 0, deep.start())) if deep else ()
        raise ConfigError.at("arrays or tables nested too deeply to be a setting's value", str(file), *at,
                             hint="write the value the setting means") from None
    except ValueError:  # tomllib converts every integer with int(), which refuses more than 4,300 digits
        long = re.search(r"\d[\d_]{4299,}", text)
        at = (text.count("\n", 0, long.start()) + 1, long.start() - text.rfind("\n", 0, long.start())) if long else ()
        raise ConfigError.at("a number of thousands of digits is no setting's value", str(file), *at,
                             hint="write the number the setting means") from None
    if file.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("workbench", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise ConfigError.at("tool.workbench: should be a table ([tool.workbench])", str(file))
    data = {k.replace("-", "_"): v for k, v in data.items()}
    _read_renamed(data, str(file))
    for own in ("root", "source"):  # the file's folder and name, never settings: they would clash with the arguments
        if own in data:
            raise ConfigError.at(f"{own}: not a setting (paths are relative to this file's folder)", str(file))
    try:
        return Config(root=file.parent, source=file, **data)
    except ValidationError as exc:
        raise ConfigError.at(_first_problem(exc), str(file), *_setting_at(text, exc.errors()[0]["loc"])) from None


# Settings renamed, by table: old name → new name. periods.json's year_start_words (a change since a year's
# first day) shares the old name of the exchange-rate setting, which therefore says what it dates.
_RENAMED_SETTINGS = {"tolerances": {"year_start_words": "year_start_rate_words"}}


def _read_renamed(data: dict[str, object], file: str) -> None:
    """A configuration file written before a setting was renamed keeps working: its old name is read as the
    new one, with one line on stderr saying so; both names at once is an error."""
    for table, renamed in _RENAMED_SETTINGS.items():
        section = data.get(table)
        if not isinstance(section, dict):
            continue
        for old, new in renamed.items():
            key = next((k for k in (old, old.replace("_", "-")) if k in section), None)
            if key is None:
                continue
            if new in section or new.replace("_", "-") in section:
                raise ConfigError.at(f"{table}.{old}: the old name of {table}.{new}, which is also set: keep only {new}", file)
            section[new] = section.pop(key)
            print(f"{file}: {table}.{old} is deprecated: call it {new} (read as {new} for now)", file=sys.stderr)


def _setting_at(text: str, loc: tuple[int | str, ...]) -> tuple[int, int] | tuple[()]:
    """Line and column of the setting a validation error names: its key, after its table's header when it
    has one (``[tolerances]``, ``[tool.workbench.tolerances]``); nothing when the key is not written so."""
    keys = [k for k in loc if isinstance(k, str)]
    if not keys:
        return ()
    lines = text.splitlines()
    header = re.compile(rf"^\s*\[\s*(?:tool\.workbench\.)?{re.escape(keys[0])}\s*\]")
    start = next((i for i, line in enumerate(lines) if len(keys) > 1 and header.match(line)), 0)
    for key in dict.fromkeys((keys[-1], keys[0])):
        written = re.compile(rf"(?:^|(?<=[\s{{,]))[\"']?{re.escape(key)}[\"']?\s*=")
        for number in range(start, len(lines)):
            found = written.search(lines[number])
            if found:
                return number + 1, found.start() + 1
    return ()
