"""The admin's sidebar names the user in full.

Wagtail shows the first-name field, which in a Vietnamese name holds the family and
middle names: "Lường Thị" for Lường Thị Mai. Wagtail offers no setting for this, so
its sidebar module is replaced, once at start-up, by one that shows the full name
(Django's get_full_name, as the rest of the admin does)."""

from wagtail.admin.ui import sidebar
from wagtail.admin.utils import get_user_display_name


class FullNameMainMenuModule(sidebar.MainMenuModule):
    def js_args(self):
        menu_items, account_menu_items, user = super().js_args()
        return [
            menu_items,
            account_menu_items,
            {**user, "name": get_user_display_name(self.user)},
        ]


def install():
    sidebar.MainMenuModule = FullNameMainMenuModule
