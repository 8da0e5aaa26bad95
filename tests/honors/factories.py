"""Small builders for registry records; each takes only what a test cares about."""

import itertools
import uuid
from datetime import date

from django.utils import timezone
from django.utils.text import slugify
from wagtail.rich_text import RichText

from honors.models import (
    Award,
    Decision,
    ExampleStoryHonoree,
    ExampleStoryIndexPage,
    ExampleStoryPage,
    Honoree,
    HonoreeKind,
    Honour,
    HonourBoardDecision,
    HonourBoardIndexPage,
    HonourBoardPage,
    Locality,
    LocalityKind,
    MovementIndexPage,
    MovementPage,
    NewsIndexPage,
    NewsPage,
    PublicComment,
)
from search.folding import fold

_numbers = itertools.count(1)


def award(name="Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"):
    """An entry of the catalogue the data migration loaded."""
    return Award.objects.get(name=name)


def locality(name, kind=LocalityKind.COMMUNE, parent=None, **fields):
    return Locality.objects.create(name=name, kind=kind, parent=parent, **fields)


def honoree(name="Lò Thị Hương", **fields):
    fields.setdefault("kind", HonoreeKind.INDIVIDUAL)
    item = Honoree(name=name, **fields)
    item.save()
    return item


def decision(number=None, signed_on=date(2025, 12, 15), **fields):
    fields.setdefault("authority", "Chủ tịch Ủy ban nhân dân tỉnh Sơn La")
    return Decision.objects.create(
        number=number or f"{next(_numbers)}/QĐ-UBND", signed_on=signed_on, **fields
    )


def honour(honoree_=None, award_=None, decision_=None, **fields):
    decision_ = decision_ or decision()
    fields.setdefault("year", decision_.signed_on.year)
    return Honour.objects.create(
        honoree=honoree_ or honoree(),
        award=award_ or award(),
        decision=decision_,
        **fields,
    )


def roll(home_page):
    page = HonourBoardIndexPage(title="Bảng vàng", slug="bang-vang")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def board(roll_page, decisions, *, title="Khen thưởng năm 2025", publish=True):
    page = HonourBoardPage(title=title, slug=slugify(fold(title)))
    page.board_decisions = [HonourBoardDecision(decision=d) for d in decisions]
    roll_page.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    else:
        page.unpublish()
    return page


def movement(home_page, title="Thi đua chuyển đổi số", **fields):
    index = MovementIndexPage.objects.child_of(home_page).first()
    if index is None:
        index = MovementIndexPage(title="Phong trào thi đua", slug="phong-trao")
        home_page.add_child(instance=index)
    fields.setdefault("starts_on", date(2022, 3, 1))
    page = MovementPage(title=title, slug=slugify(fold(title)), **fields)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def bulk_honours(count, decision_, award_=None, *, prefix="Người"):
    """Many honours quickly (bulk inserts), for the query-count tests: numbered names
    a test can search for, written the way the benchmarks write theirs."""
    start = Honoree.objects.count()
    honorees = Honoree.objects.add_many(
        Honoree(name=f"{prefix} {start + n}") for n in range(count)
    )
    Honour.objects.bulk_create(
        Honour(honoree=h, award=award_ or award(), decision=decision_, year=2025)
        for h in honorees
    )


def image(title="Ảnh thử"):
    """A small real image file, stored like an editor's upload."""
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PillowImage.new("RGB", (320, 180), "#9b1c1c").save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=title,
        description=title,
        file=ImageFile(buffer, name=f"{slugify(fold(title))}.png"),
    )


def news_index(home_page):
    index = NewsIndexPage.objects.child_of(home_page).first()
    if index is None:
        index = NewsIndexPage(title="Tin tức", slug="tin-tuc")
        home_page.add_child(instance=index)
        index.save_revision().publish()
    return index


def news(
    home_page, title="Tin thử", *, day=date(2025, 6, 1), tags=(), publish=True, **fields
):
    fields.setdefault("lead", f"Tóm tắt của {title}.")
    fields.setdefault("body", [("paragraph", RichText("<p>Nội dung tin.</p>"))])
    page = NewsPage(title=title, slug=slugify(fold(title))[:60], date=day, **fields)
    news_index(home_page).add_child(instance=page)
    page.tags.add(*tags)
    revision = page.save_revision()
    if publish:
        revision.publish()
    else:
        page.unpublish()
    return page


def story_index(home_page):
    index = ExampleStoryIndexPage.objects.child_of(home_page).first()
    if index is None:
        index = ExampleStoryIndexPage(title="Gương điển hình", slug="guong-dien-hinh")
        home_page.add_child(instance=index)
        index.save_revision().publish()
    return index


def story(
    home_page, title="Câu chuyện thử", *, honorees=(), day=date(2025, 6, 1), **fields
):
    fields.setdefault("summary", f"Tóm tắt của {title}.")
    fields.setdefault("practice", "<p>Cách làm.</p>")
    fields.setdefault("field_of_work", "education")
    fields.setdefault("body", [("paragraph", RichText("<p>Nội dung.</p>"))])
    page = ExampleStoryPage(
        title=title, slug=slugify(fold(title))[:60], date=day, **fields
    )
    page.story_honorees = [ExampleStoryHonoree(honoree=h) for h in honorees]
    story_index(home_page).add_child(instance=page)
    page.save_revision().publish()
    return page


def disclosure(
    home_page,
    title="Lấy ý kiến đề nghị tặng Huân chương",
    *,
    opens_at=None,
    closes_at=None,
    nominees=("Lò Văn Pằn", "Hà Thị Xuyến"),
    **fields,
):
    from datetime import timedelta

    from django.utils import timezone

    from honors.models import DisclosureIndexPage, DisclosureNominee, DisclosurePage

    index = DisclosureIndexPage.objects.child_of(home_page).first()
    if index is None:
        index = DisclosureIndexPage(title="Lấy ý kiến nhân dân", slug="cong-khai")
        home_page.add_child(instance=index)
        index.save_revision().publish()
    now = timezone.now()
    opens_at = opens_at or now - timedelta(days=1)
    fields.setdefault("council_meeting_on", (now + timedelta(days=40)).date())
    page = DisclosurePage(
        title=title,
        slug=slugify(fold(title))[:60],
        proposing_body="Ủy ban nhân dân tỉnh Sơn La",
        proposed_award=award("Huân chương Lao động hạng Ba"),
        proposal_number="1/TTr-UBND",
        proposal_date=(opens_at - timedelta(days=3)).date(),
        opens_at=opens_at,
        closes_at=closes_at or now + timedelta(days=10),
        **fields,
    )
    page.nominees = [
        DisclosureNominee(name=name, achievements=f"Thành tích của {name}.")
        for name in nominees
    ]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def assert_deidentified(comment):
    """Nothing left of who sent the comment; when is recorded."""
    comment.refresh_from_db()
    assert (comment.full_name, comment.address, comment.phone, comment.email) == (
        "",
        "",
        "",
        "",
    )
    assert comment.deidentified_at is not None


#: Who sends the test comments: name, address, phone, e-mail.
COMMENTER = (
    "Mạc Thị Duyên",
    "Bản Hụm, xã Chiềng Mung",
    "0987 650 022",
    "duyen@gopy.example.vn",
)


def comment(disclosure, body="Tôi đồng ý với đề nghị này.", nominee=None, **fields):
    name, address, phone, email = COMMENTER
    return PublicComment.objects.create(
        disclosure=disclosure,
        nominee=nominee,
        nominee_name=nominee.name if nominee else "",
        full_name=fields.pop("full_name", name),
        address=address,
        phone=phone,
        email=email,
        body=body,
        consented_at=timezone.now(),
        idempotency_key=uuid.uuid4(),
        **fields,
    )


def unit(name="Sở Giáo dục và Đào tạo", officers=(), **fields):
    from honors.units.models import Unit, UnitKind

    fields.setdefault("kind", UnitKind.DEPARTMENT)
    item = Unit.objects.create(name=name, **fields)
    item.officers.set(officers)
    return item


def pdf(name="tep.pdf"):
    from django.core.files.base import ContentFile

    return ContentFile(
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n%%EOF\n", name=name
    )


def dossier(
    unit_=None, *, complete=True, nominees=("Lò Văn Minh",), award_=None, **fields
):
    """A unit's draft dossier; `complete`: with the letter, the minutes and a report
    per nominee, so that it may be sent."""
    from honors.dossiers.choices import DocumentKind
    from honors.dossiers.models import Dossier, DossierDocument, DossierNominee

    award_ = award_ or award()
    fields.setdefault("title", "Đề nghị tặng Bằng khen năm học 2025–2026")
    fields.setdefault("year", 2026)
    item = Dossier.objects.create(unit=unit_ or unit(), **fields)
    item.awards.set([award_])
    for name in nominees:
        nominee = DossierNominee(
            dossier=item,
            name=name,
            award=award_,
            achievement_summary="Hoàn thành xuất sắc nhiệm vụ.",
        )
        if complete:
            nominee.achievement_report = pdf("bao-cao.pdf")
            nominee.report_name = "bao-cao.pdf"
        nominee.save()
    if complete:
        for kind in (DocumentKind.SUBMISSION, DocumentKind.MINUTES):
            DossierDocument.objects.create(
                dossier=item,
                kind=kind,
                file=pdf(f"{kind}.pdf"),
                original_name=f"{kind}.pdf",
                content_type="application/pdf",
            )
    return item
