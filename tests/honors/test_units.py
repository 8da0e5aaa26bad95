"""The units that propose: loaded from the province's CSV file, found by their folded
names, each with its officers."""

import io

import pytest
from django.contrib.auth import get_user_model

from honors.registry.locality_loader import load_localities
from honors.units.loader import UnitFileError, load_units
from honors.units.models import Unit, UnitKind

pytestmark = pytest.mark.django_db


def test_the_province_s_units_load_from_csv_once():
    load_localities()

    created = load_units()

    assert created == Unit.objects.count() >= 15
    assert load_units() == 0  # loading again adds nothing
    school = Unit.objects.get(name="Trường Trung học phổ thông Chiềng Sinh")
    assert school.parent.name == "Sở Giáo dục và Đào tạo"
    assert school.locality.name == "Chiềng Sinh"
    assert school.kind == UnitKind.OTHER
    former = Unit.objects.get(is_active=False)
    assert str(former).endswith("(không còn hoạt động)")
    assert Unit.objects.get(name="Sở Y tế").search_text == " so y te "


def test_a_file_with_a_child_before_its_parent_is_refused_whole(tmp_path):
    load_localities()
    path = tmp_path / "units.csv"
    path.write_text(
        "name,kind,parent,locality\n"
        "Sở Tài chính,department,,Sơn La\n"
        "Phòng Kế hoạch,other,Sở Kế hoạch,Sơn La\n",
        encoding="utf-8",
    )

    with pytest.raises(UnitFileError, match="line 3: parent 'Sở Kế hoạch'"):
        load_units(path)

    assert not Unit.objects.exists()


def test_an_unknown_kind_or_locality_is_named_with_its_line(tmp_path):
    load_localities()
    path = tmp_path / "units.csv"
    path.write_text("name,kind,parent,locality\nSở A,ministry,,\n", encoding="utf-8")
    with pytest.raises(UnitFileError, match="line 2: unknown kind 'ministry'"):
        load_units(path)

    path.write_text("name,kind,parent,locality\nSở A,department,,Hà Nội\n")
    with pytest.raises(UnitFileError, match="line 2: unknown locality 'Hà Nội'"):
        load_units(path)


def test_an_officer_s_units_are_theirs_alone():
    officer, other = (
        get_user_model().objects.create_user(name) for name in ("donvi1", "donvi2")
    )
    health = Unit.objects.create(name="Sở Y tế", kind=UnitKind.DEPARTMENT)
    health.officers.add(officer)
    Unit.objects.create(name="Sở Tư pháp", kind=UnitKind.DEPARTMENT).officers.add(other)

    assert list(Unit.objects.of_officer(officer)) == [health]


def test_the_command_loads_a_file_and_names_a_bad_line(tmp_path):
    from django.core.management import CommandError, call_command

    load_localities()
    path = tmp_path / "units.csv"
    path.write_text("name,kind\nSở Tài chính,department\n", encoding="utf-8")
    output = io.StringIO()

    call_command("load_units", str(path), stdout=output)

    assert output.getvalue().strip() == "Đã thêm 1 đơn vị từ units.csv."
    path.write_text("name,kind\nSở Công Thương,bo\n", encoding="utf-8")
    with pytest.raises(CommandError, match="line 2: unknown kind 'bo'"):
        call_command("load_units", str(path))
