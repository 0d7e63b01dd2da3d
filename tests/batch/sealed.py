"""``sealed()``: a block in which any network use, any file written, or any file read outside
Python's and newsparse's own installed files fails the test.

Python's audit hooks see every ``open`` and socket call made from Python code, wherever it
comes from; ``socket.socket`` is also replaced for the block. (libxml2's own reads, in C,
are not audited: the hostile-input tests check those by their effects.) A hook cannot be
removed, so one is installed once and does nothing outside a sealed block.
"""

from __future__ import annotations

import os
import socket
import sys
import sysconfig
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import newsparse

# Where imports and newsparse's vocabulary are read from: reading these is no input's doing.
_INSTALLED = tuple(
    {
        *(sysconfig.get_paths()[key] for key in ("stdlib", "platstdlib", "purelib", "platlib")),
        sys.prefix,
        sys.base_prefix,
        os.path.dirname(newsparse.__file__),
    }
)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_FORBIDDEN = ("socket.", "urllib.", "subprocess.", "os.system", "os.exec", "os.posix_spawn")


class Escaped(BaseException):
    """Raised where input made newsparse reach outside: a BaseException, so that no
    ``except Exception`` on the way can hide it."""


_state: dict[str, Any] = {"sealed": False, "escapes": []}


def _escape(what: str) -> None:
    _state["escapes"].append(what)
    raise Escaped(what)


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _state["sealed"]:
        return
    if event == "open":
        path, mode, flags = args
        if mode is not None:
            writes = any(letter in mode for letter in "wax+")
        else:
            writes = bool(flags & _WRITE_FLAGS)
        if isinstance(path, int):  # an open file descriptor, made before the block
            return
        name = os.fsdecode(path)
        if writes or not os.path.abspath(name).startswith(_INSTALLED):
            _escape(f"open({name!r}, {mode!r})")
    elif event.startswith(_FORBIDDEN):
        _escape(f"{event}{args!r}")


sys.addaudithook(_audit)


class _RefusedSocket(socket.socket):
    """Stands in for socket.socket; a class still, as modules imported in a block subclass it."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        _escape(f"socket.socket{args!r}")


def _refuse_connection(*args: object, **kwargs: object) -> None:
    _escape(f"socket.create_connection{args!r}")


@contextmanager
def sealed() -> Iterator[None]:
    """Fail the test if the block touches the network or a file that is not installed code."""
    saved = socket.socket, socket.create_connection
    socket.socket, socket.create_connection = _RefusedSocket, _refuse_connection  # type: ignore[misc]
    _state["escapes"] = []
    _state["sealed"] = True
    try:
        yield
    finally:
        _state["sealed"] = False
        socket.socket, socket.create_connection = saved  # type: ignore[misc]
    assert not _state["escapes"], _state["escapes"]
