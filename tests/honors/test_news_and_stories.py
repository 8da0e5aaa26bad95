"""News, example stories and movements: where they live, what they show, how they are
filtered, and how they reach feed readers and social networks."""

import json
import re
from datetime import date, timedelta

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page
from wagtail.rich_text import RichText

from home.models import HomePage
from honors.models import (
    ExampleStoryIndexPage,
    ExampleStoryPage,
    LocalityKind,
    MovementIndexPage,
    MovementPage,
    NewsIndexPage,
    NewsPage,
)

from . import factories

pytestmark = pytest.mark.django_db


def titles_in(html):
    return set(
        re.findall(r'class="article-card__title"><a href="[^"]+">([^<]+)</a>', html)
    )


class TestPageRules:
    def test_news_and_stories_live_under_their_index_under_the_home_page(self):
        assert NewsIndexPage.allowed_parent_page_models() == [HomePage]
        assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
        assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
        assert NewsPage.allowed_subpage_models() == []
        assert ExampleStoryIndexPage.allowed_parent_page_models() == [HomePage]
        assert ExampleStoryPage.allowed_parent_page_models() == [ExampleStoryIndexPage]
        assert MovementPage.allowed_parent_page_models() == [MovementIndexPage]

    def test_one_news_index_per_home_page(self, home_page):
        factories.news_index(home_page)

        assert not NewsIndexPage.can_create_at(home_page)
        assert not NewsPage.can_create_at(Page.get_first_root_node())

    def test_a_main_image_needs_its_alternative_text(self, home_page):
        page = NewsPage(
            title="Tin", slug="tin", lead="Tóm tắt", main_image=factories.image()
        )

        with pytest.raises(ValidationError) as error:
            page.full_clean()

        assert (
            "Ảnh chính cần có chữ thay thế."
            in error.value.message_dict["main_image_alt"]
        )


class TestNewsIndex:
    @pytest.fixture
    def newsroom(self, home_page):
        digital = factories.movement(home_page, "Thi đua chuyển đổi số")
        factories.news(
            home_page, "Tin năm 2024", day=date(2024, 3, 1), tags=["nông thôn mới"]
        )
        factories.news(
            home_page,
            "Tin chuyển đổi số",
            day=date(2025, 5, 1),
            tags=["chuyển đổi số"],
            movement=digital,
        )
        factories.news(home_page, "Tin nháp", day=date(2025, 6, 1), publish=False)
        return digital

    def test_lists_published_news_newest_first(self, client, newsroom):
        html = client.get("/tin-tuc/").content.decode()

        assert titles_in(html) == {"Tin năm 2024", "Tin chuyển đổi số"}
        assert html.index("Tin chuyển đổi số") < html.index("Tin năm 2024")

    @pytest.mark.parametrize(
        ("params", "expected"),
        [
            ({"year": "2024"}, {"Tin năm 2024"}),
            ({"tag": "chuyen-doi-so"}, {"Tin chuyển đổi số"}),
            ({"tag": "nong-thon-moi", "year": "2024"}, {"Tin năm 2024"}),
            ({"tag": "nong-thon-moi", "year": "2025"}, set()),
        ],
    )
    def test_filters(self, client, newsroom, params, expected):
        response = client.get("/tin-tuc/", params)

        assert response.status_code == 200
        assert titles_in(response.content.decode()) == expected

    def test_filter_by_movement(self, client, newsroom):
        html = client.get("/tin-tuc/", {"movement": newsroom.pk}).content.decode()

        assert titles_in(html) == {"Tin chuyển đổi số"}

    @pytest.mark.parametrize(
        ("params", "status", "message"),
        [
            ({"year": "abc"}, 400, "Không có bài nào trong năm này."),
            ({"year": "1999"}, 400, "Không có bài nào trong năm này."),
            ({"tag": "khong-co"}, 400, "Không có tin nào với từ khóa này."),
            ({"movement": "99999"}, 400, "Phong trào này không có trên cổng."),
            ({"page": "50"}, 404, "Không có trang 50"),
        ],
    )
    def test_bad_values_get_a_message(self, client, newsroom, params, status, message):
        response = client.get("/tin-tuc/", params)

        assert response.status_code == status
        assert message in response.content.decode()

    def test_pagination_keeps_the_filters(self, client, home_page):
        for number in range(15):
            factories.news(home_page, f"Tin số {number}", tags=["tổng kết"])

        html = client.get("/tin-tuc/", {"tag": "tong-ket"}).content.decode()

        assert "15 bài" in html
        assert len(titles_in(html)) == 12
        assert 'href="?tag=tong-ket&amp;page=2"' in html


class TestNewsPage:
    def test_shows_date_lead_image_body_tags_and_byline(self, client, home_page):
        page = factories.news(
            home_page,
            "Trao Bằng khen cho giáo viên",
            tags=["giáo dục"],
            byline="Lò Văn Thanh",
            main_image=factories.image("Lễ trao"),
            main_image_alt="Lãnh đạo tỉnh trao Bằng khen",
            main_image_caption="Ảnh: Ban Thi đua",
        )

        html = client.get(page.url).content.decode()

        assert "01/06/2025" in html
        assert "Tóm tắt của Trao Bằng khen cho giáo viên." in html
        assert 'alt="Lãnh đạo tỉnh trao Bằng khen"' in html
        assert "srcset=" in html and 'fetchpriority="high"' in html
        assert "Ảnh: Ban Thi đua" in html
        assert "Lò Văn Thanh" in html
        assert 'href="/tin-tuc/?tag=giao-duc" rel="tag"' in html

    def test_content_images_are_lazy_and_responsive(self, client, home_page):
        picture = factories.image("Ảnh trong bài")
        page = factories.news(
            home_page,
            "Tin có ảnh",
            body=[
                {
                    "type": "figure",
                    "value": {
                        "image": {
                            "image": picture.pk,
                            "decorative": False,
                            "alt_text": "Cánh đồng",
                        },
                        "caption": "Cánh đồng lúa",
                    },
                }
            ],
        )

        html = client.get(page.url).content.decode()
        figure = re.search(r'<figure class="figure">.*?</figure>', html, re.S).group(0)

        assert 'loading="lazy"' in figure
        assert "srcset=" in figure
        assert 'alt="Cánh đồng"' in figure

    def test_a_cached_video_is_embedded_and_an_unknown_one_is_a_link(
        self, client, home_page
    ):
        youtube = "https://www.youtube.com/watch?v=demo123"
        Embed.objects.create(
            url=youtube,
            hash=get_embed_hash(youtube),
            html='<iframe src="https://www.youtube.com/embed/demo123" title="x"></iframe>',
            type="video",
            provider_name="YouTube",
        )
        page = factories.news(
            home_page,
            "Tin có video",
            body=[
                {
                    "type": "video",
                    "value": {"video": youtube, "title": "Lễ tổng kết", "caption": ""},
                },
                {
                    "type": "video",
                    "value": {
                        "video": "https://video.example.vn/123",
                        "title": "Phóng sự",
                        "caption": "",
                    },
                },
            ],
        )

        html = client.get(page.url).content.decode()

        assert 'src="https://www.youtube.com/embed/demo123"' in html
        assert 'href="https://video.example.vn/123"' in html
        assert "Xem video: Phóng sự" in html

    def test_share_meta_canonical_and_news_article_data(self, client, home_page):
        page = factories.news(
            home_page,
            "Tin </script> có dấu",
            byline="Phóng viên",
            main_image=factories.image("Ảnh chia sẻ"),
            main_image_alt="Ảnh chia sẻ",
        )

        html = client.get(page.url).content.decode()

        url = f"http://localhost{page.url}"
        assert f'<link rel="canonical" href="{url}">' in html
        assert '<meta property="og:type" content="article">' in html
        assert f'<meta property="og:url" content="{url}">' in html
        assert re.search(
            r'<meta property="og:image" content="http://localhost/[^"]+fill-1200x630',
            html,
        )
        assert '<meta name="twitter:card" content="summary_large_image">' in html
        script = re.search(
            r'<script type="application/ld\+json">(.*?)</script>', html, re.S
        )
        data = json.loads(script.group(1))
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == "Tin </script> có dấu"
        assert data["datePublished"] == "2025-06-01"
        assert data["author"]["name"] == "Phóng viên"
        assert data["mainEntityOfPage"] == url
        assert data["image"][0].startswith("http://localhost/")

    def test_related_news_of_the_same_movement(self, client, home_page):
        movement = factories.movement(home_page)
        page = factories.news(home_page, "Tin chính", movement=movement)
        factories.news(home_page, "Tin cùng phong trào", movement=movement)
        factories.news(home_page, "Tin khác")

        html = client.get(page.url).content.decode()

        assert "Tin cùng phong trào" in html
        assert "Tin khác" not in html


class TestStories:
    @pytest.fixture
    def stories(self, home_page, honour_roll):
        province = factories.locality("Sơn La", LocalityKind.PROVINCE)
        ward = factories.locality("Chiềng Cơi", LocalityKind.WARD, province)
        digital = factories.movement(home_page, "Thi đua chuyển đổi số")
        teacher = factories.honour(factories.honoree("Lò Thị Hương"))
        factories.board(honour_roll, [teacher.decision])
        factories.story(
            home_page,
            "Lớp học song ngữ",
            honorees=[teacher.honoree],
            locality=ward,
            field_of_work="education",
        )
        factories.story(
            home_page,
            "Tổ công nghệ số",
            field_of_work="digital",
            movement=digital,
            locality=province,
        )
        return {
            "teacher": teacher.honoree,
            "ward": ward,
            "province": province,
            "digital": digital,
        }

    @pytest.mark.parametrize(
        ("params", "expected"),
        [
            ({}, {"Lớp học song ngữ", "Tổ công nghệ số"}),
            ({"field": "digital"}, {"Tổ công nghệ số"}),
            ({"field": "education"}, {"Lớp học song ngữ"}),
        ],
    )
    def test_filters(self, client, stories, params, expected):
        html = client.get("/guong-dien-hinh/", params).content.decode()

        assert titles_in(html) == expected

    def test_filter_by_locality_includes_its_communes(self, client, stories):
        by_province = client.get(
            "/guong-dien-hinh/", {"locality": stories["province"].pk}
        )
        by_ward = client.get("/guong-dien-hinh/", {"locality": stories["ward"].pk})

        assert titles_in(by_province.content.decode()) == {
            "Lớp học song ngữ",
            "Tổ công nghệ số",
        }
        assert titles_in(by_ward.content.decode()) == {"Lớp học song ngữ"}

    def test_filter_by_movement_and_bad_values(self, client, stories):
        html = client.get("/guong-dien-hinh/", {"movement": stories["digital"].pk})
        bad = client.get("/guong-dien-hinh/", {"field": "magic"})

        assert titles_in(html.content.decode()) == {"Tổ công nghệ số"}
        assert bad.status_code == 400
        assert "Lĩnh vực không hợp lệ." in bad.content.decode()

    def test_a_story_links_its_honorees_and_shows_the_practice(self, client, stories):
        page = ExampleStoryPage.objects.get(title="Lớp học song ngữ")

        html = client.get(page.url).content.decode()

        assert f'href="/bang-vang/ho-so/{stories["teacher"].slug}/"' in html
        assert "Cách làm có thể nhân rộng" in html and "Cách làm." in html

    def test_the_honoree_page_shows_the_stories_about_them(self, client, stories):
        html = client.get(
            f"/bang-vang/ho-so/{stories['teacher'].slug}/"
        ).content.decode()

        assert "Lớp học song ngữ" in html
        assert "Tổ công nghệ số" not in html

    def test_related_stories_share_a_field_or_movement(
        self, client, stories, home_page
    ):
        factories.story(home_page, "Thêm một lớp học", field_of_work="education")
        page = ExampleStoryPage.objects.get(title="Lớp học song ngữ")

        html = client.get(page.url).content.decode()
        related = html[html.index("Gương điển hình liên quan") :]

        assert "Thêm một lớp học" in related
        assert "Tổ công nghệ số" not in related

    def test_a_gallery_shows_its_images(self, client, home_page):
        first, second = factories.image("Một"), factories.image("Hai")
        page = factories.story(
            home_page,
            "Câu chuyện có ảnh",
            body=[
                {
                    "type": "gallery",
                    "value": {
                        "title": "Hình ảnh",
                        "images": [
                            {
                                "image": {
                                    "image": img.pk,
                                    "decorative": False,
                                    "alt_text": img.title,
                                },
                                "caption": "",
                            }
                            for img in (first, second)
                        ],
                    },
                }
            ],
        )

        html = client.get(page.url).content.decode()

        assert html.count('class="figure figure--gallery"') == 2
        assert 'alt="Một"' in html and 'alt="Hai"' in html


class TestMovementPage:
    def test_shows_goals_news_stories_boards_and_the_number_of_honours(
        self, client, home_page, honour_roll
    ):
        movement = factories.movement(
            home_page,
            "Chung sức xây dựng nông thôn mới",
            goals="<p>Mục tiêu rõ ràng.</p>",
            criteria="<p>Tiêu chí bình xét.</p>",
        )
        factories.news(home_page, "Tin của phong trào", movement=movement)
        factories.story(home_page, "Gương của phong trào", movement=movement)
        decision = factories.decision()
        for name in ("Người thứ nhất", "Người thứ hai"):
            factories.honour(
                factories.honoree(name), decision_=decision, movement=movement
            )
        factories.board(honour_roll, [decision], title="Tổng kết nông thôn mới")

        html = client.get(movement.url).content.decode()

        for text in (
            "Mục tiêu rõ ràng.",
            "Tiêu chí bình xét.",
            "Tin của phong trào",
            "Gương của phong trào",
            "Tổng kết nông thôn mới",
            "2 khen thưởng theo phong trào",
            "Đang triển khai",
        ):
            assert text in html, text

    def test_the_movement_list_groups_by_status(self, client, home_page):
        factories.movement(home_page, "Phong trào đã xong", ends_on=date(2023, 1, 1))
        factories.movement(
            home_page,
            "Phong trào sắp tới",
            starts_on=timezone.localdate() + timedelta(days=30),
        )

        html = client.get("/phong-trao/").content.decode()

        assert html.index("Sắp phát động") < html.index("Phong trào sắp tới")
        assert html.index("Đã tổng kết") < html.index("Phong trào đã xong")


class TestFeeds:
    @pytest.fixture
    def published(self, home_page):
        movement = factories.movement(home_page)
        factories.news(
            home_page,
            "Tin đã đăng",
            tags=["khen thưởng"],
            movement=movement,
            byline="Ban",
        )
        factories.news(home_page, "Tin nháp", publish=False, movement=movement)
        scheduled = factories.news(
            home_page, "Tin hẹn giờ", publish=False, movement=movement
        )
        scheduled.go_live_at = timezone.now() + timedelta(days=2)
        scheduled.save_revision().publish()
        factories.story(home_page, "Gương của phong trào", movement=movement)
        factories.story(home_page, "Gương khác")
        return movement

    @pytest.mark.parametrize(
        ("path", "version"), [("rss", "rss20"), ("atom", "atom10")]
    )
    def test_news_feeds_are_valid_and_only_carry_published_news(
        self, client, published, path, version
    ):
        response = client.get(f"/tin-tuc/{path}/")

        feed = feedparser.parse(response.content)
        assert response.status_code == 200
        assert not feed.bozo, feed.bozo_exception
        assert feed.version == version
        assert [entry.title for entry in feed.entries] == ["Tin đã đăng"]
        entry = feed.entries[0]
        assert entry.link == "http://localhost/tin-tuc/tin-da-dang/"
        assert entry.summary == "Tóm tắt của Tin đã đăng."
        assert entry.published_parsed[:3] == (2025, 6, 1)
        assert [tag.term for tag in entry.tags] == ["khen thưởng"]

    def test_story_feed(self, client, published):
        feed = feedparser.parse(client.get("/guong-dien-hinh/rss/").content)

        assert not feed.bozo
        assert {entry.title for entry in feed.entries} == {
            "Gương của phong trào",
            "Gương khác",
        }

    @pytest.mark.parametrize("path", ["rss", "atom"])
    def test_a_movement_feed_carries_its_news_and_stories(
        self, client, published, path
    ):
        feed = feedparser.parse(client.get(f"{published.url}{path}/").content)

        assert not feed.bozo
        assert {entry.title for entry in feed.entries} == {
            "Tin đã đăng",
            "Gương của phong trào",
        }

    def test_pages_announce_their_feeds(self, client, published):
        for path in (
            "/tin-tuc/",
            "/guong-dien-hinh/",
            published.url,
            "/tin-tuc/tin-da-dang/",
        ):
            html = client.get(path).content.decode()
            assert 'rel="alternate" type="application/rss+xml"' in html, path
            assert 'rel="alternate" type="application/atom+xml"' in html, path


def test_home_page_shows_latest_news_featured_stories_and_running_movements(
    client, home_page
):
    running = factories.movement(home_page, "Phong trào đang chạy")
    factories.movement(home_page, "Phong trào đã xong", ends_on=date(2023, 1, 1))
    for number in range(6):
        factories.news(
            home_page, f"Tin {number}", day=date(2025, 1, 1) + timedelta(days=number)
        )
    factories.story(home_page, "Gương thường", day=date(2025, 9, 1))
    factories.story(home_page, "Gương nổi bật", day=date(2024, 1, 1), is_featured=True)

    html = client.get("/").content.decode()

    assert titles_in(html) >= {"Tin 5", "Tin 4", "Tin 3", "Tin 2", "Gương nổi bật"}
    assert "Tin 1" not in titles_in(html)
    assert html.index("Gương nổi bật") < html.index("Gương thường")
    assert running.title in html
    assert "Phong trào đã xong" not in html


def test_an_editor_writes_and_publishes_news_with_images(admin_client, home_page):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    index = factories.news_index(home_page)
    lead_image, body_image = (
        factories.image("Ảnh đầu bài"),
        factories.image("Ảnh trong bài"),
    )

    response = admin_client.post(
        f"/admin/pages/add/honors/newspage/{index.pk}/",
        nested_form_data(
            {
                "title": "Tin viết trong trang quản trị",
                "slug": "tin-viet-trong-trang-quan-tri",
                "date": "27/11/2026",
                "lead": "Tóm tắt tin.",
                "main_image": lead_image.pk,
                "main_image_alt": "Ảnh đầu bài",
                "main_image_caption": "",
                "body": streamfield(
                    [
                        ("paragraph", rich_text("<p>Đoạn mở đầu.</p>")),
                        (
                            "figure",
                            {
                                "image": {
                                    "image": body_image.pk,
                                    "decorative": False,
                                    "alt_text": "Ảnh trong bài",
                                },
                                "caption": "Chú thích",
                            },
                        ),
                    ]
                ),
                "tags": "tin mới",
                "byline": "Biên tập viên",
                "action-publish": "publish",
            }
        ),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    page = NewsPage.objects.get(slug="tin-viet-trong-trang-quan-tri")
    assert page.live
    assert page.date == date(2026, 11, 27)
    html = admin_client.get(page.url).content.decode()
    assert "Đoạn mở đầu." in html
    assert 'alt="Ảnh trong bài"' in html


def test_rich_text_is_kept_as_html(home_page):
    page = factories.news(
        home_page, "Tin", body=[("paragraph", RichText("<p><b>Đậm</b></p>"))]
    )

    assert page.body[0].value.source == "<p><b>Đậm</b></p>"
