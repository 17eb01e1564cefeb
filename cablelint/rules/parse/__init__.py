"""CL0xx: problems found while reading and parsing, listed here so that they
can be selected, ignored and explained like any rule.  The source reader
(CL002), the parser (CL001) and the engine (CL000) report them; these
classes carry their documentation, and their ``check`` finds nothing.  A new
rule of this family is one module here plus its entry in ``RULES``.
"""

from cablelint.rules.parse.internal_error import InternalError
from cablelint.rules.parse.not_utf8 import DecodingError
from cablelint.rules.parse.structure_error import StructureError

RULES = [InternalError, StructureError, DecodingError]
