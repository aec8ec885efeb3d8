"""Writes benchmarks/devsets/explore/fresh_e.jsonl (labels by hand from ../shared/reference-sources)."""
import sys

from labelling import FXM, INF, POP, LabelledRows, ev, none

DEF = ("wild/inflation", "data/inflation-consumer.csv (holds the GDP deflator; labelled the wrong way round upstream)", "Inflation")
CO2 = ("wild/co2-fossil-by-nation", "data/fossil-fuel-co2-emissions-by-nation.csv", "Total (thousand metric tons of carbon)")
rows = LabelledRows("fresh_e", "xfreshe")


def add(text: str, claim: str, verdict: str, evidence: dict, why: str, url: str, published: str | None,
        country: str | None, context: str | None = None, context_from: str | None = None, lang: str | None = None) -> None:
    rows.add(text, claim, verdict, evidence, why, url, published, country, context, context_from, lang=lang)


# --- Czechia (Lidové noviny, 2024-01-11: the date is in the article's id A240111)
U = "https://www.lidovky.cz/byznys/inflace-za-rok-2023-prosinec-csu-zdrazovane.A240111_093611_ln_ekonomika_lvot"
t = "Průměrná míra inflace činila loni v Česku 10,7 procenta, bylo to o 4,4 procentního bodu méně než o rok dříve, uvedl Český statistický úřad."
add(t, "10,7 procenta", "supported", ev(INF, "Czechia", "2023", 10.6612601372426),
    "'loni' of a January 2024 page = 2023: 10.661, within 10.65..10.75 ∓0.5 %", U, "2024-01-11", "Czechia", lang="cs")
add(t, "4,4 procentního bodu", "supported", ev(INF, "Czechia", "2023", 10.6612601372426),
    "a fall in points from 2022 (15.100) to 2023 (10.661) = 4.44, within 4.35..4.45 ∓0.5 %", U, "2024-01-11", "Czechia", lang="cs")

# --- Czechia (eurozpravy / ČTK, January 2019)
U = "https://eurozpravy.cz/ekonomika/ceska-republika/245541-cechy-tizi-drahota-inflace-byla-loni-treti-nejvyssi-za-poslednich-10-let/"
t = "Vyšší byla v roce 2012, a to 3,3 procenta, a v roce 2017, kdy činila 2,5 procenta."
c = "Spotřebitelské ceny v Česku za loňský rok v průměru vzrostly o 2,1 procenta. Byla to třetí nejvyšší průměrná roční míra inflace za posledních deset let."
add(t, "3,3 procenta", "supported", ev(INF, "Czechia", "2012", 3.28762306610411),
    "Czechia CPI 2012 = 3.288, within 3.25..3.35 ∓0.5 %", U, "2019-01", "Czechia", c, "the two previous sentences", "cs")
add(t, "2,5 procenta", "supported", ev(INF, "Czechia", "2017", 2.4505339846014),
    "Czechia CPI 2017 = 2.451, within 2.45..2.55 ∓0.5 %", U, "2019-01", "Czechia", c, "the two previous sentences", "cs")

# --- Czechia (Euro.cz, January 2018)
U = "https://www.euro.cz/byznys/inflace-loni-stoupla-o-2-5-procenta-nejvic-za-pet-let-v-prosinci-mirne-klesla-1389412"
t = "V prosinci meziroční inflace zpomalila na 2,4 procenta z listopadových 2,6 procenta."
c = "Spotřebitelské ceny v Česku loni v průměru stouply o 2,5 procenta, což je nejvíc za posledních pět let."
add(t, "2,4 procenta", "needs_review", ev(INF, "Czechia", "2017", 2.4505339846014),
    "December 2017 year on year vs the 2017 annual average 2.451 (agrees only by chance)", U, "2018-01", "Czechia", c, "previous sentence", "cs")

# --- Czechia (ČSÚ's centenary site, undated)
U = "https://www.stoletistatistiky.cz/oblasti-statistiky/cenova-statistika/"
t = "Nejvyšší průměrná roční míra inflace v celé historii samostatné České republiky byla v roce 1993, kdy dosáhla výše 20,8 %."
add(t, "20,8 %", "supported", ev(INF, "Czechia", "1993", 20.8130295438428),
    "Czechia CPI 1993 = 20.813, within 20.75..20.85 ∓0.5 %", U, None, "Czechia", lang="cs")
add("V roce 2018 byla průměrná roční míra inflace 2,1 %.", "2,1 %", "supported", ev(INF, "Czechia", "2018", 2.14949494949493),
    "Czechia CPI 2018 = 2.149, within 2.05..2.15 ∓0.5 %", U, None, "Czechia", t, "previous sentence", "cs")

# --- Sweden (Finanstid, February 2023, undated copy)
U = "https://finanstid.se/lagre-inflationstakt-enligt-kpi-i-sverige-men-underliggande-inflationen-steg/"
t = "Inflationstakten i Sverige enligt KPI sjönk under januari 2023 till 11,7 procent från 12,3 procent i december."
add(t, "11,7 procent", "needs_review", ev(INF, "Sweden", "2023", 8.54862489748902),
    "January 2023's 12-month rate vs the 2023 annual average 8.55", U, None, "Sweden", lang="sv")

# --- Sweden (Svenska Morgonbladet, 2023-01-13)
U = "https://svenskamorgonbladet.se/2023/01/13/fortfarande-hog-inflationstakt-i-sverige-10-procent/"
add("I december 2022 låg inflationstakten, enligt KPIF (Konsumentprisindex med fast ränta), på 10,2 procent.", "10,2 procent",
    "unsupported", none("KPIF (CPI at fixed mortgage rates) is not a series of the packages; also a December rate", "Sweden"),
    "no KPIF series", U, "2023-01-13", "Sweden", "Fortfarande hög inflationstakt i Sverige – 10 procent", "title", "sv")

# --- Sweden, exchange rate (a personal-finance blog, 2022)
U = "https://johansundkvist.se/blogg/hur-mycket-ar-en-dollar-i-svenska-kronor/"
add("Den första handelsdagen 2018 fick du betala 8,14 kronor för en US-dollar.", "8,14 kronor", "needs_review",
    ev(FXM, "Sweden", "2018-01", 8.0480), "one day's rate vs January 2018's average 8.048 (outside 8.135..8.145 ∓0.5 %)", U, None, "Sweden",
    "Hur mycket är en dollar i svenska kronor 2018?", "section heading", "sv")

# --- Norway, exchange rate (Finansavisen, 2025-06-05)
U = "https://www.finansavisen.no/makro/2025/06/05/8269536/trump-har-fatt-svakeste-dollar-pa-to-ar"
add("Torsdag sank dollarkursen til 10,04 mot norske kroner.", "10,04", "needs_review", ev(FXM, "Norway", "2025-06", 10.0519),
    "one Thursday's rate vs June 2025's average 10.052 (agrees only by chance)", U, "2025-06-05", "Norway", lang="no")

# --- Denmark (Statistics Denmark, Nyt, January 2024)
U = "https://explorer.dst.dk/nyt/46411"
t = "I december 2023 steg det samlede forbrugerprisindeks med 0,7 pct. i forhold til samme måned året før."
add(t, "0,7 pct.", "needs_review", ev(INF, "Denmark", "2023", 3.30517811237606),
    "December 2023's 12-month rate vs the 2023 annual average 3.305", U, "2024-01", "Denmark", "Inflationen i Danmark", "heading", "da")
t = "Forbrugerprisindekset ekskl. energi og ikke-forarbejdede fødevarer (kerneinflationen) havde en årsstigning på 2,6 pct. i december, hvilket er et fald fra 3,0 pct. måneden før."
add(t, "2,6 pct.", "unsupported", none("core CPI (excluding energy and unprocessed food) is not a series of the packages", "Denmark"),
    "no core-CPI series", U, "2024-01", "Denmark", "Inflationen i Danmark", "heading", "da")

# --- Poland (Wprost / PAP, February 2022)
U = "https://biznes.wprost.pl/gospodarka/10621192/fatalne-prognozy-dla-polski-mozemy-miec-najwyzsza-inflacje-w-calej-unii.html"
add("Komisja Europejska prognozuje, że w 2022 roku inflacja w Polsce wyniesie 6,8 proc.", "6,8 proc.", "needs_review",
    ev(INF, "Poland", "2022", 14.4294507575758), "a forecast for 2022 made in February 2022 vs the outturn 14.43", U, "2022-02", "Poland", lang="pl")
add("Poprzedni rok Polska zakończyła z inflacją zbliżającą się do 9 proc. – to najgorszy wynik w XXI wieku.", "9 proc.", "needs_review",
    ev(INF, "Poland", "2021", 5.05502704719272), "the rate Poland 'ended' 2021 with (December's, 8.6) vs the 2021 annual average 5.06",
    U, "2022-02", "Poland", lang="pl")

# --- Poland (Wirtualna Polska, May 2023)
U = "https://wiadomosci.wp.pl/szokujaca-kwota-tyle-trzeba-zaplacic-za-cytryne-w-warszawie-6901387830528896a"

# --- Poland (Polsat News, 2025-11-14)
U = "https://www.polsatnews.pl/wiadomosc/2025-11-14/gus-podal-dane-o-inflacji-sa-powody-do-zadowolenia/"
t = "Narodowy Bank Polski w najnowszej, listopadowej projekcji inflacji i PKB przewiduje, że średnioroczna inflacja w 2026 r. spadnie do 2,9 proc. wobec 3,7 proc. prognozowanych na ten rok."
add(t, "2,9 proc.", "unsupported", none("a projection for 2026: no row", "Poland"), "no 2026 row", U, "2025-11-14", "Poland", lang="pl")

# --- Poland, CO2 (Gazeta Prawna, 2019)
U = "https://serwisy.gazetaprawna.pl/ekologia/artykuly/1411372,wzrosla-emisja-co2-zwiazana-ze-spalaniem-paliw-kopalnych.html"
add("Emisja CO2 wzrosła w naszym kraju o 3,5 proc.", "3,5 proc.", "contradicted", ev(CO2, "POLAND", "2018", 85448),
    "CDIAC Poland 2018 85,448 vs 2017 84,464 kt C: +1.17 %, not 3.45..3.55 %", U, None, "Poland",
    "Polska jest w gronie pięciu państw Unii Europejskiej, w których w 2018 r. wzrosła emisja CO2 związana ze spalaniem paliw kopalnych.",
    "previous paragraph", "pl")

# --- Poland forecast in Croatian (Croatian foreign ministry news digest, undated, late 2021)
U = "https://mvep.gov.hr/print.aspx?id=245823&url=print"
t = "Godišnja stopa inflacije u Poljskoj dosegnut će 7,6 posto u 2022. prema predviđanjima Poljske narodne banke."
add("Očekuje se kako će godišnja stopa inflacije u 2021. iznositi 5,1 posto.", "5,1 posto", "needs_review",
    ev(INF, "Poland", "2021", 5.05502704719272), "an expectation for 2021 before its end vs the outturn 5.06 (agrees)", U, None, "Poland",
    t + " Inflacija bi vrhunac od 8,3 posto dosegla u lipnju te bi se spustila na 6,2 posto u prosincu 2022.", "the two previous sentences", "hr")

# --- Croatia in Serbian (Tanjug, 2026-01-15)
U = "https://www.tanjug.rs/ekonomija/region/222671/godisnja-inflacija-u-hrvatskoj-u-decembru-potvrdena-na-33-odsto-najniza-za-osam-meseci/amp"
add("ZAGREB - Godišnja stopa inflacije u Hrvatskoj za decembar pala je sa novembarskih 3,8 odsto na 3,3 odsto, u skladu sa preliminarnom procenom, tako da je sada najniža za poslednjih osam meseci, objavio je danas Državni zavod za statistiku (DZS) te zemlje.",
    "3,3 odsto", "unsupported", none("December 2025: Croatia's rows end in 2023", "Croatia"), "no 2025 row", U, "2026-01-15", "Croatia", lang="sr")

# --- Romania (Business24, September 2019 and March 2018)
U = "http://www.business24.ro/macroeconomie/inflatie/ins-alimentele-s-au-scumpit-cu-peste-5-la-suta-in-luna-august-1606198"
t = "Rata anuala a inflatiei IPC este prognozata sa atinga 4,2% la finele anului curent, 3,4% in decembrie 2020 si 3,3% la orizontul proiectiei, respectiv trimestrul II 2021, conform Raportului asupra inflatiei al Bancii Nationale a Romaniei."
add(t, "4,2%", "needs_review", ev(INF, "Romania", "2019", 3.82785432599438), "a projected end-2019 12-month rate vs the 2019 annual average 3.83",
    U, "2019-09", "Romania", lang="ro")
U = "http://www.business24.ro/macroeconomie/inflatie/romania-a-avut-cea-mai-mare-inflatie-din-ue-in-februarie-1593107"
add("In ceea ce priveste Romania, datele publicate anterior de Institutul National de Statistica (INS) arata ca rata anuala a inflatiei a urcat in februarie 2018 pana la 4,7%, de la 4,3% in ianuarie 2018, pe fondul scumpirii marfurilor alimentare cu 3,74% si a celor nealimentare cu 6,27%.",
    "4,7%", "needs_review", ev(INF, "Romania", "2018", 4.62548443137779), "February 2018's 12-month rate vs the 2018 annual average 4.63",
    U, "2018-03", "Romania", lang="ro")

# --- Ukraine (open4business, 2023-01-10)
U = "https://open4business.com.ua/inflyacziya-v-ukrayini-u-2022-r-stanovyla-266"
title = "Інфляція в Україні у 2022 р. становила 26,6%"
add("У грудні минулого року було зафіксовано інфляцію 0,6%, тому в річному вимірі загалом за підсумками року вона становила 26,6% порівняно з 26,5% за підсумками листопада.",
    "26,6%", "needs_review", ev(INF, "Ukraine", "2022", 20.1836366617478), "December 2022 on December 2021 vs the 2022 annual average 20.18",
    U, "2023-01-10", "Ukraine", title, "title", "uk")

# --- Ukraine (Zaxid.net, 2016-01-06)
U = "https://zaxid.net/inflyatsiya_v_ukrayini_syagnula_20richnogo_maksimumu_n1378477/amp"
t = "Інфляція в Україні в 2015 році (грудень 2015 року до грудня 2014 року) зросла до 43,3% порівняно з інфляцією 24,9% у 2014 році, і досягла максимального значення за останні 20 років."
add(t, "43,3%", "needs_review", ev(INF, "Ukraine", "2015", 48.6998646434424), "December 2015 on December 2014 vs the 2015 annual average 48.70",
    U, "2016-01-06", "Ukraine", lang="uk")

# --- Ukraine in Russian (Strana, January 2018)
U = "https://strana.today/news/116401-v-hosstate-poschitali-kakoj-byla-v-ukraine-infljatsija-za-poslednij-mesjats-proshloho-hoda.html"
t = "В Украине инфляция в 2017 году ускорилась до 13,7% по сравнению с инфляцией 12,4% в 2016 году."
add(t, "13,7%", "needs_review", ev(INF, "Ukraine", "2017", 14.4383227488749),
    "Ukraine's headline rate is December on December (the page says so for 2015) vs the 2017 annual average 14.44", U, "2018-01", "Ukraine", lang="ru")

# --- Ukraine's regions (Factor, 2018-01-15)
U = "https://factor.press/regioni-ukrayini-z-najbilshim-zrostannyam-tsin-u-2017-rotsi"
c = "Найбільший рівень інфляції в Україні в 2017 році (грудень 2017 до грудня 2016 року) зафіксовано в Донецькій області."
add("Згідно з матеріалами, опублікованими на сайті відомства, інфляція в Донецькій області в 2017 році склала 15,9%.", "15,9%",
    "unsupported", none("a region's (Donetsk oblast) rate: no regional rows", "Ukraine"), "no regional series", U, "2018-01-15", "Ukraine",
    c + " Про це повідомляє Державна служба статистики України.", "the two previous sentences", "uk")

# --- Georgia in Russian (Civil.ge, February 2022)
U = "https://civil.ge/ru/archives/470749"
add("Согласно данным, опубликованным Национальной службой статистики Грузии 3 февраля, годовая инфляция в январе 2022 года составила 13,9%.",
    "13,9%", "needs_review", ev(INF, "Georgia", "2022", 11.8981654203198), "January 2022's 12-month rate vs the 2022 annual average 11.90",
    U, "2022-02", "Georgia", lang="ru")

# --- Armenia in Russian (Sputnik Armenia via Dzen, January 2022)
U = "https://dzen.ru/news/story/ce933ced-cb45-5d98-b627-7e2f349bceaf"
t = "Общий рост цен в декабре (по сравнению с декабрем 2020 года) составил 7,7%, в том числе на продовольствие - 12,9% (в ноябре показатели за 12 месяцев составляли 9,6% и 16,9%)."
c = "Инфляция на продукты в Армении за декабрь 2021 года немного снизилась, но по итогам года остается высокой."
add(t, "7,7%", "needs_review", ev(INF, "Armenia", "2021", 7.18483629443371), "December 2021 on December 2020 vs the 2021 annual average 7.18",
    U, None, "Armenia", c, "previous paragraph", "ru")

# --- the Baltics in Russian (Sputnik Lithuania, 2023-09-10)
U = "https://lt.sputniknews.ru/amp/20230910/v-litve-godovaya-inflyatsiya-v-avguste-byla-samoy-vysokoy-sredi-stran-baltii-30326263.html"
c = "В Литве в прошлом месяце цены на потребительские товары и услуги были в среднем на 6,2 процента выше, чем в августе прошлого года."
add(c, "6,2 процента", "needs_review", ev(INF, "Lithuania", "2023", 9.11731962390475), "August 2023's 12-month rate vs the 2023 annual average 9.12",
    U, "2023-09-10", "Lithuania", "Самая высокая годовая инфляция в странах Балтии в августе была зафиксирована в Литве. Об этом свидетельствуют данные национальных статистических служб республик.",
    "previous paragraph", "ru")
t = "В Латвии цены за год выросли на 5,4 процента, в Эстонии — на 4,6 процента."
add(t, "5,4 процента", "needs_review", ev(INF, "Latvia", "2023", 8.93804623316637), "August 2023's 12-month rate (month from the previous sentence) vs the 2023 annual average 8.94",
    U, "2023-09-10", "Latvia", c, "previous sentence", "ru")

# --- Mongolia in Russian (Gazeta N1, October/November 2025)
U = "https://gazeta-n1.ru/news/society/153629/"
t = "Цены на потребительские товары и услуги в Монголии к октябрю 2025 года выросли на 9% по сравнению с аналогичным периодом 2024 года, когда инфляция составляла 5,5%."
add(t, "5,5%", "needs_review", ev(INF, "Mongolia", "2024", 6.80284899332961), "October 2024's 12-month rate vs the 2024 annual average 6.80",
    U, None, "Mongolia", lang="ru")

# --- Russia, population (an aggregator quoting Rosstat, 2024)
U = "https://marsrus.ru/300525/novosti-chislennost-naseleniya-v-rossijskoj-federatsii"
add("Численность населения России составила 146 миллионов 424 тысячи 729 человек по данным на 1 января 2023 года.",
    "146 миллионов 424 тысячи 729 человек", "needs_review", ev(POP, "Russian Federation", "2023", 143826130),
    "a 1 January 2023 count (Rosstat, with Crimea) vs the 2023 mid-year estimate 143,826,130", U, None, "Russian Federation", lang="ru")
U = "https://massage-aleksa-perm.ru/300425/novosti-skolko-mln-v-rossii-chelovek"

# --- Russia, GDP at PPP (Tatcenter, 2013)
U = "https://tatcenter.ru/?p=299460"
add("- Россия — $ 3,4 трлн;", "$ 3,4 трлн", "unsupported", none("GDP at purchasing-power parity is not a series of the packages (current US$ only)", "Russian Federation"),
    "no PPP series", U, None, "Russian Federation",
    "Согласно обновленных базам данных Всемирного банка, Россия стала первой экономикой в Европе и пятой — в мире. Он подсчитывает размер ВВП стран мира по паритету покупательной способности (ППС). Россия по итогам 2012 года обогнала Германию по размеру ВВП, подсчитываемому по паритету покупательской способности.",
    "previous paragraph", "ru")

# --- Bolivia (El Deber, 2017-01-06; Oxígeno, 2016-01-06)
U = "https://eldeber.com.bo/economia/la-inflacion-de-bolivia-en-2016-llego-al-4_40435"
t = "Bolivia cerró 2016 con una inflación acumulada del 4%, una tasa mayor al 2,95% del año previo y ligeramente menor a las proyecciones realizadas por el Gobierno."
add(t, "4%", "needs_review", ev(INF, "Bolivia", "2016", 3.62321431764138), "'cerró 2016 ... acumulada': December on December vs the 2016 annual average 3.62",
    U, "2017-01-06", "Bolivia", lang="es")
U = "https://oxigeno.bo/economia/13912"
add("La variación positiva de 0,17% se explica por la variación porcentual positiva en las siguientes ciudades: Trinidad 1,04%, La Paz 0,54%, Sucre 0,30%, Oruro 0,17% y Santa Cruz 0,06%.",
    "1,04%", "unsupported", none("a Bolivian city's (Trinidad, Beni) monthly rate: no city rows; not Trinidad and Tobago", "Bolivia"),
    "no city series", U, "2016-01-06", "Bolivia",
    "La Paz, 6 de enero (Oxígeno).- Bolivia concluyó el 2015 con una inflación acumulada en 12 meses de 2,5%, según el Índice de Precios al Consumidor (IPC). La información fue dada a conocer este miércoles por el Instituto Nacional de Estadísticas (INE).",
    "previous paragraph", "es")

# --- Brazil, exchange rate (Paranavaí Online / Agência Brasil, 2019-12-30)
U = "https://www.paranavaionline.com.br/noticias/economia/dolar_fecha_2019_com_alta_de_3_5"
add("No último pregão do ano, nesta segunda-feira (30/12), o dólar comercial fechou em queda de 1%, cotado a R$ 4,0098.", "R$ 4,0098",
    "needs_review", ev(FXM, "Brazil", "2019-12", 4.1045), "the close of 30 December 2019 vs December 2019's average 4.1045",
    U, "2019-12-30", "Brazil", lang="pt")

# --- Mozambique (Carta de Moçambique / AIM, January 2024)
U = "https://cartamz.com/~cartamzc/index.php/economia-e-negocios/item/15716-inflacao-anual-foi-de-5-3"
t = "A taxa de inflação anual de Moçambique para 2023 foi de 5,3 por cento, bem dentro da meta de menos de dez por cento, de acordo com os últimos dados do Instituto Nacional de Estatística (INE)."
add(t, "5,3 por cento", "needs_review", ev(INF, "Mozambique", "2023", 7.12697482131851),
    "December 2023 on December 2022 (the page gives the average, 7.13, apart) vs the 2023 annual average 7.13", U, None, "Mozambique", lang="pt")
add("A inflação média anual nos 12 meses anteriores foi de 7,13 por cento.", "7,13 por cento", "supported",
    ev(INF, "Mozambique", "2023", 7.12697482131851), "Mozambique CPI 2023 = 7.127, within 7.125..7.135 ∓0.5 %", U, None, "Mozambique",
    t + " A inflação em dezembro foi de 1,29 por cento.", "the two previous sentences", "pt")

# --- Cabo Verde (SAPO / Lusa, January 2025; RTP África, 2023)
U = "https://www.sapo.pt/noticias/economia/inflacao-anual-desceu-para-1-em-cabo-verde-em_6790d9548386e06652cd7a1c"
t = "Em 2023, Cabo Verde tinha fechado o ano com uma taxa de inflação média de 3,7% e o Orçamento do Estado aprovado na altura apontava para 2,8% em 2024."
add(t, "3,7%", "supported", ev(INF, "Cabo Verde", "2023", 3.72437517668748), "an average for 2023 (not a year-end rate): 3.724, within 3.65..3.75 ∓0.5 %",
    U, None, "Cabo Verde", lang="pt")
U = "https://rtpafrica.rtp.pt/noticias/cabo-verde-regista-inflacao-de-26-em-setembro-menos-03-face-a-agosto"
add("Cabo Verde registou uma inflação de 7,6% em 2022.", "7,6%", "contradicted", ev(INF, "Cabo Verde", "2022", 7.93092925430087),
    "Cabo Verde CPI 2022 = 7.931, outside 7.55..7.65 ∓0.5 %", U, None, "Cabo Verde", lang="pt")

# --- Angola (Jornal de Negócios / Lusa, January 2023)
U = "https://www.jornaldenegocios.pt/economia/detalhe/inflacao-em-angola-ficou-nos-139-em-dezembro-a-mais-baixa-desde-2015"
add("A inflação em Angola voltou a cair, em termos homólogos, em dezembro do ano passado, fixando-se nos 13,86%, o valor mais baixo em sete anos, segundo dados do Instituto Nacional de Estatística (INE).",
    "13,86%", "needs_review", ev(INF, "Angola", "2022", 21.3552901320822), "December 2022's 12-month rate vs the 2022 annual average 21.36",
    U, "2023-01", "Angola", lang="pt")

# --- Morocco (Le Maroc que j'adore, 2023-01-20; L'Observateur via Maghress, 2023)
U = "https://lemarocquejadore.com/2023/01/20/maroc-linflation-a-66-en-2022/"
add("Le taux d’inflation s’est établi à 6,6% au terme de l’année 2022.", "6,6%", "supported", ev(INF, "Morocco", "2022", 6.65704202759067),
    "the annual average CPI (the page says so) 6.657, within 6.55..6.65 ∓0.5 %", U, "2023-01-20", "Morocco", "Maroc: L’inflation à 6,6% en 2022", "title", "fr")
U = "https://maghress.com/fr/lobservateur/205052"
t = "C'est ainsi que le niveau général des prix mesuré par le déflateur du PIB se serait accéléré pour atteindre 5,0% en 2022 après 3,2% enregistré en 2021."
c = "Bonne nouvelle pour les marocains. Le taux de l'inflation devrait baisser à 1,9% en 2023, contre 5% enregistré en 2022. Le HCP renvoie cela à la détente des prix des matières premières sur les marchés internationaux suite à la faiblesse de la demande mondiale due à la hausse des taux directeurs. Cette prévision diffère de celle annoncée par Bank Al Maghrib, qui, lui s'attend à un taux de 3,9% cette année. Le HCP a souligné que la flambée des cours des matières premières notamment des produits énergétiques et alimentaires au niveau international, aurait contribué à l'accentuation de l'inflation importée en 2022."
add(t, "5,0%", "contradicted", ev(DEF, "Morocco", "2022", 2.66186120617975), "Morocco GDP deflator 2022 = 2.66, outside 4.95..5.05 ∓0.5 %",
    U, None, "Morocco", c, "the previous sentences of the paragraph", "fr")

# --- Algeria (La Tribune via Djazairess, August 2008)
U = "https://djazairess.com/fr/latribune/4356"
add("Selon l'Office national des statistiques (ONS), le rythme d'inflation moyen en Algérie a atteint 4,5% durant les sept premiers mois de l'année 2008 par rapport à la même période en 2007.",
    "4,5%", "needs_review", ev(INF, "Algeria", "2008", 4.85859062814939), "January-July 2008 on January-July 2007 vs the 2008 annual average 4.86",
    U, None, "Algeria", lang="fr")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_e.jsonl")
    print(rows.summary(), sum(1 for r in rows.rows if r["lang"] != "en"), "not English")
