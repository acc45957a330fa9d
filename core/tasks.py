"""Background work other apps hand off instead of doing it inside the request.

These run through django-tasks (settings.TASKS): inline with the default immediate
backend, or from the database queue by `manage.py db_worker` when TASKS_BACKEND=database.
Arguments must be JSON-serialisable (ids and strings, not model instances), because a
queued task may run in another process, minutes later.

Search index updates need nothing from us: Wagtail's search signal handlers already
enqueue ``modelsearch.tasks.insert_or_update_object_task`` on every save.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django_tasks import task
from wagtail.images import get_image_model


def build_email(subject, body, recipients, *, html_body="", reply_to=None, headers=None):
    """One message as ``send_email`` sends it, for tasks that send several over one
    connection. ``headers`` are extra mail headers (e.g. List-Unsubscribe)."""
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(recipients),
        reply_to=list(reply_to or []),
        headers=dict(headers or {}),
    )
    if html_body:
        message.attach_alternative(html_body, "text/html")
    return message


@task()
def send_email(subject, body, recipients, *, html_body="", reply_to=None, headers=None):
    """Send one notification email (plain text, optionally with an HTML part).

    Returns the number of messages sent, which the task result keeps.
    """
    message = build_email(
        subject, body, recipients, html_body=html_body, reply_to=reply_to, headers=headers
    )
    return message.send()


@task()
def generate_renditions(image_id, filter_specs):
    """Render image sizes ahead of time, e.g. after a bulk import, so the first visitor
    does not wait for them. Skips images deleted since the task was queued."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    return len(image.get_renditions(*filter_specs))
