"""The read-only JSON API: Wagtail's pages endpoint, the public honours and the sent
dossiers of the public tracker.

Served at /api/v2/ (README, "Open data and API"). Pages are the live, public ones only,
as Wagtail's endpoint serves them; each page type lists its fields in `api_fields`.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from honors.dossiers.api import DossierAPIViewSet
from honors.transparency.api import HonourAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("honours", HonourAPIViewSet)
api_router.register_endpoint("dossiers", DossierAPIViewSet)
