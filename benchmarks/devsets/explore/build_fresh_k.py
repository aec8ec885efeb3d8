"""Writes benchmarks/devsets/explore/fresh_k.jsonl (labels by hand from ../shared/reference-sources):
Africa and the Middle East in their newsrooms' copy — anglophone, francophone and lusophone Africa;
the Middle East in English, Turkish and Arabic."""
import re
import sys

from labelling import CO2, FX, FXM, INF, LabelledRows, ev, none

# The first claim of a sentence only; at most two sentences a page and three pages' worth a country (a
# country's pages in another language count apart), in the order the searches returned them; cut at 45.
rows = LabelledRows("fresh_k", "xfreshk")


def add(text: str, claim: str, *args, **kw) -> None:
    """Excerpts break lines inside sentences; a sentence is copied with its spaces as one."""
    squash = lambda s: re.sub(r"\s+", " ", s).strip() if s else s  # noqa: E731
    if kw.get("context") is not None:
        kw["context"] = squash(kw["context"])
    rows.add(squash(text), claim, *args, **kw)


NO_PLACE = "no place named in the sentence or before it"

# --- Nigeria (9jayarn, The Daily, 9jabrief; all undated)
U = "https://9jayarn.com/tag/nigeria/page/26"
add("The National Bureau of Statistics has said Nigeria’s headline inflation rate increased to 19.64 per cent on a year-on-year basis in July, the highest since 2005.",
    "19.64 per cent", "needs_review", ev(INF, "Nigeria", "2022", 18.8471877843274),
    "July's 12-month rate (July 2022; no year and no date on the page) vs annual rows (2022: 18.85)", U, None, "Nigeria",
    context="Nigeria’s inflation rate hits 17-year all-time high — NBS", context_from="title")
U = "https://thedaily-ng.com/author/godswill-odiong/page/295"
add("On month-on-month basis, the Headline index increased by 1.01 percent in May 2021, according to the National Bureau of Statistics, NBS.",
    "1.01 percent", "unsupported", none("a month-on-month change, a series no package holds for any place (no place named either: 'National Bureau of Statistics' is Nigeria's, Tanzania's and others')"),
    "a month's change of the index: no row of any place can judge it", U, None, None,
    context="INFLATION: Headline index rises by 1.01% in May, 2021", context_from="title")
U = "https://9jabrief.com/view_feed?feed__key=138718"
add("Nigerian headline inflation may drop to 24.48 percent, while the core inflation may drop to 22.59 percent and food inflation drop to 26.8 percent in the rebased Gross Domestic Product (GDP) figures to be released by the National Bureau of Statistics (NBS).",
    "24.48 percent", "needs_review", none("a forecast ('may drop') of a month the page does not name, undated (the rebased index of January 2025; Nigeria's rows end 2023)", "Nigeria"),
    "a forecast of an unnamed month with no date: which row is meant is unknown", U, None, "Nigeria")

# --- Ghana (Pulse Ghana, undated, 2023; Ghana Financial Market, 2022-10-13)
U = "https://www.pulse.com.gh/business/local/ghanas-true-inflation-is-10174-steve-henke/08rk0fp"
add("\"Today, I measure inflation in Ghana at a staggering 101.74%/yr, ~1.9x the 'official' rate,\" Mr Henke posted on Twitter.",
    "101.74%/yr", "unsupported", none("an economist's own estimate of inflation (Steve Hanke's), not the CPI series the packages hold", "Ghana"),
    "another measure than the CPI: no row can judge it", U, None, "Ghana")
add("The rate of Ghana's inflation, according to the GSS, recently dropped from 54.1% to 53.6%.",
    "54.1%", "needs_review", ev(INF, "Ghana", "2022", 31.2558951049016),
    "December 2022's 12-month rate (the page: the fall was January 2023's) vs the 2022 annual average 31.26", U, None, "Ghana")
U = "https://ghanafinancialmarket.org/2022/10/13/ghanas-inflation-rate-accelerates-to-37-2-a-fresh-21-year-high-2/"
add("Inflation in Ghana increased to 37.2% in September from 33.9% in August, the Ghana Statistical Service said on Wednesday.",
    "37.2%", "needs_review", ev(INF, "Ghana", "2022", 31.2558951049016),
    "September 2022's 12-month rate vs the 2022 annual average 31.26", U, "2022-10-13", "Ghana")

# --- Kenya (The Standard, 2017 and 2018)
U = "https://www.standardmedia.co.ke/business/article/2001227854/food-prices-rise-for-ninth-straight-month-as-drought-ravages-kenya"
FOOD = "Foodstuffs in Kenya are now priced at 12.54 per cent higher than they were at the same time in 2016."
add(FOOD, "12.54 per cent", "unsupported", none("food prices: the packages hold the all-items CPI only", "Kenya"),
    "food inflation, another series", U, None, "Kenya")
add("This has sent inflation to 6.99 per cent, the highest in eleven months.",
    "6.99 per cent", "needs_review", ev(INF, "Kenya", "2017", 8.00564967709945),
    "January 2017's 12-month rate vs the 2017 annual average 8.01", U, None, "Kenya", context=FOOD, context_from="previous sentence")
U = "https://www.standardmedia.co.ke/business/article/2001268011/inflation-edges-up-to-4-83pc-in-january"
add("Kenya’s year-on-year inflation rose to 4.83 per cent in January from 4.5 per cent in December, the Kenya National Bureau of Statistics reported yesterday.",
    "4.83 per cent", "needs_review", ev(INF, "Kenya", "2018", 4.6898064677633),
    "January 2018's 12-month rate (no year in the sentence; the page: 'January 2018') vs annual rows (2018: 4.69)", U, None, "Kenya")

# --- Egypt (Devdiscourse, undated, 2024; Middle East Policy, 2021-10-12)
U = "https://devdiscourse.com/article/headlines/3080925-egypts-urban-inflation-accelerates-to-262-in-august"
add("Egypt's urban consumer price inflation rate unexpectedly surged to 26.2% in August from 25.7% in July, according to the latest data from the statistics agency CAPMAS.",
    "26.2%", "needs_review", none("August's 12-month urban rate with no year and no date (August 2024; Egypt's rows end 2023)", "Egypt"),
    "a month's 12-month rate, year unknown to the reader", U, None, "Egypt")
add("Month-on-month, prices climbed by 2.1%, accelerating from a 0.4% rise in July, largely due to higher food prices, which rose by 1.8% after a previous decrease of 0.3%.",
    "2.1%", "unsupported", none("a month-on-month change is not a series of the packages, whatever its year", "Egypt"),
    "another series: a month's change, said month-on-month (its year unknown; relabelled, thirty-second pass)", U, None, "Egypt",
    context="Egypt's urban consumer price inflation rate unexpectedly surged to 26.2% in August from 25.7% in July, according to the latest data from the statistics agency CAPMAS.",
    context_from="previous sentence")
U = "https://www.me-policy.org/2021/10/12/mixed-news-for-egypts-economy/"
add("The latest figures show that overall inflation in both urban and rural areas is at 8%, up from 6.6% in August.",
    "8%", "needs_review", ev(INF, "Egypt, Arab Rep.", "2021", 5.21404940513043),
    "September 2021's 12-month rate (whole country) vs the 2021 annual average 5.21", U, "2021-10-12", "Egypt",
    context="Egypt’s Central Agency for Public Mobilization and Statistics, better known by its acronym, CAPMAS, invariably concentrates on the figures, regardless of their political connotations.",
    context_from="previous sentence")

# --- Senegal (Leral, March 2023; AllAfrica/Lejecos, March 2020)
U = "https://www.leral.net/Senegal-Les-prix-a-la-consommation-ont-regresse-de-10-en-decembre-dernier_a345594.html"
add("Ce fléchissement des prix des produits à la consommation est essentiellement lié au recul de ceux dans les fonctions «Produits alimentaires et boissons non alcoolisées» (-2,1%) et, dans une moindre proportion, celles des «Communications»\n\n(-0,1%).",
    "-2,1%", "unsupported", none("a division of the index (food and non-alcoholic drinks): the packages hold the all-items CPI only"),
    "another series (a CPI division)", U, "2023-03", None, lang="fr")
add("Cependant, comparés à décembre 2021, les produits à la consommation ont connu un renchérissement de 12,8%.",
    "12,8%", "needs_review", none(NO_PLACE + " (Senegal's ANSD is named after it); December 2022 on December 2021"),
    "a 12-month rate of December with no country named (Senegal's 2022 average is 9.70)", U, "2023-03", None, lang="fr")
U = "https://fr.allafrica.com/stories/202003190820.html"
add("Selon un rapport de l'Agence nationale de la statistique et de la démographie (Ansd) « Evolution annuelle de l'indice harmonisé des prix à la consommation en 2019 » consulté par le Journal de l'économie sénégalaise (Lejecos), on apprend que les prix à la consommation se sont accélérés de 1,0%, après une augmentation de 0,5% en 2018.",
    "1,0%", "contradicted", ev(INF, "Senegal", "2019", 1.76011151192938),
    "the ANSD's 2019 annual average 1.0 (Senegal: the ANSD and 'sénégalaise') vs the World Bank's 1.76 for 2019", U, "2020-03", "Senegal", lang="fr")

# --- Morocco (Bladi, 2021; Les Échos via Maghress, January 2015)
U = "https://bladi.net/indice-prix-consommation.html"
add("L’indice des prix à la consommation (IPC) a connu une augmentation de 1,4 % au titre de l’année 2021 par rapport à l’année précédente, selon le Haut-commissariat au plan (HCP).",
    "1,4 %", "supported", ev(INF, "Morocco", "2021", 1.40195883962006),
    "2021 annual average 1.40", U, None, "Morocco", context="Maroc : hausse de l’indice des prix à la consommation en 2021",
    context_from="title", lang="fr")
add("Le communiqué nous apprend également que des baisses ont été enregistrées à Dakhla (-1,3%), Béni Mellal (-1%), Oujda (-0,6%) et Laayoune (-0,5%).",
    "-1,3%", "unsupported", none("a city's CPI (Dakhla) is not a series of the packages", "Morocco"),
    "a city's monthly change: no row", U, None, "Morocco",
    context="Courant mai 2010 l’indice de prix à la consommation (IPC) au Maroc a connu une stagnation par rapport au mois d’avril indique le Haut commissariat au plan dans un communiqué.",
    context_from="an earlier paragraph", lang="fr")
U = "https://maghress.com/fr/lesechos/125349"
add("L'indice des prix à la consommation (IPC) annuel moyen a enregistré, au terme de l'année 2014, une augmentation de 0,4% par rapport à 2013.",
    "0,4%", "needs_review", none(NO_PLACE + " (Morocco's HCP is named in the next sentence); Morocco's 2014 average 0.44 would support it"),
    "no country named; the annual average it would be", U, None, None, lang="fr")

# --- Tunisia (Tixup, 2013; Kapitalis, December 2014)
U = "http://www.tixup.com/tag/avril-2013"
add("Selon l’Institut National de la Statistique (INS) : le taux d’inflation a atteint 6,2% en avril 2013 par rapport à 2012.",
    "6,2%", "needs_review", ev(INF, "Tunisia", "2013", 5.31623531326689),
    "April 2013's 12-month rate vs the 2013 annual average 5.32; Tunisia from the heading's 'Dinar Tunisien'", U, None, "Tunisia",
    context="Alerte rouge : 6.2% inflation et dévalorisation du Dinar Tunisien", context_from="title", lang="fr")
U = "https://www.kapitalis.com/archive/186-kapital/26650-tunisie-le-taux-d-inflation-passe-de-5-4-a-5-2-entre-octobre-et-novembre-2014"
LEAD = "L’évolution positive de l’indice des prix pour le 4e mois consécutif a porté le taux d’inflation à 5,2% en glissement annuel, au mois de novembre 2014."
add(LEAD, "5,2%", "needs_review", none(NO_PLACE + " (Tunisia in the next sentence); November 2014's 12-month rate"),
    "a month's 12-month rate, no country named", U, None, None, lang="fr")
add("Ce taux était de 5,4%, en octobre 2014, et 5,8% en novembre 2013, décélération expliquée, notamment, par la baisse, relative, du rythme d’évolution des prix des produits alimentaires, indique le conseil d’administration de la Banque centrale de Tunisie (BCT), réuni le 29 décembre 2014, à Tunis.",
    "5,4%", "needs_review", ev(INF, "Tunisia", "2014", 4.62555099534031),
    "October 2014's 12-month rate vs the 2014 annual average 4.63", U, None, "Tunisia", context=LEAD, context_from="previous sentence", lang="fr")

# --- Turkey in English (Yetkin Report; InfoBalkans/Hürriyet Daily News, 2017)
U = "https://yetkinreport.com/en/category/turkish-politics/"
add("Turkey’s inflation continues soaring as Turkish Statistical Institute announced that the Consumer Price Index (CPI) increased by 7,25 in April, 69 percent annually.",
    "7,25", "unsupported", none("a month-on-month change is not a series of the packages", "Turkey"),
    "another series: April's month-on-month rise 7.25 % (April 2022; a decimal comma, no % sign; no year on the page), the index's change in one month (relabelled, thirty-second pass)", U, None, "Turkey")
U = "https://infobalkans.com/person/muammer-k-m-rc-o-lu"
add("Turkey's annual inflation hit its highest in more than nine years in March, surging 11.29 percent, as the prices of food, transportation and alcohol all showed double-digit increases, official data showed on April 3.",
    "11.29 percent", "needs_review", ev(INF, "Turkiye", "2017", 11.1443110840765),
    "March 2017's 12-month rate (no year on the page) vs annual rows (2017: 11.14)", U, None, "Turkey")
add("Consumer prices rose 1.02 percent since the previous month, data from the Turkish Statistics Institute (TÜİK) showed.",
    "1.02 percent", "unsupported", none("a month-on-month change is not a series of the packages", "Turkey"),
    "another series: a month-on-month change (March 2017), the index's change in one month (relabelled, thirty-second pass)", U, None, "Turkey",
    context="Turkey's annual inflation hit its highest in more than nine years in March, surging 11.29 percent, as the prices of food, transportation and alcohol all showed double-digit increases, official data showed on April 3.",
    context_from="previous sentence")

# --- South Africa's rand (Resolute Wealth, 2024-10-01)
U = "https://resolutewealth.co.za/2024/10/01/a-history-of-the-rand-and-dollar-exchange-rate"
add("To begin with, the rand was worth $1.40 (R0.72 per US dollar) from the time of its inception until late 1971, the US dollar became stronger than the South African rand for the first time on the 15th of March 1982.",
    "$1.40", "needs_review", ev(FX, "South Africa", "1971", 0.7129),
    "a peg over 1961–1971 in dollars a rand; the rows begin in 1971 (R0.7129 a dollar, $1.40 a rand): a span mostly before the data", U, "2024-10-01", "South Africa")
add("R3 to the US dollar was breached for the first time in November 1992 with a host of local and international events influencing the currency, thereafter, including the election of Tito Mboweni as governor of the SARB (South African Reserve Bank), the inauguration of Thabo Mbeki in 1999 and the September 11, 2001, twin towers attack saw the rand reach its weakest historical level in December 2001 at R13.84 to the US dollar.",
    "R3", "needs_review", ev(FXM, "South Africa", "1992-11", 2.9959),
    "a day's level first past R3 vs November 1992's monthly average 2.9959", U, "2024-10-01", "South Africa")

# --- Saudi Arabia (KSA Players/Arab News, undated; Arab News Pakistan, October 2022)
U = "https://ksaplayers.com/Ksahome/NewsDetial/?nid=27061749"
FIRST = "RIYADH: Saudi annual inflation rate hit 1.2 percent in December, slightly up from the previous month’s 1.1 percent, according to data released from Gastat."
add(FIRST, "1.2 percent", "needs_review", ev(INF, "Saudi Arabia", "2021", 3.06328988941547),
    "December 2021's 12-month rate (no year, no date) vs annual rows (2021: 3.06)", U, None, "Saudi Arabia")
add("Transport prices were 7.2 percent higher from a year ago, which was due to the increase in gasoline costs.",
    "7.2 percent", "unsupported", none("transport prices: a division of the CPI, not a series of the packages", "Saudi Arabia"),
    "another series", U, None, "Saudi Arabia", context=FIRST, context_from="previous sentence")
U = "https://arabnews.pk/node/2180281"
add("RIYADH: Saudi Arabia’s annual inflation rate accelerated to a 15-month high of 3.1 percent in September, up from 3 percent in August, according to data released by the General Authority for Statistics.",
    "3.1 percent", "needs_review", ev(INF, "Saudi Arabia", "2022", 2.4740737192537),
    "September 2022's 12-month rate (the page: 'September 2022') vs the 2022 annual average 2.47", U, None, "Saudi Arabia")

# --- Israel (The Jewish Press, 2023-01-15; Globes, 2019-06-16)
U = "https://www.jewishpress.com/news/business-economy/israels-consumer-price-index-rose-0-3-in-december-2022/2023/01/15/"
FIRST = "Israel’s Central Bureau of Statistics has announced the consumer price index (CPI) rose by 0.3 percent last month."
add(FIRST, "0.3 percent", "unsupported", none("a month-on-month change is not a series of the packages", "Israel"),
    "another series: December 2022's month-on-month change, the index's change in one month (relabelled, thirty-second pass)", U, "2023-01-15", "Israel")
add("According to the report, the annual inflation rate has remained at 5.3 percent for the second month in a row – a 20-year high.",
    "5.3 percent", "needs_review", ev(INF, "Israel", "2022", 4.39359665912654),
    "December 2022's 12-month rate vs the 2022 annual average 4.39", U, "2023-01-15", "Israel", context=FIRST, context_from="previous sentence")
U = "https://en.globes.co.il/en/article-CPI-up-07-in-May-1001289625"
add("Israel's Consumer Price Index (CPI) rose 0.7% in May to 101.7 points, the Central Bureau of Statistics reports.",
    "0.7%", "unsupported", none("a month-on-month change is not a series of the packages", "Israel"),
    "another series: May 2019's month-on-month change, the index's change in one month (relabelled, thirty-second pass)", U, "2019-06-16", "Israel")

# --- Angola (Destak/Lusa, August 2018)
U = "http://www.destak.pt/artigo/344119-angola-regista-em-julho-a-taxa-de-inflacao-homologa-mais-baixa-desde-2015?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+DestakRSS+%28Destak.pt%29"
FIRST = "Angola registou, em julho, uma inflação homóloga de 19,01%, a mais baixa desde 2015, com a taxa a atingir em termos mensais 1,25%, a segunda mais reduzida em 2018, indicou hoje o Instituto Nacional de Estatística (INE) angolano."
add(FIRST, "19,01%", "needs_review", ev(INF, "Angola", "2018", 19.6289379701521),
    "July 2018's 12-month rate vs the 2018 annual average 19.63", U, "2018-08", "Angola", lang="pt")
add("Na nota de imprensa sobre a evolução do Índice de Preços no Consumidor Nacional (IPCN), que mede a inflação em todo o país, o INE afirmou que os maiores aumentos de preços em julho se registaram em Malanje (3,11%), Bengo (1,89%), Cunene (1,75%) e Uíge (1,58%), enquanto os menores ocorrerem na Lunda-Sul (0,76%), Cuando Cubango (0,81%), Namibe e Cabinda (ambos com 0,88%).",
    "3,11%", "unsupported", none("a province's monthly rate (Malanje): no row", "Angola"),
    "a province's rate: no row (Angola's national rows must not judge it)", U, "2018-08", "Angola", context=FIRST,
    context_from="previous sentence", lang="pt")

# --- South Africa's and China's CO2 (The Outlier, 2022-07-29)
U = "https://outliereditor.co.za/index.php/wp-json/wp/v2/posts/83035"
FIRST = "South Africa is one of the world’s biggest greenhouse gas emitters."
S452 = "The 452 megatonnes of carbon dioxide it produced from burning fossil fuels in 2020 was the 13th highest amount emitted by a country."
add(S452, "452 megatonnes", "contradicted", ev(CO2, "SOUTH AFRICA", "2020", 118618),
    "118,618 kt C × 3.664 = 434.6 Mt CO2; 452 is 4.0 % above (another inventory)", U, "2022-07-29", "South Africa",
    context=FIRST, context_from="previous sentence")
add("It’s a long way behind China’s 10,000 megatonnes, the United States’ 4,700 megatonnes and India’s 2,400 megatonnes, but it’s by far the biggest emitter in Africa.",
    "10,000 megatonnes", "contradicted", ev(CO2, "CHINA (MAINLAND)", "2020", 2915650),
    "2020 (previous sentence): 2,915,650 kt C × 3.664 = 10,683 Mt CO2; 10,000 is 6.4 % below (outside even ±5 %)", U, "2022-07-29", "China",
    context=S452, context_from="previous sentence")

# --- Zambia (Newsformal/Reuters, September 2022; Diggers, 2021-10-01)
U = "https://newsformal.com/ca/news-29700903"
add("Inflation stood at 24.4% in August 2021 but fell to a single digit of 9.8% as at August 2022, the official statistics agency, Zamstat said.",
    "24.4%", "needs_review", ev(INF, "Zambia", "2021", 22.0207676245777),
    "August 2021's 12-month rate vs the 2021 annual average 22.02; Zambia from its agency 'Zamstat'", U, None, "Zambia",
    context="“We have put our economy on a positive growth trajectory in the last 12 months and we project the economy to bottom up from this negative growth,” Hichilema told parliament, and forecast an economic expansion of 4% in the medium term.",
    context_from="previous sentence")
U = "https://diggers.news/business/2021/10/01/inflation-decreases-to-22-1/"
FIRST = "ZAMBIA Statistics Agency (ZSA) data shows that the annual inflation rate for September 2021 decreased to 22.1 percent from 24.4 percent recorded in August 2021."
add(FIRST, "22.1 percent", "needs_review", ev(INF, "Zambia", "2021", 22.0207676245777),
    "September 2021's 12-month rate vs the 2021 annual average 22.02, which it meets by coincidence (another period)", U, "2021-10-01", "Zambia")
add("Meanwhile, the monthly inflation rate for September was recorded at -0.5 percent, a decrease of 0.9 percentage points from 0.4 percent the previous month.",
    "-0.5 percent", "unsupported", none("a month-on-month change is not a series of the packages", "Zambia"),
    "another series: September 2021's month-on-month change, the index's change in one month (relabelled, thirty-second pass)", U, "2021-10-01", "Zambia", context=FIRST, context_from="previous sentence")

# --- Cameroon (123dok, the INS note on 2020: the country only in its letterhead; La CEMAC Info, 2023)
U = "https://123dok.net/document/yd7rp58l-evolution-l-inflation-cours-l-ann%C3%A9e.html"
FIRST = "Comme en 2019, le taux d’inflation est de 2,5% et reste contenu en deçà de la norme CEMAC de 3%."
add(FIRST, "2,5%", "needs_review", none(NO_PLACE + " (Cameroon only in the letterhead); 2020 from the title"),
    "no country named", U, None, None, context="Evolution de l’inflation au cours de l’année 2020", context_from="title", lang="fr")
add("Le taux d’inflation est de 2,5% en 2020.",
    "2,5%", "needs_review", none(NO_PLACE + " (Cameroon only in the letterhead; its 2020 row, 2.4376, is just below the band of 2,5 %)"),
    "no country named", U, None, None, context=FIRST, context_from="an earlier paragraph", lang="fr")
U = "https://lacemac.info/?p=10321"
add("Avec un taux d’inflation de plus de 7,4%, la ville de Ngaoundéré située dans la région de l’Adamaoua est en tête des villes les plus chères au cours de l’année 2022.",
    "7,4%", "unsupported", none("a city's CPI (Ngaoundéré) is not a series of the packages", "Cameroon"),
    "a city's rate: no row (Cameroon's national 6.25 must not judge it)", U, None, "Cameroon",
    context="Vie chère : les 10 villes ayant enregistré le taux d’inflation le plus élevé au Cameroun en 2022", context_from="title", lang="fr")

# --- Côte d'Ivoire (Le Mandat Express, 2022-03-18)
U = "https://lemandatexpress.net/2022/03/18/cherte-de-la-vie-linflation-freinee-a-46-en-fevrier-2022"
add("En Côte d’Ivoire, l’inflation s’est établie à 4,6% en février 2022, en glissement annuel, selon les chiffres officiels rapportés par Sikafinance.",
    "4,6%", "needs_review", ev(INF, "Cote d'Ivoire", "2022", 5.27616724262846),
    "February 2022's 12-month rate vs the 2022 annual average 5.28", U, "2022-03-18", "Côte d'Ivoire", lang="fr")

# --- Turkey in Turkish (Takvim, 2024-08-07)
U = "https://takvim.com.tr/guncel/2024/08/07/enflasyon-nasil-hesaplaniyor-tuikten-algi-operasyonuna-yanit"
add("Türkiye İstatistik Kurumu'nun (TÜK) verilerine göre enflasyon, temmuzda aylık bazda yüzde 3,23 olurken yıllık bazda yüzde 61,78'e geriledi.",
    "yüzde 3,23", "unsupported", none("a month-on-month change is not a series of the packages", "Turkey"),
    "another series: July 2024's month-on-month rise, the index's change in one month (relabelled, thirty-second pass)", U, "2024-08-07", "Turkey", lang="tr")

# --- Jordan in Arabic (Madar al-Saa, November 2022)
U = "https://alsaa.net/article/222203/414--نسبة-التضخم"
add("مدار الساعة -أصدرت دائرة الإحصاءات العامة تقريرها الشهري حول الرقم القياسي العام لأسعار المستهلك لشهر تشرين أول من عام 2022 ليصل الى 108.31 مقابل 102.92 لنفس الشهر من عام 2021 مسجلاً ارتفاعاً نسبته 5.23%.",
    "108.31", "unsupported", none("the CPI's index level (points): the packages hold its yearly rate of change, not the index", "Jordan"),
    "an index level, another quantity", U, None, "Jordan", context="4.14 % نسبة التضخم في الأردن منذ بداية 2022", context_from="title", lang="ar")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "fresh_k.jsonl")
    print(rows.summary())
