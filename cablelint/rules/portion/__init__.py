"""CL3xx: portion marking.

Every rule of this family and of CL4xx reads one shared inventory of the
cable's marks (:func:`cablelint.analysis.portion_marks.inventory`): the marks
of numbered paragraphs and of the subject from the model, marks after a
lead-in word (``¶1. Summary: (C) ...``), marks that open unnumbered
paragraphs, lettered items and list items (found from the raw text, since
those are not in ``Document.paragraphs``), and a whole-text statement
(``SECRET - ENTIRE TEXT``), which counts as a mark on every paragraph.

Levels, controls and release codes come from the ``classification``
vocabulary (``rules/classification.json``).  A new rule of this family is one
module here plus its entry in ``RULES``.
"""

from cablelint.rules.portion.malformed_portion_mark import MalformedMark
from cablelint.rules.portion.mark_after_lead_in import MarkAfterLeadIn
from cablelint.rules.portion.mixed_caveat_separators import MixedSeparators
from cablelint.rules.portion.release_marking_form import ReleaseMarking
from cablelint.rules.portion.unmarked_paragraph import UnmarkedParagraph
from cablelint.rules.portion.unmarked_subject import UnmarkedSubject
from cablelint.rules.portion.unmarked_unclassified_cable import UnmarkedUnclassifiedCable
from cablelint.rules.portion.unnumbered_portion_mark import UnnumberedMark
from cablelint.rules.portion.whole_text_marking import WholeTextStatement

RULES = [UnmarkedParagraph, MalformedMark, MarkAfterLeadIn, WholeTextStatement, UnnumberedMark,
         MixedSeparators, ReleaseMarking, UnmarkedSubject,
         UnmarkedUnclassifiedCable]
