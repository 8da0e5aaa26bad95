"""Permission names in the portal's language.

Django stores a permission's name once, in English and from the model's untranslated
name ("Can add địa bàn", "Can change page"), and Wagtail reads that stored name for the
labels a screen reader speaks on the group editing screen ("Lõi Wagtail | page | Can
add page"). A secretariat administrator assigning rights would hear half-English
sentences, so after every migration the names are rewritten in the portal's language
(settings.LANGUAGE_CODE): "Thêm địa bàn", "Xuất bản mọi trang".

The codenames, which is what permission checks use, never change.
"""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission
from django.db import DEFAULT_DB_ALIAS
from django.utils import translation
from django.utils.translation import gettext

#: Django's default actions, named as the admin's buttons name them.
DEFAULT_ACTIONS = {
    "add": "Thêm",
    "change": "Sửa",
    "delete": "Xóa",
    "view": "Xem",
}


def permission_name(permission):
    """The name of one permission in the active language, or None when its model is
    gone (a stale content type keeps its stored name)."""
    model = permission.content_type.model_class()
    if model is None:
        return None
    opts = model._meta
    for codename, label in opts.permissions:
        if codename == permission.codename:
            # Some of Wagtail's labels are plain strings ("Can choose image"): the
            # portal's catalogue translates them all the same.
            return gettext(str(label))
    action = permission.codename.removesuffix(f"_{opts.model_name}")
    if action in DEFAULT_ACTIONS and action in opts.default_permissions:
        return f"{DEFAULT_ACTIONS[action]} {opts.verbose_name}"
    return None


def name_permissions(app_config=None, using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate receiver: rename every permission whose name is not yet in the
    portal's language.

    The portal's app comes first in INSTALLED_APPS, so this receiver runs before
    Django's own for the same app: it lets Django create that app's permissions
    first (an idempotent call) rather than miss them."""
    if app_config is not None:
        create_permissions(app_config, using=using, **kwargs)
    with translation.override(settings.LANGUAGE_CODE):
        changed = []
        permissions = Permission.objects.using(using).select_related("content_type")
        for permission in permissions:
            name = permission_name(permission)
            if name and name[:255] != permission.name:
                permission.name = name[:255]
                changed.append(permission)
        Permission.objects.using(using).bulk_update(changed, ["name"])
