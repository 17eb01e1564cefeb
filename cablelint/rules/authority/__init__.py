"""CL5xx: classification authority (the Classified By block) and declassification
(the E.O. line).

Which order a cable cites, which section its reasons cite with which letters,
which declassification instructions were allowed and for how long all depend
on the cable date; the rules read those facts, the cable's Classified By block
(recovered where the parser missed it) and its declassification date from
:mod:`cablelint.analysis.authority`.  Every date rule stays silent when the
cable date is unknown or a year-only date straddles a cut-over.  A new rule of
this family is one module here plus its entry in ``RULES``.
"""

from cablelint.rules.authority.classifier_identity import ClassifierIdentity
from cablelint.rules.authority.declassification_before_cable import DeclassificationBeforeCable
from cablelint.rules.authority.declassification_too_late import DeclassificationTooLate
from cablelint.rules.authority.eo_line_format import ExecutiveOrderLineFormat
from cablelint.rules.authority.executive_order_date import ExecutiveOrderDate
from cablelint.rules.authority.exemption_code_out_of_period import ExemptionCodePeriod
from cablelint.rules.authority.invalid_reason_letter import ReasonLetters
from cablelint.rules.authority.missing_classification_reason import MissingReason
from cablelint.rules.authority.missing_classified_by import MissingClassifiedBy
from cablelint.rules.authority.missing_declassification import MissingDeclassification
from cablelint.rules.authority.oadr_after_1995 import OadrAfter1995
from cablelint.rules.authority.stale_reason_section import ReasonSection
from cablelint.rules.authority.unusual_declassification_period import DeclassificationPeriod

RULES = [MissingClassifiedBy, ClassifierIdentity, MissingReason, ReasonSection, ReasonLetters,
         MissingDeclassification, DeclassificationBeforeCable, DeclassificationTooLate,
         DeclassificationPeriod, OadrAfter1995, ExemptionCodePeriod, ExecutiveOrderLineFormat,
         ExecutiveOrderDate]
