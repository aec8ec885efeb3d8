"""Writes benchmarks/devsets/explore/fresh_g.jsonl (labels by hand from ../shared/reference-sources)."""
import sys

from labelling import CO2, FXM, INF, LabelledRows, ev, none

rows = LabelledRows("fresh_g", "xfreshg")
add = rows.add
EGY = "Egypt, Arab Rep."

# --- Malawi (Nyasa Times, 2023-02-22)
U = "https://www.nyasatimes.com/malawi-january-2023-inflation-rate-up-to-26/"
t = "According to NSO, the year on year inflation rate for January 2023 stands at 25.9 %, an increase from the 25.4 % in December."
add(t, "25.9 %", "needs_review", ev(INF, "Malawi", "2023", 28.7897428247298),
    "January 2023 on January 2022 vs the 2023 annual average 28.79", U, "2023-02-22", "Malawi", lang="en")
add("Food and Non-Food Inflation rates are at 30.5% and 20.4 %, respectively.",
    "30.5%", "unsupported", none("food CPI: no food series in the packages", "Malawi"),
    "January 2023's food inflation: the packages hold headline CPI only", U, "2023-02-22", "Malawi", t, "previous sentence", lang="en")

# --- Egypt (Zawya, 2022-03-11; Ahram Online, 2012; The News (Reuters), 2017-05-11; MEMO, 2023-06-06; news.am, 2023-01-11)
U = "https://www.zawya.com/en/economy/north-africa/annual-urban-inflation-rises-to-88-in-february-2022-capmas-biric0zf"
add("Data from the Egyptian Central Agency for Public Mobilisation and Statistics (CAPMAS) that was released on Thursday revealed that consumer price inflation in cities rose on an annual basis to 8.8% in February 2022, compared to 7.3% in January.",
    "8.8%", "needs_review", ev(INF, EGY, "2022", 13.8956609775178),
    "the urban 12-month rate of February 2022 vs the 2022 annual average 13.90", U, "2022-03-11", "Egypt", lang="en")
add("It also pointed out that the annual inflation rate for the country recorded 10% in, compared to January’s 8% and February 2021’s 4.9%.",
    "4.9%", "needs_review", ev(INF, EGY, "2021", 5.21404940513043),
    "February 2021's 12-month rate vs the 2021 annual average 5.21", U, "2022-03-11", "Egypt",
    "According to CAPMAS, the general consumer price index for Egypt reached 121.4 points this month, recording an increase of 2% over January.", "an earlier sentence of the paragraph", lang="en")
U = "http://english.ahram.org.eg/News/50008.aspx"
add("Egypt’s annual urban inflation hit 6.4 per cent in the twelve months to July 2012, according to figures from the Central Agency for Statistics and Mobilisation (CAPMAS).",
    "6.4 per cent", "needs_review", ev(INF, EGY, "2012", 7.11172943343083),
    "the urban rate of the twelve months to July 2012 (July on July) vs the 2012 annual average 7.11", U, None, "Egypt", lang="en")
U = "https://www.thenews.com.pk/print/203656-Egypts-consumer-price-inflation-reaches-315pc"
add("Annual urban inflation rose in April to 31.5 percent from 30.9 percent in March, the official statistics agency, CAPMAS, said on Wednesday.",
    "31.5 percent", "needs_review", ev(INF, EGY, "2017", 29.5066083940039),
    "April 2017's urban 12-month rate vs the 2017 annual average 29.51", U, "2017-05-11", "Egypt",
    "CAIRO: Egypt´s annual urban consumer-price inflation hit a three-decade high in April, adding pressure on the government to lower prices before the holy month of Ramadan begins at the end of the month.",
    "an earlier paragraph", lang="en")
U = "https://www.middleeastmonitor.com/20230606-report-egypt-population-growth-records-significant-decline/"
add("Egypt's population growth has significantly declined, reaching 105 million on Saturday, according to the Central Agency for Public Mobilisation and Statistics (CAPMAS).",
    "105 million", "unsupported", none("population rows for Kazakhstan and Russia only", "Egypt"),
    "a population-clock count on a day of June 2023: no Egypt population rows", U, "2023-06-06", "Egypt", lang="en")
U = "https://news.am/eng/news/739015.html"
add("The official central bank rate on Wednesday was set at 27.59 pounds to the dollar, while the dollar sale rate was 27.67.",
    "27.59 pounds", "unsupported", none("no Egyptian pound rows in the exchange-rate files", "Egypt"),
    "the Egyptian pound per dollar on 11 January 2023: the exchange-rate files hold no EGP (nor GBP; 'pounds' here is Egypt's)", U, "2023-01-11", "Egypt",
    "The Egyptian pound collapsed to a historic low, depreciating by more than 84% against the dollar.", "an earlier paragraph", lang="en")

# --- Kenya (Daily Nation, 2019-11-04; Business Recorder, 2024-01-31; Metropol TV, undated)
U = "https://www.nation.co.ke/news/Kenya-population-census-results-at-glance/1056-5336378-f8qbvvz/index.html"
add("KNBS said Kenya's population is 47,564,296, with 23,548,056 males and 24,014,716 females.",
    "47,564,296", "unsupported", none("population rows for Kazakhstan and Russia only", "Kenya"),
    "the 2019 census count: no Kenya population rows", U, "2019-11-04", "Kenya", lang="en")
U = "https://www.brecorder.com/news/40286664/kenyan-shilling-gains-ground-against-the-dollar"
add("Meanwhile, inflation in the East African nation rose to 6.9% year on year in January from 6.6% a month before due to faster price increases of food, electricity and transport, statistics office said.",
    "6.9%", "needs_review", ev(INF, "Kenya", "2024", 4.48978854243448),
    "January 2024 on January 2023 (the page's date) vs the 2024 annual average 4.49", U, "2024-01-31", "Kenya",
    "Kenya’s shilling strengthened against the dollar on Wednesday, LSEG data showed.", "an earlier paragraph", lang="en")
U = "https://metropoltv.co.ke/?p=8886"
add("Year-on-year inflation rose to 5.9 percent in March from 5.78 percent a month earlier.",
    "5.9 percent", "needs_review", none("no year in the text and the page is undated: a March 12-month rate of some year", "Kenya"),
    "a month's 12-month rate with no year (the figures are March 2021's; 2021 average 6.11): another period whichever year", U, None, "Kenya",
    "The Kenyan Shilling has strengthened further against the U.S Dollar amid subdued demand for the dollar.", "an earlier paragraph", lang="en")

# --- South Africa (Stats SA archive; Into-SA, 2015; EWN, 2018-07-23; BusinessLIVE, 2017-10-20; Quartz Africa; Intelpoint)
U = "https://statssa.gov.za/?cat=33+&paged=9"
add("The last time the inflation rate was above the midpoint was in November 2018 when the rate was 5,2%.",
    "5,2%", "needs_review", ev(INF, "South Africa", "2018", 4.50987264867388),
    "November 2018's 12-month rate vs the 2018 annual average 4.51", U, None, "South Africa",
    "South Africa’s annual inflation rate nudged up to 4,6% in February from January’s 4,5%, inching past the 4,5% midpoint of the South African Reserve Bank’s monetary policy target range.",
    "previous sentence", lang="en")
U = "https://www.into-sa.com/enews/inflation-rises-but-slower-than-expected/"
add("The annual consumer price inflation was 4.7% in October 2015, up from 4.6% in September 2015, but lower than the 4.9% expected by experts.",
    "4.7%", "needs_review", ev(INF, "South Africa", "2015", 4.51869094892506),
    "October 2015's 12-month rate vs the 2015 annual average 4.52 (the place is the site's and the rand's: South Africa)", U, None, "South Africa", lang="en")
add("The rand depreciated by more than 20% against the dollar and pound over the last year, while the cost of printed books increased by 50%, which is 10 times the inflation rate.",
    "more than 20%", "needs_review", ev(FXM, "South Africa", "2015-10", 13.4928),
    "October 2014 → October 2015 monthly means 11.0594 → 13.4928: rand per dollar +22.0 % (supports), dollars per rand −18.0 % (contradicts): which reading is for a person",
    U, None, "South Africa", "Provincial annual inflation rates ranged from 3.9% in Mpumalanga to 4.9% in the Western Cape and Free State.", "previous paragraph", lang="en")
U = "http://ewn.co.za/2018/07/23/rand-weaker-in-early-trade"
add("At 0636 GMT, the rand traded at R13.4500 per dollar, 0.41% weaker than its close on Friday.",
    "R13.4500", "needs_review", ev(FXM, "South Africa", "2018-07", 13.3670),
    "an intraday rate of 23 July 2018 vs the July 2018 monthly average 13.37", U, "2018-07-23", "South Africa", lang="en")
U = "https://www.businesslive.co.za/bd/markets/2017-10-20-rand-tests-the-r1370-level/"
add("It was at R16.1726 to the euro from R16.0708 and at R18.0309 to the pound from R17.8577.",
    "R16.1726", "needs_review", ev(FXM, "South Africa", "2017-10", 13.6975),
    "a day's rand per euro (20 October 2017) vs the October 2017 monthly cross 13.6975 / 0.8507 = 16.10", U, "2017-10-20", "South Africa",
    "At 12.04am‚ the rand was at R13.6970 to the dollar from R13.5661.", "previous paragraph", lang="en")
U = "https://qz.com/africa/1946022/south-africa-saw-a-rise-in-carbon-emissions-in-2019"
add("Pollution from Egypt declined last year to 241.2 million MtC from 248.4 million MtC in 2018.",
    "241.2 million MtC", "contradicted", ev(CO2, "EGYPT", "2019", 69002),
    "Egypt 2019 (the year after 2018) = 69,002 kt C × 3.664 = 252.8 Mt CO2 (69.0 Mt C read as carbon): outside 241.15..241.25 ±0.5 % either way", U, None, "Egypt", lang="en")
t = "Nigeria and Morocco complete the top five biggest polluters from fossil combustion, oxidation and cement production in Africa with 136.8 million and 72 million MtC emitted in 2019 respectively."
add(t, "72 million MtC", "contradicted", ev(CO2, "MOROCCO", "2019", 18806),
    "Morocco 2019 = 18,806 kt C × 3.664 = 68.9 Mt CO2: outside 71.5..72.5 ±0.5 % (the second of a 'respectively' pair)", U, None, "Morocco",
    "Algeria is in third place, with a nominal increase of air pollution of about 4.4% to 169.2 million MtC emitted in 2019.", "previous paragraph", lang="en")
U = "https://intelpoint.co/insights/top-ten-african-countries-contribution-to-co2-emission-from-fossil-fuel-2023/"
add("In 2023, South Africa ranked the first and largest emitter of CO2 emissions, contributing over 400 million metric tonnes.",
    "over 400 million metric tonnes", "unsupported", none("CO2 by nation ends in 2020", "South Africa"),
    "2023 emissions: period outside the data", U, None, "South Africa", lang="en")

# --- Morocco (Yabiladi, 2024-01; Libération, 2025-01; Boursenews, 2017) — French
U = "https://www.yabiladi.com/articles/details/145900/maroc-l-indice-prix-consommation-annuel.html?utm_source=rss_yabiladi"
add("Sur l’année 2023, l’Indice des prix à la consommation (IPC) annuel moyen a augmenté de 6,1% et l’indicateur annuel d’inflation sous-jacente de 5,9% par rapport à 2022.",
    "6,1%", "supported", ev(INF, "Morocco", "2023", 6.09114152504141),
    "Morocco CPI 2023 = 6.091, within 6.05..6.15 ∓0.5 % (place from the title, 'Maroc')", U, "2024-01", "Morocco",
    "Maroc : l’indice des prix à la consommation annuel", "title", lang="fr")
U = "https://www.libe.ma/Inflation-l-IPC-augmente-de-09-en-2024_a150670.html"
add("L'indice des prix à la consommation (IPC) annuel moyen a enregistré, au terme de l'année 2024, une augmentation de 0,9% par rapport à 2023, selon le Haut-Commissariat au plan (HCP).",
    "0,9%", "contradicted", ev(INF, "Morocco", "2024", 0.985256592004507),
    "Morocco CPI 2024 = 0.985, outside 0.85..0.95 +0.5 % (0.955): HCP's figure vs the World Bank's", U, "2025-01", "Morocco", lang="fr")
U = "https://boursenews.ma/article/marches/les-prix-a-la-consommation-ont-connu-une-hausse-de-1-6-en-2016"
add("L'Indice des prix à la consommation (IPC) annuel moyen a enregistré, au terme de l’année 2016, une augmentation de 1,6% par rapport à l’année 2015, indique aujourd'hui le HCP .",
    "1,6%", "supported", ev(INF, "Morocco", "2016", 1.63531114327064),
    "Morocco CPI 2016 = 1.635, within 1.55..1.65 +0.5 % (the place only through HCP and the .ma host)", U, None, "Morocco", lang="fr")

# --- Tunisia (Kapitalis, 2023-01-06; Agence Afrique, 2022-11) — French
U = "https://kapitalis.com/tunisie/2023/01/06/tunisie-le-taux-dinflation-maintient-sa-tendance-haussiere/"
add("Selon l’Institut national de la statistique (INS), le taux d’inflation a confirmé sa tendance haussière au mois de décembre 2022, en atteignant 10,1%, contre 9,8% au mois précédent.",
    "10,1%", "needs_review", ev(INF, "Tunisia", "2022", 8.30646124447623),
    "December 2022 on December 2021 vs the 2022 annual average 8.31", U, "2023-01", "Tunisia",
    "On n’a cessé de l’annoncer depuis plusieurs semaines, maintenant c’est fait : le taux d’inflation en Tunisie est désormais à deux chiffres.",
    "an earlier paragraph", lang="fr")
U = "https://www.agenceafrique.com/38428-le-taux-dinflation-en-tunisie-est-de-92-en-octobre.html"
add("Le taux d’inflation annuel en Tunisie a augmenté légèrement en octobre pour se situer à 9,2%, contre 9,1% en septembre, selon les chiffres publiés samedi par l’Institut national tunisien de la statistique (INS).",
    "9,2%", "needs_review", ev(INF, "Tunisia", "2022", 8.30646124447623),
    "October 2022's 12-month rate (the year is the page's) vs the 2022 annual average 8.31", U, "2022-11", "Tunisia", lang="fr")

# --- Algeria (La Sentinelle, 2024-11-03; EcoTimes DZ, undated) — French
U = "https://lasentinelle.dz/index.php/2024/11/03/linflation-poursuit-sa-deceleration"
add("En glissement annuel, la hausse des prix à la consommation atteint 3,8% en septembre 2024 par rapport à septembre 2023, tandis que le taux d’inflation annuel (calculé d’octobre 2023 à septembre 2024 par rapport à la période précédente) s’établit à 5,2%.",
    "5,2%", "needs_review", ev(INF, "Algeria", "2024", 4.04611455313434),
    "ONS's 12-month moving average to September 2024 vs the 2024 annual average 4.05", U, "2024-11-03", "Algeria",
    "L’inflation poursuit sa décélération en Algérie avec une hausse modérée des prix à la consommation de 0,3% au niveau national en septembre 2024, selon les derniers chiffres de l’Office national des statistiques.",
    "an earlier paragraph", lang="fr")
U = "https://ecotimesdz.com/economie-finances/algerie-linflation-va-crescendo/"
add("Le taux d’inflation moyen annuel en Algérie qui était de l’ordre 2% en 2019, est de +2,3% à fin novembre dernier, selon les chiffres de l’Office national des statistiques (ONS).",
    "2%", "supported", ev(INF, "Algeria", "2019", 1.95176821052892),
    "Algeria CPI 2019 = 1.95: 'de l'ordre' (about, ±5 %) 1.9..2.1, and within the digit band 1.5..2.5 too", U, None, "Algeria", lang="fr")

# --- Zambia (Lusaka Times, 2017-02-24; Diggers, 2023-09-01 and 2023-12-28)
U = "https://www.lusakatimes.com/2017/02/24/inflation-february-drops-6-8-7-0/"
add("Zambia’s inflation slowed to 6.8 percent year-on-year in February from 7.0 percent in January, the statistics office said on Thursday.",
    "6.8 percent", "needs_review", ev(INF, "Zambia", "2017", 6.57731154205644),
    "February 2017's 12-month rate vs the 2017 annual average 6.58", U, "2017-02-24", "Zambia", lang="en")
U = "https://diggers.news/business/2023/09/01/inflation-increases-to-10-8/"
add("THE annual inflation rate for August 2023 has increased to 10.8 percent from the 10.3 percent recorded in July, 2023.",
    "10.8 percent", "needs_review", ev(INF, "Zambia", "2023", 10.884531691282),
    "August 2023's 12-month rate vs the 2023 annual average 10.88, which falls in 10.8's band: another period all the same", U, "2023-09-01", "Zambia", lang="en")
U = "https://diggers.news/business/2023/12/28/economist-projects-rise-in-inflation/"
add("The Kwacha has lately been trading at around K25 against the Dollar.",
    "K25", "unsupported", none("no kwacha rows in the exchange-rate files", "Zambia"),
    "the kwacha per dollar in December 2023: currency absent", U, "2023-12-28", "Zambia",
    "In an interview, Friday, Hambayi projected an increase in the inflation rate owing to the continued depreciation of the Kwacha.", "previous sentence", lang="en")

# --- Tanzania (TanzaniaInvest, 2024-01-09; IOL (Xinhua), 2019-07-10)
U = "https://www.tanzaniainvest.com/economy/inflation-december-2023"
add("The National Bureau of Statistics of Tanzania (NBS) revealed that the Annual Headline Inflation Rate for December 2023 fell to 3.0% from 3.2% recorded in November 2023.",
    "3.0%", "needs_review", ev(INF, "Tanzania", "2023", 3.79923291384916),
    "December 2023 on December 2022 vs the 2023 annual average 3.80", U, "2024-01-09", "Tanzania", lang="en")
add("Meanwhile, the overall index went up from 110.01 recorded in December 2022 to 113.34 in December 2023.",
    "113.34", "unsupported", none("a CPI index level: the packages hold rates, not index levels", "Tanzania"),
    "the December 2023 index level: no index series", U, "2024-01-09", "Tanzania",
    "The National Bureau of Statistics of Tanzania (NBS) revealed that the Annual Headline Inflation Rate for December 2023 fell to 3.0% from 3.2% recorded in November 2023.",
    "previous paragraph", lang="en")
U = "https://www.iol.co.za/business-report/international/tanzanias-inflation-rate-rises-to-37-in-june-28954116"
add("INTERNATIONAL – Tanzania's annual headline inflation rate for June has increased to 3.7 percent from 3.5 percent recorded in May, the National Bureau of Statistics (NBS) said on Monday.",
    "3.5 percent", "needs_review", ev(INF, "Tanzania", "2019", 3.4642805799902),
    "May 2019's 12-month rate vs the 2019 annual average 3.46, which falls in 3.5's band: another period all the same", U, "2019-07-10", "Tanzania", lang="en")

# --- Uganda (NTV Uganda, 2023-03; The New Times, 2012)
U = "https://www.ntv.co.ug/ug/news/business/uganda-s-headline-inflation-drops-to-9-2--4141366"
add("Uganda’s headline inflation rate dropped to 9.2 per cent in February, down from 10.4 per cent registered in January.",
    "9.2 per cent", "needs_review", ev(INF, "Uganda", "2023", 5.35094804280395),
    "February 2023's 12-month rate vs the 2023 annual average 5.35", U, "2023-03", "Uganda", lang="en")
U = "http://newtimes.co.rw/article/67018/News/ugandaas-annual-inflation-declines-to-257/amp"
add("Uganda’s annual headline inflation rate for the year ending January 2012 dropped to 25.7 percent from 27.0 in December 2011, the third straight decline, the country’s statistics bureau said on Tuesday.",
    "25.7 percent", "needs_review", ev(INF, "Uganda", "2012", 12.6790377224659),
    "the 12 months to January 2012 vs the 2012 annual average 12.68", U, None, "Uganda", lang="en")

# --- Rwanda (The New Times, 2017)
U = "http://newtimes.co.rw/article/144984/News/rwandaas-inflation-rate-increases-slightly-to-38-in-september/amp"
add("Rural households had to dig deeper into their pockets last month as the cost of goods and services rose by 8.9 per cent year-on-year, and increased 1.9 per cent on a monthly basis, both of which are higher than what was recorded in urban centres.",
    "8.9 per cent", "unsupported", none("the rural index: no rows below the national level", "Rwanda"),
    "rural Rwanda's September 2017 rate: national rows only (Rwanda's 8.28 must not judge it)", U, None, "Rwanda",
    "The inflation rate was up 1.1 per cent month-on-month, while the annual average rate between September 2016 and September 2017 was 6.1 per cent.",
    "previous sentence", lang="en")

# --- Namibia (New Era, 2019-08-16; Kosmos 94.1, Afrikaans, 2023-01)
U = "https://neweralive.na/posts/annual-inflation-slowed-to-36-in-july"
add("The 12 months annual average and monthly average inflation rates for the period August 2018 to July 2019 stood at 4.6 percent and 0.3 percent, while the calendar year average annual and average monthly inflation rates for the period January 2019 to July 2019 were estimated as 4.2 percent and 0.3 percent, respectively.",
    "4.2 percent", "needs_review", ev(INF, "Namibia", "2019", 3.72239414422695),
    "the January-July 2019 average vs the full-year 2019 average 3.72", U, "2019-08-16", "Namibia",
    "WINDHOEK – The latest Consumer Price Index provided by the Namibia Statistics Agency (NSA) indicates that the All Items Index for July 2019 was estimated at 137.7 up from 132.8 registered in July 2018.",
    "an earlier paragraph", lang="en")
U = "https://kosmos.com.na/nsa-gemiddelde-jaarlikse-inflasiekoers-van-2022-styg-met-61/"
TITLE = "NSA: Gemiddelde jaarlikse inflasiekoers van 2022 styg met 6,1%"
t = "Volgens die Namibiese Statistieke-agentskap se Verbruikersprys-indeks het die gemiddelde jaarlikse inflasiekoers verlede jaar met 6,1 persent gestyg, vergeleke met 3,6 persent in 2021, wat hoofsaaklik deur vervoer-inflasie gedryf is."
add(t, "6,1 persent", "supported", ev(INF, "Namibia", "2022", 6.08128114112413),
    "Namibia CPI 2022 ('verlede jaar', the title's 2022) = 6.081, within 6.05..6.15 ∓0.5 %", U, None, "Namibia", TITLE, "title", lang="af")
add(t, "3,6 persent", "supported", ev(INF, "Namibia", "2021", 3.61690530108814),
    "Namibia CPI 2021 = 3.617, within 3.55..3.65 ∓0.5 %", U, None, "Namibia", TITLE, "title", lang="af")

# --- Zimbabwe (Zim Morning Post, 2019-02)
U = "https://zimmorningpost.com/january-inflation-surges-to-57-zimstats/"
add("According to Zimstats, the month of January 2019 as measured by the all items Consumer Price Index (CPI) stood at 56.90 percent, while that of December 2018 rate was 42.09 percent.",
    "56.90 percent", "needs_review", ev(INF, "Zimbabwe", "2019", 255.304990757856),
    "January 2019's 12-month rate vs the 2019 annual average 255.3", U, None, "Zimbabwe",
    "The country’s year on year inflation rate has increased , according to the latest report by the Zimbabwe Statistics Agency (Zimstat) Friday.",
    "an earlier paragraph", lang="en")

# --- Nigeria (EPA caption via Giornale di Brescia, 2024-03-24; Scientia NG; Jordan 105 FM)
U = "https://www.giornaledibrescia.it/italia-e-estero/rilasciati-oltre-250-studenti-rapiti-in-nigeria-hftxnjio"
add("Figures from the National Bureau of Statistics (NBS) show that Nigeria's headline inflation has moved to 31.70 percent in February, a hike of a 1.80 per cent increase from what was recorded in January.",
    "31.70 percent", "unsupported", none("Nigeria's CPI rows end in 2023", "Nigeria"),
    "February 2024 (the caption's year): period outside the data", U, "2024-03-24", "Nigeria",
    "epa11235925 Vendors sell their produce at Gbagi market in Ibadan Oyo State, Nigeria, 21 March 2024 (issued 22 March 2024).", "previous sentence", lang="en")
U = "https://scientiang.com/?p=61"
add("Consumer price inflation in Nigeria averaged 13.0% in the ten years to 2023, above the Sub-Saharan Africa regional average of 9.4%.",
    "13.0%", "contradicted", ev(INF, "Nigeria", "2023", 24.6595502031139),
    "the mean of Nigeria's 2014–2023 rows = 14.65, outside 12.95..13.05 ±0.5 %", U, None, "Nigeria", lang="en")
U = "https://jordan105fm.com/author/aishat"
add("Nigeria’s currency, the Naira, experienced a slight appreciation in the parallel market, reaching ₦1,475 per dollar compared to ₦1,480 per United States dollar it traded the previous day.",
    "₦1,475", "unsupported", none("no naira rows in the exchange-rate files", "Nigeria"),
    "a parallel-market naira rate: currency absent", U, None, "Nigeria", lang="en")

# --- Ghana (GhanaWeb, 2023-03-15 and 2023-02-21; The Heritage Times, 2024)
U = "https://mobile.ghanaweb.com/GhanaHomePage/business/Inflation-drops-to-52-8-for-second-consecutive-month-in-2023-1731173"
add("According to the Service, the month recorded an annual inflation of 52.8% from an earlier 53.6% recorded in January this year.",
    "52.8%", "needs_review", ev(INF, "Ghana", "2023", 38.1069656296501),
    "February 2023's 12-month rate vs the 2023 annual average 38.11", U, "2023-03-15", "Ghana",
    "The Ghana Statistical Service has announced a second consecutive fall in the country's inflation rate for February 2023.", "previous paragraph", lang="en")
U = "https://www.ghanaweb.com/GhanaHomePage/NewsArchive/Ghana-s-inflation-rate-101-74-GSS-s-official-rate-rubbish-Steve-Henke-1718063"
add("On a regional level, the Eastern Region recorded the highest year-on-year inflation of 66.2% while Greater Accra followed with an inflation of 65%.",
    "66.2%", "unsupported", none("a region's rate: no rows below the national level", "Ghana"),
    "the Eastern Region's January 2023 rate: national rows only", U, "2023-02-21", "Ghana",
    "The rate of Ghana's inflation, according to the GSS, recently dropped from 54.1% to 53.6%.", "an earlier paragraph", lang="en")
U = "https://theheritagetimes.com/ghanas-inflation-eases-for-fifth-month-but-remains-high"
add("In July, Finance Minister Mohammed Amin Adam predicted that inflation in the West African country would decrease to 15% by the end of 2024, and he noted that the economy was recovering more quickly than anticipated.",
    "15%", "needs_review", ev(INF, "Ghana", "2024", 22.8483281157842),
    "a forecast of the December 2024 12-month rate vs the 2024 annual average 22.85", U, None, "Ghana",
    "Ghana’s consumer price increases have eased for the fifth month in a row, dropping to 20.4% in August compared to 20.9% in July, according to a government announcement on Wednesday.",
    "an earlier paragraph", lang="en")

rows.write(sys.argv[1] if len(sys.argv) > 1 else "fresh_g.jsonl")
print(rows.summary())
