"""The site search page and its suggestions.

The page is a plain GET form: it works without JavaScript, and a search can be
bookmarked or shared. static/js/autocomplete.js adds suggestions as one types, from
`suggest`, a small JSON endpoint.
"""

import logging

from django.core.cache import cache
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from honors.articles.news import NewsPage
from honors.articles.stories import ExampleStoryPage
from honors.registry.honours import Honoree, Honour, honour_roll_page
from search.folding import fold
from search.page.forms import SearchForm
from search.page.site_search import (
    SiteSearch,
    backend_is_sqlite,
    relevance,
    unavailable_errors,
)
from search.page.terms import editors_picks, record_search
from search.page.types import RESULT_TYPES, type_of

logger = logging.getLogger(__name__)

SUGGESTIONS = 8
SUGGEST_MAX_LENGTH = 100
YEARS_CACHE_SECONDS = 600


def available_years() -> list[int]:
    """The years that have public honours or dated articles, newest first."""

    def compute():
        years = set(Honour.objects.public().values_list("year", flat=True).distinct())
        for model in (NewsPage, ExampleStoryPage):
            years.update(day.year for day in model.objects.live().dates("date", "year"))
        return sorted(years, reverse=True)

    return cache.get_or_set("search:years", compute, YEARS_CACHE_SECONDS)


def search(request):
    form = SearchForm(request.GET, years=available_years())
    context = {"form": form, "query": "", "result_types": RESULT_TYPES}
    if not form.is_valid():
        context["query"] = request.GET.get("q", "")[:500]
        return _render(request, context, status=400)
    text = form.cleaned_data["q"]
    context["query"] = text
    if not text:
        return _render(request, context)

    try:
        site_search = SiteSearch(
            request,
            text,
            type_key=form.cleaned_data["loai"],
            year=form.cleaned_data["nam"],
        )
        page_obj = site_search.paginator().get_page(request.GET.get("page"))
        hits = site_search.present(list(page_obj.object_list))
    except unavailable_errors():
        logger.exception("Search backend unavailable")
        context["unavailable"] = True
        return _render(request, context, status=503)

    first_page = request.GET.get("page", "1") in ("", "1")
    picks = editors_picks(text) if first_page else []
    if first_page:
        record_search(text, found=bool(site_search.total or picks))
    context.update(
        search=site_search,
        page_obj=page_obj,
        paginator=page_obj.paginator,
        hits=hits,
        picks=picks,
        facets=site_search.facets,
        selected_type=site_search.selected_type,
    )
    return _render(request, context)


def _render(request, context, status=200):
    return TemplateResponse(request, "search/search.html", context, status=status)


def suggest(request):
    """Up to eight pages and honorees whose names start with the words typed, for the
    search box: {"query": ..., "suggestions": [{"label", "type", "url"}]}."""
    text = request.GET.get("q", "")
    if len(text) > SUGGEST_MAX_LENGTH or "\x00" in text:
        return JsonResponse(
            {
                "error": _("Từ khóa dài tối đa %(limit)d ký tự.")
                % {"limit": SUGGEST_MAX_LENGTH}
            },
            status=400,
        )
    folded = fold(text)
    suggestions = []
    if len(folded) >= 2:
        try:
            suggestions = _suggestions(request, text)
        except unavailable_errors():
            logger.exception("Search backend unavailable")
            return JsonResponse(
                {"error": _("Tìm kiếm tạm thời không hoạt động.")}, status=503
            )
    response = JsonResponse({"query": text, "suggestions": suggestions})
    patch_cache_control(response, public=True, max_age=60)
    return response


def _suggestions(request, text):

    page_models = [
        model for result_type in RESULT_TYPES[1:] for model in result_type.models
    ]
    pages = (
        Page.objects.live()
        .filter(locale=Locale.get_active())
        .exclude(Page.objects.all().private_q())
        .type(*page_models)
        .autocomplete(text, operator="and")
        .annotate_score("_score")[:SUGGESTIONS]
    )
    honorees = (
        Honoree.objects.published()
        .autocomplete(text, operator="and")
        .annotate_score("_score")[:SUGGESTIONS]
    )
    scored = []
    for results in (pages, honorees):
        is_sqlite = backend_is_sqlite(results)
        scored += [(relevance(obj._score, is_sqlite), obj) for obj in results]
    scored.sort(key=lambda pair: pair[0], reverse=True)

    roll = None
    if any(isinstance(obj, Honoree) for _score, obj in scored):
        roll = honour_roll_page(Locale.get_active())
    suggestions = []
    for _score, obj in scored[:SUGGESTIONS]:
        if isinstance(obj, Honoree):
            if roll is None:
                continue
            result_type = type_of(obj)
            label, url = obj.name, obj.get_url(request, roll=roll)
            detail = obj.organisation or obj.position
        else:
            result_type = type_of_page(obj)
            label, url, detail = obj.title, obj.get_url(request), ""
        suggestions.append(
            {
                "label": label,
                "type": str(result_type.label),
                "detail": detail,
                "url": url,
            }
        )
    return suggestions


def type_of_page(page):
    model = page.specific_class
    return next(t for t in RESULT_TYPES if model in t.models)
