"""Altair charts of reference series: a series over time with a claim's value marked, or — when the
series has only one or two points — a side-by-side comparison of claimed and observed values.

Rules every chart here follows, because a chart that misleads is worse than none:
- one unit per chart: rows in another unit than the claim's are left out and named in the caption
  (``other_units``), never drawn on the same axis;
- a log scale when the values drawn span orders of magnitude (``LOG_SPAN``), so "100 billion"
  and "100 million" are both readable;
- yearly series sit on their year's tick and are labelled by year only; other periods sit at their
  midpoint, so a year and a ten-month span are placed where they belong on one axis;
- the legend goes below the plot with room for its labels, and only when it is short.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import altair as alt
import pandas as pd

from ..periods import try_parse_period

CLAIM_COLOUR = "#d0312d"
SERIES_COLOUR = "#1f6feb"
OBSERVED_COLOUR = "#1f2328"
# Max ÷ min of the values drawn from which the value axis is logarithmic (three orders of magnitude).
LOG_SPAN = 1000.0
# A legend of more sources than this would push the plot away; the tooltip names each point's source.
MAX_LEGEND_ENTRIES = 4
# A series with at most this many points is shown as a comparison, not as a line over time.
COMPARISON_POINTS = 2
TARGET_TICKS = 8
# Fit the width to the column, and let the height grow with the title, axis and legend: with Streamlit's
# default ("fit" both ways) a legend below the plot would take its room from the plot.
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")
CAPTION_LIMIT = 300  # px; the claim panel is about 420 px wide at 1280 px
LEGEND_LABEL_LIMIT = 260  # px; longer source titles end in "…" (the tooltip has them whole)
# Axis labels as a newsroom writes numbers ("28.2 bn", not "28,200,000,000" or the SI "28.2G"):
# short labels leave the plot its width.
NUMBER_LABELS = ("abs(datum.value) >= 1e12 ? format(datum.value / 1e12, ',.4~g') + ' tn'"
                 " : abs(datum.value) >= 1e9 ? format(datum.value / 1e9, ',.4~g') + ' bn'"
                 " : abs(datum.value) >= 1e6 ? format(datum.value / 1e6, ',.4~g') + ' m'"
                 " : format(datum.value, ',.4~g')")


def with_time(frame: pd.DataFrame) -> pd.DataFrame:
    """Copy of a reference frame with a ``time`` column (period midpoint); unparsable periods dropped."""
    out = frame.copy()
    times = [_midpoint(str(text)) for text in out["period"]]
    out["time"] = pd.to_datetime(pd.Series(times, index=out.index, dtype="datetime64[ns]"))
    return out.dropna(subset=["time"]).sort_values("time")


def _midpoint(text: str | None) -> pd.Timestamp | None:
    period = try_parse_period(text) if text else None
    if period is None:
        return None
    return pd.Timestamp(period.start + (period.end - period.start) / 2)


def select_series(frame: pd.DataFrame, dimensions: Mapping[str, str]) -> pd.DataFrame:
    """Rows of one series: those whose dimension columns equal ``dimensions`` (unknown keys ignored)."""
    mask = pd.Series(True, index=frame.index)
    for name, value in dimensions.items():
        if name in frame.columns:
            mask &= frame[name].astype(str) == str(value)
    return frame[mask]


def series_label(frame: pd.DataFrame, dimensions: Sequence[str]) -> pd.Series:
    """One readable name per row from its dimension values ("Kazakhstan · Russia · export")."""
    if not dimensions:
        return pd.Series("series", index=frame.index)
    return frame[list(dimensions)].astype(str).agg(" · ".join, axis=1)


def in_unit(series: pd.DataFrame, unit: str) -> pd.DataFrame:
    """The rows of ``series`` in ``unit``: what one chart may draw."""
    return series[series["unit"].astype(str) == unit]


def other_units(series: pd.DataFrame, unit: str) -> dict[str, int]:
    """Units of the series other than ``unit`` → how many rows are in each (left out of the chart)."""
    counts = series["unit"].astype(str).value_counts()
    return {str(u): int(n) for u, n in counts.items() if u != unit}


def use_log_scale(values: Sequence[float | None]) -> bool:
    """True when every value is positive and they span at least ``LOG_SPAN`` (max ÷ min)."""
    finite = [float(v) for v in values if v is not None and math.isfinite(float(v))]
    if len(finite) < 2 or min(finite) <= 0:
        return False
    return max(finite) / min(finite) >= LOG_SPAN


def _value_scale(values: Sequence[float | None]) -> alt.Scale:
    return alt.Scale(type="log") if use_log_scale(values) else alt.Scale(zero=False)


# ------------------------------------------------------------------------------------- time axis

@dataclass(frozen=True)
class TimeAxis:
    """Where a period sits on the x axis, and how the axis is labelled."""

    yearly: bool
    axis: alt.Axis

    def place(self, period: str | None) -> pd.Timestamp | None:
        """A yearly series sits on its year's tick (1 January); anything else at its midpoint."""
        parsed = try_parse_period(period) if period else None
        if parsed is None:
            return None
        if self.yearly and parsed.is_year:
            return pd.Timestamp(parsed.start)
        return pd.Timestamp(parsed.start + (parsed.end - parsed.start) / 2)


def time_axis(periods: Sequence[str]) -> TimeAxis:
    """Year ticks for yearly data (one label per year or per few years), month ticks otherwise."""
    parsed = [p for p in (try_parse_period(str(text)) for text in periods) if p is not None]
    if not parsed:
        return TimeAxis(False, alt.Axis(title="period"))
    yearly = all(p.is_year for p in parsed)
    first, last = min(p.start for p in parsed), max(p.end for p in parsed)
    if yearly:
        step = max(1, math.ceil((last.year - first.year + 1) / TARGET_TICKS))
        return TimeAxis(True, alt.Axis(title="year", format="%Y", labelAngle=0, labelOverlap=True,
                                       tickCount={"interval": "year", "step": step}))
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next((s for s in (1, 2, 3, 6, 12, 24, 60, 120) if months / s <= TARGET_TICKS), 240)
    if step >= 12:
        return TimeAxis(False, alt.Axis(title="period", format="%Y", labelAngle=0, labelOverlap=True,
                                        tickCount={"interval": "year", "step": step // 12}))
    return TimeAxis(False, alt.Axis(title="period", format="%b %Y", labelAngle=0, labelOverlap=True,
                                    tickCount={"interval": "month", "step": step}))


# ------------------------------------------------------------------------------------- the charts

def _legend(data: pd.DataFrame, colour: str) -> alt.Color | alt.ColorValue:
    sources = data[colour].nunique() if colour in data.columns else 0
    if sources <= 1:
        return alt.value(SERIES_COLOUR)
    legend = (alt.Legend(orient="bottom", direction="vertical", labelLimit=LEGEND_LABEL_LIMIT, title="source")
              if sources <= MAX_LEGEND_ENTRIES else None)
    return alt.Color(f"{colour}:N", title="source", legend=legend)


def claim_chart(series: pd.DataFrame, *, claimed: float | None, claimed_label: str,
                compared: tuple[str, float] | None = None, agreeing: Sequence[tuple[str, float]] = (),
                claim_period: str | None = None, colour: str = "source_title",
                title: str = "", unit: str | None = None) -> alt.LayerChart:
    """The series over time (one line per source), the claimed value as a dashed rule, the observation
    compared with the claim ringed in black and the observations that agree with it ringed in green.

    ``unit``: draw only the rows in this unit (default: the first row's unit)."""
    if unit is None:
        unit = str(series["unit"].iloc[0]) if len(series) else ""
    data = with_time(in_unit(series, unit))
    axis = time_axis(list(data["period"].astype(str)) + ([claim_period] if claim_period else []))
    data = data.assign(time=[axis.place(str(p)) for p in data["period"]])
    data = data[["time", "period", "value", "unit"] + ([colour] if colour in data.columns else [])]
    scale = _value_scale(list(data["value"]) + [claimed])
    y = alt.Y("value:Q", title=unit or "value", scale=scale, axis=alt.Axis(labelExpr=NUMBER_LABELS))
    tooltip = [alt.Tooltip("period:N"), alt.Tooltip("value:Q", format=",.4~g"), alt.Tooltip("unit:N")]
    if colour in data.columns:
        tooltip.append(alt.Tooltip(f"{colour}:N", title="source"))
    layers: list[alt.Chart] = [
        alt.Chart(data).mark_line(strokeWidth=2, point=alt.OverlayMarkDef(size=60)).encode(
            x=alt.X("time:T", axis=axis.axis), y=y, color=_legend(data, colour),
            detail=f"{colour}:N" if colour in data.columns else alt.Undefined, tooltip=tooltip)]
    rings = [(p, v, "agrees with the claim", "#1a7f37") for p, v in agreeing]
    if compared is not None:
        rings.append((compared[0], compared[1], "compared with the claim", "#111111"))
    ring_rows = [(t, p, v, what, c) for p, v, what, c in rings if (t := axis.place(p)) is not None]
    if ring_rows:
        ring_data = pd.DataFrame(ring_rows, columns=["time", "period", "value", "what", "ring"])
        layers.append(alt.Chart(ring_data).mark_point(size=320, strokeWidth=2.5, filled=False).encode(
            x="time:T", y=alt.Y("value:Q", scale=scale), color=alt.Color("ring:N", scale=None),
            tooltip=[alt.Tooltip("what:N", title=""), alt.Tooltip("period:N"),
                     alt.Tooltip("value:Q", format=",.4~g")]))
    if claimed is not None:
        layers += _claim_layers(claimed, claimed_label, axis.place(claim_period), claim_period, scale)
    return alt.layer(*layers).properties(title=title, height=240, autosize=FIT_WIDTH)


def _claim_layers(claimed: float, label: str, at: pd.Timestamp | None, period: str | None,
                  scale: alt.Scale) -> list[alt.Chart]:
    rule_data = pd.DataFrame({"claimed": [claimed], "label": [label]})
    layers = [
        alt.Chart(rule_data).mark_rule(color=CLAIM_COLOUR, strokeDash=[6, 4], strokeWidth=2)
        .encode(y=alt.Y("claimed:Q", scale=scale), tooltip=[alt.Tooltip("label:N", title="claimed")]),
        alt.Chart(rule_data).mark_text(color=CLAIM_COLOUR, align="left", dx=4, dy=-8, fontWeight="bold")
        .encode(y=alt.Y("claimed:Q", scale=scale), x=alt.value(0), text="label:N")]
    if at is not None:
        stated = pd.DataFrame({"time": [at], "claimed": [claimed], "period": [period]})
        layers.append(alt.Chart(stated).mark_point(shape="diamond", size=200, color=CLAIM_COLOUR, filled=True)
                      .encode(x="time:T", y=alt.Y("claimed:Q", scale=scale),
                              tooltip=[alt.Tooltip("period:N", title="claim speaks of")]))
    return layers


@dataclass(frozen=True)
class Bar:
    """One bar of a comparison: what it is, its value, and the text written beside it."""

    label: str
    value: float
    text: str
    claimed: bool = False


def comparison_chart(bars: Sequence[Bar], *, unit: str, title: str = "") -> alt.LayerChart:
    """Claimed vs observed as horizontal bars (dots on a log scale), each row captioned above its bar
    with what it is, its value and the deviation: for a series with one or two observations, where a
    line over time says nothing. Captions above the bars keep the full panel width for the bars."""
    data = pd.DataFrame({"label": [b.label for b in bars], "value": [b.value for b in bars],
                         "text": [b.text for b in bars],
                         # Numbers first: where the caption is cut to the plot's width, the source goes.
                         "caption": [f"{b.text} — {b.label}" if b.text else b.label for b in bars],
                         "colour": [CLAIM_COLOUR if b.claimed else OBSERVED_COLOUR for b in bars]})
    log = use_log_scale(list(data["value"]))
    x = alt.X("value:Q", title=unit or "value",
              scale=alt.Scale(type="log") if log else alt.Scale(zero=True, nice=True),
              axis=alt.Axis(labelExpr=NUMBER_LABELS, labelOverlap=True, tickCount=5))
    y = alt.Y("label:N", title=None, sort=None, axis=None,
              scale=alt.Scale(paddingInner=0.55, paddingOuter=0.4))
    base = alt.Chart(data)
    marks = base.mark_point(filled=True, size=180) if log else base.mark_bar(height=14)
    bars_layer = marks.encode(x=x, y=y, color=alt.Color("colour:N", scale=None),
                              tooltip=[alt.Tooltip("label:N", title=""), alt.Tooltip("value:Q", format=",.4~g"),
                                       alt.Tooltip("text:N", title="")])
    # ``limit`` keeps captions inside the plot: Streamlit fits the chart to its column, and a caption
    # wider than the plot would make Vega shrink the plot to fit it.
    text_layer = base.mark_text(align="left", baseline="bottom", dy=-10, x=0, fontSize=12,
                                limit=CAPTION_LIMIT).encode(
        y=y, text="caption:N", color=alt.Color("colour:N", scale=None))
    return alt.layer(bars_layer, text_layer).properties(title=title, height=48 * len(bars), autosize=FIT_WIDTH)


def resource_chart(frame: pd.DataFrame, dimensions: Sequence[str], title: str = "") -> alt.Chart:
    """Every series of a resource over time, one colour (and legend entry) per series.

    A resource in several units is drawn in its most common unit (``other_units`` says the rest)."""
    units = frame["unit"].astype(str).value_counts()
    unit = str(units.index[0]) if len(units) else ""
    data = with_time(in_unit(frame, unit))
    axis = time_axis(list(data["period"].astype(str)))
    data = data.assign(time=[axis.place(str(p)) for p in data["period"]],
                       series=series_label(data, dimensions))[["time", "period", "value", "unit", "series"]]
    many = data["series"].nunique() > 12
    legend = None if many else alt.Legend(orient="bottom", columns=2, labelLimit=400)
    return (alt.Chart(data).mark_line(point=True)
            .encode(x=alt.X("time:T", axis=axis.axis),
                    y=alt.Y("value:Q", title=unit or "value", scale=_value_scale(list(data["value"])),
                            axis=alt.Axis(labelExpr=NUMBER_LABELS)),
                    color=alt.Color("series:N", legend=legend),
                    tooltip=["series:N", "period:N", alt.Tooltip("value:Q", format=",.4~g"), "unit:N"])
            .properties(title=title, height=300, autosize=FIT_WIDTH))
