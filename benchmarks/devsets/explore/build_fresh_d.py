"""Writes benchmarks/devsets/explore/fresh_d.jsonl (labels by hand from ../shared/reference-sources)."""
import sys

from labelling import CO2, FX, FXM, INF, LabelledRows, ev, none

rows = LabelledRows("fresh_d", "xfreshd")
add = rows.add


# --- Spain (Reuters via MarketScreener, 2023-01-13)
U = "https://www.marketscreener.com/news/latest/Spain-s-inflation-slows-ends-2022-at-5-7--42725927/?utm_medium=RSS&utm_content=20230113"
ESP22 = ev(INF, "Spain", "2022", 8.39057634118627)
T = "MADRID (Reuters) - Spanish inflation slowed down to end 2022 at 5.7% thanks to lower energy price increases, the National Statistics Institute said on Friday, a tad lower than the 5.8% figure released two weeks ago."
add(T, "5.7%", "needs_review", ESP22, "'end 2022': December on December vs the 2022 annual average 8.39", U, "2023-01-13", "Spain")
add(T, "5.8%", "needs_review", ESP22, "the flash estimate of the same December rate vs the annual average 8.39", U, "2023-01-13", "Spain")
add("Analysts polled by Reuters saw the 2022 inflation at 5.8%.", "5.8%", "needs_review", ESP22,
    "analysts' forecast of the year-end (December) rate the paragraph above speaks of, vs the annual average 8.39", U, "2023-01-13", "Spain", T, "an earlier paragraph")
add("European Union-harmonised inflation in 2022 was 5.5%, 0.1 percentage point lower than the INE's previous estimate, two weeks ago.", "5.5%", "unsupported",
    none("HICP: no harmonised-index series in the packages", "Spain"), "the EU-harmonised index is not in the data", U, "2023-01-13", "Spain",
    "Spain's inflation slows, ends 2022 at 5.7%", "title")

# --- Argentina, Venezuela (AP via mailbd.net, January 2023)
U = "https://mailbd.net/news/argentina-registers-an-accumulated-inflation-of-94-8-in-2022-14270/"
T = "BUENOS AIRES (AP) — Inflation in Argentina was 5.1% in December and 94.8% in 2022, the highest annual record for three decades."
add(T, "94.8%", "unsupported", none("no CPI rows for Argentina", "Argentina"), "Argentina has no CPI rows", U, None, "Argentina")
add("With these data, Argentina registers the second highest inflation in Latin America behind Venezuela, which in 2022 had an index of 305.7%, which represented a drop of more than half compared to the previous year, according to private economists.",
    "305.7%", "unsupported", none("no CPI rows for Venezuela after 2016", "Venezuela"), "Venezuela has no 2022 CPI row", U, None, "Venezuela")

# --- Colombia (Archyde from Portafolio/DANE, 2023-01-05)
U = "https://archyde.com/?p=3271051"
T = "At the end of 2022, the annual variation of inflation in Colombia was 13.12%, the highest figure in 21 years and thus exceeded the projections of analysts who saw a CPI below 13%."
add(T, "13.12%", "needs_review", ev(INF, "Colombia", "2022", 10.1772313546166),
    "'at the end of 2022': December on December vs the annual average 10.18", U, None, "Colombia")
add("The figure is 7.50 percentage points higher than that reported in the same period of the previous yearwhen it was 5.62%.", "5.62%", "needs_review",
    ev(INF, "Colombia", "2021", 3.49505757399448), "December 2021 on December 2020 vs the 2021 annual average 3.50", U, None, "Colombia", T, "an earlier paragraph")

# --- Indonesia (The Jakarta Post, 2023-02-01)
U = "https://www.thejakartapost.com/business/2023/02/01/inflation-softening-to-5-28-further-alleviates-pressure-on-bi.html"
LEAD = "Indonesia’s inflation mellowed in January but remains well above the central bank’s target and varies widely from one city to another."
T = "Headline consumer price index (CPI) growth dropped to 5.28 percent year on year (yoy) from 5.51 percent yoy in December."
add(T, "5.28 percent", "needs_review", ev(INF, "Indonesia", "2023", 3.67013142377007),
    "January 2023 year on year vs the 2023 annual average 3.67", U, "2023-02-01", "Indonesia", LEAD, "previous sentence")
add(T, "5.51 percent", "needs_review", ev(INF, "Indonesia", "2022", 4.20946383402165),
    "December 2022 year on year vs the 2022 annual average 4.21", U, "2023-02-01", "Indonesia", LEAD, "previous sentence")
T = "The city of Kotabaru in Kalimantan recorded the highest inflation rate at 7.78 percent yoy, while Bandung saw the highest inflation in Java at 7.37 percent yoy."
add(T, "7.78 percent", "unsupported", none("city rate, not in the data", "Indonesia"), "a city's rate; no city rows", U, "2023-02-01", "Indonesia")
add("Inflation in January was driven particularly by higher prices for food, beverages and tobacco, with BPS registering an annual increase of 5.82 percent for that category.",
    "5.82 percent", "unsupported", none("a category's price index (food, beverages and tobacco); no such series", "Indonesia"), "no food CPI series", U, "2023-02-01", "Indonesia")

# --- Indonesia, United States (Indonesia Investments, January 2023)
U = "https://www.indonesia-investments.com/id/news/todays-headlines/consumer-price-index-of-indonesia-higher-than-expected-inflation-in-december-2022/item9589"
add("It also means we now have the full 2022 inflation figure for Indonesia: 5.51 percent year-on-year (y/y).", "5.51 percent", "needs_review",
    ev(INF, "Indonesia", "2022", 4.20946383402165), "'the full 2022 figure' is December on December (BPS) vs the annual average 4.21", U, None, "Indonesia")
add("So, with US inflation at 7.1 percent (y/y) in November 2022, one could be relieved and argue that it is a much better situation than the 9.1 percent (y/y) of US inflation set in June 2022.",
    "7.1 percent", "needs_review", ev(INF, "United States", "2022", 8.00279982052121), "November 2022 year on year vs the 2022 annual average 8.00", U, None, "United States")

# --- Ethiopia (Reuters via NewsBreak, 2022-06-11)
U = "https://www.newsbreak.com/news/2633614489119/ethiopia-inflation-rises-further-in-may"
LEAD = "ADDIS ABABA, June 10 (Reuters) - Ethiopia's inflation (ETCPIY=ECI) accelerated further in May, spurred by a pickup in food inflation, the statistics office said on Friday."
ETH22 = ev(INF, "Ethiopia", "2022", 33.8898797100898)
T = "Inflation rose to 37.2% year-on-year from 36.6% in April, the Central Statistics Agency said in a statement."
add(T, "37.2%", "needs_review", ETH22, "May 2022 year on year vs the 2022 annual average 33.89", U, "2022-06-11", "Ethiopia", LEAD, "an earlier paragraph")
add("Month-on-month inflation was 2.6% in May, also higher than April's 2.2% month-on-month inflation reading.", "2.6%", "unsupported", none("a month-on-month change is not a series of the packages", "Ethiopia"),
    "another series: the change from April to May 2022, month on month (relabelled, thirty-second pass)", U, "2022-06-11", "Ethiopia", LEAD, "an earlier paragraph")

# --- Ethiopia (APA via Journal du Cameroun, 2023-01-16)
U = "https://www.journalducameroun.com/en/ethiopias-inflation-eases-to-33-8-percent/"
T = "Ethiopia’s inflation rate eased to 33.8 percent in December 2022, after reaching 35.1 percent in previous month, the Ethiopian Statistics Service (ESS) disclosed on Monday."
add(T, "33.8 percent", "needs_review", ETH22, "December 2022 year on year vs the annual average 33.89 (agrees only by chance)", U, "2023-01-16", "Ethiopia")

# --- Nigeria (Agency report via Checkout Magazine, April 2022; page undated)
U = "https://www.checkoutmagazine.com/nigerias-inflation-may-deteriorate-to-16-1-in-2022-imf-predicts/"
NGA22 = ev(INF, "Nigeria", "2022", 18.8471877843274)
add("The International Monetary Fund says Nigeria’s Consumer Price Index may hit 16.1 percent in 2022.", "16.1 percent", "needs_review", NGA22,
    "an IMF projection for 2022 made in April 2022 vs the outturn 18.85", U, None, "Nigeria")
add("The 16.1 percent will be the highest in the country since October 2021 when it was 16.63 percent.", "16.63 percent", "needs_review",
    ev(INF, "Nigeria", "2021", 16.9528457221608), "October 2021 year on year vs the 2021 annual average 16.95", U, None, "Nigeria",
    "The International Monetary Fund says Nigeria’s Consumer Price Index may hit 16.1 percent in 2022.", "an earlier paragraph")
add("New figures from the National Bureau of Statistics showed that Nigeria’s Consumer Price Index rose to 15.92 percent in March.", "15.92 percent", "needs_review", NGA22,
    "March 2022 year on year (year from the article) vs the 2022 annual average 18.85", U, None, "Nigeria")
add("The IMF however added that the inflation rate would drop to 13.1 percent by 2023.", "13.1 percent", "needs_review",
    ev(INF, "Nigeria", "2023", 24.6595502031139), "an IMF projection for 2023 vs the outturn 24.66", U, None, "Nigeria",
    "The climb in the inflation rate in March shows that Nigeria is not left out in the global inflation surge.", "previous paragraph")

# --- Nigeria (Business Insider Africa, January 2023)
U = "https://africa.businessinsider.com/local/markets/nigerias-inflation-trends-in-the-right-direction-for-the-first-time-in-almost-a-year/rj31e9m"
add("Nigeria’s annual inflation dipped in the last month of 2022 to 21.34% after 10 months of recording increases.", "21.34%", "needs_review", NGA22,
    "'the last month of 2022': December year on year vs the annual average 18.85", U, None, "Nigeria")

# --- Kenya (NTV Kenya, January 2023; page undated)
U = "https://ntvkenya.co.ke/business/reprieve-for-kenyans-as-inflation-slows-to-9-1/"
KEN22 = ev(INF, "Kenya", "2022", 7.65986268272224)
T = "Kenya’s inflation rate has fallen to 9.1% in December, according to the Kenya National Bureau of Statistics (KNBS), down from 9.5% in November."
add(T, "9.1%", "needs_review", KEN22, "December (2022) year on year vs the 2022 annual average 7.66", U, None, "Kenya")
add("Treasury predicts a 5.3% growth in 2022 and 6% growth in 2023.", "5.3%", "unsupported", none("real GDP growth: no series", "Kenya"),
    "no real GDP growth series (and no Kenyan GDP)", U, None, "Kenya")

# --- Philippines (Reuters via CNA, 2023-01-05)
U = "https://www.channelnewsasia.com/business/philippine-central-bank-says-ready-act-price-pressures-persist-3184161?cid=cna_flip_070214"
LEAD = "MANILA : Philippine annual inflation in December accelerated to the fastest pace since 2008 on higher food and energy prices, data showed on Thursday, supporting expectations of more interest rate hikes by the central bank this year."
PHL22 = ev(INF, "Philippines", "2022", 5.82115811213955)
add("Last month's inflation figure was slightly below the 8.2 per cent median forecast in a Reuters poll, but within the central bank's 7.8 per cent to 8.6 per cent forecast for December.",
    "8.2 per cent", "needs_review", PHL22, "a poll's forecast of December 2022 year on year vs the annual average 5.82", U, "2023-01-05", "Philippines", LEAD, "previous paragraph")
add("The number brought the full-year average inflation rate to 5.8 per cent, also a 14-year high and above the official 2 per cent-4 per cent target band.",
    "5.8 per cent", "supported", PHL22, "Philippines CPI 2022 = 5.821, within 5.75..5.85", U, "2023-01-05", "Philippines", LEAD, "an earlier paragraph")
add("Core inflation, which strips out volatile food and energy components, rose to 6.9 per cent in December from 6.5 per cent in November.",
    "6.9 per cent", "unsupported", none("core inflation: no series", "Philippines"), "core CPI is not in the data", U, "2023-01-05", "Philippines", LEAD, "an earlier paragraph")

# --- Greece (Anadolu via aNews, 2022-06-09)
U = "https://www.anews.com.tr/economy/2022/06/09/greece-inflation-highest-since-september-1994"
LEAD = "Greece's consumer price inflation accelerated further in May to reach its highest level in nearly twenty-eight years, data from the Hellenic Statistical Authority showed on Thursday."
GRC22 = ev(INF, "Greece", "2022", 9.64525981280632)
T = "The consumer price index climbed 11.3% year-over-year in May, faster than the 10.2% increase in April."
add(T, "11.3%", "needs_review", GRC22, "May 2022 year on year vs the 2022 annual average 9.65", U, "2022-06-09", "Greece", LEAD, "previous sentence")
add("Furthermore, this was the highest inflation rate since September 1994, when prices had risen 11.7%.", "11.7%", "needs_review",
    ev(INF, "Greece", "1994", 10.8740756809132), "September 1994 year on year vs the 1994 annual average 10.87", U, "2022-06-09", "Greece", LEAD, "an earlier paragraph")
add("The EU measure of the harmonized index of consumer prices, or HICP, climbed 10.5% yearly in May, following a 4.0% gain in November.", "10.5%", "unsupported",
    none("HICP: no harmonised-index series", "Greece"), "the HICP is not in the data", U, "2022-06-09", "Greece", LEAD, "an earlier paragraph")

# --- Greece (IANS/Xinhua via CanIndia, 2022-07-08)
U = "https://www.canindia.com/greeces-inflation-hits-30-year-record-high-in-june/"
add("Greek inflation merely stood at one per cent in June 2021, Xinhua news agency reported quoting ELSTAT.", "one per cent", "needs_review",
    ev(INF, "Greece", "2021", 1.22382501019854), "June 2021 year on year vs the 2021 annual average 1.22", U, "2022-07-08", "Greece")

# --- Pakistan (Daily Times, January 2022)
U = "https://dailytimes.com.pk/862958/headline-inflation-reaches-highest-level-in-two-years"
T = "There was a 22-month high in December 2021 in the Consumer Price Index (CPI)-based reading of 12.3 percent, up from the previous month’s 11.5 percent and December 2020’s 8.0 percent increase, according to data released by the Pakistan Bureau of Statistics (PBS) on Saturday."
add(T, "12.3 percent", "needs_review", ev(INF, "Pakistan", "2021", 9.49621056124947), "December 2021 year on year vs the 2021 annual average 9.50", U, None, "Pakistan")
add("Compared to 8.63 percent in 1HFY21, the average annual inflation rate in 1HFY22 is 9.81 percent.", "9.81 percent", "needs_review",
    ev(INF, "Pakistan", "2021", 9.49621056124947), "the first half of fiscal 2022 (July-December 2021) vs the 2021 annual average 9.50", U, None, "Pakistan", T, "previous sentence")

# --- Pakistan (Dawn, late December 2023)
U = "https://www.dawn.com/news/1801677/inflation-projected-to-ease-to-20-22pc-for-fy24-sbp"
add("SBP Governor Jameel Ahmed also said in his report that average inflation, measured by the consumer price index, surged to 29.2pc in FY23, which was around the upper bound of the bank’s revised projections.",
    "29.2pc", "needs_review", ev(INF, "Pakistan", "2023", 30.7681280657005), "fiscal 2023 (July 2022-June 2023) vs the calendar 2023 average 30.77", U, None, "Pakistan",
    "The State Bank of Pakistan (SBP) on Friday said the inflation rate will ease to around 20-22 per cent in the 2024 financial year, according to a report issued weeks ahead of the February 8 general elections.", "an earlier paragraph")

# --- Italy, euro area (IANS/Xinhua via CanIndia, 2023-01-18)
U = "https://www.canindia.com/italy-ended-2022-with-record-high-inflation-rate/"
LEAD = "Prices in Italy rose to record levels in 2022, the government’s statistics entity ISTAT said."
add("For the year as a whole, prices were an average of 8.1 per cent higher than a year earlier, the highest level in Italy since the introduction of the euro currency in 1999, reports Xinhua news agency.",
    "8.1 per cent", "contradicted", ev(INF, "Italy", "2022", 8.20128991161718),
    "Italy CPI 2022 = 8.201, outside 8.05..8.15 (+0.5 % = 8.19); ISTAT's NIC vs the World Bank row", U, "2023-01-18", "Italy", LEAD, "previous paragraph")
add("In 2021, the year-on-year increase was just 1.9 per cent.", "1.9 per cent", "supported",
    ev(INF, "Italy", "2021", 1.87378325762481), "Italy CPI 2021 = 1.874, within 1.85..1.95 (-0.5 % = 1.84)", U, "2023-01-18", "Italy", LEAD, "an earlier paragraph")
add("The increase in prices was even more dramatic at the end of the year: in December, prices were 11.6 per cent higher than in December 2021, and in the two previous months the year-on-year increase was 11.8 per cent.",
    "11.6 per cent", "needs_review", ev(INF, "Italy", "2022", 8.20128991161718), "December 2022 year on year vs the annual average 8.20", U, "2023-01-18", "Italy", LEAD, "an earlier paragraph")
add("The inflation rate for the euro currency zone in December was 9.2 per cent, according to preliminary figures from Eurostat, down from 10.1 per cent in November.",
    "9.2 per cent", "unsupported", none("Eurostat's euro-area HICP (December 2022 flash): not in the packages; the World Bank 'Euro area' row (8.47 for 2022) aggregates national CPIs", "Euro area"),
    "another series (lead's decision, pass 16; was needs_review against the 2022 annual average 8.47)", U, "2023-01-18", "Euro area")

# --- New Zealand (Reuters, 2012-04-18)
U = "http://uk.reuters.com/article/newzealand-economy-inflation-idUKW9E8DD02320120418"
LEAD = "WELLINGTON, April 19 The first quarter consumers\nprice index (CPI) was released by Statistics New Zealand (SNZ)\non Thursday."
T = "Economists polled by Reuters had forecast a rise of 0.6\npercent for the quarter and a rise of 1.6 percent from the same\nquarter a year earlier, lower than the 0.7 percent forecast by\nthe Reserve Bank of New Zealand last month."
NZL12 = ev(INF, "New Zealand", "2012", 1.05991318445632)
add(T, "0.6\npercent", "needs_review", NZL12, "a forecast quarter-on-quarter change (Q1 2012) vs the 2012 annual average 1.06", U, "2012-04-18", "New Zealand", LEAD, "previous paragraph")
add(T, "1.6 percent", "needs_review", NZL12, "a forecast of Q1 2012 year on year vs the 2012 annual average 1.06", U, "2012-04-18", "New Zealand", LEAD, "previous paragraph")

# --- Japan (Bloomberg via The Honolulu Advertiser, 2001-12-28)
U = "http://the.honoluluadvertiser.com/article/2001/Dec/28/bz/bz02a.html"
add("Japan's currency traded at 131.63 per dollar from 131.79 yen in late New York trading yesterday, when it dropped as far as 132.08, its weakest level since Oct. 6, 1998.",
    "131.63", "needs_review", ev(FXM, "Japan", "2001-12", 127.5945), "a day's rate (27 December 2001) vs the December 2001 monthly average 127.59", U, "2001-12-28", "Japan")
add("The yen has shed 13 percent against the dollar this year, its biggest loss since 1989, and may still decline further after comments by government officials signaled they aren't likely to oppose a falling yen.",
    "13 percent", "needs_review", ev(FX, "Japan", "2001", 121.568), "the year-to-date fall of a daily rate; annual averages 107.80 -> 121.57 give -11.3 %", U, "2001-12-28", "Japan")

# --- Japan (AP via The Augusta Chronicle, 2004-04-01)
U = "http://chronicle.augusta.com/stories/2004/04/01/fin_410683.shtml"
add("The U.S. dollar was trading at 103.95 yen by late afternoon Wednesday, down 1.82 yen from Tuesday and also below the 105.58 yen it bought in New York.",
    "103.95 yen", "needs_review", ev(FXM, "Japan", "2004-03", 108.5157), "a day's rate (31 March 2004) vs the March 2004 monthly average 108.52", U, "2004-04-01", "Japan",
    "TOKYO -- The U.S. dollar hit a four-year low against the Japanese yen Wednesday while Tokyo stocks ended slightly higher to cap the market's best fiscal year in three decades.", "an earlier paragraph")

# --- China, Japan, Germany (AFP via Tokyo Times, November 2013)
U = "https://www.tokyotimes.com/china-worlds-top-polluter-in-2012-report/"
add("Emissions from China grew 5.9 percent in 2012, lower than the average of 7.9 percent per year over the last 10 years.", "5.9 percent", "contradicted",
    ev(CO2, "CHINA (MAINLAND)", "2012", 2628825), "CDIAC 2012 / 2011 = 2628825 / 2555778 = +2.86 %, outside 5.85..5.95", U, None, "China")
add("Japan had also a significant CO2 increase of 6.9 percent, followed by Germany (+1.8 percent).", "6.9 percent", "contradicted",
    ev(CO2, "JAPAN", "2012", 338968), "CDIAC 2012 / 2011 = 338968 / 329824 = +2.77 %, outside 6.85..6.95", U, None, "Japan",
    "Emissions from China grew 5.9 percent in 2012, lower than the average of 7.9 percent per year over the last 10 years.", "previous sentence")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_d.jsonl")
