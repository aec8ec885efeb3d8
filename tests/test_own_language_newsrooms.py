"""Classes met in Western and Northern European, Canadian and East Asian newsrooms' own copy (explore
set fresh_m):

- a period named for the change of prices carries to a figure read against a price series under
  another of its names ('Inflation jumped in 2022. Consumer prices rose by an average of 8.6 %');
- 'when' after a year ('compared with 2021, when inflation was 1.9 %') in Italian, Spanish, Portuguese,
  French, Dutch and Finnish copy ('quando', 'cuando', 'quand', 'toen', 'jolloin');
- Chinese written in traditional characters ('全國居民消費價格') is read as simplified is, and a span of
  months ('1-9月', '1月至9月') is the months from January to September; 'compared with the same period
  of the previous year' written before the figure is its base, not its period;
- Swedish copy on a currency ('den svenska kronan … mot den amerikanska dollarn') is told from
  Norwegian and read through its words, demonyms and currency names;
- a year after 'since' that opens a 'when' clause ('not seen since 1986, when …') is that clause's,
  not the figure's before it, which takes the heading's year;
- Sweden's CPIF (the CPI at fixed mortgage rates) and Portugal's 'Índice Harmonizado de Preços no
  Consumidor' are other series than the headline CPI;
- Japanese newspapers' decimal point '・' ('3・0%') is read as one, and '生鮮食品を除く総合' is the core index;
- Danish, Norwegian, Swedish and Finnish number words ('ti procent') are figures;
- in an undated draft, only a period that writes its year carries ('last year' counts from a date it lacks).

The packages are World Bank- and Federal Reserve-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, publisher_package, rates_package

from workbench.languages import detect
from workbench.models import Verdict

RATES = {("Austria", 2022): 8.6, ("Austria", 2024): 2.9, ("Italy", 2021): 1.9, ("Italy", 2022): 8.2,
         ("Italy", 2024): 1.0, ("Spain", 2021): 3.1, ("Spain", 2024): 2.8, ("China", 2023): 0.2,
         ("China", 2024): 0.4}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    # named as the consumer price index only: 'inflation' is none of its words
    return publisher_package(tmp_path / "cpi", "cpi", "Annual Consumer Price Index (CPI)", "CPI", RATES,
                             description="Annual change of the consumer price index (annual %)")


@pytest.mark.parametrize("text", [
    "Inflation in Austria jumped in 2022. Consumer prices rose by an average of 8.6 percent, the statistics office said.",
    "Die Inflation in Österreich ist 2022 stark gestiegen. Die Verbraucherpreise erhöhten sich um durchschnittlich 8,6 Prozent.",
])
def test_a_period_named_for_inflation_carries_to_consumer_prices(cpi: Path, text: str) -> None:
    figure = "8.6 percent" if "percent" in text else "8,6 Prozent"
    result = claim_results(text, [cpi], None)[figure]  # undated: without the carried year, the latest row judged it
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"
    wrong = claim_results(text.replace(figure, figure.replace("8", "5")), [cpi], None)[figure.replace("8", "5")]
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2022", wrong.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("L'inflazione in Italia è salita rispetto al 2021, quando l'inflazione media fu solo dell'1,9 per cento.", "1,9 per cento"),
    ("La inflación en España subió respecto a 2021, cuando la inflación media fue del 3,1%.", "3,1%"),
])
def test_when_after_a_year_dates_the_figure(tmp_path: Path, text: str, figure: str) -> None:
    result = claim_results(text, [cpi_package(tmp_path / "inflation", RATES)], None)[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021"


@pytest.mark.parametrize("text", [
    "2023年1-6月平均,全國居民消費價格比上年同期上漲0.7%。",  # traditional characters
    "2023年1-6月平均,全国居民消费价格比上年同期上涨0.7%。",  # simplified
    "2023年1月至6月,全國居民消費價格比上年同期上漲0.7%。",
])
def test_chinese_months_to_date_in_either_script_are_another_period(cpi: Path, text: str) -> None:
    # the first half of 2023 on a year earlier: a year-to-date figure, for a person, never 2022's rate
    result = claim_results(f"# 中國國家統計局\n\n{text}", [cpi], "2023-07-10")["0.7%"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "different_period", result.explanation
    assert result.evidence[0].period == "2023"


def test_the_same_period_of_the_previous_year_is_a_base_before_the_figure(cpi: Path) -> None:
    text = "From January to June, consumer prices in China compared with the same period of the previous year rose 0.7%."
    result = claim_results(text, [cpi], "2023-07-10")["0.7%"]
    assert result.verdict is Verdict.needs_review and result.evidence[0].period == "2023", result.explanation


def test_swedish_copy_on_the_krona_is_read_as_swedish(tmp_path: Path) -> None:
    text = "Den svenska kronan försvagades med 5 procent mot den amerikanska dollarn under 2023."
    assert detect(text) == "sv"
    fx = rates_package(tmp_path, {("Sweden", 2022): 10.1, ("Sweden", 2023): 10.6})
    result = claim_results(text, [fx], "2024-02-01")["5 procent"]
    # the krona's move over a year, set beside the move the annual rates make, for a person
    assert (result.verdict, result.reason, result.claim.unit) == (Verdict.needs_review, "rate_move", "%"), result.explanation
    evidence = result.evidence[0]
    assert (evidence.period, evidence.value, evidence.unit) == ("2023", pytest.approx(4.950495), "%")


def test_a_year_opening_a_when_clause_after_since_is_not_the_earlier_figures(tmp_path: Path) -> None:
    # '8.4 %, a rate not seen since 1986, when …': 1986 dates the 8.8 %, the heading's 2022 the 8.4 %
    rows = {("Spain", 2022): 8.4, ("Spain", 1986): 8.8, ("Spain", 2024): 2.8}
    text = ("# Spain's consumer prices in 2022\n\nThe consumer price index left the year's average at 8.4%, "
            "a rate not seen since 1986, when the average reached 8.8%.")
    results = claim_results(text, [cpi_package(tmp_path / "inflation", rows)], None)
    assert [(results[f].verdict, results[f].evidence[0].period) for f in ("8.4%", "8.8%")] == \
        [(Verdict.supported, "2022"), (Verdict.supported, "1986")], [r.explanation for r in results.values()]


@pytest.mark.parametrize(("text", "figure"), [
    ("I Sverige var inflationstakten enligt KPIF 6,0 procent 2023.", "6,0 procent"),  # CPI at fixed mortgage rates
    ("Em Portugal, o Índice Harmonizado de Preços no Consumidor subiu 5,3% em 2023, segundo o instituto de estatística.",
     "5,3%"),
])
def test_national_variants_of_the_cpi_are_another_series(tmp_path: Path, text: str, figure: str) -> None:
    # the headline rows agree, but they are not the series the claim speaks of
    rows = {("Sweden", 2023): 6.0, ("Portugal", 2023): 5.3}
    result = claim_results(text, [cpi_package(tmp_path / "inflation", rows)], "2024-03-01")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series"


def test_japanese_middle_dot_decimal_and_core_cpi(tmp_path: Path) -> None:
    # Japanese newspapers write '3・0%' for 3.0 %; '生鮮食品を除く総合' is the core index, not the headline
    rows = {("Japan", 2022): 3.0, ("Japan", 2023): 3.3}
    text = "総務省によると、2022年度の全国消費者物価指数は、生鮮食品を除く総合が前年度より3・0%上昇した。"
    result = claim_results(text, [cpi_package(tmp_path / "inflation", rows)], "2023-05-01")["3・0%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series"
    headline = claim_results("日本の消費者物価指数は2023年に3・3%上昇した。", [cpi_package(tmp_path / "inflation2", rows)],
                             "2024-05-01")["3・3%"]
    assert headline.verdict is Verdict.supported and headline.evidence[0].value == 3.3, headline.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("I september 2023 var priserne i Danmark ti procent højere end i samme måned i 2022.", "ti procent"),
    ("I Sverige steg priserna med tio procent i oktober 2023 jämfört med samma månad föregående år.", "tio procent"),
])
def test_nordic_number_words_are_figures(tmp_path: Path, text: str, figure: str) -> None:
    # a month's 12-month rate in words: a claim for a person, never a silent skip
    rows = {("Denmark", 2023): 3.3, ("Sweden", 2023): 8.5}
    results = claim_results(text, [cpi_package(tmp_path / "inflation", rows)], "2023-11-15")
    assert figure in results, list(results)
    assert results[figure].verdict is Verdict.needs_review, results[figure].explanation


def test_an_undated_drafts_last_year_does_not_hide_the_year_written_beside_it(cpi: Path) -> None:
    # nothing dates 'last year'; the year written in the same sentence is the one a reader carries
    text = ("What households felt in their wallets last year is now confirmed: inflation in Austria jumped in 2022. "
            "Consumer prices rose by an average of 8.6 percent, the statistics office said.")
    result = claim_results(text, [cpi], None)["8.6 percent"]
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2022", result.explanation
    dated = claim_results(text, [cpi], "2023-01-17")["8.6 percent"]  # dated: 'last year' is 2022 too
    assert dated.verdict is Verdict.supported and dated.evidence[0].period == "2022", dated.explanation


@pytest.mark.parametrize(("text", "code"), [
    ("A inflação em Portugal foi menor em 2023 do que em 2022.", "pt"),
    ("As taxas de juro ficaram menores no fim do ano.", "pt"),
    ("La inflación en España fue menor en 2023 que en 2022.", "es"),
])
def test_menor_is_a_comparison_not_a_ranking(text: str, code: str) -> None:
    # 'menor', 'menores' compare two figures ('lower'), as in Spanish; 'lowest' would rank one among many
    from workbench.languages import gloss_paragraphs

    english = gloss_paragraphs(text, [(0, len(text), code)]).text
    assert " lower " in english and "lowest" not in english, english
