"""What a claim panel's run sends to the page: only the marks and rows that differ from the last full draw."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.app.highlight import render_article
from workbench.app.page_sync import Drawn, marks_of
from workbench.models import Verdict

TEXT = "Wheat exports rose 12% to 9.5 million tonnes, while rice imports fell by 3% in the same year."


@dataclass
class Span:
    id: str
    start: int
    end: int


CLAIMS = [Span("c-a", TEXT.index("12%"), TEXT.index("12%") + 3),
          Span("c-b", TEXT.index("9.5"), TEXT.index("tonnes") + 6),
          Span("c-c", TEXT.index("3%"), TEXT.index("3%") + 2)]


def article(verdicts: dict[str, Verdict], reviewed: set[str] = frozenset(), text: str = TEXT) -> str:
    return render_article(text, CLAIMS, verdicts, reviewed=reviewed)


AUTO = {"c-a": Verdict.supported, "c-b": Verdict.needs_review, "c-c": Verdict.unsupported}


def test_the_skeleton_and_marks_rebuild_the_article() -> None:
    html = article(AUTO)
    skeleton, marks = marks_of(html)
    assert list(marks) == ["c-a", "c-b", "c-c"]
    rebuilt = skeleton
    for cid, markup in marks.items():
        rebuilt = rebuilt.replace("\x00" + cid + "\x00", markup)
    assert rebuilt == html and "<mark" not in skeleton


def test_moving_between_claims_sends_nothing_and_a_save_sends_its_one_mark() -> None:
    drawn = Drawn()
    drawn.draw_article(article(AUTO))
    assert drawn.article_update(article(AUTO)) == (None, {})
    saved = {**AUTO, "c-b": Verdict.contradicted}
    full, marks = drawn.article_update(article(saved, {"c-b"}))
    assert full is None and list(marks) == ["c-b"]
    assert "Contradicted" in marks["c-b"] and "cw-reviewed" in marks["c-b"]


def test_every_mark_changed_since_the_full_draw_is_sent_again_including_one_changed_back() -> None:
    drawn = Drawn()
    drawn.draw_article(article(AUTO))
    drawn.article_update(article({**AUTO, "c-a": Verdict.contradicted}, {"c-a"}))
    # The next run changes another claim and undoes the first: both go, so a run the browser never drew
    # loses nothing and the undone mark is put back.
    full, marks = drawn.article_update(article({**AUTO, "c-c": Verdict.supported}, {"c-c"}))
    assert full is None and sorted(marks) == ["c-a", "c-c"]
    assert marks["c-a"] == marks_of(article(AUTO))[1]["c-a"]
    # A new full draw starts again from nothing changed.
    drawn.draw_article(article(AUTO))
    assert drawn.article_update(article(AUTO)) == (None, {})


def test_a_changed_text_between_the_marks_sends_the_whole_article() -> None:
    drawn = Drawn()
    drawn.draw_article(article(AUTO))
    edited = TEXT.replace("Wheat", "Barley")  # same length, so the claims' offsets still hold
    full, marks = drawn.article_update(article(AUTO, text=edited))
    assert full is not None and "Barley" in full and marks == {}


def test_only_drawn_rows_that_changed_are_sent() -> None:
    drawn = Drawn()
    drawn.draw_rows([["c-a", "1", "✔ Supported"], ["c-b", "2", "⚠ Needs review"]])
    assert drawn.row_update([["c-a", "1", "✔ Supported"], ["c-b", "2", "⚠ Needs review"]]) == []
    changed = drawn.row_update([["c-a", "1", "✔ Supported"], ["c-b", "2", "✘ Contradicted"],
                                ["c-z", "3", "not drawn: filtered out"]])
    assert changed == [["c-b", "2", "✘ Contradicted"]]
    assert drawn.row_update([["c-a", "1", "✔ Supported"], ["c-b", "2", "⚠ Needs review"]]) == \
        [["c-b", "2", "⚠ Needs review"]]
