#!/usr/bin/env bash
# A scratch mypyc build of the hot extraction modules, to measure it (issue 11, fourteenth pass,
# benchmarks/README.md); nothing here ships, and the source tree is not touched.
#   .venv/bin/pip install mypy && benchmarks/mypyc_scratch.sh /tmp/wb-mypyc
# then, from that folder, `.venv/bin/python -m pytest tests/test_extraction*.py` (symlink this tree's .venv
# there, and ../shared beside it) runs the tests on the compiled build; scripts run there import the .so files.
# The patch holds what mypyc needs beyond the source's own types: classes with cached_property made
# non-native (mypyc treats the decorator as a plain property, so a gazetteer's 16 k-name pattern was
# rebuilt at every figure), a deletable-attributes list, and two lookups it cannot type in a cycle.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: mypyc_scratch.sh SCRATCH_DIR}
rm -rf "$out"; mkdir -p "$out/benchmarks"
cp -r "$root/workbench" "$root/tests" "$root/drafts" "$root/claims" "$root/reference_data" "$root/docs" "$out/"
cp "$root"/benchmarks/*.py "$out/benchmarks/"
find "$out" -name __pycache__ -prune -exec rm -rf {} +
(cd "$out" && patch -s -p1 < "$root/benchmarks/mypyc_scratch.patch")
# headers.py is left out: mypyc 2.4.1 stops on it with an internal error (an AssertionError on Any).
modules=$(cd "$out" && ls workbench/extraction/*.py | grep -v -e __init__ -e parallel -e headers; \
  echo workbench/numbers.py workbench/units.py workbench/patterns.py workbench/structure.py \
       workbench/text.py workbench/periods.py workbench/places.py workbench/gazetteer.py)
# mypyc runs setuptools in the current folder; pyproject.toml is copied after (setuptools rejects its licence table there)
(cd "$out" && MYPYC_OPT_LEVEL=3 "$root/.venv/bin/mypyc" --ignore-missing-imports --follow-imports=silent $modules >/dev/null)
cp "$root/pyproject.toml" "$out/"
echo "compiled: $(find "$out/workbench" -name '*.so' | wc -l) modules in $out"
