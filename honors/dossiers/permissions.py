"""Who sees which dossier: the secretariat (and the council's leadership, read-only)
every sent dossier; a unit officer only the dossiers of the units they belong to, in
every list, page, file and export. One policy answers for all of them, so a view that
asks it cannot forget the unit."""

from django.db.models import Q
from wagtail.permission_policies.base import ModelPermissionPolicy

from honors.dossiers.choices import DossierState
from honors.dossiers.models import Dossier
from honors.units.models import Unit

PROCESS = "honors.process_dossier"


def unit_ids(user):
    """The units `user` is an officer of, read once per user object (a request asks
    about several dossiers: the page, its files, its buttons)."""
    if not hasattr(user, "_dossier_unit_ids"):
        user._dossier_unit_ids = frozenset(
            Unit.objects.of_officer(user).values_list("pk", flat=True)
        )
    return user._dossier_unit_ids


def sees_every_unit(user):
    """The secretariat, the council's leadership and administrators: every unit's
    dossiers once sent (a draft is the unit's own until then)."""
    return user.is_active and (
        user.is_superuser
        or user.has_perm(PROCESS)
        or (user.has_perm("honors.view_dossier") and not unit_ids(user))
    )


class DossierPermissionPolicy(ModelPermissionPolicy):
    def __init__(self):
        super().__init__(Dossier)

    def visible_to(self, user):
        """The dossiers `user` may open."""
        if not user.is_authenticated or not user.has_perm("honors.view_dossier"):
            return Dossier.objects.none()
        # A subquery, not a join on the officers: no row twice, no DISTINCT to sort.
        own = Q(unit__in=unit_ids(user))
        if sees_every_unit(user):
            return Dossier.objects.filter(own | ~Q(state=DossierState.DRAFT))
        return Dossier.objects.filter(own)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Dossier.objects.none()
        return self.visible_to(user)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        is_officer = instance.unit_id in unit_ids(user)
        if action == "view":
            return is_officer or (
                sees_every_unit(user) and instance.state != DossierState.DRAFT
            )
        if action == "change":
            # The unit edits what is its own to edit; once sent, only the steps of
            # honors.dossiers.process change a dossier.
            return is_officer and instance.is_editable_by_unit
        if action == "delete":
            # A draft never sent; nothing is deleted once it has left the unit.
            return (
                is_officer
                and instance.state == DossierState.DRAFT
                and instance.code is None
            )
        return is_officer


policy = DossierPermissionPolicy()
