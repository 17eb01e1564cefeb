"""CL4xx: classification consistency between the banner, the captions, the
portion marks, the E.O. line and (when supplied) external metadata.

Marks come from the shared inventory of :mod:`cablelint.analysis.portion_marks`;
the banner's level, the captions and the metadata record from
:mod:`cablelint.analysis.classification`; levels, their ranks and the caption
controls from the ``classification`` vocabulary.  Every rule needs a banner
(``requires``).  A new rule of this family is one module here plus its entry
in ``RULES``.
"""

from cablelint.rules.classification.banner_above_portions import BannerAbovePortions
from cablelint.rules.classification.control_caption_on_classified import ControlOnClassified
from cablelint.rules.classification.eo_line_level_mismatch import EoLineLevel
from cablelint.rules.classification.metadata_classification_mismatch import (
    MetadataClassification,
)
from cablelint.rules.classification.metadata_noforn_mismatch import MetadataNoforn
from cablelint.rules.classification.noforn_caption_mismatch import NofornCaption
from cablelint.rules.classification.portion_above_banner import PortionAboveBanner
from cablelint.rules.classification.sbu_without_sensitive_caption import SbuWithoutSensitive

RULES = [PortionAboveBanner, BannerAbovePortions, MetadataClassification, NofornCaption,
         SbuWithoutSensitive, ControlOnClassified, EoLineLevel, MetadataNoforn]
