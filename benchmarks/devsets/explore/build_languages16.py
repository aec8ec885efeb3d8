"""Writes benchmarks/devsets/explore/languages16.jsonl (labels by hand from ../shared/reference-sources).

Pass 16 (lang16): claims in languages languages.json did not list — Georgian, Hungarian, Croatian,
Slovenian, Azerbaijani, Greek, Vietnamese, Uzbek (Latin), Mongolian, Armenian, Chinese, Japanese —
verbatim from stored pages (`pages` corpus), none cited by another dev or explore set.

    python3 benchmarks/devsets/explore/build_languages16.py benchmarks/devsets/explore/languages16.jsonl
"""
import sys

from labelling import INF, LabelledRows, ev, none

# trimmed to the brief's 35-45 after a first draft of 47 (before any run): repeats of a class already covered
DROP = frozenset({"10.4 პროცენტი", "14,5 foiz", "9,1%-ով", "12.2 хувьтай"})
rows = LabelledRows("languages16", "xlang16", DROP)


def add(text: str, claim: str, verdict: str, evidence: dict, why: str, url: str, published: str | None,
        country: str | None, context: str | None = None, context_from: str | None = None, lang: str | None = None) -> None:
    rows.add(text, claim, verdict, evidence, why, url, published, country, context, context_from, lang=lang)


GEO21, GEO22 = ev(INF, "Georgia", "2021", 9.56691433824769), ev(INF, "Georgia", "2022", 11.8981654203198)

# --- Georgia (Georgian): Geostat's monthly 12-month rates
u = "https://old.business-partner.ge/ekonomika/tebervalshi-inflatsia-137-iqo"
t = "საქსტატის მონაცემებით, 2022 წლის თებერვალში წლიურმა ინფლაციამ 13.7% შეადგინა; წინა თვესთან შედარებით კი ინფლაციის დონე 0.9%-ით განისაზღვრა."
add(t, "13.7%", "needs_review", GEO22, "February 2022 on February 2021 vs the 2022 average 11.90: another period", u, "2022-03-02", "Georgia", lang="ka")
t = "რაც შეეხება საბაზო ინფლაციას, აღნიშნულმა მაჩვენებელმა 2022 წლის თებერვალში, გასული წლის შესაბამის პერიოდთან შედარებით 5.1% შეადგინა, თამბაქოს გარეშე წლიური საბაზო ინფლაციის მაჩვენებელი ასევე 5.1%-ით განისაზღვრა."
add(t, "5.1% შეადგინა", "unsupported", none("core inflation: no such series", "Georgia"), "core CPI ('საბაზო ინფლაცია'): the rows are headline CPI", u, "2022-03-02", "Georgia",
    "საქსტატის მონაცემებით, 2022 წლის თებერვალში წლიურმა ინფლაციამ 13.7% შეადგინა; წინა თვესთან შედარებით კი ინფლაციის დონე 0.9%-ით განისაზღვრა.", "previous sentence", lang="ka")
t = "შეგახსენებთ, რომ 2021 წელს ქვეყანაში 13.9% იყო, იგივე მაჩვენებელი იყო 2022 წლის იანვარშიც."
add(t, "13.9%", "needs_review", GEO21, "2021's December-on-December rate, said as the year, vs the 2021 average 9.57", u, "2022-03-02", "Georgia",
    "საქსტატის მონაცემებით, 2022 წლის თებერვალში წლიურმა ინფლაციამ 13.7% შეადგინა; წინა თვესთან შედარებით კი ინფლაციის დონე 0.9%-ით განისაზღვრა.", "an earlier paragraph", lang="ka")
u = "http://kvira.ge/742729"
t = "სტატისტიკის ეროვნული სამსახურის მონაცემებით, 2022 წლის მარტში, წინა თვესთან შედარებით, ინფლაციის დონემ საქართველოში 2.5 პროცენტი, ხოლო წლიური ინფლაციის დონემ 11.8 პროცენტი შეადგინა."
add(t, "11.8 პროცენტი", "needs_review", GEO22, "March 2022's 12-month rate; the 2022 average 11.90 fits 11.8's band, but it is another period (supported would be a silent pass)", u, None, "Georgia", lang="ka")
u = "https://odishinews.ge/2022/12/02/tsliurma-inphlatsiam-10-4-sheadgina-saqstati"
t = "საქსტატის მონაცემებით, 2022 წლის ნოემბერში წინა თვესთან შედარებით ინფლაციის დონემ საქართველოში 0.5%, ხოლო წლიური ინფლაციის დონემ 10.4 პროცენტი შეადგინა."
add(t, "10.4 პროცენტი", "needs_review", GEO22, "November 2022's 12-month rate vs the 2022 average 11.90", u, None, "Georgia", lang="ka")

# --- Hungary (Hungarian)
u = "https://hodpress.hu/amp/inflacio-magyarorszagon-26-eves-rekord-dolt-meg"
title = "# Infláció Magyarországon: 26 éves rekord dőlt meg"
t = "Decemberben a fogyasztói árak átlagosan 24,5 százalékkal haladták meg az egy évvel korábbit, a fogyasztói árak egy hónap alatt átlagosan 1,9 százalékkal nőttek, 2022-ben pedig átlagosan 14,5 százalékkal emelkedtek az előző évhez képest – derül ki a Központi Statisztikai Hivatal (KSH) pénteki jelentéséből."
add(t, "24,5 százalékkal", "needs_review", ev(INF, "Hungary", "2022", 14.6081439492433), "December 2022 on December 2021 vs the 2022 average 14.61", u, None, "Hungary", title, "title", lang="hu")
t = "2022-ben az előző évhez képest a fogyasztói árak átlagosan 14,5 százalékkal nőttek, ezen belül a legnagyobb mértékben az élelmiszerek drágultak 26 százalékkal."
add(t, "14,5 százalékkal", "supported", ev(INF, "Hungary", "2022", 14.6081439492433), "14.61 within 14.5's band [14.38, 14.62]", u, None, "Hungary", title, "title", lang="hu")
add(t, "26 százalékkal", "unsupported", none("food prices: no such series", "Hungary"), "food CPI: the rows are the whole basket", u, None, "Hungary", title, "title", lang="hu")
u = "https://gazdasagportal.hu/index.php/tovabbra-is-14-eves-csucson-az-aremelkedes-merteke/"
t = "Inflációs adatokat tett közzé a KSH: 2021 decemberében a fogyasztói árak átlagosan 7,4%-kal magasabbak voltak az egy évvel korábbinál."
add(t, "7,4%-kal", "needs_review", ev(INF, "Hungary", "2021", 5.11096534382855), "December 2021 on December 2020 vs the 2021 average 5.11; the place only through KSH", u, "2022-01", "Hungary", lang="hu")
t = "2021-ben pedig átlagosan 5,1%-kal emelkedtek az előző évhez képest."
add(t, "5,1%-kal", "supported", ev(INF, "Hungary", "2021", 5.11096534382855), "5.11 within 5.1's band; the place only through KSH (Hungary's statistical office) in the sentence before", u, "2022-01", "Hungary",
    "Inflációs adatokat tett közzé a KSH: 2021 decemberében a fogyasztói árak átlagosan 7,4%-kal magasabbak voltak az egy évvel korábbinál. A fogyasztói árak egy hónap alatt átlagosan 0,3%-kal nőttek.", "the two previous sentences", lang="hu")
# Slovakia in Hungarian (a Hungarian-language Slovak paper): the place only in the host
u = "https://parameter.sk/harminc-eve-volt-utoljara-ilyen-magas-az-inflacio-mint-tavaly-decemberben-azonban-mar-lassult"
t = "2022-ben átlagosan, az egész évet nézve 12,8 százalékkal fizettünk többet 2021-hez képest, jelentette pénteken a Statisztikai Hivatal."
add(t, "12,8 százalékkal", "supported", ev(INF, "Slovak Republic", "2022", 12.7741463637611), "12.77 within 12.8's band; 'we paid more' of a Slovak paper (host parameter.sk): Slovakia's 2022 average", u, "2023-01", "Slovak Republic", lang="hu")

# --- Croatia (Croatian; Serbian and Slovenian copy about Croatia)
u = "https://operando.hr/inflacija-u-2022-godini/"
t = "Potrošačke cijene u Hrvatskoj porasle su u prosincu za 13,1%, dok je inflacija u cijeloj 2022. iznosila 10,8%."
add(t, "13,1%", "needs_review", ev(INF, "Croatia", "2022", 10.7805806758686), "December 2022 on December 2021 vs the 2022 average 10.78", u, None, "Croatia", lang="hr")
add(t, "10,8%", "supported", ev(INF, "Croatia", "2022", 10.7805806758686), "10.78 within 10.8's band; 'u cijeloj 2022.' is the whole year", u, None, "Croatia", lang="hr")
t = "Prema HIPC (harmoniziranom indeksu potrošačkih cijena), koji predstavlja usporedivu mjeru inflacije sa zemljama Europske unije, inflacija je na godišnjoj razini iznosila 12,7%."
add(t, "12,7%", "unsupported", none("HICP: no such series", "Croatia"), "Eurostat's harmonised index; the rows are the national CPI", u, None, "Croatia",
    "Potrošačke cijene u Hrvatskoj porasle su u prosincu za 13,1%, dok je inflacija u cijeloj 2022. iznosila 10,8%.", "an earlier paragraph", lang="hr")
u = "https://podaci.dzs.hr/2021/hr/10032"
t = "U odnosu na prosinac 2020., tj. na godišnjoj razini, u prosjeku su više za 5,5%, dok su u godišnjem prosjeku više za 2,6%."
ctx = "Cijene dobara i usluga za osobnu potrošnju, mjerene indeksom potrošačkih cijena, u prosincu 2021. u odnosu na studeni 2021. u prosjeku su ostale na istoj razini."
add(t, "5,5%", "needs_review", ev(INF, "Croatia", "2021", 2.55450699642041), "December 2021 on December 2020 vs the 2021 average 2.55; the place only through the bureau's address (dzs.hr)", u, "2022-01-17", "Croatia", ctx, "previous sentence", lang="hr")
add(t, "2,6%", "supported", ev(INF, "Croatia", "2021", 2.55450699642041), "the year's average ('u godišnjem prosjeku') 2.55 within 2.6's band [2.537, 2.663]", u, "2022-01-17", "Croatia", ctx, "previous sentence", lang="hr")
u = "https://dnevnik.rs/ekonomija/naslovi/inflacija-u-hrvatskoj-u-proseku-131-odsto-na-godisnem-nivou-17-01-2023"
t = "Државни завод за статистику објавио је годишњи просек према којем су цене у Хрватској више за 10.8 одсто у односу на 2021. годину."
add(t, "10.8 одсто", "supported", ev(INF, "Croatia", "2022", 10.7805806758686), "the yearly average over 2021 = 2022's: 10.78 within 10.8's band", u, "2023-01-17", "Croatia", lang="sr")
u = "https://www.sta.si/3050039/na-hrvaskem-letna-inflacija-maja-z-10-8-odstotka-na-novem-rekordu"
t = "Zagreb, 16. junija - Letna inflacija na Hrvaškem je maja znašala 10,8 odstotka."
add(t, "10,8 odstotka", "needs_review", ev(INF, "Croatia", "2022", 10.7805806758686), "May 2022's 12-month rate; the 2022 average 10.78 fits the band but is another period", u, "2022-06", "Croatia", lang="sl")
t = "Pred tem je bila inflacija najvišja julija 2008, ko je znašala 8,4 odstotka."
add(t, "8,4 odstotka", "needs_review", ev(INF, "Croatia", "2008", 6.07696838798354), "July 2008's 12-month rate vs the 2008 average 6.08", u, "2022-06", "Croatia",
    "To je nov rekord, potem ko so cene že aprila porasle za dotlej najvišjih 9,4 odstotka.", "previous sentence", lang="sl")

# --- Slovenia (Slovenian)
u = "https://www.delo.si/gospodarstvo/novice/slovenija-leto-2022-zakljucuje-z-103-odstotno-inflacijo/"
t = "Slovenija leto 2022 zaključuje z visoko, 10,3-odstotno inflacijo."
add(t, "10,3-odstotno", "needs_review", ev(INF, "Slovenia", "2022", 8.83369886749452), "the year's close (December on December) vs the 2022 average 8.83", u, "2022-12", "Slovenia", lang="sl")
t = "Letna rast cen, merjena z evropsko primerljivim harmoniziranim indeksom cen življenjskih potrebščin (HICP), je bila sicer še nekoliko višja, 10,8-odstotna (v prejšnjem decembru je bila denimo 5,1-odstotna)."
add(t, "10,8-odstotna", "unsupported", none("HICP: no such series", "Slovenia"), "the harmonised index (HICP); the rows are the national CPI", u, "2022-12", "Slovenia",
    "Slovenija leto 2022 zaključuje z visoko, 10,3-odstotno inflacijo.", "an earlier paragraph", lang="sl")
u = "https://www.24ur.com/novice/slovenija/inflacija-se-je-ob-koncu-leta-se-nekoliko-okrepila.html"
t = "Od junija naprej je bila letna inflacija v Sloveniji okoli 10 odstotkov ali več, vrhunec je dosegla julija in avgusta z 11 odstotki, še najnižja v tem letu pa je bila marca s 5,4 odstotka."
add(t, "5,4 odstotka", "needs_review", ev(INF, "Slovenia", "2022", 8.83369886749452), "March 2022's 12-month rate vs the 2022 average 8.83", u, "2022-12", "Slovenia", lang="sl")

# --- Azerbaijan (Azerbaijani)
u = "https://fed.az/az/maliyye/quotazerbaycanda-bu-il-inflyasiya-62-65-gelen-il-ise-56-olacaqquot-117984"
t = "Xatırladaq ki, 2021-ci ilin yanvar-sentyabr aylarında Azərbaycanda ortaillik inflyasiya 5,2%, təkcə sentyabrda isə illik inflyasiya 8,5% təşkil edib."
add(t, "5,2%", "needs_review", ev(INF, "Azerbaijan", "2021", 6.65029912708779), "January-September 2021 average vs the 2021 average 6.65", u, None, "Azerbaijan", lang="az")
add(t, "8,5%", "needs_review", ev(INF, "Azerbaijan", "2021", 6.65029912708779), "September 2021's 12-month rate vs the 2021 average 6.65", u, None, "Azerbaijan", lang="az")
t = "2020-ci ildə Azərbaycanda ortaillik inflyasiya 2,8% təşkil edib."
add(t, "2,8%", "supported", ev(INF, "Azerbaijan", "2020", 2.75980947008127), "2020 average ('ortaillik') 2.76 within 2.8's band [2.736, 2.864]", u, None, "Azerbaijan", lang="az")
t = "Beynəlxalq Valyuta Fondunun son proqnozuna görə isə bu il Azərbaycanda istehlak qiymətləri illik 4,4%, 2022-ci ildə isə 3,2% artacaq."
add(t, "3,2%", "needs_review", ev(INF, "Azerbaijan", "2022", 13.8522590144267), "the IMF's forecast for 2022, made in 2021 (a year not complete), vs the 2022 row 13.85", u, None, "Azerbaijan", lang="az")

# --- Greece (Greek)
u = "https://businessenergy.gr/articlenews/35250/%CF%88%CE%B7%CE%BB%CE%AC-%CF%84%CE%B1-%CE%BA%CE%B1%CF%8D%CF%83%CE%B9%CE%BC%CE%B1-%CE%BA%CE%AF%CE%BD%CE%B7%CF%83%CE%B7%CF%82-%CE%B5%CE%BB%CE%BB%CE%B7%CE%BD%CE%B9%CE%BA%CE%AE-%CF%83%CF%84%CE%B1%CF%84%CE%B9%CF%83%CF%84%CE%B9%CE%BA%CE%AE-%CE%B1%CF%81%CF%87%CE%AE-72-o-%CF%80%CE%BB%CE%B7%CE%B8%CF%89%CF%81%CE%B9%CF%83%CE%BC%CF%8C%CF%82-%CF%84%CE%BF-%CE%B4%CE%B5%CE%BA%CE%AD%CE%BC%CE%B2%CF%81%CE%B9%CE%BF"
ctx = "Ο πληθωρισμός διαμορφώθηκε στο 7,2% το Δεκέμβριο 2022 στη χώρα μας, όπως προκύπτει από τα στοιχεία της Ελληνικής Στατιστικής Αρχής (ΕΛΣΤΑΤ)."
add(ctx, "7,2%", "needs_review", ev(INF, "Greece", "2022", 9.64525981280632), "December 2022's 12-month rate vs the 2022 average 9.65", u, None, "Greece", lang="el")
t = "Ο πληθωρισμός για το σύνολο του 2022 παρουσίασε αύξηση 9,6%."
add(t, "9,6%", "supported", ev(INF, "Greece", "2022", 9.64525981280632), "the whole year 2022: 9.65 within 9.6's band [9.50, 9.70]; Greece through 'Ελληνικής Στατιστικής Αρχής' before", u, None, "Greece", ctx, "an earlier paragraph", lang="el")
u = "https://www.eurobank.gr/el/omilos/oikonomikes-analuseis/elliniki-oikonomia/7-imeres-oikonomia-17-01-24"
t = "Σύμφωνα με τα πιο πρόσφατα στοιχεία της ΕΛΣΤΑΤ, ο μέσος ετήσιος πληθωρισμός στην Ελλάδα το 2023 επιβραδύνθηκε στο 4,2% από 9,3% το προηγούμενο έτος."
add(t, "4,2%", "unsupported", none("HICP: no such series (the next sentence names the index)", "Greece"), "the HICP average (ΕνΔΤΚ, named in the next sentence); the national CPI row 3.46 must not judge it", u, None, "Greece", lang="el")
u = "https://marketnews.gr/2696045/sto-62-o-plhthwrismos-ton-ianouario"
t = "Στο 6,2% διαμορφώθηκε η αύξηση του δείκτη τιμών καταναλωτή τον Ιανουάριο του 2022 έναντι του Ιανουαρίου του 2021, σύμφωνα με τα στοιχεία που ανακοίνωσε η Ελληνική Στατιστική Αρχή (ΕΛΣΤΑΤ)."
add(t, "6,2%", "needs_review", ev(INF, "Greece", "2022", 9.64525981280632), "January 2022 on January 2021 vs the 2022 average 9.65", u, None, "Greece", lang="el")

# --- Viet Nam (Vietnamese)
u = "https://vov.gov.vn/lam-phat-nam-2022-duoi-4-dtnew-457445"
ctx = "VOV.VN - Theo Tổng cục Thống kê, lạm phát năm 2022 ở mức 3,15%, đạt mục tiêu Quốc hội đề ra."
t = "Tổng cục Thống kê cho biết, chỉ số giá tiêu dùng (CPI) tháng 12/2022 giảm 0,01% so với tháng trước, tăng 4,55% so với tháng 12/2021."
add(t, "4,55%", "needs_review", ev(INF, "Viet Nam", "2022", 3.15650749963129), "December 2022 on December 2021 vs the 2022 average 3.16", u, "2022-12-29", "Viet Nam", ctx, "the lead", lang="vi")
t = "Tính chung cả năm 2022, CPI tăng 3,15% so với năm 2021, đạt mục tiêu Quốc hội đề ra."
add(t, "3,15%", "supported", ev(INF, "Viet Nam", "2022", 3.15650749963129), "the whole year on 2021: 3.157 within 3.15's band; Viet Nam through the GSO and the host (.vn)", u, "2022-12-29", "Viet Nam", ctx, "the lead", lang="vi")
t = "Lạm phát cơ bản bình quân năm 2022 tăng 2,59% so với năm 2021, thấp hơn mức CPI bình quân chung (tăng 3,15%), điều này phản ánh biến động giá tiêu dùng chủ yếu do giá lương thực, xăng, dầu và gas tăng."
add(t, "2,59%", "unsupported", none("core inflation: no such series", "Viet Nam"), "core inflation ('lạm phát cơ bản')", u, "2022-12-29", "Viet Nam", ctx, "the lead", lang="vi")
u = "https://htv.com.vn/kinh-te-viet-nam-5-thang-dau-nam-tiep-tuc-da-phuc-hoi"
t = "Bình quân 5 tháng đầu năm 2022, CPI tăng 2,25% so với cùng kỳ năm trước."
add(t, "2,25%", "needs_review", ev(INF, "Viet Nam", "2022", 3.15650749963129), "the January-May 2022 average vs the 2022 average 3.16", u, None, "Viet Nam", lang="vi")

# --- Uzbekistan (Uzbek, Latin script)
u = "https://xabardor.uz/uz/post/aprel-oyida-inflyatsiya-qariyb-15-foizni-tashkil-etdi"
t = "Yillik nisbatda iste’mol sektorida narxlarning o‘sish sur’ati 10,4 foizga yetdi (2021-yilda 10,7 foiz va 2020-yilda 14,5 foiz edi)."
ctx = "O‘zbekistonda 2022-yilning aprel oyida iste’mol bozoridagi inflyatsiya 1,5 foizni tashkil etdi."
add(t, "10,4 foizga", "needs_review", ev(INF, "Uzbekistan", "2022", 11.4466436998836), "April 2022's 12-month rate vs the 2022 average 11.45", u, "2022-05-02", "Uzbekistan", ctx, "an earlier paragraph", lang="uz")
add(t, "10,7 foiz", "needs_review", ev(INF, "Uzbekistan", "2021", 10.8492397508122), "the same 12-month rate a year before (April 2021) vs the 2021 average 10.85", u, "2022-05-02", "Uzbekistan", ctx, "an earlier paragraph", lang="uz")
add(t, "14,5 foiz", "needs_review", ev(INF, "Uzbekistan", "2020", 12.8677297362606), "April 2020's 12-month rate vs the 2020 average 12.87", u, "2022-05-02", "Uzbekistan", ctx, "an earlier paragraph", lang="uz")

# --- Mongolia (Mongolian)
u = "http://1212.mn/tables.aspx?TBL_ID=DT_NSO_0400_066V1"
t = "Тайлбар: * - Инфляцийн жилийн дундаж түвшин 2016 онд 0.7 хувь болж, өмнөх оноос 5.9 пунктээр буурахад хүнсний бараа, согтууруулах бус ундааны бүлгийн үнэ 1.5 хувь, тээврийн бүлгийн үнэ 2.2 хувиар буурсан нь голлон нөлөөлсөн байна."
add(t, "0.7 хувь", "supported", ev(INF, "Mongolia", "2016", 0.733272227314397), "the 2016 yearly average ('жилийн дундаж') 0.73 within 0.7's band; Mongolia through the NSO's address (1212.mn)", u, None, "Mongolia", lang="mn")
u = "https://today.mn/archives/12307"
t = "Хэрэглээний бараа, үйлчилгээний үнэ буюу инфляц 2022 оны гуравдугаар сард улсын хэмжээнд өмнөх оны мөн үеэс 14.4 хувь, өмнөх оны эцсээс 4 хувь, өмнөх сараас 0.8 хувиар өссөн талаар Үндэсний статистикийн хороо танилцууллаа."
add(t, "14.4 хувь", "needs_review", ev(INF, "Mongolia", "2022", 15.1479560897226), "March 2022's 12-month rate vs the 2022 average 15.15", u, "2022-04-14", "Mongolia", lang="mn")
u = "https://ganzam.mn/news/infliac-saarsangui"
t = "Инфляцын түвшин 2023 оны гуравдугаар сард улсын хэмжээнд 12.2 хувьтай гарлаа."
add(t, "12.2 хувьтай", "needs_review", ev(INF, "Mongolia", "2023", 10.3475831314339), "March 2023's 12-month rate vs the 2023 average 10.35", u, None, "Mongolia", lang="mn")

# --- Armenia (Armenian)
u = "https://enlightngo.org/post/26270"
t = "Պատերազմ և գնաճ․ Համավարակով և հետպատերազմյան իրողություններով պայմանավորված 2021 թ․-ին Հայաստանում գրանցվել է վերջին 10 տարիների ընթացքում ամենաբարձր գնաճը՝ 7,2%։"
add(t, "7,2%", "supported", ev(INF, "Armenia", "2021", 7.18483629443371), "2021: 7.18 within 7.2's band [7.11, 7.29]", u, None, "Armenia", lang="hy")
u = "https://banksnews.am/5473/"
t = "Վիճակագրական տվյալների համաձայն՝ 2022թ․-ի օգոստոսին՝ 2021թ․-ի նույն ամսվա համեմատ, գներն աճել են 9,1%-ով, իսկ նախորդ ամսվա համեմատ՝ 0,2%-ով։"
add(t, "9,1%-ով", "needs_review", ev(INF, "Armenia", "2022", 8.64091108973855), "August 2022 on August 2021 vs the 2022 average 8.64; the place only through the host (.am)", u, None, "Armenia", lang="hy")
u = "http://blog.mediamall.am/?id=55956"
t = "2015-ի սեպտեմբերին նախորդ տարվա սեպտեմբերի համեմատ Հայաստանի Հանրապետությունում գրանցվել է 3,3 տոկոս գնաճ:"
add(t, "3,3 տոկոս", "needs_review", ev(INF, "Armenia", "2015", 3.73169119261693), "September 2015 on September 2014 vs the 2015 average 3.73", u, None, "Armenia", lang="hy")

# --- China (Chinese, a China News Service story copied)
u = "http://eggplant.noabears.com/W_2351302.html"
ctx = "中新网1月12日电 国家统计局12日发布数据显示,2022年12月份,全国居民消费价格同比上涨1.8%。"
add(ctx, "1.8%", "needs_review", ev(INF, "China", "2022", 1.97357555739051), "December 2022's 12-month rate vs the 2022 average 1.97", u, None, "China", lang="zh")
t = "2022年全年,全国居民消费价格比上年上涨2.0%。"
add(t, "2.0%", "supported", ev(INF, "China", "2022", 1.97357555739051), "the whole year 2022: 1.97 within 2.0's band [1.940, 2.060]; China through its statistics bureau (国家统计局)", u, None, "China", ctx, "an earlier paragraph", lang="zh")

# --- Japan (Japanese)
u = "https://news.mynavi.jp/article/20230120-2569019"
ctx = "総務省は1月20日、2022年の消費者物価指数(CPI、2020年=100)を発表した。"
t = "総合指数は102.3で、前年比は2.5%上昇。"
add(t, "2.5%", "supported", ev(INF, "Japan", "2022", 2.49770278172255), "the headline index's 2022 change 2.50 within 2.5's band; Japan through its ministry (総務省)", u, None, "Japan", ctx, "an earlier paragraph", lang="ja")
t = "それによると、値動きの激しい生鮮食品を除く総合指数(コア指数)は前年比2.3%上昇の102.1となり、3年ぶりに上昇した。"
add(t, "2.3%", "unsupported", none("core CPI (excluding fresh food): no such series", "Japan"), "the core index, not the headline", u, None, "Japan", ctx, "previous sentence", lang="ja")

rows.write(sys.argv[1])
print(rows.summary())
