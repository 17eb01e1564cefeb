"""CL6xx: the TAGS, SUBJECT and REF header fields.

CL601-CL603 read the TAGS line through one shared analysis
(:func:`cablelint.analysis.tags_subject_ref.tags_analysis`) that sorts every
token into a known code, a personal name (after OVIP) or an unknown token, so
free text is reported once, by CL602, and never also as a separator or case
problem.  The codes come from the ``tags`` vocabulary (``rules/tags.json``),
turned into sets once per vocabulary object.  CL604-CL605 read the SUBJECT
line, CL606 the REF block and the citations of its letters in the text.  A new
rule of this family is one module here plus its entry in ``RULES``.
"""

from cablelint.rules.tags_subject_ref.no_geographic_tag import NoGeographicTag
from cablelint.rules.tags_subject_ref.ref_lettering import RefLettering
from cablelint.rules.tags_subject_ref.subject_case import SubjectCase
from cablelint.rules.tags_subject_ref.subject_defect import SubjectDefect
from cablelint.rules.tags_subject_ref.tags_line_form import TagsForm
from cablelint.rules.tags_subject_ref.unknown_tag import UnknownTag
from cablelint.rules.tags_subject_ref.unlisted_tag import UnlistedTag

RULES = [TagsForm, UnknownTag, NoGeographicTag, SubjectDefect, SubjectCase, RefLettering,
         UnlistedTag]
