"""The language-server fixtures (a real client and a small editor), for the markup tests here."""

from tests.test_lsp import client, editor  # noqa: F401 - fixtures, found by name
