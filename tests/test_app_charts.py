"""The claim chart and the number formatting the review page uses."""

from __future__ import annotations

import pandas as pd

from workbench.app.charts import claim_chart, resource_chart, select_series, with_time
from workbench.wording import format_deviation, format_quantity


def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "row": [1, 2, 3, 4, 5],
        "period": ["2019", "2020", "2021", "2022", "2023-01/2023-08"],
        "value": [19.0, 18.5, 17.0, 15.1, 10.0],
        "unit": ["%"] * 5,
        "country": ["A", "A", "A", "A", "B"],
        "source_title": ["Census", "Census", "Survey", "Survey", "Survey"],
    })


def layer_data(chart) -> list[pd.DataFrame]:
    spec = chart.to_dict()
    datasets = spec["datasets"]
    return [pd.DataFrame(datasets[layer["data"]["name"]]) for layer in spec["layer"] if "data" in layer]


def test_periods_sit_at_their_midpoint_and_bad_ones_are_dropped() -> None:
    data = with_time(pd.concat([frame(), pd.DataFrame({"period": ["soon"], "value": [1.0], "unit": ["%"]})]))
    assert list(data["period"]) == ["2019", "2020", "2021", "2022", "2023-01/2023-08"]
    assert data["time"].iloc[0] == pd.Timestamp("2019-07-02")
    assert data["time"].iloc[-1] == pd.Timestamp("2023-05-02")  # the middle of January–August


def test_the_series_is_chosen_by_its_dimensions() -> None:
    assert list(select_series(frame(), {"country": "A"})["row"]) == [1, 2, 3, 4]
    assert list(select_series(frame(), {"country": "A", "unknown": "x"})["row"]) == [1, 2, 3, 4]


def test_a_stale_claim_shows_the_rule_and_rings_older_agreeing_points() -> None:
    series = select_series(frame(), {"country": "A"})
    chart = claim_chart(series, claimed=19.0, claimed_label="claimed 19%", compared=("2022", 15.1),
                        agreeing=[("2019", 19.0)], claim_period=None)
    layers = layer_data(chart)
    rings = next(d for d in layers if "ring" in d.columns)
    assert sorted(zip(rings["period"], rings["what"])) == [("2019", "agrees with the claim"),
                                                          ("2022", "compared with the claim")]
    rule = next(d for d in layers if "claimed" in d.columns and "label" in d.columns)
    assert rule["claimed"].tolist() == [19.0]
    line = layers[0]
    assert sorted(line["source_title"].unique()) == ["Census", "Survey"]  # every source of the series


def test_a_derived_claim_draws_no_claimed_value() -> None:
    chart = claim_chart(frame(), claimed=None, claimed_label="", claim_period="2022")
    assert not any("claimed" in d.columns for d in layer_data(chart))


def test_resource_chart_has_one_series_per_dimension_combination() -> None:
    data = pd.DataFrame(resource_chart(frame(), ["country"]).to_dict()["datasets"].popitem()[1])
    assert sorted(data["series"].unique()) == ["A", "B"]


def test_quantities_read_like_a_newsroom_would_write_them() -> None:
    assert format_quantity(28.2e9, "USD") == "28.2 bn USD"
    assert format_quantity(999.5e9, "USD") == "999.5 bn USD"
    assert format_quantity(3.2e12, "KZT") == "3.2 tn KZT"
    assert format_quantity(1234, "") == "1,234"
    assert format_quantity(12.5, "%") == "12.5%"
    assert format_quantity(0.5, "pp") == "0.5 pp"
    assert format_quantity(10, "x") == "10×"
    assert format_quantity(None, "USD") == "—"
    assert format_deviation(0.258) == "+25.8 %" and format_deviation(-0.02) == "-2.0 %"
    assert format_deviation(None) == "—"
