"""Every string the installed Wagtail apps can show has an Indonesian translation that Django loads.

The English source catalogues Wagtail ships (``<app>/locale/en/LC_MESSAGES/<domain>.po``) list every
msgid; the check goes through Django's translation machinery for LANGUAGE_CODE "id" (the merged
catalogue gettext uses, and the catalogue JavaScriptCatalog serves to the admin's scripts), so it
holds whichever file the translation comes from.
"""

import datetime
import gettext as gettext_module
from pathlib import Path

import polib
import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.template import Context, Template
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext, trans_real
from django.views.i18n import JavaScriptCatalog
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput
from wagtail.models import Page

# Wagtail apps that ship a catalogue but are not in INSTALLED_APPS: their strings are never shown.
# If one of them is installed, the catalogue test below covers it and fails until it is translated.
NOT_INSTALLED = {
    "wagtail.contrib.search_promotions": "not used: the site search is portal/search",
    "wagtail.contrib.simple_translation": "single-language site",
    "wagtail.locales": "single-language site: no locale management screens",
    "wagtail.contrib.styleguide": "developer-only pattern library",
    "wagtail.contrib.typed_table_block": "no TypedTableBlock in Guyub's StreamFields",
}

# Third-party apps whose strings the Wagtail admin shows: taggit (tag field label and help text),
# django-filter (listing filters).
ADMIN_APPS = {"taggit", "django_filters"}

# msgids deliberately left untranslated, each with its reason. Keep it honest: the test below fails
# when an entry here is no longer in an installed source catalogue or has gained a translation.
# Empty today: every msgid of the installed apps is translated.
EXCEPTIONS: dict[str, str] = {}


def source_catalogues():
    for config in apps.get_app_configs():
        name = config.name
        if not (name.split(".")[0] == "wagtail" or name in ADMIN_APPS):
            continue
        for domain in ("django", "djangojs"):
            path = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            # django-filter ships no English catalogue; any of its languages lists the msgids.
            others = sorted(Path(config.path).glob(f"locale/*/LC_MESSAGES/{domain}.po"))
            if path.exists() or others:
                yield name, domain, path if path.exists() else others[0]


SOURCES = list(source_catalogues())


def django_catalogue():
    return trans_real.translation("id")._catalog


def javascript_catalogue(package):
    """What /admin/jsi18n/ serves (JavaScriptCatalog with packages=["wagtail.admin"])."""
    view = JavaScriptCatalog()
    view.translation = trans_real.DjangoTranslation(
        "id", domain="djangojs", localedirs=view.get_paths([package])
    )
    return view.get_catalog()


def untranslated(app_name, domain, path):
    missing = []
    catalogue = javascript_catalogue(app_name) if domain == "djangojs" else django_catalogue()
    with translation.override("id"):
        for entry in polib.pofile(str(path)):
            if entry.obsolete or entry.msgid in EXCEPTIONS:
                continue
            if domain == "djangojs":
                found = catalogue.get(entry.msgid)
                text = found[0] if isinstance(found, list) else found
            elif entry.msgid_plural:
                # Present under its own key: an identical translation ("Status") is still one.
                found = (entry.msgid, 0) in catalogue
                text = ngettext(entry.msgid, entry.msgid_plural, 2) if found else ""
            else:
                found = entry.msgid in catalogue
                text = gettext(entry.msgid) if found else ""
            if not text:
                missing.append(entry.msgid)
    return missing


@pytest.mark.parametrize(
    ("app_name", "domain", "path"), SOURCES, ids=[f"{name}:{domain}" for name, domain, _ in SOURCES]
)
def test_every_wagtail_message_has_an_indonesian_translation(app_name, domain, path):
    missing = untranslated(app_name, domain, path)
    assert not missing, f"{len(missing)} untranslated in {app_name} ({domain}): {missing[:20]}"


def reviewed_catalogue(domain):
    """The msgids our own catalogues (LOCALE_PATHS) translate, as gettext compiles them."""
    keys = set()
    for localedir in settings.LOCALE_PATHS:
        found = gettext_module.translation(domain, localedir, ["id"], fallback=True)
        keys.update(key for key, text in getattr(found, "_catalog", {}).items() if text)
    return keys


@pytest.mark.parametrize(
    ("app_name", "domain", "path"), SOURCES, ids=[f"{name}:{domain}" for name, domain, _ in SOURCES]
)
def test_no_message_falls_back_to_wagtail_unreviewed_id_ID(app_name, domain, path):
    """Wagtail's id_ID is merged too (see below), so the check above alone would accept its
    translations; every msgid must come from a catalogue we reviewed."""
    reviewed = reviewed_catalogue(domain)
    missing = [
        entry.msgid
        for entry in polib.pofile(str(path))
        if not entry.obsolete
        and entry.msgid not in EXCEPTIONS
        and ((entry.msgid, 0) if entry.msgid_plural else entry.msgid) not in reviewed
    ]
    assert not missing, f"{len(missing)} not in locale_wagtail/ for {app_name}: {missing[:20]}"


def test_the_catalogue_covers_the_main_wagtail_apps():
    covered = {(name, domain) for name, domain, _ in SOURCES}
    assert {("wagtail.admin", "django"), ("wagtail.admin", "djangojs"), ("wagtail", "django")} <= (
        covered
    )
    assert {("taggit", "django"), ("django_filters", "django")} <= covered


def test_apps_left_out_of_the_check_are_not_installed():
    installed = {config.name for config in apps.get_app_configs()}
    assert not installed & NOT_INSTALLED.keys()


def test_every_exception_is_still_needed():
    source_msgids = {
        entry.msgid
        for _, domain, path in SOURCES
        if domain == "django"
        for entry in polib.pofile(str(path))
    }
    catalogue = django_catalogue()
    for msgid in EXCEPTIONS:
        assert msgid in source_msgids, f"{msgid!r} is no longer in Wagtail: drop the exception"
        assert msgid not in catalogue, f"{msgid!r} is translated now: drop the exception"


def test_wagtail_id_ID_catalogue_loads_for_id_but_ours_wins():
    """gettext expands "id" to "id_ID" (locale.normalize), so Wagtail's community catalogue is
    merged too; LOCALE_PATHS come last in Django's merge, so our reviewed translation is shown."""
    id_id = Path(apps.get_app_config("wagtailadmin").path) / "locale" / "id_ID" / "LC_MESSAGES"
    upstream = polib.mofile(str(id_id / "django.mo"))
    assert upstream.find("Hello %(username)s,").msgstr == "Apa kabar %(username)s,"
    assert settings.LANGUAGE_CODE == "id"
    with translation.override("id"):
        assert gettext("Hello %(username)s,") == "Halo %(username)s,"
        assert gettext("Publish") == "Terbitkan"


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        # Strings issue #17 found in English or badly translated.
        ("Skip to main content", "Langsung ke konten utama"),
        ("Forgotten password?", "Lupa kata sandi?"),
        ("Remember me", "Ingat saya"),
        ("Privacy and access", "Privasi dan akses"),
        ("Locked pages", "Halaman terkunci"),
        ("Workflow tasks", "Tugas alur kerja"),
        ("Site history", "Riwayat situs"),
        ("Current page status:", "Status halaman saat ini:"),
        ("Request changes", "Minta perubahan"),
        ("For search engines", "Untuk mesin pencari"),
        ("title tag", "tag judul"),
        ("A comma-separated list of tags.", "Daftar tag, dipisahkan koma."),
        ("Hello %(username)s,", "Halo %(username)s,"),
        ("You can edit the page here:", "Anda dapat menyunting halaman tersebut di sini:"),
    ],
)
def test_admin_strings_read_in_indonesian(english, indonesian):
    with translation.override("id"):
        assert gettext(english) == indonesian


def test_workflow_action_with_publish_reads_as_one_indonesian_phrase():
    with translation.override("id"):
        label = gettext("%(label)s and Publish") % {"label": gettext("Approve with comment")}
    assert label == "Setujui dengan komentar dan terbitkan"


def test_counts_of_pages_are_not_reduplicated():
    with translation.override("id"):
        assert str(Page._meta.verbose_name_plural) == "halaman"
        text = gettext("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s") % {
            "start_index": 1,
            "end_index": 47,
            "items_count": 47,
            "model_name": Page._meta.verbose_name_plural,
        }
    assert text == "1-47 dari 47 halaman"


def test_plural_messages_use_the_single_indonesian_form():
    with translation.override("id"):
        one = ngettext("%(count)s image", "%(count)s images", 1) % {"count": 1}
        many = ngettext("%(count)s image", "%(count)s images", 5) % {"count": 5}
    assert (one, many) == ("1 gambar", "5 gambar")


def test_admin_scripts_get_indonesian_strings_and_plural_rule():
    catalogue = javascript_catalogue("wagtail.admin")
    assert catalogue["Collapse all"] == "Ciutkan semua"
    assert catalogue["%(num)s error"] == ["%(num)s galat"]


def test_admin_dates_and_numbers_are_indonesian():
    moment = datetime.datetime(2026, 12, 5, 14, 30)
    with translation.override("id"):
        assert date_format(moment, "DATETIME_FORMAT") == "5 Desember 2026, 14.30"
        assert date_format(moment.date(), "SHORT_DATE_FORMAT") == "05/12/2026"
        assert intcomma(1250) == "1.250"
        assert Template("{{ value }}").render(Context({"value": 2.5})) == "2,5"


def test_admin_date_pickers_show_and_read_indonesian_day_first_dates():
    class ScheduleForm(forms.Form):
        go_live_at = forms.DateTimeField(widget=AdminDateTimeInput())
        day = forms.DateField(widget=AdminDateInput())

    moment = timezone.make_aware(datetime.datetime(2026, 12, 5, 14, 30))
    with translation.override("id"):
        rendered = ScheduleForm(initial={"go_live_at": moment, "day": moment.date()}).as_p()
        assert 'value="05/12/2026 14.30"' in rendered
        assert 'value="05/12/2026"' in rendered
        form = ScheduleForm(data={"go_live_at": "05/12/2026 14.30", "day": "05/12/2026"})
        assert form.is_valid(), form.errors
        # Django's own "id" formats would read "05/12/2026 14.30" month first: 12 May.
        assert form.cleaned_data["go_live_at"] == moment
        assert form.cleaned_data["day"] == datetime.date(2026, 12, 5)
        # What other forms and scripts send stays valid.
        assert ScheduleForm(data={"go_live_at": "2026-12-05 14:30", "day": "2026-12-05"}).is_valid()
