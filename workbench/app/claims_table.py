"""The claims table in plain HTML (ARIA table roles): a small ``st.components.v2`` component (no iframe).

Streamlit's data grid costs the browser about 1.5 MB of JavaScript (Arrow and the grid) on the page's
first load and a redraw of its canvas on every run; this table is built from a JSON list of rows with
``textContent`` (nothing from a draft is parsed as HTML), keeps the rows it already drew and rebuilds
only the rows whose cells changed, so a save that changes one claim touches one row. Every row has
the same height and rows off screen are skipped by ``content-visibility``: layout costs what the
visible rows cost. A row is chosen with a click, or with Enter/Space on its claim (a button); the
choice comes back as the trigger value ``selected``. A column header sorts the rows in the browser
(again: the other direction; a third time: the page's order); "Next" and "Previous" keep following
the page's order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from .components import component


@dataclass(frozen=True)
class Column:
    field: str  # the frame's column
    title: str
    width: str  # the column's fixed CSS width: every row has the same height, so rows off screen cost nothing
    help: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("#", "#", "3rem", "Order in the draft"),
    # The verdict right after the number: on a phone only the first columns fit the screen.
    Column("verdict", "Verdict", "9rem", "The reviewer's verdict when reviewed, else the automatic one"),
    Column("claim", "Claim", "12rem"),
    Column("reviewed", "Reviewed", "5.5rem"),
    Column("subject", "About", "10rem"),
    Column("period", "Period", "6rem"),
    Column("automatic", "Automatic", "9rem"),
    Column("flags", "Flags", "9rem"),
    Column("line", "Line", "3.5rem"),
    Column("status", "Status", "7rem"),
    Column("assignee", "Assigned to", "8rem"),
    Column("comments", "Comments", "6rem"),
    Column("explanation", "Why", "40rem"),
)
NUMERIC = ("#", "line", "comments")


def _cell(field: str, value: Any) -> str:
    if field == "reviewed":
        return "✎ yes" if bool(value) else "no"
    if field == "flags":
        return ", ".join(str(v) for v in value) if value is not None else ""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def table_rows(frame: pd.DataFrame) -> list[list[str]]:
    """One list per claim: its id, then each column's text as the table shows it."""
    columns = [frame[c.field].tolist() for c in COLUMNS]
    return [[str(cid), *(_cell(c.field, values[i]) for c, values in zip(COLUMNS, columns))]
            for i, cid in enumerate(frame["id"].tolist())]


_CSS = """
.cw-table{max-height:560px;overflow:auto;border:1px solid #d0d7de;border-radius:.5rem;font-size:.875rem;
  font-family:'Source Sans',system-ui,sans-serif;color:#1f2328;line-height:1.25rem}
.cw-row{display:grid;grid-template-columns:var(--cw-columns);width:max-content;min-width:100%}
.cw-head{position:sticky;top:0;z-index:1;background:#f6f8fa;font-weight:600;border-bottom:1px solid #d0d7de}
.cw-head button{all:unset;box-sizing:border-box;display:block;width:100%;padding:.35rem .5rem;cursor:pointer;
  white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.cw-head button:focus-visible{outline:2px solid #1f6feb;outline-offset:-2px}
.cw-head [aria-sort="ascending"] button::after{content:" ▲"}
.cw-head [aria-sort="descending"] button::after{content:" ▼"}
/* Rows off screen are neither laid out nor painted: a 300-claim table costs what its visible rows cost. */
.cw-body .cw-row{content-visibility:auto;contain-intrinsic-size:auto 2rem;height:2rem;box-sizing:border-box;
  border-bottom:1px solid #eaeef2;cursor:pointer}
.cw-body .cw-row > div{padding:.375rem .5rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.cw-body .cw-num{text-align:right;font-variant-numeric:tabular-nums}
.cw-body .cw-row:hover{background:#f3f6fb}
.cw-body .cw-row[aria-current="true"]{background:#ddeafd}
.cw-body button{all:unset;cursor:pointer;color:#0550ae;text-decoration:underline;text-underline-offset:2px}
.cw-body button:focus-visible{outline:2px solid #1f6feb;outline-offset:1px}
"""

_JS = """
export default function(component) {
  const { data, setTriggerValue, parentElement } = component;
  let box = parentElement.querySelector('.cw-table');
  if (!box) {
    box = document.createElement('div');
    box.className = 'cw-table';
    box.setAttribute('role', 'table');
    box.innerHTML = '<div role="rowgroup" class="cw-head"><div role="row" class="cw-row"></div></div>'
                  + '<div role="rowgroup" class="cw-body"></div>';
    parentElement.appendChild(box);
    // One listener for every row (delegation); a row, or its claim button, opens the claim.
    box.addEventListener('click', (event) => {
      const sort = event.target.closest('.cw-head button');
      if (sort) { box.cwSort(Number(sort.dataset.column)); return; }
      const row = event.target.closest('[data-claim-id]');
      if (row) { box.cwChoose(row.dataset.claimId); }
    });
    box.cwOrder = null;  // the column the reader sorted by (index, direction), else the page's order
  }
  box.cwChoose = (id) => setTriggerValue('selected', id);
  window.__cwClaimsTable = box;
  box.cwRender = (data) => render(box, data);
  render(box, data);
}

function render(box, data) {
  box.cwData = data;
  box.setAttribute('aria-label', data.label);
  box.setAttribute('aria-rowcount', String(data.rows.length + 1));
  const head = box.querySelector('.cw-head .cw-row');
  const body = box.querySelector('.cw-body');
  const heads = JSON.stringify(data.columns);
  if (box.cwHeads !== heads) {
    box.style.setProperty('--cw-columns', data.columns.map((c) => c.width).join(' '));
    head.replaceChildren(...data.columns.map((c, i) => {
      const th = document.createElement('div');
      th.setAttribute('role', 'columnheader');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.column = String(i);
      button.textContent = c.title;
      button.title = c.help ? c.help + ' (sort)' : 'Sort by ' + c.title;
      th.appendChild(button);
      return th;
    }));
    box.cwHeads = heads;
  }
  // The claim panel's own runs send the rows they changed (same columns): only those are redrawn.
  box.cwPatch = (changed, selected) => {
    const byId = new Map(changed.map((cells) => [cells[0], cells]));
    render(box, {...box.cwData, selected, rows: box.cwData.rows.map((cells) => byId.get(cells[0]) || cells)});
  };
  const known = box.cwRows || new Map();  // id -> [signature, row]
  const fresh = new Map();
  const rows = data.rows.map((cells) => {
    const id = cells[0];
    const signature = cells.join('\\u0001');
    const kept = known.get(id);
    if (kept && kept[0] === signature) { fresh.set(id, kept); return kept[1]; }
    const tr = kept ? kept[1] : document.createElement('div');
    tr.className = 'cw-row';
    tr.setAttribute('role', 'row');
    tr.dataset.claimId = id;
    tr.replaceChildren(...data.columns.map((c, i) => {
      const td = document.createElement('div');
      td.setAttribute('role', 'cell');
      const text = cells[i + 1];
      if (c.field === 'claim') {
        const open = document.createElement('button');
        open.type = 'button';
        open.textContent = text;
        td.appendChild(open);
      } else {
        td.textContent = text;
      }
      if (c.numeric) { td.className = 'cw-num'; }
      if (text.length > 12) { td.title = text; }
      return td;
    }));
    tr.cwCells = cells;
    fresh.set(id, [signature, tr]);
    return tr;
  });
  box.cwRows = fresh;
  box.cwPageOrder = rows;
  const place = () => {
    let ordered = box.cwPageOrder;
    head.querySelectorAll('[aria-sort]').forEach((th) => th.removeAttribute('aria-sort'));
    if (box.cwOrder) {
      const [index, direction] = box.cwOrder;
      const numeric = data.columns[index].numeric;
      const key = (tr) => tr.cwCells[index + 1];
      ordered = [...ordered].sort((a, b) => direction * (numeric ? Number(key(a) || 0) - Number(key(b) || 0)
                                                         : key(a).localeCompare(key(b))));
      head.children[index]?.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
    }
    // Only when the order or the set of rows changed: a save that changed one row's cells moves nothing.
    const current = body.children;
    const same = current.length === ordered.length && ordered.every((tr, i) => current[i] === tr);
    if (!same) { body.replaceChildren(...ordered); }
  };
  box.cwSort = (index) => {
    const [was, direction] = box.cwOrder || [-1, 0];
    const next = index === was ? (direction === 1 ? -1 : direction === -1 ? 0 : 1) : 1;
    box.cwOrder = next === 0 ? null : [index, next];
    place();
  };
  place();
  const before = body.querySelector('[aria-current]');
  const chosen = data.selected ? fresh.get(data.selected) : null;
  if (before && (!chosen || before !== chosen[1])) { before.removeAttribute('aria-current'); }
  if (chosen) { chosen[1].setAttribute('aria-current', 'true'); }
}
"""

def show_claims_table(rows: list[list[str]], *, key: str, on_select: Callable[[], None], selected: str | None,
                      label: str = "All claims") -> None:
    """Mount the table of ``rows`` (``table_rows`` of ``review.claims_frame``'s columns); ``on_select`` runs
    when a row is chosen (read ``chosen_row(key)``)."""
    columns = [{"field": c.field, "title": c.title, "width": c.width, "help": c.help, "numeric": c.field in NUMERIC}
               for c in COLUMNS]
    component("claim_workbench_claims_table", js=_JS, css=_CSS)(key=key, data={"columns": columns, "rows": rows, "selected": selected, "label": label},
               on_selected_change=on_select)


def chosen_row(key: str) -> str | None:
    """The claim id of the row last chosen in the table ``key``."""
    value = st.session_state.get(key)
    chosen = getattr(value, "selected", None) if value is not None else None
    return str(chosen) if chosen else None

