"""Build `extraction_news16.jsonl`: real news paragraphs (pass 16, xnews16), labelled by hand.

Each row is one paragraph (or two or three that follow each other on their page, joined with a
space) copied verbatim from a stored page (pages corpus) with its URL and date; the gold follows
benchmarks/devsets/extraction_news.md and the choices listed in extraction_news16.md. Run from the
repository root:

    python3 benchmarks/devsets/explore/build_news16.py
"""

from __future__ import annotations

from pathlib import Path

from labelling import figure as q
from labelling import non_claim as nc
from labelling import Passages, write_passages
from labelling import percent as pct

OUT = Path(__file__).with_name("extraction_news16.jsonl")


UP, DOWN = "up", "down"
ROWS = Passages()
row = ROWS.row  # one passage a call (labelling.Passages)



# --- local budgets and property tax (Texas, Community Impact and others) ---
row("n16-01", "en",
    "https://communityimpact.com/austin/southwest-austin-dripping-springs/government/2022/09/20/dripping-springs-adopts-304m-budget-ratifies-lower-tax-rate",
    "2022-09-20",
    "Council also ratified the FY 2022-23's tax rate at $0.1778 per $100 in taxable property value. "
    "Both the budget and tax rate passed unanimously, although Mayor Pro Tem Taline Manassian was absent from the meeting. "
    "The tax rate represents a decrease of $0.0122 per $100 in taxable property value from FY 2021-22 rate of $0.1900, "
    "but still exceeds the no-new-revenue rate of $0.1512.",
    [q("$0.1778", 0.1778, "USD", "ratio", cats=("currency_symbol", "per_unit")),
     q("$0.0122", 0.0122, "USD", "change", direction=DOWN, cats=("currency_symbol", "per_unit", "decline_word")),
     q("$0.1900", 0.19, "USD", "ratio", cats=("currency_symbol", "unit_from_context")),
     q("$0.1512", 0.1512, "USD", "ratio", cats=("currency_symbol", "unit_from_context"))],
    [nc("FY 2022-23", "fiscal_year"), nc("FY 2021-22", "fiscal_year"), nc("$100", "rate_base")])
row("n16-02", "en",
    "https://communityimpact.com/houston/cy-fair-jersey-village/government/2025/08/19/jersey-village-city-council-adopts-726-million-budget-ahead-of-new-fiscal-year",
    "2025-08-19",
    "The adopted FY 2025-26 budget includes:\n"
    "- $32.48 million for capital projects, such as flood mitigation, park improvements and street panel replacement\n"
    "- $36.58 million for operating costs, including $2.66 million for the police department, $2.28 million for the fire department and merit-based salary raises for city staff\n"
    "- $45.59 million in combined city revenues\n"
    "- $23.48 million from fund balances\n"
    "- $0.6565 per $100 home valuation for maintenance and operations\n"
    "- $0.1581 per $100 home valuation for debt service",
    [q("$32.48 million", 32.48e6, "USD", "level", cats=("currency_symbol", "scale_word", "list")),
     q("$36.58 million", 36.58e6, "USD", "level", cats=("currency_symbol", "scale_word", "list")),
     q("$2.66 million", 2.66e6, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$2.28 million", 2.28e6, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$45.59 million", 45.59e6, "USD", "level", cats=("currency_symbol", "scale_word", "list")),
     q("$23.48 million", 23.48e6, "USD", "level", cats=("currency_symbol", "scale_word", "list")),
     q("$0.6565", 0.6565, "USD", "ratio", cats=("currency_symbol", "per_unit", "list")),
     q("$0.1581", 0.1581, "USD", "ratio", cats=("currency_symbol", "per_unit", "list"))],
    [nc("FY 2025-26", "fiscal_year"), nc("$100", "rate_base")])
row("n16-03", "en",
    "https://communityimpact.com/news/2018/09/17/mckinney-city-council-adopts-fiscal-year-2018-19-general-fund-budget-and-tax-rate/",
    "2018-09-17",
    "The approved general fund budget includes a 1.5-cent per $100 property valuation tax rate reduction, an additional "
    "9.9 percent increase to the public safety fund, $2.5 million for street reconstruction, a 5 percent water rate "
    "increase and a 7 percent wastewater rate increase, according to a presentation given at the meeting. "
    "Council approved a decreased tax rate of $0.52570 per $100 property valuation. "
    "“This budget will raise more total property taxes than last year's budget by $7,465,085 or 7.02 percent, and of "
    "that amount, $5,183,635 is tax revenue to be raised from new property added to the tax roll this year,” council "
    "member Tracy Rath said.",
    [q("1.5-cent", 0.015, "USD", "change", direction=DOWN, cats=("cents", "per_unit", "decline_word")),
     pct("9.9 percent", 9.9, cats=("percent", "per_cent_words")),
     q("$2.5 million", 2.5e6, "USD", "level", cats=("currency_symbol", "scale_word")),
     pct("5 percent", 5, cats=("percent", "per_cent_words")),
     pct("7 percent", 7, cats=("percent", "per_cent_words")),
     q("$0.52570", 0.5257, "USD", "ratio", cats=("currency_symbol", "per_unit")),
     q("$7,465,085", 7465085, "USD", "change", direction=UP, cats=("currency_symbol", "thousands_separator")),
     pct("7.02 percent", 7.02, cats=("percent", "per_cent_words")),
     q("$5,183,635", 5183635, "USD", "level", cats=("currency_symbol", "thousands_separator"))],
    [nc("$100", "rate_base")])
row("n16-04", "en",
    "https://www.citizenportal.ai/articles/1488349/Denton-City/Denton-County/Texas/City-budget-proposal-sparks-heated-debate-over-tax-increases",
    None,
    "City officials also outlined utility rate increases, including a 3% hike in water rates, an 11% increase in "
    "wastewater rates, and a 1.5% rise in both electric base rates and solid waste fees. These adjustments are expected "
    "to add an average of $84 to utility bills, bringing the total monthly increase for residents to approximately $31.50. "
    "The General Fund budget remains steady at $207.5 million, with anticipated increases in sales tax revenue and "
    "employee costs, including a 3% cost-of-living adjustment and potential merit raises. The council also reviewed "
    "proposed supplemental requests, totaling $183,000, which sparked debate among members regarding their necessity "
    "and alignment with strategic objectives.",
    [pct("3%", 3), pct("11%", 11), pct("1.5%", 1.5),
     q("$84", 84, "USD", "change", direction=UP, cats=("currency_symbol",)),
     q("approximately $31.50", 31.5, "USD", "change", "approx", UP, cats=("currency_symbol", "qualifier")),
     q("$207.5 million", 207.5e6, "USD", "level", cats=("currency_symbol", "scale_word")),
     pct("3%", 3),
     q("$183,000", 183000, "USD", "level", cats=("currency_symbol", "thousands_separator"))])
row("n16-05", "en", "https://www.bamn.org/", None,
    "Budget Outlook: Current Biennium. The February 2020 Budget and Economic Forecast projected a surplus of $1.513 "
    "billion for the current biennium. The Coronavirus pandemic and resulting economic crisis has had a direct and "
    "immediate impact on the general fund budget. General fund revenue is now projected to be $3.611 billion (7.4 "
    "percent) lower than forecast in February and state spending, including enacted appropriations since February, is "
    "expected to be $391 million higher than February. These changes, partially offset by a $63 million lower forecast "
    "balance in the stadium reserve, result in a projected deficit of $2.426 billion in FY 2020-21. By law, the $2.359 "
    "billion budget reserve and $350 million cash flow account remain intact in this projection.",
    [q("$1.513 billion", 1.513e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$3.611 billion", 3.611e9, "USD", "change", direction=DOWN, cats=("currency_symbol", "scale_word", "decline_word")),
     pct("7.4 percent", 7.4, direction=DOWN, cats=("percent", "per_cent_words", "decline_word", "parenthesised")),
     q("$391 million", 391e6, "USD", "change", direction=UP, cats=("currency_symbol", "scale_word")),
     q("$63 million", 63e6, "USD", "change", direction=DOWN, cats=("currency_symbol", "scale_word", "decline_word")),
     q("$2.426 billion", 2.426e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$2.359 billion", 2.359e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$350 million", 350e6, "USD", "level", cats=("currency_symbol", "scale_word"))],
    [nc("February 2020", "date"), nc("FY 2020-21", "fiscal_year")])
row("n16-06", "en", "http://www.jdsupra.com/legalnews/february-forecast-projects-larger-surplu-96526/", None,
    "FY 2016-17 revenues are now forecast to be $42.497 billion, a $616 million (1.5 percent) increase over November "
    "estimates. Current law spending is forecast to be $41.128 billion, $115 million (0.3 percent) below previous "
    "projections. Changes to revenue and spending in the current biennium add $107 million to the FY 2016-17 beginning "
    "balance. As a result, the projected forecast balance in the next biennium is now $1.869 billion, an increase of "
    "$832 million over the November forecast.",
    [q("$42.497 billion", 42.497e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$616 million", 616e6, "USD", "change", direction=UP, cats=("currency_symbol", "scale_word")),
     pct("1.5 percent", 1.5, cats=("percent", "per_cent_words", "parenthesised")),
     q("$41.128 billion", 41.128e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$115 million", 115e6, "USD", "change", direction=DOWN, cats=("currency_symbol", "scale_word", "decline_word")),
     pct("0.3 percent", 0.3, direction=DOWN, cats=("percent", "per_cent_words", "decline_word", "parenthesised")),
     q("$107 million", 107e6, "USD", "change", direction=UP, cats=("currency_symbol", "scale_word")),
     q("$1.869 billion", 1.869e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$832 million", 832e6, "USD", "change", direction=UP, cats=("currency_symbol", "scale_word"))],
    [nc("FY 2016-17", "fiscal_year")])

# --- rates and central banks ---
row("n16-07", "en", "https://see.news/fed-raises-rates-by-0-75-highest-since-1994", None,
    "Friday's better-than-expected inflation data pushed treasury yields to their highest in more than a decade as "
    "markets expect the federal funds rate to reach 4% by the middle of next year. "
    "The Fed raised the interest rate last May by 0.5%, the largest in 22 years, while the increase it approved today "
    "is the third in a row, with a total of 1.5%. "
    "The last minutes of the Fed's May meeting showed Market Committee members agreeing to two half-percentage-point "
    "increases in interest rates at the June and July meetings before turning to 0.25 percentage-point increases until "
    "it overcomes the \"distress\" of inflation. "
    "The year-on-year increase in the US consumer price index unexpectedly accelerated to 8.6% in May, the highest "
    "level in 40 years.",
    [pct("4%", 4, "level"), pct("0.5%", 0.5), pct("1.5%", 1.5),
     q("half-percentage-point", 0.5, "pp", "change", direction=UP, cats=("pp", "fraction_words", "hyphenated")),
     q("0.25 percentage-point", 0.25, "pp", "change", direction=UP, cats=("pp", "hyphenated")),
     pct("8.6%", 8.6, "level")],
    [nc("22 years", "duration"), nc("40 years", "duration"), nc("third", "ordinal")])
row("n16-08", "en", "https://palapye.wordpress.com/2008/06/23/central-bank-responds-to-rising-inflation-with-rate-hike/",
    "2008-06-23",
    "The Central Bank recoiled at the rising fuel induced inflationary pressures on Thursday and adjusted interest rates "
    "upward by 50 basis points (half a percent) as part of a global bid by central banks to intervene on weakening "
    "global economic systems that threaten to drive the world economy into a recession similar to that last seen in 1970. "
    "In a statement released on Thursday, the bank said the Monetary Policy Committee, which met during the day, decided "
    "to increase the bank lending rate —-central bank lending rate to commercial banks —— by 50 bps to 15.5 percent, a "
    "move which will stretch-out the end consumers in the coming days as commercial banks respond to the move. "
    "“Since October 2007, inflation trended upwards and has remained above the Bank’s objective range of three-to- six "
    "percent, mainly reflecting the global increase in the price of food and oil,” the central bank’s MPC said in a "
    "statement. "
    "According to the Central Statistics Office’s consumer price index for the full May month, inflation jumped up by "
    "one percent to 12.1 percent against the 11.1 percent recorded at the [continue reading]",
    [q("50 basis points", 50, "bp", "change", direction=UP, cats=("bp",)),
     q("half a percent", 0.5, "%", "change", direction=UP, cats=("fraction_words", "percent", "parenthesised")),
     q("50 bps", 50, "bp", "change", direction=UP, cats=("bp", "abbreviation")),
     pct("15.5 percent", 15.5, "level", cats=("percent", "per_cent_words")),
     q("three-to- six percent", 3, "%", "level", "range", high=6, cats=("number_words", "range", "percent")),
     q("one percent", 1, "%", "change", direction=UP, cats=("number_words", "percent")),
     pct("12.1 percent", 12.1, "level", cats=("percent", "per_cent_words")),
     pct("11.1 percent", 11.1, "level", cats=("percent", "per_cent_words"))],
    [nc("1970", "year"), nc("October 2007", "date")])
row("n16-09", "en", "http://m.acphonor.com/interactive/90846/en", None,
    "New Zealand’s central bank has pushed its benchmark interest rate up by a record 0.75 percentage points, as it "
    "works to tame inflation even as other economies have signalled caution over monetary tightening. "
    "The Reserve Bank of New Zealand said on Wednesday that further monetary tightening was required to bring inflation "
    "back within its target range after hitting 7.2 per cent in September, sparking a sell-off in sovereign bonds. "
    "New Zealand’s two-year bond yield surged by 0.19 percentage points to about 4.6 per cent on Wednesday. Yields on "
    "the benchmark two-year paper have risen almost 2.5 percentage points this year.",
    [q("0.75 percentage points", 0.75, "pp", "change", direction=UP, cats=("pp",)),
     pct("7.2 per cent", 7.2, "level", cats=("percent", "per_cent_words")),
     q("0.19 percentage points", 0.19, "pp", "change", direction=UP, cats=("pp",)),
     pct("about 4.6 per cent", 4.6, "level", qualifier="approx", cats=("percent", "per_cent_words", "qualifier")),
     q("almost 2.5 percentage points", 2.5, "pp", "change", "nearly", UP, cats=("pp", "qualifier"))],
    [nc("two-year", "duration")])

# --- company results and markets ---
row("n16-10", "en", "https://www.nbcnews.com/id/wbna22789176", None,
    "Shareholders had hoped Apple's results would be a high point in a market otherwise marred by bad news. Instead, the "
    "company became emblematic of Tuesday's broader market tumble, which saw the tech-laden Nasdaq composite index fall "
    "47.75 points to 2,292.27. "
    "Apple shares fell $16.94, or 11 percent, to $138.51 on the disappointing forecast in after-hours trading Tuesday. "
    "The stock had already fallen $5.72, or more than 3 percent, to close at $155.64 during regular trading.",
    [q("47.75 points", 47.75, "points", "change", direction=DOWN, cats=("index_points", "decline_word")),
     q("2,292.27", 2292.27, "points", "level", cats=("index_points", "unit_from_context", "thousands_separator")),
     q("$16.94", 16.94, "USD", "change", direction=DOWN, cats=("currency_symbol", "decline_word")),
     pct("11 percent", 11, direction=DOWN, cats=("percent", "per_cent_words", "decline_word")),
     q("$138.51", 138.51, "USD", "level", cats=("currency_symbol",)),
     q("$5.72", 5.72, "USD", "change", direction=DOWN, cats=("currency_symbol", "decline_word")),
     pct("more than 3 percent", 3, direction=DOWN, qualifier="gt", cats=("percent", "per_cent_words", "qualifier", "decline_word")),
     q("$155.64", 155.64, "USD", "level", cats=("currency_symbol",))])
row("n16-11", "en", "https://gulfbrokers.com/news/fb-unexpected-earnings-stocks-are-under-big-pressure/", None,
    "The social-media behemoth’s stock lost roughly one-fifth of its value in the extended session Wednesday after its "
    "earnings report missed expectations on revenue and showed slowing user growth. Weak guidance also rattled investors. "
    "Facebook stock dropped about 7 percent immediately after the earnings report was released, then plummeted to a loss "
    "of more than 21 percent as a conference call with analysts progressed. Close to 34 million shares changed hands in "
    "the extended session, well above the average volume of 17 million shares for a regular trading session over the "
    "past month. Should the losses hold into Thursday’s regular session, Facebook would lose more than $100 billion in "
    "market capitalization and lose the stock’s gains for the year thus far, according to marketwatch.com",
    [q("roughly one-fifth", 20, "%", "change", "approx", DOWN, cats=("fraction_words", "qualifier", "decline_word")),
     pct("about 7 percent", 7, direction=DOWN, qualifier="approx", cats=("percent", "per_cent_words", "qualifier", "decline_word")),
     pct("more than 21 percent", 21, direction=DOWN, qualifier="gt", cats=("percent", "per_cent_words", "qualifier", "decline_word")),
     q("Close to 34 million", 34e6, "", "count", "nearly", cats=("scale_word", "count", "qualifier")),
     q("17 million", 17e6, "", "count", cats=("scale_word", "count")),
     q("more than $100 billion", 100e9, "USD", "change", "gt", DOWN, cats=("currency_symbol", "scale_word", "qualifier", "decline_word"))])
row("n16-12", "en", "https://gulfbrokers.com/news/fb-unexpected-earnings-stocks-are-under-big-pressure/", None,
    "The Menlo Park, Calif.-based company reported $5.12 billion in net income for the quarter, which amounts to $1.74 "
    "a share, up from $3.89 billion or $1.32 a share in the year-ago period. The bottom-line beat was above analysts’ "
    "average estimates of $1.71 a share. "
    "Profits were not what rattled investors, though. Facebook recorded sales of $13.04 billion, a 41.9% increase from "
    "a year ago, but that was lower than analyst estimates and previous growth rates.",
    [q("$5.12 billion", 5.12e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$1.74 a share", 1.74, "USD", "ratio", cats=("currency_symbol", "per_unit")),
     q("$3.89 billion", 3.89e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$1.32 a share", 1.32, "USD", "ratio", cats=("currency_symbol", "per_unit")),
     q("$1.71 a share", 1.71, "USD", "ratio", cats=("currency_symbol", "per_unit")),
     q("$13.04 billion", 13.04e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     pct("41.9%", 41.9)])
row("n16-13", "en", "https://moomoo.com/news/flash/18497893", None,
    "The company expects revenue to be up 7% to 8% in the current quarter to $9.2 billion to $9.25 billion. Analysts "
    "polled by FactSet are expecting revenue of $9.35 billion for the period. "
    "Here are other highlights from the companys earnings report: "
    "-- Salesforce posted a profit of $1.53 billion, or $1.56 a share, for the quarter ended April 30, compared with "
    "$199 million, or 20 cents a share, a year earlier. "
    "-- Stripping out certain one-time items, the company reported a profit of $2.44 a share, ahead of the $2.37 "
    "expected by Wall Street analysts and beating the companys guidance. "
    "-- Revenue rose 11% to $9.13 billion in the quarter, falling short of the $9.15 billion expected by Wall Street "
    "analysts.",
    [q("7% to 8%", 7, "%", "change", "range", UP, high=8, cats=("percent", "range")),
     q("$9.2 billion to $9.25 billion", 9.2e9, "USD", "level", "range", high=9.25e9, cats=("currency_symbol", "scale_word", "range")),
     q("$9.35 billion", 9.35e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$1.53 billion", 1.53e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$1.56 a share", 1.56, "USD", "ratio", cats=("currency_symbol", "per_unit")),
     q("$199 million", 199e6, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("20 cents a share", 0.2, "USD", "ratio", cats=("cents", "per_unit")),
     q("$2.44 a share", 2.44, "USD", "ratio", cats=("currency_symbol", "per_unit")),
     q("$2.37", 2.37, "USD", "ratio", cats=("currency_symbol", "unit_from_context")),
     pct("11%", 11),
     q("$9.13 billion", 9.13e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$9.15 billion", 9.15e9, "USD", "level", cats=("currency_symbol", "scale_word"))],
    [nc("April 30", "date")])
row("n16-14", "en", "http://www.cnbc.com/id/16690127", "2007-01-18",
    "Apple said net income for its fiscal first quarter ended Dec. 30 rose to $1.004 billion, or $1.14 a share, from "
    "$565 million, or 65 cents a share, in the year-ago quarter. Revenue rose to $7.12 billion from $5.75 billion. "
    "A consensus estimate compiled by Thomson First Call predicted Apple reporting a first-quarter profit of 78 cents a "
    "share. The results compared with Apple's own earlier forecast of earnings per share of 70 cents to 73 cents and "
    "revenue of $6.0 billion to $6.2 billion.",
    [q("$1.004 billion", 1.004e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$1.14 a share", 1.14, "USD", "ratio", cats=("currency_symbol", "per_unit")),
     q("$565 million", 565e6, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("65 cents a share", 0.65, "USD", "ratio", cats=("cents", "per_unit")),
     q("$7.12 billion", 7.12e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("$5.75 billion", 5.75e9, "USD", "level", cats=("currency_symbol", "scale_word")),
     q("78 cents a share", 0.78, "USD", "ratio", cats=("cents", "per_unit")),
     q("70 cents to 73 cents", 0.70, "USD", "ratio", "range", high=0.73, cats=("cents", "range")),
     q("$6.0 billion to $6.2 billion", 6.0e9, "USD", "level", "range", high=6.2e9, cats=("currency_symbol", "scale_word", "range"))],
    [nc("Dec. 30", "date")])
# --- health ---
GAZ = ("https://www.gazettextra.com/news/health_care/coronavirus/nearly-60-of-eligible-rock-county-residents-have-received-vaccine/"
       "article_f121873b-b66f-568a-ab8f-634dee6f56ec.html")
row("n16-15", "en", GAZ, "2021-08-12",
    "Vaccine data for Rock County shows 59.9% of eligible residents have received a vaccine dose and 58.4% of eligible "
    "residents have completed vaccination. Eligible residents are those over the age of 12. In terms of the overall "
    "population and vaccinations, 52.3% of Rock County residents have received one vaccine shot and 48.8% of county "
    "residents have completed vaccination, the Wisconsin Department of Health Services reported Wednesday. "
    "The slowly increasing vaccination rate comes as the virus transmission rate in the county remains elevated. Over "
    "the last seven days, Rock County has reported an average of 104 new cases per 100,000 residents, health department "
    "data shows.",
    [pct("59.9%", 59.9, "share"), pct("58.4%", 58.4, "share"), pct("52.3%", 52.3, "share"), pct("48.8%", 48.8, "share"),
     q("104 new cases per 100,000", 104, "/100000", "ratio", cats=("per_unit", "rate_per_100000"))],
    [nc("over the age of 12", "age"), nc("seven days", "duration")])
SPG = "http://sportsgeezer.com/2011/what-risk-really-means-in-scientific-studies-and-what-they-want-you-to-think-it-means"
row("n16-16", "en", SPG, None,
    "One of those studies found that the combined risk of heart attack and stroke for those who ate the most chocolate "
    "was 39 percent lower than those who ate the least. That’s one way of stating it. Here's another way: For those who "
    "ate the most chocolate, researchers documented 2.72 cases of heart attack or stroke per 1,000 people per year, or "
    ".272 percent – the modified risk. For those who ate the least, there were 1.44 cases per 1,000 people per year, or "
    ".144 percent – the starting risk.",
    [pct("39 percent", 39, direction=DOWN, cats=("percent", "per_cent_words", "comparative")),
     q("2.72 cases of heart attack or stroke per 1,000", 2.72, "/1000", "ratio", cats=("per_unit", "rate_per_1000")),
     pct(".272 percent", 0.272, "share", cats=("percent", "per_cent_words", "leading_point")),
     q("1.44 cases per 1,000", 1.44, "/1000", "ratio", cats=("per_unit", "rate_per_1000")),
     pct(".144 percent", 0.144, "share", cats=("percent", "per_cent_words", "leading_point"))])
row("n16-17", "en", SPG, None,
    "Satija next reports on the clinical trial of a new drug for a viral disease, which was shown to reduce the risk of "
    "dying from the disease by 33 percent, or one-third. What that means is this: Out of all patients who were given the "
    "new drug, 96 percent survived and 4 percent died. For those on the old drug, 94 percent survived and 6 percent died. "
    "So, the mortality rate decreased by one-third – from 6 percent to 4 percent. Confusing, isn't it?",
    [pct("33 percent", 33, direction=DOWN, cats=("percent", "per_cent_words", "decline_word")),
     q("one-third", 33.33, "%", "change", direction=DOWN, cats=("fraction_words", "decline_word")),
     pct("96 percent", 96, "share", cats=("percent", "per_cent_words")),
     pct("4 percent", 4, "share", cats=("percent", "per_cent_words")),
     pct("94 percent", 94, "share", cats=("percent", "per_cent_words")),
     pct("6 percent", 6, "share", cats=("percent", "per_cent_words")),
     q("one-third", 33.33, "%", "change", direction=DOWN, cats=("fraction_words", "decline_word")),
     pct("6 percent", 6, "share", cats=("percent", "per_cent_words")),
     pct("4 percent", 4, "share", cats=("percent", "per_cent_words"))])

# --- energy prices ---
GAS = "https://www.nbcnews.com/id/wbna5267885"
row("n16-18", "en", GAS, None,
    "The average U.S. retail gasoline price has dropped for the fourth consecutive week, falling to 4.8 cents a gallon "
    "to $1.937, the federal government said Monday. "
    "But average pump prices are still 44 cents a gallon higher than a year ago, according to the Energy Information "
    "Administration, the U.S. Department of Energy's analytical arm. "
    "American drivers have seen a 13-cent drop for gasoline over the past four weeks from a record high of $2.06 a gallon.",
    [q("4.8 cents a gallon", 0.048, "USD/gal", "change", direction=DOWN, cats=("cents", "per_unit", "decline_word")),
     q("$1.937", 1.937, "USD/gal", "level", cats=("currency_symbol", "unit_from_context")),
     q("44 cents a gallon", 0.44, "USD/gal", "change", direction=UP, cats=("cents", "per_unit")),
     q("13-cent", 0.13, "USD/gal", "change", direction=DOWN, cats=("cents", "hyphenated", "unit_from_context", "decline_word")),
     q("$2.06 a gallon", 2.06, "USD/gal", "level", cats=("currency_symbol", "per_unit"))],
    [nc("fourth", "ordinal"), nc("four weeks", "duration")])
row("n16-19", "en", GAS, None,
    "The West Coast had the most expensive regular unleaded gasoline, down 4.3 cents to $2.20 a gallon. San Francisco "
    "again led cities in gasoline costs, even though the price fell 4.2 cents to $2.286 per gallon. "
    "The Midwest region had the cheapest fuel at $1.814 a gallon, down 6.8 cents from the previous week. "
    "Among major U.S. cities, Cleveland had the best deal at $1.739 a gallon, off a whopping 10.4 cents in just one week.",
    [q("4.3 cents", 0.043, "USD/gal", "change", direction=DOWN, cats=("cents", "unit_from_context", "decline_word")),
     q("$2.20 a gallon", 2.20, "USD/gal", "level", cats=("currency_symbol", "per_unit")),
     q("4.2 cents", 0.042, "USD/gal", "change", direction=DOWN, cats=("cents", "unit_from_context", "decline_word")),
     q("$2.286 per gallon", 2.286, "USD/gal", "level", cats=("currency_symbol", "per_unit")),
     q("$1.814 a gallon", 1.814, "USD/gal", "level", cats=("currency_symbol", "per_unit")),
     q("6.8 cents", 0.068, "USD/gal", "change", direction=DOWN, cats=("cents", "unit_from_context", "decline_word")),
     q("$1.739 a gallon", 1.739, "USD/gal", "level", cats=("currency_symbol", "per_unit")),
     q("10.4 cents", 0.104, "USD/gal", "change", direction=DOWN, cats=("cents", "unit_from_context", "decline_word"))],
    [nc("one week", "duration")])

# --- housing ---
STL = "https://www.livingstl.com/august-2023-housing-report/"
row("n16-20", "en", STL, None,
    "New listings increased by 7.1% for residential homes but decreased by 3.8% for townhouse/condo homes. Pending sales "
    "decreased by 5.9% for residential homes and 7.7% for townhouse/condo homes. Inventory decreased by 8.6% for "
    "residential homes and 11.6% for townhouse/condo homes. "
    "Median sales price increased 3.1% to $293,225 for residential homes and 16.8% to $224,900 for townhouse/condo homes. "
    "Days on market increased by 10% for residential homes and 4.8% for townhouse/condo homes. Months supply of "
    "inventory increased by 11.8% for residential homes and 15.4% for townhouse/condo homes.",
    [pct("7.1%", 7.1), pct("3.8%", 3.8, direction=DOWN, cats=("percent", "decline_word")),
     pct("5.9%", 5.9, direction=DOWN, cats=("percent", "decline_word")),
     pct("7.7%", 7.7, direction=DOWN, cats=("percent", "decline_word", "list")),
     pct("8.6%", 8.6, direction=DOWN, cats=("percent", "decline_word")),
     pct("11.6%", 11.6, direction=DOWN, cats=("percent", "decline_word", "list")),
     pct("3.1%", 3.1), q("$293,225", 293225, "USD", "level", cats=("currency_symbol", "thousands_separator")),
     pct("16.8%", 16.8, cats=("percent", "list")), q("$224,900", 224900, "USD", "level", cats=("currency_symbol", "thousands_separator")),
     pct("10%", 10), pct("4.8%", 4.8, cats=("percent", "list")),
     pct("11.8%", 11.8), pct("15.4%", 15.4, cats=("percent", "list"))])
row("n16-21", "en", STL, None,
    "Falling home sales have done little to cool home prices, however, which have continued to sit at record high levels "
    "nationally thanks to a limited supply of homes for sale. According to NAR, there were 1.11 million homes for sale "
    "heading into August, 14.6% fewer homes than the same period last year, for a 3.3 months’ supply at the current "
    "sales pace. The shortage of homes for sale has boosted competition for available properties and is driving sales "
    "prices higher, with NAR reporting a national median existing-home price of $406,700, a 1.9% increase from a year "
    "earlier.",
    [q("1.11 million", 1.11e6, "", "count", cats=("scale_word", "count")),
     pct("14.6%", 14.6, direction=DOWN, cats=("percent", "decline_word")),
     q("3.3 months’ supply", 3.3, "months", "ratio", cats=("months_supply",)),
     q("$406,700", 406700, "USD", "level", cats=("currency_symbol", "thousands_separator")),
     pct("1.9%", 1.9)])
HW = "https://housingwire.com/articles/sellers-market-prices-are-still-going-up-housing-inventory-keeps-falling"
row("n16-22", "en", HW, None,
    "The supply of homes for sale fell 9.1% year over year in October, the biggest decline since April 2017 and the "
    "fourth month in a row of declines, according to a new report from Redfin. "
    "And with supply on the decline, home sale prices are rising to meet the demand. "
    "According to the report, home prices in the U.S. increased 5.4% year over year in October to a median of $313,200 "
    "across the 217 metros Redfin keeps track of. "
    "These prices also rose 1.4% between September and October, a time of year when they usually flatten, Redfin said.",
    [pct("9.1%", 9.1, direction=DOWN, cats=("percent", "decline_word")), pct("5.4%", 5.4),
     q("$313,200", 313200, "USD", "level", cats=("currency_symbol", "thousands_separator")),
     q("217 metros", 217, "", "count", cats=("count",)), pct("1.4%", 1.4)],
    [nc("April 2017", "date"), nc("fourth", "ordinal")])
# --- other languages: public finance, company results, climate ---
row("n16-23", "es", "https://malaga.eu/el-ayuntamiento/notas-de-prensa/detalle-de-la-nota-de-prensa/index.html?id=157992", None,
    "Por ejes presupuestarios: Acción Social se incrementa cerca de un 20%, con un aumento significativo hasta alcanzar "
    "los 121 millones de euros; y con un crecimiento de más del 20%, Empleo, Comercio e Innovación, que roza los 57 "
    "millones de euros. "
    "El eje de Medio Ambiente rebasa los 212 millones de euros; Cultura, Turismo, Deportes y Educación, con más de 60,7 "
    "millones de euros; y para Servicios Públicos se asignan más de 256 millones de euros.",
    [pct("cerca de un 20%", 20, qualifier="approx", cats=("percent", "qualifier")),
     q("121 millones de euros", 121e6, "EUR", "level", cats=("currency_name", "scale_word")),
     pct("más del 20%", 20, qualifier="gt", cats=("percent", "qualifier")),
     q("57 millones de euros", 57e6, "EUR", "level", "nearly", cats=("currency_name", "scale_word", "qualifier")),
     q("212 millones de euros", 212e6, "EUR", "level", "gt", cats=("currency_name", "scale_word", "qualifier")),
     q("más de 60,7 millones de euros", 60.7e6, "EUR", "level", "gt", cats=("currency_name", "scale_word", "qualifier", "decimal_comma")),
     q("más de 256 millones de euros", 256e6, "EUR", "level", "gt", cats=("currency_name", "scale_word", "qualifier"))])
row("n16-24", "es",
    "https://rondasemanal.es/jerez/1093037/jerez-saca-adelante-su-presupuesto-municipal-seis-meses-despues-de-su-aprobacion-inicial",
    None,
    "El presupuesto contempla un gasto total de 246,4 millones de euros y unos ingresos de 247,8 millones, estimándose "
    "por tanto un superávit final de 1,3 millones de euros. "
    "Además, recoge una partida de inversiones de 10,5 millones de euros a pesar de que mantiene congelados los "
    "impuestos y tasas e incrementa en un 60 por ciento el presupuesto social, las ayudas sociales y el servicio de "
    "ayuda a domicilio.",
    [q("246,4 millones de euros", 246.4e6, "EUR", "level", cats=("currency_name", "scale_word", "decimal_comma")),
     q("247,8 millones", 247.8e6, "EUR", "level", cats=("scale_word", "decimal_comma", "unit_from_context")),
     q("1,3 millones de euros", 1.3e6, "EUR", "level", cats=("currency_name", "scale_word", "decimal_comma")),
     q("10,5 millones de euros", 10.5e6, "EUR", "level", cats=("currency_name", "scale_word", "decimal_comma")),
     pct("60 por ciento", 60, cats=("percent", "per_cent_words"))])
G1 = "https://g1.globo.com/economia/noticia/2019/05/09/lucro-dos-maiores-bancos-do-brasil-cresce-22percent-no-1o-trimestre-e-soma-r-20-bilhoes.ghtml"
row("n16-25", "pt", G1, "2019-05-09",
    "O maior lucro no 1º trimestre foi o do Itaú, que reportou ganhos de R$ 6,710 bilhões, um crescimento de 6,8% na "
    "comparação com o mesmo período do ano anterior. "
    "O Bradesco registrou lucro líquido de R$ 5,82 bilhões, uma alta de 30,3% em relação ao mesmo período do ano passado. "
    "O Banco do Brasil registrou lucro líquido de R$ 4 bilhões no 1º trimestre, aumento de 45,7% na comparação anual, e "
    "disse que foi o maior resultado nominal em um trimestre na história do banco. "
    "Já o Santander Brasil registrou lucro líquido de R$ 3,415 bilhões, o que representa um crescimento de 21,1% na "
    "comparação com o mesmo período do ano passado (R$ 2,820 bilhões).",
    [q("R$ 6,710 bilhões", 6.71e9, "BRL", "level", cats=("currency_symbol", "scale_word", "decimal_comma")),
     pct("6,8%", 6.8, cats=("percent", "decimal_comma")),
     q("R$ 5,82 bilhões", 5.82e9, "BRL", "level", cats=("currency_symbol", "scale_word", "decimal_comma")),
     pct("30,3%", 30.3, cats=("percent", "decimal_comma")),
     q("R$ 4 bilhões", 4e9, "BRL", "level", cats=("currency_symbol", "scale_word")),
     pct("45,7%", 45.7, cats=("percent", "decimal_comma")),
     q("R$ 3,415 bilhões", 3.415e9, "BRL", "level", cats=("currency_symbol", "scale_word", "decimal_comma")),
     pct("21,1%", 21.1, cats=("percent", "decimal_comma")),
     q("R$ 2,820 bilhões", 2.82e9, "BRL", "level", cats=("currency_symbol", "scale_word", "decimal_comma", "parenthesised"))],
    [nc("1º trimestre", "quarter")])
row("n16-26", "pt", "https://suno.com.br/noticias/lucro-empresas-brasileiras-cresce-106-terceiro-trimestre/amp", None,
    "O lucro líquido das 309 empresas brasileiras de capital aberto cresceu 10,6% no terceiro trimestre em relação ao "
    "mesmo período do ano passado, de acordo com um estudo feito pela Economatica. Segundo o levantamento, as empresas "
    "tiveram lucro de R$ 59,7 bilhões no período entre julho e setembro, acima dos R$ 54 bilhões registrados no ano "
    "passado.\n"
    "Dos setores analisados, seis tiveram prejuízo. São eles:\n"
    "- veículos e peças (-R$ 38 milhões);\n"
    "- transportes e serviços (-R$ 137 milhões);\n"
    "- agro e pesca (-R$ 329 milhões);\n"
    "- siderurgia e metalurgia (-R$ 592 milhões);\n"
    "- química (-R$ 966 milhões);\n"
    "- papel e celulose (-R$ 3,3 bilhões).",
    [q("309", 309, "", "count", cats=("count",)),
     pct("10,6%", 10.6, cats=("percent", "decimal_comma")),
     q("R$ 59,7 bilhões", 59.7e9, "BRL", "level", cats=("currency_symbol", "scale_word", "decimal_comma")),
     q("R$ 54 bilhões", 54e9, "BRL", "level", cats=("currency_symbol", "scale_word")),
     q("seis", 6, "", "count", cats=("number_words", "count")),
     q("-R$ 38 milhões", -38e6, "BRL", "level", cats=("currency_symbol", "scale_word", "negative_sign", "list")),
     q("-R$ 137 milhões", -137e6, "BRL", "level", cats=("currency_symbol", "scale_word", "negative_sign", "list")),
     q("-R$ 329 milhões", -329e6, "BRL", "level", cats=("currency_symbol", "scale_word", "negative_sign", "list")),
     q("-R$ 592 milhões", -592e6, "BRL", "level", cats=("currency_symbol", "scale_word", "negative_sign", "list")),
     q("-R$ 966 milhões", -966e6, "BRL", "level", cats=("currency_symbol", "scale_word", "negative_sign", "list")),
     q("-R$ 3,3 bilhões", -3.3e9, "BRL", "level", cats=("currency_symbol", "scale_word", "negative_sign", "list", "decimal_comma"))])
row("n16-27", "fr", "https://www.pme.ch/latest-news/2023/01/25/givaudan-enregistre-des-resultats-annuels-en-hausse-566942",
    "2023-01-25",
    "Durant la période sous revue, le chiffre d'affaires s'est accru de de 6,5% à 7,1 milliards de francs. Sur une base "
    "comparable, la progression s'est inscrite à 5,3%, indique mercredi un communiqué. "
    "Au niveau de la rentabilité, le bénéfice opérationnel brut (Ebitda) est resté quasi stable à 1,48 milliard de "
    "francs, mais la marge afférente s'est détériorée à 20,7%, contre 22,2% un an auparavant. En revanche le bénéfice "
    "net s'est étoffé de 4,2% à 856 millions.",
    [pct("6,5%", 6.5, cats=("percent", "decimal_comma")),
     q("7,1 milliards de francs", 7.1e9, "CHF", "level", cats=("currency_name", "scale_word", "decimal_comma")),
     pct("5,3%", 5.3, cats=("percent", "decimal_comma")),
     q("1,48 milliard de francs", 1.48e9, "CHF", "level", cats=("currency_name", "scale_word", "decimal_comma")),
     pct("20,7%", 20.7, "level", cats=("percent", "decimal_comma")),
     pct("22,2%", 22.2, "level", cats=("percent", "decimal_comma")),
     pct("4,2%", 4.2, cats=("percent", "decimal_comma")),
     q("856 millions", 856e6, "CHF", "level", cats=("scale_word", "unit_from_context"))])
row("n16-28", "fr", "http://pme.ch/latest-news/2023/11/10/richemont-ralentit-au-premier-semestre-655416", "2023-11-10",
    "Durant la période sous revue, les ventes ont crû de 6% à 10,2 milliards d'euros tandis que le bénéfice "
    "opérationnel s'est replié de 2% à 2,7 milliards. La marge afférente a perdu 210 points de base à 26%. "
    "Le bénéfice net pour sa part s'est établi à 1,5 milliard contre une perte de 766 millions due à un effet unique.",
    [pct("6%", 6),
     q("10,2 milliards d'euros", 10.2e9, "EUR", "level", cats=("currency_name", "scale_word", "decimal_comma")),
     pct("2%", 2, direction=DOWN, cats=("percent", "decline_word")),
     q("2,7 milliards", 2.7e9, "EUR", "level", cats=("scale_word", "decimal_comma", "unit_from_context")),
     q("210 points de base", 210, "bp", "change", direction=DOWN, cats=("bp", "decline_word")),
     pct("26%", 26, "level"),
     q("1,5 milliard", 1.5e9, "EUR", "level", cats=("scale_word", "decimal_comma", "unit_from_context")),
     q("766 millions", 766e6, "EUR", "level", cats=("scale_word", "unit_from_context", "decline_word"))])
row("n16-29", "fr",
    "https://www.zonebourse.com/cours/action/UNICREDIT-S-P-A-33364083/actualite/UniCredit-benefice-net-de-1-1-MdE-au-2eme-trimestre-36015685/?utm_medium=RSS&utm_content=20210730",
    "2021-07",
    "Les coûts d'exploitation ressortent à 2,5 milliards d'euros, en hausse de 2,0 % par rapport au trimestre précédent "
    "et de 0,8 % par rapport à l'année précédente. Les coûts du 1er semestre 2021 sont en baisse de 1,2 % par rapport à "
    "l'année précédente. "
    "Le bénéfice net sous-jacent est de 1,1 milliard d'euros, en hausse de 24,7 % par rapport au trimestre précédent. Le "
    "bénéfice net sous-jacent de l'exercice 2021 devrait dépasser 3 milliards d'euros.",
    [q("2,5 milliards d'euros", 2.5e9, "EUR", "level", cats=("currency_name", "scale_word", "decimal_comma")),
     pct("2,0 %", 2.0, cats=("percent", "decimal_comma", "spaced_percent")),
     pct("0,8 %", 0.8, cats=("percent", "decimal_comma", "spaced_percent")),
     pct("1,2 %", 1.2, direction=DOWN, cats=("percent", "decimal_comma", "spaced_percent", "decline_word")),
     q("1,1 milliard d'euros", 1.1e9, "EUR", "level", cats=("currency_name", "scale_word", "decimal_comma")),
     pct("24,7 %", 24.7, cats=("percent", "decimal_comma", "spaced_percent")),
     q("dépasser 3 milliards d'euros", 3e9, "EUR", "level", "gt", cats=("currency_name", "scale_word", "qualifier"))],
    [nc("1er semestre 2021", "half_year"), nc("2021", "year")])
row("n16-30", "de", "https://session.buehl.de/bi/to0050.asp?__ktonr=711", None,
    "Gleich zu Beginn meiner Amtszeit haben wir die Gewerbesteuersätze um 30 Prozentpunkte angehoben, was unsere "
    "Einnahmensituation um ca. 2,4 Mio. € dauerhaft erhöhte. Wir haben Ende 2012 das Haushaltskonsolidierungsprojekt "
    "„Bühl 2016“ auf den Weg gebracht, mit dem Ziel 5 Mio. € Haushaltsentlastungen durch strukturelle Kosteneinsparungen "
    "und durch Einnahmenerhöhungen aus Verwaltungsgebühren, Entgelten und Steuern bis Ende 2016 zu realisieren. "
    "Naturgemäß haben wir bis zum heutigen Tag noch nicht den Zieleinlauf durchquert. Zur Halbzeit haben wir jedoch "
    "bereits die Hälfte der Vorgaben erreicht: ein Haushalts-Entlastungsvolumen von 2,5 Mio. € pro Jahr. In der Summe "
    "haben wir seit 2012 rund 5 Mio. € Haushaltsentlastung generiert.",
    [q("30 Prozentpunkte", 30, "pp", "change", direction=UP, cats=("pp",)),
     q("ca. 2,4 Mio. €", 2.4e6, "EUR", "change", "approx", UP, cats=("currency_symbol", "scale_abbreviation", "decimal_comma", "qualifier")),
     q("5 Mio. €", 5e6, "EUR", "level", cats=("currency_symbol", "scale_abbreviation")),
     q("die Hälfte", 50, "%", "share", cats=("fraction_words",)),
     q("2,5 Mio. € pro Jahr", 2.5e6, "EUR", "level", cats=("currency_symbol", "scale_abbreviation", "decimal_comma")),
     q("rund 5 Mio. €", 5e6, "EUR", "level", "approx", cats=("currency_symbol", "scale_abbreviation", "qualifier"))],
    [nc("Ende 2012", "date"), nc("Bühl 2016", "name"), nc("Ende 2016", "date"), nc("seit 2012", "year")])
row("n16-31", "nl", "https://www.cbs.nl/nl-nl/achtergrond/2007/32/herziene-versie-begrotingstekort-bij-gemeenten-ruim-350-miljoen",
    "2007-08",
    "Volgens de begrotingen van de gemeenten nemen de gemeentelijke lasten in 2007 met ruim 3 procent toe. De baten "
    "stijgen met 4 procent. Hierdoor ontstaat een tekort van ruim 350 miljoen euro. In 2006 bedroeg het tekort nog "
    "ruim 530 miljoen.",
    [pct("ruim 3 procent", 3, qualifier="gt", cats=("percent", "per_cent_words", "qualifier")),
     pct("4 procent", 4, cats=("percent", "per_cent_words")),
     q("ruim 350 miljoen euro", 350e6, "EUR", "level", "gt", cats=("currency_name", "scale_word", "qualifier")),
     q("ruim 530 miljoen", 530e6, "EUR", "level", "gt", cats=("scale_word", "qualifier", "unit_from_context"))],
    [nc("2007", "year"), nc("2006", "year")])
row("n16-32", "nl",
    "https://www.destentor.nl/kop-van-overijssel/meevaller-van-7-ton-en-een-tekort-van-1-miljoen-in-steenwijkerland-hoe-dan~aa464864/",
    "2019-10",
    ",,Het zijn verschillende grootheden. In het voorjaar komen we met de Perspectiefnota, oftewel de Voorjaarsnota. "
    "Dat is een meerjarenbegroting en kijkt naar de jaren 2020 tot en met 2023. Maar het zegt ook al iets over het "
    "lopende jaar, 2019 dus. Toen voorzagen we al dat we aan het eind van het jaar 1,7 miljoen euro tekort zouden komen. "
    "Maar de Najaarsnota - een tussenstand van de gemeentelijke financiën - sluit met een overschot van ruim 7 ton. "
    "Daardoor wordt het tekort eind dit jaar dus bijgesteld naar een miljoen euro.”",
    [q("1,7 miljoen euro", 1.7e6, "EUR", "level", cats=("currency_name", "scale_word", "decimal_comma")),
     q("ruim 7 ton", 700000, "EUR", "level", "gt", cats=("scale_word", "qualifier", "unit_from_context", "dutch_ton")),
     q("een miljoen euro", 1e6, "EUR", "level", cats=("currency_name", "scale_word", "number_words"))],
    [nc("2020", "year"), nc("2023", "year"), nc("2019", "year")])
row("n16-33", "ru", "https://bk55.ru/news/article/2355", None,
    "Как сообщила министр финансов области Рита Фомина, это сделано за счет поступлений из федерального бюджета на "
    "выравнивание показателей бюджетной обеспеченности. В частности федеральные дотации пойдут на обеспечение статей "
    "расходов социально-культурной сферы и сельского хозяйства.\n"
    "Более 280 млн. рублей будет направлено на сокращение дефицита бюджета. Таким образом, дефицит составит 13,6 % "
    "против сегодняшних 14,1 % от общего объема доходов.\n"
    "Последними поправками, внесенными депутатами Заксобрания, расходы регионального бюджета составят 47 млрд. рублей, "
    "а доходы 43,5 млрд.",
    [q("Более 280 млн. рублей", 280e6, "RUB", "level", "gt", cats=("currency_name", "scale_abbreviation", "qualifier")),
     pct("13,6 %", 13.6, "share", cats=("percent", "decimal_comma", "spaced_percent")),
     pct("14,1 %", 14.1, "share", cats=("percent", "decimal_comma", "spaced_percent")),
     q("47 млрд. рублей", 47e9, "RUB", "level", cats=("currency_name", "scale_abbreviation")),
     q("43,5 млрд.", 43.5e9, "RUB", "level", cats=("scale_abbreviation", "decimal_comma", "unit_from_context"))])
row("n16-34", "ru", "https://www.kommersant.ru/doc/7959365", None,
    "Парламенты всех регионов Черноземья приняли законы об исполнении областных бюджетов за 2024 год. В большинстве "
    "регионов удалось достичь профицита, тогда как Белгородская и Липецкая области исполнили главный финансовый "
    "документ с дефицитом в 10 и 11 млрд руб. соответственно. По мнению опрошенных «Ъ-Черноземье» экспертов, обе "
    "финансовые стратегии имеют право на жизнь, хотя в условиях высокой инфляции логичнее эффективно расходовать "
    "средства, чем оставлять остаток на следующий год. При этом во всех регионах, кроме Курской области, наблюдается "
    "сокращение доходов бюджетов по сравнению с 2023 годом — в реальном (Воронежская, Липецкая, Орловская, Тамбовская "
    "области) или номинальном (Белгородская область) выражении.",
    [q("10", 10e9, "RUB", "level", cats=("shared_scale", "unit_from_context", "list")),
     q("11 млрд руб.", 11e9, "RUB", "level", cats=("currency_abbreviation", "scale_abbreviation", "list"))],
    [nc("2024 год", "year"), nc("2023 годом", "year")])
row("n16-35", "it", "https://ilfogliettone.it/astronomia-2014-lanno-piu-caldo-di-sempre/amp", None,
    "Un livello delle temperature che ha superato di 0,04 gradi anche il 2005 e il 2010. Il caldo record ha interessato "
    "tutto il mondo “incluso l’estremo oriente della Russia fino all’Alaska e gli Stati Uniti occidentali, parti interne "
    "del Sud America, la maggior parte dell’Europa che si estende fino al Nord Africa, parti della costa est e ovest "
    "dell’Australia, la maggior parte del Pacifico nordorientale intorno al Golfo dell’Alaska, il Pacifico equatoriale "
    "centro-occidentale, vaste aree dell’Atlantico nordoccidentale e sudorientale, gran parte del Mare di Norvegia e "
    "parti centro meridionali dell’Oceano Indiano”. La temperatura sulla terra “è stata più alta di 1 grado- prosegue "
    "il Noaa- rispetto alla media del 20esimo secolo. La quarta più alta registrata tra tutti gli anni tra 1881-2014”. "
    "La temperatura di superficie dei mari “è stata di 0,57 gradi più alta della media del 20esimo secolo, sorpassando "
    "le registrazioni del 1998 e del 2003 di 0,05 gradi”.",
    [q("0,04 gradi", 0.04, "°C", "change", direction=UP, cats=("temperature", "decimal_comma", "bare_degrees")),
     q("1 grado", 1, "°C", "change", direction=UP, cats=("temperature", "bare_degrees")),
     q("0,57 gradi", 0.57, "°C", "change", direction=UP, cats=("temperature", "decimal_comma", "bare_degrees")),
     q("0,05 gradi", 0.05, "°C", "change", direction=UP, cats=("temperature", "decimal_comma", "bare_degrees"))],
    [nc("2005", "year"), nc("2010", "year"), nc("20esimo secolo", "century"), nc("1881-2014", "year_range"),
     nc("1998", "year"), nc("2003", "year")])


def main() -> None:
    write_passages(OUT, ROWS)


if __name__ == "__main__":
    main()
