"""Writes benchmarks/devsets/explore/fresh_j.jsonl (labels by hand from ../shared/reference-sources):
Latin America in Spanish and Portuguese, Southeast Asia and the Pacific in English."""
import sys

from labelling import FX, FXM, INF, LabelledRows, ev, none

# 59 quantities were labelled; a rule blind to the labels cut them to 44 (see fresh_j.md): one claim a
# sentence (the first), two a page, five a country (in page order). Malaysia's 2021 '2.5 per cent' (the
# second claim of its sentence) is left out by hand: its text is also a Fiji claim's.
DROP = frozenset({"5,62%", "4.87%", "19.5089 unidades por un dólar", "20.5075 unidades", "5,93%", "5,79%", "10,06%",
                  "between 5.5% and 6.5%", "37.60", "8.1%", "4.35 percent", "5.5%", "7.7 per cent", "5.1 per cent"})
rows = LabelledRows("fresh_j", "xfreshj", DROP)
add = rows.add
NO_POP = "population: the packages hold Kazakhstan and the Russian Federation only"

# --- Brazil: the 2022 census (Valor, June 2023)
U = "https://valor.globo.com/opiniao/noticia/2023/06/29/populacao-cresce-mais-no-norte-e-centro-oeste-mostra-censo.ghtml"
FIRST = "O Censo Demográfico contou 203.062.512 brasileiros em 2022, em um dos processos mais longos e acidentados da história das estatísticas do IBGE - da falta de dinheiro à redução dos questionários até uma devastadora pandemia da covid-19."
add(FIRST, "203.062.512", "unsupported", none(NO_POP, "Brazil"),
    "Brazil's census count: no Brazil population rows", U, "2023-06", "Brazil", lang="pt")
add("A população cresceu 6,5% em relação aos 190,75 milhões de 2010, embora razoavelmente menos do que previram as mais recentes estimativas do IBGE, como a de 2021 (213,3 milhões).",
    "190,75 milhões", "unsupported", none(NO_POP, "Brazil"),
    "the 2010 census count: no Brazil population rows", U, "2023-06", "Brazil", FIRST, "previous sentence", lang="pt")

# --- Chile (Diario Financiero, January 2023; El Economista, September 2022)
U = "https://df.cl/economia-y-politica/macro/chile-cierra-2022-con-la-mayor-inflacion-desde-1991-tras-un-ipc-en"
LEAD = "El Índice de Precios al Consumidor (IPC) subió un 0,3% en diciembre, una variación que se ubicó dentro de las expectativas del mercado, con lo que Chile cerró 2022 con una inflación anual de 12,8%, la mayor desde 1991."
add(LEAD, "12,8%", "needs_review", ev(INF, "Chile", "2022", 11.643866711056),
    "'cerró 2022': December 2022 on December 2021 vs the 2022 annual average 11.64", U, None, "Chile", lang="es")
add("A nivel anual, la inflación alcanzó su peak en agosto pasaso cuando llegó a 14,1%.",
    "14,1%", "needs_review", ev(INF, "Chile", "2022", 11.643866711056),
    "August 2022 on August 2021 vs the 2022 annual average 11.64", U, None, "Chile", LEAD, "an earlier paragraph", lang="es")
U = "https://www.eleconomista.com.mx/economia/Inflacion-chilena-en-su-maximo-desde-1992-20220908-0133.html"
add("En lo que va del año, Chile acumula una inflación de 9.9 por ciento.",
    "9.9 por ciento", "needs_review", ev(INF, "Chile", "2022", 11.643866711056),
    "'en lo que va del año': January–August 2022 cumulative vs the 2022 annual average 11.64", U, "2022-09", "Chile", lang="es")

# --- Colombia (Radio Nacional, January 2023)
U = "https://radionacional.co/actualidad/economia/inflacion-en-colombia-2022-cierra-en-1312-dane"
t = "Según el Dane, en diciembre de 2022 la variación anual del IPC fue 13,12%, es decir, 7,50 puntos porcentuales mayor que la reportada en el mismo periodo del año anterior, cuando fue de 5,62%."
add(t, "7,50 puntos porcentuales", "needs_review", ev(INF, "Colombia", "2022", 10.1772313546166),
    "December-on-December rates' difference (13.12 − 5.62); the annual averages differ by 10.18 − 3.50 = 6.68 points", U, None, "Colombia", lang="es")
add(t, "5,62%", "needs_review", ev(INF, "Colombia", "2021", 3.49505757399448),
    "December 2021 on December 2020 vs the 2021 annual average 3.50", U, None, "Colombia", lang="es")
add("La capital de Norte de Santander tuvo una variación mensual de 16,34% anual y fue el dato más alto del país.",
    "16,34%", "unsupported", none("a city's CPI (Cúcuta) is not a series of the packages", "Colombia"),
    "a city's rate: no row (the national 10.18 must not judge it)", U, None, "Colombia",
    "Cúcuta es la ciudad en la que vivir se hizo más caro.", "previous sentence", lang="es")

# --- Mexico (vnoticias, 2023-01-09; Encuentro Radio TV, February 2023; El Poder, 2023-01-09)
U = "https://vnoticias.com.mx/2023/01/09/la-inflacion-no-cede-en-mexico-repunta-y-cierra-el-ano-en-7-82"
LEAD = "Ciudad de México; 09 de enero de 2023.-México cerró 2022 con una inflación general anual de 7.82 por ciento, su variación más alta para un cierre de año desde 2000 y después de dos meses consecutivos a la baja, de acuerdo con cifras del Instituto Nacional de Geografía y Estadística (Inegi)."
add(LEAD, "7.82 por ciento", "needs_review", ev(INF, "Mexico", "2022", 7.8962761916855),
    "'cerró 2022': December 2022 on December 2021 vs the 2022 annual average 7.90", U, "2023-01-09", "Mexico", lang="es")
t = "Si bien este dato se ubicó ligeramente por arriba del 7.80 por ciento registrado en noviembre previo, está por debajo de la media esperada por los analistas de 7.88 por ciento con base en la Encuesta Citibanamex de Expectativas."
add(t, "7.88 por ciento", "needs_review", ev(INF, "Mexico", "2022", 7.8962761916855),
    "analysts' expectation of December's 12-month rate, not the annual average 7.90 it happens to meet", U, "2023-01-09", "Mexico", LEAD, "previous sentence", lang="es")
U = "https://encuentroradiotv.com/?p=6961"
LEAD = "Durante la primera quincena de febrero de 2023, la inflación general anual en México se ubicó en 7.76 por ciento ligeramente menor a lo esperado por el mercado, informó el Instituto Nacional de Estadística y Geografía (Inegi)."
add("Por último el INEGI indicó que los precios al consumidor cerraron 2022 con una subida del 7.82 por ciento, por encima del 7.36 por ciento de 2021, que entonces fue el mayor nivel en los últimos 20 años.",
    "7.36 por ciento", "needs_review", ev(INF, "Mexico", "2021", 5.68920847683753),
    "'cerraron': December 2021 on December 2020 vs the 2021 annual average 5.69", U, None, "Mexico", LEAD, "an earlier paragraph", lang="es")
add("En cambio, la inflación de 2020 cerró en un 3.15 por ciento.",
    "3.15 por ciento", "needs_review", ev(INF, "Mexico", "2020", 3.39683415570006),
    "'cerró': December 2020 on December 2019 vs the 2020 annual average 3.40", U, None, "Mexico", LEAD, "an earlier paragraph", lang="es")
U = "https://elpoder.tv/?p=139093"
add("La inflación a los consumidores cerró en su mayor nivel para un diciembre desde el año 2000, cuando los precios se incrementaron a una tasa anual de 8.96 por ciento.",
    "8.96 por ciento", "needs_review", ev(INF, "Mexico", "2000", 9.49156149435403),
    "December 2000's 12-month rate vs the 2000 annual average 9.49", U, "2023-01-09", "Mexico",
    "México, 9 de enero de 2023.- La inflación cerró 2022 con un repunte al registrar un aumento mensual en diciembre de 0.38 por ciento y terminar el año en 7.82 por ciento, su mayor nivel en 20 años.",
    "previous sentence", lang="es")

# --- Mexico's peso (El Diario de Finanzas, January 2023)
U = "https://eldiariodefinanzas.com/sin-categoria/peso-registra-su-mejor-ano-desde-el-2012-en-paridad-frente-al-dolar/"
FIRST = "El peso mexicano registró su mejor desempeño en 10 años en su paridad frente al dólar, con un avance de 4.87% en 2022."
add(FIRST, "4.87%", "needs_review", ev(FX, "Mexico", "2022", 20.1208),
    "a year-end to year-end move (20.5075 → 19.5089); the annual averages moved 20.2844 → 20.1208 (0.8 %)", U, None, "Mexico", lang="es")
t = "Al finalizar el año, el peso cerró en un nivel de 19.5089 unidades por un dólar, frente al nivel de 20.5075 unidades registradas al terminar el 2021."
add(t, "19.5089 unidades por un dólar", "needs_review", ev(FXM, "Mexico", "2022-12", 19.6148),
    "the last close of 2022 vs December 2022's monthly average 19.61", U, None, "Mexico", FIRST, "an earlier paragraph", lang="es")
add(t, "20.5075 unidades", "needs_review", ev(FXM, "Mexico", "2021-12", 20.926),
    "the last close of 2021 vs December 2021's monthly average 20.93", U, None, "Mexico", FIRST, "an earlier paragraph", lang="es")

# --- Brazil's real and the IPCA (R7, December 2022; G1, May 2022; Fetamce and Radar DF, January 2023)
U = "https://noticias.r7.com/economia/dolar-tem-1-queda-anual-em-seis-anos-e-fecha-2022-cotado-a-r-528-29122022"
add("O dólar subiu 0,43% nesta quinta-feira (29) e fechou a última sessão de 2022 cotado a R$ 5,278.",
    "R$ 5,278", "needs_review", ev(FXM, "Brazil", "2022-12", 5.2454),
    "the last close of 2022 vs December 2022's monthly average 5.2454", U, None, "Brazil", lang="pt")
add("Na menor cotação de encerramento de 2022, atingida no início de abril, o dólar marcou R$ 4,6075, num tombo que foi desencadeado pelo intenso ciclo de aperto monetário do Banco Central.",
    "R$ 4,6075", "needs_review", ev(FXM, "Brazil", "2022-04", 4.7547),
    "a day's close in early April 2022 vs April's monthly average 4.7547", U, None, "Brazil", lang="pt")
U = "https://g1.globo.com/economia/noticia/2022/05/11/dolar.ghtml"
add("Na terça-feira, o dólar fechou em queda de 0,40%, a R$ 5,1340.",
    "R$ 5,1340", "needs_review", ev(FXM, "Brazil", "2022-05", 4.9615),
    "a day's close (10 May 2022) vs May 2022's monthly average 4.9615", U, "2022-05", "Brazil", lang="pt")
add("O Departamento do Trabalho dos EUA mostrou nesta quarta-feira que a inflação ficou em 8,3% em 12 meses até abril , apenas 0,2 pontos percentuais abaixo do maior patamar desde dezembro de 1981.",
    "8,3%", "needs_review", ev(INF, "United States", "2022", 8.00279982052121),
    "the US 12 months to April 2022 vs the 2022 annual average 8.00 (a Brazilian page on another country)", U, "2022-05", "United States", lang="pt")
U = "https://fetamce.org.br/campanha-salarial-ibge-divulga-inpc-e-ipca-acumulados-de-2022"
FIRST = "O Instituto Brasileiro de Geografia e Estatística (IBGE) divulgou nesta terça-feira (10/01) os percentuais acumulados de 2022 do Índice Nacional de Preços ao Consumidor (INPC) e do Índice Nacional de Preços ao Consumidor Amplo (IPCA)."
t = "O INPC fechou o ano passado em 5,93%, enquanto o IPCA acumulou alta de 5,79% nos últimos 12 meses."
add(t, "5,93%", "unsupported", none("the INPC (households earning one to five minimum wages) is not a series of the packages", "Brazil"),
    "INPC: another index (the headline 9.28 must not judge it)", U, None, "Brazil", FIRST, "previous sentence", lang="pt")
add(t, "5,79%", "needs_review", ev(INF, "Brazil", "2022", 9.28010608956873),
    "IPCA accumulated over 2022 (December on December) vs the 2022 annual average 9.28", U, None, "Brazil", FIRST, "previous sentence", lang="pt")
U = "https://radardf.com.br/economia/ipca-fica-em-062-em-dezembro-e-fecha-2022-com-alta-de-579-aponta-ibge"
add("No entanto, ficou abaixo do registrado em 2021, quando ficou em 10,06%.",
    "10,06%", "needs_review", ev(INF, "Brazil", "2021", 8.30165975585673),
    "the IPCA accumulated over 2021 (December on December) vs the 2021 annual average 8.30; the place only through 'IBGE'", U, None, "Brazil",
    "Os números superam a meta definida pelo governo, de acordo com o balanço divulgado nesta terça-feira (10) pelo Instituto Brasileiro de Geografia e Estatística (IBGE).",
    "an earlier paragraph", lang="pt")

# --- Peru (La Cámara, May 2022)
U = "https://lacamara.pe/precios-al-consumidor-de-lima-metropolitana-subieron-038-en-mayo-de-2022/?print=print"
t = "El Instituto Nacional de Estadística e Informática (INEI) informó que, en el mes de mayo del presente año, el Índice de Precios al Consumidor de Lima Metropolitana aumentó 0,38%, con una variación acumulada al quinto mes del año de 3,21% y la de los últimos doce meses (junio 2021 – mayo 2022) llegó a 8,09%."
add(t, "8,09%", "needs_review", ev(INF, "Peru", "2022", 8.33370630096231),
    "Lima's 12 months to May 2022 vs Peru's 2022 annual average 8.33", U, None, "Peru", lang="es")
add("Según el INEI, a nivel nacional los precios al por mayor en el último mes aumentaron en 1,69%, observando de enero a mayo una tasa acumulada de 5,04% y en el período comprendido entre junio del 2021 y mayo del 2022, una variación de 13,72%.",
    "13,72%", "unsupported", none("wholesale prices are not a series of the packages", "Peru"),
    "wholesale prices: no row (consumer prices must not judge it)", U, None, "Peru", t, "an earlier paragraph", lang="es")

# --- Argentina's peso (Diario de Cuyo, February 2022)
U = "https://www.diariodecuyo.com.ar/economia/El-dolar-oficial-acumulo-un-incremento-de-224-en-febrero-20220225-0044.html"
add("La cotización del dólar oficial cerró hoy a un promedio de $ 112,95, con una suba de siete centavos respecto al cierre de ayer, con lo que a lo largo de febrero acumuló un incremento de $2,24, equivalente a un aumento de 2,02%.",
    "$ 112,95", "needs_review", none("no Argentine peso rows in the exchange-rate files; the text names no place", "Argentina"),
    "relabelled after the first run (was unsupported): the text names no place (only the paper's site tells it is "
    "Argentina's peso), and a claim with no place named is needs_review (verdicts.md)", U, "2022-02", "Argentina", lang="es")

# --- Thailand (Kaohoon, December 2022; NNN-TNA, January 2023; VNA, February 2023 and October 2022)
U = "https://kaohooninternational.com/economics/519668"
LEAD = "Headline inflation in Thailand decreased for a third consecutive month, reaching 5.55% in November 2022 from 5.98% in the previous month and compared with market forecasts of 5.8-5.9%."
add("The annual inflation rate for the first eleven months of 2022 (January to November) increased marginally to 6.10%.",
    "6.10%", "needs_review", ev(INF, "Thailand", "2022", 6.07741228434321),
    "January–November 2022 average vs the 2022 annual average 6.08 (a year-to-date average, though it agrees)", U, None, "Thailand", LEAD, "an earlier paragraph", lang="en")
t = "Thailand’s headline CPI is expected to expand between 5.5% and 6.5% in 2022, up from 1.23% in 2021."
add(t, "1.23%", "supported", ev(INF, "Thailand", "2021", 1.23039541318384),
    "Thailand CPI 2021 = 1.230, within 1.225..1.235 ∓0.5 %", U, None, "Thailand", lang="en")
add(t, "between 5.5% and 6.5%", "needs_review", ev(INF, "Thailand", "2022", 6.07741228434321),
    "a forecast for 2022 made in its last month; the outcome 6.08 is for a person", U, None, "Thailand", lang="en")
U = "http://namnewsnetwork.org/?p=205725"
LEAD = "BANGKOK, Jan 6 (NNN-TNA) – Thailand’s consumer inflation growth rose in Dec, driven by higher energy and food prices, data showed, yesterday."
add("The country’s consumer price index (CPI), a key indicator of inflation, rose 5.89 percent, year on year in Dec, accelerating from a seven-month low of 5.55 percent in the previous month, according to the Ministry of Commerce.",
    "5.89 percent", "needs_review", ev(INF, "Thailand", "2022", 6.07741228434321),
    "December 2022 on December 2021 vs the 2022 annual average 6.08 (the page shows no year)", U, None, "Thailand", LEAD, "previous sentence", lang="en")
add("For the annual average, the headline CPI increased by 6.08 percent, while the core CPI rose by 2.51 percent.",
    "2.51 percent", "unsupported", none("core CPI is not a series of the packages", "Thailand"),
    "core: no row (the headline 6.08 must not judge it)", U, None, "Thailand", LEAD, "an earlier paragraph", lang="en")
U = "https://en.vietnamplus.vn/thailand-expects-this-years-inflation-down/247935.vnp"
add("In 2022, headline inflation hit a 24-year high of 6.08%, with the core rate at 2.51%./.",
    "6.08%", "supported", ev(INF, "Thailand", "2022", 6.07741228434321),
    "Thailand CPI 2022 = 6.077, within 6.075..6.085 ∓0.5 %", U, "2023-02", "Thailand",
    "The Thai Government predicts inflation to decline further this year, as the headline inflation in January cooled to its lowest rate in nine months.",
    "an earlier paragraph", lang="en")
U = "https://en.vietnamplus.vn/thai-baht-falls-to-26year-low/239819.vnp"
add("Thailand’s baht opened at 37.60 to the US’s dollar on October 10, hitting a 26-year low.",
    "37.60", "needs_review", ev(FXM, "Thailand", "2022-10", 37.912),
    "a day's opening rate vs October 2022's monthly average 37.91", U, "2022-10-10", "Thailand", lang="en")

# --- Philippines (VNA, January 2023; Manila Bulletin, 2022-10-03; Gulf News, June 2022)
U = "https://en.vietnamplus.vn/philippine-inflation-towers-to-87-in-january/247951.vnp"
t = "Hanoi (VNA) - The Philippines' headline inflation rose to 8.7% in January 2023, higher than 8.1% in December 2022 and the highest since November 2008, according to the Philippine Statistics Authority (PSA)."
add(t, "8.7%", "needs_review", ev(INF, "Philippines", "2023", 5.97802515541409),
    "January 2023 on January 2022 vs the 2023 annual average 5.98", U, None, "Philippines", lang="en")
add(t, "8.1%", "needs_review", ev(INF, "Philippines", "2022", 5.82115811213955),
    "December 2022 on December 2021 vs the 2022 annual average 5.82", U, None, "Philippines", lang="en")
U = "http://www.mb.com.ph/articles/219494/explain-mishap-aboitiz-told"
add("The peso has now slipped by P8.001, or 15.68 percent, from the P50.999 finish at the last trading day of 2021, making it one of the worst performing emerging market currencies.",
    "P50.999", "unsupported", none("no Philippine peso rows in the exchange-rate files", "Philippines"),
    "pesos per dollar: no Philippines rows", U, "2022-10-03", "Philippines", lang="en")
add("As of August, inflation averaged at 4.9 percent, well above the government’s goal of 2.0 percent to 4.0 percent.",
    "4.9 percent", "needs_review", ev(INF, "Philippines", "2022", 5.82115811213955),
    "January–August 2022 average vs the 2022 annual average 5.82", U, "2022-10-03", "Philippines",
    "The Bangko Sentral ng Pilipinas estimated that inflation last month likely ranged around 6.6 percent to 7.4 percent.",
    "previous sentence", lang="en")
U = "https://gulfnews.com/business/markets/philippine-peso-touches-php55-v-us-dollar-mark-sliding-too-fast-1.1656403210528"
add("The peso has averaged 53.437 this month so far, from 48.125 average recorded in the same month last year.",
    "48.125", "unsupported", none("no Philippine peso rows in the exchange-rate files", "Philippines"),
    "June 2021's average pesos per dollar: no Philippines rows", U, None, "Philippines",
    "Manila: The Philippine peso hit the Php55 vs $1 level on Tuesday, (June 28) breaching Php55.15 at its intra-day weakest against the US dollar on Monday, despite two policy rate hikes by the central bank to sweep extra cash and curb inflation.",
    "an earlier paragraph", lang="en")

# --- Indonesia (VOI, September 2022; Medcom, 2022-07-01; Isipedia; Kakiforex, January 2023)
U = "https://voi.id/en/economy/213407"
add("In the opening this morning, the rupiah weakened 18 points or 0.12 percent to Rp. 15,148 per US dollar from the previous Rp. 15,130 per US dollar at yesterday's close.",
    "Rp. 15,148 per US dollar", "unsupported", none("no rupiah rows in the exchange-rate files", "Indonesia"),
    "rupiah per dollar: no Indonesia rows", U, None, "Indonesia", lang="en")
U = "https://www.medcom.id/english/business/0kpvYdnN-indonesia-s-annual-inflation-rate-rises-to-4-35-in-june-2022-highest-since-2017"
t = "based on data gathered by BPS, Indonesia's calendar-year inflation reached 3.19 percent last month, while the country's year-on-year inflation reached 4.35 percent in the same period."
add(t, "3.19 percent", "needs_review", ev(INF, "Indonesia", "2022", 4.20946383402165),
    "'calendar-year': December 2021 to June 2022 vs the 2022 annual average 4.21", U, "2022-07-01", "Indonesia", lang="en")
add(t, "4.35 percent", "needs_review", ev(INF, "Indonesia", "2022", 4.20946383402165),
    "June 2022 on June 2021 vs the 2022 annual average 4.21", U, "2022-07-01", "Indonesia", lang="en")
add("According to him, Indonesia's annual inflation reached 4.37 percent in June 2017.",
    "4.37 percent", "needs_review", ev(INF, "Indonesia", "2017", 3.80879806953157),
    "June 2017 on June 2016 vs the 2017 annual average 3.81", U, "2022-07-01", "Indonesia", lang="en")
U = "https://www.isipedia.org/report/the-paris-agreement-and-ndcs-are-the-national-mitigation-targets-sufficient-to-stay-below-the-1-5-2-c-limit/idn/"
add("With greenhouse gas emissions of approximately the equivalent of 888.7 mega tonnes of CO2 (Mt CO2eq), Indonesia contributed 1.86% to the global greenhouse gas emissions of 2017 (rank 10 - incl. EU27 on rank 3).",
    "888.7 mega tonnes", "unsupported", none("all greenhouse gases in CO2-equivalent: another quantity than fossil CO2", "Indonesia"),
    "another quantity (fossil CO2 2017 = 142,527 kt C × 3.664 = 522 Mt must not judge it)", U, None, "Indonesia", lang="en")
U = "http://www.kakiforex.com/2023/01/malaysias-inflation-rate-calms-back.html"
LEAD = "Focusing on local investors today, Malaysia's consumer price index (CPI) data for December 2022 recorded a 3.8% decline from the previous month's 4% record."
t = "Meanwhile, in comparison, Malaysia recorded a lower inflation rate than some countries such as the Euro Zone (9.2%), the Philippines (8.1%), the United States (6.5%), Thailand (5.9%), Indonesia (5.5%) and Republic of Korea (5.0%)."
add(t, "9.2%", "unsupported", none("euro-area inflation is Eurostat's HICP, not a series of the packages", "Euro area"),
    "HICP: another series", U, None, "Euro area", LEAD, "an earlier paragraph", lang="en")
add(t, "5.5%", "needs_review", ev(INF, "Indonesia", "2022", 4.20946383402165),
    "Indonesia's December 2022 12-month rate (from the paragraph before) vs the 2022 annual average 4.21", U, None, "Indonesia", LEAD, "an earlier paragraph", lang="en")

# --- Malaysia (Astro Awani and Malay Mail, 2022–2023)
U = "https://international.astroawani.com/malaysia-news/malaysia-s-inflation-rises-3-3-pct-2022-dosm-419949"
t = "KUALA LUMPUR: Malaysia's inflation in 2022 rose to 3.3 per cent versus 2.5 per cent in 2021, with the index points standing at 127.2 last year versus 123.1 in 2021, said the Department of Statistics Malaysia (DoSM)."
add(t, "3.3 per cent", "contradicted", ev(INF, "Malaysia", "2022", 3.37869862549928),
    "Malaysia CPI 2022 = 3.379 (DoSM's own index gives 3.33): outside 3.25..3.35 ∓0.5 %", U, None, "Malaysia", lang="en")
U = "https://www.malaymail.com/news/money/2022/07/22/stats-dept-malaysias-inflation-up-34pc-in-june-2022/18817"
add("Inflation expanded by 2.8 per cent y-o-y to 126.6 in the second quarter of 2022, and increased 2.5 per cent y-o-y in the first six months of 2022.",
    "2.8 per cent", "needs_review", ev(INF, "Malaysia", "2022", 3.37869862549928),
    "the second quarter of 2022 on a year earlier vs the 2022 annual average 3.38", U, None, "Malaysia",
    "KUALA LUMPUR, July 22 — Malaysia’s Consumer Price Index (CPI) increased by 3.4 per cent year-on-year (y-o-y) to 127.4 in June 2022 from 123.2 in June 2021, surpassing the average inflation in Malaysia for the January 2011-June 2022 period by 1.9 per cent.",
    "an earlier paragraph", lang="en")

# --- Fiji (The Fiji Times, 2017-03-31 and 2018-01-01)
U = "https://fhta.com.fj/inflation-eases/"
LEAD = "FIJI’s inflation rate eased to 5.5 per cent in February after it peaked to a high 6.8 per cent earlier in January, the central bank has reported."
add(LEAD, "5.5 per cent", "needs_review", ev(INF, "Fiji", "2017", 3.3475783475784),
    "February 2017 on February 2016 vs the 2017 annual average 3.35", U, "2017-03-31", "Fiji", lang="en")
add("As a result of this, the central bank has now forecasted year end inflation to be about 3.0 per cent.",
    "about 3.0 per cent", "needs_review", ev(INF, "Fiji", "2017", 3.3475783475784),
    "a year-end (December on December) forecast for 2017 made in March 2017; the 2017 annual average 3.35 is for a person", U, "2017-03-31", "Fiji",
    LEAD, "an earlier paragraph", lang="en")
add("The last time Fiji had a high level of inflation was in October 2011 when it was recorded at 7.7 per cent.",
    "7.7 per cent", "needs_review", ev(INF, "Fiji", "2011", 7.27811782708494),
    "October 2011 on October 2010 vs the 2011 annual average 7.28", U, "2017-03-31", "Fiji", lang="en")
U = "http://www.fijitimes.com/story.aspx?id=429259"
LEAD = "FIJI's annual inflation anchored at 2.6 per cent in November, same as earlier in October, the Reserve Bank of Fiji stated in its December 2017 Economic Review."
add("The country's inflation rate averaged 3.93 per cent from 2003 until 2017, reaching an the highest of 10.50 per cent in April of 2010 and a record low of -0.30 per cent in April of 2009.",
    "10.50 per cent", "needs_review", ev(INF, "Fiji", "2010", 3.68901229670766),
    "April 2010 on April 2009 vs the 2010 annual average 3.69", U, "2018-01-01", "Fiji", LEAD, "an earlier paragraph", lang="en")
add("The 2017 year-end forecast for inflation is 2.5 per cent.",
    "2.5 per cent", "needs_review", ev(INF, "Fiji", "2017", 3.3475783475784),
    "a year-end (December on December) forecast vs the 2017 annual average 3.35", U, "2018-01-01", "Fiji", LEAD, "an earlier paragraph", lang="en")

# --- New Zealand (Voxy, 2022-10-18; London Channel News, 2024-01-24)
U = "http://www.voxy.co.nz/business/5/408550"
add("The consumers price index increased 7.2 percent annually in the September 2022 quarter, Stats NZ said today.",
    "7.2 percent", "needs_review", ev(INF, "New Zealand", "2022", 7.17222476016441),
    "the September 2022 quarter on a year earlier vs the 2022 annual average 7.17 (a quarter's rate, though it agrees); the place only through 'Stats NZ'",
    U, "2022-10-18", "New Zealand", lang="en")
U = "https://londonchannelnews.com/news/new-zealand-records-smallest-annual-inflation-in-2-years202401240909030013"
add("New Zealand's consumers price index (CPI) increased 4.7 percent in the 12 months ending December 2023, following a 5.6-percent increase in the 12 months to the September 2023 quarter, Stats NZ said.",
    "4.7 percent", "needs_review", ev(INF, "New Zealand", "2023", 5.73316283034957),
    "the December 2023 quarter on a year earlier vs the 2023 annual average 5.73", U, "2024-01-24", "New Zealand", lang="en")

# --- Papua New Guinea (PNG Resources Online, 2022; PNG Business News, 2021-08-30)
U = "https://pngresourcesonline.com/bpng-says-the-country-is-feeling-the-effect-of-global-inflation/"
add("“The annual inflation outcome in the December quarter of 2021 was 5.7 percent as released by the National Statistical Office following an increase of 4.3 percent in the September quarter.”",
    "5.7 percent", "needs_review", ev(INF, "Papua New Guinea", "2021", 4.48359014042398),
    "the December quarter 2021 on a year earlier vs the 2021 annual average 4.48", U, None, "Papua New Guinea",
    "In a recent report by the Acting Governor of the Bank of Papua New Guinea (BPNG), Benny Popoitai, PNG is experiencing domestic inflation and increased import costs due to global price rises.",
    "an earlier paragraph", lang="en")
U = "https://www.pngbusinessnews.com/articles/2021/8/bpng-headline-inflation-to-be-about-4"
LEAD = "The Bank of PNG (BPNG) expects headline inflation to be about 4% this year, down from 5.1 per cent in December of last year."
add(LEAD, "about 4%", "needs_review", ev(INF, "Papua New Guinea", "2021", 4.48359014042398),
    "a forecast for 2021 made in August 2021; the outcome 4.48 is for a person", U, "2021-08-30", "Papua New Guinea", lang="en")
t = "Inflation in Papua New Guinea climbed from 2.9 per cent in 2019 to 5.1 per cent in December 2020, according to BPNG governor Loi Bakani."
add(t, "2.9 per cent", "needs_review", ev(INF, "Papua New Guinea", "2019", 3.92867290939597),
    "set against 'December 2020' the 2019 figure reads as a year-end rate; the 2019 annual average 3.93 is for a person", U, "2021-08-30", "Papua New Guinea",
    LEAD, "an earlier paragraph", lang="en")
add(t, "5.1 per cent", "needs_review", ev(INF, "Papua New Guinea", "2020", 4.87167398565555),
    "December 2020's 12-month rate vs the 2020 annual average 4.87", U, "2021-08-30", "Papua New Guinea", LEAD, "an earlier paragraph", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_j.jsonl")
    print(rows.summary())
