from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HonorsConfig(AppConfig):
    """The domain: awards, honorees, honours, disclosures and the people's comments."""

    name = "honors"
    verbose_name = _("Thi đua – khen thưởng")

    def ready(self):
        from . import (
            admin_fields,
            indexing,  # noqa: F401 - connects the search index handlers
            notifications,
            statistics,
        )
        from .roles import connect_sections

        admin_fields.register()
        connect_sections()
        notifications.connect()
        statistics.connect()
