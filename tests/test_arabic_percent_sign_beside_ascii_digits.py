"""Arabic copy writes its own percent sign '٪' after ASCII digits as often as after Arabic-Indic ones: '320٪' is
a percent, whichever digits write it. Own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted


@pytest.mark.parametrize("text, surface", [
    ("ارتفع معدل التضخم في البلاد إلى 320٪ على أساس سنوي.", "320٪"),
    ("ارتفع معدل التضخم في البلاد إلى ٣٢٠٪ على أساس سنوي.", "٣٢٠٪"),
])
def test_the_arabic_percent_sign_makes_a_percent_after_any_digits(tmp_path: Path, text: str, surface: str) -> None:
    claims = {claim["text"]: claim for claim in extracted(tmp_path, text)}
    assert claims[surface]["unit"] == "%" and claims[surface]["value"] == 320, claims
