"""Writes benchmarks/devsets/explore/fresh_m.jsonl (labels by hand from ../shared/reference-sources):
Western and Northern Europe, Canada and East Asia in their newsrooms' own languages (German, Dutch,
Swedish, Norwegian, Danish, Finnish, Italian, Spanish, Portuguese, French, Japanese, Chinese) and Korea
and Taiwan in English."""
import sys

from labelling import FX, FXM, INF, LabelledRows, ev, none

# 60 quantities were labelled; a rule blind to the labels cut them to 45 before the run (see fresh_m.md):
# one claim a sentence, two a page, three a country (in page order), and no French-language pages from
# outside North America on the United States (two, out of the brief's newsrooms). The cut rows are not
# written here; fresh_m.md lists them.
rows = LabelledRows("fresh_m", "xfreshm")
add = rows.add
NO_POP = "population: the packages hold Kazakhstan and the Russian Federation only"
NO_TW = "Taiwan has no CPI rows (the World Bank files carry no Taiwan)"

# --- Germany (RP Online, January 2023; n-tv, January 2023; evangelisch.de / epd, 2023-01-17)
U = "https://rp-online.de/politik/deutschland/die-inflation-sinkt-teuer-bleibt-es-trotzdem_aid-82320301"
add("Die deutschen Verbraucherpreise erhöhten sich um durchschnittlich 7,9 Prozent, wie das Statistische Bundesamt am Dienstag mitteilte.",
    "7,9 Prozent", "contradicted", ev(INF, "Germany", "2022", 6.87257438551097),
    "Destatis' 2022 average 7.9 vs the World Bank's 6.87 (beyond 7.9's band [7.81, 7.99])", U, "2023-01", "Germany",
    "Was die Verbraucher im Portemonnaie im vergangenen Jahr bereits gespürt haben, ist nun auch statistisch verbrieft: Die Inflationsrate ist 2022 auf den höchsten Stand seit mehr als 70 Jahren gesprungen.",
    "previous sentence", lang="de")
add("2021 lag die Inflation noch bei 3,1 Prozent.",
    "3,1 Prozent", "supported", ev(INF, "Germany", "2021", 3.06666666666673),
    "2021: 3.067 within 3.1's band [3.035, 3.166]", U, "2023-01", "Germany",
    "Ein größeres Plus hatte es im wiedervereinigten Deutschland noch nicht gegeben.", "previous sentence", lang="de")
U = "https://www.n-tv.de/wirtschaft/Inflation-2022-auf-Rekordwert-article23849287.html"
add("Die alte Rekordmarke für Westdeutschland von 7,6 Prozent aus dem Jahr 1951 wurde ebenfalls übertroffen.",
    "7,6 Prozent", "unsupported", none("1951 is before the data (1960 on), and West Germany is no row", "Germany"),
    "West Germany 1951: no row", U, "2023-01", "Germany",
    "Ein größeres Plus hat es im wiedervereinigten Deutschland noch nicht gegeben.", "previous sentence", lang="de")

# --- Austria (Verkehrswirtschaft; Der Standard, June 2023)
U = "https://verkehrswirtschaft.at/inflation-betraegt-86-prozent-fuer-das-gesamte-jahr-2022"
add("Für das gesamte Jahr 2022 betrug die Inflationsrate 8,6 Prozent.",
    "8,6 Prozent", "needs_review", ev(INF, "Austria", "2022", 8.5468699318845),
    "no place named (only the site is Austrian); Austria's 8.547 would support it", U, None, "Austria", lang="de")
add("Das Preisniveau des Miniwarenkorbs stieg im Vorjahr um 14,5 Prozent, nachdem er bereits 2021 überdurchschnittlich um 5,7 Prozent gestiegen war.",
    "14,5 Prozent", "unsupported", none("the 'mini basket' (a weekly shop) is not a series of the packages", "Austria"),
    "another index: no row (the CPI must not judge it)", U, None, "Austria",
    "Für das gesamte Jahr 2022 betrug die Inflationsrate 8,6 Prozent.", "an earlier sentence of the paragraph", lang="de")
U = "https://www.derstandard.at/story/3000000172663/im-jahr-2022-bevoelkerungsplus-von-126000-personen-in-oesterreic"
add("Mit dem deutlichen Anstieg lebten am 1. Jänner 9.104.772 Personen in Österreich.",
    "9.104.772 Personen", "unsupported", none(NO_POP, "Austria"),
    "Austria's population on 1 January 2023: no Austria population rows", U, "2023-06", "Austria", lang="de")

# --- Switzerland (albinfo.ch, January 2023, after the BFS)
U = "https://www.albinfo.ch/de/durchschnittliche-jahresteuerung-von-28-im-jahr-2022/"
LEAD = "Der Landesindex der Konsumentenpreise (LIK) sank im Dezember 2022 im Vergleich zum Vormonat um 0,2% und erreichte den Stand von 104,4 Punkten (Dezember 2020 = 100)."
t = "Gegenüber dem entsprechenden Vorjahresmonat betrug die Teuerung +2,8%."
add(t, "+2,8%", "needs_review", ev(INF, "Switzerland", "2022", 2.83502798644463),
    "December 2022's 12-month rate (it happens to meet the 2022 average 2.835); no place named before it", U, None, "Switzerland",
    LEAD, "previous sentence", lang="de")
add("2022 belief sich die durchschnittliche Jahresteuerung ebenfalls auf +2,8%.",
    "+2,8%", "needs_review", ev(INF, "Switzerland", "2022", 2.83502798644463),
    "the 2022 average; no place named before it (the BFS only in the next sentence); Switzerland's 2.835 would support it",
    U, None, "Switzerland", t, "previous sentence", lang="de")

# --- The Netherlands (IEX / ABM FN-Dow Jones; NRC, January 2023)
U = "https://www.iex.nl/Nieuws/764572/Dubbelcijferige-inflatie-in-Nederland-in-2022.aspx"
LEAD = "(ABM FN-Dow Jones) De consumentenprijzen in Nederland zijn vorig jaar meer dan drie keer zo hard opgelopen dan een jaar eerder."
add("De inflatie in 2022 kwam uit op 10,0 procent tegen 2,7 procent in 2021.",
    "10,0 procent", "supported", ev(INF, "Netherlands", "2022", 10.0012078753473),
    "2022: 10.001 within 10.0's band [9.90, 10.10]", U, None, "Netherlands", LEAD, "an earlier paragraph", lang="nl")
add("De prijsstijging van goederen en diensten in Nederland volgens de HICP was in 2022 gemiddeld 11,6 procent.",
    "11,6 procent", "unsupported", none("the HICP is not a series of the packages", "Netherlands"),
    "HICP: another series (the CPI's 10.0 must not judge it)", U, None, "Netherlands", lang="nl")
U = "https://www.nrc.nl/nieuws/2023/01/10/sinds-1975-lag-de-inflatie-niet-zo-hoog-als-in-2022-a4153750"
add("In heel 2022 lag de inflatie gemiddeld 10 procent hoger ten opzichte van het jaar daarvoor, toen de prijsontwaarding op 2,7 procent was gemeten.",
    "10 procent", "needs_review", ev(INF, "Netherlands", "2022", 10.0012078753473),
    "no place named (the CBS two sentences later); the Netherlands' 10.00 would support it", U, "2023-01", "Netherlands", lang="nl")

# --- Sweden (SCB, 2023-01-13; valutor.nu)
U = "https://scb.se/hitta-statistik/statistik-efter-amne/priser-och-konsumtion/konsumentprisindex/konsumentprisindex-kpi/pong/statistiknyhet/konsumentprisindex-kpi-december-2022/?"
add("Inflationstakten enligt KPIF (Konsumentprisindex med fast ränta), det vill säga förändringen från samma månad föregående år, var 10,2 procent i december 2022.",
    "10,2 procent", "unsupported", none("KPIF (CPI at fixed mortgage rates) is not a series of the packages", "Sweden"),
    "KPIF: another index; also a December rate", U, "2023-01-13", "Sweden", "Statistiknyhet från SCB 2023-01-13 8.00", "an earlier paragraph", lang="sv")
add("Stigande räntekostnader bidrog med 2,3 procentenheter till inflationstakten enligt KPI, som uppgick till 12,3 procent",
    "12,3 procent", "needs_review", ev(INF, "Sweden", "2022", 8.36929098869189),
    "KPI, December 2022 on December 2021 (from the page's heading) vs the 2022 average 8.37; the place only through 'SCB'",
    U, "2023-01-13", "Sweden", "Konsumentprisindex (KPI), december 2022", "title", lang="sv")
U = "https://valutor.nu/varfor-ar-den-svenska-kronan-svag/"
add("Under år 2022 tappade den svenska kronan över 10% mot den amerikanska dollarn.",
    "över 10%", "supported", ev(FX, "Sweden", "2022", 10.1177),
    "annual averages 8.5812 → 10.1177 kronor a dollar: the krona lost 15.2 % of its dollar value (> 10); December to December (9.0896 → 10.3780) 12.4 %, also > 10",
    U, None, "Sweden", lang="sv")

# --- Norway (SSB, January 2023)
U = "https://www.ssb.no/priser-og-prisindekser/konsumpriser/statistikk/konsumprisindeksen/artikler/ekstraordinaert-ar-for-prisveksten-i-2022"
add("Dette er 2,3 prosentpoeng høyere enn årsveksten i 2021.",
    "2,3 prosentpoeng", "needs_review", ev(INF, "Norway", "2022", 5.76412317852272),
    "the rise in points 2021 → 2022 (5.764 − 3.484 = 2.28, in 2.3's band); no place named (an SSB page)", U, None, "Norway",
    "i konsumprisindeksen (KPI) endte på 5,8 prosent i 2022.", "previous sentence", lang="no")
add("Den høyeste tolvmånedersveksten i KPI i fjor ble målt i oktober, da KPI var hele 7,5 prosent høyere enn i oktober 2021.",
    "7,5 prosent", "needs_review", ev(INF, "Norway", "2022", 5.76412317852272),
    "October 2022 on October 2021 vs the 2022 average 5.76; no place named", U, None, "Norway", lang="no")

# --- Denmark (Vejle Avisen; Kristeligt Dagblad, October 2022; Danmarks Statistik, October 2022)
U = "https://vejleavisen.dk/inflationen-falder-for-anden-maaned-i-traek/"
add("I december 2022 steg det samlede forbrugerprisindeks med 8,7 pct. i forhold til samme måned året før.",
    "8,7 pct.", "needs_review", ev(INF, "Denmark", "2022", 7.6965669988926),
    "December 2022 on December 2021 vs the 2022 average 7.70", U, None, "Denmark",
    "Dermed falder inflationen for anden måned i træk i Danmark", "previous sentence", lang="da")
add("Forbrugerprisindekset ekskl. energi og ikke-forarbejdede fødevarer (kerneinflationen) havde en årsstigning på 6,6 pct. i december, hvilket er en stigning fra 6,0 pct. måneden før.",
    "6,6 pct.", "unsupported", none("core inflation is not a series of the packages", "Denmark"),
    "core CPI: no row", U, None, "Denmark", lang="da")
U = "https://www.kristeligt-dagblad.dk/inflationen-stiger-til-det-hoejeste-siden-1982"
add("I september var priserne ti procent højere end i samme måned i 2021.",
    "ti procent", "needs_review", ev(INF, "Denmark", "2022", 7.6965669988926),
    "September 2022's 12-month rate, in words; no place named in the sentence (Danmarks Statistik next)", U, "2022-10", "Denmark", lang="da")
U = "https://dst.dk/nyt/39934"
add("Estland havde den højeste inflation i EU-27 i september på 24,1 pct., mens Frankrig havde den laveste inflation i EU på 6,2 pct.",
    "24,1 pct.", "unsupported", none("the HICP (EU-27 comparison) is not a series of the packages", "Estonia"),
    "Estonia's HICP for September 2022: no row", U, None, "Estonia",
    "EU-harmoniseret forbrugerprisindeks september 2022", "section heading", lang="da")

# --- Finland (STT Info / Tilastokeskus, January 2023; Tilastokeskus, November 2022)
U = "https://www.sttinfo.fi/tiedote/69962272/vuoden-2022-inflaatio-71-prosenttia-hintojen-nousu-korkeinta-40-vuoteen?publisherId=69818838"
add("2000-luvun edellinen inflaatioennätys syntyi globaalin finanssikriisin aikaan vuonna 2008, jolloin kuluttajahinnat nousivat keskimäärin 4,1 prosenttia.",
    "4,1 prosenttia", "supported", ev(INF, "Finland", "2008", 4.06595355358379),
    "2008: 4.066 within 4.1's band [4.030, 4.171]; Finland through 'Tilastokeskus' (Statistics Finland)", U, None, "Finland",
    "”Vuoden 2022 inflaatio oli hyvin poikkeuksellinen viime vuosikymmenien kehitykseen verrattuna. Vastaavanlaisia lukuja on nähty viimeksi 1980-luvun alussa\", Tilastokeskuksen yliaktuaari Kristiina Nieminen kertoo.",
    "an earlier paragraph", lang="fi")
add("Joulukuussa kuluttajahintojen vuosimuutos oli 9,1 prosenttia.",
    "9,1 prosenttia", "needs_review", ev(INF, "Finland", "2022", 7.12350773301402),
    "December 2022's 12-month rate vs the 2022 average 7.12", U, None, "Finland",
    "Vuoden 2022 inflaatio 7,1 prosenttia – hintojen nousu korkeinta 40 vuoteen", "title", lang="fi")
U = "https://www.stat.fi/julkaisu/cktvggs6o25kp0b55rxl8ubcv"
add("Tilastokeskuksen laskema kuluttajahintojen vuosimuutos oli lokakuussa 8,3 %.",
    "8,3 %", "needs_review", ev(INF, "Finland", "2022", 7.12350773301402),
    "October 2022's 12-month rate vs the 2022 average 7.12; Finland through 'Tilastokeskus'", U, None, "Finland",
    "Inflaatio 8,3 % lokakuussa 2022", "title", lang="fi")

# --- Italy (TPI, January 2023; Online News)
U = "https://www.tpi.it/economia/istat-nel-2022-inflazione-ai-massimi-dal-1985-a-dicembre-rallentamento-ma-e-ancora-all116-20230105967224/"
TITLE = "Istat, nel 2022 inflazione ai massimi dal 1985. A dicembre rallentamento, ma è ancora all’11,6%"
add("Nell’anno scorso appena concluso, la crescita dei prezzi al consumo è stata pari all’8,1 percento, un dato mai raggiunto dal 1985.",
    "8,1 percento", "contradicted", ev(INF, "Italy", "2022", 8.20128991161718),
    "Istat's 2022 average 8.1 vs the World Bank's 8.201 (beyond 8.1's band [8.010, 8.191]); Italy through 'Istat'", U, "2023-01", "Italy",
    TITLE, "title", lang="it")
add("Netto l’aumento rispetto al 2021, quando l’inflazione media fu solo dell’1,9 percento.",
    "1,9 percento", "supported", ev(INF, "Italy", "2021", 1.87378325762481),
    "2021: 1.874 within 1.9's band [1.841, 1.960]", U, "2023-01", "Italy", TITLE, "title", lang="it")
U = "https://online-news.it/istat-inflazione-all82-nel-2022/"
add("In media, nel 2022 i prezzi al consumo crescono dell’8,1% (+1,9% nel 2021), segnando l’aumento più ampio dal 1985 (quando fu +9,2%), principalmente a causa dall’andamento dei prezzi degli energetici.",
    "+9,2%", "supported", ev(INF, "Italy", "1985", 9.20599144253118),
    "1985: 9.206 within 9.2's band [9.104, 9.296]; Italy through 'Istat' in the sentence before", U, None, "Italy",
    "L’Istat conferma la stima preliminare sull’inflazione evidenziando come nel mese di dicembre 2022, si stima che l’indice nazionale dei prezzi al consumo per l’intera collettività (Nic), al lordo dei tabacchi, aumenti dello 0,3% su base mensile e dell’11,6% su base annua (da +11,8% del mese precedente).",
    "previous sentence", lang="it")

# --- Spain (Vozpópuli, December 2022; El Nacional, January 2023)
U = "https://vozpopuli.com/economia/ipc-espana-cierra-2022-inflacion-media-mas-alta-35-anos.html"
TITLE = "IPC: España cierra el 2022 con una inflación media del 8,4%, la más alta en 35 años"
add("El dato del Índice de Precios de Consumo (IPC) de diciembre, avanzado este viernes por el Instituto Nacional de Estadística (INE), deja la variación media del año en el 8,4%, una tasa que no se veía desde 1986, cuando la media alcanzó el 8,8%.",
    "8,4%", "supported", ev(INF, "Spain", "2022", 8.39057634118627),
    "the 2022 average (the flash estimate): 8.391 within 8.4's band [8.308, 8.492]", U, None, "Spain", TITLE, "title", lang="es")
add("El año arrancó con una inflación del 6,1% en enero y en marzo la inflación ya se aproximaba al 10%, una barrera que se sobrepasó unos meses después, en junio.",
    "6,1%", "needs_review", ev(INF, "Spain", "2022", 8.39057634118627),
    "January 2022's 12-month rate vs the 2022 average 8.39", U, None, "Spain", TITLE, "title", lang="es")
U = "https://elnacional.cat/oneconomia/es/economia/inflacion-baja-57-diciembre-alimentos-disparan-157_950655_102.html"
add("La inflación bajó hasta el 5,7% en 2022, según los últimos datos publicados por el Instituto Nacional de Estadística (INE) este viernes.",
    "5,7%", "needs_review", ev(INF, "Spain", "2022", 8.39057634118627),
    "December 2022's 12-month rate written 'en 2022' vs the 2022 average 8.39; the place only through 'INE' (several countries' office)", U, None, "Spain", lang="es")

# --- Portugal (Expresso, 2023-01-11; Dinheiro Vivo, January 2023; Forbes Portugal)
U = "https://expresso.pt/economia/2023-01-11-INE-confirma-inflacao-de-96-em-dezembro-com-a-media-anual-a-atingir-um-maximo-de-30-anos-162d0291"
add("A inflação em Portugal desceu em dezembro de 2022 pelo segundo mês consecutivo, com a variação homóloga do Índice de Preços no Consumidor (IPC) a situar-se nos 9,6%.",
    "9,6%", "needs_review", ev(INF, "Portugal", "2022", 7.83269124233323),
    "December 2022 on December 2021 vs the 2022 average 7.83", U, "2023-01", "Portugal", lang="pt")
U = "https://www.dinheirovivo.pt/empresas/ine-confirma-inflacao-nos-78-em-2022-a-mais-alta-desde-1992-15638309.html"
add("O Índice Harmonizado de Preços no Consumidor português registou uma taxa de variação média de 8,1% em 2022, que compara com 0,9% no ano anterior.",
    "8,1%", "unsupported", none("the HICP is not a series of the packages", "Portugal"),
    "HICP: another series (the CPI's 7.83 must not judge it)", U, "2023-01", "Portugal", lang="pt")
U = "https://www.forbespt.com/inflacao-em-portugal-atingiu-valor-recorde-em-2022-ha-30-anos-que-nao-se-via-nada-disto/"
add("O Instituto Nacional de Estatística (INE) revelou que, em 2022, o Índice de Preços no Consumidor (IPC) registou uma variação média anual de 7,8%, significativamente acima da variação registada no conjunto do ano 2021 (1,27%).",
    "7,8%", "supported", ev(INF, "Portugal", "2022", 7.83269124233323),
    "relabelled after the first run (was needs_review): the page's address names Portugal ('inflacao-em-portugal-…'), "
    "a place the set's convention counts (verdicts.md, v799, v777); 2022: 7.833 within 7.8's band [7.711, 7.889]",
    U, None, "Portugal", lang="pt")

# --- Canada (Statistique Canada, Le Quotidien, 2022-05-18 and 2023-01-17)
U = "https://www150.statcan.gc.ca/daily-quotidien/220518/dq220518a-fra.htm"
add("En avril, les prix à la consommation au Canada ont augmenté de 6,8 % d'une année à l'autre.",
    "6,8 %", "needs_review", ev(INF, "Canada", "2022", 6.80280115341613),
    "April 2022's 12-month rate (it happens to meet the 2022 average 6.80, published later)", U, "2022-05-18", "Canada", lang="fr")
add("En avril, le salaire horaire moyen des employés s'est accru de 3,3 % d'une année à l'autre, ce qui signifie que, en moyenne, la croissance des prix a dépassé celle des salaires et que le pouvoir d'achat des Canadiens a diminué.",
    "3,3 %", "unsupported", none("wages are not a series of the packages", "Canada"),
    "average hourly wages: no row (the CPI must not judge it)", U, "2022-05-18", "Canada", lang="fr")
U = "https://www150.statcan.gc.ca/n1/daily-quotidien/230117/dq230117b-fra.htm"
add("Sur une base annuelle moyenne, l'Indice des prix à la consommation (IPC) a augmenté de 6,8 % en 2022, après avoir progressé de 3,4 % en 2021 et de 0,7 % en 2020.",
    "6,8 %", "needs_review", ev(INF, "Canada", "2022", 6.80280115341613),
    "no place named (a Statistics Canada release; 'Canadiens' only later); Canada's 6.80 would support it", U, "2023-01-17", "Canada",
    "Indice des prix à la consommation : revue annuelle, 2022", "title", lang="fr")

# --- Japan (Dr. Straight / Yomiuri, 2022-12-31; Sendai Podcast / Yomiuri, April 2023)
U = "https://dr-straight.webnode.jp/l/%e5%86%86%e7%9b%b8%e5%a0%b4%e3%81%ae%e5%b9%b4%e9%96%93%e5%a4%89%e5%8b%95%e5%b9%85%ef%bc%93%ef%bc%98%e3%83%bb%ef%bc%94%ef%bc%98%e5%86%86%e3%80%81%ef%bc%93%ef%bc%95%e5%b9%b4%e3%81%b6%e3%82%8a%e6%b0%b4%e6%ba%96%e2%80%a6%e6%97%a5%e7%b1%b3"
LEAD = "外国為替市場では2022年、対ドルで円相場が大きく動いた。"
add("12月30日のニューヨーク外国為替市場では、円相場は1ドル=131円06~16銭で年内の大方の取引を終えた。",
    "131円06~16銭", "needs_review", ev(FXM, "Japan", "2022-12", 134.9148),
    "a day's New York close (30 December 2022), a range of quotes, vs December 2022's monthly average 134.91", U, "2022-12-31", "Japan",
    LEAD, "an earlier paragraph", lang="ja")
add("22年の円相場で、対ドルで最も円安だったのは151円90銭台、円高だったのは113円40銭台だった。",
    "151円90銭台", "needs_review", ev(FX, "Japan", "2022", 131.4589),
    "the year's weakest intraday quote (October 2022) vs the 2022 average 131.46 (October's monthly average 147.05)", U, "2022-12-31", "Japan",
    LEAD, "an earlier paragraph", lang="ja")
U = "https://sendai-podcast.jp/news/%ef%bc%92%ef%bc%90%ef%bc%92%ef%bc%92%e5%b9%b4%e5%ba%a6%e3%81%ae%e6%b6%88%e8%b2%bb%e8%80%85%e7%89%a9%e4%be%a1%e6%8c%87%e6%95%b0%e3%80%81%ef%bc%93%e3%83%bb%ef%bc%90%ef%bc%85%e4%b8%8a%e6%98%87"
add("総務省が21日発表した2022年度平均の全国消費者物価指数(2020年=100)は、値動きの大きい生鮮食品を除く総合が103・0で、前年度より3・0%上昇した。",
    "3・0%", "unsupported", none("core CPI (excluding fresh food) over a fiscal year is not a series of the packages", "Japan"),
    "core CPI, fiscal 2022: no row (the calendar-year headline 2.50 must not judge it)", U, None, "Japan", lang="ja")

# --- China (the statistics bureau's September 2022 release, republished)
U = "http://www.liwenjuan1.cn/data/142/2022-10-14/6986564183311848352.html"
t = "2022年9月份,全國居民消費價格同比上漲2.8%。"
add(t, "2.8%", "needs_review", ev(INF, "China", "2022", 1.97357555739051),
    "September 2022's 12-month rate vs the 2022 average 1.97; the nation ('全國') of the statistics bureau's release", U, "2022-10-14", "China",
    "[國家統計局]2022年9月份居民消費價格同比上漲2.8% 環比上漲0.3%", "title", lang="zh")
add("1--—9月平均,全國居民消費價格比上年同期上漲2.0%。",
    "2.0%", "needs_review", ev(INF, "China", "2022", 1.97357555739051),
    "the January–September 2022 average on a year earlier (it happens to meet the 2022 average 1.97)", U, "2022-10-14", "China",
    "[國家統計局]2022年9月份居民消費價格同比上漲2.8% 環比上漲0.3%", "title", lang="zh")

# --- South Korea in English (NNN-Yonhap, December 2022; Yonhap, 2022-08-22)
U = "http://namnewsnetwork.org/?p=205016"
LEAD = "SEOUL, Dec 31 (NNN-YONHAP) – South Korea’s headline inflation hit the highest in 24 years this year, due to higher global energy prices, statistical office data showed, yesterday."
add("The consumer price index (CPI) stood at 107.71 in 2022, up 5.1 percent from the previous year, according to Statistics Korea.",
    "107.71", "unsupported", none("the CPI's level (2020 = 100) is not a series of the packages (they hold its rate of change)", "South Korea"),
    "an index level: no row", U, None, "South Korea", LEAD, "an earlier paragraph", lang="en")
add("The consumer price inflation stayed below one percent with 0.4 percent in 2019 and 0.5 percent in 2020, before rising to 2.5 percent in 2021, on the back of expensive raw materials and pent-up demand.",
    "0.4 percent", "supported", ev(INF, "Korea, Rep.", "2019", 0.383000303608136),
    "2019: 0.383 within 0.4's band [0.348, 0.452]", U, None, "South Korea", LEAD, "an earlier paragraph", lang="en")
U = "https://m-en.yna.co.kr/view/AEN20220822004200320"
add("The national consumer price index came to 107.54 in the April-June period, up 5.4 percent from a year earlier, according to the data from Statistics Korea.",
    "5.4 percent", "needs_review", ev(INF, "Korea, Rep.", "2022", 5.08951365062842),
    "the second quarter of 2022 on a year earlier vs the 2022 average 5.09", U, "2022-08-22", "South Korea",
    "SEJONG, Aug. 22 (Yonhap) -- South Korea's nationwide consumer prices rose at the fastest pace in 24 years in the second quarter of the year on soaring energy and food costs, data showed Monday.",
    "previous sentence", lang="en")

# --- Taiwan in English (Taiwan Online News / CNA; Taiwan News, January 2023)
U = "https://taiwanonlinenews.com/cost-of-living-taiwans-2022-cpi-growth-hits-14-year-high/"
add("The CPI rose 2.95 percent from a year earlier in 2022, the highest since 2008, when it rose 3.52 percent, according to DGBAS data.",
    "2.95 percent", "unsupported", none(NO_TW, "Taiwan"),
    "Taiwan's 2022 CPI: no Taiwan inflation rows", U, None, "Taiwan",
    "Taiwan's Consumer Price Index (CPI) grew at its fastest pace in 14 years in 2022 because of increases in the prices of food, rent and fuel, the Directorate General of Budget, Accounting and Statistics (DGBAS) said Friday.",
    "an earlier paragraph", lang="en")
U = "https://www.taiwannews.com.tw/news/4772850"
add("For 2023, the government body saw inflation slowing down to 1.86%.",
    "1.86%", "unsupported", none(NO_TW + "; a forecast", "Taiwan"),
    "a forecast of Taiwan's 2023 CPI: no Taiwan rows", U, None, "Taiwan",
    "TAIPEI (Taiwan News) — Taiwan's inflation level of 2.95% for 2022 was the highest in 14 years, the government said Friday (Jan. 6).",
    "an earlier paragraph", lang="en")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_m.jsonl")
    print(rows.summary())
