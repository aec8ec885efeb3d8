"""Writes benchmarks/devsets/explore/fresh_t.jsonl (labels by hand from ../shared/reference-sources):
institutional reports and press releases — statistics offices' CPI releases (INE Portugal, the
Philippine Statistics Authority, Stats SA, Statistics Canada, Kazakhstan's Bureau of National
Statistics, Rosstat, Russia's 2010 census) and the news items that carry them, the WMO's Greenhouse
Gas Bulletin and its reports, the Global Carbon Project's release, IMF, EBRD and World Bank
statements — in English, Swedish, Italian, Polish and Arabic."""
import sys

from labelling import CO2, GDP, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_t", "xfresht")
add = rows.add
CO2PC = (CO2[0], CO2[1], "Per Capita")
PPM_GL = ("wild/co2-ppm", "data/co2-annmean-gl.csv", "Mean")
GR_GL = ("wild/co2-ppm", "data/co2-gr-gl.csv", "Annual Increase")
PERCAP = (GDP[0], "gdp_current_usd_KAZ_RUS.csv ÷ worldbank-population/population_KAZ_RUS.csv", "Value / Value")
NO_RUS22 = "the Russian Federation's CPI rows end in 2021 (no 2022 row)"
REAL_GROWTH = "real GDP growth: the packages hold nominal GDP in current US dollars, not real growth"


def mlo(value: float) -> dict:
    """The Mauna Loa annual mean as the equal alternative to the global row."""
    return {"equally": [{"resource": "data/co2-annmean-mlo.csv", "country": "Mauna Loa", "value": value}]}


# --- Statistics offices' CPI releases: INE Portugal's Monthly Statistical Bulletin
U = "https://www.ine.pt/ine_novidades/BME_mar_2022_EN/27/"
C = "The Consumer Price Index (CPI) registered the following year-on-year rates of change in February 2022:"
add("• Total CPI: 4.2% (3.3% in the previous month);",
    "4.2%", "needs_review", ev(INF, "Portugal", "2022", 7.83269124233323),
    "February 2022 12-month rate vs the 2022 annual average 7.83", U, "2022-03", "Portugal", C, "previous sentence", lang="en")
add("• Average over the last 12 months: 1.8% (1.5% in the previous month).",
    "1.8%", "needs_review", ev(INF, "Portugal", "2022", 7.83269124233323),
    "a 12-month average ending February 2022 (mostly 2021: 1.27) vs the 2022 annual average 7.83",
    U, "2022-03", "Portugal", "In February 2022, the CPI also registered the following rates of change:", "an earlier sentence of the paragraph", lang="en")

# --- Philippine Statistics Authority's Summary Inflation Reports, and the news of its December release
U = "https://psa.gov.ph/price-indices/cpi-ir/node/1684041525"
add("Headline inflation in the Philippines slowed down to 8.6 percent in February 2023, from 8.7 percent in January 2023.",
    "8.6 percent", "needs_review", ev(INF, "Philippines", "2023", 5.97802515541409),
    "February 2023 12-month rate vs the 2023 annual average 5.98", U, "2023-03", "Philippines", lang="en")
add("The average inflation rate for the first two months of the year stood at 8.6 percent.",
    "8.6 percent", "needs_review", ev(INF, "Philippines", "2023", 5.97802515541409),
    "a January–February average vs the 2023 annual average 5.98", U, "2023-03", "Philippines",
    "Headline inflation in the Philippines slowed down to 8.6 percent in February 2023, from 8.7 percent in January 2023.",
    "an earlier sentence of the paragraph", lang="en")
U = "https://psa.gov.ph/price-indices/cpi-ir/node/1684060859"
add("This brings the national average inflation from January to August 2023 to 6.6 percent.",
    "6.6 percent", "needs_review", ev(INF, "Philippines", "2023", 5.97802515541409),
    "a January–August average vs the 2023 annual average 5.98", U, "2023-09", "Philippines",
    "The Philippines’ headline inflation or overall inflation increased to 5.3 percent in August 2023 from 4.7 percent in July 2023.",
    "previous sentence", lang="en")
U = "https://www.newswatchplus.ph/cnnph-archive/Archive-Detail.html?story=3e29f85f-02cb-42ce-bb12-1e431491c288"
t = "Metro Manila (CNN Philippines, January 5) — Commodity price movements remained on a downtrend, slowing to 3.9% in December, bringing the full-year average to 6%, the Philippine Statistics Authority (PSA) reported on Friday."
add(t, "3.9%", "needs_review", ev(INF, "Philippines", "2023", 5.97802515541409),
    "December 2023 12-month rate vs the 2023 annual average 5.98", U, "2024-01-05", "Philippines",
    "Gov’t records slower December inflation, but misses 2023 target", "the title", lang="en")
add(t, "6%", "supported", ev(INF, "Philippines", "2023", 5.97802515541409),
    "the full-year average 2023 = 5.98, within 6's band [5.47, 6.53]", U, "2024-01-05", "Philippines",
    "Gov’t records slower December inflation, but misses 2023 target", "the title", lang="en")
U = "https://philstar.com/business/2024/01/05/2323627/december-2023-inflation-dips-39-psa/amp"
add("Yet, the year-to-date inflation at 6% remains above the government's target range of 2% to 4%.",
    "6%", "supported", ev(INF, "Philippines", "2023", 5.97802515541409),
    "year-to-date through December is the full year: 2023 = 5.98, within 6's band", U, "2024-01-05", "Philippines",
    "December's inflation falls within the forecasted range of 3.6% to 4.4% by the Bangko Sentral ng Pilipinas.", "previous sentence", lang="en")
add("The average core inflation rate for 2023 is 6.6%.",
    "6.6%", "unsupported", none("core inflation is not a series of the packages", "Philippines"),
    "core CPI: no row", U, "2024-01-05", "Philippines",
    "Core inflation dropped to 4.4% in December 2023, lower than the previous month's 4.7% and significantly less than December 2022's 6.9%.",
    "previous sentence", lang="en")

# --- Statistics Canada's December release, as The Canadian Press listed it
U = "https://www.thestar.com/business/2023/01/17/heres-a-list-december-inflation-rates-for-canadian-provinces.html"
add("OTTAWA - Canada’s national annual inflation rate was 6.3 per cent in December, Statistics Canada says.",
    "6.3 per cent", "needs_review", ev(INF, "Canada", "2022", 6.80280115341613),
    "December 2022 12-month rate vs the 2022 annual average 6.80", U, "2023-01-17", "Canada", lang="en")
add("— Quebec: 6.3 per cent (6.8)",
    "6.3 per cent", "unsupported", none("a province's inflation: the packages hold national rows only", "Canada"),
    "Quebec: no row", U, "2023-01-17", "Canada",
    "Here’s what happened in the provinces (previous month in brackets):", "an earlier sentence of the paragraph", lang="en")

# --- Stats SA's CPI releases (The Citizen; SAnews through southafricahorizon.com)
# The Citizen's story names no place before these sentences (its title, lead and the sentences before them
# say only 'consumer price inflation'; 'Statistics SA' and 'Sarb' come later): by the label rules a claim
# with no place named is needs_review. Labelled contradicted/supported by the page's country before the
# first run; corrected after it (fresh_t.md, "Corrections"). The arithmetic against South Africa's rows stays in `why`.
NO_PLACE = "no place named in the sentence, its title or the text before it (needs_review); against South Africa's rows: "
U = "https://citizen.co.za/business/annual-consumer-price-inflation-at-72-december/amp"
t = "Annual average consumer price inflation increased to 6.9% for 2022, the highest in 13 years, while consumer price inflation slightly dipped to 7.2% in December 2022 from 7.4% in November 2022."
add(t, "6.9%", "needs_review", ev(INF, "South Africa", "2022", 7.03987272546482),
    NO_PLACE + "2022: 7.04 beyond 6.9's band [6.82, 6.98] (Stats SA's own index differs from the World Bank's row)", U, None, "South Africa", lang="en")
add(t, "7.2%", "needs_review", ev(INF, "South Africa", "2022", 7.03987272546482),
    "December 2022 12-month rate vs the 2022 annual average 7.04 (and no place named)", U, None, "South Africa", lang="en")
add("The previous highest inflation rate was 7.9% in 2009 during the financial crisis that hit the global economy.",
    "7.9%", "needs_review", ev(INF, "South Africa", "2009", 7.23809523809527),
    NO_PLACE + "2009: 7.24 beyond 7.9's band [7.81, 7.99]; 'the global economy' is what the crisis hit, not the figure's place", U, None, "South Africa", lang="en")
t = "This was 2.4 percentage points higher than the corresponding average of 4.5% in 2021."
add(t, "2.4 percentage points", "needs_review", ev(INF, "South Africa", "2022", 7.03987272546482),
    NO_PLACE + "2022 − 2021 = 7.040 − 4.619 = 2.42 pp, within 2.4's band [2.34, 2.46]", U, None, "South Africa",
    "The average annual consumer price inflation was 6.9% in 2022 (i.e. the average CPI for all urban areas for 2022 compared with that for 2021).",
    "previous sentence", lang="en")
add(t, "4.5%", "needs_review", ev(INF, "South Africa", "2021", 4.61874544887136),
    NO_PLACE + "2021: 4.62 beyond 4.5's band [4.43, 4.57]", U, None, "South Africa",
    "The average annual consumer price inflation was 6.9% in 2022 (i.e. the average CPI for all urban areas for 2022 compared with that for 2021).",
    "previous sentence", lang="en")
U = "https://southafricahorizon.com/cpi-rises-to-7-8/"
add("Annual consumer price inflation (CPI) reached 7.8% in July 2022, Statistics South Africa (Stats SA) said on Wednesday.",
    "7.8%", "needs_review", ev(INF, "South Africa", "2022", 7.03987272546482),
    "July 2022 12-month rate vs the 2022 annual average 7.04", U, None, "South Africa", "CPI rises to 7.8%", "the title", lang="en")

# --- Kazakhstan: the Bureau of National Statistics' counts (Astana Times, Kazakhstan Today) and the IMF's mission
U = "https://astanatimes.com/2021/05/kazakhstans-population-reaches-18-94-million/"
t = "NUR-SULTAN – The population of Kazakhstan, as of April 1, 2021, amounted to 18.94 million people having increased by 250,200 or 1.3 percent from last year, according to a report by the Kazakh Bureau of the National Statistics Agency for Strategic Planning and Reforms released May 14."
add(t, "18.94 million people", "needs_review", ev(POP, "Kazakhstan", "2021", 19743603),
    "a count on 1 April 2021 vs the 2021 mid-year estimate 19.74 m", U, "2021-05-17", "Kazakhstan", lang="en")
add(t, "1.3 percent", "needs_review", ev(POP, "Kazakhstan", "2021", 19743603),
    "April-to-April growth of the national count vs mid-year rows (2021 / 2020 = 19,743,603 / 19,482,117 = +1.34 %)", U, "2021-05-17", "Kazakhstan", lang="en")
U = "https://www.kt.kz/eng/society/number_of_people_immigrating_from_kazakhstan_was_17_000_1377911848.html"
add("The population of Kazakhstan was 18.88 million people as of January 1, 2021, reports the statistics agency.",
    "18.88 million people", "needs_review", ev(POP, "Kazakhstan", "2021", 19743603),
    "a 1 January 2021 count vs the 2021 mid-year estimate 19.74 m (2020: 19.48 m)", U, "2021-02-19", "Kazakhstan", lang="en")
U = "https://www.agenzianova.com/a/5fb9d04a53b779.05762850/3200518/2020-11-22/business-news-kazakhstan-per-fmi-risposta-alla-crisi-efficace-ma-occorre-avanzare-con-riforme-strutturali"
add("L’inflazione, si legge nel testo, era al sette per cento a ottobre, al di sopra dell’obiettivo del quattro-sei per cento programmato dalla Banca nazionale del Kazakhstan (Nbk), la banca centrale, per effetto del rincaro dei prezzi dei generi alimentari e del deprezzamento del tenge.",
    "sette per cento", "needs_review", ev(INF, "Kazakhstan", "2020", 6.71815454861464),
    "October 2020 12-month rate vs the 2020 annual average 6.72", U, "2020-11-22", "Kazakhstan",
    "Lo riferisce il Fondo monetario internazionale (Fmi) nel comunicato conclusivo pubblicato al termine della missione nel Paese, effettuata dal 2 al 13 novembre.",
    "previous sentence", lang="it")
add("La produzione si è contratta di circa il 2,8 per cento nei primi nove mesi del 2020.",
    "2,8 per cento", "unsupported", none(REAL_GROWTH, "Kazakhstan"), "output contraction (real): no row", U, "2020-11-22", "Kazakhstan",
    "L’economia del Kazakhstan è stata colpita dalla pandemia di coronavirus e dagli shock del prezzo del petrolio.", "previous sentence", lang="it")
U = "http://tashkenttimes.uz/national/11768-ebrd-forecasts-strong-economic-performance-in-central-asia"
add("The economy of Kazakhstan is set to grow by 5.0 per cent in both 2023 and 2024, though with some uncertainty arising from oil prices.",
    "5.0 per cent", "unsupported", none(REAL_GROWTH + "; a projection", "Kazakhstan"), "EBRD growth forecast: no row", U, None, "Kazakhstan", lang="en")

# --- Russia: the 2010 census, Rosstat's weekly CPI, the EBRD, IMF and World Bank figures as reported
U = "https://www.visitmosca.com/2011/12/dal-2002-al-2010-la-popolazione-russa-calo-di-2-3-milioni/"
add("La popolazione totale della Russia ammonta a 142.857 milioni di persone, secondo il rapporto ufficiale del censimento 2010 della popolazione che è stato pubblicato oggi.",
    "142.857 milioni di persone", "needs_review", ev(POP, "Russian Federation", "2010", 142849468),
    "the census count of October 2010 (agrees with the 2010 mid-year estimate 142.85 m, but counts on another date and basis)", U, "2011-12", "Russian Federation", lang="it")
add("Nel periodo che va dal 2002 al 2010 il numero di abitanti della popolazione russa è diminuita di ben 2,3 milioni.",
    "2,3 milioni", "needs_review", ev(POP, "Russian Federation", "2010", 142849468),
    "census to census; the mid-year rows give 145,306,497 − 142,849,468 = 2.46 m", U, "2011-12", "Russian Federation", lang="it")
U = "https://www.tellerreport.com/news/2022-05-25-rosstat-announced-a-decrease-in-consumer-prices-by-0-02--per-week.Skf2IT0sv9.html"
add("“For the period from May 14 to May 20, 2022, the consumer price index, according to Rosstat, amounted to 99.98%, from the beginning of May - 100.13%, from the beginning of the year - 111.82%,” the statement says.",
    "111.82%", "unsupported", none(NO_RUS22, "Russian Federation"), "a year-to-date price index of 2022: no row", U, "2022-05-25", "Russian Federation", lang="en")
add("Earlier, Russian President Vladimir Putin, at a meeting of the Presidium of the State Council on Social Issues, expressed confidence that inflation by the end of 2022 would not exceed 15%.",
    "15%", "unsupported", none(NO_RUS22, "Russian Federation"), "a forecast for 2022: no row", U, "2022-05-25", "Russian Federation", lang="en")
U = "https://www.pb.pl/rosyjskiej-inflacji-juz-nikt-nie-kontroluje-1148409"
add("W połowie kwietnia roczna stopa inflacji w Rosji sięgnęła 17,62 proc., wobec 17,49 proc. tydzień wcześniej – podał Rosstat, rosyjski urząd statystyczny (dane o inflacji publikuje co tydzień).",
    "17,62 proc.", "unsupported", none(NO_RUS22, "Russian Federation"), "a mid-April 2022 12-month rate: no 2022 row", U, "2022-04", "Russian Federation", lang="pl")
U = "https://bm.ge/en/news/european-bank-raises-growth-forecast-for-2023"
add("The bank projected the Russian economy to grow by 1.5% in 2023 and 1% in 2024.",
    "1.5%", "unsupported", none(REAL_GROWTH + "; a projection", "Russian Federation"), "EBRD growth forecast: no row", U, None, "Russian Federation", lang="en")
U = "https://sarabic.ae/amp/20250716/%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%AA%D8%AD%D8%AA%D9%81%D8%B8-%D8%A8%D9%85%D9%83%D8%A7%D9%86%D8%AA%D9%87%D8%A7-%D9%83%D8%B1%D8%A7%D8%A8%D8%B9-%D8%A3%D9%83%D8%A8%D8%B1-%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF-%D9%81%D9%8A-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-1102725695.html"
add("ووفقًا للبنك الدولي، نما حجم الاقتصاد الروسي من 6.45 تريليون دولار إلى 6.92 تريليون دولار في عام واحد.",
    "6.92 تريليون دولار", "unsupported", none("GDP at purchasing power parity is not a series of the packages (nominal US dollars only; rows end in 2023)", "Russian Federation"),
    "PPP GDP 2024: no row", U, "2025-07-16", "Russian Federation",
    "يشير هذا إلى حجم الناتج المحلي الإجمالي المعاد حسابه باستخدام تعادل القوة الشرائية، أي مستوى الأسعار الحالية في اقتصاد البلاد.",
    "previous sentence", lang="ar")
U = "https://www.thenewsontime.com/russias-gdp-per-capita-nears-record-high-says-international-monetary-fund/"
add("According to these data, GDP per capita in Russia at the end of last year amounted to 15.44 thousand dollars, that is, it increased over the year by 22.3%, or 2.82 thousand dollars.",
    "15.44 thousand dollars", "needs_review", ev(PERCAP, "Russian Federation", "2023", 14054.62),
    "undated, 'last year': the latest derived per capita 2023 = 14,055 does not fit, 2012 (15,402) does", U, None, "Russian Federation",
    "Russia’s GDP per capita exceeded $15,000 last year, close to the record levels of 2013, according to an analysis of data from the International Monetary Fund.",
    "previous sentence", lang="en")

# --- CO2: the WMO's Greenhouse Gas Bulletin (its page; SMHI; Sputnik; Quotidiano) and the Global Carbon Project
U = "https://wmo.int/publication-series/wmo-greenhouse-gas-bulletin-no-19"
add("Global averaged concentrations of carbon dioxide (CO2), the most important greenhouse gas, in 2022 were a full 50% above the pre-industrial era for the first time.",
    "50%", "unsupported", none("no pre-industrial row (the packages start in 1959)", "World"), "relative to pre-industrial: no row", U, "2023-11-15", "World", lang="en")
U = "https://smhi.se/nyhetsarkiv/wmo-daliga-nyheter-for-planeten-vaxthusgaser-nadde-nya-toppnivaer-2021-1.188928"
t = "År 2021 var koncentrationen av koldioxid 415,7 ppm (parts per million), vilket motsvarar 149 procent jämfört med nivån under förindustriell tid."
C = "Mätningar från WMO:s globala nätverk av mätstationer visar att nivåerna fortsätter att öka under 2022, över hela jorden."
add(t, "415,7 ppm", "supported", ev(PPM_GL, "Global", "2021", 414.70),
    "global 2021: 414.70 within 415,7's band [413.57, 417.83]", U, None, "World", C, "previous sentence", lang="sv")
add(t, "149 procent", "unsupported", none("no pre-industrial row (the packages start in 1959)", "World"),
    "relative to pre-industrial: no row", U, None, "World", C, "previous sentence", lang="sv")
U = "https://sputnikglobe.com/amp/20221026/methane-concentration-level-in-2021-reaches-all-time-high---meteorological-body-1102739862.html"
t = "\"Carbon dioxide concentrations in 2021 were 415.7 parts per million (ppm), methane at 1908 parts per billion (ppb) and nitrous oxide at 334.5 ppb."
add(t, "415.7 parts per million", "supported", {**ev(PPM_GL, "Global", "2021", 414.70), **mlo(416.41)},
    "global 2021: 414.70 (Mauna Loa 416.41) within 415.7's band [413.57, 417.83]", U, "2022-10-26", "World", lang="en")
add(t, "1908 parts per billion", "unsupported", none("methane is not a series of the packages", "World"),
    "methane: no row", U, "2022-10-26", "World", lang="en")
U = "https://www.quotidiano.net/ultimaora/co2-a-4179-ppm-nel-2022-laumento-secondo-wmo-de0905f9"
t = "Nel 2022 la concentrazione di anidride carbonica nell'atmosfera è aumentata ancora, raggiungendo un valore record di 417,9 parti per milione (ppm), 2,2 ppm più alto rispetto al 2021, che era di 415,7 ppm (+0,53%)."
add(t, "417,9 parti per milione", "supported", {**ev(PPM_GL, "Global", "2022", 417.08), **mlo(418.53)},
    "global 2022: 417.08 (Mauna Loa 418.53) within 417,9's band [415.76, 420.04]", U, None, "World", lang="it")
add(t, "2,2 ppm", "needs_review", ev(GR_GL, "Global", "2022", 2.25),
    "growth 2022: global 2.25 within 2,2's band [2.14, 2.26], Mauna Loa 1.84 beyond it: the records disagree", U, None, "World", lang="it")
add(t, "415,7 ppm", "supported", {**ev(PPM_GL, "Global", "2021", 414.70), **mlo(416.41)},
    "global 2021: 414.70 (Mauna Loa 416.41) within 415,7's band", U, None, "World", lang="it")
add(t, "+0,53%", "contradicted", ev(PPM_GL, "Global", "2022", 417.08),
    "2022 / 2021 = 417.08 / 414.70 = +0.574 % (Mauna Loa +0.509 %), both beyond 0,53's band [0.522, 0.538]", U, None, "World", lang="it")
U = "https://chronicleindia.in/current-affairs/12854-global-carbon-project-report"
add("Globally, CO2 emissions from fossil fuels will reach 37.4 billion tonnes in 2024, up 0.8% from 2023.",
    "37.4 billion tonnes", "unsupported", none("a world total of fossil CO2 is not a row of the package; 2024 is beyond its end (2020)", "World"),
    "world fossil CO2 2024: no row", U, "2024-11-14", "World", lang="en")
U = "http://afedmag.com/web/akhbar-albia-details.aspx?id=1973"
C = "وفي ما يأتي حصص النافثين العشرة الأوائل من المجموع العالمي عام 2013 بحسب بيانات المشروع: الصين (29%)، الولايات المتحدة (15%)، الاتحاد الأوروبي (10%)، الهند (7.1%)، الاتحاد الروسي (5.3%)، اليابان (3.7%)، ألمانيا (2.2%)، كوريا الجنوبية (1.8%)، إيران (1.8%)، السعودية (1.5%)."
add(C, "29%", "unsupported", none("a share of the world total: the world total of fossil CO2 is not a row", "China"),
    "share of the world: no row to divide by", U, None, "China", lang="ar")
t = "وفي حين يبلغ المعدل السنوي لانبعاثات الفرد في العالم ككل 5 أطنان من ثاني أوكسيد الكربون، فإن الصين تنتج الآن 7.2 طن للفرد في مقابل 6.8 طن للفرد في الاتحاد الأوروبي."
add(t, "7.2 طن للفرد", "supported", ev(CO2PC, "CHINA (MAINLAND)", "2013", 1.94519326603228),
    "2013 (the paragraph before): 1.9452 t C × 3.664 = 7.127 t CO2, within 7.2's band [7.11, 7.29]", U, None, "China",
    C, "previous paragraph", lang="ar")
add("وما زالت الولايات المتحدة متقدمة كثيراً، إذ تنتج 16.5 طن للفرد سنوياً.",
    "16.5 طن للفرد", "contradicted", ev(CO2PC, "UNITED STATES OF AMERICA", "2013", 4.377070213916855),
    "2013 (two paragraphs before): 4.3771 t C × 3.664 = 16.04 t CO2, beyond 16.5's band [16.37, 16.63]", U, None, "United States",
    C, "an earlier paragraph", lang="ar")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_t.jsonl")
    print(rows.summary())
