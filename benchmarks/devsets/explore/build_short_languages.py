"""Writes benchmarks/devsets/explore/short_languages.jsonl (labels by hand from ../shared/reference-sources):
one- and two-sentence drafts in other languages than English, a short foreign paragraph under an English one, and
an English paragraph under a foreign one — written for this set (no page behind them), in 22 of the languages
languages.json reads, each stating a figure the packages hold (CPI 2021–2022, annual exchange rates, population and
GDP of Kazakhstan and Russia) or a wrong one, or one of a series they lack. What it tests: a paragraph too short,
or too like its kin ('i Norge var … procent år' is Swedish, Danish and Norwegian alike), to tell its language is
never read as English words."""
import sys

from labelling import FX, GDP, INF, POP, LabelledRows, ev, none

rows = LabelledRows("short_languages", "xshortlang")
add = rows.add
D = "2023-03-01"
UNEMPLOYMENT = "unemployment is not a series of the packages"


def url(n: int) -> str:
    return f"https://example.invalid/short-languages/{n:02d}"


def cpi(text: str, claim: str, country: str, year: str, value: float, band: str, n: int, verdict: str = "supported",
        context: str | None = None, context_from: str | None = None, lang: str = "") -> None:
    add(text, claim, verdict, ev(INF, country, year, value), f"{year}: {value:.3f} {band}", url(n), D, country,
        context, context_from, lang=lang)


# --- one sentence: annual CPI, supported
cpi("Konsumentprisinflationen i Norge var 5,8 procent år 2022.", "5,8 procent", "Norway", "2022", 5.76412317852272,
    "inside 5.8's band [5.721, 5.879]", 1, lang="sv")
cpi("Inflationen i Sverige var 8,4 procent 2022.", "8,4 procent", "Sweden", "2022", 8.36929098869189,
    "inside 8.4's band [8.308, 8.492]", 2, lang="sv")
cpi("Inflationen i Danmark var 7,7 procent i 2022.", "7,7 procent", "Denmark", "2022", 7.6965669988926,
    "inside 7.7's band [7.612, 7.788]", 3, lang="da")
cpi("Inflasjonen i Norge var 3,5 prosent i 2021.", "3,5 prosent", "Norway", "2021", 3.48388055266678,
    "inside 3.5's band [3.433, 3.567]", 4, lang="no")
cpi("Die Inflation in Deutschland lag 2022 bei 6,9 Prozent.", "6,9 Prozent", "Germany", "2022", 6.87257438551097,
    "inside 6.9's band [6.815, 6.985]", 5, lang="de")
cpi("De inflatie in Nederland was 10,0 procent in 2022.", "10,0 procent", "Netherlands", "2022", 10.0012078753473,
    "inside 10.0's band [9.900, 10.100]", 6, lang="nl")
cpi("En France, l'inflation a atteint 5,2 % en 2022.", "5,2 %", "France", "2022", 5.22236748369735,
    "inside 5.2's band [5.149, 5.251]", 7, lang="fr")
cpi("La inflación en España fue del 8,4 % en 2022.", "8,4 %", "Spain", "2022", 8.39057634118627,
    "inside 8.4's band [8.308, 8.492]", 8, lang="es")
cpi("A inflação em Portugal foi de 7,8% em 2022.", "7,8%", "Portugal", "2022", 7.83269124233323,
    "inside 7.8's band [7.711, 7.889]", 9, lang="pt")
cpi("L'inflazione in Italia è stata dell'8,2% nel 2022.", "8,2%", "Italy", "2022", 8.20128991161718,
    "inside 8.2's band [8.109, 8.291]", 10, lang="it")
cpi("Inflacja w Polsce wyniosła 14,4 proc. w 2022 roku.", "14,4 proc.", "Poland", "2022", 14.4294507575758,
    "inside 14.4's band [14.278, 14.522]", 11, lang="pl")
cpi("Inflace v Česku dosáhla v roce 2022 15,1 procenta.", "15,1 procenta", "Czechia", "2022", 15.1001651468371,
    "inside 15.1's band [14.975, 15.226]", 12, lang="cs")
cpi("Magyarországon az infláció 14,6 százalék volt 2022-ben.", "14,6 százalék", "Hungary", "2022", 14.6081439492433,
    "inside 14.6's band [14.477, 14.724]", 13, lang="hu")
cpi("Suomen inflaatio oli 7,1 prosenttia vuonna 2022.", "7,1 prosenttia", "Finland", "2022", 7.12350773301402,
    "inside 7.1's band [7.015, 7.186]", 14, lang="fi")
cpi("Inflația în România a fost de 13,8% în 2022.", "13,8%", "Romania", "2022", 13.7954887432521,
    "inside 13.8's band [13.681, 13.919]", 15, lang="ro")
cpi("Türkiye'de enflasyon 2022'de yüzde 72,3 oldu.", "72,3", "Turkiye", "2022", 72.3088359891207,
    "inside 72.3's band [71.889, 72.712]", 16, lang="tr")
cpi("Inflasi Indonesia pada 2022 sebesar 4,2 persen.", "4,2 persen", "Indonesia", "2022", 4.20946383402165,
    "inside 4.2's band [4.129, 4.271]", 17, lang="id")
cpi("Infliacija Lietuvoje 2022 m. siekė 19,7 proc.", "19,7 proc.", "Lithuania", "2022", 19.7050461518394,
    "inside 19.7's band [19.552, 19.848]", 18, lang="lt")
cpi("Inflacija v Sloveniji je leta 2022 znašala 8,8 odstotka.", "8,8 odstotka", "Slovenia", "2022", 8.83369886749452,
    "inside 8.8's band [8.712, 8.894]", 19, lang="sl")
cpi("Inflácia na Slovensku dosiahla v roku 2022 12,8 percenta.", "12,8 percenta", "Slovak Republic", "2022",
    12.7741463637611, "inside 12.8's band [12.686, 12.914]", 20, lang="sk")
cpi("Eesti inflatsioon oli 2022. aastal 19,4 protsenti.", "19,4 protsenti", "Estonia", "2022", 19.3982634080616,
    "inside 19.4's band [19.253, 19.547]", 21, lang="et")
cpi("Inflācija Latvijā 2022. gadā bija 17,3 %.", "17,3 %", "Latvia", "2022", 17.3102830198815,
    "inside 17.3's band [17.164, 17.437]", 22, lang="lv")
cpi("Verðbólga á Íslandi var 8,3 prósent árið 2022.", "8,3 prósent", "Iceland", "2022", 8.3087551155892,
    "inside 8.3's band [8.217, 8.383]", 23, lang="is")

# --- population and GDP (Russian)
add("Население России в 2021 году составило 144,7 млн человек.", "144,7 млн", "supported",
    ev(POP, "Russian Federation", "2021", 144746762), "2021: 144.747 m inside 144.7 m's band [143.926, 145.475]",
    url(24), D, "Russia", lang="ru")
add("ВВП Казахстана в 2022 году составил 225,5 млрд долларов.", "225,5 млрд долларов", "supported",
    ev(GDP, "Kazakhstan", "2022", 225496328925.4941), "2022: 225.496 bn inside 225.5 bn's band [224.323, 226.678]",
    url(25), D, "Kazakhstan", lang="ru")

# --- annual exchange rates
add("I Norge kostet en amerikansk dollar i snitt 9,61 kroner i 2022.", "9,61 kroner", "supported",
    ev(FX, "Norway", "2022-01-01", 9.6138), "2022 average: 9.6138 NOK per USD inside 9.61's band [9.557, 9.663]",
    url(26), D, "Norway", lang="no")
add("I Danmark kostede dollaren i gennemsnit 7,08 kroner i 2022.", "7,08 kroner", "supported",
    ev(FX, "Denmark", "2022-01-01", 7.0786), "2022 average: 7.0786 DKK per USD inside 7.08's band [7.040, 7.120]",
    url(27), D, "Denmark", lang="da")

# --- two sentences, one paragraph
cpi("Priserna steg mest på livsmedel. Inflationen i Danmark var 7,7 procent 2022.", "7,7 procent", "Denmark", "2022",
    7.6965669988926, "inside 7.7's band [7.612, 7.788]", 28, lang="sv")
cpi("Los precios subieron con fuerza. La inflación en Brasil fue del 9,3 % en 2022.", "9,3 %", "Brazil", "2022",
    9.28010608956873, "inside 9.3's band [9.207, 9.393]", 29, lang="es")

# --- a short foreign paragraph under an English one, and an English paragraph under a foreign one
cpi("Inflasjonen i Norge: 5,8 prosent i 2022.", "5,8 prosent", "Norway", "2022", 5.76412317852272,
    "inside 5.8's band [5.721, 5.879]", 30,
    context="Prices across the Nordic countries rose sharply last year, official figures show.",
    context_from="an earlier paragraph", lang="no")
cpi("Inflacja w Polsce: 14,4 proc. w 2022 r.", "14,4 proc.", "Poland", "2022", 14.4294507575758,
    "inside 14.4's band [14.278, 14.522]", 31,
    context="Statistics offices across Europe published their annual figures this week.",
    context_from="an earlier paragraph", lang="pl")
cpi("In Germany, consumer prices rose 6.9 percent in 2022.", "6.9 percent", "Germany", "2022", 6.87257438551097,
    "inside 6.9's band [6.815, 6.985]", 32,
    context="Die Inflation ist in ganz Europa stark gestiegen, wie die Statistikämter in dieser Woche mitteilten.",
    context_from="an earlier paragraph", lang="en")
cpi("Inflation in France was 5.2% in 2022.", "5.2%", "France", "2022", 5.22236748369735,
    "inside 5.2's band [5.149, 5.251]", 33,
    context="Les prix ont fortement augmenté l'an dernier dans toute l'Europe.",
    context_from="an earlier paragraph", lang="en")

# --- wrong figures: contradicted
cpi("Inflationen i Norge var 8,5 procent år 2022.", "8,5 procent", "Norway", "2022", 5.76412317852272,
    "outside 8.5's band [8.415, 8.585]", 34, "contradicted", lang="sv")
cpi("Die Inflation in Deutschland lag 2022 bei 4,1 Prozent.", "4,1 Prozent", "Germany", "2022", 6.87257438551097,
    "outside 4.1's band [4.030, 4.171]", 35, "contradicted", lang="de")
cpi("Inflacja w Polsce wyniosła 10,2 proc. w 2022 roku.", "10,2 proc.", "Poland", "2022", 14.4294507575758,
    "outside 10.2's band [10.099, 10.301]", 36, "contradicted", lang="pl")
cpi("Inflationen i Danmark: 3,1 procent i 2022.", "3,1 procent", "Denmark", "2022", 7.6965669988926,
    "outside 3.1's band [3.035, 3.166]", 37, "contradicted", lang="da")

# --- a series the packages lack: unsupported
add("Arbetslösheten i Sverige var 7,5 procent år 2022.", "7,5 procent", "unsupported", none(UNEMPLOYMENT, "Sweden"),
    "another series (unemployment)", url(38), D, "Sweden", lang="sv")
add("Arbeidsledigheten i Norge var 3,2 prosent i 2022.", "3,2 prosent", "unsupported", none(UNEMPLOYMENT, "Norway"),
    "another series (unemployment)", url(39), D, "Norway", lang="no")

# --- a line too short to tell whose it is (one word of five languages, none English's) under an English paragraph:
# added after the fix, to show the review it now gets (main read it as English: unsupported)
LEAD = "Prices rose sharply across the region last year, official figures show."
cpi("Danmark 2022, prisstigning: 7,7 procent", "7,7 procent", "Denmark", "2022", 7.6965669988926,
    "inside 7.7's band [7.612, 7.788] ('prisstigning': the rise of prices)", 40, context=LEAD,
    context_from="an earlier paragraph", lang="da")
cpi("Sverige, inflation 2022: 6,1 procent", "6,1 procent", "Sweden", "2022", 8.36929098869189,
    "outside 6.1's band [6.020, 6.181]", 41, "contradicted", context=LEAD, context_from="an earlier paragraph", lang="sv")

if __name__ == "__main__":
    rows.write(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/devsets/explore/short_languages.jsonl")
    print(rows.summary())
