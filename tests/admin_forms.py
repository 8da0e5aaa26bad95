"""Submit Wagtail's page editor as a person would, without a browser.

`edit_form_data(page, user)` builds the POST data of the page's edit form from the
page's latest revision, exactly as the editor's scripts would send it (StreamFields and
inline panels included), so a test can post it back with an action such as
"action-publish" or "action-submit" and see what the admin does with it.
"""

import json
from datetime import date, datetime

from django import forms
from django.http import QueryDict
from django.utils import timezone
from wagtail import blocks
from wagtail.blocks.list_block import ListValue


def _block_data(block, value, prefix, data):
    if isinstance(block, blocks.StreamBlock):
        children = list(value or [])
        data[f"{prefix}-count"] = str(len(children))
        for index, child in enumerate(children):
            key = f"{prefix}-{index}"
            data[f"{key}-type"] = child.block_type
            data[f"{key}-deleted"] = ""
            data[f"{key}-order"] = str(index)
            data[f"{key}-id"] = child.id or ""
            _block_data(child.block, child.value, f"{key}-value", data)
    elif isinstance(block, blocks.ListBlock):
        items = value.bound_blocks if isinstance(value, ListValue) else []
        data[f"{prefix}-count"] = str(len(items))
        for index, item in enumerate(items):
            key = f"{prefix}-{index}"
            data[f"{key}-deleted"] = ""
            data[f"{key}-order"] = str(index)
            data[f"{key}-id"] = item.id or ""
            _block_data(block.child_block, item.value, f"{key}-value", data)
    elif isinstance(block, blocks.StructBlock):
        if hasattr(block, "_image_to_struct_value"):  # ImageBlock: an image, with alt
            value = block._image_to_struct_value(value)
        for name, child_block in block.child_blocks.items():
            _block_data(child_block, value.get(name), f"{prefix}-{name}", data)
    elif isinstance(block, blocks.ChoiceBlock):
        data[prefix] = "" if value is None else str(value)
    elif isinstance(block, blocks.ChooserBlock):
        data[prefix] = "" if value is None else str(getattr(value, "pk", value))
    else:
        state = block.get_form_state(value)
        if isinstance(state, dict | list):
            state = json.dumps(state)
        data[prefix] = "" if state is None else state


def _field_data(bound_field, data):
    field, widget = bound_field.field, bound_field.field.widget
    name, value = bound_field.html_name, bound_field.value()
    if isinstance(widget, forms.FileInput):
        return
    if hasattr(widget, "block_def"):
        _block_data(widget.block_def, value, name, data)
    elif isinstance(widget, forms.CheckboxInput):
        if value:
            data[name] = "on"
    elif isinstance(field, forms.ModelChoiceField) and not isinstance(
        field, forms.ModelMultipleChoiceField
    ):
        data[name] = "" if value is None else str(getattr(value, "pk", value))
    elif isinstance(field, forms.ModelMultipleChoiceField) or isinstance(
        widget, forms.CheckboxSelectMultiple
    ):
        data.setdefault("__lists__", {})[name] = [
            str(getattr(item, "pk", item)) for item in (value or [])
        ]
    elif isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        data[name] = value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, date):
        data[name] = value.isoformat()
    elif value is None:
        data[name] = ""
    else:
        formatted = widget.format_value(value)
        data[name] = "" if formatted is None else formatted


def _form_data(form, data):
    for bound_field in form:
        _field_data(bound_field, data)
    for formset in getattr(form, "formsets", {}).values():
        management = formset.management_form
        for bound_field in management:
            data[bound_field.html_name] = str(bound_field.value() or 0)
        for subform in formset.forms:
            _form_data(subform, data)


def edit_form_data(page, user, **overrides):
    """The edit form of `page`'s latest revision, as POST data, with `overrides`."""
    latest = page.get_latest_revision_as_object()
    form_class = type(latest).get_edit_handler().get_form_class()
    return model_form_data(form_class, latest, user, **overrides)


def _as_querydict(data, lists):
    query = QueryDict(mutable=True)
    for key, value in data.items():
        query[key] = value
    for key, values in lists.items():
        query.setlist(key, values)
    return query


def model_form_data(form_class, instance, user, **overrides):
    """A modeladmin edit form of `instance`, as the browser would post it."""
    form = form_class(instance=instance, for_user=user)
    data = {}
    _form_data(form, data)
    lists = data.pop("__lists__", {})
    data.update(overrides)
    return _as_querydict(data, lists)
