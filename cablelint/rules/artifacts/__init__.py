"""CL901-CL918: damage done when the cables were turned into web pages and then text.

These rules describe extraction artifacts, not drafting errors; most have a
deterministic repair, and their fixes are meant to run before the other
families look at the text.  CL901-CL903 read the numbering walk of
:mod:`cablelint.analysis.numbering` (shared with CL2xx); what several rules
here read (page breaks, stand-alone SIPDIS lines, the junk and repeated header
lines others must not report inside) is in :mod:`cablelint.analysis.artifacts`.

Speed: this family is the one tempted to scan all text.  The rules prefer the
document model (page breaks, body nodes, sign-off, trailer, tags); where text
must be searched they look for rare characters or long literals (``[``, ``<``,
``&``, a run of 45 dashes) with ``str.find`` on the shared lower-cased bytes,
and guard every regular expression with such a test.

A new rule of this family is one module here plus its entry in ``RULES``.
"""

from cablelint.rules.artifacts.blank_line_in_sentence import BlankLineInSentence
from cablelint.rules.artifacts.duplicated_header import DuplicatedHeader
from cablelint.rules.artifacts.glued_paragraph import GluedParagraph
from cablelint.rules.artifacts.inserted_space import InsertedSpace
from cablelint.rules.artifacts.junk_after_signoff import JunkAfterSignOff
from cablelint.rules.artifacts.mangled_quote import MangledQuote
from cablelint.rules.artifacts.markdown_link import MarkdownLink
from cablelint.rules.artifacts.newspaper_dateline import NewspaperDateline
from cablelint.rules.artifacts.page_break_line import PageBreakLine
from cablelint.rules.artifacts.partial_extract import PartialExtract
from cablelint.rules.artifacts.pilcrow_read_as_one import PilcrowReadAsOne
from cablelint.rules.artifacts.printout_wrapper import PrintoutWrapper
from cablelint.rules.artifacts.repeated_paragraphs import RepeatedParagraphs
from cablelint.rules.artifacts.sipdis_in_body import SipdisInBody
from cablelint.rules.artifacts.split_word import SplitWord
from cablelint.rules.artifacts.spurious_pilcrow import SpuriousPilcrow
from cablelint.rules.artifacts.unbalanced_redaction import UnbalancedRedaction
from cablelint.rules.artifacts.wrapped_number import WrappedNumber

RULES = [PilcrowReadAsOne, SpuriousPilcrow, WrappedNumber, MarkdownLink, SplitWord,
         InsertedSpace, PageBreakLine, BlankLineInSentence, MangledQuote, SipdisInBody,
         JunkAfterSignOff, DuplicatedHeader, PartialExtract, UnbalancedRedaction,
         NewspaperDateline, GluedParagraph, PrintoutWrapper, RepeatedParagraphs]
