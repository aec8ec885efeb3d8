"""Build `extraction_news14.jsonl`: real news paragraphs (pass 14, xnews14), labelled by hand.

Each row is one paragraph copied verbatim from a stored page (pages corpus) with its URL and date;
the gold follows benchmarks/devsets/extraction_news.md. Run from the repository root:

    python3 benchmarks/devsets/explore/build_news14.py
"""

from __future__ import annotations

from pathlib import Path

from labelling import figure as q
from labelling import non_claim as nc
from labelling import Passages, write_passages

OUT = Path(__file__).with_name("extraction_news14.jsonl")


UP, DOWN = "up", "down"
ROWS = Passages()
row = ROWS.row  # one passage a call (labelling.Passages)


# --- housing (US Commerce Department releases) ---
FLOOR = "https://www.floordaily.net/flooring-news/housing-starts-off-78"
row("n14-01", "en", FLOOR, "2006-04-18",
    "Washington, DC, April 18, 2006—Housing starts dropped 7.8% to a seasonally adjusted annual rate of 1.960 "
    "million units in March, the lowest level in a year, according to the Commerce Department. Economists had "
    "anticipated a decline to a level of 2.04 million units from a revised 2.126 million in February. Starts of "
    "single-family homes fell 12.0% to a seasonally adjusted annual rate of 1.591 million.",
    [q("7.8%", 7.8, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("1.960 million units", 1960000, "", "count", cats=("scale_word", "count")),
     q("2.04 million units", 2040000, "", "count", cats=("scale_word", "count")),
     q("2.126 million", 2126000, "", "count", cats=("scale_word", "count")),
     q("12.0%", 12.0, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("1.591 million", 1591000, "", "count", cats=("scale_word", "count"))],
    [nc("April 18, 2006", "dateline")])
row("n14-02", "en", FLOOR, "2006-04-18",
    "Starts in February were revised upward to a reflect a decline of 7.8% to 2.126 million units, they were "
    "originally estimated as having declined 7.9% to 2.120 million. Starts had jumped 16% in January to a 33-year "
    "high because of warm winter weather. Despite the weakness in February and March, starts are up 6.9% on a "
    "year-on-year basis.",
    [q("7.8%", 7.8, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("2.126 million units", 2126000, "", "count", cats=("scale_word", "count")),
     q("7.9%", 7.9, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("2.120 million", 2120000, "", "count", cats=("scale_word", "count")),
     q("16%", 16, "%", "change", direction=UP, cats=("percent",)),
     q("6.9%", 6.9, "%", "change", direction=UP, cats=("percent",))],
    [nc("33-year", "duration")])
row("n14-03", "en", FLOOR, "2006-04-18",
    "Building permits in March were off 5.5% during the month to a level of 2.059 million units at an annualized "
    "rate. This is the biggest decline in permits since September 1999. Permits are also at their lowest level in "
    "a year. Permits reported in February were at a pace of 2.179 million units. Building permits for "
    "single-family homes dropped 6.9% to a 1.542 million in March. New construction dropped across the country. "
    "Starts fell 15.5% in the West, 8.2% in the Midwest, 4.8% in the South and 0.5% in the Northeast.",
    [q("5.5%", 5.5, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("2.059 million units", 2059000, "", "count", cats=("scale_word", "count")),
     q("2.179 million units", 2179000, "", "count", cats=("scale_word", "count")),
     q("6.9%", 6.9, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("1.542 million", 1542000, "", "count", cats=("scale_word", "count")),
     q("15.5%", 15.5, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("8.2%", 8.2, "%", "change", direction=DOWN, cats=("percent", "decline_word", "list")),
     q("4.8%", 4.8, "%", "change", direction=DOWN, cats=("percent", "decline_word", "list")),
     q("0.5%", 0.5, "%", "change", direction=DOWN, cats=("percent", "decline_word", "list"))],
    [nc("September 1999", "date")])
row("n14-04", "en", "https://businessinsider.in/housing-starts-jump-and-beat-expectations/articleshow/44854437.cms",
    None,
    "Expectations were for starts to rebound some, growing 5.4% month over month to an annualized rate of just "
    "over 1 million after last month's disappointing report. Building permits rose 1.5% to an annualized rate of "
    "1.02 million from last month's revised level of 1.003 million. Building permits were also expected to "
    "rebound, growing 2.7% month-over-month after last month's 5.6% decline. Last month's report from the Census "
    "showed that starts plunged 14.4% to an annualized rate of 956,000, well below the expected decline of 5.2% "
    "to an annualized pace of 1.04 million. Last month's housing starts rate was revised up slightly to 957,000.",
    [q("5.4%", 5.4, "%", "change", direction=UP, cats=("percent",)),
     q("just over 1 million", 1000000, "", "count", "gt", cats=("scale_word", "qualifier", "count")),
     q("1.5%", 1.5, "%", "change", direction=UP, cats=("percent",)),
     q("1.02 million", 1020000, "", "count", cats=("scale_word", "count")),
     q("1.003 million", 1003000, "", "count", cats=("scale_word", "count")),
     q("2.7%", 2.7, "%", "change", direction=UP, cats=("percent",)),
     q("5.6%", 5.6, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("14.4%", 14.4, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("956,000", 956000, "", "count", cats=("count", "thousands_separator")),
     q("5.2%", 5.2, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("1.04 million", 1040000, "", "count", cats=("scale_word", "count")),
     q("957,000", 957000, "", "count", cats=("count", "thousands_separator"))])

# --- weather ---
DUTCH = "https://www.dutchnews.co/omgeving/drought-concerns-grow-in-the-netherlands-as-heat-and-dry-weather-persist.html"
row("n14-06", "en", DUTCH, None,
    "The current shortfall in rainfall is about 130 mm, which falls into the lowest 5% of all years for which we "
    "have records dating back to 1910. Forecasts indicate the deficit could rise rapidly to be close to the "
    "record levels observed in 1976 by 21 June. It's going to gradually get a bit warmer the next few days. "
    "Today's highs will be from 20 degrees along the north coast to 28 degrees in the southwest. Skin can burn in "
    "just 10 minutes with a moderate westerly wind and strong sunshine – so don't forget to pack the sunscreen. On "
    "Wednesday, conditions will stay warm, cool off a bit on Thursday (19°C to 23°C) and rise again by the "
    "weekend. On Saturday, tropical temperatures may exceed 30°C, especially in the south-east.",
    [q("about 130 mm", 130, "mm", "level", "approx", cats=("qualifier",)),
     q("5%", 5, "%", "share", cats=("percent",)),
     q("20 degrees", 20, "°C", "level", cats=("temperature", "bare_degrees")),
     q("28 degrees", 28, "°C", "level", cats=("temperature", "bare_degrees")),
     q("19°C to 23°C", 19, "°C", "level", "range", high=23, cats=("temperature", "range")),
     q("exceed 30°C", 30, "°C", "level", "gt", cats=("temperature", "qualifier"))],
    [nc("1910", "year"), nc("1976", "year"), nc("21 June", "date"), nc("10 minutes", "duration")])
row("n14-07", "en",
    "https://www.obnews.co/Flow/News/id/10907036.html?ch=transsion&g_v=SBie7Ls8G4WyGFeBUHgO_GfRdjFpiJTLkpdfOy18gtcOJ0l6TEDA3aC8IQHceXaP&val=d67dbc991f78cdd16e798560391ebaf8",
    None,
    "The threshold varies by UK county, being 28C from Cambridgeshire to Surrey; 27C between Lincolnshire, Kent, "
    "Hampshire, and the West Midlands; 26C between East Riding, Cheshire, to Dorset; and 25C for the north and "
    "southwest of England, Wales, Scotland and Northern Ireland. From Friday (June 20) to Sunday (June 22), the UK "
    "is forecast to see highs of 33C, mostly centred over the southeast of England and East Anglia. If this "
    "occurs, it will qualify as a heatwave.",
    [q("28C", 28, "°C", "level", cats=("temperature", "glued_unit")),
     q("27C", 27, "°C", "level", cats=("temperature", "glued_unit")),
     q("26C", 26, "°C", "level", cats=("temperature", "glued_unit")),
     q("25C", 25, "°C", "level", cats=("temperature", "glued_unit")),
     q("33C", 33, "°C", "level", cats=("temperature", "glued_unit"))],
    [nc("June 20", "date"), nc("June 22", "date")])

# --- courts ---
LEGAL = "http://news.legalexaminer.com/billion-dollar-punitive-verdicts-a-thing-of-the-past.aspx?googleid=254876"
row("n14-11", "en", LEGAL, "2009-01-09",
    "The news group compiled jury awards in 2008 and found no award above that amount.  In 2007, there was one "
    "high verdict for $1.5 billion. Prior to that, there was at least one billion dollar verdict a year for the "
    "past 14 years. And there were six cases producing awards more than $5 billion each.",
    [q("$1.5 billion", 1500000000, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("six cases", 6, "", "count", cats=("number_words", "count")),
     q("more than $5 billion", 5000000000, "USD", "level", "gt", cats=("currency_symbol", "scale_word", "qualifier"))],
    [nc("2008", "year"), nc("2007", "year"), nc("14 years", "duration")])
row("n14-12", "en", LEGAL, "2009-01-09",
    "That’s the opinion of Marquette Wolf of Mesquite, Texas who won an $84 million jury verdict against U-Haul "
    "in 2008.  That amount included $63 million in punitive damages but was later reduced to just over $45 "
    "million and is currently on appeal.",
    [q("$84 million", 84000000, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$63 million", 63000000, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("just over $45 million", 45000000, "USD", "level", "gt", cats=("currency_symbol", "scale_word", "qualifier"))],
    [nc("2008", "year")])

# --- local budgets and property tax ---
NB = "https://communityimpact.com/san-antonio/new-braunfels/government/2024/09/06/new-braunfels-city-council-approves-2024-25-budget-tax-rate/"
row("n14-13", "en", NB, "2024-09-06",
    "Council approved the city's budget, setting a tax rate slightly above the no-new-revenue rate, which will "
    "result in a 2.7% increase in property taxes for residents, said Carrie Cook, budget manager for the city. "
    "For homeowners, this translates to an increase of approximately $7.17 for every $100,000 of property value, "
    "Cook said. The city’s budget outlines $210.4 million in revenues and $322.6 million in expenditures, "
    "according to previous reporting. The city faced $14 million in unfunded resource requests, reflecting needs "
    "that couldn’t be accommodated within the current financial plan, Cook said.",
    [q("2.7%", 2.7, "%", "change", direction=UP, cats=("percent",)),
     q("approximately $7.17", 7.17, "USD", "change", "approx", direction=UP, cats=("currency_symbol", "qualifier", "per_unit")),
     q("$210.4 million", 210400000, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$322.6 million", 322600000, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$14 million", 14000000, "USD", "level", cats=("currency_symbol", "scale_word"))],
    [nc("$100,000", "ratio_denominator")])
AUSTIN = "https://communityimpact.com/austin/central-austin/city-county/2018/09/11/austin-passes-record-4-1-billion-budget-median-homeowner-sees-66-87-property-tax-increase/"
row("n14-15", "en", AUSTIN, "2018-09-11",
    "Austin will operate the 2018-2019 fiscal year with its largest budget to date after City Council Tuesday "
    "approved the record $4.1 billion operating budget. The owner of a median-valued home at $332,366 will pay "
    "roughly $1,317 in city property taxes, a $66.87 increase over last year. The increase is nearly half of the "
    "$117 increase in city taxes taxpayers experienced through the previous budget. Primary residence homeowners "
    "will benefit from a 10 percent homestead exemption—up from last year’s 8 percent exemption—resulting in a "
    "median savings of roughly $29.33.",
    [q("$4.1 billion", 4100000000, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$332,366", 332366, "USD", "level", cats=("currency_symbol", "thousands_separator")),
     q("roughly $1,317", 1317, "USD", "level", "approx", cats=("currency_symbol", "qualifier")),
     q("$66.87", 66.87, "USD", "change", direction=UP, cats=("currency_symbol",)),
     q("nearly half", 50, "%", "share", "nearly", cats=("fraction_words", "qualifier")),
     q("$117", 117, "USD", "change", direction=UP, cats=("currency_symbol",)),
     q("10 percent", 10, "%", "level", cats=("percent", "per_cent_words")),
     q("8 percent", 8, "%", "level", cats=("percent", "per_cent_words")),
     q("roughly $29.33", 29.33, "USD", "level", "approx", cats=("currency_symbol", "qualifier"))],
    [nc("2018-2019", "fiscal_year")])
row("n14-18", "en", "https://thehamiltonherald-news.com/taxonomy/term/8?page=99", None,
    "The proposed budget had an increase in General Fund revenue of 6.7 percent over last year. The proposed "
    "property tax rate for this budget would increase the tax rate from .4750 to .4777 based on the 2023 adjusted "
    "taxable value. The new taxable value is effectively proposed to increase revenue by 7% over the no new "
    "revenue rate for next year. In dollars, this proposed tax increase is a $31 per year increase on a house "
    "with a $100,000 taxable value. This 7% increase will help curb the negative effects of inflation on city "
    "expenditures. The proposed property tax will increase property tax revenue in the budget by 2.6% over last "
    "year’s budgeted property tax revenue.",
    [q("6.7 percent", 6.7, "%", "change", direction=UP, cats=("percent", "per_cent_words")),
     q(".4750", 0.475, "", "ratio", cats=("leading_point",)),
     q(".4777", 0.4777, "", "ratio", cats=("leading_point",)),
     q("7%", 7, "%", "change", direction=UP, cats=("percent",)),
     q("$31", 31, "USD", "change", direction=UP, cats=("currency_symbol", "per_unit")),
     q("7%", 7, "%", "change", direction=UP, cats=("percent",)),
     q("2.6%", 2.6, "%", "change", direction=UP, cats=("percent",))],
    [nc("2023", "year"), nc("$100,000", "ratio_denominator")])
row("n14-19", "en", "http://herald-zeitung.com/opinion/article_611da37c-ef12-11ea-82a6-2b3d0d1909d4.html", "2020-09-05",
    "Council is proposing to decrease our property tax rate by 1% to 48.3194 cents per $100 of property "
    "valuations. That decrease, however, is offset by about a 10% increase in those same property valuations. As "
    "a result, the city will collect about an additional tax bounty of $4 million.",
    [q("1%", 1, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("48.3194 cents", 0.483194, "USD", "ratio", cats=("cents", "per_unit")),
     q("about a 10%", 10, "%", "change", "approx", direction=UP, cats=("percent", "qualifier")),
     q("about an additional tax bounty of $4 million", 4000000, "USD", "level", "approx", cats=("currency_symbol", "scale_word", "qualifier"))],
    [nc("$100", "ratio_denominator")])

# --- energy ---
BELF = "https://www.belfasttelegraph.co.uk/business/news/energy-bills-on-the-rise-despite-fall-in-gas-costs-28644250.html"
row("n14-20", "en", BELF, None,
    "E.ON, which has about five million customers in Britain, became the latest of the big six energy suppliers "
    "to increase its bills when it announced that prices for gas and electricity will rise by 18.1% and 11.4% "
    "respectively from September 13. When E.ON made the announcement on Friday, wholesale day-ahead gas prices had "
    "dropped to their lowest point of the year, at 49.9p per therm, the Sunday Telegraph reported. And electricity "
    "prices sunk to their lowest point two days previously, at £45.2 megawatts per hour.",
    [q("about five million", 5000000, "", "count", "approx", cats=("number_words", "scale_word", "qualifier", "count")),
     q("18.1%", 18.1, "%", "change", direction=UP, cats=("percent",)),
     q("11.4%", 11.4, "%", "change", direction=UP, cats=("percent",)),
     q("49.9p per therm", 0.499, "GBP/therm", "ratio", cats=("pence", "per_unit")),
     q("£45.2 megawatts per hour", 45.2, "GBP/MWh", "ratio", cats=("currency_symbol", "per_unit"))],
    [nc("big six", "descriptor"), nc("September 13", "date"), nc("two days", "duration")])
row("n14-21", "en", BELF, None,
    "The supplier followed British Gas, Scottish Power and Scottish -amp; Southern Energy in announcing price "
    "rises in recent weeks, which the industry blamed on a 30% rise in wholesale costs since last winter.",
    [q("30%", 30, "%", "change", direction=UP, cats=("percent",))])
row("n14-22", "en", "https://www.the-independent.com/bulletin/news/wholesale-gas-electricity-bill-increase-b2909023.html",
    "2026-01-28",
    "New analysis by the UK Energy Research Centre (UKERC) reveals that wholesale gas prices are responsible for "
    "two-thirds of the increase in household electricity bills between 2021 and 2025. Typical electricity bills "
    "surged by £169 in real terms during this period, with network costs and policy costs also contributing to "
    "the overall rise. Despite gas accounting for only a third of electricity generation, its price influences "
    "the cost for up to 90 per cent of generation, leaving billpayers vulnerable to price shocks. UKERC suggests "
    "that shifting older renewable generators to fixed-price contracts could save between £2 billion and £8 "
    "billion annually, with increased renewables projected to reduce wholesale electricity prices by 8 per cent "
    "by 2029.",
    [q("two-thirds", 66.67, "%", "share", cats=("fraction_words",)),
     q("£169", 169, "GBP", "change", direction=UP, cats=("currency_symbol",)),
     q("a third", 33.33, "%", "share", cats=("fraction_words",)),
     q("up to 90 per cent", 90, "%", "share", "le", cats=("percent", "per_cent_words", "qualifier")),
     q("between £2 billion and £8 billion", 2000000000, "GBP", "level", "range", high=8000000000,
       cats=("currency_symbol", "scale_word", "range")),
     q("8 per cent", 8, "%", "change", direction=DOWN, cats=("percent", "per_cent_words", "decline_word"))],
    [nc("2021", "year"), nc("2025", "year"), nc("2029", "year")])
COMMONS = "https://commonslibrary.parliament.uk/research-briefings/cbp-9491/"
row("n14-23", "en", COMMONS, None,
    "Wholesale energy prices increased rapidly from the second half of 2021 and much of 2022. Many consumers were "
    "protected, at least initially, by the energy price cap. However, the price cap increased by 54% in April 2022 "
    "and Ofgem planned to increase it by a further 80% on 1 October 2022.",
    [q("54%", 54, "%", "change", direction=UP, cats=("percent",)),
     q("80%", 80, "%", "change", direction=UP, cats=("percent",))],
    [nc("2021", "year"), nc("April 2022", "date"), nc("1 October 2022", "date")])
# --- health ---
row("n14-25", "en", "https://yourwellness.com/archives/amp/23441", None,
    "As it takes time for people to develop wellness complications from their infections, the numbers of "
    "hospitalisations and deaths are actually lagging behind reported flu cases, but during the last week in "
    "January the proportion of deaths attributed to pneumonia and influenza rose to 9.8% from 8.3% the week "
    "before. This is the third week in a row that the figure has remained above the epidemic threshold of 7.3%. "
    "Also this week, eight more deaths among children have been reported, which brings the total of child "
    "flu-related deaths to 37. This now exceeds the paediatric death toll of last year, when 34 children "
    "succumbed to the flu. Compared to last week, the rate of laboratory-confirmed flu-related hospitalisations "
    "has also increased from 18.8 to 22.2 per 100,000, half of which occurred in individuals 65 and older. This "
    "group of people are being admitted for the flu at a rate of roughly 97 per 100,000.",
    [q("9.8%", 9.8, "%", "share", cats=("percent",)),
     q("8.3%", 8.3, "%", "share", cats=("percent",)),
     q("7.3%", 7.3, "%", "share", cats=("percent",)),
     q("eight more deaths", 8, "", "count", direction=UP, cats=("number_words", "count")),
     q("37", 37, "", "count", cats=("count",)),
     q("34 children", 34, "", "count", cats=("count",)),
     q("18.8", 18.8, "/100000", "ratio", cats=("per_unit", "unit_from_context")),
     q("22.2 per 100,000", 22.2, "/100000", "ratio", cats=("per_unit",)),
     q("half", 50, "%", "share", cats=("fraction_words",)),
     q("roughly 97 per 100,000", 97, "/100000", "ratio", "approx", cats=("per_unit", "qualifier"))],
    [nc("third week", "ordinal"), nc("65 and older", "age")])
GEPH = "https://gephardtdaily.com/?p=464111"
row("n14-27", "en", GEPH, "2018-01-26",
    "Laboratory-confirmed cases of the flu rose by nearly 12,000 during the week. The total thus far is over "
    "86,000. Because not every person with the flu visits a doctor and not all who do get tested for the flu, the "
    "number of people infected could be higher than figures the CDC provided. The outpatient illness rate for "
    "influenza-like illnesses was 6.6 percent, where 2.2 percent is the typical baseline. New York City, Puerto "
    "Rico and 39 states rated a high level of influenza-like illness.",
    [q("nearly 12,000", 12000, "", "count", "nearly", direction=UP, cats=("count", "qualifier", "thousands_separator")),
     q("over 86,000", 86000, "", "count", "gt", cats=("count", "qualifier", "thousands_separator")),
     q("6.6 percent", 6.6, "%", "share", cats=("percent", "per_cent_words")),
     q("2.2 percent", 2.2, "%", "share", cats=("percent", "per_cent_words")),
     q("39 states", 39, "", "count", cats=("count",))])
row("n14-28", "en", GEPH, "2018-01-26",
    "The overall hospitalization rate for flu symptoms thus far is 41.9 per 100,000 people, with nearly 12,000 "
    "hospitalizations reported since Oct. 1, 2017. The highest rate of hospitalization occurred in the over 65 "
    "population, at 183.1 per 100,000, followed by those age 50 to 64, with 44.2 per 100,000.",
    [q("41.9 per 100,000", 41.9, "/100000", "ratio", cats=("per_unit",)),
     q("nearly 12,000", 12000, "", "count", "nearly", cats=("count", "qualifier", "thousands_separator")),
     q("183.1 per 100,000", 183.1, "/100000", "ratio", cats=("per_unit",)),
     q("44.2 per 100,000", 44.2, "/100000", "ratio", cats=("per_unit",))],
    [nc("Oct. 1, 2017", "date"), nc("over 65", "age"), nc("50 to 64", "age")])
WEBMD = "https://www.webmd.com/cold-and-flu/news/20231128/cdc-says-flu-cases-rising-12000-hospitalized"
row("n14-29", "en", WEBMD, "2023-11-28",
    "“CDC estimates that there have been at least 1.2 million illnesses, 12,000 hospitalizations, and 740 deaths "
    "from flu so far this season.” The CDC recommends flu vaccinations for everyone 6 months and older and "
    "prescription antiviral drugs after diagnosis. The figures show a 4.9% increase in flu positivity, up 0.5 "
    "percentage points from the previous week.",
    [q("at least 1.2 million", 1200000, "", "count", "ge", cats=("scale_word", "qualifier", "count")),
     q("12,000", 12000, "", "count", cats=("count", "thousands_separator")),
     q("740", 740, "", "count", cats=("count",)),
     q("4.9%", 4.9, "%", "change", direction=UP, cats=("percent",)),
     q("0.5 percentage points", 0.5, "pp", "change", direction=UP, cats=("pp",))],
    [nc("6 months and older", "age")])
row("n14-30", "en", WEBMD, "2023-11-28",
    "A total of 0.07% of all deaths were attributed to the flu. Those included two children. Of the 529 virus "
    "stains reported by public health labs, about 80% were influenza A and 20% influenza B.",
    [q("0.07%", 0.07, "%", "share", cats=("percent",)),
     q("two children", 2, "", "count", cats=("number_words", "count")),
     q("529", 529, "", "count", cats=("count",)),
     q("about 80%", 80, "%", "share", "approx", cats=("percent", "qualifier")),
     q("20%", 20, "%", "share", cats=("percent",))])

# --- sport (results are not claims; points and goal counts are) ---
row("n14-31", "en", "https://fourfourtwo.com/gallery/revealed-which-premier-league-clubs-win-most-points-late-goals", None,
    "West Ham owners David Gold and David Sullivan may be tempted to launch a petition calling for Premier League "
    "matches to finish after 89 minutes. Over the last half-decade the Hammers have thrown away a staggering 15 "
    "points in injury time, which works out as an average of three points per season. The most recent late lapse "
    "was Boxing Day 2017, when Bournemouth’s Calum Wilson struck to level the scores at 3-3 and deny West Ham "
    "victory. David Moyes’ men made up for that a few days later, though, as Andy Carroll netted late on to "
    "secure a 2-1 victory over West Brom.",
    [q("15 points", 15, "points", "count", cats=("sport",)),
     q("three points", 3, "points", "ratio", cats=("number_words", "per_unit", "sport"))],
    [nc("89 minutes", "match_minute"), nc("2017", "year"), nc("3-3", "score"), nc("2-1", "score")])
row("n14-32", "en", "https://sportish.co/football/337906.html", None,
    "It is worth mentioning that in the first 12 rounds of the English championship, 38 goals were scored in "
    "stoppage time. While in the previous three seasons, on average across the entire championship, 56 goals "
    "were scored in injury time. The pace of the current championship is impressive. More than ten percent of "
    "all goals in matches are scored after the 90th minute.",
    [q("38 goals", 38, "", "count", cats=("count", "sport")),
     q("56 goals", 56, "", "count", cats=("count", "sport")),
     q("More than ten percent", 10, "%", "share", "gt", cats=("number_words", "per_cent_words", "qualifier"))],
    [nc("first 12 rounds", "span"), nc("three seasons", "duration"), nc("90th minute", "match_minute")])

# --- Portuguese (Brazil) ---
CTB = "https://www.ctb.org.br/2022/11/11/inflacao-volta-a-subir-em-outubro/"
row("n14-33", "pt", CTB, "2022-11-11",
    "Em outubro, o índice subiu 0,59%, fazendo com que a inflação acumulada em 2022 fique em 4,7%. No acumulado "
    "dos últimos 12 meses, ela está em 6,47%. Este número é menor do que o registrado em outubro de 2021, quando o "
    "acumulado bateu 10,67%.",
    [q("0,59%", 0.59, "%", "change", direction=UP, cats=("percent", "decimal_comma", "non_english")),
     q("4,7%", 4.7, "%", "change", direction=UP, cats=("percent", "decimal_comma", "non_english")),
     q("6,47%", 6.47, "%", "change", direction=UP, cats=("percent", "decimal_comma", "non_english")),
     q("10,67%", 10.67, "%", "change", direction=UP, cats=("percent", "decimal_comma", "non_english"))],
    [nc("2022", "year"), nc("12 meses", "duration"), nc("outubro de 2021", "date")])
row("n14-34", "pt", CTB, "2022-11-11",
    "Dos 379 produtos avaliados pelo IPCA no último mês, 257 sofreram aumento na média de preços. A alta foi "
    "puxada pelo grupo Alimentação e Bebidas, que subiu 0,72% e contribuiu com 0,16% de impacto no índice geral. "
    "Dentro dele, as maiores elevações foram a da batata-inglesa (23,36%), do tomate (17,63%), da cebola (9,31%) "
    "e das frutas (3,56%).",
    [q("379", 379, "", "count", cats=("count", "non_english")),
     q("257", 257, "", "count", cats=("count", "non_english")),
     q("0,72%", 0.72, "%", "change", direction=UP, cats=("percent", "decimal_comma", "non_english")),
     q("0,16%", 0.16, "%", "share", cats=("percent", "decimal_comma", "non_english")),
     q("23,36%", 23.36, "%", "change", direction=UP, cats=("percent", "decimal_comma", "parenthesised")),
     q("17,63%", 17.63, "%", "change", direction=UP, cats=("percent", "decimal_comma", "parenthesised")),
     q("9,31%", 9.31, "%", "change", direction=UP, cats=("percent", "decimal_comma", "parenthesised")),
     q("3,56%", 3.56, "%", "change", direction=UP, cats=("percent", "decimal_comma", "parenthesised"))])
row("n14-35", "pt", CTB, "2022-11-11",
    "A queda na gasolina (-1,56%) e no óleo diesel (-2,19%) foi menor do que a registrada em setembro — "
    "respectivamente, -8,33% e -4,57%. Em outubro, só o etanol teve alta (1,34%), contra a queda de 12,43% no mês "
    "anterior.",
    [q("-1,56%", -1.56, "%", "change", direction=DOWN, cats=("percent", "decimal_comma", "negative")),
     q("-2,19%", -2.19, "%", "change", direction=DOWN, cats=("percent", "decimal_comma", "negative")),
     q("-8,33%", -8.33, "%", "change", direction=DOWN, cats=("percent", "decimal_comma", "negative")),
     q("-4,57%", -4.57, "%", "change", direction=DOWN, cats=("percent", "decimal_comma", "negative")),
     q("1,34%", 1.34, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("12,43%", 12.43, "%", "change", direction=DOWN, cats=("percent", "decimal_comma", "decline_word"))])
row("n14-36", "pt", "https://wh3.com.br/noticia/257656/inflacao-oficial-acelera-em-julho-com-alta-dos-precos-das-passagens-aereas.html",
    None,
    "No ano, o IPCA acumula alta de 2,87%. Já nos últimos 12 meses, a taxa é de de 4,5%, acima dos 4,23% "
    "observados nos 12 meses imediatamente anteriores e atingindo o teto da meta estabelecida pelo governo (3%, "
    "com tolerância de 1,5 ponto percentual para cima ou para baixo).",
    [q("2,87%", 2.87, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("4,5%", 4.5, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("4,23%", 4.23, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("3%", 3, "%", "level", cats=("percent",)),
     q("1,5 ponto percentual", 1.5, "pp", "level", cats=("pp", "decimal_comma", "non_english"))],
    [nc("12 meses", "duration")])

# --- German ---
SOZ = "https://aktuelle-sozialpolitik.de/?p=17712"
row("n14-37", "de", SOZ, None,
    "Die Arbeitslosigkeit ist im Jahr 2024 gegenüber dem Vorjahr um 6,8 Prozent auf 2.787.000 Personen gestiegen "
    "und hat damit den Höchstwert im ersten Corona-Jahr 2020 von 2.695.000 übertroffen.",
    [q("6,8 Prozent", 6.8, "%", "change", direction=UP, cats=("percent", "decimal_comma", "non_english")),
     q("2.787.000", 2787000, "", "count", cats=("count", "thousands_separator", "non_english")),
     q("2.695.000", 2695000, "", "count", cats=("count", "thousands_separator", "non_english"))],
    [nc("2024", "year"), nc("2020", "year")])
row("n14-38", "de", SOZ, None,
    "Für das gerade abgeschlossene Jahr 2025 wird die jahresdurchschnittliche Zahl der Arbeitslosen von der "
    "Bundesagentur für Arbeit in ihrem Jahresrückblick 2025 mit 2.948.000 angegeben, das waren 161.000 mehr als "
    "2024 (+5,8 Prozent). Damit werden auch 2025 die Kosten der Arbeitslosigkeit entsprechend angestiegen sein "
    "(lediglich die Nullrunde beim Regelsatz des Bürgergeldes wird dämpfend gewirkt haben).",
    [q("2.948.000", 2948000, "", "count", cats=("count", "thousands_separator", "non_english")),
     q("161.000", 161000, "", "count", direction=UP, cats=("count", "thousands_separator", "non_english")),
     q("+5,8 Prozent", 5.8, "%", "change", direction=UP, cats=("percent", "decimal_comma", "signed"))],
    [nc("2025", "year"), nc("2024", "year")])
row("n14-39", "de", SOZ, None,
    "Die fiskalischen Kosten der Arbeitslosigkeit betrugen 2024 insgesamt 76,6 Milliarden Euro (+ 12,6 Prozent) "
    "und machten damit 1,77 Prozent des Bruttoinlandprodukts (2023: 1,62 Prozent) aus. Damit sind sowohl die "
    "Arbeitslosenzahlen als auch die Kosten der Arbeitslosigkeit auf das Niveau von vor etwa zehn Jahren gestiegen "
    "(2015: 2.795.000 Arbeitslose bei Kosten von 1,75 % des BIP).",
    [q("76,6 Milliarden Euro", 76600000000, "EUR", "level", cats=("scale_word", "currency_name", "decimal_comma", "non_english")),
     q("+ 12,6 Prozent", 12.6, "%", "change", direction=UP, cats=("percent", "decimal_comma", "signed")),
     q("1,77 Prozent", 1.77, "%", "share", cats=("percent", "decimal_comma")),
     q("1,62 Prozent", 1.62, "%", "share", cats=("percent", "decimal_comma")),
     q("2.795.000", 2795000, "", "count", cats=("count", "thousands_separator")),
     q("1,75 %", 1.75, "%", "share", cats=("percent", "decimal_comma"))],
    [nc("2024", "year"), nc("2023", "year"), nc("zehn Jahren", "duration"), nc("2015", "year")])
row("n14-40", "de", "https://sozialleistungen.info/news/13.07.2009-steigende-arbeitslosigkeit-auf-den-staat-kommen-100-milliarden-euro-mehrausgaben-zu",
    "2009-07-13",
    "Allein die Bundesagentur für Arbeit (BA) benötige 52,4 Milliarden Euro mehr Finanzmittel aus dem "
    "Bundeshaushalt als vor der Konjunkturkrise angedacht. Zudem sei mit einem Anstieg der Ausgaben des Bundes für "
    "das Hartz-IV-System von 46,4 Milliarden Euro zu rechnen. Weitere Milliarden-Lasten seien von den Kommunen zu "
    "schultern. Da jene den Großteil der Wohnkosten der ALG II Bezieher übernehmen, ergäben sich zusätzliche "
    "Ausgaben in Höhe von 12 bis 18 Milliarden Euro.",
    [q("52,4 Milliarden Euro", 52400000000, "EUR", "change", direction=UP, cats=("scale_word", "currency_name", "decimal_comma")),
     q("46,4 Milliarden Euro", 46400000000, "EUR", "change", direction=UP, cats=("scale_word", "currency_name", "decimal_comma")),
     q("12 bis 18 Milliarden Euro", 12000000000, "EUR", "level", "range", high=18000000000,
       cats=("scale_word", "currency_name", "range", "non_english"))],
    [nc("Hartz-IV", "model_name"), nc("ALG II", "model_name")])
row("n14-41", "de", "https://taz.de/in-kuerze-ARBEITSLOSIGKEIT/!586524&s=II&SuchRahmen=Print", None,
    "Die Bundesregierung muss eventuell bis Jahresende 8 Milliarden Euro mehr für das ALG II ausgeben. Laut "
    "Arbeitsministerium handelt es sich um „überplanmäßige Ausgaben“, die sich aus der unerwartet hohen "
    "Arbeitslosigkeit ergäben. Von den eingeplanten 14,6 Milliarden Euro waren Ende Juni bereits 10,2 Milliarden "
    "ausgegeben. (ap)",
    [q("8 Milliarden Euro", 8000000000, "EUR", "change", direction=UP, cats=("scale_word", "currency_name", "non_english")),
     q("14,6 Milliarden Euro", 14600000000, "EUR", "level", cats=("scale_word", "currency_name", "decimal_comma")),
     q("10,2 Milliarden", 10200000000, "EUR", "level", cats=("scale_word", "decimal_comma", "unit_from_context"))],
    [nc("ALG II", "model_name")])

# --- French ---
SABA = "https://www.saba-habitat.fr/actualites%2cprix-immobilier-repartent-hausse-20161130.html"
row("n14-42", "fr", SABA, "2016-11-30",
    "Dans le détail, c’est à Metz (+10 %), Nîmes (9,6 %) et Bordeaux (8,5%) que la hausse a été particulièrement "
    "remarquée grâce à un rebond aussi considérable de la demande. Dernière ces villes dynamiques, se trouvent "
    "aussi Limoges avec une hausse de 7,5 %, Mulhouse avec une progression de 6,4 % ou encore Reims avec une "
    "revalorisation de 5,4 %. Quant à Paris, le baromètre fait état d’une légère hausse des prix de la pierre de "
    "2,3 %, soit environ 8 543 euros le mètre carré. A Lyon, ils ont augmenté de 3,7 % sur un an à 4 001 euros le "
    "mètre carré, selon l’étude.",
    [q("+10 %", 10, "%", "change", direction=UP, cats=("percent", "signed", "non_english")),
     q("9,6 %", 9.6, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("8,5%", 8.5, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("7,5 %", 7.5, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("6,4 %", 6.4, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("5,4 %", 5.4, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("2,3 %", 2.3, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("environ 8 543 euros le mètre carré", 8543, "EUR/m2", "ratio", "approx",
       cats=("currency_name", "space_thousands", "per_unit", "qualifier", "non_english")),
     q("3,7 %", 3.7, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("4 001 euros le mètre carré", 4001, "EUR/m2", "ratio", cats=("currency_name", "space_thousands", "per_unit"))],
    [nc("un an", "duration")])
row("n14-43", "fr", SABA, "2016-11-30",
    "Dans le détail, les prix de l’immobilier ont reculé de 7,3 % sur un an à moins de 2 000 euros le mètre carré "
    "au Havre. A Perpignan, les tarifs du mètre carré ont baissé de 6 % à seulement 1 540 euros le mètre carré.",
    [q("7,3 %", 7.3, "%", "change", direction=DOWN, cats=("percent", "decimal_comma", "decline_word")),
     q("moins de 2 000 euros le mètre carré", 2000, "EUR/m2", "ratio", "lt", cats=("currency_name", "space_thousands", "per_unit", "qualifier")),
     q("6 %", 6, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("1 540 euros le mètre carré", 1540, "EUR/m2", "ratio", cats=("currency_name", "space_thousands", "per_unit"))],
    [nc("un an", "duration")])
BATI = "https://batiweb.com/actualites/vie-pratique/immobilier-la-hausse-des-prix-se-poursuit-31831"
row("n14-44", "fr", BATI, None,
    "Pour rappel, les coûts au m2 avaient déjà progressé de 1,5% en 2016 par rapport à l’année précédente. Et la "
    "tendance ne semble pas près de s’inverser ! D’après la Fédération, les prix ont en effet augmenté de 4,2% en "
    "2017, atteignant désormais la moyenne de 2 550 €/m2.Le phénomène est d’autant plus flagrant pour les "
    "appartements, dont les montants culminent en moyenne à 3 385 €/m2 (+4,9%). Les tarifs sont légèrement "
    "en-dessous de la moyenne nationale pour les maisons, à 2 143 €/m2 (+3,7%).",
    [q("1,5%", 1.5, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("4,2%", 4.2, "%", "change", direction=UP, cats=("percent", "decimal_comma")),
     q("2 550 €/m2", 2550, "EUR/m2", "ratio", cats=("currency_symbol", "space_thousands", "per_unit")),
     q("3 385 €/m2", 3385, "EUR/m2", "ratio", cats=("currency_symbol", "space_thousands", "per_unit")),
     q("+4,9%", 4.9, "%", "change", direction=UP, cats=("percent", "decimal_comma", "signed")),
     q("2 143 €/m2", 2143, "EUR/m2", "ratio", cats=("currency_symbol", "space_thousands", "per_unit")),
     q("+3,7%", 3.7, "%", "change", direction=UP, cats=("percent", "decimal_comma", "signed"))],
    [nc("2016", "year"), nc("2017", "year")])
row("n14-45", "fr", BATI, None,
    "Sans grande surprise, c’est en Île-de-France que les prix ont le plus augmenté, à hauteur de 5% sur un an "
    "(4 276 €/m2) contre +3,9% en province (2 188 €/m2). En revanche, la ville ayant subi la plus forte inflation "
    "des coûts est Bordeaux (+7,7%), devant Paris (+6,5%) et Lyon (+5,3%). Dijon est par ailleurs la seule "
    "capitale régionale ont ils ont baissé (-1,0%).",
    [q("5%", 5, "%", "change", direction=UP, cats=("percent",)),
     q("4 276 €/m2", 4276, "EUR/m2", "ratio", cats=("currency_symbol", "space_thousands", "per_unit")),
     q("+3,9%", 3.9, "%", "change", direction=UP, cats=("percent", "decimal_comma", "signed")),
     q("2 188 €/m2", 2188, "EUR/m2", "ratio", cats=("currency_symbol", "space_thousands", "per_unit")),
     q("+7,7%", 7.7, "%", "change", direction=UP, cats=("percent", "decimal_comma", "signed")),
     q("+6,5%", 6.5, "%", "change", direction=UP, cats=("percent", "decimal_comma", "signed")),
     q("+5,3%", 5.3, "%", "change", direction=UP, cats=("percent", "decimal_comma", "signed")),
     q("-1,0%", -1.0, "%", "change", direction=DOWN, cats=("percent", "decimal_comma", "negative"))],
    [nc("un an", "duration")])

# --- Italian ---
row("n14-46", "it", "https://www.diariodelweb.it/italia/articolo/?nid=20100703_151831", None,
    "La situazione sarà particolarmente critica a Torino, dove si prevedono come temperatura percepita 36 gradi "
    "oggi, 39 domani e 38 lunedì. Ancora, a Brescia per oggi è previsto un livello due, cioè temperatura elevata, "
    "36 gradi, ma non rischio di ondata di calore, che si manifesterà però domani con 38 gradi e lunedì con 37 "
    "gradi.",
    [q("36 gradi", 36, "°C", "level", cats=("temperature", "bare_degrees", "non_english")),
     q("39", 39, "°C", "level", cats=("temperature", "unit_from_context")),
     q("38", 38, "°C", "level", cats=("temperature", "unit_from_context")),
     q("36 gradi", 36, "°C", "level", cats=("temperature", "bare_degrees")),
     q("38 gradi", 38, "°C", "level", cats=("temperature", "bare_degrees")),
     q("37 gradi", 37, "°C", "level", cats=("temperature", "bare_degrees"))],
    [nc("livello due", "level_name")])
# --- Spanish ---
PUB = "https://www.publico.es/politica/ley-d-hondt-elecciones-2019-votos-vale-escano.html"
row("n14-48", "es", PUB, None,
    "De esta forma, vemos que el PP ha conseguido 66 escaños con 4.356.023, mientras que Vox, el partido de "
    "ultraderecha, con la mitad de votos, 2.677.173 ha obtenido 24 escaños. Sin contar a Compromís 2019, cuyo "
    "precio por el escaño que ha conseguido es de 172.751, la formación ultra de Abascal es el partido al que más "
    "le ha costado cada uno de los 24 escaños que ha conseguido, debido al voto tan repartido que ha tenido en el "
    "territorio español: 111.549 votos por escaño.",
    [q("66 escaños", 66, "", "count", cats=("count", "non_english", "election")),
     q("4.356.023", 4356023, "", "count", cats=("count", "thousands_separator", "election")),
     q("la mitad", 50, "%", "share", cats=("fraction_words", "non_english")),
     q("2.677.173", 2677173, "", "count", cats=("count", "thousands_separator", "election")),
     q("24 escaños", 24, "", "count", cats=("count", "election")),
     q("172.751", 172751, "", "ratio", cats=("thousands_separator", "unit_from_context", "election")),
     q("24 escaños", 24, "", "count", cats=("count", "election")),
     q("111.549 votos por escaño", 111549, "", "ratio", cats=("thousands_separator", "per_unit", "election"))],
    [nc("Compromís 2019", "model_name")])
row("n14-49", "es", PUB, None,
    "Ciudadanos fue el partido más perjudicado de las elecciones de 2016 por no tener apenas representación, en "
    "cambio en estas, gracias a su presencia en grandes núcleos urbanos ha necesitado 72.571 votos por cada "
    "escaño frente a los 98.174 que necesitó en 2016. Y a Podemos, cada escaño le ha costado 88.879 votos.",
    [q("72.571 votos por cada escaño", 72571, "", "ratio", cats=("thousands_separator", "per_unit", "election")),
     q("98.174", 98174, "", "ratio", cats=("thousands_separator", "unit_from_context", "election")),
     q("88.879 votos", 88879, "", "ratio", cats=("thousands_separator", "election"))],
    [nc("2016", "year")])
SERV = "https://servimedia.es/noticias/precio-luz-sube-14-hasta-83-49-euros/1410291814"
row("n14-50", "es", SERV, "2024-10-30",
    "El precio medio de la electricidad en el mercado mayorista sube este miércoles un 13,8% al situarse en los "
    "83,49 euros el megavatio hora (MWh) frente a los 73,40 euros de ayer. Con ello, suma diez días por encima de "
    "los 45 euros por MWh, el mínimo de la media mensual para que se mantenga el IVA de la electricidad en el 10%.",
    [q("13,8%", 13.8, "%", "change", direction=UP, cats=("percent", "decimal_comma", "non_english")),
     q("83,49 euros el megavatio hora", 83.49, "EUR/MWh", "ratio", cats=("currency_name", "decimal_comma", "per_unit")),
     q("73,40 euros", 73.40, "EUR/MWh", "ratio", cats=("currency_name", "decimal_comma", "unit_from_context")),
     q("por encima de los 45 euros por MWh", 45, "EUR/MWh", "ratio", "gt", cats=("currency_name", "per_unit", "qualifier")),
     q("10%", 10, "%", "level", cats=("percent",))],
    [nc("diez días", "duration")])
row("n14-51", "es", SERV, "2024-10-30",
    "Según los últimos datos del Operador del Mercado Ibérico de la Electricidad (OMIE) recogidos por Servimedia, "
    "los 83,49 euros por MWh suponen una bajada del 4,3% con respecto a los 87,23 euros del miércoles de la semana "
    "pasada y un descenso del 5% sobre los 87,85 euros de hace un mes, el 30 de septiembre. Además, en comparativa "
    "interanual, este miércoles se produce un encarecimiento del 139% ya que el 30 de octubre del año pasado el "
    "precio fue de 35 euros por MWh.",
    [q("83,49 euros por MWh", 83.49, "EUR/MWh", "ratio", cats=("currency_name", "decimal_comma", "per_unit")),
     q("4,3%", 4.3, "%", "change", direction=DOWN, cats=("percent", "decimal_comma", "decline_word")),
     q("87,23 euros", 87.23, "EUR/MWh", "ratio", cats=("currency_name", "decimal_comma", "unit_from_context")),
     q("5%", 5, "%", "change", direction=DOWN, cats=("percent", "decline_word")),
     q("87,85 euros", 87.85, "EUR/MWh", "ratio", cats=("currency_name", "decimal_comma", "unit_from_context")),
     q("139%", 139, "%", "change", direction=UP, cats=("percent",)),
     q("35 euros por MWh", 35, "EUR/MWh", "ratio", cats=("currency_name", "per_unit"))],
    [nc("un mes", "duration"), nc("30 de septiembre", "date"), nc("30 de octubre", "date")])

# --- Russian ---
row("n14-52", "ru", "http://eaapa.ru/yavka-prevysila-pokazateli-proshlyh-prezidentskih-vyborov/", None,
    "Самая высокая явка была зафиксирована на первых президентских выборах 12 июня 1991 года. Тогда в голосовании "
    "приняли участие 79 498 240 человек — 74,66% от общего числа граждан, имеющих право голосовать. Наименьшая "
    "активность наблюдалась на президентских выборах 2004 года, когда явка составила 69 572 177 человек (64,38%).",
    [q("79 498 240 человек", 79498240, "", "count", cats=("count", "space_thousands", "non_english", "election")),
     q("74,66%", 74.66, "%", "share", cats=("percent", "decimal_comma", "election")),
     q("69 572 177 человек", 69572177, "", "count", cats=("count", "space_thousands", "election")),
     q("64,38%", 64.38, "%", "share", cats=("percent", "decimal_comma", "election"))],
    [nc("12 июня 1991 года", "date"), nc("2004 года", "year")])
HRAM = "http://www.hram-bal.ru/pri-kakom-procente-yavki-vybory-schitayutsya-sostoyavshimisya-yavka-strogo/"
row("n14-53", "ru", HRAM, None,
    "В 15 регионах из 16, где проходили губернаторские выборы, явка оказалась ниже, чем на прошлых аналогичных "
    "выборах. Исключение - Свердловская область, но разница выражается в полутора процентах. В 2017 году на "
    "выборах губернатора проголосовали 33,47%, в 2003 году - 32,07%.",
    [q("15 регионах", 15, "", "count", cats=("count", "non_english", "election")),
     q("16", 16, "", "count", cats=("count", "election")),
     q("полутора процентах", 1.5, "%", "change", cats=("number_words", "per_cent_words", "non_english")),
     q("33,47%", 33.47, "%", "share", cats=("percent", "decimal_comma", "election")),
     q("32,07%", 32.07, "%", "share", cats=("percent", "decimal_comma", "election"))],
    [nc("2017 году", "year"), nc("2003 году", "year")])
row("n14-54", "ru", HRAM, None,
    "10 сентября жители 16 регионов выбирали губернаторов - в некоторых областях выборы глав проходят впервые за "
    "последние 15 лет. В других регионах выбирали депутатов региональных и местных парламентов. В Москве избирали "
    "депутатов муниципальных собраний. Всего кампании разных уровней прошли в 82 регионах России.",
    [q("16 регионов", 16, "", "count", cats=("count", "non_english")),
     q("82 регионах", 82, "", "count", cats=("count", "non_english"))],
    [nc("10 сентября", "date"), nc("15 лет", "duration")])


# paragraphs that follow each other on their page, scored as one passage
MERGE = [("n14-01", "n14-02", "n14-03"), ("n14-20", "n14-21"), ("n14-33", "n14-34"), ("n14-37", "n14-38"), ("n14-44", "n14-45"),
         ("n14-48", "n14-49"), ("n14-50", "n14-51"), ("n14-54", "n14-53")]


def merged(rows: list[dict]) -> list[dict]:
    by_id = {r["id"]: r for r in rows}
    gone: set[str] = set()
    for first, *rest in MERGE:
        head = by_id[first]
        for rid in rest:
            tail = by_id[rid]
            head["text"] += " " + tail["text"]
            head["quantities"] += tail["quantities"]
            head["not_claims"] += [n for n in tail["not_claims"] if n not in head["not_claims"]]
            gone.add(rid)
    return [r for r in rows if r["id"] not in gone]


def main() -> None:
    global ROWS
    ROWS = merged(ROWS)
    write_passages(OUT, ROWS)


if __name__ == "__main__":
    main()
