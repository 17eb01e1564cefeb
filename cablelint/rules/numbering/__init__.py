"""CL2xx: paragraph numbering.

Every rule reads the numbering walk of :mod:`cablelint.analysis.numbering`, so
a pilcrow-damaged number (CL901) or a wrapped number (CL903) is never also
reported as a gap or a repeat here.  A new rule of this family is one module
here plus its entry in ``RULES``.
"""

from cablelint.rules.numbering.first_paragraph_number import FirstNumber
from cablelint.rules.numbering.lone_numbered_paragraph import LoneNumberedParagraph
from cablelint.rules.numbering.paragraph_number_format import NumberFormat
from cablelint.rules.numbering.paragraph_number_gap import NumberGap
from cablelint.rules.numbering.paragraph_number_repeat import NumberRepeat
from cablelint.rules.numbering.paragraph_number_restart import NumberRestart

RULES = [NumberGap, NumberRepeat, NumberRestart, FirstNumber, LoneNumberedParagraph,
         NumberFormat]
