"""The dossier's form in the admin (a unit officer chooses among their own units only,
picks the forms asked for from the catalogue, and adds files that are checked by their
content: PDF, DOCX, JPEG, PNG), and the public tracker's filters."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from home.listing.filters import ChoiceFilter, ModelFilter, NumberFilter, with_all
from honors.dossiers.choices import PUBLIC_STATES
from honors.dossiers.models import Dossier
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


class TrackerFilterForm(forms.Form):
    """The public tracker's filters: units that have sent something, the states a sent
    dossier can be in, the years dossiers were sent."""

    unit = ModelFilter(
        label=_("Đơn vị trình"),
        queryset=Unit.objects.none(),
        invalid=_("Đơn vị này chưa gửi hồ sơ nào."),
    )
    state = ChoiceFilter(
        label=_("Trạng thái"),
        choices=[(state.value, state.label) for state in PUBLIC_STATES],
        invalid=_("Trạng thái không hợp lệ."),
    )
    year = NumberFilter(label=_("Năm"), invalid=_("Không có hồ sơ nào trong năm này."))

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.filter(
            pk__in=Dossier.objects.sent().values("unit")
        )
        self.fields["year"].choices = with_all((year, year) for year in years)

    def filter(self, dossiers):
        data = self.cleaned_data
        if data.get("unit"):
            dossiers = dossiers.filter(unit=data["unit"])
        if data.get("state"):
            dossiers = dossiers.filter(state=data["state"])
        if data.get("year"):
            dossiers = dossiers.filter(year=data["year"])
        return dossiers
