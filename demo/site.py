"""Demo content for the public shell: a believable Sơn La portal, in Vietnamese and English.

Every step looks for what it would create and leaves existing content alone, so
`manage.py load_demo` can run on every `make run` and never overwrite an editor's work.
Contact details are made up (example.vn addresses, placeholder numbers).
"""

import ipaddress
import math
import random
from dataclasses import dataclass, field
from io import BytesIO
from urllib.parse import urlsplit

from django.conf import settings as django_settings
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model
from wagtail.models import Locale, Site
from wagtail.rich_text import RichText

from home.models import HomePage, RelatedPortalsPage, SiteSettings, StandardPage

AGENCY = {
    "agency_name": "Ban Thi đua – Khen thưởng tỉnh Sơn La",
    "agency_name_en": "Son La Provincial Emulation and Commendation Board",
    "parent_agency": "Sở Nội vụ tỉnh Sơn La",
    "parent_agency_en": "Son La Department of Home Affairs",
    "address": "Số 8 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La (địa chỉ minh họa)",
    "hotline": "0212 3800 000",
    "email": "thiduakhenthuong@sonla.example.vn",
    "footer_text": (
        "Cổng thông tin thi đua – khen thưởng tỉnh Sơn La – bản trình diễn, "
        "mọi cá nhân và số liệu đều là giả định.\n"
        "Chịu trách nhiệm nội dung: Trưởng Ban Thi đua – Khen thưởng tỉnh.\n"
        "Ghi rõ nguồn khi phát hành lại thông tin từ cổng này."
    ),
    "footer_text_en": (
        "Son La emulation and commendation portal – a demonstration; every person "
        "and figure on it is fictitious.\n"
        "Responsible for content: Head of the Provincial Emulation and Commendation "
        "Board.\nPlease cite the source when republishing information from this portal."
    ),
}


@dataclass
class Article:
    slug: str
    title: str
    intro: str
    body: list = field(default_factory=list)
    show_in_menus: bool = True


def heading(text):
    return ("heading", text)


def paragraph(html):
    return ("paragraph", RichText(html))


def callout(title, html, tone="info"):
    return ("callout", {"tone": tone, "title": title, "text": RichText(html)})


def table(caption, header, rows):
    return (
        "table",
        {
            "table_caption": caption,
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "data": [header, *rows],
        },
    )


ABOUT = Article(
    slug="gioi-thieu",
    title="Giới thiệu",
    intro=(
        "Cổng thông tin thi đua – khen thưởng tỉnh Sơn La công khai kết quả khen "
        "thưởng, giới thiệu các gương điển hình tiên tiến và lấy ý kiến nhân dân về "
        "những trường hợp được đề nghị khen thưởng."
    ),
    body=[
        heading("Cổng thông tin này dành cho ai"),
        paragraph(
            "<p>Người dân tra cứu được ai đã được khen thưởng, bằng hình thức nào, theo "
            "quyết định số mấy, ngày nào và vì thành tích gì. Cơ quan, đơn vị, địa "
            "phương theo dõi kết quả phong trào thi đua của mình. Báo chí và người "
            "nghiên cứu có nguồn số liệu chính thức để tải về và đối chiếu.</p>"
        ),
        heading("Nhiệm vụ của Ban Thi đua – Khen thưởng"),
        paragraph(
            "<ul><li>Tham mưu Ủy ban nhân dân tỉnh và Hội đồng Thi đua – Khen thưởng "
            "tỉnh phát động, tổ chức các phong trào thi đua yêu nước;</li>"
            "<li>Thẩm định hồ sơ đề nghị khen thưởng của các sở, ban, ngành và các xã, "
            "phường trong tỉnh;</li>"
            "<li>Phát hiện, bồi dưỡng, tổng kết và nhân rộng gương điển hình tiên "
            "tiến;</li>"
            "<li>Công khai danh sách đề nghị khen thưởng và tiếp nhận ý kiến của nhân "
            "dân theo quy định.</li></ul>"
        ),
        heading("Mục tiêu giai đoạn 2025 – 2030"),
        paragraph(
            "<p>Tỉnh phấn đấu đến năm 2030 công tác thi đua, khen thưởng đạt mức chuyên "
            "nghiệp, bài bản và thực chất, chú trọng khen thưởng người lao động trực "
            "tiếp và những người có nhiều đóng góp ở vùng sâu, vùng xa, vùng đặc biệt "
            "khó khăn.</p>"
        ),
        table(
            "Một số chỉ tiêu thi đua, khen thưởng của tỉnh giai đoạn 2025 – 2030",
            ["Chỉ tiêu", "Mức phấn đấu"],
            [
                [
                    "Tỷ lệ khen thưởng người lao động trực tiếp, cấp Nhà nước",
                    "Ít nhất 35%",
                ],
                ["Tỷ lệ khen thưởng người lao động trực tiếp, cấp tỉnh", "Ít nhất 65%"],
                ["Hồ sơ khen thưởng được xử lý trên môi trường điện tử", "100%"],
                [
                    "Cơ quan, đơn vị, địa phương phát động và ký giao ước thi đua",
                    "100%",
                ],
            ],
        ),
        callout(
            "Căn cứ pháp lý",
            "<p>Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP "
            "quy định chi tiết thi hành Luật Thi đua, khen thưởng.</p>",
        ),
    ],
)

CONTACT = Article(
    slug="lien-he",
    title="Liên hệ",
    intro="Địa chỉ, điện thoại, giờ làm việc và cách gửi ý kiến tới Ban.",
    body=[
        heading("Địa chỉ liên hệ"),
        paragraph(
            f"<p>{AGENCY['agency_name']}<br/>Địa chỉ: {AGENCY['address']}<br/>"
            f"Điện thoại: {AGENCY['hotline']}<br/>Thư điện tử: {AGENCY['email']}</p>"
        ),
        heading("Giờ tiếp nhận"),
        paragraph(
            "<p>Sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ "
            "Hai đến thứ Sáu, trừ các ngày nghỉ lễ, Tết.</p>"
        ),
        callout(
            "Góp ý về trường hợp được đề nghị khen thưởng",
            "<p>Ý kiến cần ghi rõ họ tên, địa chỉ và số điện thoại hoặc thư điện tử "
            "của người gửi. Ý kiến không ghi danh không được xem xét, giải quyết.</p>",
            tone="important",
        ),
    ],
)

PRIVACY = Article(
    slug="chinh-sach-bao-ve-du-lieu-ca-nhan",
    title="Chính sách bảo vệ dữ liệu cá nhân",
    intro=(
        "Cổng thu thập dữ liệu cá nhân nào, để làm gì, ai được xem, lưu trong bao lâu "
        "và bạn có những quyền gì."
    ),
    show_in_menus=False,
    body=[
        heading("Dữ liệu được thu thập"),
        paragraph(
            "<p>Khi bạn chỉ đọc và tra cứu, cổng không hỏi bất kỳ thông tin cá nhân "
            "nào. Khi bạn gửi ý kiến về một trường hợp được đề nghị khen thưởng, cổng "
            "thu thập họ tên, địa chỉ, số điện thoại hoặc thư điện tử của bạn, nội dung "
            "ý kiến và tệp đính kèm nếu có.</p>"
        ),
        heading("Mục đích"),
        paragraph(
            "<p>Dữ liệu chỉ dùng để xem xét, xác minh và trả lời ý kiến của bạn trong "
            "việc công khai, lấy ý kiến nhân dân trước khi Hội đồng Thi đua – Khen "
            "thưởng xét khen thưởng.</p>"
        ),
        heading("Ai được xem"),
        paragraph(
            "<p>Chỉ cán bộ được giao xử lý ý kiến của Ban Thi đua – Khen thưởng và "
            "thành viên Hội đồng khi cần. Họ tên và thông tin liên hệ của người góp ý "
            "không bao giờ xuất hiện trên trang công khai, trong dữ liệu mở hay kết "
            "quả tìm kiếm.</p>"
        ),
        heading("Thời gian lưu trữ"),
        paragraph(
            "<p>Dữ liệu được giữ đến khi có kết quả xét khen thưởng và hết thời hạn "
            "giải quyết khiếu nại liên quan, sau đó được xóa hoặc khử nhận dạng.</p>"
        ),
        heading("Quyền của bạn"),
        paragraph(
            "<p>Theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, bạn có quyền được "
            "biết, đồng ý hoặc rút lại sự đồng ý, xem, yêu cầu chỉnh sửa hoặc xóa dữ "
            "liệu của mình. Hãy liên hệ Ban theo địa chỉ ở trang Liên hệ.</p>"
        ),
        callout(
            "Đồng ý phải rõ ràng",
            "<p>Cổng chỉ nhận ý kiến khi bạn tự đánh dấu đồng ý. Im lặng hay không trả "
            "lời không bao giờ được coi là đồng ý.</p>",
        ),
    ],
)

ENGLISH = {
    "home": {
        "title": "Home",
        "hero_title": "Honouring the people who build Sơn La",
        "hero_intro": (
            "Look up who was honoured, with which award, by which decision and why; "
            "read the stories of advanced examples; comment on the people proposed "
            "for high awards."
        ),
        "hero_link_label": "About the portal",
    },
    ABOUT.slug: Article(
        slug="about",
        title="About",
        intro=(
            "The Sơn La emulation and commendation portal publishes the province's "
            "honours, tells the stories of advanced examples and hears citizens' "
            "comments on the people proposed for awards."
        ),
        body=[
            heading("Who the portal is for"),
            paragraph(
                "<p>Citizens can look up who was honoured, with which award, by which "
                "decision and for what achievement. Agencies and localities follow "
                "the results of their emulation movements; journalists and "
                "researchers get official figures they can download.</p>"
            ),
            heading("Targets for 2025–2030"),
            table(
                "Selected emulation and commendation targets of the province, "
                "2025–2030",
                ["Target", "Goal"],
                [
                    ["Share of direct workers among State-level honours", "≥ 35%"],
                    ["Share of direct workers among provincial honours", "≥ 65%"],
                    ["Commendation records processed electronically", "100%"],
                ],
            ),
        ],
    ),
    CONTACT.slug: Article(
        slug="contact",
        title="Contact",
        intro="Address, telephone, office hours and how to send us a comment.",
        body=[
            heading("Address"),
            paragraph(
                f"<p>{AGENCY['agency_name_en']}<br/>Address: {AGENCY['address']}<br/>"
                f"Telephone: {AGENCY['hotline']}<br/>E-mail: {AGENCY['email']}</p>"
            ),
            heading("Office hours"),
            paragraph(
                "<p>Monday to Friday, 7:30–11:30 and 13:30–17:00, except public "
                "holidays.</p>"
            ),
        ],
    ),
    PRIVACY.slug: Article(
        slug="privacy-notice",
        title="Personal data protection notice",
        intro=(
            "Which personal data the portal collects, why, who sees it, how long it "
            "is kept and what your rights are."
        ),
        show_in_menus=False,
        body=[
            paragraph(
                "<p>Reading and searching the portal needs no personal data. When you "
                "comment on a nominee we collect your name, address, phone or e-mail, "
                "your comment and any attachment, only to examine and answer it. Only "
                "the officers who handle comments see them; your identity never "
                "appears on public pages, open data or search. Data is kept until the "
                "decision and the complaint period have passed, then deleted or "
                "de-identified (Personal Data Protection Law 91/2025/QH15).</p>"
            ),
        ],
    ),
}


def _is_a_host_name(hostname):
    """thiduakhenthuong.sonla.gov.vn is; localhost, 127.0.0.1 or 0.0.0.0 are not."""
    try:
        ipaddress.ip_address(hostname.strip("[]"))
    except ValueError:
        return "." in hostname
    return False


def point_at_served_address(site, base_url):
    """Absolute links (exports, feeds, e-mails) must lead where the demo is served:
    `make run HOST=... PORT=...` passes that address as WAGTAILADMIN_BASE_URL, for the
    admin's links, and the default site follows it. A site at a real host name is an
    installation's own, and is left alone."""
    if _is_a_host_name(site.hostname):
        return
    address = urlsplit(base_url)
    hostname = address.hostname or "127.0.0.1"
    port = address.port or (443 if address.scheme == "https" else 80)
    if (site.hostname, site.port, site.site_name) != (
        hostname,
        port,
        AGENCY["agency_name"],
    ):
        site.hostname, site.port, site.site_name = hostname, port, AGENCY["agency_name"]
        site.save()


def load(stdout):
    """Build the shell: settings, home page, about/contact/privacy, English versions."""
    site = Site.objects.get(is_default_site=True)
    point_at_served_address(site, django_settings.WAGTAILADMIN_BASE_URL)
    home = site.root_page.specific
    hero_image = _hero_image()

    about = _child(home, ABOUT)
    contact = _child(home, CONTACT)
    privacy = _child(home, PRIVACY)

    if not home.hero_title:
        home.title = "Trang chủ"
        home.hero_title = "Tôn vinh những người góp sức xây dựng Sơn La"
        home.hero_intro = (
            "Tra cứu công khai ai đã được khen thưởng, vì thành tích gì, theo quyết định "
            "nào; đọc câu chuyện của các gương điển hình tiên tiến; góp ý về những "
            "trường hợp được đề nghị khen thưởng."
        )
        home.hero_image = hero_image
        home.hero_link = about
        home.hero_link_label = "Tìm hiểu về cổng thông tin"
        home.quick_links = [
            ("link", {"title": page.title, "description": page.intro, "page": page})
            for page in (about, contact, privacy)
        ]
        home.save_revision().publish()
        stdout.write("  trang chủ")

    settings = SiteSettings.for_site(site)
    if not settings.agency_name_en:
        for name, value in AGENCY.items():
            setattr(settings, name, value)
        settings.privacy_page = privacy
        settings.save()
        stdout.write("  thông tin cổng")

    if not settings.related_portals:
        settings.related_portals = [("portal", portal) for portal in RELATED_PORTALS]
        settings.save()
    if not RelatedPortalsPage.objects.exists():
        links = RelatedPortalsPage(
            title="Liên kết",
            slug="lien-ket",
            intro="Các cổng thông tin của tỉnh và trung ương liên quan đến thi đua, "
            "khen thưởng và thủ tục hành chính.",
        )
        home.add_child(instance=links)
        links.save_revision().publish()

    _english_versions(home)


#: Real portals a provincial emulation portal links to (Decree 42/2022, Art. 9).
RELATED_PORTALS = [
    {
        "title": "Cổng thông tin điện tử tỉnh Sơn La",
        "title_en": "Sơn La Province Portal",
        "url": "https://sonla.gov.vn",
        "description": "Tin tức, văn bản chỉ đạo, điều hành của tỉnh.",
    },
    {
        "title": "Bộ Nội vụ (Ban Thi đua – Khen thưởng Trung ương)",
        "title_en": "Ministry of Home Affairs (Central Emulation and Commendation Board)",
        "url": "https://moha.gov.vn",
        "description": "Cơ quan quản lý nhà nước về thi đua, khen thưởng.",
    },
    {
        "title": "Cổng Dịch vụ công quốc gia",
        "title_en": "National Public Service Portal",
        "url": "https://dichvucong.gov.vn",
        "description": "Nộp hồ sơ, tra cứu thủ tục hành chính trực tuyến.",
    },
    {
        "title": "Cổng thông tin điện tử Chính phủ",
        "title_en": "Government Portal",
        "url": "https://chinhphu.vn",
        "description": "Thông tin chính thức của Chính phủ, văn bản quy phạm pháp luật.",
    },
    {
        "title": "Cơ sở dữ liệu quốc gia về văn bản pháp luật",
        "title_en": "National Legal Documents Database",
        "url": "https://vbpl.vn",
        "description": "Tra cứu luật, nghị định, thông tư về thi đua, khen thưởng.",
    },
]


def _child(parent, article: Article) -> StandardPage:
    existing = parent.get_children().filter(slug=article.slug).first()
    if existing:
        return existing.specific
    page = StandardPage(
        title=article.title,
        slug=article.slug,
        intro=article.intro,
        body=article.body,
        show_in_menus=article.show_in_menus,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _english_versions(home: HomePage) -> None:
    """English home page and translations of the shell pages, linked to the Vietnamese
    ones so the language switcher moves between them."""
    english, _ = Locale.objects.get_or_create(language_code="en")
    home_en = home.get_translation_or_none(english)
    new_home = home_en is None
    if new_home:
        home_en = home.copy_for_translation(english).specific
    translated = {}
    for child in home.get_children().specific():
        article = ENGLISH.get(child.slug)
        if article is None or child.has_translation(english):
            continue
        page = child.copy_for_translation(english)
        page.title = page.draft_title = article.title
        page.slug = article.slug
        page.intro = article.intro
        page.body = article.body
        page.show_in_menus = article.show_in_menus
        page.save_revision().publish()
        translated[child.slug] = page
    if new_home:
        # Translating the children added rows under home_en: reload it, or saving
        # would write back its stale child count and hide them from the tree.
        home_en.refresh_from_db()
        for name, value in ENGLISH["home"].items():
            setattr(home_en, name, value)
        home_en.hero_link = translated.get(ABOUT.slug)
        home_en.quick_links = [
            ("link", {"title": page.title, "description": page.intro, "page": page})
            for page in translated.values()
        ]
        home_en.save_revision().publish()


def _hero_image():
    """A drawn landscape of layered mountains, made here so the demo needs no download."""
    Image = get_image_model()
    title = "Núi đồi Sơn La (ảnh minh họa)"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = BytesIO()
    _draw_mountains().save(buffer, format="JPEG", quality=85)
    return Image.objects.create(
        title=title,
        description="Tranh vẽ minh họa những dãy núi xanh nối tiếp nhau lúc bình minh",
        file=ImageFile(buffer, name="nui-doi-son-la.jpg"),
    )


def _draw_mountains(width=1920, height=720):
    rng = random.Random(2025)
    canvas = PillowImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(canvas)
    top, bottom = (250, 206, 150), (247, 233, 205)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(
                round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)
            ),
        )
    draw.ellipse([1350, 150, 1530, 330], fill=(255, 236, 179))
    layers = [
        ((146, 170, 150), 0.42),
        ((96, 140, 110), 0.55),
        ((58, 110, 80), 0.68),
        ((32, 78, 56), 0.82),
    ]
    for colour, base in layers:
        phase = rng.uniform(0, math.tau)
        points = [(0, height)]
        for x in range(0, width + 40, 40):
            ridge = (
                math.sin(x / 260 + phase) * 60
                + math.sin(x / 97 + 2 * phase) * 22
                + rng.uniform(-6, 6)
            )
            points.append((x, base * height + ridge))
        points.append((width, height))
        draw.polygon(points, fill=colour)
    return canvas.filter(ImageFilter.SMOOTH)


#: English versions of the sections: English headings, filters and help around content
#: that is published in Vietnamese (see home.translations.content_source).
ENGLISH_SECTIONS = {
    "phong-trao-thi-dua": (
        "emulation-movements",
        "Emulation movements",
        "The emulation movements launched in the province, their goals and results. "
        "Movement pages are written in Vietnamese.",
    ),
    "tin-tuc": (
        "news",
        "News",
        "News of emulation and commendation work in the province, in Vietnamese.",
    ),
    "guong-dien-hinh": (
        "example-stories",
        "Example stories",
        "The stories of advanced examples, told so that others can follow them. "
        "Stories are written in Vietnamese.",
    ),
    "cong-khai": (
        "public-consultations",
        "Public consultations",
        "People proposed for high awards, published before the council decides, and "
        "the comments citizens may send. The files are in Vietnamese.",
    ),
    "thong-ke": (
        "statistics",
        "Statistics",
        "<p>Honours by year, form, level and place, against the province's targets.</p>",
    ),
    "du-lieu-mo": (
        "open-data",
        "Open data",
        "<p>The public list of honours as CSV, Excel or JSON, and a read-only API.</p>",
    ),
    "van-ban": (
        "documents",
        "Documents",
        "Laws, decrees and provincial documents on emulation and commendation, in "
        "Vietnamese.",
    ),
    "lien-ket": (
        "related-portals",
        "Related portals",
        "Official portals related to emulation and commendation work.",
    ),
}


def english_sections(stdout):
    """Every public section has its English page, so the English menu and the
    language switch lead somewhere on every page (runs after the sections exist)."""
    english = Locale.objects.get(language_code="en")
    home = Site.objects.get(is_default_site=True).root_page
    made = 0
    for section in home.get_children().specific():
        texts = ENGLISH_SECTIONS.get(section.slug)
        if texts is None or section.has_translation(english):
            continue
        slug, title, intro = texts
        translation = section.copy_for_translation(english)
        translation.title = translation.draft_title = title
        translation.slug = slug
        if hasattr(translation, "intro"):
            translation.intro = intro
        translation.save_revision().publish()
        made += 1
    if made:
        stdout.write(f"  trang chuyên mục tiếng Anh: {made}")
