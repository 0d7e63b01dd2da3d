"""The HTML front end: innerText-like lines, their hints, and safe parsing of bad pages."""

from __future__ import annotations

import gzip

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from newsparse import BinaryInput, DecodeError, InputTooLarge, NewsParseError
from newsparse.lines import _CLEAN, Hints, Line, normalise
from newsparse.sources.html import HtmlPage, html_lines, own_addresses, read_html

LIMIT = 1_000_000


def texts(html: str | bytes) -> list[str]:
    return [line.text for line in read_html(html, LIMIT).lines]


def only_hints(html: str) -> Hints:
    """The hints of the one line ``html`` holds."""
    (line,) = read_html(html, LIMIT).lines
    assert line.hints is not None
    return line.hints


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>a <b>b</b> c</p>", ["a b c"]),
        ("<div>a<div>b</div>c</div>", ["a", "b", "c"]),
        ("<p>first<br>second<br/>third</p>", ["first", "second", "third"]),
        ("<p>one</p><p>two</p>", ["one", "two"]),
        ("<p>x<span>y</span>z</p>", ["xyz"]),
        ("<p>  lots\n of\t\u00a0space  </p>", ["lots of space"]),
        ("<ul><li>one</li><li>two</li></ul>", ["one", "two"]),
        ("<p>a<custom-tag>b</custom-tag>c</p>", ["abc"]),
        ("<table><tr><td>cell 1</td><td>cell 2</td></tr></table>", ["cell 1 cell 2"]),
        ("<p>before<img src='x.jpg' alt='photo'>after</p>", ["beforeafter"]),
        ("<pre>line one\n  line two\n\nline three</pre>", ["line one", "line two", "line three"]),
        ("<select><option>Pick</option><option>Two</option></select>", ["Pick", "Two"]),
        ("<p>a<!-- a comment -->b<?php echo 1; ?>c</p>", ["abc"]),
        ("<p>zero\u200bwidth soft\u00adhyphen</p>", ["zerowidth softhyphen"]),
    ],
)
def test_inline_and_block_elements(html: str, expected: list[str]) -> None:
    assert texts(html) == expected


@pytest.mark.parametrize(
    "skipped",
    [
        "<script>var x = 1;</script>",
        "<style>p { color: red }</style>",
        "<noscript>Enable JavaScript</noscript>",
        "<template><p>later</p></template>",
        "<svg><text>chart</text><title>icon</title></svg>",
        "<iframe>frame</iframe>",
        "<textarea>typed</textarea>",
        "<video>no video</video>",
    ],
)
def test_skipped_elements_give_no_lines_but_keep_their_tails(skipped: str) -> None:
    html = f"<html><head><title>T</title><style>x</style></head><body><p>a{skipped}b</p></body>"
    assert texts(html) == ["ab"]


def test_lines_are_numbered_in_document_order() -> None:
    page = read_html("<h1>Title</h1><p>One</p><div>Two<br>Three</div>", LIMIT)
    assert [(line.number, line.text) for line in page.lines] == [
        (1, "Title"),
        (2, "One"),
        (3, "Two"),
        (4, "Three"),
    ]


def test_a_line_without_any_special_context() -> None:
    assert read_html("<p>Plain</p>", LIMIT).lines == (Line(1, "Plain", Hints(tag="p")),)


@pytest.mark.parametrize(
    ("html", "tag", "heading"),
    [
        ("<h1>Big</h1>", "h1", 1),
        ("<h3>Mid</h3>", "h3", 3),
        ("<h2><span>Inner</span></h2>", "h2", 2),
        ("<h2><a href='/x'>Linked</a></h2>", "h2", 2),
        ("<div role='heading' aria-level='4'>Aria</div>", "div", 4),
        ("<div role='heading'>Aria default</div>", "div", 2),
        ("<p>Not a heading</p>", "p", None),
    ],
)
def test_heading(html: str, tag: str, heading: int | None) -> None:
    hints = only_hints(html)
    assert (hints.tag, hints.heading) == (tag, heading)


@pytest.mark.parametrize(
    ("html", "in_list"),
    [
        ("<ul><li>item</li></ul>", True),
        ("<ol><li><p>para in item</p></li></ol>", True),
        ("<ul><li><span>inline in item</span></li></ul>", True),
        ("<p>outside</p>", False),
        ("<dl><dt>term</dt></dl>", False),
    ],
)
def test_in_list(html: str, in_list: bool) -> None:
    assert only_hints(html).in_list is in_list


@pytest.mark.parametrize(
    ("html", "tag", "in_figure", "caption"),
    [
        ("<figure><figcaption>A photo</figcaption></figure>", "figcaption", True, True),
        ("<figure><div>In figure</div></figure>", "div", True, False),
        ("<div class='wp-caption-text'>Caption by class</div>", "div", False, True),
        ("<div class='media'><span class='photo-credit'>AP</span></div>", "div", False, True),
        ("<p id='image-credits'>Credit by id</p>", "p", False, True),
        ("<div class='captionless-box'>No</div>", "div", False, False),
        ("<p>Plain</p>", "p", False, False),
    ],
)
def test_figure_and_caption(html: str, tag: str, in_figure: bool, caption: bool) -> None:
    hints = only_hints(html)
    assert (hints.tag, hints.in_figure, hints.caption) == (tag, in_figure, caption)


@pytest.mark.parametrize(
    ("html", "image"),
    [
        ("<figure><img src='a.jpg'><figcaption>A photo</figcaption></figure>", "a.jpg"),
        ("<figure><div><p><img src='b.jpg'></p></div><div>In figure</div></figure>", "b.jpg"),
        ("<figure><img src=''><figcaption>A photo</figcaption></figure>", None),
        (
            "<figure><img src='/blank.gif' data-src='c.jpg'><figcaption>A</figcaption></figure>",
            "c.jpg",
        ),
        (
            "<figure><img src='/i/d.jpg' data-src='x.jpg'><figcaption>A</figcaption></figure>",
            "/i/d.jpg",
        ),
        (
            "<figure><img srcset='e1.jpg 1x, e2.jpg 2x'><figcaption>A</figcaption></figure>",
            "e2.jpg",
        ),
        ("<div class='caption'><img src='f.jpg'>Caption by class</div>", "f.jpg"),
        ("<div><img src='g.jpg'><p>Plain</p></div>", None),
        ("<p>Plain</p>", None),
    ],
)
def test_figure_image(html: str, image: str | None) -> None:
    assert only_hints(html).image == image


def test_a_figure_inside_a_figure_shows_its_own_picture() -> None:
    lines = read_html(
        "<figure><img src='a.jpg'><figure><img src='b.jpg'>"
        "<figcaption>Inner</figcaption></figure></figure>",
        LIMIT,
    ).lines
    assert [line.hints.image for line in lines if line.hints] == ["b.jpg"]


@pytest.mark.parametrize(
    ("html", "density"),
    [
        ("<p>no links here</p>", 0.0),
        ("<p><a href='/x'>all linked</a></p>", 1.0),
        ("<p>By <a href='/ann'>Ann Lee</a></p>", 0.75),
        ("<p>abcd <a href='/x'>efgh</a></p>", 0.5),
        ("<p><a href='/x'><b>bold</b> link</a> and text</p>", 0.53),
        ("<a href='/x'><h3>Block in link</h3></a>", 1.0),
    ],
)
def test_link_density(html: str, density: float) -> None:
    assert only_hints(html).link_density == density


@pytest.mark.parametrize(
    ("html", "landmark"),
    [
        ("<nav><a href='/'>Home</a></nav>", "nav"),
        ("<header><p>Top</p></header>", "header"),
        ("<footer><p>Bottom</p></footer>", "footer"),
        ("<aside><p>Side</p></aside>", "aside"),
        ("<main><p>Main</p></main>", "main"),
        ("<article><p>Story</p></article>", "article"),
        ("<form><label>Search</label></form>", "form"),
        ("<div role='navigation'><p>Menu</p></div>", "nav"),
        ("<div role='banner'><p>Banner</p></div>", "header"),
        ("<div role='contentinfo'><p>Info</p></div>", "footer"),
        ("<div role='complementary'><p>More</p></div>", "aside"),
        ("<div role='main'><p>Main</p></div>", "main"),
        ("<article><footer><p>Nearest wins</p></footer></article>", "footer"),
        ("<div><p>None</p></div>", None),
    ],
)
def test_landmark(html: str, landmark: str | None) -> None:
    assert only_hints(html).landmark == landmark


@pytest.mark.parametrize(
    ("html", "words"),
    [
        ("<div class='article-body'><p>x</p></div>", {"article", "body"}),
        ("<div id='main_Content2'><p class='Lead'>x</p></div>", {"main", "content", "lead"}),
        ("<div class='css-1x2y3z'><p>x</p></div>", {"css"}),
        ("<section class='a b'><span class='story'>x</span></section>", {"story"}),
        (
            "<div class='\u0441\u0442\u0430\u0442\u044c\u044f'><p>x</p></div>",
            {"\u0441\u0442\u0430\u0442\u044c\u044f"},
        ),
        ("<p>x</p>", set()),
    ],
)
def test_class_and_id_words(html: str, words: set[str]) -> None:
    assert only_hints(html).words == frozenset(words)


def test_words_are_capped_keeping_the_nearest() -> None:
    html = "".join(f"<div class='w{chr(97 + i // 26)}{chr(97 + i % 26)}'>" for i in range(100))
    hints = only_hints(f"{html}deep{'</div>' * 100}")
    assert len(hints.words) <= 64
    assert "wdv" in hints.words  # the innermost div's word (i = 99)
    assert "waa" not in hints.words  # the outermost div's word


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<div hidden><p>a</p></div>", [("a", True)]),
        ("<div aria-hidden='true'><p>a</p></div>", [("a", True)]),
        ("<div aria-hidden='false'><p>a</p></div>", [("a", False)]),
        ("<div style='display: none'><p>a</p></div>", [("a", True)]),
        ("<div style='COLOR:red;Visibility:Hidden'><p>a</p></div>", [("a", True)]),
        ("<div style='display:block'><p>a</p></div>", [("a", False)]),
        (
            "<p>Read<span style='display:none'> secret</span> on</p>",
            [("Read", False), ("secret", True), ("on", False)],
        ),
        (
            "<p>Share <span aria-hidden='true'>\u2192</span></p>",
            [("Share", False), ("\u2192", True)],
        ),
        ("<p>visible</p>", [("visible", False)]),
    ],
)
def test_hidden(html: str, expected: list[tuple[str, bool]]) -> None:
    lines = read_html(html, LIMIT).lines
    assert [(line.text, line.hints.hidden if line.hints else None) for line in lines] == expected


@pytest.mark.parametrize(
    ("html", "datetime"),
    [
        (
            "<p>Posted <time datetime='2024-11-26T10:32:00Z'>Nov 26</time></p>",
            "2024-11-26T10:32:00Z",
        ),
        (
            "<p><time datetime='2024-01-02'>Jan 2</time> and <time datetime='2024-01-03'>3</time></p>",
            "2024-01-02",
        ),
        ("<p><time>Nov 26</time></p>", None),
        ("<p>No time</p>", None),
    ],
)
def test_time_datetime(html: str, datetime: str | None) -> None:
    assert only_hints(html).datetime == datetime


def test_time_datetime_stays_on_its_own_line() -> None:
    page = read_html("<div><time datetime='2024-01-02'></time></div><p>Later text</p>", LIMIT)
    assert [(line.text, line.hints.datetime if line.hints else "") for line in page.lines] == [
        ("Later text", None)
    ]


@pytest.mark.parametrize(
    ("html", "itemprop"),
    [
        ("<div itemprop='articleBody'><p>Body</p></div>", "articleBody"),
        ("<p>By <span itemprop='author'>Ann</span></p>", None),
        ("<div><span itemprop='author'>Ann Lee</span></div>", "author"),
        ("<div itemprop='author'><span itemprop='name'>Ann</span></div>", "name"),
        ("<p>No microdata</p>", None),
    ],
)
def test_itemprop(html: str, itemprop: str | None) -> None:
    assert only_hints(html).itemprop == itemprop


def test_hints_come_from_the_innermost_element_holding_the_whole_line() -> None:
    html = (
        "<div class='byline'>By <span class='name'>Ann</span></div>"
        "<div class='media'><span class='credit'>Reuters</span></div>"
    )
    lines = read_html(html, LIMIT).lines
    assert [(line.text, sorted(line.hints.words) if line.hints else []) for line in lines] == [
        ("By Ann", ["byline"]),
        ("Reuters", ["credit", "media"]),
    ]


def test_html_lines_on_an_element_counts_its_ancestors_but_not_its_tail() -> None:
    root = etree.fromstring(
        "<html><body><nav class='menu'><ul><li>Home</li></ul></nav>after</body></html>",
        etree.HTMLParser(),
    )
    (line,) = html_lines(root.find(".//ul"))
    assert line.text == "Home"
    assert line.hints == Hints(tag="li", in_list=True, landmark="nav", words=frozenset({"menu"}))


def test_xhtml_namespaced_tree() -> None:
    root = etree.fromstring(
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><H1>Title</H1><p>a<br/>b</p></body></html>'
    )
    lines = html_lines(root)
    assert [(line.text, line.hints.tag if line.hints else "") for line in lines] == [
        ("Title", "h1"),
        ("a", "p"),
        ("b", "p"),
    ]


def test_bs4_soup_and_tag_input() -> None:
    soup = BeautifulSoup(
        "<html><body><h1>Title</h1><div id='lead'><p>Body</p></div></body></html>", "html.parser"
    )
    assert [line.text for line in read_html(soup, LIMIT).lines] == ["Title", "Body"]
    tag = soup.find("div")
    assert tag is not None
    page = read_html(tag, LIMIT)
    assert [(line.text, line.hints.words if line.hints else None) for line in page.lines] == [
        ("Body", frozenset({"lead"}))
    ]


@pytest.mark.parametrize("data", [b"", "", "   \n\t", b"  ", "<!-- only a comment -->"])
def test_empty_pages_have_no_lines(data: str | bytes) -> None:
    page = read_html(data, LIMIT)
    assert page == HtmlPage(lines=(), meta=page.meta)
    assert page.lines == ()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"@@ ## %% \x01\x02 words ]]> <<", ["@@ ## %% words ]]> <<"]),
        (
            b"caf\xe9 au lait, na\xefve \x93quoted\x94",
            ["caf\u00e9 au lait, na\u00efve \u201cquoted\u201d"],
        ),
    ],
)
def test_garbage_without_markup_is_still_read(data: bytes, expected: list[str]) -> None:
    assert texts(data) == expected


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (gzip.compress(b"<p>zipped</p>"), BinaryInput, "gzip"),
        (b"%PDF-1.7 ...", BinaryInput, "PDF"),
        (b"\x89PNG\r\n\x1a\n", BinaryInput, "PNG"),
        (b"<p>a\x00b</p>", BinaryInput, "NUL bytes"),
        ("<p>a\x00b</p>", BinaryInput, "NUL characters"),
        ("<p>" + "x" * 200 + "</p>", InputTooLarge, "over the limit"),
        (b"<p>" + b"x" * 1000 + b"</p>", InputTooLarge, "over the limit"),
        ("<p>\ud800</p>", DecodeError, "lone surrogate"),
    ],
)
def test_bad_input(data: str | bytes, error: type[NewsParseError], message: str) -> None:
    with pytest.raises(error, match=message):
        read_html(data, 200)


@pytest.mark.parametrize("value", [None, 42, ["<p>x</p>"]])
def test_wrong_type(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        read_html(value, LIMIT)  # type: ignore[arg-type]


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deeply_nested_pages_do_not_crash(depth: int) -> None:
    html = "<html><body>" + "<div>x" * depth + "</div>" * depth + "</body></html>"
    lines = read_html(html, 10 * LIMIT).lines
    # libxml2 keeps at most 2048 levels (html and body among them); what lies deeper is lost.
    assert len(lines) == min(depth, 2046)
    assert {line.text for line in lines} == {"x"}


def test_entity_expansion_is_not_performed() -> None:
    entities = "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' if i else '<!ENTITY e0 "lol">' for i in range(10)
    )
    html = (
        f'<!DOCTYPE html [{entities}<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>&e9;</p><p>&ext;</p><p>&amp; &eacute; &#233;</p></body></html>"
    )
    assert texts(html) == ["]>", "&e9;", "&ext;", "& \u00e9 \u00e9"]


@given(
    st.text(
        st.sampled_from(
            "ab \t\n\r\x0b\x0c\x1c\x00\x08\x0e\x7f\u00a0\u00ad\u200b\u2060\ufeff\u3000\u2028\u00e9"
        )
    )
)
def test_normalise_skips_the_translation_only_for_clean_text(text: str) -> None:
    assert normalise(text) == " ".join(text.translate(_CLEAN).split())


@given(st.text() | st.text(st.sampled_from("ab. \t\u00a0\u2003\u3000\u200b\u00e9")))
def test_normalise_returns_a_tidy_line_as_it_is_and_folds_any_other(text: str) -> None:
    folded = " ".join(text.translate(_CLEAN).split())
    assert normalise(text) == folded
    assert normalise(folded) == folded


def test_paths_tell_containers_apart() -> None:
    page = read_html(
        "<div class='story'><p>One.</p><p>Two.</p></div><div class='aside'><p>Three.</p></div>",
        LIMIT,
    )
    one, two, three = (line.hints.path for line in page.lines if line.hints)
    assert one == two
    assert one[:-1] != three[:-1]
    assert len(one) == len(three)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav>",
            [("Home World", True)],
        ),
        (
            "<footer><p>© 2024 The Courier</p><p>Contact us</p></footer>",
            [("© 2024 The Courier Contact us", True)],
        ),
        (
            "<aside><h3>Most read</h3><p><a href='/a'>Snow closes roads</a></p></aside>",
            [("Most read Snow closes roads", True)],
        ),
        (
            "<header><a href='/'>The Courier</a><p>Since 1851</p></header>",
            [("The Courier Since 1851", True)],
        ),
        # A header that holds the headline or the date opens the story: read line by line.
        (
            "<header><h1>Storm hits</h1><p>By Ann</p></header>",
            [("Storm hits", False), ("By Ann", False)],
        ),
        (
            "<header><p>Filed <time>May 2</time></p><p>x</p></header>",
            [("Filed May 2", False), ("x", False)],
        ),
        # Inside the story they are its own: tags, a fact box, a byline.
        (
            "<article><p>Text.</p><aside><p>Fact one</p><p>Fact two</p></aside></article>",
            [("Text.", False), ("Fact one", False), ("Fact two", False)],
        ),
        (
            "<main><footer><p>Tags</p><p>Snow</p></footer></main>",
            [("Tags", False), ("Snow", False)],
        ),
    ],
)
def test_site_sections_are_read_as_one_chrome_line(
    html: str, expected: list[tuple[str, bool]]
) -> None:
    lines = read_html(html, LIMIT).lines
    assert [
        (line.text, line.hints.site_chrome if line.hints else None) for line in lines
    ] == expected


def test_a_namespaced_header_with_a_headline_is_read_in_full() -> None:
    root = etree.fromstring(
        '<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<header><h1>Title</h1><p>By Ann</p></header><header><p>Logo</p><p>Menu</p></header>"
        "</body></html>"
    )
    assert [line.text for line in html_lines(root)] == ["Title", "By Ann", "Logo Menu"]


def _densities(html: str, own: frozenset[str] = frozenset()) -> list[tuple[str, float]]:
    root = etree.fromstring(html, etree.HTMLParser())
    return [
        (line.text, line.hints.link_density)
        for line in html_lines(root, own=own)
        if line.hints is not None
    ]


def test_a_hidden_link_leaves_the_link_density_of_later_lines_alone() -> None:
    html = (
        "<div><p><a hidden href='/skip'>Skip</a></p><p>Plain words of a paragraph.</p>"
        "<p><a href='/next'>All of it a link</a></p></div>"
    )
    assert _densities(html) == [
        ("Skip", 1.0),
        ("Plain words of a paragraph.", 0.0),
        ("All of it a link", 1.0),
    ]


@pytest.mark.parametrize(
    "href",
    [
        "https://news.example/2024/storm/",
        "https://news.example/2024/storm",
        "//news.example/2024/storm/",
        "/2024/storm/#comments",
    ],
)
def test_a_link_to_the_page_itself_leads_nowhere_else(href: str) -> None:
    own = own_addresses("https://news.example/2024/storm/")
    html = f"<div><h2><a href='{href}'>Storm closes the harbour</a></h2><p><a href='/x'>Elsewhere</a></p></div>"
    assert _densities(html, own) == [("Storm closes the harbour", 0.0), ("Elsewhere", 1.0)]
