"""Build `extraction_news38.jsonl`: real news paragraphs (the thirty-seventh pass, fixext8), labelled by hand.

Each row is one paragraph (or a few that follow each other on their page, joined with a space; list markers
dropped) copied verbatim from a stored page (pages corpus) with its URL and date where the page or its address
gives one; the gold follows benchmarks/devsets/extraction_news.md and the choices listed in extraction_news38.md.
The labels were written before the extractor first ran on these passages. Run from the repository root:

    python3 benchmarks/devsets/explore/build_news38.py
"""

from __future__ import annotations

from pathlib import Path

from labelling import count, level
from labelling import figure as q
from labelling import non_claim as nc
from labelling import Passages, write_passages
from labelling import percent as pct

OUT = Path(__file__).with_name("extraction_news38.jsonl")

UP, DOWN = "up", "down"
ROWS = Passages()
row = ROWS.row  # one passage a call (labelling.Passages)


def czk(surface: str, value: float, kind: str = "level", direction: str | None = None, qualifier: str = "exact",
        high: float | None = None, cats: tuple[str, ...] = ("currency_name", "space_thousands")) -> dict:
    return q(surface, value, "CZK", kind, qualifier, direction=direction, high=high, cats=cats)


def usd(surface: str, value: float, kind: str = "level", direction: str | None = None, qualifier: str = "exact",
        unit: str = "USD", cats: tuple[str, ...] = ("currency_symbol",)) -> dict:
    return q(surface, value, unit, kind, qualifier, direction=direction, cats=cats)


def gal(surface: str, value: float, kind: str = "ratio", direction: str | None = None, qualifier: str = "exact",
        cats: tuple[str, ...] = ("currency_symbol", "per_unit")) -> dict:
    """A fuel price a gallon, or its move: `USD/gal`; a price the paragraph says is a gallon's without a per word
    beside it takes the unit from context, as the news37 set's move before a price a barrel."""
    return q(surface, value, "USD/gal", kind, qualifier, direction=direction, cats=cats)


def cents(surface: str, value: float, direction: str | None = UP, qualifier: str = "exact",
          cats: tuple[str, ...] = ("minor_unit", "unit_from_context")) -> dict:
    """A move of a price a gallon said in cents: a change in `USD/gal`."""
    return gal(surface, value, "change", direction, qualifier, cats)


DC = ("percent", "decimal_comma")
WC = ("percent_word", "decimal_comma")
CTX = ("currency_symbol", "unit_from_context")

# --- Romanian: INS consumer prices (Ziarul Lumina, Wall-Street.ro, Digi24) ---
row("n38-01", "ro", "https://ziarullumina.ro/societate/actualitate-sociala/inflatie-de-6-3-in-septembrie-166261.html",
    "2021-10-13",
    "Rata anuală a inflaţiei a urcat la 6,3% în luna septembrie 2021, de la 5,3% în august, în condiţiile în care "
    "mărfurile nealimentare s-au scumpit cu 8,71%, mărfurile alimentare cu 4,26%, iar serviciile cu 3,75%, potrivit "
    "Institutului Naţional de Statistică. Conform INS, preţurile de consum în ultimele 12 luni (octombrie 2020 - "
    "septembrie 2021) faţă de precedentele 12 luni (octombrie 2019 - septembrie 2020) au crescut cu 3,6%. Prognoza de "
    "inflație a BNR pentru finalul acestui an este de 5,6% pe an.",
    [level("6,3%", 6.3, cats=DC), level("5,3%", 5.3, cats=DC), pct("8,71%", 8.71, cats=DC),
     pct("4,26%", 4.26, cats=DC), pct("3,75%", 3.75, cats=DC), pct("3,6%", 3.6, cats=DC),
     level("5,6% pe an", 5.6, cats=DC)],
    [nc("septembrie 2021", "date"), nc("ultimele 12 luni", "duration"), nc("precedentele 12 luni", "duration"),
     nc("octombrie 2019", "date")])
row("n38-02", "ro", "https://www.wall-street.ro/articol/Economie/215759/leul-continua-sa-se-deprecieze-in-raport-cu-euro-bnr-anunta-un-curs-record.html",
    "2017-11",
    "Majorarea accizei la carburanti, cresterea pretului la energia electrica si scumpirea legumelor au dus inflatia "
    "anuala la 2,6% in octombrie, in urcare semnificativa de la 1,8% cu doar o luna in urma. Datele publicate de "
    "Institutul National de Statistica arata faptul ca, intr-o singura luna, carburantii s-au scumpit cu 3,5%, energia "
    "electrica cu aproape 7%, iar legumele si ouale cu peste 6%. Per total, in ultimul an, cel mai mult s-au scumpit "
    "alimentele, cu 3,52%, marfurile nealimentare, cu 3,26% in timp ce serviciile s-au ieftinit usor. In octombrie "
    "fata de septembrie, preturile au urcat cu 1,28%, in conditiile in care marfurile alimentare au fost mai scumpe cu "
    "2,3%, cele nealimentare cu 1,74% iar serviciile cu 0,16%.",
    [level("2,6%", 2.6, cats=DC), level("1,8%", 1.8, cats=DC), pct("3,5%", 3.5, cats=DC),
     pct("aproape 7%", 7, qualifier="lt", cats=("percent", "qualifier")),
     pct("peste 6%", 6, qualifier="gt", cats=("percent", "qualifier")),
     pct("3,52%", 3.52, cats=DC), pct("3,26%", 3.26, cats=DC), pct("1,28%", 1.28, cats=DC),
     pct("2,3%", 2.3, cats=DC), pct("1,74%", 1.74, cats=DC), pct("0,16%", 0.16, cats=DC)])
row("n38-03", "ro", "https://digi24.ro/stiri/economie/cea-mai-mare-rata-a-inflatiei-din-ultimii-45-ani-877923", "2018-02",
    "Rata anuală a inflaţiei, care măsoară evoluţia preţurilor de consum în ultimul an, a urcat în luna ianuarie la "
    "4,32%, cel mai înalt nivel din iulie 2013, când a fost 4,41%, în condiţiile în care gazele naturale s-a scumpit cu "
    "3,79% faţă de decembrie, potrivit datelor publicate miercuri de Institutul Naţional de Statistică (INS), citate de "
    "News.ro. În decembrie, rata anuală a inflaţiei a crescut la 3,32%, în creştere faţă de noiembrie, când a fost "
    "3,23%, şi faţă de octombrie, când a fost de 2,63%, transmite News.ro.",
    [level("4,32%", 4.32, cats=DC), level("4,41%", 4.41, cats=DC), pct("3,79%", 3.79, cats=DC),
     level("3,32%", 3.32, cats=DC), level("3,23%", 3.23, cats=DC), level("2,63%", 2.63, cats=DC)],
    [nc("iulie 2013", "date")])
row("n38-04", "ro", "https://digi24.ro/stiri/economie/cea-mai-mare-rata-a-inflatiei-din-ultimii-45-ani-877923", "2018-02",
    "Preţul combustibililor, care are un impact mai larg asupra celorlalte preţuri, a crescut, în ultima lună, cu "
    "2,42%. În ultima prognoză, publicată în februarie, Banca Naţională a României (BNR) a revizuit în creştere, de la "
    "3,2% la 3,5%, prognoza privind inflaţia pentru finalul acestui an şi a estimat un nivel de 3,1% pentru decembrie "
    "2019.",
    [pct("2,42%", 2.42, cats=DC), level("3,2%", 3.2, cats=DC), level("3,5%", 3.5, cats=DC),
     level("3,1%", 3.1, cats=DC)],
    [nc("decembrie 2019", "date")])

# --- Czech: consumer prices, wages, unemployment (iRozhlas via Infopole, odbory.info, ČT24, Radio Prague,
# Newsbox, Randstad) ---
row("n38-05", "cs", "https://infopole.cz/mezirocni-inflace-zrychlila-spotrebitelske-ceny-v-cesku-behem-kvetna-vzrostly-o-2-4-procenta-644027.html",
    None,
    "Spotřebitelské ceny v Česku v květnu vzrostly meziročně o 2,4 procenta a proti dubnu o půl procenta, potvrdil "
    "svůj předběžný odhad z minulého týdne Český statistický úřad. Meziroční inflace tak zrychlila z dubnových 1,8 "
    "procenta. Víc než před rokem lidé v květnu platili hlavně za potraviny a bydlení, klesly zejména ceny pohonných "
    "hmot.",
    [pct("2,4 procenta", 2.4, cats=WC), pct("půl procenta", 0.5, cats=("percent_word", "number_word")),
     level("1,8 procenta", 1.8, cats=WC)])
row("n38-06", "cs", "https://odbory.info/?rPage=14", "2024-10",
    "Spotřebitelské ceny meziměsíčně klesly o 0,4 %. Tento vývoj byl ovlivněn zejména nižšími cenami v oddíle "
    "rekreace a kultura a v oddíle doprava. Meziročně vzrostly spotřebitelské ceny v září o 2,6 %, což bylo o 0,4 "
    "procentního bodu více než v srpnu.",
    [pct("0,4 %", 0.4, direction=DOWN, cats=DC + ("decline_word",)), pct("2,6 %", 2.6, cats=DC),
     q("0,4 procentního bodu", 0.4, "pp", "change", direction=UP, cats=("pp", "decimal_comma"))])
row("n38-07", "cs", "http://www.ceskatelevize.cz/ct24/ekonomika/2499184-prumerna-mzda-stoupla-v-prvnim-ctvrtleti-na-30-265-korun",
    "2018-06",
    "Průměrná mzda vzrostla letos v prvním čtvrtletí meziročně o 8,6 procenta na 30 265 korun. Po očištění o inflaci to "
    "představovalo růst 6,6 procenta. Uvedl to ve své zprávě Český statistický úřad. Analytici upozornili, že se "
    "jednalo se o nejrychlejší meziroční růst od prvního čtvrtletí roku 2003, tedy za uplynulých patnáct let.",
    [pct("8,6 procenta", 8.6, cats=WC), czk("30 265 korun", 30265), pct("6,6 procenta", 6.6, cats=WC)],
    [nc("prvním čtvrtletí", "ordinal"), nc("roku 2003", "year")])
row("n38-08", "cs", "https://www.radio.cz/cz/rubrika/zpravy/prumerna-mzda-v-cesku-v-1-ctvrtleti-vzrostla-na-34077-korun-mzdy-v-cr-rostou-rychleji-nez-v-eu",
    "2020-06",
    "Průměrná mzda v Česku v letošním prvním čtvrtletí meziročně vzrostla o pět procent na 34.077 korun. Zaměstnanci "
    "tak dostávali v hrubém průměrně o 1610 korun více než před rokem. Po zahrnutí růstu spotřebitelských cen výdělek "
    "reálně stoupl o 1,4 procenta. Informoval o tom Český statistický úřad (ČSÚ). Obecně ale platí, že dvě třetiny "
    "zaměstnanců na průměrnou mzdu nedosáhnou.",
    [pct("pět procent", 5, cats=("percent_word", "number_word")),
     czk("34.077 korun", 34077, cats=("currency_name", "dot_thousands")),
     czk("1610 korun", 1610, "change", UP, cats=("currency_name",)), pct("1,4 procenta", 1.4, cats=WC),
     # corrected after the first run (labelled a level of 200/3): the main set labels "two thirds" a share of 66.67
     pct("dvě třetiny", 66.67, "share", cats=("fraction_word",))],
    [nc("prvním čtvrtletí", "ordinal")])
row("n38-09", "cs", "https://newsbox.cz/zpravy/realna-mzda-klesla-v-cesku-o-9-8-procenta-nominalne-rostla-na-39-858-kc-btm9d8ue",
    None,
    "Reálná mzda v Česku po zahrnutí inflace klesla ve třetím čtvrtletí meziročně o 9,8 procenta, stejně jako ve "
    "druhém kvartále. Nominálně se průměrná mzda zvýšila o 6,1 procenta na 39.858 korun. V hrubém tak zaměstnanci "
    "dostávali v průměru o 2295 korun více než před rokem. Spotřebitelské ceny ale v uvedeném období stouply o 17,6 "
    "procenta, reálně tak výdělek klesl.",
    [pct("9,8 procenta", 9.8, direction=DOWN, cats=WC + ("decline_word",)), pct("6,1 procenta", 6.1, cats=WC),
     czk("39.858 korun", 39858, cats=("currency_name", "dot_thousands")),
     czk("2295 korun", 2295, "change", UP, cats=("currency_name",)), pct("17,6 procenta", 17.6, cats=WC)],
    [nc("třetím čtvrtletí", "ordinal"), nc("druhém kvartále", "ordinal")])
row("n38-10", "cs", "https://newsbox.cz/zpravy/realna-mzda-klesla-v-cesku-o-9-8-procenta-nominalne-rostla-na-39-858-kc-btm9d8ue",
    None,
    "Medián, tedy prostřední hodnota mezd, vzrostl ve třetím čtvrtletí meziročně o 6,5 procenta, u mužů dosáhl 37.530 "
    "Kč, u žen byl 32.171 Kč. Osmdesát procent zaměstnanců pobíralo mzdu mezi 18.301 a 62.659 korun.",
    [pct("6,5 procenta", 6.5, cats=WC), czk("37.530 Kč", 37530, cats=("currency_symbol", "dot_thousands")),
     czk("32.171 Kč", 32171, cats=("currency_symbol", "dot_thousands")),
     # corrected after the first run (labelled a level): a part of the employees is a share, as in the main set
     pct("Osmdesát procent", 80, "share", cats=("percent_word", "number_word")),
     czk("18.301 a 62.659 korun", 18301, high=62659, cats=("currency_name", "dot_thousands", "range"))],
    [nc("třetím čtvrtletí", "ordinal")])
row("n38-11", "cs", "https://www.randstad.cz/o-nas/randstad-news/randstad-news-nezamestnanost-v-srpnu-vzrostla-na-34/",
    "2022-09",
    "V srpnu počet uchazečů o zaměstnání vzrostl o 11 047 na celkových 251 753 a podíl nezaměstnaných osob se zvýšil "
    "na 3,4 %. Ve srovnání se stejným obdobím roku 2021 je to o 16 136 osob méně. Podíl nezaměstnaných mužů vzrostl na "
    "2,9 % a žen na 4,0 %.",
    [count("11 047", 11047, kind="change", direction=UP, cats=("count", "space_thousands")),
     count("251 753", 251753, cats=("count", "space_thousands")), level("3,4 %", 3.4, cats=DC),
     count("16 136 osob", 16136, kind="change", direction=DOWN, cats=("count", "space_thousands", "decline_word")),
     level("2,9 %", 2.9, cats=DC), level("4,0 %", 4.0, cats=DC)],
    [nc("roku 2021", "year")])
row("n38-12", "cs", "https://www.randstad.cz/o-nas/randstad-news/randstad-news-nezamestnanost-v-srpnu-vzrostla-na-34/",
    "2022-09",
    "Meziměsíční nárůst nezaměstnanosti byl zaznamenán v 76 okresech, největší v okresech - Praha-východ (o 13,1 %), "
    "Praha-západ (o 11,8 %), Kolín (o 11,2 %), Nymburk (o 10,4 %), území Hlavního města Prahy (o 9,4 %), Písek (o 9,1 "
    "%), Karlovy Vary (o 8,3 %), Jičín (o 8,0 %). V okrese Plzeň jih zůstala nezaměstnanost na stejné hodnotě.",
    [count("76 okresech", 76), pct("13,1 %", 13.1, cats=DC), pct("11,8 %", 11.8, cats=DC),
     pct("11,2 %", 11.2, cats=DC), pct("10,4 %", 10.4, cats=DC), pct("9,4 %", 9.4, cats=DC),
     pct("9,1 %", 9.1, cats=DC), pct("8,3 %", 8.3, cats=DC), pct("8,0 %", 8.0, cats=DC)])

# --- Swedish: SCB consumer prices (Partille Tidning, Dagens Vimmerby, SCB's own note) ---
row("n38-13", "sv", "https://www.partilletidning.se/nyheter/inflationen-pa-ny-toppniva.90b1c3cc-7d37-454c-b715-0cf5a55c6ae7",
    "2023-01",
    "Inflationstakten mätt i KPI stiger kraftigare än väntat och ligger på 12,3 procent i december, enligt SCB. I "
    "november låg siffran på 11,5 procent.",
    [level("12,3 procent", 12.3, cats=WC), level("11,5 procent", 11.5, cats=WC)])
row("n38-14", "sv", "https://www.partilletidning.se/nyheter/inflationen-pa-ny-toppniva.90b1c3cc-7d37-454c-b715-0cf5a55c6ae7",
    "2023-01",
    "Inflationen mätt i KPI, Konsumentprisindex, har nått en ny toppnivå, enligt SCB:s statistik för december. Det "
    "beror till stor del på stor prisökning på livsmedel, konstaterar SCB. Även stigande räntekostnader har bidragit "
    "stort, vilket utgör 2,3 procentenheter av decembers KPI. Utöver det har el- och energipris varit avgörande för "
    "inflationstakten: Elpriserna ökade med drygt 45 procent under det gångna året, vilket utgjorde ett stort bidrag "
    "till inflationstakten. Priserna steg också för drivmedel och bilar, vilket bidrog till ökade transportpriser,” "
    "skriver SCB. Enligt index KPIF, som inte tar hänsyn till ökade räntekostnader, ökade inflationen från 9,5 procent "
    "i november till 10,2 procent i december.",
    [q("2,3 procentenheter", 2.3, "pp", "level", cats=("pp", "decimal_comma")),
     pct("drygt 45 procent", 45, qualifier="gt", cats=("percent_word", "qualifier")),
     level("9,5 procent", 9.5, cats=WC), level("10,2 procent", 10.2, cats=WC)])
row("n38-15", "sv", "https://www.dagensvimmerby.se/nyheter/e/307769/inflationen-stiger-igen-ny-statistik-fran-scb-i-dag/",
    "2025-09-04",
    "Prisökningarna fortsätter i landet. Dagsfärska siffror från SCB visar att inflationen i Sverige steg till 3,3 "
    "procent i augusti enligt KPIF. Det är tredje månad i rad som prisökningarna fortsätter. Enligt preliminär "
    "statistik från Statstiskmyndigheten SCB steg inflationen enligt KPI från 0,8 procent i juli till 1,1 procent i "
    "augusti. Månadsförändringen för KPI från juli till augusti var -0,4 procent.",
    [level("3,3 procent", 3.3, cats=WC), level("0,8 procent", 0.8, cats=WC), level("1,1 procent", 1.1, cats=WC),
     pct("-0,4 procent", -0.4, direction=DOWN, cats=WC + ("negative",))])
row("n38-16", "sv", "https://www.dagensvimmerby.se/nyheter/e/307769/inflationen-stiger-igen-ny-statistik-fran-scb-i-dag/",
    "2025-09-04",
    "Den preliminära inflationstakten enligt KPIF (Konsumentprisindex med fast ränta) steg från 3,0 procent i juli till "
    "3,3 procent i augusti. Månadsförändringen för KPIF från juli till augusti var -0,2 procent. För KPIF-XE (KPIF "
    "exklusive energi) var den preliminära inflationstakten i augusti 2,9 procent, vilket kan jämföras med 3,2 procent "
    "i juli. Månadsförändringen för KPIF-XE från juli till augusti var -0,5 procent.",
    [level("3,0 procent", 3.0, cats=WC), level("3,3 procent", 3.3, cats=WC),
     pct("-0,2 procent", -0.2, direction=DOWN, cats=WC + ("negative",)), level("2,9 procent", 2.9, cats=WC),
     level("3,2 procent", 3.2, cats=WC), pct("-0,5 procent", -0.5, direction=DOWN, cats=WC + ("negative",))])
row("n38-17", "sv", "http://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__PR__PR0101__PR0101S/SnabbStatPR0101/?rxid=7dbc3288-5813-47af-b29e-c461ff6f653b",
    "2014-02",
    "Inflationstakten var minus 0,2 procent i januari, vilket är en nedgång från december då den var 0,1 procent. Från "
    "december 2013 till januari 2014 sjönk KPI med 1,2 procent i genomsnitt. Under motsvarande period förra året var "
    "månadsförändringen minus 0,8 procent. Inflationstakten enligt KPI med fast ränta (KPIF) var 0,4 procent i januari. "
    "Till nedgången den senaste månaden bidrog lägre priser på kläder (-11,2 procent) och skor (-9,9 procent), vilka "
    "bidrog nedåt med 0,5 respektive 0,1 procentenhet.",
    [level("minus 0,2 procent", -0.2, cats=WC + ("negative_word",)), level("0,1 procent", 0.1, cats=WC),
     pct("1,2 procent", 1.2, direction=DOWN, cats=WC + ("decline_word",)),
     pct("minus 0,8 procent", -0.8, direction=DOWN, cats=WC + ("negative_word",)),
     level("0,4 procent", 0.4, cats=WC),
     pct("-11,2 procent", -11.2, direction=DOWN, cats=WC + ("negative",)),
     pct("-9,9 procent", -9.9, direction=DOWN, cats=WC + ("negative",)),
     q("0,5", 0.5, "pp", "change", direction=DOWN, cats=("pp", "unit_from_context", "respectively")),
     q("0,1 procentenhet", 0.1, "pp", "change", direction=DOWN, cats=("pp", "decimal_comma"))],
    [nc("december 2013", "date"), nc("januari 2014", "date")])

# --- English: local news — fuel prices a gallon (CSNews, NewzJunky, ConsumerAffairs) ---
row("n38-18", "en", "https://csnews.com/aaa-fuel-gauge-report-gas-prices-trending-higher", "2013-04",
    "The national average price for a gallon of regular unleaded gasoline is now $3.58. This is 6 cents more expensive "
    "than one week ago and 4 cents more than one month ago, and the national average has now registered a "
    "month-over-month increase for three straight days. The national average has been less than it was on the same "
    "date in 2012 for 72 straight days, but the year-over-year discount has dropped to 15 cents per gallon, down from a "
    "peak difference of 39 cents per gallon on April 18. At this time last year, gas prices were falling consistently "
    "and eventually declined for 82 of 87 days for a total of 61 cents from April 6 to July 2, according to AAA. This "
    "year, the national average has increased for eight straight days to its highest price in more than a month.",
    [gal("$3.58", 3.58, cats=CTX), cents("6 cents", 0.06), cents("4 cents", 0.04),
     gal("15 cents per gallon", 0.15, cats=("minor_unit", "per_unit")),
     gal("39 cents per gallon", 0.39, cats=("minor_unit", "per_unit")),
     cents("61 cents", 0.61, DOWN, cats=("minor_unit", "unit_from_context", "decline_word"))],
    [nc("72 straight days", "duration"), nc("82 of 87 days", "duration"), nc("April 18", "date"),
     nc("April 6", "date"), nc("July 2", "date")])
row("n38-19", "en", "https://csnews.com/aaa-fuel-gauge-report-gas-prices-trending-higher", "2013-04",
    "The national average is currently 21 cents less than the peak 2013 price to date of $3.79 per regular gallon "
    "posted on Feb. 27. Almost all states have seen pump prices rise, with only West Virginia and Ohio seeing lower "
    "prices than one week ago. Six states have seen average prices rise more than 20 cents: Oregon, Minnesota, "
    "Washington, Oklahoma, Nebraska and Iowa. Thirteen states have seen average prices increase by more than 10 cents.",
    [cents("21 cents", 0.21, DOWN), gal("$3.79 per regular gallon", 3.79),
     count("Six states", 6, cats=("count", "number_word")),
     cents("more than 20 cents", 0.20, qualifier="gt"),
     count("Thirteen states", 13, cats=("count", "number_word")),
     cents("more than 10 cents", 0.10, qualifier="gt")],
    [nc("Feb. 27", "date")])
row("n38-20", "en", "https://newzjunky.com/aaa-gas-prices-continues-upward-trend/", "2023-08",
    "Today’s national average price for a gallon of gasoline is $3.83, 7 cents higher than last Monday. One year ago, "
    "the price was $4.07. The New York State average is $3.90, up 8 cents from a week ago. A year ago, the NYS average "
    "was $4.44.",
    [gal("$3.83", 3.83, cats=CTX), cents("7 cents", 0.07), gal("$4.07", 4.07, cats=CTX), gal("$3.90", 3.90, cats=CTX),
     cents("8 cents", 0.08), gal("$4.44", 4.44, cats=CTX)])
row("n38-21", "en", "https://newzjunky.com/aaa-gas-prices-continues-upward-trend/", "2023-08",
    "This morning, diesel prices are up as well. The national average price for diesel is $4.19, up 15 cents from last "
    "week, but down from $5.16 a year ago. The New York average for diesel is $4.46, up 8 cents from last week, but "
    "still much lower than $5.64 one year ago.",
    [gal("$4.19", 4.19, cats=CTX), cents("15 cents", 0.15), gal("$5.16", 5.16, cats=CTX), gal("$4.46", 4.46, cats=CTX),
     cents("8 cents", 0.08), gal("$5.64", 5.64, cats=CTX)])
row("n38-22", "en", "https://www.consumeraffairs.com/news/gas-prices-creep-higher-for-yet-another-week-102921.html",
    "2021-10-29",
    "AAA reports that the national average price of regular gas is $3.40 a gallon, three cents higher than last week. "
    "A year ago, consumers were paying $2.15 a gallon. The average price of premium gas is $4.01 a gallon, four cents "
    "higher than last week. The average price of diesel fuel is $3.62 a gallon, also four cents a gallon higher than a "
    "week ago.",
    [gal("$3.40 a gallon", 3.40), cents("three cents", 0.03, cats=("minor_unit", "number_word", "unit_from_context")),
     gal("$2.15 a gallon", 2.15), gal("$4.01 a gallon", 4.01),
     cents("four cents", 0.04, cats=("minor_unit", "number_word", "unit_from_context")),
     gal("$3.62 a gallon", 3.62),
     cents("four cents a gallon", 0.04, cats=("minor_unit", "number_word", "per_unit"))])

# --- English: local news — council budgets (Particle, Winston-Salem Journal) ---
row("n38-23", "en", "https://particle.news/story/pittsburgh-council-approves-20-property-tax-hike-for-2026-budget", "2025-12",
    "The measure passed 6–2 after council trimmed an initial 30% proposal, lifting the millage from 8.06 to 9.67. "
    "City estimates show the change would add about $164 a year to a $100,000 home’s bill and raise roughly $28 "
    "million. Members said the increase was needed to stabilize finances and maintain services strained by an almost "
    "$20 million gap. The budget directs $10 million for vehicle replacements, $6.5 million for utilities, and $8 "
    "million for fire and EMS overtime.",
    [pct("30%", 30), q("8.06", 8.06, "", "level", cats=("bare_number",)), q("9.67", 9.67, "", "level", cats=("bare_number",)),
     usd("about $164 a year", 164, "change", UP, "approx", cats=("currency_symbol", "qualifier")),
     usd("$100,000", 100000), usd("roughly $28 million", 28e6, qualifier="approx", cats=("currency_symbol", "scale_word", "qualifier")),
     usd("almost $20 million", 20e6, qualifier="lt", cats=("currency_symbol", "scale_word", "qualifier")),
     usd("$10 million", 10e6, cats=("currency_symbol", "scale_word")),
     usd("$6.5 million", 6.5e6, cats=("currency_symbol", "scale_word")),
     usd("$8 million", 8e6, cats=("currency_symbol", "scale_word"))],
    [nc("6–2", "vote")])
row("n38-24", "en", "https://journalnow.com/news/local/govt-and-politics/12-more-in-property-taxes-winston-salem-wrestles-with-hard-budget-choices/article_b715335a-c4cb-11eb-b840-67f0f3bc22f0.html",
    "2021-06",
    "Under the proposed tax rate of 62.24 cents, that same owner would pay $933.60, but only if the homeowner’s property "
    "did not increase in value through the recently-completed revaluation process. In fact, properties in the city "
    "increased in value by around 14.8% because of revaluation. Applying that increase to the $150,000 example, the new "
    "value would be $172,200 and the new tax bill would be $1,071.78, an increase of 12%. The proposed city budget "
    "raises the city minimum wage to $15 per hour, and gives employees an average pay increase of 2.5% for good job "
    "performance. Police officers and firefighters get a 2% increase as a way of retaining staff.",
    # A tax rate per $100 of value is a ratio in USD, as the main set's "48.3194 cents per $100".
    [usd("62.24 cents", 0.6224, "ratio", cats=("minor_unit",)), usd("$933.60", 933.60),
     pct("around 14.8%", 14.8, qualifier="approx", cats=("percent", "qualifier")),
     usd("$150,000", 150000), usd("$172,200", 172200), usd("$1,071.78", 1071.78), pct("12%", 12),
     usd("$15 per hour", 15, "ratio", unit="USD/h", cats=("currency_symbol", "per_unit")),
     pct("2.5%", 2.5), pct("2%", 2)])
row("n38-25", "en", "https://journalnow.com/news/local/govt-and-politics/12-more-in-property-taxes-winston-salem-wrestles-with-hard-budget-choices/article_b715335a-c4cb-11eb-b840-67f0f3bc22f0.html",
    "2021-06",
    "The budget would establish a new Diversity, Equity and Inclusion Office with four positions and a startup cost of "
    "$500,000. The goal of the office would be to work on “issues of social justice, equity and bias” within city "
    "operations. The budget also includes $4 million in capital spending, including the purchase of 75 new police "
    "vehicles and a ladder truck and two fire engines for the fire department. The next public step in the city’s "
    "budget preparation cycle is a Finance Committee workshop at 4 p.m. next Thursday.",
    [count("four positions", 4, cats=("count", "number_word")), usd("$500,000", 500000),
     usd("$4 million", 4e6, cats=("currency_symbol", "scale_word")), count("75 new police vehicles", 75),
     count("two fire engines", 2, cats=("count", "number_word"))],
    [nc("4 p.m.", "clock_time")])


if __name__ == "__main__":
    write_passages(OUT, ROWS)
