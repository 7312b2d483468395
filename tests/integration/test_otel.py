"""OpenTelemetry: one client span per call, attempts as events, the trace context sent.

Against the fault server, with the OpenTelemetry SDK's in-memory exporter.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from aioworkspaces import WorkSpacesClient, errors, instrument_opentelemetry
from tests.support.fault_server import FaultServer, error_reply, json_reply


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> Iterator[TracerProvider]:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield provider
    provider.shutdown()


def only_span(exporter: InMemorySpanExporter) -> ReadableSpan:
    (span,) = [s for s in exporter.get_finished_spans() if s.name.startswith("WorkSpaces.")]
    return span


async def test_a_call_retried_once_is_one_span_with_two_attempt_events(
    fault_server: FaultServer,
    fault_client: WorkSpacesClient,
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
) -> None:
    instrument_opentelemetry(fault_client, tracer_provider=provider)
    fault_server.script(
        error_reply("ThrottlingException", request_id="req-throttled"),
        json_reply({"TagList": []}, request_id="req-ok"),
    )
    result = await fault_client.describe_tags(resource_id="ws-1")

    span = only_span(exporter)
    assert span.name == "WorkSpaces.DescribeTags"
    assert span.kind is SpanKind.CLIENT
    attributes = dict(span.attributes or {})
    assert attributes["rpc.system"] == "aws-api"
    assert attributes["rpc.service"] == "WorkSpaces"
    assert attributes["rpc.method"] == "DescribeTags"
    assert attributes["aws.request_id"] == result.response_metadata.request_id == "req-ok"
    assert attributes["http.response.status_code"] == 200
    assert attributes["retry_attempts"] == 1
    assert attributes["cloud.region"] == "us-east-1"
    assert attributes["server.address"] == "127.0.0.1"
    assert "error.type" not in attributes
    assert span.status.status_code is StatusCode.UNSET

    first, second = [e for e in span.events if e.name == "aws.attempt"]
    assert dict(first.attributes or {}) | {"elapsed_s": 0} == {
        "attempt": 1,
        "http.response.status_code": 400,
        "aws.request_id": "req-throttled",
        "error.type": "ThrottlingException",
        "elapsed_s": 0,
    }
    assert (second.attributes or {})["attempt"] == 2
    assert "error.type" not in (second.attributes or {})


async def test_every_attempt_carries_the_trace_context_of_the_span(
    fault_server: FaultServer,
    fault_client: WorkSpacesClient,
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
) -> None:
    instrument_opentelemetry(fault_client, tracer_provider=provider)
    fault_server.script(error_reply("InternalFailure", 500), json_reply({"TagList": []}))
    tracer = provider.get_tracer("the-application")
    with tracer.start_as_current_span("handle-request") as parent:
        await fault_client.describe_tags(resource_id="ws-1")

    span = only_span(exporter)
    assert span.parent is not None
    assert span.parent.span_id == parent.get_span_context().span_id
    context = span.get_span_context()
    assert context is not None
    expected = f"00-{context.trace_id:032x}-{context.span_id:016x}-{context.trace_flags:02x}"
    assert [r.headers.get("traceparent") for r in fault_server.received] == [expected] * 2
    # Unsigned, as botocore leaves it: a proxy that rewrites it breaks no signature.
    for request in fault_server.received:
        signed = request.headers["Authorization"].split("SignedHeaders=")[1].split(",")[0]
        assert "traceparent" not in signed.split(";")


async def test_a_failed_call_is_an_error_span_with_the_code_and_request_id(
    fault_server: FaultServer,
    fault_client: WorkSpacesClient,
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
) -> None:
    instrument_opentelemetry(fault_client, tracer_provider=provider)
    fault_server.script(error_reply("ResourceNotFoundException", request_id="req-404"))
    with pytest.raises(errors.ResourceNotFoundException):
        await fault_client.describe_tags(resource_id="ws-missing")

    span = only_span(exporter)
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "ResourceNotFoundException"
    assert attributes["aws.request_id"] == "req-404"
    assert attributes["http.response.status_code"] == 400
    assert attributes["retry_attempts"] == 0
    assert span.status.status_code is StatusCode.ERROR
    assert [e.name for e in span.events] == ["aws.attempt", "exception"]


async def test_bad_input_is_an_error_span_and_nothing_is_sent(
    fault_server: FaultServer,
    fault_client: WorkSpacesClient,
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
) -> None:
    instrument_opentelemetry(fault_client, tracer_provider=provider)
    with pytest.raises(errors.ParamValidationError):
        await fault_client.describe_tags(resource_id=None)  # type: ignore[arg-type]
    assert (only_span(exporter).attributes or {})["error.type"] == "ParamValidationError"
    assert fault_server.requests == 0


async def test_uninstrument_stops_the_spans_and_the_header(
    fault_server: FaultServer,
    fault_client: WorkSpacesClient,
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
) -> None:
    instrumentation = instrument_opentelemetry(fault_client, tracer_provider=provider)
    instrumentation.uninstrument()
    fault_server.responder = lambda _: json_reply({"TagList": []})
    await fault_client.describe_tags(resource_id="ws-1")
    assert exporter.get_finished_spans() == ()
    assert "traceparent" not in fault_server.received[0].headers


async def test_the_global_tracer_provider_is_used_by_default(
    fault_server: FaultServer, fault_client: WorkSpacesClient
) -> None:
    # With no SDK configured the API hands out non-recording spans: nothing breaks.
    assert not isinstance(trace.get_tracer_provider(), TracerProvider)
    instrument_opentelemetry(fault_client)
    fault_server.responder = lambda _: json_reply({"TagList": []})
    await fault_client.describe_tags(resource_id="ws-1")
    assert fault_server.requests == 1


def test_importing_the_sdk_imports_no_opentelemetry() -> None:
    code = (
        "import sys, aioworkspaces, aioworkspaces.types, aioworkspaces.errors\n"
        "assert aioworkspaces.instrument_opentelemetry\n"
        "print(sorted(m for m in sys.modules if m.startswith('opentelemetry')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
