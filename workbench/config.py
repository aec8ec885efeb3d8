"""Configuration: one file, ``workbench.toml`` or ``[tool.workbench]`` in ``pyproject.toml``.

Looked up from the working folder upwards; paths in it are relative to the file's folder.
Command-line flags override it (see ``Config.merged``).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tomllib
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError
from .models import Verdict
from .numbers import data_json, lexicon
from .readfile import LONE_CR, UNRESOLVED_MERGE, merge_marker_at, read_regular

# The exchange-rate vocabulary, one home for extraction and verification (currencies.json, exchange_rates).
_RATE_WORDS = data_json("currencies.json")["exchange_rates"]
# Record and peak words beside the other record lists (run_record_words, month_peak_words) in periods.json.
_PERIOD_WORDS = data_json("periods.json")

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
    per_capita_words: list[str] = Field(default_factory=lambda: ["per capita", "per-capita", "per person", "per head", "per inhabitant", "per resident", "per citizen", "a head"], description="Words that make a claim a per-capita figure.")
    population_words: list[str] = Field(default_factory=lambda: ["population"], description="A resource whose metric or aliases hold one of these words divides totals into per-capita figures.")
    stock_words: list[str] = Field(default_factory=lambda: ["population", "reserves", "debt", "deposits", "assets", "holdings"], description="A series whose metric names one of these counts a stock on a day (mid-year, 1 January); a figure whose own words name one is a level of its day, whatever flow its clause mentions ('reserves covering six months of imports', flow_words).")
    present_words: list[str] = Field(default_factory=lambda: list(lexicon()["present_words"]), description="A count of a stock (stock_words) stated without a period in a sentence holding one of these speaks of the draft's date: another day's row is a different period (needs_review), never support nor contradiction. The default list lives in workbench/data/lexicon.json (present_words), where it also keeps a period named in earlier text from being carried to a sentence that speaks of the present.")
    nominal_series_words: list[str] = Field(default_factory=lambda: ["current"], description="A money series whose metric names one of these is in current prices (nominal): a percent change news gives for it ('the economy grew 3 %') is real growth, another series, so it is not recomputed from these rows unless the sentence says it is nominal (nominal_claim_words).")
    nominal_claim_words: list[str] = Field(default_factory=lambda: ["nominal", "nominally", "in dollar terms", "in us dollar terms", "in us dollars", "in u.s. dollars", "in current prices", "in current dollars", "in current us dollars", "in dollars", "in usd"], description="Words that make a percent change of a money series a nominal one, read from its current-price rows.")
    change_series_words: list[str] = Field(default_factory=lambda: ["increase", "growth", "change", "decrease", "rise"], description="A series whose metric names one of these words holds changes ('Annual increase', ppm a year): a change claim reads its rows directly rather than recomputing a difference of them.")
    exchange_rate_words: list[str] = Field(default_factory=lambda: list(_RATE_WORDS["exchange_rate_words"]), description="Words that make an amount of money an exchange rate against the base currency ('¥150 per dollar'). The default list lives in workbench/data/currencies.json (exchange_rates.exchange_rate_words).")
    currency_move_words: list[str] = Field(default_factory=lambda: ["depreciated", "depreciate", "depreciates", "depreciating", "depreciation", "devalued", "devalue", "devalues", "devaluation", "appreciated", "appreciates", "appreciating", "appreciation", "strengthened against", "stronger against", "weakened against", "weaker against"], description="Words that make a percent change a currency's move against exchange_rate_base when the sentence, or else the sentence before it in its paragraph, names that one currency ('the rupee had depreciated by over 11 per cent in 2013', 'it has depreciated at roughly 3 % a year' after 'the rupee was near 45 to the dollar'): read from its rate series, for a person (rate_move), never from a series the figure's other words happen to match.")
    exchange_rate_metrics: list[str] = Field(default_factory=lambda: ["exchange rate"], description="A resource whose metric or aliases hold one of these is a series of exchange rates, read for a currency's countries.")
    dollar_quoted_currencies: list[str] = Field(default_factory=lambda: ["EUR", "GBP", "AUD", "NZD", "CAD"], description="Currencies news prices in units of exchange_rate_base ('the euro at $1.08', 'the pound hit 1.2861 dollars', '0.7538 USD' for a Canadian dollar): a figure of one of them nearer the reciprocal of its rate rows than the rows is that quote, judged by the reciprocal rows.")
    dollar_quote_words: list[str] = Field(default_factory=lambda: ["rate", "rates", "could buy", "would buy", "can buy", "buys", "bought", "fetched", "was worth", "is worth"], description="Words that make a bare figure ('with a rate of 1.08', 'one euro could buy 1.12') beside one of dollar_quoted_currencies that currency's price in exchange_rate_base.")
    cross_rate_words: list[str] = Field(default_factory=lambda: [*_RATE_WORDS["priced_by_words"], *_RATE_WORDS["level_links"], *_RATE_WORDS["per_links"], *_RATE_WORDS["cross_rate_words"]], description="Words that make an amount of one currency, after another currency named before it ('a euro was worth 1.03 Swiss francs'), the price of that currency: a cross rate, read as the ratio of the two currencies' rows of one rate series. The default is currencies.json's exchange_rates priced_by_words, level_links, per_links and cross_rate_words.")
    exchange_rate_base: str = Field("USD", pattern=r"^[A-Z]{3}$", description="The currency the exchange-rate series are quoted against (ISO 4217).")
    average_words: list[str] = Field(default_factory=lambda: ["average", "averaged", "averaging", "mean", "on average", "a year", "per year", "per annum", "annually", "annual rate", "yearly rate"], description="Words that make a claim over a span of years the average of its yearly figures (for a change: its compound annual rate, 'grew 5 % a year from 2000 to 2010').")
    series_qualifiers: list[str] = Field(default_factory=lambda: ["core", "underlying", "harmonised", "harmonized", "food", "energy", "services", "producer", "wholesale", "import", "export", "housing", "trimmed-mean", "trimmed mean", "working-age", "working age", "fixed-rate"], description="A word that, standing right before a series' name ('core CPI', 'food inflation'), names a variant of it: when no reference series is named by the word, the data holds no figure of the claim's series (unsupported), however close the headline figure.")
    price_components: list[str] = Field(default_factory=lambda: list(lexicon()["price_components"]), description="Words that, before a price noun of price_nouns ('food prices', 'fuel costs', 'producer price index') or after 'prices of/for' ('prices of food'), name a part of a price index or another price series than consumer prices: when no reference series is named by the word and the figure's own segment of its sentence names no headline measure (measure_words, a bare price noun), the headline series cannot judge the figure (unsupported). The default list lives in workbench/data/lexicon.json (price_components).")
    price_nouns: list[str] = Field(default_factory=lambda: list(lexicon()["price_nouns"]), description="Nouns that make a word of price_components a price series ('food prices', 'energy costs', 'food price inflation'); said bare in a figure's own segment ('prices rose 3 %') they name the headline prices. The default list lives in workbench/data/lexicon.json (price_nouns).")
    price_measure_words: list[str] = Field(default_factory=lambda: list(lexicon()["price_measure_words"]), description="Words that name a measure of the change of prices: a series named by one of them (consumer-price inflation, the GDP deflator) is no match for a figure whose sentence, paragraph and heading say none of them nor a word of price_nouns and which shares with the series only other words of its name ('GDP will decrease by 32 %' is no GDP deflator figure). The default list lives in workbench/data/lexicon.json (price_measure_words).")
    series_qualifier_links: list[str] = Field(default_factory=lambda: ["in", "of", "for"], description="Words that put a series qualifier after the measure it qualifies ('inflation in food prices', 'inflation for services'): a measure word of measure_words, one of these, an optional 'the' and one of series_qualifiers name the same variant as the qualifier before the measure ('food inflation').")
    series_exclusion_words: list[str] = Field(default_factory=lambda: ["excluding", "excl.", "ex-", "exclusive of", "less", "without"], description="Words that, followed within two words by one of series_exclusion_items ('excluding energy', 'CPI less food and energy', 'ex-fresh food'), name a variant of a series that leaves those items out: in the claim's own segment of its sentence, when no reference series is named by the phrase, the data holds no figure of the claim's series (unsupported), however close the headline figure.")
    series_exclusion_items: list[str] = Field(default_factory=lambda: ["energy", "food", "fresh food", "food and energy", "food and fuel", "fuel", "fuels", "volatile", "mortgage", "mortgage interest", "tobacco", "alcohol", "indirect taxes", "administered prices", "shelter", "fruit and vegetables", "petrol", "gasoline", "unprocessed food"], description="What series_exclusion_words leave out of a series for it to be another series (a component of a price index), not a place ('China excluding Hong Kong').")
    series_basis_words: list[str] = Field(default_factory=lambda: ["on a monthly basis", "month-on-month", "month on month", "m/m", "from the previous month", "on the previous month", "over the previous month", "quarter-on-quarter", "quarter on quarter", "q/q", "seasonally adjusted", "annualised", "annualized"], description="A basis in the claim's clause that makes its figure another series than a yearly one ('up 1.2 % month-on-month'): when no reference series is named by it, the claim is unsupported.")
    year_end_words: list[str] = Field(default_factory=lambda: ["closed out", "closed the year", "ended the year", "end of the year", "at the end of", "by the end of", "year-end", "year end", "end-year", "december on december", "december-on-december", "concluded at", "concluded the year", "ended at", "ended the year at", "finished the year", "ending the year", "closing the year", "closed with", "accumulated over", "accumulated in", "accumulated period", "accumulated for", "accumulated a rise", "accumulated an increase", "accumulated a fall", "accumulated a decline", "cumulative inflation", "accumulated inflation"], description="Wording that makes a rate stated for a year the rate of its last month (December on December), not the year's average: against annual averages it is a different period. 'Inflation accumulated over 2023' (Portuguese 'no acumulado de 2023', as glossed) is the year's prices from December to December.")
    year_end_rate_words: list[str] = Field(default_factory=lambda: ["ended with", "finished with"], description="Wording that counts as year_end_words only when its subject, the words of its clause before it, names a monthly-published rate (monthly_rate_series_words: 'inflation ended with a rate of 12.8 %'): said of anything else ('the company finished with a 12 % share', 'the survey ended with 40 % in favour') it closes no year. With the year as its object ('ended 2022 with') it is a year_end_verbs phrase.")
    year_start_rate_words: list[str] = Field(default_factory=lambda: ["beginning of the year", "start of the year", "the year began", "the turn of the year"], description="Wording that puts an exchange rate with no period of its own at the start of the draft's year: January's rate.")
    annualized_words: list[str] = Field(default_factory=lambda: ["annualized", "annualised"], description="Words of series_basis_words that, in a clause naming a measure of measure_words ('inflation reached 8.9 % in annualized terms'), give that measure's 12-month rate, not another series: such a figure is read as a 12-month rate.")
    measure_words: dict[str, list[str]] = Field(default_factory=lambda: {"inflation": ["consumer price", "consumer prices", "cpi"]}, description="A word news uses unqualified → the measure it means ('inflation' → consumer prices). When a reference series whose metric names that measure exists, the word's other series (a GDP deflator) are not read for the claim unless the sentence names them.")
    fiscal_year_words: list[str] = Field(default_factory=lambda: ["FY", "fiscal", "financial year", "fiscal year", "budget year"], description="Wording in a figure's sentence that makes its year a fiscal (budget) year — 'FY 14', 'the 2019-20 fiscal', 'FY2023/24', 'the financial year of 2021' — which straddles two calendar years: judged against calendar-year rows it is a different period (needs_review), never supported nor contradicted, unless the series itself names one of these words. A word holding 'year' counts alone; the others ('FY', 'fiscal') only with a year after them ('FY 14', 'fiscal 2008/09') or a span of years before them ('the 2019-20 fiscal'), so 'a fiscal deficit' names no fiscal year. Upper-case words ('FY') are matched as written, the rest in any case.")
    short_change_words: list[str] = Field(default_factory=lambda: ["month-on-month", "month on month", "m/m", "from the previous month", "on the previous month", "over the previous month", "from a month earlier", "on a month earlier", "from last month", "on last month", "quarter-on-quarter", "quarter on quarter", "q/q", "from the previous quarter", "on the previous quarter", "over the previous quarter", "from a quarter earlier"], description="Wording that makes a change in points of a rate ('up 0.4 points from the previous month') a change over a month or a quarter: against rows a year long it is a different period (needs_review), not another series and not a contradiction.")
    publication_lag_by_length: dict[str, int] = Field(default_factory=lambda: {"year": 14}, description="Days after a period of this length ('year', 'quarter', 'month', 'day') ends before its figure counts as published, replacing publication_lag_days for rows of that length: a year's annual average comes out with its December figures, in January's second or third week at the earliest, so an annual figure for a year that ended days before the draft cannot be its source (for a rate, likely the December-on-December rate). One rule with publication_lag_days: what a claim without a period speaks of, and which evidence postdates the draft.")
    annual_average_words: list[str] = Field(default_factory=lambda: ["average", "averaged", "on average", "mean"], description="Wording that makes a rate stated for a year its annual average: against a row not yet published by the draft's date it is postdated evidence, not the December-on-December rate of a different period.")
    average_final_days: int = Field(3, ge=0, description="An average of a market's closing prices (closing_average_words) that the text gives for the year its draft is dated in, in that year's last this many days ('this year's average of the closing rates was 1,422 won', a page of 30 December), is the whole year's by the market's own count: a market closed for the year (some close before 31 December) averages its sessions' closes after its last one, and a last session or two barely moves a year's mean. The year's row, published later, then judges it rather than making it a part of the year for a person; an average not said to be of closes ('the rupee has averaged 73.9 this year') stays one to date. 0 turns the rule off.")
    closing_average_words: list[str] = Field(default_factory=lambda: ["closing price", "closing prices", "closing rate", "closing rates", "closes"], description="Wording that makes an average a market's average of its sessions' closes (average_final_days); Korean '종가' is glossed 'closing price'.")
    year_on_year_words: list[str] = Field(default_factory=lambda: ["year-on-year", "year on year", "y/y", "yoy", "from a year earlier", "on a year earlier", "compared with a year earlier", "than a year earlier", "from a year ago", "on a year ago", "than a year ago", "from the same month", "on the same month", "from the same quarter", "on the same quarter"], description="Wording that makes a rate's change in points in a month or a quarter a change on the same period a year before, not on the month or quarter before (short_change_words).")
    rival_ratio: float = Field(3.0, gt=1, description="A disagreeing series this many times off a supported claim is no rival reading of it (a count of days beside ppm): the agreeing series is not made ambiguous by it.")
    real_claim_words: list[str] = Field(default_factory=lambda: ["real", "in real terms", "inflation-adjusted", "adjusted for inflation", "at constant prices", "in constant prices"], description="Words that keep a percent change real growth even when its sentence states the measure's level in money ('$197bn, up 15 %' is nominal; 'real growth of 4 %, with output at $259bn' is not).")
    nominal_level_ratio: float = Field(2.0, gt=1, description="A money level stated beside a percent change is the changed measure's own (making the change nominal) when the series' rows for the place hold one within this factor of it.")
    annual_rate_words: list[str] = Field(default_factory=lambda: ["annual", "annually", "yearly", "annualised", "annualized", "a year earlier", "a year ago", "same month", "same period", "cumulative", "accumulated", "so far"], description="Words that say a rate is 12-month, annual or year-to-date, besides monthly_basis_words and year_on_year_words. A percent change of a price measure said of a month ('prices rose 0.3 % in December') is a change over one month when its own clause has none of these words and another clause of its sentence has one ('…, while annual inflation reached 8 %'; other languages through their glossary: 'yıllık bazda', 'acumulada'): only a monthly index computes it, so without one it is unsupported (another series); a 12-month rate of a month is never read so.")
    monthly_basis_words: list[str] = Field(default_factory=lambda: ["12-month", "12 month", "twelve-month", "twelve month", "12 months", "twelve months", "year-on-year", "year on year", "y/y", "yoy", "y-o-y", "on-year", "year to date", "year-to-date", "so far this year", "interannual", "inter-annual", "year-over-year", "year over year", "by the results of", "following the results of", "year ending", "year ended", "annualized inflation", "annualised inflation", "annualized inflation rate", "annualised inflation rate", "annualized rate of inflation", "annualised rate of inflation", "annualized consumer price inflation", "annualised consumer price inflation", "annualized CPI", "annualised CPI", "annualized consumer price index", "annualised consumer price index", "CPI annualized", "CPI annualised", "CPI) annualized", "CPI) annualised", "consumer price index annualized", "consumer price index annualised"], description="Wording in a rate figure's sentence, paragraph, earlier paragraphs, heading or title that says the text speaks of 12-month rates of a month (as a month's figure does, or a year's not yet published by the draft's date): a figure for a year that the annual average disagrees with is then a different period (needs_review, 'a monthly (or 12-month) rate compared with an annual average'), not a contradiction, unless its sentence calls it an average (annual_average_words). 'By the results of' is how CIS copy states the year's rate (Russian 'по итогам 2022 года', as glossed, and its English translations): December on December; 'the year ending December 2022' is how statistics offices (UBOS, NBS) date the 12-month rate of December. 'Annualized inflation' (Latin American 'inflación anualizada') is the 12-month rate, so its 'annualized' names no other series (series_basis_words); so is an 'annualized CPI', in the Romance order too ('el IPC anualizado', glossed 'the CPI (CPI) annualized').")
    publication_date_words: list[str] = Field(default_factory=lambda: ["published", "released", "issued", "publication", "release"], description="Words right before a month or a day ('its report published in May', 'released on 3 March') that date a publication, not the figure: such a month is no sign that a rate of the sentence is a monthly one.")
    month_span_record_words: list[str] = Field(default_factory=lambda: list(_PERIOD_WORDS["month_span_record_words"]), description="A rate its sentence calls the record of a span counted in months ('a 15-month high of 3.1 %', 'the highest in eleven months', 'a seven-month low') is a month's reading compared with the months before it: the text speaks of monthly (12-month) rates, as monthly_basis_words say. The default list lives in workbench/data/periods.json (month_span_record_words).")
    monthly_rate_series_words: list[str] = Field(default_factory=lambda: ["inflation", "consumer price", "consumer prices", "price index", "cpi", "unemployment"], description="A rate series whose metric or aliases hold one of these is published each month as a 12-month rate as well as a yearly average (inflation, unemployment), so the basis a text speaks of (monthly_basis_words) decides whether its annual rows can judge a figure; a growth rate of a yearly total (GDP) has one yearly figure.")
    flow_words: list[str] = Field(default_factory=lambda: ["gdp", "gross domestic product", "emissions", "exports", "imports", "output"], description="A level whose own words name one of these measures (a flow: a year's GDP, GDP per capita, emissions, trade) and no stock (stock_words) is a total over a span, never a reading of one day: year-end wording ('GDP per capita at the end of 2022 amounted to $15,400') dates the year it closes, not the year's last day as for a stock or a closing price (year_end_words).")
    flow_verbs: list[str] = Field(default_factory=lambda: ["produced", "produces", "generated", "generates", "emitted", "emits", "exported", "imported", "spent", "earned", "churned out", "pumped out", "turned out"], description="Verbs of what a period adds up, said of the figure itself ('by the end of 2022, it produced $2.3 trillion worth of goods', 'emitted 5 billion tonnes'): with year-end wording the figure is still the year's total, its end only dates the sentence (flow_words). Nouns that are also verbs ('exports') are left to flow_words, read in the subject.")
    stock_row_day: str = Field("07-01", pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$", description="The day of its year (MM-DD) a yearly row of a stock series (stock_words) counts: World Bank and UN populations are mid-year estimates, of 1 July. A count stated on that day ('as of July 1, 2021') is judged by the row for its year; on any other day it is a different period. A newsroom whose stock data are counts on 1 January sets '01-01'.")
    series_variant_publishers: dict[str, list[str]] = Field(default_factory=lambda: {"harmonised": ["Eurostat", "European Statistical Authority", "European Statistical Office", "EU statistics office", "EU's statistics office", "EU’s statistics office", "EU statistics agency", "EU's statistics agency", "EU’s statistics agency", "statistical office of the European Union", "statistics office of the European Union"]}, description="A series qualifier of series_qualifiers → publishers that state the measure only as that variant: Eurostat's inflation rate of a member state is its harmonised index (HICP), not the national CPI. Named as the source anywhere in a claim's sentence that names a price measure (price_measure_words), or in the sentence right before or after it in its paragraph while the claim's own sentence names no series (only 'inflation'), they make the claim's figure that variant's: when no reference series is named by the qualifier or the publisher, unsupported (other_series). A sentence naming no price measure ('Eurostat says emissions fell 2.5 %') is left to its series.")
    series_variant_names: dict[str, list[str]] = Field(default_factory=lambda: {"harmonised": ["HICP", "HCPI", "harmonised index of consumer prices", "harmonized index of consumer prices", "harmonised consumer price index", "harmonized consumer price index", "harmonised index", "harmonized index", "European method", "European methods"], "fixed-rate": ["CPIF", "consumer price index at fixed interest rates", "CPI at fixed interest rates", "CPI with a fixed interest rate"], "owner occupiers' housing": ["CPIH", "including owner occupiers' housing costs", "including owner occupiers’ housing costs"], "retail prices": ["RPI", "RPIX", "RPIJ", "retail prices index", "retail price index"], "trade-weighted": ["trade-weighted exchange rate", "trade weighted exchange rate", "trade-weighted index", "trade weighted index", "trade-weighted basis", "trade-weighted terms", "effective exchange rate", "nominal effective exchange rate", "real effective exchange rate", "weighted average exchange rate", "weighted exchange rate", "NEER", "REER"]}, description="A series qualifier of series_qualifiers → names and abbreviations that say its variant whole ('HICP'). Said in a claim's clause, or in the sentence right before or after the claim's in its paragraph while the claim's own sentence names no series (only 'inflation'), they make the claim's figure that variant's: when no reference series is named by the qualifier, unsupported (other_series), however the headline row compares. ('fixed-rate': Sweden's CPIF, the CPI at fixed mortgage rates, its inflation target's measure; 'owner occupiers' housing': the UK's CPIH; 'retail prices': the UK's RPI and its variants, older indexes than the CPI; 'trade-weighted': a currency's effective rate, an index against a basket of its trading partners' currencies, not its rate against the base currency that rate series hold.)")
    place_series_qualifiers: dict[str, list[str]] = Field(default_factory=lambda: {"harmonised": ["EU", "European Union", "euro area", "eurozone", "euro zone"]}, description="A series qualifier a place's own figures carry unsaid → the places (as reference rows name them): inflation of the EU or the euro area is Eurostat's harmonised index (HICP), so a claim about a measure of measure_words that such a place's row of a series not named by the qualifier (a World Bank aggregate of national CPIs) does not support — contradicts, or speaks of another period (a month's 12-month rate, a flash estimate, a year not in the data) — is other_series (unsupported), not contradicted nor for review. A figure the row agrees with stays supported: most likely that aggregate, quoted.")
    instrument_words: list[str] = Field(default_factory=lambda: ["satellite", "satellites", "satellite-based", "from space", "column-averaged"], description="An instrument named in the claim's sentence before the figure that measures another record than the ground stations' ('satellite technology now allows direct measurement of global CO2 levels, which increased by 2.9 ppm'): a satellite's column-averaged record is another series than a surface network's mean, so when no reference series is named by the word the claim is unsupported (other_series), however the station row compares.")
    valuation_basis_words: list[str] = Field(default_factory=lambda: ["purchasing power parity", "purchasing-power parity", "purchasing power parities", "ppp", "at ppp", "in ppp terms", "ppp-adjusted", "adjusted for price differences", "atlas method", "gross national income", "gni", "gross national product", "gnp"], description="A valuation basis or national-accounts aggregate in the claim's clause that makes a money figure another series than GDP at market exchange rates ('GDP at purchasing power parity', 'GNI per capita, Atlas method'): when no reference series is named by it, the claim is unsupported (other_series), however the current-dollar row compares.")
    projection_words: list[str] = Field(default_factory=lambda: ["projected", "projects", "projection", "projections", "forecast", "forecasts", "forecasted", "predicted", "predicts", "prediction", "expected to", "expected at", "expects", "is set to", "are set to", "outlook", "will grow", "will reach", "will rise", "will fall", "will average", "will expand", "will slow", "will ease", "will hit", "will remain", "will be in the range", "will be in a range", "will be within", "will be between", "would reach", "would grow", "expectation", "expectations", "anticipated", "anticipates", "is likely to", "are likely to", "likely to reach", "is poised to", "are poised to", "is on track to", "is on course to", "is seen", "are seen", "seen at"], description="Wording before a figure in its clause (or after it, set off by a comma: ', the IMF projects') that makes it a projection, forecast or expectation, not an outturn: judged against the outturn row it is needs_review ('a projection compared with the outcome'), never supported and never contradicted. 'Estimated' and a bare 'will be' are left out (a range after it, 'will be in the range of 12–13.5 %', is a forecast's): statistical offices publish outturns as estimates (mid-year population estimates), and releases word computed averages of past years with 'will be'.")
    past_expectation_words: list[str] = Field(default_factory=lambda: ["had anticipated", "had expected", "had forecast", "had projected", "had predicted", "had been expected", "had been forecast", "had been projected", "expectations of", "expectation of", "projection of", "projections of", "projected rate of", "forecast of", "forecasts of"], description="Wording before a figure in its clause that makes it what was expected before the period ended ('the government had anticipated a rise of about 3 %', 'above expectations of 5 %'), not the value: a projection (needs_review) even in a dated text written after the period was over, where projection_words alone may quote the value ('projected at' a past mid-year). Someone's projection or forecast 'of' a figure ('below the government's projection of 2.6 %') names what was expected, whenever it is quoted.")
    forecaster_names: list[str] = Field(default_factory=lambda: ["IMF", "International Monetary Fund", "the Fund", "OECD", "Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development", "Asian Development Bank", "ADB", "African Development Bank", "AfDB", "EBRD", "European Bank for Reconstruction and Development", "Inter-American Development Bank", "IDB", "European Commission", "Economist Intelligence Unit", "EIU"], description="Forecasters whose 'estimate' of a year is a model's figure, made in that year's forecast rounds as often as after it (the IMF's World Economic Outlook estimates the current year): an estimate word of forecaster_estimate_words within forecaster_reach words of one of these names reaches the figure as projection_words do (a projection, needs_review, unless a dated text was written after the year was over). Statistical offices and the reference data's own publisher (the World Bank) are left out: their estimates are outturns.")
    forecaster_estimate_words: list[str] = Field(default_factory=lambda: ["estimate", "estimates", "estimated", "estimation", "estimations"], description="The words that, said of one of forecaster_names ('the IMF's most recent estimate places GDP at', 'according to IMF estimates'), make the figure they reach that forecaster's estimate.")
    forecaster_reach: int = Field(4, ge=0, description="Words at most between a name of forecaster_names and an estimate word of forecaster_estimate_words for the estimate to be the forecaster's ('the International Monetary Fund's most recent estimate': two).")
    projection_clause_ends: list[str] = Field(default_factory=lambda: ["from", "after", "but", "while", "whereas", "compared with", "compared to", "against", "than", "having", "was", "were", "came in", "stood", "actual", "actually", "last year", "a year earlier"], description="Words that end the reach of projection_words before a figure: 'is forecast to rise to 3 % from 2.5 %' — the figure after 'from' is the outturn it starts from.")
    year_end_verbs: list[str] = Field(default_factory=lambda: ["closed", "ended", "finished", "concluded", "wrapped up", "closing", "ending", "finishing", "closes", "ends", "finishes", "concludes", "close", "end"], description="Verbs that, with a figure's own year as their object ('inflation closed 2023 at 2.1 %', 'the peso ended 2022 at 19.50'), make it the year's end (as year_end_words do): a rate is the last month's (December on December), a level the last day's.")
    trailing_months_words: list[str] = Field(default_factory=lambda: ["12 months", "twelve months", "12-month period", "twelve-month period", "past year", "last 12 months", "last twelve months"], description="Wording that, followed by 'through', 'to', 'ending', 'ended' or 'until' and a month other than December, dates a figure to the 12 months ending that month ('3.5 % in the 12 months to October'): against calendar-year rows a different period (needs_review).")
    undated_gap_years: int = Field(2, ge=1, le=_MAX_YEARS, description="A figure that names no year (nor carries one from the text around it), in a dated draft, contradicted only by a year's row this many years or more older than the last year published by the draft's date (publication_lag_by_length): the text most likely speaks of a year the data does not reach, so needs_review ('the data ends in 2020'), not contradicted. Likewise a present-tense level with no year that only such an old row supports (or a day's snapshot that many of its yearly counts behind the latest due by the draft's date) is unsupported (nearest_other_period, the data's period said), not supported.")
    undated_gap_deviation: float = Field(0.5, ge=0, description="How far (relative) an undated figure may be from the older row for undated_gap_years to send it to review: a figure that far off ('40 %' against 14.2 %) is wrong for any nearby year, and stays contradicted.")
    rate_basis_gap: float = Field(0.08, ge=0, description="A rate of a monthly-published series (monthly_rate_series_words) whose sentence does not call it an average (annual_average_words) and that the year's annual-average row misses by more than this share of the row is needs_review (rate_basis), not contradicted: a December-on-December or 12-month rate of the same year commonly differs that much from the average, a revised or another agency's average rarely does. 0 turns the rule off.")
    rate_basis_ratio: float = Field(1.35, gt=1, description="The rate_basis rule holds only for a figure within this factor of the annual row (sizes compared): a rate several times the year's average is wrong on any basis, and stays contradicted.")
    twelve_month_average_words: list[str] = Field(default_factory=lambda: ["moving average", "average basis", "12-month average", "12 month average", "12 months average", "twelve-month average", "twelve month average", "12-month averages", "12 month averages", "twelve-month averages", "twelve month averages", "average of the past 12 months", "average of the last 12 months", "average over the past 12 months", "average over the last 12 months", "average of the past twelve months", "average of the last twelve months", "average over the past twelve months", "average over the last twelve months", "annual average", "annual-average"], description="Wording before a rate stated for a month, in its sentence, that makes it the average of the twelve months the month closes ('measured on an annual average basis … 7.0 % in December 2021', '12 months moving average'): in December that is the calendar year's annual average, judged by the yearly row; in another month it is a 12-month figure the yearly rows do not cover. 'Average annual' is left out: English copy writes it for a month's 12-month rate ('posted average annual inflation of 18.7 % in December').")
    same_period_words: list[str] = Field(default_factory=lambda: ["the same period", "the same month", "the same months", "the same time"], description="Wording by which a figure its sentence calls a twelve-month average (twelve_month_average_words) and dates by a year alone takes the month another figure of the sentence is dated by ('3.8 % in June 2022 compared to 2.2 % for the same period in 2021'): the twelve months to that month of its year, which the yearly rows do not cover unless the month is December.")
    span_referring_words: list[str] = Field(default_factory=lambda: ["that period", "this period", "the period", "the same period", "over the period", "during the period", "years with recorded data", "years with available data", "all years", "the whole period", "the entire period", "the full period", "the years covered", "that time frame", "that timeframe", "that time span", "those years", "-year period"], description="Wording in an average's or a change's sentence that points to a span of years named before it ('-year period' ends 'the two-year period', 'a 10-year period') ('the average for Denmark during that period was 4.4 %' after 'data from 1960 to 2022'): the average is taken over the span the nearest earlier text (paragraph, heading, title) names, even when the sentence dates another figure (a minimum 'in 2016'). An average with no period of its own takes that span too.")
    record_words: list[str] = Field(default_factory=lambda: list(_PERIOD_WORDS["record_words"]), description="Words of a record ('the highest annual rate since 2008', 'a drop not seen since 1998'): the year after 'since' that follows one is the record's base, not the year of the figure before it; a figure whose sentence names no other year is then read as naming none. An era named after one ('not seen since independence') is no span of the figure either. The default list lives in workbench/data/periods.json (record_words).")
    full_year_words: list[str] = Field(default_factory=lambda: ["full year", "full-year", "whole year", "whole-year", "entire year", "the year as a whole", "for the year", "calendar year", "full calendar year", "average of the year", "year's average"], description="Wording that makes a figure naming no period the whole calendar year of the month, quarter or year-to-date the nearest earlier text names ('Full year inflation averaged 6 %' in a story about December 2023: 2023); said in the figure's own clause, it makes the figure the year's though an earlier clause named a month ('December's index puts the average of the year at 8.4 %').")
    bound_slack: float = Field(0.005, ge=0, description="How far (relative) a row may miss a bound the text sets ('more than 1 million', 'at least', 'under', 'nearly X': at most X) and still not contradict it: there the claim is undecidable (needs_review), never supported. The rounding of the bound's digits does not widen it: 'more than one million' is not supported by 0.6 million.")
    negation_words: list[str] = Field(default_factory=lambda: ["not", "never", "no", "nor"], description="A negation right before a bound's words (at most one word between: 'did not rise above') turns the bound around: 'not below 146.8 million' is at least it, 'did not exceed 5 %' at most; \"n't\" counts too.")
    point_in_year_words: dict[str, list[str]] = Field(default_factory=lambda: {"01-01": ["beginning of", "start of", "start", "beginning"], "07-01": ["mid", "middle of", "mid-year", "midyear"], "12-31": ["end of", "end", "close of", "year-end", "year end", "yearend"]}, description="Day of the year (MM-DD) → words that, right before a year ('at end-2022', 'by mid-2021', 'at the beginning of 2006'), put a level on that day: a stock's row counts another day (stock_row_day) unless it is the same, so the claim is a different period (needs_review), not the row's figure.")
    point_span_words: list[str] = Field(default_factory=lambda: ["since", "from", "until", "till", "through", "between", "after", "before"], description="A day of point_in_year_words right after one of these opens or closes a span ('since the start of 2021'): not the day the figure speaks of.")
    extreme_value_words: list[str] = Field(default_factory=lambda: ["a minimum of", "minimum of", "a maximum of", "maximum of"], description="Bound words that, with a period right after the figure ('a minimum of 0.3 % in 2016', 'a maximum of 15.3 % in 1974'), name the lowest or highest value of a series, not a bound: the figure is read as stated (exact).")
    day_price_words: list[str] = Field(default_factory=lambda: ["close at", "closed at", "closes at", "closing at", "to close at", "closing rate", "closing price", "at the close", "at close", "for the day", "intraday", "intra-day", "opened at", "opening at", "in early trade", "in late trade", "settled at", "ended at", "ended weak at", "ended firm at", "ended higher at", "ended lower at", "trading session", "in trading", "at the end of", "by the end of", "the last day of", "the first day of", "in mid", "early in", "late in", "in early", "in late", "at the start of", "at the beginning of", "yesterday's close", "yesterday’s close", "previous close", "previous day's close", "previous day’s close", "breached", "broke through", "crossed", "hovering", "hovered", "hovers"], description="Wording that makes an exchange rate one moment's price (a day's close, open or intraday level, or a month's or year's end or start: 'at the end of November 2014', glossed 'a finales de noviembre'; 'early in December'): against monthly or yearly averages it is a different period (needs_review), agreeing or not. So does a figure followed by 'mark' ('past the Ksh 110 mark'), and a level the rate crossed or hovered around ('R3 was breached for the first time', 'hovering around 77 yen'): days' prices at or near it.")
    range_end_words: list[str] = Field(default_factory=lambda: ["in a range between", "in a range of", "a trading range", "traded between", "trading between", "traded in a range", "fluctuated between"], description="Wording that makes the exchange rates after it in its clause the ends of a range the daily prices moved in ('operating in a range between 19.79 and 21.92 pesos per dollar', a governor's words; Spanish 'rango' is glossed 'range'): days' prices, which monthly or yearly averages neither confirm nor refute (needs_review, as day_price_words). Unlike day_price_words it reaches only the figures it governs: 'averaged 18.30 pesos, having traded between 17.20 and 18.90' still judges the average.")
    record_level_words: list[str] = Field(default_factory=lambda: list(_RATE_WORDS["record_level_words"]), description="Wording that makes an exchange rate a record, one moment's price as day_price_words do, unless its sentence calls the figure an average (annual_average_words: 'the average rate hit its highest level since 1998').")
    projection_modals: list[str] = Field(default_factory=lambda: ["will", "shall", "'ll", "won't"], description="A future modal (with reported_future_modals, the future of reported speech: 'the IMF added that inflation would drop to') that, followed by a verb not in projection_modal_exceptions ('will surpass', 'will top'), makes the figure after it in its clause a forecast, as projection_words do: a forecast's own verbs are too many to list.")
    reported_future_modals: list[str] = Field(default_factory=lambda: ["would"], description="Modals of reported speech ('the IMF said in October that inflation would slow to 8 %') that, followed by a verb not in projection_modal_exceptions, make the figure after them in its clause what was expected before its period ended, as past_expectation_words do: a projection (needs_review) even in a dated text written after the period was over.")
    expectation_verbs: list[str] = Field(default_factory=lambda: ["expected", "expect"], description="Verbs of expecting that, with their object and a 'to' after it ('the bank expected the rand to average 14.50', 'economists expect prices to rise 5 %'), make the figure after them in their clause a projection, as projection_words do: the object between the verb and 'to' is any noun, too many to list as phrases.")
    projection_span_words: dict[str, str] = Field(default_factory=lambda: {"from": "to"}, description="A clause end of projection_clause_ends that opens a span (key) closed by its word (value) before a figure: the projection wording reaches across it to the figure after the closing word, the span's projected end ('prices are likely to keep rising, from 1.9 % in 2021 to 7.9 % in 2022'), while the figure after the opening word stays the outturn it starts from.")
    projection_modal_exceptions: list[str] = Field(default_factory=lambda: ["be"], description="Words after a projection_modals word that do not make a forecast: releases word computed averages of past years with 'will be'.")
    latest_release_words: list[str] = Field(default_factory=lambda: ["first estimate", "first estimates", "preliminary estimate", "preliminary estimates", "preliminary data", "preliminary figures", "flash estimate", "advance estimate", "initial estimate", "provisional data", "provisional figures", "provisional estimate"], description="Wording that makes a figure with no year the first release of the latest period ('according to the statistics office's first estimate'): in a dated draft whose data ends undated_gap_years or more before the last year published by its date, the figure's period is that year, which the data does not reach (unsupported), not an unknown one (needs_review).")
    rate_context_words: list[str] = Field(default_factory=lambda: ["exchange rate", "exchange rates", "average rate", "average rates", "the pair"], description="Wording that makes an amount written in full in a currency other than exchange_rate_base ('the monthly average rate surged to 1,436.8 won') that currency's rate against the base, in the amount's own sentence, or in the sentences before it in its paragraph when the sentence speaks of the same thing (rate_subject_words): read against the rate series of the countries that use it, when the amount lies within named_rate_range of what the series has shown.")
    rate_subject_words: list[str] = Field(default_factory=lambda: ["it", "the average", "the monthly average", "the annual average", "the yearly average"], description="Words before an amount in its sentence that carry the subject of the sentences before it ('It came in at 1,455.5 won' after 'the average rate kept climbing'): with rate_context_words only there, the amount is the rate they name; 'A cup of tea cost 3,000 won' is not.")
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
