"""The search form: a GET form whose every bad value gets a message, never an error
page. A query is refused only when it cannot be searched (too long, nothing but
punctuation, a null character); SQL or query-syntax characters are just characters."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.listing.filters import ChoiceFilter
from honors.registry.forms import YearField
from search.folding import fold
from search.page.types import RESULT_TYPES

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Từ khóa"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _(
                "Từ khóa dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d)."
            ),
            "null_characters_not_allowed": _("Từ khóa có ký tự không hợp lệ."),
        },
    )
    loai = ChoiceFilter(
        label=_("Loại nội dung"),
        choices=[(result_type.key, result_type.label) for result_type in RESULT_TYPES],
        invalid=_("Loại nội dung không hợp lệ."),
    )
    nam = YearField(widget=forms.Select)

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nam"].widget.choices = [("", _("Mọi năm"))] + [
            (year, year) for year in years
        ]

    def clean_q(self):
        text = self.cleaned_data["q"]
        if text and not fold(text):
            raise forms.ValidationError(
                _("Hãy nhập ít nhất một chữ hoặc chữ số."), code="no_words"
            )
        return text
