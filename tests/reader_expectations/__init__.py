"""cablemap's reader expectations as cablelint tests (issue #12).

heuer/cablemap (BSD) keeps real cable header fragments in its reader tests
(``cablemap.core/tests/test_reader_tags.py``, ``test_reader_subject.py``,
``test_reader_signers.py``, ``test_reader_nondisclosure_deadline.py``) with the
value a careful reader recovers from each.  ``fragments`` holds those inputs
and values (cable text is public record; each case names its cable where
cablemap does); ``harness`` wraps a fragment into a cable, reads cablelint's
value for it and compares.  The test code is cablelint's own.
"""
