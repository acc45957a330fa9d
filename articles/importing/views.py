"""Wagtail admin view: editors upload .txt posts for the plain-text import, or a
WordPress export (.xml) for the same import as ``manage.py import_wordpress``."""

import tempfile

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .article_import import CREATED, FAILED, SKIPPED, UPDATED, find_index, import_text_file
from .forms import ImportArticlesForm
from .plaintext import MAX_BYTES
from .wordpress_import import WxrError, import_wordpress

ERRORS = {
    "empty": gettext_lazy("Berkas kosong, tidak ada tulisan yang bisa diimpor."),
    "too_large": gettext_lazy("Berkas lebih besar dari 2 MB."),
    "utf16": gettext_lazy("Berkas tersimpan sebagai UTF-16; simpan ulang sebagai UTF-8."),
    "binary": gettext_lazy("Ini bukan berkas teks (isinya biner, misalnya gambar atau PDF)."),
    "not_utf8": gettext_lazy("Berkas bukan teks UTF-8; simpan ulang sebagai UTF-8."),
    "title_too_long": gettext_lazy("Baris pertama (judul) lebih dari 255 karakter."),
    "not_txt": gettext_lazy("Hanya berkas .txt atau ekspor WordPress (.xml) yang bisa diimpor."),
    "wxr": gettext_lazy("Ekspor WordPress tidak bisa dibaca, tidak ada yang diimpor: %(error)s"),
    "save": gettext_lazy("Gagal disimpan. Tidak ada yang berubah untuk berkas ini."),
}
STATUSES = {
    CREATED: gettext_lazy("Dibuat"),
    UPDATED: gettext_lazy("Diperbarui"),
    SKIPPED: gettext_lazy("Dilewati: tidak berubah sejak impor terakhir"),
    FAILED: gettext_lazy("Gagal"),
}


def user_can_import(user, index=None):
    """Editors only: whoever may publish articles in the article index."""
    index = index or find_index()
    return (
        index is not None
        and user.is_authenticated
        and index.permissions_for_user(user).can_publish_subpage()
    )


class ImportArticlesView(WagtailAdminTemplateMixin, FormView):
    form_class = ImportArticlesForm
    template_name = "articles/admin/import_articles.html"
    page_title = gettext_lazy("Impor Artikel")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        self.index = find_index()
        if not user_can_import(request.user, self.index):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("articles_import"), "label": self.page_title},
        ]

    def form_valid(self, form):
        data = form.cleaned_data
        rows = [self.import_upload(upload, data) for upload in data["files"]]
        context = self.get_context_data(form=self.form_class(), rows=rows, dry_run=data["dry_run"])
        return self.render_to_response(context)

    def import_upload(self, upload, data):
        if upload.name.lower().endswith(".xml"):
            return self.import_wordpress_upload(upload, data)
        if not upload.name.lower().endswith(".txt"):
            return {
                "name": upload.name,
                "status": STATUSES[FAILED],
                "ok": False,
                "error": ERRORS["not_txt"],
            }
        content = upload.read(MAX_BYTES + 1)
        result = import_text_file(
            content,
            upload.name,
            index=self.index,
            publish=data["publish"],
            author=data["author"].name if data["author"] else None,
            category=data["category"].name if data["category"] else None,
            dry_run=data["dry_run"],
            owner=self.request.user,
        )
        row = {
            "name": upload.name,
            "ok": result.ok,
            "status": STATUSES[result.status],
            "title": result.title,
            "error": ERRORS.get(result.error_code, "") if not result.ok else "",
            "unresolved": result.unresolved,
            "resolved": result.resolved,
            "unreadable_date": result.unreadable_date,
            "new_authors": result.new_authors,
        }
        if result.page is not None and result.ok and not data["dry_run"]:
            row["edit_url"] = reverse("wagtailadmin_pages:edit", args=[result.page.pk])
            row["live"] = result.page.live
        if data["dry_run"] and result.ok and result.status != SKIPPED:
            row["status"] = _("Akan %(status)s") % {"status": str(row["status"]).lower()}
        return row

    def import_wordpress_upload(self, upload, data):
        """The whole export in one transaction, reported per post and page like the
        command does. Images need the uploads folder, which only the command can read."""
        with tempfile.NamedTemporaryFile(suffix=".xml") as copy:
            for chunk in upload.chunks():
                copy.write(chunk)
            copy.flush()
            try:
                summary = import_wordpress(
                    copy.name, index=self.index, dry_run=data["dry_run"], owner=self.request.user
                )
            except WxrError as error:
                return {
                    "name": upload.name,
                    "status": STATUSES[FAILED],
                    "ok": False,
                    "error": ERRORS["wxr"] % {"error": error},
                }
        status = _("Akan diimpor") if data["dry_run"] else _("Diimpor")
        return {"name": upload.name, "ok": True, "status": status, "wordpress": summary}
