from .accounts import SessionVersion
from .organisation import OrganisationPage
from .pages import HomePage, RelatedPortalsPage, StandardPage
from .site_settings import SiteSettings

__all__ = [
    "HomePage",
    "OrganisationPage",
    "RelatedPortalsPage",
    "SessionVersion",
    "SiteSettings",
    "StandardPage",
]
