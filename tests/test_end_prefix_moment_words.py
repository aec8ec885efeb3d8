"""'end-' makes an exchange rate one moment's price only when a month or a year is written onto it ('at end-May',
'end-2031', currencies.json day_price_words 'end-{month}', 'end-{year}'): 'end-users' names buyers, not a
moment, and leaves a month's rate to be judged by the month's mean. Invented figures in a package shaped as the
Federal Reserve's monthly file."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict
from workbench.verify.wording import holds_any


@pytest.fixture()
def peso(tmp_path: Path) -> Path:
    return monthly_rates_package(tmp_path / "fx", {"Mexico": {"2031-04": 17.1, "2031-05": 17.4, "2031-06": 17.5, "2031-12": 17.6}})


@pytest.mark.parametrize("text", ["At end-May 2031 the dollar cost 16.20 Mexican pesos.",
                                  "At end-Jun. 2031 the dollar cost 16.20 Mexican pesos.",
                                  "At end-2031 the dollar cost 16.20 Mexican pesos."])
def test_end_before_a_month_or_a_year_is_a_moment(peso: Path, text: str) -> None:
    result = claim_results(text, [peso], "2032-02-10")["16.20 Mexican pesos"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_end_before_another_word_is_no_moment(peso: Path) -> None:
    text = "In May 2031 banks sold dollars to end-users for 16.20 Mexican pesos each."
    result = claim_results(text, [peso], "2031-07-10")["16.20 Mexican pesos"]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_listed_word_may_open_with_its_placeholder() -> None:
    # the wording module's rule holds wherever the placeholder stands: 'June close' as '{month} close', a whole word
    assert holds_any("the peso's June close was firm", ["{month} close"])
    assert holds_any("its 2031 close", ["{year} close"])
    assert not holds_any("the junes close", ["{month} close"])
    assert not holds_any("the peso's close was firm", ["{month} close"])
