"""The demo portal of Sơn La: fictitious people, honours, articles, disclosures and
comments that `make run` loads (`python manage.py load_demo`).

Installed by the development and test settings only: production never has it."""
