from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Search across the portal's pages and, later, the honours registry."""

    name = "search"
    verbose_name = _("Tìm kiếm")
