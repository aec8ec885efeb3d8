"""The setting that dates an exchange rate 'at the beginning of the year' to January is year_start_rate_words:
periods.json's year_start_words is another rule (a change since a year's first day). A configuration file
that still writes the old name is read as the new one, with one line on stderr; both names at once is an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.config import Tolerances, load_config
from workbench.errors import ConfigError


def test_the_rate_setting_has_its_own_name() -> None:
    assert "year_start_rate_words" in Tolerances.model_fields
    assert "year_start_words" not in Tolerances.model_fields


def test_the_old_name_in_a_file_is_read_with_a_deprecation_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "workbench.toml"
    file.write_text('[tolerances]\nyear_start_words = ["opening of the year"]\n', encoding="utf-8")
    config = load_config(file=file)
    assert config.tolerances.year_start_rate_words == ["opening of the year"]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "year_start_words is deprecated" in err and "year_start_rate_words" in err


def test_both_names_at_once_is_an_error(tmp_path: Path) -> None:
    file = tmp_path / "workbench.toml"
    file.write_text('[tolerances]\nyear_start_words = ["a"]\nyear_start_rate_words = ["b"]\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config(file=file)
