"""Where each page type may live in the tree, and that every page type renders."""

from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models

from home.models import HomePage, OrganisationPage, StandardPage

PROJECT_APPS = {"home", "honors", "library", "search"}


def project_page_models():
    return [m for m in get_page_models() if m._meta.app_label in PROJECT_APPS]


def test_home_page_sits_only_at_the_root_and_holds_sections():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert StandardPage in HomePage.allowed_subpage_models()
    assert HomePage not in HomePage.allowed_subpage_models()


def test_standard_pages_nest_under_home_or_each_other_only():
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}
    assert set(StandardPage.allowed_subpage_models()) == {
        StandardPage,
        OrganisationPage,
    }


def test_a_standard_page_cannot_be_created_at_the_root(home_page):
    root = Page.get_first_root_node()
    assert not StandardPage.can_create_at(root)
    assert StandardPage.can_create_at(home_page)
    assert HomePage.can_create_at(root)
    assert not HomePage.can_create_at(home_page)


def declared_by(model, name):
    """The class of the model's hierarchy that sets `name` (None: Wagtail's default)."""
    return next((klass for klass in model.__mro__ if name in klass.__dict__), None)


def test_every_project_page_type_declares_its_parents_and_children():
    """Where a page type may be created is decided by the project, on the type or on
    a base it shares with its kind (home.sections.SectionIndexPage), never left to
    Wagtail's default of "anywhere"."""
    project = ("home", "honors", "library")
    for model in project_page_models():
        for name in ("parent_page_types", "subpage_types"):
            klass = declared_by(model, name)
            assert klass is not None and klass.__module__.split(".")[0] in project, (
                model,
                name,
            )
        assert "subpage_types" in model.__dict__, model


def test_every_page_type_publishes_only_through_approval():
    from home.publishing import (
        check_page_types_publish_through_approval,
        unapproved_page_types,
    )

    assert check_page_types_publish_through_approval() == []
    assert unapproved_page_types([HomePage, StandardPage, Page]) == [Page]


def test_the_paragraph_comes_first_in_every_article_body_block_menu():
    """Editors add paragraphs most: the block menu offers "Đoạn văn" first."""
    bodies = [
        (model, field.name)
        for model in project_page_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
        and "paragraph" in field.stream_block.child_blocks
    ]

    assert len(bodies) >= 6
    for model, name in bodies:
        block = model._meta.get_field(name).stream_block
        first = next(iter(block.child_blocks.values()))
        assert (first.name, str(first.label)) == ("paragraph", "Đoạn văn"), model
