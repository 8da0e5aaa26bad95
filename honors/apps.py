from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HonorsConfig(AppConfig):
    """The domain: awards, honorees, honours, boards, articles, disclosures and the
    people's comments, in rooms (docs/architecture.md)."""

    name = "honors"
    verbose_name = _("Thi đua – khen thưởng")

    def ready(self):
        """Signals are wired here, once the models are loaded: the roll's own
        receivers (honors.roll.signals, which also keep honorees' search entries in
        step) and the statistics cache, which listens to the same signal and to the
        dossiers' steps."""
        from honors.dossiers.process import step_taken
        from honors.registry import admin_fields
        from honors.roll.signals import public_roll_changed
        from honors.staff.roles import connect_sections
        from honors.transparency import figures
        from honors.workflow import notifications

        admin_fields.register()
        connect_sections()
        notifications.connect()
        public_roll_changed.connect(
            figures.bump_generation, dispatch_uid="statistics_roll_changed"
        )
        step_taken.connect(
            figures.bump_generation, dispatch_uid="statistics_dossier_step"
        )
