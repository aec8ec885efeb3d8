"""Writes benchmarks/devsets/explore/fresh_z.jsonl (labels by hand from ../shared/reference-sources):
explainers and fact boxes — country profiles of foreign ministries, almanacs and trade agencies ("Das Land in
Daten", "Données générales", "Russland in Zahlen"), an embassy's business guide, Arabic encyclopedia-like country
pages, a travel guide's money page, and election-season fact checks — in French, German, Italian, Arabic, Spanish
and Portuguese. A fact box's label and value lines are joined with a space, as a text extractor reads them."""
import sys

from labelling import FX, GDP, INF, POP, LabelledRows, ev, none

rows = LabelledRows("fresh_z", "xfreshz")
add = rows.add
REAL_GROWTH = "real GDP growth is not a series of the packages (GDP is in current US$, KAZ and RUS only)"
UNEMPLOYMENT = "unemployment is not a series of the packages"

# --- Foreign ministry's country profile (France, Kazakhstan)
U = "https://www.diplomatie.gouv.fr/fr/dossiers-pays/kazakhstan/presentation-du-kazakhstan/"
c = "Présentation du Kazakhstan"
add("Population (2017) : 18,557 millions (population urbaine : 57% en 2018)", "18,557 millions", "contradicted",
    ev(POP, "Kazakhstan", "2017", 18651931),
    "2017: 18.652 m just above 18.557 m's band [18.464, 18.650] (the national count vs the World Bank's mid-year)",
    U, None, "Kazakhstan", c, "the page's title", lang="fr")
add("Croissance démographique (2017) : 1,04 %", "1,04 %", "contradicted", ev(POP, "Kazakhstan", "2017", 18651931),
    "derived growth 2017 = 18,651,931 / 18,363,600 − 1 = 1.57 %, outside 1.04's band [1.030, 1.050]", U, None,
    "Kazakhstan", c, "the page's title", lang="fr")
add("PIB (2017) : 160,8 Mds $ – 50% du PIB de l’Asie centrale", "160,8 Mds $", "contradicted",
    ev(GDP, "Kazakhstan", "2017", 166805788827.23325), "2017: 166.8 bn beyond 160.8 bn's band [159.9, 161.7]", U, None,
    "Kazakhstan", c, "the page's title", lang="fr")
t = "PIB par habitant (2017) : 8 837$ (7 500$ en 2016 /10 508$ en 2015)"
add(t, "8 837$", "contradicted", ev(GDP, "Kazakhstan", "2017", 166805788827.23325),
    "derived per capita 2017 = 166.806 bn / 18,651,931 = 8,943, outside 8,837's band [8,792, 8,882]", U, None,
    "Kazakhstan", c, "the page's title", lang="fr")
add(t, "7 500$", "supported", ev(GDP, "Kazakhstan", "2016", 137278320084.17114),
    "derived per capita 2016 = 137.278 bn / 18,363,600 = 7,476, inside 7,500's band [7,462, 7,538]", U, None,
    "Kazakhstan", c, "the page's title", lang="fr")
add(t, "10 508$", "contradicted", ev(GDP, "Kazakhstan", "2015", 184388404706.04178),
    "derived per capita 2015 = 184.388 bn / 18,084,169 = 10,196, outside 10,508's band [10,455, 10,561]", U, None,
    "Kazakhstan", c, "the page's title", lang="fr")
add("Inflation (2017) : 7,1%", "7,1%", "needs_review", ev(INF, "Kazakhstan", "2017", 7.44266321306792),
    "2017: 7.443 above 7.1's band [7.015, 7.186] (the national December-on-December figure vs the annual average;"
    " the box says the year) — needs_review: a year's rate that is the national office's December-on-December figure vs the annual average (Label rules; lead's decision, thirty-third pass: was contradicted)", U, None, "Kazakhstan", c, "the page's title", lang="fr")
add("Chômage (au sens du BIT) (2018) : 5,07%", "5,07%", "unsupported", none(UNEMPLOYMENT, "Kazakhstan"),
    "another series (unemployment)", U, None, "Kazakhstan", c, "the page's title", lang="fr")

# --- Almanac fact boxes (Fischer Weltalmanach at the bpb): Russia, two editions
U = "https://m.bpb.de/nachschlagen/lexika/fischer-weltalmanach/65776/russische-foederation"
c = "Russische Föderation"
add("Einwohner 144.495.000 = 8 je km2 (Stand 2017, Weltrang: 9)", "144.495.000", "contradicted",
    ev(POP, "Russian Federation", "2017", 145293260),
    "2017: 145.293 m above 144.495 m's band [143.772, 145.218]", U, None, "Russia", c, "the page's title", lang="de")
t = "Bruttoinlandsprodukt 1578 Mrd. US-$; realer Zuwachs: 1,5%"
add(t, "1578 Mrd. US-$", "needs_review", ev(GDP, "Russian Federation", "2017", 1574199360089.0022),
    "the line names no year (the box's population is 'Stand 2017'); 2017's 1,574.2 bn fits 1,578's band [1,569.6,"
    " 1,586.4], the latest row (2023: 2,021.4 bn) does not", U, None, "Russia", c, "the page's title", lang="de")
add(t, "1,5%", "unsupported", none(REAL_GROWTH, "Russia"), "another series (real growth)", U, None, "Russia", c,
    "the page's title", lang="de")
add("Bruttosozialprodukt (BSP, pro Einwohner und Jahr) 9232 US-$", "9232 US-$", "unsupported",
    none("gross national income per head is not a series of the packages (GDP only)", "Russia"),
    "another series (GNI per head)", U, None, "Russia", c, "the page's title", lang="de")
U = "https://www.bpb.de/internationales/europa/russland/48432/fischer-weltalmanach"
add("Einwohner 142.100.000 = 8,3 je km2 (F 2007, Weltrang: 9)", "142.100.000", "supported",
    ev(POP, "Russian Federation", "2007", 142805114),
    "'F 2007' (the 2007 estimate): 142.805 m inside 142.1 m's band [141.340, 142.861]", U, "2011-06-14", "Russia", c,
    "the page's title", lang="de")
add("Bruttoinlandsprodukt 1670 Mrd. US-$ realer Zuwachs: 5,6%", "1670 Mrd. US-$", "needs_review",
    ev(GDP, "Russian Federation", "2008", 1660848058303.1138),
    "no year named (the 2011 edition's figure is 2008's: 1,660.8 bn, 0.55 % below 1,670); the latest row before the"
    " page (2010: 1,524.9 bn) does not fit: which year is for a reviewer", U, "2011-06-14", "Russia", c,
    "the page's title", lang="de")
t = "Nat. Statistik F 2009: 141.903.979 Einw. letzte Zählung 2002: 145.924.900 Einw."
add(t, "141.903.979 Einw.", "needs_review", ev(POP, "Russian Federation", "2009", 142785348),
    "2009: 142.785 m above 141,903,979's band [141.194, 142.613]: 'Nat. Statistik F 2009' is Rosstat's estimate of"
    " 1 January 2009 (141,904 thousand in its table 'на 1 января'), a start-of-year count of a source the labeller"
    " knows vs the World Bank's mid-year estimate (the Label rules; as v3738 and v3018, and as this line's census"
    " count); relabelled in the forty-third pass: was contradicted",
    U, "2011-06-14", "Russia", c, "the page's title", lang="de")
add(t, "145.924.900 Einw.", "needs_review", ev(POP, "Russian Federation", "2002", 145306497),
    "the 2002 census count (a day in October) vs the mid-year estimate 145.306 m, which fits its ±0.5 % band:"
    " supported would pass the census day silently", U, "2011-06-14", "Russia", c, "the page's title", lang="de")
add("Arbeitslosigkeit (in % aller Erwerbspersonen) Ø 2008: 6,3%", "6,3%", "unsupported", none(UNEMPLOYMENT, "Russia"),
    "another series (unemployment)", U, "2011-06-14", "Russia", c, "the page's title", lang="de")

# --- A broadcaster's "in numbers" box (Deutsche Welle, mirrored), December 2003
U = "https://odvt.org/dw/de/russland-in-zahlen/a-1047272"
c = "Russland in Zahlen Wirtschaftsdaten für 2002"
t = "Bruttoinlandsprodukt (BIP): 10.863 Mrd Rubel (ca. 342 Mrd USD)"
add(t, "10.863 Mrd Rubel", "unsupported",
    none("GDP in roubles: the worldbank-gdp slice holds GDP in current US$ only", "Russia"),
    "another currency than the rows'", U, "2003-12-02", "Russia", c, "the page's title and the box's heading", lang="de")
add(t, "ca. 342 Mrd USD", "supported", ev(GDP, "Russian Federation", "2002", 345470494417.8628),
    "2002 (the box's heading): 345.5 bn within ±5 % of 'ca.' 342", U, "2003-12-02", "Russia", c,
    "the page's title and the box's heading", lang="de")
add("BIP pro Kopf: 2,361 USD", "2,361 USD", "contradicted", ev(GDP, "Russian Federation", "2002", 345470494417.8628),
    "derived per capita 2002 = 345.47 bn / 145,306,497 = 2,378, outside 2,361's band [2,349, 2,373] (the comma is a"
    " thousands separator here: 2.361 dollars a head is no figure a box gives)", U, "2003-12-02", "Russia", c,
    "the page's title and the box's heading", lang="de")
add("Reales Wachstum des BIP: +4,3%, 2000: + 9,0%, 2001: +5,0%", "+4,3%", "unsupported", none(REAL_GROWTH, "Russia"),
    "another series (real growth)", U, "2003-12-02", "Russia", c, "the page's title and the box's heading", lang="de")
t = "Inflationsrate: 15,1%, 2001: 18,6%"
add(t, "15,1%", "needs_review", ev(INF, "Russian Federation", "2002", 15.7887307914463),
    "2002 (the box's heading): 15.789 above 15.1's band [14.975, 15.226] (Rosstat's December-on-December rate vs the"
    " annual average; the box says the year) — needs_review: a year's rate that is the national office's December-on-December figure vs the annual average (Label rules; lead's decision, thirty-third pass: was contradicted)", U, "2003-12-02", "Russia", c, "the page's title and the box's heading",
    lang="de")
add(t, "18,6%", "needs_review", ev(INF, "Russian Federation", "2001", 21.4770072117159),
    "'2001:' 21.477 above 18.6's band [18.457, 18.743] (Rosstat's December-on-December rate) — needs_review: a year's rate that is the national office's December-on-December figure vs the annual average (Label rules; lead's decision, thirty-third pass: was contradicted)", U, "2003-12-02", "Russia", c,
    "the page's title and the box's heading", lang="de")
add("Arbeitslosenquote 2002: 8,6 %", "8,6 %", "unsupported", none(UNEMPLOYMENT, "Russia"),
    "another series (unemployment)", U, "2003-12-02", "Russia", c, "the page's title and the box's heading", lang="de")

# --- A charity's country page (school-report style), last updated January 2013
U = "http://www.strassenkinderreport.de/druckversion.php?banner_name_fuer_druck=&id=468"
add("Russland hat 142,75 Millionen Einwohner.", "142,75 Millionen Einwohner", "needs_review",
    ev(POP, "Russian Federation", "2012", 143378447),
    "no year named: 142.75 m's band [142.03, 143.47] holds 2007–2013 (142.74–143.81 m, 2012 143.38 m, the latest"
    " before the page) and the latest row (2024: 143.53 m) just misses it", U, "2013-01-09", "Russia", lang="de")
t = "Angesichts des Bruttoinlandsprodukts von 766 Milliarden Dollar kommen auf jeden Einwohner 7042 Dollar."
add(t, "766 Milliarden Dollar", "needs_review", ev(GDP, "Russian Federation", "2005", 764015973481.1102),
    "no year named: 2005's 764.0 bn fits 766's band [761.7, 770.3]; the latest rows do not", U, "2013-01-09", "Russia",
    "Russland hat 142,75 Millionen Einwohner.", "previous sentence", lang="de")
add(t, "7042 Dollar", "contradicted", ev(GDP, "Russian Federation", "2006", 989932071352.5431),
    "no year fits 7,042 (derived per capita 2005 = 5,341, 2006 = 6,920, 2007 = 9,101)", U, "2013-01-09", "Russia",
    "Russland hat 142,75 Millionen Einwohner.", "previous sentence", lang="de")
t = "Die Inflationsrate betrug 2006 8,2 Prozent, die Arbeitslosenquote: 2007 5,8 Prozent (vgl. Wikipedia: Russland)."
add(t, "8,2 Prozent", "needs_review", ev(INF, "Russian Federation", "2006", 9.66865454789265),
    "2006: 9.669 above 8.2's band [8.109, 8.291] (Rosstat's December-on-December rate) — needs_review: a year's rate that is the national office's December-on-December figure vs the annual average (Label rules; lead's decision, thirty-third pass: was contradicted)", U, "2013-01-09", "Russia", lang="de")
add(t, "5,8 Prozent", "unsupported", none(UNEMPLOYMENT, "Russia"), "another series (unemployment)", U, "2013-01-09",
    "Russia", lang="de")

# --- A trade agency's country sheet (Business France, 2016)
U = "https://studylibfr.com/doc/4369810/fiche-pays-kazakhstan---ile-de-france-international"
c = "FICHE PAYS KAZAKHSTAN"
add("POPULATION : 17,75 millions (2016)", "17,75 millions", "contradicted", ev(POP, "Kazakhstan", "2016", 18363600),
    "2016: 18.364 m above 17.75 m's band [17.656, 17.844] (an older estimate)", U, None, "Kazakhstan", c,
    "the sheet's title", lang="fr")
add("Croissance démographique annuelle : 1,51 % (2015)", "1,51 %", "supported", ev(POP, "Kazakhstan", "2015", 18084169),
    "derived growth 2015 = 18,084,169 / 17,816,285 − 1 = 1.504 %, inside 1.51's band [1.497, 1.523]", U, None,
    "Kazakhstan", c, "the sheet's title", lang="fr")
add("Population active (2016) : 10,75 millions", "10,75 millions", "unsupported",
    none("the labour force is not a series of the packages", "Kazakhstan"), "another series (labour force)", U, None,
    "Kazakhstan", c, "the sheet's title", lang="fr")

# --- An embassy's business guide (Italy in Astana)
U = "https://ambastana.esteri.it/it/italia-e-kazakhstan/diplomazia-economica/fare-affari-in-kazakhstan/"
t = ("Il momento di difficoltà economica dovrebbe essere certificato da una contrazione del PIL compresa tra il 2,8% ed"
     " il 3% per il 2020, accompagnato da un tasso di inflazione del 7,5% ed un deficit delle partite correnti pari al"
     " 4% del PIL.")
c = ("L’effetto congiunto della pandemia COVID-19 e della crisi del prezzo delle materie prime ha pesato notevolmente"
     " sull’andamento del PIL del Paese centroasiatico nel 2020, dopo che nel precedente quadriennio l’economia kazaka"
     " era cresciuta ad una media del 3.3% con un picco del 4.5% raggiunto nel 2019.")
add(t, "7,5%", "needs_review", ev(INF, "Kazakhstan", "2020", 6.71815454861464),
    "2020, a year complete when the guide was written ('per l’anno in corso' is 2021): 6.718 below 7.5's band"
    " [7.413, 7.588] (the national December-on-December rate vs the annual average) — needs_review: a year's rate that is the national office's December-on-December figure vs the annual average (Label rules; lead's decision, thirty-third pass: was contradicted)", U, None, "Kazakhstan", c,
    "previous sentence", lang="it")
add(t, "2,8%", "unsupported", none(REAL_GROWTH, "Kazakhstan"), "another series (real growth)", U, None, "Kazakhstan",
    c, "previous sentence", lang="it")
add(c, "4.5%", "unsupported", none(REAL_GROWTH, "Kazakhstan"), "another series (real growth, 2019)", U, None,
    "Kazakhstan", lang="it")

# --- Arabic encyclopedia-like country pages
U = "https://tayyar7.rssing.com/chan-51237832/article3447.html"
a = "تشير التقديرات الرسمية لعدد سكان كازاخستان في 16455000 اعتبارا من شهر فبراير 2011، منها 46 ٪ في المناطق الريفية و 54 ٪ في المناطق الحضرية."
b = "وفي عام 2013، ارتفع عدد سكان كازاخستان إلى 17،280،000 بمعدل نمو 1.7 ٪ خلال العام الماضي وفقا ل وكالة الاحصاء كازاخستان."
add(a, "16455000", "needs_review", ev(POP, "Kazakhstan", "2011", 17066002),
    "an official count 'as of February 2011' vs the 2011 mid-year estimate 17.07 m (a day's count, another vintage)",
    U, None, "Kazakhstan", lang="ar")
add(b, "17،280،000", "contradicted", ev(POP, "Kazakhstan", "2013", 17556502),
    "2013: 17.557 m above 17.28 m's band [17.189, 17.371] (Arabic comma as the thousands separator)", U, None,
    "Kazakhstan", a, "previous sentence", lang="ar")
add(b, "1.7 ٪", "contradicted", ev(POP, "Kazakhstan", "2013", 17556502),
    "derived growth 2013 = 17,556,502 / 17,306,106 − 1 = 1.45 %, outside 1.7's band [1.642, 1.759]", U, None,
    "Kazakhstan", a, "previous sentence", lang="ar")
U = "https://www.islambirligivakfi.org/ar/-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0-0/220/.html"
add("عدد السكان: 19.100.000 (2021)[1]", "19.100.000", "contradicted", ev(POP, "Kazakhstan", "2021", 19743603),
    "2021: 19.744 m above 19.1 m's band [18.955, 19.246]", U, None, "Kazakhstan", "كازاخستان", "the page's title",
    lang="ar")
U = "https://gulfmedianetwork.com/%d9%83%d8%a7%d8%b2%d8%a7%d8%ae%d8%b3%d8%aa%d8%a7%d9%86-%d8%a7%d9%84%d9%85%d8%b6%d8%b7%d8%b1%d8%a8%d8%a9-%d8%a8%d9%84%d8%a7%d8%af-%d8%a7%d9%84%d9%86%d9%81%d8%b7-%d9%88%d8%a7%d9%84%d8%ba%d8%a7%d8%b2"
t = "كازاخستان، صاحبة ناتج محلي إجمالي مقداره 60% من ناتج منطقة وسط آسيا بكاملها، وزاد في 2020 عن 416 مليار دولار، هي بلاد محظوظة بقلة سكانها البالغين 19 مليونا، وبكبر مساحتها الممتدة على أكثر من مليونين و724 ألف كيلومتر مربع، مساوية تقريبا لمساحة دول مجلس التعاون الخليجي مجتمعة، لذلك هي أكبر دولة غير ساحلية على بحر مفتوح في العالم، والتاسعة بين دوله، حيث لكل 7 من سكانها كيلومتر مربع."
add(t, "416 مليار دولار", "contradicted", ev(GDP, "Kazakhstan", "2020", 171082365861.4229),
    "'زاد في 2020 عن' (exceeded in 2020): 171.1 bn is far below 416 bn (a PPP figure, perhaps, named as GDP)", U,
    "2022-01", "Kazakhstan", lang="ar")
add(t, "19 مليونا", "needs_review", ev(POP, "Kazakhstan", "2021", 19743603),
    "the count's year is not named (2020 belongs to the GDP clause); 19 m's band [18.41, 19.60] holds 2020 (19.48 m),"
    " not 2021 (19.74 m), the latest before the page", U, "2022-01", "Kazakhstan", lang="ar")
add(t, "60%", "unsupported", none("a share of Central Asia's GDP: the other countries' GDP is not in the packages",
    "Kazakhstan"), "a share of an aggregate that is not a row", U, "2022-01", "Kazakhstan", lang="ar")

# --- Election-season fact checks
U = "https://www.lasexta.com/programas/al-rojo-vivo/verdades-mentiras-sanchez-feijoo-debate-cara-cara-atresmedia_2023071164ac9367bcaee000012a59a7.html"
a = "Sánchez también ha aportado un dato falso al mencionar que la inflación española era del 2% cuando comenzó la guerra en Ucrania."
b = "En febrero de 2022, era de un 7,6%; en marzo, subió al 9,8%."
add(a, "2%", "needs_review", ev(INF, "Spain", "2022", 8.39057634118627),
    "the 12-month rate when the war began (February 2022) vs the 2022 annual average 8.39", U, "2023-07-11", "Spain",
    lang="es")
add(b, "7,6%", "needs_review", ev(INF, "Spain", "2022", 8.39057634118627),
    "February 2022's 12-month rate vs the 2022 annual average 8.39 (Spain from the previous sentence)", U,
    "2023-07-11", "Spain", a, "previous sentence", lang="es")
add(b, "9,8%", "needs_review", ev(INF, "Spain", "2022", 8.39057634118627),
    "March 2022's 12-month rate vs the 2022 annual average 8.39", U, "2023-07-11", "Spain", a, "previous sentence",
    lang="es")
add("En el caso del líder del PP, ha afirmado que la deuda con Sánchez ha crecido 200 millones de euros al día, una frase cierta atendiendo a los datos del Banco de España, pero siendo una cifra muy parecida a la última etapa de Mariano Rajoy cuando estaba en Moncloa.",
    "200 millones de euros al día", "unsupported", none("public debt is not a series of the packages", "Spain"),
    "another series (public debt)", U, "2023-07-11", "Spain", lang="es")
U = "https://40graus.com.br/lider-do-governo-usa-dados-da-gestao-bolsonaro-sobre-inflacao"
a = "Na publicação deste domingo, 29, o deputado pretendia ilustrar um suposto cenário de inflação baixa no Brasil."
t = "Porém, o deputado utilizou dados de 2022, quando a inflação foi de 4,4%."
add(t, "4,4%", "contradicted", ev(INF, "Brazil", "2022", 9.28010608956873),
    "2022: 9.280 far above 4.4's band [4.328, 4.472] (the row's 2024 value 4.37 is near 4.4: a year mix-up upstream)",
    U, "2024-12-30", "Brazil", a, "previous sentence", lang="pt")
t = "Atualmente, conforme o Banco Central, a inflação deve fechar o ano em 4,9%, 0,4 ponto porcentual acima do teto da meta de 4,5%."
add(t, "4,9%", "needs_review", ev(INF, "Brazil", "2024", 4.36746407652337),
    "the central bank's projection for 2024 made on 30 December 2024 (year not complete) vs the row 4.37", U,
    "2024-12-30", "Brazil", lang="pt")
add(t, "4,5%", "unsupported", none("an inflation target's ceiling is not a measured series", "Brazil"),
    "a target, not a rate", U, "2024-12-30", "Brazil", lang="pt")
t = "Para 2025, espera-se uma inflação de 4,84%, ainda acima do centro da meta, que pode ser alcançado em 2026, quando é esperado que a inflação se aproxime de 3,83%."
add(t, "4,84%", "unsupported", none("projections for 2025: no Brazil row for 2025", "Brazil"),
    "a period outside the data (a projection)", U, "2024-12-30", "Brazil", lang="pt")
add(t, "3,83%", "unsupported", none("projections for 2026: no row", "Brazil"),
    "a period outside the data (a projection)", U, "2024-12-30", "Brazil", lang="pt")
U = "https://aussiedlerbote.de/de/uberprufung-der-fakten-biden-behauptet-falschlicherweise-die-inflation-habe-bei-seinem-amtsantritt-9-betragen/"
c = "Präsident Joe Biden hat am Dienstag zum zweiten Mal innerhalb einer Woche fälschlicherweise behauptet, die Inflationsrate habe bei seinem Amtsantritt bei 9 % gelegen."
add("Im Januar 2021, dem Monat seines Amtsantritts, lag die Inflationsrate im Jahresvergleich bei 1,4 %.", "1,4 %",
    "needs_review", ev(INF, "United States", "2021", 4.69785886363742),
    "January 2021's 12-month rate vs the 2021 annual average 4.70; no place named (a US president's term)", U,
    "2024-05", "United States", c, "the article's opening sentence", lang="de")
add("Die höchste Inflationsrate in Bidens Amtszeit lag bei 9,1 %, aber dies geschah im Juni 2022 - mehr als 16 Monate nach Bidens Amtsantritt.",
    "9,1 %", "needs_review", ev(INF, "United States", "2022", 8.00279982052121),
    "June 2022's 12-month rate vs the 2022 annual average 8.00; no place named", U, "2024-05", "United States", c,
    "the article's opening sentence", lang="de")
t = "Die jüngste verfügbare Inflationsrate vom März 2024 lag bei etwa 3,5 %, gegenüber etwa 3,2 % im Vormonat."
add(t, "etwa 3,5 %", "needs_review", ev(INF, "United States", "2024", 2.94952520485207),
    "March 2024's 12-month rate vs the 2024 annual average 2.95; no place named", U, "2024-05", "United States", c,
    "the article's opening sentence", lang="de")
add(t, "etwa 3,2 %", "needs_review", ev(INF, "United States", "2024", 2.94952520485207),
    "February 2024's 12-month rate vs the 2024 annual average 2.95", U, "2024-05", "United States", c,
    "the article's opening sentence", lang="de")

# --- A travel guide's money page (Thailand)
U = "https://promovacances.be/guide-voyage/thailande/pays,215/quand-partir/devise-et-budget"
add("La monnaie locale est le baht, qui vaut environ 0,02 €, soit 45 B pour 1 € .", "45 B pour 1 €", "needs_review",
    ev(FX, "Thailand", "2007", 32.2030),
    "an undated guide's rounded rate ('environ … soit'): bahts per euro derived from the two per-dollar rows lie 34.8"
    "–50.1 over 1999–2025 (2007: 44.16, 2014: 43.17, 2006: 47.58); which year is for a reviewer", U, None, "Thailand",
    lang="fr")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/fresh_z.jsonl")
    print(rows.summary())
