"""Autofix: choosing, applying and writing fixes.

The modules each do one job: :mod:`.edits` applies a set of non-overlapping
fixes to a text, :mod:`.loop` re-parses and re-checks until nothing changes,
:mod:`.writer` writes the result atomically without losing a byte of what
it did not mean to change, and :mod:`.diff` shows what would change.
"""
