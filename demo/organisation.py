"""Demo organisation pages under "Giới thiệu": functions and structure, the council,
contact officials; each with its English translation. Every name is illustrative."""

from wagtail.models import Locale, Site
from wagtail.rich_text import RichText

from demo.site import ABOUT, AGENCY
from home.models import OrganisationPage

ILLUSTRATIVE = " Họ tên, chức vụ trên trang này là minh họa cho bản trình diễn."
ILLUSTRATIVE_EN = " Names and positions on this page are illustrative."


def unit(name, head="", description="", divisions=()):
    return (
        "unit",
        {
            "name": name,
            "head": head,
            "description": description,
            "divisions": [
                {
                    "name": division[0],
                    "head": division[1],
                    "description": division[2],
                    "teams": [
                        {"name": team, "head": "", "description": ""}
                        for team in division[3:]
                    ],
                }
                for division in divisions
            ],
        },
    )


def member(name, role, position):
    return ("member", {"name": name, "council_role": role, "position": position})


def contact(name, title, unit_name, phone, email):
    return (
        "contact",
        {
            "name": name,
            "title": title,
            "unit": unit_name,
            "phone": phone,
            "email": email,
        },
    )


PAGES = [
    {
        "vi": {
            "slug": "chuc-nang-co-cau-to-chuc",
            "title": "Chức năng, nhiệm vụ và cơ cấu tổ chức",
            "intro": "Ban Thi đua – Khen thưởng tỉnh là cơ quan thuộc Sở Nội vụ, tham mưu "
            "về công tác thi đua, khen thưởng trên địa bàn tỉnh." + ILLUSTRATIVE,
            "functions": [
                (
                    "paragraph",
                    RichText(
                        "<ul><li>Tham mưu tổ chức các phong trào thi đua và công tác "
                        "khen thưởng của tỉnh;</li><li>Thẩm định hồ sơ đề nghị khen "
                        "thưởng, trình Chủ tịch Ủy ban nhân dân tỉnh quyết định hoặc "
                        "đề nghị cấp trên khen thưởng;</li><li>Làm thường trực Hội đồng "
                        "Thi đua – Khen thưởng tỉnh;</li><li>Công khai danh sách đề "
                        "nghị khen thưởng, tiếp nhận và trả lời ý kiến của nhân dân."
                        "</li></ul>"
                    ),
                )
            ],
            "structure": [
                unit(
                    "Ban Thi đua – Khen thưởng tỉnh",
                    "Trưởng ban Lê Văn Minh",
                    "Lãnh đạo, điều hành chung",
                    [
                        (
                            "Phòng Nghiệp vụ thi đua",
                            "Trưởng phòng Cầm Thị Hoa",
                            "Phong trào thi đua, giao ước thi đua, gương điển hình",
                            "Tổ Tổng hợp, truyền thông",
                        ),
                        (
                            "Phòng Nghiệp vụ khen thưởng",
                            "Trưởng phòng Hà Văn Dũng",
                            "Thẩm định hồ sơ, quản lý dữ liệu khen thưởng",
                            "Tổ Hồ sơ điện tử",
                            "Tổ Tiếp nhận ý kiến nhân dân",
                        ),
                        ("Văn phòng Ban", "Chánh Văn phòng Lò Thị Mai", "Hành chính"),
                    ],
                )
            ],
            "address": AGENCY["address"],
            "phone": AGENCY["hotline"],
            "email": AGENCY["email"],
        },
        "en": {
            "slug": "functions-and-structure",
            "title": "Functions and structure",
            "intro": "The Provincial Emulation and Commendation Board, part of the "
            "Department of Home Affairs, advises on emulation and commendation in "
            "the province." + ILLUSTRATIVE_EN,
            "functions": [
                (
                    "paragraph",
                    RichText(
                        "<ul><li>Organises the province's emulation movements and "
                        "commendations;</li><li>Examines nominations and submits them "
                        "to the Chairman of the Provincial People's Committee or to "
                        "higher levels;</li><li>Acts as the standing office of the "
                        "Provincial Emulation and Commendation Council;</li><li>"
                        "Publishes nominees and answers citizens' comments.</li></ul>"
                    ),
                )
            ],
            "structure": [
                unit(
                    "Provincial Emulation and Commendation Board",
                    "Head: Lê Văn Minh",
                    "Overall leadership",
                    [
                        (
                            "Emulation Division",
                            "Head: Cầm Thị Hoa",
                            "Movements, emulation agreements, advanced examples",
                            "Reporting and communication team",
                        ),
                        (
                            "Commendation Division",
                            "Head: Hà Văn Dũng",
                            "Examining nominations, commendation records",
                            "Electronic records team",
                            "Citizens' comments team",
                        ),
                        ("Office of the Board", "Chief: Lò Thị Mai", "Administration"),
                    ],
                )
            ],
        },
    },
    {
        "vi": {
            "slug": "hoi-dong-thi-dua-khen-thuong",
            "title": "Hội đồng Thi đua – Khen thưởng tỉnh",
            "intro": "Hội đồng tư vấn cho Chủ tịch Ủy ban nhân dân tỉnh về công tác thi "
            "đua, khen thưởng; xét các trường hợp đề nghị khen thưởng." + ILLUSTRATIVE,
            "council_members": [
                member(
                    "Nguyễn Văn Sơn",
                    "Chủ tịch Hội đồng",
                    "Chủ tịch Ủy ban nhân dân tỉnh",
                ),
                member(
                    "Quàng Thị Lan",
                    "Phó Chủ tịch Thường trực",
                    "Giám đốc Sở Nội vụ",
                ),
                member(
                    "Lê Văn Minh", "Phó Chủ tịch", "Trưởng ban Thi đua – Khen thưởng"
                ),
                member("Đinh Văn Tùng", "Ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh"),
                member(
                    "Tòng Thị Xuân", "Ủy viên", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"
                ),
            ],
        },
        "en": {
            "slug": "emulation-and-commendation-council",
            "title": "Provincial Emulation and Commendation Council",
            "intro": "The council advises the Chairman of the Provincial People's "
            "Committee and examines nominations." + ILLUSTRATIVE_EN,
            "council_members": [
                member(
                    "Nguyễn Văn Sơn", "Chair", "Chairman, Provincial People's Committee"
                ),
                member(
                    "Quàng Thị Lan", "Standing Vice Chair", "Director, Home Affairs"
                ),
                member(
                    "Lê Văn Minh",
                    "Vice Chair",
                    "Head, Emulation and Commendation Board",
                ),
                member("Đinh Văn Tùng", "Member", "President, Labour Confederation"),
                member("Tòng Thị Xuân", "Member", "President, Women's Union"),
            ],
        },
    },
    {
        "vi": {
            "slug": "can-bo-dau-moi",
            "title": "Cán bộ đầu mối liên hệ",
            "intro": "Cán bộ tiếp nhận hồ sơ, ý kiến và trả lời câu hỏi về thi đua, khen "
            "thưởng." + ILLUSTRATIVE,
            "contacts": [
                contact(
                    "Hà Văn Dũng",
                    "Trưởng phòng",
                    "Phòng Nghiệp vụ khen thưởng",
                    "0212 3800 001",
                    "khenthuong@sonla.example.vn",
                ),
                contact(
                    "Cầm Thị Hoa",
                    "Trưởng phòng",
                    "Phòng Nghiệp vụ thi đua",
                    "0212 3800 002",
                    "thidua@sonla.example.vn",
                ),
                contact(
                    "Vì Văn Hải",
                    "Chuyên viên",
                    "Tổ Tiếp nhận ý kiến nhân dân",
                    "0212 3800 003",
                    "gopy@sonla.example.vn",
                ),
            ],
            "address": AGENCY["address"],
            "phone": AGENCY["hotline"],
            "email": AGENCY["email"],
        },
        "en": {
            "slug": "contact-officials",
            "title": "Contact officials",
            "intro": "Officials who receive nominations and comments and answer "
            "questions." + ILLUSTRATIVE_EN,
            "contacts": [
                contact(
                    "Hà Văn Dũng",
                    "Head of division",
                    "Commendation Division",
                    "0212 3800 001",
                    "khenthuong@sonla.example.vn",
                ),
                contact(
                    "Cầm Thị Hoa",
                    "Head of division",
                    "Emulation Division",
                    "0212 3800 002",
                    "thidua@sonla.example.vn",
                ),
                contact(
                    "Vì Văn Hải",
                    "Officer",
                    "Citizens' comments team",
                    "0212 3800 003",
                    "gopy@sonla.example.vn",
                ),
            ],
            "address": AGENCY["address"],
            "phone": AGENCY["hotline"],
            "email": AGENCY["email"],
        },
    },
]


def load(stdout):
    home = Site.objects.get(is_default_site=True).root_page
    about = home.get_children().get(slug=ABOUT.slug)
    english = Locale.objects.get(language_code="en")
    for texts in PAGES:
        page = (
            OrganisationPage.objects.child_of(about)
            .filter(slug=texts["vi"]["slug"])
            .first()
        )
        if page is not None:
            continue
        page = OrganisationPage(**texts["vi"])
        about.add_child(instance=page)
        page.save_revision().publish()
        translation = page.copy_for_translation(english)
        for name, value in texts["en"].items():
            setattr(translation, name, value)
        translation.draft_title = translation.title
        translation.save_revision().publish()
    stdout.write(f"  trang tổ chức, liên hệ: {len(PAGES)}, có bản tiếng Anh")
