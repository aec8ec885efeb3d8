"""The common words of a statistics office's release read in the languages news is written in: 'compared with the
same month of the previous year' in German, Dutch, Russian, Ukrainian, Arabic, Turkish, Hindi, Bengali, Nepali,
Georgian and Kazakh; the verbs that say where a rate stood or who reported it ('s'établissait', 'si è attestata',
'se situó', 'ficou', 'meldt', 'повідомила', 'açıkladı', 'აცხადებს'); 'average', 'as of', 'to' before a figure,
'slowed', 'the last census', 'carbon emissions', 'remained'; the Nepali months written with their 'in' ('कात्तिकमा',
'जनवरीमा') and Georgian months' genitives that drop a vowel ('იანვრის', of January). Before these, each sentence
below named a word the checker could not read, so a figure in it was left to a person however plainly the rest named
its measure.

Sentences invented."""

from __future__ import annotations

import pytest
from language_support import glossed

from workbench.languages import detect, unknown_words

READ_WHOLE = [
    ("Le taux de change de l'euro s'établissait à 1,08 dollar en moyenne en février.", "fr"),
    ("Im Vergleich zum gleichen Monat des Vorjahres lag die Teuerung im Oktober bei 3,8 Prozent.", "de"),
    ("Rispetto allo stesso mese dell'anno precedente, l'inflazione si è attestata al 5,3% a ottobre.", "it"),
    ("Respecto al mismo mes del año anterior, la inflación se situó en el 3,5% en octubre.", "es"),
    ("In maart 2024 stegen de consumentenprijzen met 3,1 procent op jaarbasis, meldt het CBS.", "nl"),
    ("Vergeleken met dezelfde maand een jaar eerder bedroeg de inflatie in oktober 0,4 procent.", "nl"),
    ("Em comparação com o mesmo mês do ano anterior, a inflação ficou em 4,8% em outubro.", "pt"),
    ("По сравнению с тем же месяцем прошлого года инфляция в октябре составила 8,5%.", "ru"),
    ("Өткен жылдың сәйкес айымен салыстырғанда инфляция қазанда 10,8% болды.", "kk"),
    ("Ақпанда доллардың орташа бағамы 450 теңге болды.", "kk"),
    ("У березні 2024 року споживчі ціни зросли на 3,2% у річному вимірі, повідомила Держстат.", "uk"),
    ("Порівняно з тим самим місяцем минулого року інфляція в жовтні становила 5,3%.", "uk"),
    ("Викиди CO2 на душу населення знизилися до 3,9 тонни у 2022 році.", "uk"),
    ("مقارنة بالشهر نفسه من العام السابق، بلغ معدل التضخم 5.3% في أكتوبر.", "ar"),
    ("Geçen yılın aynı ayına göre enflasyon ekimde yüzde 61,4 oldu.", "tr"),
    ("Doların şubat ayındaki ortalama kuru 30,9 lira oldu.", "tr"),
    ("जनसंख्या 1 जनवरी को 142 करोड़ तक पहुंच गई।", "hi"),
    ("पिछले साल के इसी महीने की तुलना में अक्टूबर में मुद्रास्फीति 6.2 प्रतिशत रही।", "hi"),
    ("फरवरी में डॉलर की औसत विनिमय दर 83 रुपये रही।", "hi"),
    ("গত বছরের একই মাসের তুলনায় অক্টোবরে মূল্যস্ফীতি ৯.৯ শতাংশ ছিল।", "bn"),
    ("মূল্যস্ফীতি বার্ষিক ভিত্তিতে ৯.৮ শতাংশ হয়েছে।", "bn"),
    ("गत वर्षको सोही महिनाको तुलनामा कात्तिकमा मूल्यवृद्धि ५.५ प्रतिशत पुगेको छ।", "ne"),
    ("चैत २०८० मा उपभोक्ता मुद्रास्फीति वार्षिक बिन्दुगत आधारमा ४.८ प्रतिशत रह्यो।", "ne"),
    ("წინა წლის იმავე თვესთან შედარებით ინფლაციამ ოქტომბერში 0,2% შეადგინა.", "ka"),
    ("თებერვალში დოლარის საშუალო გაცვლითი კურსი 2,65 ლარი იყო.", "ka"),
    ("Փետրվարին դոլարի միջին փոխարժեքը կազմել է 404 դրամ։", "hy"),
    ("2022 թվականին ածխաթթու գազի արտանետումները մեկ շնչի հաշվով նվազել են մինչև 2,4 տոննա։", "hy"),
    ("جمعیت کشور در ابتدای سال به ۸۵ میلیون نفر رسید.", "fa"),
    ("L'inflation a ralenti à 2,9 % en glissement annuel en janvier, après 3,7 % en décembre.", "fr"),
    ("Les émissions de gaz carbonique par tête ont baissé de 3 % l'an dernier.", "fr"),
    ("Su base tendenziale i prezzi al consumo sono cresciuti dell'1,8% a settembre.", "it"),
    ("En tasa interanual, el índice de precios al consumo avanzó un 1,8% en septiembre.", "es"),
    ("El país contaba con 47,4 millones de habitantes según el último padrón.", "es"),
    ("A inflação acumulada em 12 meses recuou para 2,9% em janeiro, ante 3,7% em dezembro.", "pt"),
    ("Годовая инфляция в январе замедлилась до 2,9% после 3,7% в декабре.", "ru"),
    ("Выбросы углекислого газа на одного жителя сократились на 3% за прошлый год.", "ru"),
    ("Кількість населення України зменшилася на 0,2% і становила 37 млн мешканців.", "uk"),
    ("Жылдық инфляция қаңтарда баяулады, бір жылда халық саны өсті.", "kk"),
    ("ارتفع الرقم القياسي لأسعار المستهلكين بنسبة 1.8% خلال سبتمبر مقارنة بالشهر المماثل من العام الماضي.", "ar"),
    ("بلغ عدد السكان 46 مليون نسمة وفق آخر تعداد.", "ar"),
    ("Kişi başına düşen karbon salımı geçen yıl yüzde 3 azaldı.", "tr"),
    ("Adrese dayalı nüfus kayıt sistemine göre nüfus 85 milyon kişiye yükseldi.", "tr"),
    ("जनवरी में खुदरा महंगाई दर घटकर 2.9 प्रतिशत रह गई, जो दिसंबर में 3.7 प्रतिशत थी।", "hi"),
    ("জানুয়ারিতে মূল্যস্ফীতি কমে ২.৯ শতাংশে নেমেছে, যা ডিসেম্বরে ছিল ৩.৭ শতাংশ।", "bn"),
    ("جنوری میں مہنگائی کی شرح کم ہو کر 2.9 فیصد رہ گئی جو دسمبر میں 3.7 فیصد تھی۔", "ur"),
    ("जनवरीमा मुद्रास्फीति घटेर २.९ प्रतिशतमा झरेको छ।", "ne"),
    ("1 იანვრის მდგომარეობით ქვეყნის მოსახლეობა 3,7 მილიონი ადამიანი იყო.", "ka"),
    ("Հայաստանի բնակչությունը անցած տարի աճել է 1,2 տոկոսով։", "hy"),
]


@pytest.mark.parametrize(("text", "code"), READ_WHOLE)
def test_a_statistics_release_sentence_is_read_whole_in_its_own_language(text: str, code: str) -> None:
    assert detect(text) == code
    assert unknown_words(text, code, capitals=True) == []


@pytest.mark.parametrize(("text", "code"), [
    ("Im Vergleich zum gleichen Monat des Vorjahres lag die Teuerung im Oktober bei 3,8 Prozent.", "de"),
    ("По сравнению с тем же месяцем прошлого года инфляция в октябре составила 8,5%.", "ru"),
    ("Порівняно з тим самим місяцем минулого року інфляція в жовтні становила 5,3%.", "uk"),
    # the prepositional case, 'in that same month': 'в том же месяце', 'у тому ж місяці'
    ("Цены на продукты поднялись на 1,2% в том же месяце прошлого года.", "ru"),
    ("Ціни на продукти зросли на 1,4% у тому ж місяці минулого року.", "uk"),
    ("مقارنة بالشهر نفسه من العام السابق، بلغ معدل التضخم 5.3% في أكتوبر.", "ar"),
    ("Geçen yılın aynı ayına göre enflasyon ekimde yüzde 61,4 oldu.", "tr"),
    ("গত বছরের একই মাসের তুলনায় অক্টোবরে মূল্যস্ফীতি ৯.৯ শতাংশ ছিল।", "bn"),
    ("წინა წლის იმავე თვესთან შედარებით ინფლაციამ ოქტომბერში 0,2% შეადგინა.", "ka"),
    ("Өткен жылдың сәйкес айымен салыстырғанда инфляция қазанда 10,8% болды.", "kk"),
])
def test_the_same_month_a_year_before_is_read_as_the_english_period_rules_know_it(text: str, code: str) -> None:
    assert "the same month" in glossed(text, code)


@pytest.mark.parametrize(("text", "code", "month"), [
    ("1 იანვრის მდგომარეობით ქვეყნის მოსახლეობა 3,7 მილიონი ადამიანი იყო.", "ka", "January"),
    ("31 დეკემბრის მდგომარეობით ქვეყნის მოსახლეობა 3,7 მილიონი ადამიანი იყო.", "ka", "December"),
    ("თებერვლის ინფლაციამ 0,4% შეადგინა.", "ka", "February"),
    ("जनवरीमा मुद्रास्फीति घटेर २.९ प्रतिशतमा झरेको छ।", "ne", "in January"),
])
def test_a_month_in_its_case_form_is_read_as_the_month(text: str, code: str, month: str) -> None:
    """Georgian drops a vowel of 'იანვარი' in its genitive ('იანვრის'); Nepali writes 'in' glued to the month."""
    assert month in glossed(text, code)
