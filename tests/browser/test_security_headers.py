"""The public pages run under the Content-Security-Policy without a single violation, and
the Wagtail admin (outside the policy) still works in a real browser."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def csp_violations(page):
    """Collect CSP violations the browser reports for the current page."""
    seen = []
    page.on(
        "console",
        lambda message: (
            seen.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return seen


def test_public_pages_load_everything_under_the_policy(live_server, page, csp_violations):
    home = HomePage.objects.get()
    home.add_child(instance=StandardPage(title="Tentang Kami", slug="tentang-kami", intro="Halo."))
    for path in ["/", "/tentang-kami/", "/cari/?q=arisan", "/halaman-yang-tidak-ada/"]:
        response = page.goto(live_server.url + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
        # The stylesheet applied: the header takes its background from guyub.css.
        background = page.locator(".site-header").evaluate(
            "element => getComputedStyle(element).backgroundColor"
        )
        assert background not in ("rgba(0, 0, 0, 0)", "transparent"), path
    assert csp_violations == []


def test_admin_works_outside_the_policy(live_server, page, csp_violations, screenshot):
    get_user_model().objects.create_superuser("redaksi", "r@guyub.invalid", "kata-sandi-redaksi")

    response = page.goto(live_server.url + "/admin/login/")
    assert "content-security-policy" not in response.headers
    page.locator("input[name=username]").fill("redaksi")
    page.locator("input[name=password]").fill("kata-sandi-redaksi")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    assert page.get_by_role("heading", level=1).first.is_visible()
    screenshot("admin-dashboard-no-csp")

    # Back on the public site, the editor's userbar (Wagtail's own script) loads under it.
    page.goto(live_server.url + "/")
    page.locator("wagtail-userbar").wait_for(state="attached")
    assert csp_violations == []
    assert settings.CONTENT_SECURITY_POLICY["EXCLUDE_URL_PREFIXES"] == ["/admin/"]
