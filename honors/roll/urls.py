from django.urls import path

from honors.roll import views

urlpatterns = [
    path("xac-minh/", views.verification_lookup, name="honour_verification_lookup"),
    path("xac-minh/<str:code>/", views.verification, name="honour_verification"),
    path(
        "xac-minh/<str:code>/qr.svg",
        views.verification_qr,
        {"image_format": "svg"},
        name="honour_verification_qr",
    ),
    path(
        "xac-minh/<str:code>/qr.png",
        views.verification_qr,
        {"image_format": "png"},
        name="honour_verification_qr_png",
    ),
]
