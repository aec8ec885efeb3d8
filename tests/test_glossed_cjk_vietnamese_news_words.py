"""Everyday news words of Chinese (traditional characters too), Japanese, Korean and Vietnamese copy leave no
word unread: a traditional character is read as the simplified one the glossary is written in ('溫室氣體',
'該', '報告'), and the words around a market's close or a release ('전날', '외환시장', '東京', '月度', 'công bố',
'giai đoạn') are glossed, so a sentence made only of them is read whole."""

from __future__ import annotations

import pytest

from workbench.languages import unknown_words


@pytest.mark.parametrize(("text", "code"), [
    ("該報告顯示，2023年溫室氣體排放量連續上升。", "zh"),
    ("夏威夷观测站的月度报告显示，二氧化碳浓度首先突破420。", "zh"),
    ("東京外国為替市場で円相場は一時1ドル150円まで下落した。", "ja"),
    ("이날 서울 외환시장에서 원·달러 환율은 전날보다 5원 오른 1,320원에 마쳤다.", "ko"),
    ("Tổng cục Thống kê công bố lạm phát bình quân giai đoạn 2020-2023 ở mức 3,2%.", "vi"),
])
def test_a_news_sentence_of_these_words_is_read_whole(text: str, code: str) -> None:
    assert unknown_words(text, code, capitals=True) == []
