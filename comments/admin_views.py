"""The "Komentar" moderation screen in the Wagtail admin: filter, approve, remove, mark spam.

A plain view rather than a ModelViewSet: Wagtail's generic index has no bulk actions for
non-snippet models, and moderators work on dozens of comments at a time.
"""

from collections import Counter

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django_comments.models import CommentFlag
from django_comments_xtd.models import XtdComment
from wagtail.models import Page

from . import notifications
from .models import CommentReport, CommentReview, CommentSettings

MODERATE_PERMISSION = "django_comments.can_moderate"


class Status:
    HELD = "held"
    PUBLIC = "public"
    REMOVED = "removed"
    REPORTED = "reported"
    SPAM = "spam"

    choices = [
        (HELD, _("Menunggu moderasi")),
        (PUBLIC, _("Tampil")),
        (REMOVED, _("Dihapus")),
        (REPORTED, _("Dilaporkan")),
        (SPAM, _("Spam")),
    ]


def held(queryset):
    return queryset.filter(is_public=False, is_removed=False)


def reported(queryset):
    return queryset.filter(reports__isnull=False, is_removed=False).distinct()


def _page_choices():
    keys = XtdComment.norel_objects.values_list("object_pk", flat=True).distinct()
    ids = [int(pk) for pk in keys if pk.isdigit()]
    return [(str(p.pk), p.title) for p in Page.objects.filter(pk__in=ids).order_by("title")]


class CommentFilterSet(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.choices, method="filter_status", empty_label=_("Semua")
    )
    page = django_filters.ChoiceFilter(
        label=_("Halaman"), method="filter_page", empty_label=_("Semua halaman")
    )
    submit_date = django_filters.DateFromToRangeFilter(
        label=_("Tanggal"),
        widget=django_filters.widgets.DateRangeWidget(attrs={"type": "date"}),
    )
    q = django_filters.CharFilter(label=_("Cari"), method="filter_search")

    class Meta:
        model = XtdComment
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["page"].extra["choices"] = _page_choices()

    def filter_status(self, queryset, name, value):
        if value == Status.HELD:
            return held(queryset)
        if value == Status.PUBLIC:
            return queryset.filter(is_public=True, is_removed=False)
        if value == Status.REMOVED:
            return queryset.filter(is_removed=True)
        if value == Status.REPORTED:
            return reported(queryset)
        if value == Status.SPAM:
            return queryset.filter(review__is_spam=True)
        return queryset

    def filter_page(self, queryset, name, value):
        return queryset.filter(object_pk=value)

    def filter_search(self, queryset, name, value):
        return queryset.filter(
            Q(comment__icontains=value)
            | Q(user_name__icontains=value)
            | Q(user_email__icontains=value)
        )


class ActionForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("approve", _("Setujui")),
            ("remove", _("Hapus")),
            ("spam", _("Tandai spam")),
            ("dismiss", _("Abaikan laporan")),
        ]
    )
    ids = forms.ModelMultipleChoiceField(queryset=XtdComment.norel_objects.all())


def _approve(request, comments):
    comment_settings = CommentSettings.for_request(request)
    for comment in comments:
        was_public = comment.is_public and not comment.is_removed
        comment.is_public, comment.is_removed = True, False
        comment.save()
        CommentReview.objects.filter(comment=comment).update(is_spam=False)
        page = comment.content_object
        if not was_public and page is not None:
            notifications.comment_stored(comment, page.specific, comment_settings)


def _remove(request, comments, spam=False):
    for comment in comments:
        comment.is_removed = True
        if spam:
            comment.is_public = False
        comment.save()
        if spam:
            CommentReview.objects.update_or_create(comment=comment, defaults={"is_spam": True})
        CommentFlag.objects.get_or_create(
            comment=comment, user=request.user, flag=CommentFlag.MODERATOR_DELETION
        )


def _dismiss(request, comments):
    CommentReport.objects.filter(comment__in=comments).delete()


ACTIONS = {
    "approve": (_approve, "%(count)d komentar disetujui dan ditampilkan."),
    "remove": (_remove, "%(count)d komentar dihapus."),
    "spam": (
        lambda request, comments: _remove(request, comments, spam=True),
        "%(count)d komentar ditandai spam.",
    ),
    "dismiss": (_dismiss, "Laporan pada %(count)d komentar diabaikan."),
}


# Notes shown per comment in the listing; the rest stay countable by reason.
NOTES_SHOWN = 5


def _summarise_reports(comment):
    """Set ``report_count``, ``report_reasons`` ([(label, count)]) and ``report_notes``."""
    reports = list(comment.reports.all())
    counts = Counter(report.reason for report in reports)
    comment.report_count = len(reports)
    comment.report_reasons = [
        (label, counts[value]) for value, label in CommentReport.Reason.choices if counts[value]
    ]
    comment.report_notes = [report.note for report in reports if report.note][:NOTES_SHOWN]


def index(request):
    if not request.user.has_perm(MODERATE_PERMISSION):
        raise PermissionDenied
    if request.method == "POST":
        form = ActionForm(request.POST)
        if form.is_valid():
            handler, message = ACTIONS[form.cleaned_data["action"]]
            comments = list(form.cleaned_data["ids"])
            with transaction.atomic():
                handler(request, comments)
            messages.success(request, message % {"count": len(comments)})
        else:
            messages.error(request, _("Pilih setidaknya satu komentar dan satu tindakan."))
        return redirect(request.get_full_path())

    queryset = (
        XtdComment.norel_objects.select_related("content_type", "review")
        .prefetch_related("reports")
        .order_by("-submit_date")
    )
    filterset = CommentFilterSet(request.GET or {"status": Status.HELD}, queryset=queryset)
    paginator = Paginator(filterset.qs, 50)
    page_obj = paginator.get_page(request.GET.get("p"))
    comments = list(page_obj.object_list)
    # One query for every listed comment's page title.
    pks = {int(c.object_pk) for c in comments if c.object_pk.isdigit()}
    pages = {str(p.pk): p for p in Page.objects.filter(pk__in=pks)}
    for comment in comments:
        comment.target_page = pages.get(comment.object_pk)
        _summarise_reports(comment)
    base = XtdComment.norel_objects
    return render(
        request,
        "comments/admin/index.html",
        {
            "filterset": filterset,
            "page_obj": page_obj,
            "comments": comments,
            "actions": ActionForm.base_fields["action"].choices,
            "held_count": held(base.all()).count(),
            "reported_count": reported(base.all()).count(),
            "query_string": request.GET.urlencode(),
        },
    )


def held_count_for(user):
    if not user.has_perm(MODERATE_PERMISSION):
        return None
    return held(XtdComment.norel_objects.all()).count()
