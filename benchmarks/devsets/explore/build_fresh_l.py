"""Writes benchmarks/devsets/explore/fresh_l.jsonl (labels by hand from ../shared/reference-sources):
South Asia, Central Asia, the Caucasus and Eastern Europe, in English and in Russian, Ukrainian, Polish,
Romanian, Hungarian, Serbian and Uzbek."""
import sys

from labelling import CO2, FXM, INF, LabelledRows, ev, none

rows = LabelledRows("fresh_l", "xfreshl")
add = rows.add
NO_POP = "population: the packages hold Kazakhstan and the Russian Federation only"
NO_GDP = "GDP: the packages hold Kazakhstan and the Russian Federation only"
NO_FX = "exchange rates: no {} rows (wild/exchange-rates holds 22 currencies, none of Central or South Asia but the rupee)"

# --- Pakistan: PBS's March 2023 CPI (Business Recorder), the 2023 census (Daily Pakistan, 2024-07-18)
U = "https://brecorder.com/news/amp/40234929"
LEAD = "ISLAMABAD: The Consumer Price Index (CPI)-based inflation increased to 35.4 percent on a year-on-year basis in March 2023 as compared to an increase of 31.5 per cent in the previous month and 12.7 percent in March 2022, says the Pakistan Bureau of Statistics (PBS)."
add(LEAD, "35.4 percent", "needs_review", ev(INF, "Pakistan", "2023", 30.7681280657005),
    "March 2023's 12-month rate vs the 2023 annual average 30.77", U, None, "Pakistan", lang="en")
add("The CPI in the first eight months (July-March) of the current fiscal year on average remained at 27.26 per cent compared to 10.7 per cent during the same period of the last fiscal year.",
    "27.26 per cent", "needs_review", ev(INF, "Pakistan", "2023", 30.7681280657005),
    "a fiscal-year-to-date average (July 2022–March 2023) vs calendar-year rows (2022: 19.87, 2023: 30.77)", U, None, "Pakistan",
    LEAD, "previous paragraph", lang="en")
U = "https://en.dailypakistan.com.pk/18-Jul-2024/pakistan-records-highest-population-growth-as-first-digital-census-2023-report-released"
add("The results show Pakistan registered highest population growth rate in region, as well as in the world as its total population grew above 241 million (241,499,431) with growth rate of 2.55 percent as it stood at 207,684,626 in 2017.",
    "241,499,431", "unsupported", none(NO_POP, "Pakistan"), "the 2023 census count: no Pakistan population rows", U, "2024-07-18", "Pakistan", lang="en")

# --- Bangladesh: the taka (a reposted Financial Stability Report story; Prothom Alo, 2023-06-08)
U = "https://ginton-cltd.com/?p=2382"
FIRST = "The taka depreciated by 13.3 per cent against the US dollar last year, according to the Bangladesh Bank’s Financial Stability Report 2022 released recently."
add(FIRST, "13.3 per cent", "unsupported", none(NO_FX.format("taka"), "Bangladesh"),
    "the taka's 2022 depreciation: no taka rows", U, None, "Bangladesh", lang="en")
add("The inter-bank exchange rate was Tk 85.80 per US dollar on January 2 last year, whereas it was Tk 105.40 on December 1.",
    "Tk 85.80", "unsupported", none(NO_FX.format("taka"), "Bangladesh"),
    "a day's inter-bank taka rate: no taka rows", U, None, "Bangladesh", FIRST, "previous paragraph", lang="en")
U = "https://en.prothomalo.com/business/nddhf8zmsp"
add("At the end of June 2012, the exchange rate of taka against dollar was Tk 81.87.",
    "Tk 81.87", "unsupported", none(NO_FX.format("taka"), "Bangladesh"),
    "a month-end taka rate: no taka rows", U, "2023-06-08", "Bangladesh", lang="en")

# --- India: GDP in lakh crore (BQ Prime, 2023-11-20), the Economic Survey (Deccan Herald, 2023-01-31),
# the rupee's closes (Rediff/PTI, 2023-09-13; New Indian Express/PTI, 2023-03-28), CO2 (Business Today, 2020-05-12)
U = "https://www.bqprime.com/business/indias-gdp-is-not-4-trillion-yet-but-its-close"
add("For fiscal year 2022-23, nominal GDP or GDP at current prices is estimated to attain a level of Rs 272.41 lakh crore, showing a growth rate of 16.1%.",
    "Rs 272.41 lakh crore", "unsupported", none(NO_GDP, "India"), "India's nominal GDP in rupees: no India GDP rows", U, "2023-11-20", "India",
    "India, one of the fastest growing economies in the world, has not reached a gross domestic product of $4 trillion just yet.",
    "an earlier paragraph", lang="en")
U = "https://www.deccanherald.com/business/union-budget/indias-nominal-gdp-to-be-35-trillion-by-end-march-economic-survey-1186541.html"
add("India's economy crossed the $3 trillion mark last year.",
    "$3 trillion", "unsupported", none(NO_GDP, "India"), "India's GDP in dollars: no India GDP rows", U, "2023-01-31", "India", lang="en")
U = "https://news.rediff.com/commentary/2023/sep/13/rupee-falls-2-paise-to-close-at-82.97-against-us-dollar/84b5c6bfe1145cd6142d647979711cbf"
add("The rupee depreciated by 2 paise to close at 82.97 (provisional) against the US dollar on Wednesday, weighed down by a surge in crude oil prices and strong American currency overseas.",
    "82.97", "needs_review", ev(FXM, "India", "2023-09", 83.07),
    "a day's close (13 September 2023) vs the September 2023 monthly mean 83.07, which happens to fit the band: a silent pass if supported", U, "2023-09-13", "India", lang="en")
U = "https://www.newindianexpress.com/business/2023/mar/28/rupee-gains-15-paise-to-close-at-8216-against-us-dollar-2560372.html"
add("NEW DELHI: The rupee appreciated 15 paise to settle at 82.16 (provisional) against the US dollar on Tuesday, tracking a weak American currency in the overseas market.",
    "82.16", "needs_review", ev(FXM, "India", "2023-03", 82.2665),
    "a day's close (28 March 2023) vs the March 2023 monthly mean 82.27 (inside the band: a silent pass if supported)", U, "2023-03-28", "India", lang="en")
add("Foreign Institutional Investors (FIIs) were net sellers in the capital market on Monday as they offloaded shares worth Rs 890.64 crore, according to exchange data.",
    "Rs 890.64 crore", "unsupported", none("foreign investors' net share sales: no series of the packages", "India"),
    "a day's equity flow in crore: no row", U, "2023-03-28", "India", lang="en")
U = "https://www.businesstoday.in/latest/economy-politics/story/coronavirus-impact-indias-co2-emissions-decline-first-time-four-decades-fall-15-percent-march-258024-2020-05-12"
add("\"Emissions fell by around 1 per cent in the fiscal year ending March 2020, as coal consumption fell and oil consumption flatlined,\" said the researchers.",
    "around 1 per cent", "needs_review", ev(CO2, "INDIA", "2019", 720048),
    "India's fiscal year April 2019–March 2020 vs calendar-year rows (2019: +3.5 % on 2018; 2020: −9.7 %)", U, "2020-05-12", "India",
    "The report by CREA lead analyst Lauri Myllyvirta and analyst Sunil Dahiya states that India's CO2 emissions fell 15 per cent in March and is estimated to fall by 30 per cent in April.",
    "previous sentence", lang="en")

# --- Sri Lanka: the CCPI (Ada Derana, 2022-02-01)
U = "http://www.adaderana.lk/news.php?nid=80281"
FIRST = "The headline inflation, as measured by the year-on-year (Y-o-Y) change in the Colombo Consumer Price Index (CCPI, 2013=100), increased to 14.2 per cent in January 2022 from 12.1 per cent in December 2021, according to the Statistics Department of the Central Bank of Sri Lanka."
add(FIRST, "14.2 per cent", "needs_review", ev(INF, "Sri Lanka", "2022", 49.7211021114327),
    "January 2022's 12-month CCPI rate vs the 2022 annual average 49.72 (not complete at the draft date)", U, "2022-02-01", "Sri Lanka", lang="en")
add("Meanwhile, on an annual average basis, the CCPI increased to 6.9 per cent in January 2022 from 6.0 per cent in December 2021, the Central Bank said in a statement.",
    "6.0 per cent", "needs_review", ev(INF, "Sri Lanka", "2021", 7.01478071238195),
    "the Colombo index's 2021 average vs the World Bank's 2021 row 7.01 (the national NCPI): another index of the same country", U, "2022-02-01", "Sri Lanka",
    FIRST, "previous paragraph", lang="en")

# --- Nepal (myRepublica via Climbing Nepal, September 2021)
U = "https://climbing-nepal.com/inflation-in-nepal-has-reached-4-35-in-the-first-month-of-the-current-fiscal-year-myrepublica/"
add("Consumer inflation in the last fiscal year stood at 3.6%, which was probably the smallest average annual price increase in the past two decades.",
    "3.6%", "needs_review", ev(INF, "Nepal", "2021", 4.14968003360264),
    "Nepal's fiscal year 2020/21 (mid-July to mid-July) vs calendar-year averages (2020: 5.05, 2021: 4.15)", U, None, "Nepal",
    "Inflation in Nepal has reached 4.35% in the first month of the current fiscal year – myRepublica", "title", lang="en")

# --- Uzbekistan: the sum (Gazeta.uz in Russian, 2022-09-22; Kun.uz in Uzbek, 2022-06-28)
U = "https://www.gazeta.uz/ru/2022/09/22/currency/"
add("Курс доллара США повышается сразу на 30,32 сума — до 11010,33 сума.",
    "11010,33 сума", "unsupported", none(NO_FX.format("sum"), "Uzbekistan"), "the central bank's official sum rate for a day: no sum rows", U, "2022-09-22", "Uzbekistan",
    "Центральный банк Узбекистана установил на 23 сентября новые курсы иностранных валют к узбекскому суму.", "previous paragraph", lang="ru")
U = "https://m.kun.uz/news/2022/06/28/ozbekistonda-dollar-rasmiy-kursi-10-800-somga-tushdi-bundan-past-kurs-otgan-yili-qayd-etilgan"
add("Unga ko‘ra, dollarning rasmiy kursi 22,97 so‘mga pastlab, 10800,55 so‘mni tashkil qildi.",
    "10800,55 so‘m", "unsupported", none(NO_FX.format("sum"), "Uzbekistan"), "a day's official sum rate: no sum rows", U, "2022-06-28", "Uzbekistan",
    "Markaziy bank xorijiy valutalarning o‘zbek so‘miga nisbatan 29 iyunda amalda bo‘ladigan qiymatini belgiladi.", "previous paragraph", lang="uz")

# --- Kyrgyzstan (Interpost from 24.kg, in Russian, 2022)
U = "https://interpost.kg/blog/news/food-prices-have-risen-by-12-5-percent-in-kr-since-january-2022.html"
add("В Кыргызстане с января 2022 года цены на продукты питания и безалкогольные напитки повысились на 12,5 %.",
    "12,5 %", "unsupported", none("food prices: not a series of the packages", "Kyrgyz Republic"),
    "food and soft drinks since January (year to date): another series; the CPI row 2022 = 13.92 must not judge it", U, None, "Kyrgyz Republic", lang="ru")
add("Максимальный прирост цен зафиксирован в Нарынской области — 12,4 процента.",
    "12,4 процента", "unsupported", none("a region's CPI (Naryn oblast) is not a series of the packages", "Kyrgyz Republic"),
    "a region's rate: no row", U, None, "Kyrgyz Republic", "Повышение потребительских цен и тарифов наблюдается во всех регионах.", "previous paragraph", lang="ru")

# --- Tajikistan (Asia-Plus, 2023-05-22)
U = "https://asiaplus.news/en/news/tajikistan/economic/20230522/inflation-in-tajikistan-s-consumer-goods-sector-for-january-april-this-year-estimated-at-2-3-percent"
add("In 2022, year-end inflation in Tajikistan stood at 4.2 percent; the lowest inflation rate since the country’s independence.",
    "4.2 percent", "unsupported", none("Tajikistan's CPI rows end in 2016", "Tajikistan"),
    "a period outside the data (Tajikistan 1999–2016)", U, "2023-05-22", "Tajikistan", lang="en")

# --- Mongolia (Mongolia Inc, late 2022)
U = "https://mongoliainc.com/7210/"
add("The annual inflation rate for Mongolia rose 14.5 percent year on year in November, data by the National Statistics Office (NSO) shows.",
    "14.5 percent", "needs_review", ev(INF, "Mongolia", "2022", 15.1479560897226),
    "November 2022's 12-month rate (the page cites the ADB's September 2022 outlook) vs the 2022 annual average 15.15", U, None, "Mongolia", lang="en")

# --- Georgia (Trend, 2023-01-05, datelined Baku; JAMnews, 2022-02-03)
U = "https://en.trend.az/scaucasus/georgia/3691245.html"
add("BAKU, Azerbaijan, January 5. The annual inflation rate in Georgia eased to 9.8 percent in December 2022 with a target of three percent, the National Statistics Office of Georgia (GeoStat) said, Trend reports via the Georgian media.",
    "9.8 percent", "needs_review", ev(INF, "Georgia", "2022", 11.8981654203198),
    "December 2022's 12-month rate vs the 2022 annual average 11.90 (the dateline's Azerbaijan is not the place)", U, "2023-01-05", "Georgia", lang="en")
U = "https://jam-news.net/annual-inflation-in-georgia-amounted-to-13-9/"
add("According to new data from the National Statistical Office of Georgia (Geostat), the inflation rate in the country has amounted to 1.1% compared to December last year, while the annual inflation rate has reached 13.9%.",
    "13.9%", "needs_review", ev(INF, "Georgia", "2022", 11.8981654203198),
    "January 2022's 12-month rate vs the 2022 annual average 11.90 (not complete at the draft date)", U, "2022-02-03", "Georgia", lang="en")

# --- Armenia (ARKA via Armbanks, 2022-05-16)
U = "http://www.armbanks.am/en/2022/05/16/139834/"
add("According to official data, the 12-month inflation in April 2022 was 8.4% up from the same month a year ago.",
    "8.4%", "needs_review", ev(INF, "Armenia", "2022", 8.64091108973855),
    "April 2022's 12-month rate vs the 2022 annual average 8.64 (outside the band: contradicted would be a false alarm); Russia and Ukraine are named in the lead too",
    U, "2022-05-16", "Armenia",
    "YEREVAN, May 16. /ARKA/. The arrival of tens of thousands of foreigners to Armenia, mainly from Russia over the last two and a half months, triggered by Russia's 'special operation' in Ukraine, has increased the demand in the local market, but on the other hand, it has become one of the reasons to push inflation up, Hovhannes Khachatryan, Deputy Chairman of the Central Bank of Armenia, said today while presenting a report on regulator’s performance in 2021..",
    "previous paragraph", lang="en")

# --- Azerbaijan (JAMnews, February 2022)
U = "https://jam-news.net/annual-inflation-in-azerbaijan-reaches-12-5-twice-as-high-say-experts"
add("in January 2022, inflation in Azerbaijan amounted to 12.5%.",
    "12.5%", "needs_review", ev(INF, "Azerbaijan", "2022", 13.8522590144267),
    "January 2022's 12-month rate vs the 2022 annual average 13.85", U, None, "Azerbaijan", lang="en")

# --- Poland: GUS's December 2022 CPI (Warsaw Point/PAP, 2023-01-05; Super Biznes, January 2023),
# CO2 (Interia on Eurostat, May 2019; OKO.press on BP's review, 2019)
U = "https://warsawpoint.com/news/45902-polands-cpi-hits-16-6-pct-y-y-in-december-stats-office.html"
add("Prices of consumer goods and services (Consumer Price Index, CPI) increased by 16.6 percent year on year and by 0.2 percent month on month in December 2022, the Central Statistical Office (GUS) reported on Thursday.",
    "16.6 percent", "needs_review", ev(INF, "Poland", "2022", 14.4294507575758),
    "December 2022's 12-month rate vs the 2022 annual average 14.43; the place only as the agency (GUS)", U, "2023-01-05", "Poland", lang="en")
U = "https://superbiz.se.pl/wiadomosci/inflacja-w-grudniu-2022-aa-UboG-FJAY-JKLX.html"
t = "Dane z grudnia pozwalają na ostatecznie wyliczenie inflacji średniorocznej w 2022 roku, która to wyniosła 14,4 proc., a dla gospodarstw domowych i emerytów 14,8 proc.."
GUS = "Główny Urząd Statystyczny podał inflację z ostatniego miesiąca 2022 roku, który to pod względem inflacyjnym jest rokiem grozy."
add(t, "14,4 proc.", "supported", ev(INF, "Poland", "2022", 14.4294507575758),
    "Poland 2022 = 14.43 within [14.35, 14.45] ±0.5 %; the place only as the agency (GUS)", U, "2023-01", "Poland", GUS,
    "an earlier sentence of the paragraph", lang="pl")
add(t, "14,8 proc.", "unsupported", none("the pensioner households' CPI is not a series of the packages", "Poland"),
    "another index (pensioners' households); the all-households row 14.43 must not judge it", U, "2023-01", "Poland", GUS,
    "an earlier sentence of the paragraph", lang="pl")
U = "https://fakty.interia.pl/swiat/news-spadek-emisji-co2-w-ue-najnowsze-dane-eurostatu,nId,2979313"
add("Polska z wynikiem plus 3,5 proc. jest na piątym miejscu niechlubnej listy.",
    "3,5 proc.", "contradicted", ev(CO2, "POLAND", "2018", 85448),
    "Eurostat's 2018 rise of energy CO2; CDIAC 85,448 / 84,464 kt C (2017) = +1.17 %, outside 3.45–3.55 ±0.5 % (true by its own source)", U, "2019-05", "Poland",
    "Zgodnie z szacunkami, jakie na swojej stronie opublikował Eurostat, emisja dwutlenku węgla ze spalania paliw kopalnych w krajach Unii Europejskich w 2018 roku znacząco spadła.",
    "the article's lead sentence", lang="pl")
U = "https://oko.press/polska-liderem-wzrostu-emisji-co2-na-glowe-pobilismy-chiny-i-indie"
add("Polska w 2018 roku wypuściła do atmosfery 322,5 mln ton dwutlenku węgla – wynika z przeglądu statystycznego BP.",
    "322,5 mln ton", "contradicted", ev(CO2, "POLAND", "2018", 85448),
    "85,448 kt C × 3.664 = 313.1 Mt CO2, outside 322.5 ±0.5 % (BP's own review)", U, None, "Poland", lang="pl")

# --- Czechia (Lokmat Times/IANS/Xinhua, 2023-01-12)
U = "https://www.lokmattimes.com/politics/czech-republic-saw-2nd-highest-annual-inflation-rate-ever-in-2022/"
add("Prague, Jan 12 Average inflation in the Czech Republic was 15.1 per cent in 2022, the second-highest level in three decades, according to data published by the Czech Statistical Office (CSU).",
    "15.1 per cent", "supported", ev(INF, "Czechia", "2022", 15.1001651468371),
    "Czechia 2022 = 15.10", U, "2023-01-12", "Czech Republic", lang="en")
add("The highest ever average annual inflation rate in the Czech Republic was in 1993, when it reached 20.8 per cent, reports Xinhua news agency.",
    "20.8 per cent", "supported", ev(INF, "Czechia", "1993", 20.8130295438428),
    "Czechia 1993 = 20.81", U, "2023-01-12", "Czech Republic", lang="en")

# --- Hungary (Pénzcentrum, 2022-04-08)
U = "https://penzcentrum.hu/gazdasag/20220408/brutalis-szamok-tovabb-szarnyal-az-inflacio-magyarorszagon-1123797"
add("2022. márciusban a fogyasztói árak átlagosan 8,5%-kal meghaladták az egy évvel korábbit.",
    "8,5%", "needs_review", ev(INF, "Hungary", "2022", 14.6081439492433),
    "March 2022's 12-month rate vs the 2022 annual average 14.61 (not complete at the draft date)", U, "2022-04-08", "Hungary",
    "Brutális számok: tovább szárnyal az infláció Magyarországon", "title", lang="hu")

# --- Romania (Știrea de azi on INS, November 2022)
U = "https://stireadeazi.ro/rata-anuala-a-inflatiei-este-153-in-octombrie-pe-primele-locuri-la-scumpiri-raman-gazele-energia-zaharul-uleiul-cartofii-produsele-de-panificatie-si-untul"
add("Rata anuală a inflaţiei în luna octombrie 2022 comparativ cu luna octombrie 2021 este 15,3%.",
    "15,3%", "needs_review", ev(INF, "Romania", "2022", 13.7954887432521),
    "October 2022's 12-month rate vs the 2022 annual average 13.80; the place only as INS further on", U, None, "Romania", lang="ro")
add("Rata anuală a inflaţiei în luna octombrie 2022 comparativ cu luna octombrie 2021 calculată pe baza indicelui armonizat al preţurilor de consum (IAPC) este 13,5%.",
    "13,5%", "unsupported", none("HICP (indicele armonizat): another series", "Romania"),
    "the harmonised index's rate: another series (the CPI rows must not judge it)", U, None, "Romania", lang="ro")

# --- Bulgaria (Novinite on NSI, 2023-02-15)
U = "https://www.novinite.com/view_news.php?id=218875"
LEAD = "In January 2023, monthly inflation in Bulgaria was 1.1% (compared to the previous month), and annual inflation was 16.4 percent (compared to January 2022), according to preliminary data from the National Statistical Institute."
add("Average annual inflation for the period February 2022 - January 2023 compared to the period February 2021 - January 2022 is 15.9 percent.",
    "15.9 percent", "needs_review", ev(INF, "Bulgaria", "2022", 15.3252589264366),
    "a 12-month average to January 2023, not the calendar year (2022 = 15.33)", U, "2023-02-15", "Bulgaria", LEAD, "previous sentence", lang="en")
add("Average annual inflation for the period January - December 2022 compared to the period January - December 2021 was 15.3%.",
    "15.3%", "supported", ev(INF, "Bulgaria", "2022", 15.3252589264366),
    "Bulgaria 2022 = 15.33 within [15.25, 15.35] ±0.5 %", U, "2023-02-15", "Bulgaria", LEAD, "an earlier paragraph", lang="en")

# --- Serbia (Mašina, early 2022)
U = "https://www.masina.rs/inflacija-u-srbiji-divlja-a-vlast-se-pravi-mrtva/"
add("Kada je reč o Srbiji, međugodišnja stopa inflacije prema poslednjim podacima iznosi 8,8%, što je najviša stopa inflacije u poslednjih devet godina.",
    "8,8%", "needs_review", ev(INF, "Serbia", "2022", 11.9815117344703),
    "a month's 12-month rate ('prema poslednjim podacima': February 2022) vs the 2022 annual average 11.98", U, None, "Serbia", lang="sr")

# --- Estonia (ERR on Eurostat, 2022-07-01)
U = "https://news.err.ee/1608645634/estonia-s-annual-inflation-rises-to-22-percent-highest-in-eurozone"
add("Estonia's annual inflation hit 22 percent in June, the highest in the Eurozone, data from Eurostat shows .",
    "22 percent", "unsupported", none("Eurostat's euro-area comparison is the HICP: another series", "Estonia"),
    "a country's rate named as Eurostat's (the HICP) is another series; the CPI row 2022 = 19.40 must not judge it", U, "2022-07-01", "Estonia", lang="en")

# --- Ukraine: Derzhstat's CPI (Censor.net, 2022-11-10; RBC-Ukraine, December 2022), greenhouse gases (2015-10-16)
U = "https://censor.net/biz/news/3379647/inflyatsiya_pryskorylasya_do_266_nayibilshe_zrosly_tsiny_na_produkty_harchuvannya_derjstat"
LEAD = "Зростання споживчих цін в Україні у жовтні 2022 року прискорилося до 2,5% після росту на 1,9% у вересні, на 1,1% – у серпні та на 0,7% – у липні."
add("Як повідомляє Державна служба статистики (Держстат), з початку року ціни зросли на 24,8%.",
    "24,8%", "needs_review", ev(INF, "Ukraine", "2022", 20.1836366617478),
    "January–October 2022 on December 2021 (year to date) vs the 2022 annual average 20.18", U, "2022-11-10", "Ukraine", LEAD, "previous paragraph", lang="uk")
add("В річному вимірі інфляція у жовтні прискорилась до 26,6%, порівняно з 24,6% у вересні, 23,8% – у серпні, 22,2% – у липні, 21,5% – у червні та 18% – у травні.",
    "26,6%", "needs_review", ev(INF, "Ukraine", "2022", 20.1836366617478),
    "October 2022's 12-month rate vs the 2022 annual average 20.18", U, "2022-11-10", "Ukraine", LEAD, "an earlier paragraph", lang="uk")
U = "https://rbc.ua/rus/news/inflyatsiya-ukrayini-spovilnilasya-shcho-1670590378.html/amp"
add("Таким чином, інфляція перебуває на максимумі з лютого 2016 року, коли вона становила 32,7%.",
    "32,7%", "needs_review", ev(INF, "Ukraine", "2016", 13.9127101997797),
    "February 2016's 12-month rate vs the 2016 annual average 13.91", U, None, "Ukraine",
    "Споживчі ціни в Україні в листопаді 2022 року у порівнянні з листопадом минулого року зросли на 26,5%.", "an earlier paragraph", lang="uk")
U = "http://www.energyclimate.info/2015/10/ukraine-makes-carbon-reduction-pledge.html"
add("Ukraine emitted 944.4 million tons of CO2 equivalent in 1990 and 375.4 million tons in 2012, or 42.9% of 1990 level.",
    "944.4 million tons", "unsupported", none("all greenhouse gases in CO2-equivalent: another quantity than fossil CO2", "Ukraine"),
    "another quantity (fossil CO2 1990 must not judge it)", U, "2015-10-16", "Ukraine", lang="en")

# --- Moldova (Universul, January 2023)
U = "https://universul.net/moldova-reports-year-end-inflation-of-30-2/"
FIRST = "Consumer prices in Moldova rose 30.24% last month compared to December 2021, according to statistics released Wednesday."
add(FIRST, "30.24%", "needs_review", ev(INF, "Moldova", "2022", 28.7372976766236),
    "December 2022's 12-month rate vs the 2022 annual average 28.74", U, None, "Moldova", lang="en")
add("The average consumer price inflation was 28.7% over the last 12 months, compared to the previous 12 months, the agency said in a statement.",
    "28.7%", "supported", ev(INF, "Moldova", "2022", 28.7372976766236),
    "the 12 months to December 2022 (from 'last month compared to December 2021') are the calendar year: 28.74 within [28.65, 28.75] ±0.5 %",
    U, None, "Moldova", FIRST, "an earlier paragraph", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_l.jsonl")
    print(rows.summary())
