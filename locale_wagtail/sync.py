"""Refresh Guyub's Indonesian catalogue for Wagtail's (and taggit's) strings.

Run after upgrading Wagtail (``make messages-wagtail``). For each installed Wagtail app it reads
the English source catalogue Wagtail ships (``<app>/locale/en/LC_MESSAGES/<domain>.po``), keeps
every translation already in ``locale_wagtail/id/LC_MESSAGES/<domain>.po``, adds new msgids
untranslated, drops msgids Wagtail no longer has, compiles the ``.mo`` files and lists what is
left to translate.

``--split DIR`` writes the translations per app in Wagtail's own layout
(``DIR/<app path>/locale/id/LC_MESSAGES/<domain>.po``), ready to offer upstream.

``--add FILE`` merges a batch of translations: one ``<key>\\t<translation>`` per line, where key
is the number ``--todo`` prints (plural entries take one translation: Indonesian has one plural
form).
"""

import argparse
import os
import sys
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "id" / "LC_MESSAGES"
DOMAINS = ("django", "djangojs")
HEADER = {
    "Project-Id-Version": "guyub-wagtail",
    "Last-Translator": "Guyub contributors",
    "Language-Team": "Indonesian (Guyub)",
    "Language": "id",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}

# Entries whose English plural is wrong upstream, so msgfmt's placeholder check cannot pass with a
# correct translation. Indonesian has one plural form, so msgstr[0] is checked against msgid_plural.
UNCHECKED_FORMAT = {
    # confirm_delete.html, branch "no descendants": the plural names {{ descendant_count }}
    # (always 0 there) and "more child pages" by mistake; the translation says what the
    # singular says.
    "Deleting this page will also delete %(translation_count)s translation of this page.": (
        "Wagtail's plural mentions descendant_count by mistake (it is 0 in this branch); "
        "the translation leaves it out."
    ),
}


# Third-party apps whose strings only the Wagtail admin shows, kept with Wagtail's rather than in
# the project's own catalogue: taggit (the tag field's label and help text in the Promote tab) and
# django-filter (the admin's listing filters: "Unknown", "Today", "Past 7 days", ...).
ADMIN_APPS = {"taggit", "django_filters"}


def source_catalogue(app_path, domain):
    """The app's English catalogue; django-filter ships none, and any of its languages lists the
    same msgids."""
    english = app_path / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
    if english.exists():
        return english
    others = sorted(app_path.glob(f"locale/*/LC_MESSAGES/{domain}.po"))
    return others[0] if others else None


def source_apps():
    # Run as a script from anywhere: the project root on the path, dev settings by default.
    sys.path.insert(0, str(HERE.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django
    from django.apps import apps

    django.setup()
    found = [
        (config.name, Path(config.path))
        for config in apps.get_app_configs()
        if config.name.split(".")[0] == "wagtail" or config.name in ADMIN_APPS
    ]
    # Wagtail's apps Guyub does not install (forms, search promotions, ...) too: the catalogue is
    # complete for upstream, and installing one later needs no new translation.
    wagtail_root = Path(apps.get_app_config("wagtailcore").path)
    seen = {path for _, path in found}
    for english in sorted(wagtail_root.glob("**/locale/en/LC_MESSAGES")):
        app_path = english.parents[2]
        relative = app_path.relative_to(wagtail_root).parts
        if app_path not in seen and "test" not in relative:
            found.append((".".join(("wagtail", *relative)), app_path))
    return found


def english_entries(domain):
    """The union of the source apps' English msgids, keyed by (context, msgid, plural)."""
    entries = {}
    for name, path in source_apps():
        source = source_catalogue(path, domain)
        if source is None:
            continue
        for entry in polib.pofile(str(source)):
            if entry.obsolete:
                continue
            key = (entry.msgctxt, entry.msgid, entry.msgid_plural)
            if key in entries:
                entries[key][1].append(name)
            else:
                entries[key] = (entry, [name])
    return entries


def load(domain):
    path = OUT_DIR / f"{domain}.po"
    return polib.pofile(str(path)) if path.exists() else None


def translation_of(entry):
    if entry is None:
        return ""
    return entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr


def build(domain, extra):
    current = load(domain)
    known = {}
    if current is not None:
        for entry in current:
            known[(entry.msgctxt, entry.msgid, entry.msgid_plural)] = entry
    po = polib.POFile(wrapwidth=100)
    po.header = (
        "Indonesian translation of Wagtail's strings for Guyub (original work, BSD-3-Clause like\n"
        "Wagtail). Generated keys from the installed Wagtail; see docs/translations.md."
    )
    po.metadata = dict(HEADER)
    todo = []
    for index, (key, (source, app_names)) in enumerate(english_entries(domain).items()):
        text = extra.get(index) or translation_of(known.get(key))
        entry = polib.POEntry(
            msgctxt=source.msgctxt,
            msgid=source.msgid,
            msgid_plural=source.msgid_plural,
            flags=[
                flag
                for flag in source.flags
                if flag != "fuzzy"
                and not (flag == "python-format" and source.msgid in UNCHECKED_FORMAT)
            ],
            comment=" ".join(app_names),
            tcomment=UNCHECKED_FORMAT.get(source.msgid, ""),
        )
        if source.msgid_plural:
            entry.msgstr_plural = {0: text}
        else:
            entry.msgstr = text
        po.append(entry)
        if not text:
            todo.append((index, source))
    return po, todo


def read_batch(path):
    batch = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        number, _, text = line.partition("\t")
        batch[int(number)] = text.replace("\\n", "\n")
    return batch


def split(domain, po, target):
    """One catalogue per source app, as Wagtail's Transifex resources expect."""
    paths = dict(source_apps())
    per_app = {}
    for entry in po:
        for app_name in entry.comment.split():
            per_app.setdefault(app_name, []).append(entry)
    for app_name, entries in per_app.items():
        if not app_name.startswith("wagtail"):
            continue
        app_po = polib.POFile(wrapwidth=100)
        app_po.metadata = dict(HEADER)
        for entry in entries:
            app_po.append(entry)
        relative = paths[app_name].relative_to(paths["wagtail"].parent)
        out = Path(target) / relative / "locale" / "id" / "LC_MESSAGES" / f"{domain}.po"
        out.parent.mkdir(parents=True, exist_ok=True)
        app_po.save(str(out))
        print(f"{out}: {len(entries)} entries", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--domain", choices=DOMAINS, action="append")
    parser.add_argument("--add", help="batch file of <key>\\t<translation> lines")
    parser.add_argument("--todo", action="store_true", help="print the untranslated msgids")
    parser.add_argument("--split", metavar="DIR", help="also write per-app catalogues for upstream")
    args = parser.parse_args()
    if args.add and len(args.domain or DOMAINS) != 1:
        parser.error("--add needs one --domain: batch keys are numbered per domain")
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    missing = 0
    for domain in args.domain or DOMAINS:
        extra = read_batch(args.add) if args.add else {}
        po, todo = build(domain, extra)
        po.save(str(OUT_DIR / f"{domain}.po"))
        po.save_as_mofile(str(OUT_DIR / f"{domain}.mo"))
        missing += len(todo)
        if args.split:
            split(domain, po, args.split)
        print(f"{domain}: {len(po) - len(todo)} of {len(po)} translated", file=sys.stderr)
        if args.todo:
            for index, source in todo:
                context = f"[{source.msgctxt}] " if source.msgctxt else ""
                plural = f" || {source.msgid_plural}" if source.msgid_plural else ""
                print(f"{index}\t{context}{source.msgid}{plural}".replace("\n", "\\n"))
    return 1 if missing and not args.todo else 0


if __name__ == "__main__":
    sys.exit(main())
