"""``collection_paused``: the cyclic collector is off inside, as it was after."""

from __future__ import annotations

import gc

import pytest

from cablelint.gc_pause import collection_paused


def test_an_enabled_collector_is_off_inside_and_on_again_after_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), collection_paused():
        assert not gc.isenabled()
        raise ValueError
    assert gc.isenabled()


def test_a_collector_found_disabled_stays_disabled_when_blocks_nest() -> None:
    with collection_paused():
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block found it off: leaves it off
    assert gc.isenabled()
