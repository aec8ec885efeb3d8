"""Writes benchmarks/devsets/explore/fresh_n.jsonl (labels by hand from ../shared/reference-sources):
statistics offices' and central banks' own releases worldwide (ONS, Insee, Destatis, Statistics Canada, the ABS,
Stats SA, KNBS, Rosstat, the BNS, BPS, the PSA, IBGE, INEGI, DANE, the GSO, the BLS, the SARB) and wire copy
quoting them, in English and the offices' own languages (French, German, Russian, Indonesian, Portuguese,
Spanish)."""
import sys

from labelling import CO2, FX, FXM, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_n", "xfreshn")
add = rows.add
NR_MONTH = "{m}'s 12-month rate vs the {y} annual average {v}"

# --- United Kingdom: the ONS's own bulletins (March 2022; June and July 2012)
U = "https://www.ons.gov.uk/economy/inflationandpriceindices/bulletins/consumerpriceinflation/march2022"
TITLE = "Consumer price inflation, UK: March 2022"
add("The Consumer Prices Index including owner occupiers' housing costs (CPIH) rose by 6.2% in the 12 months to March 2022, up from 5.5% in February.",
    "6.2%", "unsupported", none("CPIH (owner occupiers' housing costs) is not a series of the packages", "United Kingdom"),
    "CPIH: another index (the CPI row must not judge it)", U, "2022-04-13", "United Kingdom", TITLE, "title", lang="en")
add("The Consumer Prices Index (CPI) rose by 7.0% in the 12 months to March 2022, up from 6.2% in February.",
    "7.0%", "needs_review", ev(INF, "United Kingdom", "2022", 7.92204883147902),
    "March 2022's 12-month rate vs the 2022 annual average 7.92", U, "2022-04-13", "United Kingdom", TITLE, "title", lang="en")
U = "http://www.ons.gov.uk/ons/rel/cpi/consumer-price-indices/june-2012/stb---consumer-price-indices---june-2012.html"
TITLE = "Statistical bulletin: Consumer Price Indices, June 2012 This product is designated as National Statistics"
add("CPI annual inflation stands at 2.4 per cent in June 2012, down from 2.8 per cent in May.",
    "2.4 per cent", "needs_review", ev(INF, "United Kingdom", "2012", 2.5732347965453),
    "June 2012's 12-month rate vs the 2012 annual average 2.57 (no place named but the ONS's bulletin)", U, "2012-07-17",
    "United Kingdom", TITLE, "title", lang="en")
add("The CPI stands at 122.3 in June 2012 based on 2005=100.",
    "122.3", "unsupported", none("the CPI's level (2005 = 100) is not a series of the packages (wild/cpi's 'CPI (2005=100)' column holds rates)", "United Kingdom"),
    "an index level: no row", U, "2012-07-17", "United Kingdom",
    "It is now at its lowest since November 2009, when it was 1.9 per cent.", "previous sentence", lang="en")
U = "http://www.ons.gov.uk/ons/ons/rel/cpi/consumer-price-indices/july-2012/stb---consumer-price-indices---july-2012.html"
add("The Retail Prices Index (RPI) annual inflation stands at 3.2 per cent in July 2012, up from 2.4 per cent in June.",
    "3.2 per cent", "unsupported", none("the RPI is not a series of the packages", "United Kingdom"),
    "RPI: another index", U, "2012-08-14", "United Kingdom",
    "Statistical bulletin: Consumer Price Indices, July 2012 This product is designated as National Statistics", "title", lang="en")

# --- France: Insee in French (CNews, November 2022; franceinfo, January 2024)
U = "https://www.cnews.fr/france/2022-11-15/linflation-confirmee-62-sur-un-en-octobre-1289580"
add("La hausse des prix à la consommation, soit l’inflation, a bien atteint 6,2 % sur un an au mois d’octobre, a confirmé l’Insee ce mardi 15 novembre.",
    "6,2 %", "needs_review", ev(INF, "France", "2022", 5.22236748369735),
    "October 2022's 12-month rate vs the 2022 annual average 5.22; France through 'Insee'", U, "2022-11", "France", lang="fr")
add("L’indice des prix à la consommation harmonisé (IPCH), utilisé pour les comparaisons au niveau européen, est quant à lui en hausse de 7,1 % pour la même période, selon l’Insee, après 6,2 % en septembre.",
    "7,1 %", "unsupported", none("the HICP is not a series of the packages", "France"),
    "IPCH (HICP): another series", U, "2022-11", "France", "L'IPCH confirmé à 7,1 % sur un an", "section heading", lang="fr")
U = "https://francetvinfo.fr/economie/inflation/l-inflation-en-france-a-ralenti-a-4-9-en-moyenne-en-2023-contre-5-2-l-annee-precedente-selon-l-insee_6298680.html"
add("La hausse des prix à la consommation en France a atteint 4,9% en moyenne annuelle sur l'ensemble de 2023, a rapporté l'Insee vendredi 12 janvier.",
    "4,9%", "supported", ev(INF, "France", "2023", 4.87835726508441),
    "2023 annual average: 4.878 within 4.9's band [4.826, 4.975]", U, None, "France", lang="fr")
add("L'inflation marque ainsi un léger ralentissement par rapport à 2022, où l'indicateur avait bondi à 5,2%, contre 1,6% l'année précédente.",
    "5,2%", "supported", ev(INF, "France", "2022", 5.22236748369735),
    "2022: 5.222 within 5.2's band [5.124, 5.276]", U, None, "France",
    "La hausse des prix à la consommation en France a atteint 4,9% en moyenne annuelle sur l'ensemble de 2023, a rapporté l'Insee vendredi 12 janvier.",
    "previous sentence", lang="fr")

# --- Germany: Destatis's annual release as the IHK Heilbronn-Franken passes it on (January 2024)
U = "https://www.ihk.de/heilbronn-franken/produktmarken/zahlen-daten-fakten/aktuelles/verbraucherpreisindex-deutschland-dezember-2023-und-jahr-2023-6041066"
add("Die Verbraucherpreise in Deutschland haben sich im Jahresdurchschnitt 2023 um 5,9 % gegenüber 2022 erhöht.",
    "5,9 %", "supported", ev(INF, "Germany", "2023", 5.94643667725823),
    "2023 annual average: 5.946 within 5.9's band [5.821, 5.980]", U, "2024-01-22", "Germany",
    "Verbraucherpreisindex Deutschland Dezember 2023 und Jahr 2023", "title", lang="de")
add("Sie hatte im Jahr 2022 noch bei +6,9 % gelegen.",
    "+6,9 %", "supported", ev(INF, "Germany", "2022", 6.87257438551097),
    "2022: 6.873 within 6.9's band [6.816, 6.985] (Destatis' figure after the 2020 rebasing; the 7.9 of January 2023 was the old base)",
    U, "2024-01-22", "Germany", "Die Inflationsrate für 2023 fiel geringer aus als im Jahr zuvor.", "previous sentence", lang="de")

# --- Canada: Statistics Canada's 'Canada at a Glance, 2023'; The Deep Dive after StatCan (January 2024)
U = "https://www150.statcan.gc.ca/n1/pub/12-581-x/2023001/sec14-eng.htm"
TITLE = "Canada at a Glance, 2023"
add("The Consumer Price Index (CPI) rose 6.8% on an annual average basis in 2022.",
    "6.8%", "supported", ev(INF, "Canada", "2022", 6.80280115341613),
    "2022 annual average: 6.803 within 6.8's band [6.716, 6.884]", U, None, "Canada", TITLE, "title", lang="en")
add("This was the largest increase since 1982 (+10.9%)—a 40-year high.",
    "+10.9%", "contradicted", ev(INF, "Canada", "1982", 10.7689718997139),
    "Statistics Canada's 1982 annual average 10.9 vs the World Bank's 10.769 (below 10.9's band [10.796, 11.005])",
    U, None, "Canada", "The Consumer Price Index (CPI) rose 6.8% on an annual average basis in 2022.", "previous sentence", lang="en")
U = "https://thedeepdive.ca/canadas-cpi-increases-3-4-in-december-3-9-throughout-2023/"
add("On an annual basis, CPI rose a claimed 3.9% through all of 2023, following a 6.8% jump in 2022.",
    "3.9%", "supported", ev(INF, "Canada", "2023", 3.87900159788426),
    "2023 annual average: 3.879 within 3.9's band [3.831, 3.970]", U, None, "Canada",
    "Canada’s CPI Increases 3.4% In December, 3.9% Throughout 2023", "title", lang="en")

# --- United States: the BLS release as the ABA Banking Journal reports it (January 2022)
U = "https://bankingjournal.aba.com/2022/01/consumer-prices-rise-in-december-2/"
add("Over the last 12 months, the all items index increased 7.0%.",
    "7.0%", "needs_review", ev(INF, "United States", "2021", 4.69785886363742),
    "December 2021's 12-month rate vs the 2021 annual average 4.70", U, "2022-01-12", "United States",
    "The Consumer Price Index increased 0.5% in December on a seasonally adjusted basis, according to the U.S. Bureau of Labor Statistics.",
    "previous sentence", lang="en")

# --- Australia: the ABS's March quarter 2020 release
U = "https://abs.gov.au/statistics/economy/price-indexes-and-inflation/consumer-price-index-australia/mar-quarter-2020"
add("Over the twelve months to the March 2020 quarter the CPI rose 2.2%.",
    "2.2%", "needs_review", ev(INF, "Australia", "2020", 0.846905537459269),
    "the March quarter 2020 on a year earlier vs the 2020 annual average 0.85", U, "2020-04-29", "Australia",
    "Consumer Price Index, Australia", "title", lang="en")

# --- South Africa: Stats SA (EWN, January 2023; CapeTalk/EWN, February 2023); the SARB (Reuters via SAPeople; Sowetan)
U = "https://ewn.co.za/2023/01/19/average-annual-inflation-for-2022-was-6-9-stats-sa"
add("Statistics South Africa said that the average annual inflation for 2022 sat at 6.9%.",
    "6.9%", "contradicted", ev(INF, "South Africa", "2022", 7.03987272546482),
    "Stats SA's 2022 average 6.9 vs the World Bank's 7.040 (beyond 6.9's band [6.816, 6.985])", U, "2023-01-19", "South Africa",
    "Average annual inflation rate for 2022 the highest since 2009 - Stats SA", "title", lang="en")
add("The 2022 reading is the highest annual average rate since 2009 at the end of the global financial crisis, when it sat at 7.1%.",
    "7.1%", "contradicted", ev(INF, "South Africa", "2009", 7.23809523809527),
    "Stats SA's 2009 average 7.1 vs the World Bank's 7.238 (beyond 7.1's band [7.015, 7.186])", U, "2023-01-19", "South Africa",
    "Statistics South Africa said that the average annual inflation for 2022 sat at 6.9%.", "previous sentence", lang="en")
U = "https://www.capetalk.co.za/articles/466862/annual-consumer-price-inflation-eases-for-third-straight-month"
add("JOHANNESBURG - Statistics South Africa said that annual consumer price inflation eased for a third consecutive month to 6.9% for January.",
    "6.9%", "needs_review", ev(INF, "South Africa", "2023", 6.0752438457966),
    "January 2023's 12-month rate vs the 2023 annual average 6.08", U, "2023-02-15", "South Africa",
    "Annual consumer price inflation eases for third straight month", "title", lang="en")
U = "https://sapeople.com/?p=122839"
add("Mminele said the bank expected the rand to average 14.50 against the dollar but trade would be volatile, forcing the monetary policy committee to remain flexible in its responses.",
    "14.50", "needs_review", ev(FX, "South Africa", "2019", 14.4475),
    "the SARB's expectation for 2019, said before 2019 (a projection); the 2019 annual row 14.4475 happens to fall in 14.50's band, so supported would be a silent pass",
    U, None, "South Africa",
    "JOHANNESBURG – South Africa’s rand will remain volatile in 2019, making monetary policy complicated and focused on long-term inflation factors rather than short-term market shocks, Reserve Bank Deputy Governor Daniel Mminele said on Wednesday.",
    "previous sentence", lang="en")
U = "https://www.sowetanlive.co.za/business/2018-01-18-rand-firms-after-reserve-bank-keeps-rates-unchanged/"
add("At 3.30pm the rand was at R12.2273 to the dollar from R12.2929‚ at R14.9593 to the euro from R14.9714 and at R16.9505 to the pound from R16.9883.",
    "R12.2273", "needs_review", ev(FXM, "South Africa", "2018-01", 12.1951),
    "an intraday quote on 18 January 2018; the January 2018 mean 12.1951 happens to fall in its band, so supported would be a silent pass",
    U, "2018-01-18", "South Africa",
    "It strengthened‚ however‚ towards the end‚ to R12.1910‚ before falling back to R12.2365 by the time he stopped speaking.",
    "previous sentence", lang="en")

# --- Kenya: KNBS's own release (June 2017); Capital FM via allAfrica (December 2023)
U = "https://new.knbs.or.ke/release-cpi-rates-inflation-june-2017/"
add("The CPI decreased by 1.2 per cent from 187.64 in May to 185.39 in June 2017.",
    "1.2 per cent", "unsupported", none("a month-on-month change of the CPI is not a series of the packages", "Kenya"),
    "month-on-month: no row (the annual CPI rate must not judge it)", U, None, "Kenya",
    "Kenya National Bureau of Statistics hereby releases Consumer Price Indices (CPI) and rates of inflation for June, 2017.",
    "an earlier sentence of the paragraph", lang="en")
add("The overall year on year inflation was 9.21 per cent in June 2017.",
    "9.21 per cent", "needs_review", ev(INF, "Kenya", "2017", 8.00564967709945),
    "June 2017's 12-month rate vs the 2017 annual average 8.01", U, None, "Kenya",
    "The CPI decreased by 1.2 per cent from 187.64 in May to 185.39 in June 2017.", "previous sentence", lang="en")
U = "https://allafrica.com/stories/202312290220.html"
add("Nairobi — The Kenya National Bureau of Statistics has reported a slight decline in the country's inflation rate, which stood at 6.6% year-on-year in December, down from 6.8% in November.",
    "6.6%", "needs_review", ev(INF, "Kenya", "2023", 7.67139634029402),
    "December 2023's 12-month rate vs the 2023 annual average 7.67", U, "2023-12-29", "Kenya", lang="en")

# --- Russia: Rosstat's year-end figures (Radio Svoboda; produkt.by after TASS; kazaknation)
U = "https://svoboda.org/amp/godovaya-inflyatsiya-v-rossii-dostigla-8-39/31631898.html"
add("В 2021 году инфляция в России составила 8,39%, следует из предварительной оценки Росстата.",
    "8,39%", "needs_review", ev(INF, "Russian Federation", "2021", 6.69445891957612),
    "Rosstat's preliminary December-on-December rate ('с начала года – 108,39') vs the 2021 annual average 6.69", U, None,
    "Russian Federation", lang="ru")
U = "https://produkt.by/news/novosti-mira/rosstat-inflyaciya-v-2015-godu-sostavila-129"
add("Инфляция в РФ, по предварительным данным, в декабре составила 0,8%, с начала 2015 г. – 12,9%, говорится в материалах Росстата.",
    "12,9%", "needs_review", ev(INF, "Russian Federation", "2015", 15.5344050528403),
    "'since the start of 2015' (December on December, preliminary) vs the 2015 annual average 15.53", U, None,
    "Russian Federation", "Росстат: инфляция в 2015 году составила 12,9%", "title", lang="ru")
add("Для сравнения в декабре 2014 г. рост потребительских цен составил 2,6%, а инфляция за год – 11,4%.",
    "11,4%", "needs_review", ev(INF, "Russian Federation", "2014", 7.82341183865513),
    "'inflation for the year' 2014 (December on December) vs the 2014 annual average 7.82", U, None, "Russian Federation",
    "Инфляция в РФ, по предварительным данным, в декабре составила 0,8%, с начала 2015 г. – 12,9%, говорится в материалах Росстата.",
    "previous sentence", lang="ru")
U = "https://kazaknation.com/rosstat-inflyatsiya-v-2014-godu-sostavila-114-produkt-podorozhali-na-154.html"
add("В 2013 года инфляция составила 6,5%.",
    "6,5%", "needs_review", ev(INF, "Russian Federation", "2013", 6.75371026220942),
    "Rosstat's December-on-December 2013 rate vs the 2013 annual average 6.754 (beyond 6.5's band [6.418, 6.583]: contradicted would be a false alarm)",
    U, None, "Russian Federation",
    "Инфляция в РФ за 2014 год составила 11,4%, вернувшись к двузначному показателю впервые с кризисного 2008 года, свидетельствуют данные Росстата.",
    "an earlier paragraph", lang="ru")

# --- Kazakhstan: the BNS (Ult.kz, December 2022; the BNS's GDP release on gov.kz)
U = "https://ru.ult.kz/2022/12/13/chislennost-naseleniya-kazahstana-prevysila-19-7-mln-chelovek"
add("По данным Бюро, по состоянию на 1 ноября 2022 года численность населения страны достигла 19,7152 млн человек, из них горожане – 12,1691 млн (61,7 процента), сельские жители – 7,5461 млн (38,3 процента) человек.",
    "19,7152 млн человек", "needs_review", ev(POP, "Kazakhstan", "2022", 20034609),
    "a count on 1 November 2022 vs the 2022 mid-year estimate 20,034,609 (outside its band: contradicted would be a false alarm)",
    U, "2022-12-13", "Kazakhstan",
    "Бюро национальной статистики представило уточненные данные о численности населения Казахстана, сообщает «Ұлт ақпарат».",
    "previous sentence", lang="ru")
U = "https://www.gov.kz/memleket/entities/stat/press/news/details/406861?lang=ru"
add("Индекс физического объема (ИФО) Валового внутреннего продукта (ВВП) за 2021 год (по отчетным данным) по отношению к 2020 году составил 104,3%.",
    "104,3%", "unsupported", none("real GDP (a volume index) is not a series of the packages (they hold GDP in current US$)", "Kazakhstan"),
    "real GDP growth: no row", U, None, "Kazakhstan",
    "Валовой внутренний продукт методом производства за 2021 год", "title", lang="ru")

# --- Indonesia: BPS (TransIndonesia, 2 January 2023)
U = "https://transindonesia.co/2023/01/02/awal-tahun-bps-umumkan-inflasi-sebesar-551-persen/"
add("Untuk inflasi tahun ke tahun (year-on-year), yaitu Desember 2022 ke Desember 2021, dan inflasi tahun kalender 2022 (year-to-date) terjadi inflasi sebesar 5,51 persen.",
    "5,51 persen", "needs_review", ev(INF, "Indonesia", "2022", 4.20946383402165),
    "December 2022 on December 2021 vs the 2022 annual average 4.21; Indonesia through BPS", U, "2023-01-02", "Indonesia",
    "Pada Desember 2022 terjadi inflasi 0,66 persen (month-to -month).", "previous sentence", lang="id")

# --- Philippines: the PSA (CNN Philippines via NewsWatch Plus, January 2016)
U = "https://www.newswatchplus.ph/2016/01/05/psa-inflation-rate-for-2015-at-14"
LEAD = "Metro Manila (CNN Philippines) — The Philippine Statistics Authority (PSA) announced on Tuesday (January 5) that headline inflation — the overall price increase of goods and service — slightly picked up in December at 1.5 percent, compared to November’s 2.7 percent."
add("December’s rates subsequently brought the the average inflation rate for 2015 to 1.4 percent.",
    "1.4 percent", "contradicted", ev(INF, "Philippines", "2015", 0.674192536845408),
    "the PSA's 2015 average on the 2006 base (1.4) vs the World Bank's 0.674 (the 2018-based series)", U, "2016-01-05", "Philippines",
    LEAD, "an earlier paragraph", lang="en")
add("The rate is also lower than 2014’s average figure of 4.1 percent.",
    "4.1 percent", "contradicted", ev(INF, "Philippines", "2014", 3.59782343864211),
    "the PSA's 2014 average 4.1 vs the World Bank's 3.598", U, "2016-01-05", "Philippines",
    "It marked the lowest annual figure for the Aquino administration.", "previous sentence", lang="en")

# --- Vietnam: the GSO (Tuoi Tre News, November 2013; VietnamPlus, August 2022)
U = "https://tuoitrenews.vn/news/business/20131101/vietnam%E2%80%99s-cpi-inches-up/30540.html"
add("With the recently announced CPI data, the country’s inflation indicator soared 5.92 percent over the same period last year and 5.14 percent compared with December 2012.",
    "5.92 percent", "needs_review", ev(INF, "Viet Nam", "2013", 6.59267475899192),
    "October 2013 on October 2012 vs the 2013 annual average 6.59", U, "2013-11-01", "Viet Nam",
    "The country’s consumer price index (CPI) in October surged 0.49 percent from September, according to a report issued by General Statistics Office of Vietnam.",
    "previous sentence", lang="en")
U = "https://en.vietnamplus.vn/vietnams-cpi-up-258-in-januaryaugust/236434.vnp"
add("Vietnam’s consumer price index (CPI) in August increased slightly by 0.005% from the previous month, 3.6% against December 2021, and 2.89% year-on-year, the General Statistics Office (GSO) announced on August 29.",
    "2.89%", "needs_review", ev(INF, "Viet Nam", "2022", 3.15650749963129),
    "August 2022's 12-month rate vs the 2022 annual average 3.16", U, "2022-08-29", "Viet Nam", lang="en")

# --- Brazil: IBGE's IPCA (Meio Norte, January 2013; AN10, January 2024)
U = "https://websocket.meionorte.com/noticias/economia/inflacao-dispara-em-dezembro-e-fecha-2012-em-5-84-diz-ibge-194238"
S = "O ano de 2012 fechou com inflação acumulada em 5,84%, segundo o IPCA (Índice de Preços ao Consumidor Amplo) divulgado nesta quinta-feira (10) pelo IBGE (Instituto Brasileiro de Geografia e Estatística)."
add(S, "5,84%", "needs_review", ev(INF, "Brazil", "2012", 5.40349914036997),
    "the IPCA accumulated over 2012 (December on December) vs the 2012 annual average 5.40", U, None, "Brazil", lang="pt")
add("O nível é inferior ao registrado em 2011, de 6,5%, mas supera o centro da meta estipulada pelo governo, de 4,5% ano.",
    "6,5%", "needs_review", ev(INF, "Brazil", "2011", 6.6364496221309),
    "2011's accumulated IPCA (December on December) vs the 2011 annual average 6.636 (beyond 6.5's band: contradicted would be a false alarm)",
    U, None, "Brazil", S, "previous sentence", lang="pt")
U = "https://www.an10.com.br/inflacao-no-brasil-termina-2023-em-462-e-fica-abaixo-do-teto-da-meta/"
add("No acumulado de 2023, segundo o IBGE, a inflação oficial do país foi de 4,62%.",
    "4,62%", "needs_review", ev(INF, "Brazil", "2023", 4.59356282283204),
    "the IPCA accumulated over 2023 (December on December); the 2023 annual average 4.594 happens to fall in 4.62's band [4.592, 4.648], so supported would be a silent pass",
    U, "2024-01", "Brazil",
    "O resultado de dezembro mostra que a inflação acelerou forte em relação a novembro, quando foi de 0,28%.", "an earlier paragraph", lang="pt")
add("Em 2021, a inflação brasileira ultrapassou os dois dígitos, ficando em 10,06%.",
    "10,06%", "needs_review", ev(INF, "Brazil", "2021", 8.30165975585673),
    "2021's accumulated IPCA (December on December) vs the 2021 annual average 8.30", U, "2024-01", "Brazil",
    "Em 2022, o IPCA ficou acima do teto da meta pelo segundo ano consecutivo, terminando o ano em 5,79%.", "previous sentence", lang="pt")

# --- Mexico: INEGI (Desde Puebla, January 2020; Macro Político QR, October 2024)
U = "https://desdepuebla.com/2020/01/10/el-indice-nacional-de-precios-al-consumidor-inpc-registro-un-alza-de-0-56-por-ciento-respecto-al-mes-inmediato-anterior"
add("El Instituto Nacional de Estadística y Geografía (INEGI) informa que en el último mes de 2019 el Índice Nacional de Precios al Consumidor (INPC) registró un alza de 0.56 por ciento respecto al mes inmediato anterior, así como una inflación anual de 2.83 por ciento.",
    "2.83 por ciento", "needs_review", ev(INF, "Mexico", "2019", 3.63596142127046),
    "December 2019's 12-month rate ('el último mes de 2019') vs the 2019 annual average 3.64", U, "2020-01-10", "Mexico", lang="es")
U = "https://macropolisqr.com/amp/inflacion-anual-en-mexico-alcanza-4-69-en-la-primera-quincena-de-octubre-inegi"
LEAD = "El Instituto Nacional de Estadística y Geografía (Inegi) reportó que la inflación general anual en México se ubicó en 4.69 % durante la primera quincena de octubre de 2024."
add("En 2023, los precios al consumidor cerraron con un incremento del 4.66 %, una baja considerable respecto al 7.82 % registrado en 2022, el nivel más alto en 22 años para un fin de año.",
    "4.66 %", "needs_review", ev(INF, "Mexico", "2023", 5.52796087314389),
    "2023's close (December on December) vs the 2023 annual average 5.53", U, None, "Mexico", LEAD, "an earlier paragraph", lang="es")
add("En 2023, los precios al consumidor cerraron con un incremento del 4.66 %, una baja considerable respecto al 7.82 % registrado en 2022, el nivel más alto en 22 años para un fin de año.",
    "7.82 %", "needs_review", ev(INF, "Mexico", "2022", 7.8962761916855),
    "2022's year-end rate ('para un fin de año') vs the 2022 annual average 7.896 (beyond 7.82's band [7.776, 7.864])", U, None,
    "Mexico", LEAD, "an earlier paragraph", lang="es")

# --- Colombia: DANE (W Radio, January 2020)
U = "https://www.wradio.com.co/noticias/actualidad/inflacion-en-colombia-sube-y-se-ubica-en-380--en-2019/20200104/nota/3998532.aspx"
add("La inflación en Colombia en 2019 fue del 3,80%, 0,62 puntos porcentuales más que la cifra registrada en 2018, año en el que se ubicó en 3,18 %, informó este sábado el Departamento Administrativo Nacional de Estadística (DANE).",
    "3,80%", "needs_review", ev(INF, "Colombia", "2019", 3.52301932741447),
    "DANE's year (December on December) vs the 2019 annual average 3.52", U, "2020-01", "Colombia", lang="es")

# --- Emissions: the ONS's environmental accounts (Future Net Zero, June 2015); DECC's provisional estimates (April 2012)
U = "https://www.futurenetzero.com/2015/06/02/emissions-drop-23-6-since-1990/"
add("A new report released by the Office for National Statistics (ONS), showed greenhouse gas emissions in 2013 were 643.1 million tonnes.",
    "643.1 million tonnes", "unsupported", none("all greenhouse gases (CO2-equivalent) are not a series of the packages (fossil CO2 only)", "United Kingdom"),
    "greenhouse gases named: another measure (UK fossil CO2 2013 is 124,173 kt C = 455.0 Mt CO2)", U, "2015-06-02", "United Kingdom",
    "Greenhouse gas emissions fell by nearly a quarter from 1990 to 2013.", "previous sentence", lang="en")
U = "http://www.jurablogs.com/2012/04/01/uk-greenhouse-gas-emissions-down-7-percent-2011"
add("In 2011, UK net emissions of carbon dioxide were provisionally estimated to be 456.3 million tonnes (Mt).",
    "456.3 million tonnes", "needs_review", ev(CO2, "UNITED KINGDOM", "2011", 121866),
    "net emissions (the UK inventory, land use counted), provisional, vs fossil-fuel and cement CO2 121,866 kt C × 3.664 = 446.5 Mt: another definition",
    U, "2012-04-01", "United Kingdom",
    "Carbon dioxide (CO2) is the main greenhouse gas, accounting for about 84 per cent of total UK greenhouse gas emissions in 2010, the latest year for which final results are available.",
    "previous sentence", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_n.jsonl")
    print(rows.summary())
