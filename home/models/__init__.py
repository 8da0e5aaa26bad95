from home.models.accounts import SessionVersion
from home.models.organisation import OrganisationPage
from home.models.pages import HomePage, RelatedPortalsPage, StandardPage
from home.models.site_settings import SiteSettings

__all__ = [
    "HomePage",
    "OrganisationPage",
    "RelatedPortalsPage",
    "SessionVersion",
    "SiteSettings",
    "StandardPage",
]
