"""Writes benchmarks/devsets/explore/fresh_q.jsonl (labels by hand from ../shared/reference-sources):
governments' own words — parliamentary records (Hansard's written answers and debates, the Australian
Senate, the Dáil, Lok Sabha questions and a minister's reply in the Lok Sabha, a South African member's
speech), presidents' and ministers' speeches and statements (Kazakhstan's address to the nation, its
Secretary of State, Russia's president and ministers of economic development, Germany's economy minister
before the Bundestag, the White House, Mexico's finance ministry's weekly figures) and a UN agency's
press conference — in English, Russian, German and Spanish."""
import sys

from labelling import CO2, FXM, GDP, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_q", "xfreshq")
add = rows.add
CO2PC = (CO2[0], CO2[1], "Per Capita")
PERCAP = (GDP[0], "gdp_current_usd_KAZ_RUS.csv ÷ worldbank-population/population_KAZ_RUS.csv", "Value / Value")
NO_PLACE = "no place named in the sentence or its context (only the site tells the country, whose row is cited)"
RU_CPI_END = "Russia's CPI rows end in 2021"

# --- United Kingdom: Hansard (written answers 1975, 1977, 1980; Commons debate 1975). No page names the
#     country in the answer: the Retail Price Index is the UK's only by the site.
U = "https://api.parliament.uk/historic-hansard/written_answers/1980/jun/02/inflation"
t = "per cent. 1966 3.9 1967 2.5 1968 4.7 1969 5.4 1970 6.4 1971 9.4 1972 7.1 1973 9.2 1974 16.1 1975 24.2 1976 16.5 1977 15.8 1978 8.3 1979 13.4"
c = "§ Mr. BiffenThe annual average percentage increase in the retail price index over a year earlier for the years 1966 to 1979 were as follows:"
add(t, "16.1", "needs_review", ev(INF, "United Kingdom", "1974", 16.0440111889861),
    NO_PLACE + ": the UK's 1974 row 16.04 fits 16.1's band, and so may other places' rows: supported would pass the place silently",
    U, "1980-06-02", "(no place)", c, "the paragraph above the table", lang="en")
add(t, "13.4", "needs_review", ev(INF, "United Kingdom", "1979", 13.4212799774012),
    NO_PLACE + ": the UK's 1979 row 13.42 fits", U, "1980-06-02", "(no place)", c, "the paragraph above the table", lang="en")
U = "https://api.parliament.uk/historic-hansard/written_answers/1977/may/23/inflation"
add("December 1976 15.1", "15.1", "needs_review", ev(INF, "United Kingdom", "1976", 16.5595225588084),
    "a December 12-month rate vs the 1976 annual average 16.56 (and " + NO_PLACE + ")", U, "1977-05-23", "(no place)",
    "The year-on-year rates of increase in the Retail Price Index are as follows:", "the paragraph above the table", lang="en")
add("All these figures are well below the 26.3 per cent. increase in the 12 months to July 1975.",
    "26.3 per cent", "needs_review", ev(INF, "United Kingdom", "1975", 24.2072876743291),
    "a 12-month rate to July 1975 vs the 1975 annual average 24.21 (and " + NO_PLACE + ")", U, "1977-05-23", "(no place)", lang="en")
U = "https://hansard.parliament.uk/Commons/1975-03-17/debates/a5ebcc95-9883-4270-917f-25b5197fa8fe/RetailPriceIndex"
add("The retail price index rose 19·9 per cent. between January 1974 and January 1975.",
    "19·9 per cent", "needs_review", ev(INF, "United Kingdom", "1974", 16.0440111889861),
    "January-on-January 12-month change vs the 1974 annual average 16.04 (and " + NO_PLACE + ")", U, "1975-03-17", "(no place)",
    "asked the Secretary of State for Prices and Consumer Protection what has been the increase in the retail price index in the past 12 months.",
    "an earlier paragraph", lang="en")
U = "https://api.parliament.uk/historic-hansard/written-answers/1975/may/23/inflation"
add("§ Mr. Robert SheldonThe rate of increase in the retail prices index in the three months to April expressed at an670W annual rate is 34.4 per cent.",
    "34.4 per cent", "needs_review", ev(INF, "United Kingdom", "1975", 24.2072876743291),
    "three months to April 1975 at an annual rate vs the 1975 annual average 24.21 (and " + NO_PLACE + ")", U, "1975-05-23", "(no place)", lang="en")
add("§ Mr. Robert SheldonThe rate of inflation, as measured by the General Index of Retail Prices, and previously by the Interim Index of Retail Prices and the Cost of Living Index, last exceeded the figure of 3.9 per cent. in one month in September 1939; it last exceeded the figure of 9.2 per cent. in the three months to the beginning of December 1939; and last exceeded the figure of 21.7 per cent. in one year in the year ending in November 1920.",
    "21.7 per cent", "unsupported", none("the year to November 1920: the CPI rows start in 1960"), "1920: before the data", U, "1975-05-23", "(no place)", lang="en")

# --- Australia (the Senate, Hansard via OpenAustralia) and Ireland (the Dáil)
U = "https://openaustralia.org.au/senate/?gid=2006-11-06.22.3"
add("I refer the minister to the latest inflation figures, which show that the headline rate has increased to 3.9 per cent for the year to September and is growing.",
    "3.9 per cent", "needs_review", ev(INF, "Australia", "2006", 3.55528773727026),
    "a 12-month rate to September 2006 vs the 2006 annual average 3.56 (the country only in the speaker's party name)", U, "2006-11-06", "Australia",
    "My question is to Senator Minchin, the Minister representing the Treasurer.", "previous sentence", lang="en")
U = "https://www.oireachtas.ie/en/debates/debate/dail/1972-05-17/29/"
add("The consumer price index is not published for the dates mentioned by the Deputy but between mid-November, 1971, and mid-February, 1972, the index increased by 2.3 per cent.",
    "2.3 per cent", "needs_review", ev(INF, "Ireland", "1972", 8.60581745301066),
    "a three-month change (mid-November 1971 to mid-February 1972) vs annual averages (1972: 8.61); " + NO_PLACE, U, "1972-05-17", "(no place)", lang="en")

# --- India: Lok Sabha questions (retail inflation; CO2 by country in a table; shares of world GHG)
U = "https://datais.info/loksabha/question/c815b55b3f3ee7d259b1a02948bb2d99/Retail+Inflation"
add("(a) whether the Government is aware that the retail inflation jumps to six months high of 6.3 per cent;",
    "6.3 per cent", "needs_review", ev(INF, "India", "2021", 5.13140747176369),
    "May 2021's 12-month rate vs the 2021 annual average 5.13; " + NO_PLACE, U, None, "(no place)", "Question : Retail Inflation", "the title", lang="en")
add("Inflation 4.59 4.06 5.03 5.52 4.23 6.30 6.26",
    "4.59", "needs_review", ev(INF, "India", "2020", 6.62343677628535),
    "December 2020's 12-month rate (table column 'Dec - 20') vs the 2020 annual average 6.62; " + NO_PLACE, U, None, "(no place)",
    "Dec - 20 Jan - 21 Feb - 21 Mar - 21 Apr - 21 May - 21 Jun - 21*", "the table's column row", lang="en")
U = "https://datais.info/loksabha/question/582203f1f667a8d095bd723d975411a1/GLOBAL+WARMING"
H = ("Country\tElectricity consumption\tAnnual CO2 emissions\t(Kilo Watt hour/capita)\t(in thousands of metric tons)\t"
     "(Source: World Bank, 2007)\t(Source: International\tEnergy Agency Report, 2008)")
add("USA 13,652 5,838,381", "5,838,381", "contradicted", ev(CO2, "UNITED STATES OF AMERICA", "2006", 1552895),
    "thousand t CO2: 5,838,381 / 3.664 = 1,593,444 kt C; 2006 (the IEA 2008 edition's year) is 1,552,895 (5.69 bn t CO2); no year "
    "fits — the highest rows, 2005 and 2007, are 5.78 bn", U, None, "United States", H, "the table's header", lang="en")
add("China 2,332 6,538,367", "6,538,367", "contradicted", ev(CO2, "CHINA (MAINLAND)", "2006", 1736342),
    "6,538,367 kt CO2 vs 2006 6.36 bn and 2007 6.84 bn: no year fits", U, None, "China", H, "the table's header", lang="en")
add("World (Average) 2,846 29,321,302", "29,321,302", "unsupported",
    none("a world total of fossil CO2 is not a row of the package", "World"), "a world total: no row", U, None, "World", H,
    "the table's header", lang="en")
U = "https://datais.info/loksabha/question/df94e73deb0d096800a7921ba50ad226/%60%60CARBON+EMISSION%60%60"
add("As per current information available, the countries which are the largest contributor to greenhouse gas emissions in percentage terms are: China - 19.5% , USA - 19.2% India - 5.3%, Russia - 5.1% , Japan - 3.6% and Germany - 2.6%.",
    "19.5%", "unsupported", none("a share of world greenhouse-gas emissions: no world total and no GHG series", "China"),
    "share of the world's GHG: no row", U, "2010-11-10", "China", lang="en")
add("As per Indian Network for Climate Change Assessment Report released in May 2010, the country`s GHG emissions have increased from 1228 million tones CO2eq. in 1994 to 1727 mtCO2 eq. in 2007.",
    "1727 mtCO2 eq", "unsupported", none("greenhouse gases in CO2 equivalent are not in the packages (fossil CO2 only)", "India"),
    "GHG CO2e: no series", U, "2010-11-10", "India", lang="en")

# --- India's environment minister in the Lok Sabha (IANS, The Statesman): per-person emissions compared
U = "https://thestatesman.com/india/india-is-not-responsible-for-climate-change-says-union-environment-minister-prakash-javadekar-1502825225.html/amp"
t = "“India is not responsible for the climate change because per person carbon production of the country is not more than two tonnes which is 16 tonnes in US, 13 tonnes in Europe and 12 tonnes in China.”"
c = "The minister also defined the difference between climate change and pollution and said, “Climate change happens because of the rise of carbon dioxide emissions."
add(t, "two tonnes", "supported", ev(CO2PC, "INDIA", "2020", 0.467686737034619),
    "undated: the latest row 0.468 t C (1.71 t CO2) is not more than two tonnes, read as carbon or as CO2 (every year is)", U, None, "India",
    c, "an earlier paragraph", lang="en")
add(t, "16 tonnes", "needs_review", ev(CO2PC, "UNITED STATES OF AMERICA", "2020", 3.610047378993988),
    "undated: latest 3.61 t C = 13.23 t CO2, outside 16's band; 2012–2014 (15.90–16.08 t CO2) fit: which year is meant is for a person",
    U, None, "United States", c, "an earlier paragraph", lang="en")
add(t, "13 tonnes", "unsupported", none("'Europe' is no row of the package (neither the EU nor a European total)", "Europe"),
    "an aggregate that is not a row", U, None, "Europe", c, "an earlier paragraph", lang="en")
add(t, "12 tonnes", "contradicted", ev(CO2PC, "CHINA (MAINLAND)", "2020", 2.047509753915947),
    "undated: latest 2.05 t C = 7.50 t CO2 (the series' maximum); no year fits 12 tonnes as CO2 or as carbon", U, None, "China",
    c, "an earlier paragraph", lang="en")

# --- Kazakhstan: the president's address (Astana Times, September 2023); the Secretary of State (Kazinform)
U = "https://astanatimes.com/2023/09/kazakhstans-new-economic-model-to-be-citizen-centered-says-tokayev/"
add("By year’s end, the population will reach 20 million.",
    "20 million", "needs_review", ev(POP, "Kazakhstan", "2023", 20330104),
    "a count at the end of 2023 foreseen in September 2023 vs the 2023 mid-year estimate 20.33 m (inside 20 million's band): the year is "
    "not over and a year-end count is not the mid-year estimate", U, "2023-09", "Kazakhstan",
    "“Every year, more than 400,000 children are born in Kazakhstan.", "previous sentence", lang="en")
add("Tokayev outlined ambitious plans for reforms targeting stable economic growth of 6-7%, with a goal to double the national economy to $450 billion by 2029.",
    "$450 billion", "unsupported", none("a goal for 2029: GDP rows end in 2023", "Kazakhstan"), "2029: outside the data", U, "2023-09",
    "Kazakhstan", lang="en")
U = "https://www.inform.kz/en/people-s-assembly-of-kazakhstan-holds-expanded-meeting_a3798800/amp"
T = "People’s Assembly of Kazakhstan holds expanded meeting"
add("He said that the GDP per capita has seen a 13-time increase since independence was gained.",
    "13-time", "contradicted", ev(PERCAP, "Kazakhstan", "2020", 8781.5),
    "derived per capita 2020 = 171.08 bn / 19,482,117 = 8,782 vs 1991 = 24.92 bn / 17,278,600 = 1,442: 6.1 times (the 2013 peak 13,478 "
    "is 9.3 times); no reading gives 13", U, "2021-06-09", "Kazakhstan", T, "the title", lang="en")
add("The country’s population rose to 19 million people.",
    "19 million people", "needs_review", ev(POP, "Kazakhstan", "2021", 19743603),
    "a count at a moment of 2021 vs the 2021 mid-year estimate 19.74 m (outside 19 million's band; 2020's 19.48 m is inside)", U,
    "2021-06-09", "Kazakhstan", T, "the title", lang="en")

# --- Russia: ministers of economic development (banki.ru, NSN), the president (5-tv), a UN agency's press conference
U = "http://banki.ru/news/lenta/?id=3542467&r1=subscribe&r2=Subscribe.Ru"
add("Минэкономразвития РФ прогнозирует инфляцию в январе на уровне 0,4%, в годовом выражении этот показатель составил 4,8%, сообщила глава ведомства Эльвира Набиуллина.",
    "4,8%", "needs_review", ev(INF, "Russian Federation", "2012", 5.07474300799149),
    "a 12-month rate in late January 2012 vs the 2012 annual average 5.07 (the page's next sentence names January 2012)", U, None,
    "Russian Federation", lang="ru")
U = "https://nsn.fm/amp/hots/hots-mer-vesnoy-2015-goda-inflyatsiya-v-rossii-dostignet-15-17"
t = "Министр также добавил, что, согласно прогнозу Миэкономразвития, к декабрю инфляция составит 12,2%, а в среднегодовом исчислении – 15,8%."
c = "Глава Минэкономразвития Алексей Улюкаев заявил, что в марте-апреле 2015 года инфляция достигнет 15-17%."
add(t, "12,2%", "needs_review", ev(INF, "Russian Federation", "2015", 15.5344050528403),
    "a forecast (February 2015) of December's 12-month rate vs the 2015 annual average 15.53; the country only in the ministry's name",
    U, "2015-02-09", "Russian Federation", c, "an earlier paragraph", lang="ru")
add(t, "15,8%", "needs_review", ev(INF, "Russian Federation", "2015", 15.5344050528403),
    "a forecast (February 2015) of the 2015 annual average vs the outcome 15.53 (outside 15,8's band): a projection is not contradicted "
    "by the later row", U, "2015-02-09", "Russian Federation", c, "an earlier paragraph", lang="ru")
U = "https://www.5-tv.ru/news/5050182/byla-cel-snizit-inflaciu-putin-otempe-rosta-ekonomiki-rf/"
add("«Была поставлена цель снизить инфляцию до шести процентов, но судя по по всему, к концу года она будет меньше шести процентов — 5,7-5,8 процента», — сказал президент РФ.",
    "5,7-5,8 процента", "unsupported", none("2025's year-end rate: " + RU_CPI_END, "Russian Federation"), "2025: outside the data", U,
    "2025-12-19", "Russian Federation", lang="ru")
add("«Но если взять за трехлетку последнюю, такой счет тоже является вполне корректным, то общий рост — 9,7%.",
    "9,7%", "unsupported", none("real GDP growth over three years is not a series of the packages", "Russian Federation"),
    "real growth: the nominal USD series must not judge it", U, "2025-12-19", "Russian Federation",
    "За последний год ВВП в России вырос на один процент, за трехлетку — на 9,7%.", "an earlier paragraph", lang="ru")
U = "http://unrussia.ru/en/un-in-russia/news/2007-07-06"
add("Alexander Puzanov pointed out that: \"Contrary to developing countries, which have a growing proportion of urban population, Russia is faced with its decrease, by more than 600 thousand in 2005.\"",
    "600 thousand", "unsupported", none("the urban population is not a series of the packages (the total fell by 548,502 in 2005)", "Russian Federation"),
    "urban population: no series", U, "2007-07-06", "Russian Federation", lang="en")

# --- United States (the White House), Germany (the economy minister before the Bundestag), Mexico (SHCP), South Africa
U = "https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-economy/?utm_source=link"
add("And I am thrilled to announce that, in the second quarter of this year, the United States economy grew at the amazing rate of 4.1 percent.",
    "4.1 percent", "unsupported", none("real quarterly GDP growth; and the GDP rows hold Kazakhstan and Russia only", "United States"),
    "real growth of a quarter: no series", U, None, "United States", lang="en")
U = "https://www.aktiencheck.de/news/Artikel-ROUNDUP_Habeck_erwartet_weiter_sinkende_Inflation-15240818"
t = "Nach 7,9 Prozent im vergangenen Jahr erwarte man für 2023 im Jahresschnitt 6 Prozent, sagte der Grünen-Politiker am Donnerstag im Bundestag in Berlin."
c = "BERLIN (dpa-AFX) - Bundeswirtschaftsminister Robert Habeck geht von einem weiteren Absinken der zurzeit hohen Inflation aus."
add(t, "7,9 Prozent", "contradicted", ev(INF, "Germany", "2022", 6.87257438551097),
    "2022 ('im vergangenen Jahr', January 2023): 6.87 beyond 7,9's band (Destatis' 7.9, as verdicts.md's example)", U, "2023-01",
    "Germany", c, "previous sentence", lang="de")
add(t, "6 Prozent", "needs_review", ev(INF, "Germany", "2023", 5.94643667725823),
    "a forecast for 2023 made in January 2023 vs the outcome 5.95: a projection for a year not complete at the draft date", U, "2023-01",
    "Germany", c, "previous sentence", lang="de")
U = "https://plazapublica.com.mx/2022/01/21/peso-cierra-primera-semana-del-ano-en-su-mejor-nivel-en-2-meses"
c = ("Del 3 al 7 de enero y por sexta semana consecutiva, la moneda mexicana ganó terreno frente al dólar debido a un debilitamiento "
     "del dólar tras algunos datos económicos sobre la economía estadounidense por debajo de lo esperado y luego de que la inflación en "
     "México correspondiente a diciembre fuera menor a lo estimado por el mercado.")
add("Durante la primera semana del año, el tipo de cambio peso/dólar reportó un nivel promedio de 20.49 pesos por dólar, de acuerdo con la Secretaría de Hacienda y Crédito Público (SHCP).",
    "20.49 pesos por dólar", "needs_review", ev(FXM, "Mexico", "2022-01", 20.5074),
    "a week's mean (3–7 January 2022) vs January's mean 20.5074 (inside 20.49's band: supported would pass the week silently)", U,
    "2022-01-21", "Mexico", c, "an earlier paragraph", lang="es")
add("En lo que va de 2022, el tipo de cambio FIX registró un nivel promedio de 20.4857 pesos por dólar.",
    "20.4857 pesos por dólar", "needs_review", ev(FXM, "Mexico", "2022-01", 20.5074),
    "a year-to-date mean of three weeks vs January's mean 20.5074 and the year's 20.1208: a span no row holds", U, "2022-01-21", "Mexico",
    c, "an earlier paragraph", lang="es")
U = "https://pa.org.za/speech/201167706"
t = "When the hon President assumed office on 9 May 2009, one US dollar cost R8,64, while today a US dollar will cost you R12,28."
c = "On that date the US dollar could be purchased for R3,15."
add(t, "R8,64", "needs_review", ev(FXM, "South Africa", "2009-05", 8.3741),
    "a day's rate (9 May 2009) vs May 2009's mean 8.37, outside R8,64's band", U, None, "South Africa", c, "previous sentence", lang="en")
add(t, "R12,28", "needs_review", ev(FXM, "South Africa", "2026-06", 16.3886),
    "'today' on an undated speech: the latest month 16.39 is far off, June 2015's mean 12.29 fits: which day is meant is for a person",
    U, None, "South Africa", c, "previous sentence", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_q.jsonl")
    print(rows.summary())
