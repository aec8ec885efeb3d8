"""Writes benchmarks/devsets/explore/fresh_p.jsonl (labels by hand from ../shared/reference-sources):
business and markets copy — financial newspapers' and wire services' business desks (Reuters, Bloomberg
and Dow Jones copy as reprinted, BusinessLIVE, Folha's business section, Les Echos, El País' economy desk,
the Hindu BusinessLine, Business Standard, the FAZ's business correspondent, Agenzia Nova, TASS, UOL
Economia, Zakon.kz finance, Bank of Finland's BOFIT weekly, RIA's ranking reprinted by a regional
business page, Nasdaq's economy column), currency and commodity columns, market reports and economists'
figures quoted in the press — in English, French, Spanish, Portuguese, Italian, German and Russian."""
import sys

from labelling import CO2, FX, FXM, GDP, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_p", "xfreshp")
add = rows.add
DAY = "a day's (or an intraday) quote against the month's average: for a person"
NO_RUB = "the rouble is not in the exchange-rate files (no Russian Federation rows)"
NO_WORLD_GDP = "world GDP is not a row of the packages (GDP only for Kazakhstan and the Russian Federation)"
GHG = "all greenhouse gases in CO2-equivalent (the sentence names them): another measure than fossil CO2"

# --- South Africa: BusinessLIVE's markets desk on the rand and December's CPI
U = "https://www.businesslive.co.za/bd/markets/2017-01-18-rand-weakens-on-disappointing-consumer-inflation-data/"
add("Statistics SA reported a rise to 6.8% in consumer inflation for December, which was slightly higher than that of the annual rate of 6.6% in November.",
    "6.8%", "needs_review", ev(INF, "South Africa", "2016", 6.60290842394872),
    "December 2016's 12-month rate vs the 2016 annual average 6.60", U, "2017-01-18", "South Africa",
    "The rand was slightly weaker against the dollar on Wednesday afternoon after the release of worse-than-expected inflation data.",
    "previous paragraph", lang="en")
add("At 3.30pm the rand was at R13.5533 to the dollar from Tuesday’s R13.4670.",
    "R13.5533", "needs_review", ev(FXM, "South Africa", "2017-01", 13.5446),
    DAY + " (January 2017's mean 13.5446 happens to lie inside the band: supported would pass the moment silently)",
    U, "2017-01-18", "South Africa", lang="en")

# --- Brazil: Folha's business section (English edition) on the IPCA's year-end rates
U = "https://www1.folha.uol.com.br/internacional/en/business/2024/01/inflation-closes-2023-at-462-staying-below-the-target-ceiling-after-two-years-of-exceeding-it.shtml"
add("Brazil's official inflation, measured by the IPCA (National Consumer Price Index), closed at 4.62% for the accumulated period of 2023, as reported by the IBGE (Brazilian Institute of Geography and Statistics) on Thursday (11).",
    "4.62%", "needs_review", ev(INF, "Brazil", "2023", 4.59356282283204),
    "the December-on-December (accumulated) rate vs the annual average 4.59, which happens to fit the band: supported would pass another definition silently",
    U, "2024-01-12", "Brazil", lang="en")
t = "The index had exceeded the upper limit of the target in the two previous years, in 2022 (5.79%) and 2021 (10.06%)."
add(t, "5.79%", "needs_review", ev(INF, "Brazil", "2022", 9.28010608956873),
    "2022's accumulated (December-on-December) rate vs the annual average 9.28", U, "2024-01-12", "Brazil",
    "With this result, the IPCA concluded 2023 below the ceiling of 4.75% set for the inflation target pursued by the Central Bank.",
    "previous sentence", lang="en")
add(t, "10.06%", "needs_review", ev(INF, "Brazil", "2021", 8.30165975585673),
    "2021's accumulated (December-on-December) rate vs the annual average 8.30", U, "2024-01-12", "Brazil",
    "With this result, the IPCA concluded 2023 below the ceiling of 4.75% set for the inflation target pursued by the Central Bank.",
    "previous sentence", lang="en")

# --- Brazil in Italian: Agenzia Nova's business news
U = "https://www.agenzianova.com/a/63d7fbd3e6f441.82680717/4229848/2023-01-30/brasile-analisti-finanziari-inflazione-al-5-74-per-cento-nel-2023-2"
add("Il Paese ha chiuso il 2022 con una crescita dei prezzi al consumo pari al 5,79 per cento, sforando il valore obiettivo per il quarto anno consecutivo.",
    "5,79 per cento", "needs_review", ev(INF, "Brazil", "2022", 9.28010608956873),
    "'closed 2022 with': the year-end (December-on-December) rate vs the 2022 annual average 9.28", U, "2023-01", "Brazil",
    "Con l'Ipca-15 l'Istituto nazionale di statistica del Brasile (Ibge) misura la variazione dei prezzi nell'arco di trenta giorni, calcolato però da metà mese alla metà del mese successivo.",
    "previous sentence", lang="it")

# --- The yen: MarketPulse (Bloomberg copy), a Reuters currency report reprinted by a local daily, Dow Jones' Data Talk
U = "https://www.marketpulse.com/20091202/yen-falls-day-after-japans-pm-says-yen-too-strong/"
add("The yen lost ground against the major currencies, falling 0.6 percent to 87.17 per dollar at 8:33 a.m. in New York, from 86.68 yesterday, while declining 0.6 percent to 131.48 against the euro, from 130.74.",
    "87.17 per dollar", "needs_review", ev(FXM, "Japan", "2009-12", 89.9509),
    DAY + " (December 2009's mean 89.95: contradicted would be a false alarm)", U, None, "Japan", lang="en")
U = "https://archives.lincolndailynews.com/2016/Apr/07/NEWS/business_y.shtml"
add("The yen's surge, up around 9.5 percent against the dollar this year despite the imposition of negative rates, led to more warnings of action from the Japanese, who are concerned about a strong currency dampening exports.",
    "around 9.5 percent", "needs_review", ev(FXM, "Japan", "2016-04", 109.5519),
    "a year-to-date move (end of 2015 to a day in April 2016) vs monthly or annual means: for a person", U, None, "Japan", lang="en")
add("The dollar fell 1.4 percent to 108.02 yen <JPY=>, its weakest against its Japanese counterpart since October 2014.",
    "108.02 yen", "needs_review", ev(FXM, "Japan", "2016-04", 109.5519),
    DAY + " (April 2016's mean 109.55)", U, None, "Japan", lang="en")
U = "https://www.marketscreener.com/news/latest/Dollar-Gains-0-51-to-113-38-Yen-Data-Talk--37286385/?utm_medium=RSS&utm_content=20211210"
add("Dollar/Japanese yen: 113.38 Japanese yen per dollar (0.0088 dollar per Japanese yen)",
    "113.38 Japanese yen per dollar", "needs_review", ev(FXM, "Japan", "2021-12", 113.8329),
    "a day's 5 p.m. rate; December 2021's mean 113.83 lies inside the band: supported would pass the day silently",
    U, "2021-12-10", "Japan", lang="en")

# --- The rupee: the Hindu BusinessLine, Business Standard (Reuters), Business Insider India (PTI)
U = "https://thehindubusinessline.com/markets/forex/rupee-slumps-to-fresh-record-low-of-7218/article24913704.ece/amp"
add("The rupee ended weak at 72.45 due to rising crude oil prices, strengthening of dollar against other currencies overseas on upbeat jobs data and widening of current account deficit.",
    "72.45", "needs_review", ev(FXM, "India", "2018-09", 72.2779),
    "a day's close (the page gives no date; September 2018 by its content) vs a month's mean", U, None, "India", lang="en")
U = "https://www.business-standard.com/amp/article/reuters/inflation-could-accelerate-due-to-rupee-fall-says-rbi-113082200774_1.html"
add("The Indian rupee touched record low of 65.52/dollar on Thursday and is down 16 percent so far this year despite efforts by policymakers to prop it up.",
    "65.52/dollar", "needs_review", ev(FXM, "India", "2013-08", 62.8109),
    DAY + " (a record low on a Thursday of August 2013; the page gives no date)", U, None, "India",
    "MUMBAI (Reuters) - India's inflation could accelerate in the current fiscal year due to the rupee's sharp depreciation, the Reserve Bank of India (RBI) said in a report on Thursday.",
    "previous paragraph", lang="en")
add("Consumer price index inflation was 9.64 percent in July, fuelled by high food prices.",
    "9.64 percent", "needs_review", ev(INF, "India", "2013", 10.0178784746102),
    "July's 12-month rate (2013; the page gives no date) vs an annual average", U, None, "India",
    "Headline wholesale price index inflation climbed to 5.79 percent in July driven primarily by higher food prices and costlier imports as the rupee's fall continued.",
    "previous sentence", lang="en")
U = "https://businessinsider.in/business/news/rupee-plunges-84-paise-to-75-10-against-dollar-amid-coronavirus-scare/articleshow/74713042.cms"
add("The domestic unit finally settled at 75.10 against the greenback, down 84 paise over its previous close.",
    "75.10", "needs_review", ev(FXM, "India", "2020-03", 74.5482),
    "a day's close (March 2020; the page gives no date) vs a month's mean", U, None, "India",
    "At the inter-bank foreign exchange market, the local currency opened at 74.96. During the day, it saw a high of 74.70 and a low of 75.30 against the American currency.",
    "previous paragraph", lang="en")

# --- The rand in a radio newsroom's business report (EWN)
U = "http://ewn.co.za/2017/10/02/concerns-weak-rand-may-hit-economic-growth"
add("It's now around 13.63 to the dollar, 18.09 to the pound and 16.01 to the euro.",
    "around 13.63", "needs_review", ev(FXM, "South Africa", "2017-10", 13.6975),
    DAY + " ('now' on 2 October 2017; October's mean 13.70 fits ±5 %: supported would pass the day silently)", U, None, "South Africa",
    "JOHANNESBURG - With the rand weakening substantially over the past 10 days, there are concerns that this may have a broader effect on growth and the economy.",
    "previous paragraph", lang="en")

# --- The real in Portuguese: UOL Economia's year-end currency report (Reuters data)
U = "http://economia.uol.com.br/cotacoes/noticias/redacao/2016/12/29/dolar.htm"
add("O dólar comercial fechou em baixa de 0,94%, cotado a R$ 3,25 na venda nesta quinta-feira (29), última sessão de 2016.",
    "R$ 3,25", "needs_review", ev(FXM, "Brazil", "2016-12", 3.3540),
    "a day's close (29 December 2016) vs December's mean 3.354: contradicted would be a false alarm", U, "2016-12", "Brazil", lang="pt")
add("Com isso, o dólar acumula desvalorização de 17,69% neste ano, primeira queda anual desde 2010, quando tinha perdido 4,42%.",
    "17,69%", "needs_review", ev(FX, "Brazil", "2016", 3.4839),
    "a close-to-close change over 2016 (3.948 to 3.25) vs the annual means (2015 3.336, 2016 3.484: +4.4 %): another measure of the year's move",
    U, "2016-12", "Brazil",
    "O dólar comercial fechou em baixa de 0,94%, cotado a R$ 3,25 na venda nesta quinta-feira (29), última sessão de 2016.",
    "previous paragraph", lang="pt")
add("2015: + 48,49%",
    "+ 48,49%", "needs_review", ev(FX, "Brazil", "2015", 3.3360),
    "the dollar's close-to-close change in 2015 vs the annual means (2014 2.351, 2015 3.336: +41.9 %)", U, "2016-12", "Brazil",
    "Com isso, o dólar acumula desvalorização de 17,69% neste ano, primeira queda anual desde 2010, quando tinha perdido 4,42%. Também foi a baixa anual mais acentuada desde 2009, quando havia caído 25,29%. Veja as variações anuais do dólar desde 2009:",
    "the paragraph above the list", lang="pt")

# --- The Mexican peso: dinero.hn on 2024 (Grupo Financiero Base's figures)
U = "https://dinero.hn/el-peso-mexicano-cierra-2024-con-peor-caida-en-16-anos"
add("Durante el 2024, el tipo de cambio cotizó en un promedio de 18.3283 pesos por dólar, siendo la mayor cotización promedio desde 2022.",
    "18.3283 pesos por dólar", "supported", ev(FX, "Mexico", "2024", 18.3062),
    "2024 annual mean 18.3062, inside 18.3283's band [18.237, 18.420]", U, None, "Mexico", lang="es")
add("El peso mexicano cerró el año cotizando en 20.8681 pesos por dólar, mostrando una depreciación de 22,96% o de tres pesos y 90 centavos, con lo cual registró su mayor caída anual desde 2008 y fue la cuarta divisa con más retroceso.",
    "20.8681 pesos por dólar", "needs_review", ev(FXM, "Mexico", "2024-12", 20.2616),
    "the year's closing rate (31 December 2024) vs December's mean 20.26", U, None, "Mexico", lang="es")
add("Así, en el año, el tipo de cambio tocó un mínimo de 16.2616 pesos por dólar el 9 de abril y un máximo de 20.9072 pesos por dólar el 31 de diciembre, de acuerdo con información de Amexi y del Grupo Financiero Base.",
    "16.2616 pesos por dólar", "needs_review", ev(FXM, "Mexico", "2024-04", 16.8008),
    "the year's low on one day (9 April 2024) vs April's mean 16.80", U, None, "Mexico", lang="es")

# --- The rouble: TASS on the ministry's forecasts
U = "https://tass.com/economy/1679169"
add("Previously, the Economic Development Ministry expected the average annual dollar-to-ruble rate to be 85.2 rubles in 2023, 90.1 rubles in 2024, 91.1 rubles in 2025, 92.3 rubles in 2026.",
    "85.2 rubles", "unsupported", none(NO_RUB, "Russian Federation"), "the rouble: no rows (and a forecast)", U, "2023-09-22",
    "Russian Federation", lang="en")

# --- GDP rankings: EWN (IMF data, Visual Capitalist), a regional business page reprinting RIA, Nasdaq
U = "http://ewn.co.za/2018/04/19/the-world-s-biggest-economies-in-2018"
add("The United States has the largest economy in the world at $20.4 trillion, according to data from the International Monetary Fund (IMF), which shows the US economy increased from around $19.4 trillion last year.",
    "$20.4 trillion", "unsupported", none("the United States has no GDP rows (the World Bank slice holds Kazakhstan and the Russian Federation)", "United States"),
    "US GDP: no row", U, "2018-04-19", "United States", lang="en")
add("Overall, the global economy is worth an estimated $79.98 trillion, meaning the US accounts for more than one-quarter of the world total.",
    "$79.98 trillion", "unsupported", none(NO_WORLD_GDP, "World"), "world GDP: no row", U, "2018-04-19", "World", lang="en")
U = "https://pln-pskov.ru/business/581309.html"
add("Так, российская экономика, согласно первой оценке Росстата, достигла 213,5 триллиона рублей, что в долларовом выражении составляет 2,556 триллиона.",
    "2,556 триллиона", "unsupported", none("Russia's GDP for 2025: the World Bank slice ends in 2023", "Russian Federation"),
    "2025 ('прошлого года' on a page of March 2026): no row", U, "2026-03-08", "Russian Federation",
    "Россия по итогам прошлого года стала восьмой по объему ВВП в долларовом выражении, обойдя Италию и Канаду.",
    "previous paragraph", lang="ru")
add("Последний раз Россия входила в топ-10 в 2022 году с 2,3 триллиона долларов.",
    "2,3 триллиона долларов", "supported", ev(GDP, "Russian Federation", "2022", 2266029240645.338),
    "2022: 2,266.0 bn inside 2.3 trillion's band [2.239, 2.362]", U, "2026-03-08", "Russian Federation", lang="ru")
U = "https://www.nasdaq.com/articles/an-overview-of-the-trillion-dollar-economies-in-the-world"
add("Together, these economies make up 80.57% of the global GDP, which stands at $103.47 trillion.",
    "80.57%", "unsupported", none(NO_WORLD_GDP, "World"), "a share of world GDP: no rows to add or divide by", U, None, "World",
    "Today, there are 19 countries with the addition of Saudi Arabia.", "previous sentence", lang="en")

# --- Russia's GDP in dollars: dpa's report reprinted by a blog
U = "http://www.danjazown.com/2016/04/and-another-one-bites-dust.html"
t = "Moscow (dpa) - Russia's gross domestic product contracted by 3.7 per cent last year to 80.8 trillion roubles (about 1.2 trillion dollars), the Federal State Statistics Service said Friday."
add(t, "about 1.2 trillion dollars", "contradicted", ev(GDP, "Russian Federation", "2015", 1363482182197.7053),
    "2015: 1,363.5 bn beyond ±5 % of 1.2 trillion [1.14, 1.26] (the roubles converted at another rate)", U, "2016-04-02",
    "Russian Federation", "Russia's GDP down 3.7 per cent amid plummeting oil prices, sanctions", "the headline above", lang="en")
add(t, "3.7 per cent", "unsupported", none("real GDP growth is not a series of the packages (nominal USD GDP fell 33.8 % in 2015)", "Russian Federation"),
    "a real growth rate: the nominal USD series must not judge it", U, "2016-04-02", "Russian Federation",
    "Russia's GDP down 3.7 per cent amid plummeting oil prices, sanctions", "the headline above", lang="en")

# --- France in French: Les Echos' report of INSEE's 2023 average (a reprint)
U = "https://moneynewsbytsarina.com/linflation-a-atteint-en-moyenne-49-en-france-en-2023"
t = "En 2023, l’inflation moyenne s’est établie à 4,9 %, après 5,2 % en 2022 a annoncé ce vendredi matin l’Insee."
add(t, "4,9 %", "supported", ev(INF, "France", "2023", 4.87835726508441),
    "2023 annual average 4.878, inside 4.9's band [4.826, 4.975]", U, "2024-01-12", "France",
    "Publié le 12 janv. 2024 à 9:43", "the dateline above", lang="fr")
add(t, "5,2 %", "supported", ev(INF, "France", "2022", 5.22236748369735),
    "2022 annual average 5.222, inside 5.2's band [5.124, 5.276]", U, "2024-01-12", "France",
    "Publié le 12 janv. 2024 à 9:43", "the dateline above", lang="fr")
add("La hausse des prix s’est d’abord installée autour de 6 %, avec même un pic à 6,3 % en février.",
    "6,3 %", "needs_review", ev(INF, "France", "2023", 4.87835726508441),
    "February 2023's 12-month rate vs the 2023 annual average", U, "2024-01-12", "France",
    "En 2023, l’inflation moyenne s’est établie à 4,9 %, après 5,2 % en 2022 a annoncé ce vendredi matin l’Insee.",
    "an earlier sentence of the paragraph", lang="fr")

# --- Spain in Spanish: El País' economy desk (a reprint) on INE's 2023 figures
U = "https://maidedo.com/la-inflacion-cierra-diciembre-en-el-31-gracias-a-la-menor-subida-de-los-alimentos-en-casi-dos-anos-economia/"
t = "La inflación media de 2023, según ha confirmado el INE, fue menos de la mitad que 2022, es decir ha pasado del 8,4%, la fue la más elevada desde 1986, al 3,5%."
add(t, "8,4%", "supported", ev(INF, "Spain", "2022", 8.39057634118627),
    "2022 annual average 8.391, inside 8.4's band [8.308, 8.492]", U, None, "Spain", lang="es")
add(t, "3,5%", "supported", ev(INF, "Spain", "2023", 3.53236133492433),
    "2023 annual average 3.532, inside 3.5's band [3.433, 3.568]", U, None, "Spain", lang="es")
add("Tras los picos registrados a mediados de 2022, el IPC terminó diciembre pasado en el 3,1% interanual, según ha publicado este viernes el Instituto Nacional de Estadística (INE), lo que confirma el dato adelantado hace dos semanas.",
    "3,1%", "needs_review", ev(INF, "Spain", "2023", 3.53236133492433),
    "'last December's' 12-month rate (December 2023; the page gives no date) vs an annual average", U, None, "Spain",
    "La economía española dejó atrás el año pasado, aunque poco a poco, lo peor de la crisis inflacionista.",
    "previous sentence", lang="es")

# --- Kazakhstan in Russian: Zakon.kz's finance section (an association's median and mean)
U = "https://www.zakon.kz/finansy/6503818-pochemu-ofitsialnaya-inflyatsiya-ne-otrazhaet-realnyy-rost-tsen-v-kazakhstane.html"
add("По расчетам ассоциации QAMS (некоммерческая организация \"Казахстанская Ассоциация Миноритарных Акционеров\"), медианная инфляция в Казахстане за 2000–2025 годы составила около 7,75% в год, тогда как средняя арифметическая – примерно 8,4%.",
    "примерно 8,4%", "unsupported", none("Kazakhstan's CPI rows end in 2024: a mean over 2000–2025 has no 2025 row", "Kazakhstan"),
    "a mean over a span whose last year is not in the data", U, "2026-01-09", "Kazakhstan",
    "Один из способов отчетливее понять ценовую динамику – посмотреть на медианную инфляцию.", "previous paragraph", lang="ru")

# --- Russia's population: the Bank of Finland's BOFIT Weekly (economists' note)
U = "https://bofit.fi/en/monitoring/weekly/2024/vw202409_1"
add("At the end of last year, Russia has 146.2 million people living permanently in the country.",
    "146.2 million people", "needs_review", ev(POP, "Russian Federation", "2023", 143826130),
    "a count at the end of 2023 that includes Crimea (the next sentence says so) vs the mid-year estimate 143.83 m", U, None, "Russian Federation",
    "BOFIT Weekly Review 2024/09\nRussian population in decline", "the page's title lines", lang="en")
add("Excluding the population living in Crimea, illegally annexed in 2014, Russia’s 2023 population was about 144 million.",
    "about 144 million", "supported", ev(POP, "Russian Federation", "2023", 143826130),
    "2023: 143.83 m within ±5 % of 144 m", U, None, "Russian Federation",
    "At the end of last year, Russia has 146.2 million people living permanently in the country.", "previous sentence", lang="en")
add("Russia’s population peaked in 1993 at around 149 million.",
    "around 149 million", "supported", ev(POP, "Russian Federation", "1993", 148458777),
    "1993: 148.46 m within ±5 % of 149 m (the World Bank's peak is 1992, 148.54 m, a hair above)", U, None, "Russian Federation",
    "Excluding the population living in Crimea, illegally annexed in 2014, Russia’s 2023 population was about 144 million.",
    "previous sentence", lang="en")

# --- CO2: the FAZ's business correspondent (Global Carbon Atlas), Reuters on Rhodium (energybulletin), SCMP on the GCP
U = "https://www.faz.net/aktuell/wirtschaft/klimaschutz-deutschland-holt-viel-aus-seinem-co2-ausstoss-18632023.html"
add("Deutschland steht dagegen mit einem Anteil von 1,8 Prozent „nur“ auf Platz 7 dieser Weltrangliste – dies aber mit einer Bevölkerungszahl, die kaum mehr als ein Zwanzigstel der chinesischen beträgt.",
    "1,8 Prozent", "unsupported", none("a share of world CO2: a world total of fossil CO2 is not a row of the package", "Germany"),
    "share of the world: no row to divide by", U, "2023-01", "Germany",
    "Zwar ist China der mit Abstand größte Emittent, denn von dort kommen fast ein Drittel aller Kohlendioxidemissionen.",
    "previous sentence", lang="de")
add("Wie der „Global Carbon Atlas“ ausweist, wurden 2021 hier wie dort rund 8 Tonnen CO 2 je Einwohner in die Luft gesetzt.",
    "rund 8 Tonnen CO 2", "unsupported", none("CO2 per head for 2021: the CDIAC file ends in 2020", "Germany"),
    "2021: after the data", U, "2023-01", "Germany",
    "Deutschland steht dagegen mit einem Anteil von 1,8 Prozent „nur“ auf Platz 7 dieser Weltrangliste – dies aber mit einer Bevölkerungszahl, die kaum mehr als ein Zwanzigstel der chinesischen beträgt.",
    "previous sentence", lang="de")
U = "https://daily.energybulletin.org/2020/03/chinas-greenhouse-emissions-rise-2-6-in-2019-research-group/"
add("China’s greenhouse gas emissions rose 2.6% in 2019 despite a fall in the share of coal in the country’s energy mix, driven by a rise in energy consumption and greater use of oil and gas, a research group said on Wednesday.",
    "2.6%", "unsupported", none(GHG, "China"), "GHG growth: not the fossil-CO2 series", U, None, "China", lang="en")
add("The annual growth rate is slightly lower than the 2010-2019 average of 3% and well below the average 9.2% increase over 2000-2009, Rhodium said.",
    "9.2%", "unsupported", none(GHG, "China"), "a decade's mean GHG growth: not the fossil-CO2 series", U, None, "China",
    "Total greenhouse gas emissions in China last year were estimated at 13.92 billion tonnes of carbon dioxide equivalent, the Rhodium Group, an independent research firm said.",
    "previous sentence", lang="en")
U = "https://www.scmp.com/news/world/article/3113496/world-carbon-dioxide-emissions-fell-record-7-cent-2020-because-covid-19"
add("Emissions reductions were most pronounced in the United States (down 12 per cent) and the European Union (down 11 per cent), the Global Carbon Project said.",
    "12 per cent", "needs_review", ev(CO2, "UNITED STATES OF AMERICA", "2020", 1223749),
    "the GCP's projection for 2020 made in December 2020 (the year not over) vs CDIAC's 2019→2020 change −10.65 %", U, None, "United States",
    "Carbon emissions fell a record seven per cent in 2020 as countries imposed lockdowns and restrictions on movement during the Covid-19 pandemic, the Global Carbon Project said Friday in its annual assessment.",
    "an earlier paragraph", lang="en")
add("In China, however, it said emissions would likely fall in 2020 just 1.7 per cent as Beijing superpowered its economic recovery.",
    "1.7 per cent", "needs_review", ev(CO2, "CHINA (MAINLAND)", "2020", 2915650),
    "'would likely fall in 2020': a projection for a year not over (CDIAC: +1.9 % from 2019)", U, None, "China",
    "Emissions reductions were most pronounced in the United States (down 12 per cent) and the European Union (down 11 per cent), the Global Carbon Project said.",
    "previous paragraph", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_p.jsonl")
    print(rows.summary())
