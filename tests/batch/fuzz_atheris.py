"""Coverage-guided fuzzing with atheris (``pip install 'newsparse[fuzz]'``) of parse_text,
parse_html and the WARC reader: any exception but a NewsParseError, and any input slower
than ``-timeout`` seconds, is a finding that libFuzzer saves as ``crash-*`` or ``timeout-*``.

    python -m tests.batch.fuzz_atheris -atheris_runs=200000 -timeout=10 -max_len=65536

``test_atheris_fuzz`` runs it briefly when NEWSPARSE_FUZZ_EXAMPLES is set.
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports(include=["newsparse"]):
    import newsparse
    from newsparse import NewsParseError
    from newsparse.batch import Job
    from newsparse.batch.warc import read_warc

JOB = Job()
TARGETS = 3


def fuzz_one(data: bytes) -> None:
    """One input: its first byte picks the target, the rest is the input."""
    if not data:
        return
    target, payload = data[0] % TARGETS, data[1:]
    try:
        if target == 0:
            newsparse.parse_articles(payload)
        elif target == 1:
            newsparse.parse_html(payload)
        else:
            for page in read_warc(io.BytesIO(payload), "fuzz.warc", 1 << 20):
                failure = JOB.parse(page).failure
                if failure is not None and failure.internal:
                    raise AssertionError(failure)
    except NewsParseError:
        pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, fuzz_one)
    atheris.Fuzz()
