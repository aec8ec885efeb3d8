"""Writes benchmarks/devsets/explore/fresh_h.jsonl (labels by hand from ../shared/reference-sources).

Central Asia, the Caucasus and Eastern Europe, in English and Russian copy (issue 12, fifteenth pass)."""
import sys

from labelling import CO2, INF, LabelledRows, ev, none

rows = LabelledRows("fresh_h", "xfreshh")
add = rows.add
NO_POP = "population rows are Kazakhstan's and Russia's only"

# --- Uzbekistan (Trend via MENAFN, 2024-01-02; Invexi, 2022-11-02; Invest in Uzbekistan, 2022-01-10; Tashkent Times, early 2020)
U = "https://menafn.com/1107675208/Uzbekistan-Reveals-Inflation-Rate-In-December-2023"
add("The data of the Statistical Agency of Uzbekistan shows that the composite Consumer Price Index (CPI) amounted to 8.8 percent in annual terms.",
    "8.8 percent", "needs_review", ev(INF, "Uzbekistan", "2023", 9.95659071258018),
    "December 2023 on December 2022 vs the 2023 annual average 9.96", U, "2024-01-02", "Uzbekistan",
    "TASHKENT, Uzbekistan, January 2. Uzbekistan recorded an inflation rate of 1.2 percent in December 2023, Trend reports.",
    "an earlier paragraph", lang="en")
U = "https://invexi.org/?p=1570"
TITLE = "Inflation in the consumer sector of the Republic of Uzbekistan for 10 months of 2022"
add("In annual terms (relative to October 2021), the increase in consumer prices amounted to 12.2%.",
    "12.2%", "needs_review", ev(INF, "Uzbekistan", "2022", 11.4466436998836),
    "October 2022 on October 2021 vs the 2022 annual average 11.45", U, "2022-11-02", "Uzbekistan", TITLE, "title", lang="en")
add("The increase in food prices in annual terms in October 2022 reached 15.9%, providing the undisputed leadership of this group of goods.",
    "15.9%", "unsupported", none("food CPI is not a series of the packages", "Uzbekistan"),
    "food prices only: the headline 11.45 must not judge it", U, "2022-11-02", "Uzbekistan", TITLE, "title", lang="en")
U = "https://invest-in-uzbekistan.org/en/novosti-uzbekistana/inflyatsiya-v-2021-godu-ne-prevysila-10/"
add("Inflation in Uzbekistan for 2021 amounted to 9.98%, follows from the data of the State Statistics Committee.",
    "9.98%", "needs_review", ev(INF, "Uzbekistan", "2021", 10.8492397508122),
    "the statistics committee's year figure is December on December (9.98) vs the 2021 annual average 10.85", U, "2022-01-10", "Uzbekistan",
    "Inflation did not exceed 10% in 2021", "title", lang="en")
U = "http://tashkenttimes.uz/economy/4814-uzbekistan-inflation-at-15-2-in-2019"
add("The consumer index in Uzbekistan in 2019 topped 15.2%, the State Statistics Committee said in a report, while in 2018 it was at 14.3%.",
    "15.2%", "needs_review", ev(INF, "Uzbekistan", "2019", 14.5257359560687),
    "December 2019 on December 2018 vs the 2019 annual average 14.53", U, None, "Uzbekistan",
    "Uzbekistan inflation at 15.2% in 2019", "title", lang="en")
add("According to the main scenario of economic development, inflation in 2020 will be in the range of 12–13.5%.",
    "12–13.5%", "needs_review", ev(INF, "Uzbekistan", "2020", 12.8677297362606),
    "a projection for 2020 written early in 2020 (the year not complete); the 2020 average came out at 12.87", U, None, "Uzbekistan",
    "From January 1 2020, the Central Bank switches over to inflation targeting with a constant inflation target of 10% in 2021 and 5% in 2023.",
    "previous sentence", lang="en")
U = "https://nova24.uz/?p=174638"
add("По состоянию на 1 апреля 2023 года, численность населения Узбекистана составила 36 млн 197 тыс 781 человек.",
    "36 млн 197 тыс 781 человек", "unsupported", none(NO_POP, "Uzbekistan"),
    "Uzbekistan's population on 1 April 2023: no row", U, "2023-04", "Uzbekistan", "Опубликована численность населения Узбекистана", "title", lang="ru")
U = "https://centralasianlight.org/ru/news/tashkent-1"
add("На 1 января 2023 года постоянное население Ташкента составляет 2 955 700 человек.",
    "2 955 700 человек", "unsupported", none("a city's population: no rows below the national level (and none for Uzbekistan)", "Uzbekistan"),
    "Tashkent: no row", U, "2023-02-15", "Uzbekistan",
    "15 февраля администрация города Ташкент опубликовала данные о количестве населения города.", "an earlier paragraph", lang="ru")

# --- Kyrgyzstan (Economist.kg, 2023-04-11; Trend, 2023-06-24; 24.kg)
U = "https://economist.kg/novosti/2023/04/11/rost-cen-v-kr-v-i-kvartale-sostavil-3-2-nacstatkom/"
TITLE = "Рост цен в КР в I квартале составил 3.2% — Нацстатком"
add("Максимальный прирост цен зафиксирован в Нарынской области — на 6.1%.",
    "6.1%", "unsupported", none("a region's rate: no rows below the national level", "Kyrgyzstan"),
    "Naryn region's first quarter: national rows only", U, "2023-04-11", "Kyrgyzstan",
    "Повышение потребительских цен и тарифов наблюдалось во всех регионах страны.", "previous sentence", lang="ru")
add("Напомним, что годовая инфляция по итогам 2022 года составила 14.7%.",
    "14.7%", "needs_review", ev(INF, "Kyrgyz Republic", "2022", 13.9229093174176),
    "December 2022 on December 2021 vs the 2022 annual average 13.92", U, "2023-04-11", "Kyrgyzstan", TITLE, "title", lang="ru")
U = "https://en.trend.az/casia/kyrgyzstan/3765563.html"
add("In January-May 2023 (compared to December of the previous year), the overall increase in consumer prices and tariffs across the country amounted to 4.3 percent.",
    "4.3 percent", "needs_review", ev(INF, "Kyrgyz Republic", "2023", 10.7532770416742),
    "May 2023 on December 2022 (year to date) vs the 2023 annual average 10.75", U, "2023-06-24", "Kyrgyzstan",
    "BAKU, Azerbaijan, June 24. The volume of industrial production in Kyrgyzstan from January through May 2023 surpassed 165 billion soms ($1.8 billion), Trend reports.",
    "an earlier paragraph", lang="en")
add("BAKU, Azerbaijan, June 24. The volume of industrial production in Kyrgyzstan from January through May 2023 surpassed 165 billion soms ($1.8 billion), Trend reports.",
    "$1.8 billion", "unsupported", none("industrial output is not a series of the packages (GDP rows are Kazakhstan's and Russia's only)", "Kyrgyzstan"),
    "five months' industrial production: no row", U, "2023-06-24", "Kyrgyzstan", lang="en")
U = "https://24.kg/english/170994_Exchange_rate_of_US_dollar_close_to_82_soms_in_Kyrgyzstan/"
add("The nominal rate was set by the National Bank at 80,6364 soms (0.01 percent growth).",
    "80,6364 soms", "unsupported", none("no som rows in the exchange-rate files", "Kyrgyzstan"),
    "som per dollar: no row", U, None, "Kyrgyzstan", "Exchange rate of U.S. dollar close to 82 soms in Kyrgyzstan", "title", lang="en")

# --- Tajikistan (Asia-Plus, 2022-08-23 and 2022-06-15; CentrAsia, 2014-01-16)
U = "https://asiaplustj.info/ru/news/tajikistan/economic/20220823/chto-v-tadzhikistane-podorozhalo-bolshe-vsego-s-nachala-goda"
add("Уровень инфляции в потребительском секторе Таджикистана в январе-июле 2022 года составил 4,6%.",
    "4,6%", "unsupported", none("a period outside the data: Tajikistan's CPI rows end in 2016", "Tajikistan"),
    "no 2022 row for Tajikistan (and a year-to-date figure besides)", U, "2022-08-23", "Tajikistan", lang="ru")
U = "https://asiaplustj.info/en/news/tajikistan/economic/20220615/tajikistan-listed-among-the-top-three-remittance-recipients-in-terms-of-the-share-of-gdp"
add("The latest Migration and Development Brief notes that that as a share of gross domestic product (GDP) for 2021, the top three recipients were Lebanon – 54 percent, Tonga – 44 percent and Tajikistan – 34.5 percent.",
    "34.5 percent", "unsupported", none("remittances are not a series of the packages; GDP rows are Kazakhstan's and Russia's only", "Tajikistan"),
    "remittances as a share of GDP: no row", U, "2022-06-15", "Tajikistan", lang="en")
U = "https://centrasia.org/newsA.php?st=1389867960"
add("По данным статагентства, инфляция в потребительском секторе Таджикистана по итогам 2013 года составила 3,7%.",
    "3,7%", "needs_review", ev(INF, "Tajikistan", "2013", 5.00964645344951),
    "December 2013 on December 2012 vs the 2013 annual average 5.01", U, "2014-01-16", "Tajikistan",
    "Рекордно низкий уровень инфляции зафиксирован в Таджикистане за последние два десятилетия, сообщило Агентство по статистике республики в среду.",
    "previous paragraph", lang="ru")

# --- Armenia (News.am, 2021-12-14; Azatutyun, March 2012)
U = "https://news.am/eng/news/677423.html"
add("In November, after the stable situation of the previous months, the 12-month normal inflation increased to 8.4%, and the 12-month inflation—to 9.6% in Armenia.",
    "9.6%", "needs_review", ev(INF, "Armenia", "2021", 7.18483629443371),
    "November 2021 on November 2020 vs the 2021 annual average 7.18", U, "2021-12-14", "Armenia", lang="en")
add("He explained that the refinancing rate in Armenia has increased to 7.75%—and taking into account the considerable increase in external inflationary impacts.",
    "7.75%", "unsupported", none("a policy rate is not a series of the packages", "Armenia"),
    "the refinancing rate: no row (Armenia's CPI must not judge it)", U, "2021-12-14", "Armenia", lang="en")
U = "https://azatutyun.am/amp/24525491.html"
add("According to the government agency, consumer prices steadily fell after February 2011, bringing the inflation rate down to 4.7 percent in December.",
    "4.7 percent", "needs_review", ev(INF, "Armenia", "2011", 7.65000807859294),
    "December 2011 on December 2010 vs the 2011 annual average 7.65", U, None, "Armenia",
    "The National Statistical Service (NSS) recorded a year-on-year inflation rate of 3 percent last month, sharply down from 12.4 percent in the year-earlier period.",
    "previous paragraph", lang="en")

# --- Azerbaijan (Xinhua in Russian, 2022-01-18)
U = "http://russian.people.com.cn/n3/2022/0118/c31519-9946105.html"
add("Баку, 17 января /Синьхуа/ -- Среднегодовая инфляция в Азербайджане на конец декабря 2021 года составила 6,7 проц.",
    "6,7 проц", "supported", ev(INF, "Azerbaijan", "2021", 6.65029912708779),
    "Azerbaijan CPI 2021 = 6.650, within 6.65..6.75 ∓0.5 % (the annual average, 'среднегодовая')", U, "2022-01-18", "Azerbaijan", lang="ru")
add("Среднегодовая инфляция в Азербайджане в 2020 году равнялась 2,8 проц.",
    "2,8 проц", "supported", ev(INF, "Azerbaijan", "2020", 2.75980947008127),
    "Azerbaijan CPI 2020 = 2.760, within 2.75..2.85 ∓0.5 %", U, "2022-01-18", "Azerbaijan", lang="ru")
add("Среднегодовая инфляция по продовольственным товарам на конец декабря составила 8,1 проц, по непродовольственным товарам -- 5,1 проц, услугам -- 5,8 проц.",
    "8,1 проц", "unsupported", none("food CPI is not a series of the packages", "Azerbaijan"),
    "food prices only: the headline 6.65 must not judge it", U, "2022-01-18", "Azerbaijan",
    "Цены на продовольственные товары, напитки и табак выросли на 2,6 проц, на непродовольственные товары -- на 0,7 проц, а услуги подорожали на 0,9 проц.",
    "previous paragraph", lang="ru")

# --- Moldova (TASS, 2023-01-11; IPN, early 2022)
U = "https://tass.ru/ekonomika/16777211"
add("КИШИНЕВ, 11 января. /ТАСС/. Уровень инфляции в Молдавии по итогам 2022 года составил 30,24%, что является рекордным показателем за последние 20 лет.",
    "30,24%", "needs_review", ev(INF, "Moldova", "2022", 28.7372976766236),
    "December 2022 on December 2021 vs the 2022 annual average 28.74", U, "2023-01-11", "Moldova", lang="ru")
U = "https://ipn.md/index.php/en/annual-inflation-rate-will-rise-considerably-until-third-quarter-nbm-7966_1087865.html"
add("In January 2022, inflation was 16.6%, up 2.6 percentage points on the previous month, due to higher food prices (+7.6 points), core inflation (+4.2 points), regulated prices (+2.9 points) and fuel prices (+1.9 points).",
    "16.6%", "needs_review", ev(INF, "Moldova", "2022", 28.7372976766236),
    "January 2022 on January 2021 vs the 2022 annual average 28.74", U, None, "Moldova", lang="en")

# --- Ukraine (Interfax-Ukraine, 2023-01-10; Gwara Media)
U = "https://en.interfax.com.ua/news/economic/883480.html"
add("In December last year, inflation was recorded at 0.6%, so at the end of the year the year-over-year inflation amounted to 26.6% compared to 26.5% at the end of November.",
    "26.6%", "needs_review", ev(INF, "Ukraine", "2022", 20.1836366617478),
    "December 2022 on December 2021 vs the 2022 annual average 20.18", U, "2023-01-10", "Ukraine",
    "Inflation in Ukraine reaches 26.6% in 2022 – statistics", "title", lang="en")
t = "As reported, in 2021 inflation in Ukraine rose to 10% from 5% in 2020 and 4.1% in 2019, while underlying inflation rose to 7.9% versus 4.5% a year earlier."
add(t, "10%", "needs_review", ev(INF, "Ukraine", "2021", 9.36313917695223),
    "December 2021 on December 2020 vs the 2021 annual average 9.36", U, "2023-01-10", "Ukraine", lang="en")
add(t, "7.9%", "unsupported", none("underlying (core) inflation is not a series of the packages", "Ukraine"),
    "core inflation 2021: the headline 9.36 must not judge it", U, "2023-01-10", "Ukraine", lang="en")
U = "https://gwaramedia.com/en/groceries-have-risen-in-price-by-25-in-ukraine/"
add("Ukrainian economy will recover by 4%, and currency exchange rate for 1 dollar will reach 45 UAH.",
    "45 UAH", "unsupported", none("no hryvnia rows in the exchange-rate files (and a projection)", "Ukraine"),
    "hryvnia per dollar: no row", U, None, "Ukraine", lang="en")
add("This is taking into account the fact that in 2022 Ukraine’s GDP will decrease by 32%.",
    "32%", "unsupported", none("real GDP growth is not a series of the packages (GDP rows are Kazakhstan's and Russia's only)", "Ukraine"),
    "a projected fall of real GDP: no row", U, None, "Ukraine",
    "Ukrainian economy will recover by 4%, and currency exchange rate for 1 dollar will reach 45 UAH.", "previous sentence", lang="en")

# --- Belarus (AiF Belarus, 2024-01-16; SICE, 2022-05-11; Reuters in Russian, 2015-01-12)
U = "https://aif.by/social/oficialnaya_inflyaciya_v_belarusi_v_2023_godu_sostavila_5_8"
add("По официальным данным, цены на товары и услуги за 2023 год (декабрь 2023 года к декабрю 2022-го) выросли на 5,8%.",
    "5,8%", "needs_review", ev(INF, "Belarus", "2023", 5.0005990309131),
    "December 2023 on December 2022 (the sentence says so) vs the 2023 annual average 5.00", U, "2024-01-16", "Belarus",
    "Официальная инфляция в Беларуси в 2023 году составила 5,8%", "title", lang="ru")
U = "https://sice.ru/news/266499"
TITLE = "Инфляция в Белоруссии замедлилась в апреле до 1,6%"
add("Годовая инфляция (относительно аналогичного месяца 2021 года) в апреле продолжила ускоряться и составила 16,8% против 15,9% в марте и 10% в феврале.",
    "16,8%", "needs_review", ev(INF, "Belarus", "2022", 15.209675274081),
    "April 2022 on April 2021 vs the 2022 annual average 15.21", U, "2022-05-11", "Belarus", TITLE, "title", lang="ru")
U = "https://ru.investing.com/news/economic-indicators/article-149439"
add("МИНСК (Рейтер) - Рост потребительских цен в Белоруссии за прошлый год составил 16,2 процента по сравнению с 16,5 процента в 2013 году, сообщил Белстат предварительные данные.",
    "16,2 процента", "needs_review", ev(INF, "Belarus", "2014", 18.1195543526734),
    "'за прошлый год' on 2015-01-12 is 2014, December on December, vs the 2014 annual average 18.12", U, "2015-01-12", "Belarus", lang="ru")

# --- Georgia (Agenda.ge, 2022-03-02; BM.ge, November 2022; Civil.ge, March 2022)
U = "https://agenda.ge/en/news/2022/490"
add("The Consumer Price Index in Georgia increased by 0.9 percent in February 2022 month-on-month, while the annual inflation rate totalled 13.7 percent, the latest inflation data of the National Statistics Office of Georgia (Geostat) shows.",
    "13.7 percent", "needs_review", ev(INF, "Georgia", "2022", 11.8981654203198),
    "February 2022 on February 2021 vs the 2022 annual average 11.90", U, "2022-03-02", "Georgia", lang="en")
U = "https://bm.ge/en/news/inflation-made-up-106-in-georgia-in-october/119823"
add("Food and non-alcoholic beverages: the prices in the group increased by 15.8%, contributing 5.22 percentage points to the overall annual inflation rate.",
    "15.8%", "unsupported", none("food CPI is not a series of the packages", "Georgia"),
    "food prices only: the headline 11.90 must not judge it", U, None, "Georgia",
    "In October 2022 the Consumer Price Index increased by 0.5 percent compared to the previous month, while the annual inflation rate amounted to 10.6%, - according to the National Statistics Office Of Georgia (Geostat).",
    "an earlier paragraph", lang="en")
U = "https://civil.ge/archives/478143"
add("According to the central bank, the weighted average was GEL 3.3947 per USD.",
    "GEL 3.3947 per USD", "unsupported", none("no lari rows in the exchange-rate files", "Georgia"),
    "lari per dollar at one auction: no row", U, None, "Georgia",
    "The National Bank Georgia offered USD 50 million on the foreign exchange auctions on March 9, of which USD 39,570,000 were sold.",
    "an earlier paragraph", lang="en")

# --- Serbia (bne IntelliNews, 2023-08-13; N1, February 2024)
U = "https://www.bne.eu/serbia-s-annual-inflation-slows-to-12-5-in-july-287942"
add("Looking at the first seven months of the year, Serbia recorded an average inflation rate of 14.9%.",
    "14.9%", "needs_review", ev(INF, "Serbia", "2023", 12.3719043552519),
    "the January-July 2023 average vs the full-year 2023 average 12.37", U, "2023-08-13", "Serbia", lang="en")
U = "https://n1info.rs/english/news/inflation-in-january-up-6-4-percent-year-on-year/"
add("Consumer prices in January 2024 increased by 6.4 percent in relation to January 2023, said the RZS.",
    "6.4 percent", "needs_review", ev(INF, "Serbia", "2024", 4.6705297488997),
    "January 2024 on January 2023 vs the 2024 annual average 4.67 (RZS is Serbia's statistics office)", U, None, "Serbia",
    "Prices of goods and services used for personal consumption in January 2024 in relation to December 2023 increased by 0.3 percent, on average, said Serbia's Statistic Office (RZS).",
    "previous paragraph", lang="en")

# --- Romania (Romania Journal, 2023-01-13)
U = "https://www.romaniajournal.ro/business/financial/inflation-slightly-down-in-december-yet-prices-continued-to-rise/"
LEAD = "The annual inflation rate decreased to 16.4% in December 2022, from 16.8% in November, due to the increase in the price of food products by 22.05%, non-food goods by 14.95% and services by 9.78 %, according to the data of the National Institute of Statistics, released on Friday."
add("The average rate of change in consumer prices in the last 12 months (January 2022 – December 2022) compared to the previous 12 months (January 2021 – December 2021) is 13.8%.",
    "13.8%", "needs_review", ev(INF, "Romania", "2022", 13.7954887432521),
    "Romania CPI 2022 = 13.795 agrees (13.75..13.85 ∓0.5 %), but neither the sentence nor the lead names Romania: "
    "'one claim with no place named' (relabelled from supported after the first run; see fresh_h.md)", U, "2023-01-13", "Romania",
    LEAD, "an earlier paragraph", lang="en")
add("The average rate of change in consumer prices in the last 12 months (January 2022 – December 2022) compared to the previous 12 months (January 2021 – December 2021) determined on the basis of the HIPC is 12%.",
    "12%", "unsupported", none("HICP is not a series of the packages", "Romania"),
    "the harmonised index's 2022 average: the national CPI 13.80 must not judge it", U, "2023-01-13", "Romania",
    "The annual inflation rate in December 2022 compared to December 2021 calculated on the basis of the harmonized consumer price index (HICP) is 14.1%.",
    "previous sentence", lang="en")
add("The National Bank of Romania (BNR) increased the inflation forecast for the end of this year to 16.3% and estimates an inflation of 11.2% for the end of next year, according to the data presented in November by the governor of the BNR, Mugur Isărescu.",
    "11.2%", "needs_review", ev(INF, "Romania", "2023", 10.3971874764996),
    "a projection (made November 2022) for December 2023 on December 2022 vs the 2023 annual average 10.40", U, "2023-01-13", "Romania", lang="en")

# --- Hungary (Reuters via Nasdaq, 2023-02-10 and 2024-01-12)
U = "https://www.nasdaq.com/articles/hungarys-jan-cpi-accelerates-to-25.7-y-y-above-forecast-stats"
add("Average inflation for 2022 was 14.5%.",
    "14.5%", "supported", ev(INF, "Hungary", "2022", 14.6081439492433),
    "Hungary CPI 2022 = 14.608, within 14.45..14.55 ∓0.5 % (upper 14.623)", U, "2023-02-10", "Hungary",
    "BUDAPEST, Feb 10 (Reuters) - Hungarian headline inflation HUCPIY=ECI rose to an annual 25.7% in January from 24.5% in December, boosted by higher household energy, food and fuel prices, the Central Statistics Office (KSH) said on Friday.",
    "an earlier paragraph", lang="en")
U = "https://www.nasdaq.com/articles/hungarys-december-cpi-slows-down-to-5.5-y-y-below-forecast-stats"
add("Average inflation for 2023 was +17.6%.",
    "+17.6%", "contradicted", ev(INF, "Hungary", "2023", 17.1249659678737),
    "Hungary CPI 2023 = 17.125 vs KSH's 17.6 (band 17.55..17.65 ∓0.5 %, lower 17.46): the sources disagree", U, "2024-01-12", "Hungary",
    "Jan 12 (Reuters) - Hungarian headline inflation HUCPIY=ECI slowed to an annual +5.5% in December from +7.9% in November, below analysts' expectations of +6.0%, the Central Statistics Office (KSH) said on Friday.",
    "an earlier paragraph", lang="en")

# --- Albania (Invest in Albania, 2022-01-12)
U = "https://invest-in-albania.org/albanias-inflation-hit-11-years-high-in-december/"
add("Overall prices rose 3.7 percent in December 2021 compared to the same period of 2020 when the price rose at 1.1 percent.",
    "3.7 percent", "needs_review", ev(INF, "Albania", "2021", 2.04147163139545),
    "December 2021 on December 2020 vs the 2021 annual average 2.04", U, "2022-01-12", "Albania",
    "The consumer price index was 103.7 points in December 2021, its highest reading since June 2011, based on data from the Institute of Statistics (INSTAT).",
    "previous sentence", lang="en")

# --- Mongolia (The Earthbound Report, 2022-10-06)
U = "https://earthbound.report/2022/10/06/why-does-mongolia-have-such-a-high-carbon-footprint/"
add("Mongolia is the world’s most sparsely populated country, with 3.3 million people spread across its vast territory.",
    "3.3 million people", "unsupported", none(NO_POP, "Mongolia"),
    "Mongolia's population: no row", U, "2022-10-06", "Mongolia", lang="en")

# --- Kazakhstan among the CIS (Orda.kz): CO2 per head, no year named
U = "https://orda.kz/kazahstan-lidiruet-v-vybrosah-uglekislogo-gaza-sredi-stran-sng-380275"
add("На каждого жителя нашей республики приходится впечатляющий объем — 14,4 тонны углекислого газа в год.",
    "14,4 тонны", "needs_review", ev(CO2, "KAZAKHSTAN", "2020", 3.003205794220789) | {"column": "Per Capita"},
    "no year named (an EDB report); the latest row, 2020, gives 3.003 t C × 3.664 = 11.0 t CO2 a head: which year the report meant is for a person",
    U, None, "Kazakhstan", "Казахстан лидирует в выбросах углекислого газа среди стран СНГ", "title", lang="ru")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_h.jsonl")
    print(rows.summary())
