"""Builders for the documents library."""

from datetime import date

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from library.models import DocumentIndexPage, DocumentPage
from search.folding import fold


def library(home_page):
    page = DocumentIndexPage(title="Văn bản", slug="van-ban")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def file(title="Tệp văn bản"):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="van-ban.pdf")
    )


def document(
    index,
    number="98/2023/NĐ-CP",
    *,
    title="Nghị định quy định chi tiết Luật Thi đua, khen thưởng",
    publish=True,
    **fields,
):
    fields.setdefault("form", "nghi-dinh")
    fields.setdefault("authority", "Chính phủ")
    fields.setdefault("issued_on", date(2023, 12, 31))
    fields.setdefault(
        "abstract", "Quy định chi tiết thi hành Luật Thi đua, khen thưởng."
    )
    replaces = fields.pop("replaces", [])
    guides = fields.pop("guides", [])
    page = DocumentPage(
        title=title, slug=slugify(fold(number)), number=number, file=file(), **fields
    )
    page.replaces = replaces
    page.guides = guides
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    else:
        page.unpublish()
    return page
