"""Writes benchmarks/devsets/explore/fresh_i.jsonl (labels by hand from ../shared/reference-sources)."""
import sys

from labelling import FXM, GDP, INF, POP, LabelledRows, ev, none

PPM_MLO_MONTHLY = ("wild/co2-ppm", "data/co2-mm-mlo.csv", "Average")

rows = LabelledRows("fresh_i", "xfreshi")
add = rows.add

# --- United States (CNN via KRDO, 2024-01-11; Xinhua via People's Daily, 2023-02-15)
U = "https://krdo.com/news/2024/01/11/americas-final-inflation-report-for-2023-just-came-in/"
add("New York (CNN) — US consumer prices rose 3.4% annually to close out 2023, capping a year of substantial progress on efforts to rein in decades-high inflation.",
    "3.4%", "needs_review", ev(INF, "United States", "2023", 4.11633838374488),
    "'to close out 2023': December 2023 on December 2022 vs the 2023 annual average 4.12", U, "2024-01-11", "United States", lang="en")
add("When removing the more volatile categories of food and gas, core CPI increased 0.3% from November and 3.9% for the 12 months ended in December.",
    "3.9%", "unsupported", none("core CPI (ex food and energy) is not a series of the packages", "United States"),
    "core CPI: no row (the headline 2023 average 4.12 must not judge it)", U, "2024-01-11", "United States",
    "The Consumer Price Index rose 0.3% in December, ending 2023 with an annual inflation rate of 3.4%, according to Bureau of Labor Statistics data released Thursday.",
    "an earlier paragraph", lang="en")
U = "http://en.people.cn/n3/2023/0215/c90000-10207911.html"
add("WASHINGTON, Feb. 14 (Xinhua) -- The U.S. consumer prices index rose by 6.4 percent in the past 12 months through January, higher than expected, the U.S. Bureau of Labor Statistics reported on Tuesday.",
    "6.4 percent", "needs_review", ev(INF, "United States", "2023", 4.11633838374488),
    "January 2023 on January 2022 vs the 2023 annual average 4.12", U, "2023-02-15", "United States", lang="en")

# --- United Kingdom (Seal News, 2022-10-19; Xinhua via China.org.cn, 2025-02-19)
U = "https://www.sealnews.co.uk/2022/10/19/uk-inflation-jumps-back-to-10-1-as-food-costs-surge/"
LEAD = "LONDON – The United Kingdom’s (UK) consumer prices index (CPI) rose by 10.1 percent in the 12 months to September 2022, up from 9.9 percent in August and returning to July’s recent high."
add(LEAD, "10.1 percent", "needs_review", ev(INF, "United Kingdom", "2022", 7.92204883147902),
    "September 2022 on September 2021 vs the 2022 annual average 7.92", U, "2022-10-19", "United Kingdom", lang="en")
add("Food and non-alcoholic beverage prices rose by 14.6 percent in the 12 months to September, hitting a 42-year high, said the ONS, noting that the largest upward effects came from bread and cereals, meat products, and milk, cheese and eggs.",
    "14.6 percent", "unsupported", none("food CPI is not a series of the packages", "United Kingdom"),
    "food prices: no row (the all-items 7.92 must not judge it)", U, "2022-10-19", "United Kingdom", LEAD, "an earlier paragraph", lang="en")
U = "http://china.org.cn/world/Off_the_Wire/2025-02/19/content_117722398.htm"
t = "LONDON, Feb. 19 (Xinhua) -- Britain's Consumer Prices Index (CPI) rose 3 percent year-on-year in January, up from 2.5 percent in December 2024, surpassing market expectations, according to official data."
add(t, "3 percent", "unsupported", none("January 2025: the UK's CPI rows end in 2024", "United Kingdom"),
    "a 2025 month: no 2025 row", U, "2025-02-19", "United Kingdom", lang="en")
add(t, "2.5 percent", "needs_review", ev(INF, "United Kingdom", "2024", 3.2715729463592),
    "December 2024 on December 2023 vs the 2024 annual average 3.27", U, "2025-02-19", "United Kingdom", lang="en")

# --- Germany (MENAFN, 2024-01-16; Anadolu via aNews, 2023-01-17)
U = "https://menafn.com/1107726565/Germany-confirms-inflation-for-December-at-37-percent"
LEAD = "(MENAFN) Germany's annual consumer inflation for December was officially confirmed at 3.7 percent, as per data released on Tuesday by Destatis."
t = "For the entire year of 2023, the average consumer inflation rate settled at 5.9 percent, down from the record high of 6.9 percent in 2022."
add(t, "5.9 percent", "supported", ev(INF, "Germany", "2023", 5.94643667725823),
    "Germany CPI 2023 = 5.946, within 5.85..5.95 ∓0.5 %", U, "2024-01-16", "Germany", LEAD, "an earlier paragraph", lang="en")
add(t, "6.9 percent", "supported", ev(INF, "Germany", "2022", 6.87257438551097),
    "Germany CPI 2022 = 6.873, within 6.85..6.95 ∓0.5 % (Destatis' 2020-based figure; the 2015-based 7.9 was its first)", U, "2024-01-16", "Germany", LEAD, "an earlier paragraph", lang="en")
add("Core inflation in 2023 increased to 5.1 percent, up from 3.8 percent in 2022.",
    "5.1 percent", "unsupported", none("core inflation is not a series of the packages", "Germany"),
    "core: no row (the headline 5.95 must not judge it)", U, "2024-01-16", "Germany", LEAD, "an earlier paragraph", lang="en")
U = "https://www.anews.com.tr/economy/2023/01/17/germanys-average-inflation-rate-hits-record-high-in-2022"
FIRST = "The country's annual inflation rate was at 8.6% in the last month of that year, easing from 10% in November, Destatis reported."
add("In 2021, the annual average rate was at 3.1%.",
    "3.1%", "supported", ev(INF, "Germany", "2021", 3.06666666666673),
    "Germany CPI 2021 = 3.067, within 3.05..3.15 ∓0.5 % (the place only through 'Destatis')", U, "2023-01-17", "Germany", FIRST, "previous sentence", lang="en")
add("The annual average of inflation, on the other hand, marked an all-time record with a rate of 7.9% for 2022.",
    "7.9%", "contradicted", ev(INF, "Germany", "2022", 6.87257438551097),
    "Germany CPI 2022 = 6.87 (Destatis' first, 2015-based 7.9 was revised to 6.9): outside 7.85..7.95 ∓0.5 %", U, "2023-01-17", "Germany",
    FIRST + " In 2021, the annual average rate was at 3.1%.", "the two previous sentences", lang="en")

# --- Canada (Marketcrafts, February 2022)
U = "https://marketcrafts.co.in/canadian-consumer-price-index-january-2022"
t = "In January 2022, Canadian inflation surpassed 5% for the first time since September 1991, rising 5.1% on a year-over-year basis and up from a 4.8% gain in December 2021."
add(t, "5.1%", "needs_review", ev(INF, "Canada", "2022", 6.80280115341613),
    "January 2022 on January 2021 vs the 2022 annual average 6.80", U, None, "Canada",
    "Canadian Consumer Price Index, January 2022", "title", lang="en")
add(t, "4.8%", "needs_review", ev(INF, "Canada", "2021", 3.39519318527528),
    "December 2021 on December 2020 vs the 2021 annual average 3.40", U, None, "Canada",
    "Canadian Consumer Price Index, January 2022", "title", lang="en")

# --- Turkey (IANS via Business Standard, January 2023)
U = "https://www.business-standard.com/article/international/turkey-s-annual-inflation-fell-to-64-27-in-dec-2022-due-to-base-effect-123010400211_1.html"
add("Turkey's annual fell sharply to 64.27 per cent in December 2022 due to a base effect, official data has revealed.",
    "64.27 per cent", "needs_review", ev(INF, "Turkiye", "2022", 72.3088359891207),
    "December 2022 on December 2021 vs the 2022 annual average 72.31", U, "2023-01", "Turkiye", lang="en")
add("The monetary policy has weakened the Turkish lira by more than 50 per cent since September 2021 and fueled a flight from the currency.",
    "more than 50 per cent", "unsupported", none("no Turkish lira rows in the exchange-rate files", "Turkiye"),
    "the lira's fall: no row", U, "2023-01", "Turkiye",
    "President Recep Tayyip Erdogan supports low-interest rates in the hope of boosting economic growth and employment.", "previous sentence", lang="en")

# --- Italy (ANSA via Kazinform, 2023-01-17)
U = "https://www.inform.kz/en/annual-inflation-rate-11-6-in-december-in-italy-says-istat_a4024592"
LEAD = "ROME. KAZINFORM - Italy's annual inflation rate dropped slightly to 11.6% in December, down from 11.8% in November, ISTAT said on Tuesday, confirming the figure given in its preliminary estimate the 11.8% figure, which was also the inflation rate in October, was the highest level since the rate was 11.9% in March 1984."
t = "ISTAT said the average annual inflation rate was 8.1% last year, compared to 1.9% in 2021, largely because of soaring energy prices."
add(t, "8.1%", "contradicted", ev(INF, "Italy", "2022", 8.20128991161718),
    "Italy CPI 2022 = 8.201, above 8.15 + 0.5 % (8.191): ISTAT's NIC average vs the package's row", U, "2023-01-17", "Italy", LEAD, "an earlier paragraph", lang="en")
add(t, "1.9%", "supported", ev(INF, "Italy", "2021", 1.87378325762481),
    "Italy CPI 2021 = 1.874, within 1.85..1.95 ∓0.5 %", U, "2023-01-17", "Italy", LEAD, "an earlier paragraph", lang="en")

# --- Saudi Arabia (Saudi News, January 2024)
U = "https://saudi.news/business/saudi-arabia-sees-dip-in-inflation-with-rent-increases-in-december-817"
LEAD = "In December, Saudi Arabia experienced a slight decrease in its annual inflation rate, which went down to 1.5% from 1.7% in the previous month."
t = "Looking at the broader picture, the average annual inflation rate in 2023 was 2.3%, as reported by the statistics authority."
add(t, "2.3%", "supported", ev(INF, "Saudi Arabia", "2023", 2.32708518362692),
    "Saudi Arabia CPI 2023 = 2.327, within 2.25..2.35 ∓0.5 %", U, None, "Saudi Arabia", LEAD, "an earlier paragraph", lang="en")
add("This figure falls below the government’s projected rate of 2.6%, with the primary contributing factors being a 7.9% rise in costs for housing and utilities, and a 1.4% increase for food and beverages.",
    "2.6%", "needs_review", ev(INF, "Saudi Arabia", "2023", 2.32708518362692),
    "the budget's projection for 2023 (made before the year) vs the outcome 2.33: a projection is not wrong because the outcome differs", U, None, "Saudi Arabia", t, "previous sentence", lang="en")

# --- France (AFP via GetToText, 2024-01-12)
U = "https://gettotext.com/inflation-slowed-to-4-9-in-2023-from-5-2-in-2022/"
t = "The increase in consumer prices in France reached 4.9% on annual average over the whole of 2023, marking a slight slowdown compared to the previous year (5.2%), announced the National Institute of Statistics (Insee), Friday January 12."
add(t, "4.9%", "supported", ev(INF, "France", "2023", 4.87835726508441),
    "France CPI 2023 = 4.878, within 4.85..4.95 ∓0.5 %", U, "2024-01-12", "France", lang="en")
add(t, "5.2%", "supported", ev(INF, "France", "2022", 5.22236748369735),
    "'the previous year' = 2022: France CPI 2022 = 5.222, within 5.15..5.25 ∓0.5 %", U, "2024-01-12", "France", lang="en")
add("In December, inflation rose to 3.7% year-on-year, a slight jump compared to November (3.5%), due to the acceleration in the prices of energy and services at the end year, detailed INSEE confirming its first estimate.",
    "3.7%", "needs_review", ev(INF, "France", "2023", 4.87835726508441),
    "December 2023 on December 2022 vs the 2023 annual average 4.88", U, "2024-01-12", "France", t, "an earlier paragraph", lang="en")

# --- Japan (Kyodo via Nippon.com, 2024-01-19; ForexLive, January 2022)
U = "https://www.nippon.com/en/news/kd1120862027347215126/urgent-japan%E2%80%99s-dec-core-consumer-prices-up-2-3-on-year.html"
add("In 2023, the core CPI rose 3.1 percent from a year earlier, matching the pace logged in 1982.",
    "3.1 percent", "unsupported", none("core CPI (ex fresh food) is not a series of the packages", "Japan"),
    "core: no row (the headline 2023 average 3.27 must not judge it)", U, "2024-01-19", "Japan",
    "Core consumer prices in Japan rose 2.3 percent in December from a year earlier, the government said Friday, with the key gauge of inflation remaining above the Bank of Japan’s 2 percent target for the 21st month.",
    "an earlier paragraph", lang="en")
U = "https://www.forexlive.com/news/japan-cpi-data-for-december-headline-08-yycore-05-core-core-07-20220120/"
add("National CPI 0.8% y/y, expected 0.9%, prior was 0.6%",
    "0.8%", "needs_review", ev(INF, "Japan", "2021", -0.233352779398264),
    "December 2021 on December 2020 (the page's month, January 2022) vs the 2021 annual average −0.23", U, "2022-01", "Japan",
    "The Bank of Japan target is 2% and, as always, we are a long way from there.", "an earlier paragraph", lang="en")

# --- The yen (Reuters via Nasdaq, 2023-10-03; Reuters via SquidBusiness, October 2023)
U = "https://www.nasdaq.com/articles/japanese-yen-weakens-past-psychologically-significant-150-per-dollar-level"
add("The dollar rose as high as 150.165 yen, JPY=EBS its highest since October 2022, as the greenback pushed higher against most currencies, driven by surging U.S. Treasury yields.",
    "150.165 yen", "needs_review", ev(FXM, "Japan", "2023-10", 149.5933),
    "an intraday high of 3 October 2023 vs October 2023's monthly average 149.59", U, "2023-10-03", "Japan",
    "NEWYORK/LONDON/TOKYO, Oct 3 (Reuters) - The yen weakened to 150 to the dollar on Tuesday, a level some analysts think could prompt concerned Japanese authorities to intervene to prop up the currency.",
    "an earlier paragraph", lang="en")
U = "https://squidbusiness.fr/?p=517074"
add("It intervened again in October last year after the yen plunged to a 32-year low of 151.94.",
    "151.94", "needs_review", ev(FXM, "Japan", "2022-10", 147.0515),
    "the intraday low of 21 October 2022 vs October 2022's monthly average 147.05", U, None, "Japan",
    "Japan bought yen in September 2022, its first foray into the market to protect its currency since 1998, after a Bank of Japan (BOJ) decision to maintain an ultra-loose monetary policy drove the yen as low as 145 per dollar.",
    "previous sentence", lang="en")

# --- Euro area and EU (Sputnik via UrduPoint, 2022-02-23)
U = "https://www.urdupoint.com/en/business/euro-area-annual-inflation-speeds-up-to-recor-1474910.html"
add("MOSCOW (UrduPoint News / Sputnik - 23rd February, 2022) The annual inflation in the euro area accelerated to a monthly all-time high of 5.1% year-on-year in January, up from 5% year-on-year in December, according to the final estimates of Eurostat released on Wednesday.",
    "5.1%", "unsupported", none("Eurostat's HICP for the euro area is not a series of the packages (the World Bank 'Euro area' row is another index)", "Euro area"),
    "HICP: no row", U, "2022-02-23", "Euro area", lang="en")
add("European Union annual inflation was 5.6% in January 2022, up from 5.3% in December.",
    "5.6%", "unsupported", none("Eurostat's HICP for the EU is not a series of the packages", "European Union"),
    "HICP: no row", U, "2022-02-23", "European Union",
    "\"The euro area annual inflation rate was 5.1% in January 2022, up from 5.0% in December. A year earlier, the rate was 0.9%.", "the two previous sentences", lang="en")

# --- South Korea (Reuters via The Sun Daily, 2022-12-30)
U = "https://www.thesundaily.my/business/south-korea-december-inflation-steady-at-5-as-expected-FG10431545"
LEAD = "SEOUL: South Korea's consumer prices rose 5% in December from a year earlier, official data showed on Friday (Dec 30), matching the market’s expectations and marking the same pace as in November."
t = "For the whole of 2022, the CPI rose an average 5.1%, up sharply from a 2.5% gain in 2021 and the fastest since 1998. – Reuters"
add(t, "5.1%", "supported", ev(INF, "Korea, Rep.", "2022", 5.08951365062842),
    "Korea CPI 2022 = 5.090, within 5.05..5.15 ∓0.5 %", U, "2022-12-30", "Korea, Rep.", LEAD, "an earlier paragraph", lang="en")
add(t, "2.5%", "supported", ev(INF, "Korea, Rep.", "2021", 2.49833333333339),
    "Korea CPI 2021 = 2.498, within 2.45..2.55 ∓0.5 %", U, "2022-12-30", "Korea, Rep.", LEAD, "an earlier paragraph", lang="en")

# --- Russia (The National Interest, April 2023; Interfax, 2024-02-16)
U = "https://nationalinterest.org/feature/can-we-please-stop-comparing-russia%E2%80%99s-economy-italy%E2%80%99s-206404"
t = "According to World Bank data, in 2013, Russia’s nominal GDP was around $2.29 trillion while Italy’s was around $2.14 trillion."
add(t, "around $2.29 trillion", "supported", ev(GDP, "Russian Federation", "2013", 2292470078346.2236),
    "Russia GDP 2013 = 2.292 tn, within ±5 %", U, None, "Russian Federation", lang="en")
add(t, "around $2.14 trillion", "unsupported", none("GDP rows are Kazakhstan's and Russia's only", "Italy"),
    "Italy's GDP: no row (Russia's must not judge it)", U, None, "Italy", lang="en")
U = "https://interfax.com/newsroom/top-stories/99536/"
add("Rosstat has said that according to a preliminary estimate, Russia's population excluding new territories had fallen to 146.204 million by the beginning of 2024, from 146.447 million at the start of 2023.",
    "146.204 million", "needs_review", ev(POP, "Russian Federation", "2024", 143533851),
    "Rosstat's 1 January 2024 count (with Crimea) vs the World Bank's 2024 mid-year estimate 143.53 m", U, "2024-02-16", "Russian Federation", lang="en")

# --- China (AP via TVNewsLies, December 2014; Global Times, 2024-01-12)
U = "http://tvnewslies.org./tvnl/index.php/news/environment/35075-these-6-countries-produce-nearly-60-percent-of-global-carbon-dioxide-emissions.html"
HEAD = "How they rank, what they're doing: CHINA:"
add("China accounts for about 30 percent of global emissions.",
    "about 30 percent", "unsupported", none("a share of a world total of fossil CO2, which is not a row", "China"),
    "no world-total row to divide by", U, None, "China", HEAD, "an earlier paragraph", lang="en")
add("2013 CO2 emissions: 11 billion tons",
    "11 billion tons", "needs_review", ev(("wild/co2-fossil-by-nation", "data/fossil-fuel-co2-emissions-by-nation.csv", "Total"), "CHINA (MAINLAND)", "2013", 2668058),
    "2,668,058 kt C × 3.664 = 9.78 bn metric t CO2 = 10.78 bn short tons: AP's unqualified 'tons' are short tons (in band), metric tonnes are 11 % off; which unit is for a person",
    U, None, "China", HEAD, "an earlier paragraph", lang="en")
U = "https://globaltimes.cn/page/202401/1305278.shtml"
add("China's 2023 consumer price index (CPI), the main gauge of inflation, increased 0.2 percent on a yearly basis, the National Bureau of Statistics (NBS) reported on Friday.",
    "0.2 percent", "supported", ev(INF, "China", "2023", 0.234836828893051),
    "China CPI 2023 = 0.235, within 0.15..0.25 ∓0.5 %", U, "2024-01-12", "China", lang="en")

# --- World (IMF outlook via MAP, October 2023)
U = "https://mapnews.ma/en/print/112670"
LEAD = "The projections remain below the historical (2000–19) average of 3.8%, and the forecast for 2024 is down by 0.1 percentage point from the July 2023 Update to the World Economic Outlook, the IMF said Tuesday."
t = "Global inflation is forecast to decline steadily, from 8.7% in 2022 to 6.9% in 2023 and 5.8% in 2024, the financial institution said."
add(t, "8.7%", "contradicted", ev(INF, "World", "2022", 7.93092925430087),
    "World CPI 2022 = 7.93, outside 8.65..8.75 ∓0.5 % (the IMF's world aggregate: true by its own source)", U, None, "World", LEAD, "an earlier paragraph", lang="en")
add(t, "6.9%", "needs_review", ev(INF, "World", "2023", 5.73316283034957),
    "an IMF forecast for 2023 made in October 2023 (year not complete) vs the 2023 row 5.73", U, None, "World", LEAD, "an earlier paragraph", lang="en")
add(t, "5.8%", "unsupported", none("the World rows end in 2023", "World"),
    "a 2024 forecast: no 2024 World row", U, None, "World", LEAD, "an earlier paragraph", lang="en")

# --- CO2 ppm (Nexus Media News, June 2023)
U = "https://nexusmedianews.com/top_story/record-co2/?amp"
t = "Carbon dioxide levels measured 424 parts per million in May in Hawaii, 3 parts per million more than the average found in May 2022."
add(t, "424 parts per million", "supported", ev(PPM_MLO_MONTHLY, "Mauna Loa", "2023-05", 424.01),
    "Mauna Loa May 2023 = 424.01 (the year from 'May 2022' a year before), within 423.5..424.5 ∓0.5 %", U, None, "World (Mauna Loa)", lang="en")
add(t, "3 parts per million", "supported", ev(PPM_MLO_MONTHLY, "Mauna Loa", "2023-05", 424.01),
    "Mauna Loa May 2023 424.01 − May 2022 420.97 = 3.04 ppm, within 2.5..3.5 ∓0.5 %", U, None, "World (Mauna Loa)", lang="en")

# --- India's rupee (Order of India, October 2022)
U = "https://orderofindia.com/breaking-news/rupee-reverses-early-gains-to-hit-new-record-low-of-8295-against-dollar"
add("At the interbank foreign exchange market, the local currency opened strong at 82.32 but later pared gains to settle at an all-time low of 83.01(provisional) against the American currency, down 61 paise over its previous close.",
    "83.01", "needs_review", ev(FXM, "India", "2022-10", 82.2915),
    "a day's close (19 October 2022; the page is undated) vs October 2022's monthly average 82.29", U, None, "India",
    "The rupee plunged 61 paise to decline below the 83-mark for the first time against the US dollar on Wednesday amid unabated foreign capital outflows and a strong dollar in the overseas markets.",
    "previous sentence", lang="en")

# --- Australia (The Sydney Morning Herald, 2023-01-25)
U = "https://www.smh.com.au/politics/federal/inflation-reaches-7-8-per-cent-highest-since-1990-20230125-p5cf94.html?ref=rss&utm_medium=rss&utm_source=rss_feed"
add("Inflation in the December quarter rose by 1.9 per cent taking annual growth to 7.8 per cent according to the Australian Bureau of Statistics.",
    "7.8 per cent", "needs_review", ev(INF, "Australia", "2022", 6.59409671341846),
    "the December quarter 2022 on a year earlier vs the 2022 annual average 6.59", U, "2023-01-25", "Australia",
    "Inflation rose 7.8 per cent over the last year, the highest peak since 1990, driven by pricier domestic holidays, international travel and higher electricity prices.",
    "an earlier paragraph", lang="en")

# --- Mexico (EFE via Ruetir, January 2023)
U = "https://www.ruetir.com/2023/01/inflation-in-mexico-rises-in-the-first-half-of-january-2023/"
add("Consumer prices closed 2022 with a rise of 7.82%, above the 7.36% of 2021, which then was the highest level in the last 20 years.",
    "7.82%", "needs_review", ev(INF, "Mexico", "2022", 7.8962761916855),
    "'closed 2022': December 2022 on December 2021 vs the 2022 annual average 7.90", U, "2023-01", "Mexico",
    "The Mexican general inflation rate rose in the first half of January up to 7.94% per year, reported this Tuesday the National Institute of Statistics and Geography (Inegi).",
    "an earlier paragraph", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_i.jsonl")
    print(rows.summary())
