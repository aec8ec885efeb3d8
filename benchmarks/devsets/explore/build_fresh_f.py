"""Writes benchmarks/devsets/explore/fresh_f.jsonl (labels by hand from ../shared/reference-sources)."""
import sys

from labelling import CO2, FX, INF, LabelledRows, ev, none

rows = LabelledRows("fresh_f", "xfreshf")
add = rows.add

# --- Nepal (Khabarhub, August 2023)
U = "https://english.khabarhub.com/2023/17/322666"
LEAD = "KATHMANDU: Despite the government’s aspiration to cap inflation at 6.5 percent through its budget and monetary policies, Nepal has been grappling with a considerable upswing in prices since the start of the month."
add("Data released by the Nepal Rastra Bank reveals that the annual point consumer inflation reached 8.19 percent in August, up from 8.64 percent during the same period last year.",
    "8.19 percent", "needs_review", ev(INF, "Nepal", "2023", 7.11475951738199),
    "mid-August 2023's point-to-point rate vs the 2023 annual average 7.12 (the year is the page's, 2023)", U, None, "Nepal", LEAD, "an earlier paragraph", lang="en")
add("Regionally, the Himalayan region experienced the highest price increase at 11.32 percent, followed by the Kathmandu Valley at 9.83 percent, the Hills at 8.09 percent, and the Terai at 7.03 percent.",
    "11.32 percent", "unsupported", none("a region's rate: no rows below the national level", "Nepal"),
    "the Himalayan region's rate: national rows only (Nepal's 7.12 must not judge it)", U, None, "Nepal", LEAD, "an earlier paragraph", lang="en")

# --- Thailand (Royal Thai Embassy news, 2023-01-26; RSA tax note, October 2022)
U = "https://thaiembdc.org/2023/01/26/thailands-inflation-will-fall-next-year-officials-say/"
TITLE = "Thailand’s inflation will fall next year, officials say"
add("For 2022, the Ministry of Commerce reported that headline inflation, gauged by the consumer price index, rose by 6.08 percent, which was close to its projection of between 5.5 percent to 6.5 percent, with an average of 6 percent.",
    "6.08 percent", "supported", ev(INF, "Thailand", "2022", 6.07741228434321),
    "Thailand CPI 2022 = 6.077, within 6.075..6.085 ∓0.5 %", U, "2023-01-26", "Thailand", TITLE, "title", lang="en")
add("The Ministry of Commerce is forecasting that inflation in the Kingdom, which hit a 24-year high last year, will fall to just 2 to 3 percent in 2023 as most prices have stabilized and others continue to decline.",
    "2 to 3 percent", "needs_review", ev(INF, "Thailand", "2023", 1.22802623546169),
    "a forecast for 2023 made in January 2023 (year not complete); the 2023 average came out at 1.23", U, "2023-01-26", "Thailand", TITLE, "title", lang="en")
U = "https://www.rsa-tax.com/single-post/thailand-inflation-rate-october-2022"
TITLE = "Thailand Inflation Rate October 2022"
add("According to the Trade Policy and Strategy Office (TPSO), Thailand’s inflation rate is expanding more slowly than in prior months, with October’s growth at 6%, down from September’s 6.4%.",
    "6%", "needs_review", ev(INF, "Thailand", "2022", 6.07741228434321),
    "October 2022 on October 2021 vs the 2022 annual average 6.08 (which happens to fall in 6's band: another period all the same)", U, None, "Thailand", TITLE, "title", lang="en")
add("Annual average inflation rose to 5.5% in October and was 5.2% in September.",
    "5.5%", "needs_review", ev(INF, "Thailand", "2022", 6.07741228434321),
    "the January-October 2022 average vs the full-year 2022 average 6.08", U, None, "Thailand", TITLE, "title", lang="en")

# --- Colombia (Oil Channel, January 2023; El Tiempo, January 2022; Seguimiento, January 2023)
U = "https://oilchannel.tv/noticias/inflacion-en-colombia-cerro-el-2022-en-1312-en-su-variacion-anual"
t = "Al cierre del 2022, la variación anual de la inflación en Colombia se ubicó en 13,12%, la cifra más alta en 21 años y superó así las proyecciones de los analistas que veían un IPC por debajo del 13%."
add(t, "13,12%", "needs_review", ev(INF, "Colombia", "2022", 10.1772313546166),
    "December 2022 on December 2021 vs the 2022 annual average 10.18", U, None, "Colombia", lang="es")
add("La cifra es superior en 7,50 puntos porcentuales que la reportada en el mismo periodo del año anterior, cuando fue de 5,62%.",
    "5,62%", "needs_review", ev(INF, "Colombia", "2021", 3.49505757399448),
    "December 2021 on December 2020 vs the 2021 annual average 3.49", U, None, "Colombia", t, "an earlier paragraph", lang="es")
U = "https://www.eltiempo.com/economia/sectores/inflacion-en-colombia-durante-el-2021-643286"
t = "Según anunció el Departamento Administrativo Nacional de Estadística (Dane), el costo de vida de los colombianos se incrementó un 5,62 por ciento el año pasado, lo que representa el mayor aumento de precios desde el 2016, cuando la variación anual del IPC fue de 5,75 por ciento."
add(t, "5,75 por ciento", "needs_review", ev(INF, "Colombia", "2016", 7.51346024627675),
    "DANE's 'variación anual' is December on December (2016: 5.75) vs the 2016 annual average 7.51", U, "2022-01", "Colombia", lang="es")
add("Esta cifra también es muy superior al dato de 1,61 por ciento en el que cerró la inflación en el 2020, en el primer año de la pandemia del covid-19.",
    "1,61 por ciento", "needs_review", ev(INF, "Colombia", "2020", 2.52663500084706),
    "'cerró': December 2020 on December 2019 vs the 2020 annual average 2.53", U, "2022-01", "Colombia", t, "an earlier paragraph", lang="es")
U = "https://seguimiento.co/colombia/la-inflacion-cerro-en-1312-en-el-2022-la-mas-alta-del-siglo-61414"
add("El Dane informó este jueves que el país cerró el 2022 con una variación anual de inflación en 13,12%, es decir, 7,50 puntos porcentuales mayor que la reportada en el mismo periodo del año anterior, cuando fue de 5,62%.",
    "7,50 puntos porcentuales", "needs_review", ev(INF, "Colombia", "2022", 10.1772313546166),
    "a gap between two December-on-December rates; the annual averages give 10.18 − 3.49 = 6.68 points: another basis", U, "2023-01", "Colombia",
    "La inflación cerró en 13,12 % en el 2022, la más alta del siglo", "title", lang="es")

# --- Peru (El Comercio, January 2023; La Patria (EFE), 2023-01-02; DW, 2022-01-01; Roberto Cavada (EFE), 2022-10-01)
U = "https://elcomercio.pe/economia/peru/inei-inei-inflacion-del-2022-fue-846-el-mas-alto-en-26-anos-inflacion-2022-noticia/"
add("El Instituto Nacional de Estadística e Informática (INEI) dio a conocer hoy que, en el año 2022, el Índice de Precios al Consumidor de Lima Metropolitana aumentó en 8,46%, un resultado superior a las variaciones registradas en los últimos 26 años.",
    "8,46%", "unsupported", none("a city's index (Lima Metropolitana): no rows below the national level, as the dev set labels Lima", "Peru"),
    "Lima's December-on-December 2022; Peru's 8.33 must not judge it", U, "2023-01", "Peru", lang="es")
U = "https://lapatria.bo/2023/01/02/inflacion-en-peru-cierra-el-2022-como-la-mas-alta-en-los-ultimos-26-anos/"
t = "Durante la gestión 2022, la inflación en Perú llegó a 8,56%, y en Lima Metropolitana a 8,46%, la más alta de los últimos 26 años, debido al incremento de precios en todas las divisiones de consumo, informó el Instituto Nacional de Estadística e Informática (INEI)."
add(t, "8,56%", "needs_review", ev(INF, "Peru", "2022", 8.33370630096231),
    "the national index December 2022 on December 2021 vs the 2022 annual average 8.33", U, "2023-01-02", "Peru", lang="es")
add("El informe técnico Variación de los Indicadores de Precios de la Economía indicó que la anterior mayor inflación en el país vecino se reportó en 1996, cuando llegó al 11,84 %.",
    "11,84 %", "needs_review", ev(INF, "Peru", "1996", 11.5379424115177),
    "December 1996 on December 1995 vs the 1996 annual average 11.54", U, "2023-01-02", "Peru", t, "an earlier paragraph", lang="es")
add("Las ciudades con menor variación anual fueron Chimbote (6,97%), Tumbes (6,90%) y Moyobamba (4,60%).",
    "6,97%", "unsupported", none("a city's rate: no rows below the national level", "Peru"),
    "Chimbote's 2022 rate: national rows only", U, "2023-01-02", "Peru",
    "El INEI señaló que, durante la pasada gestión, las 26 ciudades del país donde se calcula el Índice de Precios al Consumidor reportaron un alza de precios, con las variaciones más altas en Cerro de Pasco (11,76%), Huaraz (11,40%) e Ica (10,71%).", "previous paragraph", lang="es")
U = "https://lfwp.net/dw/es/perú-registra-la-inflación-más-alta-de-los-últimos-13-años/a-60309216"
t = "El índice de precios al consumidor en Lima, referencia para Perú, se incrementó en 6,43% en 2021, \"variación superior a las registradas en los últimos trece años”, indicó el estatal Instituto Nacional de Estadística e Informática (INEI) este sábado (01.01.2022)."
add(t, "6,43%", "needs_review", ev(INF, "Peru", "2021", 4.27166381536798),
    "the reference index December 2021 on December 2020 vs the 2021 annual average 4.27", U, "2022-01-01", "Peru", lang="es")
add("En 2021, el índice de precios al consumidor creció a un ritmo mensual de 0,52 %, siendo diciembre el mes más alto del segundo semestre con 0,78 %, cifra superior a la observada en noviembre (0,36%).",
    "0,52 %", "needs_review", ev(INF, "Peru", "2021", 4.27166381536798),
    "a mean monthly pace (compounding to the December-on-December 6.43) vs the 2021 annual average 4.27", U, "2022-01-01", "Peru", t, "an earlier paragraph", lang="es")
U = "https://robertocavada.com/internacionales/2022/10/01/peru-registra-inflacion-de-052-en-septiembre"
c = "El Índice de Precios al Consumidor (IPC) en Lima, referencia para Perú, aumentó 0,52% en septiembre, impulsado principalmente por alzas en los alimentos, según informó este sábado el Instituto Nacional de Estadística e Informática (INEI)."
add("Con este resultado la variación de precios en los últimos 12 meses llegó a 8,53%, más del doble del rango meta anual de 3,7% que determinaron las autoridades económicas peruanas a inicios de 2022.",
    "8,53%", "needs_review", ev(INF, "Peru", "2022", 8.33370630096231),
    "the 12 months to September 2022 vs the 2022 annual average 8.33", U, "2022-10-01", "Peru", c, "previous paragraph", lang="es")
t = "En 2020, año en que irrumpió la pandemia en Perú, la inflación fue de 1,97%, apenas superior al 1,9% de 2019."
add(t, "1,97%", "needs_review", ev(INF, "Peru", "2020", 2.00241205759292),
    "December 2020 on December 2019 vs the 2020 annual average 2.00 (just outside 1.97's band)", U, "2022-10-01", "Peru", lang="es")
add(t, "1,9%", "needs_review", ev(INF, "Peru", "2019", 2.25212191358027),
    "December 2019 on December 2018 vs the 2019 annual average 2.25", U, "2022-10-01", "Peru", lang="es")

# --- Brazil (O Sul, January 2022; O Povo, 2022-01-21)
U = "https://www.osul.com.br/inflacao-oficial-do-pais-fecha-2021-em-1006-a-maior-alta-desde-2015/"
t = "O IPCA (Índice Nacional de Preços ao Consumidor – Amplo), considerado a inflação oficial do Brasil, fechou 2021 em 10,06%, segundo dados divulgados nesta terça-feira (11) pelo IBGE (Instituto Brasileiro de Geografia e Estatística)."
add(t, "10,06%", "needs_review", ev(INF, "Brazil", "2021", 8.30165975585673),
    "IPCA accumulated in 2021 (December on December) vs the 2021 annual average 8.30", U, "2022-01", "Brazil", lang="pt")
add("Essa é a maior taxa acumulada desde 2015, quando o índice chegou a 10,67%.",
    "10,67%", "needs_review", ev(INF, "Brazil", "2015", 9.02990102416136),
    "IPCA accumulated in 2015 (December on December) vs the 2015 annual average 9.03", U, "2022-01", "Brazil", t, "an earlier paragraph", lang="pt")
U = "https://www.opovo.com.br/noticias/brasil/2022/01/21/brasil-teve-1006-de-inflacao-em-2021-a-maior-em-seis-anos.html"
add("E ficou bem acima dos 4,52% que haviam sido registrados em 2020.",
    "4,52%", "needs_review", ev(INF, "Brazil", "2020", 3.21176803803376),
    "IPCA accumulated in 2020 (December on December) vs the 2020 annual average 3.21", U, "2022-01-21", "Brazil",
    "A inflação oficial do Brasil, medida pelo Índice Nacional de Preços ao Consumidor (IPCA), encerrou 2021 com uma variação acumulada de 10,06% em 12 meses, segundo dados divulgados pelo Instituto Brasileiro de Geografia e Estatística (IBGE) nesta terça-feira (11/01). É a maior inflação registrada desde 2015, quando o índice fechou o ano a 10,67%.",
    "the two previous sentences", lang="pt")

# --- Jordan (Jordan News Gazette / Petra, 2018)
U = "https://jordannewsgazette.com/inflation-up-3-3pct-in-2017/"
add("Amman, The Consumer Price Index (CPI), a measurement of inflation, marked a 3.3 percent rise in 2017 compared with the figure reported in 2016, according to official figures released Monday.",
    "3.3 percent", "supported", ev(INF, "Jordan", "2017", 3.32389447576097),
    "Jordan CPI 2017 = 3.324, within 3.25..3.35 ∓0.5 % (the dateline's capital names the country)", U, None, "Jordan", "Inflation up 3.3pct in 2017", "title", lang="en")

# --- Sri Lanka (Asian Mirror, October 2021)
U = "https://asianmirror.lk/news/item/33589-central-bank-says-inflation-has-fallen-to-5-7-in-september-from-6-0-in-august"
add("Accordingly, inflation in Sri Lanka has come down to 5.7 percent in September from 6.0 percent in August.",
    "5.7 percent", "needs_review", ev(INF, "Sri Lanka", "2021", 7.01478071238195),
    "September 2021 on September 2020 (the page's year) vs the 2021 annual average 7.01", U, None, "Sri Lanka", lang="en")
add("The change in the Colombo Consumer Price Index, measured on an annual average basis, was 4.3 percent in August this year and rose to 4.5 percent in September.",
    "4.5 percent", "needs_review", ev(INF, "Sri Lanka", "2021", 7.01478071238195),
    "a 12-month moving average to September 2021, not the calendar-year average 7.01", U, None, "Sri Lanka",
    "Accordingly, inflation in Sri Lanka has come down to 5.7 percent in September from 6.0 percent in August.", "an earlier paragraph", lang="en")

# --- South Korea (KBS World, end of 2025; Korea JoongAng Daily, 2022-12-30; Digitimes, 2017-01-05; Taiwan News, January 2025)
U = "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=198497&lang=e"
t = "The South Korean won ended the year at one-thousand-439-point-zero per U.S. dollar, finishing lower than a year earlier despite persistent currency volatility."
add(t, "one-thousand-439-point-zero per U.S. dollar", "needs_review", ev(FX, "South Korea", "2025", 1421.3963),
    "the 2025 year-end close (one day) vs the 2025 average 1421.40", U, None, "South Korea", lang="en")
add("The annual average exchange rate stood at one-thousand-422-point-16, the highest on record and above levels seen during the 1998 Asian financial crisis.",
    "one-thousand-422-point-16", "supported", ev(FX, "South Korea", "2025", 1421.3963),
    "won per dollar 2025 average 1421.40, within 1422.16 ∓0.5 % (KBS spells numbers as words and digits)", U, None, "South Korea", t, "previous sentence", lang="en")
U = "https://koreajoongangdaily.joins.com/2022/12/30/business/economy/Consumer-price-Inflation-2022-Statistics-Korea/20221230141104139.html"
LEAD = "Inflation hit a 24-year high in Korea in 2022, with consumer prices up 5.1 percent."
add("According to Statistics Korea on Friday, inflation this year was the highest since the 7.5 percent in 1998.",
    "7.5 percent", "supported", ev(INF, "Korea, Rep.", "1998", 7.51358008079307),
    "Korea CPI 1998 = 7.514, within 7.45..7.55 ∓0.5 %", U, "2022-12-30", "South Korea", LEAD, "an earlier paragraph", lang="en")
add("The government projects inflation will be 3.5 percent in 2023 as the prices of goods come down in the second half.",
    "3.5 percent", "needs_review", ev(INF, "Korea, Rep.", "2023", 3.5974562502901),
    "a projection for 2023 made in December 2022 (year not complete); 2023 came out at 3.60", U, "2022-12-30", "South Korea", LEAD, "an earlier paragraph", lang="en")
U = "http://www.digitimes.com/news/a20170105VL201.html"
add("January-November 2016 average CPI for Taiwan rose 1.36% on year compared to, up 2.5% in Hong Kong, up 1.0% South Korea, up 2.0% China, down 0.6% Singapore, down 0.2% Japan and up 1.2% the US, DGBAS said.",
    "1.0%", "needs_review", ev(INF, "Korea, Rep.", "2016", 0.971685739912168),
    "the January-November 2016 average vs the full-year 2016 average 0.97 (inside 1.0's band: another period all the same)", U, "2017-01-05", "South Korea", lang="en")
U = "https://www.taiwannews.com.tw/news/6009955"
add("TAIPEI (Taiwan News) — The Directorate-General of Budget, Accounting and Statistics said Tuesday that Taiwan’s consumer price index increased by 2.18% last year.",
    "2.18%", "unsupported", none("Taiwan has no CPI rows", "Taiwan"), "Taiwan's 2024 CPI: no row", U, None, "Taiwan", lang="en")
add("The agency added Taiwan's CPI rose 2.1% in December, surpassing South Korea's 1.9% and Singapore's 1.6%.",
    "1.9%", "needs_review", ev(INF, "Korea, Rep.", "2024", 2.32174328643542),
    "South Korea's December 2024 12-month rate vs the 2024 annual average 2.32", U, None, "South Korea", lang="en")

# --- Qatar (Gulf Times, July 2022; Arab News, May 2023)
U = "https://www.gulf-times.com/story/720584/qatars-cpi-inflation-soars-54-year-on-year-in-june"
add("Qatar's cost of living, based on consumer price (CPI) inflation, soared 5.45% on an annualised basis in June, even as it was broadly stable month-on-month, according to the official data.",
    "5.45%", "needs_review", ev(INF, "Qatar", "2022", 4.99527553740761),
    "June 2022 on June 2021 vs the 2022 annual average 5.00", U, None, "Qatar", lang="en")
U = "https://www.arabnews.com/node/2305096/business-economy"
t = "RIYADH: Qatar’s annual inflation rate rose in April, with the country’s Consumer Price Index reaching 105.52 points in what was a year-on-year increase of 3.68 percent, the latest data from the Planning and Statistics Authority showed."
add(t, "3.68 percent", "needs_review", ev(INF, "Qatar", "2023", 3.02764899198902),
    "April 2023 on April 2022 vs the 2023 annual average 3.03", U, None, "Qatar", lang="en")
add(t, "105.52 points", "unsupported", none("a CPI level on base 2018: the packages hold rates, not this index", "Qatar"),
    "no index-level rows for Qatar", U, None, "Qatar", lang="en")

# --- Malaysia (Malay Mail / Bernama, 2022-02-22)
U = "https://www.malaymail.com/news/money/2022/02/22/ringgit-opens-higher-against-us-dollar207/2043078"
add("“Amidst the unsettling market condition, dollar-ringgit could move within a narrow range of between RM4.17 and RM4.18 against the dollar today,” he told Bernama.",
    "between RM4.17 and RM4.18", "needs_review", ev(FX, "Malaysia", "2022", 4.3982),
    "one day's expected range vs the 2022 average 4.40 (February 2022 4.19)", U, "2022-02-22", "Malaysia",
    "KUALA LUMPUR, Feb 22 ― The ringgit opened higher against the US dollar today as foreign exchange market sentiments are expected to revolve around the Russia-Ukraine conflict as the signals are getting mixed, an economist said.",
    "an earlier paragraph", lang="en")

# --- Bangladesh (DSE Stocks, 2022-09-14)
U = "https://dsestocks.com/2022/09/14/bangladesh-bank-increased-interbank-us-dollar-rate-to-tk106-15/"
add("The interbank exchange rate for the US dollar has suddenly been changed by the Bangladesh Bank to Tk 106.15.",
    "Tk 106.15", "unsupported", none("no taka rows in the exchange-rate files", "Bangladesh"), "taka per dollar: no row", U, "2022-09-14", "Bangladesh", lang="en")

# --- India (CDKN fact sheet; WorldSnap, 2011 census)
U = "http://cdkn.org/resource/india-basic-country-fact-sheets-2/?loclang=en_gb"
t = "India accounts for 5.3% of the world’s annual emissions, at 1324.05 Mt CO2 in 2007, with emissions expected to increase sharply in the future."
add(t, "1324.05 Mt CO2", "contradicted", ev(CO2, "INDIA", "2007", 378119),
    "378,119 kt C × 3.664 = 1385.4 Mt CO2 in 2007; 1324.05 is 4.4 % below", U, None, "India", lang="en")
add(t, "5.3%", "unsupported", none("a share of a world total of fossil CO2, which is not a row", "India"),
    "no world-total row to divide by", U, None, "India", lang="en")
U = "https://news.worldsnap.com/india/indias-population-reached-1-21-billion-census-102103.html/amp"
add("Of the 1,210.2 million people in India there are 623.7 million males and 586.5 million females, the Census said.",
    "1,210.2 million", "unsupported", none("population rows are Kazakhstan's and Russia's only", "India"),
    "India's 2011 census count: no row", U, None, "India", lang="en")
add("Sikkim is the least populous of all states, with a population of just over 6 lakh, while Lakshwadeep had the least population among the Union Terrirtories with a population of 64,429.",
    "just over 6 lakh", "unsupported", none("a state's population: no rows below the national level (and none for India)", "India"),
    "Sikkim: no row", U, None, "India", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_f.jsonl")
    print(rows.summary())
