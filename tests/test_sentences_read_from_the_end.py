"""The sentences above a claim are read from the end of its paragraph as they are asked for
(``matching.carried.sentences_backwards``): the same sentences, nearest first, as splitting the whole
paragraph gives, however long it is (benchmarks/README.md, "Nineteenth crash hunt")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.matching.carried import sentences, sentences_backwards
from workbench.numbers import lexicon

# pieces a paragraph is made of: words, figures, every mark that may end a sentence, colons before what
# may open one, and the white space after them
PIECES = ["Prices rose 3.1%", "in 2023", " ", "  ", "\n", "\t", ".", "!", "?", "…", ":", ", ", "Exports",
          *lexicon()["sentence_final_marks"], *lexicon()["colon_sentence_starts"][:6], "物価は3.1%上昇した", "2023년"]


@settings(max_examples=60, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=60), repeat=st.sampled_from([1, 40, 400]))
def test_the_sentences_read_from_the_end_are_the_whole_splits(pieces: list[str], repeat: int) -> None:
    paragraph = "".join(pieces) * repeat  # 400 times: past the window read first, so the rest is split too
    assert list(sentences_backwards(paragraph)) == list(reversed(sentences(paragraph)))
