"""The JSON Schemas in docs/schemas/ are exactly what the models export today."""

from pathlib import Path

import pytest

from workbench.schemas import SCHEMAS, render_schema

DOCS = Path(__file__).resolve().parent.parent / "docs" / "schemas"


@pytest.mark.parametrize("filename", sorted(SCHEMAS))
def test_exported_schema_is_current(filename: str) -> None:
    committed = (DOCS / filename).read_text(encoding="utf-8")
    assert committed == render_schema(SCHEMAS[filename]), f"run `make schemas` to refresh docs/schemas/{filename}"
