from .pages import HomePage, RelatedPortalsPage, StandardPage
from .site_settings import SiteSettings

__all__ = ["HomePage", "RelatedPortalsPage", "SiteSettings", "StandardPage"]
