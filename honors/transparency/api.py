"""The honours endpoint of the read-only API (/api/v2/honours/).

It sits in Wagtail's API router beside the pages endpoint and answers the same way:
`{"meta": {"total_count": N}, "items": [...]}`, paginated with `limit` and `offset`,
errors as `{"message": ...}` with status 400 or 404. Items carry the columns of the
open data downloads (`honors.roll.open_data.COLUMNS`) and are filtered with the honour
roll's own filters (q, year, award, level, locality, kind, direct_worker, movement).
Only public honours are served: an honour on a board still in the workflow, or of an
honoree kept off public pages, is not found here either.
"""

from django.conf import settings
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext as _
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet

from home.listing.lists import form_errors
from honors.registry.honours import Honour
from honors.roll.forms import HonourFilterForm
from honors.roll.open_data import RowWriter

FILTERS = frozenset(HonourFilterForm.base_fields)
DEFAULT_LIMIT = 20


class HonourAPIViewSet(BaseAPIViewSet):
    model = Honour
    name = "honours"
    known_query_parameters = frozenset(["limit", "offset", "format", "_"]) | FILTERS

    def get_queryset(self):
        return Honour.objects.public()

    def _check_parameters(self):
        unknown = set(self.request.GET) - self.known_query_parameters
        if unknown:
            raise BadRequestError(
                _("Tham số không được hỗ trợ: %(names)s. Dùng: %(known)s.")
                % {
                    "names": ", ".join(sorted(unknown)),
                    "known": ", ".join(sorted(self.known_query_parameters - {"_"})),
                }
            )

    def _number(self, name, default):
        raw = self.request.GET.get(name, default)
        try:
            value = int(raw)
        except (TypeError, ValueError):
            raise BadRequestError(
                _("“%(name)s” phải là số nguyên, không phải “%(value)s”.")
                % {"name": name, "value": str(raw)[:20]}
            ) from None
        if value < 0:
            raise BadRequestError(_("“%(name)s” không được âm.") % {"name": name})
        return value

    def _item(self, rows, honour):
        return {
            "id": honour.pk,
            "detail_url": self.request.build_absolute_uri(
                reverse("wagtailapi:honours:detail", args=[honour.pk])
            ),
            **rows.row(honour),
        }

    def listing_view(self, request):
        self._check_parameters()
        form = HonourFilterForm(request.GET)
        if not form.is_valid():
            raise BadRequestError(" ".join(form_errors(form)))
        limit = self._number("limit", DEFAULT_LIMIT)
        offset = self._number("offset", 0)
        maximum = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
        if not 1 <= limit <= maximum:
            raise BadRequestError(
                _("“limit” phải từ 1 đến %(max)s.") % {"max": maximum}
            )
        honours = form.filter(self.get_queryset())
        total = honours.count()
        if offset and offset >= total:
            raise BadRequestError(
                _(
                    "“offset” %(offset)s vượt quá cuối danh sách: có %(total)s khen "
                    "thưởng."
                )
                % {"offset": offset, "total": total}
            )
        page = honours.for_listing()[offset : offset + limit]
        rows = RowWriter(request, form.locality_tree)
        return Response(
            {
                "meta": {"total_count": total, "limit": limit, "offset": offset},
                "items": [self._item(rows, honour) for honour in page],
            }
        )

    def detail_view(self, request, pk):
        self._check_parameters()
        honour = (
            self.get_queryset()
            .select_related("honoree", "award", "decision")
            .filter(pk=pk)
            .first()
        )
        if honour is None:
            raise Http404(_("Không có khen thưởng công khai nào với mã số này."))
        return Response(self._item(RowWriter(request), honour))

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]
