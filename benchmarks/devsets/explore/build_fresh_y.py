"""Writes benchmarks/devsets/explore/fresh_y.jsonl (labels by hand from ../shared/reference-sources):
central banks' and statistical offices' own voices — releases of Destatis, INSEE, Istat, the ONS, Spain's INE and
Rosstat (through wires, press portals, papers and mirrors), monetary-policy statements and minutes of the Banco
Central do Brasil, the Bank of Korea, the Reserve Bank of India, the Banco de México, Bank Indonesia, the Bank of
Thailand and the Bank of Russia, and the business news that quotes them — in German, French, Italian, English,
Portuguese, Spanish, Indonesian, Russian and Arabic."""
import sys

from labelling import FXM, GDP, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_y", "xfreshy")
add = rows.add
POLICY_RATE = "a central bank's policy rate is not a series of the packages"
HICP = "the HICP (harmonised index) is not a series of the packages (verdicts.md: a rate named as the HICP is unsupported)"
CORE = "core inflation is not a series of the packages"
REAL_GROWTH = "real GDP growth is not a series of the packages (GDP is in current US$, KAZ and RUS only)"
NO_RUB = "the exchange-rate package holds no rouble rows"

# --- Statistical offices' releases: Destatis (Germany)
U = "https://www.finanznachrichten.de/nachrichten-2020-01/48618301-verbraucherpreise-2019-1-4-gegenueber-dem-vorjahr-inflationsrate-zieht-zum-jahresende-2019-an-007.htm"
a = "Die Verbraucherpreise in Deutschland erhöhten sich im Jahresdurchschnitt 2019 um 1,4 % gegenüber 2018."
b = "Wie das Statistische Bundesamt (Destatis) weiter mitteilt, lag die Jahresteuerungsrate 2019 damit niedriger als im Vorjahr (2018: +1,8 %)."
add(a, "1,4 %", "supported", ev(INF, "Germany", "2019", 1.44565976888253),
    "the 2019 annual average: 1.446 inside 1.4's band [1.343, 1.457]", U, "2020-01", "Germany", lang="de")
add(b, "+1,8 %", "contradicted", ev(INF, "Germany", "2018", 1.73216879766942),
    "'im Vorjahr (2018: …)' is the 2018 annual average: 1.732 below 1.8's band floor 1.741 (Destatis' own 1.8 vs the"
    " World Bank's 1.73, as v-rows of Destatis 2022)", U, "2020-01", "Germany", a, "previous sentence", lang="de")
add("Im Dezember 2019 war die Inflationsrate - gemessen am Verbraucherpreisindex - höher als in den Vormonaten und erreichte einen Wert von +1,5 %.",
    "+1,5 %", "needs_review", ev(INF, "Germany", "2019", 1.44565976888253),
    "December 2019's 12-month rate vs the 2019 annual average 1.45 (it would fit: supported would pass the month silently)",
    U, "2020-01", "Germany", b, "previous sentence", lang="de")
U = "https://presseportal.de/pm/32102/2173211"
add("Der Verbraucherpreisindex in Deutschland wird sich im Jahresdurchschnitt 2011 gegenüber 2010 voraussichtlich um 2,3 % erhöhen.",
    "2,3 %", "needs_review", ev(INF, "Germany", "2011", 2.07517283735874),
    "a preliminary estimate of the 2011 average before December's prices were in ('wird sich … voraussichtlich');"
    " the row 2.08 would contradict it", U, None, "Germany", lang="de")
add("Der für europäische Zwecke berechnete Harmonisierte Verbraucherpreisindex für Deutschland wird im Jahr 2011 gegenüber 2010 voraussichtlich um 2,5 % steigen.",
    "2,5 %", "unsupported", none(HICP, "Germany"), "another series (the HICP)", U, None, "Germany", lang="de")
U = "https://presseportal.de/pm/32102/1537226"
a = "Wie das Statistische Bundesamt (Destatis) mitteilt, wird sich der Verbraucherpreisindex in Deutschland im Jahresdurchschnitt 2009 gegenüber 2008 voraussichtlich um 0,4% erhöhen."
b = "Eine ähnlich niedrige Jahresteuerungsrate wurde zuletzt für 1999 mit + 0,6% ermittelt."
add(a, "0,4%", "needs_review", ev(INF, "Germany", "2009", 0.312739007368447),
    "an estimate of 2009 released on 29 December 2009 (embargo line), the year not complete; the row 0.31 would contradict it",
    U, "2009-12-29", "Germany", lang="de")
add(b, "+ 0,6%", "supported", ev(INF, "Germany", "1999", 0.585433064230783),
    "1999: 0.585 inside 0.6's band [0.547, 0.653] (Germany from the previous sentence)", U, "2009-12-29", "Germany",
    a, "previous sentence", lang="de")
add("Im Jahr 2008 war die Inflationsrate im Jahresdurchschnitt mit + 2,6% relativ hoch gewesen.",
    "+ 2,6%", "supported", ev(INF, "Germany", "2008", 2.62837981637219),
    "2008: 2.628 inside 2.6's band [2.537, 2.663] (Germany from two sentences before)", U, "2009-12-29", "Germany",
    a + " " + b, "the two sentences before", lang="de")

# --- INSEE (France), Istat (Italy), the ONS (United Kingdom), INE (Spain)
U = "https://www.cercledesepargnants.com/2013/01/18/linflation-moyenne-en-2012-a-ete-de-20/"
t = "En moyenne annuelle, les prix ont augmenté de 2,0 % en 2012 après +2,1 % en 2011."
c = "L’INSEE vient de publier les résultats de l’inflation moyenne. Cet indicateur ne doit pas être confondu avec l’indice des prix à la consommation."
add(t, "2,0 %", "supported", ev(INF, "France", "2012", 1.9541953161351),
    "2012: 1.954 inside 2.0's band [1.940, 2.060] (the place is INSEE's, two sentences before)", U, "2013-01-18", "France",
    c, "the two sentences before", lang="fr")
add(t, "+2,1 %", "supported", ev(INF, "France", "2011", 2.11159795174994),
    "2011: 2.112 inside 2.1's band [2.040, 2.161]", U, "2013-01-18", "France", c, "the two sentences before", lang="fr")
U = "https://it.readkong.com/page/istat-prezzi-al-consumo-dicembre-2021-agricolae-2281960"
c = "Istat, prezzi al consumo dicembre 2021"
t = "In media, nel 2021 i prezzi al consumo registrano una crescita pari a +1,9% (-0,2% nel 2020)."
add(t, "+1,9%", "supported", ev(INF, "Italy", "2021", 1.87378325762481),
    "2021: 1.874 inside 1.9's band [1.841, 1.960] (the place is Istat's, in the page's title)", U, None, "Italy",
    c, "the page's title", lang="it")
add(t, "-0,2%", "contradicted", ev(INF, "Italy", "2020", -0.13770757391651),
    "2020: −0.138 outside −0.2's band [−0.251, −0.149] (Istat's NIC −0.2 vs the World Bank's −0.14)", U, None, "Italy",
    c, "the page's title", lang="it")
add("Secondo le stime preliminari, nel mese di dicembre 2021 l’indice nazionale dei prezzi al consumo per l’intera collettività (NIC), al lordo dei tabacchi, registra un aumento dello 0,4% su base mensile e del 3,9% su base annua (da +3,7% del mese precedente).",
    "3,9%", "needs_review", ev(INF, "Italy", "2021", 1.87378325762481),
    "December 2021's 12-month rate vs the 2021 annual average 1.87 (a release's lines joined)", U, None, "Italy",
    c, "the page's title", lang="it")
U = "https://cy.ons.gov.uk/economy/inflationandpriceindices/bulletins/consumerpriceinflation/december2022"
t = "The Consumer Prices Index (CPI) rose by 10.5% in the 12 months to December 2022, down from 10.7% in November."
add(t, "10.5%", "needs_review", ev(INF, "United Kingdom", "2022", 7.92204883147902),
    "December 2022's 12-month rate vs the 2022 annual average 7.92; the sentence names no place (the ONS's own bulletin)",
    U, "2023-01-18", "United Kingdom", lang="en")
add(t, "10.7%", "needs_review", ev(INF, "United Kingdom", "2022", 7.92204883147902),
    "November 2022's 12-month rate vs the 2022 annual average 7.92", U, "2023-01-18", "United Kingdom", lang="en")
U = "https://vozpopuli.com/economia/ipc-confirma-inflacion-diciembre-2024-precio-carburantes-ocio.html"
a = "España acabó el último mes con una inflación del 2,8%, que es también la media del conjunto del año."
add(a, "2,8%", "supported", ev(INF, "Spain", "2024", 2.77417826534772),
    "'la media del conjunto del año' 2024: 2.774 inside 2.8's band [2.736, 2.864] (December's rate is the same figure)",
    U, "2025-01-15", "Spain", lang="es")
add("La media del conjunto del año (que queda fijada en el 2,8%) es ocho décimas inferior a la de 2023 (3,5%), pero aún superior a la referencia del 2% que marca el Banco Central Europeo (BCE).",
    "3,5%", "supported", ev(INF, "Spain", "2023", 3.53236133492433),
    "2023's average: 3.532 inside 3.5's band [3.433, 3.568] (Spain from the previous sentence)", U, "2025-01-15", "Spain",
    a, "previous sentence", lang="es")
U = "https://elpais.com/economia/2013/01/28/agencias/1359374994_421422.html"
c = "ESPAÑA INFLACIÓN"
add("La tasa media del Índice de Precios de Consumo (IPC) se situó en el 2,4 % en 2012, de acuerdo con los datos difundidos hoy por el Instituto Nacional de Estadística (INE) que por primera vez ha publicado la variación media del año.",
    "2,4 %", "supported", ev(INF, "Spain", "2012", 2.44612782366809),
    "2012's average: 2.446 inside 2.4's band [2.338, 2.462] (Spain from the wire's slug line above; INE alone is several"
    " countries' office)", U, "2013-01-28", "Spain", c, "the wire's slug line", lang="es")
add("Esta tasa es cinco décimas inferior a la registrada al cierre del año, ya que en diciembre la inflación interanual se situó en el 2,9 %.",
    "2,9 %", "needs_review", ev(INF, "Spain", "2012", 2.44612782366809),
    "December 2012's 12-month rate vs the 2012 annual average 2.45", U, "2013-01-28", "Spain", c, "the wire's slug line", lang="es")
add("La inflación subyacente -sin alimentos frescos ni productos energéticos-, registró una tasa media del año del 1,6 %, un dato que en los últimos cinco años se ha mantenido por debajo de la inflación general, a excepción del año 2009.",
    "1,6 %", "unsupported", none(CORE, "Spain"), "another series (core inflation)", U, "2013-01-28", "Spain",
    c, "the wire's slug line", lang="es")

# --- Central banks' statements and minutes, and the business news quoting them
U = "https://www.jornaldocomercio.com/_conteudo/economia/2018/10/655215-copom-mantem-taxa-selic-em-6-5-ao-ano.html"
add("Os membros do Comitê de Política Monetária (Copom) do Banco Central (BC) decidiram, por unanimidade, manter a taxa básica de juros Selic em 6,50% ao ano.",
    "6,50% ao ano", "unsupported", none(POLICY_RATE, "Brazil"), "another series (the Selic policy rate)", U, "2018-10-31",
    "Brazil", lang="pt")
add("No cenário de mercado - que utiliza expectativas para câmbio e juros do mercado financeiro, compiladas no relatório Focus -, o BC alterou a projeção para o IPCA em 2018 de 4,1% para 4,4%.",
    "4,4%", "needs_review", ev(INF, "Brazil", "2018", 3.66485028376729),
    "the central bank's projection for 2018 made on 31 October 2018 (year not complete) vs the outturn 3.66", U,
    "2018-10-31", "Brazil", lang="pt")
add("Já a projeção de inflação para 2020 neste cenário passou de 3,6% para 4,1%.",
    "4,1%", "needs_review", ev(INF, "Brazil", "2020", 3.21176803803376),
    "a projection for 2020 made in October 2018 vs the outturn 3.21", U, "2018-10-31", "Brazil", lang="pt")
U = "https://m-en.yna.co.kr/view/AEN20221012003800320"
t = "Consumer price inflation will be generally consistent with the August forecast of 5.2 percent in 2022 and 3.7 percent in 2023, but upside risks are judged to be high due to the rising Korean won to U.S. dollar exchange rate and production cuts by major oil-producing countries, despite downward pressures from the economic slowdown."
add(t, "5.2 percent", "needs_review", ev(INF, "Korea, Rep.", "2022", 5.08951365062842),
    "the Bank of Korea's forecast for 2022 made in October 2022 (year not complete) vs the outturn 5.09, which would contradict it", U, "2022-10-12",
    "South Korea", lang="en")
add(t, "3.7 percent", "needs_review", ev(INF, "Korea, Rep.", "2023", 3.5974562502901),
    "a forecast for 2023 made in October 2022 vs the outturn 3.60 (just below 3.7's band floor 3.632)", U, "2022-10-12", "South Korea", lang="en")
U = "https://amwalalghad.net/indias-c-bank-keeps-repo-rate-at-6-50"
a = "The Reserve Bank of India kept the policy repo rate unchanged at 6.50 per cent, as widely expected, amid a backdrop of easing domestic inflation and economic resilience, a statement by the Monetary Policy Committee (MPC) said on Thursday."
b = "The MPC said it would carefully monitor any signs of generalisation of food price pressures which can fritter away the gains in easing of core inflation."
t = "Headline inflation moderated to an average of 5.5 per cent during April-December 2023 from 6.7 per cent during 2022-23."
add(a, "6.50 per cent", "unsupported", none(POLICY_RATE, "India"), "another series (the repo rate)", U, "2024-02-08",
    "India", lang="en")
add(t, "5.5 per cent", "needs_review", ev(INF, "India", "2023", 5.64914318907925),
    "an April–December 2023 average vs the 2023 calendar row 5.65", U, "2024-02-08", "India", a + " " + b,
    "the two sentences before", lang="en")
add(t, "6.7 per cent", "needs_review", ev(INF, "India", "2022", 6.69903414079852),
    "the fiscal year 2022-23 (April 2022–March 2023) vs the calendar 2022 row 6.70, which happens to fit: supported would"
    " pass the fiscal year silently", U, "2024-02-08", "India", a + " " + b, "the two sentences before", lang="en")
U = "https://24-horas.mx/2014/12/05/banxico-alerta-riesgos-por-depreciacion-del-peso-mantiene-en-3-tasas-de-interes/amp"
add("El peso mexicano se ha desplomado un 5.7 por ciento desde mediados de noviembre hasta la fecha, golpeado por la expectativa de una pronta alza de tasas de interés en Estados Unidos y más recientemente por una caída del precio internacional del petróleo.",
    "5.7 por ciento", "needs_review", ev(FXM, "Mexico", "2014-11", 13.6148),
    "a fall of daily rates from mid-November to 5 December 2014; no row holds it (monthly means November 13.61, December"
    " 14.52 for the whole month)", U, "2014-12-05", "Mexico", lang="es")
add("En tanto, la inflación de México se ubicó en un 4.16 por ciento anual hasta la primera quincena de noviembre, por arriba de la meta del instituto emisor, del 3.0 por ciento +/- un punto porcentual.",
    "4.16 por ciento", "needs_review", ev(INF, "Mexico", "2014", 4.01861608078679),
    "the 12-month rate to the first half of November 2014 vs the 2014 annual average 4.02", U, "2014-12-05", "Mexico", lang="es")
add("Por otra parte, la Junta de Gobierno del Banco de México (Banxico) decidió mantener en 3.0% el objetivo para la Tasa de Interés Interbancaria a un día, de acuerdo con su anuncio de política monetaria publicado esta mañana.",
    "3.0%", "unsupported", none(POLICY_RATE, "Mexico"), "another series (the overnight rate target)", U, "2014-12-05",
    "Mexico", lang="es")
U = "https://expansion.mx/economia/2021/02/11/banxico-acuerda-por-unanimidad-recortar-su-tasa-de-interes"
a = "La economía mexicana sufrió en 2020 una contracción de un 8.5%, la más pronunciada desde 1932 ante el impacto de la pandemia del coronavirus, según datos preliminares revelados por el Instituto Nacional de Estadística y Geografía (Inegi)."
add(a, "8.5%", "unsupported", none(REAL_GROWTH, "Mexico"), "another series (real growth; no Mexican GDP rows)", U,
    "2021-02-11", "Mexico", lang="es")
add("La inflación en enero tuvo un comportamiento por encima de lo esperado con un 3.54% a tasa anual, manteniéndose dentro del rango objetivo de Banxico, pero afectada por el alza en el precio de los combustibles.",
    "3.54%", "needs_review", ev(INF, "Mexico", "2021", 5.68920847683753),
    "January 2021's 12-month rate vs the 2021 annual average 5.69", U, "2021-02-11", "Mexico", a, "previous sentence", lang="es")
U = "https://mx.investing.com/analysis/banxico-deja-sin-cambios-su-tasa-de-fondeo-en-1125-200466709"
add("En línea con lo esperado, la autoridad dejó sin cambios su tasa de fondeo en 11.25%.",
    "11.25%", "unsupported", none(POLICY_RATE, "Mexico"), "another series (the policy rate)", U, None, "Mexico",
    "Recién concluyó la reunión de política monetaria de Banxico.", "previous sentence", lang="es")
add("La reacción del peso mexicano ha sido limitada y se mantiene cotizando alrededor de $17.20.",
    "$17.20", "needs_review", ev(FXM, "Mexico", "2023-06", 17.2407),
    "a quote on the decision day (a 2023 meeting with 11.25 % held: May or June) vs monthly means (May 17.75, June 17.24):"
    " a day's rate is for review, whichever month", U, None, "Mexico", lang="es")
U = "https://infobanknews.com/survei-bi-pekan-pertama-september-2016-inflasi-017/amp"
c = "Gubernur BI Agus DW Martowardojo mengatakan, laju inflasi sampai pekan pertama di bulan ini datang dari kenaikan sejumlah harga komoditas pangan."
add("Dengan laju inflasi yang sebesar 0,17% tersebut maka secara year on year (yoy), kata dia, inflasi diprediksi mencapai 3,02%.",
    "3,02%", "needs_review", ev(INF, "Indonesia", "2016", 3.5258051568793),
    "Bank Indonesia's estimate of September 2016's 12-month rate vs the 2016 annual average 3.53", U, "2016-09-09",
    "Indonesia", lang="id")
t = "Badan Pusat Statistik (BPS) mencatat, inflasi sampai dengan Agustus 2016 tercatat year-to-date (ytd) dan tahunan (yoy) masing-masing 1,74% dan 2,79%."
add(t, "1,74%", "needs_review", ev(INF, "Indonesia", "2016", 3.5258051568793),
    "the change from December 2015 to August 2016 (year to date) vs the 2016 annual average 3.53; the sentence names"
    " only BPS (Bank Indonesia two paragraphs up)", U, "2016-09-09", "Indonesia", lang="id")
add(t, "2,79%", "needs_review", ev(INF, "Indonesia", "2016", 3.5258051568793),
    "August 2016's 12-month rate vs the 2016 annual average 3.53", U, "2016-09-09", "Indonesia", lang="id")
U = "https://komandanpangan.com/2021/01/11/cabai-hingga-tempe-diprediksi-bikin-inflasi-januari-038/?amp=1"
add("“Dengan perkembangan tersebut, perkiraan inflasi Januari 2021 secara tahun kalender sebesar 0,38% (ytd), dan secara tahunan sebesar 1,68% (yoy),” kata Direktur Eksekutif Departemen Komunikasi BI Erwin Haryono dalam keterangannya, Jumat (8/1/2021).",
    "1,68%", "needs_review", ev(INF, "Indonesia", "2021", 1.56012990525673),
    "Bank Indonesia's estimate of January 2021's 12-month rate vs the 2021 annual average 1.56",
    U, "2021-01-11", "Indonesia", lang="id")
add("Untuk nilai tukar, rupiah ditutup pada level (bid) Rp 13.890 pada 7 Januari 2021.",
    "Rp 13.890", "unsupported", none("the exchange-rate package holds no rupiah rows", "Indonesia"),
    "a currency missing from the package", U, "2021-01-11", "Indonesia", lang="id")
U = "https://kdal610.com/?p=397521"
add("It has depreciated 12.4% against the greenback so far this year.",
    "12.4%", "needs_review", ev(FXM, "Thailand", "2022-09", 37.0662),
    "the baht's fall over the year to late September 2022 (daily rates); monthly means December 2021 33.56 → September"
    " 2022 37.07 give 9.5 % (baht per dollar up 10.4 %)", U, "2022-09-29", "Thailand",
    "The baht has been trading at 16-year lows against the dollar.", "previous sentence", lang="en")
add("Meanwhile, headline inflation was 7.86% in August, a 14-year high, and far above the central bank’s target range of 1% to 3%.",
    "7.86%", "needs_review", ev(INF, "Thailand", "2022", 6.07741228434321),
    "August 2022's 12-month rate vs the 2022 annual average 6.08", U, "2022-09-29", "Thailand", lang="en")
t = "The BOT on Wednesday predicted average headline inflation of 6.3% this year and 2.6% next year."
add(t, "6.3%", "needs_review", ev(INF, "Thailand", "2022", 6.07741228434321),
    "the Bank of Thailand's forecast for 2022 made in September 2022 (year not complete) vs the outturn 6.08, which would"
    " contradict it", U, "2022-09-29", "Thailand", lang="en")
add(t, "2.6%", "needs_review", ev(INF, "Thailand", "2023", 1.22802623546169),
    "a forecast for 2023 made in September 2022 vs the outturn 1.23", U, "2022-09-29", "Thailand", lang="en")
U = "https://d33gy59ovltp76.cloudfront.net/news/central-bank-to-continue-gradual-monetary-tightening"
t = "The BoT forecast headline inflation at 2.9% this year, with the core rate seen at 2.4%."
add(t, "2.9%", "needs_review", ev(INF, "Thailand", "2023", 1.22802623546169),
    "the Bank of Thailand's forecast for 2023 made in March 2023 (minutes of April) vs the outturn 1.23", U, "2023-04",
    "Thailand", lang="en")
add(t, "2.4%", "unsupported", none(CORE, "Thailand"), "another series (core inflation)", U, "2023-04", "Thailand", lang="en")
U = "https://svoboda.org/a/24258422.html"
a = "Реальный эффективный курс российского рубля за первую половину года повысился на 8% - такие предварительные оценки опубликовал Центральный банк."
add(a, "8%", "unsupported", none("the real effective exchange rate is not a series of the packages", "Russia"),
    "another series (a real effective rate)", U, None, "Russia", lang="ru")
add("При этом его курс к доллару вырос на 11,7%, а к евро - на 4,5%.",
    "11,7%", "unsupported", none(NO_RUB, "Russia"), "a currency missing from the package", U, None, "Russia",
    a, "previous sentence", lang="ru")

# --- Rosstat (Russia) and Kazakhstan's statistics committee: GDP in dollars and population
U = "https://todayukraine.com/%d9%86%d8%a7%d8%aa%d8%ac-%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d9%8a%d8%aa%d8%ac%d8%a7%d9%88%d8%b2-2-%d8%aa%d8%b1%d9%8a%d9%84%d9%8a%d9%88%d9%86%d9%8a-%d8%af%d9%88%d9%84%d8%a7%d8%b1-%d9%84%d8%a3%d9%88%d9%84"
a = "أوكرانيا اليوم / كييف / أفادت هيئة الإحصاء الفيدرالية الروسية أن حجم الناتج المحلي الإجمالي لروسيا الاتحادية بلغ 62 تريليونا و356 مليار روبل خلال 2012 بزيادة 3,4% عن 2011 ."
b = "وانخفض سعر الدولار مقابل الروبل الروسي إلى 30,35 روبل للدولار في نهاية 2012، مما يعني أن حجم الناتج المحلي الإجمالي الروسي تجاوز 2 تريليوني دولار وذلك للمرة الأولى في تاريخ روسيا الحديث ."
t = "وتظهر البيانات الاحصائية الدولية والروسية أن روسيا حققت تقدما على صعيد تزايد حجم ناتجها المحلي الإجمالي المقوم بالدولار الأميركي في منتصف العقد الماضي بفضل تعزيز القدرة الشرائية للعملة الوطنية الروسية “الروبل”، اذ ارتفع مؤشر حجم الناتج المحلي الإجمالي الروسي إلى 763 مليار دولار عام 2005 و989 مليار دولار عام 2006 و1 تريليون و299 مليار دولار عام 2007 و1 تريليون و660 مليار دولار عام 2008."
add(a, "62 تريليونا و356 مليار روبل", "unsupported", none("GDP in roubles: the worldbank-gdp slice holds GDP in current US$ only", "Russia"),
    "another currency than the rows'", U, None, "Russia", lang="ar")
add(a, "3,4%", "unsupported", none(REAL_GROWTH, "Russia"), "another series (real growth)", U, None, "Russia", lang="ar")
add(b, "30,35 روبل للدولار", "unsupported", none(NO_RUB, "Russia"),
    "a currency missing from the package (an end-of-year rate besides)", U, None, "Russia", a, "previous sentence", lang="ar")
add(b, "2 تريليوني دولار", "supported", ev(GDP, "Russian Federation", "2012", 2208293553878.4243),
    "'تجاوز' (exceeded) 2 trillion dollars in 2012 (from the sentence before): 2.208 tn > 2", U, None, "Russia",
    a, "previous sentence", lang="ar")
add(t, "763 مليار دولار", "supported", ev(GDP, "Russian Federation", "2005", 764015973481.1102),
    "2005: 764.0 bn inside 763 bn's band [758.7, 767.3]", U, None, "Russia", lang="ar")
add(t, "989 مليار دولار", "supported", ev(GDP, "Russian Federation", "2006", 989932071352.5431),
    "2006: 989.9 bn inside 989 bn's band [983.6, 994.4]", U, None, "Russia", lang="ar")
add(t, "1 تريليون و660 مليار دولار", "supported", ev(GDP, "Russian Federation", "2008", 1660848058303.1138),
    "2008: 1.6608 tn inside 1 trillion 660 billion's band [1.6513, 1.6688]", U, None, "Russia", lang="ar")
U = "https://astanatimes.com/?p=13035"
c = "ASTANA – The population of Kazakhstan is on the rise, according to figures released by the Ministry of National Economy statistics committee."
add("Since the beginning of 2015, the number of residents has officially increased by 257,000 compared to the same period in 2014, reaching approximately 17,417,673.",
    "approximately 17,417,673", "needs_review", ev(POP, "Kazakhstan", "2015", 18084169),
    "a count at the beginning of 2015 (1 January) vs the 2015 mid-year estimate 18.08 m, which is inside ±5 %: supported"
    " would pass the day's count silently", U, None, "Kazakhstan", c, "previous sentence", lang="en")
add("The population of the capital has soared more than 30 percent compared to the previous year, while the number of people living in Almaty, the country’s largest city, has increased by 15 percent to reach 1,642,000 people in January 2015.",
    "1,642,000 people", "unsupported", none("a city's population is not a row (the population slices are national)", "Almaty"),
    "a city, not a country", U, None, "Kazakhstan", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_y.jsonl")
    print(rows.summary())
