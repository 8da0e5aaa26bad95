from django.apps import AppConfig
from django.core import checks
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The public shell of the portal: home page, standard pages, site settings."""

    name = "home"
    verbose_name = _("Trang chủ và trang chung")

    def ready(self):
        from home.admin_ui import (
            sidebar,
            signin,  # noqa: F401  (signal receivers)
        )
        from home.admin_ui.permission_names import name_permissions
        from home.admin_ui.upstream_names import (
            label_link_chooser_forms,
            name_untranslated_models,
        )
        from home.publishing import check_page_types_publish_through_approval

        sidebar.install()
        checks.register(check_page_types_publish_through_approval)
        name_untranslated_models()
        label_link_chooser_forms()
        post_migrate.connect(name_permissions, dispatch_uid="home.name_permissions")
