"""The claims table's rows as the page sends them: the page's order, every column as text."""

from __future__ import annotations

import pandas as pd

from workbench.app.claims_table import COLUMNS, table_rows


def test_rows_keep_the_frame_order_and_show_every_column_as_text() -> None:
    frame = pd.DataFrame({
        "id": ["c-2", "c-1"], "#": [2, 1], "line": [7, 3], "claim": ["9.5 million tonnes", "12%"],
        "subject": ["wheat", None], "period": ["", "2023"], "verdict": ["✔ Supported", "? Unsupported"],
        "automatic": ["⚠ Needs review", "? Unsupported"], "flags": [["stale", "derived"], []],
        "reviewed": [True, False], "explanation": ["a long reason", ""], "status": ["checked", "to check"],
        "assignee": ["Dana Ö", ""], "comments": [2, 0],
    })
    rows = table_rows(frame)
    assert [r[0] for r in rows] == ["c-2", "c-1"]
    first = dict(zip(["id", *(c.field for c in COLUMNS)], rows[0]))
    assert first["verdict"] == "✔ Supported" and first["flags"] == "stale, derived"
    assert first["reviewed"] == "✎ yes" and first["comments"] == "2" and first["#"] == "2"
    second = dict(zip(["id", *(c.field for c in COLUMNS)], rows[1]))
    assert second["reviewed"] == "no" and second["subject"] == "" and second["flags"] == ""
    # The verdict is the second column: on a phone only the first columns fit the screen.
    assert [c.field for c in COLUMNS][:2] == ["#", "verdict"]
