"""The registry's rules: what makes an honour unique, how honorees are named and found,
and which honours the public may see."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from home.public_forms.codes import ALPHABET as VERIFICATION_ALPHABET
from honors.models import (
    Award,
    AwardForm,
    GrantingLevel,
    Honoree,
    HonoreeKind,
    Honour,
    Locality,
    LocalityKind,
    LocalityTree,
    MovementPage,
    MovementStatus,
)

from . import factories

pytestmark = pytest.mark.django_db


def test_the_law_s_catalogue_of_awards_is_preloaded():
    names = set(Award.objects.values_list("name", flat=True))

    assert {
        "Huân chương Lao động hạng Ba",
        "Anh hùng Lao động",
        "Nhà giáo Ưu tú",
        "Chiến sĩ thi đua toàn quốc",
        "Bằng khen của Thủ tướng Chính phủ",
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "Cờ thi đua của Ủy ban nhân dân tỉnh",
        "Tập thể lao động xuất sắc",
        "Chiến sĩ thi đua cơ sở",
        "Lao động tiên tiến",
        "Gia đình tiêu biểu",
        "Giấy khen",
    } <= names
    order = Award.objects.get(name="Huân chương Lao động hạng Ba")
    assert (order.form, order.level) == (AwardForm.ORDER, GrantingLevel.STATE)
    flag = Award.objects.get(name="Cờ thi đua của Ủy ban nhân dân tỉnh")
    assert flag.recipient_kinds == [HonoreeKind.COLLECTIVE]
    family = Award.objects.get(name="Gia đình tiêu biểu")
    assert family.recipient_kinds == [HonoreeKind.HOUSEHOLD]
    assert {form for form, _ in AwardForm.choices} == set(
        Award.objects.values_list("form", flat=True)
    )


def test_editors_can_add_to_the_catalogue():
    Award.objects.create(
        name="Kỷ niệm chương Vì sự nghiệp Thi đua – Khen thưởng",
        form=AwardForm.COMMEMORATIVE_MEDAL,
        level=GrantingLevel.MINISTRY_PROVINCE,
    )

    assert Award.objects.filter(form=AwardForm.COMMEMORATIVE_MEDAL).count() == 2


def test_one_honour_per_honoree_award_and_decision():
    first = factories.honour()

    with pytest.raises(IntegrityError), transaction.atomic():
        Honour.objects.create(
            honoree=first.honoree, award=first.award, decision=first.decision, year=2025
        )
    other_award = factories.award("Chiến sĩ thi đua cấp bộ, ngành, tỉnh")
    Honour.objects.create(
        honoree=first.honoree, award=other_award, decision=first.decision, year=2025
    )


def test_an_award_may_only_go_to_the_kinds_it_is_for():
    person = factories.honoree("Cầm Văn Xuân")
    flag = factories.award("Cờ thi đua của Ủy ban nhân dân tỉnh")
    honour = Honour(
        honoree=person, award=flag, decision=factories.decision(), year=2025
    )

    with pytest.raises(ValidationError) as error:
        honour.full_clean()

    assert "không dùng để tặng cá nhân" in str(error.value.message_dict["award"])


def test_honoree_slug_is_ascii_unique_and_never_changes():
    first = factories.honoree("Lò Thị Hương")
    second = factories.honoree("Lò Thị Hương", birth_year=1990)

    assert first.slug == "lo-thi-huong"
    assert second.slug == "lo-thi-huong-2"
    first.name = "Lò Thị Hương (đã sửa)"
    first.save()
    first.refresh_from_db()
    assert first.slug == "lo-thi-huong"


def test_many_honorees_saved_at_once_get_the_slugs_and_text_save_gives():
    factories.honoree("Lò Thị Hương")

    saved = Honoree.objects.add_many(
        [
            Honoree(name="Lò Thị Hương", organisation="Trường Mầm non Chiềng Cơi"),
            Honoree(name="Lò Thị Hương"),
            Honoree(name="Cầm Văn Hải", slug="cam-van-hai-ban-na"),
        ]
    )

    assert [honoree.slug for honoree in saved] == [
        "lo-thi-huong-2",
        "lo-thi-huong-3",
        "cam-van-hai-ban-na",
    ]
    first = Honoree.objects.get(slug="lo-thi-huong-2")
    assert first.search_text == " lo thi huong truong mam non chieng coi "
    assert factories.honoree("Lò Thị Hương").slug == "lo-thi-huong-4"


def test_honoree_text_is_folded_for_searching():
    person = factories.honoree(
        "Đặng Thị Hoà", position="Giáo viên", organisation="Trường Tiểu học Mường Bú"
    )

    assert person.search_text == " dang thi hoa giao vien truong tieu hoc muong bu "


def test_gender_is_only_for_individuals():
    collective = Honoree(
        kind=HonoreeKind.COLLECTIVE, name="Trạm Y tế xã", gender="male"
    )

    with pytest.raises(ValidationError):
        collective.full_clean()


def test_verification_codes_are_unique_and_unambiguous():
    codes = {factories.honour().verification_code for _ in range(30)}

    assert len(codes) == 30
    for code in codes:
        assert len(code) == 10
        assert set(code) <= set(VERIFICATION_ALPHABET)
        assert not set(code) & set("01ILO")


def test_localities_form_a_tree_of_any_depth():
    province = factories.locality("Sơn La", LocalityKind.PROVINCE)
    district = factories.locality("huyện Mai Sơn", LocalityKind.DISTRICT, province)
    township = factories.locality("Hát Lót", LocalityKind.TOWNSHIP, district)
    ward = factories.locality("Chiềng Cơi", LocalityKind.WARD, province)

    tree = LocalityTree()

    assert tree.descendant_ids(province.pk) == {
        province.pk,
        district.pk,
        township.pk,
        ward.pk,
    }
    assert tree.descendant_ids(district.pk) == {district.pk, township.pk}
    assert tree.path_name(township) == "thị trấn Hát Lót, huyện Mai Sơn, tỉnh Sơn La"
    depths = {node.locality.name: node.depth for node in tree.walk()}
    assert depths == {"Sơn La": 0, "Chiềng Cơi": 1, "huyện Mai Sơn": 1, "Hát Lót": 2}


def test_a_locality_cannot_sit_under_itself():
    province = factories.locality("Sơn La", LocalityKind.PROVINCE)
    ward = factories.locality("Chiềng Cơi", LocalityKind.WARD, province)
    province.parent = ward

    with pytest.raises(ValidationError):
        province.full_clean()


def test_the_same_commune_name_may_exist_in_two_provinces():
    for province_name in ("Sơn La", "Điện Biên"):
        province = factories.locality(province_name, LocalityKind.PROVINCE)
        factories.locality("Mường Bú", LocalityKind.COMMUNE, province)

    assert Locality.objects.filter(name="Mường Bú").count() == 2


def test_movement_status_follows_the_calendar():
    movement = MovementPage(starts_on=date(2022, 3, 1), ends_on=date(2025, 12, 31))

    assert movement.status(date(2022, 1, 1)) == MovementStatus.UPCOMING
    assert movement.status(date(2024, 6, 1)) == MovementStatus.RUNNING
    assert movement.status(date(2026, 1, 1)) == MovementStatus.SUMMED_UP
    assert MovementPage(starts_on=date(2021, 1, 1)).status(date(2030, 1, 1)) == (
        MovementStatus.RUNNING
    )


class TestWhatThePublicSees:
    def test_an_honour_on_a_live_board_of_a_published_honoree_is_public(
        self, published_honour
    ):
        assert list(Honour.objects.public()) == [published_honour]

    def test_an_honour_whose_decision_is_on_no_board_is_not_public(self, honour_roll):
        factories.honour()

        assert not Honour.objects.public().exists()

    def test_a_draft_board_publishes_nothing(self, honour_roll):
        item = factories.honour()
        factories.board(honour_roll, [item.decision], publish=False)

        assert not Honour.objects.public().exists()

    def test_unpublishing_the_board_withdraws_its_honours(self, published_honour):
        published_honour.decision.board_links.get().board.unpublish()

        assert not Honour.objects.public().exists()

    def test_an_honoree_kept_off_public_pages_has_no_public_honours(
        self, published_honour
    ):
        Honoree.objects.filter(pk=published_honour.honoree_id).update(
            is_published=False
        )

        assert not Honour.objects.public().exists()

    def test_a_decision_on_two_boards_is_listed_once(
        self, published_honour, honour_roll
    ):
        factories.board(honour_roll, [published_honour.decision], title="Bảng thứ hai")

        assert Honour.objects.public().count() == 1
