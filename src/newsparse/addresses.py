"""addresses: a page's links made absolute, whatever the page wrote.

>>> absolute("/img/ferry.jpg", "https://harbour.example/news/strike")
'https://harbour.example/img/ferry.jpg'
>>> absolute("http://[broken/x.jpg", "https://harbour.example/")
'http://[broken/x.jpg'
"""

from __future__ import annotations

from urllib.parse import urljoin


def absolute(address: str, base: str | None) -> str:
    """``address`` resolved against ``base`` (the page's own address); as written when there
    is no base, or when either is no URL at all (``http://[broken``): a page's bad link must
    not cost its article."""
    if not base:
        return address
    try:
        return urljoin(base, address)
    except ValueError:
        return address
