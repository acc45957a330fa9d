"""The admin upload form for the plain-text import."""

from django import forms
from django.utils.translation import gettext_lazy as _

from articles.models import Author, Category

MAX_FILES = 50


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleTextFileField(forms.FileField):
    """Several files in one field; each file is checked by the importer itself."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        # Empty files are reported per file by the importer, not as a form error that
        # would also stop the good files in the same upload.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        files = [super(MultipleTextFileField, self).clean(item, initial) for item in files if item]
        if not files:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        if len(files) > MAX_FILES:
            raise forms.ValidationError(
                _("Paling banyak %(max)d berkas sekali unggah.") % {"max": MAX_FILES}
            )
        return files


class ImportArticlesForm(forms.Form):
    files = MultipleTextFileField(
        label=_("Berkas teks (.txt) atau ekspor WordPress (.xml)"),
        help_text=_(
            "Salin tulisan dari halaman blog WordPress ke berkas .txt (UTF-8): baris pertama "
            "judul, lalu baris “Diposting pada …”, paragraf dipisah baris kosong. Boleh "
            "memilih beberapa berkas sekaligus. Ekspor WordPress (Alat > Ekspor) diimpor "
            "utuh dengan status, penulis dan kategori aslinya; gambarnya hanya bisa dibaca "
            "lewat perintah import_wordpress --media-dir."
        ),
        widget=MultipleFileInput(attrs={"accept": ".txt,text/plain,.xml,application/xml"}),
    )
    author = forms.ModelChoiceField(
        label=_("Penulis"),
        queryset=Author.objects.all(),
        required=False,
        empty_label=_("Sesuai tulisan (“oleh …”)"),
    )
    category = forms.ModelChoiceField(
        label=_("Kategori"),
        queryset=Category.objects.all(),
        required=False,
        empty_label=_("Tanpa kategori tambahan"),
    )
    publish = forms.BooleanField(
        label=_("Langsung terbitkan"),
        required=False,
        help_text=_("Bila tidak dicentang, artikel disimpan sebagai draf untuk diperiksa."),
    )
    dry_run = forms.BooleanField(
        label=_("Coba dulu tanpa menyimpan"),
        required=False,
        help_text=_("Menampilkan apa yang akan terjadi tanpa mengubah apa pun."),
    )
