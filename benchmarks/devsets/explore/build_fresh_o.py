"""Writes benchmarks/devsets/explore/fresh_o.jsonl (labels by hand from ../shared/reference-sources):
explainers, encyclopedic and analysis pages — Wikipedia and its mirrors in English and French,
country explainers, Statista-style data pages, the Global Carbon Project's summary, climate.gov,
Our World in Data, think-tank and university-blog analyses — in English, French, German, Spanish,
Russian and Japanese."""
import sys

from labelling import CO2, FX, FXM, GDP, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_o", "xfresho")
add = rows.add
CO2PC = (CO2[0], CO2[1], "Per Capita")
PPM_GL = ("wild/co2-ppm", "data/co2-annmean-gl.csv", "Mean")
PERCAP = (GDP[0], "gdp_current_usd_KAZ_RUS.csv ÷ worldbank-population/population_KAZ_RUS.csv", "Value / Value")
UNDATED = "the page gives no date and the figure no year: the latest row stands for the check"
NO_IND = "India has no population or GDP rows (the World Bank slices hold Kazakhstan and the Russian Federation only)"
WORLD_CO2 = "a world total of fossil CO2 is not a row of the package (the sum of its nations is not the global total)"

# --- Kazakhstan: encyclopedic pages and mirrors (satrapia.com; a 2012 Wikipedia mirror; Infogalactic;
#     French Wikipedia through a proxy) and explainers (sporegarm.fr; a Russian geography page)
U = "http://www.satrapia.com/central-asia/kazakhstan/"
add("With 16.4 million people (2010 estimate) Kazakhstan has the 62nd largest population in the world, though its population density is less than 6 people/km².",
    "16.4 million people", "contradicted", ev(POP, "Kazakhstan", "2010", 16836810),
    "2010: 16.84 m beyond 16.4 million's band [16.27, 16.53] (an older estimate)", U, None, "Kazakhstan", lang="en")
U = "http://the-uncensored-wiki.com:20121/2012-wikipedia_en_all_nopic_01_2012/A/Kazahstan.html"
add("- | Total | $180.147 billion[3] | ||||",
    "$180.147 billion", "contradicted", ev(GDP, "Kazakhstan", "2011", 192626464617.07117),
    "nominal GDP 2011: 192.63 bn beyond 180.147's band (the IMF's estimate of January 2012)", U, "2012-01", "Kazakhstan",
    "GDP (nominal) | 2011 estimate | |||||", "the previous line of the infobox (row heading)", lang="en")
U = "http://www.infogalactic.com/info/Kazakhstan"
add("•  2021 estimate Neutral increase 19,082,467[4] (64th)",
    "19,082,467", "contradicted", ev(POP, "Kazakhstan", "2021", 19743603),
    "2021: 19.74 m vs 19.08 m (the national estimate; the World Bank's later vintage differs by 3.5 %)", U, None, "Kazakhstan",
    "Population", "the previous line of the infobox (row heading)", lang="en")
U = "https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Ffr.wikipedia.org%2Fwiki%2FKazakhstan"
add("193,611 milliards de $ + 1,46 % (49e) |",
    "193,611 milliards de $", "contradicted", ev(GDP, "Kazakhstan", "2022", 225496328925.4941),
    "nominal GDP 2022: 225.50 bn vs 193.611 bn (another vintage)", U, None, "Kazakhstan",
    "PIB nominal (2022) |", "the previous line of the infobox (row heading)", lang="fr")
U = "https://sporegarm.fr/quel-pays-mysterieux-est-le-kazakhstan/"
add("À son apogée, l’économie du Kazakhstan était trois fois plus importante que celle de l’Ouzbékistan et son PIB par habitant dépassait 13 000 dollars, ce qui le plaçait au milieu du monde développé.",
    "13 000 dollars", "supported", ev(PERCAP, "Kazakhstan", "2013", 13478.46),
    "at its peak: derived per capita 2013 = 236.63 bn / 17,556,502 = 13,478 > 13,000 (the series' maximum)", U, None, "Kazakhstan", lang="fr")
add("Avec une population de seulement 19 millions d’habitants, le pays dispose d’une réserve prouvée de pétrole de 732 tonnes par habitant.",
    "19 millions d’habitants", "needs_review", ev(POP, "Kazakhstan", "2024", 20592571),
    UNDATED + "; 19 million fits 2017–2020 (18.65–19.48 m), not 2022–2024 (20.03–20.59 m)", U, None, "Kazakhstan",
    "Le Kazakhstan est le plus grand pays enclavé du monde, couvrant une superficie de 2 725 000 kilomètres carrés.",
    "an earlier paragraph", lang="fr")
U = "https://xn--80afdbdu6aj3aj3a9j.xn--p1ai/geografija/strany/gde-nahoditsja-kazahstan.html/"
add("На территории площадью 2 724 902 км² проживает 19,6 млн человек.",
    "19,6 млн человек", "needs_review", ev(POP, "Kazakhstan", "2024", 20592571),
    UNDATED + "; 19.6 m fits 2020 and 2021 (19.48, 19.74 m), not 2024 (20.59 m)", U, None, "Kazakhstan",
    "Казахстан – это унитарное государство, которое находится в центре Евразии.", "an earlier paragraph", lang="ru")

# --- Russia: explainers (whatworldeats.com; WirtschaftsWoche's facts box; europa-experte.de;
#     Management Today's 'Brainfood') and analysis (The National Interest)
U = "https://whatworldeats.com/country/russia"
add("Despite all that space, only about 144 million people live there, making it pretty sparsely populated at around 8 people per square kilometer.",
    "about 144 million people", "needs_review", ev(POP, "Russian Federation", "2024", 143533851),
    UNDATED + " (every year since 1990 lies within ±5 % of 144 m, but supported would pass the date silently)", U, None, "Russian Federation",
    "Russia is absolutely massive – the world’s largest country, stretching across 17 million square kilometers and 11 time zones.",
    "previous sentence", lang="en")
add("Economically, Russia has a GDP around $2.2 trillion, but here’s the thing – it’s heavily dependent on oil and gas exports, making the economy vulnerable and not particularly diversified.",
    "$2.2 trillion", "needs_review", ev(GDP, "Russian Federation", "2023", 2021421476035.417),
    UNDATED + "; 2022 (2.27 tn) is within ±5 % of 2.2 tn, 2023 (2.02 tn) is not", U, None, "Russian Federation", lang="en")
U = "https://www.wiwo.de/finanzen/geldanlage/wachstumspolitik-russland-im-wechselkursdilemma/8384280.html"
add("Mit 141,85 Millionen Einwohnern liegt Russland auf Rang 9.",
    "141,85 Millionen Einwohnern", "contradicted", ev(POP, "Russian Federation", "2024", 143533851),
    "no year fits: the lowest row since 1990 is 142.74 m (2008), above 141.85's band [141.14, 142.57]; the latest row 143.53 m", U, "2013", "Russian Federation",
    "Russland ist mit einer Fläche von 17.075.400 km² das größte Land der Erde.", "previous sentence", lang="de")
add("Das Bruttoinlandsprodukt lag im Jahr 2010 bei 1.480 Milliarden US-$.",
    "1.480 Milliarden US-$", "contradicted", ev(GDP, "Russian Federation", "2010", 1524916715223.946),
    "2010: 1,524.9 bn beyond 1,480's band [1,472.6, 1,487.4]", U, "2013", "Russian Federation",
    "Zahlen und Fakten zu Russland", "the section heading", lang="de")
U = "http://europa-experte.de/europa/russland-wirtschaft"
t = "So z.B. liegt Russland nach dem Bruttoinlandsprodukt pro Kopf (7042 $) weit hinter den Industrienationen, andererseits nimmt das Land durch eine Gesamtproduktion mit ca. 2,25% des globalen Bruttoinlandsproduktes den 9. Platz in der Welt ein."
add(t, "7042 $", "contradicted", ev(PERCAP, "Russian Federation", "2023", 14054.62),
    "no year fits 7,042 (derived per capita 2006 = 6,920, 2007 = 9,101); the latest, 2023: 2,021.42 bn / 143,826,130 = 14,055", U, None, "Russian Federation", lang="de")
add(t, "ca. 2,25%", "unsupported", none("a share of world GDP: the packages have no world GDP row", "Russian Federation"),
    "share of the world: no row to divide by", U, None, "Russian Federation", lang="de")
U = "https://www.managementtoday.co.uk/brainfood-us-russia/article/433869"
add("GDP per Russian head is $2,140, compared with $23,920 in the UK.",
    "$2,140", "contradicted", ev(PERCAP, "Russian Federation", "2023", 14054.62),
    "no year fits 2,140 (derived per capita 2001 = 2,100, 2002 = 2,378); the latest, 2023: 14,055", U, None, "Russian Federation", lang="en")
U = "https://nationalinterest.org/print/feature/russias-economy-doomed-collapse-16821"
add("The fall in GDP was 3.7 percent in 2015, and most experts foresee a drop of around 1 percent in 2016.",
    "3.7 percent", "unsupported", none("real GDP growth is not a series of the packages (nominal USD GDP fell 33.8 % in 2015)", "Russian Federation"),
    "a real growth rate: the nominal USD series must not judge it", U, None, "Russian Federation",
    "But though the Russian economy plunged into a crisis and could not halt its decline for six consecutive quarters, the real scale of the economic shocks was significantly smaller.",
    "previous sentence", lang="en")

# --- Brazil's hyperinflation: an encyclopedia of money (blog), New Statesman's explainer, Wikipedia
U = "http://encyclopedia-of-money.blogspot.com/2010/01/brazilian-hyperinflation.html"
add("Between 1989 and 1994 Brazil saw inflation soar into hyperinflation dimensions, registering annual inflation rates from 1,600 to 2,500 percent.",
    "1,600 to 2,500 percent", "contradicted", ev(INF, "Brazil", "1989", 1430.7237251472),
    "1989–1994 run 1,431 (1989), 2,948, 433, 952, 1,927, 2,076: four of six outside 1,600–2,500", U, "2010-01", "Brazil", lang="en")
add("The year 1989 saw annual inflation exceed 1,700 percent.",
    "1,700 percent", "contradicted", ev(INF, "Brazil", "1989", 1430.7237251472),
    "1989: 1,430.7 is not above 1,700", U, "2010-01", "Brazil",
    "Brazilian inflation rose above 110 percent in 1980, and in 1988 entered four-digit territory.", "previous sentence", lang="en")
add("Brazilian inflation rose above 110 percent in 1980, and in 1988 entered four-digit territory.",
    "110 percent", "unsupported", none("Brazil's CPI rows start in 1981", "Brazil"),
    "1980: before the data", U, "2010-01", "Brazil", lang="en")
U = "http://www.newstatesman.com/brazil-inflation?quicktabs_most_read=0&qt-most_read_and_most_commented=1"
add("In 1996, Brazil finally got its inflation under control, after a decade in which it hadn't fallen below 500 per cent a year, peaking at just under 5000 per cent a year in 1993 (it did not sustain this rate for the whole year, which is why it is not visible in the zoomed-out version of the above chart).",
    "5000 per cent", "needs_review", ev(INF, "Brazil", "1993", 1927.38079016026),
    "a 12-month peak inside 1993 (the sentence says the rate was not sustained for the year) vs the 1993 average 1,927", U, None, "Brazil", lang="en")
U = "https://en.wikipedia.org/wiki/Hyperinflation_in_Brazil"
add("Between 1985 and 1994, an accumulated inflation rate was estimated to be around at 184,901,570,954.39%[2] caused by uncontrolled printing of money.[3][4]",
    "184,901,570,954.39%", "contradicted", ev(INF, "Brazil", "1994", 2075.88839757325),
    "compound 1985–1994 over the yearly rows: 222,466,877,564 %, 20 % above 'around' 184.9 bn % (±5 %)", U, None, "Brazil",
    "Hyperinflation in Brazil was a fourteen-year period of three-to-four-digit annual inflation rates from 1980 until 1994.", "an earlier paragraph", lang="en")
add("The highest value was in March 1990, when the government inflation index reached 82.39%.",
    "82.39%", "needs_review", ev(INF, "Brazil", "1990", 2947.732772483),
    "a month-on-month rate (March 1990) vs the 1990 annual average 2,948", U, None, "Brazil",
    "Hyperinflation in Brazil was a fourteen-year period of three-to-four-digit annual inflation rates from 1980 until 1994.", "an earlier paragraph", lang="en")

# --- Turkey: a Statista copy (statinvestor) and a country snapshot (investingroup.org)
U = "https://statinvestor.com/data/18686/turkey-inflation-rate/"
add("In 2017, the average inflation rate in Turkey was at around 11.14% compared to the previous year.",
    "11.14%", "supported", ev(INF, "Turkiye", "2017", 11.1443110840765),
    "2017: 11.144 within ±5 % of 11.14", U, None, "Turkey", lang="en")
U = "https://investingroup.org/snapshot/307/turkey-inflation-turkey/"
t = "Turkey’s annual consumer price inflation will reach to 23.5 percent in 2018 from 11.9 percent in 2017, according to the Central Bank of Turkey."
add(t, "23.5 percent", "needs_review", ev(INF, "Turkiye", "2018", 16.3324638988928),
    "a forecast ('will reach') for 2018 vs the 2018 outcome 16.33: a projection is not contradicted by the later row", U, None, "Turkey", lang="en")
add(t, "11.9 percent", "contradicted", ev(INF, "Turkiye", "2017", 11.1443110840765),
    "2017 annual average 11.14 beyond 11.9's band [11.79, 12.01] (11.9 is the December rate, but the sentence says the year)", U, None, "Turkey", lang="en")

# --- World: an explainer on the IMF's 2022 inflation forecasts (finmoov)
U = "https://www.finmoov.com/charts/global-inflation-rate/"
add("Inflation rates in countries facing conflict, turmoil, or serious economic crises are predicted to be far higher than the world average of 7.4% in 2022.",
    "7.4%", "needs_review", ev(INF, "World", "2022", 7.93092925430087),
    "the IMF's April 2022 projection for 2022 ('predicted') vs the World row 7.93", U, None, "World",
    "Inflationary pressures are expected to be considerable over the world in 2022, according to the International Monetary Fund.",
    "an earlier paragraph", lang="en")

# --- Exchange rates: yen explainers (dollargit, winenfood) and a Mexican peso valuation table page
U = "https://dollargit.blogspot.com/2023/02/currency-exchange-rate-us-dollar-to_57.html"
add("By the 1980s, it had appreciated to 200 yen to the US dollar, and by the 1990s, it had reached an all-time high of 79 yen to the US dollar.",
    "79 yen", "needs_review", ev(FXM, "Japan", "1995-04", 83.6895),
    "an intraday extreme (April 1995) vs the lowest monthly average 83.69 (April 1995)", U, "2023-02", "Japan",
    "In the 1970s, the Japanese yen was valued at around 300 yen to the US dollar.", "previous sentence", lang="en")
add("As of August 2021, the exchange rate is around 109 yen to the US dollar.",
    "109 yen", "supported", ev(FXM, "Japan", "2021-08", 109.8527),
    "August 2021 average 109.85 within ±5 % of 109", U, "2023-02", "Japan",
    "Since then, the exchange rate has fluctuated quite a bit, but it has remained relatively stable in recent years.",
    "previous sentence", lang="en")
U = "https://winenfood.com/historical-chart-of-the-dollar-to-yen-exchange"
add("The exchange rate was hovering around 77 yen to the dollar, an almost unbelievable number.",
    "77 yen", "needs_review", ev(FX, "Japan", "2011", 79.6967),
    "the rate during a 2011 trip (month not said) vs the 2011 average 79.70; the months of 2011 run 76.7–82.6, in and out of ±5 % of 77", U, None, "Japan",
    "I still remember my first trip to Tokyo back in 2011.", "an earlier sentence of the paragraph", lang="en")
U = "http://www.mexicomaxico.org/Voto/SobreVal02.htm"
add("En la crisis actual, el peso se encontraba a finales de noviembre de 2014 con una sobre-valuación del 4.76% y la tasa de cambio era  de 13.77 pesos/dólar.",
    "13.77 pesos/dólar", "needs_review", ev(FXM, "Mexico", "2014-11", 13.6148),
    "the end of November 2014 (a day) vs the November average 13.61, outside 13.77's band", U, "2016-10", "Mexico",
    "VALUACIÓN DEL PESO MEXICANO RESPECTO AL U.S.  DÓLAR", "the title", lang="es")
add("Si se compara el tipo de cambio de octubre de 2016 de 18.73 con respecto a noviembre de 2014 de 13.77, la devaluación de nuestra moneda ha sido del 36.06%.",
    "36.06%", "needs_review", ev(FXM, "Mexico", "2016-10", 18.8912),
    "end-of-month quotes (18.73 / 13.77 − 1 = 36.0 %) vs the monthly averages (18.8912 / 13.6148 − 1 = 38.8 %): days, not months",
    U, "2016-10", "Mexico",
    "Por las razones ampliamente conocidas, se puede apreciar la caída sostenida hasta niveles  de 18.73 pesos/dólar y una sub-valuación del 21.2% hasta finales de octubre del presente 2016 y en base al diferencial de inflaciones entre ambos países, medida a partir de 1970.",
    "previous sentence", lang="es")

# --- CO2: climate.gov, Our World in Data, the Global Carbon Project's 2018 highlights, a blog on its 2012 budget
U = "http://www.climate.gov/news-features/category/96/201204?date=2012-05"
add("The annual average concentration of carbon dioxide (CO2) in the atmosphere stood at 395.3 parts per million (ppm) in 2013—a 27 percent increase compared to conditions before the Industrial Revolution.",
    "395.3 parts per million", "supported",
    {**ev(PPM_GL, "Global", "2013", 395.40), "equally": [{"resource": "data/co2-annmean-mlo.csv", "country": "Mauna Loa", "value": 396.74}]},
    "2013: global 395.40 and Mauna Loa 396.74 both within 395.3's band [393.27, 397.33]; the sentence names neither", U, None, "World", lang="en")
U = "https://ourworldindata.org/co2-emissions?ref=causeartist.com"
add("In 1950 the world emitted 6 billion tonnes of CO2.",
    "6 billion tonnes", "unsupported", none(WORLD_CO2, "World"), "a world total: no row", U, None, "World", lang="en")
U = "https://www.globalcarbonproject.org/carbonbudget/18/highlights.htm"
add("Growth rates of these countries from 2016 to 2017 were +1.7% for China, -0.5% for the USA, 1.4% for the EU28, and 4.0% for India.",
    "+1.7%", "contradicted", ev(CO2, "CHINA (MAINLAND)", "2017", 2670219),
    "derived growth 2,670,219 / 2,614,145 − 1 = +2.15 % (the GCP's revised figures differ)", U, "2018-12", "China",
    "In 2017, global CO2 emissions were dominated by emissions from China (27%), the USA (15%), the EU (28 member states; 10%) and India (7%).",
    "previous sentence", lang="en")
t = "The per-capita CO2 emissions in 2017were 4.8 tCO2 tonnes of carbon person-1yr-1 for the globe, 16.2 tCO2 for the USA, 7.0 tCO2 for China, 7.1 tCO2 for the EU28, and 1.8 tCO2 for India."
add(t, "16.2 tCO2", "contradicted", ev(CO2PC, "UNITED STATES OF AMERICA", "2017", 4.067575463366972),
    "4.068 t C × 3.664 = 14.90 t CO2, beyond 16.2's band", U, "2018-12", "United States", lang="en")
add(t, "7.0 tCO2", "supported", ev(CO2PC, "CHINA (MAINLAND)", "2017", 1.898966862829711),
    "1.899 t C × 3.664 = 6.96 t CO2 within 7.0's band [6.92, 7.09]", U, "2018-12", "China", lang="en")
U = "http://anewerworld.net/tag/carbon-dioxide-information-analysis-center/"
add("As reported yesterday by the Global Carbon Project in its Carbon Budget 2012 report, the top four emitters of carbon from fossil fuel combustion and cement production in 2011 covered 62% of global emissions:  China (28%), United States (16%), EU27 (11%), and India (7%).",
    "62%", "unsupported", none(WORLD_CO2 + "; and EU27 is no row", "World"),
    "a share of global emissions: no world total to divide by", U, None, "World", lang="en")

# --- Kazakhstan's inflation: an economist's blog (Leon Taylor, Almaty, July 2015)
U = "https://centralasianeconomy.blogspot.com/2015/07/fun-with-your-new-bank.html"
add("In reality, the rate of inflation has remained stuck between 6% and 8% for several years, despite the slowdown in money (the figure shows annual inflation rates for consumers).",
    "between 6% and 8%", "needs_review", ev(INF, "Kazakhstan", "2014", 6.84944977003349),
    "'several years' to mid-2015: 2014 6.85 and 2010 7.40 inside, 2012 5.20 and 2013 5.94 below, 2011 8.45 above: which span is meant cannot be settled",
    U, "2015-07-23", "Kazakhstan", "Why does inflation remain high in Kazakhstan?", "the title", lang="en")

# --- South Africa in Spanish: a Wikipedia translation's infobox, an explainer blog, a currency explainer
U = "http://es.frwiki.wiki/wiki/%C3%89conomie_de_l%27Afrique_du_Sud"
add("Inflación ( IPC ) Aumentar Negative.svg 6,7% (2016)",
    "6,7%", "contradicted", ev(INF, "South Africa", "2016", 6.60290842394872),
    "2016: 6.603 below 6,7's band [6.617, 6.784]", U, None, "South Africa", "Economía de Sudáfrica", "the title", lang="es")
U = "https://dsfbr.blogspot.com/p/economia-del-pais-de-sudafrica.html"
add("Los mineros obtuvieron una ligera revalorización salarial, mientras que la inflación llegó a 6,3% en 2014.",
    "6,3%", "contradicted", ev(INF, "South Africa", "2014", 6.13282953059149),
    "2014: 6.133 below 6,3's band [6.219, 6.382]", U, None, "South Africa", "Economía Del País De Sudáfrica", "the title", lang="es")
U = "https://es.ripleybelieves.com/what-is-currency-of-south-africa-4288"
add("Sudáfrica es un país multiétnico con alrededor de 56 millones de personas.",
    "56 millones de personas", "unsupported", none("South Africa has no population rows (the slices hold Kazakhstan and the Russian Federation)", "South Africa"),
    "population of South Africa: no row", U, None, "South Africa", lang="es")
add("A partir de marzo 1982, la moneda cotiza por encima de R 2 por dólar.",
    "R 2 por dólar", "contradicted", ev(FXM, "South Africa", "1982-03", 1.0217),
    "March 1982: 1.02 rand per dollar, not above 2 (the rand passed 2 only in 1985)", U, None, "South Africa",
    "El rand experimentó un tipo de cambio estable desde su inicio hasta el comienzo de los 1980.", "an earlier sentence of the paragraph", lang="es")

# --- India in Japanese: two country explainers (geopl.info, global-biz.net)
U = "https://geopl.info/country_info/%e3%82%a4%e3%83%b3%e3%83%89/"
add("面積は328.7 万km²、人口は13億6642万人で、政体は欠陥のある民主主義。",
    "13億6642万人", "unsupported", none(NO_IND, "India"), "India's population: no row", U, None, "India",
    "インドは南アジアに位置する国。", "previous sentence", lang="ja")
U = "https://global-biz.net/south-asia/india/summary-12/"
add("2018年のGDPは140,775(10億ルピー)であり、今後も増加が予想される豊富な労働力や中間層の増大を背景にさらなる成長が見込まれるが、一人当たりのGDPは2,036米ドル(2018年、IMF)とまだまだ少ない。",
    "2,036米ドル", "unsupported", none(NO_IND, "India"), "India's GDP per head: no row", U, None, "India", lang="ja")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_o.jsonl")
    print(rows.summary())
