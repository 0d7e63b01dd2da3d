"""The batch job on a Dask cluster of two worker processes gives what parse_many gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsparse.batch import Failure, article_of, parse_many
from tests.batch.pages import article_html, article_text, warc_archive, warc_record

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pytest.importorskip("warcio")

from newsparse.batch.dask import (  # noqa: E402 - only with dask installed
    failed,
    to_bag,
    to_dataframe,
    to_results,
)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    for n in range(5):
        (tmp_path / f"{n}.html").write_text(article_html(n))
    (tmp_path / "5.txt").write_text(article_text(5))
    (tmp_path / "6.txt").write_text("Home\nSport\n")
    archive = tmp_path / "crawl.warc.gz"
    records = [warc_record(f"https://example.com/{n}", article_html(n).encode()) for n in (7, 8)]
    archive.write_bytes(warc_archive(records, gzipped=True))
    return [tmp_path, tmp_path / "0.html"]


def _records(inputs: list[Path]) -> list[dict[str, Any]]:
    return [record for result in parse_many(inputs, jobs=1) for record in result.records()]


def test_a_bag_on_a_cluster_holds_the_records_in_order(client: Any, inputs: list[Path]) -> None:
    bag = to_bag(inputs, files_per_partition=3)
    assert bag.npartitions == 5  # 0-2, 3-5, 6, the archive, 0.html again
    records = bag.compute()
    assert records == _records(inputs)
    assert [r["source"]["url"] for r in records if r["source"]["url"]] == [
        "https://example.com/7",
        "https://example.com/8",
    ]
    assert [article_of(r).headline[:14] for r in records] == [
        f"Storm number {n}" for n in (0, 1, 2, 3, 4, 5, 7, 8, 0)
    ]


def test_the_results_keep_the_failures(client: Any, inputs: list[Path]) -> None:
    (failure,) = to_results(inputs).filter(failed).compute()
    assert (Path(failure.source.path).name, failure.failure) == (
        "6.txt",
        Failure("NoArticleFound", "no article found"),
    )


def test_a_dataframe_has_the_flat_columns(client: Any, inputs: list[Path]) -> None:
    frame = to_dataframe(inputs).compute()
    assert list(frame["headline"].str[:14].fillna("")) == [
        "Storm number 0",
        "Storm number 1",
        "Storm number 2",
        "Storm number 3",
        "Storm number 4",
        "Storm number 5",
        "Storm number 7",
        "Storm number 8",
        "Storm number 0",
    ]
    assert list(frame["source_index"]) == [0] * 9
    assert list(frame["authors"].unique()) == ['["Ann Lee"]']


def test_standard_input_cannot_reach_the_workers() -> None:
    with pytest.raises(ValueError, match="standard input"):
        to_bag(["-"])
