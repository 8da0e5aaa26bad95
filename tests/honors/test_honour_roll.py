"""The honour roll: filters that combine and live in the URL, pages, counts, and a clear
message (never a server error) for a bad filter."""

import re
from datetime import date

import pytest

from honors.models import HonoreeKind, LocalityKind

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(honour_roll, home_page):
    """Four public honours that differ in every filterable way, plus one not public."""
    province = factories.locality("Sơn La", LocalityKind.PROVINCE)
    ward = factories.locality("Chiềng Cơi", LocalityKind.WARD, province)
    commune = factories.locality("Tà Xùa", LocalityKind.COMMUNE, province)
    digital = factories.movement(home_page, "Thi đua chuyển đổi số")

    decision_2024 = factories.decision("1001/QĐ-UBND", date(2024, 12, 20))
    decision_2025 = factories.decision("2002/QĐ-UBND", date(2025, 12, 20))
    state_decision = factories.decision("303/QĐ-CTN", date(2025, 9, 2))

    teacher = factories.honour(
        factories.honoree(
            "Lò Thị Hương",
            position="Giáo viên",
            organisation="Trường Tiểu học Chiềng Cơi",
            locality=ward,
            is_direct_worker=True,
        ),
        decision_=decision_2024,
    )
    chairman = factories.honour(
        factories.honoree(
            "Đặng Văn Đức", position="Chủ tịch UBND xã", locality=commune
        ),
        decision_=decision_2025,
        movement=digital,
    )
    school = factories.honour(
        factories.honoree(
            "Trường Tiểu học Chiềng Cơi", kind=HonoreeKind.COLLECTIVE, locality=ward
        ),
        factories.award("Tập thể lao động xuất sắc"),
        decision_2025,
    )
    order = factories.honour(
        factories.honoree("Giàng A Tủa", locality=commune, is_direct_worker=True),
        factories.award("Huân chương Lao động hạng Ba"),
        state_decision,
    )
    factories.board(honour_roll, [decision_2024, decision_2025, state_decision])
    hidden = factories.honour(
        factories.honoree("Người Không Công Khai", is_published=False),
        decision_=decision_2025,
    )
    return {
        "teacher": teacher,
        "chairman": chairman,
        "school": school,
        "order": order,
        "hidden": hidden,
        "ward": ward,
        "province": province,
        "movement": digital,
    }


def listed_names(response):
    html = response.content.decode()
    return set(re.findall(r'<th scope="row"[^>]*>\s*<a href="[^"]+">([^<]+)</a>', html))


ALL = {"Lò Thị Hương", "Đặng Văn Đức", "Trường Tiểu học Chiềng Cơi", "Giàng A Tủa"}


def test_the_roll_lists_every_public_honour_with_a_count(client, registry):
    response = client.get("/bang-vang/")

    assert response.status_code == 200
    assert listed_names(response) == ALL
    assert "4 khen thưởng" in response.content.decode()


def test_an_unpublished_honoree_is_absent(client, registry):
    assert "Người Không Công Khai" not in client.get("/bang-vang/").content.decode()
    searched = client.get("/bang-vang/", {"q": "Người Không Công Khai"})
    assert listed_names(searched) == set()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "lo thi huong"}, {"Lò Thị Hương"}),
        ({"q": "LÒ THỊ HƯƠNG"}, {"Lò Thị Hương"}),
        ({"q": "dang van duc"}, {"Đặng Văn Đức"}),
        ({"q": "chieng coi"}, {"Lò Thị Hương", "Trường Tiểu học Chiềng Cơi"}),
        ({"q": "303/QĐ-CTN"}, {"Giàng A Tủa"}),
        ({"q": "303/qd-ctn"}, {"Giàng A Tủa"}),
        ({"q": "huong"}, {"Lò Thị Hương"}),
        ({"q": "uong"}, set()),
        ({"year": "2024"}, {"Lò Thị Hương"}),
        ({"level": "state"}, {"Giàng A Tủa"}),
        ({"kind": "collective"}, {"Trường Tiểu học Chiềng Cơi"}),
        ({"direct_worker": "yes"}, {"Lò Thị Hương", "Giàng A Tủa"}),
        ({"direct_worker": "no"}, {"Đặng Văn Đức", "Trường Tiểu học Chiềng Cơi"}),
        ({"year": "2025", "kind": "individual"}, {"Đặng Văn Đức", "Giàng A Tủa"}),
        ({"year": "2025", "direct_worker": "yes", "level": "state"}, {"Giàng A Tủa"}),
        ({"q": "khong co ai"}, set()),
    ],
)
def test_each_filter_and_their_combinations(client, registry, params, expected):
    response = client.get("/bang-vang/", params)

    assert response.status_code == 200
    assert listed_names(response) == expected


def test_filter_by_award(client, registry):
    award = registry["school"].award

    assert listed_names(client.get("/bang-vang/", {"award": award.pk})) == {
        "Trường Tiểu học Chiềng Cơi"
    }


def test_filter_by_locality_includes_the_localities_beneath_it(client, registry):
    by_ward = client.get("/bang-vang/", {"locality": registry["ward"].pk})
    by_province = client.get("/bang-vang/", {"locality": registry["province"].pk})

    assert listed_names(by_ward) == {"Lò Thị Hương", "Trường Tiểu học Chiềng Cơi"}
    assert listed_names(by_province) == ALL


def test_filter_by_movement(client, registry):
    response = client.get("/bang-vang/", {"movement": registry["movement"].pk})

    assert listed_names(response) == {"Đặng Văn Đức"}


def test_a_filtered_list_keeps_its_filters_in_the_url_across_pages(
    client, registry, honour_roll
):
    decision = factories.decision("999/QĐ-UBND", date(2025, 6, 1))
    factories.bulk_honours(45, decision, prefix="Giáo viên bản")
    factories.board(honour_roll, [decision], title="Khen thưởng giáo viên")

    first = client.get("/bang-vang/", {"q": "giao vien ban", "year": "2025"})
    html = first.content.decode()

    assert "45 khen thưởng" in html
    assert len(listed_names(first)) == 30
    next_link = re.search(r'href="(\?[^"]*page=2[^"]*)" rel="next"', html).group(1)
    assert "q=giao+vien+ban" in next_link and "year=2025" in next_link
    second = client.get("/bang-vang/" + next_link.replace("&amp;", "&"))
    assert len(listed_names(second)) == 15
    assert not listed_names(first) & listed_names(second)


def test_the_filter_form_shows_the_chosen_values(client, registry):
    html = client.get(
        "/bang-vang/", {"year": "2024", "kind": "individual"}
    ).content.decode()

    assert '<option value="2024" selected>2024</option>' in html
    assert '<option value="individual" selected>' in html


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"year": "abc"}, 400, "Năm phải là một số"),
        ({"award": "999999"}, 400, "không có trong danh mục"),
        ({"award": "abc"}, 400, "không có trong danh mục"),
        ({"locality": "999999"}, 400, "Địa bàn này không có trong danh mục"),
        ({"level": "emperor"}, 400, "Cấp khen thưởng không hợp lệ"),
        ({"kind": "robot"}, 400, "Đối tượng không hợp lệ"),
        ({"movement": "999999"}, 400, "Phong trào này không có trên cổng"),
        ({"q": "x" * 101}, 400, "Từ khóa dài tối đa 100 ký tự"),
        ({"page": "99999"}, 404, "Không có trang 99999"),
        ({"page": "abc"}, 400, "không hợp lệ"),
        ({"page": "0"}, 404, "Không có trang 0"),
    ],
)
def test_bad_filter_values_get_a_clear_message_not_a_server_error(
    client, registry, params, status, message
):
    response = client.get("/bang-vang/", params)

    assert response.status_code == status
    html = response.content.decode()
    assert message in html
    assert 'role="alert"' in html or status == 404


def test_english_roll_shows_english_labels_and_award_names(client, registry, english):
    roll = registry["teacher"].decision.board_links.get().board.get_parent()
    english_home = roll.get_parent().copy_for_translation(english)
    english_home.save_revision().publish()
    english_roll = roll.copy_for_translation(english)
    english_roll.slug = "honour-roll"
    english_roll.save_revision().publish()

    html = client.get("/en/honour-roll/", {"level": "state"}).content.decode()

    assert "Labour Order, Third Class" in html
    assert "Giàng A Tủa" in html


def test_pagination_offers_page_numbers_not_only_next(client, registry, honour_roll):
    decision = factories.decision("998/QĐ-UBND", date(2025, 6, 1))
    factories.bulk_honours(30 * 7, decision, prefix="Cán bộ xã")
    factories.board(honour_roll, [decision], title="Khen thưởng cán bộ xã")

    html = client.get("/bang-vang/", {"q": "can bo xa", "page": "4"}).content.decode()
    pagination = html[html.index('class="pagination"') :]
    pagination = pagination[: pagination.index("</nav>")]

    linked = re.findall(
        r'page=(\d+)"><span class="visually-hidden">Trang </span>', pagination
    )
    assert linked == ["1", "2", "3", "5", "6", "7"]
    assert (
        '<span aria-current="page"><span class="visually-hidden">Trang </span>4</span>'
        in pagination
    )
    assert 'rel="prev"' in pagination and 'rel="next"' in pagination
    assert "Trang 4 / 7" in pagination
