"""Demo content of the documents library: the main legal texts of the field and some of
the province's own documents, each with a generated placeholder file.

The national texts carry their real numbers, dates and titles; the provincial ones are
illustrations and say so. Every file is a one-page stand-in (demo.documents)."""

import dataclasses
from dataclasses import dataclass
from datetime import date

from wagtail.models import Site

from demo.documents import placeholder_pdf
from library.choices import DocumentForm
from library.models import DocumentIndexPage, DocumentPage

INDEX_INTRO = (
    "Luật, nghị định, thông tư và các văn bản chỉ đạo, hướng dẫn về thi đua, khen "
    "thưởng; cùng các quyết định khen thưởng đã công bố trên bảng vàng."
)
ILLUSTRATION = " (văn bản minh họa cho bản trình diễn)"


@dataclass
class DemoDocument:
    slug: str
    title: str
    form: str
    number: str
    authority: str
    issued_on: date
    abstract: str
    effective_on: date | None = None
    field: str = "Thi đua, khen thưởng"
    replaces: list[str] = dataclasses.field(default_factory=list)
    guides: list[str] = dataclasses.field(default_factory=list)


DOCUMENTS = [
    DemoDocument(
        slug="luat-thi-dua-khen-thuong-2003",
        title="Luật Thi đua, khen thưởng năm 2003",
        form=DocumentForm.LAW,
        number="15/2003/QH11",
        authority="Quốc hội",
        issued_on=date(2003, 11, 26),
        effective_on=date(2004, 7, 1),
        abstract="Luật Thi đua, khen thưởng.",
    ),
    DemoDocument(
        slug="luat-thi-dua-khen-thuong-2022",
        title="Luật Thi đua, khen thưởng năm 2022",
        form=DocumentForm.LAW,
        number="06/2022/QH15",
        authority="Quốc hội",
        issued_on=date(2022, 6, 15),
        effective_on=date(2024, 1, 1),
        abstract=(
            "Luật Thi đua, khen thưởng: quy định về đối tượng, nguyên tắc, nội dung thi "
            "đua, khen thưởng; danh hiệu thi đua, hình thức khen thưởng và tiêu chuẩn; "
            "thẩm quyền, thủ tục, hồ sơ đề nghị khen thưởng."
        ),
        replaces=["luat-thi-dua-khen-thuong-2003"],
    ),
    DemoDocument(
        slug="nghi-dinh-98-2023",
        title="Nghị định quy định chi tiết Luật Thi đua, khen thưởng",
        form=DocumentForm.DECREE,
        number="98/2023/NĐ-CP",
        authority="Chính phủ",
        issued_on=date(2023, 12, 31),
        effective_on=date(2024, 1, 1),
        abstract="Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng.",
        guides=["luat-thi-dua-khen-thuong-2022"],
    ),
    DemoDocument(
        slug="nghi-dinh-152-2025",
        title="Nghị định về thi đua, khen thưởng khi tổ chức chính quyền địa phương hai cấp",
        form=DocumentForm.DECREE,
        number="152/2025/NĐ-CP",
        authority="Chính phủ",
        issued_on=date(2025, 6, 14),
        effective_on=date(2025, 7, 1),
        abstract=(
            "Quy định về thẩm quyền, thủ tục thi đua, khen thưởng phù hợp với tổ chức "
            "chính quyền địa phương hai cấp (tỉnh, xã)" + ILLUSTRATION + "."
        ),
        guides=["luat-thi-dua-khen-thuong-2022"],
    ),
    DemoDocument(
        slug="quy-che-thi-dua-khen-thuong-tinh",
        title="Quy chế thi đua, khen thưởng tỉnh Sơn La",
        form=DocumentForm.DECISION,
        number="15/2024/QĐ-UBND",
        authority="Ủy ban nhân dân tỉnh Sơn La",
        issued_on=date(2024, 4, 10),
        abstract=(
            "Ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh Sơn La"
            + ILLUSTRATION
            + "."
        ),
        guides=["luat-thi-dua-khen-thuong-2022", "nghi-dinh-98-2023"],
    ),
    DemoDocument(
        slug="ke-hoach-thi-dua-2025-2030",
        title="Kế hoạch phát động phong trào thi đua giai đoạn 2025–2030",
        form=DocumentForm.PLAN,
        number="125/KH-UBND",
        authority="Ủy ban nhân dân tỉnh Sơn La",
        issued_on=date(2025, 3, 20),
        abstract=(
            "Tổ chức các phong trào thi đua, đưa tỷ lệ khen thưởng người lao động trực "
            "tiếp đạt ít nhất 35% ở cấp Nhà nước và 65% ở cấp tỉnh; 100% hồ sơ khen "
            "thưởng được xử lý điện tử" + ILLUSTRATION + "."
        ),
    ),
    DemoDocument(
        slug="huong-dan-thi-dua-2026",
        title="Hướng dẫn công tác thi đua, khen thưởng năm 2026",
        form=DocumentForm.INSTRUCTION,
        number="02/HD-HĐTĐKT",
        authority="Hội đồng Thi đua – Khen thưởng tỉnh Sơn La",
        issued_on=date(2026, 1, 15),
        abstract=(
            "Hướng dẫn đăng ký thi đua, bình xét danh hiệu và lập hồ sơ khen thưởng "
            "điện tử năm 2026" + ILLUSTRATION + "."
        ),
        guides=["quy-che-thi-dua-khen-thuong-tinh"],
    ),
    DemoDocument(
        slug="bao-cao-tong-ket-2025",
        title="Báo cáo tổng kết công tác thi đua, khen thưởng năm 2025",
        form=DocumentForm.REPORT,
        number="310/BC-UBND",
        authority="Ủy ban nhân dân tỉnh Sơn La",
        issued_on=date(2025, 12, 18),
        abstract=(
            "Kết quả thực hiện các phong trào thi đua, công tác khen thưởng năm 2025 và "
            "nhiệm vụ năm 2026" + ILLUSTRATION + "."
        ),
    ),
    DemoDocument(
        slug="thu-tuc-hanh-chinh-thi-dua",
        title="Công bố thủ tục hành chính lĩnh vực thi đua, khen thưởng",
        form=DocumentForm.DECISION,
        number="1120/QĐ-UBND",
        authority="Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
        issued_on=date(2025, 8, 5),
        field="Cải cách hành chính",
        abstract=(
            "Công bố danh mục thủ tục hành chính lĩnh vực thi đua, khen thưởng thực hiện "
            "trên môi trường điện tử" + ILLUSTRATION + "."
        ),
    ),
]


def load(stdout):
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = DocumentIndexPage.objects.child_of(home).first()
    if index is None:
        index = DocumentIndexPage(
            title="Văn bản", slug="van-ban", intro=INDEX_INTRO, show_in_menus=True
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    pages = {}
    for item in DOCUMENTS:
        page = DocumentPage.objects.child_of(index).filter(slug=item.slug).first()
        if page is None:
            page = DocumentPage(
                slug=item.slug,
                title=item.title,
                form=item.form,
                number=item.number,
                authority=item.authority,
                issued_on=item.issued_on,
                effective_on=item.effective_on,
                field=item.field,
                abstract=item.abstract,
                file=placeholder_pdf(
                    title=f"{item.form.label} {item.number}",
                    headings=[f"{item.form.label.upper()} số {item.number}"],
                    lines=[
                        f"ngày {item.issued_on:%d/%m/%Y}",
                        "",
                        item.title,
                        "",
                        item.authority.upper(),
                    ],
                ),
            )
            page.replaces = [pages[slug] for slug in item.replaces]
            page.guides = [pages[slug] for slug in item.guides]
            index.add_child(instance=page)
            page.save_revision().publish()
        pages[item.slug] = page
    stdout.write(f"Thư viện văn bản: {len(pages)} văn bản.")
