"""The compiled (mypyc) build of the extraction modules (workbench/native.py, `make native`): used only for the
sources it was built from, and giving what the pure-Python modules give. Skipped where no C compiler exists;
under CI (env CI set) a compiler without a build fails, so CI cannot pass without testing the compiled build."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED, skip_or_fail_in_ci
from workbench import native

# Imports the compiled modules of the `workbench` found first on PYTHONPATH and says where each came from.
WHERE_FROM = """
import importlib, json, workbench
from workbench import native
from workbench.extraction import extract_text
files = [importlib.import_module(m).__file__ for m in native.COMPILED]
claims = extract_text("Exports rose 4.5% to $12 billion in 2023.")
print(json.dumps({"package": workbench.__file__, "files": files, "claims": [c.text for c in claims]}))
"""

# Extracts every text of a JSON list file (argv[1]) and writes one JSON line of claims per text (argv[2]), after
# a line naming the file the extractor module was loaded from.
EXTRACT_ALL = """
import datetime as dt, json, sys
from workbench.extraction import extract_text, extractor
texts = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(extractor.__file__ + "\\n")
    for text in texts:
        claims = extract_text(text, as_of=dt.date(2026, 6, 1))
        out.write(json.dumps([c.model_dump(mode="json") for c in claims], sort_keys=True) + "\\n")
"""


def compiled_build() -> Path:
    """This tree's build for its current sources; skip (no compiler) or fail (CI) without one."""
    folder = Path(native.BUILDS_DIR) / native.source_digest()
    if folder.is_dir():
        return folder
    missing = native.missing_toolchain()
    if missing:
        pytest.skip(f"{missing}: only the pure-Python build can run here")
    skip_or_fail_in_ci(f"no compiled build of these sources in {native.BUILDS_DIR}: run `make native`",
                       " (a compiler is here, so `make test` should have built it; see build/native/build.log)")


def run_python(*args: str, path: Path = ROOT, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([sys.executable, *args], cwd=path, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(path), "PYTHONDONTWRITEBYTECODE": "1", **(env or {})})
    assert done.returncode == 0, done.stderr
    return done.stdout


def where_from(clone: Path, env: dict[str, str] | None = None) -> dict:
    found = json.loads(run_python("-c", WHERE_FROM, path=clone, env=env))
    assert Path(found["package"]).parent == clone / "workbench"  # the clone's package, not this tree's
    assert found["claims"] == ["4.5%", "$12 billion"]
    return found


def test_the_build_is_used_only_for_the_sources_it_was_built_from(tmp_path: Path) -> None:
    build = compiled_build()
    clone = tmp_path / "clone"
    shutil.copytree(ROOT / "workbench", clone / "workbench", ignore=shutil.ignore_patterns("__pycache__"))
    (clone / "build" / "native").mkdir(parents=True)
    (clone / "build" / "native" / build.name).symlink_to(build)

    compiled = where_from(clone)["files"]
    assert all(f.endswith(native.EXTENSION_SUFFIX) and f.startswith(str(clone / "build")) for f in compiled)
    assert all(f.endswith(".py") for f in where_from(clone, env={"WORKBENCH_PURE": "1"})["files"])

    edited = clone / "workbench" / "text.py"  # one compiled module, by a comment only
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert all(f.endswith(".py") for f in where_from(clone)["files"])  # every module, not just text.py


def identity_texts() -> list[str]:
    """Real texts, read where they live: every dev-set and exploration-set text and context, the peers' own test
    suites' strings, and the shipped drafts."""
    texts: list[str] = []
    for jsonl in sorted((ROOT / "benchmarks" / "devsets").rglob("*.jsonl")):
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts += [row[key] for key in ("text", "context") if isinstance(row.get(key), str)]
    suites = SHARED / "peer-suites"
    if not (suites / "score_peer_suites.py").exists():
        skip_or_fail_in_ci(f"the peers' test suites are not in {suites}", " (they must be present in CI)")
    sys.path.insert(0, str(suites))
    try:
        import score_peer_suites as scorer
    finally:
        sys.path.remove(str(suites))
    cases = scorer.q3_suites(suites / "quantulum3")
    cases.update(scorer.rt_suites(suites / "recognizers-text", ["NumberModel", "PercentModel", "CurrencyModel"]))
    texts += sorted({text for subset, _ in cases.values() for text, _ in subset})
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "drafts").glob("*.md"))]
    return texts


def test_compiled_and_pure_python_extract_the_same_claims(tmp_path: Path) -> None:
    compiled_build()
    texts = identity_texts()
    assert len(texts) > 3000
    (tmp_path / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    outputs = {}
    running = {}
    for build, env in (("compiled", {}), ("pure", {"WORKBENCH_PURE": "1"})):  # both at once: two cores
        outputs[build] = tmp_path / f"{build}.jsonl"
        running[build] = subprocess.Popen(
            [sys.executable, "-c", EXTRACT_ALL, str(tmp_path / "texts.json"), str(outputs[build])],
            env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1", **env},
            stderr=subprocess.PIPE, text=True)
    for build, process in running.items():
        _, errors = process.communicate(timeout=900)
        assert process.returncode == 0, f"{build}: {errors}"
    compiled = outputs["compiled"].read_text(encoding="utf-8").splitlines()
    pure = outputs["pure"].read_text(encoding="utf-8").splitlines()
    assert compiled.pop(0).endswith(native.EXTENSION_SUFFIX) and pure.pop(0).endswith(".py")
    assert len(compiled) == len(pure) == len(texts)
    differ = [text for text, a, b in zip(texts, compiled, pure) if a != b]
    assert not differ, f"{len(differ)} texts differ, the first: {differ[0][:300]!r}"


# Prints, for each text of a JSON list (argv[1]), one JSON line: the id of the text as its own claim's surface and
# sentence, then the ids of the claims extracted from it.
CLAIM_IDS = """
import datetime as dt, json, sys
from workbench.extraction import extract_text, extractor
for text in json.loads(sys.argv[1]):
    claims = extract_text(text, as_of=dt.date(2026, 6, 1))
    print(json.dumps([extractor.claim_id(text, text), *[claim.id for claim in claims]]))
"""


def test_claim_ids_of_scripts_whose_lowering_depends_on_context_are_equal_in_both_builds() -> None:
    """A claim's id hashes its sentence lowered: compiled code lowers letter by letter unless it calls CPython's
    own ``str.lower``, which lowers a word-final capital sigma to 'ς' and 'İ' to two code points."""
    compiled_build()
    texts = [
        "İSTANBUL'DA KİRALAR geçen yıl yüzde 64 arttı, İZMİR'de ise yüzde 51.",  # dotted capital I
        "GROSSE STRAẞE: Die Mieten an der Großen Straße stiegen um 3,2 Prozent auf 14,50 Euro.",  # ẞ and ß
        "ΚΥΠΡΟΣ: Ο ΠΛΗΘΩΡΙΣΜΟΣ ΣΤΗΝ ΚΥΠΡΟ ΑΝΗΛΘΕ ΣΤΟ 2,4% ΤΟΝ ΙΟΥΝΙΟ, ΕΝΩ Η ΑΝΕΡΓΙΑ ΕΠΕΣΕ ΣΤΟ 6,1%.",  # final sigma
        "LIETUVOS ĮMONIŲ PELNAS IŠAUGO 12 PROC., o ŪKIO J̃ ĖJIMAS – 3,5 mlrd. eurų.",  # ogonek, a tilde that combines
    ]
    ids = {build: run_python("-c", CLAIM_IDS, json.dumps(texts), env=env).splitlines()
           for build, env in (("compiled", {}), ("pure", {"WORKBENCH_PURE": "1"}))}
    assert all(len(json.loads(line)) > 1 for line in ids["pure"])  # each text's claims as well as the text's own id
    assert ids["compiled"] == ids["pure"]


def test_the_cli_runs_on_the_compiled_build_with_its_caches(tmp_path: Path) -> None:
    """`workbench extract` as a user runs it, its cache folder on (a cached value is keyed by the source of the
    function that builds it, which a compiled function has no code object to give), cold and then warm."""
    compiled_build()
    draft = ROOT / "drafts" / "kazakhstan-russia-visit.md"
    outputs = []
    for env in ({}, {}, {"WORKBENCH_PURE": "1"}):
        env = {**env, "WORKBENCH_CACHE_DIR": str(tmp_path / "cache"), "WORKBENCH_NO_CACHE": ""}
        outputs.append(run_python("-m", "workbench", "extract", str(draft), "--format", "json", env=env))
    assert json.loads(outputs[0])["claims"]
    assert outputs[0] == outputs[1] == outputs[2]


def _package_imports(module: str) -> set[str]:
    """The ``workbench`` modules one module imports anywhere in its source (relative or absolute)."""
    import ast

    path = native.source_path(module)
    package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            parts = package.split(".")[: len(package.split(".")) - max(node.level - 1, 0)] if node.level else []
            base = ".".join([*parts, *([node.module] if node.module else [])])
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found |= {name for name in names if name.split(".")[0] == "workbench" and os.path.exists(native.source_path(name))
                  and (name == "workbench" or Path(native.source_path(name)).suffix == ".py")}
    return found


def test_the_digest_covers_every_module_the_compiled_ones_import() -> None:
    # an edit of a module whose types were compiled in (a model's field) must make the build stale as well
    closure, todo = set(native.COMPILED), list(native.COMPILED)
    while todo:
        for imported in _package_imports(todo.pop()) - closure:
            closure.add(imported)
            todo.append(imported)
    assert sorted(closure - set(native.COMPILED)) == sorted(native.IMPORTED)


def test_the_kept_digest_is_the_sources_digest_until_a_source_is_written(tmp_path: Path) -> None:
    # read from the kept file while no source's stats changed; any write to one makes it computed again
    package = tmp_path / "workbench"
    shutil.copytree(ROOT / "workbench", package, ignore=shutil.ignore_patterns("__pycache__", "data"))
    kept = str(tmp_path / "sources.digest")
    first = native.kept_source_digest(str(package), kept)
    assert first == native.source_digest(str(package))
    assert native.kept_source_digest(str(package), kept) == first

    edited = package / "units.py"  # one compiled module, by a comment only
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    again = native.kept_source_digest(str(package), kept)
    assert again != first and again == native.source_digest(str(package))
    assert Path(kept).read_text(encoding="ascii").split()[1] == again


def test_a_kept_digest_that_cannot_be_written_is_computed(tmp_path: Path) -> None:
    package = tmp_path / "workbench"
    shutil.copytree(ROOT / "workbench", package, ignore=shutil.ignore_patterns("__pycache__", "data"))
    nowhere = str(tmp_path / "no-such-folder" / "sources.digest")
    assert native.kept_source_digest(str(package), nowhere) == native.source_digest(str(package))


def test_the_extraction_modules_read_the_claim_enums_through_their_constants() -> None:
    """``vocabulary.Kinds``/``Qualifiers``/``Directions`` hold every member of ``Kind``/``Qualifier``/``Direction``
    and nothing else, and the compiled modules read the members there: compiled, ``Kind.change`` is an attribute
    call through ``EnumType.__getattr__`` (benchmarks/README.md, "Thirty-sixth performance pass")."""
    import re

    from workbench.extraction.vocabulary import Directions, Kinds, Qualifiers
    from workbench.models import Direction, Kind, Qualifier

    for enum, constants in ((Kind, Kinds), (Qualifier, Qualifiers), (Direction, Directions)):
        held = {name: value for name, value in vars(constants).items() if not name.startswith("__")}
        assert held == dict(enum.__members__)
        assert all(held[name] is member for name, member in enum.__members__.items())
    member_read = re.compile(r"(?<![\w.])(?:Kind|Qualifier|Direction)\.[a-z]")
    for module in native.COMPILED:
        source = Path(native.source_path(module, str(ROOT / "workbench"))).read_text(encoding="utf-8")
        reads = [line for line in source.splitlines() if member_read.search(line.split("#")[0])]  # (code, not comments)
        if module.endswith(".vocabulary"):
            reads = [line for line in reads if ": Final = " not in line]
        assert not reads, f"{module}: {reads[0].strip()}"
