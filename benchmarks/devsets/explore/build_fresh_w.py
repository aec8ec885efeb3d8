"""Writes benchmarks/devsets/explore/fresh_w.jsonl (labels by hand from ../shared/reference-sources):
reference and explainer pages — country profiles and fact lists (countryaah, worldpress.org's profile,
favreau.org, a reisemarkt.de country page, a Slovak school page), encyclopedic entries and mirrors
(a Wikipedia mirror's infobox, a blogen.wiki article, the Ukrainian Wikipedia infobox, wikiwand's German
Wikipedia), newspapers' topic pages (Handelsblatt, Berliner Zeitung), a CIA Factbook field listing, a World
Development Indicators table, explainers (wisegeek, WGN's 'Ask Tom', a Statista chart on CGTN, a travel-money
guide on HuffPost, La Jornada's 'Rusia en cifras', mapamundial.co, a Brazilian school essay, a Russian
encyclopedia page, a Russian teaching text, a Russian-German paper's tag page, a Japanese trade institute's
statistics index) — in English, German, Spanish, Portuguese, Russian, Ukrainian, Slovak and Japanese."""
import sys

from labelling import CO2, FX, GDP, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_w", "xfreshw")
add = rows.add
PERCAP = (GDP[0], "gdp_current_usd_KAZ_RUS.csv ÷ worldbank-population/population_KAZ_RUS.csv", "Value / Value")
PPM_MLO = ("wild/co2-ppm", "data/co2-annmean-mlo.csv", "Mean")
UNDATED = "the page gives no date and the figure no year: the latest row stands for the check"
SHARE = "a share of the world's emissions: a world total of fossil CO2 is not a row of the package"
PPP = "GDP at purchasing-power parity: the worldbank-gdp slice holds GDP in current US$ only"

# --- Kazakhstan: country profiles and fact lists
U = "https://www.countryaah.com/kazakhstan"
add("Kazakhstan, a state located between the Caspian Sea and the Altai Mountains; 2.7 million km², 18.3 million residents (2019).",
    "18.3 million residents", "contradicted", ev(POP, "Kazakhstan", "2019", 19209555),
    "2019: 19.21 m beyond 18.3 million's band [18.16, 18.44] (the national 1 January count)", U, None, "Kazakhstan",
    "Kazakhstan Facts", "title", lang="en")
add("Per capita GDP (2018): US $ 9,331",
    "US $ 9,331", "contradicted", ev(PERCAP, "Kazakhstan", "2018", 9472.49),
    "derived per capita 2018 = 179.34 bn / 18,932,727 = 9,472, beyond 9,331's band [9,284, 9,378]", U, None, "Kazakhstan",
    "Kazakhstan Facts", "title", lang="en")
add("Population forecast 2050: 25 million residents",
    "25 million residents", "unsupported", none("a projection for 2050: the population rows end in 2024", "Kazakhstan"),
    "a forecast beyond the data", U, None, "Kazakhstan", "Kazakhstan Facts", "title", lang="en")
U = "https://worldpress.org/profiles/kazakstan.cfm"
add("Population: 15,522,373 (July 2011 est.)",
    "15,522,373", "contradicted", ev(POP, "Kazakhstan", "2011", 17066002),
    "a July 2011 estimate (the CIA's) vs the 2011 mid-year row 17,066,002: 9.0 % off", U, None, "Kazakhstan",
    "Country name conventional short form: Kazakhstan", "an earlier line of the profile", lang="en")
U = "http://reisemarkt.de/html/laender/kasachstan/kasachstan_land.html"
add("ca. 16,8 Mio. Einwohner",
    "ca. 16,8 Mio. Einwohner", "needs_review", ev(POP, "Kazakhstan", "2024", 20592571),
    UNDATED + "; 'ca.' ±5 %: 2005–2013 (15.97–17.56 m) fit, 2024 (20.59 m) does not", U, None, "Kazakhstan",
    "KASACHSTAN", "title", lang="de")
U = "https://oskole.detiamy.sk/clanok/kazachstan-8765"
add("Počet obyvateľov: 15, 431 mil.",
    "15, 431 mil.", "needs_review", ev(POP, "Kazakhstan", "2024", 20592571),
    UNDATED + "; 15.431 m fits 1999 and 2000 (15.46, 15.50 m), not 2024 (20.59 m)", U, None, "Kazakhstan",
    "Kazachstan", "title", lang="sk")
U = "https://www.berliner-zeitung.de/topics/kasachstan"
add("Im Januar 2021 zählte Kasachstan 18.877.126 Einwohner.",
    "18.877.126 Einwohner", "needs_review", ev(POP, "Kazakhstan", "2021", 19743603),
    "a count in January 2021 (the 1 January count) vs the 2021 mid-year row 19.74 m", U, None, "Kazakhstan", lang="de")
U = "https://www.wikiwand.com/de/Kasachstan"
add("Kasachstan hat knapp 19 Millionen Einwohner, die Mehrheit davon muslimische Kasachen.",
    "knapp 19 Millionen Einwohner", "needs_review", ev(POP, "Kazakhstan", "2024", 20592571),
    UNDATED + "; 'just under 19 million' fits 2017–2018 (18.65, 18.93 m), not 2024 (20.59 m)", U, None, "Kazakhstan", lang="de")
U = "https://www.handelsblatt.com/themen/kasachstan"
add("Rund 18.000.000 Menschen (Stand Mai 2017) leben in dem 2.724.900 Quadratkilometer großen Land, dessen Hauptstadt Astana ist.",
    "Rund 18.000.000 Menschen", "needs_review", ev(POP, "Kazakhstan", "2017", 18651931),
    "a count as of May 2017 vs the 2017 mid-year row 18.65 m (a count on a date)", U, None, "Kazakhstan",
    "Kasachstan ist ein Binnenstaat in Zentralasien.", "previous sentence", lang="de")
U = "https://uk.wikipedia.org./wiki/%D0%A0%D0%B5%D1%81%D0%BF%D1%83%D0%B1%D0%BB%D1%96%D0%BA%D0%B0_%D0%9A%D0%B0%D0%B7%D0%B0%D1%85%D1%81%D1%82%D0%B0%D0%BD"
add("- Повний $225,6 млрд[2] (?)",
    "$225,6 млрд", "unsupported", none(PPP, "Kazakhstan"),
    "another series (PPP)", U, None, "Kazakhstan", "ВВП (ПКС) 2011 р., оцінка", "the previous line of the infobox (row heading)", lang="uk")
add("- Густота 6,12 осіб/км²",
    "6,12 осіб/км²", "unsupported", none("population density: the packages hold no land area", "Kazakhstan"),
    "no area to divide by", U, None, "Kazakhstan", "Населення", "the infobox row heading", lang="uk")

# --- Russia: encyclopedic entries, fact lists and explainers
U = "http://wiki.kashishworld.com/russia"
add("Increase $1.710 trillion[10] (11th)",
    "$1.710 trillion", "contradicted", ev(GDP, "Russian Federation", "2021", 1843392293734.3777),
    "nominal GDP 2021: 1,843.4 bn beyond 1.710 tn's band [1,701.0, 1,719.1] bn (the IMF's estimate)", U, None, "Russian Federation",
    "GDP (nominal)2021 estimate", "the infobox row heading (two lines above, past '• Total')", lang="en")
U = "http://favreau.org/russia.html"
add("Population: 146,039,519 (March 2022 est.)",
    "146,039,519", "needs_review", ev(POP, "Russian Federation", "2022", 144236933),
    "an estimate for March 2022 (a date) vs the 2022 mid-year row 144.24 m (1.2 % apart; Rosstat's count with Crimea)", U, None,
    "Russian Federation", "Official name: Russian Federation (Rossiyskaya Federatsiya)", "an earlier line of the facts list", lang="en")
add("Capital: Moscow, 12.41 million (2018)",
    "12.41 million", "unsupported", none("a city's population: the World Bank slices hold countries only", "Moscow"),
    "no row for a city", U, None, "Moscow", "Official name: Russian Federation (Rossiyskaya Federatsiya)",
    "an earlier line of the facts list", lang="en")
U = "https://www.blogen.wiki/blog/cs/Rusko"
add("With a population of 146.1 million, the Russian Federation is the ninth most populous country in the world.",
    "146.1 million", "needs_review", ev(POP, "Russian Federation", "2021", 144746762),
    "no year given: the page's year 2021 (144.75 m) and 2020 (145.25 m) lie outside 146.1's band [145.32, 146.88]; 2000 and 2001 (146.60, 145.98 m) fit",
    U, "2021-10-23", "Russian Federation", lang="en")
U = "https://aniversario.jornada.com.mx/2016/07/04/opinion/022o1eco"
t = "El número de habitantes en Rusia llegó en 1993 a 149 millones, descendió a 143 en 2009, y se recuperó parcialmente a 146 m en 2015 (Gráfico 1), de los cuales 74% es población urbana y 26% rural."
add(t, "149 millones", "supported", ev(POP, "Russian Federation", "1993", 148458777),
    "1993: 148.46 m inside 149's band [147.76, 150.25]", U, "2016-07-04", "Russian Federation", lang="es")
add(t, "143", "supported", ev(POP, "Russian Federation", "2009", 142785348),
    "2009: 142.79 m inside 143's band [141.79, 144.22] (the unit carried from '149 millones')", U, "2016-07-04", "Russian Federation", lang="es")
add(t, "146 m", "contradicted", ev(POP, "Russian Federation", "2015", 144640716),
    "2015: 144.64 m just below 146's band [144.77, 147.23] (Rosstat's count with Crimea, 146.3 m)", U, "2016-07-04", "Russian Federation", lang="es")
U = "https://mapamundial.co/d/mapadeRusia"
add("Es también el noveno país más poblado del mundo, con 146 millones de personas en 2014 y se extiende a través de la totalidad del norte de Asia y gran parte de Europa del Este.",
    "146 millones de personas", "contradicted", ev(POP, "Russian Federation", "2014", 144237223),
    "2014: 144.24 m below 146's band [144.77, 147.23]", U, "2014-09-17", "Russian Federation",
    "Con 17.125.200 kilómetros cuadrados, Rusia es el país más grande del mundo, cubriendo más de una octava parte de la superficie habitada de la Tierra.",
    "previous sentence", lang="es")
U = "https://trabalhosfeitos.com/ensaios/Rússia/61059697.html"
P = "A Rússia estende-se por 17.075.400 km² (maior território do mundo), é uma nação transcontinental cujo território ocupa uma vasta área da Ásia e da Europa."
add("Em termos populacionais, o país tem a sétima maior população do mundo, com cerca de 142 milhões de habitantes, apresentando uma baixa densidade populacional.",
    "cerca de 142 milhões de habitantes", "supported", ev(POP, "Russian Federation", "2024", 143533851),
    UNDATED + " (every year since 1990 lies within ±5 % of 142 m; an undated figure is judged by the latest row, as the"
    " whole set's undated counts are; the lead's decision, twentieth pass)", U, None,
    "Russian Federation", P, "previous sentence", lang="pt")
add("Considerada a equivalência do poder de compra, o PIB da Rússia é da ordem de US$ 2.260 bilhões, para efeito comparativo, pelo mesmo critério, o PIB do Brasil é de US$ 1.981 bilhões.",
    "US$ 2.260 bilhões", "unsupported", none(PPP, "Russian Federation"),
    "another series (PPP)", U, None, "Russian Federation", lang="pt")
U = "https://iiip.online/rossiya,-rossijskaya-federacziya.html"
add("В стране проживает 144 млн. человек.",
    "144 млн. человек", "supported", ev(POP, "Russian Federation", "2024", 143533851),
    "undated line; the latest row 2024 (143.53 m) inside 144's band [142.78, 145.22]", U, None, "Russian Federation",
    "РОССИЯ, РОССИЙСКАЯ ФЕДЕРАЦИЯ", "title", lang="ru")
U = "http://fayllar.org/uchebno-metodicheskij-kompleks-po-discipline-prakticheskij-uzb/fayllar.org/uchebno-metodicheskij-kompleks-po-discipline-prakticheskij-uzb.html?page=44"
add("Население - 146 748 590 человек (на 2020 год).",
    "146 748 590 человек", "needs_review", ev(POP, "Russian Federation", "2020", 145245148),
    "2020: 145.25 m vs 146.75 m, 1.0 % apart: Rosstat's count of 1 January 2020 with Crimea (146,748.6 thousand), a"
    " start-of-year count of a source the labeller knows vs the World Bank's mid-year estimate, another date and"
    " coverage (the Label rules; as v3738 and v3018); relabelled in the forty-third pass: was contradicted", U, None, "Russian Federation",
    "Всего Россия охватывает 11 часовых поясов с разницей от +2 до +12 часов по отношению к Гринвичу.", "the previous paragraph", lang="ru")
U = "https://aussiedlerbote.de/tag/rossiya/page/353"
add("Численность населения — более 145,5 млн человек.",
    "более 145,5 млн человек", "needs_review", ev(POP, "Russian Federation", "2024", 143533851),
    UNDATED + "; more than 145.5 m: 2024 (143.53 m) is not, 1990–2001 (145.98–148.54 m) are", U, None, "Russian Federation",
    "Россия — многонациональное государство в Евразии, самая большая страна в мире по занимаемой территории с площадью более 17,12 млн кв.км. Более половины этой территории покрыта вечной мерзлотой, в связи с чем Россия считается самой холодной страной планеты.",
    "the previous paragraph", lang="ru")

# --- CPI inflation: the CIA Factbook 2010's field listing (a mirror)
U = "https://riddle.ru/mirrors/factbook2010/fields/2092.html?countryCode=ec&countryName=Ecuador&regionCode=sa"
H = "Field Listing :: Inflation rate (consumer prices)"
add("Albania 2.1% (2009 est.)", "2.1%", "contradicted", ev(INF, "Albania", "2009", 2.26692209450831),
    "2009: 2.27 beyond 2.1's band [2.04, 2.16] (the Factbook's estimate)", U, None, "Albania", H, "the page's heading (title)", lang="en")
add("Argentina 7.7% (2009 est.)", "7.7%", "unsupported", none("Argentina has no CPI rows in the inflation package", "Argentina"),
    "country missing from the package", U, None, "Argentina", H, "the page's heading (title)", lang="en")
add("Austria 0.4% (2009 est.)", "0.4%", "contradicted", ev(INF, "Austria", "2009", 0.506308827696515),
    "2009: 0.51 beyond 0.4's band [0.348, 0.452]", U, None, "Austria", H, "the page's heading (title)", lang="en")
add("Bahrain 3% (2009 est.)", "3%", "supported", ev(INF, "Bahrain", "2009", 2.79551283550412),
    "2009: 2.80 inside 3's band [2.49, 3.52]", U, None, "Bahrain", H, "the page's heading (title)", lang="en")

# --- Exchange rates: a WDI table (2006 edition) and a travel-money guide
U = "http://devdata.worldbank.org/wdi2006/contents/Table4_14.htm"
H = "Official exchange rate local currency units to $ 2004 2005"
add("Australia 1.36 1.31 1.4 1.4 1.0 121.9 2.0 3.1 2.4 3.1 1.3 1.6", "1.36", "supported", ev(FX, "Australia", "2004", 1.3578),
    "Australian dollars per US$, 2004: 1.3578 inside 1.36's band [1.348, 1.372]", U, "2006", "Australia",
    H, "the table's column heading (whitespace of the header cells joined)", lang="en")
add("Brazil 2.93 2.43 0.0 1.2 0.4 .. 102.7 10.6 98.3 9.6 105.4 18.3", "2.43", "supported", ev(FX, "Brazil", "2005", 2.4352),
    "reais per US$, 2005: 2.4352 inside 2.43's band [2.413, 2.447]", U, "2006", "Brazil",
    H, "the table's column heading (whitespace of the header cells joined)", lang="en")
U = "https://www.huffpost.com/entry/ultimate-guide-to-spendin_b_10014504"
add("Exchange rate: 1 Argentine peso = 0.071 USD", "0.071 USD", "unsupported",
    none("the exchange-rate package has no Argentine peso rows", "Argentina"),
    "currency missing from the package", U, None, "Argentina", "Argentine currency: Argentine peso (ARS)", "the previous line of the list", lang="en")

# --- CO2: explainers
U = "https://www.wisegeek.com/which-country-emits-the-most-carbon-dioxide.htm"
add("In 2011, China emitted more than 8,700 million metric tons of carbon dioxide.",
    "more than 8,700 million metric tons", "supported", ev(CO2, "CHINA (MAINLAND)", "2011", 2555778),
    "2011: 2,555,778 kt C × 3.664 = 9,364 Mt CO2 > 8,700", U, None, "China", lang="en")
add("In total, China’s carbon dioxide emissions make up more than 23% of global carbon dioxide released into the atmosphere.",
    "more than 23%", "unsupported", none(SHARE, "China"), "share of the world: no row to divide by", U, None, "China", lang="en")
U = "https://wgntv.com/2019/11/08/what-countries-are-the-highest-emitters-of-carbon-dioxide/?shared=email&msg=fail"
add("In 2016, the most recent year for which emissions data are available, China led the world in total carbon dioxide emissions, with 9,057 metric tons emitted.",
    "9,057 metric tons", "contradicted", ev(CO2, "CHINA (MAINLAND)", "2016", 2614145),
    "2016: 2,614,145 kt C × 3.664 = 9,578 Mt CO2; 9,057 (as written, or read as million tonnes) is 5.4 % short", U, "2019-11-08", "China", lang="en")
add("Russia was fourth with 1,439 metric tons and Japan ranked fifth with 1,147 metric tons.",
    "1,439 metric tons", "contradicted", ev(CO2, "RUSSIAN FEDERATION", "2016", 468262),
    "2016: 468,262 kt C × 3.664 = 1,716 Mt CO2; 1,439 (as written, or read as million tonnes) is 16 % short", U, "2019-11-08", "Russian Federation",
    "India was third, with 2,077 metric tons released.", "previous sentence", lang="en")
add("The carbon dioxide content of the atmosphere has been rising steadily, from 320 parts per million in 1965 to 410 now.",
    "320 parts per million", "supported", ev(PPM_MLO, "Mauna Loa", "1965", 320.04),
    "1965: Mauna Loa's annual mean 320.04 (the global series begins in 1979)", U, "2019-11-08", "World (Mauna Loa)", lang="en")
U = "https://america.cgtn.com/statistic_id271748_the-largest-emitters-of-carbon-dioxide-worldwide-by-country-2015"
add("China was the biggest emitter of carbon dioxide; the country accounted for around 28.03 percent of global CO2 emissions that year.",
    "around 28.03 percent", "unsupported", none(SHARE, "China"), "share of the world: no row to divide by", U, None, "China",
    "The statistic reflects the largest producers of energy-related carbon dioxide emissions in 2015, based on their share of global energy-related CO2 emissions.",
    "previous sentence", lang="en")

# --- Japanese: a trade institute's index of world statistics
U = "http://iti.or.jp/macrostat.htm"
add("2022年における一人当たりの名目GDPを金額の多い順に並べると、ルクセンブルクがトップで13万423ドル、前年比4.6%減であった。",
    "13万423ドル", "unsupported", none("Luxembourg has no GDP or population rows (the World Bank slices hold Kazakhstan and the Russian Federation only)", "Luxembourg"),
    "country missing from the package", U, "2024-04-11", "Luxembourg", lang="ja")
add("人口が最も多い国は中国で14億3932万人。",
    "14億3932万人", "unsupported", none("China has no population rows (the World Bank slices hold Kazakhstan and the Russian Federation only)", "China"),
    "country missing from the package", U, "2024-04-11", "China", "2020年時点で人口1億人以上の国は14か国存在する。", "previous sentence", lang="ja")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_w.jsonl")
    print(rows.summary())
