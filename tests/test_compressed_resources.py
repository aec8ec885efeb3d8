"""A package resource shipped compressed, as Frictionless allows (`"compression": "gzip"` or `"zip"`, or a path
ending `.gz`/`.zip`): read from its expanded text in memory under the caps a zipped package has, so a
publisher's `data/exports.csv.gz` checks like the CSV it holds; a compression bomb, a damaged file or a zip of
several files is one line saying so, never a read to the end."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest
from conftest import run_workbench
from package_support import publisher_package

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

DRAFT = "---\ndate: 2023-05-01\n---\n\nMalawi's exports were worth 41.5 in 2021, its customs office said.\n"


def _zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _compressed_package(tmp_path: Path, how: str, packed: bytes | None = None) -> tuple[Path, bytes]:
    """The exports package with its CSV replaced by ``packed`` (default: the CSV itself, compressed ``how``)."""
    folder = publisher_package(tmp_path / "exports", "exports", "Exports of Malawi", "Exports",
                               {("Malawi", 2021): 41.5, ("Malawi", 2022): 44.0})
    plain = folder / "data" / "exports.csv"
    text = plain.read_bytes()
    plain.unlink()
    descriptor = json.loads((folder / "datapackage.json").read_text())
    entry = descriptor["resources"][0]
    if how == "gzip by suffix":
        name, data = "exports.csv.gz", gzip.compress(text)
    elif how == "gzip declared":
        name, data = "exports.csv", gzip.compress(text)
        entry["compression"] = "gzip"
    else:
        name, data = "exports.zip", _zip_of({"exports.csv": text})
    entry["path"] = f"data/{name}"
    (folder / "data" / name).write_bytes(packed if packed is not None else data)
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder, text


@pytest.mark.parametrize("how", ["gzip by suffix", "gzip declared", "zip by suffix"])
def test_a_compressed_resource_is_read_like_the_csv_it_holds(tmp_path: Path, how: str) -> None:
    folder, _ = _compressed_package(tmp_path, how)
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    assert run_workbench("reference", "validate", folder, cwd=tmp_path).returncode == 0
    run = run_workbench("check", draft, "--reference", folder, "--format", "json", "--exit-zero", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    [result] = json.loads(run.stdout)["drafts"][0]["results"]
    assert result["verdict"] == "supported", result


@pytest.mark.parametrize("damage, says", [
    ("bomb", "compression bomb"),
    ("cut short", "not a readable gzip file"),
    ("two files in the zip", "a zip of 2 files"),
])
def test_a_compressed_resource_that_cannot_be_read_is_one_line(tmp_path: Path, damage: str, says: str) -> None:
    if damage == "bomb":  # 40 MB of one repeated row: a ratio no published table has
        how, packed = "gzip by suffix", gzip.compress(b"Country,Country Code,Year,Exports\n" + b"0" * (40 << 20))
    elif damage == "cut short":
        how, packed = "gzip declared", gzip.compress(b"Country,Country Code,Year,Exports\nMalawi,MWI,2021,41.5\n")[:30]
    else:
        how, packed = "zip by suffix", _zip_of({"exports.csv": b"a\n", "notes.csv": b"b\n"})
    folder, _ = _compressed_package(tmp_path, how, packed)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    run = run_workbench("check", draft, "--reference", folder, cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == "", run.stderr
    [line] = run.stderr.strip().splitlines()
    assert says in line and "exports" in line, line
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(how=st.sampled_from(["gzip by suffix", "gzip declared", "zip by suffix"]),
       damage=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=4),
       cut=st.none() | st.floats(0, 1))
def test_any_damage_to_a_compressed_resource_is_a_result_or_one_line(tmp_path_factory: pytest.TempPathFactory,
                                                                    how: str, damage: list[tuple[float, int]],
                                                                    cut: float | None) -> None:
    root = tmp_path_factory.mktemp("compressed")
    folder, _ = _compressed_package(root, how)
    packed = next(p for p in (folder / "data").iterdir())
    data = bytearray(packed.read_bytes())
    for where, byte in damage:
        data[int(where * len(data))] = byte
    if cut is not None:
        data = data[:int(cut * len(data))]
    packed.write_bytes(bytes(data))
    (root / "d.md").write_text(DRAFT, encoding="utf-8")
    for command in (("reference", "validate", folder), ("check", "d.md", "--reference", folder)):
        run = run_workbench(*command, cwd=root)  # an internal error fails here
        assert run.returncode in (0, 1, 2), run.stderr
        if run.returncode == 2 and command[0] == "check":
            assert len(run.stderr.strip().splitlines()) == 1, run.stderr
