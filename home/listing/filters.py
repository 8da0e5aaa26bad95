"""The fields of the filters above every list (honour roll, boards, articles, documents).

A filter is optional, offers "all" first, and answers a value it does not know with a
message a citizen understands (a bookmarked or hand-typed address can hold anything), so
a list's form declares only its label, its message and, where they are fixed, its
choices."""

from django import forms
from django.utils.translation import gettext_lazy as _

ALL = ("", _("Tất cả"))


def with_all(choices):
    """The choices a filter offers: "all" first, then the given ones."""
    return [ALL, *choices]


class ChoiceFilter(forms.ChoiceField):
    """An optional choice whose value stays text (a slug, a code)."""

    def __init__(self, *, label, invalid, choices=(), **kwargs):
        super().__init__(
            label=label,
            choices=with_all(choices),
            required=False,
            error_messages={"invalid_choice": invalid},
            **kwargs,
        )


class NumberFilter(forms.TypedChoiceField):
    """An optional choice of a number (a year, a locality's id), given as a number to
    the query, None when "all" is chosen. Its choices are set by the form from what the
    list holds (`with_all`)."""

    def __init__(self, *, label, invalid, **kwargs):
        super().__init__(
            label=label,
            coerce=int,
            required=False,
            empty_value=None,
            choices=[ALL],
            error_messages={"invalid_choice": invalid},
            **kwargs,
        )


class ModelFilter(forms.ModelChoiceField):
    """An optional choice of a record or page (an award, a movement)."""

    def __init__(self, *, label, invalid, queryset, **kwargs):
        super().__init__(
            label=label,
            queryset=queryset,
            required=False,
            empty_label=ALL[1],
            error_messages={"invalid_choice": invalid},
            **kwargs,
        )
