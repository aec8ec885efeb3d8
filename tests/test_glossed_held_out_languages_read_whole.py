"""Sentences of languages the checker read only in part (Turkish, Armenian, Japanese, Korean, Vietnamese, Arabic,
Uzbek, Polish, Hindi, Indonesian, Swahili, Mongolian, Portuguese, French) read whole, so a figure about a place
or a series the packages lack is `unsupported` instead of left unread; and the forms those languages write
figures in: Turkish 'binde 7,1' (per thousand, as '‰'), Japanese '25.5 兆ドル' with a space before its scale,
Korean '1만 4,770달러' (a myriad and its remainder, one figure) and '1인당' (per capita, a figure glued to its word),
Armenian endings after a hyphen ('ՀՆԱ-ով'), and the Algerian press's reversed decimal '35ر30', no word.

Also two readings of a percent beside a level in money: 'output was 2 trillion dollars, while the economy shrank
2.1 %' names the economy again, so the percent is its real growth; '62 trillion roubles ("2 trillion dollars")'
restates the rouble level, whose change the percent after it is, not the dollars'.

Packages are World Bank-shaped with invented figures; sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from language_support import glossed
from package_support import claim_results, population_and_gdp

from workbench.languages import unknown_words
from workbench.models import Kind, Verdict


@pytest.fixture()
def gdp(tmp_path: Path) -> list[Path]:
    return population_and_gdp(tmp_path, {("Chile", 2029): 19.8e6, ("Chile", 2030): 20e6},
                              {("Chile", 2029): 380.0e9, ("Chile", 2030): 412.0e9})


@pytest.mark.parametrize(("text", "code"), [
    ("Buna göre, ülkenin cari fiyatlarla ulusal geliri geçen yıl yaklaşık 412 milyar dolar düzeyinde gerçekleşirken, "
     "ekonomi yüzde 1,5 küçüldü.", "tr"),
    ("Şili 412 milyar dolarla ikinci sırada yer aldı, Peru ise açık ara liderliğini korurken üçüncü oldu.", "tr"),
    ("Հաղորդվում է, որ երկիրը արտադրել է 412 միլիարդ դոլարի ապրանքներ և ծառայություններ, ինչը թույլ է տվել "
     "զբաղեցնել երրորդ տեղը։", "hy"),
    ("このデータはまた、チリ経済が 2030 年の推定名目国内総生産で 3 位に続きます。", "ja"),
    ("또한 칠레의 1인당 명목 GDP는 1만 4,770달러를 기록했다.", "ko"),
    ("Dẫn số liệu theo ước tính ban đầu của cơ quan thống kê, tổng sản phẩm quốc nội đạt giá trị 412 tỷ USD.", "vi"),
    ("وتجدر الإشارة إلى أن سعر الصرف بلغ 35ر30 لأول مرة في تاريخ البلاد، بحسب وكالة الأنباء.", "ar"),
    ("Bu esa oʻtgan yilning mos davriga nisbatan oʻrtacha 1,2 kishiga ortgan va 20 mln. kishini tashkil etmoqda.", "uz"),
    ("Унга биноан, ҳар бир фуқаросига 15000 доллар тўғри келади.", "uz"),
    ("Chile, największa gospodarka regionu, urósł o ok. 2,1% i ma zwiększyć PKB o 2,5%.", "pl"),
    ("जिसके लोगों की प्रति व्यक्ति आय 2 लाख रुपए है और वे बड़ी जमीनों के मालिक भी हैं.", "hi"),
    ("Laju pertumbuhan sebelumnya mencapai 1,2 persen per tahun tetapi hanya 0,9 persen; rupiah jatuh 5%.", "id"),
    ("Kwa kipindi cha miaka 10 iliyopita idadi hiyo inaonesha watu 1,200,000 wako mjini na 800,000 wapo vijijini.", "sw"),
    ("Нийт хүн амын 5 хувь буюу 20.5 мянган хүн гадаадад 6 болон түүнээс дээш сараар оршиж байна.", "mn"),
    ("O instituto informou que a população totalizava 20 milhões de pessoas em meados de 2030; o Chile é a segunda "
     "colocada.", "pt"),
    ("Les taux constatés durant les périodes intercensitaires précédentes étaient de 1,5%.", "fr"),
    ("Şili'nin GSYH'si 2030'da 412 milyar dolar oldu; kişi başına düşen milli gelir nüfusun artışıyla geriledi.", "tr"),
    ("Жан басына шаққандағы экономикалық өсу 2030 жылы 3 пайыз болды.", "kk"),
    ("Монгол улсын ДНБ 2030 онд 20 тэрбум ам.доллар, хүн амын тоо 3.5 сая байв.", "mn"),
    ("ՀՀ տնտեսական աճը 2030 թվականին կազմել է 5 տոկոս։", "hy"),
    # a flash bulletin of Angola's national CPI (IPCN), as its press cites one
    ("De acordo com o boletim de informação rápida do instituto, o IPCN registou uma variação de 1,2 por cento em "
     "março.", "pt"),
    # Morocco's price releases: an information note, the food and non-food groups, the range of the changes
    ("وأكدت المندوبية السامية للتخطيط في مذكرة إخبارية جديدة أن الزيادة شملت كلا من المواد الغذائية ب 2.1 في المائة "
     "والمواد غير الغذائية ب 0.8 في المائة.", "ar"),
    ("وتراوحت نسب التغير ما بين انخفاض قدره 1.2 في المائة بالنسبة ل «المواصلات» وارتفاع قدره 3.5 في المائة بالنسبة "
     "ل «التعليم».", "ar"),
    # a record since the currency crisis, after a clause that stayed low 'for the first time since records began'
    ("물가 상승률은 통계 작성 이후 처음 0%대에 머물렀으나 올해는 외환위기 이후 최고치인 6.2%를 기록했다.", "ko"),
])
def test_the_words_around_a_figure_are_all_read(text: str, code: str) -> None:
    assert unknown_words(text, code, capitals=True) == []


def test_turkish_per_mille_is_read_as_a_rate_per_thousand() -> None:
    assert "7.1 per thousand" in glossed("Yıllık nüfus artış hızı 2029 yılında binde 7,1 iken, 2030 yılında binde 1,1 oldu.",
                                         "tr")
    assert unknown_words("Nüfus artış hızı binde 3,4 oldu.", "tr", capitals=True) == []


def test_a_figure_the_language_writes_with_a_spaced_or_myriad_scale_is_one_figure() -> None:
    # its digits as written, to the 億: 2.5000 trillion (test_stated_digits_rounding)
    assert "2.5000 trillion US dollars" in glossed("チリは 2 兆 5000 億ドル相当の商品とサービスを生産した。", "ja")
    assert "25.5 trillion US dollars" in glossed("米国経済は 25.5 兆ドルだった。", "ja")
    korean = glossed("칠레의 1인당 명목 GDP는 1만 4,770달러를 기록했다.", "ko")
    assert "per capita" in korean and "14,770 US dollars" in korean


def test_armenian_endings_after_a_hyphen_and_a_reversed_decimal_are_no_unknown_words() -> None:
    assert unknown_words("Առաջատարը շարունակում է մնալ ԱՄՆ-ն՝ 25.46 տրիլիոն դոլար անվանական ՀՆԱ-ով:", "hy",
                         capitals=True) == []
    assert "30.35" in glossed("انخفض سعر الصرف إلى 35ر30 للدولار الواحد.", "ar")


def test_a_gdp_the_turkish_sentence_names_as_national_income_is_judged(gdp: list[Path]) -> None:
    text = "Şili'nin cari fiyatlarla milli geliri 2030 yılında yaklaşık 412 milyar dolar düzeyinde gerçekleşti."
    result = claim_results(text, gdp, "2031-06-01")["412 milyar dolar"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_per_mille_rate_of_a_place_the_packages_lack_is_unsupported(gdp: list[Path]) -> None:
    results = claim_results("Peru'da yıllık nüfus artış hızı 2030 yılında binde 7,1 oldu.", gdp, "2031-06-01")
    [(text, result)] = results.items()
    assert text == "binde 7,1" and result.claim.unit == "/1000" and result.claim.kind is Kind.ratio
    assert result.verdict is Verdict.unsupported, result.explanation


def test_the_economy_named_after_a_money_level_makes_its_percent_real_growth(gdp: list[Path]) -> None:
    text = "Chile's output was about 412 billion dollars in 2030, while the country's economy grew 8.4% that year."
    result = claim_results(text, gdp, "2031-06-01")["8.4%"]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_bracketed_conversion_restates_the_level_whose_change_the_percent_is(gdp: list[Path]) -> None:
    text = ("Chile's gross domestic product reached 350 trillion pesos (about 412 billion dollars) in 2030, up 2.1% "
            "from 2029.")
    result = claim_results(text, gdp, "2031-06-01")["2.1%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    nominal = claim_results("Chile's gross domestic product reached 412 billion dollars in 2030, up 8.4% from 2029.",
                            gdp, "2031-06-01")["8.4%"]
    assert nominal.verdict is Verdict.supported, nominal.explanation


def test_a_turkish_capital_dotted_i_is_read_as_its_lower_case_word() -> None:
    assert glossed("Şili'nin GSYİH'si 2030 yılında yüzde 2 büyüdü; İstatistik Servisi açıkladı.", "tr").startswith("Chile GDP")
    assert unknown_words("İhracat 2030 yılında yüzde 5 arttı.", "tr", capitals=True) == []


def test_a_country_named_as_the_language_names_it_beside_cldr() -> None:
    assert "Russia" in glossed("GDP của “Xứ sở Bạch dương” đạt giá trị 2.000 tỷ USD.", "vi")
    assert "Kazakhstan" in glossed("लेकिन मध्य एशिया के अमीर देशों में एक नाम कजाकिस्तान का भी है.", "hi")


def test_a_mongolian_dollar_amount_in_a_case_ending_is_money(gdp: list[Path]) -> None:
    # 'ам.долларт' (to US dollars) and 'ам.доллараас' (than US dollars) are the glossary's 'ам.доллар' in its cases
    assert "4950 US dollars" in glossed("Нэг хүнд ногдох ДНБ 4950 ам.долларт хүрсэн.", "mn")
    assert "4516 US dollars" in glossed("Нэг хүнд ногдох ДНБ 4516 ам.доллараас давсан.", "mn")
    # Mongolia's dollars, which the GDP rows (Chile's) do not cover, whatever the verb means
    found = claim_results("Монгол улсын нэг хүнд ногдох ДНБ 2030 онд 4950 ам.долларт хүрсэн.", gdp, "2031-03-01")
    result = next(r for surface, r in found.items() if surface.startswith("4950"))
    assert result.verdict is Verdict.unsupported, result.explanation
