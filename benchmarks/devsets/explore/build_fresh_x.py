"""Writes benchmarks/devsets/explore/fresh_x.jsonl (labels by hand from ../shared/reference-sources):
broadcast, official and agency voices — radio and TV transcripts and their web write-ups (ABC's AM, NTV,
Astro Awani, KTV, VTV, MM News, hr-iNFO's podcast page, podcast transcripts of FiveThirtyEight and the BBC's More
or Less, a school news script), officials' speeches and statements (central-bank governors of Georgia, Russia,
Malaysia and Mexico, Ghana's budget speech, Kazakhstan's and Russia's presidents, an Egyptian statistician),
statistical offices' releases (Kenya, Rwanda, Vietnam, Senegal, Indonesia), international organisations'
briefings as national papers report them (the ADB in Bangladesh, the Global Carbon Project in India), and
African and Asian national papers (The Daily Star, Business Standard, the Bangkok Post, The London Nigerian) —
in English, Russian, Korean, Ukrainian, Italian, French, German, Spanish, Indonesian and Arabic."""
import sys

from labelling import CO2, FXM, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_x", "xfreshx")
add = rows.add
PPM_MM = ("wild/co2-ppm", "data/co2-mm-mlo.csv", "Average")
PPM_GR = ("wild/co2-ppm", "data/co2-gr-mlo.csv", "Annual Increase")
CO2PC = (CO2[0], CO2[1], "Per Capita")
UNDATED = "the page gives no date and the figure no year: the latest row stands for the check"
NO_POP = "the population slices hold Kazakhstan and the Russian Federation only"
NO_PLACE = "the sentence names no place (the office's own release; the country is only the page's)"

# --- Radio, TV and podcasts: transcripts and their web write-ups
U = "https://www.abc.net.au/am/content/2004/s1218111.htm"
t = "In the past two years he's found CO2 levels have jumped from an average annual increase of 1.5 parts per million to more than two that's more than a quarter."
c = "KIRSTEN AIKEN: Charles Keeling has been measuring atmospheric carbon dioxide levels at his remote observation station in Hawaii since 1958."
add(t, "1.5 parts per million", "needs_review", ev(PPM_GR, "Mauna Loa", "1990/2001", 1.529),
    "an average of the years before, which the text does not bound: 1990–2001 gives 1.53, 1980–2001 1.56, 1959–2001 1.32 —"
    " which span is meant is for a person", U, "2004-10-12", "World (Mauna Loa)", c, "previous sentence", lang="en")
add(t, "more than two", "supported", ev(PPM_GR, "Mauna Loa", "2003", 2.26),
    "the past two years at Mauna Loa: 2002 2.51 and 2003 2.26 ppm a year, both more than two (the unit carried from"
    " '1.5 parts per million')", U, "2004-10-12", "World (Mauna Loa)", c, "previous sentence", lang="en")
U = "http://www.abc.net.au/am/content/2013/s3756914.htm?site=kimberley"
add("At the Mauna Loa observatory in Hawaii, the daily reading of carbon concentrations has now reached a level that hasn't been seen in more than 3 million years: CO2 levels in the atmosphere have hit 400 parts per million.",
    "400 parts per million", "needs_review", ev(PPM_MM, "Mauna Loa", "2013-05", 400.02),
    "a daily reading (9 May 2013) vs the May 2013 monthly mean 400.02, which fits: supported would pass the day silently (as v105, v816)",
    U, "2013-05-11", "World (Mauna Loa)", lang="en")
U = "https://www.tapesearch.com/episode/the-great-inflation-debate/kkzCsZUhk986FpvQoHNHUS"
add("the Department of Labor showed that consumer prices rose 5.5% between June of 2020 and June",
    "5.5%", "needs_review", ev(INF, "United States", "2021", 4.69785886363742),
    "the 12-month rate of June 2021 vs the 2021 annual average 4.70 (a transcript line; the place is only the Department of Labor's)",
    U, "2021-07-22", "United States", "we seeing spiking inflation rates and how long will they last? So last week's data from",
    "the previous line of the transcript", lang="en")
U = "https://www.tapesearch.com/episode/is-the-world-s-population-being-miscounted/LV6uqJ9MUDGsazFxnegUzM"
add("The UN estimates is 8.2 billion, but that’s largely based on census data, which is certainly not a perfect measure.",
    "8.2 billion", "unsupported", none("the world's population is not a row: " + NO_POP, "World"),
    "no row for the world's population", U, "2025-06-07", "World",
    "Exactly how many people live on our planet is one of those difficult-to-answer questions.", "previous sentence", lang="en")
U = "https://www.scribd.com/document/626544775/RPH-Script"
t = "Laurence: From 1960 to 2021 the population of the Philippines increased from 26.27 million to 111.05 million people."
add(t, "26.27 million", "unsupported", none("the Philippines have no population rows: " + NO_POP, "Philippines"),
    "country missing from the package (a news script; its line breaks collapsed)", U, None, "Philippines", lang="en")
add(t, "111.05 million people", "unsupported", none("the Philippines have no population rows: " + NO_POP, "Philippines"),
    "country missing from the package", U, None, "Philippines", lang="en")
U = "https://ntv.ru/novosti/amp/2600021"
add("Глава государства отметил, что сейчас население России составляет около 146 млн человек.",
    "около 146 млн человек", "supported", ev(POP, "Russian Federation", "2024", 143533851),
    UNDATED + "; 'около' ±5 %: 2024 (143.53 m) inside [138.7, 153.3] (the meeting was in September 2021: 144.75 m fits too)",
    U, None, "Russian Federation", lang="ru")
U = "https://international.astroawani.com/malaysia-news/bnm-actively-managing-ringgit-s-risk-external-development-bnm-governor-359090"
add("Having said that, the ringgit weakening against the US dollar by 4.4 per cent and Singapore dollar by 2.4 per cent this year were mainly driven by external factors.",
    "4.4 per cent", "needs_review", ev(FXM, "Malaysia", "2022-04", 4.2673),
    "the ringgit's fall over the year to a day in late April 2022 (daily rates); no row holds it: the monthly means"
    " December 2021 4.2113 → April 2022 4.2673 give 1.3 %", U, None, "Malaysia", lang="en")
add("First and foremost, the US dollar is appreciating against most major and regional currencies as the US Federal Reserve is expected to increase interest rates more aggressively to manage the high inflation in the US of 8.5 per cent in March, which was driven by strong growth and labour market conditions.",
    "8.5 per cent in March", "needs_review", ev(INF, "United States", "2022", 8.00279982052121),
    "March 2022's 12-month rate vs the 2022 annual average 8.00", U, None, "United States", lang="en")
U = "https://v.daum.net/v/20221230150017721"
t = "통계청이 발표한 2022년 연간 소비자물가 지수를 보면 107.71로 작년보다 5.1% 상승해 1998년 외환위기 당시 7.5% 이후 최고 수준으로 집계됐습니다."
add(t, "5.1%", "supported", ev(INF, "Korea, Rep.", "2022", 5.08951365062842),
    "2022: 5.09 inside 5.1's band [5.025, 5.176] (Statistics Korea names the country)", U, "2022-12-30", "South Korea", lang="ko")
add(t, "7.5%", "supported", ev(INF, "Korea, Rep.", "1998", 7.51358008079307),
    "1998: 7.51 inside 7.5's band [7.41, 7.59]", U, "2022-12-30", "South Korea", lang="ko")
U = "https://english.vtv.vn/news/consumer-price-index-expands-032-percent-in-september-20191001004839114.htm"
add("Averagely, in the first nine months of 2019, the CPI rose 2.5 percent year on year, the lowest level in the past three years, he added.",
    "2.5 percent", "needs_review", ev(INF, "Viet Nam", "2019", 2.7958236745225),
    "a nine-month average (January–September 2019) vs the 2019 annual average 2.80; " + NO_PLACE, U, "2019-10-01", "Vietnam", lang="en")
U = "https://mmnews.tv/sbp-forecasts-inflation-to-fall-in-20-22-range-in-fy24"
c = "The South Asian nation of 241 million witnessed historic high inflation in FY23, with the Pakistani Rupee falling to a record low against the US dollar, until an International Monetary Fund (IMF) deal helped stave off a sovereign default."
add(c, "241 million", "unsupported", none("Pakistan has no population rows: " + NO_POP, "Pakistan"),
    "country missing from the package", U, None, "Pakistan", lang="en")
add("SBP Governor Ahmed noted in the report that Pakistan’s Consumer Price Index (CPI) also jumped to 29.2%, which was around the upper bound of the central bank’s revised projections.",
    "29.2%", "needs_review", ev(INF, "Pakistan", "2023", 30.7681280657005),
    "the FY23 average (July 2022–June 2023, from the previous sentence) vs the calendar rows 2022 19.87 and 2023 30.77",
    U, None, "Pakistan", c, "previous sentence", lang="en")
U = "https://www.hr-inforadio.de/podcast/das-thema/im-freien-fall-nach-oben--die-tuerkei-in-der-super-inflation,podcast-episode-98422.html"
add("Alles wird teurer in der Türkei: Die Inflationsrate für Januar lag bei 48,7 Prozent.",
    "48,7 Prozent", "needs_review", ev(INF, "Turkiye", "2022", 72.3088359891207),
    "January 2022's 12-month rate vs the 2022 annual average 72.31 (a year not complete at the page's date)",
    U, "2022-02", "Turkey", lang="de")

# --- Officials: governors, ministers, presidents, statisticians
U = "https://bm.ge/en/news/when-will-inflation-return-to-the-target-rate---nbg-governor/122791"
add("According to the current basic macroeconomic forecast, inflation in 2022 will be within 11.9% on average, while in 2023, it will be within 5.3%, and other things being equal, it will return to the target rate in the second half of the next year.",
    "11.9% on average", "needs_review", ev(INF, "Georgia", "2022", 11.8981654203198),
    "the National Bank's forecast for 2022 made late in 2022 (the year not complete); the later 2022 row 11.90 happens to fit:"
    " supported would pass a forecast silently (as v367)", U, None, "Georgia",
    "According to Koba Gvenetadze, we should expect inflation to return to the target rate in the second half of the next year.",
    "previous sentence", lang="en")
t = "And in terms of inflation, consumer prices in the USA increased by 7.1% annually in November, and in the Eurozone - by 10.0%,\" said Koba Gvenetadze."
add(t, "7.1%", "needs_review", ev(INF, "United States", "2022", 8.00279982052121),
    "November 2022's 12-month rate vs the 2022 annual average 8.00", U, None, "United States", lang="en")
add(t, "10.0%", "unsupported", none("the euro area's inflation is Eurostat's HICP, a series the packages do not hold", "Euro area"),
    "another series (HICP)", U, None, "Euro area", lang="en")
U = "https://mobile.ghanaweb.com/GhanaHomePage/business/Inflation-is-projected-to-remain-subdued-in-2021-2022-fiscal-year-Minister-1203046"
t = "Presenting the 2021 budget the Minister said headline inflation rose sharply from 7.9 per cent in December 2019 to 11.4 per cent in July 2020."
add(t, "7.9 per cent", "needs_review", ev(INF, "Ghana", "2019", 7.14364003330857),
    "December 2019's 12-month rate vs the 2019 annual average 7.14; " + NO_PLACE, U, "2021-03-12", "Ghana", lang="en")
add(t, "11.4 per cent", "needs_review", ev(INF, "Ghana", "2020", 9.88728956269944),
    "July 2020's 12-month rate vs the 2020 annual average 9.89", U, "2021-03-12", "Ghana", lang="en")
add("For advanced economies, inflation is projected to increase from a low of 0.7 per cent in 2020 to 1.3 per cent in 2021, and further to 1.5 per cent in 2022, in consonance with increasing prices of medical supplies and those of other commodities,” he said.",
    "0.7 per cent", "unsupported", none("the IMF's 'advanced economies' is an aggregate that is not a row", "Advanced economies"),
    "an aggregate the packages do not hold", U, "2021-03-12", "Advanced economies", lang="en")
U = "https://www.agenzianova.com/a/61ca0f54ede950.02197973/3732495/2021-12-27/russia-banca-centrale-tasso-d-inflazione-poco-sopra-l-8-per-cento-nel-2021"
add("- Il tasso d'inflazione in Russia sarà leggermente superiore all'8 per cento nel 2021.",
    "leggermente superiore all'8 per cento", "needs_review", ev(INF, "Russian Federation", "2021", 6.69445891957612),
    "the governor's estimate of the year-end (December-on-December) rate, in a TV interview of 27 December 2021, vs the 2021"
    " annual average 6.69: another measure, not a contradiction", U, "2021-12-27", "Russian Federation", lang="it")
U = "https://www.zakon.kz/obshestvo/6405278-chislennost-naseleniya-kazakhstana-do-kontsa-goda-dostignet-20-mln-chelovek.html"
add("Уже до конца года население Казахстана достигнет 20 млн человек.",
    "20 млн человек", "needs_review", ev(POP, "Kazakhstan", "2023", 20330104),
    "a projection of the count at the end of 2023, made on 1 September 2023 (the year not complete), vs the 2023 mid-year row 20.33 m",
    U, "2023-09-01", "Kazakhstan", "\"Ежегодно в нашей стране рождается более 400 тысяч детей.", "previous sentence", lang="ru")
U = "https://inforesist.com.ua/ua/putin-zayaviv-shho-naselennya-rf-moglo-b-dosyagti-500-mln-osib-yakbi-ne-dvi-tragedi%d1%97"
add("“Тільки вдумайтеся в це: у нас зараз 146 млн, якби цих трагедій не було, було б 500 млн осіб!» ,- зазначив Путін.",
    "146 млн", "contradicted", ev(POP, "Russian Federation", "2024", 143533851),
    UNDATED + "; 2024: 143.53 m below 146's band [144.77, 147.23] (so is 2021's 144.75 m; Rosstat's count with Crimea)",
    U, None, "Russian Federation",
    "За його словами, деякі експерти вважають, що населення РФ досягло б пів мільярда, якби не зазначені події.",
    "previous sentence", lang="uk")
U = "https://bis.org/review/r240510e.htm"
add("It seems a world away that, at the height of the COVID pandemic sometime in early 2021, the ringgit was trading close to 4.0 to the US dollar.",
    "close to 4.0", "needs_review", ev(FXM, "Malaysia", "2021-01", 4.0357),
    "a day's trading rate early in 2021 vs the monthly means (January 2021 4.0357 fits 'close to'): a day is not a monthly row",
    U, "2024-05-22", "Malaysia", lang="en")
add("This has significantly contributed to the ringgit's performance vis-à-vis the US dollar, where it fell by 5.4% in 2022, 4.1% in 2023 and for the year to date the ringgit is still down by 3.1% thus far.",
    "5.4%", "needs_review", ev(FXM, "Malaysia", "2022-12", 4.4095),
    "a fall from the last day of 2021 to the last day of 2022 (daily rates); the rows give other changes: annual means"
    " 4.1439 → 4.3982 (a 5.8 % fall of the ringgit), December means 4.2113 → 4.4095 (4.5 %)", U, "2024-05-22", "Malaysia", lang="en")
U = "https://elplural.com.mx/2022/04/21/adelanta-rodriguez-ceja-panorama-complejo-para-mexico-en-los-proximos-meses"
add("La gobernadora de Banxico dijo que si bien no está exento de episodios de volatilidad, el peso mexicano ha podido absorber hasta ahora “las diversas perturbaciones provenientes del exterior con eficiencia y solidez, operando desde octubre del año pasado a la fecha en un rango entre los 19.79 y los 21.92 pesos por dólar”.",
    "21.92 pesos por dólar", "needs_review", ev(FXM, "Mexico", "2022-03", 20.5444),
    "the top of a range of daily rates from October 2021 to April 2022; the monthly means of those months lie between 20.09 and"
    " 20.54: a day's extreme is not a monthly row", U, "2022-04-21", "Mexico", lang="es")
U = "http://www.alraeesnews.com/155409"
add("قال مينا نصحى باحث إحصائى بالإدارة العامة للأسعار والأرقام القياسية بالجهاز المركزى للتعبئة العامة والإحصاء، إن مستويات التضخم فى مصر لازالت بعيدة عن المعدلات الشاذة، حيث سجل المعدل السنوى لإجمالى الجمهورية 15.3% لشهر سبتمبر الماضى وهو المعدل نفسه لشهرى أغسطس ومايو من عام 2022.",
    "15.3%", "needs_review", ev(INF, "Egypt, Arab Rep.", "2022", 13.8956609775178),
    "September 2022's 12-month rate vs the 2022 annual average 13.90", U, None, "Egypt", lang="ar")

# --- Statistical offices' releases
U = "https://www.knbs.or.ke/december-2021-cpi/"
add("The overall year on year inflation rate as measured by the Consumer Price Index (CPI) was 5.73 per cent, in December 2021.",
    "5.73 per cent", "needs_review", ev(INF, "Kenya", "2021", 6.10793603659176),
    "December 2021's 12-month rate vs the 2021 annual average 6.11; " + NO_PLACE, U, None, "Kenya", lang="en")
U = "https://statistics.gov.rw/datasource/consumer-price-index-2021"
add("The annual average inflation rate between December 2021 and December 2020 was 0.8 percent.",
    "0.8 percent", "needs_review", ev(INF, "Rwanda", "2021", -0.391346748300791),
    "the urban index's annual average for 2021 (the sentence before names the urban CPI) vs the country row −0.39, another"
    " index (as v440, v1081); " + NO_PLACE, U, None, "Rwanda",
    "Urban CPI increased by 1.9 percent on annual basis (December 2021 and December 2020) and was stable on monthly basis (December 2021 to November 2021).",
    "previous sentence", lang="en")
U = "https://vietnamnet.vn/en/business/gso-leader-hails-2020-as-year-of-success-in-inflation-control-700885.html"
t = "The 2020 CPI rose by 3.23 percent from 2019 while basic inflation climbed by 2.31 percent annually."
c = "Speaking at a press conference organised by the GSO under the Ministry of Planning and Investment in Hanoi on December 27 to announce the country's socio-economic results in Q4 and the whole year, Huong said the consumer price index (CPI) in December went up 0.1 percent month-on-month and 0.19 percent year-on-year."
add(t, "3.23 percent", "supported", ev(INF, "Viet Nam", "2020", 3.22093436652514),
    "2020: 3.221 inside 3.23's band [3.209, 3.251] (the place from the previous sentence: Hanoi, the GSO)", U, None, "Vietnam",
    c, "previous sentence", lang="en")
add(t, "2.31 percent", "unsupported", none("core ('basic') inflation is not a series of the packages", "Vietnam"),
    "another series (core inflation)", U, None, "Vietnam", c, "previous sentence", lang="en")
U = "https://lejournaldedakar.info/indice-des-prix-a-la-consommation-le-taux-dinflation-sest-etabli-a-97-en-2022/"
add("Au Sénégal, le taux d’inflation s’est établi à +9,7 % en 2022, après +2,2 % l’année précédente.",
    "+2,2 %", "supported", ev(INF, "Senegal", "2021", 2.18032278088147),
    "'l’année précédente' = 2021: 2.18 inside 2.2's band [2.139, 2.261]", U, None, "Senegal", lang="fr")
add("Par ailleurs, dans la zone UEMOA, le taux d’inflation en moyenne annuelle est ressorti à +7,4 %.",
    "+7,4 %", "unsupported", none("the WAEMU (UEMOA) zone is an aggregate that is not a row of the inflation package", "WAEMU"),
    "an aggregate the packages do not hold", U, None, "WAEMU",
    "L’inflation annuelle moyenne s’est établie à +7,3% dans les pays avancés et à +9,9 % dans les pays émergents et les pays en développement en 2022.",
    "an earlier sentence of the paragraph", lang="fr")
U = "https://voi.id/ekonomi/240936/komoditas-bensin-hingga-bahan-bakar-rumah-tangga-kerek-inflasi-indonesia-sepanjang-2022-ke-level-5-51-persen"
add("JAKARTA – Badan Pusat Statistik (BPS) menyatakan bahwa inflasi Indonesia berdasarkan indeks harga konsumen (IHK) di akhir Desember 2022 adalah sebesar 5,51 persen year on year (yoy).",
    "5,51 persen", "needs_review", ev(INF, "Indonesia", "2022", 4.20946383402165),
    "December 2022's 12-month rate vs the 2022 annual average 4.21 (as v837)", U, None, "Indonesia", lang="id")

U = "https://stat.gov.kz/en/industries/economy/national-accounts/publications/76336/"
add("The volume of produced Gross domestic product (GDP) for 2022 according to the accounting data, amounted to 103765518,2 million tenge",
    "103765518,2 million tenge", "unsupported", none("GDP in tenge: the worldbank-gdp slice holds GDP in current US$ only", "Kazakhstan"),
    "another currency than the rows'", U, None, "Kazakhstan", "103 765 518,2 million", "the key-indicator line above", lang="en")

# --- International organisations' briefings and national papers of Africa and Asia
U = "https://www.thedailystar.net/business/gdp-grow-67pc-year-adb-147097"
t = "The latest ADB report hailed Bangladesh’s macroeconomic management, which it said has helped reduce inflation to 6.4 percent in FY2015, down from 7.4 percent a year ago."
add(t, "6.4 percent", "needs_review", ev(INF, "Bangladesh", "2015", 6.19428022984984),
    "fiscal year 2015 (July 2014–June 2015) vs the calendar 2015 row 6.19", U, None, "Bangladesh", lang="en")
add(t, "7.4 percent", "needs_review", ev(INF, "Bangladesh", "2014", 6.99163889220849),
    "fiscal year 2014 (July 2013–June 2014) vs the calendar 2014 row 6.99", U, None, "Bangladesh", lang="en")
U = "http://aec.utcc.ac.th/TH/thailand-arkhom-says-nothing-serious-as-baht-hits-37-78-per-dollar-16-year-low/"
add("The baht was trading at 37.78 per dollar at 2.03pm, a 16-year low against the dollar.",
    "37.78 per dollar", "needs_review", ev(FXM, "Thailand", "2022-09", 37.0662),
    "an intraday rate (a Monday of late September 2022, the Bangkok Post's story) vs the September 2022 monthly mean 37.07",
    U, None, "Thailand", lang="en")
U = "https://www.business-standard.com/amp/india-news/india-to-rely-on-coal-power-until-it-becomes-developed-country-bhupender-123121900369_1.html"
c = "According to the Global Carbon Project, a group of international scientists, India's per capita carbon dioxide emissions rose by around five % in 2022 to reach two tonnes but these were still less than half of the global average."
add(c, "two tonnes", "unsupported", none("2022 is beyond the CO2 rows (they end in 2020)", "India"),
    "a period outside the data", U, None, "India", lang="en")
add("The United States topped the per capita emissions chart with every individual in the country emitting 14.9 tonnes of CO2, followed by Russia (11.4), Japan (8.5), China (8), and the European Union (6.2).",
    "14.9 tonnes of CO2", "unsupported", none("2022 (from the previous sentence) is beyond the CO2 rows (they end in 2020)", "United States"),
    "a period outside the data; the 2019 row (4.0656 t C = 14.90 t CO2) happens to fit: supported would pass the year silently",
    U, None, "United States", c, "previous sentence", lang="en")
U = "https://thelondonnigerian.com/2015/12/06/what-nigeria-has-to-do-with-the-world-climate-change/"
t = "From the total of 31.8 billion tons of CO2 emitted in 2010, Africa as a continent contributed to only 2% (less than a billion ton), China 25% (eight billion tons), the US 16% (five billion tons), the UK 1,5% (half a billion tons), and Nigeria in particular 0,23% (79 million tons)."
add(t, "eight billion tons", "supported", ev(CO2, "CHINA (MAINLAND)", "2010", 2305089),
    "2010: 2,305,089 kt C × 3.664 = 8.45 bn t CO2 inside 'eight billion''s band [7.46, 8.54]", U, "2015-12-06", "China", lang="en")
add(t, "79 million tons", "contradicted", ev(CO2, "NIGERIA", "2010", 30737),
    "2010: 30,737 kt C × 3.664 = 112.6 m t CO2, far from 79 million", U, "2015-12-06", "Nigeria", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_x.jsonl")
    print(rows.summary())
