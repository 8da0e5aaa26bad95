"""Folding the queries: the part every portal backend shares."""

import copy
from functools import cache

from modelsearch.query import MATCH_ALL, Not

from search.folding import fold
from search.index import is_folded

#: Matches nothing: what a query that folds to no word at all ("!!!", "…") asks for.
MATCH_NONE = Not(MATCH_ALL)


def fold_query(query):
    """The query with every query string folded; structure and options unchanged."""
    if isinstance(query, str):
        folded = fold(query)
        return folded if folded else MATCH_NONE
    query = copy.copy(query)
    if hasattr(query, "query_string"):
        folded = fold(query.query_string)
        if not folded:
            return MATCH_NONE
        query.query_string = folded
    if hasattr(query, "subquery"):
        query.subquery = fold_query(query.subquery)
    if hasattr(query, "subqueries"):
        query.subqueries = [fold_query(subquery) for subquery in query.subqueries]
    return query


class FoldedQueryCompilerMixin:
    """Folds the query when the model searched is indexed folded; other models
    (Wagtail's images and documents, in the admin) are searched as Wagtail does."""

    def __init__(self, queryset, query, *args, **kwargs):
        if is_folded(queryset.model):
            query = fold_query(query)
        super().__init__(queryset, query, *args, **kwargs)


@cache
def with_folded_queries(backend_class):
    """A subclass of a Wagtail search backend whose compilers fold queries."""

    def folding(compiler_class):
        return type(
            f"Folded{compiler_class.__name__}",
            (FoldedQueryCompilerMixin, compiler_class),
            {"__module__": __name__},
        )

    return type(
        f"Folded{backend_class.__name__}",
        (backend_class,),
        {
            "__module__": __name__,
            "query_compiler_class": folding(backend_class.query_compiler_class),
            "autocomplete_query_compiler_class": folding(
                backend_class.autocomplete_query_compiler_class
            ),
        },
    )
