from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content and its `load_demo` command (development and tests only)."""

    name = "demo"
    verbose_name = "Demo"
