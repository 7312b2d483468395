"""botocore's credential chain end to end: a profile that assumes a role.

The SDK hands the profile to botocore's chain (in a worker thread), botocore calls STS
(here a local server answering `AssumeRole`) with the source profile's keys, and the
SDK signs with the temporary keys and session token it got. This is the path that
depends most on botocore's internals, so it runs at both ends of the supported range
(`make botocore-range`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from aioworkspaces import ClientConfig, WorkSpacesClient
from tests.support import REGION
from tests.support.fault_server import FaultServer, Received, Reply, json_reply

ROLE = "arn:aws:iam::123456789012:role/operator"


def assume_role_reply(received: Received) -> Reply:
    form = parse_qs(received.body.decode())
    assert form["Action"] == ["AssumeRole"] and form["RoleArn"] == [ROLE]
    expiry = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    body = f"""<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <Credentials>
      <AccessKeyId>ASIAROLEKEY</AccessKeyId>
      <SecretAccessKey>role-secret</SecretAccessKey>
      <SessionToken>role-session-token</SessionToken>
      <Expiration>{expiry}</Expiration>
    </Credentials>
    <AssumedRoleUser>
      <AssumedRoleId>AROAEXAMPLE:session</AssumedRoleId>
      <Arn>{ROLE}/session</Arn>
    </AssumedRoleUser>
  </AssumeRoleResult>
  <ResponseMetadata><RequestId>sts-request-1</RequestId></ResponseMetadata>
</AssumeRoleResponse>"""
    return Reply(body=body.encode(), headers={"Content-Type": "text/xml"})


async def test_a_profile_that_assumes_a_role_signs_with_the_role_keys(
    monkeypatch: pytest.MonkeyPatch, isolated_aws_environment: Path, fault_server: FaultServer
) -> None:
    with FaultServer(responder=assume_role_reply) as sts:
        (isolated_aws_environment / "credentials").write_text(
            "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n"
        )
        (isolated_aws_environment / "config").write_text(
            f"[profile operator]\nregion = {REGION}\nrole_arn = {ROLE}\nsource_profile = base\n"
        )
        monkeypatch.setenv("AWS_ENDPOINT_URL_STS", sts.url)
        fault_server.responder = lambda _: json_reply({"TagList": []})
        async with WorkSpacesClient(
            REGION,
            profile="operator",
            endpoint_url=fault_server.url,
            config=ClientConfig(max_attempts=1),
        ) as client:
            await client.describe_tags(resource_id="ws-1")
            await client.describe_tags(resource_id="ws-2")
    # STS was asked once, with the source profile's key; both calls used the role's keys.
    assert sts.requests == 1
    assert sts.received[0].access_key == "AKIDBASE"
    assert [r.access_key for r in fault_server.received] == ["ASIAROLEKEY"] * 2
    assert {r.headers["X-Amz-Security-Token"] for r in fault_server.received} == {
        "role-session-token"
    }
