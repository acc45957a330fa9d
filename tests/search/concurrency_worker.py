"""Worker process for test_concurrency.py: ``publish <worker> <count>`` or ``verify``.

Exits non-zero (and prints why) when a publish raised, an index task failed, or,
for ``verify``, when a published page cannot be found.
"""

import json
import os
import sys


def publish(worker, count):
    from django.db import transaction
    from django_tasks.signals import task_finished

    from home.models import HomePage, StandardPage

    failures = []

    def record(sender, task_result, **kwargs):
        if str(task_result.status) != "SUCCESSFUL" and "SUCCESS" not in str(task_result.status):
            failures.append(repr(task_result.errors))

    task_finished.connect(record, weak=False)
    for number in range(count):
        with transaction.atomic():
            home = HomePage.objects.get()
            page = StandardPage(
                title=f"Kabar warga {worker}-{number}", intro=f"kode{worker}x{number}"
            )
            home.add_child(instance=page)
            page.save_revision().publish()
    if failures:
        print(json.dumps({"failures": failures}))
        return 1
    return 0


def verify():
    from wagtail.search.backends import get_search_backend

    from home.models import StandardPage

    backend = get_search_backend()
    store = backend.store_for_model(StandardPage)
    leftover = len(store.pending())
    missing = [
        page.title
        for page in StandardPage.objects.all()
        if [p.pk for p in StandardPage.objects.search(page.intro)] != [page.pk]
    ]
    print(
        json.dumps({"pages": StandardPage.objects.count(), "missing": missing, "queued": leftover})
    )
    return 1 if missing or leftover else 0


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.search.concurrency_settings")
    import django

    django.setup()
    if sys.argv[1] == "publish":
        return publish(sys.argv[2], int(sys.argv[3]))
    return verify()


if __name__ == "__main__":
    sys.exit(main())
