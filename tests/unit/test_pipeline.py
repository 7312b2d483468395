"""The request pipeline on the wire: bodies, headers, signatures, errors, retries."""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import ReadOnlyCredentials

from aioworkspaces import ClientConfig, HttpRequest, WorkSpacesClient, errors
from aioworkspaces._request.pacing import MAX_FREE_RESENDS
from aioworkspaces._request.retries import RetryPolicy
from aioworkspaces.types import (
    ModificationResourceEnum,
    ModificationStateEnum,
    Tag,
    WorkspaceProperties,
    WorkspaceRequest,
    WorkspaceState,
)
from tests.support import ENDPOINT, REGION, TEST_CREDENTIALS
from tests.support.mock_service import ScriptedService


def sent(service: ScriptedService) -> list[HttpRequest]:
    """Every request the client sent, in order."""
    return service.requests


def json_reply(
    body: Any, status: int = 200, headers: dict[str, str] | None = None
) -> dict[str, Any]:
    return {
        "status": status,
        "body": json.dumps(body),
        "headers": {"x-amzn-RequestId": "req-1", **(headers or {})},
        "content_type": "application/x-amz-json-1.1",
    }


async def test_request_body_and_headers_are_aws_json_1_1(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(ENDPOINT, **json_reply({}))
    await client.create_tags(resource_id="ws-abc12345", tags=[Tag(key="team", value="")])
    (call,) = sent(service)
    headers = call.headers
    assert headers["X-Amz-Target"] == "WorkspacesService.CreateTags"
    assert headers["Content-Type"] == "application/x-amz-json-1.1"
    assert headers["User-Agent"].startswith("aioworkspaces/")
    assert json.loads(call.body) == {
        "ResourceId": "ws-abc12345",
        "Tags": [{"Key": "team", "Value": ""}],
    }


async def test_unset_members_are_omitted_and_falsy_ones_sent(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(ENDPOINT, **json_reply({}))
    await client.modify_workspace_properties(
        workspace_id="ws-abc12345",
        workspace_properties=WorkspaceProperties(root_volume_size_gib=0, user_volume_size_gib=None),
    )
    (call,) = sent(service)
    assert json.loads(call.body) == {
        "WorkspaceId": "ws-abc12345",
        "WorkspaceProperties": {"RootVolumeSizeGib": 0},
    }


async def test_signature_is_sigv4_and_verifiable_with_botocore(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(ENDPOINT, **json_reply({}))
    await client.describe_workspaces(workspace_ids=["ws-abc12345"])
    (call,) = sent(service)
    headers = dict(call.headers)
    authorization = headers.pop("Authorization")
    assert authorization.startswith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
    assert f"/{REGION}/workspaces/aws4_request" in authorization
    # Recompute the signature with botocore's own, uncached signer.
    request = AWSRequest(method="POST", url=ENDPOINT, data=call.body, headers=headers)
    request.context["timestamp"] = headers["X-Amz-Date"]
    auth = SigV4Auth(
        ReadOnlyCredentials(TEST_CREDENTIALS.access_key, TEST_CREDENTIALS.secret_key, None),
        "workspaces",
        REGION,
    )
    canonical = auth.canonical_request(request)
    expected = auth.signature(auth.string_to_sign(request, canonical), request)
    assert authorization.endswith(f"Signature={expected}")


async def test_session_token_is_sent_and_signed(service: ScriptedService) -> None:
    from aioworkspaces import Credentials

    service.post(ENDPOINT, **json_reply({}))
    creds = Credentials("AKIDTEMP", "secret", "the-token")
    async with WorkSpacesClient(REGION, credentials=creds, transport=service.transport) as client:
        await client.describe_tags(resource_id="ws-abc12345")
    (call,) = sent(service)
    assert call.headers["X-Amz-Security-Token"] == "the-token"
    assert "x-amz-security-token" in call.headers["Authorization"]


async def test_result_is_typed_with_metadata_unknown_members_ignored_unknown_enums_kept(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(
        ENDPOINT,
        **json_reply(
            {
                "Workspaces": [
                    {
                        "WorkspaceId": "ws-abc12345",
                        "State": "HIBERNATING",
                        "BrandNewMember": {"x": 1},
                        "ModificationStates": [
                            {"Resource": "ROOT_VOLUME", "State": "UPDATE_IN_PROGRESS"}
                        ],
                    }
                ],
                "SomethingNew": True,
            }
        ),
    )
    result = await client.describe_workspaces()
    assert result.response_metadata.request_id == "req-1"
    assert result.response_metadata.http_status == 200
    assert result.response_metadata.retry_attempts == 0
    (workspace,) = result.workspaces or []
    assert workspace.workspace_id == "ws-abc12345"
    assert isinstance(workspace.state, WorkspaceState)
    assert workspace.state.value == "HIBERNATING"
    assert workspace.ip_address is None
    (mod,) = workspace.modification_states or []
    assert mod.resource is ModificationResourceEnum.ROOT_VOLUME
    assert mod.state is ModificationStateEnum.UPDATE_IN_PROGRESS
    # An unknown enum value goes back out unchanged.
    service.post(ENDPOINT, **json_reply({}))
    await client.create_workspaces(
        workspaces=[
            WorkspaceRequest(
                directory_id="d-1234567890",
                user_name="jane",
                bundle_id="wsb-12345678",
                workspace_properties=WorkspaceProperties(running_mode=workspace.state),  # type: ignore[arg-type]
            )
        ]
    )
    body = json.loads(sent(service)[-1].body)
    assert body["Workspaces"][0]["WorkspaceProperties"] == {"RunningMode": "HIBERNATING"}


async def test_timestamps_become_aware_utc_datetimes(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(
        ENDPOINT,
        **json_reply(
            {
                "WorkspacesConnectionStatus": [
                    {"WorkspaceId": "ws-1", "LastKnownUserConnectionTimestamp": 1700000000.5}
                ]
            }
        ),
    )
    result = await client.describe_workspaces_connection_status()
    (status,) = result.workspaces_connection_status or []
    assert status.last_known_user_connection_timestamp == dt.datetime(
        2023, 11, 14, 22, 13, 20, 500000, tzinfo=dt.timezone.utc
    )


# --- validation --------------------------------------------------------------------


async def test_validation_errors_name_operation_path_and_rule_and_send_nothing(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    with pytest.raises(errors.ParamValidationError) as caught:
        await client.create_workspaces(
            workspaces=[
                WorkspaceRequest(directory_id="d-123", user_name="", bundle_id=None)  # type: ignore[arg-type]
            ]
        )
    text = str(caught.value)
    assert "CreateWorkspaces" in text
    assert "workspaces[0].directory_id: length 5 is below the minimum length 10" in text
    assert "workspaces[0].user_name: length 0 is below the minimum length 1" in text
    assert "workspaces[0].bundle_id: required member BundleId is missing" in text
    assert sent(service) == []


async def test_validation_checks_types_and_list_minimums(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    with pytest.raises(
        errors.ParamValidationError, match=r"workspace_ids\[1\]: expected a string, got int"
    ):
        await client.describe_workspaces(workspace_ids=["ws-abc12345", 7])  # type: ignore[list-item]
    with pytest.raises(
        errors.ParamValidationError, match="workspace_ids: 0 items is below the minimum of 1"
    ):
        await client.describe_workspaces(workspace_ids=[])
    with pytest.raises(
        errors.ParamValidationError, match="limit: value 0 is below the minimum value 1"
    ):
        await client.describe_workspaces(limit=0)
    assert sent(service) == []


async def test_lists_accept_any_sequence(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(ENDPOINT, **json_reply({}))
    await client.describe_workspaces(workspace_ids=("ws-abc12345", "ws-abc12346"))
    assert json.loads(sent(service)[0].body) == {"WorkspaceIds": ["ws-abc12345", "ws-abc12346"]}


# --- errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "headers", "code"),
    [
        (
            {"__type": "com.amazonaws.workspaces#ResourceNotFoundException", "message": "gone"},
            {},
            "ResourceNotFoundException",
        ),
        (
            {"__type": "ResourceNotFoundException:http://internal.amazon.com/", "Message": "gone"},
            {},
            "ResourceNotFoundException",
        ),
        (
            {"message": "gone"},
            {"x-amzn-ErrorType": "ResourceNotFoundException:http://internal/"},
            "ResourceNotFoundException",
        ),
    ],
)
async def test_error_code_forms(
    client: WorkSpacesClient,
    service: ScriptedService,
    body: dict[str, Any],
    headers: dict[str, str],
    code: str,
) -> None:
    service.post(
        ENDPOINT, **json_reply({**body, "ResourceId": "ws-1"}, status=400, headers=headers)
    )
    with pytest.raises(errors.ResourceNotFoundException) as caught:
        await client.describe_tags(resource_id="ws-1")
    error = caught.value
    assert error.code == code
    assert error.message == "gone"
    assert error.request_id == "req-1"
    assert error.http_status == 400
    assert error.operation == "DescribeTags"
    assert error.resource_id == "ws-1"
    assert isinstance(error, errors.ServiceError)


async def test_unknown_code_is_a_service_error_with_that_code(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(
        ENDPOINT, **json_reply({"__type": "BrandNewProblem", "message": "new"}, status=400)
    )
    with pytest.raises(errors.ServiceError) as caught:
        await client.describe_tags(resource_id="ws-1")
    assert type(caught.value) is errors.ServiceError
    assert caught.value.code == "BrandNewProblem"


async def test_common_codes_have_classes(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(
        ENDPOINT,
        **json_reply({"__type": "ExpiredTokenException", "message": "expired"}, status=400),
    )
    with pytest.raises(errors.ExpiredTokenException) as caught:
        await client.describe_tags(resource_id="ws-1")
    assert isinstance(caught.value, errors.AuthError)


async def test_html_error_page_is_a_service_error_with_the_status(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    client.retry_policy.max_attempts = 1
    service.post(
        ENDPOINT, status=502, body="<html><body>Bad Gateway</body></html>", content_type="text/html"
    )
    with pytest.raises(errors.ServiceError) as caught:
        await client.describe_tags(resource_id="ws-1")
    assert caught.value.http_status == 502
    assert caught.value.code == "502"
    assert "Bad Gateway" in (caught.value.message or "")


async def test_success_body_parsed_whatever_the_content_type(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(
        ENDPOINT,
        status=200,
        body='{"TagList": [{"Key": "a", "Value": "b"}]}',
        content_type="text/html",
    )
    result = await client.describe_tags(resource_id="ws-1")
    assert result.tag_list == [Tag(key="a", value="b")]


async def test_invalid_json_success_body_is_a_typed_error(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(ENDPOINT, status=200, body="<html>oops</html>")
    with pytest.raises(errors.ResponseParseError, match="DescribeTags"):
        await client.describe_tags(resource_id="ws-1")


# --- retries -------------------------------------------------------------------------


async def test_transient_errors_are_retried_and_counted(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(ENDPOINT, **json_reply({"__type": "InternalFailure"}, status=500))
    service.post(ENDPOINT, **json_reply({"__type": "ThrottlingException"}, status=400))
    service.post(ENDPOINT, **json_reply({"TagList": []}))
    result = await client.describe_tags(resource_id="ws-1")
    assert result.response_metadata.retry_attempts == 2
    assert len(sent(service)) == 3
    assert len(service.delays) == 2


async def test_retries_exhausted_raise_the_last_error(service: ScriptedService) -> None:
    # Unpaced: throttles spend attempts (as in botocore) rather than waiting for the pace.
    client = WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        transport=service.transport,
        config=service.config(pacing=False),
    )
    for index in range(3):
        service.post(
            ENDPOINT,
            **json_reply(
                {"__type": "ThrottlingException", "message": f"slow {index}"},
                status=400,
                headers={"x-amzn-RequestId": f"req-{index}"},
            ),
        )
    with pytest.raises(errors.ThrottlingException) as caught:
        await client.describe_tags(resource_id="ws-1")
    assert caught.value.message == "slow 2"
    assert caught.value.request_id == "req-2"
    assert len(sent(service)) == 3
    await client.close()


async def test_non_retryable_errors_are_sent_once(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(ENDPOINT, **json_reply({"__type": "InvalidParameterValuesException"}, status=400))
    with pytest.raises(errors.InvalidParameterValuesException):
        await client.describe_tags(resource_id="ws-1")
    assert len(sent(service)) == 1


async def test_connection_errors_and_timeouts_are_retried(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    service.post(ENDPOINT, exception=errors.TransportError("server disconnected"))
    service.post(ENDPOINT, exception=errors.ReadTimeoutError("no answer in time"))
    service.post(ENDPOINT, **json_reply({}))
    result = await client.describe_tags(resource_id="ws-1")
    assert result.response_metadata.retry_attempts == 2


async def test_timeout_exhausted_is_a_read_timeout_error(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    for _ in range(3):
        service.post(ENDPOINT, exception=errors.ReadTimeoutError("no answer in time"))
    with pytest.raises(errors.ReadTimeoutError):
        await client.describe_tags(resource_id="ws-1")


async def test_backoff_is_full_jitter_exponential_capped_at_20s() -> None:
    rng = random.Random(7)
    expected_rng = random.Random(7)
    policy = RetryPolicy("standard", 10, rng=rng.random)
    for retries_made in range(8):
        delay = policy.backoff(retries_made)
        assert delay == min(20.0, expected_rng.random() * 2**retries_made)
        assert 0 <= delay <= min(20.0, 2**retries_made)


async def test_seeded_backoff_delays_are_used_between_attempts(service: ScriptedService) -> None:
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        transport=service.transport,
        config=service.config(jitter=random.Random(3).random),
    ) as client:
        delays = service.delays
        for _ in range(3):
            service.post(ENDPOINT, **json_reply({"__type": "InternalFailure"}, status=503))
        with pytest.raises(errors.ServiceError):
            await client.describe_tags(resource_id="ws-1")
    expected = random.Random(3)
    assert delays == [expected.random() * 1, expected.random() * 2]


async def test_retry_quota_stops_retrying_when_spent(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    quota = client.retry_policy.quota
    assert quota is not None
    quota.available = 5
    for _ in range(2):
        service.post(ENDPOINT, **json_reply({"__type": "InternalFailure"}, status=500))
    with pytest.raises(errors.ServiceError):
        await client.describe_tags(resource_id="ws-1")
    assert len(sent(service)) == 2  # one retry, then the quota was gone
    assert quota.available == 0


async def test_max_attempts_and_mode_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "7")
    monkeypatch.setenv("AWS_RETRY_MODE", "adaptive")
    client = WorkSpacesClient(REGION, credentials=TEST_CREDENTIALS)
    assert client.retry_policy.max_attempts == 7
    assert client.retry_policy.mode == "adaptive"
    explicit = WorkSpacesClient(
        REGION, credentials=TEST_CREDENTIALS, config=ClientConfig(max_attempts=2)
    )
    assert explicit.retry_policy.max_attempts == 2
    monkeypatch.setenv("AWS_RETRY_MODE", "sideways")
    with pytest.raises(errors.ConfigurationError, match="sideways"):
        WorkSpacesClient(REGION, credentials=TEST_CREDENTIALS)


async def test_clock_skew_is_corrected_from_the_date_header(
    client: WorkSpacesClient, service: ScriptedService
) -> None:
    server_time = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
    date = server_time.strftime("%a, %d %b %Y %H:%M:%S GMT")
    service.post(
        ENDPOINT,
        **json_reply(
            {"__type": "InvalidSignatureException", "message": "Signature expired"},
            status=400,
            headers={"Date": date},
        ),
    )
    service.post(ENDPOINT, **json_reply({}))
    result = await client.describe_tags(resource_id="ws-1")
    assert result.response_metadata.retry_attempts == 1
    second = sent(service)[1].headers["X-Amz-Date"]
    signed_at = dt.datetime.strptime(second, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.timezone.utc)
    assert abs(signed_at - server_time) < dt.timedelta(minutes=1)


async def test_a_throttled_call_is_re_sent_without_spending_attempts_or_quota(
    service: ScriptedService,
) -> None:
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        transport=service.transport,
        config=service.config(max_attempts=1),
    ) as client:
        for _ in range(3):
            service.post(ENDPOINT, **json_reply({"__type": "ThrottlingException"}, status=400))
        service.post(ENDPOINT, **json_reply({}))
        result = await client.describe_tags(resource_id="ws-1")
    assert result.response_metadata.retry_attempts == 3  # re-sent three times
    assert len(sent(service)) == 4
    quota = client.retry_policy.quota
    assert quota is not None and quota.available == quota.INITIAL
    # Each re-send waited for a slot of the slowed-down budget (no backoff of the retries).
    assert len(service.delays) == 3 and all(delay > 0 for delay in service.delays)


async def test_free_re_sends_are_bounded_then_throttles_spend_attempts(
    service: ScriptedService,
) -> None:
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        transport=service.transport,
        config=service.config(max_attempts=2),
    ) as client:
        for index in range(MAX_FREE_RESENDS + 2):
            service.post(
                ENDPOINT,
                **json_reply({"__type": "ThrottlingException", "message": f"n{index}"}, status=400),
            )
        with pytest.raises(errors.ThrottlingException) as caught:
            await client.describe_tags(resource_id="ws-1")
    assert caught.value.message == f"n{MAX_FREE_RESENDS + 1}"
    assert len(sent(service)) == MAX_FREE_RESENDS + 2  # the free re-sends, then 2 attempts


async def test_unpaced_throttles_spend_attempts(service: ScriptedService) -> None:
    async with WorkSpacesClient(
        REGION,
        credentials=TEST_CREDENTIALS,
        transport=service.transport,
        config=service.config(max_attempts=2, pacing=False),
    ) as client:
        for _ in range(2):
            service.post(ENDPOINT, **json_reply({"__type": "ThrottlingException"}, status=400))
        with pytest.raises(errors.ThrottlingException):
            await client.describe_tags(resource_id="ws-1")
    assert len(sent(service)) == 2
