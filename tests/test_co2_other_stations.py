"""A CO2 concentration or rise that its text says another station measured (a mountain station in Bavaria, a
Japanese island's observing site) is that station's record, which neither the global series nor the package's
own station holds: `unsupported`, never judged against the global rows. Korean '감시소' and '관측소' and Japanese '地点' (a counted site) name one
as 'station' does. A station named in the figure's sentence
outweighs a 'global' elsewhere; one named only in the sentences before does so while neither the figure's sentence
nor those sentences name the whole ('the global network of stations' is the whole's). A station noun that refers back ('the observing station') names none of its own.

The package is publisher-shaped with invented figures: the globe's and one station's annual CO2 means."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict


@pytest.fixture()
def ppm(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", [("2030", 433.4), ("2031", 436.0)]),
        "co2-annmean-mlo": ("Year", "year", "Mean", [("2030", 436.2), ("2031", 438.9)])})


@pytest.mark.parametrize(("text", "claim"), [
    ("An der Messstation auf dem Hohenpeißenberg lag der Jahresmittelwert 2031 bei 436,1 ppm.", "436,1 ppm"),
    ("Die Auswertung der Messstationen am Brocken und am Feldberg ergab für 2031 Jahresmittel von 437,0 ppm und "
     "435,9 ppm.", "435,9 ppm"),
    ("In 2031 the Zugspitze station measured an annual mean of 436.1 ppm.", "436.1 ppm"),
    ("The baseline station on the Tibetan plateau recorded an annual mean of 436.1 ppm in 2031, close to the "
     "global mean.", "436.1 ppm"),
    ("Ook bij een meetstation in Zuid-Afrika lag het jaargemiddelde in 2031 boven de 436 ppm.", "436 ppm"),
    ("Vid en mätstation i norra Finland uppmättes 2031 ett årsmedel på 436,1 ppm.", "436,1 ppm"),
    ("Una stazione sulle Alpi ha registrato nel 2031 una media annua di 436,1 ppm.", "436,1 ppm"),
    ("서해안 기후변화 감시소에서 관측한 2031년 이산화탄소 연평균 농도는 436.1ppm이었다.", "436.1ppm"),
    ("국내 관측소 세 곳의 2031년 이산화탄소 연평균 농도는 436.1ppm으로 집계됐다.", "436.1ppm"),
    ("国内の二酸化炭素濃度は2地点(綾里、与那国島)で観測され、2031年の年平均値は436.1ppmでした。", "436.1ppm"),
    ("Measured at two coastal sites, Cape Point and Amsterdam Island, the 2031 annual mean was 436.1 ppm.",
     "436.1 ppm"),
])
def test_a_station_the_data_lacks_is_unsupported(ppm: Path, text: str, claim: str) -> None:
    result = claim_results(text, [ppm], "2032-03-10")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert "station" in result.explanation


def test_a_station_named_in_the_sentence_before_holds_for_a_figure_naming_no_whole(ppm: Path) -> None:
    text = ("気象庁は、2031年の二酸化炭素の平均濃度が国内の観測地点すべてで過去最高になったと発表した。"
            "綾里でも初めて436ppmを超えた。")
    result = claim_results(text, [ppm], "2032-03-10")["436ppm"]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_the_whole_named_in_the_figures_sentence_outweighs_a_station_before(ppm: Path) -> None:
    text = ("The baseline station on the plateau recorded its highest level yet. "
            "The global annual mean reached 436.0 ppm in 2031.")
    result = claim_results(text, [ppm], "2032-03-10")["436.0 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-annmean-gl"


@pytest.mark.parametrize("text", [
    "The Mauna Loa observatory recorded an annual mean of 438.9 ppm in 2031.",
    "In 2031 the observing station measured an annual mean of 438.9 ppm.",
])
def test_the_packages_station_or_one_referred_back_to_is_judged(ppm: Path, text: str) -> None:
    result = claim_results(text, [ppm], "2032-03-10")["438.9 ppm"]
    assert result.verdict is not Verdict.unsupported, result.explanation


@pytest.mark.parametrize("text", [
    "Readings from the global network of monitoring stations show the rise went on. "
    "In 2031 the carbon dioxide concentration was 436.0 ppm.",
    "Mätningar från det globala nätverket av mätstationer visar att ökningen fortsatte. "
    "År 2031 var koncentrationen av koldioxid 436,0 ppm.",
])
def test_stations_before_that_are_the_wholes_network_name_no_other_station(ppm: Path, text: str) -> None:
    # the text before names the stations as the globe's network: the figure after it is the global mean's, judged
    result = claim_results(text, [ppm], "2032-03-10")
    [claim] = [c for c in result if c.startswith("436")]
    assert result[claim].verdict is Verdict.supported, result[claim].explanation
    assert result[claim].evidence[0].resource == "co2-annmean-gl"


def test_japanese_observing_points_named_before_make_a_range_with_its_own_decimal_point_another_stations(
        ppm: Path) -> None:
    # '観測点' (observing points) names stations as '観測地点' does; the '・' decimal points make the range
    # 436.1–437.0, which the global mean (436.0) would confirm if the stations went unread
    text = ("気象庁によると、国内の観測点は北海道の島と沖縄の島の2か所。"
            "31年の年平均は436・1~437・0ppmで、前年より2・5ppm増えた。")
    result = claim_results(text, [ppm], "2032-03-10")["436・1~437・0ppm"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert "station" in result.explanation


def test_japanese_global_mean_outweighs_a_station_named_earlier_in_the_sentence(ppm: Path) -> None:
    # '全球平均' is the global mean, as Chinese '全球' is global: not the Mauna Loa record the sentence named first
    text = "マウナロアで観測が始まってから濃度は増え続け、2031年の全球平均濃度は436.0ppmとなった。"
    result = claim_results(text, [ppm], "2032-03-10")["436.0ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "co2-annmean-gl"
