"""Demo transparency pages: the statistics against the province's targets and the open
data page. The figures themselves come from the demo registry (demo.registry), built so
that some targets are met and some are not."""

from wagtail.models import Site

from honors.transparency.pages import OpenDataPage, StatisticsPage
from honors.transparency.targets import ProvinceTargets

STATISTICS_INTRO = (
    "<p>Số liệu lấy trực tiếp từ sổ khen thưởng của cổng, chỉ tính các khen thưởng "
    "đã công khai trên bảng vàng, và được cập nhật ngay khi có quyết định mới. "
    "Các mục tiêu là của tỉnh cho giai đoạn 2025–2030.</p>"
)
OPEN_DATA_INTRO = (
    "<p>Danh sách khen thưởng công khai được mở cho mọi người: tải về dạng CSV, "
    "XLSX hoặc JSON, hoặc đọc qua giao diện lập trình (API). Dữ liệu chỉ gồm những "
    "gì bảng vàng đã công khai; không có thông tin cá nhân nào khác và không có "
    "góp ý của người dân.</p>"
)


def load(stdout):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if not StatisticsPage.objects.exists():
        page = StatisticsPage(
            title="Thống kê khen thưởng",
            slug="thong-ke",
            intro=STATISTICS_INTRO,
            show_in_menus=True,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    if not OpenDataPage.objects.exists():
        page = OpenDataPage(
            title="Dữ liệu mở",
            slug="du-lieu-mo",
            intro=OPEN_DATA_INTRO,
            attribution="Nguồn: Cổng thông tin thi đua – khen thưởng tỉnh Sơn La.",
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    targets = ProvinceTargets.for_site(site)
    if not targets.plan_reference:
        targets.plan_reference = (
            "Kế hoạch số 125/KH-UBND ngày 20/3/2025 của UBND tỉnh – văn bản minh họa"
        )
        targets.save()
