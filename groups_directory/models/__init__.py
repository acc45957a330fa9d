from .categories import GroupCategory
from .pages import (
    STALE_AFTER,
    Audience,
    GroupDirectoryPage,
    GroupPage,
    GroupPhoto,
    GroupSocialLink,
    SocialPlatform,
)
from .regions import Region, RegionLevel, load_regions, load_villages
from .reports import GroupReport, ReportReason

__all__ = [
    "STALE_AFTER",
    "Audience",
    "GroupCategory",
    "GroupDirectoryPage",
    "GroupPage",
    "GroupPhoto",
    "GroupReport",
    "GroupSocialLink",
    "Region",
    "RegionLevel",
    "ReportReason",
    "SocialPlatform",
    "load_regions",
    "load_villages",
]
