"""A chooser for decisions, so editors pick the decisions of a board from a searchable
modal instead of a long drop-down."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.chooser import ChooserViewSet

from .models import Decision


class DecisionChooserViewSet(ChooserViewSet):
    model = Decision
    icon = "doc-full"
    choose_one_text = _("Chọn một quyết định")
    choose_another_text = _("Chọn quyết định khác")
    edit_item_text = _("Sửa quyết định")
    per_page = 30


decision_chooser_viewset = DecisionChooserViewSet("decision_chooser")
