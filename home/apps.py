from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The public shell of the portal: home page, standard pages, site settings."""

    name = "home"
    verbose_name = _("Trang chủ và trang chung")

    def ready(self):
        from . import (
            accounts,  # noqa: F401  (signal receivers)
            admin_sidebar,
        )
        from .publishing import check_page_types_publish_through_approval

        admin_sidebar.install()
        checks.register(check_page_types_publish_through_approval)
