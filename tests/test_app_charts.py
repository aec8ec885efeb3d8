"""The claim chart and the number formatting the review page uses."""

from __future__ import annotations

import pandas as pd

from workbench.app.charts import (
    Bar,
    claim_chart,
    comparison_chart,
    other_units,
    resource_chart,
    select_series,
    time_axis,
    use_log_scale,
    with_time,
)
from workbench.presentation import format_deviation, format_quantity


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


def mixed_units() -> pd.DataFrame:
    return pd.DataFrame({
        "row": [1, 2, 3, 4, 5],
        "period": ["2019", "2020", "2021", "2021", "2022"],
        "value": [20e9, 22e9, 25e9, 1.9e12, 28e9],
        "unit": ["USD", "USD", "USD", "RUB", "USD"],
        "source_title": ["Customs"] * 5,
    })


def test_one_unit_per_chart_and_the_others_are_named() -> None:
    chart = claim_chart(mixed_units(), claimed=28.2e9, claimed_label="claimed 28.2 bn USD", unit="USD",
                        compared=("2022", 28e9), claim_period="2022")
    line = layer_data(chart)[0]
    assert set(line["unit"]) == {"USD"} and len(line) == 4  # the rouble row is not on the dollar axis
    assert chart.to_dict()["layer"][0]["encoding"]["y"]["title"] == "USD"
    assert other_units(mixed_units(), "USD") == {"RUB": 1}
    rub = claim_chart(mixed_units(), claimed=1.9e12, claimed_label="", unit="RUB")
    assert set(layer_data(rub)[0]["unit"]) == {"RUB"}


def test_values_spanning_orders_of_magnitude_get_a_log_scale() -> None:
    assert use_log_scale([100e9, 100e6])  # "100 billion" vs "100 million"
    assert not use_log_scale([28.2e9, 26.1e9, 19e9])
    assert not use_log_scale([-5.0, 5000.0])  # a log axis cannot show zero or negatives
    series = pd.DataFrame({"period": ["2021", "2022"], "value": [100e6, 120e6], "unit": ["USD"] * 2})
    spec = claim_chart(series, claimed=100e9, claimed_label="claimed", unit="USD").to_dict()
    assert spec["layer"][0]["encoding"]["y"]["scale"] == {"type": "log"}
    flat = claim_chart(series, claimed=110e6, claimed_label="claimed", unit="USD").to_dict()
    assert flat["layer"][0]["encoding"]["y"]["scale"].get("type") != "log"


def test_a_yearly_axis_has_one_label_per_year_and_points_on_their_tick() -> None:
    axis = time_axis(["2019", "2020", "2021", "2022"])
    spec = axis.axis.to_dict()
    assert axis.yearly and spec["format"] == "%Y" and spec["tickCount"] == {"interval": "year", "step": 1}
    assert axis.place("2020") == pd.Timestamp("2020-01-01")
    long = time_axis([str(y) for y in range(1960, 2024)]).axis.to_dict()
    assert long["tickCount"]["step"] >= 8  # about eight labels, never sixty
    monthly = time_axis(["2023-01", "2023-02", "2023-03", "2023-01/2023-08"])
    assert not monthly.yearly and monthly.axis.to_dict()["format"] == "%b %Y"
    assert monthly.place("2023-01/2023-08") == pd.Timestamp("2023-05-02")


def test_the_legend_sits_below_the_plot_and_only_when_short() -> None:
    chart = claim_chart(frame(), claimed=None, claimed_label="", unit="%")
    legend = chart.to_dict()["layer"][0]["encoding"]["color"]["legend"]
    assert legend["orient"] == "bottom" and legend["labelLimit"] >= 200
    many = frame().assign(source_title=[f"Source {i}" for i in range(5)])
    crowded = claim_chart(many, claimed=None, claimed_label="", unit="%").to_dict()
    assert crowded["layer"][0]["encoding"]["color"]["legend"] is None  # the tooltip names the source


def test_a_comparison_writes_each_deviation_beside_its_bar() -> None:
    bars = [Bar("claimed (2022)", 28.2e9, "28.2 bn USD", claimed=True),
            Bar("Customs, 2022", 26.1e9, "26.1 bn USD (claim +8.0 %)")]
    spec = comparison_chart(bars, unit="USD").to_dict()
    data = pd.DataFrame(next(iter(spec["datasets"].values())))
    assert list(data["label"]) == ["claimed (2022)", "Customs, 2022"]
    assert "+8.0 %" in data["text"].iloc[1]
    assert spec["layer"][0]["mark"]["type"] == "bar" and spec["layer"][1]["mark"]["type"] == "text"
    far = comparison_chart([Bar("claimed", 100e9, "", claimed=True), Bar("observed", 100e6, "")], unit="USD")
    assert far.to_dict()["layer"][0]["encoding"]["x"]["scale"] == {"type": "log"}


def test_the_plot_keeps_its_height_whatever_the_legend_and_title_take() -> None:
    for chart in (claim_chart(frame(), claimed=19.0, claimed_label="claimed", unit="%"),
                  comparison_chart([Bar("claimed", 1.0, "", claimed=True), Bar("observed", 2.0, "")], unit=""),
                  resource_chart(frame(), ["country"])):
        spec = chart.to_dict()
        # fit-x: the width follows the column; the height is the plot's own, the legend adds below it.
        assert spec["autosize"] == {"type": "fit-x", "contains": "padding"} and spec["height"] >= 90
