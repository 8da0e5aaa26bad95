"""The dossier's form in the admin: a unit officer chooses among their own units only,
picks the forms asked for from the catalogue, and adds files that are checked by their
content (PDF, DOCX, JPEG, PNG)."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from honors.dossiers.permissions import sees_every_unit
from honors.registry.catalogue import Award
from honors.units.models import Unit


class DossierForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        units = Unit.objects.active()
        if user is not None and not sees_every_unit(user):
            units = units.of_officer(user)
        if "unit" in self.fields:
            self.fields["unit"].queryset = units
            if self.instance.pk is None and len(units) == 1:
                self.fields["unit"].initial = units[0]
        if "awards" in self.fields:
            self.fields["awards"].queryset = Award.objects.all()
            self.fields["awards"].widget = forms.CheckboxSelectMultiple(
                choices=self.fields["awards"].choices
            )
