"""Comment URLs, all under /komentar/.

``urlpatterns`` are ours (namespace ``comments``). ``xtd_patterns`` keeps the names
django-comments-xtd and django_comments reverse themselves (permalinks, like/dislike);
django_comments' own post view is deliberately not exposed, so every comment passes
through ``comments.views.post_comment`` and its rules.
"""

from django.contrib.contenttypes.views import shortcut
from django.urls import path, re_path
from django_comments_xtd import views as xtd_views

from . import views
from .feeds import LatestCommentsFeed

app_name = "comments"

urlpatterns = [
    path("kirim/", views.post_comment, name="post"),
    path("konfirmasi/<str:key>/", views.confirm, name="confirm"),
    path("berhenti/<str:key>/", views.mute, name="mute"),
    path("<int:comment_id>/ubah/", views.edit, name="edit"),
    path("<int:comment_id>/hapus/", views.delete, name="delete"),
    path("<int:comment_id>/laporkan/", views.report, name="report"),
    path("terbaru/feed/", LatestCommentsFeed(), name="feed"),
]

xtd_patterns = [
    re_path(r"^cr/(\d+)/(.+)/$", shortcut, name="comments-url-redirect"),
    re_path(r"^suka/(\d+)/$", xtd_views.like, name="comments-xtd-like"),
    re_path(r"^disukai/$", xtd_views.like_done, name="comments-xtd-like-done"),
    re_path(r"^tidak-suka/(\d+)/$", xtd_views.dislike, name="comments-xtd-dislike"),
    re_path(r"^tidak-disukai/$", xtd_views.dislike_done, name="comments-xtd-dislike-done"),
]
