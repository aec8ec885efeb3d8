"""Reference data: the shipped package, validated loading, the content cache and `workbench reference`."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from conftest import REFERENCE, run_workbench
from workbench.errors import ReferenceDataError
from workbench.reference import (ReferenceProblems, clear_cache, load_reference, validate_packages)

CANONICAL_UNIT = re.compile(r"^(|[A-Z]{3}|%|pp|bp|x|t|km|m3|bbl|bbl/d)$")


# ---------------------------------------------------------------------------------------------
# Helpers: a small package written to disk, as a team would write its own


def resource_entry(name: str = "team_trade", dims: tuple[str, ...] = ("country", "source"), **overrides: object) -> dict:
    fields = [{"name": "period", "type": "string"}, {"name": "value", "type": "number"},
              {"name": "unit", "type": "string"}, *({"name": d, "type": "string"} for d in dims)]
    entry = {"name": name, "path": f"{name}.csv", "title": "Team figures",
             "schema": {"fields": fields},
             "sources": [{"title": "Team sheet", "path": "https://example.org/sheet"}],
             "workbench": {"metric": "bilateral trade turnover", "aliases": ["trade"], "kind": "level"}}
    entry.update(overrides)
    return entry


def write_package(folder: Path, csvs: dict[str, str], resources: list[dict] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    resources = resources if resources is not None else [resource_entry(name) for name in csvs]
    (folder / "datapackage.json").write_text(json.dumps({"name": "team", "resources": resources}, indent=2))
    for name, text in csvs.items():
        (folder / f"{name}.csv").write_text(text)
    return folder


GOOD_CSV = "period,value,unit,country,source\n2022,28200000000,USD,Kazakhstan,Team sheet\n2023,1,USD,Kazakhstan,\n"


pytestmark = pytest.mark.usefixtures("fresh_reference_cache")  # no package read by one test leaks into the next


def messages(problems) -> list[str]:
    return [str(p) for p in problems]


# ---------------------------------------------------------------------------------------------
# The shipped package


@pytest.fixture(scope="module")
def shipped():
    clear_cache()
    return load_reference([REFERENCE])


def rows(data, resource: str, **dims: str):
    frame = data.resources[resource].frame
    for dim, value in dims.items():
        frame = frame[frame[dim] == value]
    return frame


def test_shipped_package_validates_with_every_row_sourced(shipped) -> None:
    assert validate_packages([REFERENCE]) == []
    for name, res in shipped.resources.items():
        frame = res.frame
        assert len(frame), name
        assert frame["source_title"].str.len().min() > 0, name
        assert frame["source_url"].str.match(r"^https?://").all(), name
        assert all(CANONICAL_UNIT.match(u) for u in frame["unit"].unique()), (name, frame["unit"].unique())
        assert res.meta.workbench.metric and res.meta.workbench.aliases, name
        assert list(frame.columns[:4]) == ["row", "period", "value", "unit"]
        assert list(frame["row"]) == list(range(1, len(frame) + 1))


def test_trade_keeps_russian_and_kazakh_figures_and_growth_can_be_recomputed(shipped) -> None:
    usd = rows(shipped, "bilateral_trade", unit="USD")
    by = {(r.period, r.note.split(";")[0]): r.value for r in usd.itertuples()}
    assert by[("2022", "Russian-side figure")] == 28_200_000_000
    assert by[("2022", "Kazakh-side figure")] == 26_100_000_000
    assert by[("2023-01/2023-08", "Russian-side figure")] == 18_900_000_000
    assert by[("2023-01/2023-08", "Kazakh-side figure")] == 17_000_000_000
    growth = rows(shipped, "bilateral_trade_growth")
    stated = dict(zip(growth["period"], growth["value"]))
    levels = usd[usd["source_title"].str.contains("Kazakhstanskaya Pravda")].set_index("period")["value"]
    assert 100 * (levels["2022"] / levels["2021"] - 1) == pytest.approx(stated["2022"], abs=0.05)
    assert 100 * (levels["2023-01/2023-08"] / levels["2022-01/2022-08"] - 1) == pytest.approx(
        stated["2023-01/2023-08"], abs=0.05)
    implied = usd[usd["period"].isin(["2021", "2022-01/2022-08"])]
    assert implied["note"].str.startswith("implied by the same statement").all()


def test_ethnic_russians_as_persons_and_share_with_census_and_estimates(shipped) -> None:
    persons = rows(shipped, "ethnic_population", group="Russians")
    share = rows(shipped, "ethnic_share", group="Russians")
    assert {"2009", "2021", "2019-01-01", "2020", "2022-01-01", "2024-01-01"} <= set(persons["period"])
    assert {"2009", "2021", "2019-01-01", "2020", "2023", "2024-01-01"} <= set(share["period"])
    assert share.set_index("period").loc["2021", "value"] == 15.54
    cities = rows(shipped, "ethnic_population_by_city")
    assert {"Almaty", "Aktobe"} <= set(cities["city"])
    assert {"Astana", "Shymkent"} <= set(rows(shipped, "ethnic_share_by_city")["city"])


def test_population_has_world_bank_series_and_national_count(shipped) -> None:
    pop = rows(shipped, "population", country="Kazakhstan")
    world_bank = pop[pop["source_title"].str.startswith("World Bank")]
    assert world_bank["period"].astype(int).between(1960, 2024).all() and len(world_bank) == 65
    assert world_bank.set_index("period").loc["2022", "value"] == 20_034_609
    national = pop[pop["source_title"].str.startswith("Bureau of National Statistics")]
    assert national.set_index("period").loc["2023-01-01", "value"] == 19_765_004


# (number as the article writes it, resource, fully scaled value that backs or checks it)
ARTICLE_FIGURES = [
    ("28.2 billion", "bilateral_trade", 28_200_000_000),
    ("10%", "bilateral_trade_growth", 10.2),
    ("17 billion", "russian_investment_accumulated", 17_000_000_000),
    ("19 thousand", "companies_russian_participation", 19_300),
    ("76 subjects", "russian_regions_partnerships", 76),
    ("100 billion", "kostanay_forum_agreements", 100_000_000),
    ("60 thousand", "kazakh_students_in_russia", 61_040),
    ("about 19%", "ethnic_share", 19.32),
    ("3.5 million", "ethnic_population", 3_512_925),
    ("468 thousand", "ethnic_population_by_city", 458_900),
    ("74 thousand", "ethnic_population_by_city", 74_240),
    ("exceeds 40%", "interethnic_marriages_share", 18.2),
    ("14 free economic zones", "special_economic_zones", 14),
    ("two hundred organizations", "foreign_funded_organisations", 200),
]


@pytest.mark.parametrize(("surface", "resource", "value"), ARTICLE_FIGURES)
def test_article_figures_have_reference_rows(seed_article: Path, shipped, surface: str, resource: str,
                                             value: float) -> None:
    assert surface in seed_article.read_text(encoding="utf-8")
    assert value in set(shipped.resources[resource].frame["value"])


def test_gazetteer_terms_carry_dimension_aliases(shipped) -> None:
    terms = shipped.gazetteer_terms()
    assert "Alma-Ata" in terms["Almaty"]
    assert "Russian Federation" in terms["Russia"]
    assert "Russians" in terms and "Kostanay" in terms
    assert not any(title.startswith("World Bank") for title in terms)  # source titles are not entities


# ---------------------------------------------------------------------------------------------
# Loading: the frame, several packages, the cache


def test_rows_without_source_fall_back_to_the_first_declared_source(tmp_path: Path) -> None:
    csv = "period,value,unit,country,source,source_url\n" \
          "2022,5,USD,Kazakhstan,,\n2023,6,USD,Kazakhstan,Other desk,https://example.com/other\n"
    folder = write_package(tmp_path / "p", {"team_trade": csv},
                           [resource_entry("team_trade", dims=("country", "source", "source_url"))])
    frame = load_reference([folder]).resources["team_trade"].frame
    assert list(frame["source_title"]) == ["Team sheet", "Other desk"]
    assert list(frame["source_url"]) == ["https://example.org/sheet", "https://example.com/other"]
    assert load_reference([folder]).resources["team_trade"].dimensions == ("country", "source")


def test_several_packages_load_side_by_side(tmp_path: Path) -> None:
    team = write_package(tmp_path / "team", {"team_trade": GOOD_CSV})
    data = load_reference([REFERENCE, team])
    assert "team_trade" in data.resources and "bilateral_trade" in data.resources
    assert data.resources["team_trade"].package_dir == team.resolve()


def test_cli_list_names_the_package_of_each_resource_when_there_are_several(tmp_path: Path) -> None:
    team = write_package(tmp_path / "team", {"team_trade": GOOD_CSV})
    run = run_workbench("reference", "list", "--reference", REFERENCE, "--reference", team)
    assert run.returncode == 0
    assert re.search(r"^team_trade .*team$", run.stdout, re.M)
    assert re.search(r"^bilateral_trade .*reference_data$", run.stdout, re.M)


def test_duplicate_resource_names_across_packages_are_an_error(tmp_path: Path) -> None:
    one = write_package(tmp_path / "one", {"team_trade": GOOD_CSV})
    two = write_package(tmp_path / "two", {"team_trade": GOOD_CSV})
    problems = messages(validate_packages([one, two]))
    assert len(problems) == 1
    assert "resource name 'team_trade' is also used in" in problems[0] and "two" in problems[0]


def test_a_package_named_twice_is_read_once(tmp_path: Path) -> None:
    """The same folder given twice, however spelled, was two packages whose every resource clashed with itself:
    exit 2 on `--reference data --reference ./data`."""
    one = write_package(tmp_path / "one", {"team_trade": GOOD_CSV})
    assert validate_packages([one, tmp_path / "one" / ".." / "one"]) == validate_packages([one])
    run = run_workbench("reference", "list", "--reference", "one", "--reference", "./one", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert len(re.findall(r"^team_trade ", run.stdout, re.M)) == 1


def test_cache_is_keyed_by_content(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "p", {"team_trade": GOOD_CSV})
    first = load_reference([folder])
    assert load_reference([folder]) is first  # unchanged bytes: the parsed package is reused
    csv_path = folder / "team_trade.csv"
    csv_path.write_text(GOOD_CSV.replace("28200000000", "28300000000"))
    os.utime(csv_path, ns=(0, 0))  # a changed file must be seen whatever its mtime says
    second = load_reference([folder])
    assert second is not first and second.fingerprint != first.fingerprint
    assert second.resources["team_trade"].frame["value"].iloc[0] == 28_300_000_000


# ---------------------------------------------------------------------------------------------
# Validation: every problem of every file at once, as path:line:column


def test_all_csv_problems_are_reported_at_once_with_line_and_column(tmp_path: Path) -> None:
    csv = ("period,value,unit,country,source\n"
           "2022,28.2 billion,USD,Kazakhstan,Team sheet\n"   # line 2: not a number
           ",5,USD,Kazakhstan,Team sheet\n"                  # line 3: no period
           "2022-13,5,USD,Kazakhstan,Team sheet\n"           # line 4: not a period
           "2021,5,billion USD,Kazakhstan,Team sheet\n"      # line 5: unit not canonical
           "2020,5,USD,Kazakhstan,Team sheet\n"
           "2020,6,USD,Kazakhstan,Team sheet\n"              # line 7: duplicate of line 6
           "2019,7,USD,Kazakhstan,Nobody\n")                 # line 8: a source label, not a declared title
    folder = write_package(tmp_path / "p", {"team_trade": csv})
    problems = messages(validate_packages([folder]))
    where = os.path.relpath(folder / "team_trade.csv")
    expected = [
        f"{where}:2:2: column 'value': '28.2 billion' is not a number",
        f"{where}:3:1: column 'period': '' is empty",
        f"{where}:4:1: column 'period': '2022-13' is not a period",
        f"{where}:5:3: column 'unit': 'billion USD' is not a canonical unit",
        f"{where}:8:5: warning: column 'source': 'Nobody' is not a declared source's title",
        f"{where}:7:1: duplicate observation (period='2020', country='Kazakhstan', source='Team sheet', "
        f"unit='USD') already on line 6",
    ]
    for start in expected:
        assert any(p.startswith(start) for p in problems), (start, problems)
    assert len(problems) == len(expected)


def test_header_must_match_the_schema(tmp_path: Path) -> None:
    csv = "period,value,units,country,extra\n2022,1,USD,Kazakhstan,x\n"
    folder = write_package(tmp_path / "p", {"team_trade": csv},
                           [resource_entry("team_trade", dims=("country",))])
    problems = messages(validate_packages([folder]))
    where = os.path.relpath(folder / "team_trade.csv")
    assert f"{where}:1:3: column 'units' is not declared in the resource's schema" in "\n".join(problems)
    assert any("schema field 'unit' has no column in the file" in p for p in problems)
    assert any(p.startswith(f"{where}:1:5: column 'extra'") for p in problems)


def test_declared_types_and_constraints_are_checked(tmp_path: Path) -> None:
    entry = resource_entry("team_trade", dims=("country", "year"))
    entry["schema"]["fields"][4] = {"name": "year", "type": "integer", "constraints": {"minimum": 1990}}
    entry["schema"]["fields"][3]["constraints"] = {"enum": ["Kazakhstan", "Russia"]}
    csv = "period,value,unit,country,year\n2022,1,USD,Kazakhstan,2022\n2021,1,USD,Narnia,20x1\n2020,1,USD,Russia,1980\n"
    folder = write_package(tmp_path / "p", {"team_trade": csv}, [entry])
    text = "\n".join(messages(validate_packages([folder])))
    assert ":3:4: column 'country': 'Narnia' is not one of ['Kazakhstan', 'Russia']" in text
    assert ":3:5: column 'year': '20x1' is not an integer" in text
    assert ":4:5: column 'year': '1980' is below 1990" in text


def test_constraints_apply_to_reserved_columns_too(tmp_path: Path) -> None:
    entry = resource_entry("team_trade", dims=("country",))
    entry["schema"]["fields"][1] = {"name": "value", "type": "integer", "constraints": {"minimum": 0}}
    entry["schema"]["fields"][2] = {"name": "unit", "type": "string", "constraints": {"enum": ["USD", "RUB"],
                                                                                      "required": True}}
    csv = "period,value,unit,country\n2022,1.5,USD,Kazakhstan\n2021,-3,EUR,Kazakhstan\n2020,4,,Kazakhstan\n"
    folder = write_package(tmp_path / "p", {"team_trade": csv}, [entry])
    text = "\n".join(messages(validate_packages([folder])))
    assert ":2:2: column 'value': '1.5' is not an integer" in text
    assert ":3:2: column 'value': '-3' is below 0" in text
    assert ":3:3: column 'unit': 'EUR' is not one of ['USD', 'RUB']" in text
    assert ":4:3: column 'unit': '' is empty but the field is required" in text


def test_workbench_block_is_validated_by_its_model(tmp_path: Path) -> None:
    entry = resource_entry("team_trade", workbench={"metric": "trade", "kind": "levels", "alias": ["x"]})
    folder = write_package(tmp_path / "p", {"team_trade": GOOD_CSV}, [entry])
    problems = messages(validate_packages([folder]))
    where = os.path.relpath(folder / "datapackage.json")
    assert any(p.startswith(f"{where}:") and "resources[0] (team_trade).workbench.kind" in p for p in problems)
    assert any("workbench.alias: Extra inputs are not permitted" in p for p in problems)


@pytest.mark.parametrize(("path", "reason"), [
    ("../outside.csv", "must not contain '..'"),
    ("/etc/passwd", "not absolute"),
    ("https://example.org/data.csv", "remote resources are not loaded"),
    ("link.csv", "outside the package folder (through a symbolic link)"),
])
def test_resource_paths_never_leave_the_package(tmp_path: Path, path: str, reason: str) -> None:
    (tmp_path / "outside.csv").write_text(GOOD_CSV)
    folder = write_package(tmp_path / "p", {}, [resource_entry("team_trade", path=path)])
    (folder / "link.csv").symlink_to(tmp_path / "outside.csv")
    problems = messages(validate_packages([folder]))
    assert len(problems) == 1 and reason in problems[0], problems


def test_broken_json_names_line_and_column(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "datapackage.json").write_text('{\n  "name": "x",\n  "resources": [,]\n}\n')
    problems = messages(validate_packages([folder]))
    assert problems == [f"{os.path.relpath(folder / 'datapackage.json')}:3:17: not valid JSON: Expecting value "
                        f"({ReferenceDataError.hint})"]


def test_load_raises_one_error_carrying_all_problems(tmp_path: Path) -> None:
    csv = "period,value,unit,country,source\n2022,x,USD,Kazakhstan,Team sheet\n2023,y,USD,Kazakhstan,Team sheet\n"
    folder = write_package(tmp_path / "p", {"team_trade": csv})
    with pytest.raises(ReferenceProblems) as caught:
        load_reference([folder])
    assert len(caught.value.problems) == 2
    assert "and 1 more problem" in str(caught.value) and "\n" not in str(caught.value)


def test_many_bad_rows_are_summarised_not_flooded(tmp_path: Path) -> None:
    csv = "period,value,unit,country,source\n" + "".join(
        f"{1900 + i},bad,USD,Kazakhstan,Team sheet\n" for i in range(100))
    folder = write_package(tmp_path / "p", {"team_trade": csv})
    problems = messages(validate_packages([folder]))
    assert len(problems) == 21
    assert "80 more row(s) where the value is not a number" in problems[-1]


# ---------------------------------------------------------------------------------------------
# The command line


def test_cli_validate_lists_every_problem_and_exits_2(tmp_path: Path) -> None:
    csv = "period,value,unit,country,source\n2022,x,USD,Kazakhstan,Team sheet\n2022-99,1,USD,Kazakhstan,Team sheet\n"
    folder = write_package(tmp_path / "p", {"team_trade": csv})
    run = run_workbench("reference", "validate", folder, REFERENCE)
    assert run.returncode == 2
    lines = run.stderr.splitlines()
    assert len(lines) == 3 and "Traceback" not in run.stderr
    assert lines[0].endswith("team_trade.csv:2:2: column 'value': 'x' is not a number"
                             " (write it fully scaled, with the schema's decimal mark and no other text)"
                             f" ({ReferenceDataError.hint})")
    assert "team_trade.csv:3:1: column 'period'" in lines[1]
    assert ReferenceDataError.hint not in lines[1]  # the same advice is given once
    assert lines[2] == "workbench: 2 problem(s) in 1 file(s); the data was not loaded"


def test_cli_validate_json_lists_every_problem_as_data(tmp_path: Path) -> None:
    csv = "period,value,unit,country,source\n2022,x,USD,Kazakhstan,Team sheet\n2022,1,USD,Kazakhstan,Someone\n"
    folder = write_package(tmp_path / "p", {"team_trade": csv})
    run = run_workbench("reference", "validate", "--format", "json", folder)
    assert run.returncode == 2 and run.stderr == ""
    problems = json.loads(run.stdout)
    where = os.path.relpath(folder / "team_trade.csv")
    assert [(p["code"], p["path"], p["line"], p["column"], p["field"], p["severity"]) for p in problems] == [
        ("type-error", where, 2, 2, "value", "error"), ("unknown-source", where, 3, 5, "source", "warning")]
    assert problems[0]["message"].startswith("column 'value': 'x' is not a number")
    assert problems[0]["resource"] == "team_trade"
    assert set(problems[0]) == {"code", "message", "path", "line", "column", "field", "hint", "severity", "resource"}
    valid = run_workbench("reference", "validate", "--format", "json", REFERENCE)
    assert valid.returncode == 0 and json.loads(valid.stdout) == []


def test_problems_carry_stable_codes(tmp_path: Path) -> None:
    csv = "period,value,unit,country\n2022,1,USD,Kazakhstan\n"
    folder = write_package(tmp_path / "p", {"team_trade": csv})
    [problem] = validate_packages([folder])
    assert problem.code == "missing-column" and problem.field == "source" and problem.line == 1
    assert str(problem).endswith(f": schema field 'source' has no column in the file ({ReferenceDataError.hint})")
    assert [p.code for p in validate_packages([tmp_path / "nowhere"])] == ["missing-folder"]


def test_cli_validate_list_and_show_on_the_shipped_package() -> None:
    run = run_workbench("reference", "validate", REFERENCE)
    assert run.returncode == 0 and run.stdout.startswith("ok: 1 package(s),")
    listed = run_workbench("reference", "list", "--reference", REFERENCE)
    assert listed.returncode == 0
    assert re.search(r"^bilateral_trade\s+bilateral trade turnover\s+level\s+8\s", listed.stdout, re.M)
    shown = run_workbench("reference", "show", "bilateral_trade", "--reference", REFERENCE)
    assert shown.returncode == 0
    assert re.search(r"^\s+2\s+2022\s+28,200,000,000\s+USD\s+Kazakhstan\s+Russia\s+Vladimir Putin", shown.stdout, re.M)
    assert "http://en.special.kremlin.ru/catalog/countries/KZ/events/72682" in shown.stdout


def test_cli_show_unknown_name_suggests_close_ones() -> None:
    run = run_workbench("reference", "show", "bilateral_trad", "--reference", REFERENCE)
    assert run.returncode == 2
    assert "no resource named 'bilateral_trad' (did you mean bilateral_trade" in run.stderr


def test_cli_default_reference_comes_from_the_configuration() -> None:
    run = run_workbench("reference", "list")  # [tool.workbench] reference = ["reference_data"]
    assert run.returncode == 0 and "ethnic_share" in run.stdout


def test_disk_cache_serves_fresh_processes_and_never_stale_data(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    folder = write_package(tmp_path / "p", {"team_trade": GOOD_CSV})
    first = load_reference([folder], cache_dir=cache)
    entries = [p for p in (tmp_path / "cache").iterdir() if p.name.startswith("reference-")]
    assert len(entries) == 1 and {p.suffix for p in entries[0].iterdir()} == {".json", ".arrow"}
    clear_cache()  # as a new process would start
    again = load_reference([folder], cache_dir=cache)
    assert again is not first and again.fingerprint == first.fingerprint
    assert again.resources["team_trade"].frame.equals(first.resources["team_trade"].frame)
    (folder / "team_trade.csv").write_text(GOOD_CSV.replace("28200000000", "1"))
    clear_cache()
    assert load_reference([folder], cache_dir=cache).resources["team_trade"].frame["value"].iloc[0] == 1
    for part in entries[0].iterdir():  # a damaged entry is a miss, not an error
        part.write_bytes(b"damaged")
    (folder / "team_trade.csv").write_text(GOOD_CSV)
    clear_cache()
    assert load_reference([folder], cache_dir=cache).resources["team_trade"].frame["value"].iloc[0] == 28_200_000_000


def test_a_planted_pickle_in_the_cache_never_runs(tmp_path: Path) -> None:
    import pickle

    cache, marker = tmp_path / "cache", tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    folder = write_package(tmp_path / "p", {"team_trade": GOOD_CSV})
    load_reference([folder], cache_dir=cache)
    entry = next(p for p in cache.iterdir() if p.name.startswith("reference-"))
    for part in entry.iterdir():
        part.write_bytes(pickle.dumps(Payload()))
    (cache / (entry.name + ".pickle")).write_bytes(pickle.dumps(Payload()))
    clear_cache()
    data = load_reference([folder], cache_dir=cache)
    assert not marker.exists() and data.resources["team_trade"].frame["value"].iloc[0] == 28_200_000_000


def test_rows_with_the_wrong_number_of_fields_are_reported_once_with_a_count(tmp_path: Path) -> None:
    csv = ("period,value,unit,country,source\n2022,1,USD,Kazakhstan,Team sheet,extra\n2021,1,USD\n"
           "2020,1,USD,Kazakhstan,Team sheet,more,extra\n")
    folder = write_package(tmp_path / "p", {"team_trade": csv})
    where = os.path.relpath(folder / "team_trade.csv")
    found = validate_packages([folder])
    problems = [p.split(" (")[0] for p in messages(found)]
    # Cells beyond the header are ignored (a warning); a short row cannot say which cell is missing.
    assert problems == [f"{where}:2:6: warning: 2 row(s) longer than the header",
                        f"{where}:3: 1 row(s) shorter than the header"]
    assert [(p.code, p.severity) for p in found] == [("extra-cell", "warning"), ("missing-cell", "error")]


def test_line_numbers_count_blank_lines_and_quoted_newlines(tmp_path: Path) -> None:
    csv = ('period,value,unit,country,source,note\n'
           '2022,1,USD,Kazakhstan,Team sheet,"two\nlines"\n'
           '\n'
           '2023,x,USD,Kazakhstan,Team sheet,\n')
    entry = resource_entry("team_trade", dims=("country", "source", "note"))
    folder = write_package(tmp_path / "p", {"team_trade": csv}, [entry])
    problems = messages(p for p in validate_packages([folder]) if p.is_error)
    assert len(problems) == 1
    assert problems[0].startswith(f"{os.path.relpath(folder / 'team_trade.csv')}:5:2: column 'value': 'x'")


def test_cli_missing_folder_and_broken_package_are_one_line_errors(tmp_path: Path) -> None:
    run = run_workbench("reference", "validate", tmp_path / "nowhere")
    assert run.returncode == 2 and "nowhere: no such reference data folder" in run.stderr
    csv = "period,value,unit,country,source\n2022,x,USD,Kazakhstan,Team sheet\n2023,y,USD,Kazakhstan,Team sheet\n"
    folder = write_package(tmp_path / "p", {"team_trade": csv})
    shown = run_workbench("reference", "show", "team_trade", "--reference", folder)
    assert shown.returncode == 2 and shown.stderr.count("\n") == 1 and "Traceback" not in shown.stderr
    assert "and 1 more problem(s) (run `workbench reference validate` to list them all)" in shown.stderr
