"""Writes benchmarks/devsets/explore/fresh_c.jsonl (labels by hand from ../shared/reference-sources)."""
import sys

from labelling import FX, INF, LabelledRows, ev, none

rows = LabelledRows("fresh_c", "xfreshc")
add = rows.add


# --- Samoa (Samoa Observer, 2023-05-06)
U = "https://samoaobserver.ws/category/samoa/103383"
t = "World Bank statistics also clarify that the inflation rate for consumer prices in Samoa moved over the past 59 years between -2.9 per cent and 33.0 per cent and for 2021, an inflation rate of 3.1 per cent was calculated."
add(t, "-2.9 per cent", "supported", ev(INF, "Samoa", "1995", -2.90352865746142),
    "the minimum over 1962-2021 is 1995's -2.904, within -2.85..-2.95 ∓0.5 %", U, "2023-05-06", "Samoa")
add(t, "33.0 per cent", "supported", ev(INF, "Samoa", "1980", 33.0472428985001),
    "the maximum over 1962-2021 is 1980's 33.047, within 32.95..33.05 ∓0.5 %", U, "2023-05-06", "Samoa")
add(t, "3.1 per cent", "supported", ev(INF, "Samoa", "2021", 3.13320473174494),
    "Samoa CPI 2021 = 3.133, within 3.05..3.15 ∓0.5 %", U, "2023-05-06", "Samoa")
t = "In December last year, a Central Bank of Samoa report also highlighted that Samoa's headline inflation rate was 11.3 per cent at the end of October 2022, substantially well above its medium-term target of 3.0 per cent."
add(t, "11.3 per cent", "needs_review", ev(INF, "Samoa", "2022", 10.9618822286844),
    "a 12-month rate at end October 2022 vs the 2022 annual average 10.96", U, "2023-05-06", "Samoa")

# --- Trinidad and Tobago (centralbanknews, December 2021 archive)
U = "http://www.centralbanknews.info/2021/12"
t = "Last year inflation in Trinidad and Tobago averaged 0.6 percent and in November the International Monetary Fund estimated 1.5 percent inflation this year and 2.4 percent in 2022."
add(t, "0.6 percent", "supported", ev(INF, "Trinidad and Tobago", "2020", 0.598986330824643),
    "'last year' of a December 2021 page = 2020: 0.599, within 0.55..0.65", U, "2021-12", "Trinidad and Tobago")
add(t, "1.5 percent", "needs_review", ev(INF, "Trinidad and Tobago", "2021", 2.05922746915458),
    "an IMF estimate for 2021 made in November 2021 (year not complete) vs the outturn 2.06", U, "2021-12", "Trinidad and Tobago")
add(t, "2.4 percent", "needs_review", ev(INF, "Trinidad and Tobago", "2022", 5.82838638517959),
    "a projection for 2022 made in 2021 vs the outturn 5.83", U, "2021-12", "Trinidad and Tobago")

# --- Mexico (AP, 2023-01-09)
U = "https://int.apnews.com/article/inflation-mexico-city-49a5572f41e5c2c0c08a940f32de5aa6"
t = "MEXICO CITY (AP) — Mexico ended 2022 with 7.82% annual inflation, the highest rate in more than two decades, the National Statistics Institute said Monday."
add(t, "7.82%", "needs_review", ev(INF, "Mexico", "2022", 7.8962761916855),
    "'ended 2022': December on December vs the annual average 7.90 (outside 7.78..7.86)", U, "2023-01-09", "Mexico")
add("By comparison, inflation in 2021 ran at 7.36%.", "7.36%", "needs_review", ev(INF, "Mexico", "2021", 5.68920847683753),
    "the same year-end measure for 2021 (INEGI's December rate) vs the annual average 5.69", U, "2023-01-09", "Mexico",
    "What Mexican families felt most was the 14.14% annual inflation in food prices, which suffered the highest price increases for any category.", "previous paragraph")

# --- Canada (Asian Lite, 2023-01-18)
U = "https://asianlite.ae/2023/top-news/canadas-annual-cpi-hit-40-year-high-in-2022"
lead = "Canada’s Consumer Price Index (CPI) rose 6.8 per cent on an annual average basis in 2022, hitting a 40-year high, the national statistical agency said."
add(lead, "6.8 per cent", "supported", ev(INF, "Canada", "2022", 6.80280115341613),
    "Canada CPI 2022 = 6.803, within 6.75..6.85", U, "2023-01-18", "Canada")
add("Excluding energy, the annual average CPI rose 5.7 per cent in 2022.", "5.7 per cent", "unsupported",
    none("CPI excluding energy is not a series of the packages", "Canada"), "no CPI-ex-energy series", U, "2023-01-18", "Canada",
    "Statistics Canada said the price increases were broad-based in 2022 and higher energy prices contributed the most to headline inflation.", "previous paragraph")
add("The CPI rose 6.3 per cent year on year in December, following a 6.8 per cent increase in November, Statistics Canada said.", "6.3 per cent",
    "needs_review", ev(INF, "Canada", "2022", 6.80280115341613), "December 2022 year on year vs the annual average 6.80", U, "2023-01-18", "Canada",
    "Year-over-year price growth accelerated each month in the first half of the year, reaching a high of 8.1 per cent in June, and slowed in the second half of the year.", "previous paragraph")

# --- Canada (CTV News, January 2024; the page's own date line is wrong, so undated)
U = "https://www.ctvnews.ca/business/canada-s-inflation-rate-rose-3-4-per-cent-in-december-1.6727565"
t = "With December marking the last month of the year, Statistics Canada says the annual average inflation rate for 2023 was 3.9 per cent, down from a 40-year high of 6.8 per cent in 2022."
add(t, "3.9 per cent", "supported", ev(INF, "Canada", "2023", 3.87900159788426), "Canada CPI 2023 = 3.879, within 3.85..3.95 ∓0.5 %", U, None, "Canada")
add(t, "6.8 per cent", "supported", ev(INF, "Canada", "2022", 6.80280115341613), "Canada CPI 2022 = 6.803", U, None, "Canada")
add("Statistics Canada says the annual inflation rate rose 3.4 per cent in December.", "3.4 per cent", "needs_review",
    ev(INF, "Canada", "2023", 3.87900159788426), "December 2023 year on year vs the 2023 annual average 3.88", U, None, "Canada")

# --- New Zealand (newsroomodisha / IANS, January 2023, undated copy)
U = "https://newsroomodisha.com/new-zealands-annual-inflation-remains-at-7-2"
add("Wellington: New Zealand’s consumers price index increased 7.2 per cent in the 12 months to December 2022, the country’s statistics department said on Wednesday.",
    "7.2 per cent", "needs_review", ev(INF, "New Zealand", "2022", 7.17222476016441),
    "December quarter 2022 on December quarter 2021, not the annual average (7.17 agrees only by chance)", U, None, "New Zealand")

# --- New Zealand (forevernews / IANS, 2023-04-20)
U = "https://forevernews.in/politics/new-zealand-annual-inflation-growth-slows-to-6-7-in-march-788675"
t = "Wellington, April 20 (IANS) New Zealand’s consumer price index increased 6.7 per cent in the 12 months to March 2023, compared to a 7.2 per cent increase recorded a year earlier, according to figures released on Thursday by the national statistics department."
add(t, "6.7 per cent", "needs_review", ev(INF, "New Zealand", "2023", 5.73316283034957),
    "March quarter 2023 year on year vs the 2023 annual average 5.73", U, "2023-04-20", "New Zealand")
add(t, "7.2 per cent", "needs_review", ev(INF, "New Zealand", "2022", 7.17222476016441),
    "'a year earlier' = 12 months to March 2022, a quarterly rate, not the 2022 annual average", U, "2023-04-20", "New Zealand")

# --- Japan (indexmundi, undated)
U = "https://www.indexmundi.com/facts/japan/indicator/PA.NUS.FCRF"
add("The value for Official exchange rate (LCU per US$, period average) in Japan was 109.75 as of 2021.", "109.75", "supported",
    ev(FX, "Japan", "2021", 109.8429), "yen per USD 2021 = 109.84, within 109.745..109.755 ∓0.5 %", U, None, "Japan")
t = "As the graph below shows, over the past 61 years this indicator reached a maximum value of 360.00 in 1970 and a minimum value of 79.79 in 2012."
ctx = "The value for Official exchange rate (LCU per US$, period average) in Japan was 109.75 as of 2021."
add(t, "360.00", "unsupported", none("1970 is before the first exchange-rate year (1971)", "Japan"),
    "no row before 1971", U, None, "Japan", ctx, "previous sentence")
add(t, "79.79", "supported", ev(FX, "Japan", "2012", 79.818),
    "2012 = 79.818, within 79.785..79.795 ∓0.5 % (the file's minimum is 2011's 79.70, also within)", U, None, "Japan", ctx, "previous sentence")

# --- Papua New Guinea (Loop PNG, spring 2023, undated copy)
U = "https://www.looppng.com/png-news/economy-recovered-after-lifting-covid-19-restrictions-120571-1"
ctx = "Genia pointed out that while global inflation is expected to fall, it continues to remain elevated."
add("The Consumer Price Index (CPI) for the September quarter of 2022, showed an annual headline inflation outcome of 6.3 percent reflecting the feed-through of high imported inflation.",
    "6.3 percent", "needs_review", ev(INF, "Papua New Guinea", "2022", 5.25323922215241),
    "September quarter 2022 year on year vs the 2022 annual average 5.25", U, None, "Papua New Guinea",
    "According to the Bank of PNG Monetary Policy Statement for March 2023, Acting Governor Elizabeth Genia said the Central Bank expects this growth to continue into 2023 driven by increased activity in the non-mineral sector, supported by the Government’s expansionary fiscal policy2 and growth in the mineral sector.", "an earlier paragraph")
add("The Bank forecasts annual domestic inflation to be around 5.5 percent for 2023.", "5.5 percent", "needs_review",
    ev(INF, "Papua New Guinea", "2023", 2.29869991296791), "a forecast for 2023 made in March 2023 vs the outturn 2.30", U, None, "Papua New Guinea",
    "According to the Bank of PNG Monetary Policy Statement for March 2023, Acting Governor Elizabeth Genia said the Central Bank expects this growth to continue into 2023 driven by increased activity in the non-mineral sector, supported by the Government’s expansionary fiscal policy2 and growth in the mineral sector.", "an earlier paragraph")

# --- Papua New Guinea (BSP, 2022-07-19)
U = "https://www.bsp.com.pg/about-us/media-centre/news-announcements/key-implications-of-png-s-recent-cpi-figures/"
add("The price of goods and services have continued to increase since the second quarter of 2021, with Consumer Price Index (CPI) rating closing the first quarter of this year at 6.9 percent – the highest level rating since 2010.",
    "6.9 percent", "needs_review", ev(INF, "Papua New Guinea", "2022", 5.25323922215241),
    "March quarter 2022 year on year vs the 2022 annual average 5.25", U, "2022-07-19", "Papua New Guinea",
    "Key implications of PNG’s recent CPI figures", "title")

# --- China (gov.cn / Xinhua, 2023-01-12)
U = "http://english.www.gov.cn/archive/statistics/202301/12/content_WS63bfa693c6d0a757729e5602.html"
add("BEIJING, Jan. 12 -- China's consumer price index (CPI), a main gauge of inflation, rose 2 percent year on year in 2022, the National Bureau of Statistics (NBS) said Thursday.",
    "2 percent", "supported", ev(INF, "China", "2022", 1.97357555739051), "China CPI 2022 = 1.974, within 1.5..2.5 (one digit)", U, "2023-01-12", "China")
add("In December, China's CPI rose 1.8 percent year on year, up from 1.6 percent in November.", "1.8 percent", "needs_review",
    ev(INF, "China", "2022", 1.97357555739051), "December 2022 year on year vs the annual average 1.97", U, "2023-01-12", "China")

# --- China (The Strategist, 2023-01-12)
U = "https://www.thestrategist.media/China-s-inflation-rate-hits-2-per-cent-in-2022_a6442.html"
add("China's inflation rate in 2021 was 0.9%, despite the fact that the government had anticipated a rise of about 3%.", "0.9%", "contradicted",
    ev(INF, "China", "2021", 0.981015135544882), "China CPI 2021 = 0.981, outside 0.85..0.95 (+0.5 % = 0.955)", U, "2023-01-12", "China")

# --- China (UrduPoint / Sputnik, 2023-01-12)
U = "https://www.urdupoint.com/en/business/inflation-in-china-reaches-2-in-2022-year-on-1624036.html"
add("At the end of 2021, inflation in China was 0.9%, although the government expected growth of about 3%.", "0.9%", "needs_review",
    ev(INF, "China", "2021", 0.981015135544882), "'at the end of 2021': a year-end rate vs the annual average 0.98", U, "2023-01-12", "China")

# --- Australia (SBS News, 2023-07-26)
U = "https://www.sbs.com.au/news/article/julys-cpi-fi/s6cc8c6ap"
add("Inflation had reached a 32-year high in the December 2022 quarter when it rose to 7.8 per cent for the year.", "7.8 per cent", "needs_review",
    ev(INF, "Australia", "2022", 6.59409671341846), "December quarter 2022 year on year vs the 2022 annual average 6.59", U, "2023-07-26", "Australia",
    "Australia's inflation rate drops to 6 per cent", "title")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_c.jsonl")
    print(rows.summary())
