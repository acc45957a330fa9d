"""What happens to a message sent from the Kontak page (home.models.ContactPage).

Every accepted message is kept as a Wagtail form submission first (admin > Formulir,
with CSV export), then mailed to the site's address through the task queue: a mail
server that is down loses nothing. Messages that look automated (too many links, a
blocklisted term, domain or address, posted faster than a person writes) are kept but
held: not mailed, marked in the admin, exactly as comments are held for a moderator.
"""

from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from comments.moderation import hold_reason
from core.public_url import public_base_url
from core.tasks import send_email

# Accepted messages per client network per hour: a ceiling a person never meets, low
# enough that a flood cannot bury the editors' inbox.
MESSAGE_LIMIT = 10
RATE_WINDOW = 60 * 60
RATE_SCOPE = "home.contact"


def recipients(site_settings):
    """The site's contact address (Pengaturan situs), else every active superuser's, as
    the comment moderators' mails fall back to."""
    if site_settings.contact_email:
        return [site_settings.contact_email]
    users = get_user_model().objects.filter(is_active=True, is_superuser=True).exclude(email="")
    return sorted(users.values_list("email", flat=True))


def held_because(form, comment_settings, ip):
    """Why this message waits in the admin instead of being mailed, or ""."""
    data = form.cleaned_data
    reason = hold_reason(
        text=data["pesan"],
        name=data["nama"],
        email=data["email"],
        url="",
        ip=ip,
        max_links=comment_settings.max_links,
    )
    if reason:
        return reason
    # 0 turns the check off, as it does for comments.
    minimum = comment_settings.min_seconds_to_post
    if minimum:
        seconds = form.rendered_seconds_ago()
        if seconds is None or seconds < minimum:
            return _("dikirim terlalu cepat")
    return ""


def keep_and_mail(page, form, held_reason, site_settings):
    """Store the message as a submission of ``page``, then mail it unless it is held."""
    to = [] if held_reason else recipients(site_settings)
    if held_reason:
        status = _("ditahan: %(reason)s") % {"reason": held_reason}
    elif to:
        status = _("dikirim ke %(address)s") % {"address": ", ".join(to)}
    else:
        status = _("tidak dikirim: email kontak situs belum diisi")
    submission = page.get_submission_class().objects.create(
        page=page, form_data={**form.message_data(), "status": status}
    )
    if to:
        mail_to_site(page, submission, to)
    return submission


def mail_to_site(page, submission, to):
    """Queue one mail of ``submission`` to ``to``; replying answers the sender."""
    data = submission.form_data
    admin_url = public_base_url() + reverse("wagtailforms:list_submissions", args=[page.pk])
    body = render_to_string(
        "home/email/contact_message.txt",
        {"data": data, "page": page, "admin_url": admin_url},
    )
    subject = _("[Kontak] %(topic)s dari %(name)s") % {"topic": data["topik"], "name": data["nama"]}
    send_email.enqueue(subject, body, to, reply_to=[data["email"]])
