"""A host name inside an address's path (a proxy's or a mirror's '/gate/big5/taiwan.cri.cn/…') names another site,
never the page's country; the page's own slug still does."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.drafts import url_words
from workbench.models import Verdict


@pytest.mark.parametrize(("url", "words"), [
    ("https://big5.example.cn/gate/big5/chile.radio.example.cn/2024-01-23/c0eb.html", "gate big c eb html"),
    ("https://proxy.example/browse?u=www.norway-news.example&q=prices", "browse prices"),
    ("https://news.example/world/chile-prices-rise.html", "world chile prices rise html"),
])
def test_a_host_written_in_a_path_or_query_leaves_the_address_words(url: str, words: str) -> None:
    assert url_words(url) == words


def test_a_mirrors_path_naming_a_country_in_a_host_is_no_country_of_the_page(tmp_path: Path) -> None:
    packages = [cpi_package(tmp_path / "cpi")]
    text = "Consumer prices rose 4.5% in 2021, the statistics office said."
    mirrored = claim_results(text, packages, url="https://big5.example.cn/gate/big5/chile.radio.example.cn/2022/a1.html")
    assert mirrored["4.5%"].verdict is not Verdict.supported, mirrored["4.5%"].explanation
    # the page's own slug is its headline: there the country is read
    slugged = claim_results(text, packages, url="https://news.example/2022/chile-consumer-prices")
    assert slugged["4.5%"].verdict is Verdict.supported, slugged["4.5%"].explanation
