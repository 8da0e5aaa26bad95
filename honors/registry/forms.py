"""Form fields the registry's filters share: a year of the registry's range, and a
locality, offered only where there is something to show."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.listing.filters import NumberFilter, with_all
from honors.registry.honours import FIRST_YEAR


class YearField(forms.IntegerField):
    """An optional year of the registry's range, with messages a citizen understands."""

    default_error_messages = {
        "invalid": _("Năm phải là một số, ví dụ 2025."),
        "min_value": _("Năm phải từ %(limit_value)s trở về sau."),
        "max_value": _("Năm không hợp lệ."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Năm"))
        kwargs.setdefault("required", False)
        super().__init__(min_value=FIRST_YEAR, max_value=2100, **kwargs)


class LocalityFilter(NumberFilter):
    """A locality of the registry, its own units and those under it (the list filters
    by `LocalityTree.descendant_ids`); its choices are set by `offer_localities`."""

    def __init__(self, **kwargs):
        super().__init__(
            label=_("Địa bàn"),
            invalid=_("Địa bàn này không có trong danh mục."),
            **kwargs,
        )


def offer_localities(field, tree, holding):
    """Any locality is a valid filter, but the list offers only those with something
    to show (`holding`: ids of the localities of the listed items; None: all), former
    units marked, so that no choice leads to an empty list."""
    field.choices = with_all(tree.choices())
    if holding is not None:
        field.widget.choices = with_all(tree.choices(holding=holding))
