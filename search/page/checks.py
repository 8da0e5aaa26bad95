"""System checks: every page type is indexed folded, with Wagtail's own page fields,
and every page type the portal's apps define is a kind of result of the site search.

Wagtail's check wagtailsearch.W001 looks for Page's field objects themselves in each
page type's search_fields; the portal's page types hold folded copies of them (see
search.index), so the settings silence W001 and this check stands in for it."""

from django.core.checks import Error, Warning, register
from modelsearch import index

from search.index import is_folded
from search.page import types

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


#: Apps whose page types citizens read, and so must find by the site search.
PORTAL_APPS = ("home", "honors", "library")


@register("search")
def page_types_are_found_by_the_site_search(app_configs, **kwargs):
    """A page type left out of search.page.types.RESULT_TYPES is indexed but never shown:
    "Thống kê" found nothing while the statistics page existed."""
    from wagtail.models import get_page_models

    covered = {model for kind in types.RESULT_TYPES for model in kind.models}
    return [
        Error(
            "Page type with search_fields is not a kind of result of the site search.",
            hint="Add it to a ResultType in search/types.py.",
            obj=model,
            id="search.E001",
        )
        for model in get_page_models()
        if model._meta.app_label in PORTAL_APPS
        and model.search_fields
        and model not in covered
    ]
