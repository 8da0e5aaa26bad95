from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HonorsConfig(AppConfig):
    """The domain: awards, honorees, honours, disclosures and the people's comments."""

    name = "honors"
    verbose_name = _("Thi đua – khen thưởng")

    def ready(self):
        from honors.registry import admin_fields
        from honors.roll import signals  # noqa: F401 - connects the roll's receivers
        from honors.transparency import figures
        from honors.workflow import notifications
        from honors.workflow.roles import connect_sections

        admin_fields.register()
        connect_sections()
        notifications.connect()
        figures.connect()
