"""Writes benchmarks/devsets/explore/fresh_s.jsonl (labels by hand from ../shared/reference-sources):
wire copy and state news agencies outside Europe and North America — Xinhua (in English and Russian, and
its copies on mirror sites), Yonhap, Bernama, Antara, Kazinform, Trend, APP, PTI, APA, EFE, Agência Brasil
(through a local site) and dispatches quoting ministries, statistics offices and central banks — in English,
Indonesian, Portuguese, Spanish, French and Russian."""
import sys

from labelling import FXM, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_s", "xfreshs")
add = rows.add
KOR = "Korea, Rep."
MONTH = "a month's 12-month rate vs the annual average"

# --- China: Xinhua's monthly CPI dispatches and the yuan's central parity (mirror sites)
U = "http://www.resvibrant.com/english/2018-12/09/c_137661080.htm"
add("BEIJING, Dec. 9 (Xinhua) -- China's consumer price index (CPI), a main gauge of inflation, rose 2.2 percent year on year in November, down from 2.5 percent in October, the National Bureau of Statistics (NBS) said Sunday.",
    "2.2 percent", "needs_review", ev(INF, "China", "2018", 2.07479039965576),
    MONTH + ": November 2018's 2.2 vs 2018's 2.07", U, "2018-12-09", "China", lang="en")
add("In the Jan.-Nov. period, the CPI gained 2.1 percent from the previous year, well below the government's target ceiling of 3 percent for 2018, data from the NBS showed.",
    "2.1 percent", "needs_review", ev(INF, "China", "2018", 2.07479039965576),
    "a year-to-date average (January–November) on 9 December vs the whole year's 2.07 (it fits the band; supported would pass an incomplete year silently)",
    U, "2018-12-09", "China", lang="en")
U = "http://en.chinagate.cn/2016-11/09/content_39666938.htm"
add("China's consumer price index (CPI), a main gauge of inflation, grew 2.1 percent year on year in October, up from September's 1.9 percent, the National Bureau of Statistics (NBS) announced Wednesday.",
    "2.1 percent", "needs_review", ev(INF, "China", "2016", 2.00000182191943),
    MONTH + ": October 2016's 2.1 vs 2016's 2.00", U, "2016-11-09", "China",
    "1st LD: China consumer prices up 2.1 pct in October", "title", lang="en")
U = "http://texindex.com/News/Detail/8915.html"
add("The central parity rate of the Chinese currency renminbi, or the yuan, strengthened by 38 basis points to 6.1396 against the U.S. dollar on Thursday, according to the China Foreign Exchange Trading System.",
    "6.1396", "needs_review", ev(FXM, "China", "2015-04", 6.2010),
    "a day's central parity (2 April 2015) vs the monthly mean of April 2015, 6.2010", U, "2015-04-03", "China", lang="en")
U = "https://english.dbw.cn/system/2021/08/04/001433633.shtml"
add("U.S. dollar 100 646.55",
    "646.55", "needs_review", ev(FXM, "China", "2021-08", 6.4768),
    "a day's central parity (yuan per 100 dollars: 6.4655 per dollar, 4 August 2021) vs August 2021's monthly mean 6.4768 (it fits the band; a day is not the month)",
    U, "2021-08-04", "China", "Currency Unit Central parity rate in yuan", "the table's column row", lang="en")

# --- Malaysia: Bernama (through Malay Mail), theSun on the DOSM, Xinhua
U = "https://www.malaymail.com/news/money/2024/02/23/stats-dept-malaysias-inflation-remains-at-15pc-in-january-2024/119598"
T = "Malaysia’s 1.5 per cent inflation rate was lower than the United States (3.1 per cent), the Philippines (2.8 per cent), South Korea (2.8 per cent), eurozone (2.8 per cent) and Indonesia (2.6 per cent)."
C = "KUALA LUMPUR, Feb 23 ― Malaysia’s headline inflation remained at 1.5 per cent in January 2024 with the Consumer Price Index (CPI) at 131.4 points against 129.5 a year earlier, according to the Department of Statistics Malaysia (DoSM)."
add(T, "3.1 per cent", "needs_review", ev(INF, "United States", "2024", 2.94952520485207),
    "the United States' 12-month rate of January 2024 (the lead names the month) vs 2024's average 2.95", U, "2024-02-23", "United States", C, "the lead", lang="en")
add(T, "2.6 per cent", "unsupported", none("Indonesia's CPI rows end in 2023", "Indonesia"),
    "January 2024: after Indonesia's last row", U, "2024-02-23", "Indonesia", C, "the lead", lang="en")
add("It was nevertheless higher than Thailand (-1.1 per cent) and China (-0.8 per cent). ― Bernama",
    "-0.8 per cent", "needs_review", ev(INF, "China", "2024", 0.218128938439177),
    "China's 12-month rate of January 2024 vs 2024's average 0.22", U, "2024-02-23", "China", T, "previous sentence", lang="en")
U = "https://thesun.my/business/malaysia-s-headline-inflation-stable-at-15-in-december-GC12013261"
T = "The annual headline inflation in 2023 increased by 2.5% (2022: 3.3%)."
add(T, "2.5%", "supported", ev(INF, "Malaysia", "2023", 2.48886560125754),
    "2023: 2.489 in 2.5's band [2.438, 2.563]", U, "2024-01-22", "Malaysia", lang="en")
add(T, "3.3%", "contradicted", ev(INF, "Malaysia", "2022", 3.37869862549928),
    "2022: 3.379 beyond 3.3's band [3.234, 3.367] (the DOSM's own figure rounds lower)", U, "2024-01-22", "Malaysia", lang="en")
U = "https://www.busiunion.com/new/new-30-996.html"
add("Malaysia's consumer price index (CPI) declined 2.9 percent year on year in May, official data showed Wednesday.",
    "2.9 percent", "needs_review", ev(INF, "Malaysia", "2020", -1.1387021539305),
    MONTH + ": May 2020's fall of 2.9 vs 2020's −1.14", U, "2020-06-25", "Malaysia",
    "Malaysia inflation rate down 2.9 pct in May", "title", lang="en")

# --- South Korea: Yonhap
U = "https://en.yna.co.kr/view/AEN20211231001000320"
T = "Consumer prices rose 2.5 percent this year from a year earlier, accelerating from a 0.5 percent on-year gain in 2020, according to the data compiled by Statistics Korea."
C = "SEOUL, Dec. 31 (Yonhap) -- South Korea's consumer prices grew at the fastest pace in 10 years in 2021 due to surging energy costs and high prices of farm products, data showed Friday."
add(T, "2.5 percent", "supported", ev(INF, KOR, "2021", 2.49833333333339),
    "'this year' on 31 December 2021: 2.498 in 2.5's band", U, "2021-12-31", "South Korea", C, "previous sentence", lang="en")
add(T, "0.5 percent", "supported", ev(INF, KOR, "2020", 0.537288023411737),
    "2020: 0.537 in 0.5's band [0.448, 0.553]", U, "2021-12-31", "South Korea", C, "previous sentence", lang="en")
add("It marked the steepest on-year rise since 2011, when consumer inflation spiked 4 percent.",
    "4 percent", "supported", ev(INF, KOR, "2011", 4.0259650043609),
    "2011: 4.03 in 4's band [3.48, 4.52]", U, "2021-12-31", "South Korea", T, "previous sentence", lang="en")
U = "https://en.yna.co.kr/view/AEN20200303001651320"
add("Last year, Korea's consumer prices climbed 0.4 percent on-year, the slowest growth since 1965.",
    "0.4 percent", "supported", ev(INF, KOR, "2019", 0.383000303608136),
    "'last year' on 3 March 2020 is 2019: 0.383 in 0.4's band [0.348, 0.452]", U, "2020-03-03", "South Korea", lang="en")
add("The inflation rate in Asia's fourth-largest economy increased 1.5 percent in January, the highest in 14 months, Statistics Korea said.",
    "1.5 percent", "needs_review", ev(INF, KOR, "2020", 0.537288023411737),
    MONTH + ": January 2020's 1.5 vs 2020's 0.54 (a year not over at the draft date)", U, "2020-03-03", "South Korea",
    "SEOUL, March 3 (Yonhap) -- South Korea's headline inflation rose 1.1 percent in February from a year earlier, marking an increase of over 1 percent for the second straight month, the statistics agency said Tuesday.",
    "previous sentence", lang="en")

# --- Kazakhstan: Xinhua in Russian, Kazinform
U = "http://nbhuajunkj.com/n3/2021/0203/c31519-9815642.html"
add("По данным Бюро национальной статистики Агентства по стратегическому планированию и реформам Казахстана, население страны на 1 декабря 2020 года составило около 18,9 млн человек.",
    "около 18,9 млн человек", "needs_review", ev(POP, "Kazakhstan", "2020", 19482117),
    "a count on 1 December 2020 vs the 2020 mid-year estimate 19.48 m (within 'about''s ±5 %; a date is not the year's estimate)",
    U, "2021-02-03", "Kazakhstan", lang="ru")
U = "https://en.inform.kz/news/population-of-kazakhstan-reaches-17-563-300_a2817932/"
add("Population of Kazakhstan reaches 17 563 300",
    "17 563 300", "needs_review", ev(POP, "Kazakhstan", "2015", 18084169),
    "a count on 1 August 2015 (the dispatch's January–July) vs the 2015 mid-year estimate 18.08 m (another vintage too)", U, None, "Kazakhstan", lang="en")
U = "https://qazinform.com/news/kazakhstan-ramps-up-environmental-protection-investments-2604f9"
T = "Notably, China alone contributed 30.1% of the total volume, emitting 15.9 billion tonnes of CO₂ equivalent."
C = "China, the United States and India were responsible for nearly half of all global greenhouse gas emissions in 2023."
add(T, "30.1%", "unsupported", none("a share of world greenhouse-gas emissions (EDGAR, CO2-equivalent): no world total and no such series", "China"),
    "share of the world's greenhouse gases: no row", U, None, "China", C, "previous sentence", lang="en")
add(T, "15.9 billion tonnes of CO₂ equivalent", "unsupported", none("greenhouse gases in CO2-equivalent are not fossil CO2; 2023 is after the CO2 rows (end 2020)", "China"),
    "all greenhouse gases, 2023: no row", U, None, "China", C, "previous sentence", lang="en")

U = "https://arminfo.info/full_news.php?id=93902"
add("По данным Международного валютного фонда (МВФ), размер ВВП Казахстана на душу населения составил $14,77 тыс. против $14,26 тыс. у России и $13,34 тыс. у Туркменистана, сообщает РБК.",
    "$14,77 тыс.", "unsupported", none("the IMF's figure for 2025 (a forecast published in August 2025); the GDP rows end in 2023", "Kazakhstan"),
    "GDP per head of 2025: after the data", U, "2025-08-15", "Kazakhstan",
    "АрмИнфо. Казахстан впервые обошел Россию по внутреннему валовому продукту (ВВП) на душу населения и возглавил рейтинг стран Содружества Независимых Государств (СНГ).",
    "previous sentence", lang="ru")

# --- Indonesia: Antara
U = "https://antaranews.com/berita/723218/bps-inflasi-lebaran-2018-lebih-rendah-dari-tahun-tahun-lalu"
add("Dengan inflasi pada Juni 2018 sebesar 0,59 persen, maka laju inflasi tahun kalender Januari-Juni tercatat sebesar 1,90 persen dan inflasi tahun ke tahun (yoy) 3,12 persen.",
    "3,12 persen", "needs_review", ev(INF, "Indonesia", "2018", 3.1983464156241),
    MONTH + ": June 2018's 3.12 vs 2018's 3.20", U, None, "Indonesia", lang="id")

# --- Brazil: Agência Brasil's dispatch (through chicoterra.com)
U = "https://chicoterra.com/2020/01/14/inflacao-oficial-fecha-2019-em-431-2/"
add("A inflação oficial, medida pelo Índice Nacional de Preços ao Consumidor Amplo (IPCA), fechou o ano de 2019 em 4,31%.",
    "4,31%", "needs_review", ev(INF, "Brazil", "2019", 3.73297621216894),
    "the IPCA accumulated December to December vs 2019's annual average 3.73", U, "2020-01", "Brazil", lang="pt")
add("A taxa é superior aos 3,75% observados em 2018, segundo dados divulgados hoje (10) pelo Instituto Brasileiro Geografia e Estatística (IBGE).",
    "3,75%", "needs_review", ev(INF, "Brazil", "2018", 3.66485028376729),
    "2018's IPCA December to December vs 2018's annual average 3.66",
    U, "2020-01", "Brazil", "A inflação oficial, medida pelo Índice Nacional de Preços ao Consumidor Amplo (IPCA), fechou o ano de 2019 em 4,31%.",
    "previous sentence", lang="pt")

# --- Ghana: APA
U = "https://apanews.net/ghanas-inflation-rate-for-january-drops-slightly-to-53-6/"
add("Ghana’s inflation rate dropped slightly from 54.1 per cent in December 2022 to 53.6 per cent in January this year, according to the Ghana Statistical Service.",
    "53.6 per cent", "needs_review", ev(INF, "Ghana", "2023", 38.1069656296501),
    MONTH + ": January 2023's 53.6 vs 2023's 38.11", U, None, "Ghana", lang="en")

# --- Pakistan: Xinhua, APP (through Financial Tribune)
U = "http://www.nsh-em.com/english/2018-02/02/c_136943705.htm"
add("ISLAMABAD, Feb. 2 (Xinhua) -- The Pakistan Bureau of Statistics (PBS) said that average inflation in the country increased by 3.86 percent during the first seven months of the Financial Year 2018 as against the same period of last year.",
    "3.86 percent", "needs_review", ev(INF, "Pakistan", "2018", 5.07805725868917),
    "an average over July 2017–January 2018 (a fiscal year to date) vs calendar 2018's 5.08", U, "2018-02-02", "Pakistan", lang="en")
add("As per the official data, the inflation rate in the South Asian country expanded by 4.42 percent in the month of January when compared with 4.57 percent in December 2017 and 3.66 percent in January 2017.",
    "4.57 percent", "needs_review", ev(INF, "Pakistan", "2017", 4.08537368032608),
    MONTH + ": December 2017's 4.57 vs 2017's 4.09", U, "2018-02-02", "Pakistan", lang="en")
U = "https://financialtribune.com/articles/world-economy/46777/pak-cpi-at-45"
add("The CPI inflation clocked in at 3.2% year-on-year in June and 1.9% in July 2015.",
    "1.9%", "needs_review", ev(INF, "Pakistan", "2015", 2.52932817254229),
    MONTH + ": July 2015's 1.9 vs 2015's 2.53", U, None, "Pakistan",
    "The consumer price index inflation rose to 4.1% in July, the Pakistan Bureau of Statistics data showed.", "previous sentence", lang="en")

# --- India: PTI (through Rediff)
U = "https://news.rediff.com/commentary/2023/sep/15/rupee-falls-13-paise-to-close-at-83.16-against-us-dollar/59edc0df32eca8fbe5990ade64159abf"
add("The rupee finally settled at 83.16 against the US dollar, down 13 paise from its previous close.",
    "83.16", "needs_review", ev(FXM, "India", "2023-09", 83.07),
    "a day's close (15 September 2023) vs September 2023's monthly mean 83.07 (it fits the band; a day is not the month)", U, "2023-09-15", "India", lang="en")

# --- South Africa: Xinhua (mirror sites)
U = "http://91dzs.com/world/Off_the_Wire/2013-08/22/content_29788635.htm"
T = "The South African CPI average in 2012 was 5.6 percent, compared with 5 percent in 2011 and 4.3 percent in 2010."
add(T, "5.6 percent", "contradicted", ev(INF, "South Africa", "2012", 5.73797139141739),
    "2012: 5.738 beyond 5.6's band [5.522, 5.678] (Stats SA's own average differs from the file)", U, "2013-08-22", "South Africa", lang="en")
add(T, "4.3 percent", "contradicted", ev(INF, "South Africa", "2010", 4.06749555950263),
    "2010: 4.067 below 4.3's band [4.229, 4.372]", U, "2013-08-22", "South Africa", lang="en")
add("On Wednesday, the South African currency rand hit a six-week low against the U. S. dollar, with a ratio of one dollar against 10.28 rands.",
    "10.28 rands", "needs_review", ev(FXM, "South Africa", "2013-08", 10.0708),
    "a day's rate (21 August 2013) vs August 2013's monthly mean 10.07", U, "2013-08-22", "South Africa", lang="en")
U = "http://www.xb824.com/english/2018-01/24/c_136921863.htm"
T = "Average annual consumer price inflation was 5.3 percent for 2017, 1.1 percentage points lower than the previous year's 6.4 percent."
# the lead names the country; the first build left it out (see the .md's "Corrections")
C = "JOHANNESBURG, Jan. 24 (Xinhua) -- South Africa's consumer price index (CPI) rose 4.7 percent in the year that ended in December 2017, but it remained within the government's 3 percent to 6 percent target band, Statistics SA said on Wednesday."
add(T, "5.3 percent", "contradicted", ev(INF, "South Africa", "2017", 5.18618655524149),
    "2017: 5.186 below 5.3's band [5.224, 5.377]", U, "2018-01-24", "South Africa", C, "the lead", lang="en")
add(T, "1.1 percentage points", "contradicted", ev(INF, "South Africa", "2017", 5.18618655524149),
    "derived: 2016's 6.603 − 2017's 5.186 = 1.42 points, beyond 1.1's band [1.045, 1.156]", U, "2018-01-24", "South Africa", C, "the lead", lang="en")
add(T, "6.4 percent", "contradicted", ev(INF, "South Africa", "2016", 6.60290842394872),
    "'the previous year's' = 2016: 6.603 beyond 6.4's band [6.318, 6.432]", U, "2018-01-24", "South Africa", C, "the lead", lang="en")

# --- Azerbaijan: Trend
U = "https://en.trend.az/business/economy/2917375.html"
add("The inflation in Azerbaijan was 12.9 percent in 2017.",
    "12.9 percent", "supported", ev(INF, "Azerbaijan", "2017", 12.9359184187335),
    "2017: 12.936 in 12.9's band [12.786, 13.015]", U, "2018-06-14", "Azerbaijan", lang="en")

# --- Saudi Arabia: GASTAT through the Saudi Gazette (zawya)
U = "https://www.zawya.com/en/economy/gcc/gastat-saudi-annual-inflation-slowed-to-16-in-march-bfwruqdy"
add("RIYADH — Inflation, which is measured by consumer price index, dropped to 1.6 percent during the last month of March, compared to 2.8 percent in the previous month of February and 2.7 percent in the month of March 2023, according to the latest report of the General Authority for Statistics (GASTAT).",
    "2.7 percent", "needs_review", ev(INF, "Saudi Arabia", "2023", 2.32708518362692),
    MONTH + ": March 2023's 2.7 vs 2023's 2.33", U, "2024-04-16", "Saudi Arabia", lang="en")

# --- Morocco: the HCP's yearly note (Infomediaire)
U = "https://www.infomediaire.net/prix-a-la-consommation-meknes-fait-exception-au-maroc/"
add("Infomediaire Maroc – L’Indice des prix à la consommation (IPC) annuel moyen a enregistré, au terme de l’année 2017, une augmentation de 0,7% par rapport à l’année 2016.",
    "0,7%", "contradicted", ev(INF, "Morocco", "2017", 0.754663249323619),
    "2017: 0.7547 just beyond 0,7's band [0.647, 0.754] (the HCP's own average rounds to 0.7)", U, "2018-01", "Morocco", lang="fr")

# --- Latin America: EFE (through SELA)
U = "http://www.sela.org/es/prensa/servicio-informativo/20150120/si/20406/inflacion-promedio-crecio-a-9-4-en-america-latina"
add("La inflación promedio acumulada en 12 meses, a octubre del 2014, fue del 9,4%, frente al 7,6% a diciembre del 2013.",
    "9,4%", "unsupported", none("a regional average of Latin America (CEPAL) is not a row", "Latin America"),
    "an aggregate of the region: no row", U, "2015-01-20", "Latin America",
    "Bogotá, 20 de enero de 2015 (EFE).- El balance preliminar de las economías latinoamericanas que elabora la Comisión Económica para América Latina y el Caribe (CEPAL), confirmó la tendencia inflacionaria al alza impulsada por altas tasas en Venezuela y Argentina.",
    "an earlier paragraph", lang="es")
add("Los datos a noviembre del 2014, y a la espera de la publicación de la cifra definitiva en Venezuela, dicen que en esa nación los precios crecieron el 63,6% interanual, mientras que, en Argentina, la inflación se duplicó respecto al año anterior, al pasar del 10,09%, al 23,90%.",
    "63,6%", "needs_review", ev(INF, "Venezuela, RB", "2014", 62.1686499794829),
    MONTH + ": November 2014's 63.6 vs 2014's 62.17", U, "2015-01-20", "Venezuela", lang="es")

# --- The Philippines and Vietnam: Xinhua
U = "http://m.nsh-em.com/english/2019-01/18/c_137755167.htm"
add("MANILA, Jan. 18 (Xinhua) -- The full-year average inflation in the Philippines for 2018 settled at 5.2 percent after the average inflation eases during the fourth quarter, the Philippine central bank said on Friday.",
    "5.2 percent", "contradicted", ev(INF, "Philippines", "2018", 5.30934661627707),
    "2018: 5.309 beyond 5.2's band [5.124, 5.276] (the PSA's 2012-based average; the file holds a later vintage)", U, "2019-01-18", "Philippines", lang="en")
U = "https://cvdvn.net/2020/01/11/vietnam-posts-lowest-cpi-growth-in-3-years/"
add("HANOI, Jan. 9 (Xinhua) — The consumer price index (CPI) of Vietnam, which measures changes in the prices paid by consumers for a basket of goods and services, rose 2.79 percent in 2019, the lowest level over the past three years, the country’s General Statistics Office said Thursday.",
    "2.79 percent", "supported", ev(INF, "Viet Nam", "2019", 2.7958236745225),
    "2019: 2.796 in 2.79's band [2.771, 2.809]", U, "2020-01-09", "Vietnam", lang="en")
U = "https://www.thestar.com.my/aseanplus/aseanplus-news/2024/10/06/vietnam039s-cpi-inches-up-388-per-cent-in-nine-months"
add("HANOI (Xinhua): Vietnam's consumer price index (CPI) went up by 3.88 per cent year on year in the first nine months of this year, according to data released by the General Statistics Office (GSO) on Sunday.",
    "3.88 per cent", "needs_review", ev(INF, "Viet Nam", "2024", 3.62109273885843),
    "a nine-month average (January–September 2024) vs 2024's 3.62 (a year not over at the draft date)", U, "2024-10-06", "Vietnam", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_s.jsonl")
    print(rows.summary())
