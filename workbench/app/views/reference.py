"""The reference-data browser: every resource, its sources and licences, its table and a chart."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ...errors import WorkbenchError
from ...reference import LoadedResource, ReferenceData
from .. import state
from ..catalog import app_config
from ..charts import resource_chart, series_label
from ..claim_panel import md


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
    st.subheader(meta.title)
    st.caption(f"`{res.name}` · metric “{md(meta.workbench.metric)}” · kind {meta.workbench.kind.value} · "
               f"{len(res.frame)} observations")
    if meta.description:
        st.markdown(md(meta.description))
    left, right = st.columns(2)
    with left:
        st.markdown("**Sources**")
        for source in meta.sources:
            if source.path and source.path.startswith(("http://", "https://")):
                st.markdown(f"- [{md(source.title)}]({source.path})")
            else:
                st.markdown(f"- {md(source.title)}")
        if meta.licenses:
            st.markdown("**Licences**")
            for licence in meta.licenses:
                name = licence.title or licence.name or "licence"
                if licence.path:
                    st.markdown(f"- [{md(name)}]({licence.path})")
                else:
                    st.markdown(f"- {md(name)}")
    with right:
        if meta.workbench.aliases:
            st.markdown("**Also called**: " + md(", ".join(meta.workbench.aliases)))
        for dim, values in meta.workbench.dimension_aliases.items():
            for value, aliases in values.items():
                st.markdown(f"**{md(dim)}** {md(value)}: " + md(", ".join(aliases)))
        if meta.workbench.fetched is not None:
            st.caption(f"Fetched {meta.workbench.fetched.retrieved} from {md(meta.workbench.fetched.url)}")
    dims = [d for d in res.dimensions if d != "source"] + (["source"] if "source" in res.dimensions else [])
    st.altair_chart(resource_chart(res.frame, dims, title=meta.workbench.metric), width="stretch")
    frame = res.frame.assign(series=series_label(res.frame, dims))
    columns = ["row", "period", "value", "unit", *res.dimensions, "source_title", "source_url"]
    st.dataframe(frame[[c for c in columns if c in frame.columns]], hide_index=True, width="stretch",
                 column_config={
                     "row": st.column_config.NumberColumn("Row", width="small", help="1-based data row in the CSV"),
                     "value": st.column_config.NumberColumn("Value", format="localized"),
                     "source_title": st.column_config.TextColumn("Source"),
                     "source_url": st.column_config.LinkColumn("Link", display_text="open ↗"),
                 })


def render() -> None:
    st.title("Reference data")
    try:
        config = app_config()
        reference = state.reference_data(config)
    except WorkbenchError as exc:
        st.error(f"The reference data cannot be used — {exc}", icon=":material/block:")
        return
    folders = ", ".join(f"`{d}`" for d in config.reference)
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
