"""Altair charts of reference series: a series over time, with a claim's value marked.

Periods are placed at their midpoint, so a year and a ten-month span sit where they belong on
one time axis. The claimed value is a dashed horizontal rule: where it crosses the series
shows which period the figure really belongs to, so a stale figure is visible at a glance.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import altair as alt
import pandas as pd

from ..periods import try_parse_period

CLAIM_COLOUR = "#d0312d"
SERIES_COLOUR = "#1f6feb"


def with_time(frame: pd.DataFrame) -> pd.DataFrame:
    """Copy of a reference frame with a ``time`` column (period midpoint); unparsable periods dropped."""
    out = frame.copy()
    times = []
    for text in out["period"].astype(str):
        period = try_parse_period(text)
        times.append(pd.Timestamp(period.start + (period.end - period.start) / 2) if period else pd.NaT)
    out["time"] = pd.to_datetime(pd.Series(times, index=out.index, dtype="datetime64[ns]"))
    return out.dropna(subset=["time"]).sort_values("time")


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


def _time_axis(data: pd.DataFrame) -> alt.X:
    yearly = all((try_parse_period(str(p)) or _NOT_YEAR).is_year for p in data["period"])
    return alt.X("time:T", title="period", axis=alt.Axis(format="%Y" if yearly else "%b %Y", tickCount=8))


def claim_chart(series: pd.DataFrame, *, claimed: float | None, claimed_label: str,
                compared: tuple[str, float] | None = None, agreeing: Sequence[tuple[str, float]] = (),
                claim_period: str | None = None, colour: str = "source_title",
                title: str = "") -> alt.LayerChart | alt.FacetChart:
    """The series over time (one line per source), the claimed value as a dashed rule, the observation
    compared with the claim ringed in black and the observations that agree with it ringed in green."""
    data = with_time(series)
    keep = ["time", "period", "value", "unit"] + ([colour] if colour in data.columns else [])
    data = data[keep]
    by_source = colour in data.columns and data[colour].nunique() > 1
    # A legend of many long source titles would squeeze the plot; the tooltip names each point's source.
    legend = alt.Legend(orient="bottom", labelLimit=500, columns=1) if by_source and data[colour].nunique() <= 3 else None
    colour_encoding = (alt.Color(f"{colour}:N", title="source", legend=legend)
                       if by_source else alt.value(SERIES_COLOUR))
    unit = str(data["unit"].iloc[0]) if len(data) else ""
    x = _time_axis(data) if len(data) else alt.X("time:T")
    tooltip = [alt.Tooltip("period:N"), alt.Tooltip("value:Q", format=",.4~g"), alt.Tooltip("unit:N")]
    if colour in data.columns:
        tooltip.append(alt.Tooltip(f"{colour}:N", title="source"))
    layers: list[alt.Chart] = [
        alt.Chart(data).mark_line(strokeWidth=2, point=alt.OverlayMarkDef(size=60)).encode(
            x=x, y=alt.Y("value:Q", title=unit or "value", scale=alt.Scale(zero=False)),
            color=colour_encoding, detail=f"{colour}:N" if colour in data.columns else alt.Undefined,
            tooltip=tooltip)]
    rings = [(p, v, "agrees with the claim", "#1a7f37") for p, v in agreeing]
    if compared is not None:
        rings.append((compared[0], compared[1], "compared with the claim", "#111111"))
    ring_rows = [(t, p, v, what, c) for p, v, what, c in rings if (t := _period_time(p)) is not None]
    if ring_rows:
        ring_data = pd.DataFrame(ring_rows, columns=["time", "period", "value", "what", "ring"])
        layers.append(alt.Chart(ring_data).mark_point(size=320, strokeWidth=2.5, filled=False).encode(
            x="time:T", y="value:Q", color=alt.Color("ring:N", scale=None),
            tooltip=[alt.Tooltip("what:N", title=""), alt.Tooltip("period:N"),
                     alt.Tooltip("value:Q", format=",.4~g")]))
    if claimed is not None:
        rule_data = pd.DataFrame({"claimed": [claimed], "label": [claimed_label]})
        layers.append(alt.Chart(rule_data).mark_rule(color=CLAIM_COLOUR, strokeDash=[6, 4], strokeWidth=2)
                      .encode(y="claimed:Q", tooltip=[alt.Tooltip("label:N", title="claimed")]))
        layers.append(alt.Chart(rule_data).mark_text(color=CLAIM_COLOUR, align="left", dx=4, dy=-8,
                                                     fontWeight="bold")
                      .encode(y="claimed:Q", x=alt.value(0), text="label:N"))
        claim_time = _period_time(claim_period)
        if claim_time is not None:
            stated = pd.DataFrame({"time": [claim_time], "claimed": [claimed], "period": [claim_period]})
            layers.append(alt.Chart(stated).mark_point(shape="diamond", size=200, color=CLAIM_COLOUR, filled=True)
                          .encode(x="time:T", y="claimed:Q",
                                  tooltip=[alt.Tooltip("period:N", title="claim speaks of")]))
    return alt.layer(*layers).properties(title=title, height=260)


_NOT_YEAR = type("NotYear", (), {"is_year": False})()


def _period_time(period: str | None) -> pd.Timestamp | None:
    parsed = try_parse_period(period) if period else None
    if parsed is None:
        return None
    return pd.Timestamp(parsed.start + (parsed.end - parsed.start) / 2)


def resource_chart(frame: pd.DataFrame, dimensions: Sequence[str], title: str = "") -> alt.Chart:
    """Every series of a resource over time, one colour (and legend entry) per series."""
    data = with_time(frame)
    data = data.assign(series=series_label(data, dimensions))[["time", "period", "value", "unit", "series"]]
    return (alt.Chart(data).mark_line(point=True)
            .encode(x=alt.X("time:T", title="period"),
                    y=alt.Y("value:Q", title=", ".join(sorted(set(data["unit"].astype(str)))) or "value"),
                    color=alt.Color("series:N", legend=alt.Legend(orient="bottom", columns=2, labelLimit=400)),
                    tooltip=["series:N", "period:N", alt.Tooltip("value:Q", format=",.4~g"), "unit:N"])
            .properties(title=title, height=320))
