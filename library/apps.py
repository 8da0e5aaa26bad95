from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    """The documents library (văn bản): laws, decrees, plans and the province's own
    documents, with the commendation decisions of the honour boards beside them."""

    name = "library"
    verbose_name = _("Văn bản")
