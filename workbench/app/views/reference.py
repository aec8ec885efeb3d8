"""The reference-data browser: every resource, its sources and licences, its table and a chart."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from ...errors import WorkbenchError
from ...reference import LoadedResource, ReferenceData
from .. import state
from ..catalog import app_config
from ..charts import resource_chart, series_label
from ..claim_panel import link_html, md, safe_url


def resources_frame(reference: ReferenceData) -> pd.DataFrame:
    rows = []
    for name, res in reference.resources.items():
        periods = sorted(res.frame["period"].astype(str).unique())
        rows.append({
            "name": name, "title": res.meta.title, "metric": res.meta.workbench.metric,
            "kind": res.meta.workbench.kind.value, "rows": len(res.frame),
            "periods": f"{periods[0]} … {periods[-1]}" if periods else "",
            "dimensions": list(res.dimensions),
            "publisher": res.meta.workbench.publisher or (res.meta.sources[0].title if res.meta.sources else ""),
        })
    return pd.DataFrame(rows)


def _resource_details(res: LoadedResource) -> None:
    meta = res.meta
    st.subheader(md(meta.title), anchor=False)
    st.caption(f"{md(res.name)} · metric “{md(meta.workbench.metric)}” · kind {meta.workbench.kind.value} · "
               f"{len(res.frame)} observations")
    if meta.description:
        st.markdown(md(meta.description))
    left, right = st.columns(2)
    with left:
        st.markdown("**Sources**")
        st.html(_links_html([(source.title, source.path) for source in meta.sources]))
        if meta.licenses:
            st.markdown("**Licences**")
            st.html(_links_html([(licence.title or licence.name or "licence", licence.path)
                                 for licence in meta.licenses]))
    with right:
        if meta.workbench.aliases:
            st.markdown("**Also called**: " + md(", ".join(meta.workbench.aliases)))
        for dim, values in meta.workbench.dimension_aliases.items():
            for value, aliases in values.items():
                st.markdown(f"**{md(dim)}** {md(value)}: " + md(", ".join(aliases)))
        if meta.workbench.fetched is not None:
            fetched = meta.workbench.fetched
            st.html(f'<div style="font-size:.85rem;color:#57606a">Fetched {html.escape(str(fetched.retrieved))} '
                    f"from {link_html(str(fetched.url), str(fetched.url))}</div>")
    dims = [d for d in res.dimensions if d != "source"] + (["source"] if "source" in res.dimensions else [])
    st.altair_chart(resource_chart(res.frame, dims, title=meta.workbench.metric), width="stretch")
    units = res.frame["unit"].astype(str).value_counts()
    if len(units) > 1:
        st.caption(md(f"Drawn in {units.index[0] or 'plain numbers'} (one unit per chart); the table also has "
                      + ", ".join(f"{n} rows in {u or 'plain numbers'}" for u, n in units.iloc[1:].items()) + "."))
    frame = res.frame.assign(series=series_label(res.frame, dims))
    if "source_url" in frame.columns:  # only http(s) addresses become links
        frame["source_url"] = frame["source_url"].map(safe_url)
    columns = ["row", "period", "value", "unit", *res.dimensions, "source_title", "source_url"]
    st.dataframe(frame[[c for c in columns if c in frame.columns]], hide_index=True, width="stretch",
                 column_config={
                     "row": st.column_config.NumberColumn("Row", width="small", help="1-based data row in the CSV"),
                     "value": st.column_config.NumberColumn("Value", format="localized"),
                     "source_title": st.column_config.TextColumn("Source"),
                     "source_url": st.column_config.LinkColumn("Link", display_text="open ↗"),
                 })


def _links_html(items: list[tuple[str, str | None]]) -> str:
    """A list of titles, each a real link when its address is http(s)."""
    rows = "".join(f"<li>{link_html(title, url)}</li>" for title, url in items)
    return f'<ul style="margin:0 0 .5rem 1.2rem;padding:0">{rows}</ul>'


def render() -> None:
    st.title("Reference data")
    try:
        config = app_config()
        reference = state.reference_data(config)
    except WorkbenchError as exc:
        st.error(f"The reference data cannot be used — {md(str(exc))}", icon=":material/block:")
        return
    folders = ", ".join(md(str(d)) for d in config.reference)
    st.caption(f"{len(reference.resources)} resources, {reference.observations} observations from {folders} "
               f"· fingerprint {reference.fingerprint[:12]}")
    overview = resources_frame(reference)
    query = st.text_input("Filter resources", placeholder="metric, title or name", key="resource_filter")
    if query:
        needle = query.lower()
        mask = overview[["name", "title", "metric", "publisher"]].apply(
            lambda col: col.astype(str).str.lower().str.contains(needle, regex=False)).any(axis=1)
        overview = overview[mask]
    st.dataframe(overview, hide_index=True, width="stretch",
                 column_config={"dimensions": st.column_config.ListColumn("Dimensions"),
                                "rows": st.column_config.NumberColumn("Rows", width="small")})
    names = list(overview["name"]) if len(overview) else []
    if not names:
        st.info("No resource matches the filter.", icon=":material/search:")
        return
    _browse(reference, names)


@st.fragment
def _browse(reference: ReferenceData, names: list[str]) -> None:
    """Picking a resource reruns only this part of the page."""
    name = st.selectbox("Resource", names, key="resource_pick",
                        format_func=lambda n: f"{reference.resources[n].meta.title} ({n})")
    _resource_details(reference.resources[name])
