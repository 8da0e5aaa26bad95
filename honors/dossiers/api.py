"""The dossiers endpoint of the read-only API (/api/v2/dossiers/): what the public
tracker shows, as JSON, with its filters (unit, state, year), `limit` and `offset`, and
in `meta` the share of the listed dossiers handled on time. Never a draft, a nominee's
name, a file or a note."""

from django.conf import settings
from django.db.models import Count, F, Q
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext as _
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet

from home.listing.lists import form_errors
from honors.dossiers.forms import TrackerFilterForm
from honors.dossiers.models import Dossier
from honors.dossiers.views import PUBLIC_FIELDS, public_dossiers

DEFAULT_LIMIT = 20


class DossierAPIViewSet(BaseAPIViewSet):
    model = Dossier
    name = "dossiers"
    known_query_parameters = frozenset(
        ["limit", "offset", "format", "_", *TrackerFilterForm.base_fields]
    )

    def get_queryset(self):
        return public_dossiers()

    def _number(self, name, default):
        raw = self.request.GET.get(name, default)
        try:
            return int(raw)
        except (TypeError, ValueError) as error:
            raise BadRequestError(
                _("“%(name)s” phải là một số nguyên.") % {"name": name}
            ) from error

    def _check_parameters(self):
        unknown = set(self.request.GET) - self.known_query_parameters
        if unknown:
            raise BadRequestError(
                _("Tham số không hợp lệ: %(names)s.")
                % {"names": ", ".join(sorted(unknown))}
            )

    def _item(self, dossier):
        return {
            "id": dossier.pk,
            "detail_url": self.request.build_absolute_uri(
                reverse("wagtailapi:dossiers:detail", args=[dossier.pk])
            ),
            **{key: value(dossier) for key, _header, value in PUBLIC_FIELDS},
        }

    def listing_view(self, request):
        self._check_parameters()
        form = TrackerFilterForm(request.GET, years=self._years())
        if not form.is_valid():
            raise BadRequestError(" ".join(form_errors(form)))
        limit = self._number("limit", DEFAULT_LIMIT)
        offset = self._number("offset", 0)
        maximum = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
        if not 1 <= limit <= maximum:
            raise BadRequestError(
                _("“limit” phải từ 1 đến %(max)s.") % {"max": maximum}
            )
        if offset < 0:
            raise BadRequestError(_("“offset” không được âm."))
        dossiers = form.filter(self.get_queryset())
        counts = Dossier.objects.filter(pk__in=dossiers.values("pk")).aggregate(
            total=Count("pk"),
            finished=Count(
                "pk", filter=Q(finished_on__isnull=False, due_on__isnull=False)
            ),
            on_time=Count("pk", filter=Q(finished_on__lte=F("due_on"))),
        )
        return Response(
            {
                "meta": {
                    "total_count": counts["total"],
                    "limit": limit,
                    "offset": offset,
                    "handled_on_time": {
                        "count": counts["on_time"],
                        "of": counts["finished"],
                    },
                },
                "items": [
                    self._item(dossier) for dossier in dossiers[offset : offset + limit]
                ],
            }
        )

    @staticmethod
    def _years():
        return (
            Dossier.objects.sent()
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )

    def detail_view(self, request, pk):
        self._check_parameters()
        dossier = self.get_queryset().filter(pk=pk).first()
        if dossier is None:
            raise Http404(_("Không có hồ sơ đã gửi nào với mã số này."))
        return Response(self._item(dossier))

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]
