"""Running Python in a child process on this checkout's ``src``, wherever the test stands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "src"


def python(arguments: list[str], data: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """``python ARGUMENTS`` with ``data`` on its standard input, in the current folder."""
    path = os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, *arguments],
        input=data,
        capture_output=True,
        check=False,
        timeout=120,
        env={**os.environ, "PYTHONPATH": path},
    )
