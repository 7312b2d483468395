"""A short soak: 1,000 calls at concurrency 64 with 10% faults of every kind.

The full run is `make soak` (20,000 calls); this keeps its guarantees in the suite.
"""

from __future__ import annotations

from tests.support.scripts import load_script

soak = load_script("benchmarks/soak.py").soak


async def test_a_short_soak_leaves_nothing_behind() -> None:
    report = await soak(calls=1000, concurrency=64, fault_rate=0.10, seed=7)
    assert report.faults_served > 50
    assert report.succeeded + sum(report.typed_errors.values()) == 1000
    assert not report.other_errors, report.other_errors
    assert report.open_connections == 0
    assert report.resource_warnings == []
    assert report.pending_tasks == 0
    assert report.clean
