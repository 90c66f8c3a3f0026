"""WL403: a quote carried on into the next paragraph, where the paragraphs share one line."""

from __future__ import annotations

import pytest

from tests.conftest import flagged

CONTINUED = [
    # An inner quotation closes the paragraph, the next one reopens the quote.
    "Head\n\nSafin said: \"It's like you go there and you lose the first set, then you "
    "think: 'This is not my day. The way I'm playing is ridiculous.' \"But then you start to "
    'find a way out of there. "And I found it."\n',
    "Head\n\n\"He ran at me with hands raised saying 'what do you want to do about it?' "
    '"To not apologise is unthinkable. It\'s a disgrace," he said.\n',
    # The same with curly marks.
    "Head\n\n“It was over,” he said. “We tried. We lost and they told us ‘go home.’ "
    "“Then we went home.”\n",
]

SLIPS = [
    # The speaker's words run into the attribution: the closing mark was dropped.
    (
        'Head\n\nExports will drive growth. "In view of the stronger euro, policy is likely to '
        "'wait and see', the organisation said in its report. Growth will slow.\n",
        ['"'],
    ),
    ("Head\n\nHe said: 'This is not my day. \"But then it was over.\n", ["'", '"']),
]


@pytest.mark.parametrize("story", CONTINUED)
def test_a_quote_reopened_after_an_inner_quotation_goes_on(story: str) -> None:
    assert flagged(story, "WL403") == []


@pytest.mark.parametrize(("story", "expected"), SLIPS)
def test_a_quote_that_never_closes_is_still_reported(story: str, expected: list[str]) -> None:
    assert flagged(story, "WL403") == expected
