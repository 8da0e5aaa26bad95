from django.urls import path

from honors.dossiers import views

urlpatterns = [
    path("tra-cuu-ho-so/", views.tracker, name="dossier_tracker"),
    path("tra-cuu-ho-so/tai-ve.csv", views.tracker_csv, name="dossier_tracker_csv"),
    path("tra-cuu-ho-so/<str:code>/", views.dossier_public, name="dossier_public"),
]
