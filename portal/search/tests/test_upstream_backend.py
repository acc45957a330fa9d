"""modelsearch's shared backend tests (``BackendTests``) against our Whoosh backend."""

from django.test import TestCase
from modelsearch.tests.test_backends import BackendTests


class TestWhooshBackendConformance(BackendTests, TestCase):
    backend_path = "portal.search.whoosh"
