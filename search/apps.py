from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """One search over the portal's pages and the honours registry, the way Vietnamese
    people type (see search.index)."""

    name = "search"
    verbose_name = _("Tìm kiếm")

    def ready(self):
        from search.page import checks  # noqa: F401 - registers the system checks
