"""Build `extraction_news17.jsonl`: real news paragraphs (pass 17, xnews17), labelled by hand.

Each row is one paragraph (or two or three that follow each other on their page, joined with a
space; a list keeps its line breaks) copied verbatim from a stored page (pages corpus) with its URL
and date; the gold follows benchmarks/devsets/extraction_news.md and the choices listed in
extraction_news17.md. Run from the repository root:

    python3 benchmarks/devsets/explore/build_news17.py
"""

from __future__ import annotations

from pathlib import Path

from labelling import figure as q
from labelling import non_claim as nc
from labelling import Passages, write_passages
from labelling import percent as pct

OUT = Path(__file__).with_name("extraction_news17.jsonl")

UP, DOWN = "up", "down"
ROWS = Passages()
row = ROWS.row  # one passage a call (labelling.Passages)



def php(surface: str, value: float, kind: str = "level", direction: str | None = None,
        cats: tuple[str, ...] = ("one_letter_sign",)) -> dict:
    """A Philippine peso amount written with the one-letter 'P'."""
    return q(surface, value, "PHP", kind, direction=direction if kind == "change" else None, cats=cats)


def count(surface: str, value: float, qualifier: str = "exact", cats: tuple[str, ...] = ("count",)) -> dict:
    return q(surface, value, "", "count", qualifier, cats=cats)


def per100k(surface: str, value: float, cats: tuple[str, ...] = ("per_unit",)) -> dict:
    return q(surface, value, "/100000", "ratio", cats=cats)


# --- markets: the Philippine peso written 'P' (Manila Shimbun, Malaya) ---
SHIMBUN = "https://www.manila-shimbun.com/category/english/news266330.html"
row("n17-01", "en", SHIMBUN, "2022-09-03",
    "The Philippine peso closed at a new record low of P56.77 against the US dollar on Friday after falling to P56.90 "
    "during intra-day trading. "
    "The former all-time low of the peso against the US dollar was P56.45 set in October 14, 2004. On Thursday, the "
    "peso closed at P56.42. "
    "The peso opened at P56.50 before hitting P56.90.",
    [php("P56.77", 56.77), php("P56.90", 56.90), php("P56.45", 56.45), php("P56.42", 56.42), php("P56.50", 56.50),
     php("P56.90", 56.90)],
    [nc("October 14, 2004", "date")])
row("n17-02", "en", SHIMBUN, "2022-09-03",
    "Volume at the foreign exchange portal of the Bankers Association of the Philippines reached $936.95 million from "
    "Thursday's $1.087 billion. "
    "The Philippine Stock Exchange index (PSEi) gained 104.37 points to end at 6,692.65. "
    "Volume amounted to 1.02 billion shares worth P4.59 billion from Thursday's 635.98 million valued at P5 billion. "
    "In the broader market, there were 116 advances, 68 declines and 47 unchanged. "
    "Actively traded shares were led by BDO, down P2.70 to P127.80; Jollibee Foods Corp., up P6 to P245.80; Emperador "
    "Inc., up 99 centavos to P20.85 and SM Prime, up five centavos to P36.50. DMS",
    [q("$936.95 million", 936.95e6, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$1.087 billion", 1.087e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("104.37 points", 104.37, "points", "change", direction=UP, cats=("points",)),
     q("6,692.65", 6692.65, "points", "level", cats=("points", "unit_from_context")),
     count("1.02 billion shares", 1.02e9, cats=("count", "scale_word")),
     php("P4.59 billion", 4.59e9, cats=("one_letter_sign", "scale_word")),
     count("635.98 million", 635.98e6, cats=("count", "scale_word", "unit_from_context")),
     php("P5 billion", 5e9, cats=("one_letter_sign", "scale_word")),
     count("116", 116), count("68", 68), count("47", 47),
     php("P2.70", 2.70, "change", DOWN, cats=("one_letter_sign", "decline_word")), php("P127.80", 127.80),
     php("P6", 6, "change", UP), php("P245.80", 245.80),
     php("99 centavos", 0.99, "change", UP, cats=("minor_unit",)), php("P20.85", 20.85),
     php("five centavos", 0.05, "change", UP, cats=("minor_unit", "number_words")), php("P36.50", 36.50)])
row("n17-03", "en", "https://manila-stv.ph/business/peso-falls-to-11-year-low.html", "2017-10-25",
    "The Philippine peso closed at P51.77 against the US dollar, down by 23 centavos from the previous day to an "
    "11-year low on Wednesday. "
    "The peso touched these levels on August 4, 2006 when it finished at P51.638. "
    "Volume at the Philippine Dealing System reached $773 million from Tuesday's P551 million. "
    "The Philippine Stock Exchange index closed 23.43 points higher to 8,303.35. In the broader market, there were 107 "
    "decliners, 91 gainers and 39 issues unchanged.",
    [php("P51.77", 51.77), php("23 centavos", 0.23, "change", DOWN, cats=("minor_unit", "decline_word")),
     php("P51.638", 51.638, cats=("one_letter_sign", "three_decimals")),
     q("$773 million", 773e6, "USD", "level", cats=("currency_symbol", "scale_word")),
     php("P551 million", 551e6, cats=("one_letter_sign", "scale_word")),
     q("23.43 points", 23.43, "points", "change", direction=UP, cats=("points",)),
     q("8,303.35", 8303.35, "points", "level", cats=("points", "unit_from_context")),
     count("107", 107), count("91", 91), count("39", 39)],
    [nc("11-year", "duration"), nc("August 4, 2006", "date")])
MALAYA = "https://malaya.com.ph/business/enterprise/shares-fall-on-muted-trade/"
row("n17-04", "en", MALAYA, None,
    "BDO Unibank Inc. was down P0.50 to P162.80. Bank of the Philippine Islands was down P4.80 to P139. Ayala Land "
    "Inc. was down P0.35 to P35. Ayala Corp. was down P0.50 to P719.50. International Container Terminal Services Inc. "
    "was up P2 to P409. PLDT Inc. was down P35 to P77. Metropolitan Bank and Trust Co. was down P1 to P77. Jollibee "
    "Foods Corp. was down P8.20 to P267. Semirara Mining and Power Corp. was down P0.50 to P33.75. SM Prime Holdings "
    "Inc. was down P0.45 to P30.95.",
    [php("P0.50", 0.50, "change", DOWN), php("P162.80", 162.80),
     php("P4.80", 4.80, "change", DOWN), php("P139", 139),
     php("P0.35", 0.35, "change", DOWN), php("P35", 35),
     php("P0.50", 0.50, "change", DOWN), php("P719.50", 719.50),
     php("P2", 2, "change", UP), php("P409", 409),
     php("P35", 35, "change", DOWN), php("P77", 77),
     php("P1", 1, "change", DOWN), php("P77", 77),
     php("P8.20", 8.20, "change", DOWN), php("P267", 267),
     php("P0.50", 0.50, "change", DOWN), php("P33.75", 33.75),
     php("P0.45", 0.45, "change", DOWN), php("P30.95", 30.95)])

# --- company results: cents a share, ranges of guidance ---
row("n17-05", "en", "https://www.postbulletin.com/news/att-profit-up-22-on-strong-wireless-growth", None,
    "NEW YORK — AT&T says its first-quarter earnings rose 22 percent as its wireless division saw continued strong "
    "growth and the enterprise services division reversed a declining trend. "
    "The country’s largest telecommunications company said Tuesday it earned $3.46 billion, or 57 cents per share, in "
    "the quarter, compared with $2.85 billion, or 45 cents per share, a year ago. "
    "Excluding items, AT&T earned 74 cents per share, up from 65 cents per share a year ago. "
    "Revenue rose 6.1 percent to $30.7 billion.",
    [pct("22 percent", 22, cats=("percent", "per_cent_words")),
     q("$3.46 billion", 3.46e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("57 cents per share", 0.57, "USD", "ratio", cats=("cents", "per_unit")),
     q("$2.85 billion", 2.85e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("45 cents per share", 0.45, "USD", "ratio", cats=("cents", "per_unit")),
     q("74 cents per share", 0.74, "USD", "ratio", cats=("cents", "per_unit")),
     q("65 cents per share", 0.65, "USD", "ratio", cats=("cents", "per_unit")),
     pct("6.1 percent", 6.1, cats=("percent", "per_cent_words")),
     q("$30.7 billion", 30.7e9, "USD", "level", cats=("currency_symbol", "scale_word"))])
JIGAR = "https://jigar-mehta.blogspot.com/2006/10/microsoft-performs-better-than.html"
row("n17-06", "en", JIGAR, "2006-10",
    "The software giant said that it earned $3.48 billion, or 35 cents a share, on revenue of $10.81 billion, for the "
    "three months ended Sept. 30. That compares with earnings of $3.14 billion, or 29 cents a share, on revenue of $9.74 "
    "billion for the same quarter a year ago. The year-ago earnings figure included legal expenses that amounted to 2 "
    "cents a share. "
    "Microsoft said in June to expect revenue in the range of $10.6 billion to $10.8 billion, with per-share earnings "
    "between 30 cents and 32 cents.",
    [q("$3.48 billion", 3.48e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("35 cents a share", 0.35, "USD", "ratio", cats=("cents", "per_unit")),
     q("$10.81 billion", 10.81e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$3.14 billion", 3.14e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("29 cents a share", 0.29, "USD", "ratio", cats=("cents", "per_unit")),
     q("$9.74 billion", 9.74e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("2 cents a share", 0.02, "USD", "ratio", cats=("cents", "per_unit")),
     q("$10.6 billion to $10.8 billion", 10.6e9, "USD", "level", "range", high=10.8e9,
       cats=("currency_symbol", "scale_word", "range")),
     q("between 30 cents and 32 cents", 0.30, "USD", "ratio", "range", high=0.32, cats=("cents", "range"))],
    [nc("three months", "duration"), nc("Sept. 30", "date")])
row("n17-07", "en", JIGAR, "2006-10",
    "For the current quarter, Microsoft said to expect revenue of $11.8 billion to $12.4 billion and per share earnings "
    "of 22 cents to 24 cents. The outlook is affected by the fact Microsoft expects to defer $1.5 billion in revenue to "
    "account for a coupon program in which buyers of Office and Windows this holiday season will be able to upgrade to "
    "Office 2007 and Windows Vista when those products are released early next year. Microsoft said the revenue "
    "deferral will affect earnings in the quarter by about 11 cents a share.",
    [q("$11.8 billion to $12.4 billion", 11.8e9, "USD", "level", "range", high=12.4e9,
       cats=("currency_symbol", "scale_word", "range")),
     q("22 cents to 24 cents", 0.22, "USD", "ratio", "range", high=0.24, cats=("cents", "range")),
     q("$1.5 billion", 1.5e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("about 11 cents a share", 0.11, "USD", "change", "approx", DOWN, cats=("cents", "per_unit", "qualifier"))],
    [nc("Office 2007", "name")])
row("n17-08", "en", "https://cityam.com/cisco-earnings-exceed-analysts-expectations-after-cutting-costs-2", None,
    "First-quarter net income, excluding items, rose 10.6 per cent to $2.6bn, or 48 cents per share, compared with "
    "analysts’ average estimate of 46 cents a share as compiled by Thomson Reuters. "
    "Revenue rose six per cent from the year-ago quarter to $11.9bn, compared with a Street view of $11.77bn. "
    "Cisco’s shares rose 6.7 per cent to $17.98 in after-hours trading.",
    [pct("10.6 per cent", 10.6, cats=("percent", "per_cent_words")),
     q("$2.6bn", 2.6e9, "USD", "level", cats=("currency_symbol", "scale_abbreviation")),
     q("48 cents per share", 0.48, "USD", "ratio", cats=("cents", "per_unit")),
     q("46 cents a share", 0.46, "USD", "ratio", cats=("cents", "per_unit")),
     pct("six per cent", 6, cats=("percent", "per_cent_words", "number_words")),
     q("$11.9bn", 11.9e9, "USD", "level", cats=("currency_symbol", "scale_abbreviation")),
     q("$11.77bn", 11.77e9, "USD", "level", cats=("currency_symbol", "scale_abbreviation")),
     pct("6.7 per cent", 6.7, cats=("percent", "per_cent_words")),
     q("$17.98", 17.98, "USD", "level", cats=("currency_symbol",))])

# --- agriculture: bushels, prices a bushel, ranges ---
row("n17-09", "en", "https://centerfordairyexcellence.org/?p=16840", None,
    "The latest USDA World Agricultural Supply and Demand Estimates report boosted estimates for the nation’s soybean "
    "harvest and the total corn harvest. With weather woes in Upper Midwestern states, the agency did lower forecasted "
    "harvested acres of corn by 700,000 acres from last month’s estimates. USDA is now expecting farmers to harvest 3.8 "
    "million fewer acres of corn than were harvest a year ago. However, the average corn yield is expected to be a "
    "record-setting 183.1 bushels per acre, up 2.1 bushels from last month’s projection. The total corn harvest is "
    "expected to come in at 15.1 billion bushels, up 47 million bushels from last month’s projection. Soybean yields "
    "were increased in this month’s forecast, with the agency expecting an average yield of 53.2 bushels per acre, up "
    "5.2 percent from last year and a new all-time high. The season-average corn price received by producers is "
    "lowered 10 cents to $4.20 per bushel. The soybean meal price is forecast at $320 per short ton, down 10 dollars.",
    [q("700,000 acres", 700000, "acre", "change", direction=DOWN, cats=("area",)),
     q("3.8 million fewer acres", 3.8e6, "acre", "change", direction=DOWN, cats=("area", "scale_word", "decline_word")),
     q("183.1 bushels per acre", 183.1, "bu/acre", "ratio", cats=("per_unit",)),
     q("2.1 bushels", 2.1, "bu/acre", "change", direction=UP, cats=("unit_from_context",)),
     q("15.1 billion bushels", 15.1e9, "bu", "level", cats=("scale_word",)),
     q("47 million bushels", 47e6, "bu", "change", direction=UP, cats=("scale_word",)),
     q("53.2 bushels per acre", 53.2, "bu/acre", "ratio", cats=("per_unit",)),
     pct("5.2 percent", 5.2, cats=("percent", "per_cent_words")),
     q("10 cents", 0.10, "USD/bu", "change", direction=DOWN, cats=("cents", "unit_from_context", "decline_word")),
     q("$4.20 per bushel", 4.20, "USD/bu", "ratio", cats=("currency_symbol", "per_unit")),
     q("$320", 320, "USD", "ratio", cats=("currency_symbol", "per_unit")),
     q("10 dollars", 10, "USD", "change", direction=DOWN, cats=("currency_name", "decline_word"))])
row("n17-10", "en", "http://www.680kfeq.com/2017/09/13/usda-predicting-larger-corn-soybean-harvest/", "2017-09-13",
    "The Department of Agriculture expects a larger corn and a record soybean harvest in the most recent round of "
    "monthly reports. USDA forged against expectations and raised corn production to an estimated 14.1 billion bushels "
    "and soybeans to a record 4.4 billion bushels. USDA is forecasting the average corn yield at 169.0 bushels per "
    "acre, and the soybean yield at 49.9 bushels per acre. Production for the 2017-18 corn crop increased 31 million "
    "bushels from the August projection, but still six percent lower than the 2016-17 crop. Yield is expected to be "
    "lower, but overall crop projections by USDA put the crop at third-largest on record. The projected range for the "
    "season-average corn price received by producers was lowered 10 cents on both ends to a range of $2.80 to $3.60 "
    "per bushel. The farm price for soybeans was also lowered 10 cents a bushel to an average of $9.20.",
    [q("14.1 billion bushels", 14.1e9, "bu", "level", cats=("scale_word",)),
     q("4.4 billion bushels", 4.4e9, "bu", "level", cats=("scale_word",)),
     q("169.0 bushels per acre", 169.0, "bu/acre", "ratio", cats=("per_unit",)),
     q("49.9 bushels per acre", 49.9, "bu/acre", "ratio", cats=("per_unit",)),
     q("31 million bushels", 31e6, "bu", "change", direction=UP, cats=("scale_word",)),
     pct("six percent", 6, direction=DOWN, cats=("percent", "per_cent_words", "number_words", "decline_word")),
     q("10 cents", 0.10, "USD/bu", "change", direction=DOWN, cats=("cents", "unit_from_context", "decline_word")),
     q("$2.80 to $3.60 per bushel", 2.80, "USD/bu", "ratio", "range", high=3.60,
       cats=("currency_symbol", "per_unit", "range")),
     q("10 cents a bushel", 0.10, "USD/bu", "change", direction=DOWN, cats=("cents", "per_unit", "decline_word")),
     q("$9.20", 9.20, "USD/bu", "ratio", cats=("currency_symbol", "unit_from_context"))],
    [nc("2017-18", "fiscal_year"), nc("2016-17", "fiscal_year"), nc("third-largest", "ordinal")])

# --- housing ---
row("n17-11", "en", "https://themreport.com/news/data/10-19-2023/median-existing-home", "2023-10-19",
    "Numbers for existing-home sales for September are in and the Existing-Home Sales Report—published by the National "
    "Association of Realtors (NAR)—found that home sales slid 2% in September to a seasonally adjusted annual rate of "
    "3.96 million units. Year-over-year, this number is also down by 15.4%. "
    "However, the median existing-home sales price grew by 2.8% year-over-year to $394,300, marking the third "
    "consecutive month of year-over-year price increases. "
    "The inventory of unsold existing homes climbed 2.7% from the prior month to 1.13 million at the end of September, "
    "or the equivalent of 3.4 months' supply at the current monthly sales pace. This number is up from 3.3 months in "
    "August and 3.2 months in September 2022",
    [pct("2%", 2, direction=DOWN, cats=("percent", "decline_word")),
     count("3.96 million units", 3.96e6, cats=("count", "scale_word")),
     pct("15.4%", 15.4, direction=DOWN, cats=("percent", "decline_word")),
     pct("2.8%", 2.8),
     q("$394,300", 394300, "USD", "level", cats=("currency_symbol",)),
     pct("2.7%", 2.7),
     count("1.13 million", 1.13e6, cats=("count", "scale_word")),
     q("3.4 months' supply", 3.4, "months", "ratio", cats=("months_supply",)),
     q("3.3 months", 3.3, "months", "ratio", cats=("months_supply",)),
     q("3.2 months", 3.2, "months", "ratio", cats=("months_supply",))],
    [nc("September 2022", "date"), nc("third", "ordinal")])
row("n17-12", "en",
    "https://www.robinspost.com/news/consumer-news/consumer-daily-reports/2094770-consumer-news-sales-of-existing-homes-stalled-in-august.html",
    None,
    "Nationally, the median existing-home price rose to $422,600, a 2% increase from August 2024. This marks the 26th "
    "consecutive month of year-over-year price growth. Single-family homes carried a median price of $427,800, while "
    "condos and co-ops averaged $366,800. "
    "Despite affordability constraints, Yun noted that record-high housing wealth and a record-high stock market could "
    "encourage existing homeowners to upgrade, especially in higher-priced markets. "
    "The total housing inventory in August stood at 1.53 million units, down 1.3% from July but up nearly 12% from a "
    "year ago. That represents a 4.6-month supply, unchanged month-over-month.",
    [q("$422,600", 422600, "USD", "level", cats=("currency_symbol",)),
     pct("2%", 2),
     q("$427,800", 427800, "USD", "level", cats=("currency_symbol",)),
     q("$366,800", 366800, "USD", "level", cats=("currency_symbol",)),
     count("1.53 million units", 1.53e6, cats=("count", "scale_word")),
     pct("1.3%", 1.3, direction=DOWN, cats=("percent", "decline_word")),
     pct("nearly 12%", 12, qualifier="approx", cats=("percent", "qualifier")),
     q("4.6-month supply", 4.6, "months", "ratio", cats=("months_supply", "hyphenated"))],
    [nc("August 2024", "date"), nc("26th", "ordinal")])

# --- crime statistics, health ---
row("n17-13", "en", "https://econ70.com/2018/11/01/crime-contraction/", "2018-11-01",
    "In 1995, there were 684.5 incidents of violent crime per 100,000 persons. That rate steadily declined through 2014 "
    "when it hit a low of 361.6, a staggering decline of 47.2%. Since 2014, the rate has risen and is now 394/100,000, a "
    "still strong decline of 42.4%. The violent crime rate is down for all categories including aggravated assault, "
    "homicide, robbery, and rape. The decline has been smallest for rape; 26.3%.",
    [per100k("684.5 incidents of violent crime per 100,000", 684.5),
     per100k("361.6", 361.6, cats=("unit_from_context",)),
     pct("47.2%", 47.2, direction=DOWN, cats=("percent", "decline_word")),
     per100k("394/100,000", 394, cats=("per_unit", "slash_rate")),
     pct("42.4%", 42.4, direction=DOWN, cats=("percent", "decline_word")),
     pct("26.3%", 26.3, direction=DOWN, cats=("percent", "decline_word"))],
    [nc("1995", "year"), nc("through 2014", "year"), nc("Since 2014", "year")])
row("n17-14", "en", "https://beckershospitalreview.com/quality/cdc-flu-rate-continues-to-rise-with-nearly-half-of-cases-in-older-patients.html",
    "2013-01",
    "The report, \"FluView: Influenza Hospitalization Surveillance Network\" includes data for the week ending Jan. 12 — "
    "the second week of the 2012 to 2013 influenza season. The rate of laboratory-confirmed influenza-associated "
    "hospitalizations from Oct. 1 to Jan. 5, the end of the first week of the flu season, was 13.3 per 100,000 "
    "population. "
    "In the second week, the overall rate of outpatient visits due to influenza-like illness was 4.6 percent, compared "
    "with the 2.2 percent baseline rate. Flu-like illness activity in outpatient clinics was higher than average in "
    "thirty states and New York City. Ten states reported moderate flu-like illness activity, seven states reported low "
    "activity and three states reported activity below the average rate. "
    "Flu rates in the second week were highest for people older than 64, at a rate of 82.1 per 100,000.",
    [per100k("13.3 per 100,000", 13.3),
     pct("4.6 percent", 4.6, "share", cats=("percent", "per_cent_words")),
     pct("2.2 percent", 2.2, "share", cats=("percent", "per_cent_words")),
     count("thirty", 30, cats=("count", "number_words")),
     count("Ten", 10, cats=("count", "number_words")),
     count("seven", 7, cats=("count", "number_words")),
     count("three", 3, cats=("count", "number_words")),
     per100k("82.1 per 100,000", 82.1)],
    [nc("Jan. 12", "date"), nc("Jan. 5", "date"), nc("2012 to 2013", "year_range"), nc("older than 64", "age")])
row("n17-15", "en",
    "https://dailyliifeupdate.com/article/detail/covid-19-hospitalizations-on-the-rise-latest-cdc-data-highlights-hot-spots-in-the-u-s-1392",
    None,
    "As of the week ending December 9, the U.S. reported over 23,400 new hospitalizations due to COVID-19 – a rise of "
    "approximately 3% from the previous week and marking the fifth consecutive weekly increase. This figure exceeds the "
    "late summer peak of about 20,700 weekly hospitalizations. "
    "Analyzing the data relative to population, the CDC notes 7.1 new COVID-19 hospital admissions per 100,000 people "
    "for the same week. Nine states fall into the CDC's category of \"medium\" level hospitalizations, while the rest "
    "are classified as having a \"low\" level. "
    "Wyoming stands out with the highest percentage increase in its rate of new COVID-19 hospitalizations compared to "
    "the previous week, witnessing a surge of 36.2%. Conversely, New Mexico experienced the most significant decrease "
    "among states, with a decline of 28%.",
    [count("over 23,400", 23400, "gt", cats=("count", "qualifier")),
     pct("approximately 3%", 3, qualifier="approx", cats=("percent", "qualifier")),
     count("about 20,700", 20700, "approx", cats=("count", "qualifier")),
     per100k("7.1 new COVID-19 hospital admissions per 100,000", 7.1),
     count("Nine", 9, cats=("count", "number_words")),
     pct("36.2%", 36.2),
     pct("28%", 28, direction=DOWN, cats=("percent", "decline_word"))],
    [nc("December 9", "date"), nc("fifth", "ordinal")])

# --- energy, polls, transport ---
row("n17-16", "en", "https://www.gtlakes.com/2018/05/17/rate-increase-takes-effect-in-june/", "2018-05-17",
    "The rate change amounts to a net increase of $0.0051 per kilowatt-hour (kWh), broken down as follows:\n"
    "- A $0.0216 increase in the energy charge\n"
    "- A $0.0165 decrease in the power supply cost recovery factor (PSCR)\n"
    "The monthly charge remains the same for both rate classifications.\n"
    "This increase equates to a $4.08 monthly increase for the average residential member using 800 kWh per month. For "
    "the average seasonal member using 200 kWh per month, it results in a $1.02 monthly increase. (Amounts don’t "
    "include state sales tax.)",
    [q("$0.0051 per kilowatt-hour", 0.0051, "USD/kWh", "change", direction=UP, cats=("currency_symbol", "per_unit")),
     q("$0.0216", 0.0216, "USD/kWh", "change", direction=UP, cats=("currency_symbol", "unit_from_context", "list")),
     q("$0.0165", 0.0165, "USD/kWh", "change", direction=DOWN,
       cats=("currency_symbol", "unit_from_context", "list", "decline_word")),
     q("$4.08", 4.08, "USD", "change", direction=UP, cats=("currency_symbol",)),
     q("800 kWh", 800, "kWh", "level", cats=("energy",)),
     q("200 kWh", 200, "kWh", "level", cats=("energy",)),
     q("$1.02", 1.02, "USD", "change", direction=UP, cats=("currency_symbol",))])
row("n17-17", "en", "https://blog.democraticunderground.org/10699705", None,
    "The poll finds that registered voters in North Carolina who were surveyed give the president an approval rating of "
    "44%, with 50% saying they disapprove of the job Trump is doing as president. The remainder didnt express an "
    "opinion. "
    "The poll of 401 registered voters was taken Sept. 11-30 and has a margin of error of 6 percentage points.",
    [pct("44%", 44, "share"), pct("50%", 50, "share"),
     count("401", 401),
     q("6 percentage points", 6, "pp", "level", cats=("pp",))],
    [nc("Sept. 11-30", "date")])
row("n17-18", "en",
    "https://usa.streetsblog.org/2010/04/01/new-survey-84-of-transit-networks-grappling-with-fare-hikes-service-cuts",
    "2010-04-01",
    "APTA's bleak survey reflects data from 151 rail and bus systems throughout the nation, which together carry more "
    "than eight of every 10 U.S. transit riders. Sixty-nine percent of that group reported looming budget gaps for the "
    "coming fiscal year, with 11 agencies facing a deficit larger than 20 percent (see chart at right). "
    "The economic downturn has taken a particular toll on agencies' operating budgets, putting layoffs in the mix and "
    "prompting a schism within the industry over redirecting federal formula grants to cover transit operating costs. "
    "Nearly one-half (49 percent) of every transit system surveyed by APTA has redirected capital funds, which are set "
    "aside for acquiring or upgrading equipment, to cover operating budget shortfalls. Another 18 percent of responding "
    "agencies said such a capital funding transfer was under consideration for the future.",
    [count("151", 151),
     pct("more than eight of every 10", 80, "share", qualifier="gt", cats=("fraction_words", "qualifier")),
     pct("Sixty-nine percent", 69, "share", cats=("percent", "per_cent_words", "number_words")),
     count("11", 11),
     pct("larger than 20 percent", 20, "share", qualifier="gt", cats=("percent", "per_cent_words", "qualifier")),
     pct("Nearly one-half", 50, "share", qualifier="approx", cats=("fraction_words", "qualifier")),
     pct("49 percent", 49, "share", cats=("percent", "per_cent_words", "parenthesised")),
     pct("18 percent", 18, "share", cats=("percent", "per_cent_words"))])

# --- German: electricity in Cent a kilowatt-hour ---
row("n17-19", "de",
    "https://www.welt.de/newsticker/dpa_nt/infoline_nt/wirtschaft_nt/article204855272/Strompreis-Rekord-Groessere-Haushalte-zahlen-mehr-als-30-Cent.html",
    "2020-01",
    "Bei einen Jahresverbrauch von 4000 Kilowattstunden hat das Vergleichs- und Vermittlungsportal Verivox zum "
    "Jahresbeginn einen Durchschnittspreis von 30,01 Cent pro Kilowattstunde ermittelt. "
    "Aufs Jahr gerechnet betrage die Stromrechnung bei einem Verbrauch von 4000 Kilowattstunden jetzt rund 1200 Euro, "
    "4,1 Prozent mehr als 2019, teilte Verivox am Mittwoch in Heidelberg mit. Zum Jahreswechsel habe mehr als die "
    "Hälfte der über 800 Grundversorger in Deutschland ihre Preise erhöht. Für Februar und März hätten weitere 35 "
    "Versorger Preiserhöhungen angekündigt.",
    [q("4000 Kilowattstunden", 4000, "kWh", "level", cats=("energy",)),
     q("30,01 Cent pro Kilowattstunde", 0.3001, "EUR/kWh", "ratio", cats=("cents", "per_unit", "decimal_comma")),
     q("4000 Kilowattstunden", 4000, "kWh", "level", cats=("energy",)),
     q("rund 1200 Euro", 1200, "EUR", "level", "approx", cats=("currency_name", "qualifier")),
     pct("4,1 Prozent", 4.1, cats=("percent", "per_cent_words", "decimal_comma")),
     pct("mehr als die Hälfte", 50, "share", qualifier="gt", cats=("fraction_words", "qualifier")),
     count("über 800", 800, "gt", cats=("count", "qualifier")),
     count("35", 35)],
    [nc("2019", "year")])
row("n17-20", "de", "https://www.check24.de/strom/news/coronakrise-strompreise-steigen-um-rund-sieben-prozent-67472/",
    "2020-10",
    "Dabei hängt der Strompreis pro Kilowattstunde stark vom Jahresverbrauch der Haushalte ab. Bei weniger als 1.000 "
    "Kilowattstunden pro Jahr zahlten Verbraucher im Schnitt 47,52 Cent pro kWh. Ab einem jährlichen Stromverbrauch "
    "von 15.000 kWh lag der Durchschnittpreis bei 25,79 Cent. Um die Verbraucher dennoch zu entlasten, wurde die "
    "Mehrwertsteuersenkung und die Senkung der EEG-Umlage von der Bundesregierung beschlossen. Von der "
    "Mehrwertsteuersenkung konnten laut Statistischem Bundesamt bisher etwa 15 Prozent der Stromkunden profitieren. "
    "Höhere Netzentgelte und Mehrkosten für Energie und Vertrieb werden die Strompreise dennoch auf hohem Niveau halten. "
    "Auch die Gaspreise zogen an. Pro Kilowattstunde Gas wurden durchschnittlich 5,99 Cent fällig, also 2,7 Prozent "
    "mehr als im zweiten Halbjahr 2019. Ein Abwärtstrend bei den Gas- und Strompreisen ist auch für 2021 nicht in Sicht.",
    [q("weniger als 1.000 Kilowattstunden", 1000, "kWh", "level", "lt", cats=("energy", "qualifier")),
     q("47,52 Cent pro kWh", 0.4752, "EUR/kWh", "ratio", cats=("cents", "per_unit", "decimal_comma")),
     q("15.000 kWh", 15000, "kWh", "level", cats=("energy",)),
     q("25,79 Cent", 0.2579, "EUR/kWh", "ratio", cats=("cents", "unit_from_context", "decimal_comma")),
     pct("etwa 15 Prozent", 15, "share", qualifier="approx", cats=("percent", "per_cent_words", "qualifier")),
     q("5,99 Cent", 0.0599, "EUR/kWh", "ratio", cats=("cents", "unit_from_context", "decimal_comma")),
     pct("2,7 Prozent", 2.7, cats=("percent", "per_cent_words", "decimal_comma"))],
    [nc("zweiten Halbjahr 2019", "half_year"), nc("2021", "year")])

# --- Spanish: housing prices a square metre ---
row("n17-21", "es",
    "https://www.agenciadenoticias.es/2025/11/21/la-vivienda-libre-alcanza-un-nuevo-maximo-historico-tras-subir-un-121-en-el-tercer-trimestre",
    "2025-11-21",
    "El precio de la vivienda libre volvió a dispararse entre julio y septiembre, con un incremento interanual del "
    "12,1%, lo que sitúa su valor medio en 2.153,4 euros por metro cuadrado. Se trata del registro más alto desde que "
    "existe esta estadística, iniciada en 1995, según informó este miércoles el Ministerio de Vivienda y Agenda Urbana. "
    "Con esta cifra, el mercado supera el anterior récord alcanzado en plena burbuja inmobiliaria, cuando la vivienda "
    "llegó a costar 2.101,4 euros por metro cuadrado, más de 50 euros menos que el nivel actual. La comparación con los "
    "mínimos de 2014 —año que marcó el punto más bajo tras el estallido de la burbuja— refleja una revalorización "
    "cercana al 48% respecto a aquellos 1.455,8 euros por metro cuadrado. "
    "El encarecimiento no solo se aprecia en términos interanuales: respecto al trimestre anterior, los precios "
    "crecieron un 2,9%, encadenando tres periodos consecutivos por encima de la barrera de los 2.000 euros por metro "
    "cuadrado.",
    [pct("12,1%", 12.1, cats=("percent", "decimal_comma")),
     q("2.153,4 euros por metro cuadrado", 2153.4, "EUR/m2", "ratio", cats=("currency_name", "per_unit", "decimal_comma")),
     q("2.101,4 euros por metro cuadrado", 2101.4, "EUR/m2", "ratio", cats=("currency_name", "per_unit", "decimal_comma")),
     q("más de 50 euros", 50, "EUR/m2", "change", "gt", DOWN, cats=("currency_name", "unit_from_context", "qualifier")),
     pct("cercana al 48%", 48, qualifier="approx", cats=("percent", "qualifier")),
     q("1.455,8 euros por metro cuadrado", 1455.8, "EUR/m2", "ratio", cats=("currency_name", "per_unit", "decimal_comma")),
     pct("2,9%", 2.9, cats=("percent", "decimal_comma")),
     count("tres", 3, cats=("count", "number_words")),
     q("2.000 euros por metro cuadrado", 2000, "EUR/m2", "ratio", cats=("currency_name", "per_unit"))],
    [nc("1995", "year"), nc("2014", "year")])
row("n17-22", "es",
    "https://www.alimarket.es/construccion/noticia_amp/303362/el-precio-de-la-vivienda-sube-un-3-1--interanual", "2019",
    "El precio medio del m2 de la vivienda libre se ha situado en 1.637,4 euros en el segundo trimestre de 2019, lo que "
    "supone una variación trimestral del 0,1% e interanual del 3,1%, según los datos de la Estadística del valor tasado "
    "de la vivienda publicada hoy por el Ministerio de Fomento. En el siguiente gráfico se puede observar que, tras 26 "
    "trimestres de caídas interanuales en el precio de la vivienda, iniciadas a finales de 2008, el dato supone el "
    "decimoséptimo trimestre consecutivo de subida nominal de los precios. "
    "Por su parte en términos reales, es decir, descontando la inflación, el precio de la vivienda libre ha "
    "experimentado un incremento del 3,3%. Por CCAA, se constata que solamente hay tres comunidades con descensos "
    "interanuales de precios, La Rioja (-2,1%), Castilla y León (-0,2% y País Vasco (-0,1%). El resto presentan "
    "crecimientos interanuales, destacando Madrid (5,2%), Baleares (5,0%), Cataluña (4,3%), Canarias (4,0%) y Comunidad "
    "Valenciana (3,9%). El precio medio del metro cuadrado de la vivienda protegida en España en el segundo trimestre del "
    "año fue de 1.124,2 euros. La variación respecto al mismo trimestre de 2018 muestra una caída del -0,5%.",
    [q("1.637,4 euros", 1637.4, "EUR/m2", "ratio", cats=("currency_name", "unit_from_context", "decimal_comma")),
     pct("0,1%", 0.1, cats=("percent", "decimal_comma")),
     pct("3,1%", 3.1, cats=("percent", "decimal_comma")),
     pct("3,3%", 3.3, cats=("percent", "decimal_comma")),
     count("tres", 3, cats=("count", "number_words")),
     pct("-2,1%", -2.1, direction=DOWN, cats=("percent", "decimal_comma", "negative_sign", "parenthesised")),
     pct("-0,2%", -0.2, direction=DOWN, cats=("percent", "decimal_comma", "negative_sign", "parenthesised")),
     pct("-0,1%", -0.1, direction=DOWN, cats=("percent", "decimal_comma", "negative_sign", "parenthesised")),
     pct("5,2%", 5.2, cats=("percent", "decimal_comma", "parenthesised")),
     pct("5,0%", 5.0, cats=("percent", "decimal_comma", "parenthesised")),
     pct("4,3%", 4.3, cats=("percent", "decimal_comma", "parenthesised")),
     pct("4,0%", 4.0, cats=("percent", "decimal_comma", "parenthesised")),
     pct("3,9%", 3.9, cats=("percent", "decimal_comma", "parenthesised")),
     q("1.124,2 euros", 1124.2, "EUR/m2", "ratio", cats=("currency_name", "unit_from_context", "decimal_comma")),
     pct("-0,5%", -0.5, direction=DOWN, cats=("percent", "decimal_comma", "negative_sign", "decline_word"))],
    [nc("segundo trimestre de 2019", "quarter"), nc("26 trimestres", "duration"), nc("finales de 2008", "date"),
     nc("decimoséptimo", "ordinal"), nc("2018", "year")])

# --- Greek: inflation ---
row("n17-23", "el", "https://moneyreview.gr/tag/times-trofimon/page/55", None,
    "Στο 8,9% ανήλθε ο πληθωρισμός τον Μάρτιο, από 7,2% που ήταν τον Φεβρουάριο. Οι τιμές του ρεύματος αυξήθηκαν κατά "
    "79,3% τον τελευταίο χρόνο, του φυσικού αερίου κατά 68,3% και του πετρελαίου θέρμανσης κατά 58,5%. Αύξηση 19,9% στα "
    "έλαια, 13,6% στα λαχανικά και 7,6% στο ψωμί.",
    [pct("8,9%", 8.9, "level", cats=("percent", "decimal_comma")),
     pct("7,2%", 7.2, "level", cats=("percent", "decimal_comma")),
     pct("79,3%", 79.3, cats=("percent", "decimal_comma")),
     pct("68,3%", 68.3, cats=("percent", "decimal_comma")),
     pct("58,5%", 58.5, cats=("percent", "decimal_comma")),
     pct("19,9%", 19.9, cats=("percent", "decimal_comma")),
     pct("13,6%", 13.6, cats=("percent", "decimal_comma", "list")),
     pct("7,6%", 7.6, cats=("percent", "decimal_comma", "list"))])
row("n17-24", "el", "https://www.newsit.gr/oikonomia/plithorismos-eftase-to-9-4-ton-aprilio-symfona-me-ti-Eurostat/3515011/",
    "2022-04",
    "Από το 8% τον Μάρτιο του 2022, μέσα σε έναν μήνα ο πληθωρισμός στην Ελλάδα έφτασε στο 9,4%, σύμφωνα με τα στοιχεία "
    "που έδωσε σήμερα (29.04.2022) στη δημοσιότητα η Eurostat. Εκτιμάται ότι ο πληθωρισμός που θα ανακοινώσει η ΕΛΣΤΑΤ, "
    "τον Μάιο, θα είναι πάνω από 10%! "
    "Κατά 0,1% αυξήθηκε ο πληθωρισμός και στην ευρωζώνη, από 7,4% σε 7,5% τον Απρίλιο, με τις τιμές στην ενέργεια να "
    "αυξάνονται κατά 38%!",
    [pct("8%", 8, "level"),
     pct("9,4%", 9.4, "level", cats=("percent", "decimal_comma")),
     pct("πάνω από 10%", 10, "level", qualifier="gt", cats=("percent", "qualifier")),
     pct("0,1%", 0.1, cats=("percent", "decimal_comma")),
     pct("7,4%", 7.4, "level", cats=("percent", "decimal_comma")),
     pct("7,5%", 7.5, "level", cats=("percent", "decimal_comma")),
     pct("38%", 38)],
    [nc("Μάρτιο του 2022", "date"), nc("29.04.2022", "date")])

# --- Arabic: the US federal budget ---
row("n17-25", "ar", "https://transparency.news/news/317873", None,
    "أظهرت بيانات وزارة الخزانة الأميركية، الجمعة، أن عجز الموازنة الأميركية ارتفع إلى حوالي 1.7 تريليون دولار خلال العام "
    "المالي المنتهي في أيلول، بزيادة 23.2% عن العام السابق. "
    "وجاء هذا الارتفاع في العجز رغم انخفاض الإيرادات والنفقات، حيث بلغ إجمالي الإيرادات 4.4 تريليون دولار، وإجمالي النفقات "
    "6.1 تريليون دولار. "
    "ويضيف هذا العجز إلى الدين الأميركي الذي بلغ 33.6 تريليون دولار في وقت سابق من هذا الأسبوع. "
    "ويأتي هذا الارتفاع في العجز في وقت يسعى الرئيس الأميركي جو بايدن إلى الحصول على موافقة الكونغرس على تخصيص حوالي 105 "
    "مليارات دولار لنفقات أمنية، بما في ذلك 61 مليار دولار لأوكرانيا و14 مليار دولار لإسرائيل.",
    [q("1.7 تريليون دولار", 1.7e12, "USD", "level", "approx", cats=("currency_name", "scale_word", "qualifier")),
     pct("23.2%", 23.2),
     q("4.4 تريليون دولار", 4.4e12, "USD", "level", cats=("currency_name", "scale_word")),
     q("6.1 تريليون دولار", 6.1e12, "USD", "level", cats=("currency_name", "scale_word")),
     q("33.6 تريليون دولار", 33.6e12, "USD", "level", cats=("currency_name", "scale_word")),
     q("105 مليارات دولار", 105e9, "USD", "level", "approx", cats=("currency_name", "scale_word", "qualifier")),
     q("61 مليار دولار", 61e9, "USD", "level", cats=("currency_name", "scale_word")),
     q("14 مليار دولار", 14e9, "USD", "level", cats=("currency_name", "scale_word", "prefix_glued"))])
row("n17-26", "ar",
    "http://lebanontoday.net/amp/84/115553-ارتفاع-عجز-الميزانية-في-الولايات-المتحدة-بنسبة-79-في-شهر-تموز", "2018-08",
    "ارتفع عجز الميزانية في الولايات المتحدة في يوليو/ تموز 2018 إلى 76 مليار و800 مليون دولار بزيادة 79% عن نفس الشهر في "
    "عام 2017، وفقا لوزارة الخزانة يوم الجمعة. وكشفت أن العجز بلغ في أول 10 أشهر من هذا العام المالي 683.97 مليار دولار، ما "
    "يمثل زيادة بنحو 21% مقارنة بالفترة ذاتها من العام الماضي , وأفادت بأن العجز كان 566.02 مليار دولار خلال الفترة ذاتها من "
    "العام 2017. وبلغ إجمالي الإيرادات الشهر الماضي 225 مليار دولار، بانخفاض 3 في المئة على أساس سنوي، بينما سجلت النفقات "
    "قفزة قدرها 10 في المئة إلى 302 مليار دولار.",
    [q("76 مليار و800 مليون دولار", 76.8e9, "USD", "level", cats=("currency_name", "scale_word", "compound")),
     pct("79%", 79),
     q("683.97 مليار دولار", 683.97e9, "USD", "level", cats=("currency_name", "scale_word")),
     pct("21%", 21, qualifier="approx", cats=("percent", "qualifier")),
     q("566.02 مليار دولار", 566.02e9, "USD", "level", cats=("currency_name", "scale_word")),
     q("225 مليار دولار", 225e9, "USD", "level", cats=("currency_name", "scale_word")),
     pct("3 في المئة", 3, direction=DOWN, cats=("percent", "per_cent_words", "decline_word")),
     pct("10 في المئة", 10, cats=("percent", "per_cent_words")),
     q("302 مليار دولار", 302e9, "USD", "level", cats=("currency_name", "scale_word"))],
    [nc("تموز 2018", "date"), nc("عام 2017", "year"), nc("10 أشهر", "duration"), nc("العام 2017", "year")])
row("n17-27", "ar",
    "https://argaam.com/ar/switch-view?mobile=true&returnUrl=https%3A%2F%2Fwww.argaam.com%2Far%2Farticle%2Farticledetail%2Fid%2F1636193",
    None,
    "وكشفت بيانات وزارة الخزانة الأمريكية، أن عجز الموازنة بلغ 378 مليار دولار في مارس الماضي، مقابل 192.6 مليار دولار في نفس "
    "الفترة قبل عام، ومقارنة بتوقعات تسجيل عجز 309.5 مليار دولار. "
    "وسجلت الإيرادات الفيدرالية نحو 313 مليار دولار في مارس الماضي، بهبوط 1% على أساس سنوي. "
    "بينما صعد الإنفاق المالي في الموازنة الأمريكية إلى 691 مليار دولار، بارتفاع 36% عن مستويات مارس 2022. "
    "وفي أول ستة أشهر من العام المالي الذي بدأ في أكتوبر الماضي، بلغ عجز الموازنة الفيدرالية 1.1 تريليون دولار، بزيادة 65% على "
    "أساس سنوي.",
    [q("378 مليار دولار", 378e9, "USD", "level", cats=("currency_name", "scale_word")),
     q("192.6 مليار دولار", 192.6e9, "USD", "level", cats=("currency_name", "scale_word")),
     q("309.5 مليار دولار", 309.5e9, "USD", "level", cats=("currency_name", "scale_word")),
     q("نحو 313 مليار دولار", 313e9, "USD", "level", "approx", cats=("currency_name", "scale_word", "qualifier")),
     pct("1%", 1, direction=DOWN, cats=("percent", "decline_word")),
     q("691 مليار دولار", 691e9, "USD", "level", cats=("currency_name", "scale_word")),
     pct("36%", 36),
     q("1.1 تريليون دولار", 1.1e12, "USD", "level", cats=("currency_name", "scale_word")),
     pct("65%", 65)],
    [nc("مارس 2022", "date"), nc("ستة أشهر", "duration")])

# --- Chinese and Japanese: consumer prices ---
row("n17-28", "zh", "http://cn.chinagate.cn/economics/2010-04/15/content_19822142.htm", "2010-04-15",
    "中国网4月15日讯国家统计局今天公布一季度国民经济运行情况,居民消费价格同比上涨,生产价格上涨较快。一季度,居民消费价格同比上涨"
    "2.2%。其中,城市上涨2.1%,农村上涨2.4%。一季度,工业品出厂价格同比上涨5.2%。【中国网现场直播】\n"
    "分类别看,八大类商品四涨四落:食品上涨5.1%,烟酒及用品上涨1.6%,医疗保健和个人用品上涨2.4%,居住上涨2.9%;衣着下降0.9%,"
    "家庭设备用品及维修服务下降0.9%,交通和通信下降0.1%,娱乐教育文化用品及服务下降0.1%。",
    [pct("2.2%", 2.2), pct("2.1%", 2.1), pct("2.4%", 2.4), pct("5.2%", 5.2),
     pct("5.1%", 5.1), pct("1.6%", 1.6), pct("2.4%", 2.4), pct("2.9%", 2.9),
     pct("0.9%", 0.9, direction=DOWN, cats=("percent", "decline_word")),
     pct("0.9%", 0.9, direction=DOWN, cats=("percent", "decline_word")),
     pct("0.1%", 0.1, direction=DOWN, cats=("percent", "decline_word")),
     pct("0.1%", 0.1, direction=DOWN, cats=("percent", "decline_word"))],
    [nc("4月15日", "date")])
row("n17-29", "ja", "https://diamond-rm.net/flash_news/350982/amp", "2023-02-24",
    "総務省が24日発表した1月の全国消費者物価指数(2020年=100)は、価格変動の大きい生鮮食品を除く総合指数が104.3と、前年同月比4.2%"
    "上昇した。1981年9月(4.2%)に並ぶ41年4カ月ぶりの高い伸びとなった。上昇は17カ月連続となる。",
    [q("104.3", 104.3, "", "level", cats=("index_level",)),
     pct("4.2%", 4.2),
     pct("4.2%", 4.2, cats=("percent", "parenthesised"))],
    [nc("2020年=100", "index_base"), nc("1981年9月", "date"), nc("41年4カ月", "duration"), nc("17カ月", "duration")])
row("n17-30", "ja", "https://datazoo.jp/w/%E6%B6%88%E8%B2%BB%E8%80%85%E7%89%A9%E4%BE%A1%E6%8C%87%E6%95%B0/70041240",
    None,
    "先月の消費者物価指数は天候の影響が大きい生鮮食品を除いた指数が2020年の平均を100とし、111.6となり、去年の同じ月より3.1%上昇。"
    "エネルギーが値下がりに転じたことから上昇率は前月比0.2ポイント縮小したが、8か月連続の3%代としている。主な要因は食料品の値上がりで"
    "生鮮食品を除く食料は8.3%上昇。このうち、銘柄米が調査の対象の米類は90.7%の上昇と前月比9.5ポイント減も高い水準が続いている。"
    "また携帯大手の間で料金を値上げする動きが出ていることから通信料が11.8%上昇。",
    [q("111.6", 111.6, "", "level", cats=("index_level",)),
     pct("3.1%", 3.1),
     q("0.2ポイント", 0.2, "pp", "change", direction=DOWN, cats=("pp", "decline_word")),
     pct("3%", 3, "level"),
     pct("8.3%", 8.3), pct("90.7%", 90.7),
     q("9.5ポイント", 9.5, "pp", "change", direction=DOWN, cats=("pp", "decline_word")),
     pct("11.8%", 11.8)],
    [nc("2020年", "year"), nc("8か月", "duration")])

# --- Hebrew and Thai (scripts no glossary reads): a prefix glued to a figure, sentences without full stops ---
row("n17-31", "he", "https://epoch.org.il/news/613349/", "2026-01-05",
    "הוועדה המוניטרית של בנק ישראל החליטה היום להפחית את הריבית ב-0.25% לרמה של 4%. מדובר בהפחתת הריבית השנייה ברציפות, "
    "לאחר שגם בנובמבר 2025 הופחתה הריבית בשיעור דומה. "
    "במרכז הנימוקים שהציג הבנק עומדת התמתנות בסביבת האינפלציה. מדד המחירים לצרכן ירד בנובמבר ב-0.5%, והאינפלציה השנתית "
    "עומדת כיום על 2.4%.",
    [pct("0.25%", 0.25, direction=DOWN, cats=("percent", "prefix_glued", "decline_word")),
     pct("4%", 4, "level"),
     pct("0.5%", 0.5, direction=DOWN, cats=("percent", "prefix_glued", "decline_word")),
     pct("2.4%", 2.4, "level")],
    [nc("בנובמבר 2025", "date")])
row("n17-32", "he",
    "https://www.ibank.org.il/%D7%9E%D7%93%D7%93-%D7%90%D7%A4%D7%A8%D7%99%D7%9C-%D7%96%D7%99%D7%A0%D7%A7-%D7%91-0-8-%D7%95%D7%90%D7%97%D7%A8%D7%99%D7%95-%D7%92%D7%9D-%D7%94%D7%A8%D7%99%D7%91%D7%99%D7%AA-%D7%91%D7%9E/",
    "2023-05",
    "בנק ישראל הודיע על העלאת ריבית נוספת – העשירית ברצף – בשיעור של 0.25%. בכך יעלה שיעור הריבית הבסיסית בישראל ל-4.75%, "
    "ושיעור ריבית הפריים יעמוד על 6.25%. מדובר ברמת הריבית הגבוהה ביותר מזה 17 שנים. העלאת הריבית באה זמן קצר לאחר "
    "שהלשכה המרכזית לסטטיסטיקה דיווחה על הזינוק במדד המחירים לצרכן בחודש אפריל ב-0.8%, "
    "מדד המחירים לצרכן זינק באפריל כפול מרוב התחזיות. בשל המדד הגבוה, נותרה האינפלציה השנתית בישראל ללא שינוי לעומת מרץ "
    "ברמה של 5%. על פי נתוני המגמה, לתקופה שבין ינואר 2023 – אפריל 2023, קצב העלייה השנתי של מדד המחירים לצרכן הגיע ל-4.2%.",
    [pct("0.25%", 0.25),
     pct("4.75%", 4.75, "level", cats=("percent", "prefix_glued")),
     pct("6.25%", 6.25, "level"),
     pct("0.8%", 0.8, cats=("percent", "prefix_glued")),
     pct("5%", 5, "level"),
     pct("4.2%", 4.2, "level", cats=("percent", "prefix_glued"))],
    [nc("17 שנים", "duration"), nc("ינואר 2023", "date"), nc("אפריל 2023", "date")])
row("n17-33", "th",
    "https://story2you.com/%E0%B8%A3%E0%B8%B2%E0%B8%84%E0%B8%B2%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B8%A1%E0%B8%B1%E0%B8%99%E0%B8%9E%E0%B8%A3%E0%B8%B8%E0%B9%88%E0%B8%87%E0%B8%99%E0%B8%B5%E0%B9%89-1-%E0%B8%9E%E0%B8%A4%E0%B8%A8/",
    "2023-10-31",
    "ราคาน้ำมันพรุ่งนี้ 1 พฤศจิกายน 2566 เพิ่มขึ้นจากราคาวันนี้ 31 ตุลาคม 2566 ดังนี้\n"
    "- เบนซิน 95 เพิ่มขึ้น 0.50 บาทต่อลิตร\n"
    "- เบนซิน 91 เพิ่มขึ้น 0.50 บาทต่อลิตร\n"
    "- แก๊สโซฮอล์ E20 เพิ่มขึ้น 0.50 บาทต่อลิตร\n"
    "- แก๊สโซฮอล์ E85 เพิ่มขึ้น 0.51 บาทต่อลิตร\n"
    "- ดีเซล B7 เพิ่มขึ้น 0.50 บาทต่อลิตร\n"
    "- ดีเซล B20 เพิ่มขึ้น 0.50 บาทต่อลิตร\n"
    "- ดีเซลพรีเมี่ยม เพิ่มขึ้น 0.50 บาทต่อลิตร",
    [q("0.50 บาทต่อลิตร", 0.50, "THB/l", "change", direction=UP, cats=("currency_name", "per_unit", "list")),
     q("0.50 บาทต่อลิตร", 0.50, "THB/l", "change", direction=UP, cats=("currency_name", "per_unit", "list")),
     q("0.50 บาทต่อลิตร", 0.50, "THB/l", "change", direction=UP, cats=("currency_name", "per_unit", "list")),
     q("0.51 บาทต่อลิตร", 0.51, "THB/l", "change", direction=UP, cats=("currency_name", "per_unit", "list")),
     q("0.50 บาทต่อลิตร", 0.50, "THB/l", "change", direction=UP, cats=("currency_name", "per_unit", "list")),
     q("0.50 บาทต่อลิตร", 0.50, "THB/l", "change", direction=UP, cats=("currency_name", "per_unit", "list")),
     q("0.50 บาทต่อลิตร", 0.50, "THB/l", "change", direction=UP, cats=("currency_name", "per_unit", "list"))],
    [nc("1 พฤศจิกายน 2566", "date"), nc("31 ตุลาคม 2566", "date"), nc("เบนซิน 95", "name"), nc("เบนซิน 91", "name"),
     nc("E20", "name"), nc("E85", "name"), nc("B7", "name"), nc("B20", "name")])
row("n17-34", "th", "https://tna.mcot.net/tna-208770", None,
    "กทม. 20 พ.ค. – การปรับขึ้นราคาน้ำมันและแก๊สโซฮอล์ล่าสุดเมื่อวานนี้ ถือว่าเป็นปรับขึ้นต่อเนื่อง "
    "โดยเฉพาะราคาน้ำมันดีเซลพบว่าเป็นระดับราคาที่สูงสุดในรอบกว่า 3 ปี\n"
    "เมื่อย้อนไปดูการปรับราคาน้ำมันในช่วง 4 เดือนที่ผ่านมา จากกราฟเปรียบเทียบจะเห็นได้ว่ามีการปรับขึ้นราคาทุกเดือน\n"
    "น้ำมันดีเซล วันที่ 23 กุมภาพันธ์ ราคาอยู่ที่ลิตรละ 26.69 บาท\n"
    "22 มีนาคม ปรับขึ้นเป็น 26.99 บาท\n"
    "21เมษายน ปรับขึ้นเป็น 27.49บาท\n"
    "ล่าสุดราคาอยู่ที่ 29.79 บาทต่อลิตร",
    [q("26.69 บาท", 26.69, "THB/l", "ratio", cats=("currency_name", "per_unit")),
     q("26.99 บาท", 26.99, "THB/l", "ratio", cats=("currency_name", "unit_from_context")),
     q("27.49บาท", 27.49, "THB/l", "ratio", cats=("currency_name", "unit_from_context")),
     q("29.79 บาทต่อลิตร", 29.79, "THB/l", "ratio", cats=("currency_name", "per_unit"))],
    [nc("20 พ.ค.", "date"), nc("3 ปี", "duration"), nc("4 เดือน", "duration"), nc("23 กุมภาพันธ์", "date"),
     nc("22 มีนาคม", "date"), nc("21เมษายน", "date")])


def main() -> None:
    write_passages(OUT, ROWS)


if __name__ == "__main__":
    main()
