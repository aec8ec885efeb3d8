"""Writes benchmarks/devsets/explore/fresh_u.jsonl (labels by hand from ../shared/reference-sources):
fact-checking pages (Full Fact, AP and USA Today fact checks, Check Your Fact, Alt News, Lupa, Polígrafo,
Gigafact, a Snopes copy, Russia Matters, an African fact-check round-up), broadcast pages and transcripts
(NPR member stations, Euronews, NOS, TF1) and explainers (Visual Capitalist) — in English, French,
Portuguese and Dutch. Such pages quote a politician's or a post's figure and then the true one."""
import sys

from labelling import CO2, FX, FXM, GDP, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_u", "xfreshu")
add = rows.add
MONTH_RATE = "a month's 12-month rate vs the annual average"
SHARE = "a share of world emissions: a world total of fossil CO2 is not a row of the package"
PPP = "GDP at purchasing power parity: not a series of the packages (they hold current-dollar GDP)"

# --- Full Fact (UK): an MP's 'over 10% last autumn' and a newspaper's 'soaring' inflation
U = "https://fullfact.org/news/mel-stride-inflation-commons"
add("According to Office for National Statistics (ONS) figures, CPI inflation was 6.7% in September 2023, 4.6% in October 2023, 3.9% in November 2023 and 4.0% in December 2023.",
    "6.7%", "needs_review", ev(INF, "United Kingdom", "2023", 6.79396706793963),
    MONTH_RATE + " (September 2023; the 2023 average is 6.79)", U, None, "United Kingdom", lang="en")
add("It was 10.1% in September 2022 before peaking at 11.1% in October 2022.",
    "11.1%", "needs_review", ev(INF, "United Kingdom", "2022", 7.92204883147902),
    MONTH_RATE + " (October 2022's peak; the 2022 average is 7.92)", U, None, "United Kingdom",
    "In autumn 2022, inflation was consistently over 10%.", "previous sentence", lang="en")
U = "https://fullfact.org/economy/inflation-prices-soaring"
add("But by historic standards, the current 1% rate of inflation is still relatively low.",
    "1%", "needs_review", ev(INF, "United Kingdom", "2016", 1.0084173681141),
    "the 12-month rate of September 2016 (the page quotes the Evening Standard of 18 October 2016), a month's rate; the page has no date", U, None, "United Kingdom",
    "It’s correct that prices are rising faster than at any point in the past two years.", "an earlier paragraph", lang="en")

# --- AP fact check (The Berkshire Eagle): a post's yearly US inflation rates
U = "https://www.berkshireeagle.com/ap/factcheck/inaccurate-inflation-figures-circulate-on-social-media/article_5371d5d2-bce2-11ec-9363-2b43f9a77198.html"
t = "The list gives inflation rates as 1.7% for 2017, 1.65% for 2018, 1.7% for 2019 and 1.4% for 2020, noting that Trump was president during these years."
add(t, "1.65%", "contradicted", ev(INF, "United States", "2018", 2.44258329692817),
    "2018: 2.44 beyond 1.65's band [1.64, 1.66] (the post's figure)", U, "2022-04-15", "United States", lang="en")
add(t, "1.4%", "contradicted", ev(INF, "United States", "2020", 1.23358439630629),
    "2020: 1.23 below 1.4's band [1.343, 1.457]", U, "2022-04-15", "United States", lang="en")
add("It then falsely claims the rate under Biden in 2021 was 14% and that it is 14.9% in 2022.",
    "14%", "contradicted", ev(INF, "United States", "2021", 4.69785886363742),
    "2021: 4.70 vs 14", U, "2022-04-15", "United States",
    "The list gives inflation rates as 1.7% for 2017, 1.65% for 2018, 1.7% for 2019 and 1.4% for 2020, noting that Trump was president during these years.",
    "previous sentence", lang="en")
add("Meanwhile, the change for December 2021, the first year of Biden’s administration, was 7.1%, not 14%.",
    "7.1%", "needs_review", ev(INF, "United States", "2021", 4.69785886363742),
    "December on December vs the annual average (2021: 4.70)", U, "2022-04-15", "United States",
    "According to that data, the percentage change in the approximate total consumer price index in December 2017 from 12 months earlier was 2.1%, 1.9% for the same period in 2018, 2.3% in 2019 and 1.3% in 2020.",
    "previous sentence", lang="en")

# --- USA Today fact check: the same post, yearly averages as a list
U = "https://www.usatoday.com/story/news/factcheck/2022/04/18/fact-check-post-online-overstates-inflation-under-biden/7274404001/"
add("- 2021: 4.7%", "4.7%", "supported", ev(INF, "United States", "2021", 4.69785886363742),
    "2021: 4.698 within 4.7's band", U, "2022-04-18", "United States",
    "Inflation - monthly average", "the list's heading", lang="en")
add("- 2022 through March: 7%", "7%", "needs_review", ev(INF, "United States", "2022", 8.00279982052121),
    "a year-to-date average (January–March 2022) vs the annual average; the year not over at the draft date", U, "2022-04-18", "United States",
    "Inflation - monthly average", "the list's heading", lang="en")

# --- An African fact-check round-up (MIT Africa News Verifier, April 2023)
U = "https://newsverifier.mitafrica.org/11th-april-africa-fact-check-round-up/"
t = "Claim: Inflation rate in Nigeria jumped from 1.4% in 2019 to 21.8% in January 2023"
add(t, "1.4%", "contradicted", ev(INF, "Nigeria", "2019", 11.3964223378115),
    "2019: 11.40 vs 1.4 (the claim the round-up rates false)", U, "2023-04", "Nigeria", lang="en")
add(t, "21.8%", "needs_review", ev(INF, "Nigeria", "2023", 24.6595502031139),
    MONTH_RATE + " (January 2023; the 2023 average is 24.66)", U, "2023-04", "Nigeria", lang="en")

# --- Check Your Fact: a president's climate tweets (US, UK; shares and cumulative sums)
U = "https://checkyourfact.com/2019/09/06/fact-check-donald-trump-climate-change-cnn-town-hall-tweets"
add("In that time frame, the U.S. reduced its emissions by 758 million tons (the Global Carbon Project reported a similar but slightly higher number) compared to the United Kingdom, which had the second largest reduction at 170 million fewer tons.",
    "758 million tons", "contradicted", ev(CO2, "UNITED STATES OF AMERICA", "2017", 1351549),
    "2005→2017: (1,577,751 − 1,351,549) kt C × 3.664 = 828.8 Mt CO2, beyond 758's band (BP's figure); below the CO2 reading, so the no-gas rule does not apply",
    U, "2019-09-06", "United States",
    "The U.S. did indeed have the largest reduction in total emissions between 2005 and 2017, according to the BP Statistical Review of World Energy.",
    "previous sentence", lang="en")
t = "When gauged in percentage of total emissions, several countries outperformed America’s 14% emission reduction, including Britain (33%), Italy (28%) and France (18%), according to data from the Global Carbon Project."
add(t, "14%", "supported", ev(CO2, "UNITED STATES OF AMERICA", "2017", 1351549),
    "2005→2017: 1 − 1,351,549 / 1,577,751 = 14.34 % within 14's band", U, "2019-09-06", "United States", lang="en")
add(t, "33%", "contradicted", ev(CO2, "UNITED KINGDOM", "2017", 100342),
    "2005→2017: 1 − 100,342 / 147,869 = 32.14 % below 33's band [32.34, 33.67]", U, "2019-09-06", "United Kingdom", lang="en")
add("Nonetheless, the U.S. is still ranked the number two emitter of carbon dioxide at around 15% of global carbon emissions, behind China’s approximately 28%.",
    "around 15%", "unsupported", none(SHARE, "United States"), "share of the world: no row to divide by", U, "2019-09-06", "United States", lang="en")
add("The U.S. emitted approximately 270 billion tons of carbon dioxide compared to China’s approximately 200 billion tons from 1965 to 2018, according to data from the BP Statistical Review of World Energy.",
    "approximately 270 billion tons", "supported", ev(CO2, "UNITED STATES OF AMERICA", "2018", 1391321),
    "the sum 1965–2018 of the US rows × 3.664 = 264.5 bn t CO2, within ±5 % of 270 (an aggregate over a span; the label names its last row)",
    U, "2019-09-06", "United States", lang="en")

# --- Visual Capitalist: a table of 2017 emissions (Global Carbon Atlas) and a 2021 update
U = "https://www.visualcapitalist.com/all-the-worlds-carbon-emissions-in-one-chart/?fbclid=IwAR1FHGSx-xoU-kxt6iSm3r8mnZMuIIX2Nl0rQ5vBiDCV_A0POuU4zeSLwJY"
HEAD = "Rank | Country | Emissions in 2017 (MtCO₂) | % of Global Emissions |"
t = "#1 | 🇨🇳 China | 9,839 | 27.2% |"
add(t, "9,839", "contradicted", ev(CO2, "CHINA (MAINLAND)", "2017", 2670219),
    "2017: 2,670,219 kt C × 3.664 = 9,783.7 Mt CO2, below 9,839's band [9,789.3, 9,888.7] (the Global Carbon Atlas's vintage)",
    U, None, "China", HEAD, "the table's header row", lang="en")
add(t, "27.2%", "unsupported", none(SHARE, "China"), "share of the world: no row to divide by", U, None, "China", HEAD, "the table's header row", lang="en")
add("#2 | 🇺🇸 United States | 5,269 | 14.6% |", "5,269", "contradicted", ev(CO2, "UNITED STATES OF AMERICA", "2017", 1351549),
    "2017: 1,351,549 kt C × 3.664 = 4,952.1 Mt CO2 vs 5,269", U, None, "United States", HEAD, "the table's header row", lang="en")
add("#3 | 🇮🇳 India | 2,467 | 6.8% |", "2,467", "contradicted", ev(CO2, "INDIA", "2017", 664474),
    "2017: 664,474 kt C × 3.664 = 2,434.6 Mt CO2, below 2,467's band [2,454.2, 2,479.9]", U, None, "India", HEAD, "the table's header row", lang="en")
U = "https://www.visualcapitalist.com/carbon-emissions-by-country-2022/?fbclid=IwAR2P5-q6_g6dhT70jF411c-P6rnCytPsmOk90Lit77_q_v4vBWyuRE8MXYY"
add("In terms of CO₂ emissions per capita (metric tons), the U.S. is relatively high at 15.32, while China and India rank lower at 7.44 and 1.89, respectively.",
    "15.32", "unsupported", none("2021 (the year of the page's figures): the CO2 rows end in 2020", "United States"),
    "a period outside the data", U, None, "United States",
    "According to the Global Carbon Atlas, the world’s top polluters are China, India, and the U.S., which accounted for 52% of the world’s CO₂ in 2021.",
    "an earlier paragraph", lang="en")
add("Historically, the U.S. has been the largest carbon emitter, releasing 422 billion metric tons of CO₂ into the atmosphere since the Industrial Revolution.",
    "422 billion metric tons", "unsupported", none("a cumulative total through 2021: the CO2 rows end in 2020 (1751–2020 sums to 405.1 bn t CO2)", "United States"),
    "an aggregate over a span that runs past the data", U, None, "United States",
    "In terms of CO₂ emissions per capita (metric tons), the U.S. is relatively high at 15.32, while China and India rank lower at 7.44 and 1.89, respectively.",
    "previous paragraph", lang="en")

# --- Broadcast: Euronews (a Reuters factbox) and NOS on Kazakhstan, January 2022
U = "https://www.euronews.com/2022/01/06/us-kazakhstan-protests-factbox"
add("It is the largest of the five ex-Soviet Central Asian republics by territory, or about five times the size of France, and has a population of nearly 19 million.",
    "nearly 19 million", "contradicted", ev(POP, "Kazakhstan", "2021", 19743603),
    "'nearly' = at most 19 m: 2021 is 19.74 m (2020: 19.48 m), above it", U, "2022-01-06", "Kazakhstan",
    "* Kazakhstan is home to large oil, gas and metal deposits and is the largest economy in former Soviet Central Asia.",
    "an earlier sentence of the paragraph", lang="en")
U = "https://nos.nl/artikel/2412061-protesten-en-onrust-in-kazachstan-enorm-maar-relatief-onbekend-land"
add("Er wonen zo'n 18 miljoen mensen.", "zo'n 18 miljoen mensen", "contradicted", ev(POP, "Kazakhstan", "2021", 19743603),
    "'zo'n' (about) ±5 %: [17.1, 18.9] m; 2021: 19.74 m (2020: 19.48 m)", U, "2022-01", "Kazakhstan",
    "Kazachstan, dat grotendeels in Azië ligt en voor een klein deel in Oost-Europa, staat qua oppervlakte in de top-10 grootste landen ter wereld.",
    "previous sentence", lang="nl")

# --- NPR (member stations' transcripts): inflation 40 years ago; November 2021
U = "https://www.apr.org/business-education/2022-02-13/this-is-what-was-happening-40-years-ago-the-last-time-inflation-was-this-high"
add("It had been much higher, almost twice as high in 1980, when annual inflation peaked at 14.6%...",
    "14.6%", "needs_review", ev(INF, "United States", "1980", 13.5492019749684),
    "the peak of the monthly 12-month rate in 1980 vs the annual average 13.55", U, "2022-02-13", "United States",
    "HORSLEY: Kelsey, what you have to keep in mind is that in 1982, inflation was actually coming down.", "previous sentence", lang="en")
t = "RONALD REAGAN: Now, we've just had two years of back-to-back double-digit inflation - 13.3% in 1979, 12.4% last year."
add(t, "13.3%", "contradicted", ev(INF, "United States", "1979", 11.2544711292795),
    "1979: 11.25 vs 13.3 (the December-on-December rate; the sentence says 'in 1979')", U, "2022-02-13", "United States", lang="en")
add(t, "12.4%", "contradicted", ev(INF, "United States", "1980", 13.5492019749684),
    "'last year' in a 1981 speech = 1980: 13.55 vs 12.4 (the archived quote is Reagan's, not the 2022 page's year)", U, "2022-02-13", "United States", lang="en")
U = "https://www.wusf.org/2021-12-10/consumer-prices-were-up-6-8-in-november-the-highest-inflation-in-nearly-4-decades"
add("We learned today that consumer prices in November were up 6.8% from a year ago.",
    "6.8%", "needs_review", ev(INF, "United States", "2021", 4.69785886363742),
    MONTH_RATE + " (November 2021; the year not over at the draft date)", U, "2021-12-10", "United States", lang="en")

# --- TF1 (France), Polígrafo (Portugal), Lupa (Brazil)
U = "https://www.tf1info.fr/economie/inflation-la-hausse-des-prix-bondit-a-5-2-en-moyenne-sur-2022-selon-insee-2244862.html"
add("L'inflation moyenne était de 1,6% en 2021.", "1,6%", "supported", ev(INF, "France", "2021", 1.64233141038385),
    "2021: 1.64 within 1.6's band [1.59, 1.66]", U, "2023-01", "France", lang="fr")
U = "https://poligrafo.sapo.pt/fact-check/alerta-se-no-facebook-a-taxa-de-inflacao-em-portugal-atingiu-72-valor-mais-elevado-desde-1993"
add("A taxa de inflação em Portugal atingiu em abril os 7,2%.", "7,2%", "needs_review", ev(INF, "Portugal", "2022", 7.83269124233323),
    MONTH_RATE + " (April 2022; the page gives no date, the post is of 8 May)", U, None, "Portugal",
    "\"Enquanto no Parlamento andam entretidos a discutir o sexo dos anjos e semana de trabalho de quatro dias…", "previous sentence", lang="pt")
add("Estima-se uma variação média nos últimos 12 meses de 2,8% (2,2% no mês anterior).", "2,8%", "needs_review", ev(INF, "Portugal", "2022", 7.83269124233323),
    "a 12-month average ending April 2022 vs calendar-year averages (2021: 1.27, 2022: 7.83)", U, None, "Portugal",
    "\"Comparativamente com o mês anterior, a variação do IPC ter-se-á fixado em 2,2% (2,5% em março e 0,4% em abril de 2021).", "previous sentence", lang="pt")
U = "https://lupa.uol.com.br/jornalismo/2021/10/14/verificamos-fmi-inflacao-brasil/"
t = "A instituição espera uma alta de 7,9% no Índice de Preços ao Consumidor Amplo (IPCA) de 2021 e de 4% em 2022."
add(t, "7,9%", "needs_review", ev(INF, "Brazil", "2021", 8.30165975585673),
    "the IMF's projection for 2021 made in October 2021 (the year not over); 2021 came to 8.30", U, "2021-10-14", "Brazil",
    "Na página 120 do documento, a estimativa de inflação mostra um salto nas projeções do Brasil.", "previous sentence", lang="pt")
add(t, "4%", "needs_review", ev(INF, "Brazil", "2022", 9.28010608956873),
    "a projection for 2022 made in October 2021; 2022 came to 9.28", U, "2021-10-14", "Brazil",
    "Na página 120 do documento, a estimativa de inflação mostra um salto nas projeções do Brasil.", "previous sentence", lang="pt")

# --- Alt News (India): a viral rupee-dollar comparison
U = "https://www.altnews.in/englishclone/fact-check-has-the-rupee-dollar-exchange-rate-slipped-by-only-one-rupee-since-2014/"
t = "Under gold medalist Havard economist 1 Dollar – Rs 39(2008) 1 Dollar – Rs 68 (2014) Under Chaiwala 1 Dollar – Rs 68(2014) 1 Dollar – Rs 69(2018) What this all Ranty-Rona all about?”"
add(t, "Rs 39(2008)", "contradicted", ev(FX, "India", "2008", 43.3859),
    "2008: 43.39 rupees per dollar vs 39 (the post names a year, not a day)", U, None, "India", lang="en")
add(t, "Rs 69(2018)", "supported", ev(FX, "India", "2018", 68.3734),
    "2018: 68.37 within 69's band [68.16, 69.85]", U, None, "India", lang="en")
add("According to a website www.exchange-rates.org, the value of rupee against US dollar on May 17, 2014, the day Dr. Singh demitted the office of Prime Minister was 58.57.",
    "58.57", "needs_review", ev(FXM, "India", "2014-05", 59.2843),
    "a day's rate vs the monthly average (May 2014: 59.28)", U, None, "India", lang="en")

# --- Russia's economy: a Snopes fact check (copy), Russia Matters, a Ukrainian fact check
U = "https://afriprime.net/blogs/26043/Fact-Check-Putin-Claimed-Russia-Has-the-Largest-Economy-in"
add("Russia ranked fifth, with $1,862.470 trillion.", "$1,862.470 trillion", "contradicted",
    ev(GDP, "Russian Federation", "2023", 2021421476035.417),
    "2023 (named in the sentence before): 2,021.42 bn vs the IMF's 1,862.47 bn (the page writes 'trillion' for billion; either way beyond the band)",
    U, None, "Russian Federation",
    "In terms of nominal GDP, Germany led Europe with $4,429.838 trillion in 2023, according to the International Monetary Fund.",
    "previous sentence", lang="en")
add("But, as of 2022, Germany’s GDP PPP stood at $5.32 trillion and Russia’s was $5.33 trillion, according to World Bank data.",
    "$5.33 trillion", "unsupported", none(PPP, "Russian Federation"), "another series (PPP)", U, None, "Russian Federation", lang="en")
U = "https://www.russiamatters.org/node/32222"
add("“In these terms Russia has just overtaken Germany to become the fifth wealthiest economy in the world and the largest in Europe, worth $5.3 trillion,” the report said, without citation.",
    "$5.3 trillion", "unsupported", none(PPP, "Russian Federation"), "another series (PPP, named in the previous sentence)", U, None, "Russian Federation",
    "Three days later, analytical resource bne IntelliNews, which is focused on emerging markets, published an article repeating these two claims.",
    "previous sentence", lang="en")
U = "https://ukropy.com/about-news/2024/07/25/in-algeria-putins-ally-misleads-about-size-of-russian-economy-downplays-sanctions.html"
add("In the internationally accepted economic ranking by nominal GDP, the U.S. remains the world’s leading economy, while Russia ranks 11th.",
    "11th", "unsupported", none("a world ranking by GDP: the packages hold GDP for Kazakhstan and Russia only", "Russian Federation"),
    "a rank among all countries: no rows to rank", U, "2024-07-25", "Russian Federation", lang="en")

# --- Breitbart's fact check of a debate line; Gigafact (Wisconsin Watch) on inflation since 2021
U = "https://www.breitbart.com/environment/2020/09/29/fact-check-trump-says-china-sends-real-dirt-up-into-the-air/"
add("At 28 percent, China is the world’s worst polluter.", "28 percent", "unsupported", none(SHARE, "China"),
    "share of the world: no row to divide by", U, "2020-09-29", "China",
    "What Biden failed to note is that China is responsible for nearly double that number.", "previous sentence", lang="en")
U = "https://gigafact.org/fact-briefs/is-inflation-up-17-since-president-joe-biden-took-office/"
add("The Consumer Price Index was 307.051 in November 2023, 17% higher than the 261.582 it was in January 2021, figures from the U.S. Bureau of Labor Statistics show.",
    "17%", "unsupported", none("the change of the monthly CPI level between two months: the packages hold annual inflation rates, no index level", "United States"),
    "another series (monthly index level)", U, "2024-01-02", "United States", lang="en")
add("That month’s 9.1% year-over-year increase was a four-decade high.", "9.1%", "needs_review", ev(INF, "United States", "2022", 8.00279982052121),
    MONTH_RATE + " (June 2022; the 2022 average is 8.00)", U, "2024-01-02", "United States",
    "Inflation rose after Biden took office in January 2021, peaking in June 2022.", "previous sentence", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_u.jsonl")
    print(rows.summary())
