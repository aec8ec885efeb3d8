"""Writes benchmarks/devsets/explore/fresh_v.jsonl (labels by hand from ../shared/reference-sources):
opinion and analysis — op-eds and columns (a Washington Post columnist via EPPC, Mint, La Voz de Galicia, the
Börsen-Zeitung, Valor, Le Soir, Il Foglietto, Denki Shimbun's 'Kohkanki'), letters to the editor (Las Vegas
Review-Journal, Journal Review, Cape Times), blogs and newsletters (Creamer Media, Vrye Weekblad via TimesLIVE,
personal and activist blogs), long-form analysis (a Russian book on the economy, Treasury & Risk, Le 1) — in
English, Spanish, German, Portuguese, French, Italian and Russian. Such prose states figures loosely: 'about R6 by
the turn of the century', 'nearly 2.5 times', 'more than 19 percent', ratios between countries, record days
remembered as a year's rate."""
import sys

from labelling import CO2, FX, FXM, GDP, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_v", "xfreshv")
add = rows.add
CO2PC = (CO2[0], CO2[1], "Per Capita")
MONTH_RATE = "a month's 12-month rate vs the annual average"
DAY_RATE = "a day's exchange rate vs the month's average"

# --- A Washington Post column (Henry Olsen) reposted by EPPC: a month's US rate
U = "https://eppc.org/publication/inflation-numbers-are-only-going-to-get-worse/"
add("Friday’s inflation numbers — a 6.8 percent increase compared with just a year ago, the highest level in 39 years — are scary enough.",
    "6.8 percent", "needs_review", ev(INF, "United States", "2021", 4.69785886363742),
    MONTH_RATE + " (November 2021, published 10 December; the 2021 average is 4.70); no place in the sentence, the column's is the US",
    U, "2021-12-10", "United States", lang="en")

# --- A letter (Las Vegas Review-Journal): the BLS's yearly rates and their compound
U = "https://www.reviewjournal.com/opinion/letters/letter-no-comfort-in-falling-inflation-rates-3034696"
t = "The Bureau of Labor Statistics reports the consumer price index increased 1.2 percent in 2020, 4.7 percent in 2021, 8 percent in 2022 and 4.1 percent in 2023."
add(t, "1.2 percent", "supported", ev(INF, "United States", "2020", 1.23358439630629),
    "2020: 1.234 within 1.2's band [1.144, 1.256] (the BLS is the US's)", U, None, "United States", lang="en")
add(t, "4.7 percent", "supported", ev(INF, "United States", "2021", 4.69785886363742),
    "2021: 4.698 within 4.7's band", U, None, "United States", lang="en")
add(t, "4.1 percent", "supported", ev(INF, "United States", "2023", 4.11633838374488),
    "2023: 4.116 within 4.1's band [4.030, 4.171]", U, None, "United States", lang="en")
add("The compounded growth of CPI from 2020 to 2023 has been more than 19 percent.",
    "more than 19 percent", "supported", ev(INF, "United States", "2023", 4.11633838374488),
    "compound of the four yearly rates 2020–2023: 1.0123 × 1.0470 × 1.0800 × 1.0412 − 1 = 19.18 % > 19 (2021–2023 alone: 17.73)",
    U, None, "United States", t, "previous sentence", lang="en")

# --- A letter (Journal Review, Indiana): a congressman's '14% in Indiana' and the national month rate
U = "https://www.journalreview.com/stories/letter-reader-surprised-by-inflation-numbers,222590?"
t = "I was quite surprised to read this, as the most recent inflation number for the country as a whole is 7.1% ( I therefore set out to see if I could find where this 14% comes from."
add("Recently I received a letter from the office of Congressman Jim Baird noting that “Inflation is over 14% in Indiana.”",
    "over 14%", "unsupported", none("a US state's inflation: the packages hold countries", "Indiana (United States)"),
    "a state: no row", U, None, "Indiana (United States)", lang="en")
add(t, "7.1%", "needs_review", ev(INF, "United States", "2022", 8.00279982052121),
    MONTH_RATE + " (November 2022; the 2022 average is 8.00)", U, None, "United States", lang="en")

# --- A blog post (2017): Russia's GDP against Italy's, GDP per head 'topped out'
U = "https://romiesays.wordpress.com/2017/01/01/russias-economy-is-tiny/"
add("The 2016 figures aren’t out yet, but in 2015, Russian GDP was $1.3 trillion.",
    "$1.3 trillion", "contradicted", ev(GDP, "Russian Federation", "2015", 1363482182197.7053),
    "2015: 1.3635 trillion just beyond 1.3's band [1.2438, 1.3568]", U, "2017-01-01", "Russian Federation", lang="en")
add("Per-capita GDP in Russia topped out at $14,000 in 2013 but is now $9000 (IMF estimate).",
    "$14,000", "contradicted", ev(GDP, "Russian Federation", "2013", 2292470078346.2236),
    "2013 GDP ÷ population = 2,292.47 bn / 143,805,638 = 15,941, beyond 14,000's band", U, "2017-01-01", "Russian Federation", lang="en")
add("Sad aside: The population of Russia is three times Italy’s.", "three times", "unsupported",
    none("Italy's population is not in the packages (population for Kazakhstan and Russia only)", "Russian Federation"),
    "a ratio to a country with no row", U, "2017-01-01", "Russian Federation", lang="en")

# --- A blog repost (2014) of the FT: China's CO2 a head
U = "http://rendevouswithdestiny.blogspot.com/2014/09/china-emits-more-carbon-per-capita-than.html"
t = "In a notable turning point for the world’s most populous nation, China produced 7.2 tonnes of planet-warming carbon dioxide a head last year, compared with 6.8 tonnes in the EU."
add(t, "7.2 tonnes", "supported", ev(CO2PC, "CHINA (MAINLAND)", "2013", 1.94519326603228),
    "2013 ('last year' of 2014): 1.9452 t C × 3.664 = 7.127 t CO2 within 7.2's band [7.114, 7.286]", U, "2014-09-23", "China", lang="en")
add(t, "6.8 tonnes", "unsupported", none("the EU is not a row of the CO2 package", "European Union"),
    "an aggregate that is not a row", U, "2014-09-23", "European Union", lang="en")

# --- A blog (2008): China against the US in 2005 and 2006
U = "http://jigiart.blogspot.com/2008/04/carbon-dioxide-emissions.html"
t = "In 2005 China’s emissions were 2% below the US, and in 2006 they were greater by 8%."
c = "China is now emitting more CO2 than the United States."
add(t, "2%", "contradicted", ev(CO2, "CHINA (MAINLAND)", "2005", 1573396),
    "2005: 1,573,396 / 1,577,751 (US) = 0.9972, 0.28 % below, not 2 %", U, "2008-04", "China", c, "previous sentence", lang="en")
add(t, "8%", "contradicted", ev(CO2, "CHINA (MAINLAND)", "2006", 1736342),
    "2006: 1,736,342 / 1,552,895 (US) = 1.118, 11.8 % greater, beyond 8's band", U, "2008-04", "China", c, "previous sentence", lang="en")

# --- Mint column (2021): per-capita CO2 of the US against China and India
U = "https://www.livemint.com/opinion/columns/dear-the-economist-climate-change-is-a-global-predicament/amp-11637683898183.html"
t = "In 2020, the per capita carbon dioxide emission of the US was 1.9 times that of China and eight times that of India."
add(t, "1.9 times", "contradicted", ev(CO2PC, "UNITED STATES OF AMERICA", "2020", 3.610047378993988),
    "2020 per capita: US 3.6100 / China 2.0475 = 1.763, below 1.9's band [1.841, 1.960]", U, "2021-11-23", "United States", lang="en")
add(t, "eight times", "supported", ev(CO2PC, "UNITED STATES OF AMERICA", "2020", 3.610047378993988),
    "2020 per capita: US 3.6100 / India 0.4677 = 7.72, within eight's band [7.46, 8.54]", U, "2021-11-23", "United States", lang="en")
add("In 2020, per capita carbon emission in the US was 14.2 tonnes.", "14.2 tonnes", "contradicted",
    ev(CO2PC, "UNITED STATES OF AMERICA", "2020", 3.610047378993988),
    "2020: 3.6100 t C × 3.664 = 13.23 t CO2 (the paragraph speaks of carbon dioxide), beyond 14.2's band",
    U, "2021-11-23", "United States",
    "But this comes with a corollary.", "previous sentence", lang="en")
add("It was at 18.4 tonnes in 2010.", "18.4 tonnes", "contradicted", ev(CO2PC, "UNITED STATES OF AMERICA", "2010", 4.685037180056785),
    "2010: 4.6850 t C × 3.664 = 17.17 t CO2, beyond 18.4's band", U, "2021-11-23", "United States",
    "In 2020, per capita carbon emission in the US was 14.2 tonnes.", "previous sentence", lang="en")

# --- A business column (Business Standard, 2018): the rupee since 1 January
U = "http://www.business-standard.com/article/opinion/it-and-pharma-start-to-catch-up-118042900556_1.html"
add("The rupee has fallen 5 per cent against the dollar since January 1, 2018.", "5 per cent", "needs_review",
    ev(FXM, "India", "2018-04", 65.6729),
    "a change between two days (1 January and late April 2018); the monthly rows give January 63.64 → April 65.64 (3.1 %); which days is for a person",
    U, "2018-04-29", "India", lang="en")

# --- A letter (Cape Times, 2017): the rand over forty years
U = "http://www.pressreader.com/south-africa/cape-times/20170420/281732679362922"
add("In the 1980’s one could buy about $1.5 for a rand.", "about $1.5", "contradicted", ev(FX, "South Africa", "1980", 0.7796),
    "the decade's strongest year, 1980: 1 / 0.7796 = 1.283 dollars per rand, below about 1.5's band [1.425, 1.575]; every later year lower",
    U, "2017-04-20", "South Africa", lang="en")
add("The rand steadily lost ground due to the perceived political instability and by the turn of the century one needed about R6 to buy $1 and we are now in the vicinity of R13 to R14 to buy $1.",
    "about R6", "needs_review", ev(FX, "South Africa", "2000", 6.9468),
    "'the turn of the century': 1999's 6.12 fits about 6 (±5 %), 2000's 6.95 does not — which year is for a person",
    U, "2017-04-20", "South Africa", lang="en")

# --- Vrye Weekblad (via TimesLIVE, 2021): the rand's quarter and its record day
U = "https://www.timeslive.co.za/news/south-africa/2021-01-22-dont-be-fooled-by-the-rand-plus-five-highlights-from-vrye-weekblad/"
add("In the fourth quarter of 2007, leading up to the financial crisis of 2008-’09, the average trading value of the rand was R6.75/$.",
    "R6.75/$", "supported", ev(FXM, "South Africa", "2007-12", 6.8376),
    "the mean of the monthly rows October–December 2007 (6.7574, 6.7049, 6.8376) = 6.767, within 6.75's band [6.711, 6.789]",
    U, "2021-01-22", "South Africa", lang="en")
add("This volatility is nothing new, writes Hugo Pienaar: “My first professional assignment was reporting on the tumbling rand in December 2001 when it traded at R13.85/$, a record low at the time, partly as the result of the terror attacks in New York and Washington three months earlier.",
    "R13.85/$", "needs_review", ev(FXM, "South Africa", "2001-12", 11.6761),
    DAY_RATE + " (a record low of a day in December 2001; December's mean is 11.68)", U, "2021-01-22", "South Africa", lang="en")

# --- Creamer Media newsletter column (2021): the rand's sixtieth birthday
U = "https://newsletter.en.creamermedia.com/article/the-rands-valentines-day-2021-03-05"
add("The rand was introduced at an exchange rate of R2 to £1.", "R2 to £1", "unsupported",
    none("1961: the exchange-rate package starts in 1971", "South Africa"), "a period outside the data", U, "2021-03-05", "South Africa", lang="en")
add("On February 14 this year, £1 cost R20.18 and $1 cost R14.53.", "R14.53", "needs_review",
    ev(FXM, "South Africa", "2021-02", 14.7791), DAY_RATE + " (14 February 2021; February's mean is 14.78)",
    U, "2021-03-05", "South Africa", lang="en")

# --- Denki Shimbun's column 'Kohkanki' (2024): the yen remembered
U = "https://denkeishimbun.co.jp/en/2024/09/post_14371"
add("At the end of August, the yen was trading at about 144 yen to the dollar.", "about 144 yen", "needs_review",
    ev(FXM, "Japan", "2024-08", 146.2641), DAY_RATE + " (the end of August 2024; August's mean is 146.26)",
    U, "2024-09", "Japan", lang="en")
t = "In 2011, it was at 75 yen, and in 1995, it was at 79 yen."
add(t, "75 yen", "contradicted", ev(FX, "Japan", "2011", 79.6967),
    "2011: 79.70 beyond 75's band (the record day of October 2011 stated as the year's rate)", U, "2024-09", "Japan",
    "At the end of August, the yen was trading at about 144 yen to the dollar.", "previous sentence", lang="en")
add(t, "79 yen", "contradicted", ev(FX, "Japan", "1995", 93.9649),
    "1995: 93.96 beyond 79's band (the record day of April 1995 stated as the year's rate)", U, "2024-09", "Japan",
    "At the end of August, the yen was trading at about 144 yen to the dollar.", "previous sentence", lang="en")

# --- Treasury & Risk (2015): Kazakhstan's people
U = "https://treasuryandrisk.com/2015/08/21/6-things-you-should-know-about-kazakhstan"
add("Despite being almost the size of Argentina, only 17.5 million people live here.", "17.5 million", "contradicted",
    ev(POP, "Kazakhstan", "2015", 18084169.0),
    "2015 (the page's year): 18.08 million beyond 17.5's band (the national count of the time was 17.4; the World Bank's current vintage is higher)",
    U, "2015-08-21", "Kazakhstan", lang="en")

# --- A Russian book on the economy ('Здравствуй, мобилизация!'): GDP in dollars and the rouble
U = "https://private.bibliboba.com/books/zdravstvui-mobilizatsiia-russkii-ryvok-kak-i-kogda/p/159"
t = "Согласно данным Росстата, отечественный ВВП в 2017 году составил чуть меньше 92,037 трлн. рублей, что, при средневзвешенном курсе доллара к рублю 1:58,3529, соответствует номинальному ВВП в размере 1,577 трлн. долл., и эта цифра хорошо коррелирует с указанной МВФ цифрой в 1,527 трлн. долл. (разница в 50 млрд. долл. связана, видимо, с тем, что МВФ использует не среднегодовое, а среднемесячные значения обменного курса)."
add(t, "1,577 трлн. долл.", "supported", ev(GDP, "Russian Federation", "2017", 1574199360089.0022),
    "2017: 1.5742 trillion within 1.577's band [1.5686, 1.5854]", U, None, "Russian Federation", lang="ru")
add(t, "1,527 трлн. долл.", "contradicted", ev(GDP, "Russian Federation", "2017", 1574199360089.0022),
    "2017: 1.5742 trillion beyond 1.527's band (the IMF's figure of the time)", U, None, "Russian Federation", lang="ru")
add(t, "1:58,3529", "unsupported", none("the exchange-rate package has no rouble", "Russian Federation"),
    "a currency with no rows", U, None, "Russian Federation", lang="ru")

# --- Spanish columns: La Voz de Galicia (2022), a blog (2021)
U = "https://lavozdegalicia.es/noticia/opinion/2022/07/18/inflacion-alarmante/0003_202207G18P9993.htm"
add("Cabe decir que el Instituto Nacional de Estadística (INE) ha descalabrado los vaticinios del Gobierno con una inflación que ha alcanzado los «temidos» dos dígitos y que cerró el mes de junio en el 10,2 %, su nivel más alto desde abril de 1985.",
    "10,2 %", "needs_review", ev(INF, "Spain", "2022", 8.39057634118627),
    MONTH_RATE + " (June 2022; the 2022 average is 8.39); the INE names Spain", U, "2022-07-18", "Spain", lang="es")
U = "https://blogmiyares.blogspot.com/2021/12/espanacon-el-peor-dato-dl-ipc-en-tres.html?m=0"
add("La subida de los precios un 5,6 por ciento gracias al destacado encarecimiento de los carburantes y de los alimentos es la más alta desde el año 1992, es decir, la más alarmante en tres décadas.",
    "5,6 por ciento", "needs_review", ev(INF, "Spain", "2021", 3.0931351197642),
    MONTH_RATE + " (November 2021's rate; the 2021 average is 3.09)", U, "2021-12", "Spain",
    "España, con el peor dato del IPC en tres décadas", "title", lang="es")

# --- Börsen-Zeitung commentary (2021): Germany's September rate
U = "https://www.wallstreet-online.de/nachricht/14475868-ots-boersen-zeitung-4-1-prozent-kommentar-inflation-mark-schroers"
add("Ganz konkret lag die Teuerung im September bei 4,1 Prozent - der höchste Wert seit fast 28 Jahren.",
    "4,1 Prozent", "needs_review", ev(INF, "Germany", "2021", 3.06666666666673),
    MONTH_RATE + " (September 2021; the 2021 average is 3.07)", U, "2021-10", "Germany",
    "Jetzt steht also in Deutschland bei der Inflation eine 4 vor dem Komma.", "previous sentence", lang="de")

# --- Valor column (Brazil, 2021): a forecast for the year and the target
U = "https://valor.globo.com/brasil/coluna/o-cambio-mais-valorizado-e-a-inflacao.ghtml"
t = "Num cenário de inflação resistente, a moeda americana nesses níveis ajuda a aliviar parte das pressões sobre os preços, embora não deva impedir que o Índice Nacional de Preços ao Consumidor Amplo (IPCA) feche o ano na casa de 6%, bem acima da meta de 2021, de 3,75%."
add(t, "6%", "needs_review", ev(INF, "Brazil", "2021", 8.30165975585673),
    "a forecast for 2021, a year not complete when written (the outcome, 8.30, is in the package)", U, None, "Brazil", lang="pt")
add(t, "3,75%", "unsupported", none("an inflation target: not a series of the packages", "Brazil"),
    "a target, not an outcome", U, None, "Brazil", lang="pt")

# --- French: Le Soir editorial (Belgium, 2022), Le 1 (France, 2022)
U = "https://www.lesoir.be/420992/article/2022-01-29/lindecente-paralysie-de-la-vivaldi"
add("L’inflation à 7,59 %, du jamais vu depuis 39 ans, mais c’est le bond mensuel de l’indice de prix à la consommation, inédit depuis 1951, qui est à « tomber ».",
    "7,59 %", "needs_review", ev(INF, "Belgium", "2022", 9.597511728725),
    MONTH_RATE + " (Belgium, January 2022); no place in the sentence, the page's is Belgium", U, "2022-01-29", "Belgium", lang="fr")
U = "https://le1hebdo.fr/journal/numeros/399/inflation-jusqu-o-a-va-grimper.html"
t = "Certes, la France n’est pas la plus mal lotie, avec une inflation encore contenue à 4,8 % en avril, contre 7,4 % pour la zone euro et 8,3 % aux États-Unis."
add(t, "4,8 %", "needs_review", ev(INF, "France", "2022", 5.22236748369735),
    MONTH_RATE + " (France, April 2022; the 2022 average is 5.22)", U, None, "France", lang="fr")
add(t, "7,4 %", "unsupported", none("the euro area's rate is Eurostat's HICP, not a series of the packages", "Euro area"),
    "euro-area inflation (HICP)", U, None, "Euro area", lang="fr")
add(t, "8,3 %", "needs_review", ev(INF, "United States", "2022", 8.00279982052121),
    MONTH_RATE + " (US, April 2022; the 2022 average 8.00 happens to fit)", U, None, "United States", lang="fr")

# --- Italian: Il Foglietto column (2021), a commentary on Istat's March (2022)
U = "https://ilfoglietto.it/economia.html?start=150"
add("Pochi giorni fa è toccato agli Usa aggiornare i suoi, segnalando a ottobre un incremento su base annua del 6,2%, che ha subito riportato la memoria agli anni ’90.",
    "6,2%", "needs_review", ev(INF, "United States", "2021", 4.69785886363742),
    MONTH_RATE + " (US, October 2021; the 2021 average is 4.70)", U, None, "United States", lang="it")
U = "https://notiziegiornali.it/?p=55682"
add("L'ultimo dato dell'Istat di marzo, ancora provvisorio, dice +6,7%, al top dal 1991: un'ondata che parte dalle bollette (+59,2% a marzo i beni energetici), ma si allarga anche al \"carrello della spesa\", che sale del 5%.",
    "+6,7%", "needs_review", ev(INF, "Italy", "2022", 8.20128991161718),
    MONTH_RATE + " (Italy, March 2022, Istat names Italy; the 2022 average is 8.20)", U, None, "Italy", lang="it")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_v.jsonl")
    print(rows.summary())
