from django.db import models
from wagtail.admin.forms.models import register_form_field_override

from home.widgets import VietnameseSlugInput

# Every slug field in the admin (page slugs first of all) gets Vietnamese-aware
# transliteration; Wagtail registers its own SlugInput the same way.
register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})
