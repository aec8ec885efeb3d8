"""What fuzzing `workbench.toml` found: settings of the right type that the checker could not use. Each is
refused where the file is read (one line, exit 2) or used as written; none reaches the verification, where it
made claims "could not be checked" or was silently ignored."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from conftest import REFERENCE, run_workbench

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from workbench.config import Tolerances, load_config
from workbench.errors import ConfigError

DRAFT = ("---\ntitle: Population\ndate: 2023-05-01\n---\n\nKazakhstan's population reached 19.5 million at the "
         "start of 2021 and about 20 million at end-2022, officials said. Inflation in Kazakhstan was 20.3% in 2022.\n")

FLOAT_SETTINGS = sorted(name for name, field in Tolerances.model_fields.items() if field.annotation is float)


def _check(tmp_path: Path, tolerances: str) -> tuple[int, dict, str]:
    (tmp_path / "drafts").mkdir(exist_ok=True)
    (tmp_path / "drafts" / "a.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "workbench.toml").write_text(f'reference = ["{REFERENCE.as_posix()}"]\n[tolerances]\n{tolerances}\n',
                                             encoding="utf-8")
    run = run_workbench("check", "drafts/a.md", "--format", "json", "--no-progress", cwd=tmp_path)
    return run.returncode, json.loads(run.stdout) if run.stdout else {}, run.stderr


def test_every_float_setting_is_a_float_setting() -> None:
    assert {"approx", "exact_slack", "bound_slack", "rate_basis_ratio"} <= set(FLOAT_SETTINGS)


@pytest.mark.parametrize("value", ["inf", "-inf", "nan"])
@pytest.mark.parametrize("name", FLOAT_SETTINGS)
def test_a_float_setting_that_is_no_finite_number_is_refused_in_one_line(name: str, value: str,
                                                                         tmp_path: Path) -> None:
    """TOML writes inf and nan as floats; inf passed every bound (`ge=0`, `gt=1`): a slack of inf supported
    any figure, a ratio of inf turned its rule off without a word."""
    code, _, stderr = _check(tmp_path, f"{name} = {value}")
    assert code == 2, stderr
    [line] = stderr.strip().splitlines()
    assert "workbench.toml" in line and f"tolerances.{name}" in line and "finite number" in line, line


@pytest.mark.parametrize(("setting", "says"), [
    ('stock_row_day = "02-29"', "stock_row_day: Value error, '02-29' is no day every year has"),
    ('stock_row_day = "02-30"', "stock_row_day: Value error, '02-30' is no day every year has"),
    ('point_in_year_words = {mid = ["mid"], "12-31" = ["end of"]}', "point_in_year_words: Value error, 'mid': no day"),
    ('point_in_year_words = {"04-31" = ["end of April"]}', "'04-31': no day every year has"),
    ('point_in_year_words = {"W01-1" = ["start of"]}', "'W01-1': no day every year has"),
    ('stock_row_day = "W01-1"', "tolerances.stock_row_day"),
])
def test_a_day_setting_names_a_day_every_year_has(setting: str, says: str, tmp_path: Path) -> None:
    """A key that named no day ('mid') or a day some years lack was taken and never applied: 'at mid-2021'
    was read as the year."""
    code, _, stderr = _check(tmp_path, setting)
    assert code == 2, stderr
    [line] = stderr.strip().splitlines()
    assert says in line, line


def test_no_days_in_the_year_is_no_point_in_any_year(tmp_path: Path) -> None:
    """`point_in_year_words = {}` made an empty pattern that matched before every year, then found no day for
    it: StopIteration on every level with a year, 'could not be checked'."""
    code, report, stderr = _check(tmp_path, "point_in_year_words = {}")
    assert code in (0, 1), stderr
    results = report["drafts"][0]["results"]
    assert results and all(r["reason"] != "unchecked" for r in results), stderr
    assert "could not be checked" not in stderr


WORD_SETTINGS = sorted(name for name, field in Tolerances.model_fields.items()
                       if str(field.annotation).startswith(("list[str]", "dict[str")))


@pytest.mark.parametrize("name", WORD_SETTINGS)
def test_a_word_setting_left_empty_turns_its_rule_off_and_checks_every_claim(name: str, tmp_path: Path) -> None:
    empty = "{}" if str(Tolerances.model_fields[name].annotation).startswith("dict") else '["", " "]'
    code, report, stderr = _check(tmp_path, f"{name} = {empty}")
    assert code in (0, 1), stderr
    results = report["drafts"][0]["results"]
    assert results and all(r["reason"] != "unchecked" for r in results), (name, stderr)


_TOML_VALUES = st.one_of(
    st.floats(), st.integers(min_value=-(2**63), max_value=2**63 - 1), st.booleans(),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=8),
    st.sampled_from(["inf", "-inf", "nan", "[]", "{}", '[""]', '["a", 1]', "[[1]]", '{a = 1}', '{"07-01" = "x"}',
                     "1979-05-27", "1979-05-27T07:32:00Z", '{"year" = -1}', '{"decade" = 1}']),
    st.integers(4290, 4400).map(lambda digits: "1" + "0" * digits))  # past 4,300 digits tomllib's int() raised


def _toml(value: object) -> str:
    if isinstance(value, str) and (value[:1] in "[{-0123456789in" and value not in ("",)):
        return value  # a TOML literal written as it is
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)


def setting_keys(exc: ConfigError) -> list[str]:
    """The keys a configuration error names: 'tolerances.publication_lag_by_length.07-01: …' → the last two."""
    return exc.message.split(": ", 1)[0].split(".")[1:]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(sorted(Tolerances.model_fields)), _TOML_VALUES, min_size=1, max_size=4))
@example(table={"annual_average_words": "["})  # tomllib gives no line for a value cut off at the end
def test_any_tolerances_table_is_read_or_one_config_error(tmp_path: Path, table: dict[str, object]) -> None:
    text = "[tolerances]\n" + "".join(f"{k} = {_toml(v)}\n" for k, v in table.items())
    file = tmp_path / "workbench.toml"
    file.write_text(text, encoding="utf-8")
    try:
        config = load_config(tmp_path, file)
    except ConfigError as exc:
        assert "\n" not in str(exc), str(exc)
        line, column = exc.line, exc.column  # every key is on a line of its own under [tolerances]
        assert line is not None and column is not None, (str(exc), text)
        if not exc.message.startswith(("not valid TOML", "a number of thousands of digits")):
            written = text.splitlines()[line - 1][column - 1:].lstrip("\"'")
            assert any(written.startswith(key) for key in setting_keys(exc)), (str(exc), text)
        return
    tolerances = config.tolerances.model_dump()
    assert all(math.isfinite(v) for v in tolerances.values() if isinstance(v, float)), tolerances


CONFIG_CORPUS = sorted((Path(__file__).parent / "corpus" / "configs").glob("*.toml"))


def test_the_config_corpus_is_there() -> None:
    assert len(CONFIG_CORPUS) >= 5


@pytest.mark.parametrize("path", CONFIG_CORPUS, ids=lambda p: p.name)
def test_every_configuration_that_ever_broke_a_check_is_refused_or_checks_every_claim(path: Path,
                                                                                     tmp_path: Path) -> None:
    """Each file here once made claims unchecked, or was taken and silently not applied."""
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "workbench.toml").write_text(f'reference = ["{REFERENCE.as_posix()}"]\n' + path.read_text("utf-8"),
                                             encoding="utf-8")
    run = run_workbench("check", "drafts/a.md", "--format", "json", "--no-progress", cwd=tmp_path)
    if run.returncode == 2:
        [line] = run.stderr.strip().splitlines()
        assert line.startswith("workbench: ") and "workbench.toml" in line and "internal error" not in line, line
        return
    assert run.returncode in (0, 1), run.stderr
    results = json.loads(run.stdout)["drafts"][0]["results"]
    assert results and all(r["reason"] != "unchecked" for r in results), run.stderr


@pytest.mark.parametrize(("text", "at"), [
    ("reference = 5\n", "workbench.toml:1:1: reference: Input should be a valid list"),
    ('drafts = ["d/*.md"]\n[tolerances]\nexact_slack = 0.1\napprox = inf\n', "workbench.toml:4:1: tolerances.approx"),
    ("tolerances = {approx = -1}\n", "workbench.toml:1:15: tolerances.approx"),
    ('[tolerances]\nslip_factors = [1000.0, 0.5]\n', "workbench.toml:2:1: tolerances.slip_factors.1"),
    ("bogus = 1\n", "workbench.toml:1:1: bogus: Extra inputs are not permitted"),
    ("a = = 1\n", "workbench.toml:1:5: not valid TOML"),
    ("[tolerances]\napprox = 0.1\nexact_slack = -1" + "0" * 4400 + "\n",
     "workbench.toml:3:16: a number of thousands of digits is no setting's value"),
])
def test_a_configuration_error_names_the_line_and_column_of_its_setting(text: str, at: str, tmp_path: Path) -> None:
    """A long workbench.toml said 'tolerances.approx: …' and left the reader to find it."""
    (tmp_path / "workbench.toml").write_text(text, encoding="utf-8")
    run = run_workbench("reference", "list", cwd=tmp_path)
    assert run.returncode == 2
    [line] = run.stderr.strip().splitlines()
    assert at in line, line


def test_a_value_nested_thousands_deep_is_refused_at_its_line_in_the_configuration(tmp_path: Path) -> None:
    """TOML's reader recursed through it and the line blamed the draft being checked, not workbench.toml."""
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "workbench.toml").write_text('claims = "c"\n\nbogus = ' + "[" * 3000 + "]" * 3000 + "\n",
                                             encoding="utf-8")
    for command in (["check", "d.md", "--no-progress"], ["review", "d.md"]):
        run = run_workbench(*command, cwd=tmp_path)
        assert run.returncode == 2
        [line] = run.stderr.strip().splitlines()
        assert "workbench.toml:3:9: arrays or tables nested too deeply" in line, line


def test_a_value_cut_off_at_the_end_is_placed_just_past_what_was_written(tmp_path: Path) -> None:
    file = tmp_path / "workbench.toml"
    file.write_text("[tolerances]\nstale_window_years = 5\nannual_average_words = [\n\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path, file)
    assert (raised.value.line, raised.value.column) == (3, len("annual_average_words = [") + 1)
