"""Comment URLs, all under /komentar/.

``urlpatterns`` are ours (namespace ``comments``). ``xtd_patterns`` keeps the name
django_comments reverses itself for permalinks, outside the namespace. Likes are ours
(``react``), not django-comments-xtd's login-only views. django_comments' own post view
is deliberately not exposed, so every comment passes through
``comments.views.post_comment`` and its rules.
"""

from django.urls import path, register_converter

from . import reactions, views
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
    path("<id:comment_id>/tanggapi/", reactions.react, name="react"),
    path("terbaru/feed/", LatestCommentsFeed(), name="feed"),
    path("halaman/<id:page_id>/feed/", PageCommentsFeed(), name="page_feed"),
]

xtd_patterns = [
    path("cr/<id:content_type_id>/<id:object_id>/", views.permalink, name="comments-url-redirect"),
]
