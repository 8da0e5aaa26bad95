"""The editor's form of a document page."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

RELATION_FIELDS = ("replaces", "guides")


class DocumentPageForm(WagtailAdminPageForm):
    """Refuses relations that make no sense: a document replacing or guiding itself,
    or replacing and guiding the same document."""

    def clean(self):
        cleaned = super().clean()
        chosen = {name: set(cleaned.get(name) or ()) for name in RELATION_FIELDS}
        if self.instance.pk:
            for name in RELATION_FIELDS:
                if any(page.pk == self.instance.pk for page in chosen[name]):
                    self.add_error(name, _("Văn bản không thể liên quan đến chính nó."))
        if chosen["replaces"] & chosen["guides"]:
            self.add_error(
                "guides",
                _("Một văn bản không thể vừa bị thay thế vừa được hướng dẫn thi hành."),
            )
        return cleaned
