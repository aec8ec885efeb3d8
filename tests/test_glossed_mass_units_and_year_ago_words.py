"""Words of other languages read by kind (``workbench/data/languages.json``): a Ukrainian mass written
'тис. тон' and an Azerbaijani 'milyon ton' glued to its verb ('tonolmuşdur') are tonnes, never a headcount;
a Slovenian 12-month rate said against 'a year ago' ('kot pred enim letom') keeps its 12-month basis though the
next clause compares prices with the month before. Sentences and packages written here, with invented figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench
from package_support import claim_results, cpi_package

from workbench.models import Verdict


def _units(tmp_path: Path, text: str) -> dict[str, str | None]:
    draft = tmp_path / "novyna.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return {c["text"]: c["unit"] for c in json.loads(run.stdout)["claims"]}


@pytest.mark.parametrize(("text", "figure"), [
    ("Торік підприємства області викинули в повітря 4812,6 тис. тон забруднюючих речовин.", "4812,6"),
    ("За оцінкою відомства, викиди діоксиду вуглецю сягнули 73,2 млн тон.", "73,2"),
    ("Hesabata görə, ölkədə sement istehsalı 4,2 milyon tonolmuşdur.", "4,2"),
])
def test_a_mass_in_tonnes_is_read_as_tonnes(tmp_path: Path, text: str, figure: str) -> None:
    units = _units(tmp_path, text)
    read = [unit for surface, unit in units.items() if surface.startswith(figure)]
    assert read == ["t"], units


def test_a_slovenian_rate_against_a_year_ago_is_no_month_on_month_change(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("Slovenia", 2022): 8.8, ("Slovenia", 2023): 7.4})
    text = ("Cene življenjskih potrebščin so bile marca za 7,1 odstotka višje kot pred enim letom, "
            "v primerjavi s februarjem pa so se zvišale.")
    result = next(r for surface, r in claim_results(text, [cpi], "2023-04-02").items() if surface.startswith("7,1"))
    assert not (result.verdict is Verdict.unsupported and result.reason == "month_on_month"), result.explanation

