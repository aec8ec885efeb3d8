"""Export the JSON Schema of every file format, from the pydantic models that define them."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from pydantic import BaseModel

# file name → "module:Model". Each model is the single source of truth for its format.
SCHEMAS: dict[str, str] = {
    "claims.schema.json": "workbench.models:ExtractionReport",
    "baseline.schema.json": "workbench.baseline:Baseline",
    "check-report.schema.json": "workbench.models:CheckReport",
    "config.schema.json": "workbench.config:Config",
    "datapackage.schema.json": "workbench.datapackage:DataPackage",
    "ledger.schema.json": "workbench.ledger:Ledger",
}


def _model(ref: str) -> type[BaseModel]:
    module, name = ref.split(":")
    return getattr(importlib.import_module(module), name)


def render_schema(ref: str) -> str:
    schema = _model(ref).model_json_schema(mode="serialization")
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schemas(out: Path) -> list[Path]:
    from .atomic import make_folder, replace_together

    make_folder(out)
    # Every schema staged before any is replaced: a full disk leaves the folder's schemas as they were.
    files = {out / filename: render_schema(ref).encode("utf-8") for filename, ref in SCHEMAS.items()}
    replace_together(files)
    return list(files)
