"""Build `extraction_news37.jsonl`: real news paragraphs (pass 37, fixext7), labelled by hand.

Each row is one paragraph (or a few that follow each other on their page, joined with a space) copied
verbatim from a stored page (pages corpus) with its URL and date where the page or its address gives one;
the gold follows benchmarks/devsets/extraction_news.md and the choices listed in extraction_news37.md.
The labels were written before the extractor first ran on these passages. Run from the repository root:

    python3 benchmarks/devsets/explore/build_news37.py
"""

from __future__ import annotations

from pathlib import Path

from labelling import count, level
from labelling import figure as q
from labelling import non_claim as nc
from labelling import Passages, write_passages
from labelling import percent as pct

OUT = Path(__file__).with_name("extraction_news37.jsonl")

UP, DOWN = "up", "down"
ROWS = Passages()
row = ROWS.row  # one passage a call (labelling.Passages)


def eur(surface: str, value: float, kind: str = "level", direction: str | None = None, qualifier: str = "exact",
        cats: tuple[str, ...] = ("currency_name", "scale_word")) -> dict:
    return q(surface, value, "EUR", kind, qualifier, direction=direction, cats=cats)


def usd(surface: str, value: float, kind: str = "level", direction: str | None = None, qualifier: str = "exact",
        unit: str = "USD", high: float | None = None, cats: tuple[str, ...] = ("currency_symbol",)) -> dict:
    return q(surface, value, unit, kind, qualifier, direction=direction, high=high, cats=cats)


def points(surface: str, value: float, kind: str = "level", direction: str | None = None,
           cats: tuple[str, ...] = ("index_points",)) -> dict:
    """A stock index's level or its move in points; a bare level after 'to' is in the points its move names."""
    return q(surface, value, "points", kind, direction=direction, cats=cats)


def index(surface: str, value: float) -> dict:
    """A price index's level ('wskaźnik cen 112,3', 'IHK sebesar 134,76'): a bare number, a level."""
    return q(surface, value, "", "level", cats=("index_level",))


# A company's "loss of $229 million" is a change down, as the main set labels "Exxon posted a loss of $20.1 billion" and
# "a loss of 28 cents a share". Corrected after the first run: these three were labelled a level (a ratio).
LOSS = ("currency_symbol", "scale_word", "loss_of")

DC = ("percent_word", "decimal_comma")
PC = ("percent", "decimal_comma")

# --- German: company results (dpa, AWP, Industriemagazin) ---
row("n37-01", "de", "https://www.gea.de/land_artikel,-takkt-mit-umsatz-und-gewinnsprung-jahresziele-best%C3%A4tigt-_arid,6600928.html",
    "2022-04-28",
    "Im ersten Quartal kletterte der Umsatz im Jahresvergleich um 23,3 Prozent auf 328,4 Millionen Euro, wie das im "
    "SDax notierte Unternehmen mitteilte. Aus eigener Kraft, also ohne Wechselkursschwankungen und Zu- wie Verkäufe "
    "war das ein Wachstum von 18,9 Prozent. Das Ergebnis vor Zinsen, Steuern und Abschreibungen stieg um 23,8 Prozent "
    "auf 32,7 Millionen Euro. Unter dem Strich blieb ein Gewinn von 16,4 Millionen Euro hängen. Das waren gut 37 "
    "Prozent mehr als im Vorjahr.",
    [pct("23,3 Prozent", 23.3, cats=DC), eur("328,4 Millionen Euro", 328.4e6),
     pct("18,9 Prozent", 18.9, cats=DC), pct("23,8 Prozent", 23.8, cats=DC), eur("32,7 Millionen Euro", 32.7e6),
     eur("16,4 Millionen Euro", 16.4e6), pct("gut 37 Prozent", 37, qualifier="gt", cats=("percent_word", "qualifier"))],
    [nc("ersten Quartal", "ordinal")])
row("n37-02", "de", "https://www.cash.ch/news/krones-macht-mehr-gewinn-als-erwartet-umsatzwachstum-bleibt-schwach-879032",
    None,
    "Der Umsatz stieg erwartungsgemäss im dritten Quartal gegenüber dem Vorjahreszeitraum um 4,7 Prozent auf knapp "
    "1,4 Milliarden Euro. Zu Jahresbeginn war der Konzern noch im zweistellige Prozentbereich gewachsen. Der operative "
    "Gewinn vor Zinsen, Steuern und Abschreibungen (Ebitda) verbesserte sich nun auch dank Sparmassnahmen um 5,4 "
    "Prozent auf gut 142 Millionen Euro. So viel hatten Analysten nicht auf dem Zettel. Dies galt auch für den "
    "Konzerngewinn, der um 3,3 Prozent auf fast 68 Millionen Euro stieg.",
    [pct("4,7 Prozent", 4.7, cats=DC), eur("knapp 1,4 Milliarden Euro", 1.4e9, qualifier="lt"),
     pct("5,4 Prozent", 5.4, cats=DC), eur("gut 142 Millionen Euro", 142e6, qualifier="gt"),
     pct("3,3 Prozent", 3.3, cats=DC), eur("fast 68 Millionen Euro", 68e6, qualifier="lt")],
    [nc("dritten Quartal", "ordinal")])
row("n37-03", "de", "https://www.news-in-industry.de/?p=112551", None,
    "Der Konzernumsatz der Gruppe fiel im ersten Quartal 2013 im Vergleich zur Vorjahresperiode um 10,2 Prozent auf "
    "110,9 Mio. Euro (123,5 Mio. Euro), der Gewinn (Periodenergebnis) brach um 62 Prozent auf 2,9 Mio. Euro (7,6 Mio. "
    "Euro) ein. Damit fiel das Ergebnis je Aktie von 0,33 Euro auf 0,13 Euro. Der operative Gewinn (Ebit) halbierte "
    "sich von 8,9 Mio. Euro auf 4,1 Mio. Euro, teilte das Unternehmen am Mittwoch ad hoc mit.",
    [pct("10,2 Prozent", 10.2, direction=DOWN, cats=DC + ("decline_word",)), eur("110,9 Mio. Euro", 110.9e6),
     eur("123,5 Mio. Euro", 123.5e6, cats=("currency_name", "scale_word", "parenthesised")),
     pct("62 Prozent", 62, direction=DOWN, cats=("percent_word", "decline_word")), eur("2,9 Mio. Euro", 2.9e6),
     eur("7,6 Mio. Euro", 7.6e6, cats=("currency_name", "scale_word", "parenthesised")),
     eur("0,33 Euro", 0.33, "ratio", cats=("currency_name", "per_unit")),
     eur("0,13 Euro", 0.13, "ratio", cats=("currency_name", "per_unit")),
     eur("8,9 Mio. Euro", 8.9e6), eur("4,1 Mio. Euro", 4.1e6)],
    [nc("ersten Quartal 2013", "date")])

# --- Italian: company results (marketinsight, Il Tempo); amounts without a currency word are the euro ---
row("n37-04", "it", "https://marketinsight.it/2017/08/03/campari-2q-2017-cresce-fatturato-124", "2017-08-03",
    "Nel secondo trimestre 2017 il gruppo riporta ricavi pari a 468,1 milioni, in crescita del 12,4% rispetto al "
    "corrispondente periodo dell’anno precedente. Una dinamica positiva che si mantiene, pur rallentando, a livello sia "
    "di Ebitda che di Ebit, che aumentano rispettivamente del 7,5% a 113,1 milioni e del 7% a 99 milioni. Per contro "
    "l’utile ante imposte segna una contrazione del 19,6% a 54,9 milioni. Dal lato patrimoniale l’indebitamento "
    "finanziario netto ammonta a 1.252,8 milioni, in aumento di 46,5 milioni rispetto a fine marzo 2017.",
    [eur("468,1 milioni", 468.1e6, cats=("scale_word", "unit_from_context")), pct("12,4%", 12.4, cats=PC),
     pct("7,5%", 7.5, cats=PC), eur("113,1 milioni", 113.1e6, cats=("scale_word", "unit_from_context")),
     pct("7%", 7), eur("99 milioni", 99e6, cats=("scale_word", "unit_from_context")),
     pct("19,6%", 19.6, direction=DOWN, cats=PC + ("decline_word",)),
     eur("54,9 milioni", 54.9e6, cats=("scale_word", "unit_from_context")),
     eur("1.252,8 milioni", 1252.8e6, cats=("scale_word", "unit_from_context", "decimal_comma")),
     eur("46,5 milioni", 46.5e6, "change", UP, cats=("scale_word", "unit_from_context"))],
    [nc("secondo trimestre 2017", "date"), nc("fine marzo 2017", "date")])
row("n37-05", "it", "https://iltempo.it/economia/2011/11/16/news/utile-del-trimestre-in-crescita-restano-le-perdite-783100/amp",
    "2011-11-16",
    "Escludendola svalutazione il risultato netto ammonterebbe a 2 milioni (+8,6%). I ricavi sono cresciuti del 10,9% "
    "a 22.059 milioni. Ma è svolta comunque nel terzo trimestre : il debito scende sotto la soglia psicologica dei 30 "
    "miliardi (29,94 miliardi) e tutti e tre i mercati, non solo Brasile e Argentina ma anche l'Italia «migliorano "
    "notevolmente e performano in modo molto soddisfacente» commenta il presidente esecutivo Franco Bernabè (nella "
    "foto) presentando i conti alla comunità finanziaria, che li festeggia con un rialzo in Borsa del 5%. E sempre nel "
    "trimestre l'utile consolidato segna un balzo a 807 milioni di euro (+32,7%). Migliorano visibilmente i risultati "
    "delle attività domestiche: l'erosione dei ricavi nel terzo trimestre si riduce nel fisso a -2,8% (da -5,1% nel "
    "precedente trimestre) e nel mobile a -6,5% (da -7,6%).",
    [eur("2 milioni", 2e6, cats=("scale_word", "unit_from_context")),
     pct("+8,6%", 8.6, cats=PC + ("plus_sign", "parenthesised")), pct("10,9%", 10.9, cats=PC),
     eur("22.059 milioni", 22059e6, cats=("scale_word", "unit_from_context")),
     eur("30 miliardi", 30e9, cats=("scale_word", "unit_from_context")),
     eur("29,94 miliardi", 29.94e9, cats=("scale_word", "unit_from_context", "parenthesised")),
     pct("5%", 5), eur("807 milioni di euro", 807e6),
     pct("+32,7%", 32.7, cats=PC + ("plus_sign", "parenthesised")),
     pct("-2,8%", -2.8, direction=DOWN, cats=PC + ("negative_sign",)),
     pct("-5,1%", -5.1, direction=DOWN, cats=PC + ("negative_sign", "parenthesised")),
     pct("-6,5%", -6.5, direction=DOWN, cats=PC + ("negative_sign",)),
     pct("-7,6%", -7.6, direction=DOWN, cats=PC + ("negative_sign", "parenthesised"))],
    [nc("terzo trimestre", "ordinal"), nc("tutti e tre", "enumeration")])

# --- Dutch (Netherlands and Flanders): company results ---
row("n37-06", "nl", "http://www.rd.nl/vandaag/economie/philips-behaalt-meer-omzet-en-winst-1.1395661", "2017-04",
    "De omzet, inclusief die van de verzelfstandigde verlichtingsdivisie waar Philips nog een meerderheidsbelang in "
    "heeft, groeide met 2 procent naar 5,7 miljard euro. De eigen activiteiten op het gebied van gezondheidszorg en "
    "persoonlijke verzorging waren goed voor een groei van de vergelijkbare opbrengsten van 3 procent. "
    "Het bedrijfsresultaat (ebita) voor eenmalige posten nam met bijna een vijfde toe naar 442 miljoen euro. De "
    "nettowinst viel met 259 miljoen euro zeven keer zo hoog uit als een jaar eerder.",
    [pct("2 procent", 2, cats=("percent_word",)), eur("5,7 miljard euro", 5.7e9),
     pct("3 procent", 3, cats=("percent_word",)),
     pct("bijna een vijfde", 20, qualifier="lt", cats=("fraction_word", "qualifier")),
     eur("442 miljoen euro", 442e6), eur("259 miljoen euro", 259e6),
     q("zeven keer zo hoog", 7, "x", "change", direction=UP, cats=("multiple_words",))])
row("n37-07", "nl", "https://www.tijd.be/ondernemen/logistiek/Bpost-versterkt-management-na-moeizaam-kwartaal/10345190",
    "2021-11",
    "Uiteindelijk leverde de stabiele groepsomzet een aangepaste bedrijfswinst op van 39,1 miljoen euro. Dat is wel "
    "30,4 miljoen euro minder dan een jaar geleden. Topman Dirk Tirez is niet verrast. 'Zoals verwacht is het derde "
    "kwartaal zachter en in lijn met de sector. We hebben stevige fundamenten gelegd waardoor we vertrouwen blijven "
    "stellen in de eindejaarspiek en in de verwezenlijking van onze opgewaardeerde verwachtingen voor het volledige "
    "jaar, namelijk een bedrijfswinst van meer dan 340 miljoen euro.'",
    [eur("39,1 miljoen euro", 39.1e6), eur("30,4 miljoen euro", 30.4e6, "change", DOWN,
                                           cats=("currency_name", "scale_word", "decline_word")),
     eur("meer dan 340 miljoen euro", 340e6, qualifier="gt")],
    [nc("derde kwartaal", "ordinal")])
row("n37-08", "nl", "https://insidebeleggen.knack.be/beurs/koekjesaandeel-lotus-bakeries-klopt-weer-bel-20/article-normal-1187523.html",
    None,
    "De omzet kwam in de eerste zes maanden uit op 267,5 miljoen euro. Dat is 8,6 miljoen euro of 3,3 procent meer dan "
    "in de eerste helft van 2017. De vergelijkbare omzetgroei tegen constante wisselkoersen ligt op 5,0 procent.",
    [eur("267,5 miljoen euro", 267.5e6), eur("8,6 miljoen euro", 8.6e6, "change", UP),
     pct("3,3 procent", 3.3, cats=DC), pct("5,0 procent", 5.0, cats=DC)],
    [nc("eerste zes maanden", "duration"), nc("eerste helft van 2017", "date")])
row("n37-09", "nl", "https://insidebeleggen.knack.be/beurs/adviezen/aandelen/d-ieteren/article-normal-612463.html", None,
    "De groep zag haar omzet met 10% stijgen en houdt vast aan de verwachting dat het netto courant resultaat dit jaar "
    "met meer dan 10% toeneemt.",
    [pct("met 10%", 10), pct("meer dan 10%", 10, qualifier="gt", cats=("percent", "qualifier"))])

# --- Polish: inflation (RMF24, Dziennik Bałtycki, Rzeczpospolita) ---
PROC = ("percent_abbrev", "decimal_comma")
row("n37-10", "pl", "https://rmf24.pl/fakty/polska/news-inflacja-w-polsce-bije-rekordy-w-kwietniu-to-juz-12-3-proc,nId,5992162",
    "2022-05",
    "Inflacja w Polsce bije kolejne rekordy XXI wieku. W kwietniu wyniosła 12,3 proc. Główny Urząd Statystyczny podał "
    "właśnie najnowsze dane. W kwietniu 2022 r. ceny towarów i usług konsumpcyjnych wg szybkiego szacunku wzrosły w "
    "porównaniu do kwietnia 2021 r. o 12,3 proc. (wskaźnik cen 112,3), a w stosunku do marca 2022 r. wzrosły o 2,0 "
    "proc. (wskaźnik cen 102,0) - podał Główny Urząd Statystyczny. Najnowsze dane GUS negatywnie zaskoczyły, po "
    "pokazały, że w kwietniu inflacja w Polsce wzrosła z 11 do aż 12,3 procent. Najmocniej, bo aż o 28 procent "
    "podrożały w porównaniu z zeszłym rokiem paliwa - tak wylicza GUS. Niemal równie mocno, bo aż o 27 procent droższy "
    "jest prąd i gaz. Żywność natomiast podrożała w porównaniu z zeszłym rokiem o 13 procent. Przy czym tylko w ciągu "
    "tego miesiąca aż o 4 procent. To jest gigantyczny wzrost cen jedzenia.",
    [level("wyniosła 12,3 proc", 12.3, cats=PROC), pct("o 12,3 proc", 12.3, cats=PROC), index("112,3", 112.3),
     pct("2,0 proc", 2.0, cats=PROC), index("102,0", 102.0),
     level("z 11 do", 11, cats=("percent_word", "unit_from_range")), level("aż 12,3 procent", 12.3, cats=DC),
     pct("28 procent", 28, cats=("percent_word",)), pct("27 procent", 27, cats=("percent_word",)),
     pct("13 procent", 13, cats=("percent_word",)), pct("4 procent", 4, cats=("percent_word",))],
    [nc("XXI wieku", "ordinal"), nc("kwietniu 2022 r.", "date"), nc("kwietnia 2021 r.", "date"),
     nc("marca 2022 r.", "date")])
row("n37-11", "pl", "https://dziennikbaltycki.pl/drozyzna-nie-ustepuje-inflacja-znow-podskoczyla-w-ktorym-wojewodztwie-jest-najdrozej-a-w-ktorym-najtaniej/ar/c3-16437921",
    "2022-06",
    "W całym kraju w maju ceny żywności wzrosły średnio o 14,1 proc. rok do roku, a nośników energii o 31,4 proc. Ceny "
    "paliw do prywatnych środków transportu zwiększyły się o 35,4 proc. Jeśli wziąć pod uwagę produkty spożywcze, to "
    "najbardziej (o 25-30 proc. w skali roku) wzrosły ceny oleju, tłuszczów roślinnych, cukru, mięsa wołowego i "
    "pieczywa. Niestety, ekonomiści podkreślają, że szczyt inflacji ciągle jeszcze przed nami.",
    [pct("14,1 proc", 14.1, cats=PROC), pct("31,4 proc", 31.4, cats=PROC), pct("35,4 proc", 35.4, cats=PROC),
     q("25-30 proc", 25, "%", "change", direction=UP, high=30, cats=("percent_abbrev", "range"))])
row("n37-12", "pl", "https://www.rp.pl/spoleczenstwo/art38973731-sondaz-polacy-nie-odczuwaja-spadku-inflacji-w-czasie-codziennych-zakupow",
    "2023-08",
    "Według najnowszych danych podanych przez GUS w lipcu inflacja w Polsce wyniosła 10,8 proc. rok do roku. Od lutego "
    "tego roku, gdy inflacja osiągnęła poziom 18,4 proc. rok do roku tempo wzrostu cen zaczęło spadać - nadal jednak "
    "inflacja utrzymuje się na poziomie znacznie wyższym od celu inflacyjnego, który wynosi 2,5 proc.",
    [level("10,8 proc", 10.8, cats=PROC), level("18,4 proc", 18.4, cats=PROC), level("2,5 proc", 2.5, cats=PROC)])
row("n37-13", "pl", "https://www.rp.pl/spoleczenstwo/art38973731-sondaz-polacy-nie-odczuwaja-spadku-inflacji-w-czasie-codziennych-zakupow",
    "2023-08",
    "Z danych GUS wynika, że ceny żywności i napojów bezalkoholowych wzrosły - rok do roku - o 15,6 proc. Najmocniej w "
    "tej grupie drożał cukier, o 47,9 proc. Mocno rosły też ceny warzyw (o 23,5 proc.), jaj (22,2 proc.), kakao i "
    "czekolada w proszku (19,5 proc.), mięso wieprzowe (18,5 proc.), soki owocowe i warzywne (18 proc.), jogurt, "
    "śmietana, napoje i desery mleczne (18 proc.), kawa (17 proc.), makarony (16,7 proc.). Dwucyfrową wartość wzrostu "
    "cen osiągnęło też m.in. pieczywo (13,3 proc.) i ryż (13,9 proc.), ryby i owoce morza (16 proc.), wędliny (16,1 "
    "proc.), mleko (16,1 proc.), herbata (14,5 proc.), wody mineralne i źródlane (13,9 proc.). Tańsze niż przed rokiem "
    "było masło (o blisko 8 proc.), oleje i tłuszcze, a także mięso drobiowe (o ponad 2 proc.).",
    [pct("15,6 proc", 15.6, cats=PROC), pct("47,9 proc", 47.9, cats=PROC),
     *[pct(s, v, cats=PROC + ("parenthesised",)) for s, v in (
         ("23,5 proc", 23.5), ("22,2 proc", 22.2), ("19,5 proc", 19.5), ("18,5 proc", 18.5), ("(18 proc", 18),
         ("(18 proc", 18), ("17 proc", 17), ("16,7 proc", 16.7), ("13,3 proc", 13.3), ("13,9 proc", 13.9),
         ("(16 proc", 16), ("16,1", 16.1), ("16,1 proc", 16.1), ("14,5 proc", 14.5), ("13,9 proc", 13.9))],
     pct("blisko 8 proc", 8, direction=DOWN, qualifier="lt", cats=("percent_abbrev", "qualifier", "decline_word")),
     pct("ponad 2 proc", 2, direction=DOWN, qualifier="gt", cats=("percent_abbrev", "qualifier", "decline_word"))])
row("n37-14", "pl", "https://www.rp.pl/spoleczenstwo/art38973731-sondaz-polacy-nie-odczuwaja-spadku-inflacji-w-czasie-codziennych-zakupow",
    "2023-08",
    "Spadek tempa wzrostu inflacji oznacza, że ceny nadal rosną rok do roku, ale w wolniejszym tempie. Spadek cen "
    "następuje wówczas, gdy mamy do czynienia z deflacją - czyli wówczas, gdy wartość inflacji jest ujemna. Taką "
    "sytuację mieliśmy w 2015 roku, gdy inflacja roczna wyniosła - 0,9 proc. co oznacza, że w skali całego roku ceny "
    "nieznacznie spadły rok do roku.",
    [level("- 0,9 proc", -0.9, cats=PROC + ("negative_sign",))],
    [nc("2015 roku", "year")])

# --- Turkish: inflation (local press) ---
YZ = ("percent_word_before", "decimal_comma")
row("n37-15", "tr", "https://kdzeregli.net/enflasyon-son-20-yilin-en-yuksek-seviyesinde/?ajax=1", "2022-02",
    "TÜİK, ocakta yıllık enflasyonun yüzde 48,69’a yükseldiğini açıkladı. Bu oran, son 20 yılın en yüksek seviyesi "
    "oldu. Aralıkta oran yüzde 36,08 olarak açıklanmıştı. ENAG ise enflasyonu yüzde 114,87 olarak hesapladı. "
    "Türkiye İstatistik Kurumu (TÜİK), aralıkta yüzde 36,06 olan yıllık tüketici enflasyonunun ocakta yüzde 48,69’a "
    "yükseldiğini açıkladı. Bu oran, Nisan 2002 sonrasındaki 20 yılın en yüksek enflasyonu oldu. "
    "Ekonomistlerin enflasyon tahmini, Bloomberg anketinde yüzde 48, Reuters anketinde yüzde 46,68 olmuştu. "
    "Tüketici fiyat endeksinde (TÜFE) ocakta bir önceki aya göre yüzde 11,10, on iki aylık ortalamalara göre yüzde "
    "22,58 artış gerçekleşti.",
    [level("yüzde 48,69", 48.69, cats=YZ), level("yüzde 36,08", 36.08, cats=YZ), level("yüzde 114,87", 114.87, cats=YZ),
     level("yüzde 36,06", 36.06, cats=YZ), level("yüzde 48,69", 48.69, cats=YZ),
     level("yüzde 48,", 48, cats=("percent_word_before",)), level("yüzde 46,68", 46.68, cats=YZ),
     pct("yüzde 11,10", 11.10, cats=YZ), pct("yüzde 22,58", 22.58, cats=YZ)],
    [nc("son 20 yılın", "duration"), nc("Nisan 2002", "date"), nc("20 yılın", "duration"),
     nc("on iki aylık", "duration")])
row("n37-16", "tr", "https://yenidemokrasi34.net/tuik-ve-enag-enflasyon-verilerini-acikladi.html", "2022-10",
    "HABER MERKEZİ- Türkiye İstatistik Kurumu (TÜİK), eylül ayı Tüketici Fiyat Endeksi (TÜFE) sonuçlarını yayınladı. "
    "Enflasyon eylülde aylık bazda yüzde 3,08 artarken yıllık bazda yüzde 83,45 oldu. Tüketici Fiyat Endeksi (TÜFE) "
    "eylülde aylık bazda yüzde 3,08, Yurt İçi Üretici Fiyat Endeksi (Yİ-ÜFE) yüzde 4,78 artış gösterdi. Yıllık "
    "enflasyon tüketici fiyatlarında yüzde 83,45, yurt içi üretici fiyatlarında yüzde 151,5 olarak kaydedildi. TÜİK "
    "ağustos ayında enflasyonu yıllık bazda yüzde 80,21 olarak hesaplamıştı.",
    [pct("yüzde 3,08 artarken", 3.08, cats=YZ), level("yüzde 83,45 oldu", 83.45, cats=YZ),
     pct("yüzde 3,08,", 3.08, cats=YZ), pct("yüzde 4,78", 4.78, cats=YZ), level("yüzde 83,45,", 83.45, cats=YZ),
     level("yüzde 151,5", 151.5, cats=YZ), level("yüzde 80,21", 80.21, cats=YZ)])
row("n37-17", "tr", "https://yenidemokrasi34.net/tuik-ve-enag-enflasyon-verilerini-acikladi.html", "2022-10",
    "ENAG, hesaplamalarına göre tüketici fiyat endeksi (TÜFE) eylül ayında bir önceki aya göre yüzde 5,3 oranında "
    "arttı. Akademisyenlerden oluşan Enflasyon Araştırma Grubu’na (ENAG) göre Türkiye’de yıllık enflasyon oranı yüzde "
    "186,27 oldu.",
    [pct("yüzde 5,3", 5.3, cats=YZ), level("yüzde 186,27", 186.27, cats=YZ)])

# --- Indonesian: inflation (BPS releases in the press) ---
row("n37-18", "id", "https://jurnas.com/artikel/7952/BPS-Inflasi-September-022", "2016-10",
    "Jakarta - Badan Pusat Statistik (BPS) merilis inflasi bulan September 2016 sebesar 0,22% dengan indeks harga "
    "konsumen 125,41. \"Inflasi tahun kalender Januari-September 2016 tercatat 1,97% dan inflasi year on year tercatat "
    "3,07%,\" ujar Kepala BPS, Kecuk Suhariyanto, di kantor pusat BPS, Jakarta, Senin (3/9/2016). Inflasi terjadi "
    "karena kenaikan harga, yang terlihat dari kenaikan indeks harga, antara lain pada kelompok makanan jadi, minuman, "
    "rokok, dan tembakau (0,34%); perumahan, air, listrik, gas, dan bahan bakar (0,29%); serta kelompok sandang "
    "(0,13%). Kenaikan indeks harga juga terjadi pada kelompok kesehatan (0,33%); pendidikan, rekreasi, dan olahraga "
    "(0,52%); dan transpor, komunikasi, dan jasa keuangan 0,19%. Sedangkan kelompok bahan makanan mengalami deflasi "
    "(0,07%).",
    [level("0,22%", 0.22, cats=PC), index("125,41", 125.41), level("1,97%", 1.97, cats=PC),
     level("3,07%", 3.07, cats=PC),
     *[pct(s, v, cats=PC + ("parenthesised",)) for s, v in (
         ("0,34%", 0.34), ("0,29%", 0.29), ("0,13%", 0.13), ("0,33%", 0.33), ("0,52%", 0.52))],
     pct("0,19%", 0.19, cats=PC), pct("0,07%", 0.07, direction=DOWN, cats=PC + ("parenthesised", "decline_word"))],
    [nc("September 2016", "date"), nc("Januari-September 2016", "date"), nc("3/9/2016", "date")])
row("n37-19", "id", "https://www.medcom.id/ekonomi/makro/zNAwqZZk-bps-agustus-2018-deflasi-0-05", "2018-09-03",
    "Kepala BPS Suhariyanto mengatakan inflasi secara tahun kalender atau year to date (ytd) tercatat sebesar 2,13 "
    "persen. Sedangkan secara tahun ke tahun atau year on year (yoy) inflasi tercatat sebesar 3,20 persen. "
    "Pemerintah sebelumnya menargetkan inflasi berada pada level 3,5 persen tahun ini. Sementara Bank Indonesia (BI) "
    "memperkirakan inflasi sebesar 3,5 plus minus satu persen pada 2018 ini. Adapun dari 82 kota/kabupaten yang "
    "disurvei oleh BPS, sebanyak 52 kota/kabupaten mengalami deflasi dan 30 kota/kabupaten mengalami deflasi. Deflasi "
    "tertinggi terjadi di Bau-Bau sebesar 2,49 persen dengan IHK sebesar 134,76, sementara deflasi terendah terjadi "
    "di Jember sebesar 0,01 persen dengan IHK sebesar 129,38.",
    [level("2,13 persen", 2.13, cats=DC), level("3,20 persen", 3.20, cats=DC), level("3,5 persen", 3.5, cats=DC),
     q("3,5 plus minus satu persen", 2.5, "%", "level", high=4.5, cats=("percent_word", "plus_minus")),
     count("82 kota/kabupaten", 82), count("52 kota/kabupaten", 52), count("30 kota/kabupaten", 30),
     pct("2,49 persen", 2.49, direction=DOWN, cats=DC + ("decline_word",)), index("134,76", 134.76),
     pct("0,01 persen", 0.01, direction=DOWN, cats=DC + ("decline_word",)), index("129,38", 129.38)],
    [nc("2018", "year")])

# --- English: US markets and company results ---
row("n37-20", "en", "https://www.foxbusiness.com/markets/stocks-little-changed-after-tariff-delay", "2018-05-01",
    "The Dow Jones Industrial Average dropped 64.10 points, or 0.27%, to 24,099.05. The S&P 500 ticked 6.75 points "
    "higher, or 0.24%, to 2,654.80. The Nasdaq Composite gained 64.44 points, or 0.91%, to 7,130.70.",
    [points("64.10 points", 64.10, "change", DOWN), pct("0.27%", 0.27, direction=DOWN, cats=("percent", "decline_word")),
     points("24,099.05", 24099.05, cats=("index_points", "unit_from_context")),
     points("6.75 points", 6.75, "change", UP), pct("0.24%", 0.24),
     points("2,654.80", 2654.80, cats=("index_points", "unit_from_context")),
     points("64.44 points", 64.44, "change", UP), pct("0.91%", 0.91),
     points("7,130.70", 7130.70, cats=("index_points", "unit_from_context"))],
    [nc("S&P 500", "model_name")])
row("n37-21", "en", "https://www.foxbusiness.com/markets/stocks-little-changed-after-tariff-delay", "2018-05-01",
    "The U.S. announced in March a 25% tariff on imported steel and a 10% tariff on aluminum, but the White House said "
    "some nations would not be subject to the new levies. Trump had faced a self-imposed midnight deadline to approve "
    "permanent exemptions.",
    [level("25%", 25), level("10%", 10)])
row("n37-22", "en", "https://www.foxbusiness.com/markets/stocks-little-changed-after-tariff-delay", "2018-05-01",
    "Shares of Match Group, the owner of Match.com and Tinder, tumbled 22% after Facebook CEO Mark Zuckerberg said the "
    "social media giant will launch an online dating service. Apple shares rallied 2.3% ahead of the company's "
    "quarterly earnings report.",
    [pct("22%", 22, direction=DOWN, cats=("percent", "decline_word")), pct("2.3%", 2.3)])
row("n37-23", "en", "http://www.gurufocus.com/news/1144416/us-indexes-close-lower-thursday", "2020-05-21",
    "The Dow Jones Industrial Average closed at 24,499.47 on Thursday with a loss of 76.43 points or -0.31%. The S&P "
    "500 closed at 2,953.02 for a loss of 18.59 points or -0.63%. The Nasdaq Composite closed at 9,284.88 for a loss "
    "of 90.90 points or -0.97%. The VIX Volatility Index was higher at 29.53 for a gain of 1.54 points or 5.50%.",
    [points("24,499.47", 24499.47, cats=("index_points", "unit_from_context")),
     points("76.43 points", 76.43, "change", DOWN),
     pct("-0.31%", -0.31, direction=DOWN, cats=("percent", "negative_sign")),
     points("2,953.02", 2953.02, cats=("index_points", "unit_from_context")),
     points("18.59 points", 18.59, "change", DOWN),
     pct("-0.63%", -0.63, direction=DOWN, cats=("percent", "negative_sign")),
     points("9,284.88", 9284.88, cats=("index_points", "unit_from_context")),
     points("90.90 points", 90.90, "change", DOWN),
     pct("-0.97%", -0.97, direction=DOWN, cats=("percent", "negative_sign")),
     points("29.53", 29.53, cats=("index_points", "unit_from_context")),
     points("1.54 points", 1.54, "change", UP), pct("5.50%", 5.50)])
row("n37-24", "en", "http://www.gurufocus.com/news/1144416/us-indexes-close-lower-thursday", "2020-05-21",
    "U.S. indexes closed lower Thursday, with investors giving back some of yesterday’s gains. Globally, coronavirus "
    "cases surpassed 5 million. A report from the Wall Street Journal also said approximately 3% of credit cards are "
    "in deferral programs. Across the U.S., all 50 states have begun some sort of controlled reopening.",
    [count("5 million", 5e6, qualifier="gt", cats=("count", "scale_word", "qualifier")),
     pct("approximately 3%", 3, "share", None, "approx", cats=("percent", "qualifier")),
     count("50 states", 50)])
row("n37-25", "en", "http://www.gurufocus.com/news/1144416/us-indexes-close-lower-thursday", "2020-05-21",
    "New York Mortgage Trust (NYMT): Reported net interest income of $47.08 million, increasing 79.7% year over year "
    "and beating estimates by $2.95 million. The first-quarter GAAP earnings loss was $1.71 per share. "
    "Best Buy (BBY): Revenue of $8.56 billion decreased 6.3% year over year and beat estimates by $300 million. "
    "First-quarter GAAP earnings of 61 cents per share beat estimates by 20 cents and non-GAAP EPS of 67 cents beat "
    "estimates by 26 cents.",
    [usd("$47.08 million", 47.08e6), pct("79.7%", 79.7), usd("$2.95 million", 2.95e6, "change", UP),
     usd("$1.71 per share", 1.71, "ratio", cats=("currency_symbol", "per_unit")),
     usd("$8.56 billion", 8.56e9), pct("6.3%", 6.3, direction=DOWN, cats=("percent", "decline_word")),
     usd("$300 million", 300e6, "change", UP),
     usd("61 cents per share", 0.61, "ratio", cats=("minor_unit", "per_unit")),
     usd("20 cents", 0.20, "change", UP, cats=("minor_unit",)),
     usd("67 cents", 0.67, "ratio", cats=("minor_unit", "per_unit", "unit_from_context")),
     usd("26 cents", 0.26, "change", UP, cats=("minor_unit",))],
    [nc("first-quarter", "ordinal"), nc("First-quarter", "ordinal")])
row("n37-26", "en", "http://www.gurufocus.com/news/1144416/us-indexes-close-lower-thursday", "2020-05-21",
    "A reported 2.438 million people filed for jobless claims, down from 2.687 million in the previous week. "
    "Continuing jobless claims increased to 25.073 million from 22.548 million.",
    [count("2.438 million", 2.438e6), count("2.687 million", 2.687e6), count("25.073 million", 25.073e6),
     count("22.548 million", 22.548e6)])
row("n37-27", "en", "http://tradingfromthebasement.blogspot.com/2013/09/blackberry-reports-large-second-quarter.html",
    "2013-09",
    "Revenue for the quarter ended Aug. 31 was at $1.6 billion, with a net loss of $965 million, or $1.84 a share. "
    "That compares with revenue of $2.9 billion and a loss of $229 million, or 44 cents a share, for the same quarter "
    "last year. Adjusted net loss from continuing operations was $248 million, or 47 cents per share. The per-share "
    "loss was on the low side of the 47 cent-to-51-cent range that BlackBerry warned of last week, when it announced "
    "preliminary results and plans to lay off 4,500 employees. Wall Street analysts had expected a loss of 49 cents a "
    "share.",
    [usd("$1.6 billion", 1.6e9), usd("$965 million", 965e6, "change", DOWN, cats=LOSS),
     usd("$1.84 a share", 1.84, "ratio", cats=("currency_symbol", "per_unit")), usd("$2.9 billion", 2.9e9),
     usd("$229 million", 229e6, "change", DOWN, cats=LOSS), usd("44 cents a share", 0.44, "ratio", cats=("minor_unit", "per_unit")),
     usd("$248 million", 248e6), usd("47 cents per share", 0.47, "ratio", cats=("minor_unit", "per_unit")),
     usd("47 cent-to-51-cent", 0.47, "ratio", high=0.51, cats=("minor_unit", "range", "per_unit")),
     count("4,500 employees", 4500), usd("49 cents a share", 0.49, "change", DOWN, cats=("minor_unit", "per_unit", "loss_of"))],
    [nc("Aug. 31", "date")])
row("n37-28", "en", "http://tradingfromthebasement.blogspot.com/2013/09/blackberry-reports-large-second-quarter.html",
    "2013-09",
    "Most of the financial results tracked last week's announcement. But BlackBerry disclosed that its operations "
    "consumed roughly $136 million in cash. That compares with $630 million in cash flow from operations in the "
    "previous quarter that ended June 1.",
    [usd("roughly $136 million", 136e6, qualifier="approx", cats=("currency_symbol", "qualifier")),
     usd("$630 million", 630e6)],
    [nc("June 1", "date")])
row("n37-29", "en", "https://investingchannel.com/article/588130/bank-downgrade-triggers-selloff-dow-loses-150", "2023-08",
    "The Dow Jones Industrials descended 158.84 points to close Tuesday at 35,314.29, ed by a decline in Goldman Sachs. "
    "Monday, the 30-stock index had had its best day since June 15. The S&P 500 index lost 19.06 points to 4,499.38. "
    "The NASDAQ index fell 210.85 points, or 1.5%, to 13,783.55. putting it down more than 3% month to date.",
    [points("158.84 points", 158.84, "change", DOWN),
     points("35,314.29", 35314.29, cats=("index_points", "unit_from_context")),
     points("19.06 points", 19.06, "change", DOWN),
     points("4,499.38", 4499.38, cats=("index_points", "unit_from_context")),
     points("210.85 points", 210.85, "change", DOWN), pct("1.5%", 1.5, direction=DOWN, cats=("percent", "decline_word")),
     points("13,783.55", 13783.55, cats=("index_points", "unit_from_context")),
     pct("more than 3%", 3, direction=DOWN, qualifier="gt", cats=("percent", "qualifier", "decline_word"))],
    [nc("30-stock", "index_name"), nc("June 15", "date"), nc("S&P 500", "model_name")])
row("n37-30", "en", "https://investingchannel.com/article/588130/bank-downgrade-triggers-selloff-dow-loses-150", "2023-08",
    "Prices for the 10-year Treasury gained sharply, lowering yields to 4.02% from Monday’s 4.08%. Treasury prices and "
    "yields move in opposite directions. Oil prices regained 93 cents to $82.87 U.S. a barrel. Gold prices slid $10.60 "
    "to $1,959.40 U.S. an ounce.",
    [level("4.02%", 4.02), level("4.08%", 4.08),
     usd("93 cents", 0.93, "change", UP, unit="USD/bbl", cats=("minor_unit", "unit_from_context")),
     usd("$82.87 U.S. a barrel", 82.87, "ratio", unit="USD/bbl", cats=("currency_symbol", "per_unit")),
     usd("$10.60", 10.60, "change", DOWN, unit="USD/oz", cats=("currency_symbol", "unit_from_context", "decline_word")),
     usd("$1,959.40 U.S. an ounce", 1959.40, "ratio", unit="USD/oz", cats=("currency_symbol", "per_unit"))],
    [nc("10-year", "duration")])


if __name__ == "__main__":
    write_passages(OUT, ROWS)
