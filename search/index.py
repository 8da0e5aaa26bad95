"""Search fields that index Vietnamese text folded, the way people type it.

None of the backends folds Vietnamese right out of the box: SQLite's FTS keeps "ệ" and
"đ", PostgreSQL's configurations either keep tone marks or drop syllables as stop words,
Elasticsearch keeps combining marks. So the portal indexes text already folded
("Nguyễn Đình Hoà" → "nguyen dinh hoa") and folds every query the same way (see
`search.backends`): a search then matches identically on every backend, whatever the
tone marks, the tone placement (hoà / hòa), đ or d, case or Unicode form.

Models declare their fields as usual and pass them through `folded()`:

    search_fields = folded([*Page.search_fields, index.SearchField("lead")])
"""

from modelsearch import index

from search.folding import fold


def as_text(value) -> str:
    """The indexable text of a field value: strings, lists (StreamField content),
    dicts and numbers flattened the way the backends would."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(as_text(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return " ".join(as_text(item) for item in value)
    return str(value)


class FoldedSearchField(index.SearchField):
    """A SearchField whose value is indexed folded."""

    search_folded = True

    def get_value(self, obj):
        return fold(as_text(super().get_value(obj)))


class FoldedAutocompleteField(index.AutocompleteField):
    """An AutocompleteField whose value is indexed folded."""

    search_folded = True

    def get_value(self, obj):
        return fold(as_text(super().get_value(obj)))


def folded(fields):
    """The same search fields, with every text field folded (filters are unchanged)."""
    result = []
    for field in fields:
        if isinstance(field, index.RelatedFields):
            result.append(index.RelatedFields(field.field_name, folded(field.fields)))
        elif isinstance(field, FoldedSearchField | FoldedAutocompleteField):
            result.append(field)
        elif isinstance(field, index.SearchField):
            result.append(
                FoldedSearchField(field.field_name, boost=field.boost, **field.kwargs)
            )
        elif isinstance(field, index.AutocompleteField):
            result.append(FoldedAutocompleteField(field.field_name, **field.kwargs))
        else:
            result.append(field)
    return result


def _text_fields(fields):
    for field in fields:
        if isinstance(field, index.RelatedFields):
            yield from _text_fields(field.fields)
        elif isinstance(field, index.SearchField | index.AutocompleteField):
            yield field


def is_folded(model) -> bool:
    """Whether the model indexes every text field folded, so queries on it must be
    folded too. Wagtail's base Page counts as folded: the portal's page types all are
    (a test holds every page type to it), and searches over Page use their entries."""
    from wagtail.models import Page

    if model is Page:
        return True
    fields = list(_text_fields(getattr(model, "search_fields", [])))
    return bool(fields) and all(
        getattr(field, "search_folded", False) for field in fields
    )
