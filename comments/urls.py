"""Comment URLs, all under /komentar/.

``urlpatterns`` are ours (namespace ``comments``). ``xtd_patterns`` keeps the names
django-comments-xtd and django_comments reverse themselves (permalinks, like/dislike);
django_comments' own post view is deliberately not exposed, so every comment passes
through ``comments.views.post_comment`` and its rules.
"""

from django.urls import path, re_path, register_converter
from django_comments_xtd import views as xtd_views

from . import views
from .converters import IdConverter
from .feeds import LatestCommentsFeed, PageCommentsFeed

app_name = "comments"

register_converter(IdConverter, "id")

urlpatterns = [
    path("kirim/", views.post_comment, name="post"),
    path("konfirmasi/<str:key>/", views.confirm, name="confirm"),
    path("berhenti/<str:key>/", views.mute, name="mute"),
    path("<id:comment_id>/ubah/", views.edit, name="edit"),
    path("<id:comment_id>/hapus/", views.delete, name="delete"),
    path("<id:comment_id>/laporkan/", views.report, name="report"),
    path("terbaru/feed/", LatestCommentsFeed(), name="feed"),
    path("halaman/<id:page_id>/feed/", PageCommentsFeed(), name="page_feed"),
]

xtd_patterns = [
    path("cr/<id:content_type_id>/<id:object_id>/", views.permalink, name="comments-url-redirect"),
    path("suka/<id:comment_id>/", views.like, name="comments-xtd-like"),
    re_path(r"^disukai/$", xtd_views.like_done, name="comments-xtd-like-done"),
    path("tidak-suka/<id:comment_id>/", views.dislike, name="comments-xtd-dislike"),
    re_path(r"^tidak-disukai/$", xtd_views.dislike_done, name="comments-xtd-dislike-done"),
]
