"""The exceptions newsparse raises. Each message says what to do about it.

Every error is a ``NewsParseError``, which is a ``ValueError``: code that already guards a
parse with ``except ValueError`` keeps working. Passing something that is not text at all
(an int, a list) raises the built-in ``TypeError`` instead, as Python functions do.
"""

from __future__ import annotations


class NewsParseError(ValueError):
    """Base class of every error newsparse raises on bad input or bad configuration."""


class NoArticleFound(NewsParseError):
    """The input holds no article: it is empty, or nothing in it reads as a news story."""


class InputError(NewsParseError):
    """The input cannot be read as text."""


class BinaryInput(InputError):
    """The input looks like binary data (an image, a PDF, a compressed file), not text."""


class DecodeError(InputError):
    """The input's bytes could not be decoded, or its text holds undecodable characters."""


class InputTooLarge(InputError):
    """The input is larger than the parser's ``max_chars`` limit."""


class WrongKind(InputError):
    """The input is not the kind the call reads: a web page's HTML given to ``parse_text``,
    or text with no tag at all given to ``parse_html``. The message names the call that
    fits; ``parse`` reads both."""


class UnknownRule(NewsParseError, LookupError):
    """A pipeline operation named a rule the pipeline does not have."""


class RuleConflict(NewsParseError):
    """A rule was added under a name the pipeline already has, or a rule needs a fact that
    no rule before it writes (see ``newsparse.ruler.Contract``)."""


class RuleFailed(NewsParseError):
    """A rule raised an exception of its own (a bug in the rule, or a page it did not
    foresee); the message names the rule, and ``__cause__`` holds the exception."""


class NotARole(NewsParseError, TypeError):
    """A rule claimed a line with something that is not a ``Role`` (a str such as
    ``"chrome"``, which equals ``Role.CHROME`` but is not it)."""


class VocabularyError(NewsParseError):
    """A vocabulary file holds a key no word list reads (a typo would silently drop it)."""
