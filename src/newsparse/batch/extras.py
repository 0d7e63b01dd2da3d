"""The error raised when an optional extra (``newsparse[warc]``, ``[dask]``, ``[progress]``) is
missing: the batch helpers import their libraries only when first used."""

from __future__ import annotations

from newsparse.errors import NewsParseError


class MissingExtra(NewsParseError):
    """An optional library is not installed; the message names the extra that brings it.

    >>> str(missing_extra("warc", ModuleNotFoundError("No module named 'warcio'")))
    "reading WARC files needs warcio: pip install 'newsparse[warc]' (No module named 'warcio')"
    """


_PURPOSE = {
    "warc": "reading WARC files needs warcio",
    "dask": "running on Dask needs dask and distributed",
    "progress": "the progress bar needs tqdm",
}


def missing_extra(extra: str, error: ImportError) -> MissingExtra:
    """The MissingExtra to raise, from the ImportError of the extra's library."""
    return MissingExtra(f"{_PURPOSE[extra]}: pip install 'newsparse[{extra}]' ({error})")
