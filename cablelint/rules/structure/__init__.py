"""CL1xx: cable structure.

The blocks a telegram is made of (banner, captions, E.O./TAGS/SUBJECT/REF/
Classified By header, body markers, sign-off) are present, in order, and
agree with each other.  Partial extracts ("This record is a partial extract
...") are incomplete by nature: the completeness rules (CL101, CL111, and the
missing-item findings of CL106) report them as info.  What several rules read
(line spans, the header items in order, level words, the SUMMARY / COMMENT /
NOTE markers) is in :mod:`cablelint.analysis.structure`.  A new rule of this
family is one module here plus its entry in ``RULES``.
"""

from cablelint.rules.structure.banner_identity import BannerIdentity
from cablelint.rules.structure.header_keywords import HeaderKeywords
from cablelint.rules.structure.header_order import HeaderOrder
from cablelint.rules.structure.long_cable_summary import LongCableSummary
from cablelint.rules.structure.malformed_banner import MalformedBanner
from cablelint.rules.structure.missing_banner import MissingBanner
from cablelint.rules.structure.pseudo_banner import PseudoBanner
from cablelint.rules.structure.routing_classification import RoutingClassification
from cablelint.rules.structure.section_count import SectionCount
from cablelint.rules.structure.sign_off import SignOffPlacement
from cablelint.rules.structure.trailing_classification import TrailingClassification
from cablelint.rules.structure.unbalanced_markers import UnbalancedMarkers

RULES = [MissingBanner, MalformedBanner, BannerIdentity, PseudoBanner, HeaderOrder,
         HeaderKeywords, RoutingClassification, SectionCount, UnbalancedMarkers,
         LongCableSummary, SignOffPlacement, TrailingClassification]
