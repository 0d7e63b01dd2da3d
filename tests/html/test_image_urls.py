"""Image.url: the address of each picture in the story, read from its figure's markup."""

from __future__ import annotations

import pytest

import newsparse

STORY = (
    "<html><body><article><h1>Flood waters reach the old town square</h1>"
    "<p>The river rose above its banks on Monday night and flooded the lower streets.</p>"
    "{figure}"
    "<p>Shopkeepers moved their goods upstairs as the water kept rising until dawn.</p>"
    "<p>The council said the pumps would run for the rest of the week to clear it.</p>"
    "</article></body></html>"
)
CAPTION = "<figcaption>Water in the market square. (Photo: Ida Berg)</figcaption>"
PAGE_URL = "https://paper.example/news/2025/flood"


def _images(figure: str, url: str | None = PAGE_URL) -> tuple[newsparse.Image, ...]:
    return newsparse.parse_html(STORY.format(figure=figure), url=url).images


@pytest.mark.parametrize(
    ("figure", "url"),
    [
        (
            '<figure><img src="https://cdn.example/a.jpg">CAPTION</figure>',
            "https://cdn.example/a.jpg",
        ),
        # A lazy-loading page keeps the picture in data-src until a script shows it.
        (
            '<figure><img src="data:image/gif;base64,R0lGOD" data-src="/p/b.jpg">CAPTION</figure>',
            "https://paper.example/p/b.jpg",
        ),
        (
            '<figure><img src="/static/placeholder.png" data-lazy-src="/p/c.jpg">CAPTION</figure>',
            "https://paper.example/p/c.jpg",
        ),
        ('<figure><img data-original="/p/d.jpg">CAPTION</figure>', "https://paper.example/p/d.jpg"),
        ('<figure><img data-normal="/p/d2.jpg">CAPTION</figure>', "https://paper.example/p/d2.jpg"),
        # Without a src, the widest candidate of srcset.
        (
            '<figure><img srcset="a.jpg 480w, b.jpg 1024w, c.jpg 800w">CAPTION</figure>',
            "https://paper.example/news/2025/b.jpg",
        ),
        (
            '<figure><img data-srcset="/w_480,h_300/e.jpg 480w,/w_960,h_600/e.jpg 960w">'
            "CAPTION</figure>",
            "https://paper.example/w_960,h_600/e.jpg",
        ),
        (
            '<figure><picture><source srcset="/f.webp 1x, /f2.webp 2x"><img></picture>'
            "CAPTION</figure>",
            "https://paper.example/f2.webp",
        ),
        # Relative to the page's address.
        (
            '<figure><img src="../img/g.jpg">CAPTION</figure>',
            "https://paper.example/news/img/g.jpg",
        ),
        # A caption element outside a <figure> takes the picture just before it.
        (
            '<div><img src="/h.jpg"><p class="wp-caption-text">Water in the market square. '
            "(Photo: Ida Berg)</p></div>",
            "https://paper.example/h.jpg",
        ),
        (
            '<div><div class="image"><img src="/i.jpg"></div><div class="meta">'
            '<p class="image-caption">Water in the market square. (Photo: Ida Berg)</p>'
            "</div></div>",
            "https://paper.example/i.jpg",
        ),
        # An address that is no URL stays as written: a page never fails on it.
        ('<figure><img src="http://[broken/o.jpg">CAPTION</figure>', "http://[broken/o.jpg"),
        ("<figure>CAPTION</figure>", None),
        ('<figure><img src="data:image/gif;base64,R0lGOD">CAPTION</figure>', None),
    ],
)
def test_a_caption_s_image_has_its_picture_s_address(figure: str, url: str | None) -> None:
    (image,) = _images(figure.replace("CAPTION", CAPTION))
    assert (image.caption, image.credit, image.url) == (
        "Water in the market square.",
        "Ida Berg",
        url,
    )


def test_figures_alike_in_markup_keep_their_own_pictures() -> None:
    figures = "".join(
        f'<figure class="photo"><img src="/{name}.jpg"><figcaption>{name} in the flood. '
        "(Photo: Ida Berg)</figcaption></figure>"
        for name in ("Boats", "Cars")
    )
    urls = [image.url for image in _images(figures)]
    assert urls == ["https://paper.example/Boats.jpg", "https://paper.example/Cars.jpg"]


def test_a_credit_without_caption_gets_its_figure_s_picture() -> None:
    (image,) = _images(
        '<figure><img src="/k.jpg"><figcaption>Ida Berg/Reuters</figcaption></figure>'
    )
    assert (image.caption, image.credit, image.url) == (
        None,
        "Ida Berg/Reuters",
        "https://paper.example/k.jpg",
    )


def test_without_the_page_s_address_the_address_stays_as_written() -> None:
    (image,) = _images('<figure><img src="/m.jpg">' + CAPTION + "</figure>", url=None)
    assert image.url == "/m.jpg"


def test_the_canonical_address_places_the_picture_without_the_page_s() -> None:
    page = STORY.format(figure='<figure><img src="n.jpg">' + CAPTION + "</figure>").replace(
        "<html>", '<html><head><link rel="canonical" href="https://paper.example/a/b"></head>'
    )
    (image,) = newsparse.parse_html(page).images
    assert image.url == "https://paper.example/a/n.jpg"


def test_text_input_has_no_image_addresses() -> None:
    text = (
        "Flood waters reach the old town square\n\n"
        "Water in the market square. (Photo: Ida Berg)\n\n"
        "The river rose above its banks on Monday night and flooded the lower streets.\n"
    )
    images = newsparse.parse_text(text).images
    assert images
    assert all(image.url is None for image in images)
