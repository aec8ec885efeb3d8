"""What loading yields: ``ReferenceData``, one ``LoadedResource`` (a tidy frame) per resource."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..datapackage import SOURCE_COLUMN, LoadedMeta
from ..numbers import reads_as_float
from .problems import Problem


@dataclass(frozen=True)
class LoadedResource:
    meta: LoadedMeta  # .name is ``resource`` or, for a wide table's columns, ``resource:column``
    dimensions: tuple[str, ...]
    frame: pd.DataFrame
    package_dir: Path
    csv_path: Path

    @property
    def name(self) -> str:
        return self.meta.name


@dataclass(frozen=True)
class ReferenceData:
    resources: dict[str, LoadedResource]
    fingerprint: str
    package_dirs: tuple[Path, ...] = ()
    # Warnings, and with ``skip_invalid`` the errors of the resources that were left out.
    problems: tuple[Problem, ...] = ()

    @property
    def observations(self) -> int:
        return sum(len(r.frame) for r in self.resources.values())

    def gazetteer_terms(self) -> dict[str, list[str]]:
        """Every dimension value (except source titles) → its aliases, for entity recognition."""
        from ..gazetteer import part_short_name

        terms: dict[str, list[str]] = {}
        for res in self.resources.values():
            aliases = res.meta.workbench.dimension_aliases
            for dim in res.dimensions:
                if dim == SOURCE_COLUMN:
                    continue
                uniques = res.frame[dim].unique()
                if _code_column(uniques):
                    continue  # ISO codes (ABW, AND, CAN) beside a name column are not words of a text
                for value in uniques:
                    value = str(value)
                    if not value.strip() or reads_as_float(value):
                        continue
                    known = terms.setdefault(value, [])
                    # 'North Kazakhstan' names 'North Kazakhstan Region' as surely as its full name
                    short = part_short_name(value)
                    for alias in [*aliases.get(dim, {}).get(value, []), *([short] if short else [])]:
                        if alias not in known:
                            known.append(alias)
        return terms


def _code_column(values: object) -> bool:
    import re

    codes = [str(v) for v in values]  # type: ignore[attr-defined]
    return len(codes) > 3 and all(re.fullmatch(r"[A-Z0-9]{2,3}", c) for c in codes)
