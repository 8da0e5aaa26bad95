"""System checks: every page type is indexed folded, with Wagtail's own page fields.

Wagtail's check wagtailsearch.W001 looks for Page's field objects themselves in each
page type's search_fields; the portal's page types hold folded copies of them (see
search.index), so the settings silence W001 and this check stands in for it."""

from django.core.checks import Warning, register
from modelsearch import index

from .index import is_folded

FIELD_KINDS = (
    index.AutocompleteField,
    index.SearchField,
    index.FilterField,
    index.RelatedFields,
)


def _signature(field):
    """What a search field indexes, whether folded or not: its kind and name."""
    kind = next(kind for kind in FIELD_KINDS if isinstance(field, kind))
    return kind.__name__, field.field_name


@register("search")
def page_types_are_indexed_folded(app_configs, **kwargs):
    from wagtail.models import Page, get_page_models

    core = {_signature(field) for field in Page.search_fields}
    errors = []
    for model in get_page_models():
        if model is Page or not model.search_fields:
            continue
        own = {_signature(field) for field in model.search_fields}
        if not core <= own:
            errors.append(
                Warning(
                    "Page fields missing from search_fields.",
                    hint="Use search_fields = folded([*Page.search_fields, ...]).",
                    obj=model,
                    id="search.W001",
                )
            )
        if not is_folded(model):
            errors.append(
                Warning(
                    "Text fields indexed without folding: Vietnamese queries typed "
                    "without tone marks will miss them.",
                    hint="Wrap search_fields in search.index.folded().",
                    obj=model,
                    id="search.W002",
                )
            )
    return errors
