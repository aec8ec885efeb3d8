"""Writes benchmarks/devsets/explore/fresh_b.jsonl (labels by hand from ../shared/reference-sources)."""
import sys

from labelling import CO2, FX, GDP, INF, POP, LabelledRows, ev, none

# trimmed to the brief's 35-45 after a first draft of 55 (before any run): one page another set cites,
# and the repeats of a class already covered (a second December rate, a monthly change, a YTD change)
DROP = frozenset({"2,8 Prozent", "yüzde 1,18", "5,3%", "16,6 proc.", "10,4 procenta", "5,9%", "16,4%", "6,0 per cento", "6.6 percent", "2.83 por ciento"})
rows = LabelledRows("fresh_b", "xfreshb", DROP)
add = rows.add

# --- Mexico (Spanish, decimal point)
t = "La inflación general anual en México se ubicó en 7.82 por ciento en el mes de diciembre de 2022, una ligera aceleración con respecto a noviembre, informó el Instituto Nacional de Estadística y Geografía (Inegi)."
add(t, "7.82 por ciento", "needs_review", ev(INF, "Mexico", "2022", 7.8962761916855),
    "December 2022 on December 2021 vs the annual average 7.90: another period", "https://elbajionoticias.com/mexico-cierra-2022-con-inflacion-en-7-82", None, "Mexico")
t = "La inflación de 2020 cerró en un 3.15 por ciento, mientras que en 2019 la inflación fue del 2.83 por ciento."
add(t, "3.15 por ciento", "needs_review", ev(INF, "Mexico", "2020", 3.39683415570006),
    "'cerró': the December-on-December rate vs the annual average 3.40", "https://elbajionoticias.com/mexico-cierra-2022-con-inflacion-en-7-82", None, "Mexico",
    "La inflación general anual en México se ubicó en 7.82 por ciento en el mes de diciembre de 2022, una ligera aceleración con respecto a noviembre, informó el Instituto Nacional de Estadística y Geografía (Inegi).", "an earlier paragraph")
add(t, "2.83 por ciento", "needs_review", ev(INF, "Mexico", "2019", 3.63596142127046),
    "the same closing (December) rate for 2019, governed by 'cerró'; annual average 3.64", "https://elbajionoticias.com/mexico-cierra-2022-con-inflacion-en-7-82", None, "Mexico",
    "La inflación general anual en México se ubicó en 7.82 por ciento en el mes de diciembre de 2022, una ligera aceleración con respecto a noviembre, informó el Instituto Nacional de Estadística y Geografía (Inegi).", "an earlier paragraph")
t = "Ciudad de México, enero 9.- México cerró el 2022 con una tasa interanual de inflación de 7.82%, apenas por debajo del 8% que había registrado en meses previos y por encima de la cifra registrada al cierre del 2021 de 7.36 por ciento, sumando dos años con registros por arriba del 7 por ciento anual, de acuerdo con los datos que dio a conocer el INEGI."
add(t, "7.36 por ciento", "needs_review", ev(INF, "Mexico", "2021", 5.68920847683753),
    "the close of 2021 (December on December) vs the 2021 annual average 5.69", "https://tribunaeconomica.com.mx/publicaciones/seccion/economia/mexico-sumo-dos-anos-con-inflacion-por-arriba-del-7-anual-y-la-mas-alta-en-20-anos", "2023-01-09", "Mexico")
t = "El tipo de cambio cerró el 2022 dentro de la barrera de los 19 pesos por dólar, y durante algunos días de noviembre incluso alcanzó niveles cercanos a los 18 pesos por dólar."
add(t, "19 pesos por dólar", "needs_review", ev(FX, "Mexico", "2022", 20.1208),
    "the year-end close (one day) vs the 2022 average 20.12 (December 19.61)", "https://eleconomista.com.mx/mercados/2022-fue-un-ano-de-estabilidad-para-el-tipo-de-cambio-peso-dolar-20230102-0010.html", "2023-01-02", "Mexico")
t = "En 1990, dichas emisiones en el País fueron de 319.3 millones de toneladas métricas; en 2019, antes de la pandemia del Covid-19, alcanzaron 520.3 millones y para 2021 llegaron a 456.3 millones de toneladas métricas."
ctx = "“La emisión de CO2 es la principal fuente de GEI a nivel mundial y en México."
add(t, "520.3 millones", "contradicted", ev(CO2, "MEXICO", "2019", 126429),
    "126,429 kt C × 3.664 = 463.2 Mt CO2 in 2019, 11 % below 520.3", "https://plazadearmas.com.mx/es-co2-principal-gas-contaminante", None, "Mexico", ctx, "previous sentence")
add(t, "456.3 millones de toneladas métricas", "unsupported", none("2021 is after the last CO2-by-nation year (2020)", "Mexico"),
    "no CO2 row after 2020", "https://plazadearmas.com.mx/es-co2-principal-gas-contaminante", None, "Mexico", ctx, "previous sentence")

# --- Brazil (Portuguese)
t = "O Índice Nacional de Preços ao Consumidor Amplo (IPCA), que mede a inflação oficial, fechou 2022 com uma taxa de 5,79% acumulada no ano."
add(t, "5,79%", "needs_review", ev(INF, "Brazil", "2022", 9.28010608956873),
    "the IPCA accumulated over the year (December on December) vs the annual average 9.28", "https://cmio.org/brasil/839883-inflacao-oficial-fecha-2022-em-579", "2023-01", "Brazil")
t = "O índice ficou abaixo dos 10,06% acumulados em 2021, segundo dados divulgados (10) pelo Instituto Brasileiro de Geografia e Estatística (IBGE)."
add(t, "10,06%", "needs_review", ev(INF, "Brazil", "2021", 8.30165975585673),
    "accumulated in 2021 (December on December) vs the annual average 8.30", "https://cmio.org/brasil/839883-inflacao-oficial-fecha-2022-em-579", "2023-01", "Brazil",
    "O Índice Nacional de Preços ao Consumidor Amplo (IPCA), que mede a inflação oficial, fechou 2022 com uma taxa de 5,79% acumulada no ano.", "previous sentence")
t = "Na ponta de baixo da lista, as menores variações vieram de Porto Alegre (3,61%), Belo Horizonte (4,64%) e Goiânia (4,77%)."
add(t, "3,61%", "unsupported", none("a city's rate: no rows below the national level", "Brazil"),
    "Porto Alegre's 2022 IPCA: the packages hold national rows only", "https://bra123.com.br/ipca-veja-qual-regiao-teve-a-maior-inflacao-em-2022", None, "Brazil",
    "De acordo com o IBGE, a inflação acumulada em 2022 ficou positiva em todas as 16 regiões pesquisadas.", "an earlier paragraph")
t = "A moeda americana teve em 2022 sua primeira baixa anual frente ao real em seis anos. Subiu nesta quinta 0,43%, fechando o último pregão do ano em R$ 5,27 na venda."
t = "Subiu nesta quinta 0,43%, fechando o último pregão do ano em R$ 5,27 na venda."
add(t, "R$ 5,27", "needs_review", ev(FX, "Brazil", "2022", 5.1605),
    "one day's close vs the 2022 average 5.16 (December 5.25)", "https://economia.ig.com.br/2022-12-30/ultimo-fechamento-bolsa-ibovespa-e-dolar.html", "2022-12",  "Brazil",
    "A moeda americana teve em 2022 sua primeira baixa anual frente ao real em seis anos.", "previous sentence")
t = "No acumulado de 2022, a divisa somou queda de 5,3% - a primeira baixa anual desde 2016."
add(t, "5,3%", "needs_review", ev(FX, "Brazil", "2022", 5.1605),
    "a change between year-end closes; the annual averages (5.3958 → 5.1605) give −4.4 %: another basis", "https://economia.ig.com.br/2022-12-30/ultimo-fechamento-bolsa-ibovespa-e-dolar.html", "2022-12", "Brazil",
    "Subiu nesta quinta 0,43%, fechando o último pregão do ano em R$ 5,27 na venda.", "previous sentence")

# --- Italy (Italian)
t = "Inflazione, secondo l’Istat nel 2022 i prezzi al consumo sono cresciuti in media dell’8,1% (+1,9% nel 2021), segnando l’aumento più importante dal 1985 (quando fu +9,2%), principalmente a causa dall’andamento dei prezzi dell’energia."
u = "https://globalist.es/economy/2023/01/17/inflazione-mai-cosi-alta-dal-1985-i-prezzi-della-spesa-saliti-dell81"
add(t, "8,1%", "contradicted", ev(INF, "Italy", "2022", 8.20128991161718),
    "Istat's NIC average 8.1 vs the World Bank's 8.20, above 8.1's band [8.01, 8.19]", u, "2023-01-17", "Italy")
add(t, "+1,9%", "supported", ev(INF, "Italy", "2021", 1.87378325762481), "1.87 within 1.9's band", u, "2023-01-17", "Italy")
add(t, "+9,2%", "supported", ev(INF, "Italy", "1985", 9.20599144253118), "9.21 within 9.2's band", u, "2023-01-17", "Italy")
t = "L’inflazione acquisita per il 2023 (ossia la crescita media che si avrebbe nell’anno se i prezzi rimanessero stabili per tutto il 2023) è pari a +5,1%."
add(t, "+5,1%", "needs_review", ev(INF, "Italy", "2023", 5.62219442195901),
    "carry-over into 2023 measured in January 2023 (a projection of a year not complete), not 2023's average (5.62)", u, "2023-01-17", "Italy",
    "Inflazione, secondo l’Istat nel 2022 i prezzi al consumo sono cresciuti in media dell’8,1% (+1,9% nel 2021), segnando l’aumento più importante dal 1985 (quando fu +9,2%), principalmente a causa dall’andamento dei prezzi dell’energia.", "an earlier sentence of the paragraph")
t = "In Sardegna, però, si registra il +9,1%, la percentuale più alta a livello nazionale dopo Sicilia e Trentino Alto Adige."
add(t, "+9,1%", "unsupported", none("a region's rate: no rows below the national level", "Italy"),
    "Sardinia's 2022 average: national rows only (Italy 8.20 must not judge it)", "https://www.cagliaripad.it/580858/inflazione-a-cagliari-117-prezzi-tra-i-piu-alti-ditalia/", "2023-01", "Italy",
    "Inflazione “sostenuta” in Italia nel 2022, con una media di +8,1%.", "previous sentence")
t = "L'Istat stima che a dicembre l’indice nazionale dei prezzi al consumo per l’intera collettività sia aumentato dello 0,3% su base mensile e dell’11,6% su base annua, dal +11,8% di novembre."
add(t, "11,6%", "needs_review", ev(INF, "Italy", "2022", 8.20128991161718),
    "December 2022 on December 2021 vs the annual average 8.20", "https://www.unionesarda.it/economia/inflazione-11-6-a-dicembre-il-dato-2022-e-il-piu-alto-dal-1985-8-1-b7fp8awe", None, "Italy")
t = "Nella classifica mondiale si piazzano gli Stati Uniti, che producono il 25% dell’economia globale con 22,9 trilioni di dollari."
add(t, "22,9 trilioni di dollari", "unsupported", none("GDP rows are Kazakhstan's and Russia's only", "United States"),
    "United States GDP: no row", "https://www.informareh24.it/2021/12/29/pil-italia-allottavo-posto-nella-classifica-mondiale/", "2021-12-29", "United States")
t = "Ora – secondo un calcolo che nessuno in Italia si e’ preso la briga di fare – il nostro paese è sceso all’8° posto, con un calo di 3 posizioni stimate stante il PIL 2014 aggiornato ieri dal Fondo monetario internazionale (FMI), pari in totale a 2.129 miliardi di dollari."
add(t, "2.129 miliardi di dollari", "unsupported", none("GDP rows are Kazakhstan's and Russia's only", "Italy"),
    "Italy's GDP: no row", "https://www.wallstreetitalia.com/economia-fmi-italia-al-12-posto-nella-classifica-del-pil-mondiale/", None, "Italy")
t = "Se poi la classificazione viene elaborata tenendo conto dell’effettivo potere di acquisto dell’euro in loco, e cioe’ dei prezzi correnti di beni e servizi non soggetti al commercio internazionale, allora l’Italia sprofonda addirittura al 12° posto, a quota 2.065 miliardi di dollari."
add(t, "2.065 miliardi di dollari", "unsupported", none("GDP at purchasing-power parity: no such series (and no Italy row)", "Italy"),
    "PPP GDP of Italy: no row", "https://www.wallstreetitalia.com/economia-fmi-italia-al-12-posto-nella-classifica-del-pil-mondiale/", None, "Italy")
t = "Nel 2018 le emissioni di CO2 da utilizzo di combustibili fossili in Italia e in Europa sono diminuite rispettivamente del 3,5% e del 2,5% rispetto al 2017."
add(t, "3,5%", "contradicted", ev(CO2, "ITALY (INCLUDING SAN MARINO)", "2018", 85673),
    "85,673 / 88,186 − 1 = −2.85 % (2017 → 2018), outside 3.5's band", "https://www.cagliaripad.it/385586/le-emissioni-di-co2-in-italia-calano-piu-della-media-ue", "2019-05", "Italy")
add(t, "2,5%", "unsupported", none("Europe / the EU is not a row of the CO2-by-nation file", "Europe"),
    "an EU aggregate: no row", "https://www.cagliaripad.it/385586/le-emissioni-di-co2-in-italia-calano-piu-della-media-ue", "2019-05", "Europe")

# --- Poland (Polish)
t = "Inflacja średnioroczna wyniosła 11,4% w 2023 roku wobec 14,4% inflacji odnotowanej rok wcześniej, wynika z danych Głównego Urzędu Statystycznego (GUS)."
u = "https://finanse.gazetaprawna.pl/artykuly/9403515,inflacja-cpi-w-grudniu-gus-podal-dane.html"
add(t, "11,4%", "contradicted", ev(INF, "Poland", "2023", 11.5289127961105),
    "GUS' 11.4 vs the World Bank's 11.53, above 11.4's band [11.29, 11.51]", u, None, "Poland")
add(t, "14,4%", "supported", ev(INF, "Poland", "2022", 14.4294507575758), "'rok wcześniej' = 2022: 14.43 within 14.4's band", u, None, "Poland")
t = "W grudniu 2022 roku inflacja wyniosła 16,6 proc. wobec 17,5 proc. w listopadzie."
u = "https://wiadomosci.radiozet.pl/Biznes/inflacja-znowu-w-gore-sa-dane-za-styczen"
add(t, "16,6 proc.", "needs_review", ev(INF, "Poland", "2022", 14.4294507575758), "December 2022 year on year vs the annual average 14.43", u, "2023-02", "Poland",
    "Inflacja w styczniu 2023. Dane GUS", "the section heading")
t = "Inflacja średnioroczna w 2022 r. wyniosła 14,4 proc."
add(t, "14,4 proc.", "supported", ev(INF, "Poland", "2022", 14.4294507575758), "14.43 within 14.4's band", u, "2023-02", "Poland",
    "W grudniu 2022 roku inflacja wyniosła 16,6 proc. wobec 17,5 proc. w listopadzie.", "previous sentence")

# --- Turkey (Turkish)
t = "Tüketici fiyatlarındaki (TÜFE) değişim 2022 yılı Aralık ayında bir önceki aya göre yüzde 1,18, bir önceki yılın Aralık ayına göre yüzde 64,27, on iki aylık ortalamalara göre yüzde 72,31 olarak gerçekleşti."
u = "https://ulakhaber.com/amp/haber/tuik-enflasyon-rakamlarini-acikladi/14902"
add(t, "yüzde 72,31", "supported", ev(INF, "Turkiye", "2022", 72.3088359891207), "the twelve-month average = the annual average 72.31", u, None, "Turkiye",
    "Türkiye İstatistik Kurumu (TÜİK), aralık ayı enflasyon rakamlarını açıkladı.", "previous sentence")
add(t, "yüzde 64,27", "needs_review", ev(INF, "Turkiye", "2022", 72.3088359891207), "December on December vs the annual average 72.31", u, None, "Turkiye",
    "Türkiye İstatistik Kurumu (TÜİK), aralık ayı enflasyon rakamlarını açıkladı.", "previous sentence")
add(t, "yüzde 1,18", "needs_review", ev(INF, "Turkiye", "2022", 72.3088359891207), "a monthly change (December on November)", u, None, "Turkiye",
    "Türkiye İstatistik Kurumu (TÜİK), aralık ayı enflasyon rakamlarını açıkladı.", "previous sentence")
t = "Her ne kadar Erdoğan rejiminin 19 yıllık iktidarının en yüksek oranı olsa da, açıklanan yüzde 36.08’lik enflasyon 2022’nin ilk günü devreye giren zam oranlarının epey gerisinde kaldı."
add(t, "yüzde 36.08", "needs_review", ev(INF, "Turkiye", "2021", 19.5964926913324),
    "December 2021 on December 2020 (announced January 2022) vs 2021's average 19.60", "https://jonturk.tv/enflasyonda-kuyruklu-yalannnn", None, "Turkiye",
    "Evet TÜİK’in açıklanan verilerine göre yıllık enflasyon yüzde 36.08.", "an earlier sentence of the paragraph")

# --- Romania (Romanian)
u = "https://realitatea.net./stiri/economie/inflatia-a-explodat-in-luna-decembrie-cele-mai-mari-scumpiri-din-ultimii-20-de-ani_63c108c929543223580fa2c2"
t = "▪ Rata medie a modificării preţurilor de consum în ultimele 12 luni (ianuarie 2022 – decembrie 2022) faţă de precedentele 12 luni (ianuarie 2021 – decembrie 2021) este 13,8%."
add(t, "13,8%", "supported", ev(INF, "Romania", "2022", 13.7954887432521), "the 2022 average over 2021's: 13.80", u, None, "Romania",
    "INFLAŢIA ŞI EVOLUŢIA PREŢURILOR DE CONSUM: DECEMBRIE 2022", "the section heading")
t = "▪ Rata anuală a inflaţiei în luna decembrie 2022 comparativ cu luna decembrie 2021 este 16,4%."
add(t, "16,4%", "needs_review", ev(INF, "Romania", "2022", 13.7954887432521), "December on December vs the annual average 13.80", u, None, "Romania",
    "INFLAŢIA ŞI EVOLUŢIA PREŢURILOR DE CONSUM: DECEMBRIE 2022", "the section heading")
t = "Rata inflaţiei de la începutul anului (august 2022 comparativ cu decembrie 2021) este 11,6%."
add(t, "11,6%", "needs_review", ev(INF, "Romania", "2022", 13.7954887432521), "year to date (August on December) vs the annual average", "https://canalsud.ro/inflatia-si-evolutia-preturilor-de-consum-in-luna-august-2022/", None, "Romania",
    "Direcția Regională de Statistică din Călărași informează că preţurile de consum în luna august 2022 comparativ cu luna iulie 2022 au crescut cu 0,6%.", "previous sentence")

# --- Switzerland / Germany (German)
t = "Im Jahr 2021 hatte die durchschnittliche Teuerung bei plus 0,6 Prozent gelegen, in den beiden Vorjahren bei minus 0,7 Prozent und plus 0,4 Prozent."
u = "https://www.finanzen.net/nachricht/aktien/schweiz-inflation-sinkt-im-dezember-auf-2-8-prozent-12039904"
lead = "ZÜRICH (dpa-AFX) - Die Inflation in der Schweiz hat sich im Dezember leicht abgeschwächt."
add(t, "minus 0,7 Prozent", "supported", ev(INF, "Switzerland", "2020", -0.725874933313384), "'den beiden Vorjahren' = 2020 and 2019: −0.73 within −0.7's band", u, "2023-01", "Switzerland", lead, "the lead sentence")
add(t, "plus 0,4 Prozent", "supported", ev(INF, "Switzerland", "2019", 0.362886179940614), "2019: 0.363 within 0.4's band [0.348, 0.452]", u, "2023-01", "Switzerland", lead, "the lead sentence")
t = "Die jährliche Inflationsrate der Schweiz betrug letztes Jahr 2,8 %, die höchste Rate seit 3,4 % im Jahr 1993."
u = "https://neueschweizerzeitung.ch/die-inflationsrate-der-schweiz-ist-auf-dem-hoechsten-stand-seit-30-jahren"
add(t, "2,8 %", "supported", ev(INF, "Switzerland", "2022", 2.83502798644463), "'letztes Jahr' from 4 January 2023 = 2022: 2.84", u, "2023-01-04", "Switzerland")
add(t, "3,4 %", "contradicted", ev(INF, "Switzerland", "1993", 3.29262180313611), "1993: 3.29, below 3.4's band [3.33, 3.47]", u, "2023-01-04", "Switzerland")
t = "Im Schnitt stiegen die Konsumentenpreise im Jahr 2022 um 2,8 Prozent."
add(t, "2,8 Prozent", "supported", ev(INF, "Switzerland", "2022", 2.83502798644463), "2.84 within 2.8's band", "https://www.finanznachrichten.de/nachrichten-2023-01/57975876-inflation-sinkt-im-dezember-auf-2-8-prozent-095.htm", "2023-01", "Switzerland",
    "Inflation sinkt im Dezember auf 2,8 Prozent", "the title")

# --- France (French)
t = "La hausse des prix à la consommation s'est élevée à 5,2% en moyenne annuelle sur l'ensemble de 2022, a annoncé l'Insee vendredi 13 janvier tout en confirmant qu'elle s'est élevée à 5,9% en décembre, par rapport à décembre 2021."
u = "https://upday.com/fr/france-linflation-bondit-a-5-2-en-moyenne-sur-2022-5-9-en-decembre"
ttl = "France : l'inflation bondit à 5,2% en moyenne sur 2022, 5,9% en décembre"
add(t, "5,2%", "supported", ev(INF, "France", "2022", 5.22236748369735), "5.22 within 5.2's band", u, "2023-01-13", "France", ttl, "the title")
add(t, "5,9%", "needs_review", ev(INF, "France", "2022", 5.22236748369735), "December on December vs the annual average", u, "2023-01-13", "France", ttl, "the title")
t = "L'inflation moyenne était de 1,6% en 2021."
add(t, "1,6%", "supported", ev(INF, "France", "2021", 1.64233141038385), "1.64 within 1.6's band", "https://www.latribune.fr/economie/france/malgre-un-recent-ralentissement-l-inflation-en-france-s-est-elevee-a-5-2-sur-l-ensemble-de-2022-947830.html", "2023-01-13", "France",
    "La hausse des prix à la consommation s'est élevée à 5,2% en moyenne annuelle en France sur l'ensemble de 2022, a annoncé l'Insee vendredi.", "previous sentence")

# --- Serbia (Serbian, Latin script)
t = "Inflacija u Srbiji, merena rastom potrošačkih cena, porasla je za četiri odsto u 2021. godini u odnosu na godinu ranije, objavio je danas Republički zavod za statistiku."
u = "http://bankar.rs/2022/01/12/godisnja-inflacija-u-srbiji-cetiri-odsto-u-2021-godini"
add(t, "četiri odsto", "supported", ev(INF, "Serbia", "2021", 4.08510285335102), "'četiri' = four: 4.09 within 4's band [3.5, 4.5]", u, "2022-01-12", "Serbia")
t = "Prema podacima statistike, potrošačke cene su u decembru 2021. godine porasle u proseku za 0,4 odsto u odnosu na novembar, dok su u poređenju sa istim mesecom 2020. godine povećana za 7,9 procenata."
add(t, "7,9 procenata", "needs_review", ev(INF, "Serbia", "2021", 4.08510285335102), "December 2021 on December 2020 vs the annual average 4.09", u, "2022-01-12", "Serbia",
    "Inflacija u Srbiji, merena rastom potrošačkih cena, porasla je za četiri odsto u 2021. godini u odnosu na godinu ranije, objavio je danas Republički zavod za statistiku.", "previous sentence")
t = "BEOGRAD – Inflacija u Srbiji, merena rastom potrošačkih cena, porasla je u maju za 1,2 posto u odnosu na april, dok je u odnosu na isti mesec 2021. godine porasla za 10,4 procenta, objavio je Republički zavod za statistiku (RZS)."
add(t, "10,4 procenta", "needs_review", ev(INF, "Serbia", "2022", 11.9815117344703), "May 2022 on May 2021 vs the 2022 average 11.98", "https://www.krstarica.com/vesti/ekonomija/inflacija-u-srbiji-iznosila-u-maju-104-posto-na-godis-nivou/", None, "Serbia")

# --- Central Asia (English, Italian) and Kazakhstan in other languages
t = "In Asia centrale il più alto tasso medio di inflazione lo scorso anno è stato registrato in Uzbekistan al 7,0 per cento."
u = "http://www.agcnews.eu/inflazione-csi/"
add(t, "7,0 per cento", "contradicted", ev(INF, "Uzbekistan", "2013", 11.8414333622049), "'lo scorso anno' from May 2014 = 2013: 11.84", u, "2014-05-10", "Uzbekistan",
    "Il Trading Economics aveva registrato che nel 2013 il Tagikistan aveva avuto il tasso di inflazione più basso tra i paesi dell’Asia centrale.", "previous sentence")
t = "A seguire il Turkmenistan dove l’inflazione lo scorso anno era pari al 6,0 per cento, Kazakistan al 4,5 per cento e Kirghizistan 4,0 per cento."
add(t, "4,5 per cento", "contradicted", ev(INF, "Kazakhstan", "2013", 5.94283871648418), "2013: 5.94", u, "2014-05-10", "Kazakhstan",
    "In Asia centrale il più alto tasso medio di inflazione lo scorso anno è stato registrato in Uzbekistan al 7,0 per cento.", "previous sentence")
add(t, "4,0 per cento", "contradicted", ev(INF, "Kyrgyz Republic", "2013", 6.61375202358082), "Kirghizistan 2013: 6.61", u, "2014-05-10", "Kyrgyz Republic",
    "In Asia centrale il più alto tasso medio di inflazione lo scorso anno è stato registrato in Uzbekistan al 7,0 per cento.", "previous sentence")
add(t, "6,0 per cento", "unsupported", none("Turkmenistan has no CPI rows", "Turkmenistan"), "no Turkmenistan row", u, "2014-05-10", "Turkmenistan",
    "In Asia centrale il più alto tasso medio di inflazione lo scorso anno è stato registrato in Uzbekistan al 7,0 per cento.", "previous sentence")
t = "In Tajikistan, the year-end inflation stood at 3.7 percent in 2013."
add(t, "3.7 percent", "needs_review", ev(INF, "Tajikistan", "2013", 5.00964645344951), "a year-end (December on December) rate vs the 2013 average 5.01",
    "https://asiaplustj.info/en/news/tajikistan/economic/20150512/tajikistan-s-inflation-january-april-2015-stands-22-percent", "2015-05-12", "Tajikistan")
t = "The World Bank’s report entitled “Weak Growth, High Inflation, and Cost-of-Living Crisis: Europe and Central Asia Economic Update” says the average CPI inflation declined to 6.6 percent in 2022 from 9.0 percent a year earlier."
add(t, "6.6 percent", "unsupported", none("Tajikistan's CPI rows end before 2019", "Tajikistan"), "no Tajikistan row for 2022",
    "https://www.asiaplustj.info/en/news/tajikistan/economic/20230414/tajikistan-sees-sharp-rise-in-consumer-price-index-inflation-in-march", "2023-04-14", "Tajikistan",
    "The National Bank of Tajikistan says annual inflation for Tajikistan for the 12 months ended March stood at 3.6 percent.", "an earlier paragraph")
t = "Kazajstán tiene una población de 17.948.816 habitantes (estimación julio 2014)."
add(t, "17.948.816 habitantes", "contradicted", ev(POP, "Kazakhstan", "2014", 17816285), "a July 2014 estimate vs the 2014 mid-year row 17,816,285: 0.74 % off, outside an exact figure's 0.5 %",
    "https://www.comercioexterior.ub.edu/fpais/kazajistan/geografia.htm", None, "Kazakhstan")
t = "| PIB | 224.410 millones de dolares (2014) |"
add(t, "224.410 millones de dolares", "contradicted", ev(GDP, "Kazakhstan", "2014", 221415613595.46927), "224.41 bn vs 221.42 bn: 1.35 % off",
    "https://www.comercioexterior.ub.edu/fpais/kazajistan/geografia.htm", None, "Kazakhstan", "Kazajstán tiene una población de 17.948.816 habitantes (estimación julio 2014).", "an earlier paragraph")
t = "PIL (nominale)197 112[5] milioni di $ (2021) (55º)"
u = "https://rbu.book79.com/8ji082a3a03_5gousvkuiurwpuylgo/4xjrogo/1rkJbgbayxlbo"
add(t, "197 112[5] milioni di $", "supported", ev(GDP, "Kazakhstan", "2021", 197112255360.61234), "197,112 million = 197.112 bn: the 2021 row", u, None, "Kazakhstan",
    "Il Kazakistan (in kazako Қазақстан?, Qazaqstan; in russo Казахстан?, Kazachstan), ufficialmente Repubblica del Kazakistan (in kazako Қазақстан Республикасы?, Qazaqstan Respublikasy; in russo Республика Казахстан?, Respublika Kazachstan), è uno Stato transcontinentale a cavallo tra Asia ed Europa.", "the lead sentence")
t = "PIL (PPA)543 437 milioni di $ (2021) (41º)"
add(t, "543 437 milioni di $", "unsupported", none("GDP at purchasing-power parity: no such series", "Kazakhstan"), "PPP GDP: the rows are at market exchange rates (197.1 bn) and must not judge it", u, None, "Kazakhstan",
    "Il Kazakistan (in kazako Қазақстан?, Qazaqstan; in russo Казахстан?, Kazachstan), ufficialmente Repubblica del Kazakistan (in kazako Қазақстан Республикасы?, Qazaqstan Respublikasy; in russo Республика Казахстан?, Respublika Kazachstan), è uno Stato transcontinentale a cavallo tra Asia ed Europa.", "the lead sentence")

rows.write(sys.argv[1])
print(rows.summary())
