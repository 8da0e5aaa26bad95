"""Demo registry for Sơn La: localities, movements, ~300 honorees and ~800 honours over
2021–2025, decisions with their (generated) documents, and the boards that publish them.

The mix is deliberately uneven, as real records are: the provincial direct-worker target
is met, the State-level one is not, and some decisions have no electronic document yet.
Everything is drawn from a seeded random generator, so every install gets the same demo.
"""

import io
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from demo import articles as articles
from demo import people as people
from demo.documents import placeholder_pdf
from demo.illustrations import illustrations
from honors.articles.movements import MovementIndexPage, MovementPage
from honors.articles.news import NewsIndexPage, NewsPage
from honors.articles.stories import (
    ExampleStoryHonoree,
    ExampleStoryIndexPage,
    ExampleStoryPage,
)
from honors.registry.catalogue import Award
from honors.registry.choices import (
    CommendationType,
    GrantingLevel,
    HonoreeKind,
    LocalityKind,
)
from honors.registry.honours import Decision, Honoree, Honour
from honors.registry.localities import Locality
from honors.registry.locality_loader import load_localities
from honors.roll.pages import HonourBoardDecision, HonourBoardIndexPage, HonourBoardPage
from search.folding import folded_slug

YEARS = range(2021, 2026)
SEED = 2026

MOVEMENTS = [
    {
        "slug": "ca-nuoc-chung-tay-vi-nguoi-ngheo",
        "title": "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau",
        "launched_by": MovementPage.LaunchedBy.PRIME_MINISTER,
        "launcher": "Thủ tướng Chính phủ",
        "starts_on": date(2021, 5, 1),
        "ends_on": date(2025, 12, 31),
        "summary": (
            "Huy động mọi nguồn lực giúp hộ nghèo vùng cao có nhà ở, sinh kế và cho con "
            "em đến trường."
        ),
    },
    {
        "slug": "chung-suc-xay-dung-nong-thon-moi",
        "title": "Sơn La chung sức xây dựng nông thôn mới",
        "launched_by": MovementPage.LaunchedBy.PROVINCE,
        "launcher": "Ủy ban nhân dân tỉnh Sơn La",
        "starts_on": date(2021, 3, 1),
        "ends_on": date(2025, 12, 31),
        "summary": (
            "Mỗi bản, mỗi xã đóng góp công sức làm đường, nhà văn hóa, giữ vệ sinh môi "
            "trường và phát triển sản xuất."
        ),
    },
    {
        "slug": "thi-dua-chuyen-doi-so",
        "title": "Thi đua thực hiện chuyển đổi số giai đoạn 2022 – 2025",
        "launched_by": MovementPage.LaunchedBy.PROVINCE,
        "launcher": "Ủy ban nhân dân tỉnh Sơn La",
        "starts_on": date(2022, 3, 15),
        "ends_on": date(2025, 12, 31),
        "summary": (
            "Đưa dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và hồ sơ điện tử "
            "tới từng xã, phường."
        ),
    },
    {
        "slug": "doi-moi-sang-tao-trong-day-va-hoc",
        "title": "Đổi mới, sáng tạo trong dạy và học",
        "launched_by": MovementPage.LaunchedBy.AGENCY,
        "launcher": "Sở Giáo dục và Đào tạo tỉnh Sơn La",
        "starts_on": date(2021, 9, 5),
        "ends_on": None,
        "summary": "Khuyến khích giáo viên vùng cao đổi mới cách dạy, giữ học sinh ở lại trường.",
    },
    {
        "slug": "thi-dua-thuc-hien-nghi-quyet-dai-hoi-2026-2030",
        "title": "Thi đua thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh giai đoạn 2026 – 2030",
        "launched_by": MovementPage.LaunchedBy.PROVINCE,
        "launcher": "Ủy ban nhân dân tỉnh Sơn La",
        "starts_on": date(2026, 1, 15),
        "ends_on": date(2030, 12, 31),
        "summary": (
            "Phấn đấu tăng trưởng bình quân 8%/năm, 100% hồ sơ khen thưởng xử lý trên môi "
            "trường điện tử."
        ),
    },
]


def load(stdout):
    load_localities()
    home = Site.objects.get(is_default_site=True).root_page.specific
    roll, roll_is_new = _roll(home)
    movements = _movements(home)
    if not Honoree.objects.exists():
        registry = RegistryBuilder(random.Random(SEED), movements)
        registry.build()
        _boards(roll, registry)
        stdout.write(
            f"  sổ khen thưởng: {Honoree.objects.count()} cá nhân, tập thể; "
            f"{Honour.objects.count()} khen thưởng"
        )
    if roll_is_new:
        _feature_roll_on_home(home, roll)
    _movement_details(movements)
    _news(home, movements)
    _stories(home, movements)
    _disclosures(home)
    _english_versions(roll, home)


def _roll(home):
    roll = HonourBoardIndexPage.objects.child_of(home).first()
    if roll:
        return roll, False
    roll = HonourBoardIndexPage(
        title="Bảng vàng",
        slug="bang-vang",
        show_in_menus=True,
        intro=(
            "Danh sách công khai các tập thể, cá nhân, hộ gia đình được khen thưởng: "
            "hình thức, quyết định, thời gian và thành tích. Mỗi khen thưởng có mã xác "
            "minh để đối chiếu với giấy chứng nhận."
        ),
    )
    home.add_child(instance=roll)
    roll.save_revision().publish()
    return roll, True


def _movements(home):
    index = MovementIndexPage.objects.child_of(home).first()
    if index is None:
        index = MovementIndexPage(
            title="Phong trào thi đua",
            slug="phong-trao-thi-dua",
            show_in_menus=True,
            intro=(
                "Các phong trào thi đua do Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh và "
                "các cơ quan, đơn vị phát động trên địa bàn tỉnh."
            ),
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    movements = {}
    for spec in MOVEMENTS:
        movement = (
            MovementPage.objects.child_of(index).filter(slug=spec["slug"]).first()
        )
        if movement is None:
            movement = MovementPage(**spec)
            index.add_child(instance=movement)
            movement.save_revision().publish()
        movements[spec["slug"]] = movement
    return movements


def _movement_details(movements):
    for slug, details in articles.MOVEMENT_DETAILS.items():
        movement = movements[slug]
        if movement.goals:
            continue
        movement.goals = details["goals"]
        movement.criteria = details["criteria"]
        movement.save_revision().publish()


def _paragraphs(texts):
    """Body blocks in StreamField's stored form."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def _news(home, movements):
    index = NewsIndexPage.objects.child_of(home).first()
    if index is not None:
        return
    index = NewsIndexPage(
        title="Tin tức",
        slug="tin-tuc",
        show_in_menus=True,
        intro="Tin về các phong trào thi đua, hoạt động khen thưởng và gương điển hình.",
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    images = illustrations()
    rng = random.Random(SEED + 1)
    entries = list(articles.NEWS)
    communes = list(
        Locality.objects.filter(kind=LocalityKind.COMMUNE, is_current=True).order_by(
            "name"
        )
    )
    movement_for = {
        "bản văn hóa": "chung-suc-xay-dung-nong-thon-moi",
        "chuyển đổi cây trồng": "ca-nuoc-chung-tay-vi-nguoi-ngheo",
    }
    for number in range(28):
        title, tags, lead, paragraph, image = articles.COMMUNE_NEWS[number % 4]
        commune = communes[(number * 7) % len(communes)].name
        day = date(2023, 3, 1) + timedelta(days=number * 41 + rng.randint(0, 20))
        movement = next((m for key, m in movement_for.items() if key in title), "")
        entries.append(
            (
                title.format(commune=commune, count=rng.randint(12, 40), year=day.year),
                day,
                movement,
                tags,
                lead,
                [paragraph],
                f"Đài Truyền thanh xã {commune}",
                image,
            )
        )
    for title, day, movement, tags, lead, paragraphs, byline, image in entries:
        page = NewsPage(
            title=title,
            slug=folded_slug(title),
            date=day,
            lead=lead,
            body=_paragraphs(paragraphs),
            movement=movements.get(movement),
            byline=byline,
            main_image=images[image],
            main_image_alt=images[image].description,
            main_image_caption="Ảnh minh họa",
        )
        index.add_child(instance=page)
        page.tags.add(*tags)
        page.save_revision().publish()


def _stories(home, movements):
    index = ExampleStoryIndexPage.objects.child_of(home).first()
    if index is not None:
        return
    index = ExampleStoryIndexPage(
        title="Gương điển hình",
        slug="guong-dien-hinh",
        show_in_menus=True,
        intro=(
            "Những tấm gương điển hình tiên tiến và cách làm hay để các nơi học tập, "
            "nhân rộng."
        ),
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    images = illustrations()
    used = set()
    public = Honour.objects.public().values_list("honoree_id", flat=True)
    for number, story in enumerate(articles.STORIES):
        (
            title,
            field,
            movement,
            position,
            summary,
            practice,
            paragraphs,
            image,
            featured,
        ) = story
        honoree = (
            Honoree.objects.filter(position=position, pk__in=public)
            .exclude(pk__in=used)
            .select_related("locality")
            .order_by("slug")
            .first()
        )
        if honoree is None:
            continue
        used.add(honoree.pk)
        title = title.format(name=honoree.name)
        body = _paragraphs(paragraphs)
        if number % 3 == 0:
            body.append(
                {
                    "type": "gallery",
                    "value": {
                        "title": "Hình ảnh",
                        "images": [
                            {
                                "image": {
                                    "image": images[key].pk,
                                    "decorative": False,
                                    "alt_text": images[key].description,
                                },
                                "caption": "Ảnh minh họa",
                            }
                            for key in (image, "village")
                        ],
                    },
                }
            )
        page = ExampleStoryPage(
            title=title,
            slug=folded_slug(title),
            date=date(2024, 1, 10) + timedelta(days=number * 53),
            summary=summary.format(name=honoree.name),
            practice=practice,
            body=body,
            locality=honoree.locality,
            field_of_work=field,
            movement=movements.get(movement),
            is_featured=featured,
            main_image=images[image],
            main_image_alt=images[image].description,
            main_image_caption="Ảnh minh họa",
        )
        page.story_honorees = [ExampleStoryHonoree(honoree=honoree)]
        index.add_child(instance=page)
        page.save_revision().publish()


DEMO_COMMENTERS = [
    ("Khổng Minh Triết", "Tổ 5, phường Chiềng Sinh", "0987 650 011", ""),
    ("Mạc Thị Duyên", "Bản Hụm, xã Chiềng Mung", "", "mac.duyen@gopy.example.vn"),
    ("Doãn Văn Khải", "Số 12 đường Lò Văn Giá, phường Tô Hiệu", "0987 650 022", ""),
    (
        "Khúc Thị Ngân",
        "Bản Nà Tòng, xã Mường Bú",
        "0987 650 033",
        "khuc.ngan@gopy.example.vn",
    ),
    ("Ông Văn Thạch", "Tiểu khu 2, xã Mai Sơn", "0987 650 044", ""),
    ("Tăng Thị Hòa", "Bản Lay Khoang, xã Long Hẹ", "", "tang.hoa@gopy.example.vn"),
]


def _disclosures(home):
    from honors.disclosures.choices import NomineeOutcome
    from honors.disclosures.comments import CommentStatus, PublicComment
    from honors.disclosures.pages import (
        DisclosureIndexPage,
        DisclosureNominee,
        DisclosurePage,
    )
    from honors.registry.calendar import add_working_days, end_of_day

    if DisclosureIndexPage.objects.child_of(home).exists():
        return
    index = DisclosureIndexPage(
        title="Lấy ý kiến nhân dân",
        slug="cong-khai",
        show_in_menus=True,
        intro=(
            "Danh sách cá nhân, tập thể được đề nghị khen thưởng cấp cao được công khai ít "
            "nhất 10 ngày làm việc trước khi Hội đồng Thi đua – Khen thưởng họp. Mọi người "
            "có thể góp ý, nhận biên nhận và tra cứu kết quả xử lý."
        ),
    )
    home.add_child(instance=index)
    index.save_revision().publish()

    order = Award.objects.get(name="Huân chương Lao động hạng Ba")
    fighter = Award.objects.get(name="Chiến sĩ thi đua toàn quốc")
    localities = [
        Locality.objects.get(name=name, is_current=True)
        for name in ("Chiềng Mung", "Tà Xùa", "Mường Lạn")
    ]
    today = timezone.localdate()
    how = (
        "<p>Gửi góp ý bằng biểu mẫu trên trang này, hoặc gửi thư tới Ban Thi đua – Khen "
        "thưởng tỉnh Sơn La (ghi rõ họ tên, địa chỉ, số điện thoại của người gửi).</p>"
    )

    def disclosure(title, slug, award, opens_at, meeting, nominees, **fields):
        page = DisclosurePage(
            title=title,
            slug=slug,
            proposing_body="Ủy ban nhân dân tỉnh Sơn La",
            proposed_award=award,
            proposal_number=fields.pop("number"),
            proposal_date=timezone.localtime(opens_at).date() - timedelta(days=3),
            council_meeting_on=meeting,
            opens_at=opens_at,
            how_to_comment=how,
            **fields,
        )
        page.nominees = nominees
        index.add_child(instance=page)
        page.save_revision().publish()
        return page

    def comment(page, nominee, number, body, status, answer=""):
        name, address, phone, email = DEMO_COMMENTERS[number % len(DEMO_COMMENTERS)]
        return PublicComment.objects.create(
            disclosure=page,
            nominee=nominee,
            nominee_name=nominee.name if nominee else "",
            full_name=name,
            address=address,
            phone=phone,
            email=email,
            body=body,
            status=status,
            public_answer=answer,
            consented_at=page.opens_at + timedelta(days=1),
            submitted_at=page.opens_at + timedelta(days=1, hours=number),
            idempotency_key=uuid.uuid4(),
        )

    # Open now: comments are accepted until the 10th working day after opening.
    opened = timezone.make_aware(datetime.combine(today - timedelta(days=2), time(8)))
    open_page = disclosure(
        "Lấy ý kiến đề nghị tặng Huân chương Lao động hạng Ba năm 2026",
        "huan-chuong-lao-dong-hang-ba-2026",
        order,
        opened,
        add_working_days(today, 14),
        [
            DisclosureNominee(
                name="Lò Văn Pằn",
                birth_year=1971,
                position="Nông dân",
                organisation="Bản Nà Sản, xã Chiềng Mung",
                locality=localities[0],
                achievements=(
                    "Hơn 20 năm phát triển vườn cây ăn quả trên đất dốc, hướng dẫn trên "
                    "100 hộ trong xã làm theo, giúp nhiều hộ thoát nghèo."
                ),
            ),
            DisclosureNominee(
                name="Hà Thị Xuyến",
                birth_year=1978,
                position="Hiệu trưởng",
                organisation="Trường Phổ thông dân tộc bán trú THCS Tà Xùa",
                locality=localities[1],
                achievements=(
                    "Nhiều năm liền giữ tỷ lệ học sinh đi học chuyên cần trên 98%; có sáng "
                    "kiến dạy tiếng Việt cho học sinh người Mông được nhân rộng."
                ),
            ),
            DisclosureNominee(
                kind=HonoreeKind.COLLECTIVE,
                name="Trạm Y tế xã Mường Lạn",
                organisation="Trung tâm Y tế khu vực Sốp Cộp",
                locality=localities[2],
                achievements="Bảo đảm khám, chữa bệnh cho đồng bào biên giới; 5 năm không để dịch lớn.",
                earlier_awards="Bằng khen của Chủ tịch UBND tỉnh (2023); Tập thể lao động xuất sắc (2024).",
            ),
        ],
        number="215/TTr-UBND",
    )
    first = open_page.nominees.first()
    comment(
        open_page,
        first,
        0,
        "Ông Pằn rất nhiệt tình giúp bà con, tôi đồng ý đề nghị.",
        CommentStatus.RECEIVED,
    )
    comment(
        open_page,
        None,
        1,
        "Đề nghị công khai thêm số liệu thu nhập của các hộ được hướng dẫn.",
        CommentStatus.UNDER_REVIEW,
    )

    # Closed, not yet decided: the page shows how comments were handled.
    closed_opened = timezone.make_aware(
        datetime.combine(today - timedelta(days=40), time(8))
    )
    closed_page = disclosure(
        "Lấy ý kiến đề nghị xét tặng danh hiệu Chiến sĩ thi đua toàn quốc",
        "chien-si-thi-dua-toan-quoc-2026",
        fighter,
        closed_opened,
        today + timedelta(days=10),
        [
            DisclosureNominee(
                name="Quàng Thị Mai",
                birth_year=1983,
                position="Bác sĩ",
                organisation="Bệnh viện Đa khoa tỉnh Sơn La",
                achievements="Ba lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp tỉnh; hai sáng kiến cấp tỉnh.",
            ),
            DisclosureNominee(
                name="Giàng A Sình",
                birth_year=1987,
                position="Giáo viên",
                organisation="Trường Tiểu học Tà Xùa",
                achievements="Sáng kiến dạy song ngữ Mông – Việt được công nhận cấp tỉnh.",
            ),
        ],
        number="178/TTr-UBND",
        closes_at=end_of_day(
            add_working_days(timezone.localtime(closed_opened).date(), 10)
        ),
    )
    mai, sinh = list(closed_page.nominees.all())
    same = "Tôi xác nhận bác sĩ Mai đã cứu sống con tôi trong đêm mưa lũ năm 2023."
    # The same testimony sent twice (a citizen who was not sure the first arrived).
    for number in (0, 1):
        comment(
            closed_page,
            mai,
            number,
            same,
            CommentStatus.SUBSTANTIATED,
            "Đã xác minh với bệnh viện; ghi nhận ý kiến.",
        )
    comment(
        closed_page,
        mai,
        2,
        "Đề nghị làm rõ thời gian công tác tại tuyến xã.",
        CommentStatus.UNDER_REVIEW,
    )
    comment(
        closed_page,
        sinh,
        3,
        "Thầy Sình có sáng kiến nhưng chưa đủ thời gian công tác.",
        CommentStatus.NOT_SUBSTANTIATED,
        "Hồ sơ cho thấy thầy có đủ 10 năm công tác.",
    )
    comment(
        closed_page, None, 4, "Mua bán xe máy giá rẻ, liên hệ ngay.", CommentStatus.SPAM
    )

    # Decided: outcomes, each approved nominee followed to the honour in the registry.
    honours = list(
        Honour.objects.public()
        .filter(award=order, year=2025)
        .select_related("honoree", "decision")[:2]
    )
    if honours:
        decided_opened = timezone.make_aware(
            datetime.combine(
                honours[0].decision.signed_on - timedelta(days=60), time(8)
            )
        )
        nominees = [
            DisclosureNominee(
                kind=honour.honoree.kind,
                name=honour.honoree.name,
                birth_year=honour.honoree.birth_year,
                position=honour.honoree.position,
                organisation=honour.honoree.organisation,
                locality=honour.honoree.locality,
                achievements=honour.reason,
                outcome=NomineeOutcome.APPROVED,
                honour=honour,
            )
            for honour in honours
        ]
        nominees.append(
            DisclosureNominee(
                name="Vì Văn Thắm",
                birth_year=1969,
                position="Trưởng bản",
                organisation="Bản Co Muông, xã Thuận Châu",
                achievements="Vận động bà con hiến đất làm đường liên bản.",
                outcome=NomineeOutcome.NOT_APPROVED,
            )
        )
        decided_page = disclosure(
            "Lấy ý kiến đề nghị tặng Huân chương Lao động hạng Ba năm 2025",
            "huan-chuong-lao-dong-hang-ba-2025",
            order,
            decided_opened,
            honours[0].decision.signed_on - timedelta(days=20),
            nominees,
            number="96/TTr-UBND",
            decided_on=honours[0].decision.signed_on - timedelta(days=20),
            outcome_note=(
                "<p>Hội đồng Thi đua – Khen thưởng tỉnh đã xem xét các ý kiến góp ý. Hai "
                "trường hợp được đề nghị Chủ tịch nước tặng thưởng; một trường hợp chưa đủ "
                "tiêu chuẩn về thời gian công tác.</p>"
            ),
        )
        first, *_rest, last = list(decided_page.nominees.all())
        comment(
            decided_page,
            first,
            5,
            "Đồng ý, đây là người có nhiều đóng góp cho bản.",
            CommentStatus.SUBSTANTIATED,
            "Cảm ơn bạn; Hội đồng đã ghi nhận.",
        )
        comment(
            decided_page,
            last,
            0,
            "Ông Thắm mới làm trưởng bản được 3 năm.",
            CommentStatus.SUBSTANTIATED,
            "Ý kiến đúng; trường hợp này chưa đủ tiêu chuẩn.",
        )
        comment(
            decided_page,
            None,
            1,
            "Đề nghị đăng cả danh sách các tập thể.",
            CommentStatus.OUT_OF_SCOPE,
            "Hồ sơ này chỉ gồm cá nhân.",
        )


def _feature_roll_on_home(home, roll):
    home = type(home).objects.get(pk=home.pk)
    home.hero_link = roll
    home.hero_link_label = "Tra cứu bảng vàng"
    links = [
        (
            "link",
            {
                "title": "Bảng vàng",
                "description": "Ai được khen thưởng, vì thành tích gì, theo quyết định nào.",
                "page": roll,
            },
        )
    ]
    home.quick_links = links + [
        (block.block_type, block.value) for block in home.quick_links
    ]
    home.save_revision().publish()


def _english_versions(roll, home):
    english = Locale.objects.filter(language_code="en").first()
    if english is None or roll.has_translation(english):
        return
    if not home.has_translation(english):
        return
    translation = roll.copy_for_translation(english)
    translation.title = translation.draft_title = "Honour roll"
    translation.slug = "honour-roll"
    translation.intro = (
        "The public record of the collectives, individuals and households honoured in "
        "Sơn La: the award, the decision, the year and the achievement. Every honour has "
        "a verification code to check a printed certificate against."
    )
    translation.save_revision().publish()


@dataclass
class DecisionPlan:
    """One decision of the demo and who it honours."""

    level: str
    authority: str
    suffix: str
    signed_on: date
    summary: str
    awards: list  # (award name, how many)
    commendation_type: str = CommendationType.MERIT
    reason: str = ""
    movement: str = ""
    with_document: bool = True


class RegistryBuilder:
    def __init__(self, rng, movements):
        self.rng = rng
        self.movements = movements
        self.awards = {award.name: award for award in Award.objects.all()}
        province = Locality.objects.get(kind=LocalityKind.PROVINCE, name="Sơn La")
        self.communes = list(
            Locality.objects.filter(parent=province, is_current=True).exclude(
                kind=LocalityKind.DISTRICT
            )
        )
        self.people = people.SyntheticPeople(rng, self.communes, photos=_portraits())
        self.honorees = {kind: [] for kind in HonoreeKind.values}
        self.decisions = []
        self.used_numbers = set()

    # People --------------------------------------------------------------------------

    def build(self):
        for kind, count, draw in (
            (HonoreeKind.INDIVIDUAL, 210, self.people.individual),
            (HonoreeKind.COLLECTIVE, 70, self.people.collective),
            (HonoreeKind.HOUSEHOLD, 20, self.people.household),
        ):
            for _ in range(count):
                honoree = draw()
                honoree.save()
                self.honorees[kind].append(honoree)
        for year in YEARS:
            for plan in self._plans(year):
                self._decide(plan)

    # Decisions -----------------------------------------------------------------------

    def _plans(self, year):
        province = "Chủ tịch Ủy ban nhân dân tỉnh Sơn La"
        commune = self.rng.choice(self.communes)
        plans = [
            DecisionPlan(
                GrantingLevel.MINISTRY_PROVINCE,
                province,
                "QĐ-UBND",
                date(year, 12, self.rng.randint(10, 28)),
                f"Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh tổng kết năm {year}",
                [("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 50)],
            ),
            DecisionPlan(
                GrantingLevel.MINISTRY_PROVINCE,
                province,
                "QĐ-UBND",
                date(year, 12, self.rng.randint(10, 28)),
                f"Về việc tặng danh hiệu thi đua năm {year}",
                [
                    ("Chiến sĩ thi đua cấp bộ, ngành, tỉnh", 12),
                    ("Cờ thi đua của Ủy ban nhân dân tỉnh", 4),
                    ("Tập thể lao động xuất sắc", 12),
                ],
                with_document=year != 2021,
            ),
            DecisionPlan(
                GrantingLevel.PRIME_MINISTER,
                "Thủ tướng Chính phủ",
                "QĐ-TTg",
                date(year, self.rng.randint(4, 11), self.rng.randint(1, 28)),
                "Về việc tặng Bằng khen của Thủ tướng Chính phủ",
                [
                    ("Bằng khen của Thủ tướng Chính phủ", 6),
                    ("Cờ thi đua của Chính phủ", 1),
                    *(
                        [("Chiến sĩ thi đua toàn quốc", 1)]
                        if year in (2022, 2025)
                        else []
                    ),
                ],
            ),
            DecisionPlan(
                GrantingLevel.STATE,
                "Chủ tịch nước",
                "QĐ-CTN",
                date(year, self.rng.randint(5, 11), self.rng.randint(1, 28)),
                "Về việc tặng thưởng Huân chương Lao động",
                [
                    ("Huân chương Lao động hạng Ba", 2),
                    *(
                        [("Huân chương Lao động hạng Nhì", 1)]
                        if year in (2023, 2025)
                        else []
                    ),
                    *([("Nhà giáo Ưu tú", 2)] if year in (2022, 2024) else []),
                    *([("Thầy thuốc Ưu tú", 2)] if year == 2023 else []),
                    *([("Nghệ nhân Ưu tú", 1)] if year == 2022 else []),
                ],
            ),
            DecisionPlan(
                GrantingLevel.COMMUNE_UNIT,
                f"Chủ tịch Ủy ban nhân dân xã {commune.name}",
                "QĐ-UBND",
                date(year, 12, self.rng.randint(1, 28)),
                f"Về việc công nhận danh hiệu thi đua năm {year}",
                [
                    ("Chiến sĩ thi đua cơ sở", 20),
                    ("Lao động tiên tiến", 20),
                    ("Tập thể lao động tiên tiến", 8),
                    ("Thôn, tổ dân phố tiêu biểu", 3),
                ],
                with_document=year >= 2024,
            ),
            DecisionPlan(
                GrantingLevel.COMMUNE_UNIT,
                f"Chủ tịch Ủy ban nhân dân xã {commune.name}",
                "QĐ-UBND",
                date(year, 11, self.rng.randint(1, 28)),
                "Về việc tặng Giấy khen và công nhận Gia đình tiêu biểu",
                [("Giấy khen", 10), ("Gia đình tiêu biểu", 6)],
                with_document=year == 2025,
            ),
        ]
        if year == 2023:
            plans.append(
                DecisionPlan(
                    GrantingLevel.MINISTRY_PROVINCE,
                    province,
                    "QĐ-UBND",
                    date(2023, 8, 21),
                    "Về việc khen thưởng đột xuất trong công tác cứu hộ, khắc phục mưa lũ",
                    [("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 12)],
                    commendation_type=CommendationType.EXTRAORDINARY,
                    reason=people.EXTRAORDINARY_REASON,
                )
            )
        if year == 2025:
            plans += [
                DecisionPlan(
                    GrantingLevel.MINISTRY_PROVINCE,
                    province,
                    "QĐ-UBND",
                    date(2025, 11, 20),
                    "Về việc khen thưởng tổng kết phong trào thi đua chuyển đổi số",
                    [("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 15)],
                    commendation_type=CommendationType.THEMATIC,
                    reason=people.DIGITAL_REASON,
                    movement="thi-dua-chuyen-doi-so",
                ),
                DecisionPlan(
                    GrantingLevel.MINISTRY_PROVINCE,
                    province,
                    "QĐ-UBND",
                    date(2025, 10, 8),
                    "Về việc khen thưởng tổng kết phong trào xây dựng nông thôn mới",
                    [("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 10)],
                    commendation_type=CommendationType.MOVEMENT,
                    reason=people.RURAL_REASON,
                    movement="chung-suc-xay-dung-nong-thon-moi",
                ),
            ]
        return plans

    def _number(self, plan):
        while True:
            number = f"{self.rng.randint(120, 3400)}/{plan.suffix}"
            if (number, plan.signed_on) not in self.used_numbers:
                self.used_numbers.add((number, plan.signed_on))
                return number

    def _decide(self, plan):
        decision = Decision.objects.create(
            number=self._number(plan),
            signed_on=plan.signed_on,
            authority=plan.authority,
            summary=plan.summary,
        )
        if plan.with_document:
            decision.document = _decision_document(decision)
            decision.save(update_fields=["document"])
        year = plan.signed_on.year
        movement = self.movements.get(plan.movement)
        honours = []
        for award_name, count in plan.awards:
            award = self.awards[award_name]
            for honoree in self._recipients(award, count):
                honours.append(
                    Honour(
                        honoree=honoree,
                        award=award,
                        decision=decision,
                        commendation_type=plan.commendation_type,
                        year=year,
                        movement=movement,
                        reason=plan.reason
                        or self.rng.choice(people.MERIT_REASONS).format(year=year),
                    )
                )
        Honour.objects.bulk_create(honours)
        self.decisions.append(decision)

    #: Chance that an individual recipient of an award of this level is a direct
    #: worker: the province meets its 65% provincial target, misses the 35% State one.
    DIRECT_SHARE = {
        GrantingLevel.STATE: 0.28,
        GrantingLevel.PRIME_MINISTER: 0.4,
        GrantingLevel.MINISTRY_PROVINCE: 0.7,
        GrantingLevel.COMMUNE_UNIT: 0.75,
    }

    def _recipients(self, award, count):
        kinds = award.recipient_kinds
        chosen, chosen_ids = [], set()
        for _ in range(count):
            kind = kinds[0] if len(kinds) == 1 else self._kind_for(kinds)
            pool = self.honorees[kind]
            if kind == HonoreeKind.INDIVIDUAL:
                want_direct = self.rng.random() < self.DIRECT_SHARE[award.level]
                pool = [h for h in pool if h.is_direct_worker == want_direct] or pool
            candidates = [h for h in pool if h.pk not in chosen_ids]
            if candidates:
                honoree = self.rng.choice(candidates)
                chosen.append(honoree)
                chosen_ids.add(honoree.pk)
        return chosen

    def _kind_for(self, kinds):
        weights = {
            HonoreeKind.INDIVIDUAL: 0.7,
            HonoreeKind.COLLECTIVE: 0.25,
            HonoreeKind.HOUSEHOLD: 0.05,
        }
        return self.rng.choices(kinds, weights=[weights[k] for k in kinds])[0]


def _boards(roll, registry):
    by_year = {}
    for decision in registry.decisions:
        by_year.setdefault(decision.signed_on.year, []).append(decision)
    # Oldest first, so the latest board published is the latest year's.
    flood = [d for d in registry.decisions if "đột xuất" in d.summary]
    for year, decisions in sorted(by_year.items()):
        _board(
            roll,
            title=f"Khen thưởng năm {year}",
            slug=f"khen-thuong-nam-{year}",
            intro=(
                f"Các tập thể, cá nhân, hộ gia đình được khen thưởng theo các quyết định "
                f"ban hành trong năm {year}."
            ),
            decisions=decisions,
        )
        if year == 2023:
            _board(
                roll,
                title="Khen thưởng đột xuất cứu hộ mưa lũ tháng 8/2023",
                slug="khen-thuong-dot-xuat-mua-lu-2023",
                intro=(
                    "Những tập thể, cá nhân đã không quản ngại khó khăn cứu người, giúp "
                    "dân khắc phục hậu quả mưa lũ."
                ),
                decisions=flood,
            )


def _board(roll, *, title, slug, intro, decisions):
    board = HonourBoardPage(title=title, slug=slug, intro=intro)
    board.board_decisions = [HonourBoardDecision(decision=d) for d in decisions]
    roll.add_child(instance=board)
    board.save_revision().publish()
    return board


# Generated files: portraits and decision documents ------------------------------------

PORTRAIT_COLOURS = [
    ("#f3e3d3", "#7a4b2a"),
    ("#dfe9f5", "#2f4b6e"),
    ("#e6f0e0", "#3d5a2a"),
    ("#f5e1e1", "#7a2a2a"),
    ("#ece6f5", "#4b3a6e"),
    ("#f5f0dc", "#6e5a1f"),
]


def _portraits():
    """Drawn silhouettes standing in for photographs: the demo has no real people."""
    Image = get_image_model()
    portraits = list(Image.objects.filter(title__startswith="Chân dung minh họa"))
    if portraits:
        return portraits
    for number, (background, figure) in enumerate(PORTRAIT_COLOURS, start=1):
        canvas = PillowImage.new("RGB", (480, 600), background)
        draw = ImageDraw.Draw(canvas)
        draw.ellipse([165, 120, 315, 290], fill=figure)
        draw.rounded_rectangle([90, 320, 390, 640], radius=120, fill=figure)
        buffer = io.BytesIO()
        canvas.save(buffer, format="PNG", optimize=True)
        portraits.append(
            Image.objects.create(
                title=f"Chân dung minh họa {number}",
                description="Hình minh họa thay cho ảnh chân dung",
                file=ImageFile(buffer, name=f"chan-dung-minh-hoa-{number}.png"),
            )
        )
    return portraits


def _decision_document(decision):
    """A one-page PDF that stands in for the signed decision."""
    return placeholder_pdf(
        title=f"Quyết định số {decision.number} ngày {decision.signed_on:%d/%m/%Y}",
        headings=[f"QUYẾT ĐỊNH số {decision.number}"],
        lines=[
            f"ngày {decision.signed_on:%d/%m/%Y}",
            "",
            decision.summary,
            "",
            decision.authority.upper(),
        ],
    )
