"""New-article mail for readers, under /langganan/ (namespace ``subscriptions``)."""

from django.urls import path

from . import views

app_name = "subscriptions"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("periksa-email/", views.check_email, name="check_email"),
    path("aktif/", views.active, name="active"),
    path("konfirmasi/<str:token>/", views.confirm, name="confirm"),
    path("berhenti/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
