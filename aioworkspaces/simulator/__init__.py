"""A local Amazon WorkSpaces service, for development, demos and tests.

Run it for any AWS client (boto3, aiobotocore, the AWS CLI with ``--endpoint-url``)::

    python -m aioworkspaces.simulator --port 4566 --speed 60

or in-process::

    async with LocalWorkSpaces(speed=600) as local:
        async with WorkSpacesClient("us-east-1", endpoint_url=local.endpoint, ...) as client:
            ...

Every operation of the WorkSpaces model is accepted and validated from the model;
WorkSpaces, directories, bundles, images, IP groups, connection aliases, pools and
sessions keep real state and go through the service's states over wall time (at
`speed`); describes page with `Limit`/`NextToken`; each operation has a token bucket
answering ``ThrottlingException`` (`DEFAULT_RATE_LIMITS`, assumptions: AWS does not
publish its limits); `Faults` injects 5xx answers, connection resets and latency.

`LifecycleSimulator` is the same service stepping once per describe instead of by the
clock, with scripts (`script`, `GONE`) for deterministic SDK tests.
"""

from __future__ import annotations

from aioworkspaces.simulator._lifecycle import LifecycleSimulator
from aioworkspaces.simulator._limits import DEFAULT_RATE_LIMITS, STATE_CHANGES, Faults, RateLimit
from aioworkspaces.simulator._server import LocalWorkSpaces
from aioworkspaces.simulator._service import ACCOUNT_ID, PUBLIC_BUNDLES
from aioworkspaces.simulator._state import DEFAULT_TIMINGS, GONE

__all__ = [
    "ACCOUNT_ID",
    "DEFAULT_RATE_LIMITS",
    "DEFAULT_TIMINGS",
    "GONE",
    "PUBLIC_BUNDLES",
    "STATE_CHANGES",
    "Faults",
    "LifecycleSimulator",
    "LocalWorkSpaces",
    "RateLimit",
]

for _name in __all__:
    _value = globals()[_name]
    if hasattr(_value, "__module__") and isinstance(_value, type):
        _value.__module__ = __name__
