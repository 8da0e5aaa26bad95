"""Every public page type reflows at 320 CSS pixels: nothing makes the page scroll
sideways (WCAG 2.1, 1.4.10 Reflow). Wide tables scroll inside their own region."""

from home.models import RelatedPortalsPage
from honors.models import Honour
from tests.home.test_page_types import project_page_models


def public_paths():
    paths = []
    for model in project_page_models():
        page = model.objects.live().first()
        if page is not None:
            paths.append(page.url)
    honour = Honour.objects.public().select_related("honoree").first()
    return [
        *paths,
        f"/bang-vang/ho-so/{honour.honoree.slug}/",
        honour.get_verification_url(),
        "/tim-kiem/?q=son+la",
        "/cong-khai/tra-cuu/",
        "/en/",
        RelatedPortalsPage.objects.live()
        .filter(locale__language_code="vi")
        .first()
        .url,
    ]


def test_no_public_page_scrolls_sideways_at_320_pixels(page, demo_server):
    page.set_viewport_size({"width": 320, "height": 640})
    too_wide = {}
    for path in public_paths():
        page.goto(demo_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide[path] = width
    assert too_wide == {}
