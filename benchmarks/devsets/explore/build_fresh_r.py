"""Writes benchmarks/devsets/explore/fresh_r.jsonl (labels by hand from ../shared/reference-sources):
regional and local news, magazines and opinion — provincial and city papers and bank economists' notes beside
national figures (the Philippines' Western Visayas, Alberta, Catalonia, Bavaria, São Paulo, Almaty, Moscow,
Texas), weekly papers and columns, economists' and data blogs, travel and lifestyle pages that state country
figures — in English, Spanish, Portuguese, German, French and Russian."""
import sys

from labelling import CO2, FX, FXM, GDP, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_r", "xfreshr")
add = rows.add
CO2PC = (CO2[0], CO2[1], "Per Capita")
PERCAP = (GDP[0], "gdp_current_usd_KAZ_RUS.csv ÷ worldbank-population/population_KAZ_RUS.csv", "Value / Value")
UNDATED = "the page gives no date and the figure no year: the latest row stands for the check"
GDP_SLICE = "GDP rows only for Kazakhstan and the Russian Federation"
SUBNAT_INF = "a province's or city's CPI: the packages hold national rates only"

# --- Regional papers and bank notes: a province's or city's rate beside the national one
U = "https://mb.com.ph/2022/10/11/inflation-rate-increases-anew-in-w-visayas"
add("The PSA also noted that the region’s 7.5-percent inflation rate for September 2022 was still higher than the national average, which was only at 6.9 percent.",
    "6.9 percent", "needs_review", ev(INF, "Philippines", "2022", 5.82115811213955),
    "the national 12-month rate of September 2022 vs the 2022 annual average 5.82", U, "2022-10-11", "Philippines",
    "The Philippine Statistics Authority (PSA) recorded an increase of 0.1 percent from the 7.4 percent inflation rate recorded in August 2022.",
    "the previous paragraph", lang="en")
add("The September 2022 inflation rate was more than double for the same period last year which saw a 3.5 percent inflation rate in September 2021.",
    "3.5 percent", "unsupported", none(SUBNAT_INF + " (Western Visayas)", "Philippines"),
    "Western Visayas' rate of September 2021: no regional row (the national 2021 average 3.93 is another place)", U, "2022-10-11", "Philippines",
    "The PSA also noted that the region’s 7.5-percent inflation rate for September 2022 was still higher than the national average, which was only at 6.9 percent.",
    "the previous paragraph", lang="en")

U = "https://www.atb.com/company/insights/the-twenty-four/cpi-january-2022/"
t = "Nationally, inflation rose from 4.8% in December to 5.1%—the highest national level since September 1991."
add(t, "4.8%", "needs_review", ev(INF, "Canada", "2021", 3.39519318527528),
    "Canada's 12-month rate of December 2021 vs the 2021 annual average 3.40", U, "2022-02-16", "Canada", lang="en")
add(t, "5.1%", "needs_review", ev(INF, "Canada", "2022", 6.80280115341613),
    "January 2022's 12-month rate vs the 2022 annual average 6.80 (a year not over at the draft date)", U, "2022-02-16", "Canada", lang="en")
add("The highest rate on record for Alberta is 13.9% and was reached in August 1981.",
    "13.9%", "unsupported", none(SUBNAT_INF + " (Alberta)", "Canada"),
    "Alberta's record monthly rate: no provincial row", U, "2022-02-16", "Canada", lang="en")

U = "https://atbcm.atb.com/company/insights/the-twenty-four/cpi-march-2022"
add("The Bank of Canada’s most recent forecast has inflation in Canada averaging 5.3% in 2022, up from its previous forecast in January of 4.2%.",
    "5.3%", "needs_review", ev(INF, "Canada", "2022", 6.80280115341613),
    "a forecast for 2022 made in April 2022 (the year not over); the outturn 6.80", U, "2022-04-20", "Canada", lang="en")
add("The inflation rate in Alberta was 1.7% in 2019.",
    "1.7%", "unsupported", none(SUBNAT_INF + " (Alberta)", "Canada"),
    "Alberta's 2019 rate: no provincial row (Canada's 2019 1.95 is another place)", U, "2022-04-20", "Canada", lang="en")

U = "https://www.elnacional.cat/oneconomia/es/economia/ipc-crece-32-interanual-en-catalunya-en-diciembre_1144995_102.html"
t = "En el conjunto de España, el IPC interanual se situó en el 3,1%, una décima menos que en el mes anterior, y la tasa anual de la inflación subyacente bajó siete décimas, hasta el 3,8%."
add(t, "3,1%", "needs_review", ev(INF, "Spain", "2023", 3.53236133492433),
    "Spain's 12-month rate of December 2023 vs the 2023 annual average 3.53", U, "2024-01-12", "Spain",
    "El Índice de Precios de Consumo (IPC) en Catalunya subió un 3,2% en diciembre respecto al mismo mes del año anterior, una décima más que en noviembre, y la tasa intermensual subió un 0,1%, según datos hechos públicos este viernes por el Instituto Nacional de Estadística (INE).",
    "the previous paragraph", lang="es")
add(t, "3,8%", "unsupported", none("core inflation is not a series of the packages", "Spain"),
    "core inflation: another series", U, "2024-01-12", "Spain", lang="es")

U = "https://moneytimes.com.br/queda-para-quem-sao-paulo-acumula-maior-alta-nos-precos-em-12-meses"
add("A cidade de São Paulo acumula a maior alta nos preços em 12 meses até junho deste ano, com Índice Nacional de Preços ao Consumidor Amplo (IPCA) de 4,44% — a alta era de 5,08% até maio.",
    "4,44%", "unsupported", none(SUBNAT_INF + " (São Paulo city)", "Brazil"),
    "São Paulo city's 12-month IPCA: no city row", U, "2023-07", "Brazil", lang="pt")
add("No país, o acumulado do índice no mesmo intervalo é de 3,16% — menor variação desde setembro de 2020.",
    "3,16%", "needs_review", ev(INF, "Brazil", "2023", 4.59356282283204),
    "Brazil's 12 months to June 2023 vs the 2023 annual average 4.59", U, "2023-07", "Brazil",
    "A cidade de São Paulo acumula a maior alta nos preços em 12 meses até junho deste ano, com Índice Nacional de Preços ao Consumidor Amplo (IPCA) de 4,44% — a alta era de 5,08% até maio.",
    "previous sentence", lang="pt")

U = "https://ru24.net/smi/stern-de/395381144"
add("Die Inflation in Bayern hat im Dezember mit 3,0 Prozent ein Jahreshoch erreicht - allerdings fiel sie nicht ganz so hoch aus, wie zunächst berechnet.",
    "3,0 Prozent", "unsupported", none(SUBNAT_INF + " (Bavaria)", "Germany"),
    "Bavaria's December rate: no Land row", U, None, "Germany", lang="de")
add("Das ist erneut mehr als die bundesweite Rate, die das Statistische Bundesamt auf Basis vorläufiger Zahlen mit 2,6 Prozent angibt.",
    "2,6 Prozent", "needs_review", ev(INF, "Germany", "2024", 2.2564981433876),
    "Germany's 12-month rate of a December (undated page) vs an annual average; " + UNDATED, U, None, "Germany",
    "Laut Landesamt für Statistik lag sie bei 3,0 Prozent im Vergleich zum Vorjahreszeitraum.", "previous sentence", lang="de")

# --- Almaty and Moscow beside the country (city news, a weekly, an opinion site)
U = "https://en.tengrinews.kz/people/every-8th-person-in-kazakhstan-lives-in-almaty-5666/"
add("However, the official number of residents in the city is much lower: 1.435 million people.",
    "1.435 million people", "unsupported", none("regional counts only for 1 January 2023; a 2011 count of Almaty city is outside the data", "Kazakhstan"),
    "period outside the regional data", U, "2011-11-28", "Kazakhstan",
    "According to the press-service, the number of residents in the metropolis has reached 2 million people, i.e. one eighth of the total population of Kazakhstan.",
    "previous sentence", lang="en")
add("The metropolis produces 20% of the country's GDP and brings in 25% of income to the government budget.",
    "20%", "unsupported", none("a city's share of GDP: no regional GDP rows", "Kazakhstan"),
    "Almaty's gross regional product is not in the packages", U, "2011-11-28", "Kazakhstan",
    "Almaty city is considered one of the key drivers of Kazakhstan's economy after the raw materials production.", "previous sentence", lang="en")

U = "https://argumenti.ru/society/2011/03/99332/amp"
add("Население России составляет 142,9 миллиона человек, приводит данные Росстата \"Российская газета\".",
    "142,9 миллиона человек", "supported", ev(POP, "Russian Federation", "2010", 142849468),
    "the October 2010 census vs the 2010 mid-year row 142.85 m, inside 142,9's band [142.14, 143.66]", U, "2011-03-28", "Russian Federation",
    "Перепись населения в России проходила с 14 по 25 октября 2010 года.", "previous sentence", lang="ru")
add("73,7 процента населения России проживает в городах.",
    "73,7 процента", "unsupported", none("the urban share of the population is not a series of the packages", "Russian Federation"),
    "urban share: no row", U, "2011-03-28", "Russian Federation", lang="ru")

U = "https://svpressa.ru/society/article/463252"
add("В прошлом году экономика столицы росла быстрее (5,5%), чем в среднем экономика России (4,3%).",
    "4,3%", "unsupported", none("real GDP growth is not a series of the packages (nominal USD GDP only)", "Russian Federation"),
    "real growth of Russia's economy: another series", U, None, "Russian Federation", lang="ru")

# --- Weekly papers and data columns on national GDP
U = "https://eu.eot.su/2023/05/25/russia-has-become-one-of-the-ten-largest-economies-in-the-world-but-once-it-was-the-second-one/"
add("By the end of 2022, it produced $2.3 trillion worth of goods and services and ranked eighth in this indicator.",
    "$2.3 trillion", "supported", ev(GDP, "Russian Federation", "2022", 2266029240645.338),
    "2022: 2,266.0 bn inside 2.3 trillion's band [2,238.8, 2,361.8] bn", U, "2023-05-25", "Russian Federation",
    "According to the World Bank and national statistical services, Russia has returned to the top 10 economies of the world for the first time since 2014.",
    "previous sentence", lang="en")
add("Traditionally, the largest economy in the world in 2022 was the USA with a GDP of $25.46 trillion, and China with a GDP of $17.94 trillion was in the second place.",
    "$25.46 trillion", "unsupported", none(GDP_SLICE, "United States"),
    "US GDP: no row", U, "2023-05-25", "United States", lang="en")

U = "https://canadanewsmedia.ca/top-heavy-countries-by-share-of-the-global-economy-visual-capitalist/"
add("#9 🇷🇺 Russia $2,133.1",
    "$2,133.1", "needs_review", ev(GDP, "Russian Federation", "2022", 2266029240645.338),
    "the IMF's estimate of 2022 made before the year was over (the page closes 2022); the outturn 2,266.0 bn", U, "2022-12", "Russian Federation",
    "Rank Country GDP (Billions, USD)", "the table's column row", lang="en")
add("Here’s a look at every country’s share of the world’s $101.6 trillion economy:",
    "$101.6 trillion", "unsupported", none("world GDP is not a row of the packages", "World"),
    "world GDP: no row", U, "2022-12", "World", lang="en")

# --- Travel and lifestyle pages: Kazakhstan's population, GDP per head, the tenge
U = "https://engageanywhere.com/kazakhstan/"
add("As of April 2023, the estimated population of Kazakhstan is approximately 19.6 million people.",
    "approximately 19.6 million people", "supported", ev(POP, "Kazakhstan", "2023", 20330104),
    "2023 mid-year 20.33 m within ±5 % of 19.6 m [18.62, 20.58] (April vs mid-year is far inside the approximation)", U, None, "Kazakhstan", lang="en")

U = "https://www.investcurrency.com/what-is-the-currency-in-kazakhstan/"
add("With a population of about 19 million, Kazakhstan is a country in Central Asia.",
    "about 19 million", "needs_review", ev(POP, "Kazakhstan", "2024", 20592571),
    UNDATED + "; 2024 20.59 m is beyond ±5 % of 19 m [18.05, 19.95], 2017–2021 (18.65–19.74 m) are inside", U, None, "Kazakhstan", lang="en")

U = "https://guides.bourse-des-voyages.com/guide-voyage/vacances/pays-kazakhstan-4.html"
add("100 KZT = 0,2941 USD.",
    "0,2941 USD", "unsupported", none("the tenge is not in the exchange-rate files", "Kazakhstan"),
    "tenge: no rows", U, None, "Kazakhstan", "Au 27/09/2017", "the line above", lang="fr")
KZ_HEADING = "Kazakhstan"
add("PIB/hab. : 10 400 $/hab.",
    "10 400 $/hab", "contradicted", ev(PERCAP, "Kazakhstan", "2023", 12858.82),
    "no year fits 10,400's band [10,298, 10,502] (derived per capita 2015 = 10,196, 2011 = 11,287); the latest, 2023: 261.42 bn / 20,330,104 = 12,859",
    U, None, "Kazakhstan", KZ_HEADING, "the page's heading", lang="fr")

U = "https://central-asia.guide/kazakhstan"
add("Population 20,600,000",
    "20,600,000", "supported", ev(POP, "Kazakhstan", "2024", 20592571),
    "undated line; the latest row 2024 20,592,571 inside the band", U, None, "Kazakhstan", KZ_HEADING, "the page's heading", lang="en")
add("As of 2024, Kazakhstan has a population of approximately 20.6 million people.",
    "approximately 20.6 million people", "supported", ev(POP, "Kazakhstan", "2024", 20592571),
    "2024: 20.59 m", U, None, "Kazakhstan", lang="en")

U = "http://expat-arrivals.olifant.rw1.co.za/asia-pacific/kazakhstan/essential-info-kazakhstan"
add("Population: 17.3 million",
    "17.3 million", "needs_review", ev(POP, "Kazakhstan", "2024", 20592571),
    UNDATED + "; 2012 (17.31 m) fits 17.3's band, 2024 (20.59 m) does not", U, None, "Kazakhstan",
    "Essential Info for Kazakhstan", "the title", lang="en")

# --- South Africa's rand on a travel page
U = "https://www.firstcarrental.co.za/news/now-is-the-time-to-travel-to-south-africa.html"
add("As of 26 May 2016, the exchange rate was R15.60 to the Dollar, R22.95 to the Pound, and R17.44 to the Euro.",
    "R15.60 to the Dollar", "needs_review", ev(FXM, "South Africa", "2016-05", 15.3257),
    "a day's rate vs May 2016's mean 15.33", U, "2016-06", "South Africa", lang="en")
t = "To put things in perspective, the rate was R11.00 to the Dollar across most of 2015, and R7 to the Dollar in 2011."
add(t, "R11.00 to the Dollar", "contradicted", ev(FX, "South Africa", "2015", 12.7645),
    "2015 mean 12.76; no month of 2015 lies near 11.00 (January 11.55 the lowest, December 15.00)", U, "2016-06", "South Africa", lang="en")
add(t, "R7 to the Dollar", "supported", ev(FX, "South Africa", "2011", 7.2510),
    "2011 mean 7.25 inside R7's band [6.47, 7.54]", U, "2016-06", "South Africa", lang="en")

# --- CO2: an Indian paper's column, an opinion blog, a data blog, a newspaper column, a local blog on Texas
U = "https://www.htsyndication.com/ht-mumbai/article/a-clean-environment-will-be-our-best-gift-to-posterity/32489413?request_locale=en"
add("It is in the backdrop of this glaring disparity, that we have to read Robbie Andrew's (CICERO Center for International Climate Research, Norway) comment that India's carbon dioxide (CO2) emissions grew by an estimated 4.6% in 2017, despite it being a turbulent year for its economy.",
    "4.6%", "contradicted", ev(CO2, "INDIA", "2017", 664474),
    "derived growth 664,474 / 637,380 − 1 = +4.25 %, beyond ±5 % of 4.6 [4.37, 4.83] (the GCP's early estimate)", U, "2018-01-28", "India", lang="en")
t = "India's emissions are low at 1.8 tonnes of CO2 per capita, compared to the world average of 4.2 tonnes, but it is a growing economy with an increasingly urbanising population."
add(t, "1.8 tonnes", "supported", ev(CO2PC, "INDIA", "2017", 0.4934298614497549),
    "0.4934 t C × 3.664 = 1.81 t CO2 inside 1.8's band [1.74, 1.86]", U, "2018-01-28", "India", lang="en")
add(t, "4.2 tonnes", "unsupported", none("a world per-capita figure is not a row of the package", "World"),
    "world average per head: no row", U, "2018-01-28", "World", lang="en")

U = "https://betterworld.bmnxt.com/home2/"
add("According to last published carbon-emission statistics by World Bank, India’s CO2 emissions in 2009 stood at 1.6 metric tons per capita.",
    "1.6 metric tons per capita", "contradicted", ev(CO2PC, "INDIA", "2009", 0.3776211621793588),
    "0.3776 t C × 3.664 = 1.38 t CO2, beyond 1.6's band (the World Bank's own figure)", U, None, "India", lang="en")
add("This compares exceedingly well with, say, the CO2 emissions of 17.3 metric tons per capita of the USA.",
    "17.3 metric tons per capita", "contradicted", ev(CO2PC, "UNITED STATES OF AMERICA", "2009", 4.609780675092009),
    "2009: 4.610 t C × 3.664 = 16.89 t CO2, beyond 17.3's band [17.16, 17.44]", U, None, "United States",
    "According to last published carbon-emission statistics by World Bank, India’s CO2 emissions in 2009 stood at 1.6 metric tons per capita.",
    "previous sentence", lang="en")
t = "In 2008, the per capita emissions were 18.6 metric tons for the US while for India it was 1.5 metric tons."
ctx = "(Data for earlier years, however, strongly suggest that that India’s CO2 emission has been rising while that of the US has been coming down)."
add(t, "1.5 metric tons", "contradicted", ev(CO2PC, "INDIA", "2008", 0.3447915944054663),
    "2008: 0.3448 t C × 3.664 = 1.26 t CO2, beyond 1.5's band [1.44, 1.56]", U, None, "India", ctx, "previous sentence", lang="en")
add(t, "18.6 metric tons", "contradicted", ev(CO2PC, "UNITED STATES OF AMERICA", "2008", 4.963189096439431),
    "2008: 4.963 t C × 3.664 = 18.19 t CO2, beyond 18.6's band [18.46, 18.74] (CO2 named in the sentence before)", U, None,
    "United States", ctx, "previous sentence", lang="en")

U = "https://truii.com/data-curio-blog/environment/australian-co2-emissions-queensland-and-western-australia-are-world-class-polluters/"
t = "In 1990 Australia was emitting 24.2 Tons per person, and by 2012 this had reduced (by about 2%) to 23.8 Tons per person (Figure 2)."
ctx = "But that’s not fair you say: the population has increased since 1990, so we should be considering our per-capita CO2 emissions."
add(t, "24.2 Tons per person", "contradicted", ev(CO2PC, "AUSTRALIA", "1990", 4.297404155846825),
    "CO2 named: 4.297 t C × 3.664 = 15.75 t CO2 (the inventory's all-gas figure is 1.54×, beyond the 1.5× allowance too)", U, None, "Australia",
    ctx, "previous sentence", lang="en")
add(t, "23.8 Tons per person", "contradicted", ev(CO2PC, "AUSTRALIA", "2012", 4.64375862484327),
    "CO2 named in the sentence before: 4.644 t C × 3.664 = 17.01 t CO2, beyond 23.8's band", U, None, "Australia",
    ctx, "previous sentence", lang="en")

U = "https://www.theage.com.au/national/our-weight-in-gas-daily-20061102-ge3h5l.html"
add("Australia's emissions in 2004 totalled 26.4 tonnes of greenhouse gases per head, more than the US (24.1 tonnes) and more than twice the levels in the European Union, where emissions averaged 11 tonnes per head.",
    "26.4 tonnes of greenhouse gases per head", "unsupported", none("all greenhouse gases in CO2-equivalent: the package holds fossil CO2 only", "Australia"),
    "another measure (greenhouse gases, named)", U, "2006-11-02", "Australia", lang="en")

U = "https://fak3r.com/2008/01/21/texas-is-number-one/"
add("The headquarters state of America’s oil industry spewed 670 million metric tons of carbon dioxide into the atmosphere in 2003, enough that Texas would rank seventh in the world if it were its own country, according to the most recent figures from the U.S. Energy Information Administration.",
    "670 million metric tons", "unsupported", none("a US state's emissions: the package holds nations only", "United States"),
    "Texas: no row (the United States' 2003 total, 5,667 Mt CO2, is another place)", U, "2008-01-21", "United States", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_r.jsonl")
    print(rows.summary())
