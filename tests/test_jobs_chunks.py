"""--jobs hands stories out in chunks that shrink towards the end, so workers finish together."""

from __future__ import annotations

import pytest

from wirelint.parallel import MAX_CHUNK, Pool, chunk_sizes


@pytest.mark.parametrize("count", [1, 7, 8, 33, 255, 1000])
@pytest.mark.parametrize("jobs", [2, 3, 8])
def test_chunks_cover_every_story_once_and_shrink(count: int, jobs: int) -> None:
    sizes = chunk_sizes(count, jobs)
    assert sum(sizes) == count
    assert all(1 <= s <= MAX_CHUNK for s in sizes)
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-1] == 1  # the last hand-out is one story: no worker waits on a long chunk


def test_a_long_run_is_handed_out_in_full_chunks_first() -> None:
    sizes = chunk_sizes(255, 2)
    assert sizes[: len(sizes) // 3] == [MAX_CHUNK] * (len(sizes) // 3)
    assert len(sizes) < 255 // 4  # few messages: most stories travel in full chunks


def test_results_keep_their_order_through_shrinking_chunks() -> None:
    stories = [f"story {i}" for i in range(70)]
    with Pool(2, print) as pool:
        assert list(pool.map(str.upper, stories)) == [s.upper() for s in stories]
