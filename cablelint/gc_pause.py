"""Cyclic garbage collection held off while one text is parsed and linted.

Why: a run over one text allocates a great many small objects (tokens, spans,
model tuples, findings) and frees almost none until it ends, and they hold no
reference cycles.  The collector, triggered by the allocation count alone, then
walks that growing heap again and again for nothing: on a 1 MB cable of SIPDIS
lines (143,000 findings) it was half the time, and its share grows with the
size of the text.  Reference counting still frees everything as usual; cycles
made meanwhile are collected once collection resumes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """Disable the cyclic collector for the block, restoring its state after it.

    Safe across threads (the language server lints in one): a block never
    enables a collector it did not find enabled, and the last block to end
    leaves it as the first found it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
