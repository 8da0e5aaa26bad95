"""Form fields of the admin's editing screens that the domain needs.

Localities are offered in Vietnamese dictionary order (Bắc before Bình, every D before
every Đ), whole path shown ("xã Chiềng Cơi – tỉnh Sơn La" would be too long; the kind
and name are enough), wherever a form picks one: honorees, example stories, nominees
of a disclosure, a locality's parent. Registered once for Wagtail's model forms
(`register_form_field_override`), so every screen gets it."""

from django import forms
from django.db import models
from wagtail.admin.forms.models import register_form_field_override

from honors.registry.localities import Locality
from search.folding import vietnamese_sort_key


class LocalityChoiceIterator(forms.models.ModelChoiceIterator):
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        localities = sorted(
            self.queryset,
            key=lambda locality: (
                not locality.is_current,
                vietnamese_sort_key(locality.name),
            ),
        )
        for locality in localities:
            yield self.choice(locality)


class LocalityChoiceField(forms.ModelChoiceField):
    """Current units first, in dictionary order, then the former ones, marked."""

    iterator = LocalityChoiceIterator

    def label_from_instance(self, obj):
        return obj.label


def register():
    register_form_field_override(
        models.ForeignKey, to=Locality, override={"form_class": LocalityChoiceField}
    )
