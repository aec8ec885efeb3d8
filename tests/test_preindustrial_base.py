"""A change measured from pre-industrial times ('145 % higher than pre-industrial levels', '50 per cent
above pre-industrial levels') starts before any row of an instrumental series: no row holds its first
end, so nothing can judge it (unsupported, as any period before the data is: the Label rules of
benchmarks/devsets/verdicts.md), and it is never read as the change over the last year the series
holds. Invented figures; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = [{"period": str(y), "value": v} for y, v in ((2015, 400.0), (2016, 403.3), (2017, 405.6))]
    return write_package(tmp_path_factory.mktemp("ppm") / "reference", [
        {"name": "co2-annual", "metric": "global annual mean carbon dioxide concentration", "unit": "ppm",
         "aliases": ["co2 concentration"], "rows": rows}])


@pytest.mark.parametrize(("body", "figure"), [
    ("In 2016 the global carbon dioxide concentration rose to 403.3 ppm, 45% higher than pre-industrial levels.", "45%"),
    ("The global carbon dioxide concentration in 2017 was 50 per cent above pre-industrial levels.", "50 per cent"),
    ("Compared with pre-industrial times, the carbon dioxide concentration grew 0.8% in 2016.", "0.8%"),
    # Portuguese 'desde a era': the article 'a' before the era is 'the', not English 'a'
    ("Em 2017 a concentração global de dióxido de carbono subiu 45% desde a era pré-industrial.", "45%"),
])
def test_a_change_from_pre_industrial_times_is_unsupported(package: Path, body: str, figure: str) -> None:
    result = check_text(f"---\ndate: 2018-03-01\n---\n\n{body}\n", package)[0][figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "span_before_records"), result.explanation
    assert "pre-industrial" in result.explanation


def test_a_change_over_the_year_is_still_judged(package: Path) -> None:
    body = "The global carbon dioxide concentration grew 0.8% in 2016."  # 403.3 / 400.0 − 1 = 0.825 %
    result = check_text(f"---\ndate: 2018-03-01\n---\n\n{body}\n", package)[0]["0.8%"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("body", "figure"), [
    # a share or ratio of the era's level, not a change: as unjudgeable
    ("In 2017 the carbon dioxide concentration stood at 146% of the pre-industrial level.", "146%"),
    # words between the comparison and the era's own ('higher than in the …'), as a gloss often leaves them
    ("In 2017 the carbon dioxide concentration was 46% higher than in the pre-industrial era.", "46%"),
    ("En 2017, la concentration de CO2 représentait 146% de son niveau de l'époque préindustrielle.", "146%"),
    ("La concentración de dióxido de carbono en 2017 equivalía al 146 por ciento de los niveles preindustriales.",
     "146 por ciento"),
    ("В 2017 году концентрация углекислого газа составила 146% от доиндустриального уровня.", "146%"),
    ("Karbondioksit seviyesi 2017 yılında sanayi devri öncesine göre yüzde 46 arttı.", "yüzde 46"),
    ("2017 में कार्बन डाइऑक्साइड की सांद्रता पूर्व-औद्योगिक युग की तुलना में 46 प्रतिशत अधिक थी।", "46 प्रतिशत"),
    ("2017년 이산화탄소 농도는 산업혁명 이전보다 46% 늘었다.", "46%"),
])
def test_a_percent_set_against_pre_industrial_times_in_its_clause_is_unsupported(package: Path, body: str,
                                                                                 figure: str) -> None:
    result = check_text(f"---\ndate: 2018-03-01\n---\n\n{body}\n", package)[0][figure]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "span_before_records"), result.explanation
    assert "pre-industrial" in result.explanation or "industrial revolution" in result.explanation


def test_a_percent_with_another_figure_before_the_era_is_still_judged(package: Path) -> None:
    # 405.6 / 403.3 − 1 = 0.57 %: the era's words are the later figure's, not the year's change
    body = "In 2017 the carbon dioxide concentration rose 0.6% to 405.6 ppm, 146% of the pre-industrial level."
    result = check_text(f"---\ndate: 2018-03-01\n---\n\n{body}\n", package)[0]["0.6%"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_span_counted_from_the_check_day_leaves_the_pre_industrial_share_unsupported(package: Path) -> None:
    # no date: 'the last ten years' is counted from the day of the check, yet no year's row holds the era
    body = ("The carbon dioxide concentration is 146% of pre-industrial levels, and its yearly rise was above the "
            "average of the last ten years.")
    result = check_text(f"---\ntitle: CO2\n---\n\n{body}\n", package)[0]["146%"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "span_before_records"), result.explanation
